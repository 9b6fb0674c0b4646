"""Write docs/schema.md from graph/schema.py, so the two never disagree.

Usage: python scripts/schema_doc.py > docs/schema.md
"""

from __future__ import annotations

from graph import schema


def _props(required: dict[str, str], optional: dict[str, str], enums: dict[str, tuple[str, ...]]) -> str:
    parts = [f"`{k}` ({t}, required)" for k, t in required.items()]
    parts += [f"`{k}` ({t})" for k, t in optional.items()]
    for key, values in enums.items():
        parts.append(f"`{key}` ∈ {{{', '.join(values)}}}")
    return "; ".join(parts) or "—"


def main() -> None:
    print("# The graph schema\n")
    print("Generated from `graph/schema.py` by `scripts/schema_doc.py`; the loader, the stores")
    print("and the API enforce it. A node or relationship outside it is rejected with a message")
    print("that names it.\n")
    print("Every node has `id` (deterministic from label and canonical name), `label`, `name`")
    print("(canonical Chinese name), `aliases`, and provenance: `src_docs` (Document ids) and")
    print("`src_quotes` (the sentence from each, side by side). Every node also carries the")
    print("label `Entity`, which holds the unique constraint on `id`. Optional on every node:")
    print(", ".join(f"`{k}` ({t})" for k, t in schema.COMMON_NODE_PROPS.items()) + ".\n")
    print("Every relationship has `id` (deterministic from type, ends and key properties) and")
    print("provenance. Optional on every relationship: ", end="")
    print(", ".join(f"`{k}` ({t})" for k, t in schema.COMMON_REL_PROPS.items()) + ".")
    print("Dates are ISO strings of a year, month or day (`2019`, `2019-12`, `2019-12-20`).\n")
    print("## Node labels\n")
    print("| label | 中文 | what it is | properties |")
    print("|---|---|---|---|")
    for s in schema.NODE_SPECS.values():
        print(f"| `{s.label}` | {s.zh} | {s.description} | {_props(s.required, s.optional, s.enums)} |")
    print("\n## Relationship types\n")
    print("| type | 中文 | what it states | from → to | properties | key |")
    print("|---|---|---|---|---|---|")
    for r in schema.REL_SPECS.values():
        ends = f"{', '.join(r.starts)} → {', '.join(r.ends)}"
        key = ", ".join(r.key) or "—"
        props = _props(r.required, r.optional, {})
        print(f"| `{r.type}` | {r.zh} | {r.description} | {ends} | {props} | {key} |")
    print("\nThe key properties tell two relationships of one type between the same nodes apart")
    print("(a second chair term, a claim in another year).")


if __name__ == "__main__":
    main()
