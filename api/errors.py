"""API errors, and the one place that turns every failure into a JSON answer.

ApiError                 root: an HTTP status, a short error code and a detail for the client
├── BadRequest           400: a parameter combination, cursor or query the API refuses
├── Unauthorized         401: a missing or wrong bearer key
├── NotFound             404: no such actor, event, article or job
└── Invalid              422: a parameter value the type alone could not check

Beyond these, `install_error_handlers` maps request validation to 422, a refused user
Cypher query (`graph.errors.CypherRefused`) to 400 with its code, graph and driver
failures to 503 with Retry-After (the driver reconnects by itself once Neo4j is back), a
lost Redis (the ingest queue of POST /ingest and /jobs) to 503 with Retry-After too, and
anything unexpected to 500 with a generic message: the client never sees a stack trace.
The 500 is answered by `_CatchUnexpected` rather than Starlette's outermost handler, which
re-raises to the server after answering, and uvicorn then drops the keep-alive connection.
"""

import logging
from typing import Any

import redis
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from neo4j.exceptions import DriverError, ServiceUnavailable, SessionExpired, TransientError
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.settings import get_api_settings
from graph.errors import CypherRefused, GraphError, WriteFailed

log = logging.getLogger(__name__)


class ErrorBody(BaseModel):
    """What every error answer carries."""

    error: str = Field(description="A short, stable code", examples=["not_found"])
    detail: Any = Field(
        default=None,
        description="A message for a person, or the list of invalid fields (422)",
        examples=["no actor with id 'country:XYZ'"],
    )


class ApiError(Exception):
    """An error the API answers with its own status, code and detail."""

    status = 400
    code = "bad_request"

    def __init__(self, detail: str, *, code: str | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        if code is not None:
            self.code = code


class BadRequest(ApiError):
    """The request is well-formed but asks for something the API refuses."""


class Unauthorized(ApiError):
    """The bearer key is missing or wrong."""

    status = 401
    code = "unauthorized"


class NotFound(ApiError):
    """The named resource does not exist."""

    status = 404
    code = "not_found"


class Invalid(ApiError):
    """A parameter is invalid in a way its type could not say (a list item, a date order)."""

    status = 422
    code = "validation_error"


def error_response(
    status: int, code: str, detail: Any, headers: dict[str, str] | None = None
) -> JSONResponse:
    """The JSON answer of an error."""
    body = ErrorBody(error=code, detail=detail)
    return JSONResponse(body.model_dump(mode="json"), status_code=status, headers=headers)


def unavailable_response(detail: str, *, code: str = "neo4j_unavailable") -> JSONResponse:
    """503 with Retry-After: Neo4j (or, by its code, another server) does not answer now."""
    retry = str(get_api_settings().retry_after_seconds)
    return error_response(503, code, detail, {"Retry-After": retry})


# Documented on every operation (FastAPI's own 422 schema is replaced by ours).
COMMON_RESPONSES: dict[int | str, dict[str, Any]] = {
    422: {"model": ErrorBody, "description": "A parameter or the body is invalid"},
    503: {"model": ErrorBody, "description": "Neo4j does not answer; retry after Retry-After"},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "No such resource"}
}
BAD_REQUEST: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "The request asks for something refused"}
}
UNAUTHORIZED: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "Missing or wrong bearer key"}
}
# The job routes need Redis, not Neo4j.
QUEUE_RESPONSES: dict[int | str, dict[str, Any]] = {
    422: COMMON_RESPONSES[422],
    503: {
        "model": ErrorBody,
        "description": "The queue (Redis) does not answer; retry after Retry-After",
    },
}


async def _api_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, Unauthorized) else None
    return error_response(exc.status, exc.code, exc.detail, headers)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    # Location, message and type only: the raw input may be large or not JSON-serialisable.
    fields = [
        {"loc": [str(part) for part in e["loc"]], "msg": e["msg"], "type": e["type"]}
        for e in exc.errors()
    ]
    return error_response(422, "validation_error", fields)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = {404: "not_found", 405: "method_not_allowed", 413: "body_too_large"}.get(
        exc.status_code, "http_error"
    )
    return error_response(exc.status_code, code, exc.detail, dict(exc.headers or {}))


async def _graph_error(request: Request, exc: Exception) -> JSONResponse:
    if isinstance(exc, CypherRefused):
        return error_response(400, exc.code, exc.detail)
    if isinstance(exc, WriteFailed):
        log.error("write failed: %s", exc)
        return error_response(500, "write_failed", "the write was rolled back")
    log.warning("graph unavailable: %s", exc)
    return unavailable_response("the graph database does not answer; retry shortly")


async def _driver_error(request: Request, exc: Exception) -> JSONResponse:
    # Driver errors that escape graph/ (POST /cypher): a lost or busy server.
    if isinstance(exc, ServiceUnavailable | SessionExpired | TransientError):
        log.warning("neo4j unavailable: %s", exc)
        return unavailable_response("the graph database does not answer; retry shortly")
    return await _unexpected(request, exc)


async def _queue_error(request: Request, exc: Exception) -> JSONResponse:
    log.warning("ingest queue unavailable: %s", exc)
    return unavailable_response(
        "the ingest queue (Redis, NEWSGRAPH_REDIS_URL) does not answer; retry shortly",
        code="queue_unavailable",
    )


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "internal_error", "the server failed; the error is logged")


class HttpMiddleware:
    """A pure ASGI middleware of HTTP requests (`http`); other scopes pass through."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await self.http(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one HTTP request."""
        raise NotImplementedError


class _CatchUnexpected(HttpMiddleware):
    """Answer an unhandled exception with the generic 500 and keep the connection open."""

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = False

        async def watch(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception as exc:
            if started:  # half an answer is out: only the server can end it
                raise
            response = await _unexpected(Request(scope), exc)
            await response(scope, receive, send)


def install_error_handlers(app: FastAPI) -> None:
    """Register the mapping of every failure to its JSON answer."""
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(GraphError, _graph_error)
    app.add_exception_handler(DriverError, _driver_error)
    app.add_exception_handler(TransientError, _driver_error)
    app.add_exception_handler(redis.ConnectionError, _queue_error)
    app.add_exception_handler(redis.TimeoutError, _queue_error)
    app.add_middleware(_CatchUnexpected)
