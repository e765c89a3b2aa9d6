"""Every Cypher statement of the project, as constants; values always come in as $parameters.

A few constants are assembled from shared fragments (the event projection, the timeline
filters) so the timeline queries cannot drift apart; they are still fixed strings.
"""

# --- writes: one managed transaction runs these in order for a batch of articles ---------

# Upsert the batch's articles and their sources; `ingested_at` moves only with a new extraction.
WRITE_ARTICLES = """
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
WITH a, row, coalesce(a.extractor_version = row.extractor_version, false) AS same_extraction
SET a.ingested_at = CASE WHEN same_extraction THEN a.ingested_at ELSE $now END,
    a += row.props,
    a.fetched_at = coalesce(row.fetched_at, a.fetched_at),
    a.extractor_version = row.extractor_version,
    a.last_seen_at = $now
WITH a, row
CALL (a, row) {
  OPTIONAL MATCH (old:Source)-[published:PUBLISHED]->(a)
  WHERE old.id <> coalesce(row.source.id, '')
  DELETE published
}
CALL (a, row) {
  WITH a, row WHERE row.source IS NOT NULL
  MERGE (s:Source {id: row.source.id})
  ON CREATE SET s.name = row.source.name, s.domain = row.source.domain
  MERGE (s)-[:PUBLISHED]->(a)
}
"""

# Drop the batch's articles' REPORTS; return the events they pointed at, to recount them.
DELETE_REPORTS = """
UNWIND $article_ids AS article_id
MATCH (:Article {id: article_id})-[r:REPORTS]->(e:Event)
WITH r, e.id AS event_id
DELETE r
RETURN collect(DISTINCT event_id) AS event_ids
"""

# Drop the batch's articles' MENTIONS (rewritten from the new extraction); return the
# actors they pointed at, to delete those left without events.
DELETE_MENTIONS = """
UNWIND $article_ids AS article_id
MATCH (:Article {id: article_id})-[m:MENTIONS]->(x:Actor)
WITH m, x.id AS actor_id
DELETE m
RETURN collect(DISTINCT actor_id) AS actor_ids
"""

# Upsert actors: latest name, kind, sector and political flag win, a known country is kept,
# aliases accumulate.
MERGE_ACTORS = """
UNWIND $actors AS row
MERGE (x:Actor {id: row.id})
SET x.name = row.name,
    x.kind = row.kind,
    x.country = coalesce(row.country, x.country),
    x.role = coalesce(row.role, x.role),
    x.sector = row.sector,
    x.political = row.political
WITH x, row
CALL (x, row) {
  UNWIND coalesce(x.aliases, []) + row.aliases AS alias
  WITH DISTINCT alias ORDER BY alias
  RETURN collect(alias) AS aliases
}
SET x.aliases = aliases,
    x.aliases_text = reduce(text = '', alias IN aliases |
      CASE text WHEN '' THEN alias ELSE text + ' | ' + alias END)
"""

# Link actors to their country's actor (created bare if unseen); a changed country moves it.
# Most actors are already linked as the row says: their links are read once and left alone
# (MERGE_ACTORS holds the actor's lock, so no other writer is changing them).
MERGE_BASED_IN = """
UNWIND $based_in AS row
MATCH (x:Actor {id: row.actor})
WHERE COLLECT { MATCH (x)-[:BASED_IN]->(c) RETURN c.id } <> [row.country_id]
MERGE (c:Actor {id: row.country_id})
ON CREATE SET c.name = row.country_name, c.kind = 'country', c.country = row.country,
              c.aliases = [], c.aliases_text = ''
MERGE (x)-[:BASED_IN]->(c)
WITH x, c
CALL (x, c) {
  OPTIONAL MATCH (x)-[old:BASED_IN]->(other:Actor)
  WHERE other <> c
  DELETE old
}
"""

# Write each article's MENTIONS with the mention count: one row per (article, actor), and
# DELETE_MENTIONS has removed the articles' old ones, so there is nothing to MERGE with.
WRITE_MENTIONS = """
UNWIND $mentions AS row
MATCH (a:Article {id: row.article_id}), (x:Actor {id: row.actor_id})
CREATE (a)-[:MENTIONS {count: row.count}]->(x)
"""

# Upsert events by their cross-article key (rows sorted by id, so locks come in one order),
# and write their reports. The marker property takes the event's write lock now, so the
# recount below sees every committed report. An event's actors and roles are part of its
# key, so its INVOLVES are written once, when it has none; its reports are one per (article,
# report id), and DELETE_REPORTS has removed the articles' old ones.
MERGE_EVENTS = """
UNWIND $events AS row
MERGE (e:Event {id: row.id})
ON CREATE SET e.type = row.type, e.quad_class = row.quad_class,
              e.date = row.date, e.date_precision = row.date_precision
SET e.write_lock = true
WITH e, row
CALL (e, row) {
  WITH e, row WHERE NOT EXISTS { (e)-[:INVOLVES]->() }
  UNWIND row.roles AS involved
  MATCH (x:Actor {id: involved.actor_id})
  CREATE (e)-[:INVOLVES {role: involved.role, timeline_key: involved.timeline_key}]->(x)
}
CALL (e, row) {
  UNWIND row.reports AS report
  MATCH (a:Article {id: report.article_id})
  CREATE (a)-[r:REPORTS {id: report.id}]->(e)
  SET r += report.props
}
"""

# Recompute each touched event's aggregates from all its REPORTS, under its write lock.
RECOUNT_EVENTS = """
UNWIND $event_ids AS event_id
MATCH (e:Event {id: event_id})
SET e.write_lock = true
WITH e
CALL (e) {
  OPTIONAL MATCH (a:Article)-[r:REPORTS]->(e)
  WITH a, r ORDER BY r.confidence DESC, a.id, r.start
  RETURN count(DISTINCT a) AS n_articles,
         count(DISTINCT r.source_key) AS n_sources,
         min(coalesce(a.published_at, a.ingested_at)) AS first_reported_at,
         max(coalesce(a.published_at, a.ingested_at)) AS last_reported_at,
         collect(r.hypothetical) AS hypothetical,
         collect(r.negated) AS negated,
         collect(r)[0] AS best
}
SET e.n_articles = n_articles,
    e.n_sources = n_sources,
    e.first_reported_at = first_reported_at,
    e.last_reported_at = last_reported_at,
    e.hypothetical = size(hypothetical) > 0 AND all(flag IN hypothetical WHERE flag),
    e.negated = size(negated) > 0 AND all(flag IN negated WHERE flag),
    e.summary = best.sentence,
    e.mode = best.mode,
    e.confidence = best.confidence
REMOVE e.write_lock
"""

# What a locked event counts as in the chart aggregates (`graph.writes`): 'real' (neither
# hypothetical nor negated), 'hypothetical' (not negated) or 'none' (negated, or no report
# left).
_STANDING = """
CASE WHEN coalesce(e.n_articles, 0) = 0 OR e.negated THEN 'none'
     WHEN e.hypothetical THEN 'hypothetical' ELSE 'real' END
"""

# From the event's standing before (`was`) and now, the change each tally takes: its day, the
# index of its type in the count lists ($types is `schema.COUNTED_TYPES`) and +1/-1/0.
_CHANGE = """
WITH e, toString(e.date) AS day,
     [i IN range(0, size($types) - 1) WHERE $types[i] = e.type][0] AS type_index,
     CASE now WHEN 'real' THEN 1 ELSE 0 END - CASE was WHEN 'real' THEN 1 ELSE 0 END AS d_real,
     CASE now WHEN 'hypothetical' THEN 1 ELSE 0 END
       - CASE was WHEN 'hypothetical' THEN 1 ELSE 0 END AS d_hypothetical
"""


def _add_counts(tally: str) -> str:
    """SET the per-type count lists of a locked tally node to themselves plus the change."""
    # Each list is read once: an item of a property (`t.n[i]`) reads the whole property.
    return f"""
  WITH *, {tally}.n AS old_n, {tally}.n_hypothetical AS old_hypothetical
  SET {tally}.n = [i IN range(0, size($types) - 1) |
             coalesce(old_n[i], 0) + CASE i WHEN type_index THEN d_real ELSE 0 END],
      {tally}.n_hypothetical = [i IN range(0, size($types) - 1) |
             coalesce(old_hypothetical[i], 0)
             + CASE i WHEN type_index THEN d_hypothetical ELSE 0 END]
"""


# Fold a locked event's change of standing into the day's tallies of all events (`Day`);
# `day_counted_as` remembers what they hold, so folding the same event again changes nothing.
_FOLD_DAY = f"""
CALL (e) {{
  WITH e, coalesce(e.day_counted_as, 'none') AS was, {_STANDING} AS now
  SET e.day_counted_as = now
  WITH e, was, now WHERE was <> now
  {_CHANGE}
  MERGE (t:Day {{id: day}})
  ON CREATE SET t.date = e.date, t.n = [], t.n_hypothetical = []
  SET t.write_lock = true
  {_add_counts("t")}
  REMOVE t.write_lock
}}
"""

# The rank keys of a locked COUNTERPART `p` from `x_id` to `y_id` holding `n` events, one for
# each end (`schema.counterpart_rank`, which a test holds this expression to).
_RANKS = """
p.from_rank = x_id + '|' + right('000000000' + toString(999999999 - n), 9) + '|' + y_id,
p.to_rank = y_id + '|' + right('000000000' + toString(999999999 - n), 9) + '|' + x_id
"""

# Fold a locked event's change of standing into its actors' tallies (`ActorDay`, `COUNTERPART`);
# `counted_as` remembers what they hold. An actor in two roles counts once.
_FOLD_ACTORS = f"""
WITH e, coalesce(e.counted_as, 'none') AS was, {_STANDING} AS now
SET e.counted_as = now
WITH e, was, now WHERE was <> now
{_CHANGE},
     COLLECT {{ MATCH (e)-[:INVOLVES]->(x:Actor) RETURN DISTINCT x.id AS id ORDER BY id }} AS actors
CALL (e, day, type_index, d_real, d_hypothetical, actors) {{
  UNWIND actors AS actor_id
  MERGE (d:ActorDay {{id: actor_id + '|' + day}})
  ON CREATE SET d.date = e.date, d.n = [], d.n_hypothetical = [], d.pairs = [], d.pair_n = []
  SET d.write_lock = true
  {_add_counts("d")}
  REMOVE d.write_lock
}}
CALL (e, day, d_real, actors) {{
  UNWIND actors AS x_id
  UNWIND actors AS y_id
  WITH * WHERE d_real <> 0 AND x_id < y_id
  MATCH (x:Actor {{id: x_id}}), (y:Actor {{id: y_id}})
  MERGE (x)-[p:COUNTERPART]->(y)
  ON CREATE SET p.n = 0
  SET p.write_lock = true
  WITH *, p.n + d_real AS n
  SET p.n = n, {_RANKS}
  REMOVE p.write_lock
  WITH day, d_real, actors, x_id + '|' + y_id + '|' + e.quad_class AS pair
  UNWIND actors AS center
  MATCH (d:ActorDay {{id: center + '|' + day}})
  SET d.write_lock = true
  WITH d, d_real, pair, [i IN range(0, size(d.pairs) - 1) WHERE d.pairs[i] = pair] AS at
  SET d.pairs = CASE WHEN at = [] THEN d.pairs + pair ELSE d.pairs END,
      d.pair_n = CASE WHEN at = [] THEN d.pair_n + d_real
                      ELSE [i IN range(0, size(d.pair_n) - 1) |
                            d.pair_n[i] + CASE i WHEN at[0] THEN d_real ELSE 0 END] END
  REMOVE d.write_lock
}}
"""

# Fold a locked event's change of standing into its actors' weeks (`ActorWeek`, real events
# by type) and its pairs' weeks (`PairWeek`, real events two actors share, lesser id first),
# the week being the one (from Monday) of its date; `week_counted_as` remembers what they hold.
_FOLD_WEEK = f"""
CALL (e) {{
  WITH e, coalesce(e.week_counted_as, 'none') AS was, {_STANDING} AS now
  SET e.week_counted_as = now
  WITH e, was, now WHERE was <> now
  {_CHANGE}, date.truncate('week', e.date) AS week,
       COLLECT {{ MATCH (e)-[:INVOLVES]->(x:Actor) RETURN DISTINCT x.id AS id ORDER BY id }}
         AS actors
  WITH * WHERE d_real <> 0
  CALL (week, type_index, d_real, actors) {{
    UNWIND actors AS actor_id
    MERGE (w:ActorWeek {{id: actor_id + '|' + toString(week)}})
    ON CREATE SET w.week = week, w.n = []
    SET w.write_lock = true
    WITH *, w.n AS old_n
    SET w.n = [i IN range(0, size($types) - 1) |
               coalesce(old_n[i], 0) + CASE i WHEN type_index THEN d_real ELSE 0 END]
    REMOVE w.write_lock
  }}
  CALL (week, d_real, actors) {{
    UNWIND actors AS x_id
    UNWIND actors AS y_id
    WITH * WHERE x_id < y_id
    MERGE (p:PairWeek {{id: x_id + '|' + y_id + '|' + toString(week)}})
    ON CREATE SET p.week = week, p.n = 0
    SET p.write_lock = true
    SET p.n = p.n + d_real
    REMOVE p.write_lock
  }}
}}
"""

# The touched events' aggregates, after their recount and before unreported ones go.
FOLD_EVENT_AGGREGATES = f"""
UNWIND $event_ids AS event_id
MATCH (e:Event {{id: event_id}})
{_FOLD_DAY}
{_FOLD_WEEK}
{_FOLD_ACTORS}
"""

# Fold events written before the aggregates (or one of their kinds) existed, in batches;
# later runs find none. The event's lock is taken before its markers are read again: a
# writer may have folded it.
BACKFILL_AGGREGATES = f"""
MATCH (e:Event)
WHERE e.counted_as IS NULL OR e.day_counted_as IS NULL OR e.week_counted_as IS NULL
CALL (e) {{
  SET e.write_lock = true
  REMOVE e.write_lock
  WITH e
  WHERE e.counted_as IS NULL OR e.day_counted_as IS NULL OR e.week_counted_as IS NULL
  {_FOLD_DAY}
  {_FOLD_WEEK}
  {_FOLD_ACTORS}
}} IN TRANSACTIONS OF 1000 ROWS
"""

# Give COUNTERPART links written before their rank keys existed their keys, in batches; the
# link's lock is taken before its count is read (a writer may be changing it).
BACKFILL_COUNTERPART_RANKS = f"""
MATCH (x:Actor)-[p:COUNTERPART]->(y:Actor)
WHERE p.from_rank IS NULL
CALL (x, p, y) {{
  SET p.write_lock = true
  WITH x.id AS x_id, p, y.id AS y_id, p.n AS n
  SET {_RANKS}
  REMOVE p.write_lock
}} IN TRANSACTIONS OF 10000 ROWS
"""

# The names of the backfills (`schema.BACKFILLS`) a store has had, from its one
# `SchemaState` node (none in a store from before they were recorded).
BACKFILLS_DONE = """
OPTIONAL MATCH (s:SchemaState {id: 'newsgraph'})
RETURN coalesce(s.backfilled, []) AS done
"""

# Record that the store has had the backfill $name.
RECORD_BACKFILL = """
MERGE (s:SchemaState {id: 'newsgraph'})
SET s.backfilled = [name IN coalesce(s.backfilled, []) WHERE name <> $name] + $name
"""

# Delete the touched actors no event involves any more (e.g. ids merged by a better
# dictionary), unless another actor is based in them (a country).
DELETE_ACTORS_WITHOUT_EVENTS = """
UNWIND $actor_ids AS actor_id
MATCH (x:Actor {id: actor_id})
WHERE NOT EXISTS { (:Event)-[:INVOLVES]->(x) } AND NOT EXISTS { (:Actor)-[:BASED_IN]->(x) }
DETACH DELETE x
"""

# Delete the touched events that no article reports any more (only articles report: the
# test reads the event's degree instead of its reports).
DELETE_UNREPORTED_EVENTS = """
UNWIND $event_ids AS event_id
MATCH (e:Event {id: event_id})
WHERE NOT EXISTS { ()-[:REPORTS]->(e) }
DETACH DELETE e
"""

# Give REPORTS written before their source key existed their key (`graph.writes`), in
# batches.
BACKFILL_REPORT_SOURCE_KEYS = """
MATCH (a:Article)-[r:REPORTS]->(:Event)
WHERE r.source_key IS NULL
CALL (a, r) {
  OPTIONAL MATCH (s:Source)-[:PUBLISHED]->(a)
  SET r.source_key = coalesce(s.id, 'article:' + a.id)
} IN TRANSACTIONS OF 10000 ROWS
"""

# Give INVOLVES written before the timeline key existed their key (`schema.timeline_key`,
# which a test holds this expression to), in batches so a large store is not one transaction.
BACKFILL_TIMELINE_KEYS = """
MATCH (e:Event)-[i:INVOLVES]->(x:Actor)
WHERE i.timeline_key IS NULL
CALL (e, i, x) {
  WITH 99991231 - (e.date.year * 10000 + e.date.month * 100 + e.date.day) AS inverted
  SET i.timeline_key = x.id + '|' + right('0000000' + toString(inverted), 8) + '|' + e.id
} IN TRANSACTIONS OF 10000 ROWS
"""

# Upsert the places events happened in: one node per gazetteer entry, with a WGS-84 point.
MERGE_PLACES = """
UNWIND $places AS row
MERGE (p:Place {id: row.id})
SET p += row.props,
    p.point = point({latitude: row.props.lat, longitude: row.props.lon})
"""

# Give each touched event the place most of its reports locate it in (ties: the most
# confident report, then the place id); an event no report locates has no OCCURRED_IN.
LOCATE_EVENTS = """
UNWIND $event_ids AS event_id
MATCH (e:Event {id: event_id})
CALL (e) {
  OPTIONAL MATCH (:Article)-[r:REPORTS]->(e)
  WHERE r.place_id IS NOT NULL
  WITH r.place_id AS place_id, count(r) AS n, max(r.confidence) AS confidence
  ORDER BY n DESC, confidence DESC, place_id
  RETURN collect(place_id)[0] AS place_id
}
CALL (e, place_id) {
  OPTIONAL MATCH (e)-[old:OCCURRED_IN]->(other:Place)
  WHERE place_id IS NULL OR other.id <> place_id
  DELETE old
}
CALL (e, place_id) {
  MATCH (p:Place {id: place_id})
  MERGE (e)-[:OCCURRED_IN]->(p)
}
"""

# Ids among $ids already stored by the given extractor version.
KNOWN_ARTICLES = """
UNWIND $ids AS article_id
MATCH (a:Article {id: article_id})
WHERE a.extractor_version = $extractor_version
RETURN a.id AS id
"""

# --- read fragments ---------------------------------------------------------------------

# An event as a map, its actors grouped by role (used inside RETURN and COLLECT); dates as
# ISO strings, which the driver hands over far faster than its temporal types.
_EVENT_MAP = """
e {.id, .type, .mode, .quad_class, .date_precision, .summary, .confidence,
   .n_articles, .n_sources, .hypothetical, .negated,
   date: toString(e.date),
   first_reported_at: toString(e.first_reported_at),
   last_reported_at: toString(e.last_reported_at),
   source: COLLECT {
     MATCH (e)-[:INVOLVES {role: 'source'}]->(x:Actor)
     RETURN x {.id, .name, .kind, .country} AS actor ORDER BY actor.id
   },
   target: COLLECT {
     MATCH (e)-[:INVOLVES {role: 'target'}]->(x:Actor)
     RETURN x {.id, .name, .kind, .country} AS actor ORDER BY actor.id
   },
   participants: COLLECT {
     MATCH (e)-[:INVOLVES {role: 'participant'}]->(x:Actor)
     RETURN x {.id, .name, .kind, .country} AS actor ORDER BY actor.id
   },
   location: COLLECT {
     MATCH (e)-[:OCCURRED_IN]->(p:Place)
     RETURN p {.id, .name, .geonameid, .kind, .country, .admin1, .lat, .lon} AS place
   }[0]}
"""

# A place `p` matching the place filters: the place $place or a place within it (a region's
# cities, a country's regions and cities), in the country $place_country, within $within_m
# metres of ($near_lat, $near_lon).
_PLACE_MATCH = """
  ($place IS NULL OR p.id = $place OR EXISTS {
    MATCH (area:Place {id: $place})
    WHERE (area.kind = 'country' AND p.country = area.country)
       OR (area.kind = 'region' AND p.country = area.country AND p.admin1 = area.admin1) })
  AND ($place_country IS NULL OR p.country = $place_country)
  AND ($near_lat IS NULL OR point.distance(p.point,
       point({latitude: $near_lat, longitude: $near_lon})) <= $within_m)
"""

# Filters on an event's own attributes: types, classes, evidence, flags, source, and the
# places it happened in (ids from MATCHING_PLACES).
_EVENT_ATTRIBUTES = """
  ($types IS NULL OR e.type IN $types)
  AND ($quad_classes IS NULL OR e.quad_class IN $quad_classes)
  AND ($min_articles IS NULL OR e.n_articles >= $min_articles)
  AND ($include_hypothetical OR NOT e.hypothetical)
  AND ($include_negated OR NOT e.negated)
  AND ($source IS NULL OR EXISTS {
    (:Source {id: $source})-[:PUBLISHED]->(:Article)-[:REPORTS]->(e) })
  AND ($place_ids IS NULL OR EXISTS {
    MATCH (e)-[:OCCURRED_IN]->(p:Place) WHERE p.id IN $place_ids })
"""

# Filters shared by every event listing: window, attributes, keyset cursor on (date, id).
_EVENT_FILTERS = f"""
  e.date >= $date_from AND e.date <= $date_to AND {_EVENT_ATTRIBUTES}
  AND ($after_date IS NULL OR e.date < $after_date
       OR (e.date = $after_date AND e.id > $after_id))
"""

# Newest first, ties broken by id: the order the keyset cursor follows.
_EVENT_PAGE = f"""
WITH DISTINCT e
ORDER BY e.date DESC, e.id
LIMIT $limit
RETURN collect({_EVENT_MAP}) AS events
"""

# --- reads ------------------------------------------------------------------------------

# One actor's events (optionally in one role), newest first: a range of the timeline key
# index (`schema.timeline_key`) between $key_after and $key_before, read in key order, which
# is the listing's order, so LIMIT stops the scan after one page however busy the actor.
# The key bounds hold the window and the cursor; an actor with two roles in an event has
# two relationships with the same key, hence the DISTINCT on (event, key).
ACTOR_TIMELINE = f"""
MATCH (e:Event)-[i:INVOLVES]->(x:Actor)
USING INDEX i:INVOLVES(timeline_key)
WHERE i.timeline_key > $key_after AND i.timeline_key < $key_before
  AND x.id = $actor_id AND ($role IS NULL OR i.role = $role) AND {_EVENT_ATTRIBUTES}
WITH DISTINCT e, i.timeline_key AS key
ORDER BY key
LIMIT $limit
RETURN collect({_EVENT_MAP}) AS events
"""

# Of two actors, the one with fewer events (none if either is unknown): the dyad timeline
# reads that one's timeline range, as a hub's could hold thousands of events for a handful.
SPARSER_ACTOR = """
MATCH (x:Actor {id: $a}), (y:Actor {id: $b})
RETURN CASE WHEN COUNT { (x)<-[:INVOLVES]-() } <= COUNT { (y)<-[:INVOLVES]-() }
            THEN x.id ELSE y.id END AS actor_id
"""

# Events involving both actors (either way round, or $a as source and $b as target): the
# timeline key range of $actor_id, the sparser of the two (see ACTOR_TIMELINE), keeping
# the events the other actor is in too.
DYAD_TIMELINE = f"""
MATCH (e:Event)-[i:INVOLVES]->(x:Actor)
USING INDEX i:INVOLVES(timeline_key)
WHERE i.timeline_key > $key_after AND i.timeline_key < $key_before AND x.id = $actor_id
  AND EXISTS {{
    MATCH (:Actor {{id: $a}})<-[ia:INVOLVES]-(e)-[ib:INVOLVES]->(:Actor {{id: $b}})
    WHERE NOT $directed OR (ia.role = 'source' AND ib.role = 'target')
  }}
  AND {_EVENT_ATTRIBUTES}
WITH DISTINCT e, i.timeline_key AS key
ORDER BY key
LIMIT $limit
RETURN collect({_EVENT_MAP}) AS events
"""

# Events involving any actor of a country (the country itself, its people, its bodies).
COUNTRY_EVENTS = f"""
MATCH (:Actor {{country: $country}})<-[:INVOLVES]-(e:Event)
WHERE {_EVENT_FILTERS}
{_EVENT_PAGE}
"""

# All events in a date window, from the date index.
DATED_EVENTS = f"""
MATCH (e:Event)
WHERE {_EVENT_FILTERS}
{_EVENT_PAGE}
"""

# Events whose summary has the words of the Lucene query $lucene (built by `graph.filters`),
# from the full-text index $index, optionally of an actor or of a country's actors.
TEXT_EVENTS = f"""
CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node AS e
WHERE {_EVENT_FILTERS}
  AND ($actor IS NULL OR EXISTS {{ (e)-[:INVOLVES]->(:Actor {{id: $actor}}) }})
  AND ($country IS NULL OR EXISTS {{ (e)-[:INVOLVES]->(:Actor {{country: $country}}) }})
{_EVENT_PAGE}
"""

# Bucket and key of each counted event: per day/week/month, by type or quad class.
_COUNT_BUCKETS = """
WITH DISTINCT e
WITH date.truncate($interval, e.date) AS bucket,
     CASE $by WHEN 'type' THEN e.type ELSE e.quad_class END AS key
WITH bucket, key, count(*) AS n
ORDER BY bucket, key
RETURN collect({bucket: toString(bucket), key: key, n: n}) AS buckets
"""


# Event counts over all events in the window, read one by one (the day tallies hold no
# sources, numbers of articles or denied events).
EVENT_COUNTS = f"""
MATCH (e:Event)
WHERE {_EVENT_FILTERS}
{_COUNT_BUCKETS}
"""

# One actor's tallies over a window, in the shape of DAY_COUNTS: its weeks that lie whole in
# it (`ActorWeek`, dated by their Monday, real events only; $weeks: ranges of their ids) and
# its other days (`ActorDay`, $days), each range from `schema.aggregate_range`. A hub's events
# are never read one by one, and a weekly chart of two years reads about 105 tallies, not 730.
ACTOR_TALLY_COUNTS = """
CALL () {
  UNWIND $weeks AS s
  MATCH (w:ActorWeek)
  WHERE w.id >= s.key_from AND w.id <= s.key_to
  RETURN [toString(w.week), w.n, []] AS tally
  UNION ALL
  UNWIND $days AS s
  MATCH (d:ActorDay)
  WHERE d.id >= s.key_from AND d.id <= s.key_to
  RETURN [toString(d.date), d.n, d.n_hypothetical] AS tally
}
RETURN collect(tally) AS days
"""

# The tallies of all events of each day in a window (ids are ISO dates: a range of their
# index): [ISO date, real events per type (in the order of `schema.COUNTED_TYPES`),
# hypothetical but not negated ones per type].
DAY_COUNTS = """
MATCH (t:Day)
WHERE t.id >= $key_from AND t.id <= $key_to
RETURN collect([t.id, t.n, t.n_hypothetical]) AS days
"""

# An actor (none if unknown) and, per day of the window, the pairs of actors of its real
# events ("x|y|quad_class") with how many events each pair shares.
ACTOR_DAY_PAIRS = """
OPTIONAL MATCH (center:Actor {id: $actor_id})
RETURN center {.id, .name, .kind, .country} AS center,
  COLLECT {
    MATCH (d:ActorDay)
    WHERE d.id >= $key_from AND d.id <= $key_to
    RETURN [d.pairs, d.pair_n] AS day
  } AS days
"""

# Event counts over an actor's events read one by one (its tallies in ActorDay hold no
# places): only when a place filter narrows the actor's counts.
ACTOR_EVENT_COUNTS = f"""
MATCH (e:Event)-[i:INVOLVES]->(x:Actor)
USING INDEX i:INVOLVES(timeline_key)
WHERE i.timeline_key > $key_after AND i.timeline_key < $key_before
  AND x.id = $actor_id AND {_EVENT_ATTRIBUTES}
{_COUNT_BUCKETS}
"""

# Event counts over the events of a country's actors.
COUNTRY_EVENT_COUNTS = f"""
MATCH (:Actor {{country: $country}})<-[:INVOLVES]-(e:Event)
WHERE {_EVENT_FILTERS}
{_COUNT_BUCKETS}
"""

# One event with its evidence: every report's sentence, article and source.
EVENT_DETAIL = f"""
MATCH (e:Event {{id: $event_id}})
RETURN {_EVENT_MAP} AS event,
  COLLECT {{
    MATCH (a:Article)-[r:REPORTS]->(e)
    OPTIONAL MATCH (s:Source)-[:PUBLISHED]->(a)
    RETURN {{article: {{id: a.id, url: a.url, title: a.title, published_at: a.published_at,
                       source: s.name, source_id: s.id, source_domain: s.domain}},
             sentence: r.sentence, trigger: r.trigger, confidence: r.confidence,
             negated: r.negated, hypothetical: r.hypothetical, start: r.start, end: r.end,
             mode: r.mode, date: r.date, date_precision: r.date_precision,
             date_source: r.date_source}} AS report
    ORDER BY report.article.published_at, report.article.id, report.start
  }} AS reports
"""

# Full-text actor search (the Lucene query is built by reads.py and passed as a parameter).
SEARCH_ACTORS = """
CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $candidates})
YIELD node, score
WHERE ($kind IS NULL OR node.kind = $kind) AND ($country IS NULL OR node.country = $country)
RETURN node {.id, .name, .kind, .country, .aliases, .role, score: score,
             n_events: COUNT { (node)<-[:INVOLVES]-(:Event) }} AS actor
ORDER BY actor.score DESC, actor.n_events DESC, actor.id
LIMIT $limit
"""

# An actor with its weeks' real events by type (`ActorWeek`, every week), the first and last
# of its days with a real event (an ordered range of their ids: zeroed tallies are passed
# over), and its top counterparts: the first $top of the COUNTERPART rank keys of its end
# (`schema.counterpart_rank`, a range of their index, in rank order), never all its links.
ACTOR_PROFILE = """
MATCH (x:Actor {id: $actor_id})
RETURN x {.id, .name, .kind, .country, .aliases, .role} AS actor,
  COLLECT {
    MATCH (w:ActorWeek)
    WHERE w.id >= $key_from AND w.id <= $key_to
    RETURN w.n AS n
  } AS weeks,
  COLLECT {
    MATCH (d:ActorDay)
    WHERE d.id >= $key_from AND d.id <= $key_to AND any(k IN d.n WHERE k > 0)
    RETURN toString(d.date) AS day ORDER BY d.id LIMIT 1
  } + COLLECT {
    MATCH (d:ActorDay)
    WHERE d.id >= $key_from AND d.id <= $key_to AND any(k IN d.n WHERE k > 0)
    RETURN toString(d.date) AS day ORDER BY d.id DESC LIMIT 1
  } AS seen,
  COUNT { (x)<-[:MENTIONS]-() } AS n_articles,
  COLLECT {
    MATCH (x)-[:BASED_IN]->(c:Actor)
    RETURN c {.id, .name, .kind, .country} AS country
  } AS based_in,
  COLLECT {
    CALL () {
      MATCH (:Actor)-[p:COUNTERPART]->(y:Actor)
      USING INDEX p:COUNTERPART(from_rank)
      WHERE p.from_rank > $rank_after AND p.from_rank < $rank_before
      RETURN p.from_rank AS rank, p.n AS n, y ORDER BY rank LIMIT $top
      UNION ALL
      MATCH (y:Actor)-[p:COUNTERPART]->(:Actor)
      USING INDEX p:COUNTERPART(to_rank)
      WHERE p.to_rank > $rank_after AND p.to_rank < $rank_before
      RETURN p.to_rank AS rank, p.n AS n, y ORDER BY rank LIMIT $top
    }
    WITH rank, n, y WHERE n > 0
    ORDER BY rank LIMIT $top
    RETURN y {.id, .name, .kind, .country, n: n} AS counterpart
  } AS counterparts
"""

# Actors by id: the ends of the network edges reads.py kept.
ACTORS_BY_ID = """
UNWIND $ids AS actor_id
MATCH (x:Actor {id: actor_id})
RETURN collect(x {.id, .name, .kind, .country}) AS actors
"""

# Shortest chain actor-event-actor-... between two actors over real (not hypothetical,
# not negated) events; 12 relationships = 6 hops, the most reads.py allows.
INTERACTION_PATH = """
MATCH (a:Actor {id: $a}), (b:Actor {id: $b})
MATCH p = shortestPath((a)-[:INVOLVES*..12]-(b))
WHERE none(n IN nodes(p) WHERE n:Event AND (n.hypothetical OR n.negated))
RETURN [n IN nodes(p) |
  CASE WHEN n:Actor THEN {actor: n {.id, .name, .kind, .country}}
       ELSE {event: n {.id, .type, .quad_class, .date, .date_precision, .summary}} END
] AS steps
"""

# Sizes of the graph (from the count store) and the span of event dates.
GRAPH_STATS = """
CALL () { MATCH (n:Article) RETURN count(n) AS articles }
CALL () { MATCH (n:Event) RETURN count(n) AS events }
CALL () { MATCH (n:Actor) RETURN count(n) AS actors }
CALL () { MATCH (n:Source) RETURN count(n) AS sources }
CALL () { MATCH ()-[r:REPORTS]->() RETURN count(r) AS reports }
CALL () { MATCH ()-[r:INVOLVES]->() RETURN count(r) AS involvements }
CALL () { MATCH ()-[r:MENTIONS]->() RETURN count(r) AS mentions }
CALL () {
  OPTIONAL MATCH (e:Event) WHERE e.date IS NOT NULL
  WITH e ORDER BY e.date LIMIT 1
  RETURN e.date AS first_event_date
}
CALL () {
  OPTIONAL MATCH (e:Event) WHERE e.date IS NOT NULL
  WITH e ORDER BY e.date DESC LIMIT 1
  RETURN e.date AS last_event_date
}
RETURN articles, events, actors, sources, reports, involvements, mentions,
       first_event_date, last_event_date
"""

# One article: metadata, source, the events it reports (once each, in reading order), the
# sentences that report them, the actors it mentions.
ARTICLE = f"""
MATCH (a:Article {{id: $article_id}})
CALL (a) {{
  OPTIONAL MATCH (s:Source)-[:PUBLISHED]->(a)
  RETURN s LIMIT 1
}}
CALL (a) {{
  MATCH (a)-[r:REPORTS]->(e:Event)
  WITH e, min(r.start) AS first
  ORDER BY first, e.id
  RETURN collect({_EVENT_MAP}) AS events
}}
RETURN a {{.id, .url, .title, .authors, .published_at, .fetched_at, .ingested_at, .language,
          .section, .tags, .extractor_version,
  source: s.name, source_id: s.id, source_domain: s.domain, events: events,
  reports: COLLECT {{
    MATCH (a)-[r:REPORTS]->(e:Event)
    RETURN {{event_id: e.id, sentence: r.sentence, trigger: r.trigger, start: r.start,
             end: r.end, confidence: r.confidence, negated: r.negated,
             hypothetical: r.hypothetical}} AS report
    ORDER BY report.start, report.event_id
  }},
  actors: COLLECT {{
    MATCH (a)-[m:MENTIONS]->(x:Actor)
    RETURN x {{.id, .name, .kind, .country, count: m.count}} AS actor
    ORDER BY actor.count DESC, actor.id
  }}}} AS article
"""

# --- home page --------------------------------------------------------------------------

# The date of the latest event (the end of the home page's default period), from the index.
LATEST_EVENT_DATE = """
MATCH (e:Event) WHERE e.date IS NOT NULL
RETURN toString(e.date) AS date ORDER BY e.date DESC LIMIT 1
"""

# Per actor over the period and the one before, added up from every actor's weeks that lie
# whole in either (`ActorWeek`, $weeks: ranges of Mondays) and its days in their partial
# weeks (`ActorDay`, $days: ranges of dates); each range says whether it is in the period
# (`current`), and ids less their "|<ISO date>" are the actor's: the most active actors (real
# events in the period), and the (actor, quad class) pairs whose counts changed most between
# the two. $classes gives each quad class the indexes of its types in the count lists. Only
# the listed actors are looked up for their names.
HOME_ACTORS = """
CALL () {
  UNWIND $weeks AS s
  MATCH (w:ActorWeek)
  WHERE w.week >= s.date_from AND w.week <= s.date_to
  RETURN left(w.id, size(w.id) - 11) AS id, s.current AS current, w.n AS n
  UNION ALL
  UNWIND $days AS s
  MATCH (d:ActorDay)
  WHERE d.date >= s.date_from AND d.date <= s.date_to
  RETURN left(d.id, size(d.id) - 11) AS id, s.current AS current, d.n AS n
}
UNWIND $classes AS class
WITH id, class.quad_class AS quad_class, current,
     reduce(k = 0, i IN class.indexes | k + coalesce(n[i], 0)) AS k
WHERE k > 0
WITH id, quad_class,
     sum(CASE WHEN current THEN k ELSE 0 END) AS n,
     sum(CASE WHEN current THEN 0 ELSE k END) AS previous
WITH collect({id: id, quad_class: quad_class, n: n, previous: previous}) AS rows
CALL (rows) {
  UNWIND rows AS r
  WITH r.id AS id, sum(r.n) AS n, sum(r.previous) AS previous
  WHERE n > 0
  ORDER BY n DESC, id LIMIT $limit
  MATCH (x:Actor {id: id})
  WITH x, n, previous ORDER BY n DESC, x.id
  RETURN collect({actor: x {.id, .name, .kind, .country}, n: n, previous: previous}) AS actors
}
CALL (rows) {
  UNWIND rows AS r
  WITH r ORDER BY abs(r.n - r.previous) DESC, r.n DESC, r.id, r.quad_class LIMIT $limit
  MATCH (x:Actor {id: r.id})
  WITH x, r ORDER BY abs(r.n - r.previous) DESC, r.n DESC, r.id, r.quad_class
  RETURN collect({actor: x {.id, .name, .kind, .country}, quad_class: r.quad_class, n: r.n,
                  previous: r.previous}) AS changes
}
RETURN actors, changes
"""

# The pairs of actors that share the most real events in the period: their weeks that lie
# whole in it (`PairWeek`, $weeks), and in its partial weeks the pairs of every actor's days
# ("x|y|quad_class", lesser id first; $days), each pair counted in the days of its first
# actor only, as every actor of an event holds all its pairs.
HOME_DYADS = """
CALL () {
  UNWIND $weeks AS s
  MATCH (p:PairWeek)
  WHERE p.week >= s.date_from AND p.week <= s.date_to AND p.n > 0
  WITH split(p.id, '|') AS ends, p.n AS n
  RETURN ends[0] AS a_id, ends[1] AS b_id, n
  UNION ALL
  UNWIND $days AS s
  MATCH (d:ActorDay)
  WHERE d.date >= s.date_from AND d.date <= s.date_to AND size(d.pairs) > 0
  WITH left(d.id, size(d.id) - 10) AS center, d.pairs AS pairs, d.pair_n AS counts
  UNWIND range(0, size(pairs) - 1) AS i
  WITH pairs[i] AS pair, counts[i] AS n
  WHERE n > 0 AND pair STARTS WITH center
  WITH split(pair, '|') AS ends, n
  RETURN ends[0] AS a_id, ends[1] AS b_id, n
}
WITH a_id, b_id, sum(n) AS n
ORDER BY n DESC, a_id, b_id LIMIT $limit
MATCH (a:Actor {id: a_id}), (b:Actor {id: b_id})
WITH a, b, n ORDER BY n DESC, a.id, b.id
RETURN collect({a: a {.id, .name, .kind, .country}, b: b {.id, .name, .kind, .country},
                n: n}) AS dyads
"""

# The latest real events of the period reported by at least $min_sources sources.
HOME_REPORTED = f"""
MATCH (e:Event)
WHERE e.date >= $date_from AND e.date <= $date_to AND e.n_sources >= $min_sources
  AND NOT e.hypothetical AND NOT e.negated
WITH e ORDER BY e.date DESC, e.n_sources DESC, e.id LIMIT $limit
RETURN collect({_EVENT_MAP}) AS events
"""

# --- watches (graph/watches.py) ---------------------------------------------------------

# Inside the write transaction, before the recount: each touched event's sources as watches
# saw them (0 while hypothetical or negated, or new). Without watches nothing is read.
WATCHED_SOURCES = """
MATCH (w:Watch)
WITH count(w) AS watches
WHERE watches > 0
UNWIND $event_ids AS event_id
MATCH (e:Event {id: event_id})
RETURN e.id AS id,
       CASE WHEN e.hypothetical OR e.negated THEN 0 ELSE coalesce(e.n_sources, 0) END AS n
"""

# Inside the write transaction, after the recount: deliver each touched real event to every
# watch it matches now and did not match before ($before: WATCHED_SOURCES), once per
# (watch, event) (`graph.watches`). Without watches nothing else is read.
MATCH_WATCHES = """
MATCH (w:Watch)
WITH collect(w) AS watches
WHERE size(watches) > 0
UNWIND $event_ids AS event_id
MATCH (e:Event {id: event_id})
WHERE NOT e.hypothetical AND NOT e.negated
WITH watches, e,
     COLLECT { MATCH (e)-[:INVOLVES]->(x:Actor) RETURN DISTINCT x.id } AS actors,
     COLLECT { MATCH (e)-[:INVOLVES]->(x:Actor) WHERE x.country IS NOT NULL
               RETURN DISTINCT x.country } AS countries
UNWIND watches AS w
WITH w, e, actors, countries
WHERE e.n_sources >= w.min_sources AND coalesce($before[e.id], 0) < w.min_sources
  AND (w.actor IS NULL OR w.actor IN actors)
  AND (w.counterpart IS NULL OR w.counterpart IN actors)
  AND (w.country IS NULL OR w.country IN countries)
  AND (w.types IS NULL OR e.type IN w.types)
  AND (w.quad_classes IS NULL OR e.quad_class IN w.quad_classes)
WITH w, e ORDER BY w.id, e.id
MERGE (d:Delivery {id: w.id + ':' + e.id})
ON CREATE SET d.watch_id = w.id, d.event_id = e.id, d.created_at = $now, d.attempts = 0,
              d.next_attempt_at = CASE WHEN w.webhook_url IS NULL THEN null ELSE $now END
"""

# Store a new watch.
CREATE_WATCH = """
CREATE (w:Watch {id: $id, secret: $secret, created_at: $now, failures: 0})
SET w += $props
"""

# Every watch with its count of deliveries, oldest first (never the secret).
LIST_WATCHES = """
MATCH (w:Watch)
RETURN w {.id, .name, .actor, .counterpart, .country, .min_sources, .webhook_url, .created_at,
          .failures, .last_error, .last_error_at, .last_sent_at,
          types: coalesce(w.types, []), quad_classes: coalesce(w.quad_classes, []),
          delivered: COUNT { (d:Delivery {watch_id: w.id}) }} AS watch
ORDER BY w.created_at, w.id
"""

# Whether a watch exists.
WATCH_EXISTS = """
MATCH (w:Watch {id: $id}) RETURN w.id AS id
"""

# Delete a watch and its deliveries; say whether there was one.
DELETE_WATCH = """
OPTIONAL MATCH (w:Watch {id: $id})
CALL (w) {
  MATCH (d:Delivery {watch_id: $id})
  DELETE d
}
DETACH DELETE w
RETURN w IS NOT NULL AS deleted
"""

# A watch's deliveries created after $after, oldest first, with their events.
DELIVERIES_AFTER = f"""
MATCH (d:Delivery {{watch_id: $watch_id}})
WHERE d.created_at > $after
WITH d ORDER BY d.created_at, d.id LIMIT $limit
MATCH (e:Event {{id: d.event_id}})
RETURN {{id: d.id, watch_id: d.watch_id, created_at: d.created_at,
        event: {_EVENT_MAP}}} AS delivery
"""

# Claim the deliveries whose webhook POST is due, the longest waiting first, until
# $lease_until: the SET takes each one's write lock and the due test is read again under it,
# so two senders (API workers) never claim the same delivery.
CLAIM_WEBHOOKS = f"""
MATCH (d:Delivery)
WHERE d.next_attempt_at <= $now
WITH d ORDER BY d.next_attempt_at LIMIT $limit
SET d._claiming = true
WITH d WHERE d.next_attempt_at <= $now
SET d.next_attempt_at = $lease_until
REMOVE d._claiming
WITH d
MATCH (w:Watch {{id: d.watch_id}})
MATCH (e:Event {{id: d.event_id}})
RETURN {{delivery: {{id: d.id, watch_id: d.watch_id, created_at: d.created_at,
                    event: {_EVENT_MAP}}},
        attempts: d.attempts, url: w.webhook_url, secret: w.secret,
        watch_name: w.name}} AS due
"""

# A webhook POST was accepted.
WEBHOOK_SENT = """
MATCH (d:Delivery {id: $id})
SET d.attempts = d.attempts + 1, d.sent_at = $now
REMOVE d.next_attempt_at
WITH d
MATCH (w:Watch {id: d.watch_id})
SET w.last_sent_at = $now
"""

# A webhook POST failed: retry at $retry_at, or give up (null); the watch counts the failure.
WEBHOOK_FAILED = """
MATCH (d:Delivery {id: $id})
SET d.attempts = d.attempts + 1, d.next_attempt_at = $retry_at,
    d.failed_at = CASE WHEN $retry_at IS NULL THEN $now ELSE null END
WITH d
MATCH (w:Watch {id: d.watch_id})
SET w.failures = coalesce(w.failures, 0) + 1, w.last_error = $error, w.last_error_at = $now
"""

# --- places -----------------------------------------------------------------------------

# The ids of the places the place filters match (`_PLACE_MATCH`), from their indexes (id,
# country, point); the event filters then take `$place_ids`, a flat list the planner
# handles at once where the nested filter made every event query slow to plan.
MATCHING_PLACES = f"""
MATCH (p:Place)
WHERE {_PLACE_MATCH}
RETURN collect(p.id) AS ids
"""

# Events located at the matching places ($place_ids), newest first.
PLACE_EVENTS = f"""
MATCH (p:Place)
WHERE p.id IN $place_ids
MATCH (p)<-[:OCCURRED_IN]-(e:Event)
WHERE {_EVENT_FILTERS}
{_EVENT_PAGE}
"""

# Event counts over the events located at the matching places.
PLACE_EVENT_COUNTS = f"""
MATCH (p:Place)
WHERE p.id IN $place_ids
MATCH (p)<-[:OCCURRED_IN]-(e:Event)
WHERE {_EVENT_FILTERS}
{_COUNT_BUCKETS}
"""

# Events per place for a map, most first, under the event filters and optionally an actor's
# or a country's actors' involvement.
PLACE_COUNTS = f"""
MATCH (p:Place)
WHERE $place_ids IS NULL OR p.id IN $place_ids
MATCH (p)<-[:OCCURRED_IN]-(e:Event)
WHERE {_EVENT_FILTERS}
  AND ($actor IS NULL OR EXISTS {{ (e)-[:INVOLVES]->(:Actor {{id: $actor}}) }})
  AND ($country IS NULL OR EXISTS {{ (e)-[:INVOLVES]->(:Actor {{country: $country}}) }})
WITH p, count(DISTINCT e) AS n
ORDER BY n DESC, p.id
RETURN collect(p {{.id, .name, .geonameid, .kind, .country, .admin1, .lat, .lon, n: n}})
  AS places
"""

# Full-text place search (the Lucene query is built by reads.py), with the events there.
SEARCH_PLACES = """
CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $limit})
YIELD node, score
RETURN node {.id, .name, .geonameid, .kind, .country, .admin1, .lat, .lon, score: score,
             n_events: COUNT { (node)<-[:OCCURRED_IN]-(:Event) }} AS place
ORDER BY place.score DESC, place.n_events DESC, place.id
"""

# --- user Cypher (graph/cypher.py) ------------------------------------------------------

# The metadata key tagging the transactions of one POST /cypher request.
CYPHER_TAG = "newsgraph_cypher"

# The transactions of one request, found by their metadata tag.
TAGGED_TRANSACTIONS = (
    f"SHOW TRANSACTIONS YIELD transactionId AS id, metaData WHERE metaData.{CYPHER_TAG} = $tag "
    "RETURN id"
)

# Ask the server to stop them.
TERMINATE = "TERMINATE TRANSACTIONS $ids"
