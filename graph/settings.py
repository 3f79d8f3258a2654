"""Settings from the environment (KG_*). Nothing is read at import time."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from graph.errors import SettingsError

S = TypeVar("S", bound=BaseSettings)


def load_settings(cls: type[S], **values: object) -> S:
    """`cls(**values)`, or one SettingsError line naming each bad variable, never its value
    (pydantic's own message quotes the input: a refused key would be printed in full)."""
    try:
        return cls(**values)
    except ValidationError as e:
        prefix = cls.model_config.get("env_prefix", "")
        bad = []
        for err in e.errors():
            name = str(err["loc"][0]) if err["loc"] else "?"
            bad.append(f"{name if name.isupper() else prefix + name.upper()}: {err['msg']}")
        raise SettingsError("invalid setting(s): " + "; ".join(bad)) from None


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
    return load_settings(GraphSettings)
