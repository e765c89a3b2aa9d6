"""The PLOVER trigger lexicon (`data/plover_triggers.json`) with the CAMEO verb dictionary
(`data/cameo_verbs.json`) and the WordNet word lists, loaded once per process for every reader:
the event coder (ingest.nlp.events), the actor reader (ingest.nlp.actors), which reads the
acts of force an agent word is compounded on ("a police raid"), and the stages after it
(ingest.nlp.parse, political, event_dating, event_places), which read its verbs and nouns where
they re-read headlines, gate, date and place events."""

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import product
from pathlib import Path
from typing import Any

from graph.models import QUAD_CLASS, EventType, QuadClass
from ingest.nlp.gazetteer import common_words
from ingest.nlp.model import loaded_once

LEXICON_PATH = Path(__file__).parent.parent / "data" / "plover_triggers.json"
VERBS_PATH = Path(__file__).parent.parent / "data" / "cameo_verbs.json"
ANIMALS_PATH = Path(__file__).parent.parent / "data" / "animal_nouns.txt"
AILMENTS_PATH = Path(__file__).parent.parent / "data" / "ailment_nouns.txt"
MISHAPS_PATH = Path(__file__).parent.parent / "data" / "mishap_nouns.txt"
ARMS_PATH = Path(__file__).parent.parent / "data" / "arms_nouns.txt"
CONTENTS_PATH = Path(__file__).parent.parent / "data" / "content_nouns.txt"
QUALITIES_PATH = Path(__file__).parent.parent / "data" / "quality_nouns.txt"
ARTIFACTS_PATH = Path(__file__).parent.parent / "data" / "artifact_nouns.txt"
LEISURE_PATH = Path(__file__).parent.parent / "data" / "leisure_nouns.txt"
WORKS_PATH = Path(__file__).parent.parent / "data" / "work_nouns.txt"
CENSURE_PATH = Path(__file__).parent.parent / "data" / "censure_nouns.txt"
OFFENCES_PATH = Path(__file__).parent.parent / "data" / "offence_nouns.txt"
OFFENDING_PATH = Path(__file__).parent.parent / "data" / "offence_verbs.txt"
POLITICAL_OFFENDING_PATH = Path(__file__).parent.parent / "data" / "political_offence_verbs.txt"
POLITICAL_OFFENCES_PATH = Path(__file__).parent.parent / "data" / "political_offence_nouns.txt"
SPORT_PATH = Path(__file__).parent.parent / "data" / "sport_nouns.txt"
MONEY_PATH = Path(__file__).parent.parent / "data" / "money_nouns.txt"
MEDICINES_PATH = Path(__file__).parent.parent / "data" / "medicine_nouns.txt"
FOODS_PATH = Path(__file__).parent.parent / "data" / "food_nouns.txt"
POSSESSION_PATH = Path(__file__).parent.parent / "data" / "possession_verbs.txt"
OPINIONS_PATH = Path(__file__).parent.parent / "data" / "opinion_verbs.txt"
DESIRES_PATH = Path(__file__).parent.parent / "data" / "desire_verbs.txt"
AGAIN_PATH = Path(__file__).parent.parent / "data" / "again_verbs.txt"
STATIVE_PATH = Path(__file__).parent.parent / "data" / "stative_verbs.txt"
OBJECT_VERBS_PATH = Path(__file__).parent.parent / "data" / "object_verbs.txt"
CRITICISMS_PATH = Path(__file__).parent.parent / "data" / "criticism_verbs.txt"
CLAUSES_PATH = Path(__file__).parent.parent / "data" / "clause_verbs.txt"
SAYINGS_PATH = Path(__file__).parent.parent / "data" / "saying_verbs.txt"

# The quad classes of cooperation and of material acts, by which the lexicon and the coder read
# an act's kind.
COOPERATIVE = frozenset({QuadClass.VERBAL_COOPERATION, QuadClass.MATERIAL_COOPERATION})
# CAMEO's appeal (026) and intent (036) to meet or negotiate, and its halt to negotiations (164).
_MEETING_CODES = frozenset({"026", "036"})
_HALTING_CODE = "164"
_HOSTED_CODE = "043"  # CAMEO's "host a visit"
# The lexicon's protests that gather people ("rally", "riot"), not strikes or boycotts.
_GATHERED = frozenset({"demonstration", "riot"})
MATERIAL = frozenset({QuadClass.MATERIAL_COOPERATION, QuadClass.MATERIAL_CONFLICT})


_Sense = tuple[EventType, str | None]
# One element of a verb pattern: the phrases that satisfy it, each a head word with the
# modifiers it must carry ("military aid"); a synset gives several.
Element = tuple[tuple[str, frozenset[str]], ...]


@dataclass(frozen=True)
class Pattern:
    """A sense of a verb in the CAMEO dictionary: what is found around it, and its type."""

    type: EventType | None  # None: the verb is no event in this sense ("seize the moment")
    mode: str | None
    subject: tuple[Element, ...]
    words: tuple[Element, ...]
    preps: tuple[tuple[str, Element | None], ...]
    weight: int  # words it asks for: the most specific pattern found wins
    needs: tuple[frozenset[str], ...]  # per element, the words one of which must be there
    reverse: bool  # the act is done to the subject ("faced criticism", CAMEO's "[:111]")

    @property
    def objects(self) -> tuple[Element, ...]:
        """What it names after the verb: its words, then its prepositions' objects."""
        return (*self.words, *(o for _, o in self.preps if o))

    @property
    def by_subject(self) -> bool:
        """Whether the sense is read from the verb's subject alone ("warplanes pounded")."""
        return not self.objects


@dataclass(frozen=True)
class Lexicon:
    """The trigger lexicon, keyed for lookup by lemma."""

    cameo: dict[str, tuple[Pattern, ...]]  # CAMEO verbs' patterns, most specific first
    verbs: dict[str, tuple[EventType, str | None]]
    phrasal: dict[str, tuple[EventType, str | None]]
    nouns: dict[str, tuple[EventType, str | None]]
    verb_object: dict[str, tuple[EventType | None, str | None]]
    # "crush protest": the pairs of `verb_object` that are force on a gathering, an act only
    # with whom it is done to named ("crushed the rally in bonds" is a market's)
    repression: frozenset[str]
    partnered: dict[str, tuple[EventType, str | None]]
    restricting: frozenset[str]  # "ban", "banish": partnered verbs done to a party as a whole
    light_verbs: frozenset[str]
    occurrence: frozenset[str]  # "riots broke out", "aid arrived": their subject happened
    absence: frozenset[str]  # light verbs that deny their noun's act: "skipped the talks"
    departing: frozenset[str]  # "leave", "depart": forces leaving a place withdraw from it
    disbanding: frozenset[str]  # "disband", "dissolve": forces disbanding demobilise
    refusing: frozenset[str]  # "deny", "rule out": their gerund's act was not done
    # "involvement", "role", "link": what CAMEO's denials of responsibility (016) deny, but
    # for words said and attacks ("accusation", "attack")
    parts: frozenset[str]
    # "protest", "clash": words whose CAMEO patterns read disapproval of what their "over"
    # names ("PROTEST OVER ATTACK"), aimed at that deed's doer
    grieving: frozenset[str]
    assembling: frozenset[str]  # "gather", "convene": with no object, a meeting of the subject
    approving: frozenset[str]  # "approve", "ratify": an accord only with a party besides the doer
    receiving: frozenset[str]  # verbs whose subject is mostly the one acted on ("received aid")
    undergoing: frozenset[str]  # "survived an attack": light verbs whose subject is acted on
    of_people: dict[
        str, tuple[EventType, str | None]
    ]  # "dismiss": its sense of a leader, any person
    light_preps: dict[str, tuple[str, ...]]
    placing: frozenset[str]  # "place", "put" (under): their passive's subject is acted on
    fixed_frames: dict[str, EventType]
    commit_frames: frozenset[str]
    commit_nouns: frozenset[str]  # "expressed its willingness to ...": a commitment
    transparent: frozenset[str]
    intent: frozenset[str]
    # "say", "tell": verbs of saying, the frames' beside WordNet's of stressing, repeating,
    # affirming, noting and answering (saying_verbs.txt: "emphasize", "underline")
    speech: frozenset[str]
    # "believes", "fears", "reckons": what they govern is not asserted; WordNet's verbs of
    # believing, supposing, imagining and guessing (opinion_verbs.txt) beside the frames'
    # feelings and thinking, whose first senses are other
    opinion: frozenset[str]
    claims: frozenset[str]  # "claimed", "contends": what they say was done is claimed
    # "claim", "warn", "insist": verbs taking a clause, WordNet's (clause_verbs.txt) and the
    # frames' of speech and opinion
    clausal: frozenset[str]
    citing: frozenset[str]  # "citing", "pointing to": what they name is a known act
    # "charge", "claim", "suspicion": nouns of accusing, claiming or suspecting, whose clause
    # tells an act said to have been done ("charges he threatened a judge")
    allegations: frozenset[str]
    likelihood: frozenset[str]  # "it is unlikely that ...": a judgement, as an opinion is
    disposition: frozenset[str]  # "likes", "tends": what they govern is a habit, no act
    # "want", "hope", "dread": WordNet's verbs of desiring and fearing (desire_verbs.txt);
    # an act they take for object is wished for or feared, not done
    desires: frozenset[str]
    press: frozenset[str]  # "press conference": a meeting for the press consults no one
    entering: frozenset[str]  # "invasion": its "of" names a place or who enters it
    readiness: frozenset[str]
    offers: frozenset[str]  # "offered to", "is willing to": an offer, no commitment (AGREE)
    judging: frozenset[str]  # "called the deal a betrayal": its object is judged, not done
    bare_commit: frozenset[str]
    object_control: frozenset[str]  # "paid militants to attack": the object does the infinitive
    directing: frozenset[str]  # "instructed", "allowed": their infinitive is bidden, not done
    known: frozenset[str]  # lemmas that can start a trigger
    # "retake": ("take", "capture", ...), WordNet's verbs of doing again by the verbs whose act
    # they are again (again_verbs.txt)
    again: dict[str, tuple[str, ...]]
    documents: frozenset[str]  # "the guidelines call for ...": what a text says is no act
    enactments: frozenset[str]  # "law", "bill": what a state enacts acts for its enactor
    issuing: frozenset[str]  # "issue", "publish", "say": a text they issue acts for their doer
    harm: frozenset[str]  # "killed", "injured": an ASSAULT only with an attack named
    force: frozenset[str]  # "destroy": an ASSAULT only with arms or an attack in its clause
    blasts: frozenset[str]  # "explosion", "blast": an attack where it harms (CAMEO's patterns)
    # "hit", "hammer": verbs CAMEO files with "strike", read as it where arms or an attack strike
    striking: dict[str, tuple[EventType, str | None]]
    mishaps: frozenset[str]  # accidents, disasters, disease: causes of harm that are no attack
    happenings: frozenset[str]  # "death", "incident": what happened, no one named doing it
    attacks: frozenset[str]  # words that name an attack or a weapon ("bombing", "gun")
    disputes: frozenset[str]  # occasions of words, not blows: "debate", "meeting"
    visits: frozenset[str]  # "visit", "trip", "talks": meetings and visits, made or cancelled
    hosting: dict[str, frozenset[str]]  # "receive": "minister", a guest CAMEO reads hosted
    hosted_at: dict[str, frozenset[str]]  # "welcome": "to", a guest hosted by a preposition
    appeals: frozenset[str]  # "recommend", "advise": what their clause says is asked for
    urging: frozenset[str]  # "push", "encourage": a party bidden to act is asked (REQUEST)
    said_orders: frozenset[str]  # "tell": of saying and of directing, an order said
    statements: frozenset[str]  # "comment", "explain": CAMEO files them only as statements
    information: frozenset[str]  # "detail", "fact": CAMEO's &INFORMATION, what is told
    accords: frozenset[str]  # "treaty", "pact": CAMEO's &TREATY, its one-word names
    # "expel", "evict": CAMEO's verbs of expelling (174), as `restricting` reads the block; the
    # coder reads this for the lexicon's own verbs ("expel": SANCTION), the others being
    # deporting already
    deporting: frozenset[str]
    deportations: frozenset[str]  # their nouns: "deportation", "eviction", "banishment"
    commanding: frozenset[str]  # "order": frames CAMEO files only as managing (060)
    requested: frozenset[str]  # "aid", "talks": what CAMEO's requests ask for
    relations: frozenset[str]  # "son", "lawyer": a person named by a tie to another
    convening: frozenset[str]  # "gather", "travel": CAMEO's verbs of consulting (block 04)
    topic_verbs: frozenset[str]  # "discuss": their object is what is talked of, not with whom
    speaking: frozenset[str]  # "speak", "address": where their participle is, a word is said
    learning: frozenset[str]  # "learn", "hear": what they govern was news when learned
    news: frozenset[str]  # "news": the subject of a verb telling news ("news broke that ...")
    mediating: frozenset[str]  # "mediate", "broker": CAMEO's mediation between sides (045)
    mobilising: frozenset[str]  # "mobilize", "deploy": CAMEO's verbs that mobilise forces they name
    protecting: frozenset[str]  # "guard", "defend": CAMEO's verbs of military protection (074)
    forces: frozenset[str]  # "troop", "army": heads of CAMEO's armed forces (&MILITARY)
    strongholds: frozenset[str]  # "base", "outpost": sites a force holds (see `load_lexicon`)
    protesting: frozenset[str]  # "demonstrate", "march": CAMEO's verbs of protest (block 14)
    dissenters: frozenset[str]  # "protester", "demonstrator": the doers of the protest verbs
    detention: frozenset[str]  # "prison", "custody": CAMEO's places of detention
    captives: frozenset[str]  # "hostage", "detainee": CAMEO's people held (&HOSTAGE) and kin
    holding_people: frozenset[str]  # "capture", "detain": "the captured soldiers" are held
    # "drone", "jet", "bullet": heads of CAMEO's weapons and aircraft, and WordNet's arms
    arms: frozenset[str]
    munitions: frozenset[str]  # "grenade", "shell", "drone": arms, no crewed craft; they go off
    on_people: frozenset[str]  # "hang", "round up": verbs of harm or force done only to people
    on_opponents: frozenset[str]  # "fight", "war": verbs and nouns of combat, against a party
    contests: frozenset[str]  # "beat": of those, also winning over a rival ("beat Federer")
    blows: frozenset[str]  # "kick", "punch": of those, blows of the body; with a particle, none
    # "hijack", "hijacking": of those, and their nouns, also done to a vessel, aircraft or vehicle
    on_craft: frozenset[str]
    animals: frozenset[str]  # "dog", "cattle": WordNet's animals first, less CAMEO's arms
    ailments: frozenset[str]  # "heart attack", "cardiac arrest": WordNet's, no act
    contents: frozenset[str]  # "report", "idea": what is said or thought first, in WordNet
    qualities: frozenset[str]  # "balance", "stance": how one is or feels first, in WordNet
    leisure: frozenset[str]  # "film", "song", "football", "pizza": WordNet's works, sport, food
    works: frozenset[str]  # "film", "song", "football": the leisure that is no food
    naming: frozenset[str]  # "call", "brand": verbs that name their object something
    averting: frozenset[str]  # "avert", "deter", "prevent": what they take did not happen
    censure: frozenset[str]  # "crime", "blunder", "sham", "traitor": WordNet's things at fault
    offences: frozenset[str]  # "theft", "fraud", "murder", "heroin": WordNet's ordinary crimes
    offending: frozenset[str]  # "steal", "burgle", "smuggle": WordNet's verbs of those crimes
    # "treason", "bribery", "terrorism": WordNet's offences against a state or by office
    political_offences: frozenset[str]
    political_offending: frozenset[str]  # "bribe", "riot": WordNet's verbs of those
    sport: frozenset[str]  # "tournament", "semifinal", "match": WordNet's games of sport
    money: frozenset[str]  # "fee", "toll", "price": what WordNet reads a sum owned or paid first
    # "charge", "condemn": verbs of accusing with a sense of owning, paying or taking in WordNet
    levying: frozenset[str]
    # "blast", "assail": CAMEO's verbs of armed attack (19x) the lexicon lacks that WordNet
    # reads as criticism in one sense, read so only where the sentence tells words
    criticising: frozenset[str]
    # "hold", "keep": verbs of a lasting state in WordNet's first sense, less those CAMEO's
    # dictionary makes a material act themselves ("storm")
    states: frozenset[str]
    transitive: frozenset[str]  # "arrest", "condemn": WordNet's first sense takes an object
    artifacts: frozenset[str]  # "airport", "base": what WordNet reads a made thing first
    adverb_particles: frozenset[str]  # "ahead", "away": adverbs CAMEO writes as a verb's particle
    # "revenge", "crackdown": what CAMEO reads as a threat when vowed, pledged or promised
    threatened: dict[str, str | None]
    # "retaliate", "crush": CAMEO's verbs of force (19x) it reads in no other sense
    forceful: frozenset[str]
    # "fire", "launch": their sense with arms fired at a target, then alone ("fired at") if any
    firing: dict[str, tuple[_Sense, ...]]
    # "shot", "gunfire": what fighting exchanges, fired as arms are, with the fighting's sense
    volleys: dict[str, _Sense]
    vehicles: frozenset[str]  # "car", "truck", "van": CAMEO's &car
    # "halt", "prevent": what such a verb does to a hostile act, by the act's type
    on_acts: dict[str, dict[EventType, tuple[EventType, str | None]]]
    act_nouns: dict[str, str]  # "suspension": "suspend", its verb in `on_acts`
    object_nouns: dict[str, str]  # "establishment": "establish", its verb in `verb_object`
    poll_words: frozenset[str]  # "percent", "majority": heads of a poll's respondents
    polls: frozenset[str]  # "poll", "survey": what such a noun finds is its respondents' view
    unreal: frozenset[str]  # "planned", "alleged": before an event noun, no act done yet
    obligation: frozenset[str]  # "need", "have" (to): what must be done is not done
    scheduling: frozenset[str]  # "set", "due" (to): what is arranged is not yet done
    harmed: frozenset[str]  # "dead", "wounded": the harm a verb of leaving or finding tells
    wounds: frozenset[str]  # "wound", "injury": the harm a death comes of ("died of his wounds")
    custody: frozenset[str]  # "jail", "detain": holding a person only a state does
    holding: frozenset[str]  # "hold", "own": "government-held towns" are the holder's
    # "regain", "wrest": verbs that take control of ground (CAMEO 192) besides its own
    control_verbs: frozenset[str]
    grounds: frozenset[str]  # "town", "base", "territory": ground an armed force takes
    # "seize", "annex", "occupy": CAMEO's verbs of taking (171) and occupying territory (192)
    taking: frozenset[str]

    @cached_property
    def trigger_verbs(self) -> frozenset[str]:
        """The verbs that the tables `triggers.classify` reads by a verb's lemma are keyed by,
        by first word ("call" of "call off", "claim" of "claim responsibility")."""
        tables: list[Iterable[str]] = [
            self.cameo, self.verbs, self.phrasal, self.verb_object, self.partnered,
            self.light_verbs, self.occurrence, self.absence, self.light_preps, self.placing,
            self.fixed_frames, self.commit_frames, self.readiness, self.appeals, self.on_people,
            self.striking, self.bare_commit, self.firing, self.on_acts, self.naming,
            self.control_verbs,
        ]  # fmt: skip
        return frozenset(key.split()[0] for table in tables for key in table)

    @cached_property
    def abduction_words(self) -> frozenset[str]:
        """The verbs and nouns of abduction ("kidnap", "hostage": ASSAULT abduct)."""
        return frozenset(
            w for table in (self.verbs, self.nouns) for w, (_, m) in table.items() if m == "abduct"
        )

    @cached_property
    def media(self) -> dict[str, tuple[EventType, str | None]]:
        """A meeting noun's first word -> its type and mode ("phone" of "phone call": CONSULT
        phone), of the first such noun in sort order."""
        found: dict[str, tuple[EventType, str | None]] = {}
        for noun, (etype, mode) in sorted(self.nouns.items()):
            if etype is EventType.CONSULT and " " in noun:
                found.setdefault(noun.split(" ", 1)[0], (etype, mode))
        return found

    @cached_property
    def threats_against(self) -> frozenset[str]:
        """The heads CAMEO's threats take with "against" ("PROMISE * ACTION (AGAINST)", "DEMAND
        * MEASURE (AGAINST)"): what is done against a party."""
        return frozenset(
            head
            for patterns in self.cameo.values()
            for p in patterns
            if p.type is EventType.THREATEN and any(word == "against" for word, _ in p.preps)
            for element in p.objects
            for head, _ in element
        )


@loaded_once
def load_lexicon() -> Lexicon:
    """Load the packaged PLOVER trigger lexicon (once per process)."""
    raw = json.loads(LEXICON_PATH.read_text("utf-8"))
    verbs: dict[str, tuple[EventType, str | None]] = {}
    phrasal: dict[str, tuple[EventType, str | None]] = {}
    nouns: dict[str, tuple[EventType, str | None]] = {}
    added = {k: v for k, v in raw["added"].items() if k != "about"}
    for name, entry in [*raw["types"].items(), *added.items()]:
        etype = EventType(name)
        for table, key in ((verbs, "verbs"), (phrasal, "phrasal"), (nouns, "nouns")):
            for word, mode in entry.get(key, {}).items():
                # A word listed under two types keeps the first: the JSON order is the tie-break.
                table.setdefault(word, (etype, mode))
    verb_object = {
        key: (EventType(t) if t else None, mode) for key, (t, mode) in raw["verb_object"].items()
    }
    frames = raw["frames"]
    undergoing = frozenset(raw["undergoing_verbs"]["words"])
    cameo_raw = json.loads(VERBS_PATH.read_text("utf-8"))
    meetings = frozenset(
        w for w, (t, _) in nouns.items() if t == EventType.CONSULT and " " not in w
    )
    artifacts = frozenset(ARTIFACTS_PATH.read_text("utf-8").split())
    holders = [*raw["custody_verbs"]["words"], *(v for v, (_, m) in verbs.items() if m == "abduct")]
    captives = frozenset(cameo_raw["synsets"]["&hostage"]) | _held(holders)
    cameo, weapons, arms, detention, appeals, convening, protesting, mobilising = _load_cameo(
        cameo_raw, meetings, artifacts, captives
    )
    # "strengthened ties with Ethiopia", "deepened relations": a verb of degree on relations
    # improves them, as upgrading does (CAMEO's IMPROVE * TIES, 050), where the verb's own
    # patterns do not read them otherwise (BOOST * RELATIONS, 060).
    for verb in _block_verbs(cameo_raw, raw["degree_verbs"]):
        for noun in ("tie", "relation"):
            own = any(noun == h for p in cameo.get(verb, ()) for e in p.words for h, _ in e)
            if not own:
                verb_object.setdefault(f"{verb} {noun}", verb_object["upgrade tie"])
    # "police crushed the protests", "broke up the march": force on a gathering is violent
    # repression, as CAMEO codes its verbs of crushing and suppressing on the gatherings its
    # patterns name (175), for any gathering the lexicon knows and those taking part in one.
    gathered = {w for w, (t, m) in verbs.items() if t == EventType.PROTEST and m in _GATHERED}
    gatherings = {w for w, (t, m) in nouns.items() if t == EventType.PROTEST and m in _GATHERED}
    repressing = raw["repressing_verbs"]
    etype, mode = cameo_raw["plover"][repressing["code"]]
    repression = set()
    for verb in _block_verbs(cameo_raw, repressing) - verbs.keys():
        for noun in gatherings | _doers(gathered) if " " not in verb else ():
            own = any(noun == h for p in cameo.get(verb, ()) for e in p.objects for h, _ in e)
            if not own and f"{verb} {noun}" not in verb_object:
                verb_object[f"{verb} {noun}"] = (EventType(etype), mode)
                repression.add(f"{verb} {noun}")
    # WordNet's arms too ("bullet", "shrapnel", "grenade"): CAMEO's sets name few munitions;
    # what CAMEO names going off outside its weapons ("LANDMINE *", "TIMEBOMB *" of
    # EXPLODE), which WordNet lacks as one word; and its craft that carry no one ("a drone
    # hit the block"), flown into what they strike.
    marks = frozenset(raw["uncrewed_craft"]["marks"])
    uncrewed = frozenset(c for c in cameo_raw["synsets"]["&aircraft"] if marks & set(c.split()))
    munitions = frozenset(ARMS_PATH.read_text("utf-8").splitlines()) | _exploding(cameo_raw)
    munitions |= uncrewed
    arms |= munitions
    # "a grenade exploded at a checkpoint": a weapon going off as the subject CAMEO's patterns
    # name ("&WEAPON * [183]" of EXPLODE) is any munition too. Humanitarian goods CAMEO names
    # by a class or a set are WordNet's kinds of them too: "donated antibiotics" (GIVE *
    # VACCINE, 073), "delivered flour" (DELIVER * &FOOD, 073).
    foods = frozenset(w for w in cameo_raw["synsets"]["&food"] if " " not in w)
    goods = (
        (frozenset({"vaccine"}), frozenset(MEDICINES_PATH.read_text("utf-8").split())),
        (foods, frozenset(FOODS_PATH.read_text("utf-8").split())),
    )
    stative = frozenset(STATIVE_PATH.read_text("utf-8").split())
    cameo = {
        verb: tuple(
            _held_in(q, detention) if verb in stative else q
            for q in (_any_arms(p, (weapons, munitions), goods) for p in patterns)
        )
        for verb, patterns in cameo.items()
    }
    # "a bomb went off": the phrasal verb CAMEO lacks is "explode" (WordNet's first sense of
    # "go off"), read by those of its patterns whose subject goes off, alone.
    cameo.setdefault("go off", tuple(p for p in cameo["explode"] if p.by_subject))
    # "two shells landed near the base": a munition landing is its falling, CAMEO's "&WEAPON
    # FALL" (190), for a verb the dictionary lacks; of its weapons only munitions, not craft,
    # crewed or not, nor rockets (WordNet's first sense a vehicle), which land where they are
    # flown to.
    landing = munitions - uncrewed
    cameo.setdefault(
        "land",
        tuple(_munitions_only(p, landing) for p in cameo["fall"] if p.by_subject and p.subject),
    )
    # Before the attack words: a shootout is an attack, as a clash is.
    gunfights = _gunfights(cameo)
    for noun, entry in gunfights.items():
        nouns.setdefault(noun, entry)
    attacks = frozenset(
        [
            *(w for w, (t, _) in [*verbs.items(), *nouns.items()] if t == EventType.ASSAULT),
            *weapons,
        ]
    )
    # WordNet's mishaps ("mudslide", "cholera") but those the lexicon reads as attacks
    # ("mutilation"), and those whose first sense WordNet gives otherwise ("crash", a noise
    # first; "storm", also a verb of assault), wild animals and agents of disease, listed.
    mishaps = frozenset(raw["mishaps"]) | (
        frozenset(MISHAPS_PATH.read_text("utf-8").split()) - attacks
    )
    # After the attack words: "the killing", like "killed", names no attacker by itself.
    for noun, entry in _nominalisations(verbs).items():
        nouns.setdefault(noun, entry)
    for noun, entry in _launched_attacks(cameo, arms).items():
        if noun.split()[-1] not in nouns:
            nouns.setdefault(noun, entry)
    for noun, entry in _exchanged(cameo, _block_verbs(cameo_raw, raw["exchanges"])).items():
        nouns.setdefault(noun, entry)
    # After the attack words and the nouns: "hung banners", "wall hangings" name no attack.
    killing = _block_verbs(cameo_raw, raw["people_verbs"]) - verbs.keys() - phrasal.keys()
    for verb in killing:
        (phrasal if " " in verb else verbs)[verb] = (EventType.ASSAULT, None)
    # CAMEO's verbs of looting ("plunder", "pillage"), as its LOOT HOME (1712) on any property.
    for verb in _block_verbs(cameo_raw, raw["looting_verbs"]) - verbs.keys():
        verbs[verb] = _pattern_reading(cameo_raw, "loot")
    # CAMEO's verbs of disapproval (111: "berated", "lashed out at"), as the lexicon's own
    # "criticize": after the nominalisations, whose nouns ("ridicule", "scorn") are no act.
    for verb in _block_verbs(cameo_raw, raw["disapproving_verbs"]):
        (phrasal if " " in verb else verbs).setdefault(verb, _block_reading(cameo_raw, verb))
    # CAMEO's verbs of prohibiting (172) and expelling (174), each as its block's code.
    restricted = {
        verb: _block_reading(cameo_raw, verb)
        for verb in _block_verbs(cameo_raw, raw["restricting_verbs"])
    }
    deporting = {v: r for v, r in restricted.items() if r == (EventType.COERCE, "deport")}
    # "banned the firm", "banished the critics": those the lexicon lacks, only with an actor
    # acted on.
    partnered = {k: (EventType(t), mode) for k, (t, mode) in raw["partnered_verbs"].items()}
    for verb, reading in restricted.items():
        if verb not in verbs and " " not in verb:
            partnered[verb] = reading
    on_acts = {}
    for verb in raw["on_acts"]["blocks_of"]:
        found = _on_acts(cameo_raw, nouns, verb)
        if (lifter := raw["on_acts"]["lifting"].get(verb)) is not None:
            lifted = _lifted(verb_object, nouns, lifter)
            found = {v: lifted | senses for v, senses in found.items()}
            # One-word verbs: `verb_object` is looked up by a verb's lemma.
            endings = [v for v in _block_verbs(cameo_raw, {"blocks_of": [verb]}) if " " not in v]
            for noun, reading in _lifted_measures(cameo_raw, nouns, verb_object, lifter).items():
                for ending in endings:
                    verb_object.setdefault(f"{ending} {noun}", reading)
        on_acts.update(found)
    placing: dict[str, list[str]] = raw["placing_verbs"]["verbs"]
    light_preps = {k: tuple(v) for k, v in [*raw["light_preps"].items(), *placing.items()]}
    known = frozenset(
        [
            *verbs,
            *nouns,
            *(k.split()[0] for k in cameo),
            *raw["light_verbs"],
            *undergoing,
            *(k.split()[0] for k in raw["occurrence_verbs"]),
            *raw["absence_verbs"],
            *frames["fixed"],
        ]
        + list(partnered)
        + [k.split()[0] for k in [*phrasal, *verb_object, *light_preps]]
        + frames["commit"]
        + frames["readiness"]
    )
    # An investigation's noun accuses no one yet: what it looks into is no act alleged.
    accusing = [w for w, (t, m) in nouns.items() if t == EventType.ACCUSE and m != "investigation"]
    craft = raw["people_verbs"]["craft"]
    blows = frozenset(raw["people_verbs"]["blows"])
    speech = frozenset(frames["speech"]) | frozenset(SAYINGS_PATH.read_text("utf-8").split())
    refusing = _block_verbs(cameo_raw, raw["refusing_verbs"])
    said_orders = speech & frozenset(frames["directing"])
    allegations = frozenset([*accusing, *frames["claim"], *raw["suspicions"]["words"]])
    # CAMEO's &STRONGHOLD and the heads of the sites Phoenix's agents code as the force
    # holding them (MILITARY_BASE, REBEL_BASE, FIGHTING_POSITION, POLICE_POST).
    strongholds = frozenset([*cameo_raw["synsets"]["&stronghold"], "base", "position", "post"])
    contents = frozenset(CONTENTS_PATH.read_text("utf-8").split())
    forces = frozenset(p.split()[-1] for p in cameo_raw["synsets"]["&military"])
    forceful = _forceful(cameo_raw)
    return Lexicon(
        cameo=cameo,
        verbs=verbs,
        phrasal=phrasal,
        nouns=nouns,
        verb_object=verb_object,
        repression=frozenset(repression),
        partnered=partnered,
        restricting=frozenset(partnered) - frozenset(raw["partnered_verbs"]),
        light_verbs=frozenset(raw["light_verbs"])
        | _block_verbs(cameo_raw, raw["degree_verbs"])
        | undergoing,
        occurrence=frozenset(raw["occurrence_verbs"]),
        absence=frozenset(raw["absence_verbs"]),
        departing=frozenset(raw["departing_verbs"]["verbs"]),
        disbanding=_disbanding(cameo, forces),
        refusing=refusing,
        parts=_denied_parts(cameo_raw, refusing) - contents - allegations - attacks,
        grieving=frozenset(
            verb
            for verb, patterns in cameo.items()
            for p in patterns
            if p.mode == "disapprove" and any(w == "over" for w, _ in p.preps)
        ),
        approving=_block_verbs(cameo_raw, raw["approving_verbs"]),
        assembling=_block_verbs(cameo_raw, raw["assembling_verbs"]),
        receiving=_receiving(cameo) | undergoing,
        undergoing=undergoing,
        of_people=_of_leaders(cameo_raw, cameo),
        light_preps=light_preps,
        placing=frozenset(placing),
        fixed_frames={k: EventType(v) for k, v in frames["fixed"].items()},
        commit_frames=frozenset(frames["commit"]),
        commit_nouns=frozenset(frames["commit_nouns"]),
        transparent=frozenset(frames["transparent"]),
        intent=frozenset(frames["intent"]),
        speech=speech,
        opinion=frozenset(frames["opinion"]) | frozenset(OPINIONS_PATH.read_text("utf-8").split()),
        claims=frozenset(frames["claim"]),
        clausal=frozenset([*CLAUSES_PATH.read_text("utf-8").split(), *speech, *frames["opinion"]]),
        allegations=allegations,
        citing=frozenset(frames["citing"]),
        likelihood=frozenset(frames["likelihood"]),
        disposition=frozenset(frames["disposition"]),
        desires=frozenset(DESIRES_PATH.read_text("utf-8").split()),
        again={
            line.split()[0]: tuple(line.split()[1:])
            for line in AGAIN_PATH.read_text("utf-8").splitlines()
        },
        press=frozenset(raw["press_words"]["words"]),
        entering=frozenset(raw["entering_nouns"]["words"]),
        readiness=frozenset(frames["readiness"]),
        offers=frozenset(frames["offers"]),
        judging=frozenset(frames["judging"]),
        bare_commit=frozenset(frames["bare_commit"]),
        object_control=frozenset(frames["object_control"]),
        directing=frozenset(frames["directing"]),
        known=known,
        documents=frozenset(raw["documents"]),
        enactments=frozenset(raw["enactments"]["words"]),
        issuing=frozenset(raw["issuing"]["words"]) | speech,
        # "hanged", "wiped out": verbs of killing, each a verb of harm as "kill" is (a phrasal
        # one by its verb, read only where its particle made an ASSAULT).
        harm=frozenset([*raw["harm_verbs"], *(v.split()[0] for v in killing)]),
        force=frozenset(raw["force_verbs"]),
        blasts=frozenset(raw["blast_nouns"]["words"]),
        striking=dict.fromkeys(
            _block_verbs(cameo_raw, raw["striking_verbs"]) - verbs.keys(), verbs["strike"]
        ),
        mishaps=mishaps,
        happenings=frozenset(raw["happenings"]["words"]),
        attacks=attacks - mishaps - frozenset([*raw["harm_verbs"], *raw["force_verbs"]]),
        # CAMEO's fight of words (ENGAGE (IN &FIGHT_OF_WORDS): 111) and its meetings (CLASH
        # (AT MEETING): 110), the lexicon's meeting nouns.
        disputes=frozenset(
            [
                *cameo_raw["synsets"]["&fight_of_words"],
                *(w for w, (t, _) in nouns.items() if t == EventType.CONSULT),
            ]
        ),
        visits=_visits(cameo, meetings, _block_verbs(cameo_raw, raw["on_acts"])),
        hosting=_hosting(cameo_raw, "words"),
        hosted_at=_hosting(cameo_raw, "preps"),
        # The project's own fixed frames read their clause themselves ("appealed to X to
        # ..."); a transparent one reads its own infinitive through ("proposed to meet": an
        # intent), another's act as asked ("proposed that Iran suspend enrichment").
        appeals=appeals - frozenset(frames["fixed"]),
        # A verb of directing that CAMEO codes as an appeal or a demand ("PUSH", 100;
        # "ENCOURAGE INVESTMENT", 0211) asks for what it bids a party do; so does one of
        # saying ("told Israel to halt the strikes"): CAMEO's TELL is a statement (010) for
        # what it tells someone, not for an act it bids them do, which is an order said.
        urging=frozenset(
            v
            for v in frames["directing"]
            if any(p.type is EventType.REQUEST for p in cameo.get(v, ()))
        )
        - frozenset(frames["fixed"])
        | said_orders,
        said_orders=said_orders,
        statements=_verbs_only_in(cameo_raw, "01"),
        information=frozenset(cameo_raw["synsets"]["&information"]),
        accords=frozenset(w for w in cameo_raw["synsets"]["&treaty"] if " " not in w),
        deporting=frozenset(deporting),
        deportations=frozenset(_nominalisations(deporting)),
        commanding=_verbs_only_in(cameo_raw, "060") & frozenset(frames["fixed"]),
        requested=_requested(cameo),
        convening=convening,
        topic_verbs=frozenset(raw["topic_verbs"]["words"]),
        speaking=_block_verbs(cameo_raw, raw["speaking_verbs"])
        | frozenset(raw["speaking_verbs"]["words"]),
        learning=_block_verbs(cameo_raw, raw["learning_verbs"]),
        news=frozenset(raw["learning_verbs"]["subjects"]),
        mediating=_mediating(cameo_raw),
        protesting=protesting,
        mobilising=mobilising,
        protecting=_protecting(cameo_raw),
        forces=forces,
        strongholds=strongholds,
        dissenters=_doers(v for v, (t, _) in verbs.items() if t == EventType.PROTEST),
        detention=detention,
        captives=captives,
        holding_people=_block_verbs(cameo_raw, raw["holding_people"]),
        arms=arms,
        munitions=munitions,
        on_people=killing | frozenset([*raw["people_verbs"]["verbs"], *blows]),
        on_opponents=frozenset(
            [*raw["opponent_verbs"]["verbs"], *cameo_raw["synsets"]["&fight"], *gunfights]
        ),
        contests=frozenset(raw["people_verbs"]["contests"]),
        blows=blows,
        on_craft=frozenset([*craft, *_nominalisations({v: verbs[v] for v in craft})]),
        # A name of arms is arms first ("drone": a male bee in WordNet's first sense).
        animals=frozenset(ANIMALS_PATH.read_text("utf-8").split()) - arms,
        ailments=frozenset(AILMENTS_PATH.read_text("utf-8").splitlines()),
        contents=contents,
        qualities=frozenset(QUALITIES_PATH.read_text("utf-8").split()),
        leisure=frozenset(LEISURE_PATH.read_text("utf-8").split()),
        works=frozenset(WORKS_PATH.read_text("utf-8").split()),
        naming=frozenset(raw["naming_verbs"]["verbs"]),
        averting=_block_verbs(cameo_raw, raw["averting_verbs"]),
        censure=frozenset(CENSURE_PATH.read_text("utf-8").split()),
        offences=frozenset(OFFENCES_PATH.read_text("utf-8").splitlines()),
        offending=frozenset(OFFENDING_PATH.read_text("utf-8").split()),
        political_offending=frozenset(POLITICAL_OFFENDING_PATH.read_text("utf-8").split()),
        political_offences=frozenset(POLITICAL_OFFENCES_PATH.read_text("utf-8").splitlines()),
        sport=frozenset(SPORT_PATH.read_text("utf-8").split()),
        money=frozenset(MONEY_PATH.read_text("utf-8").split()),
        levying=frozenset(v for v, (t, _) in verbs.items() if t is EventType.ACCUSE)
        & frozenset(POSSESSION_PATH.read_text("utf-8").split()),
        criticising=frozenset(
            verb
            for verb in CRITICISMS_PATH.read_text("utf-8").split()
            if verb not in verbs
            and any(
                (cameo_raw["block_codes"][b] or "").startswith("19")
                for b in cameo_raw["verbs"].get(verb, ())
            )
        ),
        states=stative - {v for v, (t, _) in verbs.items() if QUAD_CLASS[t] in MATERIAL},
        transitive=frozenset(OBJECT_VERBS_PATH.read_text("utf-8").split()),
        artifacts=artifacts,
        # The words CAMEO's patterns write first after the verb ("PUSH * AHEAD", "THREW *
        # OUT"), less manner adverbs ("strongly"): read only as a verb's adverb after it.
        adverb_particles=frozenset(
            w[0]
            for block in cameo_raw["blocks"]
            for p in block
            if (w := p.get("words")) and w[0].isalpha() and not w[0].endswith("ly")
        ),
        threatened=_threatened(
            cameo_raw,
            frames["commit"],
            [v for v, t in frames["fixed"].items() if t == "THREATEN"],
            forceful,
        ),
        forceful=forceful,
        firing=_firing_verbs(cameo_raw, arms),
        volleys=_volleys(cameo, _block_verbs(cameo_raw, raw["exchanges"]), arms),
        vehicles=frozenset(cameo_raw["synsets"]["&car"]),
        relations=frozenset(raw["relation_nouns"]),
        on_acts=on_acts,
        act_nouns=raw["on_acts"]["nouns"],
        object_nouns=_object_nouns(verb_object),
        poll_words=frozenset(raw["poll_words"]["words"]),
        polls=frozenset(raw["poll_words"]["instruments"]),
        unreal=frozenset(raw["unreal_modifiers"]["words"]),
        obligation=frozenset(raw["obligation_words"]["words"]),
        scheduling=frozenset(raw["scheduling_words"]["words"]),
        harmed=frozenset(raw["harmed_states"]["words"]),
        wounds=frozenset(raw["harmed_states"]["wounds"]),
        custody=frozenset(raw["custody_verbs"]["words"]),
        holding=frozenset(raw["holding_verbs"]["words"]),
        control_verbs=frozenset(raw["seizing_control"]["verbs"]),
        grounds=strongholds
        | frozenset(raw["seizing_control"]["grounds"])
        | frozenset(p.split()[-1] for p in cameo_raw["synsets"]["&town"]),
        taking=_verbs_in(cameo_raw, ("171", "192")),
    )


def _nominalisations(
    verbs: Mapping[str, tuple[EventType, str | None]],
) -> dict[str, tuple[EventType, str | None]]:
    """The nouns English regularly forms from the lexicon's verbs of material acts, with the
    verb's type: "shooting", "kidnapping", "assassination", "deportation", "imprisonment".

    Only deeds: a verbal act's noun often names something else than the act ("human rights
    violations" are no REJECT), and the lexicon lists those it means. Forms no word has
    ("attackation") are never met; irregular ones ("detention") and nouns of the verb's own
    form ("massacre") are listed in the lexicon itself.
    """
    found: dict[str, tuple[EventType, str | None]] = {}
    for verb, entry in verbs.items():
        if QUAD_CLASS[entry[0]] not in MATERIAL:
            continue
        for form in noun_forms(verb):
            found.setdefault(form, entry)
    return found


def noun_forms(verb: str) -> set[str]:
    """The nouns English regularly forms from a verb ("shooting", "establishment",
    "restoration", "seizure"), some of which no word has."""
    stem = verb[:-1] if verb.endswith("e") else verb
    forms = {stem + "ing", verb + verb[-1] + "ing", verb + "ment"}
    forms |= {verb + "ation", stem + "ation", verb + "ion", stem + "ion"}
    if verb.endswith(("ze", "se")):
        forms.add(stem + "ure")  # "seize": "seizure"
    return forms - {verb}


def _object_nouns(verb_object: Mapping[str, tuple[EventType | None, str | None]]) -> dict[str, str]:
    """The regular nouns of the verbs the lexicon reads by their object ("establish ties",
    "lift sanctions"), each with its verb: "the establishment of diplomatic relations", "the
    lifting of sanctions" name the same act with the object in their "of"."""
    verbs = {key.split()[0] for key in verb_object if " " in key}
    return {form: verb for verb in sorted(verbs) for form in noun_forms(verb)}


# A class of things CAMEO's patterns name (its heads: &WEAPON's, "vehicle"), and WordNet's
# names of its kinds ("grenade", "ambulance").
Kind = tuple[frozenset[str], frozenset[str]]


def _any_arms(pattern: Pattern, arms: Kind, goods: tuple[Kind, ...]) -> Pattern:
    """CAMEO's weapons (&WEAPON) with WordNet's arms among them, where an attack is read from
    its subject alone ("&WEAPON * [183]" of EXPLODE), a bomb is set off ("PLANT * &WEAPON")
    or arms are given as aid ("SEND * &WEAPON", 072: "sent shells", "delivered grenades"),
    and so the `goods` given as aid; any other pattern as it is."""
    if pattern.type is EventType.ASSAULT and pattern.by_subject and pattern.subject:
        subject = tuple(_with_kind(e, arms) for e in pattern.subject)
        words = pattern.words
    elif pattern.type is EventType.ASSAULT and pattern.mode == "explosives":
        # A bombing's arms planted, thrown or set off ("PLANT * &WEAPON", 183) are any
        # munition: "planted explosives", "hurled grenades".
        subject, words = pattern.subject, tuple(_with_kind(e, arms) for e in pattern.words)
    elif pattern.type is EventType.AID:
        subject, words = pattern.subject, pattern.words
        for kind in (arms, *goods):
            words = tuple(_with_kind(e, kind) for e in words)
    else:
        return pattern
    elements = (*subject, *words)
    needs = tuple(frozenset(h for h, _ in e) for e in elements) + pattern.needs[len(elements) :]
    return replace(pattern, subject=subject, words=words, needs=needs)


def _held_in(pattern: Pattern, detention: frozenset[str]) -> Pattern:
    """ "HOLD * &DETENTION" (173) of a verb of a lasting state ("hold", "keep"): one is held in
    a place of detention, not holds it, so the place is the verb's "in" ("held in Evin
    prison"), as CAMEO writes "PLACE * (IN &DETENTION)"; any other pattern as it is."""
    if pattern.mode != "arrest" or pattern.preps or len(pattern.words) != 1:
        return pattern
    place = pattern.words[0]
    if not {head for head, _ in place} & detention:
        return pattern
    return replace(
        pattern, words=(), preps=(("in", place),), needs=(*pattern.needs, frozenset({"in"}))
    )


def _with_kind(element: Element, kind: Kind) -> Element:
    """An element that is a kind's class, with the kind's names among it; any other as it is."""
    heads, names = kind
    bare = {head for head, mods in element if not mods}
    if not heads <= bare:
        return element
    # "land mine": the head with its modifier, as CAMEO writes a name of several words
    named = (a.split() for a in sorted(names - bare))
    return (*element, *((w[-1], frozenset(w[:-1])) for w in named))


def _munitions_only(pattern: Pattern, munitions: frozenset[str]) -> Pattern:
    """A pattern read from its subject alone, whose subject is narrowed to munitions."""
    heads = {name.split()[-1] for name in munitions}
    subject = tuple(tuple((h, m) for h, m in e if h in heads) for e in pattern.subject)
    needs = tuple(frozenset(h for h, _ in e) for e in subject) + pattern.needs[len(subject) :]
    return replace(pattern, subject=subject, needs=needs)


def _disbanding(cameo: dict[str, tuple[Pattern, ...]], forces: frozenset[str]) -> frozenset[str]:
    """Verbs CAMEO reads only as demobilising (RETREAT) and with armed forces as an object
    ("DISBAND * &MILITARY", "DISENGAGE * TROOP": 0873): with no other sense in the dictionary,
    their intransitive use by forces is the same act done to themselves ("the militia
    disbanded"); not "pull" or "cut", whose other senses move or wound ("pulled into town")."""
    return frozenset(
        verb
        for verb, patterns in cameo.items()
        if " " not in verb
        and patterns
        and all(p.type is EventType.RETREAT for p in patterns)
        and any(head in forces for p in patterns for e in p.words for head, _ in e)
    )


def _launched_attacks(
    cameo: dict[str, tuple[Pattern, ...]], arms: frozenset[str]
) -> dict[str, tuple[EventType, str | None]]:
    """ "a military intervention", "a counter-attack": the attacks CAMEO's LAUNCH names (190,
    "LAUNCH {&MILITARY INTERVENTION}") are acts in any clause, as written (one word, or a head
    with its modifier); not arms ("launched grenades") nor a head the dictionary qualifies
    elsewhere, whose modifier tells the act ("operation": "&MILITARY OPERATION")."""
    qualified = {
        head
        for patterns in cameo.values()
        for p in patterns
        for e in (*p.subject, *p.objects)
        for head, mods in e
        if mods
    }
    found: dict[str, tuple[EventType, str | None]] = {}
    for p in cameo.get("launch", ()):
        if p.type is not EventType.ASSAULT or p.preps or p.subject or len(p.words) != 1:
            continue
        for head, mods in p.words[0]:
            if len(mods) == 1:
                found[f"{next(iter(mods))} {head}"] = (p.type, p.mode)
            elif not mods and head not in arms | qualified:
                found[head] = (p.type, p.mode)
    return found


def _gunfights(cameo: dict[str, tuple[Pattern, ...]]) -> dict[str, tuple[EventType, str | None]]:
    """ "a shootout", "a gunbattle", "a firefight": what CAMEO's patterns of fighting with
    small arms are done in ("KILL (IN SHOOTOUT)", "ENGAGE (IN GUNFIGHT)": 193) is that
    fighting itself, an act in any clause, as written (one word), and a fight between sides
    (`Lexicon.on_opponents`)."""
    return {
        head: (p.type, p.mode)
        for patterns in cameo.values()
        for p in patterns
        if p.type is EventType.ASSAULT and p.mode == "firearms" and not p.reverse
        for prep, elements in p.preps
        if prep == "in" and elements
        for head, mods in elements
        if not mods
    }


def _exchanged(
    cameo: dict[str, tuple[Pattern, ...]], verbs: Iterable[str]
) -> dict[str, tuple[EventType, str | None]]:
    """ "a prisoner exchange", "a hostage swap": each verb of exchanging as its own noun with
    what a release among its patterns exchanges before it (read from the object alone)."""
    found: dict[str, tuple[EventType, str | None]] = {}
    for verb in verbs:
        for p in cameo.get(verb, ()):
            if p.type is None or p.mode != "release" or p.subject or p.preps or len(p.words) != 1:
                continue
            for head, mods in p.words[0]:
                if not mods:
                    found[f"{head} {verb}"] = (p.type, p.mode)
    return found


def _volleys(
    cameo: dict[str, tuple[Pattern, ...]], verbs: Iterable[str], arms: frozenset[str]
) -> dict[str, _Sense]:
    """ "shots", "gunfire", "fire": what CAMEO's patterns of exchanging read as fighting
    ("EXCHANGE * SHOTS", 193: small arms) that names no weapon, with that sense: what is
    fired, as arms are ("fired shots at the crowd"); not "attack", an act no one fires."""
    return {
        head: (EventType.ASSAULT, p.mode)
        for verb in verbs
        for p in cameo.get(verb, ())
        if p.type is EventType.ASSAULT and p.mode and not (p.subject or p.preps)
        for element in p.words
        for head, mods in element
        if not mods and head not in arms
    }


def _held(verbs: Iterable[str]) -> frozenset[str]:
    """The nouns English regularly forms for who undergoes a verb of holding or seizing people:
    "detainee", "abductee" (forms no common word has are never met)."""
    common = common_words()
    held = {(verb[:-1] if verb.endswith("e") else verb) + "ee" for verb in verbs}
    return frozenset(held & common)


def _doers(verbs: Iterable[str]) -> frozenset[str]:
    """The nouns English regularly forms for who does what a verb says: "protester",
    "protestor", "demonstrator", "rioter" (forms no word has are never met)."""
    stems = [verb[:-1] if verb.endswith("e") else verb for verb in verbs]
    return frozenset(stem + suffix for stem in stems for suffix in ("er", "or"))


def _load_cameo(
    raw: dict[str, Any],
    meetings: frozenset[str],
    artifacts: frozenset[str],
    captives: frozenset[str],
) -> tuple[
    dict[str, tuple[Pattern, ...]],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
]:
    """The CAMEO verbs' patterns of `data/cameo_verbs.json` (built by `scripts/build_verbs.py`),
    an appeal or an intent to meet written for one of the lexicon's `meetings` read for all
    of them (`_to_all_meetings`), the dictionary's weapons, arms, places of detention, and its
    verbs of appeal (blocks coded 02: "recommend"), of consulting (04: "gather", "travel"), of
    protest (14: "demonstrate", "march") and of mobilising (15: "mobilize", "muster"). One of
    the people held (`captives`) written alone stands for all of them: the dictionary names
    them by one word of its &HOSTAGE where its act is on any ("HAND_OVER * HOSTAGE",
    "RELEASE * PRISONERS"), and its synset lacks "detainee"."""
    synsets: dict[str, list[str]] = raw["synsets"]

    def choices_of(word: str) -> list[str]:
        if word.startswith("&"):
            return synsets.get(word, [])
        return sorted(captives) if word in captives else [word]

    def element(text: str) -> Element:
        # A synset may be a word of a phrase ("trade &treaty", "&military aid"): each of its
        # phrases stands in that place.
        choices = [choices_of(w) for w in text.split()]
        phrases = [" ".join(words).split() for words in product(*choices)]
        # A vehicle rigged to explode ("explosive &car") is named by its compound too: "a car
        # bomb", "a truck bomb".
        phrases += [[p[1], "bomb"] for p in phrases if len(p) == 2 and p[0] == "explosive"]
        return tuple((p[-1], frozenset(p[:-1])) for p in phrases)

    def pattern(p: dict[str, Any]) -> Pattern:
        etype, mode = raw["plover"][p["code"]] if p["code"] else (None, None)
        preps = tuple((w, element(o) if o else None) for w, o in p.get("preps", ()))
        subject = tuple(element(w) for w in p.get("subject", ()))
        words = tuple(element(w) for w in p.get("words", ()))
        weight = sum(1 + len(e[0][1]) for e in (*subject, *words) if e)
        weight += sum(1 + (1 + len(o[0][1]) if o else 0) for _, o in preps)
        elements = [*subject, *words, *(o for _, o in preps if o)]
        needs = tuple(frozenset(h for h, _ in e) for e in elements)
        needs += tuple(frozenset({w}) for w, _ in preps)
        etype = EventType(etype) if etype else None
        reverse = bool(p.get("reverse"))
        return Pattern(etype, mode, subject, words, preps, weight, needs, reverse)

    def in_phrase(p: dict[str, Any]) -> bool:
        """Whether a pattern names a synset inside a phrase ("sign trade &treaty")."""
        named = [*p.get("subject", ()), *p.get("words", ()), *(o for _, o in p.get("preps", ()))]
        return any(o and " " in o and "&" in o for o in named)

    # A meeting noun CAMEO also reads as an appeal itself ("issued a call": 020) is no meeting
    # only.
    appealed = {
        w
        for block in raw["blocks"]
        for p in block
        if p["code"] == "020"
        for w in p.get("words", ())
    }

    def invites(p: dict[str, Any]) -> bool:
        """Whether a pattern appeals or intends to meet, on one meeting noun ("PROPOSE
        MEETING": 026, "OFFER TALKS": 036), or leaves one ("PULL_OUT * (OF TALK)": 164); not
        one that ends its object ("END * TALK"), as a meeting or a visit ends when it is done."""
        words, preps = p.get("words", ()), p.get("preps", ())
        if p.get("subject") or len(words) + len(preps) != 1:
            return False
        named = words[0] if words else preps[0][1]
        coded = p["code"] == _HALTING_CODE if preps else p["code"] in _MEETING_CODES
        return coded and named in meetings - appealed

    blocks = [
        [(pattern(p), p.get("verbs"), in_phrase(p), invites(p)) for p in block]
        for block in raw["blocks"]
    ]
    # Heads of any name of arms, craft included ("predator drone"): what can strike or capture;
    # a phrase's head alone only where WordNet reads it a made thing first, but for one of
    # CAMEO's cars, or knows no such common word ("gunship"); else its last two words: "nerve
    # gas", not "gas" (a gas leak), "billy club", not "club", "fighting vehicle", not
    # "vehicle" (that struck a pedestrian, as a car does).
    names = [p.split() for key in ("&weapon", "&wmd", "&aircraft") for p in synsets.get(key, ())]
    made = artifacts - frozenset(synsets["&car"])
    common = common_words()
    arms = frozenset(
        words[-1]
        if len(words) == 1 or words[-1] in made or words[-1] not in common
        else " ".join(words[-2:])
        for words in names
    )
    # A pattern's subject is armed by the sets it names, whatever their heads alone mean.
    armed = {words[-1] for words in names} | {p.split()[-1] for p in synsets.get("&military", ())}

    def by_arms(p: Pattern) -> bool:
        """An attack the dictionary reads from its subject alone, where that is arms or armed
        forces ("&AIRCRAFT * [195] # POUND": "warplanes pounded Gaza"); other subjects alone
        ("arson", "publicity") tell no sense apart."""
        return (
            p.type is EventType.ASSAULT
            and bool(p.subject)
            and all(head in armed for element in p.subject for head, _ in element)
        )

    verbs = {}
    for key, listed in raw["verbs"].items():
        # A pattern naming only a preposition ("attacked by") tells no sense apart; one
        # written for some verbs of a block is theirs alone.
        # A meeting left "of" is left going out of it ("pulled out of the talks"), not by any
        # "of" near the verb ("attended the opening of the talks"); "withdrew from" leaves it.
        found = [
            (p, len(only) if only else len(listed) * 99, narrowed, meeting)
            for b in listed
            for p, only, narrowed, meeting in blocks[b]
            if (only is None or key in only)
            and (not p.by_subject or by_arms(p))
            and not (meeting and any(w == "of" for w, _ in p.preps) and not key.endswith(" out"))
        ]
        # A phrase around a synset narrows the verb's pattern on the synset alone: where that
        # one reads the same words otherwise ("sign &treaty" SUPPORT, "sign trade &treaty"
        # AGREE), the verb's own sense of the act wins and the narrower one is not used.
        wide = {(p.needs, p.type) for p, _, narrowed, _ in found if not narrowed}
        mine = [
            (p, n)
            for p, n, narrowed, _ in found
            if not narrowed or all(t == p.type for needs, t in wide if needs == p.needs)
        ]
        # Most specific first; then the pattern written for the fewest verbs besides this one
        # ("deploy troops" is DEPLOY's MOBILIZE, not the AID it shares with SEND); then the
        # file's order.
        ranked = [p for p, _ in sorted(mine, key=lambda pair: (-pair[0].weight, pair[1]))]
        invited = [p for p, _, _, meeting in found if meeting]
        verbs[key] = (*ranked, *_to_all_meetings(ranked, invited, meetings - appealed))
    appeals, convening, protesting, mobilising = (
        frozenset(
            verb
            for verb, listed in raw["verbs"].items()
            if any((raw["block_codes"][b] or "").startswith(code) for b in listed)
        )
        for code in ("02", "04", "14", "15")
    )
    # A verb of sending whose own pattern mobilises the armed forces it moves ("DEPLOY *
    # &MILITARY", 154) mobilises only what it moves: "deployed troops", not "deployed a rescue
    # team". Not a verb that strengthens its object ("reinforced its positions").
    mobilising |= frozenset(
        verb
        for b in raw["verbs"]["send"]
        for p in raw["blocks"][b]
        if (p["code"] or "").startswith("15") and "&military" in p.get("words", ())
        for verb in p.get("verbs", ())
    )
    # One-word names only: the head of "infantry fighting vehicle" is no weapon.
    weapons = frozenset(p for p in synsets.get("&weapon", ()) if " " not in p)
    detention = frozenset(p.split()[-1] for p in synsets.get("&detention", ()))
    return verbs, weapons, arms, detention, appeals, convening, protesting, mobilising


def _to_all_meetings(
    patterns: list[Pattern], invited: list[Pattern], meetings: frozenset[str]
) -> tuple[Pattern, ...]:
    """ "proposed talks", "offered a summit", "walked out of the negotiations": CAMEO writes a
    verb's appeal or intent to meet, or its halt to a meeting, for one meeting noun or another
    ("PROPOSE MEETING", "PROPOSE SUMMIT", "OFFER TALKS", "WALK_OUT (OF TALK)"), not for each;
    where those of a verb that name it alike (as its object, or by one preposition) agree on
    one sense, it reads so every meeting noun the verb has no pattern of its own for."""
    own = {head for p in patterns for e in p.objects for head, _ in e}
    rest = sorted(meetings - own)
    element = tuple((noun, frozenset[str]()) for noun in rest)
    extended = []
    for prep in sorted({p.preps[0][0] if p.preps else "" for p in invited}):
        alike = [p for p in invited if (p.preps[0][0] if p.preps else "") == prep]
        if not rest or len({(p.type, p.mode) for p in alike}) != 1:
            continue
        if prep:
            needs = (frozenset(rest), frozenset({prep}))
            extended.append(replace(alike[0], preps=((prep, element),), needs=needs))
        else:
            extended.append(replace(alike[0], words=(element,), needs=(frozenset(rest),)))
    return tuple(extended)


def _protecting(raw: dict[str, Any]) -> frozenset[str]:
    """Verbs whose CAMEO block is one of military protection (074: "guard", "defend")."""
    codes = raw["block_codes"]
    return frozenset(
        verb
        for verb, listed in raw["verbs"].items()
        if any((codes[b] or "").startswith("074") for b in listed)
    )


def _mediating(raw: dict[str, Any]) -> frozenset[str]:
    """Verbs of CAMEO's patterns of mediation (045) done between sides by the verb alone or
    on an accord ("mediate between", "broker a ceasefire"): who does them is no side of what
    they mediate. Not a verb that mediates only with the talks it names ("host talks between"):
    what else it is done to, "the summit hosted by Russia", has its doer as a party."""
    accords = {"&ceasefire", "&treaty"}
    return frozenset(
        verb
        for block in raw["blocks"]
        for p in block
        if p["code"] == "045"
        and (
            accords & set(p.get("words", ()))
            or (not p.get("words") and any(w == "between" for w, _ in p.get("preps", ())))
        )
        for verb in p.get("verbs") or ()
    )


def _exploding(raw: dict[str, Any]) -> frozenset[str]:
    """The one-word things CAMEO reads as going off by themselves, the subjects of its
    patterns of "explode" that name nothing else ("LANDMINE *", "TIMEBOMB *"), and those its
    bombings set off, the last word after their verb ("SET_OFF * EXPLOSIVE", "THROW *
    FIREBOMB", 183); not its sets."""
    alone = [p for block in raw["blocks"] for p in block if not p.get("preps")]
    gone_off = [
        word
        for p in alone
        if "explode" in (p.get("verbs") or ()) and not p.get("words")
        for word in p.get("subject", ())
    ]
    set_off = [
        p["words"][-1] for p in alone if (p["code"] or "").startswith("183") and p.get("words")
    ]
    return frozenset(w for w in [*gone_off, *set_off] if not w.startswith("&") and " " not in w)


def _verbs_only_in(raw: dict[str, Any], code: str) -> frozenset[str]:
    """Verbs the CAMEO dictionary files only in blocks of a code: under making statements
    (01: "comment", "explain"), which PLOVER leaves uncoded; under managing (060: "order",
    "command", "direct")."""
    codes = raw["block_codes"]
    return frozenset(
        verb
        for verb, listed in raw["verbs"].items()
        if listed and all((codes[b] or "").startswith(code) for b in listed)
    )


def _verbs_in(raw: dict[str, Any], codes: tuple[str, ...]) -> frozenset[str]:
    """One-word verbs the CAMEO dictionary files in a block of one of these codes."""
    found = raw["block_codes"]
    return frozenset(
        verb
        for verb, listed in raw["verbs"].items()
        if " " not in verb and any((found[b] or "")[:3] in codes for b in listed)
    )


def _threatened(
    raw: dict[str, Any], commit: list[str], threats: list[str], forceful: frozenset[str]
) -> dict[str, str | None]:
    """The heads of what a verb of commitment takes as a threat when it is the object, with
    their PLOVER mode: what CAMEO's patterns for such verbs code as one ("vow revenge", "pledge
    a crackdown", "promise a raid": 13x), one verb's pattern holding for all, as the dictionary
    writes each for a verb or two of synonyms; a noun it reads only as what a verb of threat
    announces ("warn of severe reprisals", "consequences"); and the nouns English forms from
    its verbs of force (19x: "retaliation", "bombardment"), a violence. A synset ("vow
    &opposition") or a preposition ("promise action against") names no act by itself and is
    left out."""
    found: dict[str, str | None] = {}
    read_as: dict[str, set[str | None]] = {}
    for block in raw["blocks"]:
        for p in block:
            etype, mode = raw["plover"][p["code"]] if p["code"] else (None, None)
            for w in p.get("words", ()):
                read_as.setdefault(w.split()[-1], set()).add(etype)
    for block in raw["blocks"]:
        for p in block:
            etype, mode = raw["plover"][p["code"]] if p["code"] else (None, None)
            words, verbs = p.get("words", ()), set(p.get("verbs") or ())
            if (
                etype == EventType.THREATEN.value
                and len(words) == 1
                and not words[0].startswith("&")
                and not p.get("preps")
                and not p.get("subject")
            ):
                head = words[0].split()[-1]
                if verbs & set(commit) or (verbs & set(threats) and read_as[head] == {etype}):
                    found[head] = mode
    force = {verb: (EventType.ASSAULT, "violence") for verb in forceful}
    for noun, (_, mode) in _nominalisations(force).items():
        found.setdefault(noun, mode)
    return found


def _forceful(raw: dict[str, Any]) -> frozenset[str]:
    """One-word verbs the CAMEO dictionary files in a block of force (19x) and reads in no
    other sense: a verb it also reads otherwise ("engage in talks", "fire workers") tells no
    force by itself."""
    codes = raw["block_codes"]
    other = {
        v
        for block in raw["blocks"]
        for p in block
        if not (p["code"] or "").startswith(("18", "19", "20"))
        for v in p.get("verbs") or ()
    }
    return frozenset(
        verb
        for verb, listed in raw["verbs"].items()
        if " " not in verb
        and verb not in other
        and any((codes[b] or "").startswith("19") for b in listed)
    )


def _requested(cameo: dict[str, tuple[Pattern, ...]]) -> frozenset[str]:
    """The words CAMEO's REQUEST patterns ask for, as object or after "for" ("ask for aid",
    "call for resignation", "appeal for calm")."""
    return frozenset(
        head
        for patterns in cameo.values()
        for p in patterns
        if p.type is EventType.REQUEST
        for element in [*p.words, *(o for w, o in p.preps if w == "for" and o)]
        for head, _ in element
    )


def _on_acts(
    raw: dict[str, Any], nouns: Mapping[str, tuple[EventType, str | None]], verb: str
) -> dict[str, dict[EventType, tuple[EventType, str | None]]]:
    """The verbs of the CAMEO block of `verb`, each with what it does to a hostile act of each
    type, as the block's own patterns code such acts for their verbs: ending attacks ("halt
    attacks", "end fighting") is a ceasefire (0871), preventing a protest or a rally a
    restriction (1721).

    The act, not the verb, decides the sense, so each type takes the code most of the block's
    patterns on its acts give, for every verb of the block, where at least two agree: one
    pattern, or a tie, tells nothing of the type. Cooperative acts are coded case by case ("end
    a meeting" is the meeting, "end a ceasefire" a violation).
    """
    (block,) = raw["verbs"][verb]
    synsets: dict[str, list[str]] = raw["synsets"]
    votes: dict[EventType, Counter[tuple[str, str | None]]] = defaultdict(Counter)
    for p in raw["blocks"][block]:
        if not p["code"] or p.get("preps") or p.get("subject") or len(p.get("words", ())) != 1:
            continue
        word = p["words"][0]
        for phrase in synsets.get(word, []) if word.startswith("&") else [word]:
            found = nouns.get(phrase.split()[-1])
            code = raw["plover"].get(p["code"])
            if found is not None and QUAD_CLASS[found[0]] not in COOPERATIVE and code and code[0]:
                votes[found[0]][(code[0], code[1])] += 1
    senses: dict[EventType, tuple[EventType, str | None]] = {}
    for act, counted in votes.items():
        ranked = [*counted.most_common(2), (("", None), 0)]
        if ranked[0][1] >= 2 and ranked[0][1] > ranked[1][1]:
            etype, mode = ranked[0][0]
            senses[act] = (EventType(etype), mode)
    return {v: senses for v, listed in raw["verbs"].items() if block in listed}


def _block_verbs(raw: dict[str, Any], entry: dict[str, Any]) -> frozenset[str]:
    """The verbs of the CAMEO blocks a lexicon entry names by one verb of each ("blocks_of"),
    but those it excepts; not the dictionary's verb-conjunction forms ("killed and")."""
    blocks = {b for head in entry["blocks_of"] for b in raw["verbs"][head]}
    found = {
        verb
        for verb, listed in raw["verbs"].items()
        if blocks & set(listed) and not {"and", "or"} & set(verb.split())
    }
    return frozenset(found - set(entry.get("except", ())))


def _denied_parts(raw: dict[str, Any], refusing: frozenset[str]) -> frozenset[str]:
    """The one-word objects of the refusing blocks' denials of responsibility (016: "DENY *
    INVOLVEMENT", "DENY * ROLE")."""
    blocks = {b for verb in refusing for b in raw["verbs"][verb]}
    return frozenset(
        p["words"][0]
        for b in sorted(blocks)
        for p in raw["blocks"][b]
        if p.get("code") == "016" and len(p.get("words", ())) == 1 and " " not in p["words"][0]
    )


def _block_reading(raw: dict[str, Any], verb: str) -> tuple[EventType, str | None]:
    """A verb read as the own code of the first CAMEO block it is listed in, in PLOVER's
    table."""
    etype, mode = raw["plover"][raw["block_codes"][raw["verbs"][verb][0]]]
    return EventType(etype), mode


def _pattern_reading(raw: dict[str, Any], verb: str) -> tuple[EventType, str | None]:
    """A verb read as the code of its first CAMEO pattern, in PLOVER's table."""
    code = next(p["code"] for block in raw["blocks"] for p in block if verb in p.get("verbs", ()))
    etype, mode = raw["plover"][code]
    return EventType(etype), mode


def _visits(
    cameo: dict[str, tuple[Pattern, ...]], meetings: frozenset[str], cutting: frozenset[str]
) -> frozenset[str]:
    """The meetings and visits CAMEO's verbs of ending and putting off cut relations by
    ("CANCEL * TRIP", "POSTPONE * MEETING": SANCTION): of the objects they so code, the
    lexicon's meeting nouns and those CAMEO codes as a visit made ("CONCLUDE * TOUR", 042)."""

    def objects(verbs: Iterable[str], coded: tuple[EventType, str | None] | EventType) -> set[str]:
        return {
            h
            for v in verbs
            for p in cameo.get(v, ())
            if p.words and coded in (p.type, (p.type, p.mode))
            for h, _ in p.words[-1]
        }

    made = objects(cameo, (EventType.CONSULT, "visit"))
    return frozenset(objects(cutting, EventType.SANCTION) & (made | meetings))


def _hosting(raw: dict[str, Any], key: str) -> dict[str, frozenset[str]]:
    """Verbs CAMEO reads as hosting a visit (043) by what they act on ("words": "RECEIVE *
    MINISTERS", "WELCOME * COUNTERPARTS") or by a preposition alone ("preps": "WELCOME (TO)"),
    with those words or prepositions (`triggers._hosts_guest`)."""
    found: dict[str, set[str]] = defaultdict(set)
    for block in raw["blocks"]:
        for p in block:
            if p["code"] != _HOSTED_CODE or p.get("subject"):
                continue
            if key == "words":
                named = {w.split()[-1] for w in p.get("words", ())}
            else:
                bare = not p.get("words") and all(o is None for _, o in p.get("preps", ()))
                named = {w for w, _ in p.get("preps", ())} if bare else set()
            for verb in p.get("verbs", ()) if named else ():
                found[verb] |= named
    return {verb: frozenset(words) for verb, words in found.items()}


def _receiving(cameo: dict[str, tuple[Pattern, ...]]) -> frozenset[str]:
    """Verbs most of whose coded CAMEO senses are done to their subject ("receive", "face")."""
    found = set()
    for verb, patterns in cameo.items():
        coded = [p for p in patterns if p.type is not None]
        if 2 * sum(p.reverse for p in coded) > len(coded):
            found.add(verb)
    return frozenset(found)


def _of_leaders(
    raw: dict[str, Any], cameo: dict[str, tuple[Pattern, ...]]
) -> dict[str, tuple[EventType, str | None]]:
    """Verbs with a CAMEO sense for a leader alone acted on ("DISMISS &LEADER", 110: a
    removal from office), which is their sense of any person they act on: a leader named or
    one in another post is dismissed alike ("dismissed Ruto", "dismissed the coach"), where
    the verb alone is read in its sense of a thing ("dismissed the claims": REJECT)."""
    leaders = {w.split()[-1] for w in raw["synsets"]["&leader"]}
    return {
        verb: (p.type, p.mode)
        for verb, patterns in cameo.items()
        for p in patterns
        if p.type is not None
        and not p.subject
        and not p.preps
        and len(p.words) == 1
        and {head for head, _ in p.words[0]} == leaders
    }


def _firing_verbs(raw: dict[str, Any], arms: frozenset[str]) -> dict[str, tuple[_Sense, ...]]:
    """The verbs whose own CAMEO patterns fire arms at or from somewhere as fighting ("fire
    ROCKET (AT +)", "launch &WEAPON (FROM ^)": "fire", "launch"), each with the sense those
    patterns give most (194, heavy weapons), then, where the verb alone fires at whom its
    preposition names ("fire AT", "fire AGAINST"), that sense (190)."""
    synsets: dict[str, list[str]] = raw["synsets"]
    codes: dict[str, Counter[str]] = defaultdict(Counter)
    bare: dict[str, Counter[str]] = defaultdict(Counter)
    for block in raw["blocks"]:
        for p in block:
            if not (p["code"] or "").startswith("19") or not p.get("preps"):
                continue
            verbs = p.get("verbs") or ()
            words = p.get("words", ())
            if not words and not p.get("subject") and any(o is None for _, o in p["preps"]):
                for verb in verbs:
                    bare[verb][p["code"]] += 1
            for word in words:
                names = synsets.get(word, []) if word.startswith("&") else [word]
                if any(n.split()[-1] in arms for n in names):
                    for verb in verbs:
                        codes[verb][p["code"]] += 1

    def sense(counted: Counter[str]) -> _Sense:
        etype, mode = raw["plover"][counted.most_common(1)[0][0]]
        return EventType(etype), mode

    return {
        verb: (sense(n), *((sense(bare[verb]),) if verb in bare else ()))
        for verb, n in codes.items()
    }


def _lifted_measures(
    raw: dict[str, Any],
    nouns: Mapping[str, tuple[EventType, str | None]],
    verb_object: Mapping[str, tuple[EventType | None, str | None]],
    lifter: str,
) -> dict[str, tuple[EventType, str | None]]:
    """ "suspended the ban", "ended the restrictions": the measures `lifter`'s own CAMEO
    patterns lift (LIFT * BAN, * RESTRICTION, 081) that are no act of the lexicon, each with
    the lifter's reading of it; a verb ending them lifts them, a concession, where it would
    otherwise read as the restriction itself ("suspend", SANCTION). A threat lifted (0871) is
    no truce for a verb of ending ("ended the threat"), and acts are `_lifted`'s."""
    found: dict[str, tuple[EventType, str | None]] = {}
    for block in raw["verbs"][lifter]:
        for p in raw["blocks"][block]:
            words, code = p.get("words", ()), raw["plover"].get(p["code"] or "")
            if (
                lifter in p.get("verbs", [lifter])
                and len(words) == 1
                and words[0].isalpha()
                and words[0] not in nouns
                and not p.get("preps")
                and code
                and code[0] in _EASING
                and code[1] != "ceasefire"
            ):
                etype, mode = verb_object.get(f"{lifter} {words[0]}", (EventType(code[0]), code[1]))
                if etype is not None:
                    found.setdefault(words[0], (etype, mode))
    return found


# The PLOVER types of easing a measure: a concession, a step back.
_EASING = frozenset({"CONCEDE", "RETREAT"})


def _lifted(
    verb_object: Mapping[str, tuple[EventType | None, str | None]],
    nouns: Mapping[str, tuple[EventType, str | None]],
    lifter: str,
) -> dict[EventType, tuple[EventType, str | None]]:
    """What ending a restriction or a sanction is, by the act's type: the sense `lifter` has
    with such an act for object ("ended the curfew", "stopped the embargo" are lifted as
    "lifted the curfew" is, CAMEO's 081 and 085)."""
    lifted: dict[EventType, tuple[EventType, str | None]] = {}
    for key, (etype, mode) in verb_object.items():
        verb, _, noun = key.partition(" ")
        if verb == lifter and etype is not None and noun in nouns:
            lifted.setdefault(nouns[noun][0], (etype, mode))
    return lifted
