"""API settings (NEWSGRAPH_API_* variables)."""

from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class ApiSettings(BaseSettings):
    """How the API serves: keys, CORS, limits."""

    model_config = SettingsConfigDict(env_prefix="NEWSGRAPH_API_", frozen=True)

    # Bearer key required by write endpoints; None refuses every write.
    write_key: SecretStr | None = None
    # When set, read endpoints need this bearer key too.
    read_key: SecretStr | None = None
    cors_origins: list[str] = []
    max_body_bytes: int = Field(default=10_000_000, gt=0)
    # POST /cypher: the server-side transaction timeout and the most rows returned.
    cypher_timeout_seconds: float = Field(default=10.0, gt=0)
    cypher_max_rows: int = Field(default=10_000, gt=0)
    # ... and the most bytes of rows (as JSON) it returns.
    cypher_max_bytes: int = Field(default=10_000_000, gt=0)
    # Seconds a client is told to wait (Retry-After) when Neo4j does not answer.
    retry_after_seconds: int = Field(default=5, ge=1)
    # POST /ingest accepts at most this many items or URLs.
    ingest_max_items: int = Field(default=1000, gt=0)
    # Watches: how often a live stream and the webhook sender look for new deliveries; the
    # first retry of a failed webhook after this many seconds, doubling up to the last attempt.
    watch_poll_seconds: float = Field(default=1.0, gt=0)
    webhook_retry_seconds: float = Field(default=5.0, gt=0)
    webhook_max_attempts: int = Field(default=8, ge=1)
    webhook_timeout_seconds: float = Field(default=10.0, gt=0)


@lru_cache
def get_api_settings() -> ApiSettings:
    """The process-wide API settings."""
    return ApiSettings()
