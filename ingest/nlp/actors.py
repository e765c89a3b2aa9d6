"""Canonical actors of one article, from spaCy NER corrected and completed by the gazetteer.

Mentions come from NER entities (PERSON, ORG, GPE, NORP, LOC; FAC only when the gazetteer
knows it) and from gazetteer aliases that NER missed ("Xi", "the Kremlin", "U.S.-led").
Each mention is resolved, in order, by:
  1. the gazetteer, on the mention with possessives, "the" and leading titles stripped
     ("President Trump's", any apostrophe -> person:donald-trump, role "President");
  2. a known person inside a mislabelled entity ("Trump's Inauguration" ORG -> Trump);
  3. a one-word person name linked to the article's only full name holding that word
     ("Ushakov" -> "Yuri Ushakov");
  4. otherwise an id made from the kind and the slug of the name (`org:state-duma`).
Titles before a person ("Chinese President Xi", "foreign affairs adviser Yuri Ushakov") give
the actor its role and country; the title words belong to the person's mention.
Capitals and seats of government resolve to the country (see gazetteer.py).
"""

import json
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from itertools import combinations
from typing import Any

import pycountry
from spacy.tokens import Doc, Span, Token

from graph.models import Actor, ActorKind, EventType, Toponym
from ingest.calendar_names import MONTHS, WEEKDAYS
from ingest.nlp.dates import in_quotation
from ingest.nlp.gazetteer import (
    DATA_DIR,
    Entry,
    Form,
    Gazetteer,
    Match,
    Sector,
    common_words,
    load_gazetteer,
    normalise,
    sectors_of,
    slugify,
)
from ingest.nlp.lexicon import load_lexicon
from ingest.nlp.places import (
    PLACE_NOUNS,
    Headline,
    Place,
    PlaceKind,
    in_place_slot,
    load_places,
    names_water,
)
from ingest.nlp.syntax import (
    hyphened_noun,
    lower_lemma,
    names_pair,
    participle_noun,
    prep_objects,
    prepositions,
)
from ingest.nlp.textprep import doc_text

_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
_LABEL_KIND = {
    "PERSON": ActorKind.PERSON,
    "ORG": ActorKind.ORGANISATION,
    "GPE": ActorKind.LOCATION,
    "LOC": ActorKind.LOCATION,
    "NORP": ActorKind.GROUP,
}
_ID_PREFIX = {
    ActorKind.PERSON: "person",
    ActorKind.ORGANISATION: "org",
    ActorKind.COUNTRY: "country",
    ActorKind.GOVERNMENT: "gov",
    ActorKind.GROUP: "group",
    ActorKind.LOCATION: "location",
    ActorKind.SECTOR: "sector",
}
_POSSESSIVES = {"'s", "\u2019s", "'", "\u2019"}
_DETERMINERS = {"the", "a", "an"}
_GLUE = {"and", "or", "of", "&", "in", "on"}
_TITLE_GLUE = _GLUE | {"for", "the"}  # lower case inside a title: "Minister for the Arts"
_NOT_OPENING = {"RB", "RBR", "RBS", "IN"}  # adverbs and prepositions
_SUFFIXES = {"jr", "sr", "ii", "iii"}
# The nouns of a legal instrument that end its name ("the United States Constitution", "the
# Paris Agreement", "the Rome Statute"): a text, no body, where the model tags it one.
_LAW_HEADS = {"act", "bill", "law", "constitution", "amendment", "statute", "decree"}
_LAW_HEADS |= {"treaty", "charter", "protocol", "accord", "accords", "agreement", "agreements"}
# Names of things no one is (the model tags treaties and games FAC as often as EVENT): a
# place inside one ("the Paris Agreement", "the Tokyo Olympics", "the Sydney Opera House")
# is no actor.
_THING_LABELS = {"LAW", "EVENT", "WORK_OF_ART", "PRODUCT", "FAC"}
# Words ending an organisation's name that its short form leaves out: a party, legal forms,
# a university ("Harvard").
_LEGAL_FORMS = {"inc", "corp", "corporation", "co", "ltd", "llc", "plc"}
_ORG_SUFFIXES = _LEGAL_FORMS | {"party", "group", "holdings"}
_ORG_SUFFIXES |= {"university"}
_WORDS = json.loads((DATA_DIR / "actor_words.json").read_text("utf-8"))
# Words of a title before a person's name; a title needs one of _TITLE_HEADS to be a role,
# and one of _POLITICAL_HEADS to make an unknown person political ("Senator", not "CEO").
# Nouns of a political office ("assemblyman", "alderman", "monarch"), from WordNet
# (scripts/build_person_nouns.py): titles, and political ones; no party's member ("Republican").
_OFFICE_NOUNS = frozenset((DATA_DIR / "office_nouns.txt").read_text("utf-8").split())
_TITLE_HEADS = set(_WORDS["title_heads"]) | _OFFICE_NOUNS
_TITLE_WORDS = _TITLE_HEADS | set(_WORDS["title_words"])
_POLITICAL_HEADS = set(_WORDS["political_heads"]) | _OFFICE_NOUNS
# The style of a polity before its name: "the State of Virginia" is Virginia.
_POLITY_WORDS = {"state", "commonwealth", "province"}
# The prefixes navies and registers write before a ship's name; not "SS" nor "INS", more
# often bodies ("SS officers", "the INS").
_SHIP_PREFIXES = {"MV", "MT", "HMS", "USS", "USNS", "HMAS", "HMCS", "HMNZS", "RFS", "FV", "RMS"}
_GIVEN_NAME_TITLES = {"king", "queen", "prince", "princess", "pope", "emir", "sultan", "sheikh"}
# Nouns whose first sense in WordNet is a person's (scripts/build_person_nouns.py).
_PERSON_NOUNS = frozenset((DATA_DIR / "person_nouns.txt").read_text("utf-8").split())
# Nouns of a group of people ("crowd", "delegation", "team"), from WordNet the same way.
_GROUP_NOUNS = frozenset((DATA_DIR / "group_nouns.txt").read_text("utf-8").split())
# Nouns of a vessel or an aircraft ("tanker", "frigate", "airliner"), from WordNet the same way.
_CRAFT_NOUNS = frozenset((DATA_DIR / "craft_nouns.txt").read_text("utf-8").split())
# Nouns of one who attacks or kills ("gunman", "shooter", "attacker"), from WordNet the same
# way; singular, as the list's lemmas are: a lone armed person, not a band ("gunmen").
_ATTACKER_NOUNS = frozenset((DATA_DIR / "attacker_nouns.txt").read_text("utf-8").split())
_ENVOY_NOUNS = frozenset((DATA_DIR / "envoy_nouns.txt").read_text("utf-8").split())
# Nouns of a storm ("hurricane", "typhoon", "cyclone"), from WordNet the same way.
_STORM_NOUNS = frozenset((DATA_DIR / "storm_nouns.txt").read_text("utf-8").split())
# Nouns of a road or a street ("avenue", "highway"), from WordNet the same way.
_WAY_NOUNS = frozenset((DATA_DIR / "way_nouns.txt").read_text("utf-8").split())
# Nouns of natural land ("valley", "delta", "rainforest"), from WordNet the same way.
_LAND_NOUNS = frozenset((DATA_DIR / "land_nouns.txt").read_text("utf-8").split())
# Nouns of a facility, a structure or a conveyance ("station", "building", "helicopter"), from
# WordNet the same way: what a body holds and uses.
_ASSET_NOUNS = frozenset((DATA_DIR / "asset_nouns.txt").read_text("utf-8").split())
# Nouns of a made thing by their first sense and of no person nor group of people by any
# ("hotel", "car"; not "panel", "cell"), from WordNet the same way.
_OBJECT_NOUNS = frozenset((DATA_DIR / "object_nouns.txt").read_text("utf-8").split())
# Acts of force and coercion: an agent word compounded on one's noun does it ("a police raid",
# "the police killing").
_FORCE = frozenset({EventType.ASSAULT, EventType.COERCE})
# WordNet's small military units that move in the field (of its military_unit, first sense)
# and a convoy: what a force sends out on the road ("an army patrol", "a police convoy").
_FORCE_UNITS = frozenset({"patrol", "squad", "platoon", "convoy"})
# The titles whose portfolio is written as a department's name ("Energy Secretary").
_MINISTERS = {"secretary", "minister", "ministry", "department"}
_BODY_KINDS = (ActorKind.GROUP, ActorKind.ORGANISATION)
_STATE_BODIES = {"ministry", "department"}
_STATE_FORMS = (Form.NAME, Form.ALIAS)  # a state's own names: no capital's, no demonym
# Offices of a state, whose holder's "of" names the state itself ("President Ann Roe of ...").
_STATE_OFFICES = {"president", "minister", "premier", "king", "queen", "ambassador", "envoy"}
# A portfolio's other spellings and synonyms, with the one form ids take ("Defense", "Foreign").
_PORTFOLIOS: dict[str, str] = _WORDS["portfolios"]
_ROLE_PREFIXES = set(_WORDS["role_prefixes"])
# Words that make an office a lower rank of it ("Vice President", "Deputy Prime Minister").
_BELOW = {"vice", "deputy", "lieutenant", "assistant", "under", "junior"}
# Particles inside names; the small model may end a PERSON on one and tag the rest apart
# ("Ursula von der" PERSON, "Leyen" GPE).
_NAME_PARTICLES = set(_WORDS["name_particles"])
_KUNYA = set(_WORDS["kunya"])
_ARABIC_MARKS = {"al", "el", "bin", "ibn", "bint"} | _KUNYA
# Words before a place or demonym that change what it names ("New Jersey", "Latin American").
_NOT_BEFORE_PLACE = set(_WORDS["not_before_place"])
_NOT_BEFORE_DEMONYM = set(_WORDS["not_before_demonym"])
# Modifiers of an agent word that make its people those of other states or of a region's or
# a bloc's many ("Western officials", "foreign troops"): no one state's, least of all the
# article's.
_OTHER_STATES = set(_WORDS["other_states"])
_NEGATING_PREFIXES = set(_WORDS["negating_prefixes"])
# NER output that is never an actor: the data file's list, and month and weekday names.
_JUNK = set(_WORDS["junk"]) | {name.lower() for name in (*MONTHS, *WEEKDAYS)}
# An unknown organisation with one of these words in its name is an institution of politics.
_INSTITUTION_WORDS = set(_WORDS["institution_words"])
# The kinds of body a name may end on, which its short form leaves out ("Harvard").
_ORG_TYPES = {"university", "college", "institute", "corporation", "company", "systems"}
_ORG_TYPES |= {"industries", "holdings", "foundation", "association", "society", "group"}
# A carrier's name ends in its trade's noun ("Mahan Air", "Saha Airlines"), as a company's may
# in its legal form: a body whatever the model tags it.
_CARRIER_TYPES = {"air", "airline", "airlines", "airways"}
_ORG_TYPES |= _CARRIER_TYPES
# One of them alone ("the Council", "the House") is a body only the article can name.
_BARE_BODY_WORDS = _INSTITUTION_WORDS | {"house", "group", "university", "college", "institute"}
# Words that make a name a body's, whoever it is named for ("Ford Foundation").
_BODY_NAME_WORDS = _ORG_TYPES | _INSTITUTION_WORDS | _ORG_SUFFIXES
# Nouns that head a body's name and no one's surname: a name holding one is a body's even
# where the model tags it a person ("John Radcliffe Hospital", "Rogaland Fire and Rescue").
_BODY_HEADS = _ORG_TYPES | _LEGAL_FORMS | set(_WORDS["body_heads"])
# Words too general to name a body without the word after them ("State University").
_GENERIC_BODY_WORDS = _BARE_BODY_WORDS | _POLITY_WORDS | {"national", "open"}
# A line holding one of these is a photo credit or caption: its names are no actors.
_CREDIT_WORDS = set(_WORDS["credit_words"])
_MEDIA_WORDS = set(_WORDS["news_media"])
# The words a broadcaster's name takes for its newsroom or channel ("NBC News", "Sky TV").
_BROADCAST_WORDS = {"news", "tv", "television", "radio"}
_THING_NOUNS = set(_WORDS["thing_nouns"])
_PRODUCT_NOUNS = set(_WORDS["product_nouns"])
_BODY_NOUNS = set(_WORDS["body_nouns"])
_RETAGGED = {"PERSON", "GPE", "LOC"}  # labels a body's name gets from the model by mistake
# A wire dateline's date before its source: "March 3", "Jan. 5, 2010", "3 May 2014".
_DATE_BEFORE = r"(?:(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:,? \d{4})?\W+)?"
# A source in brackets opening a line: "WASHINGTON (CNN) -", a wire's with the date before it
# ("BEIJING, March 3 (AFP) -", "LIMA, 3 May 2014 (AFP) -"); of two words only before a dash
# or glued to the text ("Hong Kong (CNN Business)A ..."), as "Ann Lee (Liberal Democrats)" is not.
_DATELINE = re.compile(
    rf"^\W*(?:\w+\W+){{0,2}}?{_DATE_BEFORE}\((\w+|\w+ \w+(?=\)(?:\s*[-\u2013\u2014]|[A-Z])))\)"
)
# The place before it, where a dash follows: "HANOI, Vietnam (AP) -", "RIO DE JANEIRO, Brazil
# (AP) -" file the story there; the place acts in nothing the line tells.
_DATELINE_PLACE = re.compile(r"^\W*((?:\w+\W+){1,4}?)\(\w+\)\s*[-\u2013\u2014]")
# A passage in double quotes, and the words a title leaves in lower case.
_QUOTED = re.compile(r'[“"]([^“”"\n]{3,100}?)[”"]')
_TITLE_MINOR = {"a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for"}
_TITLE_MINOR |= {"by", "with", "from", "as"}
# Words before a place that make it the agent's own ("police in Lagos") or where it goes.
_OWNER_WORDS = {"in", "of", "from", "near"}
_DESTINATIONS = {"to", "into", "toward", "towards", "against"}
_STREET_PREPOSITIONS = {"on", "along", "at", "off", "in", "near", "down", "up", "across"}
_SITE_PREPOSITIONS = {"at", "in", "near", "outside", "around", "across", "through"}
# Words that tell who acted is not known ("unidentified men", "masked men"), the CAMEO
# code of people told by no other trait ("men", "people": PPL), and that of an unidentified
# armed agent (UAF), which such people are where they act.
_UNKNOWN = frozenset({"unidentified", "unknown", "masked", "hooded"})
_PEOPLE = "PPL"
_UNIDENTIFIED = "UAF"
# PLOVER's modes of assault done by hand or blade (stabbing, beating, rape), and the CAMEO
# code of criminals, which unknown people who do only such harm are.
_HAND_HARM = frozenset({"beat", "sexual"})
_CRIMINALS = "CRM"
# Short and pet forms of given names and their formal names, each with its gender ("Mike":
# Michael, M; "Pat": Patricia, F, or Patrick, M), built by scripts/build_hypocorisms.py.
_HYPOCORISMS: dict[str, dict[str, str]] = {
    short: dict(formal)
    for short, formal in json.loads((DATA_DIR / "hypocorisms.json").read_text("utf-8"))[
        "names"
    ].items()
}
# The third-person pronouns that tell a person's gender.
_GENDERED = dict.fromkeys(("he", "him", "his", "himself"), "M") | dict.fromkeys(
    ("she", "her", "hers", "herself"), "F"
)
# Party members as a group and party nicknames, with the word of the party's name.
_PARTY_MEMBERS: dict[str, str] = _WORDS["party_members"]
# The states whose party alone a nickname names, the first where the article names none of them.
_PARTY_NATIONS: dict[str, list[str]] = _WORDS["party_nations"]
# Generic agents become actors only in these sectors (data/sectors.json names them).
_AGENT_SECTORS = set(_WORDS["agent_sectors"])
# Its armed sides outside the state (CAMEO's REB, INS, SEP, UAF, IMG).
ARMED_SECTORS = sectors_of("armed")
# Those who speak for a state abroad as well as at home: where and with whom they talk is
# not theirs (troops, police and courts act where they are).
_TRAVELLERS = sectors_of("travellers")
# Those who act abroad as well as at home: the travellers and troops.
_ABROAD = sectors_of("abroad")
# Those who act only within their own state: its police and courts.
_HOME = sectors_of("home")
# A state's own bodies (CAMEO's GOV, MIL, COP, SPY, JUD, LEG).
_STATE = sectors_of("state")
# Those who take part in politics unarmed: parties, legislatures, the opposition.
_FACTIONS = sectors_of("factions")
# Clauses that go on from a verb with its subject: "bombed a market, killing nine".
_GOES_ON = frozenset({"advcl", "conj", "xcomp"})
# Entities that name people or bodies of them, not things.
PEOPLE_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# A state's own armed forces (military, police), the agents it sends or moves: whoever
# sends them is their state.
FORCES = sectors_of("forces")
# Where a story was told to happen holds for the agents of at most this many sentences after.
_STORY_SENTENCES = 3
# The arguments of a verb that are acted on: a place inside one is theirs, not the doer's.
_ACTED_ON = {"dobj", "dative", "iobj", "nsubjpass", "attr", "oprd"}
# The prepositions an armed act takes what it aims at with: "fired at", "opened fire on".
_AIMS = frozenset({"at", "on", "upon", "against"})


@dataclass
class _Mention:
    start: int  # token span of the name itself
    end: int
    start_char: int
    end_char: int
    text: str
    kind: ActorKind
    entry: Entry | None = None
    form: Form | None = None
    country: str | None = None
    role: str | None = None
    cover: int = -1  # first token of the mention with its title words
    sector: str | None = None
    political: bool = False
    # A surname alone that several known people share: resolved from the article or its date.
    candidates: list[Entry] = field(default_factory=list)
    # A name the article does not settle: no actor, though its title words stay its own.
    unresolved: bool = False
    # The gender of the pronouns the article uses for the person, where it picks one of the
    # formal names of a short first name ("Pat" and "he": Patrick).
    gender: str | None = None
    # A ministry an agent phrase names: the sector actor it stays where no state is told for
    # the ministry (see `_agents`).
    agent: "_Mention | None" = None
    # Its country only the article's, the one it names most (`_agents`): no word of its own
    # sentence tells it.
    guessed: bool = False

    def __post_init__(self) -> None:
        if self.cover < 0:
            self.cover = self.start

    @classmethod
    def of_span(
        cls, span: Span, kind: ActorKind, *, text: str | None = None, **fields: Any
    ) -> "_Mention":
        """The mention of a span of the doc, named as written unless `text` is given."""
        name = normalise(span.text) if text is None else text
        return cls(span.start, span.end, span.start_char, span.end_char, name, kind, **fields)

    @property
    def actor_id(self) -> str:
        if self.entry is not None:
            return self.entry.id
        return _name_id(self.kind, self.text, self.sector, self.country, self.gender)


# Passes over pairs of mentions read an id tens of thousands of times per corpus; the fields
# it depends on change as mentions are resolved, so it is cached by them, not per mention.
@lru_cache(maxsize=8192)
def _name_id(
    kind: ActorKind, text: str, sector: str | None, country: str | None, gender: str | None = None
) -> str:
    """The id of a mention no dictionary entry resolves, from its kind and name (and for a
    person the gender the article's pronouns give them)."""
    if kind is ActorKind.SECTOR:
        sector = slugify(sector or "")
        return f"sector:{country}-{sector}" if country else f"sector:{sector}"
    if kind is ActorKind.PERSON:
        return (
            f"person:{slugify(_one_spelling(_formal_first_name(_without_initials(text), gender)))}"
        )
    name = text
    words = name.split()
    if kind is ActorKind.ORGANISATION and _is_party(name):
        # A nation's party, by its state's code and its name without the state's name
        # ("United States Democratic Party", "US Democratic Party": the Democratic Party).
        state, after = _state_opening(words)
        party = after if len(after) > 1 else words
        if state or country:
            return f"org:{state or country}-{slugify(' '.join(party[:-1]))}"
    if kind is ActorKind.ORGANISATION and (body := _state_body_id(words, country)):
        return f"org:{body}"
    # "US Navy", "United States Navy": its state by the state's code.
    state, after = _state_opening(words) if kind is ActorKind.ORGANISATION else (None, [])
    if after:
        words, name = after, " ".join(after)
    # "Labour Party" and "Labour", "Tyvak Inc" and "Tyvak", "Harvard University" and
    # "Harvard": one body. A university's short name is one word of its own: "Birmingham
    # City" is a club, "American" a demonym, "State University" and a state's ("Hong Kong
    # Polytechnic University") a name cut.
    last, rest = words[-1].lower().strip(".,"), " ".join(words[:-1])
    cut = last == "university" and (
        bool(after)
        or len(words) != 2
        or rest.lower() in _GENERIC_BODY_WORDS
        or load_gazetteer().lookup(rest) is not None
    )
    if kind is ActorKind.ORGANISATION and (
        (last in _ORG_SUFFIXES and rest and not cut) or _newsroom(words)
    ):
        name = rest
    code = f"{state}-" if after and not _national_body(after) else ""
    return f"{_ID_PREFIX[kind]}:{code}{slugify(name)}"


def _newsroom(words: list[str]) -> bool:
    """Whether a body's name is one word and "News", a broadcaster's newsroom ("Fox News",
    "Sky News"): the outlet its word alone names too ("Fox reported"), one id across articles."""
    return len(words) == 2 and words[1].lower() == "news" and words[0][:1].isupper()


def _national_body(words: list[str]) -> bool:
    """Whether a name after its state's is a national body's of its own ("National Hurricane
    Center" of "the US National Hurricane Center", "General Services Administration"), which
    articles write with or without the state and a state's name owning it ("the UK's National
    Crime Agency"): one id without the state's code. One of three capitalised words or more
    headed by a public body's noun is one body's; not one of two, which every state may have
    ("Park Police", "National Team"), nor a union or a party the state's name opens ("Zimbabwe
    African National Union", "Kenya African National Union": two)."""
    lower = [w.lower() for w in words]
    head = next((i for i, w in enumerate(lower) if w in _HEAD_ENDS), len(lower)) - 1
    own = sum(w[:1].isupper() for w in words) > 2 and lower[head] in _BODY_HEADS
    return len(words) > 2 and (words[0] == "National" or own)


def _one_spelling(name: str) -> str:
    """An Arabic name, told by its article, patronymic or kunya ("bin", "al-", "Abu"), with
    each word the dictionaries spell apart by a vowel in its one spelling: English writes
    Arabic's three vowels five ways ("Usama bin Ladin", "Osama bin Laden": one person)."""
    words = re.split(r"([\s-]+)", name)
    if _ARABIC_MARKS.isdisjoint(w.lower() for w in words):
        return name
    spellings = load_gazetteer().spellings
    return "".join(spellings.get(w.lower(), w) for w in words)


def _state_opening(words: list[str]) -> tuple[str | None, list[str]]:
    """The state whose name or short name opens a body's name and the words after it
    ("United States Navy", "US Navy", "U.S. Navy": USA, Navy), so that the ways of writing a
    state meet on one id; none for a demonym, which opens names of their own ("American
    Airlines", "British Council"), nor for a name that is a region's too ("Georgia
    Institute of Technology": the US state)."""
    gaz = load_gazetteer()
    for k in range(min(3, len(words) - 1), 0, -1):
        opening = " ".join(words[:k])
        hit = gaz.lookup(opening)
        if hit is None or hit[0].kind is not ActorKind.COUNTRY or not hit[0].country:
            continue
        if hit[1] not in (Form.NAME, Form.ALIAS):
            return None, []
        regions = [p for p in load_places().candidates(opening) if p.kind is PlaceKind.REGION]
        return (None, []) if regions else (hit[0].country, words[k:])
    return None, []


def _named_state(words: list[str]) -> str | None:
    """The state whose name (`_state_opening`) or demonym opens a body's name ("Kenya Wildlife
    Service", "American Civil Liberties Union"): the body's state. None for a people's word
    that is no state's ("Native American Rights Fund") or a region's name ("Georgia Institute
    of Technology")."""
    state, after = _state_opening(words)
    if after:
        return state
    gaz = load_gazetteer()
    for k in range(min(3, len(words) - 1), 0, -1):
        hit = gaz.lookup(" ".join(words[:k]))
        if hit is not None and hit[0].kind is ActorKind.COUNTRY and hit[0].country:
            return hit[0].country if hit[1] is Form.DEMONYM else None
    return None


def _state_body_id(words: list[str], country: str | None) -> str | None:
    """The id of a state's department or ministry by its state's code and its portfolio,
    however the article writes them ("Russian Defence Ministry", "Ministry of Defence of
    Russia", "the Defence Ministry" in an article of Russia's: RUS-ministry-of-defence): its
    state the one whose name or demonym opens its name or closes it after "of", else the one
    the article gives it. Not a people's that is no state ("Kurdish Health Ministry")."""
    gaz, state = load_gazetteer(), None
    if len(words) > 3 and words[-2].lower() == "of":
        hit = gaz.lookup(words[-1])
        if hit is not None and hit[0].kind is ActorKind.COUNTRY and hit[1] is not Form.DEMONYM:
            state, words = hit[0].country, words[:-2]
    # A state's demonym opening it ("Russian", "South Korean"), or its name owning it
    # ("South Korea's"); a state's name opening it: _state_opening's.
    for k in range(min(3, len(words) - 2), 0, -1):
        written = " ".join(words[:k])
        owned = written[-2:] in ("'s", "\u2019s")
        hit = gaz.lookup(written[:-2] if owned else written)
        forms = _STATE_FORMS if owned else (Form.DEMONYM,)
        if state is None and hit and hit[0].kind is ActorKind.COUNTRY and hit[1] in forms:
            state, words = hit[0].country, words[k:]
            break
    if state is None:
        opening, after = _state_opening(words)
        state, words = (opening, after) if after else (country, words)
    body = _state_body(words)
    if not state or not body or any(_towns(" ".join(words[:k])) for k in range(1, len(words))):
        return None  # "Fort Worth Police Department": its town's, not its state's
    return f"{state}-{slugify(body)}"


def _state_body(words: list[str]) -> str | None:
    """A state's department or ministry named by its portfolio in common words, before or
    after it ("Defence Ministry", "the Ministry of Defense": "Ministry of defence"; "Foreign
    Ministry": "Ministry of foreign affairs"); none for another name."""
    words = [w for w in words if w.lower() != "the"]  # "the Ministry of the Interior"
    if not words:
        return None
    of = words[1:2] == ["of"]
    body, portfolio = (words[0], words[2:]) if of else (words[-1], words[:-1])
    if body.lower() not in _STATE_BODIES or not portfolio:
        return None
    if not {w.lower() for w in portfolio} <= common_words():
        return None
    written = " ".join(portfolio).lower()
    return f"{body} of {_PORTFOLIOS.get(written, written)}"


@lru_cache(maxsize=1)
def _state_names() -> dict[str, list[str]]:
    """Each state's name and short names ("United States", "US", "U.S.", "America"), the
    longest first; not its demonyms nor its capital."""
    found: dict[str, list[str]] = {}
    for alias, entry, form in load_gazetteer().entries():
        if entry.kind is ActorKind.COUNTRY and entry.country and form in (Form.NAME, Form.ALIAS):
            found.setdefault(entry.country, []).append(alias)
    return {c: sorted(names, key=len, reverse=True) for c, names in found.items()}


def _known_under_state_names(
    doc: Doc, mentions: list[_Mention], gaz: Gazetteer, states: dict[int, Match]
) -> None:
    """A body no dictionary knows by the name written, opened by its state's name, is the
    body a dictionary knows by another of the state's names ("US Supreme Court" is known, so
    is "the United States Supreme Court"; "United States Department of Justice", so are "the
    US Department of Justice", "the US Justice Department" and "the American Justice
    Department", a department or ministry named by its portfolio before or after it, with or
    without "the": "Interior Department", "Department of the Interior"): one real-world
    actor, one id. A body a
    state's name owns is that state's ("Russia's Defence Ministry", "the UK's National Crime
    Agency"; not a capital's: "Moscow's Health Department"), as one its name opens is, and
    so is one a state's name owns or its demonym modifies across words in lower case, by the
    parse ("the Dutch ruling Green Party", "Peru's main opposition Popular Party", "the
    Danish shipping firm Maersk Line"): a party the dictionaries lack is no longer of the
    article's most-named state."""
    for m in mentions:
        # A dictionary's body of no state whose name a state's opens: that state's, but for
        # a body of states ("Indian Ocean Commission").
        entry = m.entry if m.kind in _BODY_KINDS else None
        if entry is not None and entry.country is None and entry.sector != "intergovernmental":
            m.country = m.country or _named_state(entry.name.split())
        if m.kind is not ActorKind.ORGANISATION or m.entry is not None:
            continue
        owner = states.get(m.start - 1) if doc[m.start - 1].text in _POSSESSIVES else None
        if owner is not None and m.start > 1 and owner.form in _STATE_FORMS:
            m.country = owner.entry.country or m.country
            m.entry = _known_as_states(m.country, m.text.split(), gaz)
            continue
        if (owner := _state_modifying_apart(doc, m, states)) is not None:
            m.country = owner.entry.country or m.country
        words = m.text.split()
        state, rest = _state_opening(words)
        m.country = m.country or _named_state(words)
        # A department its state's demonym opens ("the American Treasury Department").
        people = gaz.lookup(words[0]) if not rest and _state_body(words[1:]) else None
        if people is not None and people[1] is Form.DEMONYM:
            state, rest = people[0].country, words[1:]
        m.entry = _known_as_states(state, rest, gaz)


_MODIFIERS = {"poss", "amod", "compound", "nmod", "npadvmod", "advmod", "cc", "conj"}


def _state_modifying_apart(doc: Doc, m: _Mention, states: dict[int, Match]) -> Match | None:
    """The state whose name owns a body's name, or whose demonym modifies it, with words in
    lower case between ("the Dutch ruling", "Peru's main opposition"), by the parse."""
    j = m.start
    while j > 0 and doc[j - 1].is_lower and doc[j - 1].is_alpha:
        j -= 1
    if j == m.start or j == 0:
        return None
    owned = doc[j - 1].text in _POSSESSIVES
    owner = states.get(j - 1) if owned else states.get(j)
    # An owner is a state by its own name; a modifier may be its demonym too.
    forms: tuple[Form, ...] = _STATE_FORMS if owned else (*_STATE_FORMS, Form.DEMONYM)
    if owner is None or owner.form not in forms:
        return None
    # The state's word and the words between modify the name, one another or both: no
    # clause between ("the INDIA bloc has declared RJD leader X").
    modifiers = [doc[owner.end - 1], *doc[j : m.start]]
    return owner if all(t.dep_ in _MODIFIERS and j <= t.head.i < m.end for t in modifiers) else None


def _known_as_states(state: str | None, rest: list[str], gaz: Gazetteer) -> Entry | None:
    """The body of `state` named `rest` that a dictionary knows under one of the state's
    names, its department or ministry named by its portfolio either way."""
    forms = [" ".join(rest)] if rest else []
    if len(rest) > 1 and rest[-1].lower() in _STATE_BODIES:
        # "Justice Department", "Interior Department" (the Department of the Interior).
        portfolio = " ".join(rest[:-1])
        forms += [f"{rest[-1]} of {portfolio}", f"{rest[-1]} of the {portfolio}"]
    names = _state_names().get(state or "", [])
    hits = [gaz.lookup(f"{name} {form}") for form in forms for name in names]
    known = [h[0] for h in hits if h is not None and h[0].kind is ActorKind.ORGANISATION]
    if known or not rest:
        return known[0] if known else None
    # A chamber named by the first words of its name ("the U.S. House": the US House of
    # Representatives), where they open the name of one chamber of the state's alone.
    opening = " ".join(rest).casefold() + " "
    chambers = {
        e.id: e
        for alias, e in _chambers().get(state or "", [])
        if any(alias.startswith(f"{name.casefold()} {opening}") for name in names)
    }
    return next(iter(chambers.values())) if len(chambers) == 1 else None


@lru_cache(maxsize=1)
def _chambers() -> dict[str, list[tuple[str, Entry]]]:
    """Each state's legislative bodies the gazetteer knows, with their names, case folded."""
    found: dict[str, list[tuple[str, Entry]]] = {}
    for alias, entry, _ in load_gazetteer().entries():
        if entry.sector == "legislature" and entry.kind is ActorKind.ORGANISATION and entry.country:
            found.setdefault(entry.country, []).append((alias.casefold(), entry))
    return found


def _legislatures_named(mentions: list[_Mention], gaz: Gazetteer) -> None:
    """A legislature or a house of it named by its word alone ("Congress", "the Senate") is
    the body the article names with the state the word is given ("the U.S. Senate"): one
    real-world actor, one id. Where the article names no such body, or gives the word
    another state or none, it stays its state's generic legislature: no guess.

    A legislature or a legislator whose state nothing but the article's most-named country
    tells ("the House of Representatives", "Senator Ann Roe"; not "Kenya's Senate", nor
    one in a sentence of Kenya's) sits in the one state whose legislature the article names
    with its state, if another: a US hearing on Ukraine is held by the US House, not
    Ukraine's."""
    named = {m.entry.id: m.entry for m in mentions if m.entry is not None}
    houses = {e.country for e in named.values() if e.sector == "legislature" and e.country}
    for m in mentions:
        if m.sector != "legislature" or m.kind not in (ActorKind.SECTOR, ActorKind.PERSON):
            continue
        # "the General Assembly" after "the United Nations General Assembly": the body of
        # states whose name it ends, not a state's legislature (a one-word house may be any
        # state's: "Parliament" beside "the European Parliament").
        words = m.text.casefold().split()
        union = [
            b.entry
            for b in mentions
            if b.entry is not None
            and b.entry.sector == "intergovernmental"
            and b.text.casefold().split()[-len(words) :] == words
        ]
        if m.kind is ActorKind.SECTOR and len(words) > 1 and union:
            m.entry, m.kind, m.country = union[0], union[0].kind, union[0].country
            continue
        if m.entry is None and m.guessed and len(houses) == 1 and m.country not in houses:
            m.country = next(iter(houses))
        if m.kind is not ActorKind.SECTOR or not m.country:
            continue
        body = _known_as_states(m.country, m.text.split(), gaz)
        if body is not None and body.id in named:
            m.entry, m.kind = body, body.kind
            continue
        # Or the body no dictionary knows that the article names by the word and the same
        # state ("the Parliament of the United Kingdom", "the French Senate").
        unknown = [
            b
            for b in mentions
            if b.kind is ActorKind.ORGANISATION
            and b.entry is None
            and _state_with(b.text.split(), m.text.split(), gaz) == m.country
        ]
        if unknown:
            m.kind, m.text = unknown[0].kind, unknown[0].text


def _state_with(name: list[str], word: list[str], gaz: Gazetteer) -> str | None:
    """The state whose name or demonym `name` writes before the body's `word`, or after it
    and "of" ("French Senate", "Parliament of the United Kingdom"); none for other words
    ("House Judiciary Committee")."""
    n = len(word)
    lower, word = [w.lower() for w in name], [w.lower() for w in word]
    if lower[:n] == word and lower[n : n + 1] == ["of"]:
        state = name[n + 1 + (lower[n + 1 : n + 2] == ["the"]) :]
    elif lower[-n:] == word:
        state = name[:-n]
    else:
        return None
    hit = gaz.lookup(" ".join(state)) if state else None
    return hit[0].country if hit is not None and hit[0].kind is ActorKind.COUNTRY else None


def _formal_first_name(name: str, gender: str | None = None) -> str:
    """'Mike Ford' -> 'Michael Ford': a hypocorism with one formal name gives way to it, so
    that the forms of one unknown person's name meet on one id across articles; one with
    several ("Pat") to the one of the person's `gender`, if told. A particle is no first
    name ("Di Maio")."""
    first, _, rest = name.partition(" ")
    if first.lower() in _NAME_PARTICLES:
        return name
    formal = [n for n, g in _HYPOCORISMS.get(first.lower(), {}).items() if gender in (None, g)]
    return f"{formal[0].capitalize()} {rest}" if rest and len(formal) == 1 else name


def _without_initials(name: str) -> str:
    """'John M. Ford', 'John Milo Ford' -> 'John Ford': the id of an unknown person leaves
    out a middle initial or given name, which articles write or leave out at will, and a
    nickname quoted ('Pasquale "Pat" Di Cicco'); a particle ("Pieter van den Hoek") or a
    middle word no given name is part of the name, a second surname or a name the person
    goes by ("Thomas Rivera Schatz", "John Bel Edwards": no Thomas Schatz nor John
    Edwards); a kunya is the first name whole ("Abu Mahdi al-Muhandis"), a generational
    suffix kept with the surname ("James Kennedy Jr.")."""
    words, given = name.split(), load_gazetteer().given_names
    head = 2 if len(words) > 2 and words[0].lower() in _KUNYA else 1
    tail = 2 if len(words) > 2 and words[-1].lower().strip(".") in _SUFFIXES else 1
    inner = [
        w
        for w in words[head:-tail]
        if w.lower() in _NAME_PARTICLES
        or (
            any(len(part) > 1 for part in w.split("."))
            and w[0] not in '"\u201c'
            and w.lower() not in given
        )
    ]
    return " ".join([*words[:head], *inner, *words[head:][-tail:]])


def _without_middle_names(name: str) -> str:
    """'John Milo Ford', 'John M. Ford' -> 'John Ford': a known person named with a middle
    name is looked up by the first and last names and the particles ("Pieter van den
    Hoek"); a kunya is the first name whole ("Abu Mahdi al-Muhandis")."""
    words = name.split()
    head = 2 if len(words) > 2 and words[0].lower() in _KUNYA else 1
    tail = 2 if words[-1].lower().strip(".") in _SUFFIXES else 1
    if len(words) < head + 1 + tail:
        return name
    middle = [w for w in words[head:-tail] if w.lower() in _NAME_PARTICLES]
    return " ".join([*words[:head], *middle, *words[-tail:]])


@dataclass(frozen=True)
class _Place:
    """A country or a place in one, by its tokens: what tells a generic agent's country."""

    start: int
    end: int
    country: str
    town: bool  # a town or region (from the place gazetteer), not a country's own name


@dataclass
class ArticleActors:
    """The canonical actors of one article and where each is mentioned in its Doc."""

    actors: list[Actor]
    doc: Doc | None = field(default=None, repr=False)
    # Token index -> actor id, for every token of a mention (titles included).
    token_actor: dict[int, str] = field(default_factory=dict, repr=False)
    spans: list[tuple[int, int, str]] = field(default_factory=list, repr=False)
    country: str | None = None  # the article's own state (`_main_country`)

    def actor_for(self, span_or_token: Span | Token) -> Actor | None:
        """Return the actor a token or span of the same Doc refers to, if any."""
        if span_or_token.doc is not self.doc:
            return None
        if isinstance(span_or_token, Token):
            tokens = [span_or_token]
        else:
            tokens = [span_or_token.root, *span_or_token]
        by_id = {actor.id: actor for actor in self.actors}
        for token in tokens:
            if (actor_id := self.token_actor.get(token.i)) is not None:
                return by_id[actor_id]
        return None

    def mentions(self) -> list[tuple[int, int, str]]:
        """Return (start_char, end_char, actor_id) for every mention, in text order."""
        return list(self.spans)


def is_office_word(word: str) -> bool:
    """Whether a noun names an office a person holds ("minister", "spokesman"): what a later
    "he" or "she" may stand for."""
    return word.lower() in _TITLE_HEADS


def is_envoy_word(word: str) -> bool:
    """Whether a noun names one a state or a body sends to another ("ambassador", "envoy")."""
    return word.lower() in _ENVOY_NOUNS


# A state's missions abroad ("commission" only as a high commission).
_MISSIONS = frozenset({"embassy", "consulate", "legation", "chancery", "commission"})


def is_mission(noun: Token) -> bool:
    """Whether a noun names a state's mission abroad ("the Russian embassy", "the Indian High
    Commission"), which stands for its state where it sits in another."""
    lemma = noun.lemma_.lower()
    high = lemma != "commission" or any(c.lower_ == "high" for c in noun.lefts)
    return lemma in _MISSIONS and high


def is_person_noun(word: str) -> bool:
    """Whether a noun's first sense in WordNet is a person ("soldier", "farmer")."""
    return word.lower() in _PERSON_NOUNS


def _tradespeople(head: Token) -> bool:
    """People of a trade in the plural ("traders", "businessmen"): a group of people, as
    "farmers" are, not "the company" or "the firms" an article names."""
    return head.tag_ == "NNS" and is_person_noun(head.lemma_)


def _union_of_others(head: Token) -> bool:
    """Whether a union is named by what it unites ("the players' union", "a customs union",
    "monetary union", "the union of journalists"): no bare trade union (Phoenix's
    LABOR_UNION) but one of other people or things, whose members' agent word, if any, stands
    for it; a rank ("the largest union") names no others."""
    if head.lemma_.lower() != "union":
        return False
    modifiers = [
        c
        for c in head.lefts
        if (c.dep_ in ("compound", "nmod") or (c.dep_ == "poss" and c.pos_ != "PRON"))
        or (c.dep_ == "amod" and c.tag_ not in ("JJS", "JJR"))
    ]
    return bool(modifiers) or any(c.dep_ == "prep" and c.lower_ == "of" for c in head.rights)


def is_attacker_noun(word: str) -> bool:
    """Whether a noun names a lone armed person ("gunman", "assassin", "killer")."""
    return word.lower() in _ATTACKER_NOUNS


def is_group_noun(word: str) -> bool:
    """Whether a noun's first sense in WordNet is a group of people ("crowd", "team")."""
    return word.lower() in _GROUP_NOUNS


def is_ground_noun(word: str) -> bool:
    """Whether a noun names ground one may hold: a settled place, natural land or a facility
    ("town", "hill", "airport")."""
    lower = word.lower()
    return lower in PLACE_NOUNS or lower in _LAND_NOUNS or lower in _ASSET_NOUNS


def is_craft_noun(word: str) -> bool:
    """Whether a noun names a vessel or an aircraft ("tanker", "airliner")."""
    return word.lower() in _CRAFT_NOUNS


def is_institution_word(word: str) -> bool:
    """Whether a noun names a body of state or politics ("ministry", "army", "party")."""
    return word.lower() in _INSTITUTION_WORDS


def is_force(actor: Actor) -> bool:
    """Soldiers or police, or an organisation whose name's head is an armed force in the
    agents dictionary ("People's Liberation Army", "Israel Defense Forces")."""
    if actor.sector is not None or actor.kind is not ActorKind.ORGANISATION:
        return actor.sector in FORCES
    gaz = load_gazetteer()
    codes = gaz.head_agent_codes(actor.name.lower().split())
    return any(gaz.sectors[c].name in FORCES | ARMED_SECTORS for c in codes)


def resolve_actors(
    doc: Doc,
    published: date | None = None,
    *,
    toponyms: Sequence[Toponym] = (),
    publisher: str | None = None,
    headline: Headline | None = None,
) -> ArticleActors:
    """Find the actors of a parsed article and merge their mentions into canonical actors.

    `published` (the article's date) picks office-holders ("the Russian president") and
    the one of several people sharing a surname who held office then; `toponyms` (the
    article's resolved places) tell the country of a generic agent in a town ("farmers
    near Amritsar"); `publisher` (the site's name) is the body its own article names short
    ("The Times" in the Los Angeles Times); `headline`, kept apart from the text, where the
    story happens."""
    gaz = load_gazetteer()
    # Photo credits, and the names of laws, treaties, events, works, products, buildings and
    # ships ("the Hong Kong Human Rights Act", "the Paris Agreement", "MV Alan Kurdi"): no actors.
    credits, datelines = _line_marks(doc)
    words = [t.text for t in doc]  # token texts once: each Token object costs
    things = [e for e in doc.ents if _names_a_thing(e, gaz)]
    # A ship's or a storm's name after its word.
    named = _ship_names(doc, words) + _storm_names(doc, words)
    credits |= {t.i for e in things for t in e} | _quoted_titles(doc) | _team_names(doc, gaz)
    credits |= {i for start, name in named for i in range(start, name.end)}
    credits |= _modifiers_only(doc, gaz)
    # A name the article tags a product, a work or a building more often than a name of
    # someone is that thing where the model tags it a body, alone or after a body the article
    # names ("AirPods" twice a product and once a body; "Apple AirPods" after "Apple"). Not
    # where it tags it a person: the model tags people things now and then ("Epstein's
    # mansion" a building, "Schwartzman said" a product).
    thing_votes = Counter(e.text for e in things if e.label_ != "ORG")
    name_votes = Counter(e.text for e in doc.ents if e.label_ in ("PERSON", "ORG", "GPE"))
    bodies = {e.text for e in doc.ents if e.label_ == "ORG"}
    thing_names = {
        f"{maker}{name}"
        for name, n in thing_votes.items()
        if n > name_votes[name]
        for maker in ("", *(f"{b} " for b in bodies))
    }
    # A name the article calls a building, a monument or a device ("Santa Lucerna, a
    # cathedral", "is a palace", "your Orbi") is that thing under any tag, and so are its
    # other spellings ("Hagia Sophia", "Haghia Sophia") and its maker's name before it.
    titled = [doc[i] for i, w in enumerate(words) if w.istitle()]  # Token.is_title, read so
    called = {_proper_name(t) for t in titled if _called_a_thing(t)}
    # So is a name compounded on a product's noun under its maker's name or owned by a company
    # ("its Echo speaker", "Amazon's Alexa"), unless the article lets it own or do something:
    # a maker or a unit.
    makers = {_proper_name(t) for t in titled if _owns_or_acts(t)}
    products = {_proper_name(t) for t in titled if _named_a_product(t, bodies)}
    # So is a name that its last word, after a name, calls a building or a monument, one
    # WordNet reads a made thing first ("the Jolo Cathedral", "Linwood Mosque"; not "the
    # Anglican Church", a body first, nor "Fortress" alone), unless the article lets it own or
    # do something ("Buckingham Palace said": those in it speak); nor do the known names in it
    # ("the Washington Monument": no Washington).
    made = _THING_NOUNS & load_lexicon().artifacts
    buildings = [
        name
        for t in titled
        if t.lower_ in made
        and t.dep_ != "compound"  # the name's head: not "Lindale Fortress Group"
        and len(name := _proper_span(t)) > 1
        and not _owns_or_acts(t)
    ]
    credits |= {t.i for b in buildings for t in b}
    # So is a street's name where it tells where something is ("on Karl Marx Avenue").
    credits |= {w.i for t in titled if _street_named(t) for w in _proper_span(t)}
    called |= (products - makers) | {b.text for b in buildings}
    # So is a name the article counts, measures or prices as a thing ("an Apple Watch",
    # "another Orbi", "the 12-inch Vexbook", "the 2020 Sportback", "the Vexbook Pro from
    # $700"), unless the article lets it own, do or say something ("Toyota said": the maker).
    speakers = {e.text for e in doc.ents if _speaks(e.root)}
    sold = {n.text for n in _mentions_of_bodies(doc, words) if _sold_as_a_thing(n)}
    called |= sold - makers - speakers
    called |= {f"{b} {name}" for name in called for b in bodies}
    # A name the article names a body by ("Vantrex, a gas company", "energy company Vantrex")
    # is that body wherever the model tags it a person or a place.
    retagged = {e.text for e in doc.ents if e.label_ in _RETAGGED and _named_a(e, _BODY_NOUNS)}
    # So is a name tagged a place that no place data knows and that reports or says something
    # ("Bloomberg reported"): a news outlet or another body; not a person's name ("Ruiz").
    people_words = {w for e in doc.ents if e.label_ == "PERSON" for w in e.text.split()}
    retagged |= {
        e.text
        for e in doc.ents
        if e.label_ in ("GPE", "LOC")
        and e.root.dep_ == "nsubj"
        and e.root.head.lemma_ in load_lexicon().speech
        and not set(e.text.split()) & people_words
        and not load_places().candidates(e.text)
    }
    retagged |= _tagged_person_and_body(doc, gaz)
    # So is the name an office is held in ("the president of SpaceX", "a vice president at
    # Ubisoft"): a body, whose officer is no state's (`_held_in_private_body`).
    retagged |= {e.text for e in doc.ents if e.label_ in _RETAGGED and _office_held_in(e, gaz)}
    # A name the article gives a vessel or an aircraft ("the tanker Grace Maria", "the frigate
    # HMS Montrose", "Stena Impero, a tanker,", "MV Namse Bangdzod") or a storm ("Typhoon
    # Phanfone") is that craft or storm in every mention, even a known person's ("the warship
    # Charles de Gaulle", "Hurricane Barry"): no one.
    crafts = {e.text for e in doc.ents if _named_a(e, _CRAFT_NOUNS)} | {s.text for _, s in named}
    matches, blocked = _gazetteer_matches(doc, gaz, words)
    matches = [m for m in matches if m.start not in credits and not _in_other_name(doc, m)]
    place_spans = _place_spans(doc, toponyms)
    matches = _outside_other_places(matches, place_spans)
    # By first token: an entity looks only at the matches that start inside it (a scan of
    # every match per entity made long texts quadratic).
    starting, blocked_starting = _by_start(matches), _by_start(blocked)
    mentions: list[_Mention] = []
    taken: set[int] = set()
    # A town the article names as a place is that town wherever the model tags it a body
    # ("a judge in Christchurch ... Christchurch said"): the place the gazetteer knows wins.
    towns = {e.text.strip() for e in doc.ents if e.label_ in _TOWN_LABELS and _town_named(e)}
    # So is one of two places the model ran together ("Crete" of "Crete and Cyprus").
    towns |= {p.text for e in doc.ents if len(parts := _places_joined(e)) > 1 for p in parts}
    # A smaller town, or a region, the article names a site "at" is that place wherever the
    # model tags it a body ("the plant at Abqaiq ... Abqaiq was the target"), unless a
    # mention of it owns or does something: a body named for its town ("Toyota said").
    acting = {e.text.strip() for e in doc.ents if e.label_ == "ORG" and _owns_or_acts(e.root)}
    sites = {e.text.strip() for e in doc.ents if _site_at(e, gaz)} - acting
    placed = {(t.start, t.end) for t in toponyms if t.name == t.text}  # by its own name
    # A name the article writes after "the" on a noun of natural land ("the Amazon
    # rainforest", "the Volta delta") is that land wherever "the" opens it ("in the
    # Amazon"): no body, though "Amazon said" stays the company.
    lands = {e.text for e in doc.ents if _after_the(e) and _on_land_noun(e)}
    for ent in _entities(doc):
        # "the Jolo Cathedral": the name after the article is credited.
        bare = ent[1:] if len(ent) > 1 and ent[0].lower_ in _DETERMINERS else ent
        if ent.label_ not in _LABELS or bare.start in credits:
            continue
        if ent.label_ == "ORG" and (ent.text in thing_names or ent.text.strip() in towns):
            continue
        if ent.text in lands and _after_the(ent):
            continue
        if ent.text in crafts:
            taken.update(range(ent.start, ent.end))  # nor the known name in it
            continue
        if any(_spelled_alike(ent.text, name) for name in called) and not gaz.lookup(ent.text):
            credits.update(range(ent.start, ent.end))  # nor an agent's noun in it ("Apple TV")
            continue
        if ent.label_ in _RETAGGED and ent.text in retagged and not gaz.lookup(ent.text):
            ent = Span(doc, ent.start, ent.end, label="ORG")
        if ent.label_ == "ORG" and ent.text.strip() in sites:
            ent = Span(doc, ent.start, ent.end, label="GPE")
        if _sited(ent, placed):
            continue
        if taken.issuperset(range(ent.start, ent.end)):
            continue  # a piece of a known name the model cut ("Border Protection")
        if any(m.start < ent.start and ent.end <= m.end for m in matches):
            continue  # the same, the known name no entity ("Haram" of "a Boko Haram camp")
        found = _from_entity(ent, starting, blocked_starting, gaz, place_spans)
        if found is not None:
            mentions.extend(found)
            taken.update(range(ent.start, ent.end))
            taken.update(i for m in found for i in range(m.start, m.end))
    for match in matches:
        if taken.isdisjoint(range(match.start, match.end)):
            mentions.append(_from_match(doc, match))
    mentions = [m for m in mentions if m.start not in datelines]
    by_end = {m.end: m for m in matches if m.entry.kind is ActorKind.COUNTRY}
    for mention in mentions:
        if mention.kind is ActorKind.PERSON:
            _attach_title(doc, mention, by_end)
    mentions = _drop_covered(mentions)
    _known_under_state_names(doc, mentions, gaz, by_end)
    # A demonym modifying a noun of a private person ("an American singer") is that
    # person's nationality: no state acting, nor where the act is.
    nationals = {
        m.start: noun.i
        for m in matches
        if _nationality(doc, m, gaz) and (noun := _demonym_noun(doc, m)) is not None
    }
    # One modifying a made thing ("a Spanish hotel") tells where it is from: no one acting.
    origins = {m.start for m in matches if _thing_origin(doc, m, gaz)}
    if published is not None:
        mentions = _with_offices(doc, mentions, matches, gaz, published)
    mentions = _surnames_missed(doc, mentions, words)
    _coordinated_people(doc, mentions, toponyms)
    _appositive_people(doc, mentions, gaz)
    tagged = _party_tagged(doc, mentions)
    mentions = [m for m in mentions if m.start not in tagged]
    _surnames_taken_for_groups(mentions)
    _by_surnames_used(doc, mentions, gaz)
    mentions = _link_short_names(doc, mentions, published)
    _link_cut_names(doc, mentions, publisher)
    _link_lower_case_cut(doc, mentions)
    states = {m.country for m in mentions if m.kind is ActorKind.COUNTRY}
    mentions = [
        m
        for m in mentions
        if not (
            _words_taken_for_person(m, mentions, gaz)
            or _words_taken_for_body(doc, m, mentions, gaz)
            or _given_name_alone(doc, m, gaz, states)
            or _town_taken_for_actor(doc, m, mentions, gaz)
        )
    ]
    # A place's name inside a person's ("Amman" of "Karim Amman") places nothing; one that
    # opens it after "of" is the title's country ("Minister of Slovakia Igor Matovic").
    person_at = {
        i
        for m in mentions
        if m.kind is ActorKind.PERSON
        for i in range(m.start, m.end)
        if not (i == m.start and i > 0 and doc[i - 1].lower_ == "of")
    } | tagged
    matches = [m for m in matches if m.start not in person_at]
    sited = [m for m in matches if m.start not in nationals]
    places = [
        p for p in _places(doc, mentions, sited, toponyms, place_spans) if p.start not in credits
    ]
    # A town or a region named as an actor ("troops sent to Chicago") is of its state, as is
    # a body of politics whose name it opens ("the Columbus Police Department"; a company's
    # may be a thing's, "Amazon Web Services").
    town_of = {(p.start, p.end): p.country for p in places if p.town}
    # A town in a body's name is read apart from the article's places: its state must be one
    # they name ("Hampshire County Council" in England is no US county's).
    # One closing its name after "of" does too ("the Parliament of New South Wales").
    inner = [t for t in toponyms if t.kind not in ("country", "continent")]
    opening = {t.start: t for t in inner}
    closing = {t.end: t for t in inner if _after_of(doc, t)}
    placed_in = {p.country for p in places}
    for m in mentions:
        if m.kind is ActorKind.LOCATION and m.entry is None:
            m.country = m.country or town_of.get((m.start, m.end))
        elif m.kind is ActorKind.ORGANISATION and not m.country and _political(m):
            town = _town_in_name(m, opening, closing)
            igo = m.entry is not None and m.entry.sector == "intergovernmental"
            if town is not None and town.country in placed_in and not igo:
                m.country = town.country
    mentions = _title_seats(doc, mentions, places)
    lower = [w.lower() for w in words]
    # A demonym just before an agent of civil society is its nationality ("a German
    # tourist"), not the article's country.
    civil = _civil_agents(doc, gaz, lower)
    # A text that names no state (a feed's summary) is about the one its headline names.
    # The headline's states count with the text's: its subject outweighs a state the text
    # names once more ("Prime Minister of Slovakia tests positive" over a summit in France).
    heading = _headline_states(headline, gaz)
    main = _main_country(
        doc,
        [m for m in sited if m.form is not Form.DEMONYM or m.end not in civil] + heading,
        places,
    ) or _headline_country(headline, heading, gaz, published)
    # A party sits in its state's bodies: the state whose bodies the article names most (a
    # US hearing on Ukraine names the House), else the article's country.
    state_bodies = [m for m in sited if m.entry.kind is ActorKind.ORGANISATION]
    _link_parties(doc, mentions, gaz, _main_country(doc, state_bodies, []) or main, toponyms)
    _party_members(doc, mentions)
    _link_acronyms(doc, mentions)
    _appositive_countries(doc, mentions, matches, places)
    first = _headline_people(headline, gaz, published)
    mentions.extend(_bare_titles(doc, mentions, gaz, lower, first, published))
    site = None if headline is None else _headline_site(headline)
    heads = [doc] if headline is None else [doc, headline.doc]
    offices = _offices_of_one_state(heads, gaz, mentions)
    mentions = _agents(
        doc,
        mentions,
        matches,
        gaz,
        lower,
        skip=credits,
        places=places,
        main=main,
        civil=civil,
        headline=site,
        offices=offices,
        published=published,
    )
    _state_bodies_unknown(doc, mentions, gaz, places, main=main, headline=site)
    _rebels_placed(doc, mentions, places, main=main, headline=site)
    _legislatures_named(mentions, gaz)
    if _bodies_of_setting(doc, mentions):
        _appositive_countries(doc, mentions, matches, places)  # their officers follow
    # A ministry no state is told for, in an article of several states: the sector actor of
    # the country its generic agent takes (the sentence's, else the article's).
    mentions = [m.agent if m.agent is not None and m.country is None else m for m in mentions]
    mentions = [_as_people(doc, m, nationals) for m in _without_agents_places(doc, mentions)]
    mentions = [m for m in mentions if not (m.kind is ActorKind.COUNTRY and m.start in origins)]
    mentions = _drop_covered([m for m in mentions if not m.unresolved])
    _gender_by_pronouns(doc, mentions)
    return replace(_build(doc, mentions, published), country=main)


def _party_tagged(doc: Doc, mentions: list[_Mention]) -> set[int]:
    """Make a person a US legislator where a party-and-state tag follows the name ("Rep. Ann
    Roe (D-Minn.)", "Sen. Tom Ruiz, R-Texas,"), the state one of the places data's US states
    as written; return the tokens of the tags, which name no place nor actor of their own
    ("R-Georgia" is no country)."""
    tags: set[int] = set()
    for m in mentions:
        j = m.end
        opening = [t.text for t in doc[j : j + 3]]
        if m.kind is not ActorKind.PERSON or opening not in (
            [o, p, "-"] for o in "(," for p in "DRI"
        ):
            continue
        close = next((t.i for t in doc[j + 3 : j + 8] if t.text in (")", ",")), None)
        if close is None:
            continue
        places = load_places().candidates(doc[j + 3 : close].text)
        if any(p.kind is PlaceKind.REGION and p.country == "US" for p in places):
            m.country = m.country or "USA"
            m.sector, m.political = m.sector or "legislature", True
            tags.update(range(j, close))
    return tags


def _surnames_taken_for_groups(mentions: list[_Mention]) -> None:
    """A word the model tags a people that is the surname of a person the article names in
    full ("Hawkins and La Riva agreed" after "Howie Hawkins": a plural's "-s" ends it) is
    that person's, no group."""
    surnames = {
        m.text.split()[-1] for m in mentions if m.kind is ActorKind.PERSON and " " in m.text
    }
    for m in mentions:
        if m.kind is ActorKind.GROUP and m.entry is None and m.text in surnames:
            m.kind = ActorKind.PERSON


def _gender_by_pronouns(doc: Doc, mentions: list[_Mention]) -> None:
    """Give the people with a short first name of several formal names ("Pat": Patricia or
    Patrick) the gender of the pronouns that stand for them: "he", "his", "she", "her" after
    a mention of them with no other person named between, in that mention's sentence or the
    next. A sentence there whose subject is a person described, not named ("the guitarist
    told the audience"), speaks of them too and reaches one sentence further. Pronouns of
    both genders tell nothing."""
    people = sorted(
        (m for m in mentions if m.kind is ActorKind.PERSON and m.entry is None),
        key=lambda m: m.start,
    )
    ambiguous = {m.text for m in people if len(_HYPOCORISMS.get(m.text.split()[0].lower(), {})) > 1}
    if not ambiguous:
        return
    genders: dict[str, set[str]] = {}
    k = 0
    last: _Mention | None = None
    told = -1  # the start of the last sentence that speaks of `last`
    for token in doc:
        while k < len(people) and people[k].end <= token.i:
            last, k = people[k], k + 1
            told = doc[last.start].sent.start
        if last is None or last.text not in ambiguous:
            continue
        sent = token.sent.start
        if not (sent == told or (sent > 0 and doc[sent - 1].sent.start == told)):
            continue
        if _described_person(token):
            told = sent
        elif (gender := _GENDERED.get(token.lower_)) is not None:
            genders.setdefault(last.text, set()).add(gender)
    for m in people:
        if len(told_genders := genders.get(m.text, set())) == 1:
            m.gender = next(iter(told_genders))


def _pronoun_owner(doc: Doc, mentions: list[_Mention], pronoun: int) -> list[_Mention]:
    """The person "his" or "her" stands for, as a one-mention list: the people its sentence
    names before it, where they are all of one country (which is all this is asked for), else
    none ("Novak met Macron and said his government ..." tells no country)."""
    sent = doc[pronoun].sent
    people = [
        m
        for m in mentions
        if m.kind is ActorKind.PERSON and sent.start <= m.start and m.end <= pronoun
    ]
    subject = _clause_subject(doc[pronoun])
    own = [m for m in people if subject is not None and m.start <= subject.i < m.end]
    if own and own[0].country:
        return own  # "After Ann Roe failed, the minister apologised to his country": his
    countries = {m.country for m in people}
    return people[-1:] if len(countries) == 1 and None not in countries else []


def _clause_subject(word: Token) -> Token | None:
    """The subject of the clause a word stands in, which a possessive pronoun in it refers to
    first ("the minister apologised to the people of his country": the minister's)."""
    verb = word
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _described_person(token: Token) -> bool:
    """ "the guitarist", "The former senator": a sentence's subject that is one person's noun
    after "the", with no name of its own."""
    return (
        token.dep_ == "nsubj"
        and token.tag_ == "NN"
        and is_person_noun(token.lemma_)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
    )


def is_force_unit(noun: Token) -> bool:
    """Whether a noun names a force's body of men in the field or its convoy, which an armed
    agent word on it makes the force ("a police patrol", "an army squad", "a military
    convoy"), as Phoenix codes ARMY_PATROL and CAMEO's RAMMED names "&MILITARY CONVOY"; not
    any body ("a police oversight council", "a naval coalition")."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _FORCE_UNITS


def _names_force(noun: Token) -> bool:
    """Whether a noun names an act of force or coercion: the lexicon's nouns ("raid") and the
    nouns of its verbs ("killing", "shelling", "kidnapping"), by its lemma or its form (a
    gerund the tagger read as a verb has the verb's lemma)."""
    nouns = load_lexicon().nouns
    return any(w in nouns and nouns[w][0] in _FORCE for w in (noun.lemma_.lower(), noun.lower_))


def _without_agents_places(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """Drop a place that names an agent ("the Manhattan district attorney's office", "Oxford
    police"): it tells where the agent serves (the agent took its country); it does not act."""
    agents = {i for m in mentions if m.kind is ActorKind.SECTOR for i in range(m.start, m.end)}

    def names_agent(m: _Mention) -> bool:
        token = doc[m.end - 1]
        while token.dep_ == "compound" and token.head.i not in agents:
            token = token.head
        return token.dep_ == "compound" and token.head.i in agents

    return [m for m in mentions if not (m.kind is ActorKind.LOCATION and names_agent(m))]


def _names_a_thing(ent: Span, gaz: Gazetteer) -> bool:
    """A law, a treaty, an event, a work, a product or a building by its label, a law or a
    meeting by its name ("Caesar Syria Civilian Protection Act", "the NATO Summit" tagged
    ORG: a meeting's noun that is no body of people's, unlike "Conference"); not a known
    name the model mislabelled whole ("Syria" tagged EVENT)."""
    if ent.label_ == "ORG":
        head = ent[-1].lemma_.lower()
        meeting = head in load_lexicon().visits and not is_group_noun(head)
        return ent[-1].lower_ in _LAW_HEADS or (
            meeting and len(ent) > 1 and gaz.lookup(ent.text) is None
        )
    if _carrier_misread(ent):
        return False
    tokens = _trim(list(ent))
    return (
        ent.label_ in _THING_LABELS
        and bool(tokens)
        and gaz.lookup(ent.doc[tokens[0].i : tokens[-1].i + 1].text) is None
    )


def _surname_left_out(ent: Span) -> bool:
    """Whether the model cut a person's name before its last word, which the parse reads as
    the head the name's words modify ("Judge Ann Baker Lloyd": "Ann Baker" tagged, "Lloyd"
    untagged or a person of its own): the name runs to it; not to a common noun ("the Ann
    Baker Hall", "Baker Street") nor to a longer name after it."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.end >= len(doc):
        return False
    last = doc[ent.end]
    alone = not last.ent_type_ or (
        last.ent_type_ == "PERSON" and (last.i + 1 == len(doc) or doc[last.i + 1].ent_iob_ != "I")
    )
    return (
        ent[-1].dep_ == "compound"
        and ent[-1].head == last
        and last.dep_ != "compound"
        and _is_name_word(last)
        and last.is_alpha
        and alone
        and last.lower_ not in common_words()
    )


def _carrier_misread(ent: Span) -> bool:
    """Whether the model tagged a carrier's name a person, a place or a building ("Mahan Air"):
    a body; not a product so named ("MacBook Air")."""
    return ent.label_ in _RETAGGED | {"FAC"} and ent[-1].lower_ in _CARRIER_TYPES


def _body_misread(ent: Span) -> bool:
    """Whether the model tagged a person a name that ends on a body's head noun ("John
    Radcliffe Hospital", "Saint Anne Clinic"): a body named for someone; not a piece of a
    name going on after it ("Remarked Center" of "... Center for Biological Diversity")."""
    doc = ent.doc
    going_on = ent.end < len(doc) and doc[ent.end].lower_ in ("of", "for")
    return (
        ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ in _BODY_HEADS and not going_on
    )


def _joined_body(ent: Span, after: Span, whole: set[str]) -> Span | None:
    """One body's name the model cut at its "and" ("Rogaland Fire" a person and "Rescue" a
    body, of "Rogaland Fire and Rescue"): two names only "and" parts, read as one elsewhere
    in the article (`whole`), or the second ending on a body's head noun and the first, of
    two words or more and no known name, on a common word no one's name ends on ("Fire") and
    no body's either ("London Ambulance Service and London Fire Brigade": two bodies)."""
    doc = ent.doc
    if after.start != ent.end + 1 or doc[ent.end].lower_ != "and":
        return None
    span = doc[ent.start : after.end]
    last = ent[-1].lower_
    cut = (
        after[-1].lower_ in _BODY_HEADS
        and len(ent) > 1
        and all(t.is_title for t in (*ent, *after))
        and last in common_words()
        and last not in load_gazetteer().given_names
        and last not in _BODY_HEADS
        and load_gazetteer().lookup(ent.text) is None
    )
    return Span(doc, span.start, span.end, label="ORG") if span.text in whole or cut else None


def _with_name_after_and(ent: Span) -> Span:
    """A body's name "of" a field that the model cut before "and" and a second field in name
    words none of its entities holds ("the National Institute of Allergy" of "... of Allergy
    and Infectious Diseases"): the whole name; not a title opening a person's name ("the
    Ministry of Health and Prime Minister Ann Roe")."""
    doc = ent.doc
    if ent.label_ != "ORG" or "of" not in [t.lower_ for t in ent[1:]] or ent.end + 1 >= len(doc):
        return ent
    if doc[ent.end].lower_ != "and":
        return ent
    end = ent.end + 1
    while end < len(doc) and _is_name_word(doc[end]) and not doc[end].ent_type_:
        end += 1
    if end == ent.end + 1 or any(t.lower_ in _TITLE_WORDS for t in doc[ent.end + 1 : end]):
        return ent
    return Span(doc, ent.start, end, label="ORG")


def _sited(ent: Span, placed: set[tuple[int, int]]) -> bool:
    """Whether a name the model tags a person or a body is a place: a person's name that names
    a place after "at", "in", "near"..., alone or in a list ("at the park, Causeway Bay, and
    Tin Hau"; "spoke to Jackson" keeps its person), or one after "the", which no person's
    name takes at the head of its phrase ("troops to the Azores"; not "the Imus family"); a
    body's after "in", "near"... ("a farm near Ennis"; not "at Harvard"); either one a place's
    noun calls a place (`_called_a_place`). Past the site's words, only a toponym of `placed`
    counts: a name geolocation reads a place by its own."""
    token = ent.root
    while token.dep_ in ("conj", "appos") and token.head.i < token.i:
        token = token.head
    if ent.label_ in ("PERSON", "ORG") and _called_a_place(token):
        return True  # "the island of Majorca" tagged a body
    preposition = token.head.lower_ if token.dep_ == "pobj" else None
    if ent.label_ == "PERSON":
        if preposition in _SITE_PREPOSITIONS:
            return bool(load_places().candidates(ent.text))
        article = ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"
        head = ent.root.dep_ != "compound"  # "the Imus family" is a person's
        return article and head and (ent.start_char, ent.end_char) in placed
    return (
        ent.label_ == "ORG"
        and preposition in _PLACE_PREPOSITIONS
        and (ent.start_char, ent.end_char) in placed
    )


def _called_a_place(name: Token) -> bool:
    """Whether a name (its root, or the first of a list's) is called a place by a place's
    noun, whatever the gazetteer knows: the object of its "of" ("the island of Majorca", "the
    ports of Sirik and Jask") or the noun it is compounded on ("Sistan province"); the noun in
    lower case, not a title's word ("Secretary of State X")."""
    if name.dep_ == "pobj" and name.head.lower_ == "of":
        noun = name.head.head
    elif name.dep_ == "compound" and name.head.i > name.i:
        noun = name.head
    else:
        return False
    return noun.is_lower and noun.lemma_ in PLACE_NOUNS


def _line_marks(doc: Doc) -> tuple[set[int], set[int]]:
    """Tokens of photo credits and captions ("Photo: CNN") and of datelines ("(CNN) -"), and
    tokens of the places of datelines ("HANOI, Vietnam (AP) -"): no actors, though a dateline's
    place tells the country of the story's police or officials. One walk over the lines."""
    credits: set[int] = set()
    places: set[int] = set()

    def add(found: set[int], start: int, end: int) -> None:
        span = doc.char_span(start, end, alignment_mode="expand")
        found.update(range(span.start, span.end) if span is not None else ())

    offset = 0
    for line in doc_text(doc).split("\n"):
        words = line.split()
        if len(words) <= 12 and any(w.lower().strip(":,.()") in _CREDIT_WORDS for w in words):
            add(credits, offset, offset + len(line))
        if (dateline := _DATELINE.match(line)) is not None:
            add(credits, offset + dateline.start(1), offset + dateline.end(1))
        if (place := _DATELINE_PLACE.match(line)) is not None:
            add(places, offset + place.start(1), offset + place.start(1) + len(place[1].rstrip()))
        offset += len(line) + 1
    return credits, places


def _quoted_titles(doc: Doc) -> set[int]:
    """Tokens of a work's title in quotes: words in title case that make a clause, with a verb
    or a pronoun ("sang “Takin' It To the Streets”", "her single “Tell Me Where
    Maria Went”"); a name in quotes ("the so-called “Islamic State”") has neither."""
    found: set[int] = set()
    for quote in _QUOTED.finditer(doc_text(doc)):
        words = re.findall(r"[^\W\d][\w'\u2019]*", quote[1])
        if len(words) < 2 or not all(w[0].isupper() or w in _TITLE_MINOR for w in words):
            continue
        span = doc.char_span(quote.start(1), quote.end(1), alignment_mode="expand")
        if span is not None and any(t.tag_ == "PRP" or t.tag_.startswith("VB") for t in span):
            found.update(range(span.start, span.end))
    return found


def _team_names(doc: Doc, gaz: Gazetteer) -> set[int]:
    """Tokens of a club's name: a town's before an agent word written as a capitalised
    plural that ends the name ("the Ottawa Senators"; not "the Ohio Taxpayers Party"), a
    name of its own in a sentence not in title case, not the town's state body ("senators
    in Ottawa"); and that word written so anywhere else in the article ("the Senators
    scored"). A state's own name or demonym is no town: "US Marines" are the state's."""
    found: set[int] = set()
    plurals: set[str] = set()
    for token in doc:
        if token.tag_ != "NNPS" or token.is_sent_start or not gaz.find_agents([token.lower_]):
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper():
            continue
        town = next(
            (n for n in (2, 1) if token.i >= n and _is_town(doc[token.i - n : token.i].text)), 0
        )
        sentence = token.sent
        if town and any(t.is_alpha and not t.is_stop and t.text.islower() for t in sentence):
            found.update(range(token.i - town, token.i + 1))
            plurals.add(token.text)
    return found | {t.i for t in doc if t.text in plurals and not t.is_sent_start}


def _entities(doc: Doc) -> list[Span]:
    """The doc's entities, with a person's name cut after a particle joined to its rest, two
    names the model ran together across a preposition of the clause cut apart, and a carrier's
    name tagged a person or a building a body's."""
    found: list[Span] = []
    ents = list(doc.ents)
    # The names the model reads whole with an "and" in them: one name wherever it cuts them.
    whole = {e.text for e in ents if e.label_ == "ORG" and any(t.lower_ == "and" for t in e)}
    i = 0
    while i < len(ents):
        ent = ents[i]
        i += 1
        if i < len(ents) and (joined := _joined_body(ent, ents[i], whole)) is not None:
            ent, i = joined, i + 1
        ent = _with_name_after_and(ent)
        if _surname_left_out(ent):
            ent = Span(doc, ent.start, ent.end + 1, label="PERSON")
            while i < len(ents) and ents[i].start < ent.end:  # the surname, tagged apart
                i += 1
        if _carrier_misread(ent) or _body_misread(ent):
            ent = Span(doc, ent.start, ent.end, label="ORG")
        if ent.label_ == "PERSON" and ent[-1].lower_ in _NAME_PARTICLES:
            end = k = ent.end
            while k < len(doc) and (doc[k].lower_ in _NAME_PARTICLES or _is_name_word(doc[k])):
                k += 1
                if _is_name_word(doc[k - 1]):
                    end = k  # a name ends on a name word, never on a particle
            if end > ent.end:
                ent = Span(doc, ent.start, end, label="PERSON")
                while i < len(ents) and ents[i].start < end:  # the rest, tagged apart
                    i += 1
        ent = _cut_at_number(ent)
        if ent:
            found.extend(s for part in _cut_at_preposition(ent) for s in _places_joined(part))
    return sorted(found + _titled_names_missed(doc), key=lambda span: span.start)


_DIGITS = re.compile(r"\d+(?:[-\u2013]\d+)?")
_SCORE = re.compile(r"\d+[-\u2013]\d+")


def _after_the(ent: Span) -> bool:
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"


def _on_land_noun(ent: Span) -> bool:
    """Whether a name is compounded on a noun of natural land ("Amazon rainforest")."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return after is not None and ent.root.head == after and after.lower_ in _LAND_NOUNS


def _cut_at_number(ent: Span) -> Span:
    """The entity without a number the model ran into the name, empty if it opens on one: a
    person's name holds none ("Ann Roe 2 goals"), and no name goes on to a count of a word
    after it ("Ann Roe 2 saves") nor to a score ("Falcons 3, Lions 1", "Lions 3-1"), which
    follows a plural. A number after a singular noun names a unit ("Flight 610", "Channel
    4")."""
    doc = ent.doc
    for t in ent:
        if not _DIGITS.fullmatch(t.text):
            continue
        if (
            ent.label_ == "PERSON"
            or t.head.i >= ent.end
            or _SCORE.match(doc[t.i : t.i + 3].text.replace(" ", ""))
            or (t.i > ent.start and doc[t.i - 1].tag_ in ("NNS", "NNPS"))
        ):
            return Span(doc, ent.start, t.i, label=ent.label_)
    return ent


def _titled_names_missed(doc: Doc) -> list[Span]:
    """Full names after a title that the model tagged nothing ("Education Secretary Ana
    Ruiz announced", "Ana" read as a noun's modifier): people, the title with them. A
    name opens on a known given name and runs two or three name words, none tagged."""
    given = load_gazetteer().given_names
    found = []
    for title in (t for t in doc if t.lower_ in _TITLE_HEADS and not t.ent_type_):
        end = title.i + 1
        while end < len(doc) and end - title.i <= 3 and _is_name_word(doc[end]):
            end += 1
        names = doc[title.i + 1 : end]
        if len(names) < 2 or names[0].lower_ not in given or any(t.ent_type_ for t in names):
            continue
        if end == len(doc) or not _is_name_word(doc[end]):
            found.append(Span(doc, title.i, end, label="PERSON"))
    return found


def _cut_at_preposition(ent: Span) -> list[Span]:
    """An entity whose "to" or "from" the parse hangs outside it is two names, where the verb
    goes from one to the other ("selling Loopcart to Vantrex Holdings": "Loopcart", "Vantrex
    Holdings"); a name's own hangs inside it ("Committee to Protect Journalists"), and other
    prepositions, which names hold ("Union for the Total Independence of Angola"), the parse
    often hangs outside."""
    cut = next(
        (
            t
            for t in ent[1:-1]
            if t.lower_ in ("to", "from")
            and t.dep_ in ("prep", "dative")
            and not ent.start <= t.head.i < ent.end
        ),
        None,
    )
    if cut is None:
        return [ent]
    doc = ent.doc
    return [
        Span(doc, ent.start, cut.i, label=ent.label_),
        Span(doc, cut.i + 1, ent.end, label=ent.label_),
    ]


def _places_joined(ent: Span) -> list[Span]:
    """A body's or a person's name that is two places the model ran together over "and"
    ("Crete and Cyprus" tagged a body): the two places, each a state or a region or town of
    the places data; not a name one of them is ("Trinidad and Tobago") nor one a body's words
    hold ("Bank of Cyprus and Crete")."""
    if ent.label_ not in ("ORG", "PERSON"):
        return [ent]
    doc, gaz = ent.doc, load_gazetteer()
    ands = [t.i for t in ent if t.lower_ == "and"]
    bare = ent[1:] if ent[0].lower_ in _DETERMINERS else ent
    if len(ands) != 1 or gaz.lookup(bare.text) or load_places().candidates(bare.text):
        return [ent]
    parts = [
        Span(doc, bare.start, ands[0], label="GPE"),
        Span(doc, ands[0] + 1, ent.end, label="GPE"),
    ]
    return parts if all(len(p) and _a_place(p.text, gaz) for p in parts) else [ent]


def _a_place(name: str, gaz: Gazetteer) -> bool:
    """Whether a name is a state's, or a region's or a town's of 100,000 people or more."""
    hit = gaz.lookup(name)
    return (hit is not None and hit[0].kind is ActorKind.COUNTRY) or bool(_towns(name))


def _is_name_word(token: Token) -> bool:
    return token.is_title and token.pos_ == "PROPN"


def _gazetteer_matches(
    doc: Doc, gaz: Gazetteer, words: list[str]
) -> tuple[list[Match], list[Match]]:
    """Return gazetteer matches in the doc, and those blocked by their context ('anti-Trump')."""
    found = gaz.find(words)
    matched = {i for m in found for i in range(m.start, m.end)}
    for i, word in enumerate(words):
        # spaCy keeps "U.S.-led" as one token: match its first part.
        if i not in matched and "-" in word[1:]:
            sub = gaz.find([word.split("-", 1)[0]])
            if sub and sub[0].entry.kind is ActorKind.COUNTRY:
                found.append(Match(i, i + 1, sub[0].entry, sub[0].form))
    keep, blocked = [], []
    for m in _state_branches(sorted(found, key=lambda m: m.start), words):
        before = words[m.start - 1] if m.start > 0 else ""
        prefix = words[m.start - 2].lower() if m.start > 1 and before == "-" else ""
        # Where a body is based is no side of its acts ("the Yemen-based Houthi movement").
        based = [w.lower() for w in words[m.end : m.end + 2]] == ["-", "based"]
        based = based or words[m.start].lower().endswith("-based")
        opens = _opens_people_name(doc, m, matched)
        if prefix in _NEGATING_PREFIXES or based or opens or _after_ethnic(doc, m.start, m.form):
            blocked.append(m)
        elif m.form is Form.DEMONYM and _names_no_state(doc[m.start : m.end]):
            continue
        elif not _changed_by(before, m):
            keep.append(m)
    return keep, blocked


def _state_branches(found: list[Match], words: list[str]) -> list[Match]:
    """A state's demonym right before a known armed group of another state is that group's
    branch in the state ("Nigerian Taliban"): an armed group of the group's sector in the state
    the demonym gives, neither the state nor the other's group. A state's name there is a
    side of a pair ("Russia Taliban talks", "the United States Taliban deal"), no branch."""
    out: list[Match] = []
    for m in found:
        state = out[-1] if out else None
        if (
            state is not None
            and state.end == m.start
            and words[state.start - 1 : state.start] != ["-"]  # "pro-Iranian Hizbollah": a sponsor
            and state.entry.kind is ActorKind.COUNTRY
            and state.form is Form.DEMONYM
            and m.entry.kind is ActorKind.GROUP
            and m.entry.country not in (None, state.entry.country)
        ):
            name = " ".join(words[state.start : m.end])
            branch = replace(
                m.entry, id=f"group:{slugify(name)}", name=name, country=state.entry.country
            )
            out[-1] = Match(state.start, m.end, branch, m.form)
        else:
            out.append(m)
    return out


def _after_ethnic(doc: Doc, start: int, form: Form) -> bool:
    """Whether a demonym follows "ethnic": it names a people, not the state ("ethnic Albanians"
    in Macedonia are no Albania; CAMEO codes them as civilians where they live)."""
    return form is Form.DEMONYM and start > 0 and doc[start - 1].lower_ == "ethnic"


def _opens_people_name(doc: Doc, m: Match, matched: set[int]) -> bool:
    """Whether a demonym opens the name of a faith or a people that the model tags as one
    with a word no place names, on a thing ("a Greek Orthodox church", "a Greek Orthodox
    school"): the whole names no state, whose the thing is not. Its people keep the state
    ("Russian Orthodox bishops" are Russia's clergy)."""
    end = m.end
    while end < len(doc) and doc[end].ent_type_ == "NORP" and doc[end].ent_iob_ == "I":
        end += 1
    return (
        m.form is Form.DEMONYM
        and m.end < end < len(doc)
        and doc[m.start].ent_type_ == "NORP"
        and doc[m.end].i not in matched
        and doc[end].pos_ == "NOUN"  # on a thing: not an agency acting ("Belarusian KGB arrested")
        and not is_person_noun(doc[end].lemma_)
    )


def _names_no_state(demonym: Span) -> bool:
    """Whether a demonym names a language (`_language`) or the style or origin of a work, a
    show or a sport it modifies (`Lexicon.works`: "Brazilian basketball", "French opera",
    "a Korean ballad"; not food, which is also trade: "banned Georgian wine"): no state, no
    side of an act."""
    root = demonym.root
    style = root.dep_ in ("amod", "compound") and lower_lemma(root.head) in load_lexicon().works
    return style or _language(demonym)


def _language(demonym: Span) -> bool:
    """Whether a demonym names a language: the model tags it one, or it heads an object
    alone, singular and with no article ("told the guard in Dutch and Flemish", "speaks
    fluent Greek"; not "Russians", "the French", "French police"): no state, no speaker."""
    root = demonym.root
    first = root
    while first.dep_ == "conj":
        first = first.head
    alone = (
        first.dep_ in ("pobj", "dobj")
        and root.tag_ not in ("NNS", "NNPS")
        and all(c.pos_ != "NOUN" for c in first.conjuncts)  # "Chadian and Malian troops"
        and not any(c.dep_ in ("det", "poss", "nummod") for t in (root, first) for c in t.children)
    )
    tagged = root.ent_type_ == "LANGUAGE" and first.dep_ not in ("amod", "compound")
    return alone or tagged


def _nationality(doc: Doc, match: Match, gaz: Gazetteer) -> bool:
    """Whether a demonym names a private person's nationality: it modifies a noun of a person
    that the agents dictionary does not file and that is no office ("an American singer", "a
    Polish chef"; not "Palestinian leaders", "Iranian officials", "the Syrian border", nor
    "Chilean students", the agents of their country)."""
    noun = _demonym_noun(doc, match)
    if noun is None or noun.lemma_.lower() in _TITLE_HEADS:
        return False
    if _ex_prefix(noun):
        return False  # "the Brazilian ex-president", misparsed: no "ex" of a Brazilian
    return not _filed_agent(doc, match, noun, gaz) and is_person_noun(noun.lemma_)


def _demonym_noun(doc: Doc, match: Match) -> Token | None:
    """The common noun a demonym modifies, after the nouns compounded on it ("Iranian chess
    players": the players, whatever the tagger makes of "Chess"); None for a demonym that
    modifies no noun after it."""
    if match.form is not Form.DEMONYM or doc[match.end - 1].dep_ not in ("amod", "compound"):
        return None
    noun = doc[match.end - 1].head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return noun if noun.pos_ == "NOUN" and noun.i >= match.end else None


def _filed_agent(doc: Doc, match: Match, noun: Token, gaz: Gazetteer) -> bool:
    """Whether the agents dictionary files the words from a demonym to its noun as an agent
    ("Russian riot police", "a Ukrainian company"), which `_agents` codes."""
    agents = gaz.find_agents([t.lower_ for t in doc[match.end : noun.i + 1]])
    return any(end == noun.i + 1 - match.end for _, end, _ in agents)


def _thing_origin(doc: Doc, match: Match, gaz: Gazetteer) -> bool:
    """Whether a demonym modifies a made thing that stands for no state: a building or a
    device ("a Spanish hotel", "a Swedish smartphone"), or another object (`_OBJECT_NOUNS`:
    "a Danish flag"), not one a body holds and acts by (a facility, a conveyance, a vessel,
    arms: "the Chinese embassy", "a Russian warship", "Iranian missiles"), nor one the agents
    dictionary files ("a Japanese bomber")."""
    noun = _demonym_noun(doc, match)
    if noun is None or _filed_agent(doc, match, noun, gaz):
        return False
    word = noun.lemma_.lower()
    if word in _THING_NOUNS or word in _PRODUCT_NOUNS:
        return True
    return word in _OBJECT_NOUNS and word not in _held_things()


@lru_cache(maxsize=1)
def _held_things() -> frozenset[str]:
    """Things a body holds and acts by: facilities, craft, arms, institutions (built once,
    not for every demonym)."""
    return frozenset(_ASSET_NOUNS | _CRAFT_NOUNS | load_lexicon().arms | _INSTITUTION_WORDS)


def _in_other_name(doc: Doc, match: Match) -> bool:
    """Whether an acronym the model tags no entity is part of another name, after an unknown
    name word modifying it ("Roth IRA": a retirement account, no Irish Republican Army)."""
    token = doc[match.start]
    if match.end - match.start > 1 or not token.text.isupper() or token.ent_type_ or not token.i:
        return False
    before = doc[token.i - 1]
    known = load_gazetteer().lookup(before.text) is not None
    return (
        before.dep_ == "compound"
        and before.head.i == token.i
        and _is_name_word(before)
        and not known
    )


# A place of the article's: its tokens' start and end, its state, whether it is a region of
# it by the region's own name.
_PlaceSpan = tuple[int, int, str | None, str | None]  # its kind where named as written


def _place_spans(doc: Doc, toponyms: Sequence[Toponym]) -> list[_PlaceSpan]:
    """The article's places by their tokens, a person's home region read as such
    (`_home_region`)."""
    spans: list[_PlaceSpan] = [
        (span.start, span.end, t.country, _kind_as_named(t))
        for t in toponyms
        if (span := doc.char_span(t.start, t.end, alignment_mode="expand")) is not None
    ]
    named = Counter(c for _, _, c, _ in spans if c).most_common(1)
    home = named[0][0] if named else None
    return [
        (s, e, home, "region") if home and _home_region(doc[s:e], c, home) else (s, e, c, kind)
        for s, e, c, kind in spans
    ]


def _town_in_name(
    m: _Mention, opening: dict[int, Toponym], closing: dict[int, Toponym]
) -> Toponym | None:
    """The town or region that opens a body's name ("the Columbus Police Department") or
    closes it after "of" ("the Parliament of New South Wales"), by their characters."""
    town = opening.get(m.start_char)
    if town is not None and town.end < m.end_char:
        return town
    town = closing.get(m.end_char)
    return town if town is not None and m.start_char < town.start else None


def _after_of(doc: Doc, toponym: Toponym) -> bool:
    """Whether a place's name follows "of" ("Parliament of New South Wales")."""
    span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ == "of"


def _kind_as_named(toponym: Toponym) -> str | None:
    """A place's kind where the article names it by its own name, but a town's where a
    bigger namesake exists: geolocation reads "Paris" in a story of Texas as Paris, Texas,
    where the capital is as likely meant; "San Jose" of California is the largest."""
    if toponym.name != toponym.text:
        return None
    if toponym.kind != "city":
        return toponym.kind
    namesakes = load_places().candidates(toponym.text)
    largest = max(namesakes, key=lambda p: p.population, default=None)
    return "city" if largest is not None and largest.id == toponym.id else None


def _home_region(place: Span, country: str | None, home: str) -> bool:
    """Whether a state's name after a person's "of" is the region of the article's most named
    state that bears it ("Ann Roe of Georgia" in a story of the United States: the US state,
    as "of New York" beside it), the way a legislator is named by the seat's region; not
    after a state's office ("President Ann Roe of Georgia": the state)."""
    doc = place.doc
    if country == home or place.start < 2 or doc[place.start - 1].lower_ != "of":
        return False
    person = doc[place.start - 2]
    if person.ent_type_ != "PERSON":
        return False
    opening = next(t.i for t in reversed(doc[: person.i + 1]) if t.ent_iob_ == "B")
    if {t.lower_ for t in doc[max(opening - 3, 0) : opening]} & _STATE_OFFICES:
        return False
    alpha2 = pycountry.countries.get(alpha_3=home)
    regions = load_places().candidates(place.text)
    return alpha2 is not None and any(
        p.kind is PlaceKind.REGION and p.country == alpha2.alpha_2 for p in regions
    )


def _in_other_place(
    start: int, end: int, country: str | None, spans: list[_PlaceSpan], *, capital: bool = False
) -> bool:
    """Whether a country's name at tokens `start`-`end` is, by the article's places, a place
    of another state: inside a longer place's name ("Ireland" of "Northern Ireland", a region
    of the United Kingdom; "Sudan" of a South Sudan the model reads apart), or a region the
    places read by the same name ("Georgia" in a story of Atlanta: the US state). A town
    that bears a country's name is no evidence: geolocation picks one of many namesakes
    ("Kosovo", a village of Belarus) where the country itself is meant, nor a region it reads
    by another name ("Laos": Lao Cai, of Vietnam). A town that bears a `capital`'s name is:
    geolocation takes the capital but where the article's other places tell another state's
    town ("San Jose" beside "California")."""
    named = ("region", "city") if capital else ("region",)
    return any(
        s <= start and end <= e and (e - s > end - start or kind in named) and other != country
        for s, e, other, kind in spans
    )


def _outside_other_places(matches: list[Match], spans: list[_PlaceSpan]) -> list[Match]:
    """The matches but a country's name that is a place of another state (`_in_other_place`):
    the place, not the country."""
    return [
        m
        for m in matches
        if m.entry.kind is not ActorKind.COUNTRY
        or not _in_other_place(
            m.start, m.end, m.entry.country, spans, capital=m.form is Form.CAPITAL
        )
    ]


def _changed_by(before: str, match: Match) -> bool:
    if match.form is Form.DEMONYM:
        return before in _NOT_BEFORE_DEMONYM or before in _NOT_BEFORE_PLACE
    return before in _NOT_BEFORE_PLACE and match.entry.kind is not ActorKind.PERSON


def _from_match(doc: Doc, match: Match) -> _Mention:
    span = doc[match.start : match.end]
    start_char, end_char = span.start_char, span.end_char
    if match.end - match.start == 1 and "-" in span.text[1:]:
        end_char = start_char + span.text.index("-", 1)
    return _Mention(
        match.start,
        match.end,
        start_char,
        end_char,
        normalise(span.text[: end_char - start_char]),
        match.entry.kind,
        match.entry,
        match.form,
        match.entry.country,
    )


def _by_start(matches: list[Match]) -> dict[int, list[Match]]:
    index: dict[int, list[Match]] = {}
    for m in matches:
        index.setdefault(m.start, []).append(m)
    return index


def _starting_in(index: dict[int, list[Match]], start: int, end: int) -> list[Match]:
    return [m for i in range(start, end) for m in index.get(i, ())]


def _from_entity(
    ent: Span,
    starting: dict[int, list[Match]],
    blocked_starting: dict[int, list[Match]],
    gaz: Gazetteer,
    place_spans: list[_PlaceSpan],
) -> list[_Mention] | None:
    """Return the mentions an NER entity holds: [] drops it, None leaves it to the gazetteer.

    `starting` and `blocked_starting` hold the gazetteer's matches (kept and blocked) by
    their first token; `place_spans` the article's places (`_place_spans`)."""
    doc = ent.doc
    tokens = _trim(list(ent))
    if not tokens:
        return None
    start, end = tokens[0].i, tokens[-1].i + 1
    if any(m.end == end for m in blocked_starting.get(start, [])):
        return []  # a name its context blocks ("anti-Trump", "Yemen-based")
    # A known name the model cut short ("Moon Jae" of "Moon Jae-in"), or whose title it
    # left out ("Francis" of "Pope Francis").
    for m in _starting_in(starting, max(start - 2, 0), start):
        if m.entry.kind is ActorKind.PERSON and m.end >= end:
            return [_from_match(doc, m)]
    for m in _starting_in(starting, start, end):
        person = m.entry.kind is ActorKind.PERSON
        if (m.start == start or (person and start < m.start)) and m.start < end < m.end:
            return [_from_match(doc, m)]
    glued, label = None, ent.label_
    if label == "PERSON":
        end, glued = _unglued(doc, start, end)
    hit = gaz.lookup(glued or doc[start:end].text)
    if hit is None and label in ("ORG", "GPE") and _polity_of(doc, start, end):
        start, label = start + 2, "GPE"  # "the State of Virginia": Virginia
        hit = gaz.lookup(doc[start:end].text)
    if hit is None and label == "ORG" and _after_represented(doc, start) is not None:
        # "Senator from Vermont Bernie Sanders", "Vermont Bernie Sanders" tagged ORG: the
        # place is the title's, the name after it a person's.
        names = doc[_place_end(doc, start, end) : end]
        if 2 <= len(names) <= 3 and all(_is_name_word(t) for t in names):
            start, label = names.start, "PERSON"
    if hit is None and label == "ORG" and _titled_of_country(doc, start, end, starting, gaz):
        label = "PERSON"  # "President of Peru Ollanta Humala", "Peru Ollanta Humala" tagged ORG
    if hit is None and label == "ORG":
        # "United States Representative Elijah Cummings" tagged ORG: a titled person; but
        # "CEO and Founder of Ceres Robotics Inc." is the body the office is held in.
        role, _, name_start = _strip_title(doc, start, end, starting)
        held_in = name_start < end and doc[name_start - 1].lower_ == "of"
        if role is not None and held_in and doc[end - 1].lower_.rstrip(".") in _BODY_NAME_WORDS:
            start = name_start
            hit = gaz.lookup(doc[start:end].text)
        elif role is not None and 2 <= end - name_start <= 3:
            names = doc[name_start:end]
            # Name words, no agent's ("Gen Santos Doctors": General Santos's doctors), each
            # a given name or no common word ("Amazon Music Unlimited": no "Amazon" titled).
            if all(
                _is_name_word(t)
                and not gaz.find_agents([t.lower_])
                and (t.lower_ in gaz.given_names or t.lower_ not in common_words())
                for t in names
            ):
                label = "PERSON"
    if hit is None and label == "ORG" and _full_name(doc[start:end], starting, gaz):
        label = "PERSON"  # "Tanya Davies said" tagged ORG
    if hit is None and label == "PERSON":
        if _title_cut_off(doc[start:end]):
            return None
        role, country, start = _strip_title(doc, start, end, starting)
        posted = _after_represented(doc, start)
        if posted is not None and doc[posted - 1].lower_ == "to":
            country = None  # "Ambassador to Kenya Lars Holm": where the envoy is sent
        name = glued or doc[start:end].text
        # "Ali Hosseini Khamenei": a known person named with a middle name.
        hit = (gaz.lookup(name) or gaz.lookup(_without_middle_names(name))) if name else None
    else:
        role, country = None, None
    if start >= end:
        return None
    if hit is None and label == "PERSON" and _names_division(doc[start:end]):
        label = "GPE"  # "Rakhine State", "Kasai Province": a division of a state, no one
    if hit is None and label == "PERSON" and role is None and _after_article(doc[start:end]):
        if not _body_acting(doc[end - 1]):
            return []  # "the Hagia Sophia", "the Oscar": a building, a prize, no one
        label = "ORG"  # "the Tatmadaw shelled ...": a body acting under its own name
    if (
        hit is None
        and label == "PERSON"
        and role is None
        and _thing_by_article(doc[start:end], gaz)
    ):
        return []  # "a MacBook Pro": a product, no one
    if hit is None and label == "PERSON" and role is None and _group_noun_name(doc[start:end]):
        return []  # "raided a Mujahideen position": a band of people, no one's name
    if (
        hit is not None
        and hit[0].kind is ActorKind.COUNTRY
        and _in_other_place(start, end, hit[0].country, place_spans, capital=hit[1] is Form.CAPITAL)
    ):
        hit = None  # a place of another state the article's places read, as "Texas" is
    if hit is None and label in ("GPE", "LOC") and _unplaced_acronym(doc[start:end]):
        label = "ORG"
    medium = hit is None and label in ("PERSON", "GPE", "LOC") and role is None
    medium = medium and _beside_noun(doc[start:end], _MEDIA_WORDS)
    label = "ORG" if medium else label
    if hit is not None and _after_ethnic(doc, start, hit[1]):
        return []  # a people, the civilians of the place (see _agents)
    if hit is None and label == "NORP" and end - start == 1 and _townspeople(doc[start]):
        return []  # a town's people, civilians too (see _agents)
    if hit is not None and hit[1] is Form.DEMONYM and _names_no_state(doc[start:end]):
        return []
    if hit is not None:
        entry, form = hit
        return [
            _Mention.of_span(
                doc[start:end],
                entry.kind,
                text=glued,
                entry=entry,
                form=form,
                country=entry.country or country,
                role=role,
                cover=ent.start,
            )
        ]
    inner = [m for m in _starting_in(starting, start, end) if m.end <= end]
    if label in ("PERSON", "ORG"):
        if any(m.end <= end for m in _starting_in(blocked_starting, start, end)):
            return []
        # A short form inside a longer person's name is a namesake ("Petro" in "Petro
        # Poroshenko"); inside an organisation's, the person ("Trump-Putin Talks").
        persons = [
            m
            for m in inner
            if m.entry.kind is ActorKind.PERSON and (m.form != Form.SHORT or label == "ORG")
        ]
        if persons:
            return [_from_match(doc, m) for m in persons]
    covered = {i for m in inner for i in range(m.start, m.end)}
    if inner and all(t.i in covered or t.is_stop or t.is_punct for t in doc[start:end]):
        # Nothing but known names and glue words: "the White House and Downing Street".
        return [_from_match(doc, m) for m in inner]
    span = doc[start:end]
    if label not in _LABEL_KIND or not _plausible(span, label):
        return None
    if label == "ORG" and _portfolio(span):
        return []  # "Energy" of "Energy Secretary Rick Perry": a title's word, no body
    if label == "ORG" and _town_modifier(span):
        return None  # "Oxford police", "a Cheltenham man": the town, no body
    if label == "ORG" and (place := _place_of_generic(span)) is not None:
        glued = f"{place} {span.text}"  # "the Polytechnic University in Hong Kong"
    if label == "LOC":
        return []  # a sea, a river, a region ("the Mediterranean"): it locates, it does not act
    if [(s, e) for s, e, _ in gaz.find_agents([t.lower_ for t in span])] == [(0, len(span))]:
        return None  # "Parliament", "the Armed Forces": a sector actor of its country
    if label == "ORG" and _state_agent_named(span, starting, gaz):
        return None  # "the Syrian Army", "the Government of Iraq": as "the Syrian army" reads
    kind = _LABEL_KIND[label]
    # A person's country is their title's, never a place in their name ("Karim Amman").
    inner = inner if kind is not ActorKind.PERSON else []
    countries = [m.entry.country for m in inner if m.entry.kind is ActorKind.COUNTRY]
    return [
        _Mention.of_span(
            span,
            kind,
            text=glued,
            country=country or (countries[0] if countries else None),
            role=role,
            cover=ent.start,
            candidates=gaz.candidates(span.text) if kind is ActorKind.PERSON else [],
            sector="media" if medium else None,
        )
    ]


def _state_agent_named(span: Span, starting: dict[int, list[Match]], gaz: Gazetteer) -> bool:
    """Whether a name no dictionary knows is a generic agent of one of a state's bodies after
    its demonym or before "of" and its name, in title case ("Syrian Army", "Iraqi Security
    Forces", "Government of Iraq"): the state's sector actor, one id with "the Syrian army";
    not a side outside the state ("Syrian National Army", "Kosovo Liberation Army": the agent
    words are not all of the rest), nor a body its state's name opens ("US Embassy":
    `_state_opening` reads it), nor a name on a noun ("Swiss Army knives")."""
    states = [
        m
        for m in _starting_in(starting, span.start, span.end)
        if m.end <= span.end and m.entry.kind is ActorKind.COUNTRY and m.form is not Form.CAPITAL
    ]
    if len(states) != 1 or span.root.dep_ == "compound":
        return False  # "Swiss Army knives": a thing's name
    state = states[0]
    if state.start == span.start and state.form is Form.DEMONYM:
        rest = [t.lower_ for t in span.doc[state.end : span.end]]
    elif state.end == span.end and state.form is not Form.DEMONYM and state.start > span.start:
        of = state.start - (span.doc[state.start - 1].lower_ == "the") - 1
        if span.doc[of].lower_ != "of":
            return False
        rest = [t.lower_ for t in span.doc[span.start : of]]
    else:
        return False
    agents = gaz.find_agents(rest)
    return (
        len(agents) == 1
        and agents[0][:2] == (0, len(rest))
        and gaz.sectors[agents[0][2]].name in sectors_of("state")
    )


def _unplaced_acronym(name: Span) -> bool:
    """Whether a name is one word of four capitals or more that no gazetteer knows, a body's
    acronym the model may tag a place ("CARICOM", "CONCACAF"): the states', their towns' and
    their abbreviations are known ("UAE", "DPRK", "KYIV"), and the shorter ones unknown are
    often a state's or a town's postal forms ("NY", "LA")."""
    text = name.text
    return (
        len(name) == 1
        and len(text) >= 4
        and text.isupper()
        and text.isalpha()
        and not (load_places().candidates(text))
    )


def _after_article(name: Span) -> bool:
    """Whether a name the model tagged a person follows "the", as a thing's name does and a
    person's does not; not a title ("the Queen"), a name modifying a noun ("the Trump
    administration") nor a plural ("the Kennedys")."""
    doc = name.doc
    before = doc[name.start - 1].lower_ if name.start > 0 else ""
    title = name[0].lower_ in _TITLE_WORDS
    # The model tags NNPS some foreign names of one body ("Tatmadaw"): a plural ends in -s.
    plural = name.root.tag_ == "NNPS" and name.root.lower_.endswith("s")
    return before == "the" and not title and name.root.dep_ != "compound" and not plural


def _thing_by_article(name: Span, gaz: Gazetteer) -> bool:
    """Whether a name the model tagged a person takes "a" or "an" as a made thing's does ("a
    MacBook Pro", "a turquoise Switch Lite"): opening on no given name, holding a word of the
    language, doing and owning nothing, modifying no noun and told by no age ("a
    27-year-old Ann Roe"; "a certain Ann Roe said" acts; "a Ramesh Kumar" is named so)."""
    root = name.root
    det = [c for c in root.children if c.dep_ == "det" and c.i < name.start]
    if not det or det[0].lower_ not in ("a", "an") or root.dep_ == "compound":
        return False
    if name[0].lower_ in gaz.given_names or not any(t.lower_ in common_words() for t in name):
        return False
    between = name.doc[det[0].i : name.start]
    aged = any(t.like_num or any(c.isdigit() for c in t.text) for t in between)
    return not aged and not _acts_as_body(name)


def _body_acting(name: Token) -> bool:
    """Whether a name after "the" the model tagged a person acts as a body does (`_owns_or_acts`),
    in the singular ("the Kennedys" acting are a family) and in no word of the language, as a
    body's own name in its language is ("the Tatmadaw"; not "the Run" of a song's title)."""
    word = name.lower_
    return _owns_or_acts(name) and not word.endswith("s") and word not in common_words()


def _names_division(name: Span) -> bool:
    """Whether a name of two words or more the model tagged a person ends on a noun of a
    division of a state ("Rakhine State", "Kasai Province", "Elliott County"): a place."""
    kind = PLACE_NOUNS.get(name[-1].lower_)
    return len(name) > 1 and kind in (PlaceKind.REGION, PlaceKind.DISTRICT)


def _group_noun_name(name: Span) -> bool:
    """Whether a one-word name the model tagged a person is a common noun WordNet knows as a
    group of people ("Mujahideen"), not a word the article also uses inside a longer
    person's name ("Church" after "Tim Church")."""
    word = name[0].lower_
    return (
        len(name) == 1
        and is_group_noun(word)
        and not any(
            e.label_ == "PERSON" and len(e) > 1 and word in {t.lower_ for t in e}
            for e in name.doc.ents
        )
    )


def _modifiers_only(doc: Doc, gaz: Gazetteer) -> set[int]:
    """The tokens of the names the dictionaries lack that the article writes only compounded
    on a common noun of no one ("the EastMed pipeline", "the EastMed project", "a Falcon Heavy
    rocket"; not "Wagner mercenaries", "the Red Cross convoy"): a project's, a
    product's or a plan's name, no actor, as none of its mentions owns or does anything."""
    by_text: dict[str, list[Span]] = {}
    for ent in doc.ents:
        # A body's name, or a word alone the model tags a person that is no given name (not
        # "Jordanian Foreign Minister Ayman Safadi warning"), with no known name in it.
        one_word = (
            ent.label_ == "PERSON" and len(ent) == 1 and ent.text.lower() not in gaz.given_names
        )
        party = ent.text.lower() in _PARTY_MEMBERS  # a party's nickname ("the GOP leadership")
        words = [w for t in ent for w in t.text.split("-") if w]  # "U.S.-Mexico": one token
        if (ent.label_ == "ORG" or one_word) and not party and not gaz.find(words):
            by_text.setdefault(ent.text, []).append(ent)
    text = doc_text(doc)
    return {
        t.i
        for name, ents in by_text.items()
        if text.count(name) == len(ents)
        and all(_modifies_a_thing(e) for e in ents)
        and gaz.lookup(name) is None
        for e in ents
        for t in e
    }


def _modifies_a_thing(name: Span) -> bool:
    """Whether a name is compounded on the lower-case nouns after it, none naming a person, a
    group, an office, a body, an agent or a product its maker makes ("pipeline", "project",
    "ceremony"; not "Quantix devices", "Party leadership candidate"), whose phrase neither
    owns nor does anything ("the GOP leadership rejected")."""
    doc = name.doc
    if name.end >= len(doc) or name.root.head.i != name.end or name.root.dep_ != "compound":
        return False
    nouns = [doc[name.end]]
    while nouns[-1].dep_ == "compound" and nouns[-1].head.i > nouns[-1].i:
        nouns.append(nouns[-1].head)
    return all(n.pos_ == "NOUN" and n.is_lower and _no_ones(n) for n in nouns) and not (
        _owns_or_acts(nouns[-1])
    )


def _no_ones(noun: Token) -> bool:
    """Whether a noun names no person, group, office, body, agent nor a maker's product."""
    word = noun.lemma_.lower()
    return not (
        is_person_noun(word)
        or is_group_noun(word)
        or is_office_word(word)
        or is_institution_word(word)
        or word in _BODY_NOUNS
        or word in _PRODUCT_NOUNS
        or load_gazetteer().head_agent_codes([noun.lower_])
    )


def _tagged_person_and_body(doc: Doc, gaz: Gazetteer) -> set[str]:
    """The names of one word the model tags a person in some mentions and a body in others,
    none a given name nor the surname of a person the article names or describes
    ("Politico reported" beside "Politico quoted"; not "Leonov" after "Alexei Leonov", nor
    "his wife, Kimberly"): a company's or a medium's, which no person's name is alone."""
    bodies = {e.text for e in doc.ents if e.label_ == "ORG" and len(e) == 1}
    people = [e for e in doc.ents if e.label_ == "PERSON" and len(e) == 1 and e.text in bodies]
    given = gaz.given_names
    surnames = {t.text for t in doc[1:] if doc[t.i - 1].is_title and doc[t.i - 1].lower_ in given}
    described = {e.text for e in people if _told_a_person(e[0])}
    return {
        e.text
        for e in people
        if e.text not in surnames | described
        and (word := e.text.lower()) not in given
        and word not in _HYPOCORISMS
    }


def _office_held_in(name: Span, gaz: Gazetteer) -> bool:
    """Whether a name the model tagged a person or a place is the object of "of" or "at"
    after an office's noun ("the president of SpaceX", "chief executive at Ubisoft"), holding
    no given name and naming no place the data know: the body the office is held in ("the
    secretary of Ann Roe" is a person's, "the governor of Kayin" a place's)."""
    root, prep = name.root, name.root.head
    office = prep.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ in ("of", "at")
        and office.pos_ == "NOUN"
        and any(t.lower_ in _TITLE_HEADS for t in (office, *office.lefts))
        and not any(t.lower_ in gaz.given_names for t in name)
        and not load_places().candidates(name.text)
    )


def _told_a_person(name: Token) -> bool:
    """Whether a name follows a noun of a person or is set in apposition to one ("cosmonaut
    Leonov", "his wife, Kimberly")."""
    before = name.doc[name.i - 1] if name.i > 0 else None
    nouns = [*_apposed(name), *([before] if before is not None and before.is_lower else [])]
    return any(n.pos_ == "NOUN" and is_person_noun(n.lemma_) for n in nouns)


def _beside_noun(name: Span, words: set[str]) -> bool:
    """Whether a name is after a noun of `words` ("Slovenian daily Delo", "the tabloid Bild")
    or in apposition to one ("Delo, a Slovenian daily")."""
    nouns = _apposed(name.root)
    if name.start > 0:
        nouns.append(name.doc[name.start - 1])
    return any(n.lower_ in words for n in nouns)


def _named_a(name: Span, nouns: frozenset[str] | set[str]) -> bool:
    """Whether a name is set off by commas in apposition to one of `nouns` ("Vantrex, a gas
    company"), follows one that modifies it ("energy company Vantrex") or is an example of its
    plural ("firms such as Vantrex and Dell", "companies including Vantrex"); not one the
    noun's reduced relative clause holds ("the firm Ann Ruiz founded"), nor one the parse
    links to it not at all."""
    doc, root = name.doc, name.root
    commas = {doc[i].text for i in (name.start - 1, name.end) if 0 <= i < len(doc)}
    apposed = "," in commas and any(n.lower_ in nouns for n in _apposed(root))
    before = doc[name.start - 1] if name.start > 0 else root
    # The parse hangs the noun on the name (compound, or amod where it takes the noun for an
    # adjective) or the name on the noun (appos, with no comma between), unless the name then
    # governs a tensed verb: the noun's relative clause read as the name's ("the firm Ann Ruiz
    # founded").
    tensed = any(
        c.dep_ in ("acl", "relcl") and c.tag_ in ("VBD", "VBP", "VBZ") for c in root.children
    )
    linked = (before.head == root and before.dep_ in ("compound", "amod")) or (
        root.head == before and root.dep_ == "appos" and not tensed
    )
    return apposed or (linked and before.lower_ in nouns) or _example_of(root, nouns)


def _example_of(root: Token, nouns: frozenset[str] | set[str]) -> bool:
    """Whether a name, or the first of a list it ends, follows "such as", "including" or
    "like" after a plural of one of `nouns` ("firms such as Vantrex and Dell")."""
    while root.dep_ == "conj":
        root = root.head
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ in ("as", "including", "like")
        and prep.head.tag_ == "NNS"
        and prep.head.lemma_ in nouns
    )


def _ship_names(doc: Doc, words: list[str]) -> list[tuple[int, Span]]:
    """The names of ships after their prefix ("the MV Galaxy Leader", "MV Professor Albrecht
    Penck", "USS Boxer"), each with the token its mention opens with: the prefix, or "the"
    before it, which the model may take into the name. `words`: the doc's token texts."""
    found = []
    for i in (i for i, word in enumerate(words) if word in _SHIP_PREFIXES):
        end = i + 1
        while end < len(words) and words[end][:1].isupper():
            end += 1
        if end > i + 1:
            start = i - (i > 0 and words[i - 1].lower() == "the")
            found.append((start, doc[i + 1 : end]))
    return found


def _storm_names(doc: Doc, words: list[str]) -> list[tuple[int, Span]]:
    """The names of storms after a storm's noun compounded on them ("Typhoon Phanfone",
    "Tropical Storm Humberto", "hurricane Dorian"), the first no word of the language ("the
    Hurricane Center", "Storm Prediction Center" are bodies), each with the token its mention
    opens with: the noun, or the first of a name the model tagged around it. `words`: the
    doc's token texts."""
    found = []
    for token in (doc[i] for i, word in enumerate(words) if word.lower() in _STORM_NOUNS):
        head = token.head
        if token.dep_ == "compound" and _is_name_word(head):
            name = doc[token.i + 1 : head.i + 1]
            start = token.i
            while doc[start].ent_iob_ == "I":
                start -= 1
            if name and name[0].lower_ not in common_words():
                found.append((start, name))
    return found


def _apposed(root: Token) -> list[Token]:
    """The nouns in apposition to a noun, either way round."""
    return [c for c in root.children if c.dep_ == "appos"] + (
        [root.head] if root.dep_ == "appos" else []
    )


def _street_named(word: Token) -> bool:
    """Whether a capitalised word naming a road or a street ends a name of several words that
    tells where something is ("took place on Karl Marx Avenue", "along Mill Road"): a
    street, whatever the model tags it; no person's name ending on such a word ("met Ann
    Strand")."""
    return (
        word.lower_ in _WAY_NOUNS
        and word.dep_ == "pobj"
        and word.head.lower_ in _STREET_PREPOSITIONS
        and len(_proper_span(word)) > 1
    )


def _called_a_thing(root: Token) -> bool:
    """Whether the article calls a name (by its last word) a building, a monument or a device:
    in apposition to a noun naming one ("Santa Lucerna, a baroque cathedral"), the subject of
    "is" or "called" one ("Villa Moretti is a palace"), or owned by the reader or the writer
    ("your Orbi")."""
    nouns = _apposed(root)
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in ("be", "call", "become"):
        nouns += [c for c in root.head.children if c.dep_ in ("attr", "oprd")]
    owned = any(c.dep_ == "poss" and c.lower_ in ("your", "my") for c in root.children)
    return owned or any(n.lower_ in _THING_NOUNS for n in nouns)


def _named_a_product(name: Token, bodies: set[str]) -> bool:
    """Whether a name (by its last word) is a product's: compounded on a noun naming one, at
    the head of its phrase (not "House Speaker Pelosi"), whatever the model tags it, with its
    maker named, owning the product or before the name ("its Echo speaker", "Amazon's Echo
    speaker", "an Amazon Alexa device", `bodies` the article's; "Huawei devices" are as
    likely devices Huawei makes); or owned by a company, a body the dictionary does not know
    ("Amazon's Alexa"; not "NASA's Goddard Space Flight Center", "the Agency's panel",
    "Quantix's Ann Ruiz")."""
    head = name.head
    if name.dep_ == "compound" and head.dep_ != "compound" and head.i > name.i:
        maker = _proper_name(name).split()[0]
        made = any(c.dep_ == "poss" for c in head.children) or (
            maker != name.text and maker in bodies
        )
        return made and head.lemma_.lower() in _PRODUCT_NOUNS and not head.is_title
    return name.ent_type_ != "PERSON" and any(
        c.dep_ == "poss"
        and c.ent_type_ == "ORG"
        and c.lower_ not in _INSTITUTION_WORDS
        and load_gazetteer().lookup(_proper_name(c)) is None
        for c in name.children
    )


# The determiners that count a thing, not name one body ("an Orbi", "another Orbi", "no Orbi").
_COUNTING = {"a", "an", "another", "any", "each", "every", "no"}
_OWNING = {"my", "our", "his", "her", "its", "their"}  # "its failed Vexpad" ("your": called)
# The nouns a name of a body, an office or a person may end on ("a new Security Adviser").
_KINDS_OF_ACTOR = _INSTITUTION_WORDS | _ORG_TYPES | _BODY_NOUNS | _TITLE_HEADS | _PERSON_NOUNS
_KINDS_OF_ACTOR |= _GROUP_NOUNS


def _mentions_of_bodies(doc: Doc, words: list[str]) -> list[Span]:
    """Every place the article writes a name the model tags a body or a person somewhere, as
    a span: the model may tag no entity where the name is a thing's ("the 12-inch Vexbook");
    not a word of a name the model tags a person's that opens on a given name ("a Claure" of
    "Ann Claure", "a lost Christopher Marlowe play")."""
    given = load_gazetteer().given_names
    people = {w.text for e in doc.ents if e.label_ == "PERSON" and e[0].lower_ in given for w in e}
    names = {
        tuple(e.text.split())
        for e in doc.ents
        if e.label_ in ("ORG", "PERSON") and not any(w.text in people for w in e)
    }
    last = {n[-1] for n in names}
    found = []
    for i, word in enumerate(words):
        if word in last:
            for name in names:
                start = i + 1 - len(name)
                if name[-1] == word and start >= 0 and tuple(words[start : i + 1]) == name:
                    found.append(doc[start : i + 1])
    return found


def _sold_as_a_thing(name: Span) -> bool:
    """Whether a name the model tags a body or a person heads a phrase that counts, measures,
    dates by its model year or prices it as a made thing: a counting determiner, a size ("the
    12-inch Vexbook"), a year ("the 2020 Sportback"), a price ("the Vexbook Pro from $700",
    "a $40 Orbi"), or a pronoun owning a name the model tags a body ("its failed Vexpad");
    not a name that ends on a kind of body, office or person ("a new Vantrex Foundation",
    "the 1922 Committee", "a new National Security Adviser"), nor one compounded on a noun
    ("a Reuters reporter")."""
    root = name.root
    if root.dep_ == "compound":
        return False
    if {root.lower_, root.lemma_.lower()} & _KINDS_OF_ACTOR:
        return False
    outside = [c for c in root.children if not name.start <= c.i < name.end]
    return any(
        (c.dep_ == "det" and c.lower_ in _COUNTING)
        or (c.dep_ == "poss" and c.lower_ in _OWNING and root.ent_type_ != "PERSON")
        or (c.i < name.start and (_measured(c) or c.ent_type_ == "MONEY"))
        or (c.dep_ == "prep" and c.lower_ in ("for", "from", "at") and _priced(c))
        for c in outside
    )


def _measured(word: Token) -> bool:
    """Whether a modifier is a size or a model year: a unit after a number ("12-inch",
    "38mm") or a year ("2020")."""
    if word.dep_ == "nummod":
        return _year(word)
    return (
        word.pos_ == "NOUN"
        and word.lower_ not in _PERSON_NOUNS  # "the 2018 candidate Ann Roe": a person
        and any(c.like_num and not _year(c) for c in word.children)
    )


def _year(word: Token) -> bool:
    return word.shape_ == "dddd" and word.text[:2] in ("19", "20")


def _priced(prep: Token) -> bool:
    """Whether a preposition's object is a sum of money ("from $700", "for just $30")."""
    return any(c.ent_type_ == "MONEY" for c in prep.children if c.dep_ == "pobj")


def _speaks(name: Token) -> bool:
    """Whether a name (by its root) is the subject of a verb of speech ("Toyota said")."""
    return name.dep_ == "nsubj" and name.head.lemma_ in load_lexicon().speech


def _owns_or_acts(name: Token) -> bool:
    """Whether a name (by its last word) owns something ("Apple's iPhone") or is the subject
    of a tensed verb in the active voice, not a copula ("WhatsApp sued"; not "Nomi was
    slow"): a body, not a product."""
    verb = name.head
    tensed = verb.tag_ in ("VBD", "VBZ", "VBP") and verb.lemma_ != "be"
    return name.dep_ == "poss" or (name.dep_ == "nsubj" and tensed)


def _proper_name(root: Token) -> str:
    return _proper_span(root).text


def _proper_span(root: Token) -> Span:
    """The name a capitalised word ends, with the capitalised words compounded before it."""
    start = root.i
    while start > 0 and root.doc[start - 1].is_title and root.doc[start - 1].dep_ == "compound":
        start -= 1
    return root.doc[start : root.i + 1]


def _spelled_alike(one: str, other: str) -> bool:
    """Whether two names are one spelled apart: the same words but one, which differs by a
    letter added, dropped or changed ("Hagia Sophia", "Haghia Sophia")."""
    a, b = one.split(), other.split()
    if len(a) != len(b):
        return False
    apart = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if not apart:
        return True
    if len(apart) > 1:
        return False
    x, y = sorted(apart[0], key=len)
    if len(x) < 4 or len(y) - len(x) > 1 or x[0] != y[0]:
        return False
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y, strict=True)) == 1
    return any(y[:i] + y[i + 1 :] == x for i in range(len(y)))


def _place_of_generic(span: Span) -> str | None:
    """The place after "in" that completes a school's name made of words of the language
    ("the Polytechnic University in Hong Kong", "the Technical College in Lisbon"): the name
    it is known by ("Hong Kong Polytechnic University")."""
    doc, end = span.doc, span.end
    generic = span[-1].lower_ in _ORG_TYPES and all(t.lower_ in common_words() for t in span[:-1])
    if not generic or end + 1 >= len(doc) or doc[end].lower_ != "in":
        return None
    place = next((e for e in doc.ents if e.start == end + 1 and e.label_ == "GPE"), None)
    return place.text if place is not None else None


def _polity_of(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is a polity's formal style before its name ("State of Virginia",
    "Commonwealth of Kentucky", "Province of Ontario")."""
    return (
        end - start > 2
        and doc[start].lower_ in _POLITY_WORDS
        and doc[start + 1].lower_ == "of"
        and all(_is_name_word(t) for t in doc[start + 2 : end])
    )


def _unglued(doc: Doc, start: int, end: int) -> tuple[int, str | None]:
    """A name glued to its own repetition by page markup ("Ilhan OmarIlhan Omar"): the end
    of the name's tokens and the name as written once, or (end, None)."""
    first = doc[start].text
    for token in doc[start + 1 : end]:
        word = token.text.removesuffix(first)
        if word != token.text and word[:1].isupper() and word[-1:].islower():
            return token.i + 1, normalise(f"{doc[start : token.i].text} {word}")
    return end, None


# Prepositions whose object is where something is or goes, not who acts.
_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "around", "across", "into", "inside"})


def _town_modifier(span: Span) -> bool:
    """A town's own name (of 100,000 people or more, the size a place needs to count on its
    own) before a common noun it modifies, or after a preposition of place: the model tags
    "Oxford" in "Oxford police", "Erbil" in "a base near Erbil" a body."""
    root = span.root
    modifier = root.dep_ == "compound" and root.head.i == span.end and root.head.pos_ == "NOUN"
    placed = root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPOSITIONS
    return (modifier or placed) and _is_town(span.text)


_TOWN_LABELS = ("GPE", "LOC", "ORG")


def _town_named(ent: Span) -> bool:
    """Whether the article names a town as a place here: tagged one (a town or a region the
    model tags a location: "in Christchurch"), or as `_town_modifier` reads a body's tag."""
    return _is_town(ent.text.strip()) if ent.label_ != "ORG" else _town_modifier(ent)


def _site_at(ent: Span, gaz: Gazetteer) -> bool:
    """Whether the model tags a body a name after "at" that places a thing ("the oil plant at
    Abqaiq", "a base at Tal Afar") and that the places data knows as a town of some size or a
    region, the gazetteer as no actor: a site, smaller than `_town_modifier` takes after "in".
    Not after a verb or a person's noun: "met at Oxford", "a professor at Oxford" are a
    school's, "works at Toyota" a company's."""
    root, name = ent.root, ent.text.strip()
    at = root.head
    return (
        ent.label_ == "ORG"
        and root.dep_ == "pobj"
        and at.lower_ == "at"
        and at.head.pos_ == "NOUN"
        and not (is_person_noun(at.head.lemma_) or is_office_word(at.head.lemma_))
        and bool(_towns(name, least=_SMALL_TOWN))
        and gaz.lookup(name) is None
    )


def _townspeople(token: Token) -> bool:
    """Whether a plural name is a town's people, its name and an ending ("Londoners",
    "Parisians", "fellow Yekaterinburgers"; a city of 100,000 people or more, not a continent:
    "Europeans"): no group of their own."""
    towns = [token.text.removesuffix(e) for e in ("ers", "ians", "ans", "ites")]
    return token.tag_ in ("NNS", "NNPS") and any(
        p.kind is PlaceKind.CITY for town in towns if town != token.text for p in _towns(town)
    )


def _is_town(name: str) -> bool:
    return bool(_towns(name))


def _towns(name: str, least: int = 100_000, *, as_written: bool = True) -> list[Place]:
    """The places of `least` people or more that a name names, by their own name or, not
    `as_written`, by any of theirs ("Kupiansk": Kupyansk)."""
    return [
        p
        for p in load_places().candidates(name)
        if (p.name == name or not as_written) and p.population >= least
    ]


def _portfolio(span: Span) -> bool:
    """Whether a span of common words names a minister's portfolio: "Energy Secretary",
    "Minister of Defence", "the Secretary of Transportation"."""
    doc, common = span.doc, common_words()
    if not all(t.lower_ in common for t in span):
        return False
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = [t.lower_ for t in doc[max(span.start - 3, 0) : span.start]]
    while before and before[0] not in _MINISTERS:
        before = before[1:]
    return after in _MINISTERS or before[1:] in (["of"], ["of", "the"])


def _trim(tokens: list[Token]) -> list[Token]:
    """Cut an entity at a possessive, bracket or line break; drop leading adverbs and
    prepositions, articles and verbs ("Questioning Vindman"), trailing punctuation."""
    for k, token in enumerate(tokens):
        if token.text in _POSSESSIVES or token.tag_ == "POS" or token.text == "(":
            tokens = tokens[:k]  # "Movement for Democratic Change (MDC": the name ends before
            break
        if "\n" in token.text or "\n" in token.whitespace_:
            tokens = tokens[: k + 1] if "\n" in token.whitespace_ else tokens[:k]
            break
    # "Later the Social Democratic Party": an adverb or a preposition before an article
    # opens the clause, not the name.
    while len(tokens) > 1 and tokens[0].tag_ in _NOT_OPENING and tokens[1].lower_ in _DETERMINERS:
        tokens = tokens[1:]
    while len(tokens) > 1 and _sentence_adverb(tokens[0]):
        tokens = tokens[1:]
    while tokens and tokens[0].lower_ in _DETERMINERS:
        tokens = tokens[1:]
    while len(tokens) > 1 and _is_verb_form(tokens[0]):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].lower_ in _GLUE):
        tokens = tokens[:-1]
    return tokens


def _sentence_adverb(token: Token) -> bool:
    """An adverb in "-ly" opening the clause that the model ran into the name after it
    ("Hopefully Russia will...", "Reportedly Hamas..."): a common word tagged an adverb, no
    name's."""
    word = token.lower_
    before = token.nbor(-1) if token.i > 0 else None
    opening = before is None or token.is_sent_start or before.is_punct
    return opening and token.tag_ == "RB" and word.endswith("ly") and word in common_words()


def _is_verb_form(token: Token) -> bool:
    """A verb the model took into a name: tagged as one, the modal of a verb in its base form
    ("Will Warren keep her lead?"; not "Will Ferrell said", which the parse may also read
    so), or a sentence or list item opening on the -ing form of a common verb ("Praising
    Putin, ...", "4. Questioning Vindman's judgment": the model tags it a proper noun)."""
    if token.tag_.startswith("VB"):
        return True
    if token.tag_ == "MD":
        return token.dep_ == "aux" and token.head.tag_ == "VB"
    word, common = token.lower_, common_words()
    before = token.nbor(-1) if token.i > 0 else None
    opening = before is None or token.is_sent_start or before.is_punct or before.like_num
    if not (opening and word.endswith("ing") and word in common):
        return False
    stem = word[:-3]
    doubled = stem[-1:] == stem[-2:-1] and stem[:-1] in common  # "banning"
    return stem in common or f"{stem}e" in common or doubled


def _strip_title(
    doc: Doc, start: int, end: int, starting: dict[int, list[Match]]
) -> tuple[str | None, str | None, int]:
    """Split leading title words off a PERSON entity: (role, country, start of the name).
    `starting` holds the gazetteer's matches by their first token ("United States")."""
    country = None
    title_start = None
    i = start
    while i < end - 1:
        word = doc[i].lower_
        places = [m for m in starting.get(i, ()) if m.entry.kind is ActorKind.COUNTRY]
        if word in _TITLE_WORDS or word in _ROLE_PREFIXES:
            title_start = i if title_start is None else title_start
        elif places and title_start is None and places[0].end < end:
            country = places[0].entry.country
            i = places[0].end
            continue
        elif title_start is None and _person_title(doc[i]) and _full_name_after(doc[i + 1 : end]):
            return doc[i].text, country, i + 1  # "Broadcaster Piers Morgan"
        else:
            break
        i += 1
    role = _role(doc, title_start, i) if title_start is not None else None
    return role, country, i


def _person_title(token: Token) -> bool:
    """Whether a capitalised word is a common noun whose first sense is a person and no given
    name ("Assemblywoman", "Broadcaster"; not "Taylor", "Russian"): before a full name, it is
    the title."""
    word = token.lower_
    return (
        token.is_title
        and not _is_verb_form(token)
        and word in _PERSON_NOUNS
        and word in common_words()
        and word not in load_gazetteer().given_names
        and word not in _HYPOCORISMS
    )


def _full_name_after(names: Span) -> bool:
    """Whether a title's words are followed by two or three name words opening on no
    initial, no body's word among them, the last no common word ("Selena Torres"; not "S.
    Thompson", "Francis Hospital")."""
    words = {t.lower_ for t in names}
    return (
        2 <= len(names) <= 3
        and all(_is_name_word(t) for t in names)
        and len(names[0].text) > 2
        and names[-1].lower_ not in common_words()
        and _BODY_NAME_WORDS.isdisjoint(words)
    )


def _role(doc: Doc, start: int, end: int) -> str | None:
    words = {t.lower_ for t in doc[start:end]}
    return doc[start:end].text if words & _TITLE_HEADS else None


def _after_represented(doc: Doc, start: int) -> int | None:
    """The start of the words before `start` that follow "<title> from" (the place a senator
    or a representative is from: "Senator from New York Chuck Schumer") or an envoy's "to"
    (where the envoy is sent: "Ambassador to the United Nations Nikki Haley"), or None."""
    i = start
    while i > 0 and start - i < 3 and doc[i - 1].pos_ == "PROPN":
        i -= 1
    i -= i > 0 and doc[i - 1].lower_ == "the"
    for k in range(i, start + 1):
        if k < 2:
            continue
        prep, title = doc[k - 1].lower_, doc[k - 2].lower_
        # An envoy's post is named before the name ("envoy to Trump" names no envoy).
        posted = prep == "to" and title in _ENVOY_NOUNS and k < start
        if (prep == "from" and title in _TITLE_WORDS) or posted:
            return k
    return None


def _title_cut_off(span: Span) -> bool:
    """Whether a name is title words only, before the rest of a title or a name the model
    tagged apart ("Det" of "Det. Insp. Ann Holt"): no one, where "the Queen" is its holder."""
    doc = span.doc
    after = next((t for t in doc[span.end : span.end + 2] if t.text != "."), None)
    return (
        all(t.lower_ in _TITLE_WORDS for t in span)
        and after is not None
        and (after.lower_ in _TITLE_WORDS or _is_name_word(after))
    )


def _full_name(span: Span, starting: dict[int, list[Match]], gaz: Gazetteer) -> bool:
    """Whether a name is a person's full name by its words: two or three proper nouns, the
    first a given name of the dictionary's people, or two hyphened ("Tanya", "Anna-Lena"),
    and no noun of a person, the rest no common word, no place, body or agent named in it,
    and no noun of a body beside it ("Tanya Davies"; not "Sandy Point", "Fan Expo Canada",
    "Maker Faire", "gas company Ivo Pasek")."""
    first = _hyphened_given_name(span, gaz)
    words = [t.lower_ for t in span[first:]]
    return (
        2 <= len(words) <= 3
        and all(_is_name_word(t) for t in span[first:])
        and words[0] in gaz.given_names
        and words[0] not in _PERSON_NOUNS
        and common_words().isdisjoint(words[1:])
        and _BODY_NAME_WORDS.isdisjoint(words)
        and not gaz.find_agents(words)
        and not any(starting.get(t.i) for t in span)
        and not load_places().candidates(span.text)
        and not _named_a(span, _BODY_NOUNS)
    )


def _hyphened_given_name(span: Span, gaz: Gazetteer) -> int:
    """Where the last given name of a double one written with a hyphen ("Anna-Lena",
    "Nils-Erik") opens a name, both halves given names of the dictionary's people: 2, else
    0 (the name read from its first word)."""
    given = gaz.given_names
    double = len(span) > 3 and span[1].text == "-" and not span[0].whitespace_
    named = double and _is_name_word(span[0]) and {span[0].lower_, span[2].lower_} <= given
    return 2 if named and not span[1].whitespace_ else 0


def _titled_of_country(
    doc: Doc, start: int, end: int, starting: dict[int, list[Match]], gaz: Gazetteer
) -> bool:
    """Whether a name opens on a country a title before it is "of", the rest two or three
    words of a person's name and no agent's ("President of Peru Ollanta Humala")."""
    if start < 2 or doc[start - 1].lower_ != "of" or doc[start - 2].lower_ not in _TITLE_HEADS:
        return False
    countries = [m for m in starting.get(start, ()) if m.entry.kind is ActorKind.COUNTRY]
    names = doc[countries[0].end : end] if countries else doc[end:end]
    return 2 <= len(names) <= 3 and all(
        _is_name_word(t) and not gaz.find_agents([t.lower_]) for t in names
    )


def _place_end(doc: Doc, start: int, end: int) -> int:
    """The end of the longest place name (of up to three words) that opens doc[start:end]."""
    places = load_places()
    for n in range(min(3, end - start - 1), 0, -1):
        if places.candidates(doc[start : start + n].text):
            return start + n
    return start


def _attach_title(doc: Doc, mention: _Mention, countries_by_end: dict[int, Match]) -> None:
    """Read the title words before a person's name into its role, country and cover; the
    place a title names one "from", or an envoy "to", is part of it ("Senator from Vermont
    Bernie Sanders", "US Ambassador to Germany Richard Grenell": the United States')."""
    if mention.entry is None:
        mention.country = mention.country or _country_after(doc, mention.end, countries_by_end)
    i = title_end = mention.cover
    represented = _after_represented(doc, mention.start)
    # "President of France Emmanuel Macron": the title's country before the name, apart from
    # it or opening its entity ("Chile Gabriel Boric").
    held = countries_by_end.get(i)
    k = held.start if held is not None else i
    if represented is not None:
        i, title_end = represented - 1, mention.start
    elif (
        (held is not None or i < mention.start)
        and k > 1
        and doc[k - 1].lower_ == "of"
        and doc[k - 2].lower_ in _TITLE_WORDS
    ):
        mention.country = mention.country or (held.entry.country if held else None)
        i = title_end = k - 1
    elif (held_in := _office_in_body(doc, i)) is not None:
        i = title_end = held_in
    while i > 0 and doc[i - 1].lower_ in _TITLE_WORDS and not doc[i].is_sent_start:
        i -= 1
    while i < title_end and doc[i].lower_ == "of":
        i += 1
    # A title ending on "of" is another's, whom the person employs ("the secretary of Ann Roe").
    role = _role(doc, i, title_end) if i < title_end and doc[title_end - 1].lower_ != "of" else None
    if role is None:
        if i < mention.cover and mention.role is None:
            mention.cover = i  # honorifics only ("Mr."): part of the mention, not a role
        return
    mention.role = mention.role or role
    j = i
    if j > 0 and doc[j - 1].text in _POSSESSIVES:
        j -= 1  # "Russia's Foreign Minister"
    country = countries_by_end.get(j)
    if country is None and mention.country is None:
        # "Nigerian junior foreign minister Dubem Oniya": the demonym a few words before
        ends = [countries_by_end[k] for k in range(max(j - 3, 0), j) if k in countries_by_end]
        near = [m for m in ends if not any(t.is_punct for t in doc[m.end : i])]
        mention.country = near[-1].entry.country if near else None
    if country is not None:
        mention.country = mention.country or country.entry.country
        i = country.start
    if i > 0 and doc[i - 1].lower_ in _ROLE_PREFIXES:
        i -= 1
        if mention.entry is None or mention.role == role:
            mention.role = f"{doc[i].text} {mention.role}"
    mention.cover = min(i, mention.cover)


def _title_seats(doc: Doc, mentions: list[_Mention], places: list[_Place]) -> list[_Mention]:
    """A town or a region named before a person's title, on it or with words of the title
    between ("Maine Governor Ann Roe", "Tver regional Deputy Governor X", "New York state
    Attorney General X"), is where the office is held, no actor of its own: the person takes
    its country."""
    seats: list[_Place] = []
    for m in mentions:
        if m.kind is not ActorKind.PERSON or m.role is None:
            continue
        for place in (p for p in places if p.town and m.cover - 3 < p.end <= m.cover):
            if all(
                t.dep_ in ("compound", "amod") and t.i < t.head.i < m.end
                for t in doc[place.end - 1 : m.cover]
            ):
                m.country = m.country or place.country
                seats.append(place)
    return [
        m
        for m in mentions
        if not (m.kind is ActorKind.LOCATION and any(p.start <= m.start < p.end for p in seats))
    ]


def _country_after(doc: Doc, end: int, countries_by_end: dict[int, Match]) -> str | None:
    """The country a name is "of", named right after it ("President Ann Roe of Kenya", "Bo
    Li of the Netherlands"): its name, not a capital, and no body or thing of it ("of Kenya
    Airways", "of Kenya's treasury")."""
    if end >= len(doc) or doc[end].lower_ != "of" or doc[end].head.i >= end:
        return None
    place = next((t for t in doc[end].children if t.dep_ == "pobj"), None)
    match = countries_by_end.get(place.i + 1) if place is not None else None
    if match is None or match.form not in (Form.NAME, Form.ALIAS) or match.start > end + 2:
        return None
    # Not a name a state or province of another country bears too ("Senator X of Georgia").
    places = load_places().candidates(doc[match.start : match.end].text)
    states = {p.country for p in places if p.kind is PlaceKind.COUNTRY}
    return (
        None
        if any(p.kind is PlaceKind.REGION and p.country not in states for p in places)
        else match.entry.country
    )


def _office_in_body(doc: Doc, start: int) -> int | None:
    """The "of" of an office held in a body just before a name ("the speaker of the
    parliament Ali Larijani"): the person named holds it and is the actor, not the body."""
    j = start - 1
    if j < 3 or doc[j].lower_ not in _INSTITUTION_WORDS or doc[j].pos_ != "NOUN":
        return None
    j -= doc[j - 1].lower_ == "the"
    return j - 1 if doc[j - 1].lower_ == "of" and doc[j - 2].lower_ in _TITLE_HEADS else None


def _drop_covered(mentions: list[_Mention]) -> list[_Mention]:
    """Drop mentions inside another mention's title words ("Russian" in "Russian President")."""
    titles = [(m.cover, m.start) for m in mentions if m.cover < m.start]
    return [
        m
        for m in mentions
        if not any(cover <= m.start and m.end <= start for cover, start in titles)
    ]


def _surnames_missed(doc: Doc, mentions: list[_Mention], words: list[str]) -> list[_Mention]:
    """The mentions with the surname of a person named in full where the model tagged
    nothing ("Cameron later resigned" after "David Cameron"; "Simmons" read as a plural
    noun, being no English word), or a place alone, as the
    article uses the word as that person's name ("Amman said" after "Karim Amman", not
    Jordan's capital; "Jordan" after "Leah Jordan")."""
    last = {
        surname.text: m
        for m in mentions
        if m.kind is ActorKind.PERSON
        and m.end - m.start > 1
        and len(surname := _surname(doc[m.start : m.end])) > 2
        and surname.text[0].isupper()  # not the half of a hyphened name ("Chan-o-cha")
    }
    places = (ActorKind.COUNTRY, ActorKind.LOCATION)
    named_place = {
        m.start: m
        for m in mentions
        if m.kind in places
        and m.end - m.start == 1
        and m.cover == m.start
        and m.text in last
        and _is_name_word(doc[last[m.text].end - 2])  # "Modi of India" is no name
    }
    mentions = [m for m in mentions if m.start not in named_place]
    taken = {i for m in mentions for i in range(m.cover, m.end)}
    found = []
    for i in (i for i, w in enumerate(words) if w in last):
        token, m = doc[i], last[words[i]]
        if token.i in taken or not _read_as_name(token):
            continue
        particled = _particle_surname(token)
        if token.ent_type_ and i not in named_place and not _thing_alone(token) and not particled:
            continue
        if token.i + 1 < len(doc) and _is_name_word(doc[token.i + 1]):
            continue  # "Cameron Diaz": another name
        found.append(
            _Mention.of_span(
                doc[token.i - 2 if particled else token.i : token.i + 1],
                ActorKind.PERSON,
                entry=m.entry,
                form=Form.SHORT,
                country=m.country,
                political=m.political,
            )
        )
    kept = {f.start for f in found}
    return mentions + [p for i, p in named_place.items() if i not in kept] + found


def _particle_surname(token: Token) -> bool:
    """Whether the model tagged a surname alone with its lower-case particle ("al-Muhandis"
    after "Abu Mahdi al-Muhandis"), a name no other reading takes, opening in lower case."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-":
        return False
    particle = doc[token.i - 2]
    return (
        particle.lower_ in _NAME_PARTICLES
        and particle.text.islower()
        and particle.ent_iob_ == "B"
        and token.ent_iob_ == "I"
        and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")
    )


def _surname(name: Span) -> Token:
    """A person's surname: the last word, but the first of an East Asian name, which a
    hyphened given name of two syllables follows ("Park" of "Park Won-soon")."""
    return name[0] if len(name) == 4 and _hyphened(name[-1]) else name[-1]


def _read_as_name(token: Token) -> bool:
    """A proper noun, or a noun that is no common English word ("Simmons teased the tour":
    a plural to the tagger); a common one ("Rice prices rose", "Bush fires") is no name."""
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.lower_ not in common_words())


def _thing_alone(token: Token) -> bool:
    """Whether the model tagged a word alone a thing ("Pelosi's suggestion": an event), as it
    tags a person's surname before a noun it owns."""
    alone = token.ent_iob_ == "B" and (
        token.i + 1 == len(token.doc) or token.nbor().ent_iob_ != "I"
    )
    return alone and token.ent_type_ in _THING_LABELS


def _coordinated_people(doc: Doc, mentions: list[_Mention], toponyms: Sequence[Toponym]) -> None:
    """A place name that no gazetteer knows, or a body's that opens with a given name,
    coordinated with a person, is a person: a list joins names of one kind ("the founders
    Merav Tabor and Marc Dubois", the first tagged a place; "officers Louis Perrin and Marc
    Dubois", the first tagged a body)."""
    person_at = {i for m in mentions if m.kind is ActorKind.PERSON for i in range(m.start, m.end)}
    placed = [(t.start, t.end) for t in toponyms]
    given = load_gazetteer().given_names
    for m in mentions:
        unknown = not any(s < m.end_char and m.start_char < e for s, e in placed)
        full = " " in m.text  # a full name; one word is left to the article's names
        words = m.text.lower().split()
        named = (
            m.kind is ActorKind.ORGANISATION
            and words[0] in given
            and _BODY_NAME_WORDS.isdisjoint(words)
        )
        if ((m.kind is ActorKind.LOCATION and unknown) or named) and m.entry is None and full:
            root = doc[m.start : m.end].root
            if any(c.i in person_at for c in root.conjuncts):
                m.kind = ActorKind.PERSON


def _appositive_people(doc: Doc, mentions: list[_Mention], gaz: Gazetteer) -> None:
    """A name the model tagged a body, in apposition to one person's office or agent noun, is
    a person: "Elijah Cummings, a congressman from Maryland", "the senator, Ana Ruiz"; not
    a body in apposition to a body ("Hamas, the militant group", "the army")."""
    for m in mentions:
        if m.kind is not ActorKind.ORGANISATION or m.entry is not None or " " not in m.text:
            continue
        root = doc[m.start : m.end].root
        # The phrase right after the name and its comma, or right before them.
        after = m.end < len(doc) and doc[m.end].text == ","
        before = m.start > 0 and doc[m.start - 1].text == ","
        heads = [c for c in root.children if c.dep_ == "appos" and c.left_edge.i == m.end + 1]
        heads = heads if after else []
        if before and root.dep_ == "appos" and root.head.i == m.start - 2:
            heads.append(root.head)
        for head in heads:
            # A company's word ("the company", "the airline") names a body, not a person.
            agent = head.tag_ == "NN" and any(
                gaz.sectors[c].name != "business"
                for _, _, code in gaz.find_agents([head.lower_])
                for c in code.split("|")
            )
            if not is_institution_word(head.text) and (agent or is_office_word(head.text)):
                m.kind = ActorKind.PERSON


def _link_short_names(doc: Doc, mentions: list[_Mention], published: date | None) -> list[_Mention]:
    """Give each form of a person's name the identity of the article's full name it is part
    of ("Carlineo", "Pat Carlineo" -> "Patrick Carlineo Jr."; "Ben Ali" -> "Zine el Abidine
    Ben Ali"; "Sam Pryce" -> "Gerald Pryce", whom the article says everyone called Sam). A
    short name that fits several people of the article, or a surname several known people
    share and no full name settles, is marked unresolved (never guessed): the one named
    before the others ("Pryce ... his sister Ada Pryce"), the one in office on the
    article's date, or the only known bearer named with a title ("President Reagan"),
    settles it."""
    people = [
        m
        for m in mentions
        if m.kind is ActorKind.PERSON and len(m.text.split()) > 1 and not _title_alone(m)
    ]
    people_named = [m for m in mentions if m.kind is ActorKind.PERSON and not m.unresolved]
    countries = {m.country for m in mentions if m.kind is not ActorKind.PERSON and m.country}
    group_of = _name_groups(people, _told_nicknames(doc, people))
    # Each full name's words and the mention whose identity it takes, read before any takes
    # it: taking one rewrites a mention's name ("Mike Ford" -> "John Ford").
    full = [(f.start, set(_name_core(f.text)), group_of.get(f.actor_id, f)) for f in people]
    for m in mentions:
        if m.kind is ActorKind.PERSON and m.actor_id in group_of:
            _take_identity(m, group_of[m.actor_id])
            continue
        family = m.kind in (ActorKind.LOCATION, ActorKind.GROUP) and m.entry is None
        if family and any(f"{p.text.split()[-1]}s" == m.text for p in people_named):
            m.unresolved = True  # "the Bidens" after Joe and Hunter Biden: a family
            continue
        # The model may tag a surname as a place ("Buttigieg" GPE): unknown places link too.
        nameable = m.kind in (ActorKind.PERSON, ActorKind.ORGANISATION) or (
            m.kind is ActorKind.LOCATION and m.entry is None
        )
        if nameable and m.kind is not ActorKind.PERSON and m.entry is None and " " in m.text:
            # A person's full name the model tagged a body or a place ("Elijah Cummings" ORG
            # beside the person "Elijah Cummings", "Ricardo Rossello Nevares" beside
            # "Ricardo Rossello"); not a body named for one ("the Ricardo Rossello Foundation").
            words = _name_core(m.text)
            owners = {
                rep.actor_id: rep
                for f in people
                if _names_one_person(words, _name_core(f.text))
                or _names_one_person(_name_core(f.text), words)
                for rep in [group_of.get(f.actor_id, f)]
            }
            if len(owners) == 1 and not set(words) & _BODY_NAME_WORDS:
                _take_identity(m, next(iter(owners.values())))
            continue
        if " " in m.text or m.form not in (None, Form.SHORT) or not nameable:
            continue
        # "Wiranto" tagged a place after the person "Wiranto": him.
        if m.kind is ActorKind.LOCATION and any(p.text == m.text for p in people_named):
            m.kind = ActorKind.PERSON
        words = _name_core(m.text)
        owners = {rep.actor_id: rep for _, core, rep in full if words and set(words) <= core}
        # Before the article names a second bearer, the short name is the first one's: a
        # writer names a relative in full where the surname stops telling who ("Pryce
        # opened the shop ... his sister Ada Pryce").
        earlier = {
            rep.actor_id
            for start, core, rep in full
            if start < m.start and words and set(words) <= core
        }
        if len(earlier) == 1:
            owners = {i: owners[i] for i in earlier}
        if len(owners) == 1:
            _take_identity(m, next(iter(owners.values())))
        elif m.candidates and m.entry is None and not _given_name_title(m):
            pool = [e for e in m.candidates if e.country == m.country] or m.candidates
            # Of the article's namesakes, the one the dictionary knows ("Mugabe" after Robert
            # and Grace Mugabe), else the one in office on the article's date.
            named = [e for e in pool if e.id in owners]
            serving = [e for e in pool if published and e.in_office(published)]
            serving = named if len(named) == 1 else serving
            if (
                len(serving) != 1
                and len(pool) == 1
                and (m.role or _only_bearer(m, owners, countries))
            ):
                serving = pool  # "President Reagan": the only known bearer, titled or placed
            if len(serving) == 1:
                m.entry = serving[0]
            else:
                m.unresolved = True  # "Clinton" alone in 2016: Bill or Hillary, not ours to guess
        elif owners and m.entry is None:
            m.unresolved = True  # "Kurdi" after Alan and Abdullah Kurdi
    return mentions


def _only_bearer(m: _Mention, owners: dict[str, _Mention], countries: set[str]) -> bool:
    """Whether a surname alone names the one person the dictionary knows by it: the article
    names no other bearer and names the bearer's country ("Lavrov and Kerry met" beside the
    United States); not a word that is also a given name or a common word ("John", "Moon").
    Most such bearers are officials of their day that a namesake in the news is not (a
    "Santana" on a music page is no Cuban minister): their country is the article's sign."""
    word = m.text.casefold()
    if owners or len(m.candidates) != 1 or m.candidates[0].country not in countries:
        return False
    return word not in load_gazetteer().given_names and word not in common_words()


def _by_surnames_used(doc: Doc, mentions: list[_Mention], gaz: Gazetteer) -> None:
    """An unknown person named with a word between the first and last names that the article
    uses as the surname (alone, or after the first name) is that first name and surname:
    "Ricardo Rossello Nevares" beside "Rossello" or "Ricardo Rossello" is Ricardo Rossello,
    as a double surname is shortened, whatever the other articles write in full; not where
    the first word is a common word rather than a given name ("Lady Melania Trump" beside
    "Melania") or the word opens a name of its own."""
    people = [m for m in mentions if m.kind is ActorKind.PERSON and m.entry is None]
    if all(len(m.text.split()) < 3 for m in people):
        return  # no middle word to read: spare the pass over the article's tokens
    names = {m.text for m in mentions if m.kind is ActorKind.PERSON}
    # A word inside any person's name of several words, known or not, is not used alone:
    # "Salih" of "President Barham Salih" is no surname of "Abu Salih al-Jubouri".
    inside = {
        i
        for m in mentions
        if m.kind is ActorKind.PERSON and m.end - m.start > 1
        for i in range(m.start, m.end)
    }
    # Nor is one the rest of the name follows, the whole name the model tagged otherwise
    # ("Teresa Nielsen Hayden explained" a work): "Nielsen" is not used alone there.
    alone: dict[str, list[int]] = {}
    for t in doc:
        if t.i not in inside and t.pos_ == "PROPN":
            alone.setdefault(t.text, []).append(t.i)
    for m in people:
        words = m.text.split()
        tail = 2 if words[-1].lower().strip(".") in _SUFFIXES else 1
        if words[0].lower() in common_words():
            continue
        for k in range(1, len(words) - tail):
            word, pair, rest = words[k], f"{words[0]} {words[k]}", " ".join(words[k:])
            if word.lower() in _NAME_PARTICLES or rest in names or gaz.lookup(rest):
                continue
            n = len(words) - k
            used = [i for i in alone.get(word, []) if doc[i : i + n].text != rest]
            if used or pair in names:
                m.text = pair
                break


def _given_name_title(m: _Mention) -> bool:
    """Whether a royal or religious title names the person: it goes with a given name, not
    a surname ("Prince Andrew" is no Ethel Blondin-Andrew)."""
    return (m.role or "").lower().split()[-1:] in ([w] for w in _GIVEN_NAME_TITLES)


def _link_cut_names(doc: Doc, mentions: list[_Mention], publisher: str | None) -> None:
    """ "The Council", "the Agency", "the Court of Justice" near the article's only body
    that name ends or heads ("the Security Council", "ESA": the European Space Agency, "the
    European Court of Justice") is that body, whatever the dictionary holds under the short
    name; of several such bodies, the one the dictionary knows (as with surnames); a bare
    institution word ("Council", "Agency", "House") that no body of the article owns names
    no one."""
    bodies = [m for m in mentions if m.kind is ActorKind.ORGANISATION]
    # A body's names are those of all its mentions ("Korvel Foods" is "Korvel Foods Inc"),
    # as they stand before any is linked.
    by_id: dict[str, list[list[str]]] = {}
    for b in bodies:
        by_id.setdefault(b.actor_id, []).extend(_body_names(b))
    names = {id(b): by_id[b.actor_id] for b in bodies}
    for m in mentions:
        if m.kind is ActorKind.PERSON and m.entry is None and " " not in m.text:
            # A word alone that no person of the article bears (see _link_short_names) and
            # that opens a company's name before a legal form, tagged a person: the company
            # ("Dunmore Logistics Corp. won ... Dunmore said").
            word = [m.text.lower()]
            firms = {
                b.actor_id: b
                for b in bodies
                if b.start < m.start
                and any(
                    n[-1].rstrip(".") in _LEGAL_FORMS | _CARRIER_TYPES and _cut_of(word, n)
                    for n in names[id(b)]
                )
            }
            if len(firms) == 1:
                firm = next(iter(firms.values()))
                m.kind, m.entry, m.text, m.candidates = firm.kind, firm.entry, firm.text, []
            continue
        if m.kind is not ActorKind.ORGANISATION or (m.entry is not None and " " in m.text):
            continue  # a known name of several words is its own
        words = m.text.lower().split()
        named = [
            b
            for b in bodies
            if b.actor_id != m.actor_id
            and (
                any(_cut_of(words, n) for n in names[id(b)])
                or _trade_name_cut(doc, words, b, mentions)
            )
            and not _another_body(words, b)
        ]
        # The body named before; else, for one word, one a headline or a lede names only
        # after ("The Times said ..." before "the Los Angeles Times").
        before = [b for b in named if b.start < m.start]
        owners = {b.actor_id: b for b in before or (named if len(words) == 1 else [])}
        known = {i: b for i, b in owners.items() if b.entry is not None}
        owners = known if len(known) == 1 else owners
        if len(owners) == 1:
            owner = next(iter(owners.values()))
            m.entry, m.text, m.country = owner.entry, owner.text, owner.country
        elif (
            not named
            and m.entry is None
            and publisher
            and _cut_of(words, publisher.lower().split())
        ):
            m.text = publisher  # a paper names itself short: "The Times" of the Los Angeles Times
        elif m.entry is None and len(words) == 1 and words[0] in _BARE_BODY_WORDS:
            m.unresolved = True


def _link_lower_case_cut(doc: Doc, mentions: list[_Mention]) -> None:
    """A name the model cut after words written lower case that another name of the article,
    of the same kind, opens with in capitals ("corso Vittoria", "Corso Vittoria": a street's
    name written as an Italian address writes it) is that name."""
    longer = [m for m in mentions if " " in m.text]
    for m in mentions:
        # The cheap tests first: most names follow no lower-case word.
        if m.entry is not None or m.start == 0 or not doc[m.start - 1].is_lower:
            continue
        tail = f" {m.text}".casefold()
        for other in longer:
            if not other.text.casefold().endswith(tail):
                continue
            n = len(other.text.split()) - len(m.text.split())
            before = doc[max(m.start - n, 0) : m.start]
            if (
                n > 0
                and other.kind is m.kind
                and len(before) == n
                and all(t.is_lower for t in before)
                and f"{before.text} {m.text}".casefold() == other.text.casefold()
            ):
                m.entry, m.text = other.entry, other.text
                break


def _words_taken_for_person(m: _Mention, mentions: list[_Mention], gaz: Gazetteer) -> bool:
    """Whether a person's name is made of words of the language, none a given name nor a
    noun of a person ("the Queen" is her), that neither the dictionary, a title nor a fuller
    name in the article makes anyone's: the model tags products and works so ("Frozen",
    "Retina", "Magic Keyboard"). A name of several words is one only where the article
    names it once, in full and by no last word of its own ("Ginger Baker ... Baker said")."""
    words = m.text.lower().split()
    return (
        m.kind is ActorKind.PERSON
        and m.entry is None
        and m.role is None
        and all(
            w in common_words()
            and w not in gaz.given_names
            and w not in _HYPOCORISMS
            and not is_person_noun(w)
            and not is_office_word(w)
            for w in words
        )
        and not gaz.find_agents(words)  # "Tomb Raider" dropped leaves raiders
        and (
            len(words) == 1
            or not any(
                o is not m
                and o.kind is ActorKind.PERSON
                and o.text.lower() in (m.text.lower(), words[-1])
                for o in mentions
            )
        )
    )


def _words_taken_for_body(doc: Doc, m: _Mention, mentions: list[_Mention], gaz: Gazetteer) -> bool:
    """Whether an unknown organisation's name is a phrase of the language, as the model tags
    topics and headings ORG: one word of it after a determiner no body's name takes ("every
    Independent", "a Plan"), or a thing "of" something whose thing is a word naming no body,
    group, people, place, facility or agent ("the Economy of Turkey", "Heat of Fusion"; not
    "Bank of England", "Sisters of Mercy", "Hall of Fame") and that never owns or does
    anything in the article, nor a medium's ("newspaper Star of Mysore"); nor a body's words
    before "of" ("National Union for the Total Independence of Angola")."""
    if m.kind is not ActorKind.ORGANISATION or m.entry is not None or m.sector or m.role:
        return False
    words = m.text.lower().split()
    if len(words) == 1:
        return words[0] in common_words() and _common_determiner(doc[m.end - 1])
    if "of" not in words[1:]:
        return False
    thing = [w for w in words[: words.index("of")] if not doc.vocab[w].is_stop]
    return (
        all(w in common_words() for w in thing)
        and not any(_body_word(w) or _body_word(w.removesuffix("s")) for w in thing)
        and not gaz.find_agents(thing)
        and not any(
            _acts_as_body(span) or _beside_noun(span, _MEDIA_WORDS)
            for o in mentions
            if o.text.lower() == m.text.lower() and (span := doc[o.start : o.end])
        )
    )


def _body_word(word: str) -> bool:
    """Whether a noun may head a body's name: a body's kind, a group's, a person's, a place's
    or a facility's ("council", "church", "sisters", "city", "hall")."""
    nouns = (_BODY_HEADS, _BODY_NAME_WORDS, _BARE_BODY_WORDS, _GROUP_NOUNS, _ASSET_NOUNS)
    return any(word in n for n in nouns) or word in PLACE_NOUNS or is_person_noun(word)


def _acts_as_body(name: Span) -> bool:
    """Whether a name owns something ("Voice of America's programme") or is the subject of a
    verb other than "be", in any voice or tense ("Planned Parenthood have announced")."""
    root = name.root
    subject = root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ != "be"
    return "poss" in (root.dep_, name[-1].dep_) or subject


def _common_determiner(name: Token) -> bool:
    """Whether a name takes a determiner a common noun takes and a body's name does not
    ("every", "a", "this", "his"; not "the")."""
    return any(
        c.dep_ in ("det", "poss") and c.i < name.i and c.lower_ != "the" for c in name.children
    )


def _given_name_alone(doc: Doc, m: _Mention, gaz: Gazetteer, states: set[str | None]) -> bool:
    """Whether a person is named by a given name alone that neither a full name of the
    article, the dictionary (`_link_short_names` gave those theirs) nor a title makes
    anyone's ("Andrew, 34, said", "Karen"): a private person or a character, not one actor
    across articles. Not one modifying a noun, a surname there ("the Eugene family"), nor
    the given name of the one known person of a state the article names who bears it: some
    nations call their leaders so ("Mahathir" in a Malaysian article)."""
    word = m.text.lower()
    return (
        m.kind is ActorKind.PERSON
        and doc[m.end - 1].dep_ != "compound"
        and m.entry is None
        and m.role is None
        and " " not in word
        and (word in gaz.given_names or word in _HYPOCORISMS)
        and not any(len(_given_name_bearers().get((word, s), ())) == 1 for s in states)
    )


@lru_cache(maxsize=1)
def _given_name_bearers() -> dict[tuple[str, str | None], set[str]]:
    """The ids of the dictionary's people by the given name their names open with and their
    state."""
    found: dict[tuple[str, str | None], set[str]] = {}
    for _, entry, _ in load_gazetteer().entries():
        if entry.kind is ActorKind.PERSON:
            found.setdefault((entry.name.split()[0].casefold(), entry.country), set()).add(entry.id)
    return found


# The size a town needs to be read so where only a place stands: the places data holds
# villages that surnames name ("Jones", "Warren"; a few thousand people).
_SMALL_TOWN = 10_000


def _town_taken_for_actor(doc: Doc, m: _Mention, mentions: list[_Mention], gaz: Gazetteer) -> bool:
    """Whether a person's name of one word is a town or a region that counts on its own
    (`_towns`), or a person's or an unknown body's is one the places data names, in any
    spelling, where only a place stands (`in_place_slot`: "rebels captured Rutshuru",
    "Sloviansk came under fire", Slovyansk), and no given name, no known person's surname
    nor a word of another person's name in the article: the model tags a bare place so
    ("Rutshuru fell to the rebels", "the shelling of Kherson"). A body's name standing
    elsewhere stays a body: companies and teams are named for their towns ("Toyota said")."""
    word = m.text
    body = m.kind is ActorKind.ORGANISATION
    return (
        m.kind in (ActorKind.PERSON, ActorKind.ORGANISATION)
        and m.entry is None
        and m.role is None
        and " " not in word
        and word.lower() not in gaz.given_names
        and word.lower() not in _HYPOCORISMS
        and not gaz.candidates(word)
        and (
            (not body and _is_town(word))
            or (
                (in_place_slot(doc[m.end - 1]) or _seat_of_office(doc[m.end - 1]))
                and bool(_towns(word, least=_SMALL_TOWN, as_written=False))
            )
        )
        and not any(
            o is not m and o.kind is ActorKind.PERSON and word in o.text.split() for o in mentions
        )
    )


# Offices only a town or a region has: a name owning one is that place, never a body ("the
# Ufa mayor"); a company or a bank has a president or a governor of its own name.
_LOCAL_OFFICES = {"mayor", "governor"}


def _seat_of_office(name: Token) -> bool:
    """Whether a name owns a town's or a region's office, as its possessor, its modifier or
    after its "of" ("Kazan's governor", "Kazan regional Deputy Governor Ann Roe", "the mayor
    of Kazan"); not a body's ("the Bank of Kazan's governor": the name is the bank's)."""
    head = name.head
    if name.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lower_ in _LOCAL_OFFICES
    noun = name
    while noun.dep_ in ("poss", "compound", "nmod", "amod") and noun.head.i > noun.i:
        noun = noun.head  # up the modifiers to the noun they modify
    modified = name.doc[name.i + 1 : noun.i + 1]
    return 0 < len(modified) <= 6 and any(t.lower_ in _LOCAL_OFFICES for t in modified)


def _is_party(name: str) -> bool:
    return name.lower().endswith(" party")


def _country_named(gaz: Gazetteer, words: str) -> str | None:
    hit = gaz.lookup(words)
    return hit[0].country if hit and hit[0].kind is ActorKind.COUNTRY else None


@lru_cache(maxsize=1)
def _known_parties() -> dict[tuple[str, str], Entry]:
    """The dictionaries' parties by their state and their name without it ("Communist Party
    of China", "Chinese Communist Party": CHN, "communist party"), for a party an article
    names without its state; a name two bodies of one state share is neither's."""
    gaz = load_gazetteer()
    found: dict[tuple[str, str], dict[str, Entry]] = {}
    for alias, entry, _ in gaz.entries():
        if entry.kind is not ActorKind.ORGANISATION or not entry.country:
            continue
        head, _, state = alias.rpartition(" of ")
        first, _, rest = alias.partition(" ")
        if head and _country_named(gaz, state) == entry.country:
            core = head
        elif _country_named(gaz, first) == entry.country:
            core = rest
        else:
            continue
        if _is_party(core):
            found.setdefault((entry.country, core.lower()), {})[entry.id] = entry
    return {key: next(iter(e.values())) for key, e in found.items() if len(e) == 1}


def _link_parties(
    doc: Doc,
    mentions: list[_Mention],
    gaz: Gazetteer,
    main: str | None,
    toponyms: Sequence[Toponym],
) -> None:
    """An unknown party is its country's: the one its name opens with ("US Democratic
    Party"; a region's or town's of the article's places: that place's state), else the
    article's (`main`). Its short name ("Labour" of "the Labour Party") and
    its members named as a group ("the Conservatives", "Democrats") or by its word ("the
    Democratic leadership") are the party the article names, else the party of the article's
    country their word names ("Tories": the Conservative Party; `party_members` in
    data/actor_words.json). A party's name the model cut after its first word ("Democrats"
    of "Liberal Democrats", "Democrat Party" of "Liberal Democrat Party") is the whole name,
    no party of the article's country."""
    for m in mentions:
        if (members := _members_left_out(doc, m, gaz)) is not None:
            m.end, m.end_char = m.end + 1, doc[m.end].idx + len(doc[m.end])
            m.text, m.kind = f"{m.text} {members}", ActorKind.GROUP
    cut = [
        (m, doc[m.start - 1])
        for m in mentions
        if m.kind in _BODY_KINDS
        and m.entry is None
        and m.start > 0
        and (_is_party(m.text) or m.text.lower() in _PARTY_MEMBERS | _PARTY_WORDS)
    ]
    named = {m.text.lower() for m in mentions} | {
        f"{before.lower_} {m.text.lower()}"
        for m, before in cut
        if _name_goes_on(before, m, gaz, set())
    }
    for m, before in cut:
        if _name_goes_on(before, m, gaz, named):
            m.start, m.start_char, m.cover = before.i, before.idx, min(m.cover, before.i)
            m.text = f"{before.text} {m.text}"
    parties = [
        m
        for m in mentions
        if m.kind is ActorKind.ORGANISATION and m.entry is None and _is_party(m.text)
    ]
    # A party whose name a region or town of the article's places opens is a branch in that
    # place of its state's party, the place kept in its name, though a country shares the
    # place's name ("Georgia Republican Party" in a story of Atlanta: the US state's, USA).
    regions = [t for t in toponyms if t.kind not in ("country", "continent") and t.country]
    for p in parties:
        words = p.text.split()
        if region := next((t for t in regions if _opens(t, p)), None):
            p.country = region.country
        else:
            while (
                len(words) > 2
                and (hit := gaz.lookup(words[0]))
                and hit[0].kind is ActorKind.COUNTRY
            ):
                p.country, words = p.country or hit[0].country, words[1:]
        p.text, p.country = " ".join(words), p.country or _tied_state(doc, p, gaz) or main
        # "the Communist Party" in a story of China is the dictionary's Communist Party of China
        p.entry = _known_parties().get((p.country, p.text.lower())) if p.country else None
    for m in mentions:
        if m.kind not in _BODY_KINDS or m.entry is not None or " " in m.text or _is_party(m.text):
            continue
        word = m.text.lower()
        stem = word.removesuffix("s")
        owners = {
            p.actor_id: p
            for p in parties
            if p.text.lower() == f"{word} party"
            or (m.kind is ActorKind.GROUP and len(stem) > 3 and p.text.lower().startswith(stem))
        }
        party = _PARTY_MEMBERS.get(word) or _PARTY_WORDS.get(word)
        nations = _PARTY_NATIONS.get(word, [])
        # The state the text ties the word to, else the one of its own nations the article
        # names most, else the first ("Tories" in a story of a British case on China).
        state = _tied_state(doc, m, gaz) or (main if main in nations or not nations else nations[0])
        if len(owners) > 1:
            owners = {k: p for k, p in owners.items() if p.country == state}
        if len(owners) == 1:
            owner = next(iter(owners.values()))
            m.text, m.kind, m.country, m.entry = owner.text, owner.kind, owner.country, owner.entry
        elif not owners and party and state:
            m.text, m.kind, m.country = f"{party} Party", ActorKind.ORGANISATION, state


def _members_left_out(doc: Doc, m: _Mention, gaz: Gazetteer) -> str | None:
    """The party members' word ("Democrats") of a party's name the model cut before it: one
    capitalised word of no known name, tagged a body, on a member's word it left out
    ("Liberal" of "a Liberal Democrat leader"; the party its members name, the Liberal
    Democrats, as "the Liberal Democrats" reads); not a state's ("US Democrats")."""
    if m.kind not in _BODY_KINDS or m.entry is not None or m.end >= len(doc) or " " in m.text:
        return None
    after = doc[m.end]
    plural = after.lower_ if after.lower_.endswith("s") else f"{after.lower_}s"
    if not (after.is_title and plural in _PARTY_MEMBERS and m.text.istitle()):
        return None
    if gaz.lookup(m.text) is not None or m.text.lower() in _ROLE_PREFIXES:
        return None
    return plural.title()


def _opens(place: Toponym, m: _Mention) -> bool:
    """Whether a place's name opens a mention's name."""
    return m.start_char <= place.start < m.end_char and m.text.startswith(place.text)


def _tied_state(doc: Doc, m: _Mention, gaz: Gazetteer) -> str | None:
    """The state a name or demonym before a party's name, in its noun phrase, ties it to
    ("Britain's Conservatives", "the Japanese ruling Liberal Democratic Party chief"), or
    the state of a known leader whose party it is ("Modi's Bharatiya Janata Party"): a
    party's word many states' parties share names that state's, whatever the article
    names most."""
    last = doc[m.end - 1]
    head = last.head if last.dep_ == "compound" else last
    for t in reversed(doc[head.left_edge.i : m.start]):
        if t.dep_ not in ("poss", "amod", "compound", "nmod"):
            continue
        hit = gaz.lookup(doc[t.left_edge.i : t.i + 1].text)
        kinds = {ActorKind.COUNTRY, ActorKind.PERSON} if t.dep_ == "poss" else {ActorKind.COUNTRY}
        if hit and hit[0].kind in kinds and hit[0].country:
            return hit[0].country
    return None


def _party_members(doc: Doc, mentions: list[_Mention]) -> None:
    """A person the text makes a member of a party or of a state's body ("X of the Labour
    Party", "Labour Party leadership candidate X", "Interior Ministry official X": common
    words naming a person between) is of its state, where no other is told."""
    parties = [
        m
        for m in mentions
        if m.kind is ActorKind.ORGANISATION
        and m.country is not None
        and (_is_party(m.text) or _political(m))
    ]
    for m in mentions:
        if m.kind is not ActorKind.PERSON or m.entry is not None or m.country is not None:
            continue
        j = m.cover
        while j > 0 and doc[j - 1].is_lower and doc[j - 1].is_alpha:
            j -= 1
        role = j < m.cover and (
            is_person_noun(doc[m.cover - 1].text) or is_office_word(doc[m.cover - 1].text)
        )
        of = doc[m.end : m.end + 1].text == "of"
        party = next(
            (
                p
                for p in parties
                if (of and p.cover <= m.end + 1 <= p.start) or (role and p.end == j)
            ),
            None,
        )
        if party is not None:
            m.country = party.country


def _name_goes_on(word: Token, m: _Mention, gaz: Gazetteer, named: set[str]) -> bool:
    """Whether a word before a body's name is a word of the name the model left out: a
    capitalised name word modifying it ("Liberal Democrats", "Free Democrats"), not a known
    name ("US Democrats"), an agent's word ("Senate Republicans"), a title's prefix ("Former
    Democrats") nor an adjective opening the sentence ("Moderate Democrats"), unless the
    article names the two words whole elsewhere (`named`, the mentions' names)."""
    return (
        word.dep_ in ("amod", "compound")
        and m.start <= word.head.i < m.end
        and word.is_title
        and (
            word.tag_ == "NNP"
            or not word.is_sent_start
            or f"{word.lower_} {m.text.lower()}" in named
        )
        and word.lower_ not in _ROLE_PREFIXES
        and gaz.lookup(word.text) is None
        and not gaz.find_agents([word.lower_])
    )


def _body_names(m: _Mention) -> list[list[str]]:
    """A body's name as written and as the dictionary has it, lower-cased words."""
    return [n.lower().split() for n in {m.text, m.entry.name if m.entry else m.text}]


def _trade_name_cut(doc: Doc, short: list[str], body: _Mention, mentions: list[_Mention]) -> bool:
    """Whether `short` is a company's own name, which it was introduced by with a word of its
    trade ("Ulta" after "Ulta Beauty"): one word that is no word of the language, as "Amazon"
    is ("Amazon Music" is one of its services), named alone only after the whole name, and
    never owning or doing anything, as the maker of a product so named does ("Microsoft
    Teams went down. Microsoft said ...")."""
    words = body.text.lower().split()
    # The mentions are scanned last, for a word that passes the rest: once per pair of a
    # short name and a body, a scan first made the article's links cubic in its mentions.
    return (
        len(short) == 1
        and len(words) == 2
        and words[0] == short[0]
        and words[1] in common_words()
        and short[0] not in common_words()
        and all(
            m.start > body.start and not _owns_or_acts(doc[m.end - 1])
            for m in mentions
            if m.text.lower() == short[0]
        )
    )


def _another_body(short: list[str], body: _Mention) -> bool:
    """Whether `short`, a party's name ending one of `body`'s names (or its part before
    "of"), names another party: the longer adds words before it that name no country or
    known body it belongs to, as a first name tells two people of one surname apart.
    Parties of many creeds share a name's end ("Democratic Party" is not the "Christian",
    "Social" or "Free Democratic Party"; it is the "US Democratic Party"), a body's name
    cut is the body ("the Court of Justice" of "the European Court of Justice")."""
    if len(short) < 2 or not _is_party(" ".join(short)):
        return False
    for name in {body.text, body.entry.name if body.entry else body.text}:
        words = name.split()
        lower = [w.lower() for w in words]
        ends = {len(lower), lower.index("of") if "of" in lower[1:] else len(lower)}
        k = next((k for k in ends if k > len(short) and lower[k - len(short) : k] == short), 0)
        if k and load_gazetteer().lookup(" ".join(words[: k - len(short)])) is None:
            return True
    return False


def _cut_of(short: list[str], name: list[str]) -> bool:
    """Whether `short` ends a longer name ("court of justice" of "european court of justice")
    or its part before "of" ("council", "supreme court" of "supreme court of india"), or
    begins it before the kind of body it is or its legal form ("harvard" of "harvard
    university", "korvel" of "korvel foods inc"; not "amazon" of "amazon web services")."""
    head = name[: name.index("of")] if "of" in name[1:] else name
    if len(short) >= len(name):
        return False
    if short in (name[-len(short) :], head[-len(short) :]):
        return True
    # "Tyvak" of "Tyvak Nano-Satellite Systems", "Harvard" of "Harvard University", "Korvel"
    # of "Korvel Foods Inc"; a broadcaster's initials before its newsroom's or channel's
    # name ("NBC" of "NBC News"; not "Apple" of "Apple TV", a company's service).
    opening = name[: len(short)] == short
    if opening and _broadcaster_cut(short, name):
        return True
    return (
        opening
        and name[-1].rstrip(".") in _ORG_TYPES | _LEGAL_FORMS
        and " ".join(short) not in common_words()
    )


def _broadcaster_cut(short: list[str], name: list[str]) -> bool:
    """Whether `short`, the opening of `name` (lower case), is one short word of no language,
    as a broadcaster's initials are ("nbc"; not "apple"), before nothing but broadcast words
    ("news", "tv")."""
    rest = name[len(short) :]
    initials = len(short) == 1 and short[0] not in common_words() and len(short[0]) <= 6
    return initials and bool(rest) and all(w in _BROADCAST_WORDS for w in rest)


def _link_acronyms(doc: Doc, mentions: list[_Mention]) -> None:
    """An acronym the article defines ("the Movement for Democratic Change (MDC)", "the
    World Anti-Doping Agency (Wada)") names that body wherever it stands in the article,
    whatever else it may abbreviate (a town "Wada") and where the model tags nothing."""
    bodies = (ActorKind.ORGANISATION, ActorKind.GROUP)
    owners: dict[str, _Mention] = {}
    for m in mentions:
        acronym = _acronym_given(doc, m)
        if m.kind in bodies and acronym and _abbreviates_name(_as_capitals(acronym), m.text):
            owners.setdefault(acronym, m)
    mentions.extend(_acronyms_untagged(doc, mentions, owners))
    for m in mentions:
        owner = owners.get(m.text)
        if owner is None and m.entry is None and m.kind in bodies:
            # An acronym the article does not define: the only body of the article whose
            # words' initials it is ("COTS" of "Commercial Orbital Transportation Services").
            named = {b.actor_id: b for b in mentions if b.kind in bodies and _initials(b, m.text)}
            owner = next(iter(named.values())) if len(named) == 1 else None
        if owner is not None and owner is not m:
            m.entry, m.text, m.kind, m.country = owner.entry, owner.text, owner.kind, owner.country


def _acronym_given(doc: Doc, name: _Mention) -> str | None:
    """The word the article gives as a name's acronym: in brackets after it ("the Movement
    for Democratic Change (MDC)"), or before it and "or" ("the MDC, or Movement for
    Democratic Change")."""
    after = [t.text for t in doc[name.end : name.end + 3]]
    if len(after) == 3 and after[0] == "(" and after[2] == ")":
        return after[1]
    start = name.start - 1 if name.start > 0 and doc[name.start - 1].lower_ == "the" else name.start
    before = [t.text for t in doc[max(start - 3, 0) : start]]
    return before[0] if len(before) == 3 and before[1:] == [",", "or"] else None


def _as_capitals(acronym: str) -> str:
    """An acronym in capitals, one written as a word ("Wada", "Nato": the house style of
    some papers) too; a shorter word in brackets is no such acronym ("(Ph)")."""
    return acronym.upper() if len(acronym) > 3 and acronym.istitle() else acronym


def _acronyms_untagged(
    doc: Doc, mentions: list[_Mention], owners: dict[str, _Mention]
) -> list[_Mention]:
    """Mentions of the acronyms the article defines where no mention stands ("the IMU
    threatened" with no entity tagged): the body's, as its defined acronym is."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    return [
        _Mention(t.i, t.i + 1, t.idx, t.idx + len(t), t.text, owner.kind)
        for t in doc
        if (owner := owners.get(t.text)) is not None and t.i not in taken
    ]


def _initials(body: _Mention, acronym: str) -> bool:
    """Whether an acronym is the initials of a body's name, its small words left out or not."""
    if not (acronym.isupper() and acronym.isalpha()) or len(acronym) < 2:
        return False
    for name in _body_names(body):
        words = [w for w in " ".join(name).replace("-", " ").split() if w[0].isalpha()]
        every = "".join(w[0] for w in words).upper()
        content = "".join(w[0] for w in words if w not in _GLUE and w != "the").upper()
        if len(words) > 1 and acronym in (every, content):
            return True
    return False


def _abbreviates_name(acronym: str, name: str) -> bool:
    """Whether an acronym abbreviates a body's name, or its name after its state's ("NHC" of
    "the US National Hurricane Center")."""
    stateless = " ".join(_state_opening(name.split())[1])
    return _abbreviates(acronym, name) or _abbreviates(acronym, stateless)


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether the capitals of `acronym` are initials of `name`'s words in order ("NLD" of
    "National League for Democracy"), the first word's among them."""
    if not (acronym.isupper() and acronym.isalpha()) or len(acronym) < 2:
        return False
    initials = iter(w[0].upper() for w in name.replace("-", " ").split())
    return name[:1].upper() == acronym[0] and all(c in initials for c in acronym)


def _appositive_countries(
    doc: Doc, mentions: list[_Mention], matches: list[Match], places: list[_Place]
) -> None:
    """An unknown person's country from their own words: the body their title is compounded
    on ("Green Party leader Ana Ruiz", "Interior Ministry spokesman Li Wen": the body's
    country), else the words before the name on the noun of a person it is compounded on
    (`_origin_before`: "Ohio man Ana Ruiz", "a Kenyan law student Li Wen", "former CIA agent
    Bo Li"), else the phrase in apposition to the name ("a member of the Syrian parliament,
    Mohammed Kassem", "Ana Ruiz, a Peruvian envoy", "Li Wen, a spokesman for the Interior
    Ministry"), or a town or region of a known state its noun is of (`_towns_of`: "Ana Ruiz,
    an Ohio man", "Bo Li, a resident of Kenosha, Wisconsin"), else the name itself is of ("Bo
    Li, 32, of Kenosha"). The state an envoy is sent to is not the envoy's ("the French
    ambassador to Mali, Joel Meyer": France), nor, where the parse sets the name beside it,
    what the name is in apposition to."""
    # A known body's state is its record's ("CIA agent X").
    bodies = [
        replace(m, country=m.country or m.entry.country if m.entry else m.country)
        for m in mentions
        if m.kind in _BODY_KINDS
    ]
    bodies = [b for b in bodies if b.country is not None]
    states = [m for m in matches if m.entry.kind is ActorKind.COUNTRY]
    country_at = {i: m.entry.country for m in states for i in range(m.start, m.end)} | {
        i: b.country for b in bodies for i in range(b.start, b.end)
    }
    # A demonym or a body tells a person's origin where it modifies their noun; a state's
    # name may tell what they deal in ("a Russia expert", "an Iraq veteran").
    origin_at = {
        i: m.entry.country for m in states if m.form is Form.DEMONYM for i in range(m.start, m.end)
    } | {i: b.country for b in bodies for i in range(b.start, b.end)}
    town_at = {i: p.country for p in places if p.town for i in range(p.start, p.end)}
    titled_on = {b.end: b.country for b in bodies}
    # Another person's name describes no list of names set beside it: they are all listed
    # ("Li Wen and his Kenyan and Peruvian counterparts, Ana Ruiz and Bo Chan" parsed with
    # her name on his).
    named_at = {i: m for m in mentions if m.kind is ActorKind.PERSON for i in range(m.start, m.end)}
    posted: set[int] | None = None  # read from the whole doc, only once a name needs it
    for m in mentions:
        if m.kind is not ActorKind.PERSON or m.entry is not None or m.country is not None:
            continue
        if m.role is not None and m.cover < m.start and m.cover in titled_on:
            m.country = titled_on[m.cover]
            continue
        if (origin := _origin_before(doc, m, origin_at, town_at)) is not None:
            m.country = origin
            continue
        if posted is None:
            posted = {i for t in doc for i in _sent_to(t)}
        root = doc[m.start : m.end].root
        appositions = [c for c in root.children if c.dep_ == "appos"]
        phrases = list(appositions)
        if root.dep_ == "appos":
            phrases.append(root.head.head.head if root.head.i in posted else root.head)
        # The phrase the name is in apposition to reads none of the name's own phrases nor the
        # names listed with it: they are read apart, and a list of names describes no one.
        apart = {t.i for c in root.children if c.dep_ in ("appos", "conj") for t in c.subtree}
        listing = any(c.dep_ == "conj" for c in root.children)
        for phrase in phrases:
            if listing and named_at.get(phrase.i, m) is not m:
                continue
            skip = posted | set(range(m.start, m.end)) | (set() if phrase in appositions else apart)
            words = [t for t in _described(phrase) if t.i not in skip]
            found = [country_at[t.i] for t in words if t.i in country_at]
            if not found:
                found += _towns_of(phrase, [t for t in words if t.i in town_at], town_at)
            if found:
                m.country = found[0]
                break
        # Else the town or region the name itself is "of" or "from" ("Bo Li, 32, of Franklin").
        own = [t for c in root.rights if c.dep_ == "prep" for t in c.subtree]
        if m.country is None and (towns := _towns_of(root, own, town_at)):
            m.country = towns[0]


def _origin_before(
    doc: Doc, m: _Mention, origin_at: dict[int, str | None], town_at: dict[int, str]
) -> str | None:
    """The one state the common noun compounded on a person's name says they are of, by a demonym
    or a body modifying it ("a Kenyan law student X", "CIA agent X") or a town or region of
    a known state ("Ohio man X"); not a town before one who attacks, the site of the act, not
    where they are from ("the Christchurch gunman X")."""
    noun = doc[m.cover - 1] if m.cover > 0 else None
    if noun is None or not m.start <= noun.head.i < m.end:
        return None
    if noun.pos_ != "NOUN" or not noun.is_lower or _a_thing(noun):
        return None
    words = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "nmod")]
    words = [w for t in words for w in t.subtree]
    found = {origin_at[t.i] for t in words if t.i in origin_at}
    if not found and not is_attacker_noun(noun.lemma_):
        found = set(_towns_of(noun, words, town_at))
    return found.pop() if len(found) == 1 else None


def _a_thing(noun: Token) -> bool:
    """Whether a noun names a made thing or a work ("station", "film"), which a misparse may
    set beside a person's name: nothing of the person."""
    lex = load_lexicon()
    return noun.lemma_.lower() in lex.artifacts or noun.lemma_.lower() in lex.contents


def _towns_of(noun: Token, words: list[Token], town_at: dict[int, str]) -> list[str]:
    """The states of the towns and regions among `words` that a person's noun is of: those
    modifying it ("an Ohio man") or that it is "of" or "from" ("a resident of Kenosha"), not
    those of a clause or another noun of the phrase ("who died in Chicago", "a victim of the
    Chicago attack")."""
    found: list[str] = []
    if _a_thing(noun):
        return found
    for t in words:
        owner = t.head.head if t.dep_ == "pobj" and t.head.lower_ in ("of", "from") else t.head
        of_noun = t.dep_ in ("amod", "compound", "nmod", "pobj") and owner == noun
        if of_noun and t.i in town_at and (t.head.i not in town_at or t.dep_ == "pobj"):
            found.append(town_at[t.i])
    return found


def _described(phrase: Token) -> list[Token]:
    """The words of a phrase in apposition to a name, but for the rest of a list of names it
    opens ("Ana Ruiz (Kenya Nights, Oslo and Me)": her books, no state of hers); a list of what
    she is stays ("a veteran and a candidate of the Kenyan opposition")."""
    listed = {
        t.i
        for c in phrase.children
        if phrase.pos_ == "PROPN" and c.dep_ == "conj"
        for t in c.subtree
    }
    return [t for t in phrase.subtree if t.i not in listed]


def _sent_to(noun: Token) -> set[int]:
    """The words of where an envoy's noun says the envoy is sent, its "to" ("the ambassador
    to Mali"): none for another noun."""
    if not is_envoy_word(noun.lemma_):
        return set()
    return {t.i for p in noun.children if p.dep_ == "prep" and p.lower_ == "to" for t in p.subtree}


def _take_identity(m: _Mention, owner: _Mention) -> None:
    if owner.actor_id == m.actor_id:
        return
    m.entry, m.kind = owner.entry, ActorKind.PERSON
    m.country = m.country or owner.country
    if owner.entry is None:
        m.text = owner.text


def _name_groups(people: list[_Mention], nicknames: dict[str, set[str]]) -> dict[str, _Mention]:
    """Person ids of one article that name one person, each mapped to the mention whose id
    they all take: the known person, else the fullest name. `nicknames`: the names the
    article says its people go by, each with the first names it stands for."""
    first: dict[str, _Mention] = {}
    for m in people:
        first.setdefault(m.actor_id, m)
    parent = {i: i for i in first}

    def root(i: str) -> str:
        while parent[i] != i:
            i = parent[i]
        return i

    core = {i: _name_core(m.text) for i, m in first.items()}

    def one(a: str, b: str) -> bool:
        # two dictionary entries are two people
        both_known = first[a].entry is not None and first[b].entry is not None
        return not both_known and (
            _names_one_person(core[a], core[b], nicknames)
            or _names_one_person(core[b], core[a], nicknames)
        )

    for a in first:
        # The fuller names a name is a form of: it joins them only where they name one person
        # ("Pat Hollister" beside Patricia and Patrick Hollister is neither for sure).
        fuller = [
            b
            for b in first
            if b != a and one(a, b) and _names_one_person(core[a], core[b], nicknames)
        ]
        if all(one(x, y) for x, y in combinations(fuller, 2)):
            for b in fuller:
                parent[root(a)] = root(b)
    groups: dict[str, list[_Mention]] = {}
    for i, m in first.items():
        groups.setdefault(root(i), []).append(m)
    found: dict[str, _Mention] = {}
    for members in groups.values():
        known = [m for m in members if m.entry is not None]
        if len(members) < 2 or len({m.actor_id for m in known}) > 1:
            continue
        # The fullest name: most words, then most letters ("Patrick Hollister", not "Pat").
        rep = known[0] if known else max(members, key=lambda m: _fullness(_name_core(m.text)))
        found.update((m.actor_id, rep) for m in members)
    return found


def _fullness(core: list[str]) -> tuple[int, int]:
    return len(core), sum(map(len, core))


def _title_alone(m: _Mention) -> bool:
    """Whether a person's mention is a title standing for its holder ("the president of
    Turkey", "the Turkish president"): no name whose words a short one may be ("the
    President" is not he for sharing a word)."""
    return m.role is not None and m.role.lower() in m.text.lower()


def _name_core(name: str) -> list[str]:
    """A name's words without initials and generational suffixes, lower-cased."""
    words = [w.lower().strip(",") for w in name.split()]
    return [w for w in words if w.strip(".") not in _SUFFIXES and len(w.strip(".")) > 1]


def _names_one_person(
    short: list[str], long: list[str], nicknames: dict[str, set[str]] | None = None
) -> bool:
    """Whether `short` names the person `long` does: part of it ("John Luk" of "John Luk
    Jok"), or its first and last names with the first perhaps shortened ("Pat Carlineo",
    "Ali Khamenei" of "Ali Hosseini Khamenei"), a hypocorism of it ("Bill" of "William") or
    one of the `nicknames` the article tells for it."""
    if not short or not long:
        return False
    n = len(short)
    if n <= len(long) and any(long[i : i + n] == short for i in range(len(long) - n + 1)):
        return True
    first = short[0]
    return (
        n >= 2
        and short[-1] == long[-1]
        and (
            long[0].startswith(first)
            or long[0] in _HYPOCORISMS.get(first, {})
            or long[0] in (nicknames or {}).get(first, set())
        )
    )


# The words before the name a person goes by: "everyone called him Mike", "known as Mike".
_NICKNAME_CUES: set[tuple[str, ...]] = {("called", "him"), ("called", "her"), ("nicknamed",)}
_NICKNAME_CUES |= {("call", "him"), ("call", "her"), ("known", "as"), ("went", "by")}
_NICKNAME_CUES |= {("goes", "by"), ("go", "by")}


def _told_nicknames(doc: Doc, people: list[_Mention]) -> dict[str, set[str]]:
    """The given names the article says its people go by ("John Milo Ford ... Everyone
    called him Mike", "Ann Roe, known as Sue,"), each with the first names of the person
    named in full last before it, in its sentence or the one before."""
    found: dict[str, set[str]] = {}
    given = load_gazetteer().given_names
    for t in doc:
        word = t.lower_
        if not t.is_title or (word not in given and word not in _HYPOCORISMS):
            continue
        before = [w.lower_ for w in doc[max(t.i - 3, 0) : t.i] if not w.is_quote]
        if not any(tuple(before[-len(cue) :]) == cue for cue in _NICKNAME_CUES):
            continue
        sent = t.sent.start
        opening = doc[sent - 1].sent.start if sent > 0 else sent
        named = [p for p in people if opening <= p.start and p.end <= t.i]
        core = _name_core(max(named, key=lambda p: p.start).text) if named else []
        if core and core[0] != word:
            found.setdefault(word, set()).add(core[0])
    return found


def _with_offices(
    doc: Doc, mentions: list[_Mention], matches: list[Match], gaz: Gazetteer, on: date
) -> list[_Mention]:
    """Titles without a name ("the Russian president", "Iran's foreign minister", "the
    president of Turkey") as the office-holder on the article's date; the country word
    becomes part of the mention."""
    found = []
    for match in matches:
        if match.form in (Form.CAPITAL, Form.SEAT, Form.SHORT):
            continue
        title = _office_after(doc, match, gaz) or _office_of_state(doc, match, gaz)
        if title is None:
            continue
        span, office = title
        holder = gaz.office_holder(match.entry.id, _words_of(office), on)
        if holder is not None:
            found.append(
                _Mention.of_span(
                    span,
                    ActorKind.PERSON,
                    entry=holder,
                    form=Form.ALIAS,
                    country=holder.country,
                    role=_title_case(office.text),
                    political=True,
                )
            )
    inside = {i for f in found for i in range(f.start, f.end)}
    return [m for m in mentions if inside.isdisjoint(range(m.start, m.end))] + found


def _office_after(doc: Doc, match: Match, gaz: Gazetteer) -> tuple[Span, Span] | None:
    """The mention and the office word of a state's title written after it with no name
    ("the Russian president", "Iran's foreign minister"; not "Russian President Vladimir
    Putin": the name says who)."""
    j = match.end + (match.end < len(doc) and doc[match.end].text in _POSSESSIVES)
    for n in (3, 2, 1):
        office = doc[j : j + n]
        if len(office) < n or (match.entry.id, _words_of(office)) not in gaz.office_words:
            continue
        if j + n < len(doc) and _is_name_word(doc[j + n]):
            return None
        return doc[match.start : j + n], office
    return None


def _office_of_state(doc: Doc, match: Match, gaz: Gazetteer) -> tuple[Span, Span] | None:
    """The mention and the office word of a state's title "the <office> of <state>" with no
    name after it ("the president of Turkey vowed", "the prime minister of the UK"; not
    "President of France Emmanuel Macron", "the former president of Peru", nor "the
    president of Turkey's ruling party")."""
    k = match.start - (match.start > 0 and doc[match.start - 1].lower_ == "the")
    if k < 3 or doc[k - 1].lower_ != "of":
        return None
    after = doc[match.end] if match.end < len(doc) else None
    if after is not None and (_is_name_word(after) or after.text in _POSSESSIVES):
        return None  # "the president of Turkey's ruling party": the party's
    for n in (3, 2, 1):
        office = doc[k - 1 - n : k - 1]
        if k - 1 - n < 1 or (match.entry.id, _words_of(office)) not in gaz.office_words:
            continue
        return (doc[k - 1 - n : match.end], office) if doc[k - 2 - n].lower_ == "the" else None
    return None


def _words_of(span: Span) -> str:
    """A span's words in lower case, one space apart: an office word's dictionary form."""
    return " ".join(t.lower_ for t in span)


def _title_case(office: str) -> str:
    """'secretary of state' -> 'Secretary of State', 'secretary-general' -> 'Secretary-General'."""
    return " ".join(
        w if w in _TITLE_GLUE else "-".join(p.capitalize() for p in w.split("-"))
        for w in office.lower().split()
    )


def _held_in_private_body(head: Token, private: set[int], gaz: Gazetteer) -> bool:
    """Whether an office is held "of", "at" or "for" a body that is no political actor
    (`private`: "Ann Roe, president of Vantrex", "vice president of sales for Vantrex"; or
    one a noun of a sector of no state names, with its article: "chief executive of the
    website", "a lawyer for the victim", not "Minister of Media"), or beside a company's
    office ("its president and CEO")."""
    if any("BUS" in gaz.head_agent_codes([c.lower_]) for c in head.conjuncts):
        return True
    preps = ("of", "at", "for")
    held = [o for office in (head, *head.conjuncts) for o in prep_objects(office, preps)]
    held += [o for h in held for o in prep_objects(h, preps)]
    return any(
        o.i in private
        or (
            o.pos_ == "NOUN"
            and any(c.dep_ == "det" for c in o.children)
            and any(not gaz.sectors[c].political for c in gaz.head_agent_codes([o.lemma_.lower()]))
        )
        for o in held
    )


def _agents(
    doc: Doc,
    mentions: list[_Mention],
    matches: list[Match],
    gaz: Gazetteer,
    lower: list[str],
    *,
    skip: set[int],
    places: list[_Place],
    main: str | None,
    civil: dict[int, Token],
    headline: str | None,
    offices: dict[str, str],
    published: date | None,
) -> list[_Mention]:
    """Generic agents ("police", "Iranian officials", "the army") as sector actors of a
    country: the country named just before, else the one of the sentence it is in or
    nearest to (a country, or a place in one: `places`; not the nationality of an agent of
    civil society of another clause, `civil`), else the article's (`main`); `headline` the
    country of the site a headline kept apart names (`_headline_site`); `offices` the office
    words the article ties to one state (`_offices_of_one_state`). None for one a region's,
    a bloc's or other states' word modifies ("Western officials", "foreign troops")."""
    named_agents = [
        _unknown_doers(doc, _armed_after(doc, gaz, agent)) for agent in gaz.find_agents(lower)
    ]
    # A word of an agent phrase that the model tags a name of its own ("Riot" of "riot
    # police", a person) is no one: the agent phrase is.
    mentions = [m for m in mentions if not _inside_agent(m, named_agents)]
    taken = {i for m in mentions for i in range(m.cover, m.end)} | skip
    agent_words = {i for start, end, _ in named_agents for i in range(start, end)}
    # Troops and governments act abroad as well as at home, unlike police and courts:
    # "Israeli soldiers shot two teenagers", "the Chinese government sought to extradite
    # people from Hong Kong" tell the doers' country, not of those they act on.
    abroad = {
        i
        for start, end, code in named_agents
        if all(gaz.sectors[c].name in _ABROAD for c in code.split("|"))
        for i in range(start, end)
    }
    # The heads of a state's bodies named, with their sector.
    state_bodies = {
        end - 1: gaz.sectors[code].name
        for start, end, code in named_agents
        if "|" not in code and gaz.sectors[code].name in _STATE
    }
    countries = [m for m in matches if m.entry.kind is ActorKind.COUNTRY]
    by_end = {m.end: m for m in countries}
    bodies = [m for m in mentions if m.kind in (ActorKind.ORGANISATION, ActorKind.GROUP)]
    found: list[_Mention] = []
    replaced: set[int] = set()  # country mentions that became the agents of their country
    starts = [s.start for s in doc.sents]
    text = doc_text(doc)
    # Places someone is quoted naming: they tell of what is said, not of who says it.
    quoted = {p.start for p in places if in_quotation(text, doc[p.start].idx)}
    # The words of the article's names and places: no unknown band's name (`_band_name`).
    read = taken | {i for p in places for i in range(p.start, p.end)}
    # "Judge Michael Urbanski", "Police Commissioner Ann Lee": the agent word titles the
    # person it modifies, who holds office in that sector.
    titled = [m for m in mentions if m.kind is ActorKind.PERSON and m.entry is None]
    private = {
        i
        for m in mentions
        if m.kind is ActorKind.ORGANISATION and not _political(m)
        for i in range(m.start, m.end)
    }
    # News outlets and companies, which report others' acts: "the army fired two missiles,
    # South Korea's Yonhap news agency said" tells of no South Korean army.
    outlets = private | {
        i
        for start, end, code in named_agents
        if "|" not in code and gaz.sectors[code].name == "media"
        for i in range(start, end)
    }
    # "ethnic Albanians": a people, coded as the civilians of where they are (Phoenix's
    # ETHNIC_GROUP is CVL).
    peoples = [
        (i, i + 1, "CVL")
        for i, token in enumerate(doc)
        if token.tag_ in ("NNS", "NNPS")
        and (
            ((hit := gaz.lookup(token.text)) is not None and _after_ethnic(doc, i, hit[1]))
            or (token.ent_type_ == "NORP" and _townspeople(token))
        )
    ]
    for start, end, code in sorted(named_agents + peoples):
        head, referent = doc[end - 1], None
        if "|" in code:
            # "Officers", "troopers": police, army or intelligence, as the agent of one of
            # those named last before them ("Police said ... two officers"), else as told
            # after (`_officers_sense`); not a compound's ("press officer", "chief executive
            # officer").
            told = [
                (f, c) for f in found for c in code.split("|") if gaz.sectors[c].name == f.sector
            ]
            if any(c.dep_ == "compound" or c.lower_ == "chief" for c in head.lefts):
                continue
            if told:
                referent, code = told[-1]
            elif (sense := _officers_sense(doc, gaz, code, end, named_agents, bodies)) is not None:
                code = sense
            else:
                continue
        sector = gaz.sectors[code]
        if sector.name in _STATE and _held_in_private_body(head, private, gaz):
            # A company's officer, no official of a state, nor is the title a political one.
            for p in titled:
                if p.cover <= head.i < p.start:
                    p.role = None
            continue
        after = doc[end] if end < len(doc) else None
        # The office is the phrase's root ("Speaker" of "the Speaker of the House"), or the
        # title written after it that it is compounded on ("the Senate Minority Leader").
        tops = [t for t in doc[start:end] if not start <= t.head.i < end or t.head == t]
        root, last = next((t for t in tops if t.dep_ not in ("compound", "amod")), tops[-1]), end
        written = root.head
        compound = root.dep_ == "compound" and written.i >= end and written.tag_ == "NNP"
        if compound and is_office_word(written.text):
            root, last = written, written.i + 1
        # The person an agent word titles, whose title may end inside the agent phrase
        # ("Police Commissioner" is an agent phrase, "Commissioner" the title of Ann Lee) or
        # be the agent word, modified by no word but a country's ("Colonel X", "Iraqi Colonel
        # X"; not "defensive captain X", "team captain X": a captain of sport), a party's or a
        # faith's ("Democratic Senator X") or a minister's portfolio ("Health Minister X").
        k = start
        while k > 0 and doc[k - 1].dep_ == "compound":
            k -= 1
        bare = start == 0 or doc[start - 1].dep_ not in ("amod", "compound")
        bare = bare or any(m.end == start for m in countries) or doc[start - 1].ent_type_ == "NORP"
        bare = bare or (k < start and _portfolio(doc[k:start]))
        # Or the body of an office held, inside the title ("the speaker of the parliament X").
        person = next(
            (
                p
                for p in titled
                if ((start < p.cover or bare) and start <= p.cover <= last <= p.start)
                or p.cover < start < end <= p.start
            ),
            None,
        )
        own = set(range(person.cover, person.end)) if person is not None else set()
        if sector.name not in _AGENT_SECTORS or not (taken - own).isdisjoint(range(start, end)):
            continue
        if end - start == 1 and _union_of_others(head):
            continue  # "the players' union", "a customs union": not a trade union told bare
        # A state's body compounded on a text it issues is its author, not the state ("a
        # Pakistani court ruling"); otherwise an agent word on a noun modifies it.
        issued = after is not None and after.lemma_ in load_lexicon().documents
        issued = issued and any(m.end == start for m in countries)
        # A site a force holds stands for it ("army positions", "militant outposts": attacked,
        # they are the force attacked, as Phoenix codes a "rebel base"), as does what a state's
        # body holds and uses ("a police station", "an army helicopter", "a government
        # building"), and as an act of force names its doer ("a police raid").
        armed = sector.name in FORCES | ARMED_SECTORS
        # The noun the agent word modifies, maybe after others ("an army transport plane", "a
        # police patrol car").
        top = head
        while top.dep_ in ("compound", "amod") and top.head.i > top.i:
            top = top.head
        kept = after if top == head else top
        site = kept is not None and (
            (armed and (kept.lemma_.lower() in load_lexicon().strongholds or is_force_unit(kept)))
            or (
                sector.name in _STATE
                and kept.pos_ == "NOUN"  # not "lawmakers grilled" ("grill", a grate)
                and kept.lemma_.lower() in _ASSET_NOUNS
            )
        )
        # "police pepper-sprayed": a noun hyphened to the verb after it is the verb's.
        verb = doc[end + 2] if end + 2 < len(doc) else None
        hyphened = verb is not None and verb.pos_ == "VERB" and hyphened_noun(verb) == after
        nominal = head.pos_ in ("NOUN", "PROPN") or participle_noun(head)
        if (not nominal and not site) or (
            after is not None
            and after.pos_ == "NOUN"
            and not issued
            and not hyphened
            and not (site or (armed and _names_force(after)))
        ):
            continue  # "military operation", "police dog": a modifier, not an agent
        cover, country, guessed = start, None, False
        k = start
        # A faith between a state and its clergy names no other side: "Russian Orthodox
        # bishops", "Egypt's Coptic clergy" are the state's, as "Nigerian clerics" are.
        while (
            sector.name == "religion"
            and k > 0
            and doc[k - 1].dep_ in ("amod", "compound")
            and doc[k - 1].head == head
            and not any(m.end == k for m in countries)
        ):
            k -= 1
        j = k - (k > 0 and doc[k - 1].text in _POSSESSIVES)
        before = [m for m in countries if m.end == j and m.form is not Form.SHORT]
        owner = [m for m in mentions if m.end == j and m.kind is not ActorKind.LOCATION]
        if not owner and lower[end : end + 1] == ["of"]:
            # "the government of Abdrabbuh Mansur Hadi": his, as "Hadi's government" is.
            owner = [m for m in mentions if m.start == end + 1 and m.kind is ActorKind.PERSON]
        # "Novak said his government would ...", "apologised to the people of his country":
        # his, as "Novak's government" is.
        mine = k - 1 if k > 0 and doc[k - 1].dep_ == "poss" else None
        if lower[end : end + 1] == ["of"] and lower[end + 2 : end + 3] in (["country"], ["nation"]):
            mine = end + 1
        if not owner and mine is not None and lower[mine] in ("his", "her"):
            owner = _pronoun_owner(doc, mentions, mine)
        # A body named right after the agent's noun that describes it is that body, of the
        # country before it ("the Libyan carrier Dovan Air", "rebel group Ansar Dine").
        named = [m for m in bodies if m.start == end and _describes(doc[start:end], m)]
        if sector.name == "business" and not before and not named and not _tradespeople(head):
            continue  # "the company" is one named in the article; "German firms" are Germany's
        if owner and _band_taken_for_person(owner[0], sector, mentions):
            owner[0].kind, owner[0].candidates = ActorKind.ORGANISATION, []
        if not owner and sector.name in ARMED_SECTORS and _band_name(doc, j, read, gaz):
            band = _Mention.of_span(doc[j - 1 : j], ActorKind.ORGANISATION)
            mentions.append(band)
            owner = [band]  # "ADF militants", "Mafa fighters": a band no NER tag names
        if owner and owner[0].kind in (ActorKind.ORGANISATION, ActorKind.GROUP):
            owner[0].end, owner[0].end_char = end, doc[end - 1].idx + len(doc[end - 1])
            _armed_by_members(owner[0], sector)
            continue  # "EU envoys", "Hamas fighters": the organisation itself
        k = end + 1 + (end + 1 < len(doc) and lower[end + 1] == "the")
        if named:  # one mention, from the noun on
            b = named[0]
            b.start, b.start_char, b.cover = start, doc[start].idx, min(b.cover, start)
            if before:
                b.country = b.country or before[0].entry.country
                replaced.add(before[0].start)
            continue
        body = (
            [m for m in bodies if m.start == k]
            if lower[end : end + 1] in (["of"], ["from"])
            else []
        )
        if not body and not before and not owner and referent is None:
            body = _named_force(doc, bodies, start, end)
        if body:  # "officers from the Dayton Police Department": the body itself
            b = body[0]
            found.append(
                _Mention.of_span(
                    doc[start:end], b.kind, text=b.text, entry=b.entry, country=b.country
                )
            )
            continue
        # The agents of each further country coordinated with the one named: "Danish and
        # Swedish officials", "the foreign ministers of Peru, Bolivia and Ecuador".
        coordinated: list[Match] = []
        if before:
            cover, country = before[0].start, before[0].entry.country
            coordinated = _coordinated_before(before[0], countries, lower)
        elif any(
            c.i < start and c.dep_ in ("amod", "compound") and c.lower_ in _OTHER_STATES
            for c in head.lefts
        ):
            pass  # "Moscow criticised Western governments": of no state the text names
        elif sector.political and names_pair(head):
            continue  # "both governments", "the two leaders": two told before (`roles`)
        elif site and kept is not None and (inside := _site_places(kept, places)):
            country = inside[0].country  # "jets hit army posts in Syria": where the site is
        elif (
            site
            and kept is not None
            and sector.name in FORCES
            and (rebels := _fighting_own_state(kept, [*found, *bodies]))
        ):
            # "Rebels shot down an army helicopter", "Taliban fighters attacked a police
            # station": an armed side, generic or named, fights its own state.
            country, guessed = rebels.country, rebels.guessed
        elif site and sector.name in FORCES:
            continue  # "shelled army positions": whose, the text does not tell
        elif owner and owner[0].country:
            country = owner[0].country  # "Trump's envoy": an official of his country
        elif referent is not None:
            country = referent.country  # "Israeli soldiers ... senior officers": theirs
        elif (
            sector.name in FORCES
            and "government" in lower[start : end - 1]
            and _one_state(governments := [f.country for f in found if _a_government(f)])
        ):
            # "the government of Syria ... government forces": the forces of the government
            # named before them, where all so named are one state's.
            country = governments[0]
        elif sector.political and _named_by_unknown(doc, start, end, places):
            country = None  # "Artsakh soldiers": a side the gazetteer lacks, not the article's
        elif sector.name in ARMED_SECTORS and _sponsored(doc, end):
            country = None  # "Moscow paid militants to attack": not Moscow's, nor the target's
        elif sector.name in FORCES and (sender := _sender(doc[end - 1], mentions)) is not None:
            country = sender  # "committed to send more troops to Saudi Arabia": the sender's
        elif person is not None and (
            lead := _state_of_title_before(doc, person, mentions, countries)
        ):
            # "Greek prime minister X and energy minister Y": Greek, not the state of a title
            # after ("and Cypriot president Z"), which may be nearer.
            country = lead
        elif person is not None and head.lower_ in offices:
            # "Interior Minister Ana Ruiz urged the league to bar Peru" under "Chilean minister
            # warns": the state the article ties her office to, not one her act is about.
            country = offices[head.lower_]
        else:
            acted_on, phrases = _places_of_others(
                doc,
                end,
                places,
                travels=sector.name in _TRAVELLERS,
                armed=sector.name in ARMED_SECTORS | {"military"},
            )
            # Civil society hit by arms: "a Saudi missile killed civilians" (not "a Dutch
            # panel advised the government").
            arms = (
                []
                if sector.political
                else _places_of_doers(doc, end, places, agents=agent_words, abroad=abroad)
            )
            # "Police said a German tourist tackled ...": no German police; but "Chilean
            # students protested against the government" are Chile's. Nor, for a titled
            # person outside a quotation, the places it names (the prosecutor Ann Roe said:
            # "a Kenyan case").
            speaking = person is None or in_quotation(text, doc[start].idx)
            # Those asked or told to do something ("urged lawmakers not to forget the war in
            # Kenya"): the places of what they are to do tell nothing of them, nor is the
            # article's country theirs for being named there.
            asked = [p for p in places if _in_object_clause(doc, head, p)]
            rest = [
                p
                for p in places
                if p not in acted_on
                and p not in phrases + asked
                and p not in arms
                and (p.end not in civil or _clause(civil[p.end]) == _clause(head))
                and (speaking or p.start not in quoted)
                and not _told_by(doc, head, p, outlets)
            ]
            # Police, courts and people act where they are; officials and lawmakers travel,
            # forces fight abroad. A lone armed person ("the gunman") is no force sent abroad:
            # he stays where he strikes, before the country the article names most, which may
            # be his victims' ("six Mexican nationals were killed" in El Paso).
            lone = sector.name in ARMED_SECTORS and is_attacker_noun(lower[end - 1])
            stays = lone or sector.name not in _TRAVELLERS | ARMED_SECTORS | {"military"}
            # For a state's body, a state its act is done to, named itself or by a body of
            # the same sector ("the ministry blamed Kyiv", "troops attacked Ukrainian
            # soldiers"), is the other side: a country the text does not tie the agent to is
            # not that one. Other bodies of a state may act on their own ("lawmakers
            # criticised the Kenyan government"), one who holds its office leads it ("the
            # president withdrew Brazil from the pact"), rebels fight their own state, and
            # people acted on are no state ("police arrested two Kenyan men").
            leader = head.tag_ == "NN" and is_office_word(head.text)
            other_side = {
                p.country
                for p in acted_on
                if sector.name in _STATE
                and not leader
                and _names_state(doc, p, sector=sector.name, bodies=state_bodies)
            }
            country = _nearest_country(
                doc, start, end, rest, political=sector.political, stays=stays, shun=other_side
            )
            from_sentence = country is not None
            # Else, for those who stay, where the story was just told to happen ("shots in
            # El Paso ... Police said") or its headline tells, not the country it names
            # most (a gold toilet's theft "in England", the artwork entitled "America").
            if country is None and stays:
                country = _site_told_before(doc, start, places, starts) or headline
            # Else, for a person titled with an office, the one state the sentences just
            # before in its paragraph name ("Slovakia objects. Economy Minister X said"), not
            # the article's. A bare office is more often the article's state's: "the
            # president" after a sentence on Iran, in a story of American politics.
            if country is None and person is not None:
                country = _state_told_before(doc, start, places, starts)
                guessed = country is not None
            # Else the article's country, unless named only in a phrase of the verb ("The
            # minister held talks with Iranian envoys": no Iranian minister).
            # Nor the state an envoy is sent to ("the special envoy to Ukraine"), nor for people
            # a state's arms attack ("Israeli jets struck, killing four people" in a story of
            # Washington): a state strikes abroad.
            sent = _sent_to(head)
            struck = [p.country for p in arms if sector.name == "civilians" and _attacked(head)]
            if (
                country is None
                and not struck
                and not (
                    (
                        any(p.country == main for p in phrases)
                        and all(p.country != main for p in rest + acted_on)
                    )
                    or any(p.country == main and p.start in sent for p in places)
                    or any(p.country == main for p in asked)
                )
            ):
                country, guessed = main, main is not None
            # Nor is the doer's country, guessed, that of people its arms hit.
            if not from_sentence and country in other_side | set(struck):
                country = None
            origin = [m for m in countries if m.start == end + 1 and m.form is not Form.SHORT]
            if origin and lower[end] in ("of", "from"):
                coordinated = _coordinated_after(origin[0], countries, lower)
        for m in coordinated:
            found.append(
                _Mention.of_span(
                    doc[m.start : m.end],
                    ActorKind.SECTOR,
                    country=m.entry.country,
                    sector=sector.name,
                    political=sector.political,
                )
            )
            replaced.add(m.start)
        # A plural title lists holders of an office or a faction's seat ("two senators, X and
        # Y"); a trade it names is no office ("two sex workers, X and Y").
        held = sector.name in _STATE | _FACTIONS or head.tag_ not in ("NNS", "NNPS")
        holders = _holders(doc, root, mentions) if sector.political and held else []
        # A cleric's title is his too ("Archbishop Desmond Tutu"), a person of his faith.
        titles = sector.political or sector.name == "religion"
        # One title, one holder (a plural one before a list is each one's: below).
        one = len(holders) < 2
        # The title modifies the name, or the parse splits them: the name the title's
        # apposition, or both subjects of the verb ("chief constable Ann Lee wrote").
        name = doc[person.start : person.end].root.head if person is not None else None
        if (
            titles
            and one
            and person is not None
            and (person.cover <= head.head.i < person.end or name in (head, head.head))
        ):
            # An agent phrase that opens before the title words read is the whole title
            # ("Former Attorney General X", "Commerce Secretary X": not "General").
            if start < person.cover and person.role == doc[person.cover : person.start].text:
                k = start - (start > 0 and doc[start - 1].lower_ in _ROLE_PREFIXES)
                person.role = doc[k : person.start].text
            person.role = person.role or _title_case(doc[start:end].text)
            person.sector, person.political = sector.name, sector.political
            person.guessed = person.country is None and guessed
            person.country = person.country or country
            person.cover = cover
            continue
        if holders:
            # "the foreign minister, Ana Ruiz": one actor, the person, who holds the office;
            # each holds one of those a plural title names ("Presidents": "President"), of
            # the country each is "of" where one is said to be ("X of Kenya and Y of Texas").
            title, word = doc[start:last].text, doc[last - 1].lower_
            if head.tag_ == "NNS":
                word = head.lemma_
            elif word.endswith("s") and word[:-1] in _TITLE_HEADS:
                word = word[:-1]  # "Ministers", a name's to the tagger
            # A dictionary phrase may end inside the capitalised title ("Minister for Foreign"
            # of "Minister for Foreign Affairs").
            whole = last
            while (
                whole < len(doc)
                and doc[whole].tag_ in ("NNP", "NNPS")
                and root in doc[whole].ancestors
            ):
                whole += 1
            office = _title_case(" ".join([*lower[start : last - 1], word, *lower[last:whole]]))
            of_any = any(doc[h.end : h.end + 1].text == "of" for h in holders)
            # A known person's office told so is theirs too, as a title before the name is
            # ("Nancy Pelosi, the Speaker of the House"), where the phrase is the whole title
            # ("the former vice president" is no president); their state is the record's.
            whole_title = doc[start - 1].dep_ == "det" or doc[start - 1].text == ","
            for holder in (h for h in holders if h.entry is None or whole_title):
                holder.role = office if holder.role in (None, title) else holder.role
                holder.sector, holder.political = sector.name, True
                if holder.entry is None:
                    of_country = _country_after(doc, holder.end, by_end)
                    holder.country = holder.country or of_country or (None if of_any else country)
            continue
        # "the governor" after "Governor Ana Ruiz" or "Ana Ruiz, the governor of X, said":
        # the person the article named holding the office before (the loop reads titles in
        # text order, so earlier appositions' roles are set), unresolved if it named several.
        if (
            not before
            and not owner
            and lower[start - 1 : start] == ["the"]
            and head.tag_ == "NN"
            and is_office_word(head.text)
            and lower[end : end + 1] != ["of"]
            and (
                holders := _holders_named(
                    _named_before(mentions, start), " ".join(lower[start:end]), published
                )
            )
        ):
            found.append(_as_holder(doc[start:end], holders))
            continue
        # "the foreign ministers", of an office each state has one of: several states'
        # holders, not those of the one state the sentence or the article names.
        if (
            not before
            and not owner
            and lower[start - 1 : start] == ["the"]
            and head.tag_ == "NNS"
            and lower[end : end + 1] != ["of"]
            and (*lower[start : end - 1], head.lemma_)
            in {tuple(w.split()) for _, w in gaz.office_words}
        ):
            country, guessed = None, False
        if (past := _former_at(doc, cover)) is not None:
            # "the former president", "an ex-soldier": one who held it, no body now; nor is
            # "a former Israeli soldier" or "Brazil's ex-president" that state. A former
            # office-holder is of its elites, as CAMEO codes former officials (ELI).
            j = past - (past > 0 and doc[past - 1].text in _POSSESSIVES)
            states = [m for m in countries if m.end == j]
            replaced.update([*range(cover, start), *(m.start for m in states)])
            if is_office_word(head.text):
                found.append(
                    _Mention.of_span(
                        doc[start:end],
                        ActorKind.SECTOR,
                        country=states[0].entry.country if states else country,
                        cover=states[0].start if states else cover,
                        sector="elites",
                        political=True,
                        guessed=guessed and not states,
                    )
                )
            continue
        agent = _Mention.of_span(
            doc[start:end],
            ActorKind.SECTOR,
            country=country,
            cover=cover,
            sector=sector.name,
            political=sector.political,
            guessed=guessed,
        )
        town = before and before[0].form is Form.CAPITAL  # "Moscow's health department"
        if _state_body(doc[start:end].text.split()) is not None and not town:
            # A ministry named by its portfolio ("Russia's foreign ministry", "the defence
            # ministry of Peru") is that state's body, one with its capitalised name: of the
            # state named with it, else of the article's one state (`_bodies_of_setting`).
            of = [m for m in countries if m.start == end + 1 and lower[end] == "of"]
            states = before or [m for m in of if m.form is not Form.DEMONYM]
            state = states[0].entry.country if states else None
            if states and not before:
                replaced.add(states[0].start)  # "of Peru": the ministry's name, no actor
            # Named with its state's words ("Russia's foreign ministry", "the foreign
            # ministry of Peru"): "foreign ministry" alone would name every state's.
            span = doc[cover : (states[0].end if states and not before else end)]
            ministry = _Mention.of_span(span, ActorKind.ORGANISATION, country=state)
            ministry.start, ministry.start_char = start, doc[start].idx
            ministry.agent = agent  # where no state is told
            ministry.entry = _known_as_states(state, doc[start:end].text.split(), gaz)
            found.append(ministry)
            continue
        found.append(agent)
    covered = {i for f in found for i in range(f.cover, f.start)} | replaced
    return [m for m in mentions if m.start not in covered] + found


_HEAD_ENDS = {"of", "on", "for", "in"}


def _state_bodies_unknown(
    doc: Doc,
    mentions: list[_Mention],
    gaz: Gazetteer,
    places: list[_Place],
    *,
    main: str | None,
    headline: str | None,
) -> None:
    """Give a body no dictionary knows whose name's head is a state's agent word its sector
    ("Thames Valley Police", "the Supreme Court of Justice", "the Puerto Rico Senate"), and
    a country where its name holds none: a place in its name, else, for a body that acts
    only at home (police, a court), the one its generic agent would take there."""
    starts = [s.start for s in doc.sents]
    for m in mentions:
        if m.entry is not None or m.kind is not ActorKind.ORGANISATION or m.sector is not None:
            continue
        # The head: the last word before a preposition ("Court" of "the Supreme Court of
        # Justice", "Committee" of "the Committee on Intelligence") of the name as written (a
        # body's agents may have joined its mention: "Hamas fighters").
        words = m.text.lower().split()
        head = next((i for i, w in enumerate(words) if w in _HEAD_ENDS), len(words))
        if not head:
            continue
        # People, no body: "Coast Guard Commandant", "Republican Representatives" (a name's
        # plural, which the lemmatizer leaves as written).
        word = words[head - 1]
        if is_person_noun(word) or is_person_noun(word.removesuffix("s")):
            continue
        codes = [c for _, e, c in gaz.find_agents(words[:head]) if e == head and "|" not in c]
        sector = gaz.sectors[codes[-1]] if codes else None
        if sector is None or sector.name not in _STATE:
            continue
        m.sector, m.political = sector.name, m.political or sector.political
        if m.country is None:
            inside = [p.country for p in places if m.start <= p.start < m.end]
            m.country = inside[0] if inside else None
        if m.country is None and sector.name in _HOME:
            m.country = (
                _nearest_country(
                    doc, m.start, m.end, places, political=True, stays=True, shun=set()
                )
                or _site_told_before(doc, m.start, places, starts)
                or headline
                or main
            )


def _rebels_placed(
    doc: Doc,
    mentions: list[_Mention],
    places: list[_Place],
    *,
    main: str | None,
    headline: str | None,
) -> None:
    """Give rebels no dictionary knows ("Kuki militants", "Karen guerrillas") the country the
    text tells them in, as a body acting only at home takes it (`_state_bodies_unknown`):
    rebels fight their own state. Not one the dictionaries file under no state ("Polisario
    Front": a people's claim against a state), nor an armed group of no sector's rebels."""
    rebels = [
        m
        for m in mentions
        if m.country is None
        and m.sector == "rebels"
        and m.entry is None
        and m.kind is not ActorKind.SECTOR
    ]
    # The sentences are walked only for an article that has such rebels.
    starts = [s.start for s in doc.sents] if rebels else []
    for m in rebels:
        m.country = (
            _nearest_country(doc, m.start, m.end, places, political=True, stays=True, shun=set())
            or _site_told_before(doc, m.start, places, starts)
            or headline
            or main
        )


def _bodies_of_setting(doc: Doc, mentions: list[_Mention]) -> bool:
    """Give a state's department or ministry named without its state ("the Department of
    Justice", "the Emergencies Ministry": its portfolio in common words) the country of the
    one state whose bodies and office-holders the article names, none where it names several
    states' or none. A unit of another body is no state's ("the Department of Public Health at
    Carrow University"). Returns whether any got a country."""
    kinds = (ActorKind.SECTOR, ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.GOVERNMENT)
    states = {m.country for m in mentions if m.kind in kinds and m.country and _political(m)}
    if len(states) != 1:
        return False
    found = False
    for m in mentions:
        if m.kind is not ActorKind.ORGANISATION or m.entry is not None or m.country is not None:
            continue
        unit = m.end < len(doc) and doc[m.end].lower_ in ("at", "of", "within")
        if _state_body(m.text.split()) and not unit:
            m.country, found = next(iter(states)), True
    return found


def _describes(agent: Span, body: _Mention) -> bool:
    """Whether an agent's noun describes the body named right after it: in apposition to its
    name or compounded on it ("the carrier Dovan Air", "airline Korfez Air"; not "the
    protesters Wikinews interviewed"), or beside it as a second subject of its verb, as the
    parse may read an apposition ("The news agency AFP has placed"). A noun whose first sense
    is a person's titles a person the model may tag a body ("Prosecutor Ann Lee QC"): it
    describes only a name that ends in a body's word ("Air", "Holdings")."""
    doc, head = agent.doc, agent[-1]
    inside = range(body.start, body.end)
    name = doc[body.end - 1]
    joined = (
        (head.dep_ == "compound" and head.head.i in inside)
        or any(doc[i].dep_ == "appos" and doc[i].head.i == head.i for i in inside)
        or (name.dep_ == head.dep_ == "nsubj" and name.head.i == head.head.i)
    )
    person = is_person_noun(head.lemma_)
    return joined and (not person or name.lower_ in _ORG_TYPES | _ORG_SUFFIXES)


def _fighting_own_state(site: Token, found: list[_Mention]) -> _Mention | None:
    """The armed side of a state (rebels, an armed group) that is the subject of the verb a
    force's site is the object of ("rebels in Mali attacked an army post"), or names it
    ("Taliban fighters"), if any."""
    verb = site.head
    if site.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    subjects = {
        i
        for c in verb.children
        if c.dep_ == "nsubj"
        for t in (c, *c.conjuncts)
        for i in range(t.left_edge.i, t.i + 1)
    }
    return next(
        (
            f
            for f in found
            if _armed_side(f) and f.country and subjects & set(range(f.start, f.end))
        ),
        None,
    )


def _armed_side(m: _Mention) -> bool:
    """Whether a mention is an armed side, a generic one ("rebels") or one named ("the
    Taliban", which the gazetteer files so)."""
    return (m.sector or (m.entry.sector if m.entry else None)) in ARMED_SECTORS


def _a_government(m: _Mention) -> bool:
    """Whether a mention names a government as such ("the Syrian government"), not one of
    its officials."""
    return m.sector == "government" and "government" in m.text.lower().split()


def _one_state(countries: list[str | None]) -> bool:
    """Whether countries are all one, known."""
    return len(set(countries)) == 1 and countries[0] is not None


def _band_taken_for_person(m: _Mention, members: Sector, mentions: list[_Mention]) -> bool:
    """Whether a name the model tagged a person, no dictionary's and under no title, names
    an armed agent's members ("Kuki militants", "Mafa fighters", "Jaish al-Adl fighters"): a
    band's or a people's name, no one's; not one opening with a given name ("Khalid Ali
    fighters"), nor the surname of a person the article names ("Gen. Abdul Dostum ...
    Dostum fighters": his)."""
    return (
        m.kind is ActorKind.PERSON
        and m.entry is None
        and m.role is None
        and (" " not in m.text or m.text.split()[0].casefold() not in load_gazetteer().given_names)
        and members.name in ARMED_SECTORS
        and not any(
            o is not m and o.kind is ActorKind.PERSON and o.text.split()[-1] == m.text
            for o in mentions
        )
    )


def _band_name(doc: Doc, end: int, read: set[int], gaz: Gazetteer) -> bool:
    """Whether the word before an armed agent's noun, ending at `end`, is a band's name the
    model tagged nothing: a proper noun in capitals compounded on the noun ("ADF"; a word in
    title case may be a region's no gazetteer knows: "Rojava fighters"), of no name or place
    the article reads (`read`) nor actor or agent the dictionaries know."""
    if end < 1 or end - 1 in read:
        return False
    word = doc[end - 1]
    return (
        word.is_upper
        and len(word) > 1
        and word.tag_ == "NNP"
        and word.dep_ == "compound"
        and word.ent_type_ in ("", "ORG", "NORP", "PERSON")
        and gaz.lookup(word.text) is None
        and not gaz.find_agents([word.lower_])
    )


def _armed_by_members(body: _Mention, members: Sector) -> None:
    """A body no dictionary knows whose members are named as an armed agent ("OLA fighters",
    "CODECO militiamen") is that armed side, as a body of a state's agent word is that
    state's (`_state_bodies_unknown`): not a body of no political side."""
    if body.entry is None and body.sector is None and members.name in ARMED_SECTORS:
        body.sector, body.political = members.name, True


def _unknown_doers(doc: Doc, agent: tuple[int, int, str]) -> tuple[int, int, str]:
    """People of no sector who do violence, told only as not known ("unidentified men
    abducted a chief", "masked men set fire to a post"), are an unidentified armed agent, as
    Phoenix files unidentified gunmen and unidentified forces (UAF); criminals where the harm
    is done by hand or blade ("unknown men stabbed a shopkeeper"); not those an act is done
    to ("shot two unknown men"), nor who do anything else ("unknown persons donated food"),
    nor people named by what else they are ("unknown farmers")."""
    start, end, code = agent
    head = doc[end - 1]
    passive = head.dep_ == "pobj" and head.head.dep_ == "agent"
    verb = head.head.head if passive else head.head
    doer = head.dep_ == "nsubj" or passive
    unknown = any(c.dep_ == "amod" and c.lower_ in _UNKNOWN for c in head.children)
    if not (doer and unknown and code == _PEOPLE and _violence(verb)):
        return agent
    # "Unknown men stabbed a shopkeeper": harm by hand or blade is a crime, no armed side's.
    by_hand = load_lexicon().verbs.get(lower_lemma(verb), (None, None))[1] in _HAND_HARM
    return (start, end, _CRIMINALS if by_hand else _UNIDENTIFIED)


def _violence(verb: Token) -> bool:
    """A verb of the lexicon's assaults ("abducted", "torched"), or one whose object is an
    assault named ("set fire to", "opened fire on", "carried out an attack")."""
    lex = load_lexicon()
    said = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "prt"))]
    return any(
        lex.verbs.get(lower_lemma(w), lex.nouns.get(lower_lemma(w), (None,)))[0]
        is EventType.ASSAULT
        for w in said
    )


def _armed_after(doc: Doc, gaz: Gazetteer, agent: tuple[int, int, str]) -> tuple[int, int, str]:
    """An agent armed after its noun ("a man armed with a knife") is the dictionary's agent
    armed before it ("armed man": Phoenix's armed men, UAF), where it has one."""
    start, end, _ = agent
    if not any(c.dep_ == "acl" and c.lower_ == "armed" for c in doc[end - 1].children):
        return agent
    armed = gaz.find_agents(["armed", *(t.lower_ for t in doc[start:end])])
    return (start, end, armed[0][2]) if armed and armed[0][:2] == (0, end - start + 1) else agent


def _sender(head: Token, mentions: list[_Mention]) -> str | None:
    """The country of whoever sends or moves forces (`head`: their noun, the object of a verb
    with a destination: "pledged to send troops to Estonia"): the subject of that verb, or of
    the verbs it hangs on ("Britain condemned Russia and pledged to send ..."), or the object
    that controls it ("asked Uganda to send troops"), where one names a country."""
    verb = head.head
    if head.dep_ != "dobj" or not any(
        p.dep_ == "prep" and p.lower_ in _DESTINATIONS for p in verb.children
    ):
        return None
    while True:
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if doer is None and verb.dep_ == "xcomp":
            doer = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if doer is not None:
            owner = [m for m in mentions if m.start <= doer.i < m.end and m.country]
            return owner[0].country if owner else None
        if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head


def _civil_agents(doc: Doc, gaz: Gazetteer, lower: list[str]) -> dict[int, Token]:
    """The generic agents of civil society (no political sector: "tourist", "students") by
    their first token, each to its head noun."""
    return {
        start: doc[end - 1]
        for start, end, code in gaz.find_agents(lower)
        if not any(gaz.sectors[c].political for c in code.split("|"))
    }


def _clause(token: Token) -> Token | None:
    """The verb whose clause a token is in."""
    return next((t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")), None)


def _state_of_title_before(
    doc: Doc, person: _Mention, mentions: list[_Mention], countries: list[Match]
) -> str | None:
    """The state a title names before the name a titled person's name is coordinated with
    ("Greek prime minister X and energy minister Y": Greek)."""
    name = doc[person.start : person.end].root
    if name.dep_ != "conj":
        return None
    lead = [
        m for m in mentions if m.kind is ActorKind.PERSON and doc[m.start : m.end].root == name.head
    ]
    if lead and any(lead[0].cover <= c.start and c.end <= lead[0].start for c in countries):
        return lead[0].country
    return None


def _offices_of_one_state(
    docs: list[Doc], gaz: Gazetteer, mentions: list[_Mention]
) -> dict[str, str]:
    """The office words that the article (its text and a headline kept apart, `docs`) ties to
    one state only, by its name or demonym right before the word where no name follows it
    ("Chilean minister warns", "the Kenyan president's visit"; not "Chilean Minister Ana Ruiz",
    whose title is her own): whom a title with no state of its own is of."""
    tied: dict[str, set[str]] = {}
    titles = {i for m in mentions if m.kind is ActorKind.PERSON for i in range(m.cover, m.end)}
    for text in docs:
        for m in gaz.find([t.text for t in text]):
            j = m.end + (m.end < len(text) and text[m.end].text in _POSSESSIVES)
            if m.entry.kind is not ActorKind.COUNTRY or j >= len(text):
                continue
            word, after = text[j], text[j + 1] if j + 1 < len(text) else None
            # A name after the word, not a word the model takes for one ("minister warns").
            named = after is not None and after.ent_type_ == "PERSON" and after.text[:1].isupper()
            if is_office_word(word.text) and not named and not (text is docs[0] and j in titles):
                tied.setdefault(word.lower_, set()).add(str(m.entry.country))
    return {word: states.pop() for word, states in tied.items() if len(states) == 1}


def _told_by(doc: Doc, head: Token, place: _Place, outlets: set[int]) -> bool:
    """Whether a place is named in the subject of a verb of saying that is one of `outlets`,
    the clause it reports holding an agent (`head`): "the government criticized his plans,
    ABC of Australia reported" (no Australian government)."""
    path = [doc[place.end - 1], *doc[place.end - 1].ancestors]
    speaker = next((t for t in path if t.dep_ == "nsubj"), None)
    if speaker is None or speaker.i not in outlets:
        return False
    verb = speaker.head
    own = [head, *head.ancestors]
    return (
        verb.lemma_ in load_lexicon().speech
        and verb in own
        and own[own.index(verb) - 1].dep_ == "ccomp"
    )


def _in_object_clause(doc: Doc, head: Token, place: _Place) -> bool:
    """Whether a place is inside the clause that the verb an agent (`head`) is the object of
    takes as its own complement ("urged the senators to visit Kenya", "told officials that
    Kenya needs aid"; not a clause further down: "killed girls at a room rented to celebrate
    in Kenya")."""
    if head.dep_ not in ("dobj", "dative", "iobj"):
        return False
    verb = head.head
    path = [doc[place.end - 1], *doc[place.end - 1].ancestors]
    if verb not in path or head in path:
        return False
    return path[path.index(verb) - 1].dep_ in ("ccomp", "xcomp")


def _inside_agent(m: _Mention, phrases: list[tuple[int, int, str]]) -> bool:
    """Whether an unknown name lies inside an agent phrase and is shorter than it."""
    return m.entry is None and any(
        start <= m.cover and m.end <= end and m.end - m.cover < end - start
        for start, end, _ in phrases
    )


def _holders(doc: Doc, head: Token, mentions: list[_Mention]) -> list[_Mention]:
    """The person a singular agent noun is in apposition with, set off by a comma: "the
    president, Richard Nixon", "Ana Ruiz, the foreign minister" (not "the opposition paper
    La Prensa", a name the model may tag a person); the people a plural one lists so, each
    holding it ("two senators, X and Y", which the parse may make the noun's conjuncts),
    where all it lists are people."""
    people = {doc[m.start : m.end].root.i: m for m in mentions if m.kind is ActorKind.PERSON}
    first = next((m for m in mentions if m.start == head.i + 1), None)
    if first is not None and first.kind is ActorKind.PERSON and _plural_title(head):
        # A plural title on the first of coordinated names is each one's ("Presidents X of
        # Kenya and Y of Ghana"; the parse may coordinate Y with the country).
        root = doc[first.start : first.end].root
        places = [c for t in root.children if t.lower_ == "of" for c in t.children]
        listed = list(root.conjuncts) or [t for p in places for t in p.conjuncts]
        if listed and all(t.i in people for t in listed):
            return [first, *(people[t.i] for t in listed)]
    if head.tag_ in ("NNS", "NNPS") and head.i + 1 < len(doc) and doc[head.i + 1].text == ",":
        listed = [t for c in head.children if c.dep_ == "appos" for t in (c, *c.conjuncts)]
        listed = listed or [t for t in head.conjuncts if t.i > head.i]
        named = listed and all(t.i in people for t in listed)
        return [people[t.i] for t in listed] if named else []
    if head.tag_ not in ("NN", "NNP"):
        return []
    # A person's first (each test reads more of the doc than the one before).
    for m in mentions:
        if m.kind is not ActorKind.PERSON:
            continue
        root = doc[m.start : m.end].root
        linked = (root.dep_ == "appos" and root.head == head) or (
            head.dep_ == "appos" and head.head == root
        )
        if not linked:
            continue
        between = doc[min(head.i, m.start) : max(head.i, m.end)]
        # A verb between is a parse's slip, no apposition ("X, the governor, dissolved
        # parliament"); an "-ing" word modifying the title is none ("X, its leading activist").
        verbless = all(
            t.pos_ not in ("VERB", "AUX") or (t.tag_ == "VBG" and t.dep_ == "amod") for t in between
        )
        if verbless and any(t.text == "," for t in between):
            return [m]
    return []


def _plural_title(head: Token) -> bool:
    """Whether an agent noun is plural, as tagged or as a title head with an "s" the tagger
    reads as a name's ("Prime Ministers")."""
    word = head.lower_
    return head.tag_ in ("NNS", "NNPS") or (word.endswith("s") and word[:-1] in _TITLE_HEADS)


def _as_people(doc: Doc, m: _Mention, nationals: dict[int, int]) -> _Mention:
    """A plural demonym without "the" names people, the civilians of its country, not the
    state ("Hongkongers have protested", "two Americans were held"); "the Americans" may
    be the state's side in talks. So does one naming a private person's nationality
    (`nationals`, their starts and their nouns' indices: "an American singer"), and a singular
    demonym as a noun, one person of the country (`_one_national`: "the Brazilian won the
    race")."""
    head = doc[m.end - 1]
    if m.kind is ActorKind.COUNTRY and _one_national(doc, m):
        return replace(m, kind=ActorKind.SECTOR, entry=None, sector="civilians", political=False)
    if m.kind is ActorKind.COUNTRY and m.start in nationals:
        return _Mention.of_span(
            doc[m.start : nationals[m.start] + 1],
            ActorKind.SECTOR,
            country=m.country,
            sector="civilians",
            political=False,
        )
    if (
        m.form is not Form.DEMONYM
        or head.tag_ not in ("NNS", "NNPS")
        or head.dep_ == "compound"
        or any(t.lower_ == "the" or t.dep_ == "poss" for t in head.lefts)
    ):
        return m
    return replace(m, kind=ActorKind.SECTOR, entry=None, sector="civilians", political=False)


def _one_national(doc: Doc, m: _Mention) -> bool:
    """Whether a demonym is a singular noun of its own, not a modifier, whose plural the
    gazetteer knows as the same country's ("the Italian", "a Pakistani"): one person of the
    country; a demonym with no plural of its own may be the nation ("the French", "the
    Chinese" rejected the plan)."""
    head = doc[m.end - 1]
    # A noun by its place in the clause (the tagger may read "the Ecuadorian" an adjective),
    # that the model reads as a people's word, not a place's ("the Vatican").
    noun = head.dep_ in _NOUN_DEPS and any(t.dep_ == "det" for t in head.lefts)
    noun = noun and head.ent_type_ == "NORP"
    if m.form is not Form.DEMONYM or not noun or head.tag_ in ("NNS", "NNPS"):
        return False
    plural = load_gazetteer().lookup(f"{m.text}s")
    return (
        m.entry is not None
        and plural is not None
        and plural[1] is Form.DEMONYM
        and plural[0].id == m.entry.id
    )


# Where a word stands as a noun of its own: a subject, an object, a preposition's object.
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr", "poss"})


def _named_by_unknown(doc: Doc, start: int, end: int, places: list[_Place]) -> bool:
    """Whether a name no country or place is modifies the agent ("Artsakh soldiers", "Zorlan
    rebels"): they belong to that side, whose state is unknown, unless a place they are "in"
    or "of" is named; guessing the country near them would often give the very state they
    fight. The name is one word the model tags a place or a person, as it does unknown
    peoples and regions: a creed it tags NORP ("Maoist rebels"), a party or a title
    ("Labour MP", "Vice President") is no side of its own, nor is a longer name, a county or
    a state of the country ("Bartholomew County Sheriff's Department"); such agents stay
    their country's, as Phoenix codes them. (Its civilians, a people, are those of where
    they live: the caller asks only for political agents.)"""
    placed = end < len(doc) and doc[end].lower_ in _OWNER_WORDS  # "separatists in Pakistan"
    if start == 0 or any(p.end == start or (placed and p.start == end + 1) for p in places):
        return False
    name = doc[start - 1]
    return (
        name.pos_ == "PROPN"
        and name.ent_type_ in ("PERSON", "GPE", "LOC")
        and name.ent_iob_ == "B"
        and doc[start].ent_iob_ != "I"
        and name.lower_ not in _TITLE_WORDS
        and name.dep_ in ("compound", "amod")
        and name.head.i == end - 1
    )


def _officers_sense(
    doc: Doc,
    gaz: Gazetteer,
    code: str,
    end: int,
    named_agents: list[tuple[int, int, str]],
    bodies: list[_Mention],
) -> str | None:
    """The sector of "officers", "troopers", "deputies" (codes joined by "|") that no agent
    named before tells: the first of its sectors named after in its sentence or the next
    ("officers shot a man, police said"); else, with no word on it ("an officer", "two
    troopers"; not "a medical officer", "Israeli officers", "his deputy") in an article that
    names no other body of its sectors nor an armed side, the police, who keep order at home
    (WordNet's policeman, state trooper, deputy sheriff)."""
    codes = code.split("|")
    sent = doc[end - 1].sent
    # Told in its own sentence or the next: "An officer shot a man. Police said ...".
    near = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    after = [c for s, _, c in named_agents if end <= s < near and c in codes]
    if after:
        return after[0]
    if any(c.dep_ in ("amod", "compound", "poss") for c in doc[end - 1].lefts):
        return None
    home = [c for c in codes if gaz.sectors[c].name in _HOME]
    others = {gaz.sectors[c].name for c in codes if c not in home} | ARMED_SECTORS
    told = {gaz.sectors[c].name for _, _, c in named_agents if "|" not in c}
    told |= {b.entry.sector for b in bodies if b.entry is not None and b.entry.sector}
    heads = (gaz.head_agent_codes(b.text.lower().split()) for b in bodies)
    told |= {gaz.sectors[c].name for codes_of_body in heads for c in codes_of_body}
    return home[0] if home and not told & others else None


def _named_force(doc: Doc, bodies: list[_Mention], start: int, end: int) -> list[_Mention]:
    """The article's only body named earlier with a place before the agent's word ("police"
    after "Thames Valley Police"): a bare agent is that force, not its country's guessed from
    the article (a place the gazetteer lacks tells no country)."""
    if end - start != 1 or any(t.pos_ == "PROPN" or t.ent_type_ for t in doc[start].lefts):
        return []  # "Kurdish fighters" after "Houthi fighters": another side
    word = doc[start].lower_
    named = {
        b.entry.id if b.entry else b.text: b
        for b in bodies
        if b.end <= start and b.end - b.start > 1 and doc[b.end - 1].lower_ == word
    }
    return list(named.values()) if len(named) == 1 else []


def _main_country(doc: Doc, matches: list[Match], places: list[_Place]) -> str | None:
    """The country an article names most, itself or by a state's own body ("the US House of
    Representatives"), or if it names none, the one its towns are in ("Chicago"; a town the
    model takes for a place, not a word the place gazetteer alone reads as one)."""
    bodies = (ActorKind.COUNTRY, ActorKind.ORGANISATION)
    counts = Counter(m.entry.country for m in matches if m.entry.kind in bodies and m.entry.country)
    return _most_named(
        counts or Counter(p.country for p in places if doc[p.start].ent_type_ == "GPE")
    )


def _most_named(counts: Counter[str]) -> str | None:
    """The country named more often than any other, if one is."""
    top = counts.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


def _headline_country(
    headline: Headline | None, states: list[Match], gaz: Gazetteer, published: date | None
) -> str | None:
    """The country of a headline kept apart from its text, whose `states` are
    `_headline_states`: the state that is its subject ("Peru readies a budget for the Lima
    region"), else the one it names most, else that of the office-holders it names, by
    surname too ("Senators overturn Milei's veto")."""
    if headline is None:
        return None
    doc = headline.doc
    found = gaz.find([t.text for t in doc])
    # One state as the subject, not one of several ("Pakistan and Afghanistan agree").
    subject = [
        m.entry.country
        for m in states
        if (token := doc[m.end - 1]).dep_ == "nsubj" and not token.conjuncts
    ]
    holders = Counter(
        m.entry.country
        for m in found
        if m.entry.kind is ActorKind.PERSON and m.entry.country and _role_on(m.entry, published)
    )
    return (
        (subject[0] if len(subject) == 1 else None)
        or _main_country(doc, states, [])
        or _most_named(holders)
    )


def _headline_states(headline: Headline | None, gaz: Gazetteer) -> list[Match]:
    """The states a headline kept apart names, not one's name inside a longer one ("Gaza
    City", "Latin America")."""
    if headline is None:
        return []
    doc = headline.doc
    return [
        m
        for m in gaz.find([t.text for t in doc])
        if m.entry.kind is ActorKind.COUNTRY
        and (
            _office_of(doc, m)
            or (doc[m.start].ent_iob_ != "I" and (m.end == len(doc) or doc[m.end].ent_iob_ != "I"))
        )
    ]


def _office_of(doc: Doc, m: Match) -> bool:
    """Whether a state is the one of an office word before it, which the model may run into
    the holder's name ("Prime Minister of Slovakia Igor Matovic")."""
    return m.start > 1 and doc[m.start - 1].lower_ == "of" and is_office_word(doc[m.start - 2].text)


def _coordinated_before(first: Match, countries: list[Match], lower: list[str]) -> list[Match]:
    """The countries coordinated before the one an agent follows ("Danish and" in "Danish
    and Swedish officials")."""
    found = []
    k = first.start
    while k > 1 and lower[k - 1] in (",", "and", "or"):
        prev = [m for m in countries if m.end == k - 1 and m.form is not Form.SHORT]
        if not prev:
            break
        found.append(prev[0])
        k = prev[0].start
    return found


def _coordinated_after(first: Match, countries: list[Match], lower: list[str]) -> list[Match]:
    """The countries coordinated after the one an agent is "of" ("Bolivia and Ecuador" in
    "the ministers of Peru, Bolivia and Ecuador")."""
    found = []
    k = first.end
    while k + 1 < len(lower) and lower[k] in (",", "and", "or"):
        k += 1 + (lower[k] == "," and lower[k + 1] in ("and", "or"))
        following = [m for m in countries if m.start == k and m.form is not Form.SHORT]
        if not following:
            break
        found.append(following[0])
        k = following[0].end
    return found


def _places(
    doc: Doc,
    mentions: list[_Mention],
    matches: list[Match],
    toponyms: Sequence[Toponym],
    spans: list[_PlaceSpan],
) -> list[_Place]:
    """The countries the gazetteer found (not those negated: "pro-Russian"), then the
    article's towns and regions, a state's name read as a person's home region among them
    ("Ann Roe of Georgia": the US state, `_place_spans`), but for names that are another
    kind of actor ("MDC", a party, is also a town's name)."""
    regions = {(s, e): c for s, e, c, kind in spans if kind == "region"}
    found = [
        _Place(m.start, m.end, str(m.entry.country), town=False)
        for m in matches
        if m.entry.kind is ActorKind.COUNTRY and m.entry.country
    ]
    places = (ActorKind.LOCATION, ActorKind.COUNTRY)
    others = {i for m in mentions if m.kind not in places for i in range(m.start, m.end)}
    for t in toponyms:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        # A name the model tags a people is no town ("Catalan police": no Turkish Çatalan),
        # nor is a sea's, which is no state's ("Red Sea trade": not Sudan's Red Sea state).
        if span is None or span.root.ent_type_ == "NORP" or names_water(span):
            continue
        region = regions.get((span.start, span.end))
        country = region or t.country
        # Countries: the gazetteer's own, but one read as a region, and a place no actor's
        # name that the places data reads as its state ("in Kasai": DR Congo, `places.py`).
        inside = (
            t.kind not in ("country", "continent")
            or region is not None
            or (t.kind == "country" and load_gazetteer().lookup(span.text) is None)
        )
        if inside and country and others.isdisjoint(range(span.start, span.end)):
            found.append(_Place(span.start, span.end, country, town=True))
    return found


def _nearest_country(
    doc: Doc,
    start: int,
    end: int,
    places: list[_Place],
    *,
    political: bool,
    stays: bool,
    shun: set[str],
) -> str | None:
    """The country of an agent from its sentence: the one of the place it belongs to, named
    before it ("Leeds police", "Kent's chief constable") or after "in", "of" or "from"
    ("security forces in Guinea", "farmers near Amritsar", "villagers in eastern Ukraine"),
    else, for one acted on, of the place the act is done in ("Russian soldiers shelled the
    villagers in Ukraine": not the soldiers' demonym), else of the country named nearest to
    it, else of the town; never a destination ("sent troops to Hong Kong": the
    troops are not Hong Kong's), nor, for `political` agents (troops, envoys), a place they
    are withdrawn from (people extradited from Hong Kong are still Hong Kong's); a nearest
    country of `shun`, the state the agent's act is done to, is none."""
    sentence = doc[start].sent
    here = [p for p in places if sentence.start <= p.start < sentence.end]
    if political:
        here = [p for p in here if not _left(doc, p, end)]
    owner = start
    while owner > 0 and doc[owner - 1].lower_ in _TITLE_WORDS:
        owner -= 1  # "Kent's chief constable"
    owner -= owner > 0 and doc[owner - 1].text in _POSSESSIVES
    # A town's name of common words tells by standing before the agent or near it only where
    # the model tags it a place: "Federal District Judge" names a court, not Brazil's
    # Federal District (after "in" or "of" the phrase tells it is a place).
    common = common_words()
    named = [
        p
        for p in here
        if not p.town
        or doc[p.end - 1].ent_type_ in ("GPE", "LOC")
        or any(t.lower_ not in common for t in doc[p.start : p.end])
    ]
    for p in here:
        if (p.end == owner and p in named) or (
            p.start == end + 1 and doc[end].lower_ in _OWNER_WORDS
        ):
            return p.country
    site = _site_of_act(doc, end, here, stays=stays)
    if site is not None:
        return site.country
    here = [
        p
        for p in named
        if (p.start == 0 or doc[p.start - 1].lower_ not in _DESTINATIONS)
        and not _of_another_noun(doc, p, start, end)
    ]
    if not here:
        return None
    nearest = min(here, key=lambda p: (p.town, min(abs(p.start - end), abs(start - p.end))))
    return None if nearest.country in shun else nearest.country


def _of_another_noun(doc: Doc, place: _Place, start: int, end: int) -> bool:
    """Whether a place modifies a noun told of apart from an agent (`start`, `end`): people
    an act is of ("the murder of Dutch journalists") or a noun in a clause on another noun
    ("families of soldiers killed by Russian troops"), whose nationality tells nothing of the
    agent's; a state's body the sentence tells of ("the Saudi consulate", "the morale of the
    Afghan forces") may be its state in play."""
    token = doc[place.start : place.end].root
    while token.dep_ == "conj" and token.head != token:
        token = token.head  # "Russian and Syrian troops"
    noun = token.head
    # "protesters outside the US embassy", "near the embassy of Israel": whose the mission
    # is, which sits abroad, tells nothing of those outside it (those in it may be its own).
    mission = noun.head if token.dep_ == "pobj" and noun.lower_ == "of" else noun
    if is_mission(mission) and _outside(mission):
        return True
    # A nationality or a possessor ("Haitian migrants", "Russia's troops"), not a compound,
    # often a name the parse misreads ("granting Hong Kong autonomy").
    if token.dep_ not in ("amod", "poss", "nmod") or start <= noun.i < end:
        return False
    # Not of the agent's own act ("the abduction of two Nigerian priests by gunmen").
    act = noun.head.head
    people = (
        noun.dep_ == "pobj"
        and act.pos_ in ("NOUN", "PROPN")
        and is_person_noun(noun.lemma_)
        and not act.left_edge.i <= end - 1 <= act.right_edge.i
    )
    # Not the agent's own clause ("gunmen wearing uniforms in the Afghan capital").
    clauses = [t for t in noun.ancestors if t.dep_ in ("acl", "relcl") and t.head.i != end - 1]
    return people or any(not t.left_edge.i <= end - 1 <= t.right_edge.i for t in clauses)


def _outside(spot: Token) -> bool:
    """Whether a noun is a spot told from outside: "outside", "near", "opposite" or "in front
    of" it."""
    prep = spot.head
    if prep.lower_ == "of" and prep.head.lower_ == "front":
        prep = prep.head.head
        return prep.lower_ == "in"
    return spot.dep_ == "pobj" and prep.lower_ in ("outside", "near", "opposite")


def _names_state(doc: Doc, place: _Place, *, sector: str, bodies: dict[int, str]) -> bool:
    """Whether a place acted on names a state as a side: it is the argument itself ("blamed
    Kyiv", "sanctioned Iran") or names the country of a state's body of `sector` that is
    ("shelled Ukrainian forces", "accused Iran's government"; `bodies` the heads of a state's
    bodies with their sectors), not people ("arrested two Kenyan men")."""
    token = doc[place.end - 1]
    argument = token if token.dep_ in _ACTED_ON else token.head
    if argument.dep_ not in _ACTED_ON:
        return False
    if bodies.get(argument.i) == sector:
        return True
    # The state's own name, not one it ends ("told CNN Philippines": a medium).
    return place.start <= argument.i < place.end and all(
        c.i >= place.start for c in argument.children if c.dep_ == "compound"
    )


def _state_told_before(doc: Doc, start: int, places: list[_Place], starts: list[int]) -> str | None:
    """The country of the places the last sentence naming any before an agent's names, in
    the few of its paragraph (`starts`: the sentences' first tokens), if all are of one."""
    k = bisect_right(starts, start) - 1
    for j in range(k - 1, max(k - _STORY_SENTENCES, 0) - 1, -1):
        if "\n" in doc[starts[j + 1] - 1].text_with_ws:
            break  # the paragraph opens at j + 1
        told = {p.country for p in places if starts[j] <= p.start < starts[j + 1]}
        if told:
            return told.pop() if len(told) == 1 else None
    return None


def _site_told_before(doc: Doc, start: int, places: list[_Place], starts: list[int]) -> str | None:
    """The country of the place last told as where something happens in the few sentences of
    its paragraph before an agent's (`starts`: the sentences' first tokens), else in the
    story's first sentence, its headline ("Arrests made in theft of gold toilet in England"):
    one after a preposition of place ("in Oxfordshire, England", "in the city of El Paso"),
    not a country or a town acting or owning ("Mexico said", "Beijing will not step back")."""
    k = j = bisect_right(starts, start) - 1
    while j > 0 and k - j < _STORY_SENTENCES and "\n" not in doc[starts[j] - 1].text_with_ws:
        j -= 1
    first = starts[1] if len(starts) > 1 else len(doc)
    for begin, end in ((starts[j], starts[k]), (0, min(first, starts[k]))):
        sites = [p for p in places if begin <= p.start < end and _is_site(doc, p)]
        if sites:
            return max(sites, key=lambda p: p.start).country
    return None


def _headline_site(headline: Headline) -> str | None:
    """The country of the last place a headline kept apart from its text names as where
    something happens ("Arrests made in theft of gold toilet in England"): what a story's
    first sentence tells where the text opens with its headline (`_site_told_before`); only
    a place the text names too (`Headline`)."""
    doc = headline.doc
    places = [
        _Place(span.start, span.end, t.country, town=t.kind not in ("country", "continent"))
        for t in headline.toponyms
        if t.country
        and (span := doc.char_span(t.start, t.end, alignment_mode="expand")) is not None
    ]
    sites = [p for p in places if _is_site(doc, p)]
    return max(sites, key=lambda p: p.start).country if sites else None


def _is_site(doc: Doc, place: _Place) -> bool:
    """Whether a place is named as where something is: after a preposition of place, itself,
    in apposition or a list ("in Queens, New York"), or as the name of a place the phrase
    names ("in the border city of El Paso")."""
    token = doc[place.end - 1]
    if place.town and token.ent_type_ != "GPE":
        return False  # a word the place gazetteer alone reads as a town ("Al Noor Mosque")
    if not place.town and token.dep_ == "compound":
        return False  # "in front of the US embassy": a state's name tells whose, not where
    while True:
        while token.dep_ in ("appos", "conj", "compound") and token.head.i != token.i:
            token = token.head
        of = token.head
        if not (token.dep_ == "pobj" and of.lower_ == "of" and of.head.dep_ == "pobj"):
            break
        token = of.head
    return token.dep_ == "pobj" and token.head.lower_ in _SITE_PREPOSITIONS


def _site_of_act(doc: Doc, end: int, places: list[_Place], *, stays: bool) -> _Place | None:
    """The place an agent (ending at `end`) is in, first named in a phrase on it ("villagers
    in eastern Ukraine"), or, for one acted on or one who `stays` where it acts, the place the
    act is done in, in a phrase on its verb ("villagers were shelled in eastern Ukraine",
    "arrested farmers at a market in Lao Cai", "protesters gathered outside the Japanese
    embassy in Beijing": a place where, before a modifier's)."""
    head = doc[end - 1]
    verb = head.head
    sites = [(head, _OWNER_WORDS)]
    doer = stays and head.dep_ == "nsubj"
    if (head.dep_ in _ACTED_ON or doer) and verb.pos_ in ("VERB", "AUX"):
        sites.append((verb, _SITE_PREPOSITIONS))
    for token, words in sites:
        inside = [
            p
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ in words
            for p in places
            if prep.i < p.start <= prep.right_edge.i
        ]
        if inside:
            return min(inside, key=lambda p: not _is_site(doc, p))
    return None


def _places_in(noun: Token, places: list[_Place]) -> list[_Place]:
    """The places named inside a noun's phrase."""
    return [p for p in places if noun.left_edge.i <= p.start <= noun.right_edge.i]


def _site_places(site: Token, places: list[_Place]) -> list[_Place]:
    """The places a site is in: those inside its phrase, else where the act done to it, as
    its verb's object, was done ("a bomb struck a police station in Kandahar", the "in" read
    on the verb)."""
    inside = _places_in(site, places)
    if inside or site.dep_ not in ("dobj", "nsubjpass"):
        return inside
    return [p for o in prep_objects(site.head, ("in",)) for p in _places_in(o, places)]


def _places_of_others(
    doc: Doc, end: int, places: list[_Place], *, travels: bool, armed: bool
) -> tuple[list[_Place], list[_Place]]:
    """The places inside another argument of the clause of an agent that does the act, which
    tell nothing of its country: the nationality of one acted on ("arrested two Kenyan
    men", "Syrian refugees were beaten by police"; not "blocked streets in Hong Kong")
    and, for agents who travel (`travels`), any place in the verb's object or phrases ("held talks
    in Geneva with Iranian envoys", "raised concerns over the Russian takeover"); police,
    courts and people act where they are ("arrested them at a store in Leeds"). For `armed`
    agents, what their act aims at is acted on too (`_aimed_at`). Returns those acted on,
    then those in phrases."""
    head = doc[end - 1]
    verb = next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX")), None)
    own = next((t for t in [head, *head.ancestors] if t.head == verb), None)
    if verb is None or own is None or own.dep_ not in ("nsubj", "agent"):
        return [], []  # only the doer's: those acted on are often of the doer's country
    acted_on, phrases = [], []
    for p in places:
        token = doc[p.start]
        path = [token, *token.ancestors]
        if head in path or verb not in path:
            continue
        branch = path[path.index(verb) - 1]
        between = path[: path.index(verb) - 1]
        if branch == own or branch.lower_ == "according":
            continue  # the agent's own phrase, or who tells of the act
        if any(t.pos_ in ("VERB", "AUX") for t in between):
            continue  # another clause
        # Of what is acted on, only a place it names itself: a phrase inside it tells where
        # ("blocked streets in Hong Kong"), but not for those who travel ("held talks in X").
        named = all(t.dep_ != "prep" for t in between)
        if (branch.dep_ in _ACTED_ON and named) or (
            armed and not p.town and _aimed_at(branch, between)
        ):
            acted_on.append(p)
        elif travels and (branch.dep_ in _ACTED_ON or branch.dep_ in ("prep", "agent")):
            phrases.append(p)
    return acted_on, phrases


def _aimed_at(branch: Token, between: list[Token]) -> bool:
    """Whether a place (`between` the tokens up from it to `branch`, an argument of a verb)
    names what an armed act aims at: the verb's "at", "on" or "against" phrase ("fired at
    the Russian consulate"), or such a phrase of an attack or arms it acts with ("staged
    attacks on US bases", "fired rockets at the US embassy"); not a place a phrase inside
    it tells where the target is ("at a base in Iraq"), nor a settlement or land named
    ("an attack on a Nigerian village"): both are where the act happens."""
    preps = [t for t in between if t.dep_ == "prep"]
    if branch.dep_ == "prep":
        aim = None if preps else branch
    else:
        one = len(preps) == 1 and preps[0].head == branch and branch.dep_ in _ACTED_ON
        aim = preps[0] if one and _attack_or_arms(branch) else None
    targets = [] if aim is None else [t.lemma_.lower() for t in aim.children if t.dep_ == "pobj"]
    return (
        aim is not None
        and aim.lower_ in _AIMS
        and not any(t in PLACE_NOUNS or t in _LAND_NOUNS for t in targets)
    )


def _attack_or_arms(noun: Token) -> bool:
    """Whether a noun names an attack or arms, which an act aims with ("attacks", "rockets")."""
    lexicon, lemma = load_lexicon(), noun.lemma_.lower()
    return lemma in lexicon.arms or lexicon.nouns.get(lemma, (None,))[0] is EventType.ASSAULT


def _places_of_doers(
    doc: Doc, end: int, places: list[_Place], *, agents: set[int], abroad: set[int]
) -> list[_Place]:
    """The places on what does the act an agent of civil society (ending at `end`) is acted
    on by, where it may act abroad: a weapon, an attack, a state named or its troops or
    government (`abroad` their tokens), which name the doer, not those acted on: "a Russian
    missile killed four children", "Saudi airstrikes killed 20 civilians", "Israeli soldiers
    shot two teenagers", "Iran detained an academic" (not another body of people, `agents`
    their tokens, who act at home: "Turkish police detained journalists")."""
    head = doc[end - 1]
    own = next((t for t in [head, *head.ancestors] if t.head.pos_ in ("VERB", "AUX")), None)
    if own is None:
        return []
    verb = own.head
    # "were killed in a Russian strike", "died in an Israeli air raid": the words before an
    # attack the act is told done in name its doer, the dead a verb's subject.
    nouns = load_lexicon().nouns
    attacks = [
        o
        for o in prep_objects(verb, ("in", "during"))
        if nouns.get(o.lemma_.lower(), (None,))[0] is EventType.ASSAULT
    ]
    by_attack = [p for p in places for a in attacks if a.left_edge.i <= p.start < a.i]
    if own.dep_ not in _ACTED_ON:
        return by_attack if own.dep_ == "nsubj" else []
    if not any(c.dep_ in ("nsubj", "agent") for c in verb.children) and verb.dep_ in _GOES_ON:
        verb = verb.head  # "Russian jets bombed a market, killing nine villagers"
    states = {i for p in places if not p.town for i in range(p.start, p.end)}
    things = [
        d
        for c in verb.children
        for d in ([c] if c.dep_ == "nsubj" else [g for g in c.children if g.dep_ == "pobj"])
        if c.dep_ in ("nsubj", "agent")
        and (
            d.i in abroad
            or d.i in states
            or (
                d.i not in agents
                and d.ent_type_ not in PEOPLE_ENTITIES
                and not is_person_noun(d.lemma_)
                and not is_institution_word(d.lemma_)
            )
        )
    ]
    return [
        *(p for p in places for d in things if d.left_edge.i <= p.start <= d.right_edge.i),
        *by_attack,
    ]


def _attacked(noun: Token) -> bool:
    """Whether a noun is what a verb of attack acts on ("killing four people"; not "arrested
    a man", "sentenced two smugglers": a state does that at home)."""
    verb = load_lexicon().verbs.get(noun.head.lemma_.lower())
    return noun.dep_ in _ACTED_ON and verb is not None and verb[0] is EventType.ASSAULT


def _sponsored(doc: Doc, end: int) -> bool:
    """Whether an agent (ending at `end`) is the one a verb has do what its infinitive tells
    ("Moscow paid militants to attack", "bribed fighters to ...", "paid bounties to gunmen to
    kill"): who pays, hires or urges others to act tells nothing of their country, nor does
    whom they act on."""
    head = doc[end - 1]
    verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "to" else head.head
    return (
        head.dep_ in ("dobj", "dative", "pobj")
        and verb.pos_ == "VERB"
        and any(c.dep_ == "nsubj" for c in verb.children)
        and any(
            c.dep_ in ("xcomp", "advcl")
            and c.i > head.i
            and not any(d.dep_ in ("nsubj", "nsubjpass", "mark") for d in c.children)
            and any(d.dep_ == "aux" and d.tag_ == "TO" for d in c.children)
            for c in verb.children
        )
    )


def _left(doc: Doc, place: _Place, end: int) -> bool:
    """ "withdrew its troops from Syria", "pulled its troops out of Syria": a place the agents
    are taken from, its "from" on the verb they are the object of, is no more theirs than a
    destination is (not "troops from Chad", where it hangs on the agents, nor where other
    agents are)."""
    verb = doc[end - 1].head
    return verb.pos_ in ("VERB", "AUX") and any(
        word == "from" and place.start <= o.i < place.end
        for word, prep in prepositions(verb)
        for o in prep.children
        if o.dep_ == "pobj"
    )


def _former_at(doc: Doc, i: int) -> int | None:
    """Where "former" or the prefix "ex-" starts right before token `i`, telling that what
    it names held a post before; None if neither does."""
    if i > 0 and doc[i - 1].lower_ == "former":
        return i - 1
    return i - 2 if i > 1 and _ex_prefix(doc[i - 2]) else None


def _ex_prefix(token: Token) -> bool:
    """Whether a token is the "ex" of the prefix "ex-" the tokenizer splits off
    ("ex-president"), no noun of a former partner."""
    doc = token.doc
    return (
        token.lower_ == "ex"
        and not token.whitespace_
        and token.i + 1 < len(doc)
        and doc[token.i + 1].text == "-"
    )


def _headline_people(
    headline: Headline | None, gaz: Gazetteer, published: date | None
) -> list[_Mention]:
    """The known people a headline kept apart from the text names by a name of their own,
    each with the role they held on the article's date: named before all of the text."""
    if headline is None:
        return []
    doc = headline.doc
    return [
        _Mention.of_span(
            doc[m.start : m.end],
            ActorKind.PERSON,
            text=m.entry.name,
            entry=m.entry,
            form=m.form,
            country=m.entry.country,
            role=_role_on(m.entry, published),
            political=m.entry.political,
        )
        for m in gaz.find([t.text for t in doc])
        if m.entry.kind is ActorKind.PERSON and m.form in (Form.NAME, Form.ALIAS)
    ]


def _bare_titles(
    doc: Doc,
    mentions: list[_Mention],
    gaz: Gazetteer,
    lower: list[str],
    first: list[_Mention],
    published: date | None,
) -> list[_Mention]:
    """Mentions of "the president" or "the former president" (no country, no name) as the
    one person named with that role before it (`_holders_named`, unresolved if several);
    none when no such person was named. The
    people of a headline kept apart (`first`) are named before the text, each only by the
    very role they hold ("the president" is no former one)."""
    offices = {words for _, words in gaz.office_words}
    taken = {i for m in mentions for i in range(m.cover, m.end)}
    people = sorted(
        (m for m in mentions if m.kind is ActorKind.PERSON and m.role and not m.unresolved),
        key=lambda m: m.start,
    )
    found = []
    for i in (i for i, w in enumerate(lower) if w == "the" and i + 1 not in taken):
        for n in (3, 2, 1):
            words = " ".join(lower[i + 1 : i + 1 + n])
            span = doc[i + 1 : i + 1 + n]
            # "the former president": the last person named a former holder of the office.
            if len(span) < n or words.removeprefix("former ") not in offices:
                continue
            if span.end < len(doc) and (_is_name_word(doc[span.end]) or doc[span.end].text == "of"):
                break  # a name or "of Russia" follows: not a bare title
            earlier = [m for m in first if (m.role or "").lower() == words]
            holders = _holders_named(earlier + [m for m in people if m.end <= i], words, published)
            if holders:
                found.append(_as_holder(span, holders))
            break
    return found


def _named_before(mentions: list[_Mention], start: int) -> list[_Mention]:
    return [m for m in mentions if m.end <= start and not m.unresolved]


def _holders_named(people: list[_Mention], office: str, published: date | None) -> list[_Mention]:
    """The people of `people` who hold `office` ("governor", "prime minister"), one mention
    each: the holder a later bare title ("the governor") stands for where there is one. Of
    several, not one the dictionary has out of it on the article's date ("former US
    Vice-President Joe Biden", read "President", in 2020)."""
    holders = {
        m.actor_id: m for m in people if m.kind is ActorKind.PERSON and _holds(m.role, office)
    }
    serving = [
        m
        for m in holders.values()
        if m.entry is None
        or m.entry.role is None
        or _holds(load_gazetteer().role_on(m.entry, published), office)
    ]
    return serving if len(holders) > 1 else list(holders.values())


def _as_holder(span: Span, holders: list[_Mention]) -> _Mention:
    """A bare title ("the governor") as the one person the article named holding it; where
    it named several, unresolved (which of them, the text does not settle)."""
    one = holders[0]
    return _Mention.of_span(
        span,
        ActorKind.PERSON,
        text=one.text,
        entry=one.entry,
        form=Form.ALIAS,
        country=one.country,
        role=one.role,
        sector=one.sector,
        political=one.political,
        gender=one.gender,
        unresolved=len(holders) > 1,
    )


def _plausible(span: Span, label: str) -> bool:
    """Reject NER junk: page furniture, dates, lowercase phrases, singular adjectives."""
    text = normalise(span.text)
    # A body's full name runs longer ("United States Commission on International Religious
    # Freedom"): a name holding a word of a body's kind may have ten words, others six.
    body = label == "ORG" and any(t.lower_ in _BODY_NAME_WORDS for t in span)
    if len(text) < 2 or not text[0].isupper() or len(span) > (10 if body else 6):
        return False
    if text.lower() in _JUNK or all(t.is_stop or t.is_punct for t in span):
        return False
    if all(t.vocab[t.lower_.removesuffix("s")].like_num for t in span):
        return False  # a number capitalised opening a sentence ("Millions protested")
    if label == "PERSON":
        # No person's name holds a digit: a model's ("RAV4 Hybrid", "Nighthawk X4").
        return not any(c.isdigit() for c in text) and all(
            t.text[0].isupper() or t.lower_ in _NAME_PARTICLES or t.is_punct or _hyphened(t)
            for t in span
        )
    if not all(t.text[0].isupper() or t.text[0].isdigit() or t.is_stop or t.is_punct for t in span):
        return False  # a lowercase content word: a phrase, not a name ("Garrett hit Rudolph")
    # An unknown NORP is kept as a group only when plural ("Republicans", not "Western"), or
    # as a party's word on its leading people ("the Democratic leadership": the party).
    return label != "NORP" or text.endswith("s") or _party_leading(span)


def _hyphened(token: Token) -> bool:
    """Whether a word in lower case is the second half of a hyphened given name ("Min-jun",
    "Won-soon"), a syllable after a capitalised one: the name's, written so; not a
    participle after a name ("Sanders-led", "Obama-backed") nor a product's ("Youtube-dl")."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-" or doc[token.i - 2].whitespace_:
        return False
    first = doc[token.i - 2]  # a name's syllable, not a word in lower case ("youtube-dl")
    named = (first.text[0].isupper() and len(first) <= 5) or _hyphened(first)
    return named and len(token) <= 4 and token.tag_ not in ("VBN", "VBD", "VBG")


# The parties' own words ("democratic"), as `_link_parties` reads a name.
_PARTY_WORDS = {w.lower(): w for w in _PARTY_MEMBERS.values()}
_PARTY_LEADING = set(_WORDS["party_leading"])


def _party_leading(span: Span) -> bool:
    """Whether a name is a party's word (`party_members`: "Democratic", "Conservative") on a
    noun of its leading people ("the Democratic leadership", "Conservative officials")."""
    head = span.root.head
    return (
        span.text in _PARTY_MEMBERS.values()
        and head.pos_ == "NOUN"
        and head.lemma_ in _PARTY_LEADING
    )


def _holds(role: str | None, office: str) -> bool:
    """Whether a role is `office`, not a lower rank of it nor a past or future one ("Vice
    President", "Lieutenant Governor", "former President" hold no presidency or governorship
    now)."""
    words, office_words = (role or "").lower().split(), office.split()
    below = words[-len(office_words) - 1 : -len(office_words)]
    return words[-len(office_words) :] == office_words and not set(below) & (
        _BELOW | _ROLE_PREFIXES
    )


def _political(m: _Mention) -> bool:
    """Whether a mention names a political actor (the event gate's question)."""
    role = {w.lower() for w in (m.role or "").split()}
    if m.political or (m.entry is not None and m.entry.political) or role & _POLITICAL_HEADS:
        return True
    if m.entry is not None or m.kind is ActorKind.PERSON:
        return False
    if m.kind is ActorKind.ORGANISATION:
        return not _INSTITUTION_WORDS.isdisjoint(m.text.lower().split())
    return m.kind in (ActorKind.COUNTRY, ActorKind.GOVERNMENT, ActorKind.GROUP)


def _sector_name(sector: str, country: str | None) -> str:
    """ "United Kingdom police": a generic agent's name, its country's before its sector."""
    where = load_gazetteer().country(country).name if country else None
    return f"{where} {sector}" if where else sector


def _role_on(entry: Entry | None, published: date | None) -> str | None:
    """The role a known person held on the article's date, where the text tells none."""
    role = load_gazetteer().role_on(entry, published) if entry else None
    return role if role is None or entry is None or role == entry.role else _title_case(role)


def armed_group(country: str | None) -> Actor:
    """The unidentified armed actor of a country, as Phoenix files an assailant or a gunman
    (UAF): whoever attacks for a cause unnamed."""
    return sector_actor("armed group", country)


def sector_actor(sector: str, country: str | None) -> Actor:
    """The generic actor of a political sector of a country ("United Kingdom police"), as
    its agent word named would be."""
    return Actor(
        id=_name_id(ActorKind.SECTOR, sector, sector, country),
        name=_sector_name(sector, country),
        kind=ActorKind.SECTOR,
        country=country,
        sector=sector,
        political=True,
    )


def _build(doc: Doc, mentions: list[_Mention], published: date | None) -> ArticleActors:
    mentions.sort(key=lambda m: m.start)
    grouped: dict[str, list[_Mention]] = {}
    for m in mentions:
        grouped.setdefault(m.actor_id, []).append(m)
    actors = []
    for actor_id, group in grouped.items():
        entry = group[0].entry
        surfaces = list(dict.fromkeys(m.text for m in group))
        name = entry.name if entry else max(surfaces, key=len)
        roles = [m.role for m in group if m.role]
        countries = [m.country for m in group if m.country]
        country = (entry.country if entry else None) or (countries[0] if countries else None)
        sector = (entry.sector if entry else None) or group[0].sector
        if group[0].kind is ActorKind.SECTOR:
            name = _sector_name(str(sector), country)
        actors.append(
            Actor(
                id=actor_id,
                name=name,
                kind=entry.kind if entry else group[0].kind,
                country=country,
                aliases=[s for s in surfaces if s != name],
                role=roles[0] if roles else _role_on(entry, published),
                mentions=len(group),
                sector=sector,
                political=any(map(_political, group)),
            )
        )
    token_actor: dict[int, str] = {}
    for m in mentions:
        for i in range(m.cover, m.end):
            token_actor.setdefault(i, m.actor_id)
    spans = [(m.start_char, m.end_char, m.actor_id) for m in mentions]
    return ArticleActors(actors, doc, token_actor, spans)
