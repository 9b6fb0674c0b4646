"""Leave-one-article-out scoring against the curated dataset, or against a held-out set.

For each article described in data/facts, the gazetteer holds only the nodes the other
articles support, the extractor runs on the article, and its output is compared with the
curated nodes and relationships whose sources cite that article.

A held-out set is a directory of the same shape (corpus/ and facts/) kept apart from the
dataset the rules were written from. Scored with `known=` the product's curated graph, each
article is read the way a new one would be: the gazetteer holds what the graph already knows,
not the set's own facts.

Matching rule: a candidate node matches a gold node when the labels are equal and the
NFKC-normalised, white-space-free name or any alias of one equals the name or an alias of
the other; each gold node is matched at most once. A relationship matches when the types
are equal and both ends match the gold relationship's ends (in either order for the
symmetric SIGNED_AGREEMENT and PAIRED_WITH); properties are not compared, and where two gold
relationships join the same ends (a person's two titles) each needs a candidate of its own. Document nodes
and MENTIONS relationships are left out: the loader writes them, the article does not state them.

Events are the one exception to name equality. The text rarely names an occurrence; the
curators describe it ("2019年南京西路街道区域化党建工作联席会议" for "街道召开2019年区域化党建
联席会议"), and two descriptions of one meeting differ in word order and qualifiers. A candidate
Event also matches a gold Event when it rests on a sentence that contains one of the gold
event's quotes (or lies inside one), and the two descriptions, without years, digits, quotes
and punctuation, are one inside the other, the shorter at least four characters long: the
same occurrence, found in the same place, with the same head words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.model import GraphData, Node
from loaders.datafiles import load_dataset
from loaders.extract.candidate import CandidateNode, Candidates
from loaders.extract.linking import Gazetteer, _key
from loaders.extract.pipeline import extract_file

_SYMMETRIC = {"SIGNED_AGREEMENT", "PAIRED_WITH"}
# What an event description keeps for comparison: no years, digits, quotes or punctuation.
_NOT_CORE = re.compile(r"[\d年度“”\"'《》（）()、，,：:·\-—\s]")
_MIN_CORE = 4


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class EvaluationReport:
    articles: list[str] = field(default_factory=list)
    nodes: Score = field(default_factory=Score)
    nodes_by_label: dict[str, Score] = field(default_factory=dict)
    relationships: Score = field(default_factory=Score)
    relationships_by_type: dict[str, Score] = field(default_factory=dict)
    per_article: dict[str, dict[str, Score]] = field(default_factory=dict)
    # Per article, one line per false positive ("+") and per miss ("-"), for rule writers.
    misses: dict[str, list[str]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "nodes": self.nodes.as_dict(),
            "nodes_by_label": {k: v.as_dict() for k, v in sorted(self.nodes_by_label.items())},
            "relationships": self.relationships.as_dict(),
            "relationships_by_type": {k: v.as_dict() for k, v in sorted(self.relationships_by_type.items())},
            "per_article": {a: {k: v.as_dict() for k, v in s.items()} for a, s in self.per_article.items()},
            "misses": self.misses,
        }

    def as_text(self, misses: bool = False) -> str:
        lines = [
            f"Leave-one-article-out over {len(self.articles)} article(s): {', '.join(self.articles)}",
            "",
            f"{'':28}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}",
        ]

        def row(name: str, s: Score) -> str:
            return f"{name:28}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.tp:6}{s.fp:6}{s.fn:6}"

        lines.append(row("nodes (all)", self.nodes))
        lines += [row(f"  {k}", v) for k, v in sorted(self.nodes_by_label.items())]
        lines.append(row("relationships (all)", self.relationships))
        lines += [row(f"  {k}", v) for k, v in sorted(self.relationships_by_type.items())]
        lines.append("")
        for article, scores in self.per_article.items():
            lines.append(row(f"{article[:20]} nodes", scores["nodes"]))
            lines.append(row(f"{article[:20]} rels", scores["relationships"]))
        if misses:
            for article, found in self.misses.items():
                head = f"{article}: + extracted but not in the facts, - in the facts but missed"
                lines += ["", head, *found]
        return "\n".join(lines)


def _names(name: str, aliases: list[str]) -> set[str]:
    return {_key(name), *(_key(a) for a in aliases)}


def evaluate(data_dir: Path, known: GraphData | None = None) -> EvaluationReport:
    """Score every article under `data_dir`; `known` is a graph the gazetteer also holds
    (the curated dataset, when `data_dir` is a held-out set)."""
    gold = load_dataset(data_dir)
    known_nodes = [n for n in known.nodes if n.label != "Document"] if known else []
    report = EvaluationReport()
    for doc in sorted((n for n in gold.nodes if n.label == "Document"), key=lambda n: n.properties["file"]):
        file = doc.properties["file"]
        # A held-out article is new to the graph: the gazetteer is what the graph knows.
        others = GraphData(
            nodes=known_nodes
            or [
                n
                for n in gold.nodes
                if n.label != "Document" and any(s.document != doc.id for s in n.sources)
            ]
        )
        cands = extract_file(data_dir / "corpus" / file, gazetteer=Gazetteer.from_graph(others))
        nodes, rels = _score_article(gold, doc.id, cands, report.misses.setdefault(file, []))
        report.articles.append(file)
        report.per_article[file] = {"nodes": _total(nodes), "relationships": _total(rels)}
        for label, s in nodes.items():
            report.nodes_by_label.setdefault(label, Score()).add(s)
            report.nodes.add(s)
        for rel_type, s in rels.items():
            report.relationships_by_type.setdefault(rel_type, Score()).add(s)
            report.relationships.add(s)
    return report


def _squash(text: str) -> str:
    return _key(text)


def _core(name: str) -> str:
    return _NOT_CORE.sub("", _key(name))


def _same_event(c: CandidateNode, g: Node) -> bool:
    """The same occurrence described twice: see the module's docstring."""
    if g.label != "Event":
        return False
    sentence = _squash(c.source.quote)
    if not any(q and (q in sentence or sentence in q) for q in (_squash(s.quote) for s in g.sources)):
        return False
    ours = {_core(n) for n in (c.name, *c.aliases)}
    theirs = {_core(n) for n in (g.name, *g.aliases)}
    return any(min(len(a), len(b)) >= _MIN_CORE and (a in b or b in a) for a in ours for b in theirs)


def _total(scores: dict[str, Score]) -> Score:
    out = Score()
    for s in scores.values():
        out.add(s)
    return out


def _score_article(
    gold: GraphData, doc_id: str, cands: Candidates, misses: list[str]
) -> tuple[dict[str, Score], dict[str, Score]]:
    gold_nodes = [
        n for n in gold.nodes if n.label != "Document" and any(s.document == doc_id for s in n.sources)
    ]
    gold_rels = [
        r for r in gold.relationships if r.type != "MENTIONS" and any(s.document == doc_id for s in r.sources)
    ]
    index = gold.node_index()
    node_scores: dict[str, Score] = {}
    # Candidate node (by position) -> gold node id it matched.
    matched: dict[int, str] = {}
    used: set[str] = set()
    for c in cands.nodes:
        names = _names(c.name, c.aliases)
        hit = next(
            (
                g
                for g in gold_nodes
                if g.label == c.label and g.id not in used and names & _names(g.name, g.aliases)
            ),
            None,
        )
        if hit is None and c.label == "Event":
            hit = next((g for g in gold_nodes if g.id not in used and _same_event(c, g)), None)
        score = node_scores.setdefault(c.label, Score())
        if hit is None:
            score.fp += 1
            misses.append(f"+ {c.label} {c.name} | {_short(c.source.quote)}")
        else:
            score.tp += 1
            used.add(hit.id)
            matched[id(c)] = hit.id
    for g in gold_nodes:
        if g.id not in used:
            node_scores.setdefault(g.label, Score()).fn += 1
            misses.append(f"- {g.label} {g.name} | {_short(g.sources[0].quote)}")

    rel_scores: dict[str, Score] = {}
    # Two gold relationships may join the same ends (a person's two titles); each can be
    # matched by a candidate of its own.
    gold_keys: dict[tuple[str, str, str], list[str]] = {}
    for r in gold_rels:
        gold_keys.setdefault((r.type, r.start, r.end), []).append(r.id)
    hit_rels: set[str] = set()
    for c in cands.relationships:
        score = rel_scores.setdefault(c.type, Score())
        s, e = matched.get(id(c.start)), matched.get(id(c.end))
        ids = gold_keys.get((c.type, s or "", e or ""), [])
        if c.type in _SYMMETRIC:
            ids = ids + gold_keys.get((c.type, e or "", s or ""), [])
        rid = next((i for i in ids if i not in hit_rels), None)
        if rid is None:
            score.fp += 1
            misses.append(f"+ {c.type} {c.start.name} -> {c.end.name} | {_short(c.source.quote)}")
        else:
            score.tp += 1
            hit_rels.add(rid)
    for r in gold_rels:
        if r.id not in hit_rels:
            rel_scores.setdefault(r.type, Score()).fn += 1
            start, end = index[r.start].name, index[r.end].name
            misses.append(f"- {r.type} {start} -> {end} | {_short(r.sources[0].quote)}")
    return node_scores, rel_scores


def _short(quote: str, width: int = 60) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= width else quote[: width - 1] + "…"
