"""Articles in, articles with their actors and dated events out: the NLP stage of ingest.

Each article is parsed (`ingest.nlp.parse`), its actors resolved (`ingest.nlp.actors`), its
events found (`ingest.nlp.events`) and kept only where a political actor takes part
(`ingest.nlp.political`), then dated (`ingest.nlp.event_dating`) and located
(`ingest.nlp.event_places`).
"""

import hashlib
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date
from functools import partial
from itertools import islice

from spacy.tokens import Doc, Token

from graph.models import (
    Actor,
    ActorKind,
    Article,
    DatePrecision,
    DateSource,
    Event,
    EventType,
    ExtractedArticle,
    Toponym,
)
from ingest.nlp.actors import ArticleActors, resolve_actors
from ingest.nlp.event_dating import (
    EventDater,
    Parties,
    earlier_stages,
    find_deaths,
    in_life,
    in_month_covered,
    told_again,
)
from ingest.nlp.event_places import locations
from ingest.nlp.events import EventMention, find_events
from ingest.nlp.lexicon import load_lexicon
from ingest.nlp.parse import parse_texts, trigger_word
from ingest.nlp.places import PlaceKind, find_toponyms, read_headline
from ingest.nlp.political import (
    by_crowd,
    by_state,
    by_unidentified,
    by_unknown_bomber,
    cause_told,
    on_place_state,
    on_struck_state,
    political,
    without_own_forces,
)
from ingest.nlp.senses import lookup_noun, objects_of
from ingest.nlp.syntax import (
    agent_noun,
    bare_passive,
    children,
    definite_noun,
    lower_lemma,
    prep_objects,
)
from ingest.nlp.textprep import as_written, doc_text


def extract_events(
    articles: Iterable[Article], *, batch_size: int = 32
) -> Iterator[ExtractedArticle]:
    """Yield each article with its actors and dated PLOVER events, in input order."""
    it = iter(articles)
    while chunk := list(islice(it, batch_size)):
        english = [a for a in chunk if _skip_reason(a) is None]
        docs = parse_texts([a.text for a in english])
        apart = [_headline_apart(a) for a in english]
        heads = parse_texts([h for h in apart if h])
        done = iter(
            [
                extract_article(a, d, headline=next(heads) if h else None)
                for a, d, h in zip(english, docs, apart, strict=True)
            ]
        )
        for article in chunk:
            reason = _skip_reason(article)
            if reason is not None:
                yield ExtractedArticle(**article.model_dump(), nlp_skipped=reason)
            else:
                yield next(done)


def extract_article(article: Article, doc: Doc, *, headline: Doc | None = None) -> ExtractedArticle:
    """Actors and dated events of one article from its fully parsed text (and its parsed
    `headline` where the text does not open with it, `_headline_apart`)."""
    published = article.published_at.date() if article.published_at else None
    toponyms = find_toponyms(doc)
    heading = None if headline is None else read_headline(headline, toponyms)
    actors = resolve_actors(
        doc, published, toponyms=toponyms, publisher=article.source, headline=heading
    )
    by_id = {a.id: a for a in actors.actors}
    parsed = doc_text(doc)
    spans = actors.mentions()
    found = [
        _doers_told(_as_written(article.text, parsed, m), m, by_id, doc, toponyms, spans)
        for m in find_events(
            doc,
            spans,
            regions=_ids_of(actors, ActorKind.LOCATION),
            people=_ids_of(actors, ActorKind.PERSON),
            states=_ids_of(actors, ActorKind.COUNTRY),
            countries={a.id: a.country for a in actors.actors if a.country},
            located=_places_in(spans, toponyms, by_id),
            sectors={
                a.id: a.sector
                for a in actors.actors
                if a.kind in (ActorKind.ORGANISATION, ActorKind.GROUP) and a.sector
            },
        )
        if political(m, by_id, doc=doc, spans=spans)
    ]
    # Arms that struck in no one state known struck no side: no event.
    found = [m for m in found if not (m.struck and m.sideless_attack)]
    # A line a page repeats (a teaser above its story, a list of headlines) tells the same
    # act in the same words: one event.
    told: dict[tuple[object, ...], EventMention] = {}
    for m in found:
        told.setdefault((m.sentence, m.type, m.source, m.target, m.participants), m)
    found = list(told.values())
    dater = EventDater(parsed, doc, article.published_at)
    deaths = find_deaths(doc, actors)
    lives = [in_life(m, doc, actors, deaths) for m in found]
    dated = [_dated(article, m, dater, prior=life) for m, life in zip(found, lives, strict=True)]
    # Dated again, as background: an earlier stage of a legal process the story dates.
    people = _ids_of(actors, ActorKind.PERSON)
    dated = [
        _dated(article, m, dater, prior=True) if stage and not life else e
        for m, e, life, stage in zip(
            found, dated, lives, earlier_stages(dated, people), strict=True
        )
    ]
    # An act a definite noun tells again keeps the date of its earlier telling.
    parties = Parties(
        people=people,
        states=_ids_of(actors, ActorKind.COUNTRY),
        countries={a.id: a.country for a in actors.actors if a.country},
    )
    dated = told_again(dated, [trigger_word(doc, m) for m in found], parties)
    # A monthly round-up tells the acts of the month its heading names.
    dated = in_month_covered(dated, article.title, published)
    places = locations(
        doc,
        found,
        toponyms,
        by_id,
        spans,
        headline=heading,
        background=[dater.background(e) for e in dated],
    )
    # A state's act told with no doer is its body's where its place tells the state.
    doers = [
        by_state(
            m,
            by_id,
            doc=doc,
            location=p,
            toponyms=toponyms,
            spans=spans,
            main=actors.country,
        ).source
        for m, p in zip(found, places, strict=True)
    ]
    events = [
        e.model_copy(update={"location": p, "source": list(s)})
        for e, p, s in zip(dated, places, doers, strict=True)
    ]
    words = [trigger_word(doc, m) for m in found]
    events = _without_retellings(_doers_of_passives(events, words, parties), words, parties)
    # The article's actors, with those only its events name (`by_unidentified`, `by_state`).
    cast = list(by_id.values())
    return ExtractedArticle(**article.model_dump(), actors=cast, events=events)


# How many sentences on an act told again is still the same telling: a quote or a detail
# after the lede ("Lam announced ... . ... 'We will withdraw the bill,' Lam said.").
_RETELLING_REACH = 3
# Words that tell a second act of a kind told before ("police also arrested three").
_ANOTHER = frozenset({"also", "again", "another", "further", "too", "additional", "second"})


def _without_retellings(
    events: list[Event], words: list[Token | None], parties: Parties
) -> list[Event]:
    """ "Police shot the attacker dead. He was shot in the head by another officer.", "Lam
    announced the bill's withdrawal. 'We will withdraw the bill,' she said.": an act told
    a few sentences on by the same word, of the same type and manner, with the same sides or
    one untold, flags and time (`_same_act`), in no other place, and no word of another act
    ("also", "again"), is that act told again, a quote or a detail of it: one event, the first
    telling at the better time (the one-a-day rule of event data, kept to nearby sentences;
    on a named person, to the whole article: `_harm_told_before`)."""
    kept: list[tuple[int, Token]] = []
    out: list[Event] = []
    for event, word in zip(events, words, strict=True):
        retold = (
            None
            if word is None
            else next((i for i, w in kept if _retold(event, word, out[i], w)), None)
        )
        if retold is not None:
            out[retold] = _with_time_of(out[retold], event)
            continue
        named = [] if word is None else _named_again(event, word, out, kept, parties)
        for i in named:
            out[i] = _with_sides_of(out[i], event)
        if named:
            continue
        harmed = None if word is None else _harm_told_before(event, word, out, parties)
        if harmed is not None:
            out[harmed] = _with_time_of(_with_sides_of(out[harmed], event), event)
            continue
        out.append(event)
        if word is not None:
            kept.append((len(out) - 1, word))
    return out


def _harm_told_before(event: Event, word: Token, out: list[Event], parties: Parties) -> int | None:
    """ "Gunmen shot the reporter Ana Ruiz on Monday. ... Ruiz's killing drew protests.": an
    attack on a named person told again anywhere in the article, by the same doer or one
    untold, at no other time than the earlier telling's (`_one_time`) nor in another place,
    with no word on it of another act ("again", "another attack"), is that attack: a body is
    harmed once a day (the one-a-day rule of event data, on a person). The place in `out` of
    the nearest such earlier telling, else none."""
    if event.type is not EventType.ASSAULT or any(
        c.lower_ in _ANOTHER | _OTHER_ACT for c in word.children
    ):
        return None
    people = parties.people.intersection(event.target)
    return next(
        (
            i
            for i, before in reversed(list(enumerate(out)))
            if before.type is EventType.ASSAULT
            and before.hypothetical == event.hypothetical
            and people & set(before.target)
            and (
                not event.source
                or not before.source
                or _one_side(event.source, before.source, parties)
            )
            and _one_time(event, before)
            and _one_place(event, before)
        ),
        None,
    )


# The keys a period holds the days of, by its precision ("1968" holds "June 1968").
_PERIOD_KEYS: dict[DatePrecision, Callable[[date], object]] = {
    DatePrecision.YEAR: lambda d: d.year,
    DatePrecision.MONTH: lambda d: (d.year, d.month),
}


def _one_time(event: Event, before: Event) -> bool:
    """Whether a later telling tells no other time than an earlier one (`_no_other_day`), the
    earlier is dated by the publication alone, or the one time is within the other ("in 1968",
    "in June 1968")."""
    if _no_other_day(event, before) or before.date_source in (None, DateSource.PUBLISHED_AT):
        return True
    finer, coarser = sorted((event, before), key=lambda e: _fineness(e)[2])
    key = _PERIOD_KEYS.get(coarser.date_precision or DatePrecision.DAY)
    return (
        key is not None
        and finer.date_precision != coarser.date_precision
        and key(finer.date or date.min) == key(coarser.date or date.min)
    )


def _fineness(event: Event) -> tuple[bool, bool, int]:
    """How well a telling dates its act, best first: by a time the text tells, by its own
    sentence's, then by the precision of its time."""
    order = list(DatePrecision)
    return (
        event.date is None or event.date_source is DateSource.PUBLISHED_AT,
        event.date_source is not DateSource.SENTENCE,
        order.index(event.date_precision) if event.date_precision else len(order),
    )


def _with_time_of(told: Event, again: Event) -> Event:
    """An act with the time its later telling dates it by where that is the better one (a
    headline dated by its publication, "Khan was shot on Friday"; "in 1968", "in June 1968")."""
    if _fineness(again) >= _fineness(told):
        return told
    keys = ("date", "date_precision", "date_source")
    return told.model_copy(update={k: getattr(again, k) for k in keys})


# How many sentences after an act told with its doer a passive telling it still takes that doer.
_DOER_REACH = 2


def _doers_of_passives(
    events: list[Event], words: list[Token | None], parties: Parties
) -> list[Event]:
    """ "The House impeached Trump in December. Clinton was impeached in 1998.": an act told
    in a passive with no agent, as an act of its type told with its doer a sentence or two
    before (`_telling_of`), is done by that doer, where only one doer is told so, the one
    acted on is not on that doer's side ("Troops killed ten rebels. Four soldiers were
    killed": by the rebels, unsaid) and no other act it befell in is named ("were killed in
    the clashes": by either side)."""
    out = list(events)
    for k, (event, word) in enumerate(zip(events, words, strict=True)):
        if event.source or not event.target or word is None or not _agentless_passive(word):
            continue
        if any(lookup_noun(load_lexicon(), n) for n in prep_objects(word, ("in", "during"))):
            continue
        doers = {
            tuple(before.source)
            for before, told in zip(events, words, strict=True)
            if told is not None
            and told.i < word.i
            and _sentences_apart(told, word) <= _DOER_REACH
            and before.source
            and _telling_of(event, word, before, told, parties)
        }
        doer = [*doers.pop()] if len(doers) == 1 else []
        if doer and not _one_side(event.target, doer, parties):
            out[k] = event.model_copy(update={"source": doer})
    return out


def _agentless_passive(word: Token) -> bool:
    """A verb in the passive ("were injured") that names no agent ("by police")."""
    passive = children(word, ("auxpass", "nsubjpass")) or bare_passive(word)
    return bool(passive) and agent_noun(word, by_prep=True) is None


def _same_patient(ours: list[str], others: list[str], parties: Parties) -> bool:
    """Whether two acts' targets share an actor or a state ("President Trump", "Clinton")."""
    countries = parties.countries
    codes = [{countries.get(i) for i in side} - {None} for side in (ours, others)]
    return bool(set(ours) & set(others) or codes[0] & codes[1])


def _telling_of(event: Event, word: Token, before: Event, told: Token, parties: Parties) -> bool:
    """Whether an act told earlier by `told` is `event`'s (trigger word `word`) told again: of
    the same type and flags, by the same verb on the same people or state, or by another
    verb on the same actors ("police attacked protesters. Two protesters were killed")."""
    if (event.type, event.hypothetical) != (before.type, before.hypothetical):
        return False
    if set(event.target) & set(before.target):
        return True
    same_verb = _trigger_lemmas(event, word) & _trigger_lemmas(before, told)
    return bool(same_verb) and _same_patient(event.target, before.target, parties)


def _named_again(
    event: Event,
    word: Token,
    out: list[Event],
    kept: list[tuple[int, Token]],
    parties: Parties,
) -> list[int]:
    """ "A car bomb hit a base. Dozens died in the attack, conducted by the Taliban.", "Three
    bombs went off. ISIS claimed responsibility for all three attacks.": an act its definite
    noun of the act's own type names again (`_act_nouns`), a few sentences after acts of that
    type by no other sides, on no other day told, is those acts told again: the places in
    `out` of the acts it names (the one, or all for a plural noun), else none."""
    nouns = _act_nouns(word, event)
    if not nouns or any(t.lower_ in _ANOTHER for t in word.sent):
        return []
    earlier = [(i, w) for i, w in reversed(kept) if w.i < word.i]
    near = [
        i
        for i, w in earlier
        if _sentences_apart(w, word) <= _RETELLING_REACH
        and _may_be_same_act(event, out[i], parties)
    ]
    if any(n.tag_ == "NNS" for n in nouns):
        return near
    if near:
        # "the attack" after two attacks: which one, the text does not tell.
        rivals = [i for i, w in earlier if _sentences_apart(w, word) <= _RETELLING_REACH]
        return near if [out[i].type for i in rivals].count(event.type) == 1 else []
    mentioned = [
        i
        for i, _ in earlier
        if _mention_of(event, word, out[i]) and _may_be_same_act(event, out[i], parties)
    ]
    return mentioned[:1]


def _mention_of(event: Event, word: Token, before: Event) -> bool:
    """ "Regarding Trump's phone call, ...": a definite noun telling an act by no party the
    earlier telling had not, dated as that telling (`told_again`), is a mention of it however
    far on: it tells nothing new."""
    told = {*before.source, *before.target, *before.participants}
    return (
        definite_noun(word)
        and event.date_source is DateSource.DISCOURSE
        and event.date == before.date
        and {*event.source, *event.target, *event.participants} <= told
    )


# Words on an act noun that make it another act than those told ("another attack", "a
# second strike", "the latest raid").
_OTHER_ACT = frozenset(
    {"other", "another", "second", "third", "new", "latest", "separate", "earlier", "previous"}
)


def _act_nouns(word: Token, event: Event) -> list[Token]:
    """The definite nouns of an act's type its trigger word tells it by: the word itself ("the
    attack"), its object or passive subject of its trigger ("the call was made"), what it is
    done in or
    during ("died in the attack", "talked during the meeting"), or the acts its claim of
    responsibility is for ("claimed responsibility for all three attacks")."""
    lex = load_lexicon()
    written = event.trigger.split()
    told = [c for c in children(word, ("dobj", "nsubjpass")) if c.text in written]
    near = [word, *told, *prep_objects(word, ("in", "during"))]
    claimed = [o for o in objects_of(word) if lower_lemma(o) == "responsibility"]
    near += [n for o in claimed for n in prep_objects(o, ("for",))]
    return [
        n
        for n in near
        if (definite_noun(n) or _all_of(n))
        and not any(c.lower_ in _OTHER_ACT for c in n.children)
        and (found := lookup_noun(lex, n)) is not None
        and found[0] is event.type
    ]


def _all_of(noun: Token) -> bool:
    """ "all three attacks", "these attacks": a plural noun gathering acts told before."""
    return noun.tag_ == "NNS" and any(
        c.dep_ in ("det", "predet") and c.lower_ in ("all", "these", "those", "both")
        for c in noun.children
    )


def _may_be_same_act(event: Event, before: Event, parties: Parties) -> bool:
    """Whether an act named again may be one told before: its type and flags, each side
    naming the same states where both name one and neither side the other's, its parties
    among those told, no other place, and its day the same or not told by its own sentence."""
    if (event.type, event.hypothetical) != (before.type, before.hypothetical):
        return False
    sides = (event.source, before.source), (event.target, before.target)
    crossed = (event.source, before.target), (event.target, before.source)
    return (
        all(not a or not b or _one_side(a, b, parties) for a, b in sides)
        and not any(a and b and _one_side(a, b, parties) for a, b in crossed)
        and set(event.participants) <= {*before.source, *before.target, *before.participants}
        and _one_place(event, before)
        and _no_other_day(event, before)
    )


def _no_other_day(event: Event, before: Event) -> bool:
    """Whether a later telling tells no other day than an act told before: its day is not its
    own sentence's, or it is the same day the earlier telling's own sentence told (not one that
    earlier telling only took from this one)."""
    if event.date_source is not DateSource.SENTENCE:
        return True
    return event.date == before.date and before.date_source is DateSource.SENTENCE


def _retold(event: Event, word: Token, before: Event, told: Token) -> bool:
    """Whether `event` (its first trigger word `word`) tells again `before`, told a few
    sentences before it by the same word."""
    return (
        0 < _sentences_apart(told, word) <= _RETELLING_REACH
        and bool(event.source or event.target)
        and _same_act(event, before)
        and bool(_trigger_lemmas(event, word) & _trigger_lemmas(before, told))
        and not _other_grounds(word, told)
        and not _new_object(word)
        and not any(t.lower_ in _ANOTHER for t in word.sent)
    )


def _new_object(word: Token) -> bool:
    """Whether a verb acts on a thing its telling names anew ("Pompeo requested an exemption"
    after "Pompeo requested new rules"): an object with an indefinite article is none told
    before."""
    return any(
        d.lower_ in ("a", "an")
        for c in children(word, ("dobj", "nsubjpass"))
        for d in children(c, ("det",))
    )


# The prepositions of what an act is done for or over ("criticized him for the plan").
_GROUNDS = ("for", "over")


def _one_side(ours: list[str], others: list[str], parties: Parties) -> bool:
    """Whether two sides are one: an actor on both, or a state on one and its body or person
    on the other ("Israel", "Israeli forces"); not two actors of one state (the Taliban and
    Afghan forces)."""
    states, countries = parties.states, parties.countries
    codes = [{countries.get(i) for i in side} for side in (ours, others)]
    nations = [{countries.get(i) for i in side if i in states} for side in (ours, others)]
    return bool(set(ours) & set(others) or nations[0] & codes[1] or nations[1] & codes[0])


def _with_sides_of(told: Event, again: Event) -> Event:
    """An act with the sides its later telling names where it told none ("Dozens died in the
    attack, conducted by the Taliban": its doer); one told by its participants alone has those
    the later telling adds among them ("X and Y met. Z joined the talks")."""
    if told.participants and not (told.source or told.target):
        added = [*again.source, *again.target, *again.participants]
        return told.model_copy(
            update={"participants": list(dict.fromkeys(told.participants + added))}
        )
    return told.model_copy(
        update={"source": told.source or again.source, "target": told.target or again.target}
    )


def _other_grounds(word: Token, told: Token) -> bool:
    """ "Biden attacked Trump for his taxes. Biden attacked Trump for the deaths.": acts that
    each name what they are done for, not the same thing, are two acts."""
    grounds = [{lower_lemma(o) for o in prep_objects(w, _GROUNDS)} for w in (word, told)]
    return all(grounds) and not grounds[0] & grounds[1]


def _trigger_lemmas(event: Event, word: Token) -> set[str]:
    """The lemmas of an event's trigger words near its first one, less the light verbs and
    those of occurrence, which name no act ("took place", "made a call": "call")."""
    lex = load_lexicon()
    written = set(event.trigger.lower().split())
    near = [word, word.head, *word.children, *(g for c in word.children for g in c.children)]
    lemmas = {lower_lemma(t) for t in near if t.lower_ in written}
    return lemmas - lex.light_verbs - lex.occurrence


def _same_act(event: Event, before: Event) -> bool:
    """Whether a later telling agrees with an earlier one on all an act is coded by: type,
    manner, flags, parties, each side the same or untold ("police shot the gunman. Police
    shot him as he ran"), no other time (`_one_time`), no other place."""
    keys = ("type", "mode", "participants", "hypothetical")
    sides = (event.source, before.source), (event.target, before.target)
    return (
        all(getattr(event, k) == getattr(before, k) for k in keys)
        and all(not ours or ours == theirs for ours, theirs in sides)
        and _one_time(event, before)
        and _one_place(event, before)
    )


def _one_place(event: Event, other: Event) -> bool:
    """Whether two tellings name no two places."""
    return len({p.name for p in (event.location, other.location) if p is not None}) < 2


_SENTENCE_STARTS = "newsgraph.sentence_starts"  # `_sentences_apart`'s, in the doc's user data


def _sentences_apart(first: Token, second: Token) -> int:
    """How many sentences after `first`'s `second`'s is."""
    # Asked of every pair of nearby acts: the doc's sentence starts are found once, not walked
    # over for each pair.
    doc = first.doc
    starts: list[int] | None = doc.user_data.get(_SENTENCE_STARTS)
    if starts is None:
        starts = doc.user_data[_SENTENCE_STARTS] = [s.start for s in doc.sents]
    return bisect_right(starts, second.i) - bisect_right(starts, first.i)


def _doers_told(
    mention: EventMention,
    found: EventMention,
    by_id: dict[str, Actor],
    doc: Doc,
    toponyms: list[Toponym],
    spans: list[tuple[int, int, str]],
) -> EventMention:
    """The mention with the roles the text tells beside its clause, in turn: no target of the
    source's own forces, a crowd's protesters, an unknown bomber, the unidentified armed
    actor of a cause told (read from the mention as `found`), the state of a place taken."""
    terror = cause_told(found, by_id, doc=doc, spans=spans)
    mention = without_own_forces(mention, by_id)
    mention = by_crowd(mention, by_id, doc=doc, toponyms=toponyms)
    mention = on_struck_state(mention, by_id, doc=doc, toponyms=toponyms)
    mention = by_unknown_bomber(mention, by_id, doc=doc, toponyms=toponyms)
    mention = by_unidentified(mention, by_id, terror=terror)
    return on_place_state(mention, by_id, doc=doc, toponyms=toponyms)


def _headline_apart(article: Article) -> str | None:
    """The article's title where its text does not open with it (a feed's or a wiki's
    record keeps them apart; a page's text often opens with its headline)."""
    title = (article.title or "").strip()
    return title if title and not article.text.lstrip().startswith(title) else None


def _as_written(text: str, parsed: str, mention: EventMention) -> EventMention:
    """The mention quoting the article's own characters, not the parser's re-cased copy."""
    trigger = as_written(text, parsed, mention.trigger, mention.trigger_start)
    return replace(mention, sentence=text[mention.start : mention.end], trigger=trigger)


# Places that are ground of a state, not a continent or a state itself.
_GROUND = frozenset({PlaceKind.CITY, PlaceKind.DISTRICT, PlaceKind.REGION})


def _places_in(
    spans: Iterable[tuple[int, int, str]], toponyms: Iterable[Toponym], by_id: dict[str, Actor]
) -> dict[str, str]:
    """The country the gazetteer places each town or region actor in ("Kharkiv": UKR); a
    place with no government of its own is still its state's ground."""
    places = {(t.start, t.end): t.country for t in toponyms if t.kind in _GROUND and t.country}
    return {
        a: country
        for start, end, a in spans
        if by_id[a].kind is ActorKind.LOCATION and (country := places.get((start, end)))
    }


def _ids_of(actors: ArticleActors, kind: ActorKind) -> frozenset[str]:
    return frozenset(a.id for a in actors.actors if a.kind == kind)


def event_id(article_id: str, sentence_start: int, trigger_start: int) -> str:
    """Deterministic id of an event within its article."""
    key = f"{article_id}\x1f{sentence_start}\x1f{trigger_start}"
    return hashlib.sha256(key.encode()).hexdigest()[:24]


def _skip_reason(article: Article) -> str | None:
    lang = (article.language or "en").lower()
    if lang == "en" or lang.startswith("en-"):
        return None
    return f"language {article.language} is not English"


def _dated(
    article: Article, mention: EventMention, dater: EventDater, *, prior: bool = False
) -> Event:
    """The event of a mention, dated by the article's dater (undated when it cannot say);
    an act the story tells as `prior` to its news is background (`EventDater.date`)."""
    confidence = mention.confidence
    happened = not mention.hypothetical
    date_it = partial(
        dater.date,
        mention.trigger_start,
        (mention.start, mention.end),
        clause=mention.clause,
        future_at=mention.future_at,
        prior=prior,
        event_type=mention.type,
    )
    dated = date_it(happened=happened)
    hypothetical = mention.hypothetical
    if happened and dater.on_schedule(mention.trigger_start):
        # "The leaders meet in Geneva on Friday": a present with a day of its own tells an act
        # on a schedule; dated after publication, it has not happened yet.
        ahead = date_it(happened=False)
        if ahead is not None and dater.anchor is not None and ahead[0] > dater.anchor:
            dated, hypothetical = ahead, True
    when, precision, source = (None, None, None) if dated is None else dated
    if article.published_at is None:
        confidence = round(confidence * 0.9, 2)
    return Event(
        id=event_id(article.id, mention.start, mention.trigger_start),
        type=mention.type,
        mode=mention.mode,
        quad_class=mention.quad_class,
        date=when,
        date_precision=precision,
        date_source=source,
        source=list(mention.source),
        target=list(mention.target),
        participants=list(mention.participants),
        sentence=mention.sentence,
        start=mention.start,
        end=mention.end,
        trigger=mention.trigger,
        confidence=confidence,
        hypothetical=hypothetical,
    )
