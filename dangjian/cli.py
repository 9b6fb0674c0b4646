"""The `dangjian` command: a thin edge over graph/, loaders/, queries/, viz/ and api/.

Each command calls library functions and turns the product's errors into one-line
messages; there is no logic here that a library function could hold.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from dangjian.config import Settings, StoreKind
from graph.errors import DangjianError
from graph.store import GraphStore
from graph.summary import summarise

app = typer.Typer(
    name="dangjian",
    help="The regional party-building network (区域化党建) of Jing'an as a graph: "
    "load it, query it, map it, serve it.",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True)

F = TypeVar("F", bound=Callable[..., Any])


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


StoreOption = Annotated[
    StoreKind | None,
    typer.Option("--store", help="embedded (FalkorDB, default) or neo4j; or DANGJIAN_STORE."),
]


def user_errors(func: F) -> F:
    """Report the product's errors as one line on stderr and exit 1; never a stack trace."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DangjianError as exc:
            _error(str(exc))
            raise typer.Exit(1) from None
        except OSError as exc:
            _error(f"{exc.strerror or exc}: {exc.filename or ''}")
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


def _error(message: str) -> None:
    # Plain text: messages quote file names and fields like "[label]" that are not markup.
    err.print(Text("error: ", style="red") + Text(message), soft_wrap=True, highlight=False)


def settings_for(store: StoreKind | None) -> Settings:
    return Settings(store=store) if store else Settings()


@contextmanager
def opened(settings: Settings) -> Iterator[GraphStore]:
    from graph.factory import open_store

    store = open_store(settings)
    if getattr(store, "restarted_after_crash", False):
        err.print("note: the embedded store had stopped unexpectedly; it was started again")
    try:
        yield store
    finally:
        store.close()


def _progress(total: int, what: str) -> tuple[Progress, Callable[[int], None]]:
    bar = Progress(
        TextColumn(what),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=not err.is_terminal,
        transient=True,
    )
    task = bar.add_task(what, total=total)
    return bar, lambda n: bar.advance(task, n)


@app.callback()
def main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log more.")] = False) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(message)s")
    if not verbose:  # the driver narrates its retries; the user gets one clear message instead
        logging.getLogger("neo4j").setLevel(logging.ERROR)


@app.command()
@user_errors
def build(
    store: StoreOption = None,
    maps: Annotated[bool, typer.Option(help="Also write the maps and posters to out/.")] = True,
    out_dir: Annotated[Path | None, typer.Option(help="Where maps go (default out/).")] = None,
) -> None:
    """Load the curated dataset, print what the graph holds, and write the maps.

    Example: dangjian build
    """
    settings = settings_for(store)
    with opened(settings) as db:
        report = _load(db, settings, settings.dataset_dir)
        out.print(summarise(report.graph).as_text(), highlight=False)
        if maps:
            from viz.outputs import write_standard_outputs

            for path in write_standard_outputs(db.fetch_graph(), out_dir or settings.out_dir):
                out.print(Text(f"wrote {path}"), soft_wrap=True)


def _load(db: GraphStore, settings: Settings, source: Path | list[Path]) -> Any:
    from loaders.datafiles import load_dataset
    from loaders.load import load_into

    graph = load_dataset(source) if isinstance(source, Path) else None
    total = len(graph.nodes) + len(graph.relationships) if graph else 0
    bar, advance = _progress(total, "loading")
    with bar:
        return load_into(
            db,
            source,
            batch_size=settings.batch_size,
            progress=advance,
            corpus_dir=settings.dataset_dir / "corpus",
        )


@app.command()
@user_errors
def load(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="A dataset folder (facts/ + corpus/) or data files; default: the bundled dataset."
        ),
    ] = None,
    store: StoreOption = None,
    bulk: Annotated[
        bool, typer.Option("--bulk", help="Stream a large folder (each node declared once) instead.")
    ] = False,
) -> None:
    """Load data files into the store, all or nothing.

    Example: dangjian load data/
    Example: dangjian load data/facts/001_bb6717c4414b2107.yaml --store neo4j
    """
    settings = settings_for(store)
    source: Path | list[Path]
    if not paths:
        source = settings.dataset_dir
    elif len(paths) == 1 and paths[0].is_dir():
        source = paths[0]
    else:
        for p in paths:
            if p.suffix not in {".yaml", ".yml", ".csv"}:
                raise DangjianError(f"{p}: not a data file (.yaml, .yml or .csv)")
            if not p.is_file():
                raise DangjianError(f"{p}: no such data file")
        source = paths
    with opened(settings) as db:
        if bulk:
            from loaders.bulk import load_bulk

            if not isinstance(source, Path):
                raise DangjianError("--bulk loads a dataset folder (facts/ + corpus/)")
            written = load_bulk(db, source, batch_size=max(settings.batch_size, 5000))
        else:
            written = _load(db, settings, source).written
        counts = db.counts()
    out.print(
        f"loaded {written.nodes} nodes and {written.relationships} relationships; "
        f"the store now holds {counts.nodes} nodes and {counts.relationships} relationships",
        highlight=False,
    )


@app.command()
@user_errors
def synth(
    units: Annotated[int, typer.Option(help="How many units.", min=10)] = 10_000,
    seed: Annotated[int, typer.Option(help="Same seed, same files.")] = 1,
    out_dir: Annotated[Path, typer.Option("--out", help="The dataset folder to write.")] = Path("out/synth"),
) -> None:
    """Write a synthetic network shaped like the real one (for benchmarks); load it with --bulk.

    Example: dangjian synth --units 100000 --seed 1 --out out/synth && dangjian load out/synth --bulk
    """
    from loaders.synth import synthesize

    report = synthesize(units, seed, out_dir)
    out.print(
        Text(f"wrote {report.nodes} nodes and {report.relationships} relationships to {report.out}"),
        soft_wrap=True,
    )


@app.command()
@user_errors
def stats(store: StoreOption = None) -> None:
    """Print what the store holds: nodes per label and relationships per type.

    Example: dangjian stats --store neo4j
    """
    with opened(settings_for(store)) as db:
        graph = db.fetch_graph()
    out.print(summarise(graph).as_text(), highlight=False)


@app.command()
@user_errors
def clear(
    store: StoreOption = None,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask.")] = False,
) -> None:
    """Delete everything in the store.

    Example: dangjian clear --yes
    """
    if not yes and not typer.confirm("Delete every node and relationship in the store?"):
        raise typer.Exit(1)
    with opened(settings_for(store)) as db:
        db.clear()
    out.print("the store is empty")


def _parse_params(params: list[str]) -> dict[str, str]:
    parsed: dict[str, str] = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise DangjianError(f"--param takes key=value, got {item!r}")
        parsed[key] = value
    return parsed


@app.command()
@user_errors
def query(
    name: Annotated[str | None, typer.Argument(help="A named query; omit to list them.")] = None,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="key=value")] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.table,
    store: StoreOption = None,
) -> None:
    """Run a named query from queries/ (list them with no NAME).

    Example: dangjian query area_coverage --param area=兴业太古汇商圈
    Example: dangjian query body_chairs -p body=南京西路街道区域化党建联席会议 -p as_of=2020-06-30 -f json
    """
    from queries.runner import describe, query_names, run_named

    if name is None:
        table = Table("name", "answers", "parameters")
        for q in query_names():
            d = describe(q)
            params = ", ".join(p["name"] + ("?" if p["optional"] else "") for p in d["params"])
            table.add_row(q, d["answers"], params)
        out.print(table)
        return
    with opened(settings_for(store)) as db:
        rows = run_named(db, name, _parse_params(param or []))
    _print_rows(rows, fmt)


def _print_rows(rows: list[dict[str, Any]], fmt: OutputFormat) -> None:
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    columns = list(dict.fromkeys(k for r in rows for k in r))
    cell = lambda v: v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)  # noqa: E731
    if fmt is OutputFormat.csv:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(columns)
        for r in rows:
            writer.writerow(["" if r.get(c) is None else cell(r.get(c)) for c in columns])
        sys.stdout.write(buf.getvalue())
        return
    table = Table(*columns)
    for r in rows:
        table.add_row(*["" if r.get(c) is None else cell(r.get(c)) for c in columns])
    out.print(table)
    out.print(f"{len(rows)} rows", highlight=False)


@app.command()
@user_errors
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    store: StoreOption = None,
    workers: Annotated[
        int,
        typer.Option(min=1, max=64, help="Server processes; one per core serves about that many times more."),
    ] = 1,
) -> None:
    """Serve the HTTP API (OpenAPI at /docs).

    Example: dangjian serve --port 8000 --workers 2
    """
    import uvicorn

    settings = settings_for(store)
    if workers == 1:
        from api.main import create_app

        uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
        return
    # Worker processes build their app from the environment, so the --store choice goes there.
    if store:
        os.environ["DANGJIAN_STORE"] = store
    factory = "api.main:app_from_environment"
    if settings.store == "embedded":
        # This process starts the embedded server before the workers (which attach to it rather
        # than race to start it) and stops it after they have gone.
        with opened(settings):
            uvicorn.run(factory, factory=True, workers=workers, host=host, port=port, log_level="info")
    else:
        uvicorn.run(factory, factory=True, workers=workers, host=host, port=port, log_level="info")


@app.command("map")
@user_errors
def map_(
    html: Annotated[Path, typer.Option("--html", help="Where to write the page.")] = Path("out/map.html"),
    street: Annotated[str | None, typer.Option(help="Only this street (id, name or alias).")] = None,
    focus: Annotated[str | None, typer.Option(help="Centre on this node (id, name or alias).")] = None,
    depth: Annotated[int, typer.Option(help="Hops around --focus.", min=1, max=6)] = 2,
    as_of: Annotated[str | None, typer.Option(help="The network as of YYYY-MM-DD.")] = None,
    label: Annotated[list[str] | None, typer.Option(help="Only these labels (repeat).")] = None,
    store: StoreOption = None,
) -> None:
    """Write the interactive network map (one self-contained HTML page, works offline).

    Example: dangjian map --html out/map.html --street 南京西路街道
    """
    from viz import write_map_html

    with opened(settings_for(store)) as db:
        options = _map_options(db, street=street, focus=focus, as_of=as_of, labels=label)
        graph = db.fetch_graph()
    path = write_map_html(graph, html, depth=depth, **options)
    out.print(Text(f"wrote {path}"), soft_wrap=True)


def _street_id(db: GraphStore, ref: str | None) -> str | None:
    """A street's id; the district (or no street) means the whole map."""
    from queries.runner import resolve_ref

    if ref is None:
        return None
    node = resolve_ref(db, ref, ("Street", "District"))
    return node["id"] if node["label"] == "Street" else None


def _map_options(
    db: GraphStore,
    *,
    street: str | None,
    focus: str | None,
    as_of: str | None,
    labels: list[str] | None,
) -> dict[str, Any]:
    from graph import schema
    from queries.runner import resolve_ref

    if as_of is not None:
        as_of = str(schema.check_value("as_of", "date", as_of))
    for lab in labels or []:
        schema.node_spec(lab)
    return {
        "street": _street_id(db, street),
        "focus": resolve_ref(db, focus)["id"] if focus else None,
        "as_of": as_of,
        "labels": labels or None,
    }


@app.command()
@user_errors
def poster(
    out_path: Annotated[Path, typer.Option("--out", help=".pdf, .svg or .png (300 dpi)")] = Path(
        "out/poster.pdf"
    ),
    street: Annotated[str | None, typer.Option(help="Only this street (id, name or alias).")] = None,
    size: Annotated[str, typer.Option(help="A3, A2 or A1.")] = "A3",
    as_of: Annotated[str | None, typer.Option(help="The network as of YYYY-MM-DD.")] = None,
    store: StoreOption = None,
) -> None:
    """Write the print-ready poster (党建版图).

    Example: dangjian poster --out out/poster.pdf --street 南京西路街道 --size A2
    """
    from viz import render_poster

    if size.upper() not in {"A3", "A2", "A1"}:
        raise DangjianError(f"--size must be A3, A2 or A1, got {size!r}")
    with opened(settings_for(store)) as db:
        options = _map_options(db, street=street, focus=None, as_of=as_of, labels=None)
        graph = db.fetch_graph()
    path = render_poster(graph, out_path, street=options["street"], size=size.upper(), as_of=options["as_of"])
    out.print(Text(f"wrote {path}"), soft_wrap=True)


@app.command()
@user_errors
def extract(
    files: Annotated[list[Path], typer.Argument(help="Articles (UTF-8 or GB18030/GBK, detected).")],
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.table,
    store: Annotated[
        StoreKind | None,
        typer.Option("--store", help="Link names against this store's graph (default: no linking)."),
    ] = None,
) -> None:
    """Propose the nodes and relationships an article states, with the sentence each rests on.

    Example: dangjian extract article.txt --format json
    """
    from loaders.extract import Candidates, Gazetteer, extract_file

    gazetteer = None
    if store is not None:
        with opened(settings_for(store)) as db:
            gazetteer = Gazetteer.from_graph(db.fetch_graph())
    candidates = Candidates()
    for path in files:
        candidates.extend(extract_file(path, gazetteer=gazetteer))
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps(candidates.to_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        _print_rows(candidates.rows(), fmt)


@app.command()
@user_errors
def ingest(
    files: Annotated[list[Path], typer.Argument(help="Articles to read.")],
    accept: Annotated[bool, typer.Option("--accept", help="Accept every proposal at once.")] = False,
    store: StoreOption = None,
) -> None:
    """Extract articles and stage what they state as proposals for review.

    Example: dangjian ingest article.txt && dangjian review
    """
    from loaders.review import ingest_files

    with opened(settings_for(store)) as db:
        report = ingest_files(db, files, accept=accept)
    out.print(
        Text(
            f"{', '.join(report.documents)}: {report.staged} new proposals, "
            f"{report.already_known} known already, {report.accepted} accepted"
        ),
        soft_wrap=True,
    )


@app.command("review")
@user_errors
def review_(
    accept: Annotated[list[str] | None, typer.Option("--accept", help="Accept this proposal id.")] = None,
    reject: Annotated[list[str] | None, typer.Option("--reject", help="Reject this proposal id.")] = None,
    accept_all: Annotated[bool, typer.Option("--accept-all", help="Accept every pending one.")] = False,
    reject_all: Annotated[bool, typer.Option("--reject-all", help="Reject every pending one.")] = False,
    status: Annotated[str, typer.Option(help="List proposals with this status.")] = "pending",
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.table,
    store: StoreOption = None,
) -> None:
    """List proposals, or accept or reject them (accepted ones become graph facts).

    Example: dangjian review --accept relationship-id --reject node-id
    """
    from loaders.review import proposals, review

    with opened(settings_for(store)) as db:
        accept_ids, reject_ids = list(accept or []), list(reject or [])
        if accept_all or reject_all:
            pending = [p["id"] for p in proposals(db, "pending")]
            (accept_ids if accept_all else reject_ids).extend(pending)
        if accept_ids or reject_ids:
            n = review(db, accept=accept_ids, reject=reject_ids)
            out.print(f"accepted {n}, rejected {len(reject_ids)}", highlight=False)
            return
        _print_rows(proposals(db, None if status == "all" else status), fmt)


@app.command()
@user_errors
def evaluate(
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            help="a held-out set (corpus/ and facts/, as in data/) to score instead of the "
            "curated dataset; the curated graph is then what the extractor already knows",
        ),
    ] = None,
    misses: Annotated[
        bool, typer.Option("--misses", help="also list each article's false positives and misses")
    ] = False,
    fmt: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="table (text) or json")
    ] = OutputFormat.table,
) -> None:
    """Score the extractor against the curated dataset, leave-one-article-out.

    Example: dangjian evaluate --data ../heldout --misses
    """
    from loaders.datafiles import load_dataset
    from loaders.extract import evaluate as run_evaluation

    dataset = Settings().dataset_dir
    known = load_dataset(dataset) if data is not None else None
    report = run_evaluation(data or dataset, known=known)
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.print(Text(report.as_text(misses=misses)), soft_wrap=True)


if __name__ == "__main__":  # pragma: no cover
    app()
