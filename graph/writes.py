"""Batched, idempotent writes of extracted articles.

The stored model:

    (:Source {id, name, domain})-[:PUBLISHED]->(:Article {id, url, title, ..., fetched_at,
        ingested_at, last_seen_at, extractor_version})
    (:Article)-[:REPORTS {id, sentence, start, end, trigger, confidence, negated,
        hypothetical, mode, date, date_precision, date_source, source_key}]->(:Event)
    (:Event {id, type, quad_class, date, date_precision, mode, summary, confidence,
        n_articles, n_sources, hypothetical, negated, first_reported_at, last_reported_at})
    (:Event)-[:INVOLVES {role: 'source'|'target'|'participant', timeline_key}]->(:Actor {id,
        name, kind, country, role, sector, political, aliases, aliases_text})
    (:Article)-[:MENTIONS {count}]->(:Actor)
    (:Actor)-[:BASED_IN]->(:Actor {kind: 'country'})
    (:ActorDay {id: actor|day, date, n: [per type], n_hypothetical: [per type],
        pairs: ["x|y|quad_class", ...], pair_n: [per pair]})
    (:Actor)-[:COUNTERPART {n, from_rank, to_rank}]->(:Actor)  (from the lesser id to the
        greater; a rank key for each end, `schema.counterpart_rank`)
    (:Day {id: ISO date, date, n: [per type], n_hypothetical: [per type]})
    (:ActorWeek {id: actor|Monday, week, n: [per type]})
    (:PairWeek {id: x|y|Monday, week, n})  (x the lesser id)
    (:Event)-[:OCCURRED_IN]->(:Place {id, geonameid, name,
        kind: 'city'|'district'|'region'|'country', country, admin1, lat, lon, point})

Places: each report keeps the id of the place its sentence locates the act in
(`REPORTS.place_id`); an event OCCURRED_IN the place most of its reports give, recomputed
with the aggregates. Place nodes are one per gazetteer entry (GeoNames, CC BY 4.0) and are
never deleted.

The event key (`event_key`): one real-world event reported by several articles is one
Event. Its id hashes the event type, the sorted source, target and participant actor sets,
the date precision and the date truncated to that precision (a week to its Monday, a month
to its first day, a year to 1 January). The id must be computable from one article alone,
so it cannot see another report's precision: a day-precise and a month-precise report of
the same meeting stay two events. Keying every event on its month instead would merge them,
but would also fold every daily strike of one army on another in a month into one event,
which ruins timelines; we prefer the occasional split to wrong merges. Negation, hypothesis,
mode and confidence are per report (on REPORTS) and not part of the key.

Event aggregates are recomputed from its REPORTS in the same transaction that changes
them, under the event's write lock: `n_articles` counts distinct articles, `n_sources`
distinct sources (an article with no known source counts as its own source: each report
keeps the key its article is counted by, `source_key`, the source's id or 'article:' and
the article's id, so the recount need not walk each article's links), an event is
`hypothetical` (or `negated`) only if every report is, its summary, mode and confidence are
those of its most confident report, and `first/last_reported_at` span the reporting
articles' publication times (ingestion time when unknown).

Chart aggregates, so a hub's counts, profile and network cost its days, not its events:
per actor and event date, `ActorDay` counts the actor's events by type (in the order of
`schema.COUNTED_TYPES`), those that are real (neither hypothetical nor negated: `n`) and
those hypothetical but not negated (`n_hypothetical`), and, for its real events, how many
each pair of their actors (lesser id first) shares in each quad class (`pairs`, `pair_n`);
`COUNTERPART` counts the real events two actors share, every date, with a rank key per end
that moves with the count (an actor's top counterparts are the first keys of an index);
`Day` counts all events of a date by type, real and hypothetical (for the home page and
unfiltered charts); `ActorWeek` counts an actor's real events of a week (from Monday) by
type (its weekly charts and profile, the home page's whole weeks), `PairWeek` the real
events two actors share in a week (the home page's whole weeks). Each event records what it
is counted as (`counted_as` for its actors' tallies, `day_counted_as` for its day's,
`week_counted_as` for the weekly ones); after its recount, in the same transaction and
under its lock, a change moves its contribution from the old tally to the new, so
re-writing or re-extracting keeps the tallies exact. Tallies that fall to zero stay, at
zero (deleting them would race with a concurrent writer's increment); reads skip them.

The clocks stay apart: `Event.date` (a Neo4j Date, with `date_precision`) is when it
happened, `Article.published_at` when it was told, `Article.fetched_at` when its page was
fetched from the web (absent when unknown), `Article.ingested_at` when we stored the current
extraction (`last_seen_at` moves on every write, nothing else does when the same articles are
written again).

Every write replaces the batch's articles' REPORTS and MENTIONS with those of the new
extraction, so re-extraction with a newer `extractor_version` leaves no stale report;
events no article reports any more are deleted. An actor is stored (and MENTIONED by an
article) only while it takes part in an event: actors the new extraction no longer names,
such as ids merged into another by a better dictionary, are deleted once no event
involves them (a country stays while an actor is BASED_IN it), so re-extraction leaves
no orphan. An article's text is not stored.

Concurrent writers are safe: every MERGE is backed by a uniqueness constraint, rows are
sorted by id so locks are taken in one order, and deadlocks or other transient errors are
retried by the driver's managed transaction.
"""

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import pycountry
from neo4j import Driver, ManagedTransaction, RoutingControl
from neo4j.exceptions import Neo4jError

from graph import queries
from graph.driver import unavailable_as_error
from graph.errors import WriteFailed
from graph.models import Actor, DatePrecision, Event, ExtractedArticle
from graph.schema import COUNTED_TYPES, timeline_key

# Bump when the key rule changes: every event id changes with it.
EVENT_KEY_VERSION = "1"
_COUNTRY_ACTOR_PREFIX = "country:"  # the gazetteer's id for a state, e.g. country:RUS


@dataclass(frozen=True)
class WriteSummary:
    """What one batch wrote, from the server's own counters."""

    articles: int
    actors: int
    reports: int
    events: int  # distinct event keys reported by the batch
    nodes_created: int = 0
    nodes_deleted: int = 0
    relationships_created: int = 0
    relationships_deleted: int = 0


def truncate_date(day: date, precision: DatePrecision) -> date:
    """The first day of the week (Monday), month, quarter, season or year `day` falls in."""
    if precision == DatePrecision.WEEK:
        return day - timedelta(days=day.weekday())
    if precision == DatePrecision.MONTH:
        return day.replace(day=1)
    if precision == DatePrecision.QUARTER:
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    if precision == DatePrecision.SEASON:
        # Seasons start in March, June, September and December; January is last winter's.
        first = day.month // 3 * 3
        return date(day.year - 1, 12, 1) if first == 0 else date(day.year, first, 1)
    if precision == DatePrecision.YEAR:
        return day.replace(month=1, day=1)
    return day


def event_key(event: Event) -> str:
    """The cross-article id of an event: type, actor sets by role, date at its precision
    (empty for an undated event, which is never stored)."""
    day, precision = event.date, event.date_precision
    parts = [
        EVENT_KEY_VERSION,
        event.type.value,
        ",".join(sorted(set(event.source))),
        ",".join(sorted(set(event.target))),
        ",".join(sorted(set(event.participants))),
        "" if precision is None else precision.value,
        "" if day is None or precision is None else truncate_date(day, precision).isoformat(),
    ]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


def write_articles(
    driver: Driver,
    articles: Sequence[ExtractedArticle],
    *,
    database: str,
    extractor_version: str,
    ingested_at: datetime | None = None,
) -> WriteSummary:
    """Write a batch of extracted articles in one transaction; raise WriteFailed if rolled back.

    Raises:
        WriteFailed: the batch was rolled back whole (bad data, or retries exhausted).
        Neo4jUnavailable: the database does not answer.
    """
    batch = {a.id: a for a in articles}  # the last copy of a repeated article wins
    ids = sorted(batch)
    if not ids:
        return WriteSummary(articles=0, actors=0, reports=0, events=0)
    params = _batch_params(
        [batch[i] for i in ids], extractor_version, ingested_at or datetime.now(UTC)
    )
    try:
        with unavailable_as_error(), driver.session(database=database) as session:
            counters = session.execute_write(_write_batch, params)
    except Neo4jError as e:
        raise WriteFailed(f"{e.code}: {e.message}", article_ids=ids) from e
    return WriteSummary(
        articles=len(ids),
        actors=len(params["actors"]),
        reports=sum(len(row["reports"]) for row in params["events"]),
        events=len(params["events"]),
        **counters,
    )


def known_articles(
    driver: Driver, ids: Sequence[str], *, database: str, extractor_version: str
) -> set[str]:
    """The ids among `ids` already stored by this extractor version."""
    with unavailable_as_error():
        records, _, _ = driver.execute_query(
            queries.KNOWN_ARTICLES,
            ids=list(ids),
            extractor_version=extractor_version,
            database_=database,
            routing_=RoutingControl.READ,
        )
    return {str(r["id"]) for r in records}


def _write_batch(tx: ManagedTransaction, params: dict[str, Any]) -> dict[str, int]:
    """The transaction function: a fixed number of statements, whatever the batch size."""
    counts = {
        "nodes_created": 0,
        "nodes_deleted": 0,
        "relationships_created": 0,
        "relationships_deleted": 0,
    }

    def run(query: str, **values: Any) -> list[Any]:
        result = tx.run(query, values, now=params["now"])
        records = list(result)
        counters = result.consume().counters
        for name in counts:
            counts[name] += getattr(counters, name)
        return records

    article_ids = params["article_ids"]
    run(queries.WRITE_ARTICLES, articles=params["articles"])
    old = run(queries.DELETE_REPORTS, article_ids=article_ids)
    mentioned = run(queries.DELETE_MENTIONS, article_ids=article_ids)
    run(queries.MERGE_ACTORS, actors=params["actors"])
    run(queries.MERGE_BASED_IN, based_in=params["based_in"])
    run(queries.WRITE_MENTIONS, mentions=params["mentions"])
    run(queries.MERGE_EVENTS, events=params["events"])
    touched = sorted(set(old[0]["event_ids"]) | {row["id"] for row in params["events"]})
    # Watches hear of events that match after this batch and did not before (graph.watches).
    before = {r["id"]: r["n"] for r in run(queries.WATCHED_SOURCES, event_ids=touched)}
    run(queries.RECOUNT_EVENTS, event_ids=touched)
    run(queries.FOLD_EVENT_AGGREGATES, event_ids=touched, types=COUNTED_TYPES)
    run(queries.DELETE_UNREPORTED_EVENTS, event_ids=touched)
    _write_places(run, params["places"], touched)
    run(queries.MATCH_WATCHES, event_ids=touched, before=before)
    run(queries.DELETE_ACTORS_WITHOUT_EVENTS, actor_ids=sorted(mentioned[0]["actor_ids"]))
    return counts


def _write_places(run: Any, places: list[dict[str, Any]], event_ids: list[str]) -> None:
    """Upsert the batch's places and point each touched event at its place."""
    run(queries.MERGE_PLACES, places=places)
    run(queries.LOCATE_EVENTS, event_ids=event_ids)


def _place_rows(articles: list[ExtractedArticle]) -> list[dict[str, Any]]:
    """One row per place the batch's events happened in, sorted by id (lock order)."""
    places: dict[str, dict[str, Any]] = {}
    for article in articles:
        for event in article.events:
            if (loc := event.location) is not None:
                props = loc.model_dump(exclude={"id", "precision"})
                places[loc.id] = {"id": loc.id, "props": props | {"kind": loc.precision.value}}
    return [places[k] for k in sorted(places)]


def _batch_params(
    articles: list[ExtractedArticle], extractor_version: str, now: datetime
) -> dict[str, Any]:
    """Turn the batch into the rows of each statement, validating actor references."""
    actors: dict[str, Actor] = {}
    aliases: dict[str, set[str]] = {}
    # One mention per (article, actor) and one report per (article, report id): the last wins.
    mentions: dict[tuple[str, str], dict[str, Any]] = {}
    reports: dict[tuple[str, str, str], dict[str, Any]] = {}
    events: dict[str, dict[str, Any]] = {}
    for article in articles:
        known = {actor.id for actor in article.actors}
        source = _source(article)
        source_key = f"article:{article.id}" if source is None else source["id"]
        # An undated event has no place on a timeline: it is not stored (see Event.date).
        dated = [e for e in article.events if e.date is not None]
        involved = {i for e in dated for i in (*e.source, *e.target, *e.participants)}
        for actor in article.actors:
            if actor.id not in involved:
                continue  # an actor lives in the graph through its events
            actors[actor.id] = actor
            aliases.setdefault(actor.id, set()).update(actor.aliases)
            mentions[article.id, actor.id] = {
                "article_id": article.id,
                "actor_id": actor.id,
                "count": actor.mentions,
            }
        for event in dated:
            missing = set(event.source + event.target + event.participants) - known
            if missing:
                raise WriteFailed(
                    f"article {article.id}: event {event.id} names actors it does not list: "
                    f"{sorted(missing)}",
                    article_ids=[a.id for a in articles],
                )
            row, report = _event_rows(article.id, event, source_key=source_key)
            events.setdefault(row["id"], row)
            reports[row["id"], article.id, event.id] = report
    for (event_id, _, _), report in sorted(reports.items()):
        events[event_id]["reports"].append(report)
    actor_rows = [
        {
            "id": a.id,
            "name": a.name,
            "kind": a.kind.value,
            "country": a.country,
            "role": a.role,
            "sector": a.sector,
            "political": a.political,
            "aliases": sorted(aliases[a.id]),
        }
        for a in sorted(actors.values(), key=lambda a: a.id)
    ]
    based_in = [
        {
            "actor": a.id,
            "country": a.country,
            "country_id": _COUNTRY_ACTOR_PREFIX + a.country,
            "country_name": _country_name(a.country),
        }
        for a in sorted(actors.values(), key=lambda a: a.id)
        if a.country and _COUNTRY_ACTOR_PREFIX + a.country != a.id
    ]
    return {
        "now": now,
        "article_ids": [a.id for a in articles],
        "articles": [_article_row(a, extractor_version) for a in articles],
        "actors": actor_rows,
        "based_in": based_in,
        "mentions": list(mentions.values()),
        # Sorted by id (lock order), each event's reports by article and report id.
        "events": [events[k] for k in sorted(events)],
        "places": _place_rows(articles),
    }


def _article_row(article: ExtractedArticle, extractor_version: str) -> dict[str, Any]:
    props = {
        "url": article.url,
        "title": article.title,
        "authors": article.authors,
        "published_at": article.published_at,
        "published_at_source": article.published_at_source,
        "language": article.language,
        "section": article.section,
        "tags": article.tags,
        "format": article.format,
    }
    return {
        "id": article.id,
        "extractor_version": extractor_version,
        "props": props,
        # Kept apart from props: a rewrite that does not know the fetch time keeps the stored one.
        "fetched_at": article.fetched_at,
        "source": _source(article),
    }


def _source(article: ExtractedArticle) -> dict[str, Any] | None:
    """The article's source: keyed by the URL's host when known, else by its name."""
    domain = None
    if article.url:
        host = (urlsplit(article.url).hostname or "").lower()
        domain = host.removeprefix("www.") or None
    name = (article.source or "").strip() or None
    if domain is not None:
        return {"id": domain, "name": name or domain, "domain": domain}
    if name is not None:
        return {"id": f"name:{name.lower()}", "name": name, "domain": None}
    return None


def _event_rows(
    article_id: str, event: Event, *, source_key: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The row of a dated event (its reports still to add) and the row of this report of it."""
    if event.date is None or event.date_precision is None or event.date_source is None:
        raise ValueError(f"event {event.id} has no date to store")
    roles = sorted(
        {("source", a) for a in event.source}
        | {("target", a) for a in event.target}
        | {("participant", a) for a in event.participants}
    )
    event_id = event_key(event)
    day = truncate_date(event.date, event.date_precision)
    row = {
        "id": event_id,
        "type": event.type.value,
        "quad_class": event.quad_class.value,
        "date": day,
        "date_precision": event.date_precision.value,
        "roles": [
            {
                "role": role,
                "actor_id": actor_id,
                "timeline_key": timeline_key(actor_id, day, event_id),
            }
            for role, actor_id in roles
        ],
        "reports": [],
    }
    report = {
        "article_id": article_id,
        "id": event.id,
        "props": {
            "sentence": event.sentence,
            "start": event.start,
            "end": event.end,
            "trigger": event.trigger,
            "confidence": event.confidence,
            "negated": event.negated,
            "hypothetical": event.hypothetical,
            "mode": event.mode,
            "date": event.date,
            "date_precision": event.date_precision.value,
            "date_source": event.date_source.value,
            "place_id": event.location.id if event.location else None,
            "source_key": source_key,
        },
    }
    return row, report


# Codes in use with no ISO record: Kosovo's is the one the EU and the World Bank assign.
_USER_ASSIGNED = {"XKX": "Kosovo"}


def _country_name(code: str) -> str:
    """A readable name for a country actor first seen through another actor's country; a
    state of the past by its withdrawn code ("SUN": "USSR")."""
    if code in _USER_ASSIGNED:
        return _USER_ASSIGNED[code]
    found = pycountry.countries.get(alpha_3=code)
    if found is None:
        past = pycountry.historic_countries.get(alpha_3=code)
        return code if past is None else str(past.name).split(", ")[0]
    return str(getattr(found, "common_name", None) or found.name)
