"""One settings object, read from the environment (DANGJIAN_*) and an optional .env file.

Built by the CLI or the API factory and passed in; never constructed at import time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

StoreKind = Literal["embedded", "neo4j"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DANGJIAN_", env_file=".env", extra="ignore")

    store: StoreKind = Field("embedded", description="Which store to use: embedded FalkorDB or Neo4j.")
    data_dir: Path = Field(Path(".dangjian"), description="Where the embedded store keeps its files.")
    graph_name: str = Field("dangjian", description="The graph's name inside the store.")
    dataset_dir: Path = Field(
        Path(__file__).resolve().parents[1] / "data",
        description="The curated dataset: facts/ and corpus/.",
    )
    out_dir: Path = Field(Path("out"), description="Where maps and posters are written.")

    neo4j_uri: str = Field("bolt://127.0.0.1:7687", description="bolt:// or neo4j:// (cluster routing).")
    neo4j_user: str = "neo4j"
    neo4j_password: SecretStr = SecretStr("")
    neo4j_database: str = "neo4j"

    query_timeout_s: float = Field(10.0, gt=0, description="Time-out of one read query.")
    connect_timeout_s: float = Field(5.0, gt=0, description="Time-out to reach the store.")
    batch_size: int = Field(1000, gt=0, description="Rows per UNWIND batch when loading.")

    api_key: SecretStr | None = Field(None, description="Key for write endpoints; none = writes refused.")
    cors_origins: list[str] = Field(default_factory=list)
    retry_after_s: int = Field(5, gt=0, description="Retry-After sent with 503 answers.")
