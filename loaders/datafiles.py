"""Curated data files (YAML, CSV) → one checked GraphData, or an error that names the
file, the line and the field. Nothing is written anywhere here: the store sees a graph
only once every file has passed.

The format is described in docs/data-format.md.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from graph import schema
from graph.errors import DataFileError, SchemaError
from graph.ids import node_id, normalise_name
from graph.model import GraphData, Node, Relationship, Source
from loaders.textfile import decode_bytes, read_text, squash

_NODE_KEYS = {"label", "name", "aliases", "quote", "quotes"}
_REL_KEYS = {"type", "start", "end", "quote", "quotes"}
_LINE = "__line__"


@dataclass(slots=True)
class _Where:
    file: str
    line: int | None

    def error(self, field_name: str | None, message: str) -> DataFileError:
        return DataFileError(self.file, self.line, field_name, message)


@dataclass(slots=True)
class _NodeDecl:
    where: _Where
    label: str
    name: str
    aliases: list[str]
    props: dict[str, Any]
    document: str  # the id of the Document its quotes come from
    quotes: list[str]  # checked and with their spaces squashed

    @property
    def sources(self) -> list[Source]:
        return [Source(document=self.document, quote=q) for q in self.quotes]


@dataclass(slots=True)
class _RelDecl:
    where: _Where
    type: str
    start: str
    end: str
    props: dict[str, Any]
    document: str
    quotes: list[str]

    @property
    def sources(self) -> list[Source]:
        return [Source(document=self.document, quote=q) for q in self.quotes]


@dataclass
class _Document:
    where: _Where
    node: Node
    squashed_text: str
    # Quotes already found in the text (large files repeat them): raw → spaces squashed.
    verified: dict[str, str] = field(default_factory=dict)


@dataclass
class _Collected:
    documents: dict[str, _Document] = field(default_factory=dict)  # by file name
    nodes: list[_NodeDecl] = field(default_factory=list)
    rels: list[_RelDecl] = field(default_factory=list)


class _LineLoader(yaml.SafeLoader):
    """A YAML loader that remembers the line of every mapping, for error messages."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        # Aliases let a few lines expand into gigabytes ("billion laughs"); data files need none.
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.MarkedYAMLError(
                None, None, "YAML aliases (*name) are not allowed in data files", event.start_mark
            )
        return super().compose_node(parent, index)


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    keys = [k.value for k, _ in node.value if isinstance(k, yaml.ScalarNode)]
    for key in keys:
        if keys.count(key) > 1:
            dup = next(k for k, _ in reversed(node.value) if getattr(k, "value", None) == key)
            raise yaml.MarkedYAMLError(None, None, f"the key {key!r} is given twice", dup.start_mark)
    mapping = loader.construct_mapping(node, deep=True)
    mapping[_LINE] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# Dates stay text: the schema checks them, and "2019-13-01" gets a message, not a crash.
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_scalar)


def load_dataset(data_dir: Path) -> GraphData:
    """Read every data file under `data_dir/facts` and check it against `data_dir/corpus`."""
    facts = data_dir / "facts"
    if not facts.is_dir():
        raise DataFileError(str(facts), None, None, "no such folder of data files")
    files = sorted(p for p in facts.iterdir() if p.suffix in {".yaml", ".yml", ".csv"})
    if not files:
        raise DataFileError(str(facts), None, None, "the folder holds no .yaml or .csv files")
    return load_files(files, corpus_dir=data_dir / "corpus")


def load_files(files: list[Path], corpus_dir: Path) -> GraphData:
    """Parse and check the given data files together (YAML first, so CSVs can cite them)."""
    collected = _Collected()
    ordered = sorted(files, key=lambda p: (p.suffix == ".csv", str(p)))
    for path in ordered:
        if path.suffix == ".csv":
            _read_csv(path, collected)
        else:
            _read_yaml(path, corpus_dir, collected)
    return _assemble(collected)


# --- reading -------------------------------------------------------------------------


def _read_yaml(path: Path, corpus_dir: Path, out: _Collected) -> None:
    text = read_text(path)
    try:
        doc = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - _LineLoader is a SafeLoader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise DataFileError(str(path), line, None, f"not valid YAML: {problem}") from None
    where = _Where(str(path), 1)
    if not isinstance(doc, dict):
        raise where.error(None, "expected a mapping with 'document', 'nodes' and 'relationships'")
    unknown = set(doc) - {"document", "nodes", "relationships", _LINE}
    if unknown:
        raise where.error(", ".join(sorted(unknown)), "unknown top-level key")
    header = doc.get("document")
    if not isinstance(header, dict):
        raise where.error("document", "every data file starts with a 'document' header")
    document = _read_document(path, header, corpus_dir, out)
    for entry in _entries(path, doc, "nodes"):
        out.nodes.append(_node_decl(_Where(str(path), entry.get(_LINE)), entry, document))
    for entry in _entries(path, doc, "relationships"):
        out.rels.append(_rel_decl(_Where(str(path), entry.get(_LINE)), entry, document))


def _entries(path: Path, doc: dict[str, Any], key: str) -> list[dict[str, Any]]:
    entries = doc.get(key) or []
    if not isinstance(entries, list):
        raise DataFileError(str(path), doc.get(_LINE), key, "must be a list")
    for entry in entries:
        if not isinstance(entry, dict):
            raise DataFileError(str(path), None, key, f"each entry must be a mapping, got {entry!r}")
    return entries


def _read_document(path: Path, header: dict[str, Any], corpus_dir: Path, out: _Collected) -> _Document:
    where = _Where(str(path), header.get(_LINE))
    file_name = header.get("file")
    if not isinstance(file_name, str) or not file_name:
        raise where.error("document.file", "name the article file under data/corpus/")
    if "/" in file_name or "\\" in file_name or file_name.startswith("."):
        raise where.error("document.file", f"{file_name!r} must be a plain file name")
    if file_name in out.documents:
        raise where.error("document.file", f"{file_name!r} is described twice")
    article = corpus_dir / file_name
    if not article.is_file():
        raise where.error("document.file", f"no article {file_name!r} in {corpus_dir}")
    text = read_text(article)
    title = header.get("title")
    props = {k: v for k, v in header.items() if k not in {"title", "file", "quote", _LINE}}
    props["file"] = file_name
    quote = header.get("quote") or title
    try:
        node = Node.create("Document", title, properties=props)
    except SchemaError as exc:
        raise where.error("document", str(exc)) from None
    _check_quote(where, "document.quote", quote, squash(text), file_name)
    node.sources = [Source(document=node.id, quote=quote)]
    document = _Document(where, node, squash(text))
    out.documents[file_name] = document
    return document


def _quotes(where: _Where, entry: dict[str, Any], document: _Document) -> list[str]:
    """The entry's quotes, each checked against its article, with their spaces squashed."""
    raw = entry.get("quotes") if "quotes" in entry else [entry.get("quote")]
    if not isinstance(raw, list) or not raw or any(not isinstance(q, str) for q in raw):
        raise where.error("quote", "every fact needs a quote from its article")
    verified = document.verified
    for q in raw:
        if q not in verified:  # check each quote once
            _check_quote(where, "quote", q, document.squashed_text, document.node.properties["file"])
            verified[q] = " ".join(q.split())
    # Sources stay plain text here: a pydantic Source per row costs more than the check.
    return [verified[q] for q in raw]


def _check_quote(where: _Where, field_name: str, quote: Any, squashed: str, file_name: str) -> None:
    if not isinstance(quote, str) or not squash(quote):
        raise where.error(field_name, "the quote is empty")
    if squash(quote) not in squashed:
        raise where.error(field_name, f"the quote does not occur in {file_name}: {quote!r}")


def _node_decl(where: _Where, entry: dict[str, Any], document: _Document) -> _NodeDecl:
    label = entry.get("label")
    if label not in schema.NODE_SPECS:
        raise where.error("label", f"unknown label {label!r}; known: {', '.join(schema.LABELS)}")
    name = entry.get("name")
    if not isinstance(name, str) or not normalise_name(name):
        raise where.error("name", "a node needs a non-empty name")
    aliases = entry.get("aliases") or []
    if not isinstance(aliases, list) or any(not isinstance(a, str) for a in aliases):
        raise where.error("aliases", "aliases must be a list of names")
    props = {k: v for k, v in entry.items() if k not in _NODE_KEYS and k != _LINE}
    return _NodeDecl(
        where,
        label,
        normalise_name(name),
        [normalise_name(a) for a in aliases if normalise_name(a)],
        props,
        document.node.id,
        _quotes(where, entry, document),
    )


def _rel_decl(where: _Where, entry: dict[str, Any], document: _Document) -> _RelDecl:
    rel_type = entry.get("type")
    if rel_type not in schema.REL_SPECS or rel_type == "MENTIONS":
        raise where.error("type", f"unknown relationship type {rel_type!r}")
    for end in ("start", "end"):
        if not isinstance(entry.get(end), str):
            raise where.error(end, "write the node as 'Label:name'")
    props = {k: v for k, v in entry.items() if k not in _REL_KEYS and k != _LINE}
    quotes = _quotes(where, entry, document)
    return _RelDecl(where, rel_type, entry["start"], entry["end"], props, document.node.id, quotes)


def _read_csv(path: Path, out: _Collected) -> None:
    for decl in iter_csv(path, out.documents):
        (out.nodes if isinstance(decl, _NodeDecl) else out.rels).append(decl)


def iter_csv(path: Path, documents: dict[str, _Document]) -> Iterator[_NodeDecl | _RelDecl]:
    """The declarations of a CSV file, one row at a time (the file is streamed, not held)."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise DataFileError(str(path), None, None, f"cannot read the file: {exc.strerror}") from None
    with handle:
        head = handle.read(64 * 1024)
        encoding = _csv_encoding(path, head)
        handle.seek(3 if head.startswith(codecs.BOM_UTF8) else 0)
        text = io.TextIOWrapper(handle, encoding=encoding, newline="")
        # A plain reader, not a DictReader: one dict per row fewer, on files of millions of rows.
        reader = csv.reader(text)
        try:
            header = next(reader, [])
            yield from _csv_rows(path, reader, header, documents)
        except UnicodeDecodeError:
            raise DataFileError(
                str(path), reader.line_num + 1, None, f"the text is not valid {encoding}"
            ) from None


def _csv_encoding(path: Path, head: bytes) -> str:
    """UTF-8 unless the start of the file says GB18030; binaries and empty files refused."""
    cut = head.rfind(b"\n")
    whole_lines = head[: cut + 1] if cut > 0 else head  # no character cut at the buffer's end
    decode_bytes(whole_lines, str(path))  # raises for empty and binary files
    try:
        whole_lines.decode("utf-8")
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def _csv_rows(
    path: Path, reader: Any, header: list[str], documents: dict[str, _Document]
) -> Iterator[_NodeDecl | _RelDecl]:
    columns = set(header)
    if "document" not in columns or not ({"label", "name"} <= columns or {"type", "start", "end"} <= columns):
        raise DataFileError(
            str(path),
            1,
            None,
            "a CSV needs columns document,label,name[,aliases,quote,…] for nodes "
            "or document,type,start,end[,quote,…] for relationships",
        )
    is_nodes = "label" in columns
    file = str(path)
    width = len(header)
    unique = len(columns) == width
    numbers = [k for k in ("year", "stated_members") if k in columns]
    for row in reader:
        if not row:
            continue  # a blank line (as DictReader skips them)
        line = reader.line_num
        where = _Where(file, line)
        if len(row) > width:
            raise where.error(None, "the row has more cells than the header")
        # Short rows leave their last cells empty; of a column named twice, the last cell wins.
        pairs = zip(header, row, strict=False)
        cells = pairs if unique else dict(pairs).items()
        entry: dict[str, Any] = {k: v for k, v in cells if v}
        entry[_LINE] = line
        file_name = entry.pop("document", None)
        document = documents.get(file_name or "")
        if document is None:
            raise where.error("document", f"no data file describes the article {file_name!r}")
        for key in numbers:
            if key in entry:
                try:
                    entry[key] = int(entry[key])
                except ValueError:
                    raise where.error(key, f"must be a whole number, got {entry[key]!r}") from None
        if is_nodes:
            entry["aliases"] = [a for a in entry.get("aliases", "").split("|") if a]
            yield _node_decl(where, entry, document)
        else:
            yield _rel_decl(where, entry, document)


# --- assembling ----------------------------------------------------------------------


def _assemble(collected: _Collected) -> GraphData:
    nodes, index = _merge_nodes(collected.nodes)
    rels = _merge_rels(collected.rels, index)
    documents = [d.node for d in collected.documents.values()]
    mentions = _mentions(documents, nodes, rels)
    return GraphData(nodes=[*documents, *nodes], relationships=[*rels, *mentions])


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def find(self, x: Any) -> Any:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: Any, b: Any) -> None:
        self.parent[self.find(a)] = self.find(b)


def _merge_nodes(decls: list[_NodeDecl]) -> tuple[list[Node], dict[tuple[str, str], Node]]:
    """Declarations that share a label and a name or alias are one node."""
    uf = _UnionFind()
    for i, d in enumerate(decls):
        for n in (d.name, *d.aliases):
            uf.union(("decl", i), (d.label, n))
    groups: dict[Any, list[_NodeDecl]] = {}
    for i, d in enumerate(decls):
        groups.setdefault(uf.find(("decl", i)), []).append(d)

    nodes: list[Node] = []
    index: dict[tuple[str, str], Node] = {}
    for group in groups.values():
        node = _merge_group(group)
        nodes.append(node)
        for n in (node.name, *node.aliases):
            index[(node.label, n)] = node
    return nodes, index


def _merge_group(group: list[_NodeDecl]) -> Node:
    aliases = {a for d in group for a in d.aliases}
    names = {d.name for d in group} - aliases
    first = group[0]
    if len(names) != 1:
        places = "; ".join(f"{d.where.file}:{d.where.line} names it {d.name!r}" for d in group)
        found = ", ".join(sorted(names)) or "none"
        raise first.where.error(
            "name", f"declarations of one {first.label} disagree on its canonical name ({found}): {places}"
        )
    props: dict[str, Any] = {}
    origin: dict[str, _NodeDecl] = {}
    sources: list[Source] = []
    for d in group:
        for key, value in d.props.items():
            if key in props and props[key] != value:
                o = origin[key]
                raise d.where.error(
                    key,
                    f"{value!r} conflicts with {props[key]!r} given at {o.where.file}:{o.where.line}",
                )
            props[key] = value
            origin[key] = d
        sources.extend(s for s in d.sources if s not in sources)
    try:
        return Node.create(first.label, names.pop(), aliases=aliases, properties=props, sources=sources)
    except SchemaError as exc:
        bad = next((d for d in group if any(k in str(exc) for k in d.props)), first)
        raise bad.where.error(None, str(exc)) from None


def _resolve(ref: str, where: _Where, field_name: str, index: dict[tuple[str, str], Node]) -> Node:
    label, sep, name = ref.partition(":")
    if not sep or label not in schema.NODE_SPECS:
        raise where.error(field_name, f"{ref!r} is not 'Label:name' with a known label")
    node = index.get((label, normalise_name(name)))
    if node is None:
        raise where.error(field_name, f"no {label} named {name!r}: declare it under 'nodes'")
    return node


def _merge_rels(decls: list[_RelDecl], index: dict[tuple[str, str], Node]) -> list[Relationship]:
    merged: dict[str, Relationship] = {}
    origin: dict[str, _RelDecl] = {}
    for d in decls:
        start = _resolve(d.start, d.where, "start", index)
        end = _resolve(d.end, d.where, "end", index)
        try:
            rel = Relationship.create(d.type, start, end, properties=d.props, sources=d.sources)
        except SchemaError as exc:
            raise d.where.error(None, str(exc)) from None
        known = merged.get(rel.id)
        if known is None:
            merged[rel.id] = rel
            origin[rel.id] = d
            continue
        for key, value in rel.properties.items():
            if key in known.properties and known.properties[key] != value:
                o = origin[rel.id]
                raise d.where.error(
                    key,
                    f"{value!r} conflicts with {known.properties[key]!r} at {o.where.file}:{o.where.line}",
                )
            known.properties[key] = value
        known.sources.extend(s for s in rel.sources if s not in known.sources)
    return list(merged.values())


def _mentions(documents: list[Node], nodes: list[Node], rels: list[Relationship]) -> list[Relationship]:
    """Document -MENTIONS-> every node it supports, quoting the first sentence it gives."""
    by_id = {d.id: d for d in documents}
    node_by_id = {n.id: n for n in nodes}
    quotes: dict[tuple[str, str], str] = {}
    for n in nodes:
        for s in n.sources:
            quotes.setdefault((s.document, n.id), s.quote)
    for r in rels:
        for s in r.sources:
            for end in (r.start, r.end):
                quotes.setdefault((s.document, end), s.quote)
    out = []
    for (doc_id, target), quote in quotes.items():
        rel = Relationship.create(
            "MENTIONS", by_id[doc_id], node_by_id[target], sources=[Source(document=doc_id, quote=quote)]
        )
        out.append(rel)
    return out


def document_ids(graph: GraphData) -> dict[str, str]:
    """Document id → article file name."""
    return {n.id: n.properties["file"] for n in graph.nodes if n.label == "Document"}


__all__ = ["document_ids", "load_dataset", "load_files", "node_id"]
