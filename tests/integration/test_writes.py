"""Batched writes on a real Neo4j: idempotence, merging, re-extraction, concurrency, rollback."""

import random
import threading
from datetime import UTC, date, datetime
from typing import Any

import pytest
from neo4j import Driver

from graph.errors import WriteFailed
from graph.models import Actor, ActorKind, EventType, ExtractedArticle
from graph.schema import apply_schema
from graph.writes import event_key, known_articles, write_articles
from tests.integration import graphdata as g

LATER = datetime(2025, 8, 1, tzinfo=UTC)
# Properties a repeated write may change: when the article was last seen.
LAST_SEEN = {"last_seen_at"}


def _count(driver: Driver, database: str, pattern: str) -> int:
    records, _, _ = driver.execute_query(
        f"MATCH {pattern} RETURN count(*) AS n", database_=database
    )
    return int(records[0]["n"])


def _snapshot(driver: Driver, database: str) -> tuple[list[Any], list[Any]]:
    """Every node and relationship with its properties, in a stable order."""
    nodes, _, _ = driver.execute_query(
        "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", database_=database
    )
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, properties(r) AS props, b.id AS b",
        database_=database,
    )

    def clean(props: dict[str, Any]) -> list[tuple[str, str]]:
        return sorted((k, repr(v)) for k, v in props.items() if k not in LAST_SEEN)

    return (
        sorted((r["labels"], clean(r["props"])) for r in nodes),
        sorted((r["a"], r["type"], clean(r["props"]), r["b"]) for r in rels),
    )


def _event(driver: Driver, database: str, event_id: str) -> dict[str, Any] | None:
    records, _, _ = driver.execute_query(
        "MATCH (e:Event {id: $id}) RETURN properties(e) AS props", id=event_id, database_=database
    )
    return dict(records[0]["props"]) if records else None


def _write(driver: Driver, database: str, articles: list[ExtractedArticle], **kw: Any) -> Any:
    kw.setdefault("extractor_version", g.EXTRACTOR_VERSION)
    kw.setdefault("ingested_at", g.INGESTED_AT)
    return write_articles(driver, articles, database=database, **kw)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("(:Article)", 8),
        ("(:Source)", 4),
        ("(:Event)", 10),
        ("(:Actor)", 8),
        ("()-[:PUBLISHED]->()", 7),
        ("()-[:REPORTS]->()", 13),
        ("()-[:MENTIONS]->()", 23),
        ("()-[:INVOLVES]->()", 19),
        ("()-[:BASED_IN]->()", 3),
    ],
)
def test_the_hand_built_graph_has_the_expected_shape(
    small_graph: Driver, database: str, pattern: str, expected: int
) -> None:
    assert _count(small_graph, database, pattern) == expected


def test_writing_the_same_articles_again_changes_nothing(driver: Driver, database: str) -> None:
    _write(driver, database, g.ARTICLES)
    before = _snapshot(driver, database)
    summary = _write(driver, database, g.ARTICLES, ingested_at=LATER)
    assert (summary.nodes_created, summary.nodes_deleted) == (0, 0)
    assert _snapshot(driver, database) == before


def test_batching_does_not_change_the_result(driver: Driver, database: str) -> None:
    _write(driver, database, g.ARTICLES)
    together = _snapshot(driver, database)
    driver.execute_query("MATCH (n) DETACH DELETE n", database_=database)
    for article in reversed(g.ARTICLES):
        _write(driver, database, [article])
    assert _snapshot(driver, database) == together


def test_an_event_reported_by_many_articles_is_one_event(
    small_graph: Driver, database: str
) -> None:
    talks = _event(small_graph, database, event_key(g.REUTERS_1.events[0]))
    assert talks is not None
    assert (talks["n_articles"], talks["n_sources"]) == (3, 2)  # two Reuters articles, one TASS
    assert talks["summary"] == g.REUTERS_1.events[0].sentence  # the most confident report
    assert talks["first_reported_at"].to_native() == datetime(2025, 5, 8, 9, 30, tzinfo=UTC)
    assert talks["last_reported_at"].to_native() == datetime(2025, 5, 9, 9, 30, tzinfo=UTC)
    assert talks["date"].to_native() == date(2025, 5, 8)
    assert talks["hypothetical"] is False
    sanctions = _event(small_graph, database, event_key(g.AP_1.events[0]))
    assert sanctions is not None
    assert (sanctions["n_articles"], sanctions["n_sources"]) == (2, 2)


def test_an_event_is_hypothetical_only_while_every_report_is(
    small_graph: Driver, database: str
) -> None:
    key = event_key(g.AP_1.events[1])
    assert _event(small_graph, database, key)["hypothetical"] is True  # type: ignore[index]
    confirmed = g.article(
        "ap-3",
        ["The United States imposed sanctions on China on Thursday."],
        url="https://apnews.com/article/us-sanctions-china",
        source="AP",
        published=datetime(2025, 5, 16, tzinfo=UTC),
        actors=[g.USA, g.CHINA],
        events=[g.Spec(0, EventType.SANCTION, date(2025, 5, 15), (g.USA,), (g.CHINA,))],
    )
    _write(small_graph, database, [confirmed])
    event = _event(small_graph, database, key)
    assert event is not None
    assert (event["hypothetical"], event["n_articles"], event["n_sources"]) == (False, 2, 1)


def test_reextraction_replaces_the_articles_reports_and_mentions(
    small_graph: Driver, database: str
) -> None:
    # The new extractor no longer sees the talks in TASS's article and reads the
    # accusation as a threat.
    tass = g.article(
        "tass-1",
        ["A day earlier Moscow threatened NATO over provocations near its borders."],
        url=g.TASS_1.url,
        source="TASS",
        published=g.TASS_1.published_at,
        actors=[g.RUSSIA, g.NATO],
        events=[g.Spec(0, EventType.THREATEN, date(2025, 5, 7), (g.RUSSIA,), (g.NATO,))],
    )
    _write(small_graph, database, [tass], extractor_version="test-2", ingested_at=LATER)
    talks = _event(small_graph, database, event_key(g.REUTERS_1.events[0]))
    assert talks is not None
    assert (talks["n_articles"], talks["n_sources"]) == (2, 1)
    assert _event(small_graph, database, event_key(g.TASS_1.events[1])) is None  # ACCUSE gone
    assert _event(small_graph, database, event_key(tass.events[0])) is not None
    assert _count(small_graph, database, "(:Article {id: 'tass-1'})-[:MENTIONS]->()") == 2
    assert _count(small_graph, database, "(:Article {id: 'tass-1'})-[:REPORTS]->()") == 1
    assert _count(small_graph, database, "(:Event)") == 10  # one gone, one new
    records, _, _ = small_graph.execute_query(
        "MATCH (a:Article {id: 'tass-1'}) RETURN a.ingested_at AS at", database_=database
    )
    assert records[0]["at"].to_native() == LATER


def test_reports_written_before_their_source_key_get_it_at_start_up(
    small_graph: Driver, database: str
) -> None:
    def keys() -> dict[str, set[str]]:
        records, _, _ = small_graph.execute_query(
            "MATCH (a:Article)-[r:REPORTS]->() RETURN a.id AS id, r.source_key AS key",
            database_=database,
        )
        found: dict[str, set[str]] = {}
        for r in records:
            found.setdefault(r["id"], set()).add(r["key"])
        return found

    written = keys()
    assert written["reuters-1"] == {"reuters.com"}
    assert written["blog-1"] == {"article:blog-1"}  # no URL, no source: its own source
    with small_graph.session(database=database) as session:
        session.run("MATCH (s:SchemaState) DELETE s").consume()
        session.run("MATCH ()-[r:REPORTS]->() REMOVE r.source_key").consume()
    apply_schema(small_graph, database=database)
    assert keys() == written
    _write(small_graph, database, [g.TASS_1], ingested_at=LATER)  # recounts the talks
    talks = _event(small_graph, database, event_key(g.REUTERS_1.events[0]))
    assert (talks["n_articles"], talks["n_sources"]) == (3, 2)  # type: ignore[index]


def test_known_articles_tells_which_ids_this_extractor_stored(
    small_graph: Driver, database: str
) -> None:
    ids = ["reuters-1", "tass-1", "never-seen"]
    assert known_articles(small_graph, ids, database=database, extractor_version="test-1") == {
        "reuters-1",
        "tass-1",
    }
    assert known_articles(small_graph, ids, database=database, extractor_version="test-2") == set()


def test_a_failing_batch_is_rolled_back_whole(small_graph: Driver, database: str) -> None:
    before = _snapshot(small_graph, database)
    # An id too large for the uniqueness index fails the batch after articles were written.
    huge = Actor(id="person:" + "x" * 40_000, name="Huge", kind=ActorKind.PERSON)
    bad = g.article(
        "bad-1",
        ["Huge praised NATO."],
        url="https://example.org/bad",
        source="Example",
        published=None,
        actors=[huge, g.NATO],
        events=[g.Spec(0, EventType.SUPPORT, date(2025, 6, 1), (huge,), (g.NATO,))],
    )
    reextracted = g.REUTERS_1.model_copy(update={"events": []})
    with pytest.raises(WriteFailed) as failed:
        _write(small_graph, database, [reextracted, bad], extractor_version="test-2")
    assert failed.value.article_ids == ["bad-1", "reuters-1"]
    assert _snapshot(small_graph, database) == before


def test_an_event_naming_an_unlisted_actor_fails_the_batch(driver: Driver, database: str) -> None:
    orphan = g.REUTERS_1.model_copy(update={"actors": [g.PUTIN]})
    with pytest.raises(WriteFailed, match="does not list") as failed:
        _write(driver, database, [g.TASS_1, orphan])
    assert failed.value.article_ids == ["reuters-1", "tass-1"]
    assert _count(driver, database, "(n)") == 0


def _synthetic_articles(seed: int, n: int) -> list[ExtractedArticle]:
    """Articles over a few shared actors and days, so writers collide on actors and events."""
    rng = random.Random(seed)
    actors = [g.RUSSIA, g.CHINA, g.USA, g.UKRAINE, g.XI, g.PUTIN, g.TRUMP, g.NATO]
    types = [EventType.CONSULT, EventType.ACCUSE, EventType.AID]
    out = []
    for i in range(n):
        a, b = rng.sample(actors, 2)
        specs = [
            g.Spec(0, rng.choice(types), date(2025, 5, rng.randint(1, 3)), (a,), (b,))
            for _ in range(3)
        ]
        out.append(
            g.article(
                f"w{seed}-{i}",
                [f"{a.name} and {b.name} again."],
                url=f"https://site{rng.randint(1, 3)}.example/{seed}/{i}",
                source=None,
                published=datetime(2025, 5, 4, tzinfo=UTC),
                actors=[a, b],
                events=specs,
            )
        )
    return out


def test_concurrent_writers_on_overlapping_actors_make_no_duplicates(
    driver: Driver, database: str
) -> None:
    batches = {seed: _synthetic_articles(seed, 120) for seed in (1, 2)}
    errors: list[BaseException] = []

    def writer(articles: list[ExtractedArticle]) -> None:
        try:
            for start in range(0, len(articles), 10):
                _write(driver, database, articles[start : start + 10])
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=writer, args=(b,)) for b in batches.values()]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    everything = [a for b in batches.values() for a in b]
    reporters: dict[str, set[str]] = {}
    sites: dict[str, set[str]] = {}
    for article in everything:
        for event in article.events:
            reporters.setdefault(event_key(event), set()).add(article.id)
            sites.setdefault(event_key(event), set()).add(article.url.split("/")[2])  # type: ignore[union-attr]
    records, _, _ = driver.execute_query(
        "MATCH (e:Event) RETURN e.id AS id, e.n_articles AS n, e.n_sources AS s",
        database_=database,
    )
    stored = {r["id"]: (r["n"], r["s"]) for r in records}
    assert stored == {k: (len(v), len(sites[k])) for k, v in reporters.items()}
    assert _count(driver, database, "(:Actor)") == 8
    assert _count(driver, database, "(:Source)") == 3
    assert _count(driver, database, "(:Article)") == len(everything)


def test_reextraction_with_merged_ids_leaves_no_actor_without_events(
    driver: Driver, database: str
) -> None:
    # The first extractor split one man over two ids and stored a bystander; the second,
    # with a better dictionary, knows both names as one person and codes no bystander.
    obama = Actor(id="person:obama", name="Obama", kind=ActorKind.PERSON)
    barack = Actor(id="person:barack-obama", name="Barack Obama", kind=ActorKind.PERSON)
    bystander = Actor(id="person:ines-vidal", name="Ines Vidal", kind=ActorKind.PERSON)
    sentences = ["Barack Obama met Xi Jinping on Monday.", "Obama thanked Vladimir Putin."]
    day = date(2014, 11, 10)

    def extracted(actors: list[Actor], first: Actor, second: Actor) -> ExtractedArticle:
        return g.article(
            "merge-1",
            sentences,
            url="https://example.org/merge-1",
            source="Example",
            published=datetime(2014, 11, 11, tzinfo=UTC),
            actors=actors,
            events=[
                g.Spec(0, EventType.CONSULT, day, participants=(first, g.XI)),
                g.Spec(1, EventType.SUPPORT, day, (second,), (g.PUTIN,)),
            ],
        )

    split = extracted([barack, obama, bystander, g.XI, g.PUTIN], barack, obama)
    _write(driver, database, [split], extractor_version="test-1")
    assert _count(driver, database, "(:Actor {id: 'person:obama'})") == 1
    assert _count(driver, database, "(:Actor {id: 'person:ines-vidal'})") == 0  # no events
    merged = extracted([barack, g.XI, g.PUTIN], barack, barack)
    _write(driver, database, [merged], extractor_version="test-2", ingested_at=LATER)
    unheld = "(x:Actor) WHERE NOT (x)<-[:INVOLVES]-(:Event) AND NOT (x)<-[:BASED_IN]-(:Actor)"
    assert _count(driver, database, unheld) == 0  # countries stay for their people
    assert _count(driver, database, "(:Actor {id: 'person:obama'})") == 0
    assert _count(driver, database, "(:Actor {kind: 'person'})") == 3
    assert (
        _count(driver, database, "(:Article)-[:MENTIONS]->(:Actor {id: 'person:barack-obama'})")
        == 1
    )


def test_an_undated_event_is_not_stored(driver: Driver, database: str) -> None:
    # No publication date and no date in the text: the act is coded but has no timeline place.
    envoy = Actor(id="person:lena-hart", name="Lena Hart", kind=ActorKind.PERSON)
    written = g.article(
        "undated-1",
        ["Moscow threatened NATO again.", "Lena Hart praised Vladimir Putin."],
        url="https://example.org/undated-1",
        source="Example",
        published=None,
        actors=[g.RUSSIA, g.NATO, envoy, g.PUTIN],
        events=[g.Spec(0, EventType.THREATEN, date(2025, 5, 7), (g.RUSSIA,), (g.NATO,))],
    )
    undated = written.events[0].model_copy(
        update={
            "id": "undated-1#2",
            "type": EventType.SUPPORT,
            "quad_class": "verbal_cooperation",
            "date": None,
            "date_precision": None,
            "date_source": None,
            "source": [envoy.id],
            "target": [g.PUTIN.id],
        }
    )
    summary = _write(
        driver, database, [written.model_copy(update={"events": [*written.events, undated]})]
    )
    assert (summary.reports, summary.events) == (1, 1)
    assert _count(driver, database, "(:Event {type: 'SUPPORT'})") == 0
    assert _count(driver, database, "(:Actor {id: 'person:lena-hart'})") == 0
    assert _count(driver, database, "(:Article {id: 'undated-1'})-[:REPORTS]->()") == 1


def test_an_article_listing_an_actor_or_a_report_twice_stores_each_once(
    driver: Driver, database: str
) -> None:
    # A reader that repeats itself: the same actor twice, the same extracted event twice
    # (same report id), and a second event of another article on the same act.
    written = g.article(
        "twice-1",
        ["Beijing and Moscow held talks on energy on Tuesday."],
        url="https://example.org/twice-1",
        source="Example",
        published=datetime(2025, 6, 4, tzinfo=UTC),
        actors=[g.CHINA, g.RUSSIA.model_copy(update={"mentions": 4}), g.RUSSIA],
        events=[g.Spec(0, EventType.CONSULT, date(2025, 6, 3), participants=(g.CHINA, g.RUSSIA))],
    )
    repeated = written.events[0].model_copy(update={"confidence": 0.9})
    twice = written.model_copy(update={"events": [*written.events, repeated]})
    other = g.article(
        "twice-2",
        ["Russia and China met for energy talks on Tuesday."],
        url="https://example.org/twice-2",
        source="Other",
        published=datetime(2025, 6, 4, tzinfo=UTC),
        actors=[g.CHINA, g.RUSSIA],
        events=[g.Spec(0, EventType.CONSULT, date(2025, 6, 3), participants=(g.RUSSIA, g.CHINA))],
    )
    summary = _write(driver, database, [twice, other])
    assert (summary.reports, summary.events) == (2, 1)
    _write(driver, database, [twice], ingested_at=LATER)  # the event's actors are stored
    assert _count(driver, database, "(:Article {id: 'twice-1'})-[:MENTIONS]->()") == 2
    assert _count(driver, database, "(:Event)-[:INVOLVES]->()") == 2
    records, _, _ = driver.execute_query(
        "MATCH (a:Article {id: 'twice-1'})-[r:REPORTS]->() RETURN r.confidence AS c",
        database_=database,
    )
    assert [r["c"] for r in records] == [0.9]  # the last copy wins
    records, _, _ = driver.execute_query(
        "MATCH (:Article {id: 'twice-1'})-[m:MENTIONS]->({id: $id}) RETURN m.count AS n",
        id=g.RUSSIA.id,
        database_=database,
    )
    assert [r["n"] for r in records] == [g.RUSSIA.mentions]
    assert _event(driver, database, event_key(written.events[0]))["n_articles"] == 2  # type: ignore[index]


@pytest.mark.parametrize(
    ("code", "name"),
    [("SUN", "USSR"), ("XKX", "Kosovo")],  # a state of the past; a code with no ISO record
)
def test_a_state_seen_only_through_its_people_has_a_name(
    driver: Driver, database: str, code: str, name: str
) -> None:
    # The country actor is first written as the country of a man it does not name itself.
    envoy = Actor(id="person:pavel-orlov", name="Pavel Orlov", kind=ActorKind.PERSON, country=code)
    visit = g.article(
        f"envoy-{code}",
        ["Pavel Orlov met Xi Jinping in Beijing."],
        url=f"https://example.org/envoy-{code}",
        source="Example",
        published=datetime(1989, 5, 17, tzinfo=UTC),
        actors=[envoy, g.XI],
        events=[g.Spec(0, EventType.CONSULT, date(1989, 5, 16), participants=(envoy, g.XI))],
    )
    _write(driver, database, [visit])
    records, _, _ = driver.execute_query(
        "MATCH (:Actor {id: 'person:pavel-orlov'})-[:BASED_IN]->(c) RETURN c.name AS name",
        database_=database,
    )
    assert [r["name"] for r in records] == [name]


def test_an_actor_is_based_in_the_country_its_latest_write_gives(
    driver: Driver, database: str
) -> None:
    def written(country: str, n: int) -> ExtractedArticle:
        coach = Actor(
            id="person:ines-vidal", name="Ines Vidal", kind=ActorKind.PERSON, country=country
        )
        return g.article(
            f"coach-{n}",
            ["Ines Vidal praised Vladimir Putin."],
            url=f"https://example.org/coach-{n}",
            source="Example",
            published=datetime(2025, 3, n, tzinfo=UTC),
            actors=[coach, g.PUTIN],
            events=[g.Spec(0, EventType.SUPPORT, date(2025, 3, n), (coach,), (g.PUTIN,))],
        )

    def based_in() -> list[str]:
        records, _, _ = driver.execute_query(
            "MATCH (:Actor {id: 'person:ines-vidal'})-[:BASED_IN]->(c) RETURN c.id AS id",
            database_=database,
        )
        return [r["id"] for r in records]

    for n, country in enumerate(["ESP", "ESP", "PRT", "ESP"], start=1):
        _write(driver, database, [written(country, n)])
        assert based_in() == [f"country:{country}"]
