"""Connection and local-server settings, read from the environment."""

from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEV_PASSWORD = "newsgraph-dev"  # accepted only for a server on this machine
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class Neo4jSettings(BaseSettings):
    """Where Neo4j is and how to log in (the conventional NEO4J_* variables)."""

    model_config = SettingsConfigDict(env_prefix="NEO4J_", frozen=True)

    uri: str = "bolt://127.0.0.1:7687"
    user: str = "neo4j"
    password: SecretStr = SecretStr(DEV_PASSWORD)
    database: str = "neo4j"

    @property
    def host(self) -> str:
        return urlsplit(self.uri).hostname or "127.0.0.1"

    @property
    def port(self) -> int:
        return urlsplit(self.uri).port or 7687

    @model_validator(mode="after")
    def _refuse_dev_password_off_machine(self) -> "Neo4jSettings":
        if self.password.get_secret_value() == DEV_PASSWORD and self.host not in _LOOPBACK:
            raise ValueError(f"set NEO4J_PASSWORD for a database off this machine ({self.uri})")
        return self


class LocalServerSettings(BaseSettings):
    """The project's own Neo4j (`newsgraph neo4j start`): where it keeps data, how big it is."""

    model_config = SettingsConfigDict(env_prefix="NEWSGRAPH_NEO4J_", frozen=True)

    home: Path = Path(".newsgraph/neo4j")
    version: str = "5.26.30"
    heap: str = "1g"
    pagecache_mb: int = 512
    jar_cache: Path = Path.home() / ".cache" / "newsgraph"
    start_timeout: float = 120.0


@lru_cache
def get_neo4j_settings() -> Neo4jSettings:
    """The process-wide Neo4j settings."""
    return Neo4jSettings()
