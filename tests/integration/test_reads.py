"""Every read on the hand-built graph of graphdata.py, with answers worked out by hand."""

import dataclasses
from datetime import UTC, date, datetime
from typing import Any

import pytest
from neo4j import Driver

from graph import reads
from graph.filters import EventFilter
from graph.models import ActorKind, EventType, QuadClass
from graph.schema import apply_schema, timeline_key
from graph.views import Cursor, EventPage
from graph.writes import event_key, write_articles
from tests.integration import graphdata as g

HYPOTHETICAL_TOO = EventFilter(include_hypothetical=True)
RUS, CHN, USA, UKR = "country:RUS", "country:CHN", "country:USA", "country:UKR"
XI, PUTIN, TRUMP, NATO = (
    "person:xi-jinping",
    "person:vladimir-putin",
    "person:donald-trump",
    "org:NATO",
)


def _types(page: EventPage) -> list[str]:
    return [e.type.value for e in page.items]


def _with_filters(kwargs: dict[str, Any]) -> dict[str, Any]:
    """A read's keyword arguments with its event filters gathered into one EventFilter."""
    fields = {f.name for f in dataclasses.fields(EventFilter)}
    rest = {k: v for k, v in kwargs.items() if k not in fields}
    return {**rest, "filters": EventFilter(**{k: v for k, v in kwargs.items() if k in fields})}


@pytest.mark.parametrize(
    ("actor", "kwargs", "expected"),
    [
        (RUS, {}, ["ASSAULT", "SANCTION", "AGREE", "ACCUSE"]),
        (RUS, {"role": "source"}, ["ASSAULT", "ACCUSE"]),
        (RUS, {"role": "target"}, ["SANCTION"]),
        (RUS, {"role": "participant"}, ["AGREE"]),
        (RUS, {"types": [EventType.SANCTION, EventType.ACCUSE]}, ["SANCTION", "ACCUSE"]),
        (RUS, {"quad_classes": [QuadClass.MATERIAL_CONFLICT]}, ["ASSAULT", "SANCTION"]),
        (RUS, {"date_from": date(2025, 5, 8), "date_to": date(2025, 5, 31)}, ["SANCTION", "AGREE"]),
        (USA, {}, ["REJECT", "AID", "SANCTION"]),  # the hypothetical sanction on China is out
        (NATO, {}, ["ACCUSE"]),  # the denied mobilisation is out
        (NATO, {"include_negated": True}, ["MOBILIZE", "ACCUSE"]),
        (XI, {}, ["CONSULT", "CONSULT"]),
        ("person:nobody", {}, []),
    ],
)
def test_actor_timeline(
    small_graph: Driver, database: str, actor: str, kwargs: Any, expected: list[str]
) -> None:
    page = reads.actor_timeline(small_graph, actor, database=database, **_with_filters(kwargs))
    assert _types(page) == expected
    assert page.next_after is None


def test_actor_timeline_pages_by_keyset(small_graph: Driver, database: str) -> None:
    first = reads.actor_timeline(small_graph, RUS, database=database, limit=2)
    assert _types(first) == ["ASSAULT", "SANCTION"]
    assert first.next_after == Cursor(date=date(2025, 5, 15), id=first.items[1].id)
    second = reads.actor_timeline(
        small_graph, RUS, database=database, limit=2, after=first.next_after
    )
    assert _types(second) == ["AGREE", "ACCUSE"]
    assert second.next_after is None


def _timeline_keys(driver: Driver, database: str) -> list[tuple[str, Any, str, str | None]]:
    records, _, _ = driver.execute_query(
        "MATCH (e:Event)-[i:INVOLVES]->(x:Actor) "
        "RETURN x.id AS actor, e.date AS day, e.id AS event, i.timeline_key AS key "
        "ORDER BY actor, event, i.role",
        database_=database,
    )
    return [(r["actor"], r["day"].to_native(), r["event"], r["key"]) for r in records]


def test_every_involvement_has_its_timeline_key(small_graph: Driver, database: str) -> None:
    rows = _timeline_keys(small_graph, database)
    assert rows
    assert [key for _, _, _, key in rows] == [
        timeline_key(actor, day, event) for actor, day, event, _ in rows
    ]
    # Stores written before the key existed get the same keys when the schema is applied.
    small_graph.execute_query("MATCH ()-[i:INVOLVES]->() REMOVE i.timeline_key", database_=database)
    apply_schema(small_graph, database=database)
    assert _timeline_keys(small_graph, database) == rows


def test_timeline_pages_keep_date_then_id_order(small_graph: Driver, database: str) -> None:
    records, _, _ = small_graph.execute_query(
        "MATCH (x:Actor)<-[:INVOLVES]-(e:Event) WHERE NOT e.hypothetical AND NOT e.negated "
        "WITH x, e ORDER BY e.date DESC, e.id "
        "RETURN x.id AS actor, collect(DISTINCT e.id) AS events ORDER BY actor",
        database_=database,
    )
    assert records
    for record in records:
        seen: list[str] = []
        after = None
        while True:  # one event a page: every step goes through the cursor's key bound
            page = reads.actor_timeline(
                small_graph, record["actor"], database=database, limit=1, after=after
            )
            seen += [e.id for e in page.items]
            if page.next_after is None:
                break
            after = page.next_after
        assert seen == record["events"], record["actor"]


def test_timeline_events_carry_their_actors_and_aggregates(
    small_graph: Driver, database: str
) -> None:
    page = reads.actor_timeline(small_graph, PUTIN, database=database)
    [talks] = page.items
    assert talks.id == event_key(g.REUTERS_1.events[0])
    assert (talks.n_articles, talks.n_sources, talks.date) == (3, 2, date(2025, 5, 8))
    assert [a.id for a in talks.participants] == [PUTIN, XI]
    assert talks.source == talks.target == []
    assert talks.participants[0].name == "Vladimir Putin"


@pytest.mark.parametrize(
    ("a", "b", "kwargs", "expected"),
    [
        (USA, RUS, {}, ["SANCTION"]),
        (RUS, USA, {}, ["SANCTION"]),
        (USA, RUS, {"directed": True}, ["SANCTION"]),
        (RUS, USA, {"directed": True}, []),
        (CHN, USA, {}, ["REJECT"]),
        (CHN, USA, {"include_hypothetical": True}, ["REJECT", "SANCTION"]),
        (PUTIN, XI, {}, ["CONSULT"]),
        (UKR, XI, {}, []),
    ],
)
def test_dyad_timeline(
    small_graph: Driver, database: str, a: str, b: str, kwargs: Any, expected: list[str]
) -> None:
    page = reads.dyad_timeline(small_graph, a, b, database=database, **_with_filters(kwargs))
    assert _types(page) == expected


def test_dyad_timeline_pages_by_keyset(small_graph: Driver, database: str) -> None:
    first = reads.dyad_timeline(
        small_graph, USA, CHN, database=database, filters=HYPOTHETICAL_TOO, limit=1
    )
    second = reads.dyad_timeline(
        small_graph,
        USA,
        CHN,
        database=database,
        filters=HYPOTHETICAL_TOO,
        limit=1,
        after=first.next_after,
    )
    assert (_types(first), _types(second)) == (["REJECT"], ["SANCTION"])
    assert second.next_after is None


def test_dyad_timeline_of_an_unknown_actor_is_empty(small_graph: Driver, database: str) -> None:
    assert reads.dyad_timeline(small_graph, "person:nobody", RUS, database=database).items == []


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        (
            {"interval": "week", "by": "quad_class"},
            [
                (date(2025, 5, 5), "verbal_conflict", 1),
                (date(2025, 5, 5), "verbal_cooperation", 2),
                (date(2025, 5, 12), "material_conflict", 1),
                (date(2025, 5, 26), "material_cooperation", 1),
                (date(2025, 5, 26), "verbal_cooperation", 1),
                (date(2025, 6, 2), "verbal_conflict", 1),
                (date(2025, 6, 9), "material_conflict", 1),
            ],
        ),
        (
            {"interval": "month", "actor": RUS},
            [
                (date(2025, 5, 1), "ACCUSE", 1),
                (date(2025, 5, 1), "AGREE", 1),
                (date(2025, 5, 1), "SANCTION", 1),
                (date(2025, 6, 1), "ASSAULT", 1),
            ],
        ),
        (
            {"interval": "month", "country": "CHN"},  # China and Xi Jinping
            [
                (date(2025, 5, 1), "AGREE", 1),
                (date(2025, 5, 1), "CONSULT", 1),
                (date(2025, 6, 1), "CONSULT", 1),
                (date(2025, 6, 1), "REJECT", 1),
            ],
        ),
        (
            {"interval": "day", "types": [EventType.SANCTION], "include_hypothetical": True},
            [(date(2025, 5, 15), "SANCTION", 2)],
        ),
    ],
)
def test_event_counts(small_graph: Driver, database: str, kwargs: Any, expected: list[Any]) -> None:
    window = _with_filters({"date_from": date(2025, 5, 1), "date_to": date(2025, 6, 30), **kwargs})
    buckets = reads.event_counts(small_graph, database=database, **window)
    assert [(b.bucket, b.key, b.n) for b in buckets] == expected
    # The same counts as the charts' series: one per key, in key order, periods in order.
    counts = reads.count_series(small_graph, database=database, **window)
    assert (counts.interval, counts.by) == (kwargs["interval"], kwargs.get("by", "type"))
    assert [(p.period, s.key, p.count) for s in counts.series for p in s.points] == sorted(
        expected, key=lambda b: (b[1], b[0])
    )


def test_event_counts_refuse_actor_and_country_together(small_graph: Driver, database: str) -> None:
    with pytest.raises(ValueError, match="not both"):
        reads.event_counts(
            small_graph,
            database=database,
            **_with_filters(
                {
                    "date_from": date(2025, 5, 1),
                    "date_to": date(2025, 6, 30),
                    "actor": RUS,
                    "country": "RUS",
                }
            ),
        )


def test_event_detail_lists_every_report(small_graph: Driver, database: str) -> None:
    detail = reads.event_detail(small_graph, event_key(g.REUTERS_1.events[0]), database=database)
    assert detail is not None
    assert detail.type == EventType.CONSULT
    assert [r.article.id for r in detail.reports] == ["reuters-1", "tass-1", "reuters-2"]
    first = detail.reports[0]
    assert (first.article.source, first.article.source_id, first.article.source_domain) == (
        "Reuters",
        "reuters.com",
        "reuters.com",
    )
    assert first.sentence == g.REUTERS_1.events[0].sentence
    assert first.article.url == g.REUTERS_1.url
    assert detail.reports[1].article.source_id == "tass.com"
    assert reads.event_detail(small_graph, "no-such-event", database=database) is None


def test_event_detail_of_an_article_without_source(small_graph: Driver, database: str) -> None:
    detail = reads.event_detail(small_graph, event_key(g.BLOG_1.events[0]), database=database)
    assert detail is not None
    assert (detail.negated, detail.n_sources) == (True, 1)
    assert detail.reports[0].article.source_id is None
    assert detail.reports[0].article.source is None


@pytest.mark.parametrize(
    ("q", "kwargs", "first"),
    [
        ("putin", {}, PUTIN),
        ("Vladimir Putin", {}, PUTIN),
        ("Vladmir", {}, PUTIN),  # typo
        ("Trmp", {}, TRUMP),  # typo
        ("vlad", {}, PUTIN),  # prefix
        ("Xi", {}, XI),
        ("Beij", {}, CHN),  # prefix of an alias
        ("washington", {}, USA),
        ("north atlantic", {}, NATO),
        ("russia", {"kind": ActorKind.COUNTRY}, RUS),
        ("jinping", {"country": "CHN"}, XI),
    ],
)
def test_search_actors(small_graph: Driver, database: str, q: str, kwargs: Any, first: str) -> None:
    hits = reads.search_actors(small_graph, q, database=database, **kwargs)
    assert hits[0].id == first


@pytest.mark.parametrize(
    ("q", "kwargs"),
    [("", {}), ("  ?! ", {}), ("putin", {"kind": ActorKind.COUNTRY}), ("zzzzqqq", {})],
)
def test_search_actors_finds_nothing(
    small_graph: Driver, database: str, q: str, kwargs: Any
) -> None:
    assert reads.search_actors(small_graph, q, database=database, **kwargs) == []


def test_search_hits_count_events(small_graph: Driver, database: str) -> None:
    [hit] = reads.search_actors(small_graph, "Ukraine", database=database)
    assert (hit.id, hit.n_events, hit.kind) == (UKR, 2, ActorKind.COUNTRY)


def test_actor_profile(small_graph: Driver, database: str) -> None:
    profile = reads.actor_profile(small_graph, RUS, database=database)
    assert profile is not None
    assert (profile.name, profile.kind, profile.country) == ("Russia", ActorKind.COUNTRY, "RUS")
    assert (profile.first_seen, profile.last_seen) == (date(2025, 5, 7), date(2025, 6, 9))
    assert (profile.n_events, profile.n_articles) == (4, 5)
    assert profile.counts_by_type == {
        EventType.ACCUSE: 1,
        EventType.AGREE: 1,
        EventType.SANCTION: 1,
        EventType.ASSAULT: 1,
    }
    assert profile.counts_by_quad_class == {
        QuadClass.VERBAL_CONFLICT: 1,
        QuadClass.VERBAL_COOPERATION: 1,
        QuadClass.MATERIAL_CONFLICT: 2,
    }
    assert [(c.id, c.n) for c in profile.top_counterparts] == [
        (CHN, 1),
        (UKR, 1),
        (USA, 1),
        (NATO, 1),
    ]
    assert profile.based_in is None
    assert "the Kremlin" in profile.aliases


def test_actor_profile_of_a_person(small_graph: Driver, database: str) -> None:
    profile = reads.actor_profile(small_graph, XI, database=database, top=1)
    assert profile is not None
    assert profile.based_in is not None and profile.based_in.id == CHN
    assert profile.role == "President"
    assert [c.id for c in profile.top_counterparts] == [TRUMP]
    assert reads.actor_profile(small_graph, "person:nobody", database=database) is None


@pytest.mark.parametrize(
    ("kwargs", "edges"),
    [
        (
            {},
            [
                (CHN, USA, {"verbal_conflict": 1}, 1),
                (RUS, USA, {"material_conflict": 1}, 1),
                (UKR, USA, {"material_cooperation": 1}, 1),
            ],
        ),
        ({"date_from": date(2025, 6, 2)}, [(CHN, USA, {"verbal_conflict": 1}, 1)]),
        ({"min_weight": 2}, []),
    ],
)
def test_actor_network(small_graph: Driver, database: str, kwargs: Any, edges: list[Any]) -> None:
    network = reads.actor_network(small_graph, USA, database=database, **kwargs)
    assert network is not None
    assert (
        sorted(
            ((e.source, e.target, e.by_quad_class, e.weight) for e in network.edges),
            key=lambda edge: (edge[0], edge[1]),
        )
        == edges
    )
    assert {n.id for n in network.nodes} == {USA} | {e[0] for e in edges} | {e[1] for e in edges}
    assert network.nodes[0].id == USA and network.nodes[0].weight == sum(e[3] for e in edges)
    assert network.center.name == "United States"


def test_network_min_weight_counts_a_pair_across_quad_classes(
    small_graph: Driver, database: str
) -> None:
    # China and the US already share one verbal conflict (China's rejection); talks add a
    # verbal cooperation: two events of the pair, one in each class.
    talks = g.article(
        "talks-1",
        ["Chinese and American envoys held talks in Geneva on Friday."],
        url="https://example.org/talks-1",
        source="Example Wire",
        published=datetime(2025, 6, 21, 8, 0, tzinfo=UTC),
        actors=[g.CHINA, g.USA],
        events=[g.Spec(0, EventType.CONSULT, date(2025, 6, 20), participants=(g.CHINA, g.USA))],
    )
    write_articles(small_graph, [talks], database=database, extractor_version=g.EXTRACTOR_VERSION)
    network = reads.actor_network(small_graph, CHN, database=database, min_weight=2)
    assert network is not None
    assert [(e.source, e.target, e.weight, e.by_quad_class) for e in network.edges] == [
        (CHN, USA, 2, {"verbal_conflict": 1, "verbal_cooperation": 1})
    ]


def test_network_edges_add_up_merged_reports_once(small_graph: Driver, database: str) -> None:
    network = reads.actor_network(small_graph, XI, database=database)
    assert network is not None
    assert sorted((e.source, e.target, e.weight) for e in network.edges) == [
        (TRUMP, XI, 1),
        (PUTIN, XI, 1),
    ]


@pytest.mark.parametrize(
    ("a", "b", "max_hops", "expected"),
    [
        (PUTIN, TRUMP, 4, [(PUTIN, "CONSULT", XI), (XI, "CONSULT", TRUMP)]),
        (PUTIN, TRUMP, 1, None),
        (RUS, UKR, 4, [(RUS, "ASSAULT", UKR)]),
        (UKR, XI, 6, None),
        (RUS, RUS, 4, []),
    ],
)
def test_interaction_path(
    small_graph: Driver, database: str, a: str, b: str, max_hops: int, expected: Any
) -> None:
    path = reads.interaction_path(small_graph, a, b, database=database, max_hops=max_hops)
    if expected is None:
        assert path is None
    else:
        assert path is not None
        assert [(s.source.id, s.event.type.value, s.target.id) for s in path] == expected


def test_graph_stats(small_graph: Driver, database: str) -> None:
    stats = reads.graph_stats(small_graph, database=database)
    assert stats.model_dump() == {
        "articles": 8,
        "events": 10,
        "actors": 8,
        "sources": 4,
        "reports": 13,
        "involvements": 19,
        "mentions": 23,
        "first_event_date": date(2025, 5, 7),
        "last_event_date": date(2025, 6, 11),
    }


def test_graph_stats_of_an_empty_graph(driver: Driver, database: str) -> None:
    stats = reads.graph_stats(driver, database=database)
    assert (stats.events, stats.first_event_date) == (0, None)


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"date_from": date(2025, 6, 2)}, ["ASSAULT", "REJECT"]),
        ({"source": "reuters.com"}, ["SANCTION", "AGREE", "CONSULT"]),
        ({"min_articles": 2}, ["SANCTION", "CONSULT"]),
        ({"country": "CHN"}, ["REJECT", "CONSULT", "AGREE", "CONSULT"]),
        ({"actor": UKR}, ["ASSAULT", "AID"]),
        ({"quad_classes": [QuadClass.MATERIAL_CONFLICT]}, ["ASSAULT", "SANCTION"]),
        (
            {"include_hypothetical": True, "include_negated": True, "date_from": date(2025, 6, 9)},
            ["MOBILIZE", "ASSAULT"],
        ),
    ],
)
def test_events_search(
    small_graph: Driver, database: str, kwargs: Any, expected: list[str]
) -> None:
    page = reads.events_search(small_graph, database=database, **_with_filters(kwargs))
    assert sorted(_types(page)) == sorted(expected)
    assert [e.date for e in page.items] == sorted((e.date for e in page.items), reverse=True)


def test_events_search_pages_through_everything(small_graph: Driver, database: str) -> None:
    seen, after = [], None
    while True:
        page = reads.events_search(
            small_graph,
            EventFilter(include_hypothetical=True, include_negated=True),
            database=database,
            limit=3,
            after=after,
        )
        seen += [e.id for e in page.items]
        if page.next_after is None:
            break
        after = page.next_after
    assert len(seen) == len(set(seen)) == 10


def test_article(small_graph: Driver, database: str) -> None:
    view = reads.article(small_graph, "reuters-1", database=database)
    assert view is not None
    assert (view.source, view.source_id) == ("Reuters", "reuters.com")
    assert (view.extractor_version, view.ingested_at) == ("test-1", g.INGESTED_AT)
    assert view.published_at == datetime(2025, 5, 8, 9, 30, tzinfo=UTC)
    assert [e.type.value for e in view.events] == ["CONSULT", "AGREE"]
    assert [r.event_id for r in view.reports] == [e.id for e in view.events]
    assert view.reports[1].sentence == g.REUTERS_1.events[1].sentence
    assert {a.id for a in view.actors} == {PUTIN, XI, RUS, CHN}
    assert reads.article(small_graph, "nope", database=database) is None
