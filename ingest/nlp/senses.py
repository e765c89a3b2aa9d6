"""A word's sense in the lexicon, and the parties a verb takes by it.

A verb is read in the sense of its most specific CAMEO pattern (PETRARCH2's verb dictionary
mapped to PLOVER, `data/cameo_verbs.json`: "seized two boats" is COERCE, "seized the
opportunity" nothing); an event noun by its entry in the trigger lexicon
(`data/plover_triggers.json`). A verb's subject and objects are read here too, since a
headline's passive without its auxiliary, or a light verb's gerund, is told by those senses.
"""

from collections.abc import Iterable
from itertools import pairwise

from spacy.tokens import Token

from graph.models import QUAD_CLASS, EventType
from ingest.nlp.actors import is_office_word, is_person_noun
from ingest.nlp.gazetteer import codes_of, load_gazetteer
from ingest.nlp.lexicon import MATERIAL, Element, Lexicon, Pattern, load_lexicon
from ingest.nlp.syntax import (
    FINITE,
    OBJECT_DEPS,
    RELATIVE_TAGS,
    amount,
    antecedent,
    aux_words,
    before_parenthetical,
    children,
    described,
    headline,
    hyphened_noun,
    in_name,
    lemmas,
    lower_lemma,
    name_as_modifier,
    prep_objects,
    prose,
    stray_subject,
    with_counted,
)

TARGET_PREPS = frozenset({"on", "with", "to", "against", "at", "into", "toward", "towards"})

# spaCy's entity types of places.
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})

GENERIC_HEADS = frozenset(
    {"effort", "operation", "campaign", "mission", "process", "programme", "program", "initiative"}
    | {"package"}  # "an aid package", "a sanctions package"
)


def noun_keys(noun: Token) -> list[str]:
    """Lexicon keys for an object noun, most specific first: "video conference", "meeting"."""
    mods = [c for c in noun.lefts if c.dep_ in ("compound", "amod")]
    words = [lower_lemma(t) for t in mods] + [lower_lemma(noun)]
    raw = [t.lower_ for t in mods] + [noun.lower_]
    keys = []
    for seq in (words, raw):
        keys += [f"{a} {b}" for a, b in pairwise(seq)]
    keys.append(lower_lemma(noun))
    if lower_lemma(noun) in GENERIC_HEADS:
        # "a mediation effort", "a rescue operation": the modifier names the act.
        keys += [lower_lemma(t) for t in mods if t.dep_ == "compound"]
    return keys


def ailment(lex: Lexicon, noun: Token) -> bool:
    """ "had a heart attack", "survived a cardiac arrest": a fit of the body, no act."""
    return any(k in lex.ailments for k in noun_keys(noun))


def voicing_verb(lex: Lexicon, noun: Token) -> Token | None:
    """The verb whose "from" tells who voiced the view or reaction a noun names: one that tells
    its subject's source ("condemnation of the raid came from Turkey"), or one whose subject
    gets it ("the decision drew criticism from Germany", "met with censure from the EU", CAMEO's
    verbs done to their subject, `Lexicon.receiving`: "faced criticism from rights groups").
    The said thing holding the noun stands for it ("statements of condemnation came from")."""
    told = noun
    of = noun.dep_ == "pobj" and noun.head.lower_ == "of"
    if of and lower_lemma(noun.head.head) in lex.contents:
        told = noun.head.head
    verb = told.head
    if told.dep_ == "pobj" and verb.lower_ == "with" and lower_lemma(verb.head) == "meet":
        return verb.head
    if told.dep_ == "nsubj":
        return verb if lower_lemma(verb) == "come" else None
    if told.dep_ == "dobj" and lower_lemma(verb) in lex.receiving | {"draw"}:
        return verb
    return None


def voiced_reading(lex: Lexicon, noun: Token) -> tuple[EventType, str | None] | None:
    """A noun written as the lexicon's verb of words ("rebuke", "praise", "censure") read as
    that verb where a voicing verb's "from" names who voiced it ("drew sharp rebukes from
    Berlin"): the construction fixes the sense the bare noun lacks ("a rebuke" alone may be
    a title, "praise" a hymn)."""
    if not _verbal(lex, noun):
        return None
    return lex.verbs[lower_lemma(noun)] if voicers(lex, noun) else None


def voicers(lex: Lexicon, noun: Token) -> list[Token]:
    """Who voiced what a noun told by a voicing verb names: the verb's "from", or the noun's
    own ("met with censure from the EU")."""
    verb = voicing_verb(lex, noun)
    if verb is None:
        return []
    return prep_objects(verb, ("from",)) or prep_objects(noun, ("from",))


# Phoenix's agent codes of people of no sector ("people", "civilians").
PEOPLE = frozenset({"PPL", "CVL"})
# Nouns of the public at large, whom no agent dictionary codes: anyone may be a witness.
THE_PUBLIC = frozenset({"public", "witness"})


def populace(noun: Token) -> bool:
    """Whether a noun names the public: people of no sector ("people", "residents"), or the
    public at large (`whoever`)."""
    if whoever(noun):
        return True
    # The agent the noun itself heads, not one its phrase names ("$181 billion for injuries
    # suffered by citizens" asks money).
    codes = load_gazetteer().head_agent_codes(
        [t.lower_ for t in noun.doc[noun.left_edge.i : noun.i + 1]]
    )
    return bool(codes) and codes <= PEOPLE


def whoever(noun: Token) -> bool:
    """Whether a noun names the public at large, whom no agent dictionary codes as a side:
    an indefinite pronoun ("anyone"), the public itself or its members ("members of the
    public"), witnesses, whom anyone may be."""
    if "Ind" in noun.morph.get("PronType", []):
        return True
    return lower_lemma(noun) in THE_PUBLIC or (
        lower_lemma(noun) == "member" and any(populace(o) for o in prep_objects(noun, ("of",)))
    )


def crowd_entering(lex: Lexicon, noun: Token) -> bool:
    """ "an invasion of Hispanic people into the United States", "an invasion of tourists": a
    noun of entering territory (`Lexicon.entering`) whose "of" names people at large, no
    armed force, is a crowd moving in, told figuratively, no act of arms ("the invasion of
    Kuwait", "an invasion of Iraqi troops" stay)."""
    return lower_lemma(noun) in lex.entering and any(
        populace(o) for o in prep_objects(noun, ("of",))
    )


_NOUNS = "newsgraph.nouns"  # where `lookup_noun` keeps what it read, in the doc's user data


def lookup_noun(lex: Lexicon, noun: Token) -> tuple[EventType, str | None, Token] | None:
    """The type and mode an object noun names, and the noun that names it."""
    # The coder asks it of a noun several times (triggers, vetoes, modality): read once a doc,
    # against the one packaged lexicon.
    read: dict[int, tuple[EventType, str | None, int] | None] = noun.doc.user_data.setdefault(
        _NOUNS, {}
    )
    if noun.i not in read:
        found = _noun_read(lex, noun)
        read[noun.i] = None if found is None else (found[0], found[1], found[2].i)
    if (kept := read[noun.i]) is None:
        return None
    return kept[0], kept[1], noun.doc[kept[2]]


def _noun_read(lex: Lexicon, noun: Token) -> tuple[EventType, str | None, Token] | None:
    if in_name(noun) or ailment(lex, noun) or crowd_entering(lex, noun):
        return None
    if (done := act_noun(lex, noun)) is not None:
        return done
    for key in noun_keys(noun):
        if key == "call" and _asks_for(noun):
            return EventType.REQUEST, None, noun
        if key == "strike" and (stoppage := work_stoppage(noun)) is not None:
            return (*stoppage, noun)
        if key == "charge" and hyphened_noun(noun) is not None:
            return EventType.ASSAULT, "beat", noun  # "a baton-charge on the crowd": a rush
        if key == "charge" and not _legal_charge(noun):
            continue
        if key == "appeal" and (law := appeal_in_law(noun)) is not EventType.REQUEST:
            return None if law is None else (law, DECLINED_TO_YIELD, noun)
        if key in lex.nouns:
            if for_press_meeting(lex, noun, key):
                return None  # "held a press conference": no partner to consult
            if lex.nouns[key] == (EventType.RETREAT, "military") and only_texts(
                lex, prep_objects(noun, ("of",))
            ):
                return EventType.CONCEDE, None, noun  # "the withdrawal of the bill"
            if (joint := lex.nouns.get(f"joint {key}")) is not None and _held_with(noun):
                return (*joint, noun)  # "held naval exercises with the United States"
            return (*lex.nouns[key], noun)
    if lower_lemma(noun) in lex.information:
        return None  # "gave details of the deal": what is told of an act is no act
    if lower_lemma(noun) in lex.act_nouns:
        return None  # "the termination of aid": an act ended (`act_noun`) is not done
    # "25,000 tons of food aid", "four hours of talks": the measured noun counts; so does
    # what an amount is given in ("$3 billion in military aid", "500 million euros in loans").
    for pobj in prep_objects(noun, ("of", "in") if amount(noun) else ("of",)):
        for key in noun_keys(pobj):
            if key in lex.nouns:
                return (*lex.nouns[key], pobj)
    return None


def only_texts(lex: Lexicon, things: list[Token]) -> bool:
    """ "withdrew the finance bill", "the withdrawal of its proposal": what is withdrawn is
    texts alone (a bill, a plan, a decree: `Lexicon.documents`), no forces pulled back; CAMEO
    has no pattern for it, so it is the verb of its block of retreating read alone, a
    yielding (080, CONCEDE)."""
    return bool(things) and all(lower_lemma(t) in lex.documents for t in things)


def for_press_meeting(lex: Lexicon, noun: Token, key: str | None = None) -> bool:
    """ "a press conference", "a news briefing": a meeting noun (read by `key`, else by its
    lemma) held for the press, with no partner named ("a joint press conference with Macron"
    has one)."""
    if lex.nouns.get(key or lower_lemma(noun), (None,))[0] is not EventType.CONSULT:
        return False
    return any(
        lower_lemma(m) in lex.press for m in noun.lefts if m.dep_ in ("compound", "amod")
    ) and not any(prep_objects(t, ("with",)) for t in (noun, noun.head))


# Phoenix agents who stop work: labour, teachers and students, health workers, farmers.
_WORKERS = codes_of("workers")
# A strike that stops work (CAMEO 143).
STOPPAGE = (EventType.PROTEST, "strike")


def work_stoppage(strike: Token) -> tuple[EventType, str] | None:
    """The type and mode of a strike that stops work (CAMEO 143, PROTEST), whether an object
    ("launched a strike") or the subject ("a strike by oil workers halted production")."""
    return STOPPAGE if _labour_strike(strike) else None


def stops_work(lex: Lexicon, verb: Token) -> bool:
    """ "workers struck for a second day", "doctors are striking over pay", "lawyers struck
    work": the verb "strike" of people at work or their union, striking no one, or striking
    "work" (as South Asian English says it), is a stoppage of work (CAMEO 143), no blow
    ("militants struck a convoy", "workers struck a deal", "teachers struck back at the
    minister" keep their senses)."""
    objs = objects_of(verb)
    if any(lower_lemma(o) == "work" for o in objs):
        return True
    subject = subject_of(lex, verb)
    particle = any(
        c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in lex.adverb_particles)
        for c in verb.children
    )
    if subject is not None and subject.pos_ == "PRON":
        subject = _teller(lex, subject) or subject
    return not objs and not particle and subject is not None and _at_work(subject)


def _teller(lex: Lexicon, pronoun: Token) -> Token | None:
    """ "the union said it would strike": the subject of the verb of saying whose reported
    clause a pronoun opens, whom it stands for; None for any other pronoun."""
    clause = pronoun.head
    if pronoun.lower_ not in ("it", "they") or clause.dep_ != "ccomp":
        return None
    teller = subject_of(lex, clause.head)
    return teller if teller is not None and teller.pos_ != "PRON" else None


def _at_work(doer: Token) -> bool:
    """ "garment workers", "the teachers' union", "thousands of nurses": people at work (the
    Phoenix agents of `_WORKERS`) or a union, by the noun or what it counts."""
    return any(
        (lower_lemma(w) == "union" and not w.ent_type_) or agent_codes(w, own=True) & _WORKERS
        for w in (doer, *prep_objects(doer, ("of",)))
    )


def _labour_strike(strike: Token) -> bool:
    """ "went on strike", "a strike over pay", "joined the strike", "a four-day strike": a
    strike that is a stoppage of work (CAMEO 143), not an attack ("strikes on Gaza"); one
    that lasts a stated time ("a 48-hour strike") is a stoppage, an attack is no span."""
    on_strike = strike.dep_ == "pobj" and strike.head.lower_ == "on"
    preps = {p.lower_ for p in children(strike, ("prep",))}
    # "workers joined the strike": one joins a stoppage, or strikes "on"/"against" a target.
    joined = strike.dep_ in OBJECT_DEPS and lower_lemma(strike.head) == "join"
    lasting = any(m.ent_type_ in ("DATE", "TIME") for m in strike.lefts)
    # "the teachers' union strike", "workers launched a strike", "a strike by dockers": one
    # by people at work.
    doers = children(strike, ("poss", "compound")) + prep_objects(strike, ("by",))
    if strike.dep_ in OBJECT_DEPS:
        doers += children(strike.head, ("nsubj",))
    # "a general strike"; "called a strike", "a strike called by the opposition", "the strike
    # was called by the party" (CAMEO's CALL * STRIKE, 1431): an air strike is "called in",
    # never a general one.
    general = any(m.lower_ == "general" for m in children(strike, ("amod",)))
    acted_on = strike.dep_ in OBJECT_DEPS or strike.dep_ == "nsubjpass"
    callers = children(strike, ("acl",)) + ([strike.head] if acted_on else [])
    called = any(lower_lemma(c) == "call" and not children(c, ("prt",)) for c in callers)
    return (
        on_strike
        or lasting
        or any(map(_at_work, doers))
        or general
        or called
        or bool(preps & {"over", "for"})
        or (joined and not preps & TARGET_PREPS)
    )


def _legal_charge(charge: Token) -> bool:
    """ "faced charges", "a charge of murder", "the murder charge", "the charge against him": a
    charge is an accusation where it is plural (as CAMEO's patterns write it: "dropped the
    charges") or names the offence or the accused; not "her final charge for the White House"
    (a bid), "in charge of", "free of charge"."""
    if charge.dep_ == "pobj" and charge.head.lower_ in ("in", "of"):
        return False
    preps = {p.lower_ for p in children(charge, ("prep",))}
    # "a lathi-charge": a hyphened noun is what the charge is made with, no offence.
    offences = [c for c in charge.lefts if c.dep_ == "compound" and c != hyphened_noun(charge)]
    named = bool(offences) or bool(preps & {"of", "against"})
    return charge.tag_ == "NNS" or named


# PLOVER's mode for CAMEO's 124, declining to yield, which an appeal against a judgement is.
DECLINED_TO_YIELD = "change"
# What a court decides, which an appeal in law is made against, and who hears one.
_JUDGEMENTS = frozenset(
    {"verdict", "ruling", "decision", "sentence", "conviction", "judgment", "judgement"}
)
_COURTS = frozenset({"court", "tribunal"})


def appeal_in_law(appeal: Token) -> EventType | None:
    """ "appealed the verdict", "an appeal against the ruling", "appealed to the Supreme Court":
    an appeal in law is no plea to an actor (CAMEO's APPEAL * COURT codes none). Against a
    court's judgement it declines to yield to it, REJECT, as CAMEO's LODGE APPEAL (AGAINST
    SENTENCE) (124) reads it; made to or heard by a court with no judgement named, it is no
    event (None); `EventType.REQUEST` where the appeal is no legal one ("appealed for aid")."""
    if _judged_appeal(appeal):
        return None
    # "filed an appeal against the ruling with the court": a light verb carries its phrases.
    owners = [appeal, appeal.head] if appeal.dep_ in ("dobj", "nsubjpass") else [appeal]
    if any(lower_lemma(o) not in _COURTS for t in owners for o in prep_objects(t, ("to",))):
        return EventType.REQUEST  # "appealed to the Security Council against the decision"
    against = [o for t in owners for o in prep_objects(t, ("against", "of"))]
    if any(lower_lemma(o) in _JUDGEMENTS for o in against + children(appeal, ("dobj",))):
        return EventType.REJECT
    # "the ruling cannot be appealed", "the court heard the appeal": told of, not made.
    legal = [o for t in owners for o in prep_objects(t, ("to", "with", "before", "in"))]
    legal += children(owners[-1], ("nsubj", "nsubjpass"))
    return (
        None if any(lower_lemma(c) in _JUDGEMENTS | _COURTS for c in legal) else EventType.REQUEST
    )


def _judged_appeal(appeal: Token) -> bool:
    """ "the court heard the appeal against the ruling", "the Supreme Court ruled on the appeal
    of that decision by the government": an appeal a court acts on is told of, not made (its
    making is news gone before)."""
    verb = appeal.head.head if appeal.dep_ == "pobj" else appeal.head
    if appeal.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB":
        return False
    return any(lower_lemma(s) in _COURTS for s in children(verb, ("nsubj",)))


def _held_with(noun: Token) -> bool:
    """ "exercises with the US navy", "held drills with Japan": an act done "with" a named
    party, on its noun or on the verb that holds it, is done jointly, as its "joint" noun is
    (PLOVER: exercises of one side are MOBILIZE, joint ones COOPERATE)."""
    holder = noun.head if noun.dep_ in ("dobj", "nsubjpass") else noun
    partners = [o for t in {noun, holder} for o in prep_objects(t, ("with",))]
    return any(
        w.pos_ == "PROPN" or w.ent_type_ in ("GPE", "NORP", "ORG")
        for o in partners
        for w in [o, *o.lefts]
    )


def _asks_for(call: Token) -> bool:
    """ "calls for a ceasefire", "the calls by officials asking Washington to ...", "a call to
    end the war", "a call for Iran to free them": a call that asks for something is a demand,
    not a telephone call (whose modifier says so), nor one made ("a call made by Kenya to
    Uganda", as "made a call to Uganda")."""
    asking = [
        c
        for c in call.children
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and lower_lemma(c) != "make"
    ]
    return (
        call.tag_ == "NNS"
        or bool(asking)
        or any(p.lower_ == "for" for p in children(call, ("prep",)))
        or infinitive_after(call) is not None
        or any(m.lower_ == "for" for c in children(call, ("advcl",)) for m in c.children)
    )


def infinitive_after(noun: Token) -> Token | None:
    """ "renewed its call to release the journalists": the bare verb of a "to" right after a
    noun, which the parser often hangs on the noun's verb; what the noun bids or aims at
    ("a call to release", not a telephone "call to Putin")."""
    if noun.i + 2 >= len(noun.doc):
        return None
    mark, verb = noun.doc[noun.i + 1], noun.doc[noun.i + 2]
    bare = mark.lower_ == "to" and mark.tag_ == "TO" and mark.head == verb and verb.tag_ == "VB"
    return verb if bare else None


_OBJECTS = "newsgraph.objects"  # where `objects_of` keeps what it read, in the doc's user data


def objects_of(token: Token) -> list[Token]:
    """What a verb acts on: its objects, and a passive's or a headline's subject."""
    # The coder asks it of a verb several times (its trigger, vetoes, roles): read once a doc.
    read: dict[int, list[int]] = token.doc.user_data.setdefault(_OBJECTS, {})
    if token.i not in read:
        read[token.i] = [o.i for o in _objects_read(token)]
    return [token.doc[i] for i in read[token.i]]


def _objects_read(token: Token) -> list[Token]:
    objs = [o for o in children(token, OBJECT_DEPS) if not summary(o)]
    if (pred := small_clause(token)) is not None:
        objs += children(pred, ("nsubj",))  # "found the minister guilty": the minister
    if (noun := predicate_noun(token)) is not None and (
        f"{lower_lemma(token)} {lower_lemma(noun)}" in load_lexicon().verb_object
    ):
        objs += children(noun, ("nsubj",))  # "held the doctors hostage": the doctors
    if _stative(token):
        return objs
    if token.dep_ != "auxpass" and any(c.dep_ == "auxpass" for c in token.children):
        objs += children(token, ("nsubjpass",))
        if _passive_infinitive_on(token):
            # "the first mayor to be charged": the mayor is; "Ruiz is the first mayor to be
            # charged": Ruiz, whom the copula's noun describes.
            objs.append(described(token.head))
        objs += gerund_controller(token)
    if headline(token):
        objs.append(token.head)  # "journalist arrested by police": the noun is the patient
    elif headline_passive(load_lexicon(), token):
        # "Sanctions on Iran lifted": a headline's passive without its auxiliary acts on its
        # subject, read against the verb's patterns as its object ("lifted the sanctions").
        objs += children(token, ("nsubj",))
    return objs


def gerund_controller(token: Token) -> list[Token]:
    """ "the man died after being shot by police": a passive gerund a preposition brings, with
    no subject of its own, is done to the subject of the verb the preposition is on."""
    if token.dep_ != "pcomp" or token.tag_ != "VBN" or children(token, ("nsubjpass",)):
        return []
    verb = token.head.head
    return children(verb, ("nsubj", "nsubjpass")) if verb.pos_ in ("VERB", "AUX") else []


def small_clause(token: Token) -> Token | None:
    """The predicate of a verb's small clause, which the parse makes a complement with a
    subject and no verb of its own ("found the minister guilty", "declared the vote void"):
    its subject is what the verb acts on, the predicate a word of the verb's patterns.
    A harmed state is none: the finder did no harm ("found the journalist dead")."""
    for comp in children(token, ("ccomp",)):
        if (
            comp.pos_ == "ADJ"
            and children(comp, ("nsubj",))
            and not children(comp, ("aux", "auxpass", "cop"))
            and lower_lemma(comp) not in load_lexicon().harmed
        ):
            return comp
    return None


def predicate_noun(token: Token) -> Token | None:
    """ "held the doctors hostage": the noun a verb's small clause predicates of people, which
    the parse makes the verb's object predicate or its complement, with or without them for
    subject, and may tag a verb; CAMEO's patterns read it as the verb's object ('HOLD *
    &HOSTAGE'). Of a thing it is figurative ("held the budget hostage")."""
    for comp in children(token, ("oprd", "ccomp")):
        if comp.pos_ not in ("NOUN", "VERB") or children(
            comp, ("aux", "auxpass", "cop", "dobj", "mark", "ccomp", "xcomp")
        ):
            continue
        held = children(comp, ("nsubj", "compound")) or children(token, ("dobj",))
        if held and all(human(h) or h.ent_type_ == "PERSON" for h in held):
            return comp
    return None


def human(noun: Token) -> bool:
    """Whether a noun the resolver names no actor is still another person: a personal
    pronoun ("executed him"; not "hanged himself", one's own death) or a noun whose first
    sense in WordNet is a person's ("a prisoner")."""
    if noun.pos_ == "PRON":
        own = noun.lower_.endswith(("self", "selves"))
        return noun.tag_ == "PRP" and noun.lower_ not in PROPOSITION_PRONOUNS and not own
    return is_person_noun(lower_lemma(noun))


PROPOSITION_PRONOUNS = frozenset({"it", "this", "that", "these", "those"})


def _passive_infinitive_on(token: Token) -> bool:
    """A passive infinitive that modifies a noun ("the first mayor to be charged by ..."),
    whose noun is the one acted on."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    on_noun = token.dep_ in ("acl", "relcl") and token.head.pos_ in ("NOUN", "PROPN")
    return to and on_noun and not children(token, ("nsubjpass", "nsubj"))


def summary(obj: Token) -> bool:
    """ "killed seven people, an attack claimed by al-Shabaab": an attack set off by a comma
    after its verb or its object, which the parse makes a second object, an apposition or an
    adverbial noun, sums the act up."""
    start = obj.left_edge.i
    return (
        obj.dep_ in ("dobj", "appos", "npadvmod")
        and start - 1 > obj.head.i
        and obj.doc[start - 1].text == ","
        and lower_lemma(obj) in load_lexicon().attacks
    )


def _stative(token: Token) -> bool:
    """ "Vietnam is committed to ...", "Iran is prepared to ...", "forces were engaged in
    shelling": a passive in form whose subject is the one committed or engaged, not one
    acted on ("was placed under arrest" is acted on)."""
    lex = load_lexicon()
    lemma = lower_lemma(token)
    engaged = lemma not in lex.placing and any(
        p.lower_ in lex.light_preps.get(lemma, ()) for p in children(token, ("prep",))
    )
    return (lemma in lex.commit_frames or lemma in lex.readiness or engaged) and not (
        children(token, ("agent",))
    )


def agent_codes(phrase: Token, *, own: bool = False) -> set[str]:
    """The Phoenix agent codes of the generic agents a phrase names ("police": COP); with
    `own`, its head and the head's modifiers only, not its phrases ("the home of a general")."""
    words = [phrase, *children(phrase, ("compound", "amod"))] if own else phrase.subtree
    found = load_gazetteer().find_agents([t.lower_ for t in words])
    return {c for _, _, code in found for c in code.split("|")}


def light_gerund(lex: Lexicon, token: Token) -> Token | None:
    """ "resorted to throwing stones", "took part in attacking the embassy", "claimed
    responsibility for bombing the church": a gerund that a light verb's preposition brings
    is the act the sentence reports, done by the light verb's subject; that verb, if so."""
    if token.dep_ == "pcomp" and token.tag_ == "VBG" and light_prep(lex, token.head):
        return _prep_owner(lex, token.head)
    return None


def _prep_owner(lex: Lexicon, prep: Token) -> Token:
    """The verb a light preposition is read with: its head, or the verb whose object its head
    is where the lexicon lists them together ("claimed responsibility for")."""
    head = prep.head
    if (
        head.dep_ in OBJECT_DEPS
        and f"{lower_lemma(head.head)} {lower_lemma(head)}" in lex.light_preps
    ):
        return head.head
    return head


def light_prep_keys(verb: Token, lemma: str, nouns: Iterable[Token]) -> list[str]:
    """The keys of `Lexicon.light_preps` a verb is read by: its lemma, with its particle
    ("signed up to the pact"), with each noun it brings ("took part in the talks")."""
    particles = [f"{lemma} {c.lower_}" for c in children(verb, ("prt",))]
    return [lemma, *particles, *(f"{lemma} {lower_lemma(o)}" for o in nouns)]


def light_prep(lex: Lexicon, prep: Token) -> bool:
    """ "took part in the attack", "took part in the ceremony": a preposition that brings a
    light verb's act, if it names one; not where a pattern of the verb names the preposition
    ("joined Sweden in condemning": the verb's sense)."""
    verb = _prep_owner(lex, prep)
    # "a bomb went off on Sunday" is no "went on a hunger strike": a time brings no act.
    if prep.dep_ != "prep" or verb == prep or tells_when(prep):
        return False
    lemma = lower_lemma(verb)
    keys = light_prep_keys(verb, lemma, objects_of(verb))
    if not any(prep.lower_ in lex.light_preps.get(k, ()) for k in keys):
        return False
    patterns, _ = cameo_verb(lex, verb, lemma)
    sense = sense_of(lex, patterns, verb) if patterns else None
    return sense is None or prep.i not in sense[1]


def eased(
    act: tuple[EventType, str | None], reading: tuple[EventType, str | None]
) -> tuple[EventType, str | None]:
    """ "ended its siege of the town", "eased the blockade of Gaza": a blockade (CAMEO's 191,
    the lexicon's COERCE 'blockade') eased or ended is a military step back, RETREAT, as
    CAMEO codes it (LIFT * BLOCKADE, 0872; END * BLOCKADE, 087), where a restriction eased
    is a concession ("lifted the curfew", 081): the reading of a verb of easing for `act`."""
    if reading[0] is EventType.CONCEDE and act == (EventType.COERCE, "blockade"):
        return EventType.RETREAT, "withdraw"
    return reading


# The prepositions an act noun's act follows: "an end to", "the suspension of", "a waiver from".
ACT_NOUN_PREPS = ("of", "to", "from")


def act_noun(lex: Lexicon, noun: Token) -> tuple[EventType, str | None, Token] | None:
    """ "an end to the shelling", "the suspension of attacks", "a waiver from the tariffs": the
    noun of a verb of `Lexicon.on_acts` with a hostile act codes as its verb does; so does
    the noun of a verb the lexicon reads by its object (`object_noun`)."""
    verb = lex.act_nouns.get(lower_lemma(noun))
    on_acts = lex.on_acts[verb] if verb is not None else {}
    for act in prep_objects(noun, ACT_NOUN_PREPS) if on_acts else []:
        found = lookup_noun(lex, act)
        if found is not None and found[0] in on_acts:
            return (*eased(found[:2], on_acts[found[0]]), noun)
    # "the suspension of aid": with no hostile act, by its object as its verb ("suspended aid").
    return object_noun(lex, noun, verb)


def object_noun(
    lex: Lexicon, noun: Token, verb: str | None = None
) -> tuple[EventType, str | None, Token] | None:
    """ "the establishment of diplomatic relations", "the lifting of sanctions": the noun of a
    verb of `Lexicon.verb_object` with that verb's object in its "of" codes as the verb with
    the object does ("established diplomatic relations"); with any other ("the lifting of
    weights") it names no act by this reading. An irregular noun comes with its `verb`."""
    verb = verb or lex.object_nouns.get(lower_lemma(noun))
    for obj in prep_objects(noun, ("of",)) if verb is not None else []:
        etype, mode = lex.verb_object.get(f"{verb} {lower_lemma(obj)}", (None, None))
        if etype is not None:
            return etype, mode, noun
    return None


# The prepositions a prepositional verb fastens on its object with ("seized on", "upon").
_FASTENING = frozenset({"on", "upon"})


def fastens_on(lex: Lexicon, token: Token, lemma: str) -> bool:
    """ "seized on the scandal", "seized upon their mistakes": a verb of coercion acts on
    what it takes as its object; with none, an "on" right after it makes the prepositional
    verb of taking up a chance, not the act, where neither CAMEO (its entry or a pattern's
    preposition) nor the lexicon pairs the two ("cracked down on" is)."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if (
        lex.verbs.get(lemma, (None,))[0] is not EventType.COERCE
        or after is None
        or after.head != token
        or after.lower_ not in _FASTENING
        or tells_when(after)
        or objects_of(token)
    ):
        return False
    paired = {w for p in lex.cameo.get(lemma, ()) for w, _ in p.preps}
    key = f"{lemma} {after.lower_}"
    return key not in lex.cameo and key not in lex.phrasal and after.lower_ not in paired


def tells_when(prep: Token) -> bool:
    """ "on Monday", "at dawn": a preposition whose object is a time."""
    return any(o.ent_type_ in ("DATE", "TIME") for o in children(prep, ("pobj",)))


def tells_where(prep: Token) -> bool:
    """ "in Accra", "in the capital": an "in" with an object of its own tells where; the
    dictionary's verbs with "in" ("give in", "step in", "lock in") take none through it."""
    return prep.lower_ == "in" and bool(children(prep, ("pobj",)))


def particles_of(token: Token) -> list[Token]:
    """A verb's particles and prepositions, but not one that tells when or where ("called the
    deal useless on Monday" is no "call on", "gave a speech in Paris" no "give in")."""
    return [
        c
        for c in token.children
        if c.dep_ == "prt" or (c.dep_ == "prep" and not tells_when(c) and not tells_where(c))
    ]


def cameo_verb(lex: Lexicon, token: Token, lemma: str) -> tuple[tuple[Pattern, ...] | None, str]:
    """The CAMEO entry of a verb, with its particle or preposition if listed ("call off")."""
    for c in [*particles_of(token), *_counted_particle(token)]:
        if verb := lex.cameo.get(f"{lemma} {c.lower_}"):
            return verb, f"{token.text} {c.text}"
    return lex.cameo.get(lemma), token.text


def _counted_particle(token: Token) -> list[Token]:
    """ "handed over 40 detainees": a particle right after the verb that the parse reads as
    the modifier of its object's number ("over 40": more than 40)."""
    return [
        q
        for o in children(token, ("dobj",))
        for n in children(o, ("nummod",))
        for q in children(n, ("quantmod",))
        if q.i == token.i + 1
    ]


# Dependents of a verb that may fill the words of its patterns: objects, particles, predicates.
_PATTERN_DEPS = frozenset({"prt", "advmod", "acomp", "oprd", "attr"})
_PATTERN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "aux", "neg"})
# A pattern's prepositional object, a gerund too ("prevented them from entering": pcomp).
PREP_OBJECT_DEPS = frozenset({"pobj", "pcomp"})


def _forms(token: Token) -> set[str]:
    """A pattern word's forms: lemma, text, and the whole of a hyphenated word the tokenizer
    split ("re-election" ends in "election")."""
    forms = {lower_lemma(token), token.lower_}
    doc, start = token.doc, token.i
    while (
        start >= 2 and doc[start - 1].text == "-" and " " not in doc[start - 2 : start].text_with_ws
    ):
        start -= 2
    if start < token.i:
        forms.add(doc[start : token.i].text.lower() + lower_lemma(token))
    return forms


# What a person held is, among the words of CAMEO's people held (&HOSTAGE).
_CAPTIVE = "captive"


def held_person(token: Token, verb: Token | None = None) -> bool:
    """ "the captured soldiers", "a pilot detained by Pakistan": a person that a participle
    of seizing or holding people modifies is held, as a prisoner is; not by the `verb` read
    ("two activists jailed": the jailing itself)."""
    holding = load_lexicon().holding_people
    return (token.ent_type_ == "PERSON" or is_person_noun(lower_lemma(token))) and any(
        c.dep_ in ("amod", "acl") and c.tag_ == "VBN" and lower_lemma(c) in holding and c != verb
        for c in token.children
    )


def _fits(token: Token, element: Element, *, held: bool = False) -> bool:
    words = _forms(token) | ({_CAPTIVE} if held else set())
    lefts = {w for c in token.lefts for w in (lower_lemma(c), c.lower_)}
    # A word denied fits only a pattern that names the denial ("found not guilty" is no
    # "FOUND * GUILTY"; "pleaded not guilty" is "PLEAD * {NOT GUILTY}"), and so does a
    # preposition's object under "no", the opposite thing ("a vote of no confidence" is no
    # "VOTE (OF CONFIDENCE)"); "no" on the object denies the act ("gave no assurances").
    denial = {"not" for c in token.lefts if c.dep_ == "neg"} | {
        "no" for c in token.lefts if (c.dep_, c.lower_) == ("det", "no") and token.dep_ == "pobj"
    }
    return any(head in words and mods <= lefts and denial <= mods for head, mods in element)


def sense_of(
    lex: Lexicon, patterns: tuple[Pattern, ...], token: Token
) -> tuple[Pattern, set[int]] | None:
    """The most specific pattern of a verb found around it, and the tokens it covers."""
    # "released dozens of prisoners": a number's "of" names what the pattern's object is.
    objs = with_counted(objects_of(token))
    if (found := _sense_with(lex, patterns, token, objs)) is not None or not objs:
        return found
    # "delivered fuel and antibiotics": where the first objects tell no sense, those
    # coordinated with them, acted on alike, may; not one with a phrase of its own, which
    # would be read as the verb's ("supporting its reforms and its fight against graft").
    conjoined = [c for o in objs for c in o.conjuncts if c.i > o.i and not children(c, ("prep",))]
    return _sense_with(lex, patterns, token, conjoined) if conjoined else None


def _sense_with(
    lex: Lexicon, patterns: tuple[Pattern, ...], token: Token, objs: list[Token]
) -> tuple[Pattern, set[int]] | None:
    """The most specific pattern of a verb found around it with `objs` as its objects."""
    words = [*objs, *(c for c in children(token, _PATTERN_DEPS) if not _extent(c))]
    if (pred := small_clause(token)) is not None:
        words.append(pred)
    preps = [p for t in [token, *words] for p in children(t, ("prep", "agent", "prt"))]
    # "pulled out of the talks": the parse hangs the phrase on the particle, taken as a bare
    # preposition; its preposition is the verb's, as CAMEO writes "PULL_OUT * (OF TALKS)".
    preps += [q for p in preps if not children(p, PREP_OBJECT_DEPS) for q in children(p, ("prep",))]
    # "A soldier entered the village": one member of the forces named in the singular is a
    # person, not the forces CAMEO's patterns name as doers ("troops entered", "the army").
    subject = [
        t
        for c in token.lefts
        if c.dep_ in _PATTERN_SUBJECT_DEPS
        for t in c.subtree
        if not (t.tag_ == "NN" and lower_lemma(t) in lex.forces and is_person_noun(lower_lemma(t)))
    ]
    pobjs = [o for p in preps for o in children(p, PREP_OBJECT_DEPS)]
    # "ordered the diplomats to leave": CAMEO writes a verb's infinitive complement as a
    # preposition with its object ("ORDER * DIPLOMAT (TO LEAVE)").
    infinitives = [c for c in children(token, ("xcomp",)) if "to" in aux_words(c)]
    held = frozenset(t.i for t in words if held_person(t, token))
    # Cheap first: a pattern whose words are not all around the verb cannot match.
    near = {w for t in [*words, *preps, *subject, *pobjs, *infinitives] for w in _forms(t)}
    near |= {"to"} if infinitives else set()
    near |= {_CAPTIVE} if held else set()
    for pattern in patterns:
        if not all(need & near for need in pattern.needs):
            continue
        used: set[int] = set()
        if (
            all(_find(e, subject, used) for e in pattern.subject)
            and all(_find(e, words, used, held) for e in pattern.words)
            and all(_find_prep(w, o, preps, infinitives, used) for w, o in pattern.preps)
        ):
            return pattern, used
    return None


def _extent(adverb: Token) -> bool:
    """ "cut two years off the terms, down to five years", "scaled back to 20 percent": an
    adverb whose "to" or "from" brings an amount tells how far a measure moved, it is no
    particle of the verb's phrasal sense ("cut down": kill)."""
    return adverb.dep_ == "advmod" and any(
        o.ent_type_ in MEASURES | {"PERCENT", "MONEY"} for o in prep_objects(adverb, ("to", "from"))
    )


def _find(
    element: Element, tokens: list[Token], used: set[int], held: frozenset[int] = frozenset()
) -> bool:
    for t in tokens:
        if _fits(t, element, held=t.i in held):
            used.add(t.i)
            return True
    return False


def _find_prep(
    word: str, obj: Element | None, preps: list[Token], infinitives: list[Token], used: set[int]
) -> bool:
    for prep in preps:
        if prep.lower_ != word:
            continue
        if obj is None:
            used.add(prep.i)
            return True
        for pobj in children(prep, PREP_OBJECT_DEPS):
            if _fits(pobj, obj):
                used.update((prep.i, pobj.i))
                return True
    # An infinitive stands only for a "to" with its verb named: a bare "(TO)" is a direction.
    if word != "to" or obj is None:
        return False
    for verb in infinitives:
        if _fits(verb, obj):
            used.add(verb.i)
            return True
    return False


def purpose_clause(lex: Lexicon, token: Token) -> bool:
    """ "(sent troops) to quell the riot": an infinitive of purpose, with no subject of its own.
    The one met or the place visited controls no infinitive, so one after the object of a
    verb of meeting ("visited Lome to sign an accord", "met Putin to discuss Syria"), parsed
    as its complement, is the meeting's purpose too."""
    if children(token, ("nsubj", "nsubjpass", "mark")) or not any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in token.children
    ):
        return False
    if token.dep_ == "xcomp" and children(token.head, OBJECT_DEPS):
        return lex.verbs.get(lower_lemma(token.head), (None,))[0] is EventType.CONSULT
    return token.dep_ == "advcl"


def scheduled_for(token: Token) -> bool:
    """A scheduling participle or "due" with what it schedules: "set to open", "scheduled
    for Friday" (not "set on fire")."""
    return (
        lower_lemma(token) in load_lexicon().scheduling
        and token.tag_ in ("VBN", "JJ")
        and (bool(children(token, ("xcomp",))) or bool(prep_objects(token, ("for",))))
    )


def _run_on_verb(token: Token) -> bool:
    """Whether the parse made a clause's verb a modifier of its subject: finite, or a
    participle with an object, which a passive one has not ("one man hit him", "one man
    sprayed him with paint"; not "a man named Lee")."""
    return token.dep_ == "acl" and (
        token.tag_ in FINITE or (token.tag_ == "VBN" and bool(children(token, ("dobj",))))
    )


def _dashed_off(first: Token, last: Token) -> bool:
    """Whether a dash stands between two subjects the parse gave one verb: the first is a
    dateline or a topic set before the sentence ("BEIJING (AFP) - China ...")."""
    return any(t.text in _DASHES for t in first.doc[first.i + 1 : last.left_edge.i])


# A hyphen, an en or an em dash, or two hyphens, standing for a dash.
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def deed_before(verb: Token) -> Token | None:
    """ "were arrested after fatally shooting a man", "fled after looting the market": an
    active gerund with an object after "after" or "following" tells what the doer of the
    verb it follows did before (as news only where it is hostile, `triggers.classify`, a
    deed others answer); that verb, if so."""
    prep = verb.head
    if (
        verb.dep_ != "pcomp"
        or verb.tag_ != "VBG"
        or prep.lower_ not in ("after", "following")
        or prep.head.pos_ != "VERB"
        or children(verb, ("auxpass", "nsubj"))
        or not children(verb, ("dobj",))
    ):
        return None
    return prep.head


def subject_of(lex: Lexicon, token: Token) -> Token | None:
    """The grammatical subject of a verb, following conjunctions and control."""
    deps: tuple[str, ...] = ("nsubj", "csubj")
    if token.pos_ == "NOUN":
        deps = ("nsubj", "csubj", *HEADLINE_SUBJECTS)  # a headline's verb read as a noun
        named = next((c for c in token.lefts if name_as_modifier(c)), None)
        if named is not None and not any(c.dep_ in deps for c in token.children):
            return named
    elif (
        token.pos_ == "VERB"
        and token.dep_ == "ROOT"
        and not children(token, ("nsubj", "nsubjpass", "csubj"))
    ):
        # A headline's present verb after a coordinated subject: the parser hangs the subject
        # on the verb as a modifier ("Chile and Peru resume ties": "Chile" is its nmod).
        found = next((c for c in token.lefts if c.dep_ == "nmod" and c.pos_ == "PROPN"), None)
        if found is not None:
            return found
    reported: Token | None = None  # the verb the parse made the object of the verb of saying
    for _ in range(8):
        subjects = [c for c in token.children if c.dep_ in deps and not _opening_participle(c)]
        if (stray := stray_subject(token)) is not None:
            # A clause of its own: never the first clause's subject; a passive's undergoes it.
            passive = bool(children(token, ("auxpass",)))
            return stray if not passive or _stative(token) else None
        if not subjects and (before := before_parenthetical(token)) is not None:
            return before
        subj = subjects[0] if subjects else None
        if len(subjects) > 1 and (
            is_office_word(lower_lemma(subjects[0]))
            or any(_run_on_verb(c) for c in subjects[0].children)
            or subjects[0].tag_ in RELATIVE_TAGS
            or _dashed_off(subjects[0], subjects[-1])
        ):
            # A misparsed apposition ("the speaker of the parliament Ali Larijani said"): the
            # name after the office is the subject; of two clauses the parse ran together,
            # the first's verb a modifier of its subject ("one man hit him, others struck
            # him"), the second subject; and a relative pronoun beside a subject named after a
            # parenthetical is what that subject acts on ("the fighters which, officials said,
            # France has refused to repatriate"); a dateline a dash sets off ("MOSCOW (AFP) -
            # Russia warned ...") is none.
            subj = subjects[-1]
            if reported is not None and lower_lemma(token) in lex.speech:
                # "the militant, who officials say killed two guards": the parse makes the
                # relative pronoun a subject of the verb of saying and the deed its object;
                # the one the pronoun stands for did it, not the speakers.
                subj = subjects[0]
        if subj is not None:
            return antecedent(subj)
        if any(c.dep_ == "nsubjpass" for c in token.children):
            return next(iter(children(token, ("nsubjpass",)))) if _stative(token) else None
        # "X was indicted ... and will resign": an active conjunct shares the passive subject.
        deps = ("nsubj", "csubj", "nsubjpass") if token.dep_ == "conj" else ("nsubj", "csubj")
        if (writer := _addressing_verb(lex, token)) is not None:
            token = writer
            continue
        if (protest := _protest_participle(lex, token)) is not None:
            token = protest
            continue
        if token.dep_ in ("relcl", "acl") and token.tag_ != "VBN":
            return described(token.head)
        control = lower_lemma(token.head) in lex.object_control
        purpose = purpose_clause(lex, token)
        if token.dep_ == "xcomp" or (purpose and control):
            # An infinitive the parse reads as one of purpose after a verb of object control
            # is its complement too: "bribed the fighters to attack" (the fighters attack).
            if children(token, ("auxpass",)):
                return None  # "is to be sentenced": the governing verb's subject undergoes it
            head = token.head
            if scheduled_for(head) and children(head, ("nsubjpass",)):
                # "the president is scheduled to meet ...": who is scheduled does it.
                return children(head, ("nsubjpass",))[0]
            objs = children(head, OBJECT_DEPS)
            if objs and lower_lemma(head) not in lex.commit_frames and (control or not purpose):
                return _payee(head) or objs[0]
        if (light := light_gerund(lex, token)) is not None:
            token = light
            continue
        if (listing := listing_verb(token)) is not None:
            token = listing
            continue
        if (done := deed_before(token)) is not None:
            # "two officers were arrested after shooting a man": the passive's subject too.
            token, deps = done, ("nsubj", "csubj", "nsubjpass")
            continue
        if (own := _gerund_subject(lex, token)) is not None:
            return own
        if (modified := _object_participle(token)) is not None:
            return modified
        adverbial = token.dep_ in ("conj", "xcomp", "advcl", "acomp") or _opening_participle(token)
        if not adverbial or token.head == token:
            return None
        if token.dep_ == "conj":
            token = _coordinated_with(lex, token)
        else:
            reported = token if token.dep_ == "xcomp" and token.tag_ in ("VBD", "VBN") else None
            token = reporter_of_aside(lex, token) or token.head
    return None


def _verbal(lex: Lexicon, verb: Token) -> bool:
    """Whether the lexicon reads a verb as an act of words (accuse, warn, urge)."""
    reading = lex.verbs.get(lower_lemma(verb))
    return reading is not None and QUAD_CLASS[reading[0]] not in MATERIAL


def reporter_of_aside(lex: Lexicon, participle: Token) -> Token | None:
    """The verb of saying whose further words a participle set off by a comma after the
    reported clause are: "Kenya insisted that Somalia must withdraw, warning of sanctions"
    (Kenya warns), where the parse hangs the participle on the reported verb. Only an act
    of words after a reported deed or demand: a deed ("said the army shelled the town,
    killing three") is the reported doer's, and words after reported words ("said Chad
    accused Niger, calling it ...") may be either's. So after a clause told as an opinion
    ("felt the board had failed, urging its dismissal": the one who felt urges)."""
    told = participle.head
    if (
        participle.dep_ != "advcl"
        or participle.tag_ != "VBG"
        or told.dep_ != "ccomp"
        or lower_lemma(told.head) not in lex.speech | lex.opinion
        or participle.nbor(-1).text != ","
    ):
        return None
    return told.head if _verbal(lex, participle) and not _verbal(lex, told) else None


# Prepositions whose gerund an accusation says the accused did: "accused X of", "charged X
# with", "condemned X for".
_CHARGE_PREPS = frozenset({"of", "with", "for"})


def alleged_aside(lex: Lexicon, participle: Token) -> bool:
    """ "accused the army of shelling the town, killing ten", "charged him with trying to
    extort the firm, threatening to ...": a participle set off by a comma after the acts an
    accusation charges goes on telling the accused's acts, alleged only, as the gerund it
    follows is (no event of the accuser's). As for `reporter_of_aside`, only words after a
    deed charged ("accused Russia of attacking the convoy, threatening to retaliate") are the
    accuser's; words after words or after an attempt ("of trying to ...") may be either's."""
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or participle.i == 0:
        return False
    if participle.nbor(-1).text != ",":
        return False
    charged = _charge_over(lex, participle.head)
    if charged is None or charged.i > participle.i:
        return False
    deed = not _verbal(lex, charged) and lower_lemma(charged) not in lex.intent
    return not (deed and _verbal(lex, participle))


def _charge_over(lex: Lexicon, head: Token) -> Token | None:
    """The gerund an accusation charges that a participle hangs on: the accusation's own, or
    the gerund itself or an infinitive inside it ("of trying to pressure the firm, ...")."""
    while (charged := _charged_act(lex, head)) is None:
        if head.dep_ == "pcomp" and _charged_act(lex, head.head.head) == head:
            return head
        if head.dep_ != "xcomp":
            return None
        head = head.head
    return charged


def _charged_act(lex: Lexicon, verb: Token) -> Token | None:
    """The gerund of what a verb of accusing charges ("accused Kenya of shelling ..."), if any."""
    if lex.verbs.get(lower_lemma(verb), (None,))[0] is not EventType.ACCUSE:
        return None
    gerunds = (
        g
        for p in children(verb, ("prep",))
        if p.lower_ in _CHARGE_PREPS
        for g in children(p, ("pcomp",))
        if g.tag_ == "VBG"
    )
    return next(gerunds, None)


# Prepositions whose object may be a gerund with a subject of its own ("objected to Chile
# sending troops"); not of aim or place, after which a participle tells the verb's own doer's
# further act ("fired into the crowd killing two").
_GERUND_PREPS = frozenset({"to", "against", "about", "over", "of"})


def _gerund_subject(lex: Lexicon, token: Token) -> Token | None:
    """ "objected to Ukraine opening an inquiry", "protested against Chile arresting its
    envoy": the parse hangs the gerund on the verb and its subject, just before it, on the
    verb's preposition; the gerund is that subject's act, not the verb's doer's. Not after a
    verb with an object, which the preposition places ("sent troops to Mali fighting ..."),
    nor after a verb of speech or of issuing a text, whose "to" names whom it addresses: what
    follows is what the speaker or writer says ("wrote to the ambassador urging him to ...")."""
    if token.dep_ not in ("advcl", "xcomp") or token.tag_ != "VBG" or token.i == 0:
        return None
    if children(token.head, OBJECT_DEPS) or lower_lemma(token.head) in lex.issuing:
        return None
    before = token.nbor(-1)
    prep = before.head
    if before.dep_ == "pobj" and prep.lower_ in _GERUND_PREPS and prep.head == token.head:
        return before
    return None


def _addressing_verb(lex: Lexicon, token: Token) -> Token | None:
    """ "wrote to the ambassador urging him to reconsider": a participle the parse hangs on
    whom a verb of speech or of issuing a text addresses ("to"), with a personal pronoun for
    its object, which is that addressee again, is the writer's or speaker's act: the verb's."""
    noun = token.head
    prep = noun.head
    if token.dep_ != "acl" or token.tag_ != "VBG" or noun.dep_ != "pobj" or prep.lower_ != "to":
        return None
    if not any(o.tag_ == "PRP" for o in children(token, ("dobj",))):
        return None
    return prep.head if lower_lemma(prep.head) in lex.issuing else None


def _protest_participle(lex: Lexicon, token: Token) -> Token | None:
    """ "staged a sit-in demanding the minister's resignation", "gheraoed the officer
    demanding action": a present participle the parse hangs on a protest's noun, or on whom
    a verb of protest hems in, tells what the protesters do besides: the verb's act."""
    noun, verb = token.head, token.head.head
    if token.dep_ != "acl" or token.tag_ != "VBG" or noun.dep_ not in OBJECT_DEPS:
        return None
    protest = any(lex.verbs.get(w, (None,))[0] is EventType.PROTEST for w in lemmas(verb))
    act = lookup_noun(lex, noun)
    protest = protest or (act is not None and act[0] is EventType.PROTEST)
    return verb if protest and verb.pos_ == "VERB" else None


def listing_verb(token: Token) -> Token | None:
    """The verb whose doer does the gerunds a clause lists after "including" ("has met
    leaders, including meeting with the Pope"): they are the clause's own acts, told one by
    one; the preposition hangs on the verb or on a noun of its."""
    if token.dep_ != "pcomp" or token.tag_ != "VBG" or token.head.lower_ != "including":
        return None
    head = token.head.head
    while head.pos_ != "VERB" and head.dep_ in ("pobj", "prep", *OBJECT_DEPS):
        head = head.head
    return head if head.pos_ == "VERB" else None


def _payee(verb: Token) -> Token | None:
    """Whom a verb of paying pays where its object is the payment ("paid bounties to the
    Taliban to kill", "paid $3 million to the fighters to attack"): the one paid does what
    it is paid for, not the payment; a place it is paid to is no payee."""
    if lower_lemma(verb) not in ("pay", "bribe"):
        return None
    to = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
    paid = [o for p in to for o in children(p, ("pobj",))]
    return next((t for t in paid if t.ent_type_ not in PLACE_TYPES), None)


def _object_participle(token: Token) -> Token | None:
    """ "met Tibetan monks exiled to India": the parse may make a past participle right after
    a verb's object, with no comma, the verb's adverbial clause; it modifies the object, the
    one it is done to, never the verb's subject (whoever did it is unknown unless its "by"
    tells)."""
    if (
        token.dep_ != "advcl"
        or token.tag_ != "VBN"
        or any(c.dep_ in _OWN_CLAUSE for c in token.children)
    ):
        return None
    return next(
        (o for o in children(token.head, OBJECT_DEPS) if o.right_edge.i == token.i - 1), None
    )


_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark"})


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


def _coordinated_with(lex: Lexicon, conj: Token) -> Token:
    """The verb a conjunct is coordinated with, mending two frequent misparses.

    In "X held talks, a day after Y was sworn in, and pledged ...", the parser hangs the
    conjunct on the subordinate clause; after a comma it belongs to the main clause. In
    "Chad said the pipeline is unsafe, harms its fishermen and threatens ...", it hangs a
    present verb on the past verb of saying; the sequence of tenses puts it in the reported
    clause before it, also in the present. The other way round, in "Chad said that the
    pipeline is unsafe and urged ..." or "predicted Chad would win and urged ...", it hangs a
    past verb on a reported clause in the present or under a modal, which it cannot share:
    the past verb goes with the past verb of saying where it is an act of words after no act
    of words (as in `reporter_of_aside`); a deed ("said the rebels hold the town and killed
    ...") is the reported doer's.
    """
    head = conj.head
    cc = next((c for c in head.children if c.dep_ == "cc" and c.i == conj.i - 1), None)
    comma = cc is not None and cc.i > 0 and cc.nbor(-1).text == ","
    if comma and head.dep_ == "advcl" and any(c.dep_ == "mark" for c in head.children):
        return head.head
    told = [c for c in children(head, ("ccomp",)) if c.i < conj.i and c.tag_ in _PRESENT]
    if told and head.tag_ == "VBD" and conj.tag_ in _PRESENT:
        return told[-1]
    past = conj.tag_ == head.head.tag_ == "VBD" and _unpast(head)
    if head.dep_ == "ccomp" and past and _verbal(lex, conj) and not _verbal(lex, head):
        return head.head
    if _finite(conj) and not _finite(head) and children(head, ("aux",)) and head.dep_ != "ROOT":
        # "asked the army to stay and has requested aid": a finite verb is no conjunct of an
        # infinitive, whose subject may be its own or the governing verb's object.
        return head.head
    return head


def _finite(verb: Token) -> bool:
    """Whether a verb is finite: of a tense or after a finite auxiliary or a modal."""
    return any(t.tag_ in _FINITE for t in (verb, *children(verb, ("aux", "auxpass"))))


def _unpast(verb: Token) -> bool:
    """Whether a finite verb is in no past tense and no past participle a conjunct may share
    its auxiliary with ("has closed ... and urged"): of the present, or after a modal or a
    present auxiliary ("will close", "would close", "is closing"), no past one ("did")."""
    forms = [t.tag_ for t in (verb, *children(verb, ("aux", "auxpass")))]
    past = "VBD" in forms or verb.tag_ == "VBN"
    return not past and any(f in _PRESENT or f == "MD" for f in forms)


_PRESENT = frozenset({"VBZ", "VBP"})
_FINITE = _PRESENT | {"VBD", "MD"}


def headline_passive(lex: Lexicon, token: Token) -> bool:
    """ "(Germany says) Navalny poisoned with Novichok": a headline drops the passive's
    auxiliary. Where the tagger reads a participle, or a headline's verb is one of harm or
    coercion with no object nor clause (such a verb takes one in the active: "poisoned him"),
    its subject is the one acted on; not "reached out", "committed to proceeding"."""
    subjects = children(token, ("nsubj",))
    if token.dep_ not in ("ccomp", "ROOT") or not subjects:
        return False
    if token.dep_ == "ccomp" and lower_lemma(token.head) not in lex.speech:
        return False
    if children(token, ("aux", "auxpass", "prt", "xcomp", "ccomp", *OBJECT_DEPS)):
        return False
    if any(children(p, ("pcomp",)) for p in children(token, ("prep",))):
        return False
    lemma = lower_lemma(token)
    harm = lex.verbs.get(lemma, (None, None))[0] in _HARM_TYPES and lemma not in lex.partnered
    # Prose keeps its auxiliaries ("the rebels attacked at dawn." is active): a headline
    # ends with no full stop. In prose the tagger's participle of a verb that needs no
    # object is its past tense ("Members of parliament protested outside."). A quoted
    # headline or post ends where the writer's punctuation takes over: its own register is
    # told by the article it drops ("'Army helicopter shot down,' the rebels said").
    headline = not prose(token.sent) or (
        token.dep_ == "ccomp" and quoted(token) and any(map(bare_singular, subjects))
    )
    return (token.tag_ == "VBN" and (headline or harm)) or (
        token.tag_ == "VBD" and headline and (harm or _patient_subject(lex, token))
    )


def quoted(clause: Token) -> bool:
    """Whether a clause opens a quotation: its first word, or the one before, a quote mark."""
    first = clause.left_edge
    return first.is_quote or (first.i > clause.sent.start and first.nbor(-1).is_quote)


def bare_singular(noun: Token) -> bool:
    """A singular common noun with no determiner, owner or number: an article dropped, as
    only a headline does ("Army helicopter shot down")."""
    return noun.tag_ == "NN" and not children(noun, ("det", "poss", "nummod"))


def _patient_subject(lex: Lexicon, token: Token) -> bool:
    """ "Curfew lifted in Delhi", "Blockade of Gaza lifted": the tagger reads a headline's
    participle as a past tense where its subject could do the act. An act's noun that the
    verb's CAMEO patterns name as its object ("LIFT * CURFEW") is what the verb acts on:
    an act does not lift, impose or resume (an agent may: "Troops withdrew")."""
    patterns = lex.cameo.get(lower_lemma(token), ())
    return any(
        lookup_noun(lex, s) is not None
        and not load_gazetteer().find_agents([s.lower_])
        and any(_fits(s, e) for p in patterns if p.type is not None for e in p.words)
        for s in children(token, ("nsubj",))
    )


# The acts a verb does to its object, which a headline's bare subject is ("X attacked with").
_HARM_TYPES = frozenset({EventType.ASSAULT, EventType.COERCE, EventType.THREATEN})

# The subject of a headline's verb read as a noun: "Activists in Damascus decry ..." (nmod).
HEADLINE_SUBJECTS = frozenset({"nsubj", "compound", "nmod"})

MEASURES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY"})
