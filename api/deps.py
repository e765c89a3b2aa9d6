"""Typed dependencies the routes share: the driver, the queue, the settings, the key checks."""

import secrets
from typing import Annotated

import redis
from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from neo4j import Driver
from pydantic import SecretStr

from api.errors import Unauthorized
from api.settings import ApiSettings, get_api_settings
from graph.settings import Neo4jSettings, get_neo4j_settings
from ingest.settings import IngestSettings, get_ingest_settings


def _driver(request: Request) -> Driver:
    driver: Driver = request.app.state.driver
    return driver


def _queue(request: Request) -> redis.Redis:
    client: redis.Redis = request.app.state.queue
    return client


DriverDep = Annotated[Driver, Depends(_driver)]
# The Redis client of the ingest queue (connects on first use: only job routes need Redis).
QueueDep = Annotated[redis.Redis, Depends(_queue)]
Neo4jSettingsDep = Annotated[Neo4jSettings, Depends(get_neo4j_settings)]
ApiSettingsDep = Annotated[ApiSettings, Depends(get_api_settings)]
IngestSettingsDep = Annotated[IngestSettings, Depends(get_ingest_settings)]

# auto_error=False: a missing header is ours to answer, as JSON with our error shape.
_read_bearer = HTTPBearer(
    auto_error=False,
    scheme_name="readKey",
    description="Needed by read endpoints only when NEWSGRAPH_API_READ_KEY is set",
)
_write_bearer = HTTPBearer(
    auto_error=False,
    scheme_name="writeKey",
    description="The key of NEWSGRAPH_API_WRITE_KEY; writes are refused when it is unset",
)
_Credentials = HTTPAuthorizationCredentials | None


def _matches(credentials: _Credentials, key: SecretStr) -> bool:
    if credentials is None or credentials.scheme.lower() != "bearer":
        return False
    # Constant-time comparison: the answer time says nothing about the key.
    return secrets.compare_digest(credentials.credentials.encode(), key.get_secret_value().encode())


def require_read_key(
    settings: ApiSettingsDep, credentials: Annotated[_Credentials, Depends(_read_bearer)]
) -> None:
    """Let a read through when no read key is set, or when the request carries it."""
    if settings.read_key is None:
        return
    if not _matches(credentials, settings.read_key):
        raise Unauthorized("this API needs a read key: Authorization: Bearer <key>")


def require_write_key(
    settings: ApiSettingsDep, credentials: Annotated[_Credentials, Depends(_write_bearer)]
) -> None:
    """Let a write through only with the configured write key."""
    if settings.write_key is None:
        raise Unauthorized("writes are disabled: the server has no NEWSGRAPH_API_WRITE_KEY")
    if not _matches(credentials, settings.write_key):
        raise Unauthorized("writes need the write key: Authorization: Bearer <key>")
