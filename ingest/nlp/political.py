"""Which events the NLP stage keeps, by who takes part in them (`political`).

The actor gate: an event is kept only where a political actor takes part (a state, an
official or politician, a party, an IGO or NGO, an armed group, security forces, protesters;
`Actor.political`, decided in actors.py), the way dictionary coders gate on their actor
dictionaries; a company, a team or a product acting alone codes nothing. The generic agents of
civil society ("residents", "farmers", "students", "doctors", "journalists": sector actors
of no political sector) open the gate only in material conflict: attacked by no doer named, or
protesting in the street (a private person named, only attacked so); violence a private doer
is named doing (one of civil society, a company, criminals, a person of no office) is crime
between private people or hunting, no political event, unless the text marks it political
(terror named, a bombing, an armed group beside it). A person of no office backs or opposes
no one: an opinion, no SUPPORT or REJECT.
The media interview and report: they neither consult, demand nor act materially alone; police who
speak with a suspect or a witness question them: no consultation. Lawyers, whom the agents
dictionary files under the judiciary, act for a party where a common noun tells one, and are
political only as it is.
"""

import json
import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from graph.models import Actor, ActorKind, EventType, Location, QuadClass, Toponym
from ingest.nlp.actors import ARMED_SECTORS, armed_group, is_force, is_person_noun, sector_actor
from ingest.nlp.event_places import states_named
from ingest.nlp.events import EventMention
from ingest.nlp.gazetteer import DATA_DIR, load_gazetteer, sectors_of, state_doers
from ingest.nlp.lexicon import MATERIAL, load_lexicon
from ingest.nlp.parse import trigger_word
from ingest.nlp.places import PlaceKind, names_water
from ingest.nlp.roles import crowd_subject
from ingest.nlp.senses import lookup_noun, noun_keys, objects_of, subject_of
from ingest.nlp.syntax import antecedent, children, lower_lemma, owners, prep_objects
from ingest.nlp.triggers import BOMBINGS, tells_assault

# Acts whose source's own forces are what it moves or sends, never whom it acts on.
_MOVING_FORCES = frozenset({EventType.MOBILIZE, EventType.COOPERATE, EventType.AID})
_PRIVATE = sectors_of("private")  # doers of no public standing
_HOME = sectors_of("home")  # police and courts, who act within their own state
# Acts of justice on a suspect: arrest and custody, charge and inquiry, trial and sentence
# (with release, a RETREAT mode).
_JUSTICE = frozenset({EventType.COERCE, EventType.ACCUSE, EventType.SANCTION})
# People of no political sector whose holding is political all the same: the press, refugees
# and clergy.
_HELD_POLITICAL = frozenset({"media", "refugees", "religion"})
_PLACES = frozenset({ActorKind.COUNTRY, ActorKind.LOCATION})
_TERROR = re.compile(r"(?:counter-?)?terror(?:ism|ists?)?", re.IGNORECASE)
# Verbs that deny their object or clause: "police ruled out terrorism".
_DENIALS = frozenset({"deny", "dismiss", "reject", "rule"})
# Prepositions that date an act by another ("after the bombing", "since the 2017 attack").
_TIME_PREPS = frozenset({"after", "before", "since", "following"})
# The state's body that alone does an act of a mode: the police arrest, courts convict.
_STATE_DOERS = state_doers()
_VERB_DOERS = state_doers("verb_doers")
# The types of those acts (with an indictment, ACCUSE): a threat of one is no act done.
_STATE_ACTS = frozenset({EventType.COERCE, EventType.SANCTION, EventType.ASSAULT, EventType.ACCUSE})
# The last words of a news medium's own name: "Sky News", "the Tehran Times", "Citizen TV".
_MASTHEADS = frozenset(
    json.loads((DATA_DIR / "actor_words.json").read_text("utf-8"))["news_mastheads"]
)


def _news_outlet(actor: Actor) -> bool:
    """ "spoke to Sky News", "told the Hindustan Times", "spoke to Wikinews": a body of no
    known sector whose own name ends in a news masthead's word is a news medium, as the
    media sector is (the press interviews, it is no side consulted)."""
    words = actor.name.lower().split()
    return (
        actor.kind is ActorKind.ORGANISATION
        and actor.sector is None
        and bool(words)
        and (words[-1] in _MASTHEADS or words[-1].endswith("news"))
    )


def without_own_forces(mention: EventMention, by_id: dict[str, Actor]) -> EventMention:
    """A mobilisation's target, or that of one pledged or threatened, is never the source's
    own forces, troops or a force named as an organisation (`is_force`: "China deployed
    troops to the border", "Britain pledged to send troops to Estonia"): they are what it
    moves, not whom it acts on; nor is that of cooperation or aid, whose own forces are what
    it sends ("the US sent soldiers to Poland", "Chile sent the Chilean Army to Haiti",
    CAMEO's send &MILITARY). Forces named as a state's means ("struck with its air force")
    are no target of any act: events' `_own_forces` leaves out that phrase, which only the
    parse tells."""
    announced = mention.type in (EventType.AGREE, EventType.THREATEN) and mention.mode == "military"
    if mention.type not in _MOVING_FORCES and not announced:
        return mention
    countries = {by_id[a].country for a in mention.source if a in by_id}
    target = tuple(
        t
        for t in mention.target
        if not (t in by_id and is_force(by_id[t]) and by_id[t].country in countries)
    )
    return replace(mention, target=target)


def by_unidentified(
    mention: EventMention, by_id: dict[str, Actor], *, terror: bool
) -> EventMention:
    """An attack whose cause is told political (`cause_told`: terror, an armed group) and
    whose doers are told only as private people ("a man", "a suspect") is done by an
    unidentified armed actor of their country, as Phoenix files an assailant or a gunman
    (UAF); `by_id` gains that actor. Not from a weapon alone: "people threw petrol bombs"
    at a march are rioters."""
    doers = [by_id[a] for a in mention.source if a in by_id]
    if not (terror and doers and all(_civil(a) for a in doers)):
        return mention
    # "Two shoppers stabbed the terrorist": people who fight an armed side off defend.
    if any(_armed(by_id[a]) for a in mention.target if a in by_id):
        return mention
    armed = [armed_group(a.country) for a in doers]
    by_id.update((a.id, a) for a in armed)
    return replace(mention, source=tuple(dict.fromkeys(a.id for a in armed)))


def by_crowd(
    mention: EventMention, by_id: dict[str, Actor], *, doc: Doc, toponyms: list[Toponym]
) -> EventMention:
    """A protest whose verb's subject is a crowd naming no actor ("supporters of the leader
    rallied in Dhaka", "thousands marched") is done by protesters, as PLOVER codes a protest's
    people, of the one state its sentence places it in (`states_named`), else of none; not
    what a pronoun does, whose referent is untold. `by_id` gains them."""
    if not _crowd_protest(doc, mention):
        return mention
    states = states_named(doc, mention, toponyms)
    doer = sector_actor("protesters", min(states) if len(states) == 1 else None)
    by_id.setdefault(doer.id, doer)
    return replace(mention, source=(doer.id,))


def by_unknown_bomber(
    mention: EventMention, by_id: dict[str, Actor], *, doc: Doc, toponyms: list[Toponym]
) -> EventMention:
    """A bombing told with no side at all ("a grenade exploded at a bus stop in Bujumbura",
    which events' `unclaimed_bombing` alone lets through) is done by the unidentified armed
    group of the one state its sentence places it in (`states_named`), else of none, as ACLED
    codes an attack whose author is untold; so is an attack's noun told in passing with no
    doer (events' `in_passing`: "killed in the attack on the Turkish embassy in Kabul"), where
    whom it hit is told only where its one state is. `by_id` gains it."""
    passing = mention.in_passing and not mention.source
    if not (mention.sideless_attack or passing) or mention.struck:
        return mention
    states = states_named(doc, mention, toponyms)
    if passing and mention.target and len(states) != 1:
        return mention  # whom it hit told, not where: no doer guessed
    doer = armed_group(min(states) if len(states) == 1 else None)
    by_id.setdefault(doer.id, doer)
    return replace(mention, source=(doer.id,))


def on_struck_state(
    mention: EventMention, by_id: dict[str, Actor], *, doc: Doc, toponyms: list[Toponym]
) -> EventMention:
    """Arms that struck something with no side named (events' `struck`: "a missile hit a
    hospital in Kharkiv") struck the one state their sentence places them in
    (`states_named`), by the gazetteer, as an attack in a town of a state told does (roles'
    `ground_of`); none known, no one is (the pipeline drops it). `by_id` gains the state."""
    if not (mention.struck and mention.sideless_attack):
        return mention
    ground = [t for t in toponyms if not _off_ground(doc, t)]
    states = states_named(doc, mention, ground)
    state = _state_actor(min(states)) if len(states) == 1 else None
    if state is None:
        return mention
    by_id.setdefault(state.id, state)
    return replace(mention, target=(state.id,))


# Prepositions that place an act by a place, not in it: "near Iraq" is not in Iraq.
_BESIDE = frozenset({"near", "outside", "off", "beyond"})


def _off_ground(doc: Doc, toponym: Toponym) -> bool:
    """Whether a toponym names no state's land an act struck: water ("struck a ship in the
    Red Sea", the name also Sudan's state), or a state only beside it ("near Iraq")."""
    span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    beside = root.dep_ == "pobj" and root.head.lower_ in _BESIDE
    return names_water(span) or (toponym.kind == PlaceKind.COUNTRY and beside)


def _crowd_protest(doc: Doc, mention: EventMention) -> bool:
    """A protest of no doer named whose verb's subject is a crowd (`by_crowd`)."""
    verb = trigger_word(doc, mention)
    protest = mention.type is EventType.PROTEST and not mention.source
    return protest and verb is not None and crowd_subject(verb)


def by_state(
    mention: EventMention,
    by_id: dict[str, Actor],
    *,
    doc: Doc,
    location: Location | None,
    toponyms: list[Toponym],
    spans: list[tuple[int, int, str]],
    main: str | None,
) -> EventMention:
    """An act only a state's body does (`_STATE_DOERS`: an arrest, repression, a deportation,
    a verdict; one jailed or indicted by its courts, `_VERB_DOERS`) told with no doer ("dozens
    were detained", "was sentenced to ten years") is done by that body of the state where it
    happened, as RAMS codes the imprisoned and Phoenix a court a state's: of its `location`
    ("two Americans were detained in Iran": Iran's police), else of the one state of those it
    acts on where that is the article's own (`main`) and its sentence names no other state,
    by a place (`toponyms`) or an actor (`spans`: "Trump will pardon the Honduran
    ex-president, convicted in 2024": a foreigner is tried abroad too). No state known, or a
    doer told that is no actor ("by his neighbour", "a jury convicted him"), none is
    guessed. `by_id` gains the actor."""
    verb = _lemma_of(doc, mention)
    sector = _STATE_DOERS.get(mention.mode or "")
    # "was indicted on charges of assault": the verb's body, whatever type the act is read as.
    sector = _VERB_DOERS.get(verb, sector) if sector or mention.type is EventType.ACCUSE else None
    if (
        sector is None
        or mention.source
        or mention.type not in _STATE_ACTS
        or mention.hypothetical
        or _doer_told(doc, mention)
    ):
        return mention
    state = location.country if location is not None else None
    homes = {by_id[a].country for a in mention.target if a in by_id}
    if state is None and main is not None and homes == {main}:
        named = states_named(doc, mention, toponyms) | {
            c for s, _, a in spans if mention.start <= s < mention.end and (c := by_id[a].country)
        }
        state = main if named <= homes else None
    doer = None if state is None else sector_actor(sector, state)
    # Police held are held by others ("charges were filed against the officers"): no
    # side acts on itself.
    if doer is None or doer.id in mention.target:
        return mention
    by_id.setdefault(doer.id, doer)
    return replace(mention, source=(doer.id,))


def on_place_state(
    mention: EventMention, by_id: dict[str, Actor], *, doc: Doc, toponyms: list[Toponym]
) -> EventMention:
    """Force that takes a town or region of another state (`Lexicon.taking`), the article
    naming no one there ("Russia annexed Crimea", "Turkish troops occupied Afrin"), is done
    to the state the place lies in, by the gazetteer, as force on a town of a state told is
    (events' `ground_of`); a place of the doer's own state stays as told ("Syrian troops
    recaptured Palmyra"). A town struck keeps its name where its state is untold ("Turkish
    jets struck Afrin"): its toll is the town's. `by_id` gains the state."""
    homes = {by_id[a].country for a in mention.source if a in by_id}
    force = mention.type in (EventType.ASSAULT, EventType.COERCE)
    taking = _lemma_of(doc, mention) in load_lexicon().taking
    if not (force and taking) or mention.participants or not homes or None in homes:
        return mention
    places = {a: by_id[a].country for a in mention.target if _town(by_id.get(a))}
    # "annexed Crimea", the name read as a body of no known side: the place the object names.
    unknown = all(_unknown_body(by_id.get(a)) for a in mention.target)
    if not places and unknown:
        places = {"": _object_place(mention, doc=doc, toponyms=toponyms)}
    foreign = {a: c for a, c in places.items() if c is not None and c not in homes}
    states = {a: s for a, c in foreign.items() if (s := _state_actor(c)) is not None}
    if not states:
        return mention
    for state in states.values():
        by_id.setdefault(state.id, state)
    if "" in states:
        return replace(mention, target=(states[""].id,))
    told = [states[a].id if a in states else a for a in mention.target]
    return replace(mention, target=tuple(dict.fromkeys(told)))


def _unknown_body(actor: Actor | None) -> bool:
    """An organisation of no known side, as the resolver reads a place it does not know."""
    return actor is not None and actor.kind is ActorKind.ORGANISATION and not actor.political


def _town(actor: Actor | None) -> bool:
    """A place below a state that the resolver made an actor ("Idlib")."""
    return actor is not None and actor.kind is ActorKind.LOCATION and actor.country is not None


def _object_place(mention: EventMention, *, doc: Doc, toponyms: list[Toponym]) -> str | None:
    """The state of the town or region the trigger's first object names, if any, where the
    resolver made it no actor ("seized Crimea")."""
    verb = trigger_word(doc, mention)
    found = (
        [t for o in objects_of(verb) for t in toponyms if t.start <= o.idx < t.end] if verb else []
    )
    return found[0].country if found and found[0].kind in ("city", "region") else None


def _state_actor(alpha3: str) -> Actor | None:
    """The actor of a state by its gazetteer entry, if the gazetteer lists the state."""
    try:
        entry = load_gazetteer().country(alpha3)
    except KeyError:
        return None
    kind = ActorKind.COUNTRY
    return Actor(id=entry.id, name=entry.name, kind=kind, country=alpha3, political=True)


def political(
    mention: EventMention,
    by_id: dict[str, Actor],
    *,
    doc: Doc,
    spans: list[tuple[int, int, str]],
) -> bool:
    """The actor gate (see the module docstring): a political actor takes part (and a favour
    is asked by and of named sides, neither of civil society), and it is no "protest" of
    security forces, no interview, demand or material act of the media, and no questioning
    by police. `doc` and `spans` (the actors' mentions) tell whether violence is political."""
    # Soldiers or police "taking to the streets" show force, they do not dissent: PLOVER's
    # PROTEST is civilian.
    if mention.type is EventType.PROTEST and any(
        is_force(by_id[a]) for a in mention.source if a in by_id
    ):
        return False
    if _private_case(mention, by_id, doc=doc, spans=spans):
        return False
    if _crowd_protest(doc, mention):
        return True  # protesters, whom `by_crowd` names
    if mention.sideless_attack:
        return True  # an unidentified armed group, whom `by_unknown_bomber` names
    sides = [a for a in [*mention.source, *mention.target, *mention.participants] if a in by_id]
    # A party's lawyers are its counsel, not a state's judiciary (the agents dictionary's
    # JUD): political only as their client is ("lawyers for the family sued the hospital").
    counsel = _counsel(mention, by_id, doc=doc, spans=spans)
    sides = [a for a in sides if a not in counsel]
    # A court that orders or asks a party rules on a case: political only as that party is
    # ("the court ordered the ministry to release the files"; not "ordered a bank to repay
    # its clients", a private suit).
    if _court_to_party(mention, by_id, doc):
        sides = [a for a in sides if a not in mention.source or a in mention.target]
    if mention.favour and not all(
        side and not any(_civil(by_id[a]) for a in side if a in by_id)
        for side in (mention.source, mention.target)
    ):
        return False
    # A private person's backing or opposition ("told police he supported the president",
    # "said she opposed the tax") is an opinion, not a stance taken between political
    # actors: PLOVER's SUPPORT and REJECT are verbal acts of a side (a state, an official, a
    # party, a group), as the gate reads the doer of any act.
    doers = [a for a in mention.source if a in by_id]
    if (
        mention.type in (EventType.SUPPORT, EventType.REJECT)
        and doers
        and all(by_id[a].kind is ActorKind.PERSON and not by_id[a].political for a in doers)
    ):
        return False
    media = {a for a in sides if by_id[a].sector == "media" or _news_outlet(by_id[a])}
    # A newspaper that "spoke to the Navy" interviewed it; "AP called the election" reported
    # it; "Le Monde wrote that France must withdraw" told its view or its report: the media
    # report and question, they do not negotiate, act or demand.
    if media and (
        mention.type is EventType.CONSULT
        or (
            (mention.quad_class in MATERIAL or mention.type is EventType.REQUEST)
            and bool(mention.source)
            and set(mention.source) <= media
        )
    ):
        return False
    # Police who "spoke with" a suspect or a witness, or "received a call", questioned or
    # were told: with no other political side, no consultation.
    police = {a for a in sides if by_id[a].sector == "police"}
    if mention.type is EventType.CONSULT and police:
        return any(by_id[a].political for a in set(sides) - police)
    # Civil society opens the gate in material conflict only as the side an unnamed doer
    # hits ("two villagers were killed in an airstrike": its author may be political) or as
    # protesters (a protest is political by its nature, people of a trade's too: "traders
    # observed a bandh"; not criminals'), or as one of two sides in a clash ("fighting
    # between Azerbaijanis and Armenians"). Violence a private doer is named doing (civil
    # society, a company, criminals, a person of no office) is crime or hunting, whoever it
    # hits ("a man stabbed two residents", "a hunter killed a deer", "a robber stabbed a
    # shopkeeper"), unless the text marks it political (`_terror`): then whoever takes part
    # opens the gate.
    if sides and _terror(mention, by_id, doc=doc, spans=spans):
        return True
    if _crime_at_home(mention, by_id, doers):
        return False
    conflict = mention.quad_class is QuadClass.MATERIAL_CONFLICT and (
        not doers
        or (
            mention.type is EventType.PROTEST
            and not any(by_id[a].sector == "criminals" for a in doers)
        )
    )
    # A private person named is attacked by no doer named as "two villagers" are ("Ana Ruiz
    # was killed in an airstrike"); not sanctioned ("was ejected from the game": a league's).
    struck = mention.type is EventType.ASSAULT and not doers
    # Only a state convicts, jails, imprisons or detains: one so held with no doer told, a
    # named person too ("Ali Raza was jailed for life", "was detained at the airport"; not
    # "held by his neighbour"), is so by its courts or officers, as RAMS codes the imprisoned
    # and Phoenix a court (JUD) a state's. A name the tagger misses is no actor at all.
    held = mention.mode == "convict" or (
        mention.type is EventType.COERCE and _lemma_of(doc, mention) in load_lexicon().custody
    )
    held = held and not doers and not _agent_told(doc, mention)
    # Relations reduced, a deal or an order cancelled, are so by a party: with none named,
    # the private people they bear on are no side ("cancelled an order of jets from the
    # French maker"), as a private person named is not.
    opened = conflict and mention.type is not EventType.SANCTION
    # A demand for a release or an arrest is made of those who hold people, whoever makes it.
    asked = mention.type is EventType.REQUEST and _custody_asked(doc, mention)
    return any(
        by_id[a].political
        or (conflict and held)
        or (opened and by_id[a].kind is ActorKind.SECTOR)
        or (asked and a in doers and by_id[a].kind is ActorKind.SECTOR)
        or (struck and by_id[a].kind is ActorKind.PERSON)
        for a in sides
    )


def _custody_asked(doc: Doc, mention: EventMention) -> bool:
    """Whether a request asks for people's release or an act only a state's body does
    (`_STATE_DOERS`: an arrest, a verdict): "villagers demanded the release of the youths",
    "called for the arrest of the culprits" ask the authorities, not a private party."""
    verb = trigger_word(doc, mention)
    asked = [*objects_of(verb), *prep_objects(verb, ("for",))] if verb is not None else []
    read = [lookup_noun(load_lexicon(), o) for o in asked]
    return any(r is not None and (r[1] == "release" or r[1] in _STATE_DOERS) for r in read)


def _crime_at_home(mention: EventMention, by_id: dict[str, Actor], doers: list[str]) -> bool:
    """Force private doers are named using, done to no political side but their own state,
    which is the ground it is done on ("thieves looted a shop in Nairobi": Kenya's), is
    crime at home, as done to no one; not done to another state ("Russian hackers attacked
    Ukraine")."""
    if mention.type not in (EventType.ASSAULT, EventType.COERCE) or not doers:
        return False
    if not all(by_id[a].sector in _PRIVATE for a in doers):
        return False
    homes = {by_id[a].country for a in doers}
    others = [by_id[a] for a in (*mention.target, *mention.participants) if a in by_id]
    return all(a.kind is ActorKind.COUNTRY and a.country in homes for a in others if a.political)


def _private_case(
    mention: EventMention,
    by_id: dict[str, Actor],
    *,
    doc: Doc,
    spans: list[tuple[int, int, str]],
) -> bool:
    """Justice done in a private case: police or courts, or no doer told, arrest, charge, try,
    sentence or release private people of their own state ("police arrested a man on suspicion
    of burglary", "a nurse was convicted of fraud") for an ordinary offence the sentence names
    (WordNet's crimes, homicide, smuggling and narcotics: `Lexicon.offences`, or their verbs:
    "accused of stealing", `Lexicon.offending`), none political (treason, bribery, terrorism,
    corruption, "bribed": `Lexicon.political_offences`, `political_offending`), in an article
    that names no terror. A geopolitical graph holds no such act, as the analyst reads it. It
    is political where the held are political actors (an opposition leader, a minister), the
    press, refugees or clergy, or anyone else the sentence names is ("arrested over the murder
    of a mayor", "of a reporter"), or where the state holds another's national.
    So is violence by no doer named on named private people that its own word tells as an
    ordinary crime ("Ana Ruiz was murdered in her flat", "the murder of a shopkeeper"): a
    crime's victim, not one "killed in an airstrike", whose author may be political."""
    lex = load_lexicon()
    word = trigger_word(doc, mention)
    crime = (
        mention.type is EventType.ASSAULT
        and not mention.source
        and word is not None
        and bool({lower_lemma(word), *noun_keys(word)} & (lex.offending | lex.offences))
        and all(by_id[a].kind is ActorKind.PERSON for a in mention.target if a in by_id)
    )
    if not crime and (
        mention.type not in _JUSTICE
        and (mention.type, mention.mode) != (EventType.RETREAT, "release")
    ):
        return False
    doers = [by_id[a] for a in mention.source if a in by_id]
    if any(a.sector not in _HOME for a in doers):
        return False
    sentence = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if sentence is None:
        return False
    # The sentence before may tell the charge ("arrested a man on suspicion of burglary. They
    # released him on bail."); it is read as the event's own is, but for the sides it names
    # (`_party`).
    told = doc[doc[sentence.start - 1].sent.start if sentence.start else 0 : sentence.end]
    states = {a.country for a in doers}
    held = [by_id[a] for a in (*mention.target, *mention.participants) if a in by_id]
    # The police and courts of the held's state, that state and places in it named as where
    # ("police in Kenya"), are no other side.
    home = states | {a.country for a in held}
    named = [
        by_id[a]
        for start, end, a in spans
        if told.start_char <= start < mention.end
        and _party(doc, mention, start, end)
        and a in by_id
        and not (
            (by_id[a].sector in _HOME or by_id[a].kind in _PLACES) and by_id[a].country in home
        )
    ]
    # Whom it is done to must be told, an actor or a private person ("arrested a plumber"): "the
    # party" it accuses may be one the dictionaries lack.
    objects = children(word, ("dobj", "nsubjpass")) if word is not None else []
    if (
        not (held or any(is_person_noun(o.lemma_) for o in objects))
        or any(a.country and states - {a.country} for a in held)
        or any(a.political or a.sector in _HELD_POLITICAL for a in [*held, *named])
    ):
        return False
    nouns = {k for t in told if t.pos_ in ("NOUN", "PROPN") for k in noun_keys(t)}
    verbs = {lower_lemma(t) for t in told if t.pos_ == "VERB"}
    return (
        bool(nouns & lex.offences or verbs & lex.offending)
        and not (nouns & lex.political_offences or verbs & lex.political_offending)
        # An article that names terror may tell its suspect's case in ordinary words ("charged
        # the gunman with murder").
        and not any(_terror_named(s) for s in doc.sents)
    )


def _party(doc: Doc, mention: EventMention, start: int, end: int) -> bool:
    """Whether an actor named at `start`..`end` may be a side of the case `mention` tells:
    any its own sentence names; one the sentence before names in the same paragraph ("Vela
    joined the rebels. Police charged Vela with murder."), but for that sentence's doer, who
    does an act of its own ("The governor pardoned Ekberg. Ekberg was convicted of fraud.");
    none a sentence of another paragraph names, of another story (its charge is still read,
    as a page may give each sentence a line)."""
    if start >= mention.start:
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    return span.root.dep_ != "nsubj" and "\n" not in doc.text[span.end_char : mention.start]


def _counsel(
    mention: EventMention,
    by_id: dict[str, Actor],
    *,
    doc: Doc,
    spans: list[tuple[int, int, str]],
) -> set[str]:
    """The judiciary actors the event's doer names as a party's counsel: a noun of a tie
    ("lawyer", "attorney") whose possessor, "of" or "for" is a common noun naming no political
    actor ("the victims' lawyers sued", "attorneys for the singer asked"; not "the president's
    lawyers asked", nor a name or a pronoun, who may be a public figure the dictionaries lack:
    "lawyers for Alexei Navalny", "his lawyers")."""
    lex = load_lexicon()
    doer = _doer(doc, mention)
    if doer is None or lower_lemma(doer) not in lex.relations:
        return set()

    def actors_at(tokens: list[Token]) -> set[str]:
        at = {t.idx for t in tokens}
        return {a for s, e, a in spans if a in by_id and any(s <= i < e for i in at)}

    clients = owners(doer) + prep_objects(doer, ("for",))
    if not clients or any(
        c.pos_ != "NOUN" or any(by_id[a].political for a in actors_at([*c.subtree]))
        for c in clients
    ):
        return set()
    return {a for a in actors_at([doer]) if by_id[a].sector == "judiciary"}


def _doer(doc: Doc, mention: EventMention) -> Token | None:
    """The noun the event's verb has for subject, a relative pronoun's antecedent."""
    word = trigger_word(doc, mention)
    subject = subject_of(load_lexicon(), word) if word is not None else None
    return antecedent(subject) if subject is not None else None


def _court_to_party(mention: EventMention, by_id: dict[str, Actor], doc: Doc) -> bool:
    """A request of courts or judges alone (the agents dictionary's JUD, less a party's
    lawyers) that names whom it asks: an actor, or one told what to do ("ordered a bank to
    repay", "ordered the accused remain in custody"; not "a judge demanding action", whose
    party is not told)."""
    doers = [by_id[a] for a in mention.source if a in by_id]
    if mention.type is not EventType.REQUEST or not doers:
        return False
    if any(a.sector != "judiciary" for a in doers):
        return False
    if (doer := _doer(doc, mention)) is not None and lower_lemma(doer) in load_lexicon().relations:
        return False
    word = trigger_word(doc, mention)
    if mention.target or word is None:
        return bool(mention.target)
    clauses = children(word, ("xcomp", "ccomp"))
    told = any(children(c, ("nsubj", "nsubjpass")) for c in clauses)
    return told or bool(clauses and children(word, ("dobj",)))


def _lemma_of(doc: Doc, mention: EventMention) -> str:
    """The lemma of the event's first trigger word ("sentence" of "was sentenced")."""
    word = trigger_word(doc, mention)
    return word.lemma_.lower() if word is not None else ""


def _agent_told(doc: Doc, mention: EventMention) -> bool:
    """Whether the event's verb has a passive's agent ("by his neighbour"), an actor or not."""
    word = trigger_word(doc, mention)
    return word is not None and any(c.dep_ == "agent" for c in word.children)


def _doer_told(doc: Doc, mention: EventMention) -> bool:
    """Whether the event's verb has a doer, an actor or not: a passive's agent ("by his
    neighbour"), the holder of the custody it puts one in ("taken into the custody of the
    rangers", "into the rangers' custody") or an active verb's subject ("the forestry
    department arrested them"); a passive's or a participle's subject, its own or its
    head's, undergoes it ("wept when convicted", "prisoners arrested in May")."""
    word = trigger_word(doc, mention)
    if word is None or _agent_told(doc, mention):
        return word is not None
    lex = load_lexicon()
    if any(
        lower_lemma(place) in lex.detention
        and (children(place, ("poss",)) or prep_objects(place, ("of",)))
        for place in prep_objects(word, ("in", "into", "under"))
    ):
        return True
    passive = children(word, ("auxpass", "nsubjpass")) or (
        word.tag_ == "VBN" and not children(word, ("aux",))
    )
    return not passive and subject_of(lex, word) is not None


def _terror(
    mention: EventMention,
    by_id: dict[str, Actor],
    *,
    doc: Doc,
    spans: list[tuple[int, int, str]],
) -> bool:
    """Violence the text marks as political, whoever does it: a bombing or a suicide attack
    (CAMEO 183 codes them whatever the doer), terror named in its sentence (`_terror_told`),
    or an armed group named beside it ("an attack claimed by the Islamic State")."""
    bombing = mention.type is EventType.ASSAULT and mention.mode in BOMBINGS
    return bombing or cause_told(mention, by_id, doc=doc, spans=spans)


def cause_told(
    mention: EventMention,
    by_id: dict[str, Actor],
    *,
    doc: Doc,
    spans: list[tuple[int, int, str]],
) -> bool:
    """An assault whose sentence names terror (`_terror_told`) or an armed group beside it
    ("an attack claimed by the Islamic State"): a cause told, not read from the weapon."""
    # Only an assault asks: the sentence is read for no other event.
    return mention.type is EventType.ASSAULT and (
        _terror_told(doc, mention) or _armed_named(mention, spans, by_id)
    )


def _terror_told(doc: Doc, mention: EventMention) -> bool:
    """Terror is named in the event's sentence ("stabbed two people in a terrorist attack"),
    or in a sentence up to two before or after where that names the same act ("Police
    declared it a terrorist incident", "the stabbing was an act of terrorism"), past no
    sentence telling another assault, which such a clause would speak of instead; and not
    negated or denied: "the stabbing was not terror-related", "no link to terrorism",
    "police ruled out terrorism" name no terror; "have not ruled out terrorism" leaves it
    (two denials)."""
    sentence = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if sentence is None:
        return False
    near: list[Span] = []
    for step in (-1, 1):
        s = sentence
        for _ in range(2):
            i = s.start - 1 if step < 0 else s.end
            if not 0 <= i < len(doc):
                break
            s = doc[i].sent
            near.append(s)
            if tells_assault(s):
                break
    return _terror_named(sentence) or any(_terror_named(s, of_act=True) for s in near)


def _terror_named(sentence: Span, *, of_act: bool = False) -> bool:
    """Whether a sentence names terror, undenied; `of_act`: in a clause that names an act
    told before (`_told_act`), and not of another act the clause dates it by ("the attack
    came a week after a terrorist bombing")."""
    for word in sentence:
        if not _TERROR.fullmatch(word.text) or _denied(word):
            continue
        phrase = word.head if word.dep_ in ("amod", "compound") else word
        if of_act and phrase.dep_ == "pobj" and phrase.head.lower_ in _TIME_PREPS:
            continue
        clause = next((h for h in [word, *word.ancestors] if h.pos_ in ("VERB", "AUX")), None)
        if not of_act or (clause is not None and any(_told_act(t) for t in clause.subtree)):
            return True
    return False


def _told_act(word: Token) -> bool:
    """ "it" or "this" as what a clause says something of (the object, the passive's subject,
    the subject of "be" or of a verbless predicate: "called it", "it was terrorism",
    "declared it a terrorist incident"; not a doer, "it would fight terrorism", an actor), or
    a definite noun of an assault ("the attack", "this stabbing"): an act the reader already
    knows of."""
    if word.lower_ in ("it", "this"):
        return word.dep_ in ("nsubjpass", "dobj") or (
            word.dep_ == "nsubj" and word.head.pos_ != "VERB"
        )
    found = load_lexicon().nouns.get(word.lemma_.lower())
    return (
        found is not None
        and found[0] is EventType.ASSAULT
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in word.children)
    )


def _denied(word: Token) -> bool:
    """Whether an odd number of negations ("not", "no") and denying verbs govern a word."""
    denials = 0
    for head in [word, *word.ancestors]:
        denials += sum(
            c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in head.children
        )
        denials += head.lemma_ in _DENIALS and (
            head.lemma_ != "rule" or any(c.lower_ == "out" for c in head.children)
        )
    return denials % 2 == 1


def _armed_named(
    mention: EventMention, spans: list[tuple[int, int, str]], by_id: dict[str, Actor]
) -> bool:
    """An armed group (a named one, rebels, militants) is mentioned in the event's sentence."""
    return any(
        mention.start <= start < mention.end and _armed(by_id[a])
        for start, _end, a in spans
        if a in by_id
    )


def _armed(actor: Actor) -> bool:
    """An armed group, named ("the Islamic State") or not ("militants", "terrorists")."""
    return actor.kind is ActorKind.GROUP or actor.sector in ARMED_SECTORS


def _civil(actor: Actor) -> bool:
    """One of civil society: a generic agent of no political sector ("tourists", "voters")."""
    return actor.kind is ActorKind.SECTOR and not actor.political
