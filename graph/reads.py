"""The reads the API serves: one Cypher query each, in a read transaction, typed results.

Listings are newest first, paged by a keyset cursor on (date, id) (`views.Cursor`): a page
never repeats or skips an event when new ones arrive. Date windows compare with the stored
`Event.date`, the first day of the event's precision (a month-precise event dated May counts
as 1 May). Hypothetical and negated events (those every report hedges or denies) are left
out unless asked for; profiles, networks and paths always leave them out.
"""

import re
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal

from neo4j import (
    READ_ACCESS,
    Driver,
    Record,
)
from pydantic import TypeAdapter

from graph import queries
from graph.driver import to_native, unavailable_as_error
from graph.filters import ALL_EVENTS, EARLIEST, LATEST, EventFilter
from graph.models import QUAD_CLASS, ActorKind, DatePrecision, EventType, QuadClass
from graph.schema import (
    ACTOR_NAMES_INDEX,
    COUNTED_TYPES,
    EVENT_SUMMARIES_INDEX,
    PLACE_NAMES_INDEX,
    aggregate_range,
    counterpart_ranks,
    day_range,
    timeline_key,
)
from graph.views import (
    ActivityChange,
    ActorActivity,
    ActorHit,
    ActorProfile,
    ActorRef,
    ArticleOut,
    CountBucket,
    CountryCount,
    Counts,
    Cursor,
    DyadActivity,
    EventDetail,
    EventPage,
    EventSummary,
    Network,
    Overview,
    PathEvent,
    PathStep,
    PlaceCount,
    PlaceCounts,
    PlaceHit,
    Stats,
)
from graph.writes import truncate_date

Role = Literal["source", "target", "participant"]
Interval = Literal["day", "week", "month"]
CountBy = Literal["type", "quad_class"]

MAX_PAGE = 1000  # the most events one page returns
MAX_HOPS = 6  # INTERACTION_PATH searches at most this many actor-to-actor hops
# A chart's buckets and a page's events come back as one list each, validated in one call.
_BUCKETS = TypeAdapter(list[CountBucket])
_EVENTS = TypeAdapter(list[EventSummary])
_PLACE_COUNTS = TypeAdapter(list[PlaceCount])


def actor_timeline(
    driver: Driver,
    actor_id: str,
    *,
    database: str,
    filters: EventFilter = ALL_EVENTS,
    role: Role | None = None,
    limit: int = 50,
    after: Cursor | None = None,
) -> EventPage:
    """One actor's events, newest first, one page at a time (`filters.actor` is not read)."""
    params = _params(driver, filters, database=database, after=after)
    return _page(
        driver,
        queries.ACTOR_TIMELINE,
        limit,
        database=database,
        actor_id=actor_id,
        role=role,
        **timeline_bounds(actor_id, params),
        **params,
    )


def dyad_timeline(
    driver: Driver,
    a: str,
    b: str,
    *,
    database: str,
    filters: EventFilter = ALL_EVENTS,
    directed: bool = False,
    limit: int = 50,
    after: Cursor | None = None,
) -> EventPage:
    """Events between two actors (either way round, or `a` as source and `b` as target)."""
    params = _params(driver, filters, database=database, after=after)
    sparser = _read(driver, queries.SPARSER_ACTOR, database=database, a=a, b=b)
    if not sparser:
        return EventPage(items=[])
    actor_id = str(sparser[0]["actor_id"])
    return _page(
        driver,
        queries.DYAD_TIMELINE,
        limit,
        database=database,
        a=a,
        b=b,
        directed=directed,
        actor_id=actor_id,
        **timeline_bounds(actor_id, params),
        **params,
    )


def events_search(
    driver: Driver,
    filters: EventFilter = ALL_EVENTS,
    *,
    database: str,
    limit: int = 100,
    after: Cursor | None = None,
) -> EventPage:
    """Events matching the filters, newest first (GET /events and exports page through it).

    The query starts from the most selective filter given: the words of the summary (the
    full-text index), else an actor, else a country's actors, else the places of the place
    filters, else the date index.
    """
    params = _params(driver, filters, database=database, after=after, text=True)
    anchor = {"actor": filters.actor, "country": filters.country}
    if filters.text is not None:
        lucene = filters.text_query()
        if lucene is None:  # no word to look for: no summary has it
            return EventPage(items=[])
        return _page(
            driver,
            queries.TEXT_EVENTS,
            limit,
            database=database,
            index=EVENT_SUMMARIES_INDEX,
            lucene=lucene,
            **anchor,
            **params,
        )
    if filters.actor is not None:
        return _page(
            driver,
            queries.ACTOR_TIMELINE,
            limit,
            database=database,
            actor_id=filters.actor,
            role=None,
            **timeline_bounds(filters.actor, params),
            **params,
        )
    if filters.country is not None:
        return _page(
            driver,
            queries.COUNTRY_EVENTS,
            limit,
            database=database,
            country=filters.country,
            **params,
        )
    if filters.where.active:
        return _page(driver, queries.PLACE_EVENTS, limit, database=database, **params)
    return _page(driver, queries.DATED_EVENTS, limit, database=database, **params)


def event_counts(
    driver: Driver,
    filters: EventFilter = ALL_EVENTS,
    *,
    database: str,
    interval: Interval = "day",
    by: CountBy = "type",
) -> list[CountBucket]:
    """Events per day, week (from Monday) or month, by type or quad class, for charts."""
    return _BUCKETS.validate_python(
        _count_rows(driver, filters, database=database, interval=interval, by=by)
    )


def count_series(
    driver: Driver,
    filters: EventFilter = ALL_EVENTS,
    *,
    database: str,
    interval: Interval = "day",
    by: CountBy = "type",
) -> Counts:
    """The counts of `event_counts` as one series per key (type or quad class), for charts."""
    series: dict[str, list[dict[str, Any]]] = {}
    for row in _count_rows(driver, filters, database=database, interval=interval, by=by):
        series.setdefault(row["key"], []).append({"period": row["bucket"], "count": row["n"]})
    # Validated once, from plain rows: a hub's weekly chart has about a thousand points.
    return Counts.model_validate(
        {
            "interval": interval,
            "by": by,
            "series": [{"key": key, "points": points} for key, points in sorted(series.items())],
        }
    )


def _count_rows(
    driver: Driver, filters: EventFilter, *, database: str, interval: Interval, by: CountBy
) -> list[dict[str, Any]]:
    """The counts as rows {bucket, key, n} in (bucket, key) order, not yet validated."""
    if interval not in ("day", "week", "month") or by not in ("type", "quad_class"):
        raise ValueError(f"unknown interval {interval!r} or grouping {by!r}")
    params = _params(driver, filters, database=database)
    if _tallied(filters):
        window = (filters.first_day, filters.last_day)
        if filters.actor is not None:
            # The week tallies hold real events only, and a week in another bucket than its
            # Monday's (a month) would count in the wrong one: then days are read.
            if interval == "week" and not filters.include_hypothetical:
                weeks, days = _weeks_and_days(*window, current=True)
            else:
                weeks, days = [], [{"date_from": window[0], "date_to": window[1]}]
            [record] = _read(
                driver,
                queries.ACTOR_TALLY_COUNTS,
                database=database,
                weeks=[aggregate_range(filters.actor, w["date_from"], w["date_to"]) for w in weeks],
                days=[aggregate_range(filters.actor, d["date_from"], d["date_to"]) for d in days],
            )
        else:
            [record] = _read(driver, queries.DAY_COUNTS, database=database, **day_range(*window))
        return _tally_counts(record["days"], filters=filters, interval=interval, by=by)
    params.update(interval=interval, by=by)
    if filters.actor is not None:
        query = queries.ACTOR_EVENT_COUNTS
        params |= {"actor_id": filters.actor, **timeline_bounds(filters.actor, params)}
    elif filters.country is not None:
        query, params = queries.COUNTRY_EVENT_COUNTS, {**params, "country": filters.country}
    elif filters.where.active:
        query = queries.PLACE_EVENT_COUNTS
    else:
        query = queries.EVENT_COUNTS
    [record] = _read(driver, query, database=database, **params)
    rows: list[dict[str, Any]] = record["buckets"]
    return rows


def _tallied(filters: EventFilter) -> bool:
    """Whether the write-time day tallies answer counts under `filters`: they hold no
    places, countries, sources or numbers of articles, and no denied events."""
    return (
        filters.country is None
        and not filters.where.active
        and filters.source is None
        and filters.min_articles is None
        and not filters.include_negated
    )


def _tally_counts(
    days: list[list[Any]], *, filters: EventFilter, interval: Interval, by: CountBy
) -> list[dict[str, Any]]:
    """Counts added up from day tallies ([ISO date, real per type, hypothetical per type])."""
    counted = [
        (i, t, QUAD_CLASS[t].value)
        for i, t in enumerate(map(EventType, COUNTED_TYPES))
        if (not filters.types or t in filters.types)
        and (not filters.quad_classes or QUAD_CLASS[t] in filters.quad_classes)
    ]
    totals: dict[tuple[date, str], int] = {}
    for day, real, hypothetical in days:
        bucket = truncate_date(date.fromisoformat(day), DatePrecision(interval))
        for i, event_type, quad_class in counted:
            n = real[i] if i < len(real) else 0
            if filters.include_hypothetical and i < len(hypothetical):
                n += hypothetical[i]
            if n:
                key = (bucket, event_type.value if by == "type" else quad_class)
                totals[key] = totals.get(key, 0) + n
    return [{"bucket": b, "key": k, "n": n} for (b, k), n in sorted(totals.items()) if n > 0]


def event_detail(driver: Driver, event_id: str, *, database: str) -> EventDetail | None:
    """An event with every report of it (article, source, sentence); None if unknown."""
    records = _read(driver, queries.EVENT_DETAIL, database=database, event_id=event_id)
    if not records:
        return None
    r = to_native(records[0].data())
    return EventDetail.model_validate({**r["event"], "reports": r["reports"]})


def search_actors(
    driver: Driver,
    q: str,
    *,
    database: str,
    kind: ActorKind | None = None,
    country: str | None = None,
    limit: int = 10,
) -> list[ActorHit]:
    """Actors whose name or an alias matches `q`: whole words first, then prefixes, then typos."""
    lucene = lucene_query(q)
    if lucene is None:
        return []
    records = _read(
        driver,
        queries.SEARCH_ACTORS,
        database=database,
        index=ACTOR_NAMES_INDEX,
        lucene=lucene,
        kind=kind.value if kind is not None else None,
        country=country,
        limit=limit,
        # Kind and country filter after the index; fetch enough candidates to fill a page.
        candidates=limit if kind is None and country is None else max(100, 10 * limit),
    )
    return [ActorHit.model_validate(r["actor"]) for r in records]


def lucene_query(q: str) -> str | None:
    """A Lucene query for `q`: every word must match exactly, as a prefix or within typos."""
    words = re.findall(r"\w+", q.lower())
    if not words:
        return None
    clauses = []
    for word in words:
        options = [f"{word}^4", f"{word}*^2"]
        if len(word) >= 4:  # a typo in a short word matches too much
            options.append(f"{word}~{1 if len(word) <= 5 else 2}")
        clauses.append("(" + " OR ".join(options) + ")")
    return " AND ".join(clauses)


def actor_profile(
    driver: Driver, actor_id: str, *, database: str, top: int = 10
) -> ActorProfile | None:
    """An actor's card: kind, country, first/last event, counts by type, top counterparts."""
    records = _read(
        driver,
        queries.ACTOR_PROFILE,
        database=database,
        actor_id=actor_id,
        top=top,
        **aggregate_range(actor_id, EARLIEST, LATEST),
        **counterpart_ranks(actor_id),
    )
    if not records:
        return None
    r = to_native(records[0].data())
    by_type: dict[str, int] = {}
    by_quad: dict[str, int] = {}
    for real in r["weeks"]:
        for event_type, n in zip(COUNTED_TYPES, real, strict=False):
            if n:
                by_type[event_type] = by_type.get(event_type, 0) + n
                quad_class = QUAD_CLASS[EventType(event_type)]
                by_quad[quad_class] = by_quad.get(quad_class, 0) + n
    seen = [date.fromisoformat(day) for day in r["seen"]]
    return ActorProfile.model_validate(
        {
            **r["actor"],
            "based_in": r["based_in"][0] if r["based_in"] else None,
            "first_seen": seen[0] if seen else None,
            "last_seen": seen[-1] if seen else None,
            "n_events": sum(by_type.values()),
            "n_articles": r["n_articles"],
            "counts_by_type": by_type,
            "counts_by_quad_class": by_quad,
            "top_counterparts": r["counterparts"],
        }
    )


def actor_network(
    driver: Driver,
    actor_id: str,
    *,
    database: str,
    date_from: date | None = None,
    date_to: date | None = None,
    min_weight: int = 1,
    max_edges: int = 500,
) -> Network | None:
    """The heaviest pairs among an actor's events in a window, and their actors."""
    window = aggregate_range(actor_id, date_from or EARLIEST, date_to or LATEST)
    [record] = _read(
        driver, queries.ACTOR_DAY_PAIRS, database=database, actor_id=actor_id, **window
    )
    if record["center"] is None:
        return None
    # Added up by the pair's string, split once per distinct pair: a hub's 90 days hold
    # thousands of entries for a few thousand pairs.
    totals: Counter[str] = Counter()
    for pairs, counts in record["days"]:
        for pair, n in zip(pairs, counts, strict=True):
            totals[pair] += n
    shared: dict[tuple[str, str], dict[str, int]] = {}
    for pair, n in totals.items():
        if n:
            x, y, quad_class = pair.split("|")
            shared.setdefault((x, y), {})[quad_class] = n
    weighted = [(sum(c.values()), x, y, c) for (x, y), c in shared.items()]
    heaviest = sorted(
        (edge for edge in weighted if edge[0] >= min_weight), key=lambda e: (-e[0], e[1], e[2])
    )[:max_edges]
    ends = sorted({end for _, x, y, _ in heaviest for end in (x, y)})
    [actors] = _read(driver, queries.ACTORS_BY_ID, database=database, ids=ends)
    refs = {a["id"]: a for a in actors["actors"]}
    center = record["center"]
    nodes: dict[str, dict[str, Any]] = {center["id"]: {**center, "weight": 0}}
    edges = []
    for weight, x, y, by_class in heaviest:
        for end in (x, y):
            node = nodes.setdefault(end, {**refs[end], "weight": 0})
            node["weight"] += weight
        edges.append({"source": x, "target": y, "weight": weight, "by_quad_class": by_class})
    # One validation of the whole network: hundreds of edges and nodes, one call.
    return Network.model_validate({"center": center, "nodes": list(nodes.values()), "edges": edges})


def interaction_path(
    driver: Driver, a: str, b: str, *, database: str, max_hops: int = 4
) -> list[PathStep] | None:
    """The shortest chain of shared events from actor `a` to `b`; None beyond `max_hops`."""
    if not 1 <= max_hops <= MAX_HOPS:
        raise ValueError(f"max_hops must be between 1 and {MAX_HOPS}")
    if a == b:
        return []
    records = _read(driver, queries.INTERACTION_PATH, database=database, a=a, b=b)
    if not records:
        return None
    nodes = to_native(records[0]["steps"])
    if len(nodes) // 2 > max_hops:
        return None
    return [
        PathStep(
            source=ActorRef.model_validate(nodes[i]["actor"]),
            event=PathEvent.model_validate(nodes[i + 1]["event"]),
            target=ActorRef.model_validate(nodes[i + 2]["actor"]),
        )
        for i in range(0, len(nodes) - 1, 2)
    ]


def graph_stats(driver: Driver, *, database: str) -> Stats:
    """Node and relationship counts, and the first and last event dates."""
    records = _read(driver, queries.GRAPH_STATS, database=database)
    return Stats.model_validate(to_native(records[0].data()))


def article(driver: Driver, article_id: str, *, database: str) -> ArticleOut | None:
    """A stored article: metadata, source, the events it reports, the actors it mentions."""
    records = _read(driver, queries.ARTICLE, database=database, article_id=article_id)
    if not records:
        return None
    return ArticleOut.model_validate(to_native(records[0]["article"]))


def place_counts(
    driver: Driver,
    filters: EventFilter = ALL_EVENTS,
    *,
    database: str,
    limit: int = 500,
) -> PlaceCounts:
    """Located events per place (the `limit` busiest) and per country, for a map."""
    params = _params(driver, filters, database=database)
    [record] = _read(
        driver,
        queries.PLACE_COUNTS,
        database=database,
        actor=filters.actor,
        country=filters.country,
        **params,
    )
    places = _PLACE_COUNTS.validate_python(record["places"])
    by_country: Counter[str] = Counter()
    for place in places:
        if place.country:
            by_country[place.country] += place.n
    ranked = sorted(by_country.items(), key=lambda kv: (-kv[1], kv[0]))
    return PlaceCounts(
        places=places[:limit], countries=[CountryCount(country=c, n=n) for c, n in ranked]
    )


def search_places(driver: Driver, q: str, *, database: str, limit: int = 10) -> list[PlaceHit]:
    """Stored places whose name matches `q`: whole words first, then prefixes, then typos."""
    lucene = lucene_query(q)
    if lucene is None:
        return []
    records = _read(
        driver,
        queries.SEARCH_PLACES,
        database=database,
        index=PLACE_NAMES_INDEX,
        lucene=lucene,
        limit=limit,
    )
    return [PlaceHit.model_validate(r["place"]) for r in records]


def _params(
    driver: Driver,
    filters: EventFilter,
    *,
    database: str,
    after: Cursor | None = None,
    text: bool = False,
) -> dict[str, Any]:
    """The parameters of queries._EVENT_FILTERS, with the ids of the places `filters.where`
    matches; `text` says whether the read can look for words (else it refuses them)."""
    if filters.text is not None and not text:
        raise ValueError("only the event search filters by the words of summaries")
    params = filters.params(after)
    if filters.where.active:
        [record] = _read(
            driver, queries.MATCHING_PLACES, database=database, **filters.where.params()
        )
        params["place_ids"] = list(record["ids"])
    return params


def timeline_bounds(actor_id: str, filters: dict[str, Any]) -> dict[str, str]:
    """The exclusive timeline key bounds of the window and cursor in `filters`."""
    # "actor|<to>|" sorts before the keys of date_to (a key has an event id after the last
    # bar) and "actor|<from>}" after those of date_from ('}' follows '|').
    key_after = timeline_key(actor_id, filters["date_to"], "")
    if filters["after_date"] is not None:
        key_after = max(
            key_after, timeline_key(actor_id, filters["after_date"], filters["after_id"])
        )
    key_before = timeline_key(actor_id, filters["date_from"], "")[:-1] + "}"
    return {"key_after": key_after, "key_before": key_before}


def _page(driver: Driver, query: str, limit: int, *, database: str, **params: Any) -> EventPage:
    """Run a listing with one extra row to learn whether another page follows."""
    if not 1 <= limit <= MAX_PAGE:
        raise ValueError(f"limit must be between 1 and {MAX_PAGE}")
    [record] = _read(driver, query, database=database, limit=limit + 1, **params)
    found = record["events"]
    events = _EVENTS.validate_python(found[:limit])
    if len(found) <= limit:
        return EventPage(items=events)
    return EventPage(
        items=events, next_cursor=Cursor(date=events[-1].date, id=events[-1].id).token()
    )


def _read(driver: Driver, query: str, *, database: str, **params: Any) -> list[Record]:
    """Run one read on a reader and return its records."""
    # "Unknown property" notices of a young graph are switched off once, in create_driver.
    # An auto-commit transaction: one round trip where a managed one takes two, and a
    # read has nothing to retry on a single server.
    with (
        unavailable_as_error(),
        driver.session(database=database, default_access_mode=READ_ACCESS) as session,
    ):
        return list(session.run(query, params))


HOME_WEEKS = 12  # the home page's default period: this many weeks to the latest event
_ACTIVITY = TypeAdapter(list[ActorActivity])
_CHANGES = TypeAdapter(list[ActivityChange])
_DYADS = TypeAdapter(list[DyadActivity])
# Each quad class with the indexes of its types in the tallies' count lists (HOME_ACTORS).
_CLASS_INDEXES = [
    {
        "quad_class": c.value,
        "indexes": [i for i, t in enumerate(COUNTED_TYPES) if QUAD_CLASS[EventType(t)] == c],
    }
    for c in QuadClass
]


def home_overview(
    driver: Driver,
    *,
    database: str,
    date_from: date | None = None,
    date_to: date | None = None,
    min_sources: int = 2,
    limit: int = 10,
) -> Overview:
    """The home page over a period (default: 12 weeks to the latest event) and the one before."""
    if date_to is None:
        latest = _read(driver, queries.LATEST_EVENT_DATE, database=database)
        date_to = date.fromisoformat(latest[0]["date"]) if latest else datetime.now(UTC).date()
        date_to = max(date_to, date_from or date_to)  # a period that starts after the latest
    if date_from is None:
        date_from = _days_before(date_to, timedelta(days=date_to.weekday(), weeks=HOME_WEEKS - 1))
    if date_from > date_to:
        raise ValueError(f"the period starts ({date_from}) after it ends ({date_to})")
    previous_from = _days_before(date_from, date_to - date_from + timedelta(days=1))
    period = {"date_from": date_from, "date_to": date_to, "limit": limit}
    weeks_now, days_now = _weeks_and_days(date_from, date_to, current=True)
    weeks_before, days_before = _weeks_and_days(
        previous_from, date_from - timedelta(days=1), current=False
    )
    [actors] = _read(
        driver,
        queries.HOME_ACTORS,
        database=database,
        weeks=weeks_now + weeks_before,
        days=days_now + days_before,
        classes=_CLASS_INDEXES,
        limit=limit,
    )
    [dyads] = _read(
        driver, queries.HOME_DYADS, database=database, weeks=weeks_now, days=days_now, limit=limit
    )
    [reported] = _read(
        driver, queries.HOME_REPORTED, database=database, min_sources=min_sources, **period
    )
    weeks = event_counts(
        driver,
        EventFilter(date_from=date_from, date_to=date_to),
        database=database,
        interval="week",
        by="quad_class",
    )
    return Overview(
        date_from=date_from,
        date_to=date_to,
        previous_from=previous_from,
        weeks=weeks,
        actors=_ACTIVITY.validate_python(actors["actors"]),
        dyads=_DYADS.validate_python(dyads["dyads"]),
        changes=_CHANGES.validate_python(actors["changes"]),
        reported=_EVENTS.validate_python(reported["events"]),
    )


def _weeks_and_days(
    date_from: date, date_to: date, *, current: bool
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The inclusive ranges of the Mondays of the weeks that lie whole from `date_from` to
    `date_to` (read from the weekly tallies), and of the days of its partial weeks (read from
    the day tallies), each marked `current` or not. An empty period has neither."""
    if date_from > date_to:
        return [], []
    first = date_from + timedelta(days=(7 - date_from.weekday()) % 7)  # the first Monday in
    last = date_to - timedelta(days=(date_to.weekday() + 1) % 7)  # the last Sunday in
    if last - first < timedelta(days=6):  # no whole week
        return [], [{"date_from": date_from, "date_to": date_to, "current": current}]
    weeks = [{"date_from": first, "date_to": last - timedelta(days=6), "current": current}]
    days = []
    if date_from < first:
        days.append(
            {"date_from": date_from, "date_to": first - timedelta(days=1), "current": current}
        )
    if last < date_to:
        days.append({"date_from": last + timedelta(days=1), "date_to": date_to, "current": current})
    return weeks, days


def _days_before(day: date, span: timedelta) -> date:
    """`day` less `span`, or the first day of the calendar when that is before it."""
    return day - span if day - date.min >= span else date.min
