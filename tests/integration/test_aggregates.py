"""The chart aggregates stay equal to a full recount of the events, whatever is rewritten."""

import threading
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from typing import Any

from neo4j import Driver

from graph import reads
from graph.filters import EventFilter
from graph.models import EventType, ExtractedArticle
from graph.schema import BACKFILLS, COUNTED_TYPES, apply_schema, counterpart_rank
from graph.writes import write_articles
from tests.integration import graphdata as g

MAY_3 = date(2025, 5, 3)
MAY_4 = date(2025, 5, 4)
MAY_9 = date(2025, 5, 9)
PUBLISHED = datetime(2025, 5, 10, 9, tzinfo=UTC)

# Every event with its actors (once each, whatever their roles): what the tallies count.
_EVENTS = """
MATCH (e:Event)
RETURN toString(e.date) AS day, e.type AS type, e.quad_class AS quad_class,
       e.hypothetical AS hypothetical, e.negated AS negated,
       COLLECT { MATCH (e)-[:INVOLVES]->(x:Actor) RETURN DISTINCT x.id } AS actors
"""
_ACTOR_DAYS = """
MATCH (d:ActorDay)
RETURN d.id AS id, toString(d.date) AS day, d.n AS n, d.n_hypothetical AS n_hypothetical,
       d.pairs AS pairs, d.pair_n AS pair_n
"""
_DAYS = """
MATCH (t:Day)
RETURN t.id AS id, toString(t.date) AS day, t.n AS n, t.n_hypothetical AS n_hypothetical
"""
_ACTOR_WEEKS = """
MATCH (w:ActorWeek)
RETURN w.id AS id, toString(w.week) AS week, w.n AS n
"""
_PAIR_WEEKS = """
MATCH (p:PairWeek) WHERE p.n <> 0
RETURN p.id AS id, toString(p.week) AS week, p.n AS n
"""
# A store from before the backfills were recorded.
_FORGET_BACKFILLS = "MATCH (s:SchemaState) DELETE s"
_COUNTERPARTS = """
MATCH (x:Actor)-[p:COUNTERPART]->(y:Actor)
RETURN x.id AS x, y.id AS y, p.n AS n, p.from_rank AS from_rank, p.to_rank AS to_rank
"""


def _stored(driver: Driver, database: str) -> dict[str, dict[str, Any]]:
    """The stored tallies, keyed as `_recount` keys them, zeros left out."""
    counts: dict[str, list[int]] = {}
    pairs: dict[str, int] = {}
    days: dict[str, list[int]] = {}
    records, _, _ = driver.execute_query(_DAYS, database_=database)
    for t in records:
        assert t["id"] == t["day"]
        for event_type, n, n_hypothetical in zip(
            COUNTED_TYPES, t["n"], t["n_hypothetical"], strict=True
        ):
            if n or n_hypothetical:
                days[f"{t['day']}|{event_type}"] = [n, n_hypothetical]
    records, _, _ = driver.execute_query(_ACTOR_DAYS, database_=database)
    for d in records:
        assert d["id"].endswith("|" + d["day"])
        for event_type, n, n_hypothetical in zip(
            COUNTED_TYPES, d["n"], d["n_hypothetical"], strict=True
        ):
            if n or n_hypothetical:
                counts[f"{d['id']}|{event_type}"] = [n, n_hypothetical]
        for pair, n in zip(d["pairs"], d["pair_n"], strict=True):
            if n:
                pairs[f"{d['id']}|{pair}"] = n
    weeks: dict[str, int] = {}
    records, _, _ = driver.execute_query(_ACTOR_WEEKS, database_=database)
    for w in records:
        assert w["id"].endswith("|" + w["week"])
        assert date.fromisoformat(w["week"]).weekday() == 0
        for event_type, n in zip(COUNTED_TYPES, w["n"], strict=True):
            if n:
                weeks[f"{w['id']}|{event_type}"] = n
    records, _, _ = driver.execute_query(_PAIR_WEEKS, database_=database)
    pair_weeks = {}
    for p in records:
        assert p["id"].endswith("|" + p["week"])
        pair_weeks[p["id"]] = p["n"]
    records, _, _ = driver.execute_query(_COUNTERPARTS, database_=database)
    counterparts = {}
    for p in records:
        # Each end's rank key follows the count, zero or not (the profile reads them).
        assert (p["from_rank"], p["to_rank"]) == (
            counterpart_rank(p["x"], p["n"], p["y"]),
            counterpart_rank(p["y"], p["n"], p["x"]),
        )
        if p["n"]:
            counterparts[f"{p['x']}|{p['y']}"] = p["n"]
    return {
        "daily counts": counts,
        "daily pairs": pairs,
        "counterparts": counterparts,
        "all events by day": days,
        "weekly counts": weeks,
        "weekly pairs": pair_weeks,
    }


def _recount(driver: Driver, database: str) -> dict[str, dict[str, Any]]:
    """The tallies counted afresh from the stored events."""
    counts: Counter[tuple[str, int]] = Counter()
    pairs: Counter[str] = Counter()
    counterparts: Counter[str] = Counter()
    days: Counter[tuple[str, int]] = Counter()
    weeks: Counter[str] = Counter()
    pair_weeks: Counter[str] = Counter()
    records, _, _ = driver.execute_query(_EVENTS, database_=database)
    for e in records:
        if e["negated"]:
            continue
        days[(f"{e['day']}|{e['type']}", 1 if e["hypothetical"] else 0)] += 1
        actors = sorted(e["actors"])
        for actor in actors:
            counts[(f"{actor}|{e['day']}|{e['type']}", 1 if e["hypothetical"] else 0)] += 1
        if e["hypothetical"]:
            continue
        day = date.fromisoformat(e["day"])
        monday = (day - timedelta(days=day.weekday())).isoformat()
        for actor in actors:
            weeks[f"{actor}|{monday}|{e['type']}"] += 1
        for i, x in enumerate(actors):
            for y in actors[i + 1 :]:
                counterparts[f"{x}|{y}"] += 1
                pair_weeks[f"{x}|{y}|{monday}"] += 1
                for center in actors:
                    pairs[f"{center}|{e['day']}|{x}|{y}|{e['quad_class']}"] += 1
    ids = {key for key, _ in counts}
    return {
        "daily counts": {key: [counts[(key, 0)], counts[(key, 1)]] for key in ids},
        "daily pairs": dict(pairs),
        "counterparts": dict(counterparts),
        "all events by day": {key: [days[(key, 0)], days[(key, 1)]] for key, _ in days},
        "weekly counts": dict(weeks),
        "weekly pairs": dict(pair_weeks),
    }


def _assert_exact(driver: Driver, database: str) -> dict[str, dict[str, Any]]:
    stored = _stored(driver, database)
    assert stored == _recount(driver, database)
    return stored


def _write(driver: Driver, database: str, articles: list[ExtractedArticle], version: str) -> None:
    write_articles(driver, articles, database=database, extractor_version=version)


def _talks(article_id: str, *, hypothetical: bool = False, negated: bool = False) -> Any:
    """Russia, China and the US in one meeting, plus a sanction of Russia by the US."""
    return g.article(
        article_id,
        [
            "Envoys of Russia, China and the United States met in Vienna on Saturday.",
            "Washington said it may widen its export ban on Moscow.",
        ],
        url=f"https://wire.example/{article_id}",
        source="Example Wire",
        published=PUBLISHED,
        actors=[g.RUSSIA, g.CHINA, g.USA],
        events=[
            g.Spec(
                0,
                EventType.CONSULT,
                MAY_3,
                participants=(g.RUSSIA, g.CHINA, g.USA),
                negated=negated,
            ),
            g.Spec(1, EventType.SANCTION, MAY_4, (g.USA,), (g.RUSSIA,), hypothetical=hypothetical),
        ],
    )


def _accusation(article_id: str) -> ExtractedArticle:
    """Russia accuses NATO, and is named both as the source and as a participant."""
    return g.article(
        article_id,
        ["Moscow, joined by Beijing, accused the alliance of provocations on Friday."],
        url=f"https://daily.example/{article_id}",
        source="Example Daily",
        published=PUBLISHED,
        actors=[g.RUSSIA, g.CHINA, g.NATO],
        events=[
            g.Spec(0, EventType.ACCUSE, MAY_9, (g.RUSSIA,), (g.NATO,), (g.RUSSIA, g.CHINA)),
        ],
    )


def test_aggregates_equal_a_recount_through_rewrites(driver: Driver, database: str) -> None:
    _write(driver, database, [_talks("wire-1", hypothetical=True), _accusation("daily-1")], "v1")
    _write(driver, database, [_talks("wire-2")], "v1")
    first = _assert_exact(driver, database)
    # The sanction has a firm report and a hedged one: it counts as real, once per actor.
    assert first["daily counts"]["country:USA|2025-05-04|SANCTION"] == [1, 0]
    # The three-way meeting gives each of its actors all three pairs.
    assert first["daily pairs"]["country:USA|2025-05-03|country:CHN|country:RUS|verbal_cooperation"]
    # Russia in two roles of one accusation counts once.
    assert first["daily counts"]["country:RUS|2025-05-09|ACCUSE"] == [1, 0]
    # The day counts the sanction once, whatever its number of actors.
    assert first["all events by day"]["2025-05-04|SANCTION"] == [1, 0]

    # The same articles again: nothing moves.
    _write(driver, database, [_talks("wire-1", hypothetical=True), _talks("wire-2")], "v1")
    assert _assert_exact(driver, database) == first

    # Re-extraction: wire-2 loses its events, so the sanction is hedged only and the meeting
    # is reported by wire-1 alone; then wire-1 denies the meeting.
    _write(
        driver,
        database,
        [
            g.article(
                "wire-2",
                ["Nothing to report."],
                url=None,
                source=None,
                published=PUBLISHED,
                actors=[],
                events=[],
            )
        ],
        "v2",
    )
    hedged = _assert_exact(driver, database)
    assert hedged["daily counts"]["country:USA|2025-05-04|SANCTION"] == [0, 1]
    assert hedged["all events by day"]["2025-05-04|SANCTION"] == [0, 1]
    _write(driver, database, [_talks("wire-1", hypothetical=True, negated=True)], "v3")
    denied = _assert_exact(driver, database)
    assert not any(key.startswith("country:USA|2025-05-03|") for key in denied["daily pairs"])
    assert "country:CHN|country:USA" not in denied["counterparts"]
    # The profile passes over links whose count fell to zero.
    usa = reads.actor_profile(driver, "country:USA", database=database)
    assert usa is not None and (usa.n_events, usa.top_counterparts) == (0, [])

    # Re-extraction that drops an article's last report of an event deletes the event.
    _write(
        driver,
        database,
        [
            g.article(
                "daily-1",
                ["Quiet day."],
                url=None,
                source=None,
                published=PUBLISHED,
                actors=[],
                events=[],
            )
        ],
        "v4",
    )
    assert "country:RUS|2025-05-09|ACCUSE" not in _assert_exact(driver, database)["daily counts"]


def test_concurrent_writers_keep_the_aggregates_exact(driver: Driver, database: str) -> None:
    # Twelve articles report the same events, half of them hedged; two writers race.
    articles = [_talks(f"wire-{n}", hypothetical=n % 2 == 0) for n in range(12)]
    articles += [_accusation(f"daily-{n}") for n in range(4)]
    errors: list[BaseException] = []

    def writer(batch: list[ExtractedArticle]) -> None:
        try:
            for article in batch:
                _write(driver, database, [article], "v1")
        except BaseException as e:  # the main thread reports it
            errors.append(e)

    threads = [threading.Thread(target=writer, args=(articles[i::2],)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    stored = _assert_exact(driver, database)
    assert stored["counterparts"]["country:RUS|country:USA"] == 2  # meeting and sanction


def test_reads_answer_from_the_aggregates(driver: Driver, database: str) -> None:
    _write(driver, database, [_talks("wire-1", hypothetical=True), _accusation("daily-1")], "v1")
    counts = reads.event_counts(
        driver,
        EventFilter(actor="country:USA", date_from=MAY_3, date_to=MAY_9, include_hypothetical=True),
        database=database,
    )
    assert [(b.bucket, b.key, b.n) for b in counts] == [
        (MAY_3, "CONSULT", 1),
        (MAY_4, "SANCTION", 1),
    ]
    firm = reads.event_counts(
        driver, EventFilter(actor="country:USA", date_from=MAY_4, date_to=MAY_9), database=database
    )
    assert firm == []  # the only sanction is hedged, the meeting is outside the window
    profile = reads.actor_profile(driver, "country:RUS", database=database)
    assert profile is not None
    assert (profile.n_events, profile.first_seen, profile.last_seen) == (2, MAY_3, MAY_9)
    assert [(c.id, c.n) for c in profile.top_counterparts] == [
        ("country:CHN", 2),
        ("country:USA", 1),
        ("org:NATO", 1),
    ]
    # Russia is the greater end of one link and the lesser of two: the first `top` of both.
    top = reads.actor_profile(driver, "country:RUS", database=database, top=2)
    assert top is not None
    assert [(c.id, c.n) for c in top.top_counterparts] == [("country:CHN", 2), ("country:USA", 1)]
    network = reads.actor_network(driver, "country:RUS", database=database, date_to=MAY_4)
    assert network is not None
    assert sorted((e.source, e.target, e.weight) for e in network.edges) == [
        ("country:CHN", "country:RUS", 1),
        ("country:CHN", "country:USA", 1),
        ("country:RUS", "country:USA", 1),
    ]


def test_schema_backfills_the_aggregates_of_an_older_store(driver: Driver, database: str) -> None:
    _write(driver, database, [_talks("wire-1", hypothetical=True), _talks("wire-2")], "v1")
    _write(driver, database, [_accusation("daily-1")], "v1")
    written = _assert_exact(driver, database)
    # A store from before the aggregates: no tallies, no event knows what it counts as.
    with driver.session(database=database) as session:
        session.run(_FORGET_BACKFILLS).consume()
        session.run("MATCH (d:ActorDay) DELETE d").consume()
        session.run("MATCH (t:Day) DELETE t").consume()
        session.run("MATCH ()-[p:COUNTERPART]->() DELETE p").consume()
        session.run("MATCH (w:ActorWeek|PairWeek) DELETE w").consume()
        session.run(
            "MATCH (e:Event) REMOVE e.counted_as, e.day_counted_as, e.week_counted_as"
        ).consume()
    assert _stored(driver, database) == {
        "daily counts": {},
        "daily pairs": {},
        "counterparts": {},
        "all events by day": {},
        "weekly counts": {},
        "weekly pairs": {},
    }
    apply_schema(driver, database=database)
    assert _assert_exact(driver, database) == written
    apply_schema(driver, database=database)  # a second time finds nothing to fold
    assert _assert_exact(driver, database) == written


def test_schema_backfills_the_day_tallies_of_a_store_with_actor_tallies(
    driver: Driver, database: str
) -> None:
    _write(driver, database, [_talks("wire-1", hypothetical=True), _accusation("daily-1")], "v1")
    written = _assert_exact(driver, database)
    # A store from before the day tallies: its actors' tallies are kept as they are.
    with driver.session(database=database) as session:
        session.run(_FORGET_BACKFILLS).consume()
        session.run("MATCH (t:Day) DELETE t").consume()
        session.run("MATCH (e:Event) REMOVE e.day_counted_as").consume()
    assert _stored(driver, database)["all events by day"] == {}
    apply_schema(driver, database=database)
    assert _assert_exact(driver, database) == written


def test_schema_backfills_the_weekly_tallies_of_a_store_with_day_tallies(
    driver: Driver, database: str
) -> None:
    _write(driver, database, [_talks("wire-1"), _accusation("daily-1")], "v1")
    written = _assert_exact(driver, database)
    assert written["weekly counts"] and written["weekly pairs"]
    # A store from before the weekly tallies: its other tallies are kept as they are.
    with driver.session(database=database) as session:
        session.run(_FORGET_BACKFILLS).consume()
        session.run("MATCH (w:ActorWeek|PairWeek) DELETE w").consume()
        session.run("MATCH (e:Event) REMOVE e.week_counted_as").consume()
    assert _stored(driver, database)["weekly counts"] == {}
    apply_schema(driver, database=database)
    assert _assert_exact(driver, database) == written


def test_schema_backfills_the_rank_keys_of_counterparts(driver: Driver, database: str) -> None:
    _write(driver, database, [_talks("wire-1"), _accusation("daily-1")], "v1")
    written = _assert_exact(driver, database)
    # A store from before the rank keys: its links hold counts only.
    with driver.session(database=database) as session:
        session.run(_FORGET_BACKFILLS).consume()
        session.run("MATCH ()-[p:COUNTERPART]->() REMOVE p.from_rank, p.to_rank").consume()
    profile = reads.actor_profile(driver, "country:RUS", database=database)
    assert profile is not None and profile.top_counterparts == []
    apply_schema(driver, database=database)
    assert _assert_exact(driver, database) == written
    profile = reads.actor_profile(driver, "country:RUS", database=database)
    assert profile is not None
    assert [(c.id, c.n) for c in profile.top_counterparts] == [
        ("country:CHN", 2),  # the meeting and the accusation
        ("country:USA", 2),  # the meeting and the sanction
        ("org:NATO", 1),
    ]


def test_schema_runs_each_backfill_once_per_store(driver: Driver, database: str) -> None:
    _write(driver, database, [_talks("wire-1"), _accusation("daily-1")], "v1")
    apply_schema(driver, database=database)
    records, _, _ = driver.execute_query(
        "MATCH (s:SchemaState) RETURN s.backfilled AS done", database_=database
    )
    assert [sorted(r["done"]) for r in records] == [sorted(BACKFILLS)]
    unranked = "MATCH ()-[p:COUNTERPART]->() WHERE p.from_rank IS NULL RETURN count(p) AS n"
    records, _, _ = driver.execute_query(
        "MATCH ()-[p:COUNTERPART]->() REMOVE p.from_rank, p.to_rank RETURN count(p) AS n",
        database_=database,
    )
    links = records[0]["n"]
    assert links > 0
    # A store that has had every backfill is not scanned again at start-up.
    apply_schema(driver, database=database)
    records, _, _ = driver.execute_query(unranked, database_=database)
    assert records[0]["n"] == links
    # A backfill it has not had yet (one added by a later version) runs, alone.
    driver.execute_query(
        "MATCH (s:SchemaState) SET s.backfilled = ['timeline_keys', 'aggregates']",
        database_=database,
    )
    apply_schema(driver, database=database)
    records, _, _ = driver.execute_query(unranked, database_=database)
    assert records[0]["n"] == 0
    records, _, _ = driver.execute_query(
        "MATCH (s:SchemaState) RETURN s.backfilled AS done", database_=database
    )
    assert [sorted(r["done"]) for r in records] == [sorted(BACKFILLS)]


def test_weekly_counts_add_up_whole_weeks_and_partial_ones(driver: Driver, database: str) -> None:
    # The sanction is hedged: the whole weeks hold real events only, so with hypothetical
    # events the days are added up.
    _write(driver, database, [_talks("wire-1", hypothetical=True), _accusation("daily-1")], "v1")
    records, _, _ = driver.execute_query(_EVENTS, database_=database)
    windows = [
        (date(2025, 4, 28), date(2025, 5, 11)),  # two whole weeks (Monday to Sunday)
        (MAY_4, MAY_9),  # a Sunday, then a partial week
        (date(2025, 5, 1), date(2025, 5, 18)),  # partial weeks at both ends, one whole
        (MAY_3, MAY_3),
    ]
    for (date_from, date_to), hypothetical in [(w, h) for w in windows for h in (False, True)]:
        expected: Counter[tuple[date, str]] = Counter()
        for e in records:
            day = date.fromisoformat(e["day"])
            if (
                "country:RUS" in e["actors"]
                and date_from <= day <= date_to
                and not e["negated"]
                and (hypothetical or not e["hypothetical"])
            ):
                expected[(day - timedelta(days=day.weekday()), e["type"])] += 1
        counts = reads.event_counts(
            driver,
            EventFilter(
                actor="country:RUS",
                date_from=date_from,
                date_to=date_to,
                include_hypothetical=hypothetical,
            ),
            database=database,
            interval="week",
        )
        assert {(b.bucket, b.key): b.n for b in counts} == expected


def test_the_overview_adds_up_whole_weeks_and_partial_ones(driver: Driver, database: str) -> None:
    _write(driver, database, [_talks("wire-1"), _accusation("daily-1")], "v1")
    records, _, _ = driver.execute_query(_EVENTS, database_=database)
    real = [e for e in records if not e["negated"] and not e["hypothetical"]]
    periods = [
        (date(2025, 4, 28), date(2025, 5, 11)),  # two whole weeks (Monday to Sunday)
        (MAY_4, MAY_9),  # a Sunday, then a partial week
        (MAY_3, MAY_3),
        (date(2025, 5, 5), date(2025, 5, 18)),  # the period before ends on a Sunday
        (date(2025, 4, 30), date(2025, 5, 14)),  # partial weeks at both ends, and before
    ]
    for date_from, date_to in periods:
        o = reads.home_overview(
            driver, database=database, date_from=date_from, date_to=date_to, limit=100
        )
        n: Counter[tuple[str, str]] = Counter()
        previous: Counter[tuple[str, str]] = Counter()
        dyads: Counter[tuple[str, str]] = Counter()
        for e in real:
            day = date.fromisoformat(e["day"])
            actors = sorted(e["actors"])
            if date_from <= day <= date_to:
                for x in actors:
                    n[(x, e["quad_class"])] += 1
                dyads.update((x, y) for i, x in enumerate(actors) for y in actors[i + 1 :])
            elif o.previous_from <= day < date_from:
                for x in actors:
                    previous[(x, e["quad_class"])] += 1
        keys = set(n) | set(previous)
        assert sorted((c.actor.id, c.quad_class, c.n, c.previous) for c in o.changes) == sorted(
            (x, q, n[(x, q)], previous[(x, q)]) for x, q in keys
        )
        totals = {x for x, _ in n}
        assert sorted((a.actor.id, a.n, a.previous) for a in o.actors) == sorted(
            (
                x,
                sum(k for (y, _), k in n.items() if y == x),
                sum(k for (y, _), k in previous.items() if y == x),
            )
            for x in totals
        )
        assert sorted((d.a.id, d.b.id, d.n) for d in o.dyads) == sorted(
            (x, y, k) for (x, y), k in dyads.items()
        )
