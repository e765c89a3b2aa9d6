"""API settings (NEWSGRAPH_API_* variables)."""

from functools import lru_cache

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class ApiSettings(BaseSettings):
    """How the API serves: keys, CORS, limits."""

    model_config = SettingsConfigDict(env_prefix="NEWSGRAPH_API_", frozen=True)

    # Bearer key required by write endpoints; None refuses every write.
    write_key: SecretStr | None = None
    # When set, read endpoints need this bearer key too.
    read_key: SecretStr | None = None
    cors_origins: list[str] = []
    max_body_bytes: int = 10_000_000


@lru_cache
def get_api_settings() -> ApiSettings:
    """The process-wide API settings."""
    return ApiSettings()
