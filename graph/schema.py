"""The graph schema: uniqueness constraints and indexes, applied at start-up.

Every id is unique (the MERGEs of `graph.writes` rely on the constraint's index and lock).
Reads start from an index: an actor by id, events by date or (type, date), actors by country
for country-wide counts, the full-text index over names and aliases for actor search (and
the one over event summaries for the words of an event search), the
timeline key of INVOLVES for actor timelines, and places by id, country, point (a spatial
index for radius filters) or name.

The timeline key (`timeline_key`) makes an actor's timeline a range of one index, already in
timeline order, so a page costs its own size however many events the actor has:
`<actor id>|<99991231 - yyyymmdd of the event date>|<event id>`. The date is inverted so
that ascending keys run newest first with ties by ascending id, the order of every listing
and of its keyset cursor. It is fixed per relationship: the event id hashes the date.

Each COUNTERPART link (see `graph.writes`) has a rank key for each of its ends
(`counterpart_rank`): `<actor id>|<999999999 - events shared>|<other actor's id>`, so an
actor's top counterparts are the first keys of a range of one index, whatever its number of
links.

The chart aggregates of an actor's day (`ActorDay`, see `graph.writes`) have the id
`<actor id>|<ISO date>`, so an actor's days in a window are one range of their id index
(`aggregate_range`); every actor's days in a window are a range of their date index. The
tallies of all events of a day (`Day`) have the ISO date as id; an actor's week (`ActorWeek`)
`<actor id>|<ISO date of its Monday>`, a pair's (`PairWeek`) `<lesser id>|<greater id>|<Monday>`,
each indexed on its Monday (`week`).
"""

from datetime import date

from neo4j import Driver

from graph import queries
from graph.driver import unavailable_as_error
from graph.models import EventType

# The order of the per-type count lists of `ActorDay`: only ever extended at the end (a
# longer list reads the missing tail of an older day's as zeros).
COUNTED_TYPES = tuple(t.value for t in EventType)
# The full-text index `graph.reads.search_actors` queries.
ACTOR_NAMES_INDEX = "actor_names"
# The full-text index `graph.reads.search_places` queries.
PLACE_NAMES_INDEX = "place_names"
# The full-text index over event summaries `graph.reads.events_search` queries for words.
EVENT_SUMMARIES_INDEX = "event_summaries"

# Stores written before the timeline key, the aggregates, the rank keys or the reports'
# source keys existed get them
# once, by these queries (each scans a whole label or relationship type: tens of seconds on
# a large store). A store records each one it has had (`SchemaState.backfilled`), and the
# writes keep every later event up to date, so later starts skip them.
BACKFILLS = {
    "timeline_keys": queries.BACKFILL_TIMELINE_KEYS,
    "aggregates": queries.BACKFILL_AGGREGATES,
    "counterpart_ranks": queries.BACKFILL_COUNTERPART_RANKS,
    "report_source_keys": queries.BACKFILL_REPORT_SOURCE_KEYS,
}

# Every statement is idempotent (IF NOT EXISTS), so applying the schema again changes nothing.
SCHEMA = (
    "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
    "CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE",
    "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE",
    "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE",
    "CREATE CONSTRAINT watch_id IF NOT EXISTS FOR (w:Watch) REQUIRE w.id IS UNIQUE",
    "CREATE CONSTRAINT delivery_id IF NOT EXISTS FOR (d:Delivery) REQUIRE d.id IS UNIQUE",
    "CREATE INDEX delivery_watch IF NOT EXISTS FOR (d:Delivery) ON (d.watch_id, d.created_at)",
    "CREATE INDEX delivery_due IF NOT EXISTS FOR (d:Delivery) ON (d.next_attempt_at)",
    "CREATE CONSTRAINT actor_day_id IF NOT EXISTS FOR (d:ActorDay) REQUIRE d.id IS UNIQUE",
    # Every actor's days in a period (the home page's most active actors and pairs).
    "CREATE INDEX actor_day_date IF NOT EXISTS FOR (d:ActorDay) ON (d.date)",
    "CREATE CONSTRAINT day_id IF NOT EXISTS FOR (t:Day) REQUIRE t.id IS UNIQUE",
    # The one node recording which backfills the store has had.
    "CREATE CONSTRAINT schema_state_id IF NOT EXISTS FOR (s:SchemaState) REQUIRE s.id IS UNIQUE",
    # Every actor's and every pair's weeks in a period (the home page's whole weeks).
    "CREATE CONSTRAINT actor_week_id IF NOT EXISTS FOR (w:ActorWeek) REQUIRE w.id IS UNIQUE",
    "CREATE INDEX actor_week_week IF NOT EXISTS FOR (w:ActorWeek) ON (w.week)",
    "CREATE CONSTRAINT pair_week_id IF NOT EXISTS FOR (p:PairWeek) REQUIRE p.id IS UNIQUE",
    "CREATE INDEX pair_week_week IF NOT EXISTS FOR (p:PairWeek) ON (p.week)",
    # An actor's counterparts, most events first: a range of the rank keys of its end.
    "CREATE INDEX counterpart_from_rank IF NOT EXISTS FOR ()-[p:COUNTERPART]-() ON (p.from_rank)",
    "CREATE INDEX counterpart_to_rank IF NOT EXISTS FOR ()-[p:COUNTERPART]-() ON (p.to_rank)",
    "CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date)",
    "CREATE INDEX event_type_date IF NOT EXISTS FOR (e:Event) ON (e.type, e.date)",
    "CREATE INDEX actor_country IF NOT EXISTS FOR (a:Actor) ON (a.country)",
    "CREATE INDEX article_published_at IF NOT EXISTS FOR (a:Article) ON (a.published_at)",
    "CREATE INDEX involves_timeline_key IF NOT EXISTS FOR ()-[i:INVOLVES]-() ON (i.timeline_key)",
    f"CREATE FULLTEXT INDEX {ACTOR_NAMES_INDEX} IF NOT EXISTS "
    "FOR (a:Actor) ON EACH [a.name, a.aliases_text]",
    f"CREATE FULLTEXT INDEX {EVENT_SUMMARIES_INDEX} IF NOT EXISTS "
    "FOR (e:Event) ON EACH [e.summary]",
    # Places: one node per gazetteer entry, found by id, by country, near a point, by name.
    "CREATE CONSTRAINT place_id IF NOT EXISTS FOR (p:Place) REQUIRE p.id IS UNIQUE",
    "CREATE INDEX place_country IF NOT EXISTS FOR (p:Place) ON (p.country)",
    "CREATE POINT INDEX place_point IF NOT EXISTS FOR (p:Place) ON (p.point)",
    f"CREATE FULLTEXT INDEX {PLACE_NAMES_INDEX} IF NOT EXISTS FOR (p:Place) ON EACH [p.name]",
)


def apply_schema(driver: Driver, *, database: str) -> None:
    """Create the constraints and indexes that are missing, and wait until they are online."""
    with unavailable_as_error(), driver.session(database=database) as session:
        for statement in SCHEMA:
            session.run(statement).consume()
        session.run("CALL db.awaitIndexes(60)").consume()
        done = set(session.run(queries.BACKFILLS_DONE).single(strict=True)["done"])
        for name, query in BACKFILLS.items():
            if name not in done:  # $types: the count lists' order, for the aggregates
                session.run(query, types=COUNTED_TYPES).consume()
                session.run(queries.RECORD_BACKFILL, name=name).consume()


def timeline_key(actor_id: str, day: date, event_id: str) -> str:
    """The INVOLVES sort key of an actor's event on `day`: ascending keys run newest first."""
    inverted = 99991231 - (day.year * 10000 + day.month * 100 + day.day)
    return f"{actor_id}|{inverted:08d}|{event_id}"


def counterpart_rank(actor_id: str, n: int, other_id: str) -> str:
    """The rank key of `actor_id`'s end of a COUNTERPART holding `n` events with `other_id`:
    ascending keys run from the most shared events to the fewest, ties by the other's id."""
    return f"{actor_id}|{999999999 - n:09d}|{other_id}"


def counterpart_ranks(actor_id: str) -> dict[str, str]:
    """The exclusive bounds of the rank keys of `actor_id`'s ends of COUNTERPART links."""
    # '}' follows '|', as in `graph.reads.timeline_bounds`.
    return {"rank_after": f"{actor_id}|", "rank_before": f"{actor_id}}}"}


def aggregate_range(actor_id: str, date_from: date, date_to: date) -> dict[str, str]:
    """The inclusive id bounds of an actor's days from `date_from` to `date_to`."""
    return {
        "key_from": f"{actor_id}|{date_from.isoformat()}",
        "key_to": f"{actor_id}|{date_to.isoformat()}",
    }


def day_range(date_from: date, date_to: date) -> dict[str, str]:
    """The inclusive id bounds of the days (`Day`) from `date_from` to `date_to`."""
    return {"key_from": date_from.isoformat(), "key_to": date_to.isoformat()}
