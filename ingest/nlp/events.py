"""PLOVER events from a parsed article: trigger, type, roles, flags and a confidence.

A trigger is a verb read in the sense of its most specific CAMEO pattern (PETRARCH2's verb
dictionary mapped to PLOVER, `data/cameo_verbs.json`: "seized two boats" is COERCE, "seized
the opportunity" nothing), else a verb from the lexicon (`data/plover_triggers.json`), a
phrasal verb ("call off"), a verb with a telling object ("strike a deal"), an event noun
under a light verb ("held talks", "took part in the talks", "imposed sanctions"), or an event
noun with its actor ("Turkey's shoot-down of a jet"). Frame verbs ("threatened to ...",
"agreed to ...") give the event its type and absorb their clause; transparent verbs ("plans
to ...") pass their flags on to it. An act that did not happen ("did not take part",
"skipped the summit", "has yet to sign") is kept and flagged negated; what is asked, polled,
believed or supposed ("asked whether", "41 percent said", "fears Russia will attack", "if")
is no act: a question, a command, a poll or a condition gives no event, an opinion a
hypothetical one. Nor is what a text says ("the guidelines call for ..."), an event judged
("called the deal a betrayal") or harm with no attack named ("40 were injured when a bus
overturned").
Roles come from the dependency parse; actors from the article's actor mentions (character
spans), so this module needs no knowledge of how actors were resolved. Each event
also names the verb of an act still ahead of its report, if any, so that its dates can be
read forward, and the spans of its own clause, whose dates come before the rest of the
sentence's.
"""

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise, takewhile

from spacy.tokens import Doc, Span, Token

from graph.models import QUAD_CLASS, ActorKind, EventType, QuadClass
from ingest.nlp.actors import (
    PEOPLE_ENTITIES,
    is_institution_word,
    is_office_word,
    is_person_noun,
    prepositions,
)
from ingest.nlp.gazetteer import Form, codes_of, load_gazetteer, sectors_of
from ingest.nlp.lexicon import COOPERATIVE, MATERIAL, Element, Lexicon, Pattern, load_lexicon

# (start_char, end_char, actor_id) of each actor mention in the article text.
Mention = tuple[int, int, str]

_TARGET_PREPS = frozenset({"on", "with", "to", "against", "at", "into", "toward", "towards"})
_TARGET_PREPS_WEAK = frozenset({"from", "between", "upon"})
_OBJECT_PREPS_WEAK = _TARGET_PREPS_WEAK | {"of", "by", "for"}
_OBJECT_DEPS = frozenset({"dobj", "dative", "obj"})
# spaCy's entity types of places.
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "parataxis"})
_FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
_MODAL_AUX = frozenset({"could", "may", "might", "should", "can", "must", "ca"})
_POSSIBLE_AUX = frozenset({"could", "may", "might"})
# Adverbs of a norm, not of a record: "police usually arrest ..." tells what is done as a
# rule; "soldiers routinely beat detainees" or "often shell" still reports acts done.
_NORM_ADVERBS = frozenset(
    {"usually", "typically", "generally", "normally", "commonly", "customarily", "ordinarily"}
    | {"traditionally"}
)
# Adjectives of a norm, predicated of an infinitive through "it": "it is common for police to
# arrest ...", "it is rare for a king to dismiss ..." tell what is done, or not, as a rule.
_NORM_ADJECTIVES = frozenset(
    {"common", "commonplace", "usual", "unusual", "customary", "normal", "typical", "routine"}
    | {"rare", "uncommon", "standard", "ordinary"}
)
_PERFECT_AUX = frozenset({"have", "has", "had", "'ve"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# A condition states no act, not even a possible one: "... unless Baghdad accepts the terms";
# nor does an indirect question ("did not say whether he supported the plan").
_CONDITION_MARKS = frozenset({"if", "unless", "whether"})
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
# Dashes that set words off; a hyphen or an en dash only with spaces around it ("Saudi-led").
_DASHES = frozenset({"--", "\u2014"})  # em dash
_SPACED_DASHES = frozenset({"-", "\u2013"})  # hyphen, en dash
# A noun's modifiers: a date in one ("a teacher held since 2021", "Kim, who visited in 2019")
# tells of that noun, not of the events around it.
NOUN_MODIFIERS = frozenset({"acl", "relcl", "appos"})
# Verbs used as modifiers ("the besieged town", "arrested for collaborating with") describe,
# they do not report an event of their own.
_MODIFIER_DEPS = frozenset({"amod", "compound", "pcomp", "nmod"})
_GENERIC_HEADS = frozenset(
    {"effort", "operation", "campaign", "mission", "process", "programme", "program", "initiative"}
    | {"package"}  # "an aid package", "a sanctions package"
)
# A promise of one of these is a promise to cooperate (AGREE), otherwise a threat.
_CONFLICT = frozenset({QuadClass.VERBAL_CONFLICT, QuadClass.MATERIAL_CONFLICT})
_VERBAL = frozenset({QuadClass.VERBAL_COOPERATION, QuadClass.VERBAL_CONFLICT})
# Types whose future or intended form is itself an act of PLOVER: an announced
# cooperative act is a pledge (AGREE), an announced hostile act a threat (THREATEN).
_PROMISABLE = frozenset(
    {
        EventType.AID,
        EventType.CONCEDE,
        EventType.COOPERATE,
        EventType.RETREAT,
        EventType.CONSULT,
        EventType.SUPPORT,
        EventType.SANCTION,
        EventType.ASSAULT,
        EventType.COERCE,
        EventType.MOBILIZE,
        EventType.PROTEST,
    }
)
# Joint acts: several subjects and no object means the subjects acted together.
_JOINT = frozenset({EventType.CONSULT, EventType.COOPERATE, EventType.AGREE, EventType.SUPPORT})
# The mode a THREATEN (or other verbal event) gets from the kind of act it is about; a
# meeting asked for, refused or pledged is PLOVER's "meet" (REQUEST 106, REJECT 125).
_OWN = frozenset({"its", "their", "his", "her", "our"})
_MODE_OF_TYPE = {
    EventType.SANCTION: "sanction",
    EventType.ASSAULT: "military",
    EventType.MOBILIZE: "military",
    EventType.COERCE: "coercion",
    EventType.PROTEST: "protest",
    EventType.AID: "aid",
    EventType.RETREAT: "retreat",
    EventType.CONCEDE: "concession",
    EventType.CONSULT: "meet",
    EventType.COOPERATE: "cooperation",
    EventType.SUPPORT: "support",
}


@dataclass(frozen=True)
class EventMention:
    """One event read from one sentence, before dating; actors are ids."""

    type: EventType
    mode: str | None
    source: tuple[str, ...]
    target: tuple[str, ...]
    participants: tuple[str, ...]
    sentence: str
    start: int  # sentence character offsets in the article text
    end: int
    trigger: str
    trigger_start: int
    confidence: float
    negated: bool = False
    hypothetical: bool = False
    # Article offset of the verb of an act still ahead ("hopes to visit"), to date it forward.
    future_at: int | None = None
    # Article character spans of the trigger's own clause (without the clauses it governs).
    clause: tuple[tuple[int, int], ...] = ()
    # A favour asked ("asked the police for directions"): an event only where both sides
    # are named and neither is of civil society (the gate decides).
    favour: bool = False

    @property
    def quad_class(self) -> QuadClass:
        """PLOVER quad class of the event type."""
        return QUAD_CLASS[self.type]


@dataclass
class _Trigger:
    token: Token
    type: EventType
    mode: str | None
    confidence: float
    complement: Token | None = None  # a clause absorbed by a frame verb
    text: str = ""
    future_done: bool = False  # a frame already read the clause's modality
    needs_partner: bool = False  # "spoke", "released": an event only with whom it is done to
    aimed: bool = False  # "fired missiles at X": an attack only with whom it is aimed at
    by_arms: bool = False  # "warplanes pounded Gaza": an attack only by someone's arms
    clause_target: bool = False  # "said Sudan must ...": the target is the clause's subject
    viewed: bool = False  # "said Sudan should ...": a view of what the clause's subject should do
    noun: Token | None = None  # "held talks with X": the event noun, whose "with" names a target
    absent: bool = False  # "skipped the summit": the act named did not take place
    nominal: bool = False  # "Turkey's shoot-down of a jet": the trigger is the event noun
    reverse: bool = False  # "faced criticism from X": the subject is the target, X the source
    voiced: bool = False  # "expressed opposition to X": the object is what is said, no party


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _lemmas(token: Token) -> list[str]:
    """The lemma, plus guesses for forms the lemmatizer gets wrong ("staged" -> "stag")."""
    found = [_lemma(token)]
    word = token.lower_
    if token.tag_ in ("VBD", "VBN") and word.endswith("ed"):
        found += [word[:-1], word[:-2]]
    elif token.tag_ == "VBZ" and word.endswith("s"):
        found.append(word[:-1])  # "hopes", which the lemmatizer reads as "hop"
    return found


def _lemma_in(token: Token, words: frozenset[str]) -> bool:
    return any(w in words for w in _lemmas(token))


def _children(token: Token, deps: Iterable[str]) -> list[Token]:
    wanted = set(deps)
    return [c for c in token.children if c.dep_ in wanted]


def _prep_objects(token: Token, preps: Iterable[str]) -> list[Token]:
    """The objects of the token's prepositions among `preps`: "from the hospital" -> hospital."""
    wanted = set(preps)
    heads = [p for word, p in prepositions(token) if word in wanted]
    return [o for p in heads for o in _children(p, ("pobj",))]


def _owners(noun: Token) -> list[Token]:
    """Whose a noun's thing or person is: its possessor and its "of" ("Trump's accountant",
    "the goats of the farmers")."""
    return _children(noun, ("poss",)) + _prep_objects(noun, ("of",))


def _noun_keys(noun: Token) -> list[str]:
    """Lexicon keys for an object noun, most specific first: "video conference", "meeting"."""
    mods = [c for c in noun.lefts if c.dep_ in ("compound", "amod")]
    words = [_lemma(t) for t in mods] + [_lemma(noun)]
    raw = [t.lower_ for t in mods] + [noun.lower_]
    keys = []
    for seq in (words, raw):
        keys += [f"{a} {b}" for a, b in pairwise(seq)]
    keys.append(_lemma(noun))
    if _lemma(noun) in _GENERIC_HEADS:
        # "a mediation effort", "a rescue operation": the modifier names the act.
        keys += [_lemma(t) for t in mods if t.dep_ == "compound"]
    return keys


def _ailment(lex: Lexicon, noun: Token) -> bool:
    """ "had a heart attack", "survived a cardiac arrest": a fit of the body, no act."""
    return any(k in lex.ailments for k in _noun_keys(noun))


def _lookup_noun(lex: Lexicon, noun: Token) -> tuple[EventType, str | None, Token] | None:
    """The type and mode an object noun names, and the noun that names it."""
    if _in_name(noun) or _ailment(lex, noun):
        return None
    if (done := _act_noun(lex, noun)) is not None:
        return done
    for key in _noun_keys(noun):
        if key == "call" and _asks_for(noun):
            return EventType.REQUEST, None, noun
        if key == "strike" and _labour_strike(noun):
            return EventType.PROTEST, "strike", noun
        if key == "charge" and not _legal_charge(noun):
            continue
        if key == "appeal" and (law := _appeal_in_law(noun)) is not EventType.REQUEST:
            return None if law is None else (law, _DECLINED_TO_YIELD, noun)
        if key in lex.nouns:
            if _for_press_meeting(lex, noun, key):
                return None  # "held a press conference": no partner to consult
            return (*lex.nouns[key], noun)
    if _lemma(noun) in lex.information:
        return None  # "gave details of the deal": what is told of an act is no act
    # "25,000 tons of food aid", "four hours of talks": the measured noun counts; so does
    # what an amount is given in ("$3 billion in military aid", "500 million euros in loans").
    for pobj in _prep_objects(noun, ("of", "in") if _amount(noun) else ("of",)):
        for key in _noun_keys(pobj):
            if key in lex.nouns:
                return (*lex.nouns[key], pobj)
    return None


def _for_press_meeting(lex: Lexicon, noun: Token, key: str | None = None) -> bool:
    """ "a press conference", "a news briefing": a meeting noun (read by `key`, else by its
    lemma) held for the press, with no partner named ("a joint press conference with Macron"
    has one)."""
    if lex.nouns.get(key or _lemma(noun), (None,))[0] is not EventType.CONSULT:
        return False
    return any(
        _lemma(m) in lex.press for m in noun.lefts if m.dep_ in ("compound", "amod")
    ) and not any(_prep_objects(t, ("with",)) for t in (noun, noun.head))


def _amount(noun: Token) -> bool:
    """ "$3 billion", "500 million euros": a number, or a noun counted by one."""
    return noun.like_num or any(c.dep_ in ("nummod", "quantmod") for c in noun.children)


# Entities whose names are made of common words ("the Quds Force", "the Paris Agreement").
_NAME_ENTITIES = frozenset({"ORG", "EVENT", "LAW", "FAC", "PRODUCT", "WORK_OF_ART"})


def _in_name(noun: Token) -> bool:
    """ "the Quds Force", "the Peace Corps", "the Abraham Accords": a proper noun inside the
    name of a body, a law or an event is part of that name, not an event noun."""
    return noun.pos_ == "PROPN" and noun.ent_type_ in _NAME_ENTITIES


# Phoenix agents who stop work: labour, teachers and students, health workers, farmers.
_WORKERS = codes_of("workers")


def _labour_strike(strike: Token) -> bool:
    """ "went on strike", "a strike over pay", "joined the strike", "a four-day strike": a
    strike that is a stoppage of work (CAMEO 143), not an attack ("strikes on Gaza"); one
    that lasts a stated time ("a 48-hour strike") is a stoppage, an attack is no span."""
    on_strike = strike.dep_ == "pobj" and strike.head.lower_ == "on"
    preps = {p.lower_ for p in _children(strike, ("prep",))}
    # "workers joined the strike": one joins a stoppage, or strikes "on"/"against" a target.
    joined = strike.dep_ in _OBJECT_DEPS and _lemma(strike.head) == "join"
    lasting = any(m.ent_type_ in ("DATE", "TIME") for m in strike.lefts)
    # "the teachers' union strike", "workers launched a strike": one by people at work.
    doers = _children(strike, ("poss", "compound"))
    if strike.dep_ in _OBJECT_DEPS:
        doers += _children(strike.head, ("nsubj",))
    by_workers = any(_lemma(d) == "union" or _agent_codes(d) & _WORKERS for d in doers)
    return (
        on_strike
        or lasting
        or by_workers
        or bool(preps & {"over", "for"})
        or (joined and not preps & _TARGET_PREPS)
    )


def _legal_charge(charge: Token) -> bool:
    """ "faced charges", "a charge of murder", "the murder charge", "the charge against him": a
    charge is an accusation where it is plural (as CAMEO's patterns write it: "dropped the
    charges") or names the offence or the accused; not "her final charge for the White House"
    (a bid), "in charge of", "free of charge"."""
    if charge.dep_ == "pobj" and charge.head.lower_ in ("in", "of"):
        return False
    preps = {p.lower_ for p in _children(charge, ("prep",))}
    named = any(c.dep_ == "compound" for c in charge.lefts) or bool(preps & {"of", "against"})
    return charge.tag_ == "NNS" or named


def _for_office(token: Token) -> bool:
    """ "resigned to become Secretary of State", "to run for governor", "to serve as foreign
    minister": an infinitive of purpose naming an office the leaver goes on to, a career's
    step, yields to no one (PLOVER's CONCEDE); "resigned to take responsibility" stays."""
    for clause in _children(token, ("advcl", "xcomp")):
        if "to" in _aux(clause):
            named = [*_children(clause, ("attr", "dobj", "oprd"))]
            named += _prep_objects(clause, ("for", "as"))
            if any(is_office_word(n.text) for n in named):
                return True
    return False


# PLOVER's mode for CAMEO's 124, declining to yield, which an appeal against a judgement is.
_DECLINED_TO_YIELD = "change"
# What a court decides, which an appeal in law is made against, and who hears one.
_JUDGEMENTS = frozenset(
    {"verdict", "ruling", "decision", "sentence", "conviction", "judgment", "judgement"}
)
_COURTS = frozenset({"court", "tribunal"})


def _appeal_in_law(appeal: Token) -> EventType | None:
    """ "appealed the verdict", "an appeal against the ruling", "appealed to the Supreme Court":
    an appeal in law is no plea to an actor (CAMEO's APPEAL * COURT codes none). Against a
    court's judgement it declines to yield to it, REJECT, as CAMEO's LODGE APPEAL (AGAINST
    SENTENCE) (124) reads it; made to or heard by a court with no judgement named, it is no
    event (None); `EventType.REQUEST` where the appeal is no legal one ("appealed for aid")."""
    # "filed an appeal against the ruling with the court": a light verb carries its phrases.
    owners = [appeal, appeal.head] if appeal.dep_ in ("dobj", "nsubjpass") else [appeal]
    if any(_lemma(o) not in _COURTS for t in owners for o in _prep_objects(t, ("to",))):
        return EventType.REQUEST  # "appealed to the Security Council against the decision"
    against = [o for t in owners for o in _prep_objects(t, ("against", "of"))]
    if any(_lemma(o) in _JUDGEMENTS for o in against + _children(appeal, ("dobj",))):
        return EventType.REJECT
    # "the ruling cannot be appealed", "the court heard the appeal": told of, not made.
    legal = [o for t in owners for o in _prep_objects(t, ("to", "with", "before", "in"))]
    legal += _children(owners[-1], ("nsubj", "nsubjpass"))
    return None if any(_lemma(c) in _JUDGEMENTS | _COURTS for c in legal) else EventType.REQUEST


def _asks_for(call: Token) -> bool:
    """ "calls for a ceasefire", "the calls by officials asking Washington to ...": a call
    that asks for something is a demand, not a telephone call (whose modifier says so)."""
    asking = [c for c in call.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    return (
        call.tag_ == "NNS"
        or bool(asking)
        or any(p.lower_ == "for" for p in _children(call, ("prep",)))
    )


def _objects(token: Token) -> list[Token]:
    objs = [o for o in _children(token, _OBJECT_DEPS) if not _summary(o)]
    if _stative(token):
        return objs
    if token.dep_ != "auxpass" and any(c.dep_ == "auxpass" for c in token.children):
        objs += _children(token, ("nsubjpass",))
    if _headline(token):
        objs.append(token.head)  # "journalist arrested by police": the noun is the patient
    elif _headline_passive(load_lexicon(), token):
        # "Sanctions on Iran lifted": a headline's passive without its auxiliary acts on its
        # subject, read against the verb's patterns as its object ("lifted the sanctions").
        objs += _children(token, ("nsubj",))
    return objs


def _summary(obj: Token) -> bool:
    """ "killed seven people, an attack claimed by al-Shabaab": an attack set off by a comma
    after its verb or its object, which the parse makes a second object, an apposition or an
    adverbial noun, sums the act up."""
    start = obj.left_edge.i
    return (
        obj.dep_ in ("dobj", "appos", "npadvmod")
        and start - 1 > obj.head.i
        and obj.doc[start - 1].text == ","
        and _lemma(obj) in load_lexicon().attacks
    )


def _stative(token: Token) -> bool:
    """ "Vietnam is committed to ...", "Iran is prepared to ...", "forces were engaged in
    shelling": a passive in form whose subject is the one committed or engaged, not one
    acted on."""
    lex = load_lexicon()
    lemma = _lemma(token)
    engaged = any(p.lower_ in lex.light_preps.get(lemma, ()) for p in _children(token, ("prep",)))
    return (lemma in lex.commit_frames or lemma in lex.readiness or engaged) and not (
        _children(token, ("agent",))
    )


def _participle_of(token: Token) -> bool:
    """A past participle modifying a noun ("six indicted by a jury"): a passive verb; not the
    noun's own verb after a parenthetical ("The Authority - which ... - called on")."""
    participle = token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in _NOMINAL
    return participle and _before_parenthetical(token) is None


def _told(noun: Token) -> bool:
    """Whether a noun's content is told in a "that" clause ("a position that ..."): a
    conjunction "that" (tagged IN), not a relative pronoun (WDT), whatever its label."""
    return noun.pos_ == "NOUN" and any(
        m.lower_ == "that" and m.tag_ == "IN" for c in _children(noun, ("acl",)) for m in c.children
    )


def _committed_one(token: Token) -> bool:
    """ "delegates pledged to Sanders", "troops committed to the mission": a participle of
    commitment describing a noun (the tagger may read it a past tense) tells who is
    committed, a state, no pledge; one with its agent reports ("aid pledged by Japan")."""
    return (
        token.dep_ == "acl"
        and token.tag_ in ("VBN", "VBD")
        and token.head.pos_ in _NOMINAL
        and not _children(token, ("nsubj", "agent"))
        and not _line_head(token.head)
    )


def _purpose_of_noun(token: Token) -> bool:
    """ "Colombia's request to extradite them", "an operation to free hostages": what a noun
    asks, plans or aims at is its content, not an act that took place."""
    return (
        token.dep_ == "acl"
        and token.head.pos_ in _NOMINAL
        and token.head.dep_ != "ROOT"  # "EU to impose sanctions": a headline's announced act
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)
    )


def _headline_plan(token: Token) -> bool:
    """ "EU to impose sanctions": a headline's infinitive, as its root or on its root noun,
    announces an act."""
    head = token.head
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children) and (
        token.dep_ == "ROOT"
        or (token.dep_ in ("acl", "relcl") and head.dep_ == "ROOT" and head.pos_ in _NOMINAL)
    )


def _unasserted(lex: Lexicon, token: Token) -> bool:
    """ "efforts to urge Ukraine to investigate", "pleaded guilty to threatening to attack":
    what a purpose clause of a noun or a frame verb governs is not asserted, even where the
    frame itself codes nothing (the frame's own event, if any, absorbs it)."""
    for anc in token.ancestors:
        if _purpose_of_noun(anc):
            return True
    # Up through coordination and "to": "threatening to assault and murder" (the parser may
    # read that "to" as a preposition).
    while token.dep_ in ("conj", "xcomp", "pobj", "prep") and token.head != token:
        lemma = _lemma(token.head)
        if (lemma in lex.fixed_frames or lemma in lex.commit_frames) and (
            token.dep_ == "xcomp" or (token.dep_ == "prep" and token.lower_ == "to")
        ):
            return True
        token = token.head
    return False


def _ended(lex: Lexicon, token: Token) -> bool:
    """ "stopped supplying electricity to Gaza", "postponed signing the deal": an act a verb of
    `Lexicon.on_acts` governs is brought to an end or put off, not done (a hostile one codes
    as its ending: "stopped shelling the city", `_done_to_act`)."""
    verb = token.head
    if token.dep_ != "xcomp" or verb == token:
        return False
    lemma = _lemma(verb)
    return any(
        k in lex.on_acts for k in [lemma, *(f"{lemma} {c.lower_}" for c in _particles(verb))]
    )


def _proposed(lex: Lexicon, token: Token) -> bool:
    """ "recommended that the troops withdraw", "advised Kyiv to suspend talks": what a verb
    of appeal or proposal governs (CAMEO's 020, appeal) is asked for, not done."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token.dep_ in ("xcomp", "ccomp") and _lemma(token.head) in lex.appeals


# Nouns whose "that" clause is what is asked, promised or threatened, not what was done.
_SAYING_NOUNS = frozenset({EventType.REQUEST, EventType.AGREE, EventType.THREATEN})


def _content_of_noun(lex: Lexicon, token: Token) -> bool:
    """ "its demand that Israel ease restrictions", "a pledge that troops would leave": the
    "that" clause a noun of asking, promising or threatening takes is that noun's content,
    not an act (a relative clause is not: "the agreements they had struck")."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    head = token.head
    if token.dep_ != "acl" or head.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
        return False
    found = _lookup_noun(lex, head)
    return found is not None and found[0] in _SAYING_NOUNS


def _headline(token: Token) -> bool:
    """ "Journalist arrested in Minsk": a participle on a verbless line's noun reports, as
    does one with its agent anywhere ("sanctions imposed by Canada"); without, it describes
    ("200 people injured in the stampede")."""
    return _participle_of(token) and (_line_head(token.head) or bool(_children(token, ("agent",))))


def _line_head(noun: Token) -> bool:
    """The head of a verbless line: its root, or what a colon after the root introduces (a
    dateline or a topic: "Kenya: two arrested in Mombasa", "Unrest in Lima: curfew imposed")."""
    head = noun.head
    return noun.dep_ == "ROOT" or (
        noun.dep_ == "appos"
        and head.dep_ == "ROOT"
        and any(t.text == ":" for t in noun.doc[head.i + 1 : noun.i])
    )


def _headline_noun(noun: Token) -> bool:
    """The head of a verbless line that is its news, not the topic a colon's news follows
    ("Clashes in Guinea: curfew imposed")."""
    return _line_head(noun) and not any(t.text == ":" for t in noun.doc[noun.i : noun.sent.end])


def _names_act(lex: Lexicon, noun: Token) -> bool:
    """Whether a noun names an act ("the attack") or the arms of one ("a car bomb")."""
    return _lookup_noun(lex, noun) is not None or _lemma(noun) in lex.arms


def _to_clause(noun: Token) -> Token | None:
    """The infinitive clause of a noun ("willingness to cooperate"), if any."""
    for c in _children(noun, ("acl", "relcl")):
        if c.pos_ == "VERB" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children):
            return c
    return None


def _complement(token: Token) -> Token | None:
    for dep in ("xcomp", "ccomp"):
        for c in token.children:
            if c.dep_ == dep and c.pos_ in ("VERB", "AUX"):
                return c
    # "have sworn to fight" is often parsed as a purpose clause right after the verb.
    for c in token.rights:
        if c.dep_ == "advcl" and c.i == token.i + 2 and token.nbor(1).lower_ == "to":
            return c
    # "called for troops to withdraw": a clause of its own, with "for" and "to".
    for c in _children(token, ("advcl",)):
        if any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children) and any(
            a.tag_ == "TO" for a in c.children
        ):
            return c
    # "called on Arabs to unite", "appealed to X to ..." : the clause hangs off the prep.
    for prep in _children(token, ("prep",)):
        for pobj in _children(prep, ("pobj",)):
            for c in _children(pobj, ("acl", "relcl")):
                # An infinitive's "to", not a preposition ("release them to Biden").
                if c.pos_ == "VERB" and any(a.tag_ == "TO" for a in c.children):
                    return c
    return None


def _classify(lex: Lexicon, token: Token) -> _Trigger | None:
    """The trigger a token is, if any (no roles yet).

    A verb is read in the sense of its most specific CAMEO pattern ("released a statement"
    is no CONCEDE), unless an event noun the pattern does not cover names the act ("took part
    in the talks"); then come frames, phrasal and partnered verbs, the verb's own code, and
    event nouns under light verbs.
    """
    lemma = _lemma(token)
    if token.pos_ == "ADJ" and lemma in lex.commit_frames:
        comp = _complement(token)
        return _frame(lex, token, None, comp) if comp is not None else None
    if not _verbal(token) or (token.dep_ in _MODIFIER_DEPS and _light_gerund(lex, token) is None):
        return None
    if lemma in lex.commit_frames and _committed_one(token):
        return None
    lemma = next((w for w in _lemmas(token) if w in lex.known), lemma)
    if lemma == "appeal" and (law := _appeal_in_law(token)) is not EventType.REQUEST:
        return (
            None if law is None else _Trigger(token, law, _DECLINED_TO_YIELD, 0.8, text=token.text)
        )
    if lex.verbs.get(lemma, (None,))[0] is EventType.CONCEDE and _for_office(token):
        return None  # "resigned to become Secretary of State": a post left for another
    objs = _objects(token)
    # "received a mission of observers": who a group is made of is what is acted on first.
    for obj in [m for o in objs for m in [*_prep_objects(o, ("of",)), o]]:
        key = f"{lemma} {_lemma(obj)}"
        if key in lex.verb_object:
            etype, mode = lex.verb_object[key]
            if etype is None:
                return None
            return _Trigger(token, etype, mode, 0.85, text=f"{token.text} {obj.text}")
    if lex.verbs.get(lemma, (None,))[0] is EventType.AGREE:
        # "agreed to the demands", "accepted the request": granting what is asked accedes
        # to it (CAMEO 083, PLOVER's CONCEDE), it is no pledge.
        for obj in [*objs, *_prep_objects(token, ("to",))]:
            if lex.nouns.get(_lemma(obj), (None,))[0] is EventType.REQUEST:
                return _Trigger(
                    token, EventType.CONCEDE, None, 0.8, text=f"{token.text} {obj.text}"
                )
    if lemma in lex.light_verbs:
        # "expressed willingness to cooperate", "announced their intention to disarm": a
        # commitment, to what the noun's clause says.
        for obj in objs:
            clause = _to_clause(obj) if _lemma(obj) in lex.commit_nouns else None
            if clause is not None:
                text = f"{token.text} ... {clause.text}"
                # A commitment to an act the lexicon does not know is still one (CAMEO 030).
                bare = _Trigger(token, EventType.AGREE, None, 0.6, complement=clause, text=text)
                return _frame(lex, token, None, clause) or bare
    if (failed := _talks_failed(lex, token)) is not None:
        return failed
    patterns, text = _cameo_verb(lex, token, lemma)
    if (senses := _on_act_senses(lex, token, lemma)) is not None and (
        ended := _ends_act(lex, token, senses)
    ):
        return ended
    named = _noun_event(lex, token, lemma)
    other_sense = _other_sense(lex, token, lemma)
    sense = _sense(lex, patterns, token) if patterns and not other_sense else None
    if sense is not None and all(_lemma(token.doc[i]) in _GENERIC_HEADS for i in sense[1]):
        sense = None  # "launched a campaign": a generic head alone names no act
    if sense is not None and any(_for_press_meeting(lex, token.doc[i]) for i in sense[1]):
        sense = None  # "announced a press conference": no one is met
    if (
        sense is not None
        and sense[0].type is EventType.REQUEST
        and any(
            _lemma(token.doc[i]) == "appeal"
            and _appeal_in_law(token.doc[i]) is not EventType.REQUEST
            for i in sense[1]
        )
    ):
        sense = None  # "filed an appeal against the ruling": the noun's legal reading
    if sense is not None and lemma not in lex.verbs and any(_told(token.doc[i]) for i in sense[1]):
        # "maintains a position that only Cyprus has the right": a stance whose content is
        # told is a view held, no refusal (CAMEO's "maintain position" is holding out).
        return None
    if sense is not None and lemma in lex.verbs and sense[0].by_subject:
        sense = None  # a verb of the lexicon ("bomb blasts killed") needs no sense from its subject
    if sense is not None and any(_light_prep(lex, p) for p in _children(token, ("prep",))):
        # "took part in the ceremony", "in attacking": the act is what the preposition brings,
        # if any, not CAMEO's bare "take part" (030).
        sense = None
    # A verb only the dictionary knows is read where the sentence reports, not in the
    # clauses that describe or give a purpose ("a plan to sell arms", "talks to resolve").
    if (
        lemma not in lex.verbs
        and named is None
        and token.dep_ in _BACKGROUND
        and not _headline(token)
        and not (token.dep_ == "acl" and _lemma(token.head) in lex.commit_nouns)
        and _light_gerund(lex, token) is None
    ):
        sense = None
    # "launched a mediation effort": a modifier that names the act says more than the
    # verb's pattern for the generic head ("launch effort" is REQUEST in CAMEO).
    generic = named is not None and named.noun is not None and _lemma(named.noun) in _GENERIC_HEADS
    # "gave up their weapons": a pattern reading the verb's particle ("GIVE * UP", a
    # concession) makes another verb, which no longer brings its object's act as the bare light
    # verb does ("gave weapons": aid); a light particle verb still does ("carried out raids").
    particle_verb = sense is not None and any(
        c.i in sense[1] and f"{lemma} {c.lower_}" not in lex.light_verbs
        for c in _children(token, ("prt",))
    )
    if (
        sense is not None
        and not generic
        and (named is None or named.noun is None or named.noun.i in sense[1] or particle_verb)
    ):
        pattern = sense[0]
        if pattern.type is None:
            return None
        etype = pattern.type
        if pattern.mode == _REPRESSION and lemma in lex.verbs:
            # CAMEO's "violent repression" names whom the act is done to (protesters,
            # journalists), not the act: arresting them is still an arrest.
            etype = lex.verbs[lemma][0]
        trig = _typed(lex, token, etype, pattern.mode, 0.85, text if named is None else named.text)
        # CAMEO codes some gifts under the verb of receiving unmarked ("receive military
        # aid" [072]): what the subject receives is given by the other party.
        given = etype in (EventType.AID, EventType.SUPPORT) and lemma in lex.receiving
        trig.reverse = pattern.reverse or given
        # "fired rockets into the sea": the dictionary's rocket fired INTO a target (+); aimed
        # at no actor, it is no attack.
        trig.aimed = lemma in lex.firing and etype is EventType.ASSAULT and bool(pattern.preps)
        trig.by_arms = pattern.by_subject
        if named is not None:
            trig.noun = named.noun  # "took part in the summit with X": the noun's "with" too
        # "expressed opposition to the plan", "needs security": a verb of no type of its own
        # whose object the pattern reads, no event noun ("held a cabinet meeting": whose
        # meeting), says or asks what the object names.
        trig.voiced = (
            named is None
            and lemma not in lex.verbs
            and QUAD_CLASS[etype] in _VERBAL
            and any(o.i in sense[1] for o in _objects(token))
        )
        return trig
    if lemma in lex.firing and (fired := _fired_at(lex, token, lemma)) is not None:
        return fired
    protest = next((p for p in patterns or () if p.type is EventType.PROTEST), None)
    if (
        protest is not None
        and token.dep_ not in _BACKGROUND
        and _by_dissenters(lex, token)
        and _sense(lex, patterns or (), token) is None
    ):
        # "protesters blocked the border", "demonstrators occupied the ministry": a verb with
        # a sense of protest in CAMEO (its patterns read "seize" so with a protester for
        # subject), done by protesters to what no pattern names, is their protest.
        return _Trigger(token, EventType.PROTEST, protest.mode, 0.8, text=token.text)
    if (senses := _on_act_senses(lex, token, lemma)) is not None:
        if not _objects(token) and _complement(token) is None and not _prep_verb(lex, lemma):
            return None  # "the government shut down": CAMEO codes none of these verbs alone
        if (done := _done_to_act(lex, token, senses)) is not None:
            return done
    comp = _complement(token)
    if comp is not None and (lemma in lex.fixed_frames or lemma in lex.commit_frames):
        if _declines_comment(lex, lemma, comp):
            return None
        if lex.fixed_frames.get(lemma) is EventType.AGREE and _how_things_are(comp):
            return None  # "agreed that the plan was flawed": a view shared, no accord
        return _frame(lex, token, lex.fixed_frames.get(lemma), comp)
    if lemma in lex.appeals and (appeal := _appeal(lex, token, comp)) is not None:
        return appeal
    if comp is not None and lemma in lex.readiness:
        # "prepared to resume shelling": readying force is MOBILIZE, whatever comes next.
        inner = _through_transparent(lex, comp, _classify(lex, comp))
        if inner is not None and QUAD_CLASS[inner.type] == QuadClass.MATERIAL_CONFLICT:
            mode = inner.type.value.lower()
            text = f"{token.text} ... {comp.text}"
            return _Trigger(token, EventType.MOBILIZE, mode, 0.7, complement=comp, text=text)
    particles = [c.lower_ for c in _particles(token)]
    for prt in particles:
        key = f"{lemma} {prt}"
        if key in lex.phrasal:
            objs = _objects(token)
            if objs and all(o.ent_type_ == "DATE" for o in objs):
                return None  # "cut two years off the term": a span of time taken, no act
            etype, mode = lex.phrasal[key]
            if mode == "property" and any(o.lower_ in _REFLEXIVES for o in objs):
                # "blew himself up": the doer is no property destroyed; the dictionary codes
                # an explosion set off so as a suicide bombing (EXPLODE, 183).
                etype, mode = EventType.ASSAULT, "suicide-attack"
            return _Trigger(token, etype, mode, 0.85, text=f"{token.text} {prt}")
    if lemma in lex.partnered:
        etype, mode = lex.partnered[lemma]
        if etype == EventType.RETREAT and _discharged(lex, token):
            return None
        mode = _manner(lex, token) or mode
        # "freed the prisoners": CAMEO codes captives set free (RELEASE * &HOSTAGE, 0841)
        # with no one named they are released to.
        freed = etype is EventType.RETREAT and any(_lemma(o) in lex.captives for o in objs)
        return _Trigger(token, etype, mode, 0.8, text=token.text, needs_partner=not freed)
    commits = lemma in lex.commit_frames and token.dep_ != "xcomp"
    if commits:
        # "vowed revenge", "promised retaliation": harm promised is a threat, before the
        # verb's own sense ("promise": AGREE). A verb whose CAMEO patterns read harm as its
        # object done ('commit attack', 'commit raid') does the harm it names instead
        # ("committed the murder").
        perpetrates = any(p.type is EventType.ASSAULT and p.words for p in lex.cameo.get(lemma, ()))
        for obj in objs:
            found = _lookup_noun(lex, obj) if perpetrates else None
            if found is not None and found[0] is EventType.ASSAULT:
                etype, mode, harm = found
                return _Trigger(
                    token, etype, mode, 0.8, text=f"{token.text} {harm.text}", noun=harm
                )
            if _lemma(obj) in lex.threatened:
                mode = lex.threatened[_lemma(obj)]
                return _Trigger(token, EventType.THREATEN, mode, 0.7, text=token.text)
    if named is not None and lemma in lex.on_people:
        return named  # "executed an attack": a verb of harm to people carries out an act named
    if lemma in lex.verbs and not other_sense:
        etype, mode = lex.verbs[lemma]
        if lemma in lex.protesting and _shows(lex, token):
            return None
        if etype == EventType.REQUEST and lemma in lex.intent and not _asked_of(token):
            return None  # "sought reelection", "seek the death penalty": asked of no one
        if lemma == "warn" and _warns_public(lex, token):
            return None  # "warned residents about the volcano": advice on a danger
        if etype == EventType.AGREE and (_assents(token) or _takes_thing(lex, token)):
            return None
        on = [c for p in _children(token, ("prep",)) for c in _children(p, ("pcomp", "pobj"))]
        if etype == EventType.AGREE and any(_how_things_are(c) for c in on):
            return None  # "do not agree on how inquiries work", as "agreed that ..." (a view)
        if lemma in lex.mobilising and mode == "military" and not _moves_forces(lex, token):
            return None
        if etype is EventType.SANCTION and lemma in lex.deporting and _deports(token):
            etype, mode = EventType.COERCE, "deport"
        return _typed(lex, token, etype, mode, 0.85, token.text)
    if named is not None:
        return named
    if lemma in lex.striking and _struck_by_arms(lex, token):
        etype, mode = lex.striking[lemma]
        return _typed(lex, token, etype, mode, 0.8, token.text)
    if commits:
        # "promised military aid", "pledged support": a commitment with a noun object.
        for obj in objs:
            found = _lookup_noun(lex, obj)
            if found is not None:
                return _promise(token, found[0], found[1], 0.7)
    # "offered flights to Havana", "offered the relic to the church": a thing given or sold
    # that neither CAMEO's patterns (talks, aid, mediation...) nor the lexicon name as an act
    # commits to no political act.
    if lemma in lex.bare_commit and token.dep_ != "xcomp" and not objs:
        return _Trigger(token, EventType.AGREE, None, 0.6, text=token.text)
    return None


# Prepositions that aim fire: the dictionary's "fire AT", "ROCKET (INTO +)", and "on" as in
# "fired on the crowd".
_AIMED_PREPS = frozenset({"at", "on", "upon", "into", "against", "toward", "towards"})


_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "oneself"})


def _declines_comment(lex: Lexicon, lemma: str, comp: Token) -> bool:
    """ "declined to comment", "refused to explain": a refusal to make a statement (a verb
    CAMEO files only under statements, no act of the lexicon) is CAMEO's "decline comment"
    (011), which PLOVER leaves out; "refused to talk to the rebels" still refuses a meeting.
    So is a refusal to tell an answer to a question, a clause a wh-word or "whether" opens,
    whichever verb tells it ("declined to specify when", "refused to reveal where"), or to
    give information to no one named ("declined to give details")."""
    return (
        lex.fixed_frames.get(lemma) is EventType.REJECT
        and (_lemma(comp) in lex.statements or _tells_answer(lex, comp))
        and _lemma(comp) not in lex.verbs
        and _classify(lex, comp) is None
    )


def _tells_answer(lex: Lexicon, verb: Token) -> bool:
    """ "specify when the troops would leave", "disclose how many were killed": the verb's
    object or complement is an indirect question, what is so, no party nor act; or it is
    information (CAMEO's &INFORMATION: "give details", "provide information") told to no one
    named ("share intelligence with Kyiv" gives it to Kyiv)."""
    clauses = _children(verb, ("ccomp", "dobj"))
    if any(c.left_edge.tag_ in _WH_TAGS or c.left_edge.lower_ == "whether" for c in clauses):
        return True
    told = [o for o in _children(verb, ("dobj",)) if _lemma(o) in lex.information]
    whom = [w for t in [verb, *told] for w in _prep_objects(t, ("to", "with"))]
    return bool(told) and not (whom or _children(verb, ("dative",)))


def _asks_comment(lex: Lexicon, trig: _Trigger) -> bool:
    """ "reached out to the ministry for comment", "declined a request for comment": a
    statement asked for (a word CAMEO files only under statements), or a request for one
    refused, is a reporter's inquiry, no act between political sides."""
    if trig.type not in (EventType.REQUEST, EventType.REJECT):
        return False
    heads = [trig.token, *_objects(trig.token)]
    return any(_lemma(o) in lex.statements for h in heads for o in _prep_objects(h, ("for",)))


def _favour(lex: Lexicon, trig: _Trigger) -> bool:
    """ "asked the police for directions", "asked his neighbours for advice": one asked for
    a thing that neither CAMEO's requests (aid, help, talks, a resignation) nor the lexicon
    name is asked a favour, a political act only between named sides of no civil society
    ("asked the Queen for a prorogation"; the gate decides)."""
    if trig.type is not EventType.REQUEST or trig.nominal or trig.complement is not None:
        return False
    whom = _objects(trig.token)
    asked = [o for h in [trig.token, *whom] for o in _prep_objects(h, ("for",))]
    return (
        bool(asked)
        and bool(whom)
        and all(
            o.pos_ == "NOUN"
            and _lemma(o) not in lex.requested
            and _lookup_noun(lex, o) is None
            and not load_gazetteer().find_agents([o.lower_])
            for o in asked
        )
    )


def _fired_at(lex: Lexicon, token: Token, lemma: str) -> _Trigger | None:
    """ "fired missiles at US troops", "launched rockets into Israel", "missiles targeting
    its bases", "police fired on protesters": arms (CAMEO's weapons and aircraft) fired or
    launched at a target, or a verb that fires alone at one, attack it, as the dictionary
    codes a rocket fired at or into a target; where aimed at no actor ("into the sea"), the
    act is no attack (`_Trigger.aimed`)."""
    objs = _objects(token)
    # "fired dozens of rockets", "a barrage of missiles": what is counted is fired.
    fired = [o for o in objs if lex.arms & {_lemma(o), *map(_lemma, _prep_objects(o, ("of",)))}]
    senses = lex.firing[lemma]
    if (objs and not fired) or not (fired or len(senses) > 1):
        return None
    heads = [token, *fired]
    aimed = any(p.lower_ in _AIMED_PREPS for h in heads for p in _particles(h))
    if not (aimed or any(_lemma(c) == "target" for o in fired for c in _children(o, ("acl",)))):
        return None
    etype, mode = senses[0] if fired else senses[1]
    return _Trigger(token, etype, mode, 0.8, text=token.text, aimed=True)


def _moves_forces(lex: Lexicon, token: Token) -> bool:
    """ "mobilized reservists", "mobilised 300,000 men", "Ukraine mobilized", "troops began
    mobilising": a verb of CAMEO's MOBILIZE block readies forces only where it moves armed
    forces (its "&MILITARY" pattern), an armed agent ("militias", "police") or a count of
    men, or nothing named, or where armed forces themselves move; "mobilized pressure
    groups", "mobilised $2 billion", "mobilized thousands of students" are no military
    readiness (CAMEO reads "mobilise supporters" as an appeal, 022)."""
    objs = _objects(token)
    subj = _subject(lex, token)
    return not objs or any(_armed(lex, n) for n in [*objs, *([subj] if subj is not None else [])])


def _agent_codes(phrase: Token, *, own: bool = False) -> set[str]:
    """The Phoenix agent codes of the generic agents a phrase names ("police": COP); with
    `own`, its head and the head's modifiers only, not its phrases ("the home of a general")."""
    words = [phrase, *_children(phrase, ("compound", "amod"))] if own else phrase.subtree
    found = load_gazetteer().find_agents([t.lower_ for t in words])
    return {c for _, _, code in found for c in code.split("|")}


def _deports(token: Token) -> bool:
    """ "expelled a Belgian journalist", "expels 40 Chinese nationals": people expelled who
    are no agents of a state, an international body or an aid agency are deported (PLOVER's
    COERCE 174); envoys, troops, monitors or aid workers expelled cut relations or presence
    ("expelled the ambassador", "the UN peacekeepers": SANCTION 166)."""
    people = [o for o in _objects(token) if o.ent_type_ == "PERSON" or _agent_codes(o)]
    return bool(people) and all(not _agent_codes(o) & _ENVOYS for o in people)


def _armed(lex: Lexicon, noun: Token) -> bool:
    """Whether a noun names armed forces, arms or men counted ("300,000 men")."""
    codes = _agent_codes(noun)
    if codes & _ARMED_AGENTS:
        return True
    if codes - _PEOPLE:
        return False  # "supporters", "students": people of a sector of their own, no force
    force = lex.nouns.get(_lemma(noun), (None,))[0] is EventType.MOBILIZE
    counted = noun.ent_type_ != "MONEY" and bool(_children(noun, ("nummod",)))
    return force or counted or _lemma(noun) in lex.forces | lex.arms


# Phoenix's agent codes of a state's own armed forces (soldiers, police): actors.FORCES, the
# same group of data/sectors.json, read as the codes a phrase's agents are found by.
_STATE_FORCES = codes_of("forces")
# CAMEO agent codes of armed forces (a state's, armed groups, rebels), and of people of no
# sector ("men", "civilians"), who are mobilised where they are counted.
_ARMED_AGENTS = _STATE_FORCES | codes_of("armed")
_PEOPLE = frozenset({"PPL", "CVL"})
# Nouns of the public at large, whom no agent dictionary codes: anyone may be a witness.
_THE_PUBLIC = frozenset({"public", "witness"})
# What police ask of the public when they name no one asked: "appeal for information".
_PUBLIC_HELP = frozenset({"help", "information"})
# Phoenix's agent codes of those who act for a state, an international body or an aid agency
# abroad: their expulsion is PLOVER's SANCTION (166: envoys, peacekeepers, aid agencies).
_ENVOYS = codes_of("envoys")


def _how_things_are(clause: Token) -> bool:
    """ "(agreed) that the plan was flawed", "(agree) on how inquiries work": a finite clause
    of what is so, a view, where an accord's clause tells what is to be done ("that troops
    would withdraw", "that talks resume", "on how to share the water")."""
    aux = _aux(clause)
    return (
        clause.pos_ in ("VERB", "AUX")
        and "to" not in aux
        and not aux & (_FUTURE_AUX | {"should", "must", "can", "could", "may", "might"})
        and not _mandative(clause)
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
    )


def _assents(token: Token) -> bool:
    """ "The governor agreed, saying ...": one side agreeing to nothing named, with no one,
    assents to what was said; PLOVER's AGREE commits to an act (CAMEO's AGREE patterns all
    name it, or with whom), and sides agreeing together ("Serbia and Kosovo agreed") stay."""
    subj = next(iter(_children(token, ("nsubj", "nsubjpass"))), None)
    named = _objects(token) or _children(token, ("prep", "agent", "ccomp", "xcomp", "dative"))
    return not named and subj is not None and not subj.conjuncts and subj.tag_ != "NNS"


def _takes_thing(lex: Lexicon, token: Token) -> bool:
    """ "accepted the vice presidential nomination", "accepted the post of minister": a verb
    of assent whose object names no act, text, offer or party takes an office or an honour,
    it agrees with no one (CAMEO's ACCEPT patterns name a plan, a treaty, a request...);
    a verb of commitment gives what it names ("pledged $5 million")."""
    objs = _children(token, _OBJECT_DEPS)
    return (
        _lemma(token) not in lex.commit_frames
        and bool(objs)
        and all(
            o.pos_ == "NOUN"
            and not o.ent_type_
            and _lookup_noun(lex, o) is None
            and _lemma(o) not in lex.documents | lex.commit_nouns
            and not any(c.ent_type_ or c.pos_ == "PROPN" for c in o.children)
            for o in objs
        )
    )


def _light_gerund(lex: Lexicon, token: Token) -> Token | None:
    """ "resorted to throwing stones", "took part in attacking the embassy", "claimed
    responsibility for bombing the church": a gerund that a light verb's preposition brings
    is the act the sentence reports, done by the light verb's subject; that verb, if so."""
    if token.dep_ == "pcomp" and token.tag_ == "VBG" and _light_prep(lex, token.head):
        return _prep_owner(lex, token.head)
    return None


def _prep_owner(lex: Lexicon, prep: Token) -> Token:
    """The verb a light preposition is read with: its head, or the verb whose object its head
    is where the lexicon lists them together ("claimed responsibility for")."""
    head = prep.head
    if head.dep_ in _OBJECT_DEPS and f"{_lemma(head.head)} {_lemma(head)}" in lex.light_preps:
        return head.head
    return head


def _light_prep(lex: Lexicon, prep: Token) -> bool:
    """ "took part in the attack", "took part in the ceremony": a preposition that brings a
    light verb's act, if it names one; not where a pattern of the verb names the preposition
    ("joined Sweden in condemning": the verb's sense)."""
    verb = _prep_owner(lex, prep)
    if prep.dep_ != "prep" or verb == prep:
        return False
    lemma = _lemma(verb)
    keys = [lemma, *(f"{lemma} {_lemma(o)}" for o in _objects(verb))]
    if not any(prep.lower_ in lex.light_preps.get(k, ()) for k in keys):
        return False
    patterns, _ = _cameo_verb(lex, verb, lemma)
    sense = _sense(lex, patterns, verb) if patterns else None
    return sense is None or prep.i not in sense[1]


def _asked_of(token: Token) -> bool:
    """Whether a verb of trying to get names whom it asks ("sought arms from Berlin"): to seek
    an office, a term or a penalty asks no one (CAMEO's 02 codes an appeal to someone); the
    dictionary's own patterns ("seek the release", "seek talks") are read before."""
    return any(_prep_objects(h, ("from",)) for h in [token, *_objects(token)])


def _by_dissenters(lex: Lexicon, token: Token) -> bool:
    """Whether a verb's doer, its subject or its passive's agent, is protesters."""
    doer = _subject(lex, token) or _agent_noun(token)
    return doer is not None and _lemma(doer) in lex.dissenters


def _done_to_act(
    lex: Lexicon, token: Token, senses: dict[EventType, tuple[EventType, str | None]]
) -> _Trigger | None:
    """ "stopped shelling the city", "suspended plans to impose a curfew": a verb of
    `Lexicon.on_acts` with a hostile act for its clause codes by the act's type, whatever
    the verb alone codes ("suspend" is SANCTION)."""
    comp = _complement(token)
    # "suspended plans to impose a curfew": the act a plan names is the one called off.
    planned = [c for o in _objects(token) if _lemma(o) in lex.documents if (c := _to_clause(o))]
    comp = comp if comp is not None or not planned else planned[0]
    act = _classify(lex, comp) if comp is not None else None
    if act is None:
        return None
    text = f"{token.text} ... {act.token.text}"
    if act.type in senses:
        etype, mode = senses[act.type]
        return _Trigger(token, etype, mode, 0.8, complement=comp, text=text, future_done=True)
    if planned and QUAD_CLASS[act.type] not in COOPERATIVE:
        # Calling off a planned coercion or threat yields (CAMEO's 08).
        return _Trigger(token, EventType.CONCEDE, None, 0.8, complement=comp, text=text)
    return None


def _on_act_senses(
    lex: Lexicon, token: Token, lemma: str
) -> dict[EventType, tuple[EventType, str | None]] | None:
    keys = [lemma, *(f"{lemma} {c.lower_}" for c in _particles(token))]
    return next((lex.on_acts[k] for k in keys if k in lex.on_acts), None)


def _prep_verb(lex: Lexicon, lemma: str) -> bool:
    """Whether every CAMEO pattern of a verb names what it acts on through a preposition, none
    as its object ("renege on"): with no object, the verb still codes in its own sense
    ("reneged on its commitment"), as CAMEO reads it."""
    patterns = lex.cameo.get(lemma, ())
    return any(p.preps for p in patterns) and not any(p.words for p in patterns)


def _dissident(verb: Token) -> bool:
    """Whether a verb's subject may hold a protest of its own: no state, government or armed
    force ("the union", "doctors"; not "Egypt", "the authorities", "police")."""
    subj = next(iter(_children(verb, ("nsubj",))), None)
    if subj is None or subj.ent_type_ == "GPE":
        return False
    return not _agent_codes(subj) & (_ARMED_AGENTS | {"GOV"})


def _talks_failed(lex: Lexicon, token: Token) -> _Trigger | None:
    """ "talks between X and Y ended without an agreement", "the meeting broke up with no
    deal": talks, the verb's subject or object, whose outcome is an accord denied failed to
    come to terms, a REJECT as "failed to agree" is (CAMEO's FAIL), by the talks' sides."""
    for talks in _children(token, ("nsubj", "dobj")):
        found = _lookup_noun(lex, talks)
        if found is None or found[0] is not EventType.CONSULT:
            continue
        for prep in [*_children(token, ("prep",)), *_children(talks, ("prep",))]:
            for accord in _children(prep, ("pobj",)):
                denied = prep.lower_ == "without" or (prep.lower_ == "with" and _denied(accord))
                outcome = _lookup_noun(lex, accord) if denied else None
                if outcome is not None and outcome[0] is EventType.AGREE:
                    text = f"{token.text} ... {accord.text}"
                    return _Trigger(token, EventType.REJECT, None, 0.7, text=text, noun=talks)
    return None


def _ends_act(
    lex: Lexicon, token: Token, senses: dict[EventType, tuple[EventType, str | None]]
) -> _Trigger | None:
    """ "called off its 48-hour strike", "suspended their protests": a verb of
    `Lexicon.on_acts` ending the doer's own protest eases its dissent, a concession (CAMEO
    082: "halt strike", "cancel rally"), and so does one of no owner named ending "the
    48-hour strike"; police or a state stopping a protest end no dissent of theirs.
    Any other hostile act it ends for object codes by the act's type ("halted its air
    strikes", "suspended attacks": RETREAT, CAMEO 087; "prevented the demonstration"),
    whatever the verb's pattern for a stoppage of work or its sense alone."""
    for obj in _objects(token):
        found = _lookup_noun(lex, obj)
        if found is None:
            continue
        text = f"{token.text} {found[2].text}"
        owners = _children(obj, ("poss",))
        own = any(c.lower_ in _OWN for c in owners) or (not owners and _dissident(token))
        if found[0] is EventType.PROTEST and own:
            return _Trigger(token, EventType.CONCEDE, None, 0.8, text=text)
        if found[0] in senses:
            etype, mode = senses[found[0]]
            return _Trigger(token, etype, mode, 0.8, text=text)
    return _hostilities_ended(lex, token, senses)


def _hostilities_ended(
    lex: Lexicon, token: Token, senses: dict[EventType, tuple[EventType, str | None]]
) -> _Trigger | None:
    """ "Fighting between Sudan and South Sudan stopped", "the shelling of Kharkiv ceased": a
    verb of ending with no object ends the hostile act that is its subject, as ending it
    does ("stopped the fighting": RETREAT), done by the act's own sides; the act is no
    attack told."""
    if _objects(token) or _children(token, ("xcomp", "ccomp", "auxpass")):
        return None
    for subj in _children(token, ("nsubj",)):
        found = _lookup_noun(lex, subj)
        if found is None or found[0] not in _HOSTILE_ACTS or found[0] not in senses:
            continue
        etype, mode = senses[found[0]]
        text = f"{found[2].text} {token.text}"
        return _Trigger(token, etype, mode, 0.75, text=text, noun=found[2])
    return None


def _act_noun(lex: Lexicon, noun: Token) -> tuple[EventType, str | None, Token] | None:
    """ "an end to the shelling", "the suspension of attacks": the noun of a verb of
    `Lexicon.on_acts` with a hostile act codes as its verb does."""
    verb = lex.act_nouns.get(_lemma(noun))
    if verb is None:
        return None
    for act in _prep_objects(noun, ("of", "to")):
        found = _lookup_noun(lex, act)
        if found is not None and found[0] in lex.on_acts[verb]:
            return (*lex.on_acts[verb][found[0]], noun)
    return None


def _acted_on(lex: Lexicon, noun: Token) -> bool:
    """ "rocket fire" in "an end to rocket fire": an act whose end is told did not happen."""
    head = noun.head
    return (
        noun.dep_ == "pobj" and head.lower_ in ("of", "to") and _lemma(head.head) in lex.act_nouns
    )


def _appeal(lex: Lexicon, token: Token, comp: Token | None) -> _Trigger | None:
    """ "advised Kyiv to suspend talks", "recommended that the IOC bar the team", "advocated
    sanctions": a verb of appeal (CAMEO's 02 block, PLOVER's REQUEST) asks an actor to act
    where it names whom it asks and what they are to do ("to" ...), a clause in the
    subjunctive, or an act; not "suggested that he had lied" (a claim), "advised of the risks"
    (told) nor "advocates Ohio becoming a state" (a stance)."""
    asked = (
        comp is not None and comp.dep_ == "xcomp" and "to" in _aux(comp) and bool(_objects(token))
    )
    passive = comp is not None and bool(_children(comp, ("auxpass",)))
    if comp is not None and passive and not _asks_act_on(lex, comp):
        return None
    if asked or (comp is not None and comp.dep_ == "ccomp" and _mandative(comp)):
        trig = _frame(lex, token, EventType.REQUEST, comp)
        if trig is not None:
            # The one asked is the clause's subject; a passive one's undergoes the act, as
            # in a demand ("that the envoy be expelled").
            trig.clause_target = not asked and not passive
        return trig
    if any(_lookup_noun(lex, o) is not None for o in _children(token, ("dobj",))):
        return _typed(lex, token, EventType.REQUEST, None, 0.8, token.text)
    return None


def _asks_act_on(lex: Lexicon, clause: Token) -> bool:
    """ "that the envoy be expelled", "that the sailors be freed": a passive clause asks an act
    the lexicon types, not one of care for the public ("that residents be evacuated") nor an
    arrangement ("that the hearing be moved"), whoever is to do it."""
    inner = _classify(lex, clause)
    if inner is None:
        return False
    undergoes = _children(clause, ("nsubjpass",))
    return not (QUAD_CLASS[inner.type] in COOPERATIVE and any(_populace(s) for s in undergoes))


def _mandative(clause: Token) -> bool:
    """ "(recommended) that the envoy leave", "that the envoy be expelled", "(suggested) Iran
    should talk": a clause of what is to be done, in the subjunctive, active or passive, with
    "should", or in the present under a past verb."""
    aux = _aux(clause)
    present_under_past = clause.tag_ == "VBP" and clause.head.tag_ in ("VBD", "VBN")
    bare = not aux and (clause.tag_ == "VB" or present_under_past)
    return "should" in aux or bare or _subjunctive(clause)


def _discharged(lex: Lexicon, token: Token) -> bool:
    """ "released from hospital": CAMEO codes a release from detention (0841); from an
    unnamed place of another kind, not an act's ("from house arrest"), it is a discharge."""
    return any(
        o.pos_ == "NOUN"
        and not o.ent_type_
        and _lemma(o) not in lex.detention
        and _lookup_noun(lex, o) is None
        for o in _prep_objects(token, ("from",))
    )


def _shows(lex: Lexicon, token: Token) -> bool:
    """ "demonstrated ignorance", "marched the prisoners out": a verb the CAMEO dictionary
    files under protest (not "protest" itself, its disapproval) takes no object in that
    sense; with one that is no event, place or body it is used in another."""
    return any(
        not obj.ent_type_ and obj.pos_ == "NOUN" and _lookup_noun(lex, obj) is None
        for obj in _children(token, ("dobj",))
    )


def _typed(
    lex: Lexicon, token: Token, etype: EventType, mode: str | None, conf: float, text: str
) -> _Trigger:
    """A verb's trigger, with the mode its manner or its object tells."""
    if etype == EventType.CONSULT:
        mode = _manner(lex, token) or mode
    if etype in (EventType.THREATEN, EventType.REQUEST):
        # "threatened tariffs": what is threatened or asked for gives the mode.
        for obj in _objects(token):
            about = _lookup_noun(lex, obj)
            if about is not None:
                mode = _MODE_OF_TYPE.get(about[0], mode)
    return _Trigger(token, etype, mode, conf, text=text)


def _particles(token: Token) -> list[Token]:
    """A verb's particles and prepositions, but not one that tells when ("called the deal
    useless on Monday" is no "call on")."""
    return [
        c
        for c in token.children
        if c.dep_ == "prt"
        or (
            c.dep_ == "prep"
            and not any(o.ent_type_ in ("DATE", "TIME") for o in _children(c, ("pobj",)))
        )
    ]


def _other_sense(lex: Lexicon, token: Token, lemma: str) -> bool:
    """ "pressed on towards the capital", "pressed ahead with the vote", "backed away from
    the deal": a particle, or a directional adverb after the verb, standing where the verb's
    object would, that neither CAMEO (a verb of its own, "back down", or a pattern's word,
    "THROW * OUT") nor the lexicon's phrasal verbs pair with the verb makes another verb, not
    the bare verb's sense. One with a preposition of its own tells a place, a time or a
    number ("deported back to Congo", "deployed ahead of the protests", "up to 16")."""
    if _objects(token):
        return False
    for c in token.children:
        if _children(c, ("prep",)):
            continue
        if c.dep_ == "prt" or (
            c.dep_ == "advmod" and c.i > token.i and c.lower_ in lex.adverb_particles
        ):
            key = f"{lemma} {c.lower_}"
            written = {h for p in lex.cameo.get(lemma, ()) for e in p.words for h, _ in e}
            if key not in lex.cameo and key not in lex.phrasal and c.lower_ not in written:
                return True
    return False


def _cameo_verb(lex: Lexicon, token: Token, lemma: str) -> tuple[tuple[Pattern, ...] | None, str]:
    """The CAMEO entry of a verb, with its particle or preposition if listed ("call off")."""
    for c in _particles(token):
        if verb := lex.cameo.get(f"{lemma} {c.lower_}"):
            return verb, f"{token.text} {c.text}"
    return lex.cameo.get(lemma), token.text


# The lexicon's senses of a verb of meeting someone (not mediating between others).
_MEETING_VERBS = frozenset(
    (EventType.CONSULT, mode) for mode in ("meeting", "visit", "phone", "video")
)
# The edge two states share: who visits it is the guest of neither.
_BORDERS = frozenset({"border", "frontier", "boundary"})
# An investigation is ACCUSE where it is into a crime, not into a crash (`_mishap_inquiry`).
_INQUIRY = frozenset({"investigation", "investigate"})
_BACKGROUND = frozenset({"relcl", "acl", "advcl", "pcomp", "csubj", "amod"})
_REPRESSION = "pro_autocracy"
_NOMINAL = frozenset({"NOUN", "PROPN", "NUM"})
# Prepositions that set an event noun in the background ("since the invasion").
_BACKGROUND_PREPS = frozenset({"since", "after", "before", "during", "until", "amid", "following"})
# Those of them after which a deed told in full is what the news follows from, or goes on amid.
_CAUSE_PREPS_OF_NEWS = frozenset({"after", "following", "amid"})
# Entities that name a doer by an adjective or a possessive: "Russian", "Russia's", "NATO's".
_DOER_ENTITIES = frozenset({"NORP", "GPE", "ORG", "PERSON"})
# Harm done among sides where it happened, whose adjectives tell where, not who.
_MUTUAL_HARM = ("violence", "clash", "fighting")
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
# Dependents of a verb that may fill the words of its patterns: objects, particles, predicates.
_PATTERN_DEPS = frozenset({"prt", "advmod", "acomp", "oprd", "attr"})
_PATTERN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "aux", "neg"})
# A pattern's prepositional object, a gerund too ("prevented them from entering": pcomp).
_PREP_OBJECT_DEPS = frozenset({"pobj", "pcomp"})


def _forms(token: Token) -> set[str]:
    """A pattern word's forms: lemma, text, and the whole of a hyphenated word the tokenizer
    split ("re-election" ends in "election")."""
    forms = {_lemma(token), token.lower_}
    doc, start = token.doc, token.i
    while (
        start >= 2 and doc[start - 1].text == "-" and " " not in doc[start - 2 : start].text_with_ws
    ):
        start -= 2
    if start < token.i:
        forms.add(doc[start : token.i].text.lower() + _lemma(token))
    return forms


def _fits(token: Token, element: Element) -> bool:
    words = _forms(token)
    lefts = {w for c in token.lefts for w in (_lemma(c), c.lower_)}
    # A word denied fits only a pattern that names the denial ("found not guilty" is no
    # "FOUND * GUILTY"; "pleaded not guilty" is "PLEAD * {NOT GUILTY}").
    denied = any(c.dep_ == "neg" for c in token.lefts)
    for head, mods in element:
        if head in words and mods <= lefts and (not denied or "not" in mods):
            return True
    return False


def _sense(
    lex: Lexicon, patterns: tuple[Pattern, ...], token: Token
) -> tuple[Pattern, set[int]] | None:
    """The most specific pattern of a verb found around it, and the tokens it covers."""
    objs = _objects(token)
    # "released dozens of prisoners": a number's "of" names what the pattern's object is.
    counted = [o for c in objs if _counted(c) for o in _prep_objects(c, ("of",))]
    words = [*objs, *counted, *(c for c in _children(token, _PATTERN_DEPS) if not _extent(c))]
    preps = [p for t in [token, *words] for p in _children(t, ("prep", "agent", "prt"))]
    # "A soldier entered the village": one member of the forces named in the singular is a
    # person, not the forces CAMEO's patterns name as doers ("troops entered", "the army").
    subject = [
        t
        for c in token.lefts
        if c.dep_ in _PATTERN_SUBJECT_DEPS
        for t in c.subtree
        if not (t.tag_ == "NN" and _lemma(t) in lex.forces and is_person_noun(_lemma(t)))
    ]
    pobjs = [o for p in preps for o in _children(p, _PREP_OBJECT_DEPS)]
    # Cheap first: a pattern whose words are not all around the verb cannot match.
    near = {w for t in [*words, *preps, *subject, *pobjs] for w in _forms(t)}
    for pattern in patterns:
        if not all(need & near for need in pattern.needs):
            continue
        used: set[int] = set()
        if (
            all(_find(e, subject, used) for e in pattern.subject)
            and all(_find(e, words, used) for e in pattern.words)
            and all(_find_prep(w, o, preps, used) for w, o in pattern.preps)
        ):
            return pattern, used
    return None


def _extent(adverb: Token) -> bool:
    """ "cut two years off the terms, down to five years", "scaled back to 20 percent": an
    adverb whose "to" or "from" brings an amount tells how far a measure moved, it is no
    particle of the verb's phrasal sense ("cut down": kill)."""
    return adverb.dep_ == "advmod" and any(
        o.ent_type_ in _MEASURES | {"PERCENT", "MONEY"}
        for o in _prep_objects(adverb, ("to", "from"))
    )


def _find(element: Element, tokens: list[Token], used: set[int]) -> bool:
    for t in tokens:
        if _fits(t, element):
            used.add(t.i)
            return True
    return False


def _find_prep(word: str, obj: Element | None, preps: list[Token], used: set[int]) -> bool:
    for prep in preps:
        if prep.lower_ != word:
            continue
        if obj is None:
            used.add(prep.i)
            return True
        for pobj in _children(prep, _PREP_OBJECT_DEPS):
            if _fits(pobj, obj):
                used.update((prep.i, pobj.i))
                return True
    return False


def _noun_event(lex: Lexicon, token: Token, lemma: str) -> _Trigger | None:
    """ "held talks", "took part in the talks", "riots broke out": the event noun a light
    verb brings, or the one an occurrence verb says happened."""
    particles = [f"{lemma} {c.lower_}" for c in _children(token, ("prt", "dobj"))]
    occurs = any(k in lex.occurrence for k in [lemma, *particles])
    # "claimed responsibility for the bombing": the preposition of a verb's object.
    owned = [o for o in _objects(token) if f"{lemma} {_lemma(o)}" in lex.light_preps]
    # A particle verb counts as listed: "stepped up attacks".
    light = any(k in lex.light_verbs for k in [lemma, *particles])
    light = light or lemma in lex.light_preps or lemma in lex.absence
    if not (light or occurs or owned) or _describes(token, lemma) or _possessed(token, lemma):
        return None
    if light and any(_returns(c) for c in _children(token, ("advmod", "prt"))):
        return None  # "brought the troops home", "sent its forces back": a return, not a sending

    # "the sanctions imposed by Canada", "talks were held": the noun a passive verb acts on.
    nouns = _objects(token) if light or owned else []
    if occurs and not _children(token, ("xcomp", "ccomp")):
        # "Protests spread across Iran": not where none happened ("no talks took place"), a
        # mishap did ("a fire broke out") or the verb governs the act ("troops began leaving").
        nouns += [
            s
            for s in _children(token, ("nsubj",))
            if _lemma(s) not in lex.mishaps and not any(c.lower_ == "no" for c in s.children)
        ]
    # "took part in the talks": the preposition may belong to the verb and its object.
    keys = [lemma, *(f"{lemma} {_lemma(o)}" for o in nouns)]
    preps = {p for key in keys for p in lex.light_preps.get(key, ())}
    for prep in [
        *_children(token, ("prep",)),
        *(p for o in owned for p in _children(o, ("prep",))),
    ]:
        if prep.lower_ in preps:
            # First: in "were engaged in ethnic cleansing" the subject is no act. Forces are
            # none a preposition brings: "entered into force" takes effect.
            nouns[:0] = [o for o in _children(prep, ("pobj",)) if _lemma(o) not in lex.forces]
    # "brought the talks to an end", "brought the shelling to a halt": the act is ended, and
    # codes as the verb of its ending does ("ended the shelling"), or not at all.
    ending = next(
        (
            lex.act_nouns[_lemma(o)]
            for o in _prep_objects(token, ("to",))
            if _lemma(o) in lex.act_nouns
        ),
        None,
    )
    for noun in nouns:
        found = _lookup_noun(lex, noun)
        if found is not None and ending is not None:
            if found[0] not in lex.on_acts[ending]:
                return None
            etype, mode = lex.on_acts[ending][found[0]]
            return _Trigger(token, etype, mode, 0.75, text=f"{token.text} {found[2].text}")
        if found is not None:
            etype, mode, named = found
            etype, mode = _own_arms_given(lex, token, named) or (etype, mode)
            text = f"{token.text} {named.text}"
            if named in _children(token, ("nsubj",)):
                text = f"{named.text} {token.text}"  # "riots broke out"
            absent = lemma in lex.absence
            trig = _Trigger(token, etype, mode, 0.75, text=text, noun=named, absent=absent)
            trig.reverse = lemma in lex.receiving  # "received aid from Iran"
            return trig
    return None


def _struck_by_arms(lex: Lexicon, token: Token) -> bool:
    """ "An airstrike hit a school", "were hit by drone attacks", "a wave of strikes hit the
    base": arms or an attack (or a run of them) strike something named, as its subject or a
    passive's agent; not an act of another type ("hit by a cyber attack": COERCE). Bare
    "strikes" may be stoppages of work ("Paris was hit by strikes"): they count only with a
    modifier ("Israeli strikes", "drone strikes")."""
    passive = _agent_noun(token)
    doer = passive if passive is not None else next(iter(_children(token, ("nsubj",))), None)
    if doer is None or (passive is None and not _children(token, _OBJECT_DEPS)):
        return False
    for d in [doer, *_prep_objects(doer, ("of",))]:
        found = _lookup_noun(lex, d)
        bare = _lemma(d) == "strike" and not _children(d, ("amod", "compound", "poss"))
        if _arms_named(lex, d) and not bare and (found is None or found[0] is EventType.ASSAULT):
            return True
    return False


def _own_arms_given(lex: Lexicon, token: Token, noun: Token) -> tuple[EventType, str | None] | None:
    """ "handed over their weapons to the army", "gave its guns to the police": arms of the
    giver's own given to the forces of order are laid down, not supplied ("sent its drones
    to Russia"), and read as CAMEO reads their surrender ('surrender &weapon': demobilising;
    'surrender (to police)': yielding)."""
    own = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children)
    to_forces = any(_agent_codes(r) & _STATE_FORCES for r in _prep_objects(token, ("to",)))
    if not (own and to_forces) or _lemma(noun) not in lex.arms:
        return None
    sense = _sense(lex, lex.cameo.get("surrender", ()), token)
    return (sense[0].type, sense[0].mode) if sense is not None and sense[0].type else None


def _possessed(token: Token, lemma: str) -> bool:
    """ "claimed they have public support", "Iran has the backing of Russia": "have" in the
    simple present tells a state held, not an act done ("had talks", "will have talks")."""
    return lemma == "have" and token.tag_ in ("VBP", "VBZ") and not _aux(token)


def _returns(word: Token) -> bool:
    """ "home", "back" as a way back ("brought them back from Mali"), not a time ("back in
    1972")."""
    back = word.lower_ == "back" and all(c.lower_ == "from" for c in word.children)
    return word.lower_ == "home" or back


def _describes(token: Token, lemma: str) -> bool:
    """Whether a verb describes or names its object rather than performing it: "called the
    talks useful", "called the weapon 'Oreshnik'", "called the deal 'lousy'" (an adjective
    after its noun, which the parser may hang on the noun, is what the noun is called)."""
    if _children(token, ("oprd",)):
        return True
    objs = _children(token, _OBJECT_DEPS)
    if lemma in load_lexicon().judging and any(
        c.dep_ == "amod" and c.i > obj.i for obj in objs for c in obj.children
    ):
        return True
    return lemma == "call" and any(_children(obj, ("appos",)) for obj in objs)


def _manner(lex: Lexicon, token: Token) -> str | None:
    """The mode a "by video call", "over the phone" gives a meeting."""
    for prep in _children(token, ("prep",)):
        if prep.lower_ in ("by", "via", "over", "on"):
            for pobj in _children(prep, ("pobj",)):
                found = _lookup_noun(lex, pobj)
                if found is not None and found[0] == EventType.CONSULT:
                    return found[1]
    return None


def _promise(token: Token, etype: EventType, mode: str | None, conf: float) -> _Trigger:
    if etype in _PROMISABLE:
        pledge = QUAD_CLASS[etype] in COOPERATIVE
        pledge = pledge or (etype is EventType.MOBILIZE and _sent_to_state(token))
        new = EventType.AGREE if pledge else EventType.THREATEN
        return _Trigger(token, new, _MODE_OF_TYPE.get(etype), conf, text=token.text)
    return _Trigger(token, etype, mode, conf, text=token.text)


def _sent_to_state(token: Token) -> bool:
    """ "pledged to deploy troops to Estonia", "will send troops to Mali", "committed 3,000
    troops to Poland": forces promised to a state go there to back it, as CAMEO files
    sending forces under military cooperation and aid (062, 072), not as a threat."""
    verbs = [token, *_children(token, ("xcomp",))]
    heads = [*verbs, *(o for v in verbs for o in _children(v, _OBJECT_DEPS))]
    return any(_names_state(o) for h in heads for o in _prep_objects(h, ("to",)))


def _names_state(noun: Token) -> bool:
    """Whether a noun with its compounds is a country's name ("Saudi Arabia")."""
    start = min([noun.i, *(c.i for c in noun.lefts if c.dep_ == "compound")])
    found = load_gazetteer().lookup(noun.doc[start : noun.i + 1].text)
    return found is not None and found[0].kind is ActorKind.COUNTRY


def _frame(
    lex: Lexicon, token: Token, fixed: EventType | None, comp: Token | None
) -> _Trigger | None:
    inner = _classify(lex, comp) if comp is not None else None
    inner = _through_transparent(lex, comp, inner)
    text = token.text if comp is None else f"{token.text} ... {comp.text}"
    if fixed is EventType.THREATEN and _lemma(token) == "warn" and not _warns_of_harm(comp, inner):
        return None  # "warned people to stay away", "warned that prices will rise": advice
    if fixed is EventType.REQUEST and _asks_populace(token, inner):
        return None  # "urged residents to stay indoors": advice to the public
    if fixed is not None:
        mode = _MODE_OF_TYPE.get(inner.type) if inner is not None else None
        if inner is not None and inner.type == fixed:
            mode = inner.mode
        return _Trigger(token, fixed, mode, 0.85, complement=comp, text=text, future_done=True)
    # A commitment: to cooperate is AGREE, to do harm is THREATEN; a promise of an act the
    # lexicon does not know is still AGREE where it is made to an actor or bears on one (a
    # promise to a crowd, "offered to kiss the baby", is no political act); a vow or
    # readiness is too vague to keep.
    if inner is None:
        if _lemma(token) not in lex.bare_commit:
            return None
        return _Trigger(
            token, EventType.AGREE, None, 0.6, complement=comp, text=text, needs_partner=True
        )
    trig = _promise(token, inner.type, inner.mode, 0.75)
    if comp is not None and _children(comp, ("neg",)):
        trig = _refrained(trig, inner.type, comp)  # "promised not to attack"
    trig.complement, trig.text, trig.future_done = comp, text, True
    return trig


def _refrained(trig: _Trigger, act: EventType, verb: Token) -> _Trigger:
    """ "promised not to attack Somalia", "will not attack": to refrain from harm is a pledge
    of restraint (AGREE: CAMEO's 035x, intents to ease or de-escalate), no threat; from
    cooperating, forces sent to a state included, a refusal ("will not send troops to
    Latvia", "pledged not to send aid"). `verb` is the verb of the act refrained from."""
    if QUAD_CLASS[act] in COOPERATIVE or _promise(verb, act, None, 0).type is EventType.AGREE:
        return replace(trig, type=EventType.REJECT, mode=_MODE_OF_TYPE.get(act))
    return replace(trig, type=EventType.AGREE, mode=None)


def _asks_populace(token: Token, inner: _Trigger | None) -> bool:
    """ "urged residents to stay indoors", "called on the population to remain calm", "urged
    anyone with information to contact police", "appealed to the public for information",
    "sought the public's help": the public asked, people of no sector (or an indefinite
    pronoun), to do what is no act against anyone (nothing the lexicon names, or a
    cooperative act: "to evacuate") is advised or appealed to, which is no act between
    political actors; called on to protest or to fight, they are mobilised against someone
    and the request stays. Whose help or patience is asked for ("the public's help", "help
    from the public") are the ones asked."""
    if inner is not None and QUAD_CLASS[inner.type] not in COOPERATIVE:
        return False
    asked = [*_children(token, ("dobj",)), *_prep_objects(token, ("on", "to"))]
    asked = [a for noun in asked for a in _whose_asked(noun)]
    # What is asked for names the ones asked where it is whose it is, or is people itself
    # ("appealed for witnesses to come forward"); "for help" alone names no one.
    asked += [
        a
        for noun in _prep_objects(token, ("for",))
        for a in _whose_asked(noun)
        if a is not noun or _populace(a)
    ]
    return bool(asked) and all(_populace(noun) for noun in asked)


def _whose_asked(noun: Token) -> list[Token]:
    """The one asked behind what is asked of them: "the public's help", "help from the
    public" -> public; people asked are themselves ("its citizens", "residents")."""
    if _populace(noun):
        return [noun]
    return [*_children(noun, ("poss",)), *_prep_objects(noun, ("from",))] or [noun]


def _populace(noun: Token) -> bool:
    """Whether a noun names the public: people of no sector ("people", "residents"), the
    public itself or its members ("members of the public"), witnesses, whom anyone may be,
    or an indefinite pronoun ("anyone")."""
    if "Ind" in noun.morph.get("PronType", []):
        return True
    if _lemma(noun) in _THE_PUBLIC or (
        _lemma(noun) == "member" and any(_populace(o) for o in _prep_objects(noun, ("of",)))
    ):
        return True
    # The agent the noun itself heads, not one its phrase names ("$181 billion for injuries
    # suffered by citizens" asks money).
    codes = load_gazetteer().head_agent_codes(
        [t.lower_ for t in noun.doc[noun.left_edge.i : noun.i + 1]]
    )
    return bool(codes) and codes <= _PEOPLE


def _warns_of_harm(comp: Token | None, inner: _Trigger | None) -> bool:
    """ "warned Iran not to interfere", "warns Gambia that it plans to invade": a warning is a
    threat where it deters, or warns of a hostile act of the one warned or of the speaker's
    side (a pronoun); "warned that the regime plans to ..." tells of a third party's."""
    if comp is not None and comp.dep_ == "xcomp" and any(c.dep_ == "neg" for c in comp.children):
        return True  # "warned Beijing not to interfere": deterrence
    if comp is None or inner is None or QUAD_CLASS[inner.type] in COOPERATIVE:
        return False
    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is None or subj.pos_ == "PRON"


def _warns_public(lex: Lexicon, token: Token) -> bool:
    """ "warned residents about the volcano", "warned the public of a storm": a warning to
    the public at large (`_populace`) of no hostile act is advice on a danger (CAMEO's WARN OF
    RISK, 012, a comment), no threat, as a warning to do no act against anyone is; of an
    act against someone it stays a threat ("warned residents of airstrikes")."""
    warned = _children(token, ("dobj",))
    if not warned or not all(_populace(n) for n in warned):
        return False
    # The parse may hang the danger on the verb or on the ones warned.
    told = _prep_objects(token, _WARNED_OF) + [
        o for n in warned for o in _prep_objects(n, _WARNED_OF)
    ]
    return not any(
        (found := _lookup_noun(lex, o)) is not None and QUAD_CLASS[found[0]] not in COOPERATIVE
        for o in told
    )


# What a warning is of: "warned of a storm", "about the volcano", "against travel".
_WARNED_OF = ("of", "about", "against")


def _through_transparent(
    lex: Lexicon, comp: Token | None, inner: _Trigger | None
) -> _Trigger | None:
    """ "agreed to begin talks": look through a transparent verb to the act it governs."""
    while inner is None and comp is not None and _lemma_in(comp, lex.transparent):
        comp = _complement(comp)
        inner = _classify(lex, comp) if comp is not None else None
    return inner


# --- flags -----------------------------------------------------------------------------


def _aux(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}


def _clause_chain(lex: Lexicon, token: Token) -> list[Token]:
    """The token, the transparent verbs that govern it ("plans to attack"), the act its
    infinitive of purpose serves ("will visit Dakar to mediate": ahead as the visit is) and
    the verbs it is coordinated with where it shares their auxiliaries ("will not attend or
    send")."""
    chain = [token]
    if (light := _light_gerund(lex, token)) is not None:
        chain.append(light)  # "did not take part in attacking": the light verb's
        token = light
    while (token.dep_ in ("xcomp", "conj") or _purpose_clause(lex, token)) and token.head != token:
        head = token.head
        transparent = _lemma_in(head, lex.transparent) or _purpose_clause(lex, token)
        if token.dep_ == "xcomp" and not transparent:
            break
        if token.dep_ == "conj" and (token.tag_ in _FINITE or _aux(token)):
            break  # "did not want war but calls for talks": a clause of its own
        chain.append(head)
        token = head
    return chain


def _in_condition(token: Token) -> bool:
    """True when the token sits in an "if"/"unless" clause or an indirect question ("asked
    whether ...")."""
    for anc in [token, *token.ancestors]:
        if anc.dep_ in ("advcl", "ccomp") and any(
            c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in anc.children
        ):
            return True
    return False


def _condition_marks(token: Token) -> set[str]:
    """The marks of the conditions a verb is told on ("unless ...", "if ...")."""
    return {
        m.lower_
        for c in _children(token, ("advcl",))
        for m in _children(c, ("mark",))
        if m.lower_ in _CONDITION_MARKS
    }


def _not_yet(token: Token) -> bool:
    """ "has yet to join", "is yet to sign": the act has not happened."""
    head = token.head
    return (
        token.dep_ == "xcomp"
        and _lemma(head) in ("have", "be")
        and any(c.lower_ == "yet" for c in head.children)
    )


def _negated(lex: Lexicon, trig: _Trigger, chain: list[Token]) -> bool:
    negated = any(c.dep_ == "neg" for t in chain for c in t.children)
    negated = negated or any(_lemma(t) == "fail" for t in chain[1:]) or _not_yet(chain[-1])
    negated = negated or _unable(chain[-1])
    subj = _subject(lex, trig.token)
    negated = negated or (subj is not None and _denied(subj))
    negated = negated or any(_denied(c) for t in chain for c in _children(t, ("nsubjpass",)))
    # "made no apology", "no talks were held", "reached no agreement", "sent no troops",
    # "conceded nothing": the event noun, or what the act is done to, is denied.
    nouns = [trig.noun] if trig.noun is not None else []
    negated = negated or any(_denied(n) for n in [*nouns, *_children(trig.token, ("dobj",))])
    # "did not skip the summit" is a meeting held.
    return negated != trig.absent


def _failed(chain: list[Token], aux: set[str]) -> bool:
    """The act was tried and not achieved: "failed to agree", "were unable to agree", "could
    not agree"."""
    return (
        any(_lemma(t) == "fail" for t in chain[1:])
        or _unable(chain[-1])
        or ("could" in aux and any(c.dep_ == "neg" for t in chain for c in t.children))
    )


def _no_outcome(lex: Lexicon, trig: _Trigger) -> bool:
    """ "reached no agreement", "no deal was struck": the accord itself is denied, not its
    making: the talks failed, as "failed to agree" tells ("did not sign the deal" denies a
    signing)."""
    nouns = [] if trig.noun is None else [trig.noun]
    nouns += _children(trig.token, ("dobj", "nsubjpass"))
    return any(
        _denied(n) and (found := _lookup_noun(lex, n)) is not None and found[0] is EventType.AGREE
        for n in nouns
    )


def _unable(token: Token) -> bool:
    """ "was unable to capture the town", "were not able to arrest him": an act its doer
    could not do did not happen ("was able to" tells it did)."""
    head = token.head
    if token.dep_ != "xcomp" or head.lower_ not in ("able", "unable"):
        return False
    return head.lower_ == "unable" or any(
        c.dep_ == "neg" for t in (head, head.head) for c in t.children
    )


def _denied(subject: Token) -> bool:
    """ "No soldiers were hurt", "none of them was arrested", "nobody attacked", "neither
    side fired", "nothing was signed": the one acting or acted on is no one, or nothing, so
    the act did not happen."""
    return subject.lower_ in ("none", "nobody", "no-one", "neither", "nothing") or any(
        (c.dep_ == "det" and c.lower_ == "no") or c.lower_ == "neither" for c in subject.children
    )


def _under_modal(token: Token) -> bool:
    """ "would have objected to Ukraine opening an inquiry", "would consider charging him",
    "a bill that would allow the police to extradite suspects": what a possible act takes as
    its own object, its infinitive or its bare participle clause, is only possible too."""
    while token.head != token and (
        token.dep_ in ("xcomp", "pcomp", "pobj", "prep")
        or (token.dep_ == "ccomp" and "to" in _aux(token))
        or (token.dep_ == "advcl" and not _children(token, ("mark",)))
    ):
        token = token.head
        if _aux(token) & (_MODAL_AUX | {"would"}):
            return True
    return False


def _awaited(lex: Lexicon, token: Token) -> bool:
    """ "must agree to reforms before they disarm", "promised protests until Sweden joins":
    what a demand, a promise or a plan waits for has not happened."""
    for anc in [token, *token.ancestors]:
        if anc.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("until", "till", "before") for c in anc.children
        ):
            head = anc.head
            if _aux(head) & (_MODAL_AUX | _FUTURE_AUX) or _lemma(head) in (
                lex.commit_frames | lex.intent | lex.fixed_frames.keys()
            ):
                return True
    return False


def _topics(verb: Token) -> list[Token]:
    """What a meeting verb says is talked of: the object of "discuss" or "debate" and
    what is talked "about", "over" or "on" ("met to discuss border security", "talked about
    Iran's programme")."""
    found = _children(verb, ("dobj",)) if _lemma(verb) in load_lexicon().topic_verbs else []
    return found + _prep_objects(verb, ("about", "over", "on"))


def _purpose(lex: Lexicon, trig: _Trigger) -> bool:
    """ "came to Syria to fight ISIS", "remained in Iraq to prevent a coup": an infinitive of
    purpose after a verb that is no act tells what was meant, not what was done. After an
    act, it tells what that act did or was for ("sent troops to quell the riot", "met to
    discuss the crisis", "struck a deal to restore ties"); a protest is done by being there
    ("gathered to protest the law")."""
    head = _purpose_of(lex, trig.token)
    if trig.type == EventType.PROTEST or head is None:
        return False
    return _classify(lex, head) is None and not _meets_for(lex, trig, head)


def _meeting_aim(lex: Lexicon, trig: _Trigger) -> bool:
    """ "delegations met in Lima to sign an agreement", "held talks to restore ties": an act of
    cooperation other than the meeting's own that a meeting (a CONSULT) is for is what its
    sides set out to do, not yet done: a commitment to it, as "will sign" is (CAMEO's 03)."""
    if trig.type is EventType.CONSULT or QUAD_CLASS[trig.type] not in COOPERATIVE:
        return False
    head = _purpose_of(lex, trig.token)
    meeting = _classify(lex, head) if head is not None else None
    return meeting is not None and meeting.type is EventType.CONSULT


def _purpose_of(lex: Lexicon, token: Token) -> Token | None:
    """The verb whose infinitive of purpose a verb (or the first of its conjuncts) is."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token.head if _purpose_clause(lex, token) else None


def _purpose_clause(lex: Lexicon, token: Token) -> bool:
    """ "(sent troops) to quell the riot": an infinitive of purpose, with no subject of its own.
    The one met or the place visited controls no infinitive, so one after the object of a
    verb of meeting ("visited Lome to sign an accord", "met Putin to discuss Syria"), parsed
    as its complement, is the meeting's purpose too."""
    if _children(token, ("nsubj", "nsubjpass", "mark")) or not any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in token.children
    ):
        return False
    if token.dep_ == "xcomp" and _children(token.head, _OBJECT_DEPS):
        return lex.verbs.get(_lemma(token.head), (None,))[0] is EventType.CONSULT
    return token.dep_ == "advcl"


def _meets_for(lex: Lexicon, trig: _Trigger, head: Token) -> bool:
    """ "gathered in Cairo to discuss Libya", "travelled to Moscow to meet Putin": a meeting is
    what a verb of coming together or travel (CAMEO's block 04, consult) is done for, and
    the meeting is told as done ("came to Iraq to fight ISIS" is not)."""
    return trig.type == EventType.CONSULT and _lemma(head) in lex.convening


def _arranged(token: Token) -> bool:
    """ "The Senate was to meet on Monday to discuss ...", "protesters were to march", "the
    summit is set to open", "talks are due to resume": what "be to" or a verb of scheduling
    governs, and what it is done for, is arranged, not yet done; so is a meeting "set" or
    "scheduled" for a day ("the talks were set for Friday")."""
    if _scheduled_for(token):
        return True
    while token.dep_ in ("conj", "advcl") and token.head != token:
        token = token.head
    head = token.head
    return (
        token.dep_ == "xcomp"
        and (_lemma(head) == "be" or _scheduled_for(head))
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)
    )


def _scheduled_for(token: Token) -> bool:
    """A scheduling participle or "due" with what it schedules: "set to open", "scheduled
    for Friday" (not "set on fire")."""
    return (
        _lemma(token) in load_lexicon().scheduling
        and token.tag_ in ("VBN", "JJ")
        and (bool(_children(token, ("xcomp",))) or bool(_prep_objects(token, ("for",))))
    )


_DISPUTING = frozenset({EventType.ACCUSE, EventType.REJECT})


def _disputed(lex: Lexicon, token: Token) -> bool:
    """ "India alleges that Pakistan violated the truce", "Russia denied that its troops
    shelled the town", "the prisoner claimed he was wrongfully jailed": what an accusation,
    a denial or a claim says was done is a claim, not an act the report asserts; a known
    act cited as a reason inside it is asserted ("claimed that the shutdown was his fault,
    citing the Republicans' refusal to negotiate")."""
    for a in [token, *token.ancestors]:
        if a is not token and _cites(lex, a):
            return False
        if a.dep_ == "ccomp" and (
            _lemma(a.head) in lex.claims
            or ((trig := _classify(lex, a.head)) is not None and trig.type in _DISPUTING)
        ):
            return True
    return False


def _cites(lex: Lexicon, verb: Token) -> bool:
    """ "citing", "pointing to": a verb that gives a known act as a reason."""
    lemma = _lemma(verb)
    return lemma in lex.citing or any(
        f"{lemma} {p.lower_}" in lex.citing for p in _children(verb, ("prep",))
    )


def _told_would(aux: set[str]) -> bool:
    """ "The veterans would attack farmers", "Iran would then join": "would" (and no "will")
    outside reported speech tells a habit of the past or a condition, not a promise."""
    return aux & _FUTURE_AUX == {"would"}


def _reported(lex: Lexicon, trig: _Trigger) -> bool:
    """Whether an act is told under a verb of saying, warning or promising ("said it would
    attack", "'We would attack,' he said") or on a condition ("would attack if ..."),
    where "would" announces it."""
    told = lex.speech | lex.commit_frames | lex.fixed_frames.keys()
    heads = [trig.token, *trig.token.ancestors]
    return (
        any(_lemma(a) in told for a in heads[1:])
        or any(c.dep_ == "parataxis" and _lemma(c) in told for a in heads for c in a.children)
        or any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless")
            for c in _children(trig.token, ("advcl",))
            for m in c.children
        )
    )


def _going_to(chain: list[Token]) -> bool:
    return any(_lemma(t) == "go" and t.tag_ == "VBG" for t in chain[1:])


def _flags(lex: Lexicon, trig: _Trigger) -> tuple[_Trigger, bool, bool]:
    """Negation and hypothetical flags; an announced act becomes a pledge or a threat."""
    chain = _clause_chain(lex, trig.token)
    negated = _negated(lex, trig, chain)
    aux = set().union(*(_aux(t) for t in chain))
    failed = negated and trig.type is EventType.AGREE
    failed = failed and (_failed(chain, aux) or _no_outcome(lex, trig))
    if failed:
        # CAMEO codes FAIL alone as a rejection (120), as the PLOVER gold codes a failure
        # to come to terms: not an agreement denied.
        trig, negated = replace(trig, type=EventType.REJECT, mode=None, confidence=0.7), False
    intent = any(_lemma_in(t, lex.intent) for t in chain[1:])
    # "Poland fears Russia will attack", "it is unlikely that Chile would attack": an opinion
    # asserts no act, and makes no threat.
    opinion = any(_lemma(a) in lex.opinion for a in trig.token.ancestors)
    opinion = opinion or _judged_likely(lex, trig.token)
    opinion = opinion or _disposed(lex, trig.token)
    conditional = opinion or _under_modal(trig.token)
    conditional = conditional or _awaited(lex, trig.token) or _purpose(lex, trig)
    conditional = conditional or _arranged(trig.token) or _disputed(lex, trig.token)
    conditional = conditional or _obliged(chain[-1]) or _subjunctive(chain[-1])
    conditional = conditional or _pledged_only(lex, trig)
    conditional = conditional or any(_counterfactual(t) for t in chain)
    future = bool(aux & _FUTURE_AUX) or _going_to(chain)
    if conditional or (_told_would(aux) and not negated and not _reported(lex, trig)):
        return trig, negated, True
    if not negated and _meeting_aim(lex, trig):
        return _announced(trig, negated, pledged=True)
    plan = _headline_plan(trig.token)
    if (plan or future) and not (negated or trig.future_done) and _scheduled(lex, trig):
        return trig, negated, True
    if (plan or future or intent) and not trig.future_done:
        # "Canada to impose sanctions" (a headline's plan) is announced, not done, as "plans
        # to" is; "will impose" pledges or threatens it.
        return _announced(trig, negated, pledged=future)
    possible = aux & _POSSIBLE_AUX and not aux & _PERFECT_AUX
    if possible and not negated and _said_by_doer(lex, trig):
        # "Turkey said it could suspend relations": a possible act its doer announces is
        # held out as a threat (or an offer), as CAMEO codes it.
        return _announced(trig, negated, pledged=True)
    # "could refuse to attend": a frame's own modal makes it possible only ("could not
    # agree" tells a failure, not a possibility).
    modal = bool(aux & _MODAL_AUX) and not failed
    modal = modal or (bool(aux & _FUTURE_AUX) and not trig.future_done)
    return trig, negated, modal


def _counterfactual(verb: Token) -> bool:
    """ "would have arrested them", "said police would have expelled them": the perfect of
    "would" tells an act in a past that did not come about, nor one ahead: no act done, and
    no promise or threat, even under a verb of saying."""
    aux = _aux(verb)
    return bool(aux & {"would", "'d"} and aux & _PERFECT_AUX)


def _scheduled(lex: Lexicon, trig: _Trigger) -> bool:
    """ "Lavrov and Kerry will meet in Lausanne", "Chile and Peru to hold talks": sides told
    together meeting with no one else named have arranged their meeting, on the calendar as
    one "scheduled to" is, not pledged; one side's meeting or visit told ahead ("will visit
    Mauritania to mediate", "will meet his Turkish counterpart") is its intent, AGREE with
    PLOVER's mode of meetings (CAMEO 036)."""
    subj = _subject(lex, trig.token)
    joint = subj is not None and (
        subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
    )
    told = [trig.token, *([trig.noun] if trig.noun is not None else [])]
    partner = [o for o in _objects(trig.token) if o != trig.noun]
    partner += [o for t in told for o in _prep_objects(t, ("with",))]
    return trig.type is EventType.CONSULT and joint and not partner


def _pledged_only(lex: Lexicon, trig: _Trigger) -> bool:
    """ "vowed to issue an order", "is ready to sue": a pledge of an act that is neither
    cooperation nor harm (a demand, an accusation, a refusal) is no AGREE (CAMEO's 03 block
    names what it commits to: cooperation, aid, reform, yielding); the act is only ahead."""
    return (
        trig.complement is not None
        and _lemma(trig.token) in lex.commit_frames
        and trig.type not in _PROMISABLE | {EventType.AGREE, EventType.THREATEN}
    )


def _judged_likely(lex: Lexicon, token: Token) -> bool:
    """ "called it unlikely that the EU would fund it", "it is likely that Chile will sign":
    a clause whose likelihood is judged is an opinion of it."""
    for clause in [token, *token.ancestors]:
        head = clause.head
        # The parser may hang the "that" clause on the verb of judging ("called it unlikely").
        that = any(m.lower_ == "that" for m in _children(clause, ("mark",)))
        if not (clause.dep_ == "ccomp" or (clause.dep_ == "advcl" and that)) or head == clause:
            continue
        judges = [head, *_children(head, ("acomp", "oprd"))]
        if any(j.pos_ == "ADJ" and j.lower_ in lex.likelihood for j in judges):
            return True
    return False


def _wished_of_another(lex: Lexicon, token: Token) -> bool:
    """ "staff want him to resign", "the opposition hopes Russia will withdraw": what one
    wants, hopes or expects another to do is a wish, not an act of either (CAMEO's WANT
    patterns ask no one); one's own ("Iran hopes to sign", "they hope they will sign") is
    an intent (`_flags`)."""
    for clause in [token, *token.ancestors]:
        head = clause.head
        # What is wanted follows the verb (not a clause before it the parse hangs on it).
        if clause.dep_ not in ("ccomp", "xcomp") or head.pos_ != "VERB" or clause.i < head.i:
            continue
        if not _lemma_in(head, lex.intent):
            continue
        doer = next(iter(_children(clause, ("nsubj", "nsubjpass"))), None)
        if clause.dep_ == "xcomp" and doer is None:
            doer = next(iter(_children(head, ("dobj",))), None)
        return doer is not None and (doer.pos_ != "PRON" or doer.lower_ in _OBJECT_PRONOUNS)
    return False


# Pronouns that cannot be the wanter itself: "want him to resign".
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})


def _disposed(lex: Lexicon, token: Token) -> bool:
    """ "says he likes dropping bombs", "a virus that tends to strike children": what a verb
    of taste or habit governs tells of no act done (a verb coordinated with it is told on
    its own: "they love their country and attacked")."""
    return any(
        t.dep_ in ("xcomp", "ccomp", "dobj")
        and t.head.pos_ == "VERB"
        and _lemma(t.head) in lex.disposition
        for t in [token, *token.ancestors]
    )


def _obliged(token: Token) -> bool:
    """ "we need to withdraw our troops", "Iran has to release them", "is required to pay":
    an act told as needed or owed is not done ("has yet to join" is denied: `_not_yet`)."""
    return (
        not _not_yet(token)
        and token.dep_ == "xcomp"
        and _lemma(token.head) in load_lexicon().obligation
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)
    )


def _subjunctive(token: Token) -> bool:
    """ "the suggestion that the issues be discussed", "insisted that he resign": a "that"
    clause in the subjunctive tells what is wanted, not what was done."""
    aux = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    subj = _children(token, ("nsubj", "nsubjpass"))
    # The tagger reads "(that) Togo recall" as a plural present: a singular subject tells it.
    bare = token.tag_ == "VB" or (
        token.tag_ == "VBP" and any(s.tag_ in ("NN", "NNP") for s in subj)
    )
    return (
        (bare if not aux else [a.tag_ for a in aux] == ["VB"])
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)
        and bool(subj)
        and not any(_lemma(a) == "do" for a in aux)
    )


def _announced(trig: _Trigger, negated: bool, *, pledged: bool) -> tuple[_Trigger, bool, bool]:
    """An act announced ahead of its doing: a pledge or a threat where pledged ("will
    impose") or, for a hostile act, held out on a condition ("to detain journalists if they
    report ..."); a refusal where a cooperative act is denied ("will not accept refugees"), a
    pledge of restraint where a hostile one is ("will not attack"); otherwise a
    hypothetical act."""
    if trig.reverse:
        # "would then face trial": what is to be done to the subject is no pledge, threat
        # or refusal of its own, only an act ahead.
        return trig, negated, True
    if negated and QUAD_CLASS[trig.type] in COOPERATIVE:
        mode = _MODE_OF_TYPE.get(trig.type)
        return replace(trig, type=EventType.REJECT, mode=mode, confidence=0.7), False, False
    marks = _condition_marks(trig.token) & {"if", "unless"}
    hostile = QUAD_CLASS[trig.type] not in COOPERATIVE
    if negated and pledged and "unless" not in marks:
        return replace(_refrained(trig, trig.type, trig.token), confidence=0.7), False, False
    if trig.type in _PROMISABLE and (pledged or (marks and hostile)):
        new = _promise(trig.token, trig.type, trig.mode, 0.7)
        new = replace(trig, type=new.type, mode=new.mode, confidence=new.confidence)
        if "unless" in marks:
            # "will not attack unless ...": harm held out on a condition is threatened.
            new.type, negated = EventType.THREATEN, False
        return new, negated, False
    return trig, negated, True


def _said_by_doer(lex: Lexicon, trig: _Trigger) -> bool:
    """ "Turkey said it could ...", "'We may withdraw,' the minister said", "Leader says
    Slovakia could ...": an act told under a verb of saying by its doer, a pronoun of the
    speaker (not "you": the one addressed) or the state an office with no state of its own
    speaks for."""
    subj = _subject(lex, trig.token)
    heads = [trig.token, *trig.token.ancestors]
    # "declared an emergency so he could fund the wall": a clause of purpose or reason is
    # not what was said.
    said = [a.head for a in takewhile(_said_content, heads[:-1])]
    speech = [a for a in said if _lemma(a) in lex.speech]
    speech += [
        c for a in heads for c in a.children if c.dep_ == "parataxis" and _lemma(c) in lex.speech
    ]
    if subj is None or not speech:
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ not in ("you", "this", "that")
    return any(_bare_office(s) for v in speech for s in _children(v, ("nsubj",)))


def _said_content(clause: Token) -> bool:
    """Whether a clause can be what its head says: not one that describes, nor one a
    conjunction other than "that" brings ("so he could", "because")."""
    marks = _children(clause, ("mark",))
    return clause.dep_ not in _BACKGROUND and all(m.lower_ == "that" for m in marks)


def _bare_office(noun: Token) -> bool:
    """ "the president", "Leader": an office whose state no word of its own names."""
    own = ("amod", "compound", "poss", "prep", "appos")
    return is_office_word(noun.text) and not _children(noun, own)


def _act_ahead(lex: Lexicon, trig: _Trigger) -> Token | None:
    """The verb of an act that lies ahead of its report, if any.

    What is threatened, promised, demanded or refused, and what "will" or "could" happen or
    is hoped, planned or expected, comes after the words that tell it: their dates count forward.
    """
    if trig.complement is not None:
        return trig.complement
    chain = _clause_chain(lex, trig.token)
    aux = set().union(*(_aux(t) for t in chain))
    # "could have struck", "would have met": a possibility in the past.
    modal = bool(aux & (_MODAL_AUX | _FUTURE_AUX)) and not aux & _PERFECT_AUX
    intent = any(_lemma_in(t, lex.intent) for t in chain[1:])
    if modal or intent or _going_to(chain) or _purpose(lex, trig):
        return trig.token
    return None


# --- roles -----------------------------------------------------------------------------


# Acts that bear on the state they are done in, which is their target when none is named.
_PLACED = frozenset(
    {
        EventType.ASSAULT,
        EventType.COERCE,
        EventType.MOBILIZE,
        EventType.SANCTION,
        EventType.PROTEST,
        EventType.CONCEDE,
        EventType.AID,
    }
)
_PLACE_PREPS = frozenset({"in", "into", "inside", "across", "throughout"})
# Prepositions of a spot an act is done at or by ("at a market", "outside a school"), no
# region: the spot's own "in" is where the act was done ("at a market in Kabul").
_SPOT_PREPS = frozenset({"at", "on", "near", "outside"})
# Modifiers of a noun that may each name a side ("Turkish and Greek sides").
SIDE_MODIFIERS = frozenset({"amod", "compound", "nmod"})
# A pronoun stands for a noun phrase at most this many sentences back.
_ANTECEDENT_SENTENCES = 3
_PERSONAL = frozenset({"he", "she", "him", "her"})
_PLURAL = frozenset({"they", "them"})
_NEUTER = frozenset({"it"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
# The noun phrases a pronoun may stand for, by salience (centering theory): subjects, then
# objects, each the nearer the main clause the likelier.
_SALIENCE = {"nsubj": 0, "nsubjpass": 0, "dobj": 1, "dative": 1, "pobj": 1}
_VENUE_PREPS = _PLACE_PREPS | {"at"}  # "met in Cairo": where, not who
# Entity types of names that are no actor's: a company, a product, a building, a work, an
# event, or a name the tagger gives no type.
_NAMED_THINGS = frozenset({"ORG", "PRODUCT", "FAC", "WORK_OF_ART", "EVENT", ""})
_QUOTE_OR_BREAK = re.compile("[\"\u201c\u201d\u00ab\u00bb]|``|''|\n")


@dataclass(frozen=True)
class _Phrase:
    """A noun phrase a later pronoun may stand for: its actors (maybe none) and the
    pronouns that agree with it."""

    token: Token
    actors: list[str]
    pronouns: frozenset[str]


class _ActorIndex:
    """Actor ids by token, from character-span mentions, and what a pronoun stands for."""

    def __init__(
        self,
        lex: Lexicon,
        doc: Doc,
        mentions: Sequence[Mention],
        offset: int,
        regions: frozenset[str],
        people: frozenset[str],
        states: frozenset[str],
        countries: dict[str, str],
    ) -> None:
        self.lex = lex
        self.doc = doc
        self.by_token: dict[int, str] = {}
        self.regions = regions
        self.people = people
        self.states = states
        self.countries = countries  # actor id -> its country, where it has one
        self.bounds = (0, len(doc))  # token range of the segment being read
        self._sentences = list(doc.sents)
        self._sentence_at = {s.start: i for i, s in enumerate(self._sentences)}
        self._by_sentence: dict[int, list[_Phrase]] = {}  # each sentence's, read when asked
        self._resolved: dict[int, list[str]] = {}
        self._quotes = _quotations(doc)
        for start, end, actor_id in mentions:
            span = doc.char_span(start - offset, end - offset, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                self.by_token.setdefault(tok.i, actor_id)

    def actors_in(self, token: Token, *, located: bool = False) -> list[str]:
        """Actors named by a noun phrase: its conjunct heads, else the first inside each; a
        pronoun's antecedent; a relative pronoun's noun ("Lam, who is backed by ...").

        With `located`, a place counts too ("demonstrators in Baghdad"): said of subjects,
        where a group's place is its side, never of objects ("talks in Moscow").
        """
        named = self.get(token.i) is not None  # "the WHO" is tagged a pronoun
        if not named:
            token = _antecedent(token)
        found: list[str] = []
        for conj in [token, *_conjuncts(token)]:
            if conj.i < token.i or not self.bounds[0] <= conj.i < self.bounds[1]:
                continue
            if conj.pos_ == "PRON" and self.get(conj.i) is None:
                found += [a for a in self.antecedent_of(conj) if a not in found]
                continue
            if _related(self, conj):
                own = [t for c in self._own_words(conj) for t in c.subtree]
                found += dict.fromkeys(a for t in own if (a := self.get(t.i)) and a not in found)
                continue
            voiced = self._voiced(conj) or self._apposed_people(conj)
            if voiced:
                found += [a for a in voiced if a not in found]
                continue
            anchor = conj if self.get(conj.i) is not None else self._inside(conj, located)
            if anchor is None:
                found += [a for a in self._pair(conj) or self._restated(conj) if a not in found]
                continue
            for tok in [anchor, *self._coordinated(anchor)]:
                actor = self.get(tok.i)
                if actor is not None and actor not in found:
                    found.append(actor)
        return found

    def _own_words(self, noun: Token) -> list[Token]:
        """The modifiers of a noun naming a tie to another that name it itself: "the
        senator's lawyer", "an adviser to Trump", "a Trump supporter" are not the senator
        nor Trump; "Russian advisers" are Russian (a state's adjective is their side), "his
        opponent, Biden" is Biden."""
        return [
            c
            for c in _children(noun, ("amod", "appos"))
            if c.dep_ == "appos" or any(self.get(t.i) in self.states for t in c.subtree)
        ]

    def _voiced(self, noun: Token) -> list[str]:
        """Whom the holder of an office that names no actor of its own acts for: "the
        spokesman for the Chinese foreign ministry", "the ministry's spokeswoman" act as the
        ministry."""
        if self.get(noun.i) is not None or not is_office_word(_lemma(noun)):
            return []
        if any(self.get(c.i) is not None for c in _children(noun, ("appos", "compound"))):
            return []  # "Mahan's director, Hamid Khanooki": the holder is named
        owners = [
            o for p in _children(noun, ("prep",)) if p.lower_ in ("for", "of") for o in p.children
        ]
        owners += _children(noun, ("poss",))
        return [a for o in owners if o.dep_ in ("pobj", "poss") for a in self.actors_in(o)]

    def _apposed_people(self, noun: Token) -> list[str]:
        """The people a common noun that is no person's name has in apposition: "an Algerian,
        Karim Benali", "the woman who stole the car, Jane Doyle" are the person named, not
        the state of the nationality nor civilians."""
        if self.get(noun.i) in self.people or (noun.pos_ == "PROPN" and noun.ent_type_ != "NORP"):
            return []  # a body's name ("Hamas, led by ...") or a person's is already its own
        return [a for c in _children(noun, ("appos",)) if (a := self.get(c.i)) and a in self.people]

    def _coordinated(self, anchor: Token) -> list[Token]:
        """The words coordinated with the one naming an actor, each a side of its own:
        "Hungarian and Romanian officials", "Sierra Leonean and Liberian refugees"."""
        actor = self.get(anchor.i)
        while anchor.dep_ == "compound" and self.get(anchor.head.i) == actor:
            anchor = anchor.head  # the head word of a name ("Leonean" of "Sierra Leonean")
        found = [
            t
            for c in _conjuncts(anchor)
            for t in (c, *(m for m in c.lefts if m.dep_ in SIDE_MODIFIERS))
        ]
        for mod in anchor.lefts:
            if mod.dep_ in SIDE_MODIFIERS and mod.conjuncts:
                found += [mod, *mod.conjuncts]
        # "the foreign ministers of Egypt and Jordan": the head names the first country's.
        origins = [p for p in _children(anchor, ("prep",)) if p.lower_ in ("of", "from")]
        found += [c for p in origins for o in _children(p, ("pobj",)) for c in o.conjuncts]
        return sorted(found, key=lambda t: t.i)

    def _inside(self, token: Token, located: bool) -> Token | None:
        """The first word inside a noun phrase that names an actor."""
        preps = ("of", "from", "in") if located else ("of", "from")
        stack = [(token, False)]
        ordered: list[tuple[Token, bool]] = []
        while stack:
            tok, placed = stack.pop()
            ordered.append((tok, placed))
            # "leaders of Romania", "activists from Fatah": origin, not place ("talks in Moscow").
            if tok.dep_ == "prep" and tok.lower_ not in preps:
                continue
            placed = placed or (tok.dep_ == "prep" and tok.lower_ == "in")
            # "hundreds of Trump supporters", "Ann, the governor's child": whose supporters or
            # child they are is not their side (an agent word of a tie still names itself).
            kept = self._own_words(tok) if tok is not token and _tie(self, tok) else None
            # "international and Palestinian criticism": a modifier's conjuncts modify the
            # phrase too, where the first names no one.
            stack.extend(
                (c, placed)
                for c in (tok.children if kept is None else kept)
                if c.dep_ not in _CLAUSE_DEPS or (c.dep_ == "conj" and tok.dep_ in SIDE_MODIFIERS)
            )
        # The phrase's own words, then its possessor, then its prepositions: "Russia's envoy
        # Lavrov" is Lavrov, "China's treatment of Uyghurs" China.
        rank = {t.i: 1 for p in _children(token, ("poss",)) for t in p.subtree}
        if _names_a_thing(token):
            # "Japan's Nikkei 225", "China's Huawei": a name stands for itself, not for its
            # possessor (the name names no actor, or this would not be read).
            ordered = [(t, p) for t, p in ordered if t.i not in rank]
        rank |= {t.i: 2 for p in _children(token, ("prep",)) for t in p.subtree}
        for tok, placed in sorted(ordered, key=lambda t: (rank.get(t[0].i, 0), t[0].i)):
            actor = self.get(tok.i)
            # A region is where a group is, not whose side it is on ("powers in Eurasia").
            if actor is not None and not (placed and actor in self.regions):
                return tok
        return None

    def get(self, i: int) -> str | None:
        """The actor a token of the segment being read names, if any."""
        return self.by_token.get(i) if self.bounds[0] <= i < self.bounds[1] else None

    def antecedent_of(self, pronoun: Token) -> list[str]:
        """What a pronoun stands for: "I" or "we" in a quotation its speaker; "he", "she",
        "it", "they" the most salient earlier noun phrase that agrees with it (a person or
        an office for "he", one non-person for "it", several or a plural for "they"), in
        its sentence before it, else in the last few sentences. A
        pronoun object never stands for its own clause's subject ("police fired at them"),
        nor a passive's subject for its doers ("they were arrested by police"; with none
        named, an arrest's are the police or troops: "they were jailed").
        The phrase may name no actor: then the pronoun names none either."""
        if pronoun.lower_ in _FIRST_PERSON:
            return self._speaker_of(pronoun)
        if not any(pronoun.lower_ in kind for kind in (_PERSONAL, _PLURAL, _NEUTER)):
            return []
        if pronoun.i in self._resolved:
            return self._resolved[pronoun.i]
        self._resolved[pronoun.i] = []
        here = self._phrases(pronoun.sent.start, pronoun.i)
        excluded = self._co_arguments(pronoun, here)
        held = _held_by_forces(self.lex, pronoun)
        doers = self._passive_doers(pronoun)
        for phrase in [*here, *(p for sent in self._earlier(pronoun) for p in sent)]:
            if phrase.actors and all(
                a in doers or (held and _sector(a) in _ARRESTERS) for a in phrase.actors
            ):
                continue
            if phrase.token.i not in excluded and pronoun.lower_ in phrase.pronouns:
                self._resolved[pronoun.i] = phrase.actors
                break
        return self._resolved[pronoun.i]

    def _pair(self, noun: Token) -> list[str]:
        """The two actors "the two leaders", "both countries", "both sides" stand for: those
        of the nearest sentence before that names two of that kind (people for an office,
        states for a country); none where it names more."""
        if noun.tag_ != "NNS" or not any(
            (c.dep_ == "nummod" and c.lower_ == "two") or c.lower_ == "both" for c in noun.children
        ):
            return []
        kind: frozenset[str] | None
        if is_office_word(noun.lemma_):
            kind = self.people
        elif noun.lemma_ in ("country", "nation", "state", "government"):
            kind = self.states
        elif noun.lemma_ in ("side", "party"):
            kind = None
        else:
            return []  # "two reports"
        here = self._phrases(noun.sent.start, noun.i)
        for phrases in [here, *self._earlier(noun)]:
            named = {
                a: None
                for p in phrases
                if not (p.token.dep_ == "pobj" and p.token.head.lower_ in _VENUE_PREPS)
                for a in p.actors
                if kind is None or a in kind
            }
            if len(named) >= 2:
                return list(named) if len(named) == 2 else []
        return []

    def _restated(self, noun: Token) -> list[str]:
        """What a bare definite noun of a body or a force names where it repeats the head of
        an earlier phrase ("The Saudi-led coalition struck Sanaa. The coalition ...", "the
        African Union force ... the force"): a definite description refers back to it."""
        body = is_institution_word(noun.lemma_) or noun.lemma_ in self.lex.forces
        if not body or noun.pos_ != "NOUN" or [c.lower_ for c in noun.children] != ["the"]:
            return []
        here = self._phrases(noun.sent.start, noun.i)
        for phrase in [*here, *(p for sent in self._earlier(noun) for p in sent)]:
            if phrase.token.lemma_ == noun.lemma_ and phrase.token.tag_ == noun.tag_:
                return phrase.actors
        return []

    def fits(self, pronoun: Token, phrase: Token) -> bool:
        """Whether a pronoun may stand for a noun phrase ("Syria says it ...")."""
        if pronoun.lower_ in _FIRST_PERSON:
            return True
        return pronoun.lower_ in self._phrase(phrase).pronouns

    def _earlier(self, token: Token) -> Iterator[list[_Phrase]]:
        """The noun phrases of the few sentences before a token's, the nearest first."""
        i = self._sentence_at[token.sent.start]
        for sent in self._sentences[max(0, i - _ANTECEDENT_SENTENCES) : i][::-1]:
            if sent.start not in self._by_sentence:
                self._by_sentence[sent.start] = self._phrases(sent.start, sent.end)
            yield self._by_sentence[sent.start]

    def _phrases(self, start: int, end: int) -> list[_Phrase]:
        """The noun phrases of tokens start..end, most salient first."""
        saved, self.bounds = self.bounds, (start, end)
        try:
            # A noun the parse made the root of a clause is a misparsed subject or object
            # ("The first charged President Trump ..." with "Trump" the root): as salient.
            heads = [t for t in self.doc[start:end] if t.dep_ in _SALIENCE or _noun_root(t)]
            heads.sort(key=lambda t: (_SALIENCE.get(t.dep_, 0), len(list(t.ancestors)), t.i))
            return [self._phrase(t) for t in heads]
        finally:
            self.bounds = saved

    def _phrase(self, head: Token) -> _Phrase:
        if head.pos_ == "PRON" and self.get(head.i) is None:
            kind = next((k for k in (_PERSONAL, _PLURAL, _NEUTER) if head.lower_ in k), None)
            if kind is None:
                return _Phrase(head, [], frozenset())
            return _Phrase(head, self.antecedent_of(head), kind)
        actors = [a for a in self.actors_in(head) if a not in self.regions]
        nouns = [c for c in head.conjuncts if c.pos_ in _NOMINAL or c.pos_ == "PRON"]
        if head.tag_ in ("NNS", "NNPS") or nouns or len(actors) > 1:
            return _Phrase(head, actors, _PLURAL)
        person = (
            (bool(actors) and actors[0] in self.people)
            or head.ent_type_ == "PERSON"
            or is_office_word(head.text)
            or (bool(actors) and _agent_person(head))
        )
        return _Phrase(head, actors, _PERSONAL if person else _NEUTER)

    def _passive_doers(self, pronoun: Token) -> set[str]:
        """The actors of the "by" of the passive verb a pronoun is the subject of."""
        if pronoun.dep_ != "nsubjpass":
            return set()
        agents = _children(pronoun.head, ("agent",))
        return {a for by in agents for o in _children(by, ("pobj",)) for a in self.actors_in(o)}

    def _co_arguments(self, pronoun: Token, phrases: list[_Phrase]) -> set[int]:
        """The phrases a pronoun object cannot stand for (binding theory): the other
        arguments of its own verb, and that verb's subject ("fired bullets at them")."""
        if pronoun.dep_ in ("nsubj", "nsubjpass"):
            return set()
        verb = _verb_of(pronoun)
        if verb is None:
            return set()
        excluded = {p.token.i for p in phrases if _verb_of(p.token) == verb}
        subj = _subject(self.lex, verb)
        if subj is not None:
            subject = set(self.actors_in(subj))
            excluded |= {subj.i, *(p.token.i for p in phrases if set(p.actors) & subject)}
        return excluded

    def _speaker_of(self, pronoun: Token) -> list[str]:
        """Who says a quotation a pronoun stands in: the subject of the verb outside the
        quotation marks linked to it ("Parrilla responded: 'I reject ...'"), else of the
        speech verb nearest to it in the sentences the quotation spans."""
        quote = next((q for q in self._quotes if q[0] <= pronoun.i < q[1]), None)
        if quote is None:
            return []
        # The parser hangs the attribution above the quotation or, as often, below its verb.
        chain = [pronoun, *pronoun.ancestors]
        inside = [a for a in chain if quote[0] <= a.i < quote[1]]
        linked = [a for a in chain if a not in inside] + [
            c for a in inside for c in a.children if c.dep_ in ("ccomp", "parataxis")
        ]
        verb = next(
            (t for t in linked if t.pos_ == "VERB" and not quote[0] <= t.i < quote[1]), None
        )
        if verb is None:
            first, last = self.doc[quote[0]].sent, self.doc[max(quote[0], quote[1] - 1)].sent
            verbs = [
                t
                for t in self.doc[first.start : last.end]
                if t.pos_ == "VERB"
                and _lemma(t) in self.lex.speech
                and not any(q[0] <= t.i < q[1] for q in self._quotes)
            ]
            if not verbs:
                return []
            verb = min(verbs, key=lambda t: min(abs(t.i - quote[0]), abs(t.i - quote[1])))
        subj = _subject(self.lex, verb)
        if subj is None or subj.lower_ in _FIRST_PERSON:
            return []
        saved, self.bounds = self.bounds, (subj.sent.start, subj.sent.end)
        try:
            return self.actors_in(subj, located=True)
        finally:
            self.bounds = saved


# Those who arrest by office: the implied doers of an arrest told with no agent.
_ARRESTERS = sectors_of("arresters")


def _held_by_forces(lex: Lexicon, pronoun: Token) -> bool:
    """Whether a pronoun names whom a passive verb of arrest (arrest, detain, jail...) holds
    with no doer named ("they were jailed", "dozens of them were detained"): its implied
    doers are the police or troops (`_ARRESTERS`), so it stands for others."""
    patient = (
        pronoun.head.head if pronoun.dep_ == "pobj" and pronoun.head.lower_ == "of" else pronoun
    )
    verb = patient.head
    return (
        patient.dep_ == "nsubjpass"
        and lex.verbs.get(_lemma(verb)) == (EventType.COERCE, "arrest")
        and not _children(verb, ("agent",))
    )


def _sector(actor: str) -> str | None:
    """The sector of a sector actor by its id ("sector:NGA-police": police)."""
    return actor.split(":", 1)[1].split("-", 1)[-1] if actor.startswith("sector:") else None


def _agent_person(noun: Token) -> bool:
    """Whether a generic agent named by a singular noun is a person ("the attacker", "the
    gunman", "a militant": he or she), by the suffixes English forms agents with; not a body
    ("the government", "the army")."""
    word = noun.lower_
    return (
        noun.tag_ == "NN"
        and not is_institution_word(word)
        and word.endswith(("er", "or", "ist", "man", "woman", "ant", "ent"))
    )


def _noun_root(token: Token) -> bool:
    """A noun the parse made the root of a sentence that has a verb (not a verbless line: a
    credit, a caption)."""
    return (
        token.dep_ == "ROOT"
        and token.pos_ in ("NOUN", "PROPN")
        and any(c.pos_ in ("VERB", "AUX") for c in token.children)
    )


def _names_a_thing(token: Token) -> bool:
    """Whether a noun is the name of a company, product, place or work, not of a body of
    state or an office ("Trump's State Department", "Iran's Supreme Leader" are not)."""
    words = [t for t in token.lefts if t.dep_ == "compound"] + [token]
    return (
        token.pos_ == "PROPN"
        and token.ent_type_ in _NAMED_THINGS
        and not any(is_institution_word(t.text) or is_office_word(t.text) for t in words)
    )


def _verb_of(token: Token) -> Token | None:
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _quotations(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges inside quotation marks, the marks paired in order within a paragraph;
    a quotation left open runs to the paragraph's end (it goes on in the next)."""
    starts = doc.to_array("IDX").tolist()  # read from the text: a Token object per word costs
    found: list[tuple[int, int]] = []
    opened: int | None = None
    for mark in _QUOTE_OR_BREAK.finditer(doc.text):
        i = bisect_right(starts, mark.start()) - 1  # the token holding the character
        if mark.group() == "\n":
            if opened is not None:
                found.append((opened, i + 1))
            opened = None
        elif opened is None:
            opened = i + 1
        else:
            found.append((opened, i))
            opened = None
    if opened is not None:
        found.append((opened, len(doc)))
    return found


def _run_on_verb(token: Token) -> bool:
    """Whether the parse made a clause's verb a modifier of its subject: finite, or a
    participle with an object, which a passive one has not ("one man hit him", "one man
    sprayed him with paint"; not "a man named Lee")."""
    return token.dep_ == "acl" and (
        token.tag_ in _FINITE or (token.tag_ == "VBN" and bool(_children(token, ("dobj",))))
    )


def _subject(lex: Lexicon, token: Token) -> Token | None:
    """The grammatical subject of a verb, following conjunctions and control."""
    deps: tuple[str, ...] = ("nsubj", "csubj")
    if token.pos_ == "NOUN":
        deps = ("nsubj", "csubj", *_HEADLINE_SUBJECTS)  # a headline's verb read as a noun
        named = next((c for c in token.lefts if _name_as_modifier(c)), None)
        if named is not None and not any(c.dep_ in deps for c in token.children):
            return named
    elif (
        token.pos_ == "VERB"
        and token.dep_ == "ROOT"
        and not _children(token, ("nsubj", "nsubjpass", "csubj"))
    ):
        # A headline's present verb after a coordinated subject: the parser hangs the subject
        # on the verb as a modifier ("Chile and Peru resume ties": "Chile" is its nmod).
        found = next((c for c in token.lefts if c.dep_ == "nmod" and c.pos_ == "PROPN"), None)
        if found is not None:
            return found
    for _ in range(8):
        subjects = [c for c in token.children if c.dep_ in deps and not _opening_participle(c)]
        if (stray := _stray_subject(token)) is not None:
            # A clause of its own: never the first clause's subject; a passive's undergoes it.
            passive = bool(_children(token, ("auxpass",)))
            return stray if not passive or _stative(token) else None
        if not subjects and (before := _before_parenthetical(token)) is not None:
            return before
        subj = subjects[0] if subjects else None
        if len(subjects) > 1 and (
            is_office_word(_lemma(subjects[0]))
            or any(_run_on_verb(c) for c in subjects[0].children)
            or subjects[0].tag_ in _RELATIVE_TAGS
        ):
            # A misparsed apposition ("the speaker of the parliament Ali Larijani said"): the
            # name after the office is the subject; of two clauses the parse ran together,
            # the first's verb a modifier of its subject ("one man hit him, others struck
            # him"), the second subject; and a relative pronoun beside a subject named after a
            # parenthetical is what that subject acts on ("the fighters which, officials said,
            # France has refused to repatriate").
            subj = subjects[-1]
        if subj is not None:
            return _antecedent(subj)
        if any(c.dep_ == "nsubjpass" for c in token.children):
            return next(iter(_children(token, ("nsubjpass",)))) if _stative(token) else None
        # "X was indicted ... and will resign": an active conjunct shares the passive subject.
        deps = ("nsubj", "csubj", "nsubjpass") if token.dep_ == "conj" else ("nsubj", "csubj")
        if token.dep_ in ("relcl", "acl") and token.tag_ != "VBN":
            return token.head
        control = _lemma(token.head) in lex.object_control
        purpose = _purpose_clause(lex, token)
        if token.dep_ == "xcomp" or (purpose and control):
            # An infinitive the parse reads as one of purpose after a verb of object control
            # is its complement too: "bribed the fighters to attack" (the fighters attack).
            if _children(token, ("auxpass",)):
                return None  # "is to be sentenced": the governing verb's subject undergoes it
            head = token.head
            if _scheduled_for(head) and _children(head, ("nsubjpass",)):
                # "the president is scheduled to meet ...": who is scheduled does it.
                return _children(head, ("nsubjpass",))[0]
            objs = _children(head, _OBJECT_DEPS)
            if objs and _lemma(head) not in lex.commit_frames and (control or not purpose):
                return _payee(head) or objs[0]
        if (light := _light_gerund(lex, token)) is not None:
            token = light
            continue
        adverbial = token.dep_ in ("conj", "xcomp", "advcl", "acomp") or _opening_participle(token)
        if not adverbial or token.head == token:
            return None
        token = _coordinated_with(token) if token.dep_ == "conj" else token.head
    return None


def _antecedent(token: Token) -> Token:
    """What a token stands for: a relative clause's pronoun the noun the parse hangs the
    clause on ("a dog that attacked", "Typhoon Haiyan, which killed"), or the whole list that
    noun ends where the clause's verb agrees with a plural ("parents, lawmakers and a bishop
    who sought to talk", "teachers and a nurse who have marched": all of them; not "... and a
    bishop who was", "... who has"); any other token itself."""
    if token.tag_ not in _RELATIVE_TAGS or token.head.dep_ != "relcl":
        return token
    clause, noun = token.head, token.head.head
    if any(
        t.tag_ == "VBZ" or t.lower_ == "was"
        for t in [clause, *_children(clause, ("aux", "auxpass"))]
    ):
        return noun
    while noun.dep_ == "conj" and noun.head.pos_ in _NOMINAL:
        noun = noun.head
    return noun


def _payee(verb: Token) -> Token | None:
    """Whom a verb of paying pays where its object is the payment ("paid bounties to the
    Taliban to kill", "paid $3 million to the fighters to attack"): the one paid does what
    it is paid for, not the payment; a place it is paid to is no payee."""
    if _lemma(verb) not in ("pay", "bribe"):
        return None
    to = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
    paid = [o for p in to for o in _children(p, ("pobj",))]
    return next((t for t in paid if t.ent_type_ not in _PLACE_TYPES), None)


def _parenthetical(verb: Token) -> Span | None:
    """The words set off by dashes right before a verb (its auxiliaries and adverbs aside):
    "The Authority - which considers the US biased - called ...", "Two states - Egypt and
    Jordan - also criticised ..."."""
    doc, start = verb.doc, verb.sent.start
    i = verb.i - 1
    while i > start and doc[i].head == verb and doc[i].dep_ in ("aux", "advmod", "neg"):
        i -= 1
    if i <= start or not _dash(doc[i]):
        return None
    opening = next((k for k in range(i - 1, start, -1) if _dash(doc[k])), None)
    return doc[opening + 1 : i] if opening is not None else None


def _dash(token: Token) -> bool:
    """Whether a token is a dash setting words off, not a hyphen inside a word."""
    spaced = bool(token.whitespace_) and token.i > 0 and bool(token.nbor(-1).whitespace_)
    return token.text in _DASHES or (token.text in _SPACED_DASHES and spaced)


def _before_parenthetical(verb: Token) -> Token | None:
    """The subject a dash-delimited clause interrupts, where the parse hung the verb after it
    inside the clause ("The Authority - which considers the US biased - called for ...":
    "called" a complement of "considers"): the noun phrase before the opening dash, where it
    stands as a subject or as the parse's root."""
    inside = _parenthetical(verb)
    if inside is None or inside.start < verb.sent.start + 2:
        return None
    noun = verb.doc[inside.start - 2]
    while noun.dep_ in ("pobj", "prep", "compound") and noun.head.i < noun.i:
        noun = noun.head  # "the rebels of the north - who ...": the phrase's head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if inside.start <= verb.head.i < inside.end and verb.dep_ != "acl":
        return noun if noun.dep_ in ("nsubj", "nsubjpass", "ROOT") else None
    # Or the parse made the verb a participle on the noun, which has no verb of its own in
    # prose (a headline drops a passive's auxiliary: "Three soldiers - two officers - killed").
    prose = verb.sent[-1].pos_ == "PUNCT"
    return noun if verb.head == noun and noun.dep_ == "ROOT" and prose else None


def _opening_participle(token: Token) -> bool:
    """Whether the parse made an opening participle clause the subject of a verb that has a
    subject of its own ("Protesting the deal, the minister resigned"): the clause is
    adverbial, and its subject is the verb's."""
    return (
        token.dep_ == "csubj"
        and token.tag_ == "VBG"
        and token.i < token.head.i
        and any(c.dep_ == "nsubj" for c in token.head.children)
    )


def _stray_subject(verb: Token) -> Token | None:
    """The subject of a clause joined by "and" that the parse hung as a conjunct on the last
    noun of the clause before, the verb left with no subject ("returned to Washington and
    the Taliban attacked a base": "Taliban" a conjunct of "Washington"): the clause's own
    subject, not the first clause's, nor a party of its act."""
    if verb.dep_ not in ("advcl", "conj") or verb.pos_ != "VERB":
        return None
    if _children(verb, ("nsubj", "nsubjpass", "csubj", "mark")):
        return None
    auxes = _children(verb, ("aux", "auxpass"))
    if not (verb.tag_ in _FINITE or any(c.tag_ in _FINITE for c in auxes)):
        return None
    before = verb.left_edge.i - 1
    if before < verb.sent.start:
        return None
    last = verb.doc[before]  # the last word of the first clause
    noun = next((t for t in [last, *last.ancestors] if t.dep_ in ("conj", "pobj")), None)
    # Not a noun a preposition brings ("a ban on officials deemed responsible"), nor the last
    # of a list ("suffering, violence and instability felt across the world"): a participle
    # the parse took for a past tense.
    if (
        noun is None
        or noun.dep_ != "conj"
        or len(noun.conjuncts) != 1
        or noun.pos_ not in ("NOUN", "PROPN", "PRON")
        or noun.right_edge.i != before
        or verb.head not in noun.ancestors
        or not any(c.dep_ == "cc" and c.i < noun.i for c in noun.head.children)
    ):
        return None
    return noun


def _conjuncts(noun: Token) -> list[Token]:
    """A noun's conjuncts in its own clause: a conjunct that is the next clause's subject
    starts another phrase ("returned to Washington and the Taliban attacked")."""
    chain = sorted([noun, *noun.conjuncts], key=lambda t: t.i)
    cuts = [k for k, t in enumerate(chain) if _subject_of_next(t)]
    at = chain.index(noun)
    start = max((k for k in cuts if k <= at), default=0)
    end = min((k for k in cuts if k > at), default=len(chain))
    return [t for t in chain[start:end] if t is not noun]


def _subject_of_next(noun: Token) -> bool:
    """Whether a noun is the subject of the next clause that the parse made a conjunct."""
    after = noun.right_edge.i + 1
    if after >= noun.sent.end:
        return False
    verb = noun.doc[after]
    if verb.dep_ in ("aux", "auxpass", "neg", "advmod") and verb.head.i > verb.i:
        verb = verb.head
    return _stray_subject(verb) == noun


def _coordinated_with(conj: Token) -> Token:
    """The verb a conjunct is coordinated with, mending one frequent misparse.

    In "X held talks, a day after Y was sworn in, and pledged ...", the parser hangs the
    conjunct on the subordinate clause; after a comma it belongs to the main clause.
    """
    head = conj.head
    cc = next((c for c in head.children if c.dep_ == "cc" and c.i == conj.i - 1), None)
    comma = cc is not None and cc.i > 0 and cc.nbor(-1).text == ","
    if comma and head.dep_ == "advcl" and any(c.dep_ == "mark" for c in head.children):
        return head.head
    return head


def _speaker(lex: Lexicon, token: Token) -> Token | None:
    """The subject of the speech verb a clause is reported under ("Syria says it ...")."""
    for anc in [token, *token.ancestors]:
        if anc.dep_ in ("ccomp", "parataxis") and _lemma(anc.head) in lex.speech:
            return _subject(lex, anc.head)
    return None


def _agents(index: _ActorIndex, token: Token) -> list[str]:
    """The "by" of a passive verb, else of a passive verb joined to it that has no subject of
    its own: "were wounded after being attacked by soldiers", "were beaten and detained by
    police" (the same patient, so the same agent)."""
    joined = [*token.conjuncts, *(c for p in _children(token, ("prep",)) for c in p.children)]
    if token.dep_ == "conj":
        joined.append(token.head)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)
    passive = passive or _bare_passive(token)
    for verb in [token, *(joined if passive or token.dep_ == "conj" else [])]:
        if verb is not token and not (
            verb.tag_ == "VBN" and not _children(verb, ("nsubj", "nsubjpass"))
        ):
            continue
        for agent in _children(verb, ("agent",)):
            found = [a for p in _children(agent, ("pobj",)) for a in index.actors_in(p)]
            if found:
                return found
    return _occasion_agents(index, token) if passive else []


def _occasion_agents(index: _ActorIndex, verb: Token) -> list[str]:
    """The "by" of the occasion a passive is told in, its agent: "were killed in an attack by
    militants", "was condemned in a statement by Peru"; of an attack, whoever its own words
    name doing it ("in an Israeli raid", "in Turkey's airstrikes", "in an ambush carried out
    by al-Shabaab")."""
    found: list[str] = []
    for occasion in _prep_objects(verb, ("in", "during")):
        if _lemma(occasion) in index.lex.attacks or _armed_operation(index.lex, occasion):
            found += _noun_agents(index, occasion) or _doer_adjectives(index, occasion)
        else:
            found += [a for by in _prep_objects(occasion, ("by",)) for a in index.actors_in(by)]
    return found


def _doer_adjectives(index: _ActorIndex, attack: Token) -> list[str]:
    """The actors an attack's adjectives name, its doers, where it tells acts one can count
    ("an Israeli raid", "the Pakistani strike", "Saudi-led airstrikes") or what it is done to
    ("Israeli shelling of the villages", "Russian fire on the convoy"); not a state of things
    where it happened ("Kashmiri violence", "Syrian clashes", "Afghan fighting on the border"),
    nor a place named as a noun ("a Kabul bombing"; a state's is: "a US raid", and so are its
    forces: "a police raid")."""
    counted = attack.tag_ in ("NNS", "NNPS") or any(c.dep_ == "det" for c in attack.children)
    if not (counted or _patient_told(attack)) or _lemma(attack) in _MUTUAL_HARM:
        return []
    states = [
        a
        for mod in _children(attack, ("compound", "nmod"))
        if not _city(index, mod)
        for a in index.actors_in(mod)
        if a in index.states
    ]
    adjectives = [a for mod in _children(attack, ("amod",)) for a in index.actors_in(mod)]
    return adjectives + states + _compound_forces(index, attack)


def _patient_told(attack: Token) -> bool:
    """An attack's noun with what it is done to: its "on" or "against", or the "of" of a deed's
    noun formed from its verb ("the shelling of the villages")."""
    done_to = (
        ("on", "against", "of") if _lemma(attack).endswith(_NOMINALISING) else ("on", "against")
    )
    return bool(_prep_objects(attack, done_to))


def _compound_forces(index: _ActorIndex, noun: Token) -> list[str]:
    """The forces of a state compounded on an act's noun, its doers ("a police raid", "the
    police shooting of two students")."""
    return [
        a
        for mod in _children(noun, ("compound", "nmod"))
        if _agent_codes(mod) & _STATE_FORCES
        for a in index.actors_in(mod)
    ]


def _sources(lex: Lexicon, index: _ActorIndex, token: Token) -> list[str]:
    found = _agents(index, token)
    if found or _acted_on_subject(lex, token):
        return found
    subj = _subject(lex, token)
    if subj is None:
        return []
    if subj.tag_ in _RELATIVE_TAGS:
        return []  # "the men, who he said were wounded": not the speaker's act
    who = _who_before(index, token, subj)
    if who:
        return who
    on_noun = token.dep_ in ("acl", "relcl") and subj.i == token.head.i
    if on_noun and token.dep_ == "acl":
        subj = _phrase_owner(lex, subj)
    if on_noun and _issued(lex, subj):
        # "passed a bill imposing sanctions on Russia", "issued a statement accusing Kyiv": a
        # law or a text acts for whoever enacts or issues it, the one its own words name
        # ("the ministry's statement", "a letter from Peru") or the issuing verb's doer,
        # "said in a statement urging ..." too; not a verb that acts on a text ("Kenya rejected
        # a report accusing its police": no accusation of Kenya's).
        authors = index.actors_in(subj)
        if authors:
            return authors
        law = _lemma(subj) in lex.enactments
        issuer = subj.head
        if subj.dep_ == "pobj" and issuer.lower_ == "in" and not law:
            issuer = issuer.head
        elif subj.dep_ not in (*_OBJECT_DEPS, "nsubjpass"):
            return []
        if issuer.pos_ != "VERB" or (not law and _lemma(issuer) not in lex.issuing):
            return []
        return _sources(lex, index, issuer)
    if token.dep_ == "relcl" and subj.i == token.head.i and _lookup_noun(lex, subj) is not None:
        # "launched an airstrike that killed ...": whoever launched the strike killed.
        agents = _noun_agents(index, subj, modifiers=True)
        if agents or subj.dep_ not in _OBJECT_DEPS:
            return agents
        return _sources(lex, index, subj.head)
    if subj.pos_ == "PRON":
        # "Syria says it will ...": the speaker, where the pronoun agrees with it.
        speaker = _speaker(lex, token)
        if speaker is not None and index.fits(subj, speaker):
            return index.actors_in(speaker, located=True)
        return index.antecedent_of(subj)
    if _arms_named(lex, subj):
        # "Rockets fired by Hamas killed ...", "a bomb planted by the Taliban": arms act for
        # whoever used them, the agent of their participle.
        participles = [c for c in _children(subj, ("acl",)) if c.tag_ == "VBN"]
        head = token.head
        own = _children(token, ("nsubj", "nsubjpass"))
        if token.dep_ in ("conj", "advcl") and not own and _bare_participle(head):
            # "Rockets fired by Hamas killed ...": the parse may make the participle the verb,
            # the verb its conjunct or its adverbial clause.
            participles.append(head)
        users = [a for c in participles for a in _agents(index, c)]
        if users:
            return users
    # "The attack in Kenya killed 12", "a car bomb in Kabul killed 12", "a Basra car bombing
    # killed 12", "two blasts in Baghdad killed 12": an act's, a happening's or a weapon's
    # "in", or a city named before it, is where it was done, not who did it.
    act = _names_act(lex, subj) or _lemma(subj) in lex.happenings
    named = [t for c in _children(subj, ("compound",)) for t in c.subtree if t.dep_ == "compound"]
    armed = act or _arms_named(lex, subj)
    sites = {index.get(t.i) for t in named if armed and _city(index, t)}
    found = [a for a in index.actors_in(subj, located=not act) if a not in sites]
    return found or _apposed(index, token, subj) or _summary_doers(index, token)


def _phrase_owner(lex: Lexicon, noun: Token) -> Token:
    """The text a participle the parse hangs on the noun of one of its phrases modifies, the
    noun of where or to whom it is put out ("posted a message on Twitter blaming Iran", "a
    statement on its website condemning Peru": no act of Twitter's nor of the website's); any
    other noun itself ("despite reports urging ...": not whoever acts despite them)."""
    owner = noun
    while owner.dep_ == "pobj" and owner.head.dep_ == "prep":
        owner = owner.head.head
        if owner.pos_ == "NOUN" and _said_thing(lex, owner):
            return owner
    return noun


def _issued(lex: Lexicon, noun: Token) -> bool:
    """Whether a noun names what one enacts or issues and that acts for its author: a law
    ("a bill imposing sanctions") or a text ("a statement accusing Kyiv", "a letter urging")."""
    return _lemma(noun) in lex.enactments or _said_thing(lex, noun)


# Participles that tell who did an act: "an attack blamed on the Taliban".
_ASCRIBING = frozenset({"ascribe", "attribute", "blame"})


def _summary_doers(index: _ActorIndex, verb: Token) -> list[str]:
    """Who did the act a summary of it names ("..., an attack claimed by al-Shabaab",
    "another attack ascribed to the Taliban")."""
    heads = [verb, *_children(verb, _OBJECT_DEPS)]
    acls = [a for h in heads for o in h.children if _summary(o) for a in _children(o, ("acl",))]
    found = [a for acl in acls for a in _agents(index, acl)]
    ascribed = [acl for acl in acls if _lemma(acl) in _ASCRIBING]
    return found + [
        a for acl in ascribed for o in _prep_objects(acl, ("to", "on")) for a in index.actors_in(o)
    ]


def _city(index: _ActorIndex, name: Token) -> bool:
    """Whether a name is of a place below a state: a town, or a capital by its own name
    ("Basra", "Kabul"; not "Afghanistan" nor "US")."""
    if index.get(name.i) in index.regions:
        return True
    found = load_gazetteer().lookup(name.doc[name.left_edge.i : name.i + 1].text)
    return found is not None and found[1] is Form.CAPITAL


def _bare_participle(verb: Token) -> bool:
    """Whether a verb is a past participle with no auxiliary: no verb of its own clause."""
    return verb.tag_ == "VBN" and not _children(verb, ("aux", "auxpass"))


def _apposed(index: _ActorIndex, verb: Token, subj: Token) -> list[str]:
    """The names a dash-delimited apposition gives a subject that names no actor itself,
    wherever the parse hangs them ("The only two Arab states at peace with Israel - Egypt
    and Jordan - also criticised ...")."""
    inside = _parenthetical(verb)
    if inside is None or subj.i >= inside.start or any(t.pos_ in ("VERB", "AUX") for t in inside):
        return []
    within = {index.get(t.i) for t in inside}
    return [a for a in index.actors_in(inside.root) if a in within]


def _who_before(index: _ActorIndex, token: Token, head: Token) -> list[str]:
    """ "talks between Kabul and the Taliban, who have refused to ...": "who" names a person
    or a body; where the parse hangs it on a noun that names none, it is the noun before it."""
    who = [c for c in _children(token, ("nsubj",)) if c.lower_ == "who"]
    if token.dep_ != "relcl" or token.head != head or not who or index.actors_in(head):
        return []
    before = who[0].nbor(-1)
    before = before.nbor(-1) if before.text == "," else before
    actor = index.get(before.i)
    return [actor] if actor is not None else []


def _acted_on_subject(lex: Lexicon, token: Token) -> bool:
    """Whether the subject a verb shares is the one acted on: a bare passive, a headline's
    passive without its auxiliary, or a passive joined to an active verb ("Iran denied it and
    was condemned by France")."""
    joined = token.dep_ == "conj" and bool(_children(token, ("auxpass",)))
    return (
        _bare_passive(token)
        or _headline_passive(lex, token)
        or (joined and not _children(token, ("nsubj", "nsubjpass")))
    )


def _bare_passive(token: Token) -> bool:
    """A passive without its auxiliary, whose subject (maybe its head's) is the one acted on:
    a participle clause ("when asked to condemn them", "arrested in May, he ..."), a verb
    joined to a passive ("was shot and killed"), or a headline's verbs joined to one with an
    agent ("Reporter shot and killed by gunmen")."""
    if _children(token, ("aux", "auxpass", "nsubjpass")) or token.tag_ not in ("VBN", "VBD"):
        return False
    if token.tag_ == "VBN" and token.dep_ == "advcl":
        return not _children(token, ("nsubj",))
    if token.tag_ == "VBN" and token.dep_ == "conj":
        head = token.head
        if _children(head, ("auxpass",)) and not _children(token, ("nsubj",)):
            return True  # "was shot and killed": the conjuncts share the passive
        agent = _children(token, ("agent",)) and not _children(token, ("nsubj",))
        return bool(agent) and not _children(head, ("aux", *_OBJECT_DEPS))
    return any(
        _bare_passive(c) for c in token.conjuncts if c.dep_ == "conj" and c.head == token
    ) and not _children(token, _OBJECT_DEPS)


def _headline_passive(lex: Lexicon, token: Token) -> bool:
    """ "(Germany says) Navalny poisoned with Novichok": a headline drops the passive's
    auxiliary. Where the tagger reads a participle, or a headline's verb is one of harm or
    coercion with no object nor clause (such a verb takes one in the active: "poisoned him"),
    its subject is the one acted on; not "reached out", "committed to proceeding"."""
    if token.dep_ not in ("ccomp", "ROOT") or not _children(token, ("nsubj",)):
        return False
    if token.dep_ == "ccomp" and _lemma(token.head) not in lex.speech:
        return False
    if _children(token, ("aux", "auxpass", "prt", "xcomp", "ccomp", *_OBJECT_DEPS)):
        return False
    if any(_children(p, ("pcomp",)) for p in _children(token, ("prep",))):
        return False
    lemma = _lemma(token)
    harm = lex.verbs.get(lemma, (None, None))[0] in _HARM_TYPES and lemma not in lex.partnered
    # Prose keeps its auxiliaries ("the rebels attacked at dawn." is active): a headline
    # ends with no full stop. In prose the tagger's participle of a verb that needs no
    # object is its past tense ("Members of parliament protested outside.").
    headline = token.sent[-1].pos_ != "PUNCT"
    return (token.tag_ == "VBN" and (headline or harm)) or (
        token.tag_ == "VBD" and headline and (harm or _patient_subject(lex, token))
    )


def _patient_subject(lex: Lexicon, token: Token) -> bool:
    """ "Curfew lifted in Delhi", "Blockade of Gaza lifted": the tagger reads a headline's
    participle as a past tense where its subject could do the act. An act's noun that the
    verb's CAMEO patterns name as its object ("LIFT * CURFEW") is what the verb acts on:
    an act does not lift, impose or resume (an agent may: "Troops withdrew")."""
    patterns = lex.cameo.get(_lemma(token), ())
    return any(
        _lookup_noun(lex, s) is not None
        and not load_gazetteer().find_agents([s.lower_])
        and any(_fits(s, e) for p in patterns if p.type is not None for e in p.words)
        for s in _children(token, ("nsubj",))
    )


# The acts a verb does to its object, which a headline's bare subject is ("X attacked with").
_HARM_TYPES = frozenset({EventType.ASSAULT, EventType.COERCE, EventType.THREATEN})


def _targets(
    index: _ActorIndex,
    token: Token,
    noun: Token | None = None,
    *,
    moved: bool = False,
    venue: bool = False,
    answers: bool = False,
    allied: bool = False,
    doers: Sequence[str] = (),
    voiced: bool = False,
) -> list[str]:
    """Whom an act is done to. With `moved`, the object is what the act moves ("mobilized
    reservists for a war against Iraq"), not whom it aims at; with `venue`, "at" and "from"
    tell where it is done ("spoke at the opening of the session", "spoke from Israel"), not
    with whom, and "on" where or on what ("spoke on Fox News", "consulted on the budget");
    with `answers`, a hostile act named by "for" is the reason the act answers, whose doer
    alone is aimed at ("retaliation for Israel's strike on Beirut": Israel; "for the killing
    of its commander": no one); with `voiced`, the object is what is said or asked, whose
    word names no party of itself ("expressed opposition to the plan"); with `allied`,
    "against" names the side an act of siding is done against ("backed the government
    against the rebels"), not whom it is done for.
    A "with" naming the `doers`' own state's forces names their means ("launched airstrikes
    with its air force"), not whom the act is done with or to.
    """
    found: list[str] = []
    weak: list[str] = []
    # An event noun's "of" names what it was done to ("the shoot-down of a Russian jet").
    strong = _TARGET_PREPS | {"of"} if token.pos_ in ("NOUN", "PROPN") else _TARGET_PREPS
    strong = strong - {"at", "on"} if venue else strong
    strong = strong - {"against"} if allied else strong
    weak_verb = _TARGET_PREPS_WEAK - {"from"} if venue else _TARGET_PREPS_WEAK
    # "helped Ukraine rebuild": the subject of a bare infinitive is the verb's object.
    objs = _objects(token) + [
        subj
        for clause in _children(token, ("ccomp",))
        if clause.tag_ == "VB" and not _children(clause, ("mark", "aux"))
        for subj in _children(clause, ("nsubj",))
    ]
    for obj in [] if moved else objs:
        # "criticised the plan announced by Israel": whose plan, as in "Israel's plan" (not
        # of a passive's subject: "the tariffs imposed by Canada were lifted"); a mediator
        # is no side of it ("reached a deal brokered by Qatar").
        acts = _children(obj, ("acl",)) if obj.dep_ in _OBJECT_DEPS else []
        acts = [a for a in acts if _lemma(a) not in index.lex.mediating]
        named = _targets_in(index, obj) or [a for acl in acts for a in _agents(index, acl)]
        # What is voiced or asked is no party, whatever its word names alone ("opposition").
        found += [a for a in named if not voiced or a != index.get(obj.i)]
        # "imposed sanctions targeting Russian banks", "fired missiles targeting its bases".
        aims = [o for acl in acts if _lemma(acl) == "target" for o in _objects(acl)]
        found += [a for o in aims for a in index.actors_in(o)]
    if found:
        # "shot two men at a market", "injured a woman on the high road": with whom the act
        # is done to named, "at" and "on" tell where, not at whom.
        strong = strong - {"at", "on"}
    # "held four hours of talks with X": the event noun's own "with" too.
    extra = [noun] if noun is not None and noun not in objs else []
    # "kidnapped up to 16 Russians": the particle may carry the preposition.
    related = [o for o in objs if _related(index, o)]  # nor through their prepositions
    for head in [
        token,
        *_children(token, ("prt",)),
        *(o for o in objs if o not in related),
        *extra,
    ]:
        # "threatened tariffs on Beijing", "rejected calls by Belarus", "pledged support for
        # Kyiv": the object's own prepositions name the target too.
        weak_preps = weak_verb if head == token else _OBJECT_PREPS_WEAK
        for word, prep in prepositions(head):
            if word in strong:
                bucket = found
            elif word in weak_preps:
                bucket = weak
            else:
                continue
            for pobj in _children(prep, ("pobj",)):
                # "closed, with the government suspending classes": a clause, not a partner;
                # "on behalf of the Senate": whom the source acts for, its own side.
                if answers and _reason(index, prep, pobj):
                    bucket += _noun_agents(index, pobj)
                elif word == "with" and _own_forces(index, pobj, doers):
                    continue
                elif not _absolute(prep, pobj) and pobj.lower_ != "behalf":
                    bucket += _targets_in(index, pobj)
    if token.pos_ in ("NOUN", "PROPN") and not _prep_objects(token, ("of",)):
        found += [a for o in _of_after_agent(index, token) for a in index.actors_in(o)]
    if not found:
        # "mobilized reservists for a war against Iraq", "a suspension of air links with
        # Serbia": a target one phrase deeper in the object.
        preps = [p for obj in objs for p in _children(obj, ("prep",))]
        preps += [p for p in _children(token, ("prep",)) if p.lower_ == "for"]
        deeper = [o for p in preps for o in p.children if not (answers and _reason(index, p, o))]
        for head in (d for d in deeper if d.dep_ == "pobj"):
            for prep in _children(head, ("prep",)):
                if prep.lower_ in _TARGET_PREPS and not (allied and prep.lower_ == "against"):
                    found += [a for o in _children(prep, ("pobj",)) for a in index.actors_in(o)]
    return list(dict.fromkeys(found or weak))


# Acts of siding with another, whose "against" names the side they oppose together; not a
# retreat or a concession, which eases what was done against the side it names.
_SIDING = frozenset(
    {EventType.AGREE, EventType.CONSULT, EventType.SUPPORT, EventType.COOPERATE, EventType.AID}
)

# Hostile acts whose "for" may name what they answer; a request's or a mobilisation's names
# what is asked for or readied ("called for sanctions against Russia").
_ANSWERING = frozenset(t for t, q in QUAD_CLASS.items() if q in _CONFLICT) - {
    EventType.REQUEST,
    EventType.MOBILIZE,
}


def _reason(index: _ActorIndex, prep: Token, pobj: Token) -> bool:
    """ "for the killing of its commander", "for Israel's strike": a hostile act named by
    "for", the reason of the act it is told with; not the "for" of a verb's own ("called for
    sanctions", "pressed for sanctions")."""
    lex = index.lex
    if prep.lower_ != "for" or f"{_lemma(prep.head)} for" in lex.phrasal.keys() | lex.cameo.keys():
        return False
    found = _lookup_noun(lex, pobj)
    return found is not None and QUAD_CLASS[found[0]] in _CONFLICT


def _targets_in(index: _ActorIndex, phrase: Token) -> list[str]:
    """The actors a phrase in a target's place names, less the doer of a participle that
    only modifies a head naming neither an actor nor a body: "a judge-led investigation",
    "a US-made drone", "the Kremlin-backed candidate" are no act on the judge, the United
    States or the Kremlin; a body so led is on its leader's side ("the Saudi-led
    coalition"), and what one holds is one's own ("shelled government-held towns")."""
    found = index.actors_in(phrase)
    own = [phrase, *_children(phrase, ("compound",))]
    if any(index.get(t.i) is not None or is_institution_word(_lemma(t)) for t in own):
        return found
    doers = {
        index.get(t.i)
        for m in _children(phrase, ("amod",))
        if m.tag_ == "VBN" and _lemma(m) not in index.lex.holding
        for c in _children(m, ("npadvmod", "compound"))
        for t in c.subtree
    }
    return [a for a in found if a not in doers]


def _own_forces(index: _ActorIndex, phrase: Token, doers: Sequence[str]) -> bool:
    """Whether a phrase names only forces of the doers' own country ("with the Turkish Air
    Force", "with its air force" said of Turkey): the means they act by. What forces an act
    moves is left out later, by actor (`ingest.nlp.political.without_own_forces`)."""
    # Only a state acts by its forces: protesters "clashed with the police" of their country.
    own = _countries(index, [a for a in doers if _of_state(index, a)])
    named = index.actors_in(phrase)
    forces = _agent_codes(phrase) & _STATE_FORCES
    return bool(own and named and forces) and all(index.countries.get(a) in own for a in named)


def _absolute(prep: Token, pobj: Token) -> bool:
    """Whether a preposition's object is a clause of its own: with a subject ("closed, with
    the government suspending classes"), or, set off by a comma, a participle the tagger read
    as a noun with the name that does it before it ("criticised the plan, with Foreign
    Minister Ana Ruiz warning of ...")."""
    if _children(pobj, ("nsubj",)):
        return True
    doer = any(c.pos_ == "PROPN" for c in _children(pobj, ("compound",)))
    after_comma = prep.i > 0 and prep.nbor(-1).text == ","
    return prep.lower_ == "with" and after_comma and doer and pobj.lower_.endswith("ing")


def _asked_by_participle(index: _ActorIndex, trig: _Trigger) -> list[str]:
    """Whom a request noun asks, named by the participle on it ("joined the calls by UK
    officials asking the United States to ..."): the one asked, not the noun's callers."""
    if trig.noun is None:
        return []
    asking = [v for v in _children(trig.noun, ("acl",)) if v.tag_ == "VBG"]
    return [a for v in asking for o in _children(v, ("dobj",)) for a in index.actors_in(o)]


def _of_after_agent(index: _ActorIndex, noun: Token) -> list[Token]:
    """The "of" an event noun's "by" phrase took from it ("criticism by Germany of Poland",
    "by the minister and UNESCO of Turkey"): the parse hangs it on an agent, but a name
    takes no "of" outside itself, nor does a conjunct after the last."""
    found = []
    for first in _prep_objects(noun, ("by",)):
        last = max(c.i for c in [first, *first.conjuncts])
        for agent in [first, *first.conjuncts]:
            for prep in _children(agent, ("prep",)):
                if prep.lower_ != "of" or index.get(prep.i) is not None:
                    continue  # "the Union of Comoros": the name's own "of"
                if agent.pos_ == "PROPN" or prep.i > last:
                    found += _children(prep, ("pobj",))
    return found


def _authors(lex: Lexicon, index: _ActorIndex, token: Token) -> list[str]:
    """Whose thing or deed a verbal act answers, where its object names no actor: the subject
    of the clause on the object ("rejected the proposal Brazil unveiled"), or, where the act
    is a relative clause, of the verb whose object (or deed) the relative pronoun stands for
    ("Brazil unveiled a proposal, which Argentina rejected"; "Brazil raised tariffs, which
    Argentina condemned", which the parse may hang on the verb)."""
    found: list[str] = []
    for obj in _objects(token):
        if index.get(obj.i) is not None or index.actors_in(obj):
            continue
        if obj.tag_ not in _RELATIVE_TAGS:
            for clause in _children(obj, ("relcl", "acl")):
                # Its object is the relative word, or none ("the report that X published").
                own = _children(clause, _OBJECT_DEPS)
                own = [o for o in own if o.tag_ not in _RELATIVE_TAGS and o.lower_ != "that"]
                if not own and _children(clause, ("nsubj",)):
                    found += _sources(lex, index, clause)
        elif token.dep_ == "advcl":
            found += _sources(lex, index, token.head)
        elif token.dep_ == "relcl" and token.head.dep_ in (*_OBJECT_DEPS, "nsubjpass"):
            found += _sources(lex, index, token.head.head)
    return list(dict.fromkeys(found))


def _under(index: _ActorIndex, noun: Token) -> list[str]:
    """Who is told to be under an act, who undergoes it ("the minister is under investigation
    by police", "Kenya came under pressure from Uganda")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    return _subject_or_owner(index, prep.head)


def _subject_or_owner(index: _ActorIndex, verb: Token) -> list[str]:
    """Whom a verb's one subject names, or, where it names a thing, its owner, not whom the
    thing's phrases name ("his friendship with Epstein is under investigation" is his,
    "Trump's call with Zelensky" Trump's); none where the parse gives it two subjects."""
    subjects = _children(verb, ("nsubj",))
    if len(subjects) != 1:
        return []
    (noun,) = subjects
    if index.get(noun.i) is not None or noun.pos_ in ("PRON", "PROPN"):
        return index.actors_in(noun)
    return [a for p in _children(noun, ("poss",)) for a in index.actors_in(p)]


def _accused_in_clause(index: _ActorIndex, verb: Token) -> list[str]:
    """Whom an accusation's clause accuses: the doer it names, its active subject or the
    owner of what is its subject ("alleged that Israel had attacked the convoy", "complained
    that Uganda's decision was illegal"; not one a passive acts on: "alleged that protesters
    were beaten"), nor a pronoun, which is often whom the claimant speaks for ("associates of
    the activist alleged she drank poisoned tea")."""
    return [
        a
        for clause in _children(verb, ("ccomp",))
        if all(s.pos_ != "PRON" for s in _children(clause, ("nsubj",)))
        for a in _subject_or_owner(index, clause)
    ]


def _tie(index: _ActorIndex, noun: Token) -> bool:
    """Whether a noun names a person by a tie to another: a noun of a tie ("son", "lawyer",
    "supporter"), or a person one person has, a noun of a private person whose possessor or
    "of" is a person ("Trump's accountant", "the senator's driver", "the chef of Putin"; not
    "Hong Kong's residents", nor an office held for another, "the president's spokesman")."""
    if noun.pos_ != "NOUN":
        return False
    lemma = _lemma(noun)
    if lemma in index.lex.relations:
        return True
    if not is_person_noun(lemma) or is_office_word(lemma):
        return False
    return any(
        index.get(o.i) in index.people
        or (o.pos_ == "NOUN" and (is_person_noun(_lemma(o)) or is_office_word(_lemma(o))))
        for o in _owners(noun)
    )


def _related(index: _ActorIndex, obj: Token) -> bool:
    """ "the son of the governor was shot", "the senator's lawyer was charged": one named by
    a tie to another is not that other (a name is its own actor)."""
    return _tie(index, obj) and index.get(obj.i) is None


def _condition_subjects(lex: Lexicon, index: _ActorIndex, trig: _Trigger) -> list[str]:
    """Whom a threat is made to: the subject of its condition ("threatened to strike unless
    Baghdad accepted", "... if the United States goes ahead")."""
    heads = [trig.token, *([trig.complement] if trig.complement is not None else [])]
    for head in heads:
        for clause in _children(head, ("advcl",)):
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children):
                subj = _subject(lex, clause)
                if subj is not None and subj.pos_ != "PRON":
                    return index.actors_in(subj)
    return []


def _bears_on_place(lex: Lexicon, trig: _Trigger) -> bool:
    """Whether the act bears on the state it is done in ("imposed a curfew in Cizre"), unlike
    a meeting or an agreement, whose place is only a venue ("talks in Moscow")."""
    etype = trig.type
    if etype in (EventType.THREATEN, EventType.REJECT) and trig.complement is not None:
        # "refused to deploy peacekeepers in Iraq": the act threatened or refused tells.
        inner = _classify(lex, trig.complement)
        etype = inner.type if inner is not None else etype
    # "A truce began in Idlib": a military retreat said to happen, no party named, holds in
    # the state it is told in, as "riots broke out in Nepal" do (not a release: its captor
    # may hold people anywhere).
    occurred = trig.noun is not None and trig.noun in _children(trig.token, ("nsubj",))
    retreat = etype is EventType.RETREAT and trig.mode == "military"
    return etype in _PLACED or (retreat and occurred)


def _states_in(index: _ActorIndex, trig: _Trigger) -> list[str]:
    """The first state named where an act is done: "in", "into", "across" of the verb, of its
    clause or of its objects, however deep ("in the town of Cizre in southeastern Turkey")."""
    verbs = [trig.token, *([trig.complement] if trig.complement is not None else [])]
    # The place of the act's own noun, or of the act or weapon that is the subject, tells it
    # as well: "launched attacks across Paris", "a gas attack in Homs killed scores".
    acts = [s for s in _children(trig.token, ("nsubj",)) if _names_act(index.lex, s)]
    acts += [trig.noun] if trig.noun is not None else []
    heads = [*verbs, *(o for v in verbs for o in _objects(v)), *acts]
    found = _first_state(index, [t for head in heads for t in _placed(head)])
    # "Nepal: four killed in an air strike", "Unrest in Lima: curfew imposed": the state a
    # headline's dateline or topic names, before the colon.
    noun = trig.token.head
    if not found and _participle_of(trig.token) and noun.dep_ == "appos" and _line_head(noun):
        found = _first_state(index, [noun.head, *_placed(noun.head)])
    return found


def _placed(head: Token) -> list[Token]:
    """The words of a head's prepositions of place ("in", "into", "across"), in order, and
    those of the site it is done at: "killed 12 at a market in Kabul" (not people aimed at,
    "fired at marchers in Quito", nor a time, "on Friday in Pakistan")."""
    preps = _children(head, ("prep",))
    sites = [
        o
        for p in preps
        if p.lower_ in _SPOT_PREPS
        for o in _children(p, ("pobj",))
        if not is_person_noun(_lemma(o)) and o.ent_type_ not in ("DATE", "TIME")
    ]
    inside = [t for p in preps if p.lower_ in _PLACE_PREPS for t in p.subtree]
    return inside + [t for site in sites for t in _placed(site)]


def _first_state(index: _ActorIndex, tokens: list[Token]) -> list[str]:
    """The first state the tokens name, as a list, or none."""
    states = (index.get(t.i) for t in tokens)
    return next(([a] for a in states if a is not None and a in index.states), [])


# --- sentences -------------------------------------------------------------------------


def _verbal(token: Token) -> bool:
    """A verb, or a headline's verb the tagger read as a noun: the root of its line with a
    subject before it and an object after ("Police raid offices", "X and Y sign accord"),
    or, written as a present verb, a clause or a preposition after ("X and Y pledge to
    cooperate", "Police appeal for help")."""
    if token.pos_ == "VERB":
        return True
    if token.pos_ != "NOUN" or token.dep_ != "ROOT":
        return False
    if not any(c.dep_ in _HEADLINE_SUBJECTS or _name_as_modifier(c) for c in token.lefts):
        return False
    if any(c.dep_ == "dobj" for c in token.rights):
        return True
    present = token.lower_ in (token.lemma_.lower(), token.lemma_.lower() + "s")
    return present and any(c.dep_ in ("xcomp", "ccomp", "prep") for c in token.rights)


# The subject of a headline's verb read as a noun: "Activists in Damascus decry ..." (nmod).
_HEADLINE_SUBJECTS = frozenset({"nsubj", "compound", "nmod"})


def _name_as_modifier(token: Token) -> bool:
    """ "Guadeloupe approves of ...": a state's, a body's or a person's name the tagger read
    as an adjective of the headline's verb (not a people's adjective: "Russian attacks")."""
    return token.dep_ == "amod" and token.ent_type_ in ("GPE", "ORG", "PERSON")


def _thing_acted_on(lex: Lexicon, index: _ActorIndex, token: Token) -> bool:
    """ "released the transcript of his call with Zelensky", "released two videos of them":
    a verb done to a party ("released three prisoners") whose object is a thing, no actor,
    does nothing to any party. What a verb of prohibiting bans is a party only by its head
    ("banned the group", not "banned Chinese apps": goods of a party banned are an embargo,
    CAMEO's 'ban * imports', no act on the party itself)."""
    objects = _objects(token)
    head = _lemma(token) in lex.restricting
    return bool(objects) and not any(_names_party(index, o, head=head) for o in objects)


def _names_party(index: _ActorIndex, noun: Token, *, head: bool = False) -> bool:
    """Whether a noun phrase is an actor by its own words ("three Taliban prisoners", "them"),
    not by what its prepositions name ("two videos of the hostages"); with `head`, by its
    head word alone."""
    if noun.pos_ == "PRON":
        return bool(index.actors_in(noun))
    if head:
        return index.get(noun.i) is not None or _human(noun)
    own = [t for t in noun.subtree if t.i <= noun.i or t in noun.conjuncts]
    return any(index.get(t.i) is not None for t in own)


# Acts done to others by force, which a verb of yielding may end; a protest is its crowd's.
_HOSTILE_ACTS = frozenset(t for t, q in QUAD_CLASS.items() if q is QuadClass.MATERIAL_CONFLICT) - {
    EventType.PROTEST
}


def _event_yields(lex: Lexicon, trig: _Trigger) -> bool:
    """ "the march moved a few blocks", "the meeting agreed": an event told as the doer of a
    cooperative act (yielding, agreeing, giving), with no actor in its own words ("the EU
    summit agreed" has one), names no one who acted (an event that harms, "the blast killed
    four", is read elsewhere); a headline's passive acts on it ("Sanctions on Iran lifted")."""
    subj = _subject(lex, trig.token)
    return (
        QUAD_CLASS[trig.type] in COOPERATIVE
        and trig.noun is None
        and not trig.reverse
        and subj is not None
        and subj.dep_ == "nsubj"
        # A hostile act's noun may be what the verb ends ("Curfew lifted in Beijing").
        and lex.nouns.get(_lemma(subj), (EventType.ASSAULT,))[0] not in _HOSTILE_ACTS
        and subj not in _objects(trig.token)
    )


def _harms_people(lex: Lexicon, index: _ActorIndex, verb: Token) -> bool:
    """ "protesters attacked commuters", "rioters beat a policeman": a verb of violence done
    by protesters to people is an assault on them, no protest (CAMEO's 145 riot is violence
    to property and order: "protesters blocked the border", "attacked the police station")."""
    if lex.verbs.get(_lemma(verb), (None,))[0] is not EventType.ASSAULT:
        return False
    return any(_people(index, o) for o in _children(verb, ("dobj",)))


def _people(index: _ActorIndex, noun: Token) -> bool:
    """Whether a noun names people: an actor not a body whose seat is taken ("occupied the
    ministry"), nor a place."""
    return (
        index.get(noun.i) is not None
        and noun.ent_type_ not in _PLACE_TYPES
        and not is_institution_word(noun.text)
    )


def _done_to_no_one(lex: Lexicon, index: _ActorIndex, trig: _Trigger) -> bool:
    """ "hung banners", "wiped out the debt", "rounded up the cattle", "executed a shutdown":
    a verb of harm or force done only to people (`Lexicon.on_people`) is none where neither
    its object nor its passive subject names people, an actor or another person (`_human`:
    "hanged two dissidents", "the activist was hanged", "executed him"); for a verb that
    also tells winning a contest, only actors count and not those that may be a rival ("beat
    protesters", not "beat Federer", "beat the Ethiopians", "beat the governor")."""
    token = trig.token
    keys = {_lemma(token), *(f"{_lemma(token)} {c.lower_}" for c in _children(token, ("prt",)))}
    if trig.nominal or trig.noun is not None or not lex.on_people & keys:
        return False  # "executed an attack": the act is the noun's
    if lex.contests & keys:
        return not any(_people(index, p) and not _rival(p) for p in _patients(token))
    return not any(_people(index, p) or _human(p) for p in _patients(token))


def _human(noun: Token) -> bool:
    """Whether a noun the resolver names no actor is still another person: a personal
    pronoun ("executed him"; not "hanged himself", one's own death) or a noun whose first
    sense in WordNet is a person's ("a prisoner")."""
    if noun.pos_ == "PRON":
        own = noun.lower_.endswith(("self", "selves"))
        return noun.tag_ == "PRP" and noun.lower_ not in _PROPOSITION_PRONOUNS and not own
    return is_person_noun(_lemma(noun))


def _rival(noun: Token) -> bool:
    """Whether a noun may name a rival in a contest: a name (a state, a team, a candidate), a
    nationality ("the Ethiopians") or an office ("the incumbent governor")."""
    return noun.pos_ == "PROPN" or noun.ent_type_ == "NORP" or is_office_word(noun.text)


_FOUGHT = ("against", "on", "with")


_PROPOSITION_PRONOUNS = frozenset({"it", "this", "that", "these", "those"})


def _endorsed(lex: Lexicon, index: _ActorIndex, trig: _Trigger) -> Token | None:
    """ "agreed with the plan", "agreed with Peru's decision to close the border": what a verb
    of agreeing is 'with' where that is no party but a proposition, a policy or an act, with
    no act agreed on or to ("agreed with Peru to reopen the border", "on a ceasefire").
    CAMEO reads 'agree (with)' as an accord (030) with a party, and the verb alone by its
    block's code, endorsement (050, PLOVER's SUPPORT)."""
    token = trig.token
    if trig.nominal or trig.type is not EventType.AGREE:
        return None
    if lex.verbs.get(_lemma(token), (None,))[0] is not EventType.AGREE:
        return None
    withs = _prep_objects(token, ("with",))
    if _objects(token) or _prep_objects(token, ("on", "to")) or len(withs) != 1:
        return None
    (prop,) = withs
    # The clause of what is agreed, but for the proposition's own ("the decision to close").
    clause = trig.complement or _complement(token)
    if clause is not None and clause not in prop.subtree:
        return None
    if prop.pos_ == "PRON":
        return prop if prop.lower_ in _PROPOSITION_PRONOUNS else None  # "agreed with him"
    return None if index.get(prop.i) is not None else prop


def _fights_no_one(lex: Lexicon, index: _ActorIndex, trig: _Trigger) -> bool:
    """ "fought corruption", "vowed to keep fighting the good fight with court cases": a verb
    of combat (`Lexicon.on_opponents`), or a vow of one, where every thing fought or fought
    with names no party is a struggle against an ill or by legal means, no force nor threat."""
    if trig.nominal or trig.type not in (EventType.ASSAULT, EventType.THREATEN):
        return False
    verb: Token | None = trig.token

    def fights(named: list[Token]) -> list[Token]:
        return [n for n in named if _lemma(n) in lex.on_opponents]

    if trig.type is EventType.THREATEN:
        # "vowed to keep fighting", "vowed to wage war on corruption": the verb of combat, or
        # the one whose object names the fight.
        verb = trig.complement
        while verb is not None and not fights([verb, *_objects(verb)]):
            verb = _complement(verb)
    if verb is None:
        return False
    # "waging a war against corruption", "fought a war against Russia": a fight named as the
    # object is against whom it and the verb name.
    named = [trig.noun] if trig.noun is not None and verb is trig.token else _objects(verb)
    fought_in = fights(named)
    if fought_in:
        fought = [o for h in (verb, *fought_in) for o in _prep_objects(h, _FOUGHT)]
    elif _lemma(verb) in lex.on_opponents:
        fought = [*_objects(verb), *_prep_objects(verb, _FOUGHT)]
    else:
        return False
    return bool(fought) and not any(_names_party(index, o) for o in fought)


def _stance_on_kind(lex: Lexicon, index: _ActorIndex, trig: _Trigger) -> bool:
    """ "supported gun control and lower taxes", "defended press freedom", "condemned
    terrorism": a verb of endorsing or criticising whose every object is a kind of thing (a
    bare plural or mass noun: no determiner, owner or number) with no actor in its words, no
    act of the lexicon, of the verb with it ("deepened relations") or of the verb's CAMEO
    pattern ("resumed relations") and no text,
    holds a view of the kind, no act toward a party (CAMEO endorses and criticises actors
    and what they do, "supported the plan", "condemned the bombing"; a terrorist attack
    condemned as such is a comment, 018). A headline drops its articles ("Uganda Condemns
    Rights Violations" means the ones told); an investigation, a charge or a denial of a kind
    ("investigate corruption", "denies involvement") is still an act."""
    token = trig.token
    if trig.nominal or trig.noun is not None or trig.complement is not None:
        return False
    criticism = trig.type is EventType.ACCUSE and trig.mode in (None, "disapprove")
    if not (trig.type is EventType.SUPPORT or criticism) or token.sent[-1].pos_ != "PUNCT":
        return False
    objects = [c for o in _children(token, ("dobj",)) for c in [o, *o.conjuncts]]
    patterns, _ = _cameo_verb(lex, token, _lemma(token))
    found = _sense(lex, patterns or (), token)
    if found is not None and any(o.i in found[1] for o in objects):
        return False
    # People of a kind ("praised volunteers") may be a side the resolver does not know; the
    # first object tells the kind, what is joined to it only needs to be no party nor act.
    return bool(objects) and all(
        o.pos_ == "NOUN"
        and not is_person_noun(_lemma(o))
        and not (o is objects[0] and any(c.dep_ in ("det", "poss", "nummod") for c in o.children))
        and not any(index.get(t.i) is not None for t in o.subtree)
        and _lookup_noun(lex, o) is None
        and f"{_lemma(token)} {_lemma(o)}" not in lex.verb_object  # "deepened relations"
        and _lemma(o) not in lex.documents
        for o in objects
    )


def _patients(verb: Token) -> list[Token]:
    """The nouns a verb's object or passive subject names, each conjunct, and what a number
    counts ("dozens of activists": the activists too)."""
    patients = [p for c in _children(verb, ("dobj", "nsubjpass")) for p in [c, *c.conjuncts]]
    return patients + [o for p in patients if _counted(p) for o in _prep_objects(p, ("of",))]


def _animals_only(lex: Lexicon, index: _ActorIndex, trig: _Trigger) -> bool:
    """ "police shot a dog", "a dog that attacked a child", "rangers seized 40 cattle": force
    done only to animals, or only by animals, is no political act; an owner named is acted on
    ("shot the villagers' cattle"), and a list with a person in it acts or is acted on ("two
    dogs and a man attacked a child")."""
    token = trig.token
    if trig.nominal:
        return False
    # A list's head stands for the list; a later conjunct a relative clause agrees with
    # alone stands for itself ("a man and a dog that has attacked": the dog, `_antecedent`).
    doers = [
        d
        for a in map(_antecedent, _children(token, ("nsubj",)))
        for d in ([a] if a.dep_ == "conj" else [a, *a.conjuncts])
    ]
    patients = [p for p in _patients(token) if not _counted(p)]

    def animal(noun: Token) -> bool:
        named = index.get(noun.i) is not None or any(index.actors_in(o) for o in _owners(noun))
        return noun.pos_ == "NOUN" and _lemma(noun) in lex.animals and not named

    return any(bool(side) and all(animal(n) for n in side) for side in (doers, patients))


def _counted(noun: Token) -> bool:
    """A number standing for what its "of" names ("dozens of", "two of", "hundreds of")."""
    return noun.like_num or noun.ent_type_ == "CARDINAL"


def _takes_nothing(lex: Lexicon, index: _ActorIndex, trig: _Trigger) -> bool:
    """ "tourists captured pictures", "the seats are occupied by Labour": a verb of taking
    (one CAMEO reads as seizing in most of its senses) read as an assault by its bare code takes by
    force only a party, a place, or what CAMEO's patterns of force name (towns, bases, arms);
    an image, a seat or an abstraction taken is no assault (property seized by the police,
    "seized the ship", stays a coercion whatever it is)."""
    token = trig.token
    if trig.type is not EventType.ASSAULT or trig.text != token.text or trig.noun is not None:
        return False
    senses = [p.mode == "seize" for p in lex.cameo.get(_lemma(token), ())]
    if sum(senses) < 2 or sum(senses) * 3 <= len(senses) * 2:
        return False  # "attacked the decree", "destroyed the files": mostly no taking
    clause = token.head if token.dep_ == "conj" and not _children(token, ("nsubjpass",)) else token
    taken = _children(token, ("dobj",)) + _children(clause, ("nsubjpass",))
    return bool(taken) and not any(_seizable(index, t) for t in taken)


def _seizable(index: _ActorIndex, noun: Token) -> bool:
    """A party or a place by its head ("rebel positions", not "council seats") or by what
    its "of" names ("the town of Gao", "part of a stronghold"; not "pictures of the palace")."""
    if noun.pos_ == "PRON":
        return bool(index.actors_in(noun))
    named = _prep_objects(noun, ("of",))
    # "the town hall": a compound names the place taken; "council seats" are no council.
    if any(_lemma(c) in _seized_words() for c in _children(noun, ("compound",))):
        return True
    return any(
        index.get(t.i) is not None or t.ent_type_ in _PLACE_OR_PARTY or _lemma(t) in _seized_words()
        for t in [noun, *noun.conjuncts, *named]
    )


_PLACE_OR_PARTY = _PLACE_TYPES | {"ORG", "NORP", "PERSON"}


@cache
def _seized_words() -> frozenset[str]:
    """The words CAMEO's patterns of taking by force name as what is taken."""
    return frozenset(
        w
        for patterns in load_lexicon().cameo.values()
        for p in patterns
        if p.mode == "seize" or (p.type in (EventType.ASSAULT, EventType.COERCE) and p.words)
        for need in p.needs
        for w in need
    )


# Modifiers of arms left from a past fight: their going off is a mishap, no attack.
_LEFTOVER = frozenset({"unexploded", "old", "leftover", "abandoned", "wartime", "dormant"})


def _weapon_went_off(lex: Lexicon, verb: Token) -> bool:
    """ "an IRA bomb exploded at the pub": a weapon as the subject is the harm itself, where
    forces or craft ("troops", "jets") only carry it; not arms left from a past war ("an
    unexploded shell", "a bomb from the Second World War"), whose going off is a mishap."""
    subj = _subject(lex, verb)
    if subj is None or not {_lemma(subj), *_kinds(subj)} & (lex.attacks | lex.munitions):
        return False
    left = any(_lemma(m) in _LEFTOVER for m in _children(subj, ("amod", "compound")))
    return not left and not any(_lemma(t) == "war" for t in _prep_objects(subj, ("from",)))


def _forces_near(index: _ActorIndex, verb: Token) -> list[str]:
    """ "a bomb exploded near a police patrol", "near Malian troops": a state's forces a weapon
    went off near, named by the noun itself or its modifiers, were what it struck; others near
    it were only by ("near the embassy", "near the home of an army general")."""
    near = [
        o for p in _children(verb, ("prep",)) if p.lower_ == "near" for o in _children(p, ("pobj",))
    ]
    forces = [o for o in near if _agent_codes(o, own=True) & _STATE_FORCES]
    return [a for o in forces for a in index.actors_in(o)]


def _went_off_alone(lex: Lexicon, trig: _Trigger) -> bool:
    """ "a bomb exploded at an army checkpoint": a weapon that goes off with no attacker told
    is the attack itself, unless its clause tells the harm it did as an act of its own
    ("exploded at a bus stop, killing nine": the killing is that attack, told once)."""
    harm = [c for c in _children(trig.token, ("advcl", "conj")) if _lemma(c) in lex.harm]
    return not harm and _weapon_went_off(lex, trig.token)


def _own_command(
    lex: Lexicon, index: _ActorIndex, trig: _Trigger, source: list[str], target: list[str]
) -> bool:
    """ "Trump ordered his staff to delay the aid", "the judge ordered the accused remain in
    custody", "ordered the flags be lowered": a command (a frame CAMEO files only among its
    verbs of managing, 060: "order") given to no other actor, or to a body of the commander's
    own state, is the exercise of an office, no request (PLOVER's REQUEST asks another side:
    "ordered the former president to appear" stays)."""
    if trig.type is not EventType.REQUEST or _lemma(trig.token) not in lex.commanding:
        return False
    if not target:
        # Told to no one, or to one's own ("his staff"); not to others unresolved ("ordered
        # the diplomats to leave").
        told = _children(trig.token, ("dobj",))
        return all(_pronoun_owned(o) for o in told)
    own = _countries(index, source)
    return all(_of_state(index, t) and index.countries.get(t) in own for t in target)


def _pronoun_owned(noun: Token) -> bool:
    """Whether a pronoun owns a noun ("his staff", "its troops"): the doer's own."""
    return any(p.pos_ == "PRON" for p in _children(noun, ("poss",)))


def _own_forces_called(index: _ActorIndex, trig: _Trigger, source: list[str]) -> str | None:
    """The forces ("military", "police") a state's call with no act asked of them is made on,
    where they are its own: named by a generic agent of its forces alone (soldiers,
    reservists, police), of no other state ("called upon Somali troops" asks Somalia); called
    on to do something ("called on the police to show restraint") they are asked it."""
    if trig.type is not EventType.REQUEST or _lemma(trig.token) != "call" or not source:
        return None
    if trig.complement is not None:
        return None
    called = [*_children(trig.token, ("dobj",)), *_prep_objects(trig.token, ("on", "upon"))]
    called = [o for o in called if o.ent_type_ not in _MEASURES]  # not "on Wednesday"
    codes = [_agent_codes(o) for o in called]
    own = _countries(index, source)
    if not called or not all(c and c <= _STATE_FORCES for c in codes):
        return None
    if any(index.countries.get(a) not in own for o in called for a in index.actors_in(o)):
        return None
    return "police" if all(c == {"COP"} for c in codes) else "military"


def _countries(index: _ActorIndex, actors: Iterable[str]) -> set[str]:
    """The countries of actors, where known."""
    return {c for a in actors if (c := index.countries.get(a)) is not None}


def _own_state(index: _ActorIndex, source: list[str], target: list[str]) -> bool:
    """ "Johnson stated that Britain must leave", "Iran said it must resist": what a state,
    or one of its people, says the state itself must do states its course; no one is asked."""
    own = _countries(index, source)
    return all(t in index.states and index.countries.get(t) in own for t in target)


def _speech_request(lex: Lexicon, token: Token) -> _Trigger | None:
    """ "Russia said Sudan must return the helicopter", "... has to return it": a demand made
    by speaking; "should" or "ought to" a view (`_viewed`), a call only on another side."""
    if token.pos_ != "VERB" or _lemma(token) not in lex.speech:
        return None
    for comp in _children(token, ("ccomp",)):
        # "said Sudan does not have to return it": no obligation, so no demand.
        free = any(c.dep_ == "neg" for c in comp.children)
        owed = [x for x in _children(comp, ("xcomp",)) if _obliged(x) and not free]
        if _aux(comp) & {"must", "should"} or owed:
            act = owed[0] if owed else comp
            inner = _classify(lex, act)
            mode = _MODE_OF_TYPE.get(inner.type) if inner is not None else None
            text = f"{token.text} ... {act.text}"
            trig = _Trigger(token, EventType.REQUEST, mode, 0.7, complement=comp, text=text)
            trig.clause_target = True
            trig.viewed = _viewed(lex, act)
            return trig
    return None


def _viewed(lex: Lexicon, token: Token) -> bool:
    """ "argued the EU should lead", "said Kyiv ought to withdraw", "believes Russia must
    withdraw": what a speaker holds another should do, or believes another must, is a view of
    the right course, neither asked of them nor done; one asks by a verb of asking ("urged
    Kyiv to withdraw"), or demands by saying they must ("said Kyiv must withdraw")."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    if _obliged(token):
        clause, duty = token.head, {_lemma(token.head)}  # "ought to", "has to", "needs to"
    else:
        clause, duty = token, _aux(token) & {"must", "should"}
    if clause.dep_ != "ccomp" or not duty:
        return False
    verb = _lemma(clause.head)
    return verb in lex.opinion or (verb in lex.speech and duty <= {"should", "ought"})


def _view_of_own(
    lex: Lexicon,
    index: _ActorIndex,
    trig: _Trigger,
    subject: Token | None,
    source: list[str],
    target: list[str],
) -> bool:
    """ "said voters should stay calm", "said the French army should leave Mali", "believes
    Russia must withdraw": a view of what the public or people at large, or one's own
    state's forces, should do, or a belief, calls on no one (of one's own state, see
    `_own_state`); said of a named person or body, or another state ("said the president
    should accept the outcome", "said Kyiv ought to withdraw"), it is a call on them."""
    if _lemma(trig.token) in lex.opinion or subject is None:
        return True
    codes = _agent_codes(subject, own=True)
    if _lemma(subject) in _THE_PUBLIC or (codes and codes <= _PEOPLE):
        return True
    own = _countries(index, source)
    forces = bool(codes) and codes <= _STATE_FORCES
    if forces and all(index.countries.get(t) in own for t in target):
        return True
    # "Labour's Jeremy Corbyn said the Labour Party should ...": the speaker's own party or
    # body, named as his, is told its course, as one's own state is.
    speaker = _subject(lex, trig.token)
    mods = _children(speaker, ("poss", "compound", "amod")) if speaker is not None else []
    side = {a for m in mods for a in index.actors_in(m)}
    return bool(target) and all(t in side for t in target)


def _segments(sent: Span) -> Iterator[Span]:
    """The sentence cut at line breaks: the parser may run a headline into the next line."""
    start = sent.start
    for tok in sent:
        if (tok.is_space and "\n" in tok.text) or "\n" in tok.whitespace_:
            if tok.i + 1 > start:
                yield sent.doc[start : tok.i + (0 if tok.is_space else 1)]
            start = tok.i + 1
    if start < sent.end:
        yield sent.doc[start : sent.end]


def _asks_public(lex: Lexicon, trig: _Trigger) -> bool:
    """ "asked the public for help", "appealed to residents for information": a request of
    no act, made of the public, appeals to it as the advice of `_frame` does (its frames
    are read there, with the act asked)."""
    return (
        trig.type is EventType.REQUEST
        and trig.complement is None
        and (_asks_populace(trig.token, None) or _police_appeal(lex, trig.token))
    )


def _police_appeal(lex: Lexicon, token: Token) -> bool:
    """ "Police appeal for information after ...", "detectives appealed for help to find a
    missing teenager": the help or information police ask for, of no one named, is asked
    of the public, whose knowledge their inquiries gather (not "asked the army for help")."""
    if _children(token, ("dobj", "dative")) or _prep_objects(token, ("on", "to")):
        return False
    subject = _subject(lex, token)
    wanted = _prep_objects(token, ("for",))
    return (
        subject is not None
        and _agent_codes(subject) == {"COP"}
        and bool(wanted)
        and all(_lemma(n) in _PUBLIC_HELP and _whose_asked(n) == [n] for n in wanted)
    )


def _asks(trig: _Trigger) -> bool:
    """ "Reporters asked whether ...", "asked why ...": a question, not a request; and so is
    a bare "Schiff asked." after a quoted question: nothing and no one asked for (nor is
    "sought to use its successes", an attempt)."""
    if trig.type != EventType.REQUEST:
        return False
    if trig.complement is None and not _children(trig.token, (*_OBJECT_DEPS, "prep", "ccomp")):
        return True
    for comp in _children(trig.token, ("ccomp",)):
        marks = [c for c in comp.children if c.dep_ == "mark" and c.lower_ in ("whether", "if")]
        if marks or comp.left_edge.tag_ in _WH_TAGS:
            return True
    return _asked_about(trig)


def _asked_about(trig: _Trigger) -> bool:
    """ "asked the witness about the memo", "was asked about the loans": a verb of asking
    whose "about" (its own or its object's) names a topic, and that names no act to do ("to"
    ...) nor a thing wanted ("for" ...), asks a question."""
    if trig.nominal or trig.complement is not None:
        return False
    heads = [trig.token, *_objects(trig.token)]
    about = any(_prep_objects(h, ("about",)) for h in heads)
    return about and not any(_prep_objects(h, ("for",)) for h in heads)


def _polled(lex: Lexicon, token: Token) -> bool:
    """ "41 percent said Trump should ...", "57 percent of voters oppose the plan": what a
    poll's respondents say or do is no act of anyone."""
    for verb in [token, *token.ancestors]:
        if verb is token or _lemma(verb) in lex.speech | lex.opinion:
            subj = _subject(lex, verb)
            if subj is not None and (
                _lemma(subj) in lex.poll_words
                or any(t.ent_type_ == "PERCENT" for t in subj.subtree)
            ):
                return True
    return False


def _nominal(lex: Lexicon, token: Token) -> _Trigger | None:
    """An event written as a noun with its actor: "Turkey's shoot-down of a Russian jet"."""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in ("compound", "amod", "poss"):
        return None
    if token.dep_ == "pobj" and token.head.lower_ in _BACKGROUND_PREPS and not _cause_told(token):
        return None  # "since Russia's invasion": the background of the news, not the news
    if _acted_on(lex, token):
        return None
    if (done := _act_noun(lex, token)) is not None:
        return _Trigger(token, done[0], done[1], 0.6, text=token.text, nominal=True)
    key = next((k for k in _noun_keys(token) if k in lex.nouns), None)
    if (
        key is None
        or _in_name(token)
        or _ailment(lex, token)
        or any(_lemma(c) in lex.unreal for c in token.children if c.dep_ == "amod")
    ):
        return None  # "Uruguay's future concessions" are no act yet
    if _judged(lex, token):
        return None
    etype, mode = lex.nouns[key]
    if key == "appeal" and (law := _appeal_in_law(token)) is not EventType.REQUEST:
        if law is None:
            return None
        etype, mode = law, _DECLINED_TO_YIELD
    return _Trigger(token, etype, mode, 0.6, text=token.text, nominal=True)


def _cause_told(noun: Token) -> bool:
    """ "fled after Israeli shelling of the villages", "amid Russia's bombardment of Aleppo": a
    deed told with its doer named and what it was done to, as what the news follows from or
    goes on amid, is news too (not one "since" it: long before)."""
    named = [c for c in _children(noun, ("poss", *SIDE_MODIFIERS)) if c.ent_type_ in _DOER_ENTITIES]
    return noun.head.lower_ in _CAUSE_PREPS_OF_NEWS and bool(named) and _patient_told(noun)


def _wish(lex: Lexicon, trig: _Trigger) -> bool:
    """ "Sudan wants compensation", "Kenya needs foreign currency": CAMEO's WANT and NEED
    patterns code a REQUEST, but a verb of intent or need that is no verb of asking ("sought
    aid" is one) tells a wish; a request needs someone asked."""
    lemma = _lemma(trig.token)
    return (
        trig.type is EventType.REQUEST
        and lemma in lex.intent | lex.obligation
        and lemma not in lex.verbs
    )


def _between(noun: Token | None) -> bool:
    return noun is not None and any(p.lower_ == "between" for p in _children(noun, ("prep",)))


def _as_a_rule(lex: Lexicon, token: Token) -> bool:
    """ "Police usually arrest protesters", "governments typically expel ...", "red notices
    are issued to ask police to find people", "a governor is appointed by the monarch": an
    act told as the rule (by an adverb of a norm, or in a simple present passive of a kind or
    of roles) is no event of a day, nor is what that rule is for or what defines its kind
    ("women who have been attacked do not have to ...")."""
    if any(
        c.dep_ == "advmod" and c.lower_ in _NORM_ADVERBS
        for t in _clause_chain(lex, token)
        for c in t.children
    ):
        return True
    if _done_before(token) or any(_norm_predicated(t) for t in _clause_chain(lex, token)):
        return True
    while token.dep_ in ("xcomp", "conj") or _purpose_clause(lex, token):
        if _rule_passive(token):
            return True
        token = token.head
    if _rule_passive(token):
        return True
    # A relative clause in the present on the subject of a rule, or on whom a rule is done
    # to, defines the kind the rule is about ("usually arrest protesters who block roads").
    kind = token.head
    told = {a.lower_ for a in _children(token, ("aux", "auxpass"))} | {token.lower_}
    if token.dep_ != "relcl" or token.tag_ == "VBD" or told & _PAST_FORMS:
        return False
    if kind.dep_ in ("nsubj", "nsubjpass", "dobj") and _as_a_rule(lex, kind.head):
        return True
    return kind.dep_ in ("nsubj", "nsubjpass") and _kind(kind) and _simple_present(kind.head)


def _norm_predicated(verb: Token) -> bool:
    """ "it is commonplace for new governments to suspend parliament": an infinitive that an
    adjective of a norm is said of, through an expletive "it", is what is done as a rule."""
    head = verb.head
    # The parse hangs the infinitive on the copula or on the adjective itself.
    copula = head.head if head.dep_ == "acomp" else head
    return (
        verb.dep_ in ("advcl", "xcomp", "ccomp", "csubj")
        and any(a.lower_ == "to" for a in _children(verb, ("aux",)))
        and _lemma(copula) in ("be", "become", "remain")
        and any(s.lower_ == "it" for s in _children(copula, ("nsubj", "expl")))
        and any(a.lower_ in _NORM_ADJECTIVES for a in _children(copula, ("acomp",)))
    )


def _done_before(token: Token) -> bool:
    """ "police have used force against protesters before": a present perfect with a bare
    "before" tells what has happened at some time, a record with no day, not an act of the
    news ("arrested him before the vote" dates an act)."""
    return bool(_aux(token) & (_PERFECT_AUX - {"had"})) and any(
        c.dep_ == "advmod" and c.lower_ == "before" for c in token.children
    )


# What tells a clause of the past: "who were arrested", "who had been".
_PAST_FORMS = frozenset({"was", "were", "had", "did"})


def _kind(noun: Token) -> bool:
    """ "Red notices", "women", "a governor": a common noun naming a kind (a bare plural, or a
    singular with "a", "an", "any" or "every"), not a party or a thing of the news (no name,
    number or owner in it)."""
    # The tagger takes a capitalised first word for a name ("Women who ...").
    first = noun.i == noun.sent.start or noun.nbor(-1).is_quote
    if not (noun.pos_ == "NOUN" or (first and noun.pos_ == "PROPN")) or noun.ent_type_:
        return False
    own = [c for c in noun.children if c.dep_ in ("det", "poss", "nummod", *SIDE_MODIFIERS)]
    if any(c.dep_ in ("poss", "nummod") or c.ent_type_ or c.pos_ == "PROPN" for c in own):
        return False
    dets = [c.lower_ for c in own if c.dep_ == "det"]
    if noun.tag_ in ("NNS", "NNPS"):
        return not dets
    return len(dets) == 1 and dets[0] in ("a", "an", "any", "every")


def _simple_present(verb: Token) -> bool:
    """A verb in the simple present, active ("do not have to") or passive ("are issued")."""
    aux = _children(verb, ("aux",))
    if _children(verb, ("auxpass",)):
        return not aux and all(a.tag_ in ("VBZ", "VBP") for a in _children(verb, ("auxpass",)))
    if aux:
        return all(_lemma(a) == "do" and a.tag_ in ("VBZ", "VBP") for a in aux)
    return verb.tag_ in ("VBZ", "VBP")


def _rule_passive(verb: Token) -> bool:
    """ "Red notices are issued ...", "a governor is elected by the assembly", "the prime
    minister is appointed by the monarch": a simple present passive outside a headline whose
    subject is a kind, or whose subject and agent are both roles (common nouns with no name),
    tells how things are done."""
    subj = next(iter(_children(verb, ("nsubjpass",))), None)
    if subj is None or not _children(verb, ("auxpass",)) or not _simple_present(verb):
        return False
    subj = _antecedent(subj)
    if _kind(subj):
        return True
    agents = [o for a in _children(verb, ("agent",)) for o in _children(a, ("pobj",))]
    return bool(agents) and all(_role(n) for n in [subj, *agents])


def _role(noun: Token) -> bool:
    """ "the prime minister", "the monarch", "the King": a definite common noun or office
    with no name in it (the tagger may take a capitalised office for a name or a place)."""
    return (
        ((noun.pos_ == "NOUN" and not noun.ent_type_) or is_office_word(noun.text))
        and [c.lower_ for c in _children(noun, ("det",))] == ["the"]
        and not any(
            c.ent_type_ or c.pos_ == "PROPN" or c.dep_ in ("poss", "nummod")
            for c in noun.children
            if c.dep_ not in ("conj", "cc")  # "the King or Queen"
        )
    )


def _imperative(token: Token) -> bool:
    """ "Don't hold federal workers hostage", "Stop the bombing": a command tells what its
    speaker asks for, not an act done."""
    aux = _children(token, ("aux",))
    # A conjunct is a command of its own only with its own "do" ("...: don't hold ...").
    # A quotation that opens on a bare verb is a command or a slogan, however the parser
    # hangs it ("a banner saying 'put it to the people'").
    quoted = token.i > 0 and token.nbor(-1).is_quote and token.nbor(-1).is_left_punct
    own = (
        token.dep_ in ("ROOT", "ccomp", "parataxis")
        or quoted
        or (token.dep_ == "conj" and any(a.tag_ == "VB" for a in aux))
    )
    return (
        token.tag_ == "VB"
        and own
        and not _children(token, ("nsubj", "nsubjpass", "expl", "mark"))
        and all(_lemma(a) == "do" for a in aux)
    )


def _presupposes(question: Span) -> bool:
    """ "Why did Iran seize the tanker?": a question of why, how, when or where takes the act
    it asks about as done."""
    first = next((t for t in question if not t.is_punct), None)
    # Not "how many ...?": a "how" that asks a quantity hangs from no verb.
    return first is not None and first.tag_ == "WRB" and first.head.pos_ in ("VERB", "AUX")


def _mutual(trig: _Trigger) -> bool:
    """ "China and Russia met", "... cooperated", "... signed a deal", "... agreed to share
    data": an act joint subjects do with each other (a meeting, cooperation, or the accord,
    tie or course its words name); a bare verb of pledge or praise ("pledged funds", "praised
    the plan") each subject does on its own; "agree" is done with each other however little
    its words name ("Serbia and Kosovo agreed on Friday"); nor is a meeting they pledge ("Chile
    and Peru will meet")."""
    if trig.type in (EventType.CONSULT, EventType.COOPERATE):
        return True
    if trig.type is EventType.AGREE and trig.mode == _MODE_OF_TYPE[EventType.CONSULT]:
        return True
    named = trig.noun is not None or trig.complement is not None or " " in trig.text
    return trig.type in _JOINT and (named or _lemma(trig.token) == "agree")


def _takes_own_away(index: _ActorIndex, verb: Token, source: list[str]) -> bool:
    """ "withdrew its troops from Syria", "will recall its envoy from Sudan", "withdrew the US
    from the treaty": what the source takes away "from" something is its own, moved, not acted
    on; whom the act is done to is what it is taken from (not a time: "will blockade Paris
    from Monday")."""
    left = [o for o in _prep_objects(verb, ("from",)) if o.ent_type_ not in ("DATE", "TIME")]
    if not left:
        return False
    own = _countries(index, source)
    for obj in _objects(verb):
        if _pronoun_owned(obj):
            return True  # "its troops", "their envoys"
        found = index.actors_in(obj)
        if found and all(a in source or index.countries.get(a) in own for a in found):
            return True
    return False


# A meeting's mode, held or told ahead (a pledge to meet).
_MEETINGS = frozenset({"meeting", _MODE_OF_TYPE[EventType.CONSULT]})


def _in_session(lex: Lexicon, trig: _Trigger) -> bool:
    """ "NATO foreign ministers convened in Brussels to discuss the crisis", "leaders of AU
    member states met in Niamey": officials named in the plural by their office, coming
    together (a meeting verb CAMEO files under consulting, 04: "meet", "convene") with no one
    named, meet one another, each for his own side. A body alone that sits ("the cabinet met on
    Monday", "Parliament would meet briefly") holds its own session: one side, no meeting."""
    subj = next(iter(_children(trig.token, ("nsubj",))), None)
    if trig.mode not in _MEETINGS or not _lemma_in(trig.token, lex.convening) or subj is None:
        return False
    if _objects(trig.token) or _prep_objects(trig.token, ("with",)):
        return False
    return subj.tag_ in ("NNS", "NNPS") and is_office_word(_lemma(subj))


def _reciprocal(token: Token) -> bool:
    """ "accused each other", "traded fire with one another": each side acts on the other."""
    objs = [*_objects(token), *(o for p in _children(token, ("prep",)) for o in p.children)]
    return any(
        (o.lower_, c.lower_) in (("other", "each"), ("one", "another"))
        for o in objs
        for c in o.children
    )


def _document_says(lex: Lexicon, token: Token) -> bool:
    """ "NATO guidelines call for 2 % of GDP", "the deal requires Iran to ...": a text's
    content, not an act of its author (whose name is only the text's modifier); a text a
    clause describes ("passed a bill imposing sanctions") acts for whoever enacts it."""
    if token.dep_ in ("acl", "relcl"):
        return False
    subj = _subject(lex, token)
    return subj is not None and subj.pos_ in _NOMINAL and _lemma(subj) in lex.documents


def _resultative(trig: _Trigger) -> bool:
    """ "The army had been disarmed", "sanctions had been eased": a past-perfect passive with
    no agent tells the state the story starts from, not who gave ground."""
    token = trig.token
    return (
        trig.type in (EventType.RETREAT, EventType.CONCEDE)
        and any(c.dep_ == "auxpass" for c in token.children)
        and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in token.children)
        # "by the time the war ended" is no agent (a frequent misparse).
        and not any(_lemma(o) != "time" for a in _children(token, ("agent",)) for o in a.children)
    )


def _passive_state(trig: _Trigger) -> bool:
    """ "The government is partially shut down", "the border is closed": a material act in
    the present passive with no agent, outside a headline, tells how things stand, not what
    anyone did ("is being shut down" and "was shut down" tell an act)."""
    token = trig.token
    present = [c for c in token.children if c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP")]
    return (
        QUAD_CLASS[trig.type] in MATERIAL
        and bool(present)
        and not _children(token, ("agent",))
        and not _headline(token)
    )


def _unattributed_harm(lex: Lexicon, trig: _Trigger, sent: Span, *, attacker: bool) -> bool:
    """ "40 were injured when a bus overturned", "an earthquake struck Turkey": no ASSAULT has
    a mishap (accident, disaster, disease) for its subject, nor an armed one (the lexicon's
    military mode) a thing that is neither actor, arms nor attack; and with no attacker
    named, a verb of harm is one only where a weapon or an attack is named; a verb of force
    ("destroy") only where arms or an attack are named in its own clause, whoever acts."""
    token = trig.token
    if trig.type != EventType.ASSAULT:
        return False
    if any(c.lower_ == "verbally" for c in _children(token, ("advmod",))):
        return True  # "was verbally assaulted": words, no violence
    subj = _subject(lex, token)
    # "Pakistan's flood killed hundreds": no attacker, whoever it names; nor where a headline
    # gives the verb two subjects ("Highway pileup, fire kill five").
    subjects = [subj, *_children(token, ("nsubj",))] if subj is not None else []
    if any(_names_mishap(lex, s) for s in subjects):
        return True
    # "a military plane crashed into a market, killing 17": the harm is that of the mishap
    # the verb it hangs on tells, whatever crashed ("fired on the crowd, killing" is shooting).
    verb = token.head
    if token.dep_ in ("advcl", "conj") and _lemma(verb) in lex.mishaps - lex.firing.keys():
        return True
    # "firefighters fought the wildfires", "battling the pandemic": a mishap fought is no
    # enemy (its own word, not a compound's: "attacked a fire station" is an attack; nor
    # the trigger's own: "set fire to a truck").
    objs = [o for o in _objects(token) if o != trig.noun and o.text not in trig.text.split()]
    if objs and all(_lemma(o) in lex.mishaps for o in objs):
        return True
    # Its own subject, not one of a clause it serves; or a passive's agent: "poisoned by lead".
    own = subj if subj is not None and subj.head == token else None
    agent = _agent_noun(token, by_prep=bool(_children(token, ("auxpass",))))
    # A substance does not attack: an agent named by a bare mass noun ("by lead", "by
    # contaminated water"; not "by a gunman", "by sniper fire"); verbs of harm have their
    # own test below.
    substance = (
        agent is not None
        and agent.tag_ == "NN"
        and not _children(agent, ("det", "compound"))
        and not _lemma_in(token, lex.harm)
    )
    doer = own if own is not None else agent
    # A demonstrative standing alone names a thing or a matter, never a force ("That struck
    # me as odd").
    if (
        (trig.mode == "military" or substance)
        and not attacker
        and doer is not None
        and (doer.pos_ == "NOUN" or (doer.tag_ == "DT" and doer == subj))
        and not doer.ent_type_
        and not _arms_named(lex, doer)
    ):
        return True  # "a video captured Trump", "a form that tends to strike": no armed force
    if _lemma_in(token, lex.force):
        # "will destroy the economy", "destroyed statues": whoever destroys, no arms, no attack.
        words = {w for t in _own_clause(token) if t != token for w in _attack_words(t)}
        return not words & (lex.attacks | lex.arms)
    # "died during an operation" (CAMEO's "DIE (DURING OPERATION)"): a surgeon's or a
    # rescue's, unless armed by its modifier or by its dead, forces ("two soldiers died").
    operations = [o for o in _prep_objects(token, _CAUSE_PREPS) if _lemma(o) == "operation"]
    if operations and not attacker and not any(_armed_operation(lex, o) for o in operations):
        return subj is None or _lemma(subj) not in lex.forces
    # A pronoun doer is someone ("they killed 23"); one harmed ("he died of his wounds", "she
    # was killed") is no doer.
    harmed = trig.reverse or bool(_children(token, ("auxpass",)))
    someone = subj is not None and subj.pos_ == "PRON" and subj.lower_ != "it" and not harmed
    # "was found dead": a pattern naming the harm done tells a death as a verb of harm does.
    # "died of his wounds", "from his injuries": a death from wounds, as a verb of harm.
    harm = (
        _lemma_in(token, lex.harm)
        or any(c.lower_ in lex.harmed for c in _children(token, ("oprd", "acomp")))
        or any(_lemma(o) in lex.wounds for o in _prep_objects(token, ("of", "from")))
    )
    armed = doer is not None and _arms_named(lex, doer)
    # "A grenade exploded at a checkpoint, killing two": the weapon gone off in the clause the
    # harm is told in did it, any munition (no craft: "a plane went down, killing 176").
    armed |= token.dep_ in ("advcl", "conj") and _weapon_went_off(lex, token.head)
    if not harm or attacker or someone or armed or _hanged(token):
        return False  # "they killed 23 soldiers", "a grenade killed two": someone did it
    # Where a clause tells the cause ("were hurt when the crane toppled"), the attack must be
    # named there, not elsewhere in the line; else the attack may be told in the sentence
    # before: "A bomb exploded ... 33 were injured."
    causes = _cause_clauses(lex, token)
    # A mishap told as the cause is one, whatever the paragraph names: "injured in the crash",
    # "killed when a bomber crashed", "died after the roof collapsed".
    # Not "in Israeli fire", "in artillery fire": a side's or arms' fire is shooting.
    told = [*_prep_objects(token, _CAUSE_PREPS), *causes, *(_subject(lex, c) for c in causes)]
    if any(t is not None and _lemma(t) in lex.mishaps and not _shooting(lex, t) for t in told):
        return True
    told_in = [t for c in causes for t in _own_clause(c)] if causes else list(_paragraph(sent))
    # "was struck by a car ... The crash happened at 8": where a mishap is told there too, a
    # verb of striking is the collision; an attack must be told by a noun or arms.
    # A mishap's noun: "fired tear gas" is shooting.
    mishap = any(
        t.pos_ == "NOUN" and _lemma(t) in lex.mishaps and not _shooting(lex, t) for t in told_in
    )
    words = {w for t in told_in if not (mishap and t.pos_ == "VERB") for w in _attack_words(t)}
    return not (words & lex.attacks or any(_armed_operation(lex, t) for t in told_in))


def _armed_operation(lex: Lexicon, token: Token) -> bool:
    """ "killed in a military operation", "in a counterterrorism operation": an operation of
    armed forces or against terror is an attack (CAMEO's "{&MILITARY OPERATION}", 190), not
    a rescue's or a surgeon's."""
    return _lemma(token) == "operation" and any(
        _lemma(m) in lex.forces or "terror" in _lemma(m)
        for m in _children(token, ("amod", "compound"))
    )


_CAUSE_PREPS = frozenset({"in", "after", "during", "from"})


def _hanged(token: Token) -> bool:
    """ "Two protesters were hanged in Tehran": "hanged", the form English keeps for killing
    by the rope (as against "hung"), tells an execution, done by an authority as "executed"
    is, whoever is named; not one's own death ("hanged himself", "was found hanged")."""
    own = any(o.lower_.endswith(("self", "selves")) for o in _objects(token))
    return token.lower_ == "hanged" and not own and _lemma(token.head) != "find"


def _agent_noun(token: Token, *, by_prep: bool = False) -> Token | None:
    """The noun a passive's agent names ("supported by a combination"); with `by_prep`, also
    that of a "by" the parser labels a preposition ("poisoned by lead")."""
    by = [p for p in token.children if p.dep_ == "agent" or (by_prep and p.lower_ == "by")]
    return next((o for p in by for o in _children(p, ("pobj",))), None)


# Modes of the event nouns that may speak for those they bring together.
_SPEAKING_OCCASIONS = frozenset({"meeting", "investigation"})


def _thing_doer(lex: Lexicon, index: _ActorIndex, trig: _Trigger) -> bool:
    """ "Valuations are supported by a combination of factors", "the drought threatens
    millions", "the decision would heighten tensions": a verbal act whose doer is a thing
    tells what no political agent did (CAMEO codes only actors' acts). A thing is a mishap,
    an act's noun that names no one doing it ("the raids threaten the truce") and is no
    gathering or inquiry ("the summit called for ...": its participants), or a singular
    common noun that is no actor, generic agent, body, office, arms, attack, event noun or
    text (a text speaks for its author). Plurals ("accused by critics", "peacekeepers urge")
    may name people the resolver misses, unless they threaten and their word names no person
    ("debts threaten the government": endangers it), and so may the subject of a clause the
    verb only serves. A possessor
    owns the thing, it does not act ("Obama's involvement offers a reminder"). Nor does a
    thing give ("the crisis has boosted the prospects of the president"), nor attack,
    freeze or seize as its subject as a kind ("a bat attacks the nominee", "a polar vortex
    is freezing the north": an animal or weather is no party, whichever); harm has its
    own tests (`_unattributed_harm`)."""
    hostile = QUAD_CLASS[trig.type] is QuadClass.MATERIAL_CONFLICT
    doer = _agent_noun(trig.token) if not hostile else None
    if doer is None:
        # Not a headline passive's subject, which is acted on ("Sanctions on Iran lifted").
        subjects = [s for s in _children(trig.token, ("nsubj",)) if s not in _objects(trig.token)]
        # The subject next to the verb, where a headline's topic runs into its line.
        doer = (subjects[-1] if hostile else subjects[0]) if subjects else None
    if doer is None or doer.pos_ != "NOUN" or doer.ent_type_:
        return False
    if hostile and not _kind(doer):
        return False  # "a bat attacks": only a kind; "the military", "border shelling" may act
    done = _lookup_noun(lex, doer) if doer != trig.noun else None
    if trig.type is EventType.AID and done is not None and QUAD_CLASS[done[0]] in _VERBAL:
        return True  # "was aided by the support of voters": words help, they give nothing
    owners = {index.get(t.i) for o in _children(doer, ("poss",)) for t in o.subtree}
    if set(index.actors_in(doer)) - owners:
        return False
    if _names_mishap(lex, doer):
        return True
    if done is not None and not hostile:
        # A gathering speaks for those gathered ("the rally demanded ..."), an inquiry for
        # its investigators; a visit, a raid, an arrest is done by someone it does not name.
        return done[0] is not EventType.PROTEST and done[1] not in _SPEAKING_OCCASIONS
    # Things endanger ("rising prices threaten the government"): of a threat, a plural too is
    # a thing where its word names no person ("militants threatened soldiers" stays).
    endangers = trig.type is EventType.THREATEN and not is_person_noun(_lemma(doer))
    return (
        (doer.tag_ == "NN" or (doer.tag_ == "NNS" and endangers))
        and _lemma(doer) not in lex.nouns.keys() | lex.documents
        and not _arms_named(lex, doer)
        and not load_gazetteer().find_agents([doer.lower_])
        and not is_institution_word(doer.text)
        and not is_office_word(doer.text)
    )


def _rescue(lex: Lexicon, trig: _Trigger) -> bool:
    """ "firefighters rescued two climbers", "was evacuated to a hospital", "flown to Moscow
    for treatment": people moved or cared for, no aid named, by no giver a name makes a
    political actor (a state, a body, a person: "Jordan flew the wounded to Amman", "the Red
    Cross evacuated civilians") is an emergency service, no act between political actors."""
    token = trig.token
    if trig.type is not EventType.AID or trig.nominal or trig.noun is not None:
        return False
    if trig.mode in ("economic", "military"):
        return False  # "funded by the government": money and arms are given, not care
    if any(_lookup_noun(lex, o) for o in _objects(token)):
        return False  # "airlifted food": aid named, given by whoever gives it
    passive = _acted_on_subject(lex, token) or bool(_children(token, ("auxpass",)))
    giver = _agent_noun(token, by_prep=True) if passive else _subject(lex, token)
    if giver is None:
        return True
    if giver.pos_ == "PRON":
        return False  # who "they" are is not known here: kept, as before
    return not any(t.pos_ == "PROPN" or t.ent_type_ in PEOPLE_ENTITIES for t in giver.subtree)


def _arms_named(lex: Lexicon, noun: Token) -> bool:
    """Whether a noun, or a compound before it, names arms or an attack ("a grenade", "a
    pistol shot", "a mortar round", "rifle fire", "the shelling"): what did harm was arms."""
    words = {w for t in [noun, *_children(noun, ("compound",))] for w in _attack_words(t)}
    return bool((words | _kinds(noun)) & (lex.attacks | lex.arms))


def _kinds(noun: Token) -> set[str]:
    """A noun with each modifier that may name its kind: "nerve gas", "land mine"."""
    return {f"{m.lower_} {_lemma(noun)}" for m in _children(noun, ("compound", "amod"))}


def _attack_words(token: Token) -> tuple[str, str]:
    """A word's forms to look for among attack words: "the shooting", "the bombing" (a
    gerund names its verb's act)."""
    return _lemma(token), token.lower_.removesuffix("ing")


def _cause_clauses(lex: Lexicon, token: Token) -> list[Token]:
    """The clauses telling when or after what a verb's harm happened: its own ("were hurt
    when the crane toppled"), or one the parser hangs on a time or a place the verb names
    ("were killed in the United States yesterday, when a bomber crashed")."""
    subj = _subject(lex, token)
    victims = set() if subj is None else {t.i for t in subj.subtree}
    return [
        c
        for c in token.subtree
        if _causal(c)
        and (
            (c.dep_ == "advcl" and c.head == token)
            or (c.dep_ == "relcl" and c.head.i not in victims and _verb_of(c.head) == token)
        )
    ]


def _causal(clause: Token) -> bool:
    """ "when the bus overturned", "after a gas tank exploded", "as the wall fell": a clause
    telling when or after what the harm happened, i.e. its cause."""
    return any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "after", "as")
        for c in clause.children
    )


def _names_mishap(lex: Lexicon, noun: Token) -> bool:
    """Whether a subject names a mishap, or qualifies one: "an earthquake of magnitude 6.3
    that struck" (the relative pronoun stands for the magnitude, of the earthquake), "Typhoon
    Haiyan, which killed 6,000"; not a side's or arms' fire ("rifle fire killed")."""
    noun = _antecedent(noun)
    while True:
        if _lemma(noun) in lex.mishaps and not _shooting(lex, noun):
            return True
        # "Hurricane Dorian", "Typhoon Haiyan": a name a mishap word heads.
        if any(_lemma(t) in lex.mishaps for t in _children(noun, ("compound",))):
            return True
        if noun.dep_ not in ("pobj", "prep") or noun.head == noun:
            return False
        noun = noun.head


def _shooting(lex: Lexicon, noun: Token) -> bool:
    """Whether a mishap word that is also a verb of firing arms ("fire") is qualified by a
    side or arms ("Israeli fire", "artillery fire"): a side's or arms' fire is shooting; a
    place's is a blaze ("a California fire"), and a crash is one whatever crashed."""
    return _lemma(noun) in lex.firing and any(
        (m.ent_type_ and m.ent_type_ not in _PLACE_TYPES)
        or _lemma(m) in lex.arms
        or set(_attack_words(m)) & lex.attacks
        for m in _children(noun, SIDE_MODIFIERS)
    )


def _carries_out(lex: Lexicon, trig: _Trigger) -> bool:
    """ "executed a search warrant", "executed the order": a verb of force whose every object
    is a text, and which the CAMEO dictionary never reads as criticism (as it reads
    "attacked the decree", `_verbal_attack`), carries the text out: no attack; so does its
    noun with the text its "of" names ("the execution of a search warrant")."""
    objects = _prep_objects(trig.token, ("of",)) if trig.nominal else _objects(trig.token)
    return (
        bool(objects)
        and all(_lemma(o) in lex.documents for o in objects)
        and not any(p.type == EventType.ACCUSE for p in lex.cameo.get(_lemma(trig.token), ()))
    )


def _verbal_attack(
    lex: Lexicon, index: _ActorIndex, trig: _Trigger, source: list[str], target: list[str]
) -> bool:
    """ "attacked Trump for the deaths", "attacked Drudge as an opponent": a person or a thing
    attacked for a reason or as something ("attacked the inquiry as a stunt"), with no weapon
    named, is criticised (CAMEO codes "attack" with a plan, a policy or "for failing" as
    disapproval); so is a text attacked ("attacked the decree", "attacked the court's
    ruling")."""
    token = trig.token
    if trig.nominal:
        return False
    # "launched a new attack on Brussels over its policies": the attack a light verb brings
    # is the act weighed, not a weapon named.
    armed = any(_lemma(t) in lex.attacks for t in _own_clause(token) if t not in (token, trig.noun))
    heads = [token] if trig.noun is None else [token, trig.noun]
    objects = _objects(token)
    if objects and all(_lemma(o) in lex.documents for o in objects):
        return not armed
    # "attacked the US report", "attacked Biden's record": what is said or thought, no party
    # nor act of the lexicon ("attacked the protest"), is attacked in words by the unarmed,
    # and so is anyone attacked in what is said, by a verb CAMEO also reads as criticism
    # ("attack", "hit", "slam"; not "bombed the parliament").
    worded = any(p.type is EventType.ACCUSE for p in lex.cameo.get(_lemma(token), ()))
    said = [o for o in objects if _said_thing(lex, o) and index.get(o.i) is None]
    # "attacked the Conservatives in a statement", "during a speech": an attack told in words.
    uttered = [
        o
        for p in (p for h in heads for p in _children(h, ("prep",)))
        if p.lower_ in ("in", "during", "through")
        for o in _children(p, ("pobj",))
        if _said_thing(lex, o)
    ]
    subject = _subject(lex, token)
    if worded and ((said and said == objects) or uttered):
        return not armed and (subject is None or not _armed(lex, subject))
    # "attacked the inquiry as a stunt": a thing, no actor, attacked as something.
    thing = bool(objects) and not target and not any(index.actors_in(o) for o in objects)
    persons = bool(objects) and all(_individual(index, o) for o in objects)
    # A person attacks in words whomever they attack for a reason ("attacked the media for
    # ..."): a band of armed men is no one person.
    speaker = bool(source) and subject is not None and _individual(index, subject)
    # "Ruto attacked the opposition", "the president attacked the media": one person's attack
    # on a party, a faction or the media, no weapon named, is made in words.
    factions = all(_sector(a) in _FACTION_SECTORS | {"media"} for a in target)
    if worded and speaker and target and factions:
        return not armed
    if not thing and (not target or not (persons or speaker)):
        return False
    reasons = [
        o
        for p in _children(token, ("prep",))
        if p.lower_ in ("for", "as")
        # A gerund too: "attacked Biden for accumulating wealth" (CAMEO's ATTACK (FOR)).
        for o in _children(p, _PREP_OBJECT_DEPS)
        # Not "for hours", nor "as part of an offensive".
        if o.ent_type_ not in _MEASURES and _lemma(o) not in ("time", "part")
    ]
    # One person attacking another on doing something, on or over a matter, or in a debate
    # or a meeting: with words ("gunmen attacked the senator during a meeting" name no
    # person attacking); so does a party or a faction attacking a person.
    if speaker or (persons and subject is not None and _faction(subject, source)):
        reasons += [
            o
            for p in (p for h in heads for p in _children(h, ("prep",)))
            for o in _children(p, _PREP_OBJECT_DEPS)
            if (p.lower_ == "on" and o.dep_ == "pcomp")
            or (p.lower_ in ("on", "over") and _matter(o))
            or (p.lower_ in ("in", "during", "at") and _lemma(o) in lex.disputes)
        ]
    return bool(reasons) and not armed


def _said_thing(lex: Lexicon, noun: Token) -> bool:
    """What is said or thought (`Lexicon.contents`: "a report", "a speech"), no act of the
    lexicon ("the protest")."""
    return _lemma(noun) in lex.contents and _lookup_noun(lex, noun) is None


# Sectors that take part in politics unarmed.
_FACTION_SECTORS = sectors_of("factions")


def _faction(subject: Token, source: list[str]) -> bool:
    """ "Democrats", "the Labour Party", "opposition lawmakers": a party or a faction, whose
    attacks on a person are words (an armed group, a state or its forces are none)."""
    return bool(source) and all(
        (
            a.startswith(("group:", "org:"))
            and (subject.ent_type_ == "NORP" or _lemma(subject) == "party")
        )
        or _sector(a) in _FACTION_SECTORS
        for a in source
    )


def _burns_nothing(token: Token) -> bool:
    """ "farmers set fires near the village", "set fires to clear land": fires set to nothing,
    or to a bare mass noun (land, grass, bush), burn ground, no one's property or people ("set
    fire to the embassy", "set fire to houses" attack)."""
    fires = [o for o in _objects(token) if _lemma(o) == "fire"]
    burned = [
        o
        for head in (token, *fires)
        for p in _children(head, ("prep",))
        if p.lower_ in ("to", "on")
        for o in _children(p, ("pobj",))
    ]
    return bool(fires) and all(
        o.tag_ == "NN" and not _children(o, ("det", "poss", "nummod")) for o in burned
    )


def _individual(index: _ActorIndex, noun: Token) -> bool:
    """Whether a noun phrase names one person, by name or by office ("the finance minister"):
    who, with no weapon named, is attacked in words."""
    actors = index.actors_in(noun)
    return (bool(actors) and all(a in index.people for a in actors)) or is_office_word(noun.text)


def _matter(noun: Token) -> bool:
    """ "on immigration", "over the budget": a matter, not a time or a named place."""
    return noun.dep_ == "pobj" and noun.ent_type_ not in _MEASURES | _PLACE_TYPES


_MEASURES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY"})


def _mishap_inquiry(lex: Lexicon, trig: _Trigger) -> bool:
    """ "The crash is being investigated", "an inquiry into the fire", "investigating the cause
    of the blaze", "the possibility of an electrical fault", "looking into the death of a
    student": an investigation of a mishap or a happening, or of what brought one about, or a
    science's ("epidemiological investigations"), accuses no one (PLOVER's investigations are
    of actors, into crimes and abuses)."""
    if trig.mode not in _INQUIRY:
        return False
    head = trig.noun or trig.token
    # "opened an inquiry into the crash": the light verb may carry the noun's phrase.
    heads = {head, trig.token}
    about = [
        *_objects(trig.token),
        *(o for h in heads for p in _children(h, ("prep",)) for o in p.children),
    ]
    for a in about:  # grows: "the possibility of a fault", "the circumstances of the cause of"
        about += _prep_objects(a, ("of",))
    kinds = [_lemma(m) for m in _children(head, ("amod",))] if trig.noun is not None else []
    return any(_lemma(o) in lex.mishaps | lex.happenings for o in about) or any(
        map(_science, kinds)
    )


def _sitting_suspended(trig: _Trigger) -> bool:
    """ "The Queen suspended parliament", "Parliament must be recalled", "the suspension of
    the assembly": a sanction's verb done to an assembly itself (a legislature named in the
    singular, not its members: "suspended three lawmakers") suspends or recalls its sittings,
    a procedure of its own state, no sanction (PLOVER's SANCTION cuts relations, aid, envoys
    or rights of another)."""
    if trig.type is not EventType.SANCTION:
        return False
    head = trig.noun or trig.token
    acted = [*_objects(trig.token), *_prep_objects(head, ("of",))]
    return bool(acted) and all(
        o.tag_ in ("NN", "NNP") and _agent_codes(o) == {"LEG"} for o in acted
    )


def _hosted_occasion(lex: Lexicon, index: _ActorIndex, trig: _Trigger) -> bool:
    """ "The singer will host the awards show", "Qatar hosted the World Cup final": what is
    hosted is an occasion, neither a meeting (an event noun, or one of the CAMEO dictionary's
    hosted meetings: a summit, a dinner, a conference) nor an actor, and no visitor is named
    ("hosted a reception for the delegation"): CAMEO's hosting (043) is of a visit."""
    if _lemma(trig.token) != "host" or trig.noun is not None:
        return False
    hosted = _objects(trig.token)
    meetings = {head for p in lex.cameo.get("host", ()) for e in p.words for head, _ in e}
    guests = [o for h in [trig.token, *hosted] for o in _prep_objects(h, ("for",))]
    return bool(hosted) and not any(
        index.actors_in(o) or _lookup_noun(lex, o) is not None or _lemma(o) in meetings
        for o in [*hosted, *guests]
    )


def _science(adjective: str) -> bool:
    """ "epidemiological", "geological", "scientific", "medical": an inquiry a science names
    studies what happened (an outbreak, a rock) and accuses no one."""
    return adjective.endswith("logical") or adjective in ("scientific", "medical", "clinical")


# The sectors of the state's bodies (CAMEO's GOV, MIL, COP, SPY, JUD, LEG).
_STATE_SECTORS = sectors_of("state")


def _of_state(index: _ActorIndex, actor: str) -> bool:
    """Whether an actor is a state or a body of one (its government, army, police...)."""
    return actor in index.states or _sector(actor) in _STATE_SECTORS


def _joins_protest(
    lex: Lexicon, index: _ActorIndex, trig: _Trigger, source: list[str]
) -> tuple[EventType, str | None] | None:
    """ "Workers joined the protests", "thousands of Swedes joined the protest", "joined the
    protest outside parliament": CAMEO codes a verb of gathering or joining with a protest as
    a state's diplomatic protest (JOIN * PROTEST, 110), but people who join one demonstrate, as
    its JOIN * RALLY and GATHER (FOR PROTEST) code (141). States protest by note: a country
    named as such, or a body of its state, keeps the diplomatic sense, unless the protest is
    in a place (a diplomatic note is in none)."""
    if trig.type is not EventType.ACCUSE or not _lemma_in(trig.token, lex.convening):
        return None
    found = next((f for o in _objects(trig.token) if (f := _lookup_noun(lex, o)) is not None), None)
    if found is None or found[0] is not EventType.PROTEST:
        return None
    subj = _subject(lex, trig.token)
    # "Swedes", "thousands of Swedes": a nation's people, not its state.
    people = subj is not None and (subj.tag_ in ("NNS", "NNPS") or subj.like_num)
    state = any(_of_state(index, a) and not (people and a in index.states) for a in source)
    placed = any(
        t.ent_type_ in _PLACE_TYPES
        for p in _children(found[2], ("prep",))
        if p.lower_ in _VENUE_PREPS | {"outside", "near"}
        for t in p.subtree
    )
    return (found[0], found[1]) if placed or not state else None


def _to_everyone(trig: _Trigger) -> bool:
    """ "I thank all for their concerns", "we apologise to everyone": support told to people
    at large (a quantifier, not a personal pronoun: "thanked him") is courtesy, no political
    act; CAMEO's 05 codes support of someone."""
    if trig.type != EventType.SUPPORT or trig.nominal:
        return False
    told = [*_objects(trig.token), *_prep_objects(trig.token, ("to",))]
    return bool(told) and all(o.pos_ in ("PRON", "DET") and o.tag_ != "PRP" for o in told)


def _own_deed_backed(trig: _Trigger) -> bool:
    """ "defended his decision", "praised its own handling of the crisis": support whose every
    object is owned by a possessive pronoun of the subject's number, no person ("defended his
    minister" may be another's support) and no actor resolved, backs the doer's own deed or
    record: a view of oneself, no support of another (CAMEO's 05 endorses someone). "Kenya
    backed their proposal" is another's."""
    if trig.type is not EventType.SUPPORT or trig.nominal or trig.complement is not None:
        return False
    if trig.noun is not None:
        return False  # "expressed its support for the plan": the object is the act, its own
    subjects = _children(trig.token, ("nsubj",))
    if len(subjects) != 1 or subjects[0].conjuncts:
        return False
    number = "Plur" if subjects[0].tag_ in ("NNS", "NNPS") else "Sing"
    objects = [o for c in _children(trig.token, ("dobj",)) for o in [c, *c.conjuncts]]
    return bool(objects) and all(
        any(
            c.dep_ == "poss" and c.tag_ == "PRP$" and number in c.morph.get("Number", [])
            for c in o.children
        )
        and not _human(o)
        and not is_office_word(o.text)
        for o in objects
    )


def _own_rally(index: _ActorIndex, trig: _Trigger, source: list[str], target: list[str]) -> bool:
    """ "Trump held a rally in Nevada", "the governor held a rally", "held campaign rallies",
    "attended Trump's rally": a rally against no one that a politician holds, or one for a
    campaign, is its holder's own event; CAMEO's protests (14x) are made against someone."""
    noun = trig.noun
    if trig.type is not EventType.PROTEST or noun is None or _lemma(noun) != "rally":
        return False
    if any(p.lower_ == "against" for p in _children(noun, ("prep",))):
        return False
    if any(_lemma(c) in ("campaign", "election") for c in noun.children):
        return True  # held for a campaign, wherever it is held
    # "attended Trump's rally": a politician's rally, whoever attends it.
    holders = [a for c in _children(noun, ("poss",)) for a in index.actors_in(c)] or source
    # Neither its holder nor where it is held ("Trump's Tulsa rally") is whom it is against.
    if set(target) - index.regions - set(holders):
        return False
    # "the president held a rally": an officeholder named by the office is a person too.
    titled = any(is_office_word(s.text) for s in _children(trig.token, ("nsubj",)))
    return bool(holders) and (titled or all(a in index.people for a in holders))


def _own_activity(index: _ActorIndex, trig: _Trigger, source: list[str]) -> bool:
    """ "suspended her campaign", "froze its own programme": what the doer stops or withholds
    is its own activity, a sanction on no one (CAMEO's 16x reduce relations with another);
    not an envoy called home ("recalled its ambassador"), which is done to the host."""
    if trig.nominal:
        return False
    for obj in _objects(trig.token):
        owners = _children(obj, ("poss",))
        if not owners or obj.ent_type_ == "PERSON" or is_office_word(obj.text):
            continue
        # "their" with no antecedent found is the subject's, as a possessive usually is.
        if all(set(index.actors_in(o)) <= set(source) for o in owners):
            return True
    return False


def _paragraph(sent: Span) -> Span:
    """The line a sentence is in."""
    doc, start, end = sent.doc, sent.start, sent.end
    while start > 0 and "\n" not in doc[start - 1].text + doc[start - 1].whitespace_:
        start -= 1
    while end < len(doc) and "\n" not in doc[end - 1].text + doc[end - 1].whitespace_:
        end += 1
    return doc[start:end]


def _judged(lex: Lexicon, noun: Token) -> bool:
    """ "called May's deal a betrayal", "described Turkey's offensive as a disaster": the
    event a judging verb's object names is the thing judged, told before, not news."""
    tok = noun
    while tok.dep_ in ("dobj", "nsubj", "ccomp", "appos", "oprd") and tok.head != tok:
        tok = tok.head
        if tok.pos_ == "VERB":
            return _lemma(tok) in lex.judging and (_lemma(tok) != "call" or _describes(tok, "call"))
    return False


def _noun_agents(index: _ActorIndex, noun: Token, *, modifiers: bool = False) -> list[str]:
    """Who acts in an event noun: its possessor ("Turkey's"), else its "by" ("by Israel"),
    else the agent of a light verb's participle on it ("the attack carried out by the
    Taliban", "an ambush launched by al-Shabaab"); with `modifiers`, else a word before it
    naming an actor ("the US airstrike that ...")."""
    for poss in _children(noun, ("poss",)):
        if poss.pos_ != "PRON":
            return index.actors_in(poss)
    for prep in _children(noun, ("prep",)):
        if prep.lower_ == "by":
            return [a for p in _children(prep, ("pobj",)) for a in index.actors_in(p)]
    lex = index.lex
    for acl in _children(noun, ("acl",)):
        # Not one that receives it ("the aid received by Gaza") or judges it ("condemned by").
        if _lemma(acl) in lex.light_verbs - lex.receiving:
            found = _agents(index, acl)
            if found:
                return found
    for mod in _children(noun, SIDE_MODIFIERS) if modifiers else []:
        found = index.actors_in(mod)
        if found:
            return found
    return []


# Endings of the nouns English forms from verbs ("killing", "invasion", "imprisonment",
# "seizure"), whose "of" is the verb's object; not of nouns that are verbs too ("the attack
# of the rebels" may be theirs).
_NOMINALISING = ("ing", "ion", "ment", "ure")


def _held_possessor(index: _ActorIndex, noun: Token, mode: str | None) -> Token | None:
    """ "Trump's conviction", "the activist's detention": the possessor of the noun of an
    arrest or a verdict, acts only a state's police or courts do, is the one arrested or
    convicted where it is a person (named, a person's noun or an office held by one) and no
    "of" names another ("Russia's arrest of the journalist", "the court's conviction of the
    senator" are the doers')."""
    if mode not in ("arrest", "convict") or _prep_objects(noun, ("of",)):
        return None
    return next((p for p in _children(noun, ("poss",)) if _individual(index, p) or _human(p)), None)


def _noun_patients(index: _ActorIndex, trig: _Trigger) -> list[str]:
    """Whom an event noun of material conflict is done to, named with it: its "on" or
    "against" ("the airstrike on a rebel-held district", "attacks against the police"), a
    verb's noun's "of" ("the arrest of two Kenyan MPs"), the
    sides it is "between" (who fight each other), or the object of "left ... dead" ("a
    suicide bombing left eight policemen dead")."""
    noun = trig.token
    if QUAD_CLASS[trig.type] is not QuadClass.MATERIAL_CONFLICT:
        return []
    if noun.dep_ in _OBJECT_DEPS or (noun.dep_ == "pobj" and noun.head.lower_ == "of"):
        return []  # what a verb or a noun does to it: "removing the sanctions on Burma"
    if _children(noun, ("poss",)):
        return []  # "its recent attack on ...": an actor is named, if not resolved
    named = _prep_objects(noun, ("on", "against", "between"))
    verb = noun.head
    if noun.dep_ == "nsubj" and _lemma(verb) == "leave":
        states = _children(verb, ("oprd", "acomp", "xcomp"))
        named += [
            o
            for o in _children(verb, _OBJECT_DEPS)
            if any(c.lower_ in index.lex.harmed for c in [*states, *_children(o, ("acl", "amod"))])
        ]
    return [a for o in named for a in index.actors_in(o)] + _objects_of_noun(index, trig, noun)


def _struck_own(index: _ActorIndex, trig: _Trigger) -> set[str]:
    """The actors of a material conflict's object that may be its source's own: a force or
    a group acting on its own kind is a real event ("police arrested two police officers",
    "rebels attacked other rebels"), unlike a country read on both sides of one act."""
    if trig.nominal or QUAD_CLASS[trig.type] is not QuadClass.MATERIAL_CONFLICT:
        return set()
    # An object that is a word of the trigger is the means, not whom it strikes ("launched
    # artillery": the dictionary codes weapons as the forces that wield them).
    phrase = trig.text.lower().split()
    objs = [o for o in _objects(trig.token) if o.lower_ not in phrase]
    return {a for o in objs for a in index.actors_in(o) if not a.startswith("country:")}


def _objects_of_noun(index: _ActorIndex, trig: _Trigger, noun: Token) -> list[str]:
    """Whom a material deed's noun formed from its verb is done to, named by its "of", the
    verb's object ("the bombing of two embassies", "the invasion of Iraq"); not where the noun
    is the verb's own ("the attack of the rebels" may be theirs)."""
    if QUAD_CLASS[trig.type] is not QuadClass.MATERIAL_CONFLICT:
        return []
    if not _lemma(noun).endswith(_NOMINALISING):
        return []
    return [a for o in _prep_objects(noun, ("of",)) for a in index.actors_in(o)]


def _sentence_events(
    lex: Lexicon, index: _ActorIndex, sent: Span, offset: int
) -> list[EventMention]:
    triggers: list[_Trigger] = []
    absorbed: set[int] = set()
    index.bounds = (sent.start, sent.end)
    for token in sent:
        # The trigger before the tests of what governs it: most tokens are none (each test
        # below walks the parse from every token otherwise).
        trig = _speech_request(lex, token) or _classify(lex, token)
        if trig is None or _asks(trig) or _asks_public(lex, trig) or _polled(lex, token):
            continue
        if _purpose_of_noun(token) or _unasserted(lex, token) or _proposed(lex, token):
            continue
        if _ended(lex, token) or _wished_of_another(lex, token) or _viewed(lex, token):
            continue
        if _content_of_noun(lex, token) or _asks_comment(lex, trig):
            continue
        triggers.append(trig)
        comp = trig.complement
        while comp is not None:
            absorbed.update(c.i for c in [comp, *comp.conjuncts])
            comp = _complement(comp)
        if trig.type == EventType.REJECT:
            # "rejected an invitation to attend a meeting": the act offered did not happen.
            absorbed.update(c.i for obj in _objects(trig.token) for c in _children(obj, ("acl",)))
    taken = {t.token.i for t in triggers} | absorbed
    taken |= {o.i for t in triggers for o in [*_objects(t.token), *([t.noun] if t.noun else [])]}
    # "called for the president's resignation": what a request is for is asked, not done.
    taken |= {
        o.i
        for t in triggers
        if t.type is EventType.REQUEST
        for p in _prep_objects(t.token, ("for",))
        for o in [p, *p.conjuncts]
    }
    triggers += [t for tok in sent if tok.i not in taken and (t := _nominal(lex, tok))]
    # A question asserts nothing ("Will Russia attack?", "What do you make of the talks?"),
    # unless it asks why or how what it tells was done ("Why is Mexico threatening ...?").
    if sent.text.rstrip().rstrip("\"'\u201d").endswith("?") and not _presupposes(sent):
        return []
    events: list[EventMention] = []
    seen: set[tuple[object, ...]] = set()
    for trig in triggers:
        # Nor does a condition ("if ...") or an indirect question ("would not say whether").
        if trig.token.i in absorbed or _in_condition(trig.token) or _imperative(trig.token):
            continue
        if not trig.nominal and (_as_a_rule(lex, trig.token) or _deep_background(lex, trig.token)):
            continue
        if not trig.nominal and (
            _document_says(lex, trig.token) or _resultative(trig) or _passive_state(trig)
        ):
            continue
        if (endorsed := _endorsed(lex, index, trig)) is not None:
            trig = replace(trig, type=EventType.SUPPORT, mode=None, complement=None)
        trig, negated, hypothetical = _flags(lex, trig)
        ahead = _act_ahead(lex, trig)
        patients: list[str] = []
        if trig.nominal and (held := _held_possessor(index, trig.token, trig.mode)) is not None:
            patients = index.actors_in(held)
            if not patients:
                continue
            # Its doer told by "by" ("the activist's detention by police").
            source = [a for o in _prep_objects(trig.token, ("by",)) for a in index.actors_in(o)]
        elif trig.nominal:
            source = _noun_agents(index, trig.token)
            patients = [] if source else _noun_patients(index, trig)
            if patients:
                # Done to someone named, by the state or forces its words name ("Israeli
                # shelling of the villages", "the police shooting of two students").
                source = _doer_adjectives(index, trig.token) or _compound_forces(index, trig.token)
            if not (source or patients) and _headline_noun(trig.token):
                # A headline that is the event noun reports it, done where it says, as a
                # passive headline is ("Arbitrary arrests in Tunisia", "Two held in Tunisia").
                patients = _states_in(index, trig) if _bears_on_place(lex, trig) else []
            if not (source or patients):
                continue  # conservatively: an event noun only with its actor or its patient
        else:
            source = _sources(lex, index, trig.token)
            if trig.noun is not None and trig.noun in _children(trig.token, ("nsubj",)):
                # "Protests spread": the event noun's own words name no one who acted but its
                # agent ("the shelling by Russian forces continued"); its "of" is whom it is
                # done to ("the invasion of Iraq began").
                patients = _objects_of_noun(index, trig, trig.noun)
                source = [a for a in source if a != index.get(trig.noun.i) and a not in patients]
                source = source or _noun_agents(index, trig.noun)
            # Where the act is done to the subject ("died of his wounds"), it is no attacker.
            attacker = bool(source) and not trig.reverse
            if _unattributed_harm(lex, trig, sent, attacker=attacker):
                continue
            if _thing_doer(lex, index, trig) or _rescue(lex, trig):
                continue
            if trig.by_arms and not source and not _went_off_alone(lex, trig):
                continue  # "a plane hit the tower": the dictionary's attack is by someone's arms
        if _mishap_inquiry(lex, trig) or _hosted_occasion(lex, index, trig):
            continue
        if _sitting_suspended(trig):
            continue
        if not trig.nominal and not source and _event_yields(lex, trig):
            continue
        if (demonstrated := _joins_protest(lex, index, trig, source)) is not None:
            trig = replace(trig, type=demonstrated[0], mode=demonstrated[1])
        if trig.type is EventType.PROTEST and _harms_people(lex, index, trig.token):
            etype, mode = lex.verbs[_lemma(trig.token)]
            trig = replace(trig, type=etype, mode=mode)
        comp_subj = _subject(lex, trig.complement) if trig.complement is not None else None
        if comp_subj is not None and (comp_subj.pos_ == "PRON" or _lemma(comp_subj) in lex.nouns):
            # A pronoun is unresolved; an event noun ("any settlement must ...") is no actor.
            comp_subj = None
        if endorsed is not None:
            target = _noun_agents(index, endorsed, modifiers=True)  # "Peru's proposal", Peru
        elif trig.clause_target:
            # "Le Monde wrote that France must withdraw": an obligation told by no actor
            # named is the writer's view, a demand of no one.
            target = index.actors_in(comp_subj) if comp_subj is not None else []
            if not (source and target) or _own_state(index, source, target):
                continue
            if trig.viewed and _view_of_own(lex, index, trig, comp_subj, source, target):
                continue
        else:
            target = _targets(
                index,
                trig.token,
                trig.noun,
                moved=trig.type is EventType.MOBILIZE
                or (
                    # "evicted the protesters from the square": one's own people removed
                    # by a verb of expelling are acted on, not taken away.
                    not trig.nominal
                    and _lemma(trig.token) not in lex.restricting
                    and _takes_own_away(index, trig.token, source)
                ),
                venue=trig.needs_partner and trig.type is EventType.CONSULT,
                answers=trig.type in _ANSWERING,
                allied=trig.type in _SIDING,
                doers=source,
                voiced=trig.voiced,
            )
            target = target or patients
        if not target and trig.type is EventType.ASSAULT and _weapon_went_off(lex, trig.token):
            target = _forces_near(index, trig.token)
        if not target and not trig.nominal and QUAD_CLASS[trig.type] not in MATERIAL:
            target = _authors(lex, index, trig.token)
        if not target and not trig.nominal and trig.type is EventType.ACCUSE:
            target = [a for a in _accused_in_clause(index, trig.token) if a not in source]
        if not target and trig.nominal:
            target = [a for a in _under(index, trig.token) if a not in source]
        if not target and trig.complement is not None:
            # "demanded that Hamas renounce its struggle against Israel": the one asked is the
            # clause's own subject, before whom the clause acts on.
            asked = index.actors_in(comp_subj) if comp_subj is not None else []
            asked = [a for a in asked if a not in source]
            own = comp_subj is not None and comp_subj.head.i == trig.complement.i
            # "is willing to withdraw its troops from Lebanon": the clause's own act moves.
            moved = _takes_own_away(index, trig.complement, source)
            # "urged anyone with information to contact police": a request's object is the one
            # asked, told by a noun naming no actor here; whom the act asked for bears on is
            # not (a personal pronoun binding left unresolved is read as before).
            asked_of = trig.type is EventType.REQUEST and any(
                o.tag_ != "PRP" for o in _children(trig.token, ("dobj",))
            )
            later = [] if asked_of else _targets(index, trig.complement, moved=moved)
            target = (asked if own else []) or later or asked
        if not target and _acted_on_subject(lex, trig.token):
            patient = _subject(lex, trig.token)
            target = index.actors_in(patient) if patient is not None else []
        if not target and trig.type == EventType.THREATEN:
            target = _condition_subjects(lex, index, trig)
        if not target and source and trig.type == EventType.REQUEST:
            # "asked for Bolton's resignation", "called for G7 action": who is to act.
            asked_for = [
                o for p in _children(trig.token, ("prep",)) if p.lower_ == "for" for o in p.children
            ]
            target = [a for o in asked_for if o.dep_ == "pobj" for a in _targets_in(index, o)]
        # What a subject is given where it receives it has no giver there ("received food aid
        # in Mogadishu": not from Somalia); a court one appears in is its state's.
        received = trig.reverse and QUAD_CLASS[trig.type] in COOPERATIVE
        if not target and not received and _bears_on_place(lex, trig):
            target = _states_in(index, trig)
        if not target and _wish(lex, trig):
            continue
        if trig.type is EventType.REQUEST and (asked := _asked_by_participle(index, trig)):
            target = asked
        if trig.reverse:
            # "the mayor received hospital treatment", "won a prize": what one person is given
            # by no one named is no act between political actors (unlike what is done to
            # them: "appeared in court", "faced criticism").
            subj = _subject(lex, trig.token)
            if received and not target and subj is not None and _individual(index, subj):
                continue
            source, target = target, source
        target = [a for a in target if a not in source or a in _struck_own(index, trig)]
        # "the White House's $2 billion request": a sum asked for in a budget, of no one named.
        counted = trig.noun if trig.noun is not None else trig.token
        if trig.type is EventType.REQUEST and not target and _amount(counted):
            continue
        if _own_rally(index, trig, source, target) or _own_command(
            lex, index, trig, source, target
        ):
            continue
        if (forces := _own_forces_called(index, trig, source)) is not None:
            # "the army called upon conscripts", "Russia called on its reservists": a state's
            # call on its own forces mobilises them (CAMEO's CALL_UP, 150); they are no
            # target, as forces moved never are.
            trig = replace(trig, type=EventType.MOBILIZE, mode=forces, complement=None)
            home = _countries(index, source)
            target = [t for t in target if index.countries.get(t) not in home]
        if trig.type is EventType.SANCTION and not target and _own_activity(index, trig, source):
            continue
        if trig.type is EventType.AID and (trig.mode == "economic" or trig.nominal) and not target:
            # "Congress approved funding for the program", "so he could fund a wall": money
            # with no receiver named is spent or appropriated, no aid from one side to another;
            # a noun of aid with only its owner names goods owned ("Iran's weapons", "in his
            # lawyer's arms"), not given.
            continue
        if not target and (
            _to_everyone(trig) or _stance_on_kind(lex, index, trig) or _own_deed_backed(trig)
        ):
            continue
        if trig.type is EventType.ASSAULT and _carries_out(lex, trig):
            continue
        if not trig.nominal and _takes_nothing(lex, index, trig):
            continue
        if _done_to_no_one(lex, index, trig):
            continue
        if trig.type in (EventType.ASSAULT, EventType.COERCE) and _animals_only(lex, index, trig):
            continue
        if trig.type is EventType.ASSAULT and not target and _burns_nothing(trig.token):
            continue
        if trig.by_arms and not target and not _weapon_went_off(lex, trig.token):
            # "troops advanced toward the stronghold", "jets struck at dawn": the dictionary
            # reads the attack from armed forces moving or striking; at no one named, and into
            # no other state, it tells no act on anyone.
            continue
        if trig.type is EventType.ASSAULT and _verbal_attack(lex, index, trig, source, target):
            trig = replace(trig, type=EventType.ACCUSE, mode="disapprove")
        elif _fights_no_one(lex, index, trig):
            continue
        participants: list[str] = []
        if (_mutual(trig) or _reciprocal(trig.token)) and len(source) > 1 and not target:
            participants, source = source, []
        # The sides an accord passive is between: "no deal was reached between X and Y".
        between = any(
            _between(n) for n in [trig.noun, trig.token, *_children(trig.token, ("nsubjpass",))]
        )
        if not source and len(target) > 1 and between:
            # "talks between Iran and Oman began", "a pact was signed between Chile and Peru",
            # "fighting between Armenia and Azerbaijan": each side does the act.
            participants, target = target, []
        if not (source or target or participants):
            continue
        # A meeting verb is with someone: "discussed how the lockdown hurt them", "visited the
        # settlement", "visited Kenosha" (a place with no government of its own) name no one
        # met (a meeting noun names its own: "attended the summit"; a mediator the sides:
        # "tried to broker a truce"). A visit, told by a verb or a light verb's noun ("paid a
        # visit to the prison"), is to someone: not to the visitor's own state ("the Kenyan
        # president visited Kenya's coast" travelled at home), nor to a border's states
        # ("visited the Chinese border", "toured the US-Mexico border": its edge, either side).
        visit = trig.type is EventType.CONSULT and trig.mode == "visit" and not trig.nominal
        # A meeting told ahead ("will meet on Monday") is a pledge to meet, with whom as met.
        pledged = trig.type is EventType.AGREE and trig.mode == _MODE_OF_TYPE[EventType.CONSULT]
        met = trig.type == EventType.CONSULT or pledged
        met = met and trig.noun is None and not trig.nominal
        met = (met and lex.verbs.get(_lemma(trig.token)) in _MEETING_VERBS) or visit
        if met:
            edges = [o for o in _objects(trig.token) if visit and _lemma(o) in _BORDERS]
            unmet = _topics(trig.token) + edges
            target = [
                a
                for a in target
                if a not in index.regions
                and all(a not in index.actors_in(t) for t in unmet)
                and not (visit and _own_state(index, source, [a]))
            ]
        # A consultation a verb alone tells is between sides: with no one met or consulted
        # ("senators raised concerns", CAMEO's 040), none; a mediator's ("mediated", "tried
        # to broker a truce") and one an event noun names ("held talks") stand alone.
        alone = trig.type is EventType.CONSULT and trig.noun is None and not trig.nominal
        alone = alone and trig.mode != "third-party"
        alone = alone and not any(_lookup_noun(lex, o) for o in _objects(trig.token))
        if (met or alone) and not (target or participants) and _in_session(lex, trig):
            participants, source = source, []
        # "issued warnings against attempts to enter the zone": a warning to no side named
        # threatens no one, as the verb with no one warned does not ("warned against ...").
        warning = trig.type is EventType.THREATEN and _lemma(trig.noun or trig.token) == "warning"
        if (trig.needs_partner or trig.aimed or met or alone or warning) and not (
            target or participants
        ):
            continue
        if trig.type == EventType.CONSULT and _in_interview(trig.token):
            continue
        if trig.needs_partner and _thing_acted_on(lex, index, trig.token):
            continue
        if _lemma(trig.token) in lex.restricting and not source:
            continue  # "the children were banned from ...": a ban by no one told is no state's
        key = (trig.type, tuple(source), tuple(target), tuple(participants))
        if key in seen:
            continue
        seen.add(key)
        confidence = trig.confidence
        if not source and not participants:
            confidence -= 0.2
        if hypothetical:
            confidence -= 0.1
        events.append(
            EventMention(
                type=trig.type,
                mode=trig.mode,
                source=tuple(source),
                target=tuple(target),
                participants=tuple(participants),
                sentence=sent.text,
                start=sent.start_char + offset,
                end=sent.end_char + offset,
                trigger=trig.text,
                trigger_start=trig.token.idx + offset,
                confidence=round(max(0.05, min(confidence, 0.95)), 2),
                negated=negated,
                hypothetical=hypothetical,
                future_at=None if ahead is None else ahead.idx + offset,
                clause=_char_spans(_own_clause(trig.token), offset),
                favour=_favour(lex, trig),
            )
        )
    return events


def _deep_background(lex: Lexicon, token: Token) -> bool:
    """ "sentenced him for driving into a crowd of people who were protesting": a clause
    describing a noun inside a clause that is itself background (a reason, a time, a
    description) tells the background's background, no event of the sentence; not where
    the noun is an act, or a noun the act's phrase holds, that the clause tells more of
    ("charged with the attack, which killed three", "the attack on the mall, which ..."),
    nor a place, whose clause tells what goes on there ("crashed near Mosul, where the army
    is fighting militants")."""
    if token.dep_ not in ("relcl", "acl") or token.head.ent_type_ in _PLACE_TYPES:
        return False
    if any(c.lower_ == "where" for c in token.children):
        return False
    for noun in [token.head, *token.head.ancestors]:
        # Named acts too: "mediated the Abraham Accords that normalized relations".
        words = {*_noun_keys(noun), *_attack_words(noun)}
        named = noun.ent_type_ in ("LAW", "EVENT")
        if named or words & (lex.nouns.keys() | lex.attacks) or _lookup_noun(lex, noun):
            return False
        if noun.dep_ in _BACKGROUND:
            return True
    return False


def _in_interview(token: Token) -> bool:
    """ "spoke to the BBC in an interview", "talked to reporters during an interview": the
    speaking is an interview by the media, no consultation between political actors."""
    return any(
        _lemma(o) == "interview"
        for p in _children(token, ("prep",))
        for o in _children(p, ("pobj",))
    )


def clause_spans(token: Token) -> tuple[tuple[int, int], ...]:
    """Doc character spans of a word's own clause, as an event's `clause` holds them."""
    return _char_spans(_own_clause(token), 0)


def _own_clause(token: Token) -> list[Token]:
    """The tokens of a trigger's clause: its subtree without the clauses it governs and
    without the modifiers of its nouns."""
    own: list[Token] = []
    stack = [token]
    while stack:
        t = stack.pop()
        own.append(t)
        stack += [c for c in t.children if not _opens_clause(c)]
    return own


def _opens_clause(token: Token) -> bool:
    if token.dep_ in NOUN_MODIFIERS:
        return True
    return token.dep_ in _CLAUSE_DEPS and token.pos_ in ("VERB", "AUX")


def _char_spans(tokens: Iterable[Token], offset: int) -> tuple[tuple[int, int], ...]:
    """Character spans covering the tokens, runs of adjacent tokens as one span."""
    spans: list[tuple[int, int]] = []
    last = -2
    for t in sorted(tokens, key=lambda t: t.i):
        start, end = t.idx + offset, t.idx + len(t.text) + offset
        if t.i == last + 1:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        last = t.i
    return tuple(spans)


def noun_modifier_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the modifiers of nouns other than dates and events, whose dates
    tell of the noun ("an American teacher held since 2021") rather than of an event; not a
    present participle's ("gunmen wearing uniforms"), which goes with the act of its clause."""
    lex = load_lexicon()
    return [
        (t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text))
        for t in doc
        if t.dep_ in NOUN_MODIFIERS
        and not (t.dep_ == "acl" and t.tag_ == "VBG")
        and t.head.ent_type_ not in ("DATE", "TIME")
        and _lemma(t.head) not in lex.nouns
    ]


def find_events(
    doc: Doc,
    mentions: Sequence[Mention],
    *,
    offset: int = 0,
    regions: Iterable[str] = (),
    people: Iterable[str] = (),
    states: Iterable[str] = (),
    countries: Mapping[str, str] | None = None,
) -> list[EventMention]:
    """Events in a parsed doc; `offset` maps doc characters to article characters.

    `regions` are the ids of actors that are places without a government (continents,
    regions): never taken as a side from "in" ("leaders in Eurasia"). `people` are the ids of
    persons, whom a later "he" or "she" may stand for. `states` are the ids of countries,
    which an act done in them ("imposed a curfew in Lebanon") bears on. `countries` gives
    the country of each actor that has one.
    """
    lex = load_lexicon()
    index = _ActorIndex(
        lex,
        doc,
        mentions,
        offset,
        frozenset(regions),
        frozenset(people),
        frozenset(states),
        dict(countries or {}),
    )
    events: list[EventMention] = []
    for sent in doc.sents:
        for segment in _segments(sent):
            if len(segment):
                events += _sentence_events(lex, index, segment, offset)
    return _with_doers_told_before(
        lex, doc, offset, _without_restatements(lex, doc, offset, events)
    )


# The determiners of a noun that points back at an act told before.
_DEFINITE = frozenset({"the", "this", "that"})


def _without_restatements(
    lex: Lexicon, doc: Doc, offset: int, events: list[EventMention]
) -> list[EventMention]:
    """ "Russian forces shelled the town. The attack killed four civilians.": an act whose
    subject is a definite event noun ("the attack", "this raid") of the act's own type, told
    with no doer of its own after an act of that type, is that act told again, not another."""
    tokens = {t.idx + offset: t for t in doc}
    kept: list[EventMention] = []
    for event in events:
        token = tokens.get(event.trigger_start)
        subj = _subject(lex, token) if token is not None else None
        noun = lex.nouns.get(_lemma(subj)) if subj is not None and subj.pos_ == "NOUN" else None
        if (
            subj is not None
            and noun is not None
            and noun[0] == event.type
            and not (event.source or event.participants)
            and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in subj.children)
            and any(k.type == event.type for k in kept)
        ):
            continue
        kept.append(event)
    return kept


def _with_doers_told_before(
    lex: Lexicon, doc: Doc, offset: int, events: list[EventMention]
) -> list[EventMention]:
    """ "Israeli forces raided the camp. Three Palestinians were killed in the raid.": harm
    suffered with no doer named, in a definite attack ("the raid", "this strike") told just
    before, is done by whoever did that attack, where the attacks told in that sentence and
    its own before it have one doer between them."""
    tokens = {t.idx + offset: t for t in doc}
    done: list[EventMention] = []
    for event in events:
        token = tokens.get(event.trigger_start)
        if token is None or event.source or event.participants or event.type != EventType.ASSAULT:
            done.append(event)
            continue
        passive = _bare_passive(token) or any(
            c.dep_ in ("auxpass", "nsubjpass") for c in token.children
        )
        told = [
            o
            for o in _prep_objects(token, ("in", "during"))
            if _lemma(o) in lex.attacks
            and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in o.children)
        ]
        first = token.sent.start - 1 if token.sent.start > 0 else 0
        reach = doc[first].sent.start_char + offset
        doers = {
            e.source
            for e in done
            if e.type == EventType.ASSAULT and e.source and reach <= e.trigger_start
        }
        if passive and told and len(doers) == 1:
            event = replace(event, source=doers.pop())
        done.append(event)
    return done
