"""Where events happened: each event's location (`locations`).

Each event is located from its trigger's own locative (`ingest.nlp.places`); an act done in
person with none goes on the story's last earlier scene, no other place told between
(`_continued`; the act its first sentence tells is one, coded or not, as is one a sentence
says took place: `_scenes`; and its headline's where kept apart: `_headline_scene`); a police's
or a court's act on the scene its next sentence tells (`_told_next`); else where its sides' own
police or courts act, their state (`_located`).
"""

import re
from collections.abc import Collection

from spacy.tokens import Doc, Token

from graph.models import (
    QUAD_CLASS,
    Actor,
    ActorKind,
    EventType,
    Location,
    LocationPrecision,
    Toponym,
)
from ingest.nlp.events import EventMention
from ingest.nlp.gazetteer import load_gazetteer, sectors_of
from ingest.nlp.lexicon import MATERIAL, Lexicon, load_lexicon
from ingest.nlp.places import (
    STATE_KINDS,
    Headline,
    around,
    event_toponyms,
    locate_event,
    locate_in_state,
    trigger_tokens,
    unknown_places,
)
from ingest.nlp.senses import agent_codes
from ingest.nlp.syntax import SIDE_MODIFIERS, children, definite_noun, lower_lemma

# A scene: the character span of what tells it, where, and the kind of act done there.
_Scene = tuple[int, int, Location, EventType | None]
_HOME = sectors_of("home")  # police and courts, who act only in their own state
_STATE = sectors_of("state")  # a state's bodies, of which a town's or a region's act there
# Retreats that give back, not leave: a release's "from" is a detention ("freed from
# prison"), a return's where the returned come from, not where it is done.
_RETURNS = frozenset({"release", "return"})


def locations(
    doc: Doc,
    mentions: list[EventMention],
    toponyms: list[Toponym],
    by_id: dict[str, Actor],
    spans: list[tuple[int, int, str]],
    *,
    headline: Headline | None = None,
    background: list[bool] | None = None,
) -> list[Location | None]:
    """Where each act happened: its trigger's own locative or its police's or court's
    (`locate_event`; `spans` are the actors' mentions), else the story's earlier scene
    (`_continued`, the `headline`'s too where the text does not hold it: `_headline_scene`;
    not of an act told as `background`, dated long before the story, nor of one told a time
    apart from another: `_told_apart`), a police's or a court's act the scene its next
    sentence tells (`_told_next`), else the state of its sides' own police or courts
    (`_located`)."""
    likely = event_toponyms(doc, toponyms)
    wheres = _wheres(doc, toponyms)
    lex = load_lexicon()
    acts = lex.nouns.keys() | lex.happenings  # "the Kabul attack", "a blast in Kabul"
    told_at: list[Location | None] = []
    for m in mentions:
        if _held_out(doc, m, lex):
            told_at.append(None)
            continue
        home = _home_sides(m, by_id)
        seats = [(s, e) for s, e, a in spans if a in home and m.start <= s < m.end]
        told_at.append(
            locate_event(
                doc,
                m.trigger_start,
                m.trigger,
                likely,
                in_person=_in_person(m),
                acts=acts,
                seats=seats,
                at_occasion=_in_person(m) or bool(seats),
                verdict=m.mode == "convict",
                deployment=m.type is EventType.MOBILIZE,
                retreat=m.type is EventType.RETREAT and m.mode not in _RETURNS,
            )
        )
    located = []
    occurrences = _scenes(doc, likely, lex, acts)
    apart = [
        past or _told_apart(doc, m)
        for m, past in zip(mentions, background or [False] * len(mentions), strict=True)
    ]
    scenes = _continued(
        mentions,
        told_at,
        [t for t in wheres if not _origin(doc, t)],
        unknown=unknown_places(doc, toponyms),
        scenes=occurrences,
        headline=None if headline is None else _headline_scene(headline, lex, acts),
        told_back=[_told_back(doc, m, lex) for m in mentions],
        background=apart,
    )
    scenes = _told_next(
        doc,
        mentions,
        scenes,
        by_id,
        own=told_at,
        occurrences=occurrences,
        wheres=wheres,
        background=apart,
    )
    for m, t in zip(mentions, scenes, strict=True):
        told_in = [p for p in toponyms if m.start <= p.start < m.end]
        elsewhere = {p for p in told_in if p in wheres and _another_act_at(doc, p, acts)}
        located.append(
            _located(
                m,
                by_id,
                told=t,
                named=states_named(doc, m, toponyms),
                elsewhere={p.country for p in elsewhere}
                - {p.country for p in told_in if p not in elsewhere},
            )
        )
    return located


def _told_next(
    doc: Doc,
    mentions: list[EventMention],
    places: list[Location | None],
    by_id: dict[str, Actor],
    *,
    own: list[Location | None],
    occurrences: list[_Scene],
    wheres: list[Toponym],
    background: list[bool],
) -> list[Location | None]:
    """A police's or a court's act with no place told, in a sentence naming none, goes on the
    one scene the next sentence tells, of a police's or a court's act there (`own`: "Police
    arrested six people. Officers of the Dayton police seized ...") or of an occurrence
    (`occurrences`, `_scenes`: "Police arrested two men. The raid took place in Leeds."), in
    their own state: a report of an arrest or a sentence tells the where after the what, in
    the same paragraph or, as wire copy gives each sentence its own, in the next. Not of an
    act told as `background`, nor on a scene told so."""
    told = [
        (e.trigger_start, p)
        for e, p, past in zip(mentions, own, background, strict=True)
        if p is not None and not past and _home_sides(e, by_id)
    ]
    told.extend((start, place) for start, _, place, _ in occurrences)
    found = list(places)
    for i, m in enumerate(mentions):
        sides = _home_sides(m, by_id)
        heads = trigger_tokens(doc, m.trigger_start, m.trigger)
        if found[i] is not None or background[i] or not sides or not heads:
            continue
        sentence = heads[0].sent
        if sentence.end >= len(doc) or any(
            sentence.start_char <= t.start < sentence.end_char for t in wheres
        ):
            continue
        following = doc[sentence.end].sent
        there = {p.id: p for s, p in told if following.start_char <= s < following.end_char}
        states = {by_id[a].country for a in sides} - {None}
        if len(there) == 1 and states <= {p.country for p in there.values()}:
            (found[i],) = there.values()
    return found


def _held_out(doc: Doc, mention: EventMention, lex: Lexicon) -> bool:
    """Whether a threat is coded on the act it holds out ("will withdraw its troops from
    Chad unless ..."), no word of threatening ("warned", "made threats"): that act's phrases
    tell where it would fall, not where the threat was made, as a frame verb's complement
    does not ("threatened ... strike", `locate_event`)."""
    if mention.type is not EventType.THREATEN or " ... " in mention.trigger:
        return False
    coded = [
        lex.verbs.get(t.lemma_) or lex.nouns.get(t.lemma_)
        for t in trigger_tokens(doc, mention.trigger_start, mention.trigger)
    ]
    return not any(c is not None and c[0] is EventType.THREATEN for c in coded)


def _located(
    mention: EventMention,
    by_id: dict[str, Actor],
    *,
    told: Location | None,
    named: set[str],
    elsewhere: set[str | None],
) -> Location | None:
    """Where an act happened: the place `told` of it (its own locative, `locate_event`, or
    the scene it goes on, `_continued`), else the state whose police or courts are a side
    of it (`_home_sides`: "police arrested six people", "a court sentenced him"), as they act
    only at home, where its sentence `named` no place of another state (the states of its
    `_wheres`; "police made arrests in Kenya, Uganda and Tanzania": their state is a guess
    from one of those; a continent is of no state: "an African American man" leaves American
    police at home), nor where it names their state only as where another act happened
    ("police arrested a man in connection with a bombing in Kampala": their state is a guess
    from the bombing's, and suspects are chased abroad; "Ugandan police arrested ..." tells
    it)."""
    if told is not None:
        return told
    # A body's country may be a dictionary's guess at a namesake: generic agents only.
    homes = {
        by_id[a].country for a in _home_sides(mention, by_id) if by_id[a].kind is ActorKind.SECTOR
    }
    if len(homes) != 1:
        return None  # none, or two states' police: no one state
    home = homes.pop()
    if home is None or named - {home} or home in elsewhere:
        return None
    return locate_in_state(home)


def _another_act_at(doc: Doc, toponym: Toponym, acts: Collection[str]) -> bool:
    """Whether a toponym is told in a phrase of a noun of an act, as its place or its site's
    ("a bombing in Kampala", "the attack on a church in Lyon"): the place of that act."""
    span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("pobj", "conj"):
        return False
    for word in span.root.ancestors:
        if word.pos_ in ("VERB", "AUX"):
            return False
        if word.pos_ == "NOUN" and word.lemma_ in acts:
            return True
    return False


def _home_sides(mention: EventMention, by_id: dict[str, Actor]) -> set[str]:
    """The sides of a material act or a meeting that are police or courts, who act only
    where they sit; a word is said anywhere ("accused police in Karachi of torture"). A
    sanction is imposed from afar: only its doer's count ("sanctions on Hong Kong police"
    are not imposed in Hong Kong). Generic agents, and bodies whose name holds police or a
    court ("the Dayton Police Department"); not a named judge or officer. Of a material act,
    also any state body a town's or a region's name names (`locate_event` reads the name:
    "the Kano State Government demolished houses"; a state's name tells whose it is, "the
    Syrian army"); a local body's meeting may be held where it travels."""
    if not (_in_person(mention) or mention.type is EventType.SANCTION):
        return set()
    material = _in_person(mention) and mention.type is not EventType.CONSULT
    sides = (
        mention.source
        if mention.type is EventType.SANCTION
        else (*mention.source, *mention.target, *mention.participants)
    )
    return {
        a
        for a in sides
        if a in by_id
        and (
            (by_id[a].kind is ActorKind.SECTOR and by_id[a].sector in _HOME)
            or (
                by_id[a].kind is ActorKind.ORGANISATION
                and _body_of(by_id[a].name, _STATE if material else _HOME)
            )
        )
    }


def _body_of(name: str, sectors: Collection[str]) -> bool:
    """Whether an organisation's name holds a body of one of the `sectors`: police or a court
    ("the Dayton Police Department", "Lahore High Court"), which act where they sit as the
    generic ones do, or a government ("the Lagos State Government")."""
    gazetteer = load_gazetteer()
    return any(
        gazetteer.sectors[c].name in sectors
        for _, _, codes in gazetteer.find_agents(name.casefold().split())
        for c in codes.split("|")
        if c in gazetteer.sectors
    )


def states_named(doc: Doc, mention: EventMention, toponyms: list[Toponym]) -> set[str]:
    """The states of the places a mention's sentence names that may tell where (`_wheres`)."""
    told_in = [p for p in toponyms if mention.start <= p.start < mention.end]
    return {p.country for p in _wheres(doc, told_in) if p.country}


def _wheres(doc: Doc, toponyms: list[Toponym]) -> list[Toponym]:
    """The toponyms that may tell where: not a state as a noun's modifier ("two Ugandan
    traders", "U.S. troops" tell whose; "Kampala police" tells where), nor as a verb's doer
    ("Kenya arrested", "an Australian appeared", "was beaten by Ruiz and Redouane", a name
    misread as a town's, tell who), nor any place as a speaker ("Kyiv said")."""
    return [t for t in toponyms if not _whose(doc, t)]


def _whose(doc: Doc, toponym: Toponym) -> bool:
    """Whether a toponym tells who or whose, not where (see `_wheres`): a passive's doer, a
    verb of saying's subject, or a state or a union of states as a noun's modifier or a
    verb's subject ("EU flags", "the EU warned": Europe, as toponyms read it)."""
    span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ == "conj":  # one of several doers: "by Ruiz, Redouane and a third"
        root = root.head
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        return True
    # A place does not speak: what a verb of saying has as its subject is a body or an outlet
    # named for one ("Moscow said", "Kan reported"), not where anything happened; not a
    # dateline the parser takes for one, set off from the verb ("BERLIN -- The agency says").
    if (
        root.dep_ == "nsubj"
        and root.head.lemma_ in load_lexicon().speech
        and not any(t.is_punct or t.is_space for t in doc[span.end : root.head.i])
    ):
        return True
    # A state as a noun's modifier tells whose it is ("Ugandan traders", "U.S. troops"); as
    # its possessor, whose organ it is, it tells where that acts ("Hong Kong's police chief").
    return toponym.kind in STATE_KINDS and (root.dep_ in SIDE_MODIFIERS or root.dep_ == "nsubj")


def _origin(doc: Doc, toponym: Toponym) -> bool:
    """Whether a toponym tells where a person comes from, not where anything happened: a
    modifier of a person ("a Leeds man", "a 40-year-old Ohio woman") or its "of" or "from"
    ("Maria Silva, 41, of Braga"; not one the parser hangs on the verb: "arrested a woman
    from Kano" may tell where she was taken). A person is a name spaCy tags one (untitled,
    or titled as people at large: a senator's "of" is her seat), or a noun
    the generic-agent dictionary reads as people at large, not as a body that acts where it
    sits ("Kisumu police" tell where)."""
    span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in ("of", "from"):
        person = root.head.head
    elif root.dep_ in SIDE_MODIFIERS:
        person = root.head
    else:
        return False
    if person.ent_type_ == "PERSON":
        # A title's "of" is the holder's seat ("Senator X of Ohio", "Mayor Y of Porto"),
        # where they act, not where they come from.
        titles = [c for c in person.lefts if c.dep_ == "compound" and agent_codes(c, own=True)]
        return all(_at_large(c) for c in titles)
    return _at_large(person)


def _at_large(token: Token) -> bool:
    """Whether the generic-agent dictionary reads a noun as people at large (civilians)."""
    sectors = load_gazetteer().sectors
    codes = agent_codes(token, own=True)
    return bool(codes) and all(c in sectors and sectors[c].name == "civilians" for c in codes)


def _in_person(mention: EventMention) -> bool:
    """A meeting or a material act but a sanction: done where its sides are, unlike a word,
    said anywhere, or a sanction, imposed from afar."""
    return mention.type is EventType.CONSULT or (
        mention.quad_class in MATERIAL and mention.type is not EventType.SANCTION
    )


def _lead_scene(
    doc: Doc, toponyms: list[Toponym], lex: Lexicon, acts: Collection[str]
) -> tuple[int, int, Location] | None:
    """Where the act the story's first sentence tells happened, with the sentence's character
    span: a news story opens with what happened where, an event or not ("A bus overturned in
    Kaluga", "A man stabbed three people at a market in Lyon"), and the acts it goes on to
    tell are done there. The locative of its main verbs (where the parser misreads the main
    verb as a noun or an auxiliary, "A bus carrying ... overturned", the verbs on it), as of
    an act done in person; not of a word ("said in Kabul": where it was said), nor of a verb
    coded as another kind of act (a sanction is imposed from afar); else a headline's topic
    before a colon, an act's noun and its place ("Lagos riots: police ...")."""
    first = next(iter(doc.sents), None)
    if first is None:
        return None
    root = first.root
    verbs = [root, *root.conjuncts] if root.pos_ == "VERB" else [*root.children]
    words = lex.speech | lex.speaking | lex.opinion | lex.claims
    for verb in verbs:
        coded = lex.verbs.get(verb.lemma_)
        if verb.pos_ != "VERB" or verb.lemma_ in words:
            continue
        if coded is not None and not (
            coded[0] is EventType.CONSULT
            or (QUAD_CLASS[coded[0]] in MATERIAL and coded[0] is not EventType.SANCTION)
        ):
            continue
        place = locate_event(doc, verb.idx, verb.text, toponyms, in_person=True, acts=acts)
        if place is not None:
            return first.start_char, first.end_char, place
    # A headline's topic before a colon, a noun of an act with its place ("Kabul attack:
    # police arrest two"): the story's act, where the one after the colon is done.
    colon = next((t.i for t in first if t.text == ":"), None)
    topic = doc[first.start : first.start if colon is None else colon]
    if any(t.pos_ in ("VERB", "AUX") for t in topic):
        return None
    for noun in topic:
        if noun.pos_ == "NOUN" and noun.lemma_ in acts:
            place = locate_event(doc, noun.idx, noun.text, toponyms, in_person=True, acts=acts)
            if place is not None:
                return first.start_char, first.end_char, place
    return None


def _scenes(doc: Doc, toponyms: list[Toponym], lex: Lexicon, acts: Collection[str]) -> list[_Scene]:
    """The story's scenes its sentences tell, coded or not, each with its sentence's character
    span and the kind of act it is (None where unknown): its lead's (`_lead_scene`), and where
    a sentence says an act happened ("the shooting took place in Tsuen Wan", "clashes broke
    out in Lagos": an occurrence verb of a noun of an act, which the coder may not code as it
    names no side); not one that may not have ("could happen in Paris", "never took place
    there"), nor one dated by a year, long ago as a rule ("the last draft took place in
    1973"), the scene of an earlier story, not of this one; nor one wider than a scene told
    before it."""
    lead = _lead_scene(doc, toponyms, lex, acts)
    scenes: list[_Scene] = [] if lead is None else [(*lead, None)]
    for verb in (t for t in doc if t.pos_ == "VERB"):
        lemma = lower_lemma(verb)
        said = [lemma, *(f"{lemma} {c.lower_}" for c in children(verb, ("prt", "dobj")))]
        if not any(k in lex.occurrence for k in said):
            continue
        nouns = [c for c in children(verb, ("nsubj",)) if c.lemma_ in acts]
        if not nouns or any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
            continue
        if any(t.ent_type_ == "DATE" and _YEAR.fullmatch(t.text) for t in verb.subtree):
            continue
        place = locate_event(doc, verb.idx, verb.text, toponyms, in_person=True, acts=acts)
        # "The blasts occurred near an Iraqi police station" after a lead in Baghdad: a place
        # wider than a scene told before says nothing finer of where.
        if place is not None and not any(_wider(place, s[2]) for s in scenes):
            kind = lex.nouns.get(nouns[0].lemma_)
            sentence = verb.sent
            scenes.append(
                (sentence.start_char, sentence.end_char, place, None if kind is None else kind[0])
            )
    return scenes


_YEAR = re.compile(r"1\d{3}|20\d{2}")


def _headline_scene(headline: Headline, lex: Lexicon, acts: Collection[str]) -> Location | None:
    """Where the act a headline kept apart from the text tells happened, read as the lead's
    is (`_lead_scene`: "Man stabbed to death in Lyon"), at a place the text names too
    (`Headline`)."""
    doc = headline.doc
    scene = _lead_scene(doc, event_toponyms(doc, headline.toponyms), lex, acts)
    return None if scene is None else scene[2]


def _continued(
    mentions: list[EventMention],
    places: list[Location | None],
    toponyms: list[Toponym],
    *,
    unknown: list[int],
    scenes: list[_Scene],
    headline: Location | None,
    told_back: list[EventType | None],
    background: list[bool],
) -> list[Location | None]:
    """An act done in person with no place told goes on the scene of the story's last
    earlier act done in person with a place, or of its `scenes` (`_scenes`), else of its
    `headline` (`_headline_scene`), where no other place is told between them, after the
    scene's sentence, whose other places it has read ("protesters marched in Lagos ... police
    dispersed them"; not where "... in Abuja" comes between, nor a statement, which is made
    anywhere); `toponyms` are those that may tell where (`_wheres`: "police arrested two
    Canadian tourists" goes on the scene), `unknown` the offsets of towns told that the
    gazetteer lacks (`unknown_places`: "Police arrest 40
    in Nairobi" as a headline, then "police arrested 40 protesters in Kitengela": not Nairobi).
    An act whose sides are counted over many places ("a total of", "four million people
    overall", "across the country") has no one scene, nor one told as done `_ELSEWHERE` than the
    last scene but a wider one told before it. An act done in or during an act told
    before (`told_back`: "six were killed in the attack") goes on the last scene of an act of
    that kind, or of no kind told (the lead's), whatever places were told between, as it is
    that act. An act told as `background`, long before the story ("their leader was arrested
    in 2009"), happened where the story's scene may not be: it neither goes on a scene nor
    gives one, only its own place counts."""
    told: list[_Scene] = [
        (e.trigger_start, e.end, p, e.type)
        for e, p, past in zip(mentions, places, background, strict=True)
        if p is not None and _in_person(e) and not past
    ]
    told.extend(scenes)
    if headline is not None:  # before the text: any place the text tells first comes between
        told.append((-1, 0, headline, None))
    found = list(places)
    for i, m in enumerate(mentions):
        if (
            places[i] is not None
            or not _in_person(m)
            or background[i]
            or _SPREAD.search(m.sentence)
        ):
            continue
        scenes = [s for s in told if s[0] < m.trigger_start]
        same = [s for s in scenes if told_back[i] is not None and s[3] in (None, told_back[i])]
        if same:
            found[i] = max(same, key=lambda s: s[0])[2]
            continue
        if not scenes:
            continue
        last = max(scenes, key=lambda s: s[0])
        if _ELSEWHERE.search(m.sentence):
            # Not at the last scene, but maybe in a wider one it lies in, told before it
            # ("clashes in Hong Kong ... took place in Tsuen Wan ... in other parts of the
            # city, police ...": Hong Kong).
            wider = [s for s in scenes if _wider(s[2], last[2])]
            if not wider:
                continue
            last = max(wider, key=lambda s: s[0])
        _, end, scene, _ = last
        # In the scene's own sentence, all its places count, as none was read for this act.
        start = min(end, m.start)
        between = [t for t in toponyms if start <= t.start < m.end]
        if all(_names_scene(scene, t) for t in between) and not any(
            start <= u < m.end for u in unknown
        ):
            found[i] = scene
    return found


# An act told as done away from the story's last scene: "elsewhere", "in other parts of".
_ELSEWHERE = re.compile(r"\b(?:elsewhere|in (?:other|another|a different)\b)", re.IGNORECASE)
_FINENESS = list(LocationPrecision)  # from the finest to the coarsest


def _wider(area: Location, scene: Location) -> bool:
    """Whether a place is a state or a region a finer scene lies in."""
    if area.country != scene.country or _FINENESS.index(area.precision) <= _FINENESS.index(
        scene.precision
    ):
        return False
    return area.precision is LocationPrecision.COUNTRY or area.admin1 == scene.admin1


def _told_apart(doc: Doc, mention: EventMention) -> bool:
    """Whether an act is told as a time apart from another, by "after" or "before" with its
    distance ("comes a day after the rebels shelled a village", "two weeks before the
    ceasefire"): another occasion, as a background act is, whose place the story's scene
    does not tell."""
    heads = trigger_tokens(doc, mention.trigger_start, mention.trigger)
    if not heads:
        return False
    word = heads[0]
    while word.dep_ == "conj":
        word = word.head
    if word.dep_ == "pobj":  # "days after the shelling of the town"
        links = [word.head]
    elif word.dep_ == "advcl":
        links = [c for c in word.children if c.dep_ == "mark"]
    else:
        return False
    # The distance, before the conjunction, hangs on it or on the clause's verb (not a time
    # of the act's own: "after troops shelled the town last month").
    return any(
        link.lower_ in _APART
        and any(c.dep_ == "npadvmod" and c.i < link.i for t in (link, word) for c in t.children)
        for link in links
    )


# Conjunctions and prepositions of an act told a time apart from another: "a day after".
_APART = frozenset({"after", "before"})


def _told_back(doc: Doc, mention: EventMention, lex: Lexicon) -> EventType | None:
    """The kind of an act told before that an act was done in or during, named by a definite
    noun ("six were killed in the attack", "died during the shooting"; the noun may be part of
    the trigger: "died in the attack"): the act is part of that one, and done where it was."""
    for word in trigger_tokens(doc, mention.trigger_start, mention.trigger):
        nouns = [word, *(o for p in word.children if p.dep_ == "prep" for o in p.children)]
        for noun in nouns:
            if (
                noun.dep_ == "pobj"
                and noun.head.lower_ in ("in", "during")
                and definite_noun(noun)
                and noun.lemma_ in lex.nouns
            ):
                return lex.nouns[noun.lemma_][0]
    return None


# Sides counted over many places: a sum, a running one, or a spread over a country or the
# world.
_SPREAD = re.compile(
    r"\b(?:in total|in all|overall|so far|a total of|totall?ing|worldwide|nationwide|globally"
    r"|(?:across|around|throughout) the (?:country|world|globe|nation|region|continent)"
    r"|(?:millions|hundreds of thousands|tens of thousands) of|millions? people)\b",
    re.IGNORECASE,
)


def _names_scene(scene: Location, toponym: Toponym) -> bool:
    """The toponym names the scene or a state, a region or a county it lies in ("Lagos,
    Nigeria", "Columbus police ... in Bartholomew County": `around`), or lies in the scene, a
    state or a region: the act is there wherever in it ("students rallied in Chile. A teacher
    from Valparaiso said they marched": Chile)."""
    return (
        toponym.id == scene.id
        or around(toponym, scene)
        or (
            toponym.country == scene.country
            and (
                toponym.kind == "country"
                or scene.precision is LocationPrecision.COUNTRY
                or (
                    toponym.admin1 == scene.admin1
                    and (toponym.kind == "region" or scene.precision is LocationPrecision.REGION)
                )
            )
        )
    )
