"""API settings from the environment (KG_API_*). Documented in docs/API.md."""

from __future__ import annotations

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Values people paste from examples; an upload key must be a real secret.
_PLACEHOLDERS = {"changeme", "change-me", "change_me", "secret", "password", "apikey", "api-key", "api_key",
                 "your-api-key", "your_api_key", "xxx", "test", "example", "default", "todo"}
MIN_KEY_LENGTH = 16


class ApiSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KG_API_", extra="ignore", populate_by_name=True)

    # Read from KG_API_KEY (not KG_API_API_KEY, which the prefix would make of it).
    api_key: SecretStr | None = Field(None, validation_alias="KG_API_KEY",
                                      description="X-API-Key for POST /api/v1/documents; unset = uploads disabled")
    cors_origins: str = Field("", description="comma-separated allowed origins, e.g. http://localhost:5173; * for any")
    default_limit: int = Field(50, ge=1, le=1000, description="page size when a request gives none")
    max_limit: int = Field(500, ge=1, le=10_000, description="largest page size a request may ask for")
    max_depth: int = Field(3, ge=1, le=3, description="largest subgraph depth")
    max_hops: int = Field(4, ge=1, le=6, description="largest path length for /path")
    subgraph_max_nodes: int = Field(2000, ge=10, le=50_000, description="largest node limit for /subgraph")
    max_upload_bytes: int = Field(2_000_000, ge=1_000, le=50_000_000, description="largest uploaded document")
    query_timeout_ms: int = Field(5_000, ge=100, le=120_000, description="time limit of one read query")
    cache_entries: int = Field(1024, ge=0, le=1_000_000, description="answers of GET /api/v1/… kept per worker, keyed by the graph's version; 0 turns the cache off")
    cache_mb: int = Field(64, ge=1, le=16_384, description="most memory the kept answers take per worker, in MB")

    @field_validator("api_key")
    @classmethod
    def _real_secret(cls, v: SecretStr | None) -> SecretStr | None:
        if v is None or not v.get_secret_value():
            return None
        key = v.get_secret_value().strip()
        if key.lower() in _PLACEHOLDERS or len(key) < MIN_KEY_LENGTH or len(set(key)) < 4:
            raise ValueError(f"KG_API_KEY looks like a placeholder; use a random secret of at least {MIN_KEY_LENGTH} characters")
        return SecretStr(key)

    @property
    def cors_origin_list(self) -> list[str]:
        return [o.strip() for o in self.cors_origins.split(",") if o.strip()]
