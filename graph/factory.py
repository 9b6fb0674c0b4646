"""Build the configured store: the one place that knows which backend modules exist."""

from __future__ import annotations

from dangjian.config import Settings
from graph.store import GraphStore


def open_store(settings: Settings) -> GraphStore:
    """Open (and for the embedded store, start) the store the settings name."""
    if settings.store == "neo4j":
        from graph.neo4j_store import Neo4jStore

        return Neo4jStore(
            settings.neo4j_uri,
            settings.neo4j_user,
            settings.neo4j_password.get_secret_value(),
            database=settings.neo4j_database,
            query_timeout_s=settings.query_timeout_s,
            connect_timeout_s=settings.connect_timeout_s,
        )
    from graph.falkordb_store import FalkorDBStore

    return FalkorDBStore(
        data_dir=settings.data_dir,
        graph_name=settings.graph_name,
        query_timeout_s=settings.query_timeout_s,
    )
