"""Settings from the environment (KG_*). Nothing is read at import time."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class GraphSettings(BaseSettings):
    """Where the graph lives. No URI means the embedded FalkorDB default."""

    model_config = SettingsConfigDict(env_prefix="KG_", extra="ignore")

    graph_uri: str | None = Field(None, description="neo4j://, bolt:// or neo4j+s:// URI; unset = embedded FalkorDB")
    graph_user: str = Field("neo4j", description="Neo4j user")
    graph_password: str | None = Field(None, description="Neo4j password")
    graph_database: str = Field("neo4j", description="Neo4j database name")
    data_dir: Path = Field(Path("var"), description="embedded server's data folder (persistence, socket, state)")
    graph_name: str = Field("policy_kg", description="FalkorDB graph key")
    query_timeout_ms: int = Field(10_000, ge=100, le=600_000, description="time limit of one query")
    store_hang_ms: int = Field(1_500, ge=200, le=60_000,
                               description="an embedded server that does not answer PING this long is hung: killed and restarted")

    @property
    def embedded(self) -> bool:
        return not self.graph_uri


@lru_cache(maxsize=1)
def get_settings() -> GraphSettings:
    return GraphSettings()
