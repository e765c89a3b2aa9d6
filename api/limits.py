"""The request body cap: a pure ASGI middleware, so a large upload is refused unread."""

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import HttpMiddleware, error_response
from api.settings import get_api_settings


class BodySizeLimit(HttpMiddleware):
    """Answer 413 to a body over `max_body_bytes` (by Content-Length, or counted as it streams)."""

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = get_api_settings().max_body_bytes
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None:
            answer: ASGIApp
            if not declared.isdigit():
                answer = error_response(400, "bad_request", "invalid Content-Length")
            elif int(declared) > limit:
                answer = _too_large(limit)
            else:  # the server holds the client to the length it declared
                answer = self.app
            await answer(scope, receive, send)
            return
        # No length (chunked upload): read up to the cap here, then replay what was read.
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > limit:
                await _too_large(limit)(scope, receive, send)
                return
            more = message.get("more_body", False)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": b"".join(chunks), "more_body": False}

        await self.app(scope, replay, send)


def _too_large(limit: int) -> ASGIApp:
    return error_response(413, "body_too_large", f"the request body is over {limit} bytes")
