"""Typed dependencies the routes share: the driver, the queue, the settings, the key checks."""

import secrets
import threading
from typing import Annotated, NamedTuple

import redis
from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from neo4j import Driver
from pydantic import SecretStr
from starlette.requests import HTTPConnection

from api.errors import COMMON_RESPONSES, Unauthorized
from api.settings import ApiSettings, get_api_settings
from graph.schema import apply_schema
from ingest.settings import IngestSettings, get_ingest_settings


class GraphHandle:
    """The process's driver, and the schema still to apply when Neo4j was down at start."""

    def __init__(self, driver: Driver, *, database: str, schema_applied: bool) -> None:
        self.driver = driver
        self.database = database
        self.schema_applied = schema_applied
        self._lock = threading.Lock()

    def ready_driver(self) -> Driver:
        """The driver, once the schema is applied (raise Neo4jUnavailable while it can't be)."""
        if not self.schema_applied:
            with self._lock:  # one request applies it; the others wait, then go on
                if not self.schema_applied:
                    apply_schema(self.driver, database=self.database)
                    self.schema_applied = True
        return self.driver


# The dependencies are async: they do no I/O (or hand it to a thread), and a sync one
# would cost every request a trip through the thread pool.
async def _graph(request: Request) -> GraphHandle:
    graph: GraphHandle = request.app.state.graph
    return graph


GraphDep = Annotated[GraphHandle, Depends(_graph)]


class Database(NamedTuple):
    """The driver, once the schema is applied, and the name of the database to read."""

    driver: Driver
    name: str


async def _database(request: Request) -> Database:
    # One dependency for both, the app state read here, not through GraphDep: every read
    # resolves it, and each dependency costs FastAPI's resolver a little on every request.
    graph: GraphHandle = request.app.state.graph
    if graph.schema_applied:
        return Database(graph.driver, graph.database)
    return Database(await run_in_threadpool(graph.ready_driver), graph.database)


async def _queue(request: Request) -> redis.Redis:
    client: redis.Redis = request.app.state.queue
    return client


async def _api_settings() -> ApiSettings:
    return get_api_settings()


async def _ingest_settings() -> IngestSettings:
    return get_ingest_settings()


# The driver, once the schema is applied (503 while Neo4j does not answer), and the
# database the lifespan read from the settings.
DatabaseDep = Annotated[Database, Depends(_database)]
# The Redis client of the ingest queue (connects on first use: only job routes need Redis).
QueueDep = Annotated[redis.Redis, Depends(_queue)]
ApiSettingsDep = Annotated[ApiSettings, Depends(_api_settings)]
IngestSettingsDep = Annotated[IngestSettings, Depends(_ingest_settings)]

_Credentials = HTTPAuthorizationCredentials | None


def _matches(credentials: _Credentials, key: SecretStr) -> bool:
    if credentials is None or credentials.scheme.lower() != "bearer":
        return False
    # Constant-time comparison: the answer time says nothing about the key.
    return secrets.compare_digest(credentials.credentials.encode(), key.get_secret_value().encode())


class _ReadKey(HTTPBearer):
    """The read key's bearer scheme, checked in the same call: one dependency on every read
    rather than a check depending on the scheme (each costs FastAPI's resolver per request)."""

    async def __call__(self, request: HTTPConnection) -> _Credentials:
        """Let a read through when no read key is set, or when the request carries it."""
        settings = get_api_settings()
        if settings.read_key is None:
            return None
        credentials = await super().__call__(request)
        if not _matches(credentials, settings.read_key):
            raise Unauthorized("this API needs a read key: Authorization: Bearer <key>")
        return credentials


# auto_error=False: a missing header is ours to answer, as JSON with our error shape.
require_read_key = _ReadKey(
    auto_error=False,
    scheme_name="readKey",
    description="Needed by read endpoints only when NEWSGRAPH_API_READ_KEY is set",
)
_write_bearer = HTTPBearer(
    auto_error=False,
    scheme_name="writeKey",
    description="The key of NEWSGRAPH_API_WRITE_KEY; writes are refused when it is unset",
)


async def require_write_key(
    settings: ApiSettingsDep, credentials: Annotated[_Credentials, Depends(_write_bearer)]
) -> None:
    """Let a write through only with the configured write key."""
    if settings.write_key is None:
        raise Unauthorized("writes are disabled: the server has no NEWSGRAPH_API_WRITE_KEY")
    if not _matches(credentials, settings.write_key):
        raise Unauthorized("writes need the write key: Authorization: Bearer <key>")


def read_router(tag: str) -> APIRouter:
    """A router of read endpoints: each needs the read key when the server sets one."""
    return APIRouter(
        tags=[tag], dependencies=[Depends(require_read_key)], responses=COMMON_RESPONSES
    )
