"""Watches: saved filters whose new matching events are delivered to the analyst.

The stored model:

    (:Watch {id, name, actor, counterpart, country, types, quad_classes, min_sources,
        webhook_url, secret, created_at, failures, last_error, last_error_at, last_sent_at})
    (:Delivery {id, watch_id, event_id, created_at, attempts, next_attempt_at, sent_at,
        failed_at})

Matching runs inside the write transaction of `graph.writes`: before the recount of the
touched events, `queries.WATCHED_SOURCES` notes each one's sources (0 while it is new,
hypothetical or negated); after it, `queries.MATCH_WATCHES` gives every watch that the event
matches now, and did not match before, one Delivery whose id is `<watch id>:<event id>`,
MERGEd under a uniqueness constraint. An event matches once it is real (neither hypothetical
nor negated) and has `min_sources` sources: a new event is delivered at once to a watch
asking for one source, and a watch asking for more hears of it when its count of sources
crosses that minimum. Re-ingesting an article, or one more report of an event already
delivered, sends nothing; nor do events written before the watch existed. With no watch
defined the two statements read nothing else.

Deliveries are read twice: by the live stream of a watch (`deliveries_after`, newest last)
and, for a watch with a webhook, by the API's senders (`claim_webhooks`: one sender per API
worker, each delivery claimed by one of them for a lease), which POST each one and record
the outcome (`record_webhook`): sent, or retried later with backoff, or given up
after the last attempt; failures are counted on the watch with the last error. Delivery is
at least once: a crash between the POST and the record sends again with the same id once
the lease has passed.
"""

import secrets
import uuid
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from neo4j import Driver, RoutingControl
from pydantic import BaseModel, ConfigDict, Field, HttpUrl, model_validator

from graph import queries
from graph.driver import to_native, unavailable_as_error
from graph.models import EventType, QuadClass
from graph.views import EventSummary


class WatchFilter(BaseModel):
    """What a watch asks for: every given condition must hold."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Annotated[str, Field(min_length=1, max_length=200, examples=["Russia and China"])]
    actor: Annotated[str | None, Field(min_length=1, max_length=300, examples=["country:RUS"])] = (
        None
    )
    counterpart: Annotated[
        str | None,
        Field(
            min_length=1,
            max_length=300,
            description="With `actor`: events between the two (a dyad)",
            examples=["country:CHN"],
        ),
    ] = None
    country: Annotated[
        str | None,
        Field(pattern="^[A-Z]{3}$", description="Events of any actor of this country (alpha-3)"),
    ] = None
    types: list[EventType] = Field(default=[], max_length=16)
    quad_classes: list[QuadClass] = Field(default=[], max_length=4)
    min_sources: int = Field(
        default=1, ge=1, le=100, description="Deliver an event once it has this many sources"
    )
    webhook_url: HttpUrl | None = Field(
        default=None, description="Also POST each delivery here, signed with the watch's secret"
    )

    @model_validator(mode="after")
    def _narrow(self) -> "WatchFilter":
        if self.counterpart is not None and self.actor is None:
            raise ValueError("counterpart needs actor: a dyad is actor and counterpart")
        if not (self.actor or self.country or self.types or self.quad_classes):
            raise ValueError("a watch needs an actor, a country, event types or quad classes")
        return self


class Watch(WatchFilter):
    """A stored watch, with how its webhook fares."""

    id: str
    created_at: datetime
    delivered: int = Field(description="Events delivered so far")
    failures: int = Field(default=0, description="Failed webhook attempts")
    last_error: str | None = None
    last_error_at: datetime | None = None
    last_sent_at: datetime | None = Field(default=None, description="Last webhook accepted")


class CreatedWatch(Watch):
    """A watch as created: the only answer that shows its secret."""

    secret: str = Field(description="HMAC-SHA256 key of the webhook's X-Newsgraph-Signature")


class Delivery(BaseModel):
    """One event delivered to one watch; `id` is stable, for the receiver to drop repeats."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    watch_id: str
    created_at: datetime
    event: EventSummary


class DueWebhook(BaseModel):
    """A delivery whose webhook POST is due, with what the sender needs."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    delivery: Delivery
    attempts: int
    url: str
    secret: str
    watch_name: str


def create_watch(driver: Driver, spec: WatchFilter, *, database: str) -> CreatedWatch:
    """Store a new watch with a fresh id and secret."""
    props = spec.model_dump(mode="json", exclude_defaults=False)
    props = {k: v for k, v in props.items() if v not in (None, [])}
    watch_id = uuid.uuid4().hex
    secret = secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    _write(
        driver,
        queries.CREATE_WATCH,
        database=database,
        id=watch_id,
        props=props,
        secret=secret,
        now=now,
    )
    return CreatedWatch(
        **spec.model_dump(), id=watch_id, created_at=now, delivered=0, secret=secret
    )


def list_watches(driver: Driver, *, database: str) -> list[Watch]:
    """Every watch, oldest first, without secrets."""
    records = _read(driver, queries.LIST_WATCHES, database=database)
    return [Watch.model_validate(to_native(r["watch"])) for r in records]


def delete_watch(driver: Driver, watch_id: str, *, database: str) -> bool:
    """Delete a watch and its deliveries; False when there is no such watch."""
    records = _write(driver, queries.DELETE_WATCH, database=database, id=watch_id)
    return bool(records and records[0]["deleted"])


def watch_exists(driver: Driver, watch_id: str, *, database: str) -> bool:
    """Whether a watch with this id is stored."""
    return bool(_read(driver, queries.WATCH_EXISTS, database=database, id=watch_id))


def deliveries_after(
    driver: Driver, watch_id: str, after: datetime, *, database: str, limit: int = 100
) -> list[Delivery]:
    """The watch's deliveries created after `after`, oldest first."""
    records = _read(
        driver,
        queries.DELIVERIES_AFTER,
        database=database,
        watch_id=watch_id,
        after=after,
        limit=limit,
    )
    return [Delivery.model_validate(to_native(r["delivery"])) for r in records]


def claim_webhooks(
    driver: Driver, *, database: str, lease: timedelta, limit: int = 50
) -> list[DueWebhook]:
    """Claim the deliveries whose webhook POST is due now, the longest waiting first: no
    other sender takes them before `lease` has passed (then they are due again, so a sender
    that died leaves nothing undelivered)."""
    now = datetime.now(UTC)
    records = _write(
        driver,
        queries.CLAIM_WEBHOOKS,
        database=database,
        now=now,
        lease_until=now + lease,
        limit=limit,
    )
    return [DueWebhook.model_validate(to_native(r["due"])) for r in records]


def record_webhook(
    driver: Driver,
    delivery_id: str,
    *,
    database: str,
    error: str | None,
    retry_in: timedelta | None,
) -> None:
    """Record a POST: sent (no error), or failed and retried after `retry_in` (None: given up)."""
    now = datetime.now(UTC)
    if error is None:
        _write(driver, queries.WEBHOOK_SENT, database=database, id=delivery_id, now=now)
        return
    retry_at = now + retry_in if retry_in is not None else None
    _write(
        driver,
        queries.WEBHOOK_FAILED,
        database=database,
        id=delivery_id,
        now=now,
        error=error[:500],
        retry_at=retry_at,
    )


def _read(driver: Driver, query: str, *, database: str, **params: Any) -> list[Any]:
    with unavailable_as_error():
        records, _, _ = driver.execute_query(
            query, params, database_=database, routing_=RoutingControl.READ
        )
    return list(records)


def _write(driver: Driver, query: str, *, database: str, **params: Any) -> list[Any]:
    with unavailable_as_error():
        records, _, _ = driver.execute_query(query, params, database_=database)
    return list(records)
