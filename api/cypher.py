"""A user's read-only Cypher: refused when it writes or administers, else run under limits.

Three guards, from cheapest to surest: a scan of the query text (outside strings and
comments) for writing clauses, LOAD CSV, administration commands and procedures that are
not on a short read-only list; then the planner's own verdict (`EXPLAIN` reports whether a
query reads, writes or changes the schema); and last the database itself, which refuses any
write in a READ-mode transaction. The run has a server-side timeout and a row cap.
"""

import base64
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from neo4j import READ_ACCESS, Driver
from neo4j.exceptions import Neo4jError, TransientError
from neo4j.graph import Node, Path, Relationship
from neo4j.spatial import Point
from neo4j.time import Date, DateTime, Duration, Time

from graph.driver import UNAVAILABLE
from graph.errors import Neo4jUnavailable

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


class CypherRefused(Exception):
    """The query is not one the API runs, or the database refused or aborted it."""

    def __init__(self, detail: str, *, code: str = "cypher_refused") -> None:
        super().__init__(detail)
        self.detail = detail
        self.code = code


@dataclass(frozen=True)
class CypherResult:
    """Columns, rows as JSON-ready lists, and whether the row cap cut the result."""

    columns: list[str]
    rows: list[list[Any]]
    truncated: bool


def check_query(query: str) -> None:
    """Refuse, with a clear reason, a query that writes, loads files or administers."""
    text = _LITERALS.sub(lambda m: m.group(1) if m.group(1) is not None else " ", query)
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
) -> CypherResult:
    """Check the query, then run it in a READ transaction with a timeout and a row cap."""
    check_query(query)
    try:
        with driver.session(database=database, default_access_mode=READ_ACCESS) as session:
            if not _EXPLAIN_OR_PROFILE.match(query):
                _check_plan(session.run(f"EXPLAIN {query}", dict(parameters)).consume().query_type)
            with session.begin_transaction(timeout=timeout) as tx:
                result = tx.run(query, dict(parameters))
                columns = list(result.keys())
                rows: list[list[Any]] = []
                truncated = False
                for record in result:
                    if len(rows) == max_rows:
                        truncated = True
                        break
                    rows.append([to_json(value) for value in record.values()])
                tx.rollback()  # nothing to keep, and it ends the query now when cut short
    except UNAVAILABLE as e:
        raise Neo4jUnavailable(f"Neo4j does not answer: {e}") from e
    except Neo4jError as e:
        raise _refusal(e, timeout) from e
    except (ValueError, TypeError, OverflowError) as e:  # a parameter Bolt cannot carry
        raise CypherRefused(f"parameters: {e}", code="invalid_parameters") from e
    return CypherResult(columns=columns, rows=rows, truncated=truncated)


def _check_plan(query_type: str | None) -> None:
    # "r" read, "rw" read-write, "w" write, "s" schema write.
    if query_type is not None and query_type != "r":
        raise CypherRefused("the query writes: this endpoint only reads")


def _refusal(error: Neo4jError, timeout: float) -> Exception:
    code = error.code or ""
    if "TransactionTimedOut" in code or "Terminated" in code:
        return CypherRefused(f"the query ran past the {timeout:g} s limit", code="query_timeout")
    if "MemoryPoolOutOfMemory" in code:
        return CypherRefused("the query needs more memory than allowed", code="query_too_large")
    if "AccessMode" in code or "Forbidden" in code:
        return CypherRefused("the query writes: this endpoint only reads")
    if isinstance(error, TransientError):
        return Neo4jUnavailable(f"Neo4j is busy: {error.message}")
    return CypherRefused(f"{code}: {error.message}", code="cypher_error")


def to_json(value: Any) -> Any:
    """A driver value as JSON: nodes, relationships and paths as maps, times as ISO text."""
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
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    return str(value)
