"""The embedded default store: FalkorDB, reached over a unix socket (or a URL)."""

from __future__ import annotations

import contextlib
import json
import math
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import redis
from falkordb import FalkorDB
from falkordb.edge import Edge
from falkordb.node import Node as FNode
from falkordb.path import Path as FPath
from redis.backoff import NoBackoff
from redis.retry import Retry

from graph import schema
from graph.embedded import EmbeddedServer
from graph.errors import QueryError, StoreError, StoreUnavailableError
from graph.store import ENTITY, Batch, GraphStore, Progress, WriteResult


class FalkorDBStore(GraphStore):
    kind = "falkordb"

    def __init__(
        self,
        *,
        data_dir: Path | None = None,
        url: str | None = None,
        graph_name: str = "dangjian",
        query_timeout_s: float = 10.0,
    ) -> None:
        """Use the embedded server in `data_dir` (started if needed), or a server at `url`."""
        self.server: EmbeddedServer | None = None
        if url is None:
            if data_dir is None:
                raise StoreError("the embedded store needs a data directory")
            self.server = EmbeddedServer(Path(data_dir))
            self.server.start()
            # One quick retry, no back-off: a dead server should turn into a clear error fast.
            self._db = FalkorDB(
                unix_socket_path=str(self.server.socket_path),
                # Retry a dropped connection once (the server restarted), never a time-out.
                retry=Retry(NoBackoff(), 1, supported_errors=(redis.ConnectionError,)),
                socket_timeout=query_timeout_s + 1,
            )
            # Loads go through a client without a read time-out: one MULTI/EXEC of a large
            # load may legitimately run for longer than any read.
            # (redis-py's default is a 5 s time-out, which a million-row EXEC or its snapshot
            # exceeds.)
            self._writer = redis.Redis(
                unix_socket_path=str(self.server.socket_path),
                retry=Retry(NoBackoff(), 0),
                socket_timeout=None,
            )
        else:
            self._db = FalkorDB.from_url(url)
            self._writer = redis.Redis.from_url(url, retry=Retry(NoBackoff(), 0), socket_timeout=None)
        self.graph_name = graph_name
        self._graph = self._db.select_graph(graph_name)
        self.query_timeout_s = query_timeout_s

    @property
    def restarted_after_crash(self) -> bool:
        return bool(self.server and self.server.restarted_after_crash)

    def ensure_schema(self) -> None:
        existing = self._indexed()
        wanted = [(ENTITY, "id"), (ENTITY, "name")]
        wanted += [(label, "id") for label in schema.LABELS]
        for label, prop in wanted:
            if (label, prop) not in existing:
                self._call(f"CREATE INDEX FOR (n:{label}) ON (n.{prop})", write=True)
        constraints = {
            (c["label"], tuple(c["properties"]))
            for c in self.run("CALL db.constraints() YIELD label, properties RETURN label, properties")
        }
        if (ENTITY, ("id",)) not in constraints:
            try:
                self._graph.create_node_unique_constraint(ENTITY, "id")
            except redis.ResponseError as exc:
                raise StoreError(f"cannot create the unique constraint on {ENTITY}.id: {exc}") from None
        self._persist()

    def _indexed(self) -> set[tuple[str, str]]:
        rows = self.run("CALL db.indexes() YIELD label, properties RETURN label, properties")
        return {(r["label"], p) for r in rows for p in r["properties"]}

    def write_batches(self, batches: Iterable[Batch], progress: Progress | None = None) -> WriteResult:
        # One MULTI/EXEC runs the queued queries as one unit; the snapshot taken after it
        # (or the one before it, if anything failed) is the only state that reaches disk, so
        # a load lands whole or not at all. MULTI is sent by hand, each query queued on the
        # server as it is built, so this process never holds more than one batch (a client
        # pipeline would buffer the whole load: hundreds of MB at a million rows).
        sizes: list[int] = []
        result = WriteResult()
        conn = self._writer.connection_pool.get_connection()
        try:
            replies = self._exec(conn, batches, sizes, result)
        except (redis.ConnectionError, redis.TimeoutError) as exc:
            conn.disconnect()
            raise StoreUnavailableError(f"the store went away during the load: {exc}") from None
        except BaseException:
            conn.disconnect()  # the server drops a connection's MULTI when it closes
            raise
        finally:
            self._writer.connection_pool.release(conn)
        failed = next((r for r in replies if isinstance(r, Exception)), None)
        if failed is not None:
            self._discard()
            raise StoreError(f"the store refused the load, so none of it was kept: {failed}")
        self._persist()
        if progress:
            for n in sizes:
                progress(n)
        return result

    def _exec(self, conn: Any, batches: Iterable[Batch], sizes: list[int], result: WriteResult) -> list[Any]:
        """Queue every batch inside MULTI on `conn`, then EXEC; the replies, errors included."""
        conn.send_command("MULTI")
        conn.read_response()
        for batch in batches:
            query = self._rows_header(batch.rows) + batch.cypher()
            conn.send_command("GRAPH.QUERY", self.graph_name, query, "--compact")
            try:
                conn.read_response()  # QUEUED
            except redis.ResponseError as exc:
                conn.send_command("DISCARD")
                conn.read_response()
                raise StoreError(f"the store refused the load, so none of it was kept: {exc}") from None
            sizes.append(len(batch.rows))
            result.add(batch)
        conn.send_command("EXEC")
        try:
            return list(conn.read_response() or [])
        except redis.ResponseError as exc:  # EXECABORT: nothing ran
            raise StoreError(f"the store refused the load, so none of it was kept: {exc}") from None

    def _rows_header(self, rows: list[dict[str, Any]]) -> str:
        """`CYPHER rows=[…] `: the parameter header a batch's query starts with."""
        return rows_header(rows) or self._graph._build_params_header({"rows": rows})

    def run(
        self,
        cypher: str,
        params: dict[str, Any] | None = None,
        *,
        write: bool = False,
        timeout_s: float | None = None,
    ) -> list[dict[str, Any]]:
        result = self._call(cypher, params, write=write, timeout_s=timeout_s)
        if write:
            self._persist()
        columns = [h[1] if isinstance(h, list | tuple) else h for h in result.header]
        return [dict(zip(columns, map(_plain, row), strict=True)) for row in result.result_set]

    def _call(
        self,
        cypher: str,
        params: dict[str, Any] | None = None,
        *,
        write: bool = False,
        timeout_s: float | None = None,
    ) -> Any:
        timeout_ms = math.ceil(1000 * (timeout_s or self.query_timeout_s))
        if params and _has_nul(params):
            # The client splices parameters into a text header that a NUL would cut short.
            raise QueryError("text parameters may not contain NUL characters")
        try:
            if write:
                return self._graph.query(cypher, params, timeout=timeout_ms)
            return self._graph.ro_query(cypher, params, timeout=timeout_ms)
        except (redis.ConnectionError, redis.TimeoutError, OSError) as exc:
            raise StoreUnavailableError(f"the embedded store is not answering: {exc}") from None
        except redis.ResponseError as exc:
            message = str(exc)
            if "empty key" in message or "Invalid graph operation on empty key" in message:
                return _EmptyResult()
            if "timed out" in message.lower():
                raise StoreUnavailableError(f"the query timed out: {message}") from None
            raise QueryError(f"the store refused the query: {message}") from None

    def clear(self) -> None:
        with contextlib.suppress(redis.ResponseError):  # no graph yet
            self._graph.delete()
        self._persist()

    def _persist(self) -> None:
        """Write a snapshot of the whole store; if that fails, keep the previous one."""
        if self.server is None:
            return  # a server the product does not run persists by its own configuration
        try:
            self._writer.save()
        except redis.RedisError as exc:
            self._discard()
            raise StoreError(
                f"could not save the embedded store ({exc}); the previous data is kept on disk "
                f"in {self.server.data_dir}"
            ) from None

    def _discard(self) -> None:
        """Throw away what is in memory (a failed write), so the last snapshot stays the truth."""
        if self.server is not None:
            self.server.discard()

    def ping(self) -> bool:
        try:
            return bool(self._db.connection.ping())
        except (redis.RedisError, OSError):
            return False

    def close(self) -> None:
        try:
            self._writer.close()
            self._db.connection.close()
        finally:
            if self.server is not None:
                self.server.stop()


_IDENTIFIER = re.compile(r"\w+", re.ASCII)


def rows_header(rows: list[dict[str, Any]]) -> str | None:
    """The parameter header for `rows`, as the falkordb client builds it, in a fraction of its time.

    The json module (C) writes the rows; their keys are then turned from "key": into FalkorDB's
    `key`:. FalkorDB reads JSON's escapes (\\ \" \n \t \r \b \f) as JSON means them but keeps
    \\uXXXX as text, which JSON writes for other control characters. None, for the client's
    slower way, when the text holds "\\u", when a key is not a plain identifier or sits in a map
    nested deeper than a relationship's props, or when JSON cannot write a value.
    """
    keys: set[str] = set()
    for row in rows:
        keys.update(row)
        props = row.get("props")
        if type(props) is dict:  # relationship rows nest their properties
            keys.update(props)
    if not all(isinstance(k, str) and _IDENTIFIER.fullmatch(k) for k in keys):
        return None
    try:
        text = json.dumps(rows, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError):
        return None
    if "\\u" in text:
        return None
    for key in keys:
        # '"key":' with an unescaped quote (inside strings every " is escaped) ends a key.
        text = text.replace(f'"{key}":', f"`{key}`:")
    # A key left quoted (in a map nested deeper) leaves '":', a match at an escaped quote
    # (inside such a key) leaves '\`': either, or text that merely looks so, goes to the client.
    if '":' in text or "\\`" in text:
        return None
    return f"CYPHER `rows`={text} "


class _EmptyResult:
    """What a read of a graph that was never written returns: no columns, no rows."""

    header: tuple[Any, ...] = ()
    result_set: tuple[Any, ...] = ()


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(_has_nul(v) for v in value)
    return False


def _plain(value: Any) -> Any:
    if isinstance(value, FNode):
        return {**value.properties, "_labels": [x for x in value.labels if x != ENTITY]}
    if isinstance(value, Edge):
        return {**value.properties, "_type": value.relation}
    if isinstance(value, FPath):
        return [_plain(n) for n in value.nodes()]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
