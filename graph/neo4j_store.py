"""The Neo4j store, through the official driver (bolt:// for one server, neo4j:// for a cluster)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import neo4j
from neo4j import GraphDatabase
from neo4j import exceptions as neo4j_errors
from neo4j.graph import Node as NNode
from neo4j.graph import Path as NPath
from neo4j.graph import Relationship as NRel

from graph import schema
from graph.errors import QueryError, StoreError, StoreUnavailableError
from graph.store import ENTITY, Batch, GraphStore, Progress, WriteResult

_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
LOAD_LOCK = "LoadLock"  # one node, outside the graph's labels, that serialises loads

_UNAVAILABLE = (
    neo4j_errors.ServiceUnavailable,
    neo4j_errors.SessionExpired,
    neo4j_errors.TransientError,
    OSError,
)


class Neo4jStore(GraphStore):
    kind = "neo4j"

    def __init__(
        self,
        uri: str,
        user: str = "neo4j",
        password: str = "",
        *,
        database: str = "neo4j",
        query_timeout_s: float = 10.0,
        connect_timeout_s: float = 5.0,
    ) -> None:
        auth = (user, password) if password else None
        if uri.partition("://")[0] not in _SCHEMES:
            raise StoreError(f"bad Neo4j URI {uri!r}: use bolt:// (one server) or neo4j:// (a cluster)")
        try:
            self._driver = GraphDatabase.driver(
                uri,
                auth=auth,
                connection_timeout=connect_timeout_s,
                connection_acquisition_timeout=connect_timeout_s,
                max_transaction_retry_time=connect_timeout_s,
                # The named queries are portable Cypher that FalkorDB runs too (CALL { WITH … }
                # rather than Neo4j's newer CALL (…) { }); the deprecation notice Neo4j sends
                # for that on every run would flood the log.
                notifications_disabled_classifications=["DEPRECATION"],
            )
        except (ValueError, neo4j_errors.ConfigurationError) as exc:
            raise StoreError(f"bad Neo4j URI {uri!r}: {exc}") from None
        self.uri = uri
        self.database = database
        self.query_timeout_s = query_timeout_s

    def ensure_schema(self) -> None:
        statements = [
            f"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:{ENTITY}) REQUIRE n.id IS UNIQUE",
            f"CREATE INDEX entity_name IF NOT EXISTS FOR (n:{ENTITY}) ON (n.name)",
        ]
        statements += [
            f"CREATE INDEX {label.lower()}_id IF NOT EXISTS FOR (n:{label}) ON (n.id)"
            for label in schema.LABELS
        ]
        statements += [
            f"CREATE CONSTRAINT load_lock_id IF NOT EXISTS FOR (n:{LOAD_LOCK}) REQUIRE n.id IS UNIQUE",
            f"MERGE (:{LOAD_LOCK} {{id: 'load'}})",
        ]
        for statement in statements:
            self.run(statement, write=True)

    def write_batches(self, batches: Iterable[Batch], progress: Progress | None = None) -> WriteResult:
        result = WriteResult()
        # An explicit transaction, not a retried managed one: batches may come from a stream
        # that cannot be replayed.
        with (
            self._errors(),
            self._driver.session(database=self.database) as session,
            session.begin_transaction() as tx,
        ):
            # Two loads at once would race on the same MERGEs (and may deadlock); writing the
            # lock node first makes the second wait until the first commits.
            tx.run(f"MERGE (l:{LOAD_LOCK} {{id: 'load'}}) SET l.taken = timestamp()").consume()
            # Each batch is consumed only after the next one is sent, so the server runs one
            # batch while this process packs the next (about 40% faster on two cores).
            previous: tuple[neo4j.Result, Batch] | None = None
            for batch in batches:
                current = tx.run(batch.cypher(), {"rows": batch.rows})
                if previous is not None:
                    self._written(tx, *previous, result, progress)
                previous = (current, batch)
            if previous is not None:
                self._written(tx, *previous, result, progress)
            tx.commit()
        return result

    @staticmethod
    def _written(
        tx: neo4j.Transaction,
        done: neo4j.Result,
        batch: Batch,
        result: WriteResult,
        progress: Progress | None,
    ) -> None:
        done.consume()  # raises the batch's error, if any, inside the transaction
        # The driver keeps every result of a transaction, parameters included, until the
        # commit: the whole load in memory. A consumed result is finished; let it go.
        kept = getattr(tx, "_results", None)
        if isinstance(kept, list) and done in kept:
            kept.remove(done)
        result.add(batch)
        if progress:
            progress(len(batch.rows))

    def run(
        self,
        cypher: str,
        params: dict[str, Any] | None = None,
        *,
        write: bool = False,
        timeout_s: float | None = None,
    ) -> list[dict[str, Any]]:
        @neo4j.unit_of_work(timeout=timeout_s or self.query_timeout_s)
        def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            return [{k: _plain(v) for k, v in rec.items()} for rec in tx.run(cypher, params or {})]

        with self._errors(), self._driver.session(database=self.database) as session:
            if write:
                return session.execute_write(work)
            return session.execute_read(work)

    def clear(self) -> None:
        # In slices, so that clearing a large graph never needs one huge transaction.
        while True:
            rows = self.run("MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n", write=True)
            if not rows or rows[0]["n"] == 0:
                return

    def ping(self) -> bool:
        try:
            self._driver.verify_connectivity()
            return True
        except Exception:  # noqa: BLE001 - any failure means "not reachable"
            return False

    def close(self) -> None:
        self._driver.close()

    def _errors(self) -> _ErrorTranslator:
        return _ErrorTranslator(self.uri)


class _ErrorTranslator:
    """Turns driver exceptions into the product's errors."""

    def __init__(self, uri: str) -> None:
        self.uri = uri

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: Any) -> None:
        if exc is None:
            return
        if isinstance(exc, _UNAVAILABLE):
            raise StoreUnavailableError(f"Neo4j at {self.uri} is not answering: {exc}") from None
        if isinstance(exc, neo4j_errors.ClientError) and "TransactionTimedOut" in (exc.code or ""):
            raise StoreUnavailableError(f"the query timed out: {exc.message}") from None
        if isinstance(exc, neo4j_errors.AuthError):
            raise StoreError(f"Neo4j at {self.uri} refused the credentials") from None
        if isinstance(exc, neo4j_errors.Neo4jError):
            raise QueryError(f"Neo4j refused the query: {exc.message}") from None
        if isinstance(exc, neo4j_errors.DriverError):
            raise StoreUnavailableError(f"Neo4j at {self.uri}: {exc}") from None


def _plain(value: Any) -> Any:
    if isinstance(value, NNode):
        return {**dict(value.items()), "_labels": [x for x in value.labels if x != ENTITY]}
    if isinstance(value, NRel):
        return {**dict(value.items()), "_type": value.type}
    if isinstance(value, NPath):
        return [_plain(n) for n in value.nodes]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
