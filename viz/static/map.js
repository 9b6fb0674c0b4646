/* The map page: filters, search, details and ego view over the precomputed layout.
   All user data (names, quotes) is put in the page with textContent, never as HTML. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("map-data").textContent);
  var OPT = DATA.options || {};
  var $ = function (id) { return document.getElementById(id); };

  // --- dates: the same rules as viz/dates.py ------------------------------------------
  function cmp(a, b) {
    var n = Math.min(a.length, b.length), x = a.slice(0, n), y = b.slice(0, n);
    return x > y ? 1 : (x < y ? -1 : 0);
  }
  function activeAsOf(start, end, asOf) {
    if (!asOf) return true;
    return (!start || cmp(start, asOf) <= 0) && (!end || cmp(end, asOf) >= 0);
  }
  var DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

  // --- data -------------------------------------------------------------------------
  var font = { face: OPT.font || "sans-serif", size: 14, color: "#1f2937", strokeWidth: 3, strokeColor: "#ffffff" };
  var byId = {}, incident = {};
  DATA.nodes.forEach(function (n) {
    n.font = font;
    n.fixed = false;
    byId[n.id] = n;
    incident[n.id] = [];
  });
  DATA.edges.forEach(function (e) {
    e.arrows = { to: { enabled: true, scaleFactor: 0.5 } };
    incident[e.from].push(e);
    incident[e.to].push(e);
  });
  var nodes = new vis.DataSet(DATA.nodes);
  var edges = new vis.DataSet(DATA.edges);

  var state = {
    labels: new Set(OPT.labels && OPT.labels.length ? OPT.labels : DATA.labels.map(function (l) { return l.label; })),
    types: new Set(DATA.types.map(function (t) { return t.type; })),
    street: "",
    asOf: OPT.as_of || "",
    focus: OPT.focus || "",
    depth: OPT.depth || 2,
    pinned: null
  };
  var visibleNodes = new Set(), visibleEdges = new Set();

  function computeVisible() {
    var asOf = state.asOf, okNodes = new Set(), okEdges = [];
    DATA.nodes.forEach(function (n) {
      if (!state.labels.has(n.kind)) return;
      if (state.street && n.streets.indexOf(state.street) < 0) return;
      if (!activeAsOf(n.start, null, asOf)) return;
      var links = incident[n.id];
      // Members who had not joined yet disappear with their relationships.
      if (asOf && links.length && !links.some(function (e) { return activeAsOf(e.start, e.end, asOf); })) return;
      okNodes.add(n.id);
    });
    DATA.edges.forEach(function (e) {
      if (state.types.has(e.type) && activeAsOf(e.start, e.end, asOf) && okNodes.has(e.from) && okNodes.has(e.to)) okEdges.push(e);
    });
    if (state.focus && okNodes.has(state.focus)) {
      var reached = new Set([state.focus]), frontier = [state.focus], adj = {};
      okEdges.forEach(function (e) {
        (adj[e.from] = adj[e.from] || []).push(e.to);
        (adj[e.to] = adj[e.to] || []).push(e.from);
      });
      for (var d = 0; d < state.depth; d++) {
        var next = [];
        frontier.forEach(function (id) {
          (adj[id] || []).forEach(function (o) { if (!reached.has(o)) { reached.add(o); next.push(o); } });
        });
        frontier = next;
      }
      okNodes = reached;
      okEdges = okEdges.filter(function (e) { return reached.has(e.from) && reached.has(e.to); });
    } else if (state.focus) {
      okNodes = new Set();
      okEdges = [];
    }
    visibleNodes = okNodes;
    visibleEdges = new Set(okEdges.map(function (e) { return e.id; }));
  }

  computeVisible();
  var nodesView = new vis.DataView(nodes, { filter: function (n) { return visibleNodes.has(n.id); } });
  var edgesView = new vis.DataView(edges, { filter: function (e) { return visibleEdges.has(e.id); } });

  var network = new vis.Network($("network"), { nodes: nodesView, edges: edgesView }, {
    physics: false,
    layout: { improvedLayout: false, randomSeed: 1 },
    interaction: { hover: true, tooltipDelay: 200, hideEdgesOnDrag: DATA.nodes.length > 1000, multiselect: false },
    nodes: { borderWidth: 1, font: font },
    edges: { smooth: false, selectionWidth: 2 }
  });

  // --- clusters for large graphs: each body with its members folds into one node ------
  var clustered = !!OPT.cluster;
  function clusterGroups() {
    var heads = {};
    DATA.nodes.forEach(function (n) { if (n.head && visibleNodes.has(n.id)) (heads[n.head] = heads[n.head] || []).push(n.id); });
    Object.keys(heads).sort().forEach(function (h) {
      if (!visibleNodes.has(h)) return;
      var members = new Set(heads[h]), head = byId[h];
      // clusterByConnection looks only at the head's neighbours; cluster() with a
      // joinCondition would test every node of the graph once per cluster.
      network.clusterByConnection(h, {
        joinCondition: function (parent, child) { return members.has(child.id); },
        clusterNodeProperties: {
          id: "cluster:" + h, label: head.name + " (+" + members.size + ")", shape: head.shape,
          color: head.color, size: head.size * 1.4, font: font, x: head.x, y: head.y, isCluster: true
        }
      }, false);  // refresh once for all clusters below, not once per cluster
    });
    network.body.emitter.emit("_dataChanged");
  }
  function refresh(initial) {
    computeVisible();
    if (clustered) {
      if (!initial) {  // the network was just built from these views: no need to do it twice
        network.setData({ nodes: nodesView, edges: edgesView });
        nodesView.refresh(); edgesView.refresh();
      }
      clusterGroups();
    } else {
      nodesView.refresh(); edgesView.refresh();
    }
    $("status").textContent = "显示 " + visibleNodes.size + " / " + DATA.nodes.length + " 个节点 · " +
      visibleEdges.size + " 条关系" + (state.asOf ? " · 截至 " + state.asOf : "");
    $("focus-name").textContent = state.focus && byId[state.focus] ? byId[state.focus].name : "—";
  }

  // --- details panel ------------------------------------------------------------------
  function el(tag, text, cls) {
    var x = document.createElement(tag);
    if (text !== undefined && text !== null) x.textContent = String(text);
    if (cls) x.className = cls;
    return x;
  }
  function kindZh(kind) {
    for (var i = 0; i < DATA.labels.length; i++) if (DATA.labels[i].label === kind) return DATA.labels[i].zh;
    return kind;
  }
  function typeZh(type) {
    for (var i = 0; i < DATA.types.length; i++) if (DATA.types[i].type === type) return DATA.types[i].zh;
    return type;
  }
  function propsTable(props) {
    var t = el("table");
    Object.keys(props).forEach(function (k) {
      var tr = el("tr"); tr.appendChild(el("td", k)); tr.appendChild(el("td", props[k])); t.appendChild(tr);
    });
    return t;
  }
  function sourcesList(sources) {
    var box = el("div");
    sources.forEach(function (s) {
      var q = el("blockquote", s.quote);
      q.appendChild(el("span", "《" + s.title + "》 " + (s.date || "") + " · " + s.file, "cite"));
      box.appendChild(q);
    });
    if (!sources.length) box.appendChild(el("p", "—", "hint"));
    return box;
  }
  function showNode(id) {
    var n = byId[id], panel = $("details");
    if (!n) return;
    panel.replaceChildren();
    panel.appendChild(el("h2", n.name));
    var badge = el("span", kindZh(n.kind) + " · " + n.kind, "badge");
    badge.style.background = n.color;
    panel.appendChild(badge);
    if (n.aliases.length) panel.appendChild(el("p", "别名：" + n.aliases.join("、")));
    if (Object.keys(n.props).length) { panel.appendChild(el("h3", "属性")); panel.appendChild(propsTable(n.props)); }
    var btn = el("button", "以此为中心 / centre here");
    btn.type = "button";
    btn.addEventListener("click", function () { setFocus(id); });
    panel.appendChild(btn);
    panel.appendChild(el("h3", "来源 (" + n.sources.length + ")"));
    panel.appendChild(sourcesList(n.sources));
    var links = incident[id].filter(function (e) { return visibleEdges.has(e.id); });
    panel.appendChild(el("h3", "关系 (" + links.length + ")"));
    var ul = el("ul");
    links.slice(0, 200).forEach(function (e) {
      var other = byId[e.from === id ? e.to : e.from];
      var when = [e.start, e.end].filter(Boolean).join("–");
      var li = el("li", (e.from === id ? "→ " : "← ") + typeZh(e.type) + " " + other.name + (when ? " (" + when + ")" : ""));
      li.title = e.sources.map(function (s) { return s.quote; }).join("\n");
      ul.appendChild(li);
    });
    panel.appendChild(ul);
  }
  function showEdge(id) {
    var e = edges.get(id), panel = $("details");
    if (!e) return;
    panel.replaceChildren();
    panel.appendChild(el("h2", byId[e.from].name + " → " + byId[e.to].name));
    panel.appendChild(el("p", typeZh(e.type) + " · " + e.type));
    if (Object.keys(e.props).length) panel.appendChild(propsTable(e.props));
    panel.appendChild(el("h3", "来源 (" + e.sources.length + ")"));
    panel.appendChild(sourcesList(e.sources));
  }

  // --- focus, search ------------------------------------------------------------------
  function setFocus(id) {
    state.focus = id || "";
    refresh();
    if (id) { network.fit({ animation: false }); showNode(id); }
  }
  function reveal(id) {
    if (!clustered) return;
    var chain = network.clustering.findNode(id);
    for (var i = 0; i < chain.length - 1; i++) {
      if (network.isCluster(chain[i])) network.openCluster(chain[i]);
    }
  }
  function focusNode(id) {
    if (!byId[id]) return false;
    if (!visibleNodes.has(id)) { state.focus = ""; state.street = ""; $("street").value = ""; state.labels.add(byId[id].kind); syncLegend(); refresh(); }
    reveal(id);
    if (!visibleNodes.has(id)) return false;
    network.selectNodes([id]);
    network.focus(id, { scale: 0.9, animation: false });
    state.pinned = id;
    showNode(id);
    return true;
  }
  function search(query) {
    var q = (query || "").trim().toLowerCase();
    if (!q) return [];
    var hits = DATA.nodes.filter(function (n) {
      return n.name.toLowerCase().indexOf(q) >= 0 || n.aliases.some(function (a) { return a.toLowerCase().indexOf(q) >= 0; });
    });
    hits.sort(function (a, b) {
      var ea = a.name.toLowerCase() === q ? 0 : 1, eb = b.name.toLowerCase() === q ? 0 : 1;
      return ea - eb || a.name.length - b.name.length || (a.name < b.name ? -1 : 1);
    });
    return hits;
  }
  var results = $("search-results");
  function showResults() {
    var hits = search($("search").value).slice(0, 30);
    results.replaceChildren();
    hits.forEach(function (n, i) {
      var li = el("li", n.name);
      if (i === 0) li.className = "active";
      li.appendChild(el("small", kindZh(n.kind)));
      li.dataset.id = n.id;
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); pick(n.id); });
      results.appendChild(li);
    });
    results.hidden = hits.length === 0;
  }
  function pick(id) { results.hidden = true; focusNode(id); }
  $("search").addEventListener("input", showResults);
  $("search").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { var first = results.querySelector("li"); if (first) pick(first.dataset.id); }
    if (ev.key === "Escape") results.hidden = true;
  });
  $("search").addEventListener("blur", function () { results.hidden = true; });

  // --- controls -----------------------------------------------------------------------
  function swatch(color, dashes) {
    var ns = "http://www.w3.org/2000/svg", svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 20 20"); svg.setAttribute("class", "swatch");
    var shape;
    if (dashes === undefined) {
      shape = document.createElementNS(ns, "circle");
      shape.setAttribute("cx", "10"); shape.setAttribute("cy", "10"); shape.setAttribute("r", "8"); shape.setAttribute("fill", color);
    } else {
      shape = document.createElementNS(ns, "line");
      shape.setAttribute("x1", "0"); shape.setAttribute("y1", "10"); shape.setAttribute("x2", "20"); shape.setAttribute("y2", "10");
      shape.setAttribute("stroke", color); shape.setAttribute("stroke-width", "3");
      if (dashes) shape.setAttribute("stroke-dasharray", dashes.join(" "));
    }
    svg.appendChild(shape);
    return svg;
  }
  var checkboxes = {};
  function legendItem(list, key, set, text, count, sw) {
    var li = el("li"), box = el("input"), label = el("label", text);
    box.type = "checkbox"; box.checked = set.has(key); box.id = "f-" + key;
    label.htmlFor = box.id;
    box.addEventListener("change", function () { if (box.checked) set.add(key); else set.delete(key); refresh(); });
    checkboxes[key] = box;
    li.appendChild(box); li.appendChild(sw); li.appendChild(label); li.appendChild(el("span", count, "count"));
    list.appendChild(li);
  }
  function syncLegend() { Object.keys(checkboxes).forEach(function (k) { checkboxes[k].checked = state.labels.has(k) || state.types.has(k); }); }
  DATA.labels.forEach(function (l) { legendItem($("legend-labels"), l.label, state.labels, l.zh + " " + l.label, l.count, swatch(l.color)); });
  DATA.types.forEach(function (t) { legendItem($("legend-types"), t.type, state.types, t.zh + " " + t.type, t.count, swatch(t.color, t.dashes || false)); });
  DATA.streets.forEach(function (s) { var o = el("option", s.name); o.value = s.id; $("street").appendChild(o); });
  $("street").addEventListener("change", function () { state.street = $("street").value; refresh(); network.fit({ animation: false }); });
  $("depth").value = String(state.depth);
  $("depth").addEventListener("change", function () { state.depth = parseInt($("depth").value, 10); refresh(); });
  $("focus-clear").addEventListener("click", function () { setFocus(""); network.fit({ animation: false }); });

  var range = $("date-range"), years = DATA.years;
  range.max = String(years.length);
  function setDate(text) {
    state.asOf = text || "";
    $("date-text").value = state.asOf;
    var i = years.indexOf(state.asOf.slice(0, 4));
    range.value = String(state.asOf && i >= 0 ? i + 1 : 0);
    refresh();
  }
  range.addEventListener("input", function () { var v = parseInt(range.value, 10); setDate(v ? years[v - 1] : ""); });
  $("date-text").addEventListener("change", function () {
    var v = $("date-text").value.trim();
    if (!v || DATE_RE.test(v)) setDate(v); else $("date-text").value = state.asOf;
  });
  $("date-clear").addEventListener("click", function () { setDate(""); });

  // --- network events -----------------------------------------------------------------
  network.on("click", function (p) {
    if (p.nodes.length) {
      var id = p.nodes[0];
      if (network.isCluster(id)) { network.openCluster(id); return; }
      state.pinned = id; showNode(id);
    } else if (p.edges.length && !String(p.edges[0]).startsWith("clusterEdge")) {
      state.pinned = null; showEdge(p.edges[0]);
    } else {
      state.pinned = null;
    }
  });
  network.on("hoverNode", function (p) { if (!state.pinned && !network.isCluster(p.node)) showNode(p.node); });
  network.on("doubleClick", function (p) {
    if (p.nodes.length && !network.isCluster(p.nodes[0])) setFocus(p.nodes[0]);
  });

  refresh(true);
  if (state.asOf) setDate(state.asOf);
  network.fit({ animation: false });
  network.once("afterDrawing", function () { document.body.dataset.ready = "1"; });
  network.redraw();

  // A small API for tests and for the browser console.
  window.dangjianMap = {
    network: network,
    data: DATA,
    search: function (q) { return search(q).map(function (n) { return { id: n.id, name: n.name }; }); },
    focusNode: focusNode,
    setFocus: setFocus,
    setDate: setDate,
    visibleNodeIds: function () { return Array.from(visibleNodes).sort(); },
    nodeCount: function () { return nodes.length; },
    clustered: function () { return clustered; }
  };
})();
