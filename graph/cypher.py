"""A user's read-only Cypher: refused when it writes or administers, else run under limits.

Three guards, from cheapest to surest: a scan of the query text (outside strings and
comments) for writing clauses, LOAD CSV, administration commands and procedures that are
not on a short read-only list; then the planner's own verdict (`EXPLAIN` reports whether a
query reads, writes or changes the schema); and last the database itself, which refuses any
write in a READ-mode transaction.

Limits: the planner step and the run share one time budget; both run as transactions with
the budget's server-side timeout, tagged in their metadata, in a thread of their own. When
the budget ends (the server's timeout did not fire: some expressions never check it) or the
client goes away, the caller answers at once and the tagged transactions are terminated on
the server (TERMINATE TRANSACTIONS: Neo4j stops one at its next check, which a single long
expression or the planner may reach only when done; its thread then ends too).
Rows are capped in number and in JSON bytes (`truncated`), and values, parameters
included, may be nested `MAX_DEPTH` levels at most.
"""

import base64
import json
import logging
import math
import re
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from neo4j import READ_ACCESS, Driver, Session
from neo4j.exceptions import Neo4jError, TransientError
from neo4j.graph import Node, Path, Relationship
from neo4j.spatial import Point
from neo4j.time import Date, DateTime, Duration, Time

from graph.driver import UNAVAILABLE, unavailable_as_error
from graph.errors import CypherRefused, Neo4jUnavailable
from graph.queries import CYPHER_TAG, TAGGED_TRANSACTIONS, TERMINATE

# Read-only procedures a user may call (schema browsing and the full-text actor search).
ALLOWED_PROCEDURES = frozenset(
    {
        "db.labels",
        "db.relationshiptypes",
        "db.propertykeys",
        "db.index.fulltext.querynodes",
        "db.index.fulltext.queryrelationships",
        "db.schema.visualization",
        "db.schema.nodetypeproperties",
        "db.schema.reltypeproperties",
    }
)

_LITERALS = re.compile(
    r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|//[^\n]*|/\*.*?\*/|`((?:[^`]|``)*)`", re.DOTALL
)
# A clause keyword: not a property (`n.set`) and not a map key (`{set: 1}`).
_WRITE_CLAUSE = re.compile(
    r"(?<![.\w$])(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|FOREACH|FINISH)(?=[\s(]|$)",
    re.IGNORECASE,
)
_LOAD_CSV = re.compile(r"(?<![.\w$])LOAD\s+CSV\b", re.IGNORECASE)
_ADMIN = re.compile(
    r"^\s*(SHOW|TERMINATE|GRANT|DENY|REVOKE|ALTER|START|STOP|ENABLE|RENAME|USE|CYPHER)\b",
    re.IGNORECASE,
)
_USE = re.compile(r"(?<![.\w$])USE\s", re.IGNORECASE)
_IN_TRANSACTIONS = re.compile(r"\bIN\s+(?:\d+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b", re.IGNORECASE)
_CALL = re.compile(r"(?<![.\w$])CALL\s+([A-Za-z_][\w.]*)\s*(?=[(\s]|$)", re.IGNORECASE)
_EXPLAIN_OR_PROFILE = re.compile(r"^\s*(EXPLAIN|PROFILE)\b", re.IGNORECASE)
# A column alias is a name, whatever it spells: `RETURN n.name AS create` writes nothing.
_ALIAS = re.compile(r"(?<![.\w$])AS\s+[A-Za-z_]\w*", re.IGNORECASE)
# What a database error may not show a user: Java class names.
_JAVA_CLASS = re.compile(r"\b(?:org|java|com)\.[\w.$]+")
_EXPLAIN_PREFIX = "EXPLAIN "

MAX_DEPTH = 100
_GRACE_SECONDS = 1.0  # for the server's own timeout error to come back first

log = logging.getLogger(__name__)

# Threads still using the driver after their request was answered (a query past its timeout,
# its termination): the driver is closed only once they end, as it cannot close a connection
# another thread is writing to.
_LINGERING: set[threading.Thread] = set()


@dataclass(frozen=True)
class CypherResult:
    """Columns, rows as JSON-ready lists, and whether the row cap cut the result."""

    columns: list[str]
    rows: list[list[Any]]
    truncated: bool


def check_query(query: str) -> None:
    """Refuse, with a clear reason, a query that writes, loads files or administers."""
    text = _LITERALS.sub(lambda m: m.group(1) if m.group(1) is not None else " ", query)
    text = _ALIAS.sub("AS _", text)
    if not text.strip():
        raise CypherRefused("the query is empty")
    if found := _WRITE_CLAUSE.search(text):
        raise CypherRefused(f"{found.group(1).upper()} is refused: this endpoint only reads")
    if _LOAD_CSV.search(text):
        raise CypherRefused("LOAD CSV is refused: this endpoint reads the graph only")
    if found := _ADMIN.search(text):
        raise CypherRefused(f"{found.group(1).upper()} is refused: no commands or query options")
    if _USE.search(text):
        raise CypherRefused("USE is refused: queries run on the API's database")
    if _IN_TRANSACTIONS.search(text):
        raise CypherRefused("CALL ... IN TRANSACTIONS is refused")
    for found in _CALL.finditer(text):
        name = found.group(1)
        if name.lower() not in ALLOWED_PROCEDURES:
            allowed = ", ".join(sorted(ALLOWED_PROCEDURES))
            raise CypherRefused(f"procedure {name} is refused; allowed: {allowed}")


def run_read_only(
    driver: Driver,
    query: str,
    parameters: Mapping[str, Any],
    *,
    database: str,
    timeout: float,
    max_rows: int,
    max_bytes: int,
    gone: threading.Event | None = None,
) -> CypherResult:
    """Check the query, then run it read-only within the time budget, rows and bytes capped.

    `gone` is set by the caller when the client disconnects: the run is terminated.
    """
    check_query(query)
    check_depth(parameters, what="parameters")
    tag = uuid.uuid4().hex
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["result"] = _run(
                driver, query, dict(parameters), database, timeout, max_rows, max_bytes, tag
            )
        except Exception as e:  # handed to the waiting thread, which raises it
            outcome["error"] = e

    thread = _start(work)
    deadline = time.monotonic() + timeout + _GRACE_SECONDS
    while thread.is_alive():
        thread.join(0.1)
        left = gone is not None and gone.is_set()
        if thread.is_alive() and (left or time.monotonic() > deadline):
            # The answer does not wait for the server to stop the query.
            _start(lambda: _terminate(driver, database, tag))
            if left:
                raise CypherRefused("the client went away", code="client_gone")
            raise _timed_out(timeout)
    if "error" in outcome:
        raise outcome["error"]
    result: CypherResult = outcome["result"]
    return result


def _run(
    driver: Driver,
    query: str,
    parameters: dict[str, Any],
    database: str,
    timeout: float,
    max_rows: int,
    max_bytes: int,
    tag: str,
) -> CypherResult:
    started = time.monotonic()
    try:
        with (
            unavailable_as_error(),
            driver.session(database=database, default_access_mode=READ_ACCESS) as session,
        ):
            if not _EXPLAIN_OR_PROFILE.match(query):
                _check_plan(_plan(session, query, parameters, timeout, tag))
            left = max(timeout - (time.monotonic() - started), 0.001)
            with session.begin_transaction(timeout=left, metadata={CYPHER_TAG: tag}) as tx:
                result = tx.run(query, parameters)
                columns = list(result.keys())
                rows: list[list[Any]] = []
                size = 0
                truncated = False
                for record in result:
                    row = [to_json(value) for value in record.values()]
                    size += len(json.dumps(row, ensure_ascii=False))
                    if len(rows) == max_rows or size > max_bytes:
                        truncated = True
                        break
                    rows.append(row)
                tx.rollback()  # nothing to keep, and it ends the query now when cut short
    except Neo4jError as e:
        raise _refusal(e, timeout) from e
    except (ValueError, TypeError, OverflowError) as e:  # a parameter Bolt cannot carry
        raise CypherRefused(f"parameters: {e}", code="invalid_parameters") from e
    return CypherResult(columns=columns, rows=rows, truncated=truncated)


def _plan(
    session: Session, query: str, parameters: dict[str, Any], timeout: float, tag: str
) -> str | None:
    """The planner's query type ("r", "rw", "w", "s"), under the same timeout and tag."""
    with session.begin_transaction(timeout=timeout, metadata={CYPHER_TAG: tag}) as tx:
        query_type = tx.run(_EXPLAIN_PREFIX + query, parameters).consume().query_type
        tx.rollback()
    return query_type


def _start(target: Callable[[], None]) -> threading.Thread:
    """Run `target` in a thread of its own that `finish_lingering` waits for."""

    def run() -> None:
        try:
            target()
        finally:
            _LINGERING.discard(thread)

    thread = threading.Thread(target=run, name="cypher", daemon=True)
    _LINGERING.add(thread)
    thread.start()
    return thread


def finish_lingering(wait: float) -> None:
    """Wait up to `wait` seconds for the queries and terminations still running to end,
    before the driver they use is closed."""
    deadline = time.monotonic() + wait
    for thread in list(_LINGERING):
        thread.join(max(deadline - time.monotonic(), 0.0))


def _terminate(driver: Driver, database: str, tag: str) -> None:
    """Ask the server to stop the request's transactions (best effort: it may be down)."""
    try:
        with driver.session(database=database) as session:
            ids = [r["id"] for r in session.run(TAGGED_TRANSACTIONS, tag=tag)]
            if ids:
                session.run(TERMINATE, ids=ids).consume()
    except (Neo4jError, *UNAVAILABLE) as e:
        log.warning("could not terminate a /cypher transaction: %s", e)


def check_depth(value: Any, *, what: str) -> None:
    """Refuse a value (parameters, a result) nested more than MAX_DEPTH levels."""
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise CypherRefused(f"{what} nested more than {MAX_DEPTH} levels", code="too_deep")
        if isinstance(item, Mapping):
            stack += [(v, depth + 1) for v in item.values()]
        elif isinstance(item, list | tuple):
            stack += [(v, depth + 1) for v in item]


def _timed_out(timeout: float) -> CypherRefused:
    return CypherRefused(f"the query ran past the {timeout:g} s limit", code="query_timeout")


def _check_plan(query_type: str | None) -> None:
    # "r" read, "rw" read-write, "w" write, "s" schema write.
    if query_type is not None and query_type != "r":
        raise CypherRefused("the query writes: this endpoint only reads")


def _refusal(error: Neo4jError, timeout: float) -> Exception:
    code = error.code or ""
    if "TransactionTimedOut" in code or "Terminated" in code:
        return _timed_out(timeout)
    if "MemoryPoolOutOfMemory" in code:
        return CypherRefused("the query needs more memory than allowed", code="query_too_large")
    if "AccessMode" in code or "Forbidden" in code:
        return CypherRefused("the query writes: this endpoint only reads")
    if isinstance(error, TransientError):
        return Neo4jUnavailable(f"Neo4j is busy: {error.message}")
    log.info("/cypher query refused by the database: %s: %s", code, error.message)
    return CypherRefused(_public_message(error.message or code), code="cypher_error")


def _public_message(message: str) -> str:
    """The database's message for a user: its first line, without our EXPLAIN prefix or
    Java class names (the code and the internals are logged, not shown)."""
    first = message.strip().splitlines()[0] if message.strip() else "the query failed"
    first = first.replace(f'"{_EXPLAIN_PREFIX}', '"')
    return _JAVA_CLASS.sub("(internal)", first)[:300]


def to_json(value: Any, depth: int = 0) -> Any:
    """A driver value as JSON: nodes, relationships and paths as maps, times as ISO text."""
    if depth > MAX_DEPTH:
        raise CypherRefused(f"a value is nested more than {MAX_DEPTH} levels", code="too_deep")
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Node):
        return {
            "element_id": value.element_id,
            "labels": sorted(value.labels),
            "properties": {k: to_json(v) for k, v in value.items()},
        }
    if isinstance(value, Relationship):
        return {
            "element_id": value.element_id,
            "type": value.type,
            "start": value.start_node.element_id if value.start_node else None,
            "end": value.end_node.element_id if value.end_node else None,
            "properties": {k: to_json(v) for k, v in value.items()},
        }
    if isinstance(value, Path):
        return {
            "nodes": [to_json(n) for n in value.nodes],
            "relationships": [to_json(r) for r in value.relationships],
        }
    if isinstance(value, Date | DateTime | Time):
        return value.iso_format()
    if isinstance(value, Duration):
        return value.iso_format()
    if isinstance(value, Point):
        return {"srid": value.srid, "coordinates": [to_json(c) for c in value]}
    if isinstance(value, bytes | bytearray):
        return base64.b64encode(value).decode()
    if isinstance(value, Mapping):
        return {str(k): to_json(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v, depth + 1) for v in value]
    return str(value)
