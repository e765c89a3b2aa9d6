"""POST /cypher: a user's read-only Cypher with parameters, rows back as JSON."""

import asyncio
import threading
from typing import Any

from fastapi import Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from api.deps import ApiSettingsDep, DatabaseDep, read_router
from api.errors import BAD_REQUEST
from graph.cypher import run_read_only

router = read_router("cypher")


class CypherQuery(BaseModel):
    """A read-only Cypher query and its parameters."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "query": "MATCH (a:Actor {id: $id})<-[:INVOLVES]-(e:Event) "
                    "RETURN e.type AS type, count(*) AS n ORDER BY n DESC",
                    "parameters": {"id": "country:KEN"},
                }
            ]
        },
    )

    query: str = Field(min_length=1, max_length=100_000)
    parameters: dict[str, Any] = Field(default_factory=dict)
    max_rows: int | None = Field(default=None, ge=1, description="Fewer rows than the server's cap")


class CypherRows(BaseModel):
    """The query's columns and rows; `truncated` when the row or byte cap cut it."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "columns": ["type", "n"],
                    "rows": [["CONSULT", 4], ["ACCUSE", 1]],
                    "truncated": False,
                }
            ]
        }
    )

    columns: list[str]
    rows: list[list[Any]]
    truncated: bool


@router.post("/cypher", response_model=CypherRows, responses=BAD_REQUEST)
async def run_cypher(
    request: Request,
    body: CypherQuery,
    db: DatabaseDep,
    settings: ApiSettingsDep,
) -> CypherRows:
    """Run read-only Cypher in a READ transaction, with a timeout and caps on rows and bytes.

    Writing clauses, LOAD CSV, administration commands and procedures other than a few
    read-only ones (db.labels, db.schema.*, db.index.fulltext.queryNodes ...) are refused
    with 400, as are a query that runs past the timeout and values nested too deep. The
    query is terminated on the server when the timeout ends or the client goes away.
    """
    cap = (
        settings.cypher_max_rows
        if body.max_rows is None
        else min(body.max_rows, settings.cypher_max_rows)
    )
    gone = threading.Event()
    watcher = asyncio.create_task(_watch_disconnect(request, gone))
    try:
        result = await run_in_threadpool(
            run_read_only,
            db.driver,
            body.query,
            body.parameters,
            database=db.name,
            timeout=settings.cypher_timeout_seconds,
            max_rows=cap,
            max_bytes=settings.cypher_max_bytes,
            gone=gone,
        )
    finally:
        watcher.cancel()
    return CypherRows(columns=result.columns, rows=result.rows, truncated=result.truncated)


async def _watch_disconnect(request: Request, gone: threading.Event) -> None:
    """Set `gone` when the client disconnects."""
    while not await request.is_disconnected():
        await asyncio.sleep(0.25)
    gone.set()
