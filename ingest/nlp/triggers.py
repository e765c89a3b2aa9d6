"""The trigger of an event and its type.

A trigger is a verb read in the sense of its most specific CAMEO pattern (senses.py), else a
verb from the lexicon, a phrasal verb ("call off"), a verb with a telling object ("strike a
deal"), an event noun under a light verb ("held talks", "took part in the talks", "imposed
sanctions"), or an event noun with its actor ("Turkey's shoot-down of a jet"). Frame verbs
("threatened to ...", "agreed to ...") give the event its type and absorb their clause;
transparent verbs ("plans to ...") pass their flags on to it.
"""

from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from graph.models import QUAD_CLASS, ActorKind, EventType, QuadClass
from ingest.nlp.actors import (
    is_envoy_word,
    is_force_unit,
    is_group_noun,
    is_office_word,
    is_person_noun,
)
from ingest.nlp.gazetteer import codes_of, load_gazetteer
from ingest.nlp.lexicon import COOPERATIVE, Lexicon, Pattern, load_lexicon
from ingest.nlp.senses import (
    ACT_NOUN_PREPS,
    DECLINED_TO_YIELD,
    GENERIC_HEADS,
    HEADLINE_SUBJECTS,
    PEOPLE,
    STOPPAGE,
    act_noun,
    agent_codes,
    ailment,
    alleged_aside,
    appeal_in_law,
    cameo_verb,
    crowd_entering,
    deed_before,
    eased,
    fastens_on,
    for_press_meeting,
    headline_passive,
    held_person,
    human,
    light_gerund,
    light_prep,
    light_prep_keys,
    listing_verb,
    lookup_noun,
    noun_keys,
    object_noun,
    objects_of,
    only_texts,
    particles_of,
    populace,
    predicate_noun,
    quoted,
    sense_of,
    small_clause,
    stops_work,
    subject_of,
    voiced_reading,
    whoever,
    work_stoppage,
)
from ingest.nlp.syntax import (
    NOMINAL,
    OBJECT_DEPS,
    SIDE_MODIFIERS,
    agent_noun,
    attack_words,
    aux_words,
    children,
    complement,
    definite_noun,
    headline,
    hyphened_noun,
    in_name,
    kinds,
    lemma_in,
    lemmas,
    line_head,
    lower_lemma,
    name_as_modifier,
    negated_subject,
    numeric_noun,
    own_clause,
    owners,
    patient_told,
    prep_objects,
    prepositions,
    subjunctive,
    verb_of,
    with_counted,
)
from ingest.nlp.textprep import doc_text

FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})

# Verbs used as modifiers ("the besieged town", "arrested for collaborating with") describe,
# they do not report an event of their own.
_MODIFIER_DEPS = frozenset({"amod", "compound", "pcomp", "nmod"})

VERBAL = frozenset({QuadClass.VERBAL_COOPERATION, QuadClass.VERBAL_CONFLICT})
# Types whose future or intended form is itself an act of PLOVER: an announced
# cooperative act is a pledge (AGREE), an announced hostile act a threat (THREATEN).
PROMISABLE = frozenset(
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

_YIELDS = frozenset({EventType.CONCEDE, EventType.RETREAT})

# The mode a THREATEN (or other verbal event) gets from the kind of act it is about; a
# meeting asked for, refused or pledged is PLOVER's "meet" (REQUEST 106, REJECT 125).
_OWN = frozenset({"its", "their", "his", "her", "our"})
MODE_OF_TYPE = {
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


@dataclass
class Trigger:
    token: Token
    type: EventType
    mode: str | None
    confidence: float
    complement: Token | None = None  # a clause absorbed by a frame verb
    text: str = ""
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
    planned: bool = False  # "announced plans to sue X": the act the plan names, ahead
    addressee: Token | None = None  # "'Leave now,' X told Y": whom a quoted command is told to
    needs_doer: bool = False  # "took over the town": an act only with whom it is done by


def _for_office(token: Token) -> bool:
    """ "resigned to become Secretary of State", "to run for governor", "to serve as foreign
    minister": an infinitive of purpose naming an office the leaver goes on to, a career's
    step, yields to no one (PLOVER's CONCEDE); "resigned to take responsibility" stays."""
    for clause in children(token, ("advcl", "xcomp")):
        if "to" in aux_words(clause):
            named = [*children(clause, ("attr", "dobj", "oprd"))]
            named += prep_objects(clause, ("for", "as"))
            if any(is_office_word(n.text) for n in named):
                return True
    return False


def _levies(lex: Lexicon, token: Token) -> bool:
    """ "will charge a fee", "charged motorists a toll", "charges $5": a verb of accusing
    that may levy (`Lexicon.levying`) whose object is a sum (`Lexicon.money`, or an amount of
    money) not told of before levies it; an accusation is made against a person or a group
    ("charged the mayor with fraud"), or of a sum told of ("condemned the new tax")."""
    return any(
        (lower_lemma(o) in lex.money or o.ent_type_ == "MONEY") and not definite_noun(o)
        for o in children(token, ("dobj",))
    )


def _forces_meet_forces(lex: Lexicon, token: Token, sense: tuple[Pattern, set[int]]) -> bool:
    """ "the troops will join the Polish forces already there": armed forces joining other
    forces the object names ("the", "Polish") go to stand with them, no cooperation of
    parties, which CAMEO's idiom of a bare noun has ("JOIN * FORCES", 060: "Kenya and
    Uganda joined forces", "rebels joined forces with militants"), nor a threat; soldiers
    held are no forces joined ("handed over the captured soldiers": a release)."""
    subj = subject_of(lex, token)
    return (
        sense[0].type is not None
        and QUAD_CLASS[sense[0].type] in COOPERATIVE
        and subj is not None
        and names_force(lex, subj)
        and any(
            lower_lemma(o) in lex.forces and o.n_lefts > 0 and not held_person(o)
            for o in objects_of(token)
            if o.i in sense[1]
        )
    )


def _done_to_people(lex: Lexicon, lemma: str, etype: EventType) -> bool:
    """Whether CAMEO reads a verb in the lexicon's type only of the persons its patterns name
    ("RECALL AMBASSADOR", "HANG CIVILIAN"): an envoy recalled, not a product."""
    patterns = [p for p in lex.cameo.get(lemma, ()) if p.type is etype]
    return bool(patterns) and all(
        p.words and all(is_person_noun(w) for e in p.words for w, _ in e) for p in patterns
    )


def _thing(noun: Token) -> bool:
    """Whether an object is a common noun naming no one: no person, group, agent or named
    party ("products", "50,000 vehicles"; not "its envoy", "the mission", "Canada", "Baloch",
    "him")."""
    return (
        noun.pos_ == "NOUN"
        and noun.ent_type_ not in ("PERSON", "NORP", "ORG", "GPE")
        and not human(noun)
        and not is_group_noun(lower_lemma(noun))
        and not agent_codes(noun)
    )


def _sum_of_no_one(lex: Lexicon, noun: Token) -> bool:
    """ "wages", "pensions", "fuel prices": a sum (`Lexicon.money`) of no party named, by a
    possessor, an "of", a people's or place's adjective or a "to" it goes to, is what a
    measure of the economy holds still; a sanction is done to a party ("froze Iran's funds",
    "the funds of the general", "Iranian funds", "suspended loans to Kenya")."""
    return (
        lower_lemma(noun) in lex.money
        and not owners(noun)
        and not any(c.ent_type_ in ("NORP", "GPE") for c in children(noun, ("amod", "compound")))
        and not prep_objects(noun, ("to",))
        and not prep_objects(noun.head, ("to",))
    )


def _on_sum(lex: Lexicon, measure: Token) -> bool:
    """ "the pay freeze", "the cap on pensions", "price controls": a measure on a sum of no
    party (`_sum_of_no_one`), named by its compound or its "on" (or its verb's, where the
    parse hangs it there), holds the economy, no party; one on a party's sum is on the party
    ("the freeze on Iranian assets")."""
    on = [*prep_objects(measure, ("on",)), *prep_objects(measure.head, ("on",))]
    sums = [*children(measure, ("compound",)), *on]
    return any(_sum_of_no_one(lex, s) for s in sums)


def _told(noun: Token) -> bool:
    """Whether a noun's content is told in a "that" clause ("a position that ..."): a
    conjunction "that" (tagged IN), not a relative pronoun (WDT), whatever its label."""
    return noun.pos_ == "NOUN" and any(
        m.lower_ == "that" and m.tag_ == "IN" for c in children(noun, ("acl",)) for m in c.children
    )


def _committed_one(token: Token) -> bool:
    """ "delegates pledged to Sanders", "troops committed to the mission": a participle of
    commitment describing a noun (the tagger may read it a past tense) tells who is
    committed, a state, no pledge; one with its agent reports ("aid pledged by Japan")."""
    return (
        token.dep_ == "acl"
        and token.tag_ in ("VBN", "VBD")
        and token.head.pos_ in NOMINAL
        and not children(token, ("nsubj", "agent"))
        and not line_head(token.head)
    )


def _holds_alleged(lex: Lexicon, token: Token) -> bool:
    """ "The director has alleged ties to the militia": a perfect of accusing whose participle
    is an unreal modifier and whose object, a bare plural, reaches another party by "to" or
    "with" is the parse's reading of "has (alleged ties)": the subject holds what is alleged
    of it, by no one told; one does not allege one's own ties ("alleged links between them",
    "have alleged the army's ties to the cartel" report an accuser)."""
    return (
        token.tag_ == "VBN"
        and token.lower_ in lex.unreal
        and lex.verbs.get(lower_lemma(token), (None,))[0] is EventType.ACCUSE
        and any(lower_lemma(a) == "have" for a in children(token, ("aux",)))
        and any(
            o.tag_ == "NNS" and not children(o, ("det", "poss")) and prep_objects(o, ("to", "with"))
            for o in children(token, ("dobj",))
        )
    )


def _sent_for_relief(lex: Lexicon, token: Token, lemma: str) -> Token | None:
    """ "sent two navy ships to support the relief effort in Haiti", "deployed helicopters to
    assist flood relief": forces or goods sent (a verb CAMEO's patterns read as sending aid,
    072-074) so as to further an aid effort (its purpose's object, or a word compounded with
    it, names aid: "relief", "rescue") are humanitarian aid (073), done as the sending is told,
    not a support ahead; the purpose clause, whose place is the aid's, is returned."""
    if not objects_of(token) or not any(p.type is EventType.AID for p in lex.cameo.get(lemma, ())):
        return None
    for purpose in children(token, ("advcl", "xcomp")):
        if not any(a.tag_ == "TO" for a in purpose.children):
            continue
        own = lex.verbs.get(lower_lemma(purpose))
        if own is not None and QUAD_CLASS[own[0]] not in COOPERATIVE:
            continue  # "sent troops to seize the relief convoy": no aid
        aided = [w for o in objects_of(purpose) for w in [o, *children(o, ("compound",))]]
        senses = [lex.nouns.get(lower_lemma(w)) or lex.verbs.get(lower_lemma(w)) for w in aided]
        if any(s is not None and s[0] is EventType.AID for s in senses):
            return purpose
    return None


def to_clause(noun: Token) -> Token | None:
    """The infinitive clause of a noun ("willingness to cooperate", "a call for Iran to free
    them"), if any."""
    for c in children(noun, ("acl", "relcl", "advcl")):
        if c.pos_ == "VERB" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children):
            return c
    return None


def _planned(lex: Lexicon, noun: Token, clause: Token) -> Trigger | None:
    """ "announced plans to sue Uganda": what a plan made known names is the news, the act
    its clause tells, ahead as "plans to sue" is (`planned`), with its own target; a plan of
    no act the lexicon knows is none (CAMEO's ANNOUNCE * PLAN, 030, tells only that a plan
    exists, no accord with anyone)."""
    inner = _through_transparent(lex, clause, classify(lex, clause))
    if inner is None or noun.dep_ != "dobj":
        return None  # "Kenya's plan to sue was announced": its maker, the possessor, unread
    text = f"{noun.head.text} ... {clause.text}"
    return Trigger(
        noun.head, inner.type, inner.mode, 0.6, complement=clause, text=text, planned=True
    )


def _fell(verb: Token) -> bool:
    """ "has declined since 1933", "declined by 5 percent": a "decline" with nothing declined,
    told since a time or by an amount, is a fall, as CAMEO's DECLINE discards a price's or
    stocks'; "asked to resign, he declined" is a refusal."""
    if children(verb, ("dobj", "xcomp", "ccomp")):
        return False
    amounts = {"CARDINAL", "PERCENT", "QUANTITY", "MONEY"}
    return any(c.lower_ == "since" for c in children(verb, ("prep",))) or any(
        o.ent_type_ in amounts for o in prep_objects(verb, ("by",))
    )


def _harms_subject(patterns: Iterable[Pattern]) -> bool:
    """Whether CAMEO reads a verb as an attack on its subject in one of its patterns ("DIE
    (IN RAID)", the dead the target)."""
    return any(p.type is EventType.ASSAULT and p.reverse for p in patterns)


def classify(lex: Lexicon, token: Token) -> Trigger | None:
    """The trigger a token is, if any (no roles yet).

    A verb is read in the sense of its most specific CAMEO pattern ("released a statement"
    is no CONCEDE), unless an event noun the pattern does not cover names the act ("took part
    in the talks"); then come frames, phrasal and partnered verbs, the verb's own code, and
    event nouns under light verbs.
    """
    lemma = lower_lemma(token)
    if token.pos_ == "ADJ" and lemma in lex.commit_frames:
        comp = complement(token)
        return _frame(lex, token, None, comp) if comp is not None else None
    # "accused of beating and killing protesters": a conjunct of the same form, with no
    # subject of its own, modifies as its first conjunct does; not after a gerund a light
    # verb brings, nor after one "including" lists ("including giving a speech and meeting
    # the Pope"): the acts the sentence reports.
    first = token
    while first.dep_ == "conj" and first.head.tag_ == token.tag_:
        if children(first, ("nsubj", "nsubjpass")):
            break
        first = first.head
    listed = first is not token and listing_verb(first) is not None
    reported = listed or light_gerund(lex, first) is not None or _news_follows(first)
    deed = not reported and deed_before(first) is not None
    if not _verbal(token) or (first.dep_ in _MODIFIER_DEPS and not (reported or deed)):
        return None
    if alleged_aside(lex, first):
        return None  # "accused him of shelling the town, killing ten": the charge goes on
    if lemma in lex.commit_frames and _committed_one(token):
        return None
    if _holds_alleged(lex, token):
        return None
    lemma = next((w for w in lemmas(token) if w in lex.known), lemma)
    # "recaptured the town", "reimposed the curfew": doing it again, where the verb's own
    # senses read nothing, is doing it ("captured the town"), by the first such verb that reads.
    for verb in (lemma, *lex.again.get(lemma, ())):
        if (found := _read_verb(lex, token, verb)) is not None:
            if deed and found.type not in HOSTILE_ACTS:
                return None
            return _own_defence(lex, _doer_opposed(lex, found))
    return None


def _doer_opposed(lex: Lexicon, trig: Trigger) -> Trigger:
    """ "opposes US sanctions", "would oppose Israel's annexation": CAMEO reads opposing a
    hostile act as defending in words whom it is aimed at (052, "opposes sanctions against
    Iran"); where the act's doer is named, the stance is against that doer, the verb's own
    reading (REJECT: "opposes US sanctions on Chinese officials"), no support of it."""
    if not defends_in_words(lex, trig) or not any(map(_doer_named, objects_of(trig.token))):
        return trig
    etype, mode = lex.verbs[lower_lemma(trig.token)]
    return replace(trig, type=etype, mode=mode)


def _own_defence(lex: Lexicon, trig: Trigger) -> Trigger:
    """ "defended itself against the accusations", "is defending its policy against
    criticism": CAMEO reads a defence against criticism as defending in words (052, DEFEND *
    (AGAINST CRITICISM)), support of whom is defended; defending oneself or one's own deed
    supports no one but rejects the criticism, as CAMEO's denials of an accusation do (016,
    REJECT)."""
    if trig.type is not EventType.SUPPORT or trig.nominal or not doers_own(lex, trig.token):
        return trig
    heads = [trig.token, *objects_of(trig.token)]
    against = [a for h in heads for a in prep_objects(h, ("against",))]
    # The lexicon's nouns of disapproval, as CAMEO's patterns name them: no inquiry or suit.
    if not any(lex.nouns.get(lower_lemma(a)) == (EventType.ACCUSE, None) for a in against):
        return trig
    etype, mode = lex.verbs["deny"]
    return replace(trig, type=etype, mode=mode)


def doers_own(lex: Lexicon, verb: Token) -> bool:
    """Whether every object of a verb is its subject's own: the subject itself ("defended
    itself"), or a thing owned by a possessive pronoun of the subject's number, no person
    ("defended his record"; "defended his minister" may be another's; "Kenya backed their
    proposal" is another's). The subject a conjoined verb shares is its own ("refused to
    resign and defended his record")."""
    subject = subject_of(lex, verb)
    if subject is None or subject.conjuncts:
        return False
    number = "Plur" if subject.tag_ in ("NNS", "NNPS") else "Sing"
    objects = [o for c in children(verb, ("dobj",)) for o in [c, *c.conjuncts]]
    return bool(objects) and all(
        (o.tag_ == "PRP" and "Yes" in o.morph.get("Reflex", []))
        or (
            any(
                c.dep_ == "poss" and c.tag_ == "PRP$" and number in c.morph.get("Number", [])
                for c in o.children
            )
            and not human(o)
            and not is_office_word(o.text)
        )
        for o in objects
    )


def defends_in_words(lex: Lexicon, trig: Trigger) -> bool:
    """ "opposes sanctions against Iran", "will oppose any expulsion of Russian diplomats",
    "denounced the sanctions on Belarus": support a verb of opposition or disapproval reads
    by its CAMEO pattern (052, defend verbally) is a stance voiced, which one holds as one
    says it, no cooperation one can pledge ahead."""
    own = lex.verbs.get(lower_lemma(trig.token))
    opposing = own is not None and own[0] in (EventType.REJECT, EventType.ACCUSE)
    return trig.type is EventType.SUPPORT and opposing


def _doer_named(act: Token) -> bool:
    """Whether an act's noun names its doer: before it, a state's or a body's name, or its
    owner ("US sanctions", "Chinese sanctions", "Israel's annexation"), or after it, its "by"
    ("the kidnapping of two workers by Abu Sayyaf")."""
    return bool(prep_objects(act, ("by",))) or any(
        c.dep_ == "poss" or c.ent_type_ in ("GPE", "NORP", "ORG")
        for c in children(act, ("poss", "compound", "amod"))
    )


def _read_verb(lex: Lexicon, token: Token, lemma: str) -> Trigger | None:
    """The trigger a verb is as `lemma` (`classify`, past the checks of its clause)."""
    if lemma in ASCRIBING and lemma not in lex.verbs:
        # "attributed the bombing to the rebels": an attack ascribed to someone blames them
        # for it, as "blamed the bombing on the rebels" does (CAMEO 112).
        for harm in objects_of(token):
            if lower_lemma(harm) in lex.attacks:
                blamed = lex.verbs["blame"]
                return Trigger(token, *blamed, 0.8, text=f"{token.text} {harm.text}")
    if (rammed := _vehicle_attack(lex, token)) is not None:
        return rammed
    if (blow := _hyphened_blow(lex, token, lemma)) is not None:
        return blow
    if lemma in lex.criticising and _in_words(lex, token):
        return Trigger(
            token, EventType.ACCUSE, "disapprove", 0.7, text=token.text, needs_partner=True
        )
    if lemma not in lex.trigger_verbs:
        # Most verbs: no table below reads them, only what they tell of talks.
        return _talks_failed(lex, token)
    if lemma == "decline" and _fell(token):
        return None  # "the party has declined since 1933": it shrank, refused nothing
    if lemma == "strike" and stops_work(lex, token):
        return Trigger(token, *STOPPAGE, 0.8, text=token.text)
    if lemma == "appeal" and (law := appeal_in_law(token)) is not EventType.REQUEST:
        return None if law is None else Trigger(token, law, DECLINED_TO_YIELD, 0.8, text=token.text)
    if lex.verbs.get(lemma, (None,))[0] is EventType.CONCEDE and _for_office(token):
        return None  # "resigned to become Secretary of State": a post left for another
    if lemma in lex.levying and _levies(lex, token):
        return None  # "charged a fee": a sum levied, no one accused
    if (relief := _sent_for_relief(lex, token, lemma)) is not None:
        text = f"{token.text} ... {relief.text}"
        return Trigger(token, EventType.AID, "humanitarian", 0.8, complement=relief, text=text)
    objs = objects_of(token)
    # "received a mission of observers": who a group is made of is what is acted on first;
    # "held them hostage": what a small clause predicates of the object, as CAMEO reads it.
    pred = predicate_noun(token)
    for obj in [m for o in objs for m in [*prep_objects(o, ("of",)), o]] + ([pred] if pred else []):
        key = f"{lemma} {lower_lemma(obj)}"
        if key in lex.verb_object:
            etype, mode = lex.verb_object[key]
            if etype is None:
                return None
            aimed = key in lex.repression
            return Trigger(token, etype, mode, 0.85, text=f"{token.text} {obj.text}", aimed=aimed)
    if lex.verbs.get(lemma, (None,))[0] is EventType.AGREE:
        # "agreed to the demands", "accepted the request": granting what is asked accedes
        # to it (CAMEO 083, PLOVER's CONCEDE), it is no pledge; a verb that pledges what its
        # infinitive says pledges a concession its object names (`_yield_named`), one that
        # accepts it does not ("accepted a truce brokered by Algeria").
        pledges = lemma in lex.commit_frames or lex.fixed_frames.get(lemma) is EventType.AGREE
        for obj in [*objs, *prep_objects(token, ("to",))]:
            if lex.nouns.get(lower_lemma(obj), (None,))[0] is EventType.REQUEST:
                return Trigger(token, EventType.CONCEDE, None, 0.8, text=f"{token.text} {obj.text}")
            if pledges and (yielded := _yield_named(lex, obj)) is not None:
                text = f"{token.text} {yielded[2].text}"
                return Trigger(token, EventType.CONCEDE, _yield_mode(*yielded[:2]), 0.75, text=text)
    if lemma in lex.light_verbs:
        # "expressed willingness to cooperate", "announced their intention to disarm": a
        # commitment, to what the noun's clause says.
        for obj in objs:
            clause = to_clause(obj) if lower_lemma(obj) in lex.commit_nouns else None
            if clause is not None:
                text = f"{token.text} ... {clause.text}"
                # A commitment to an act the lexicon does not know is still one (CAMEO 030).
                bare = Trigger(token, EventType.AGREE, None, 0.6, complement=clause, text=text)
                return _frame(lex, token, None, clause) or bare
            if lemma_in(obj, lex.intent) and (clause := to_clause(obj)) is not None:
                return _planned(lex, obj, clause)
    if (failed := _talks_failed(lex, token)) is not None:
        return failed
    if _hosts_guest(lex, token, lemma):
        return Trigger(token, EventType.CONSULT, "visit", 0.8, text=token.text)
    if bare_claim(token):
        return Trigger(token, EventType.ASSAULT, None, 0.6, text=f"{token.text} responsibility")
    if (seized := _ground_seized(lex, token, lemma)) is not None:
        return seized
    patterns, text = cameo_verb(lex, token, lemma)
    if (senses := _on_act_senses(lex, token, lemma)) is not None:
        if _order_kept(lex, token):
            return None
        if (ended := _ends_act(lex, token, senses)) is not None:
            return ended
    named = _noun_event(lex, token, lemma)
    other_sense = _other_sense(lex, token, lemma)
    sense = sense_of(lex, patterns, token) if patterns and not other_sense else None
    if sense is not None and all(lower_lemma(token.doc[i]) in GENERIC_HEADS for i in sense[1]):
        sense = None  # "launched a campaign": a generic head alone names no act
    if named is not None and named.noun is not None and lemma == _CLAIM.split()[0]:
        sense = None  # "claimed the bombing" (015: no act itself): the claimant's bombing
    if sense is not None and any(for_press_meeting(lex, token.doc[i]) for i in sense[1]):
        sense = None  # "announced a press conference": no one is met
    if sense is not None and _forces_meet_forces(lex, token, sense):
        return None
    if sense is not None and _controls_no_ground(lex, token, sense):
        return None
    if sense is not None and sense[0].mode == _RELEASE and _into_custody(token):
        return None
    if sense is not None and sense[0].mode == _RELEASE and _rescued(lex, token):
        return Trigger(token, EventType.AID, _RESCUE, 0.8, text=token.text)
    if (
        sense is not None
        and sense[0].type is EventType.REQUEST
        and any(
            lower_lemma(token.doc[i]) == "appeal"
            and appeal_in_law(token.doc[i]) is not EventType.REQUEST
            for i in sense[1]
        )
    ):
        sense = None  # "filed an appeal against the ruling": the noun's legal reading
    if sense is None and lemma in lex.naming and (fault := _named_at_fault(lex, token)):
        text = f"{token.text} ... {fault.text}"
        return Trigger(token, EventType.ACCUSE, "disapprove", 0.7, text=text, needs_partner=True)
    if sense is not None and lemma not in lex.verbs and any(_told(token.doc[i]) for i in sense[1]):
        # "maintains a position that only Cyprus has the right": a stance whose content is
        # told is a view held, no refusal (CAMEO's "maintain position" is holding out).
        return None
    # A verb of the lexicon ("bomb blasts killed") needs no sense from its subject, unless a
    # projectile makes it an act of another type: "slam" is criticism, by a projectile an
    # attack (CAMEO's "ROCKET * SLAM", and its "&WEAPON *" where a munition: "a shell slammed
    # into the base"; not a craft, "a jet slammed into a hillside" crashed).
    if sense is not None and lemma in lex.verbs and sense[0].by_subject:
        alone = all(len(element) == 1 for element in sense[0].subject)
        projectile = alone or any(munition(lex, token.doc[i]) for i in sense[1])
        if sense[0].type is lex.verbs[lemma][0] or not projectile:
            sense = None
    if sense is not None and any(light_prep(lex, p) for p in children(token, ("prep",))):
        # "took part in the ceremony", "in attacking": the act is what the preposition brings,
        # if any, not CAMEO's bare "take part" (030).
        sense = None
    # A verb only the dictionary knows is read where the sentence reports, not in the
    # clauses that describe or give a purpose ("a plan to sell arms", "talks to resolve");
    # a clause the news follows from reports too ("came a day after Chad swapped prisoners").
    if (
        lemma not in lex.verbs
        and named is None
        and token.dep_ in BACKGROUND
        and not headline(token)
        and not _news_follows(token)
        and not (token.dep_ == "acl" and lower_lemma(token.head) in lex.commit_nouns)
        and light_gerund(lex, token) is None
    ):
        sense = None
    # "launched a mediation effort": a modifier that names the act says more than the
    # verb's pattern for the generic head ("launch effort" is REQUEST in CAMEO).
    generic = (
        named is not None and named.noun is not None and lower_lemma(named.noun) in GENERIC_HEADS
    )
    # "gave up their weapons": a pattern reading the verb's particle ("GIVE * UP", a
    # concession) makes another verb, which no longer brings its object's act as the bare light
    # verb does ("gave weapons": aid); a light particle verb still does ("carried out raids").
    particle_verb = sense is not None and any(
        c.i in sense[1] and f"{lemma} {c.lower_}" not in lex.light_verbs
        for c in children(token, ("prt",))
    )
    if (
        sense is not None
        and not generic
        and (named is None or named.noun is None or named.noun.i in sense[1] or particle_verb)
    ):
        pattern = sense[0]
        if pattern.type is None or _war_foreseen(lex, token, pattern, sense[1]):
            return None
        etype = pattern.type
        if pattern.mode == _REPRESSION and lemma in lex.verbs:
            # CAMEO's "violent repression" names whom the act is done to (protesters,
            # journalists), not the act: arresting them is still an arrest.
            etype = lex.verbs[lemma][0]
        mode = pattern.mode
        if (etype, mode) == (EventType.COERCE, "arrest") and lex.verbs.get(lemma) == _CHARGED:
            # "indicted on charges of assault": CAMEO's 173 holds legal action with arrest; a
            # verb the lexicon reads as a legal charge is still one, however worded.
            etype, mode = _CHARGED
        if (
            mode is None
            and etype is EventType.CONCEDE
            and named is not None
            and named.type is etype
        ):
            # "granted him a pardon" (CAMEO 081, no mode): the conceded noun tells what is
            # given way on, a release.
            mode = named.mode
        trig = _typed(lex, token, etype, mode, 0.85, text if named is None else named.text)
        # CAMEO codes some gifts under the verb of receiving unmarked ("receive military
        # aid" [072]): what the subject receives is given by the other party.
        given = etype in (EventType.AID, EventType.SUPPORT) and lemma in lex.receiving
        # "two demonstrators died in clashes with police": a verb CAMEO reads as an attack on
        # its subject in some patterns ("DIE (IN RAID)") tells the subject harmed in all of
        # its attacks, the dead no side that did the harm ("DIE (IN CLASH)").
        suffered = etype is EventType.ASSAULT and _harms_subject(patterns or ())
        trig.reverse = pattern.reverse or given or suffered
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
            and QUAD_CLASS[etype] in VERBAL
            and any(o.i in sense[1] for o in objects_of(token))
        )
        return trig
    if lemma in lex.firing and (fired := _fired_at(lex, token, lemma)) is not None:
        return fired
    protest = next((p for p in patterns or () if p.type is EventType.PROTEST), None)
    # "the protester died": a verb CAMEO reads as an attack on its subject ("DIE (IN RAID)",
    # the dead its target) tells what the protesters suffered, no protest of theirs.
    if (
        protest is not None
        and not _harms_subject(patterns or ())
        and token.dep_ not in BACKGROUND
        and _by_dissenters(lex, token)
        and sense_of(lex, patterns or (), token) is None
        and not _asks_party(lex, token, lemma)
    ):
        # "protesters blocked the border", "demonstrators occupied the ministry": a verb with
        # a sense of protest in CAMEO (its patterns read "seize" so with a protester for
        # subject), done by protesters to what no pattern names, is their protest.
        return Trigger(token, EventType.PROTEST, protest.mode, 0.8, text=token.text)
    if (senses := _on_act_senses(lex, token, lemma)) is not None:
        if not objects_of(token) and complement(token) is None and not _prep_verb(lex, lemma):
            return None  # "the government shut down": CAMEO codes none of these verbs alone
        if (done := _done_to_act(lex, token, senses)) is not None:
            return done
    comp = complement(token) or _clause_after_party(lex, token, lemma)
    if comp is not None and (_past_act(lex, token, comp) or _use_of_thing(lex, comp)):
        comp = None
    if comp is not None and (lemma in lex.fixed_frames or lemma in lex.commit_frames):
        if _declines_comment(lex, lemma, comp):
            return None
        if lex.fixed_frames.get(lemma) is EventType.AGREE and _how_things_are(comp):
            return None  # "agreed that the plan was flawed": a view shared, no accord
        framed = _frame(lex, token, lex.fixed_frames.get(lemma), comp)
        if framed is not None and framed.type is EventType.REQUEST:
            # "demanded that the company reinstate them": the one asked is the clause's doer.
            asked = _mandative(comp) or _bare_past(lex, token, comp)
            framed.clause_target = asked and bool(children(comp, ("nsubj",)))
        return framed
    if lemma in lex.appeals and (appeal := _appeal(lex, token, comp)) is not None:
        return appeal
    if lemma in lex.urging and (bidden := _bidden(token, comp)) is not None:
        if lemma in lex.said_orders and classify(lex, bidden) is None:
            return None  # "told citizens to stay home": advice said, no act bidden
        return _frame(lex, token, EventType.REQUEST, bidden)
    if comp is not None and lemma in lex.readiness:
        # "prepared to resume shelling": readying force is MOBILIZE, whatever comes next.
        inner = _through_transparent(lex, comp, classify(lex, comp))
        if inner is not None and QUAD_CLASS[inner.type] == QuadClass.MATERIAL_CONFLICT:
            mode = inner.type.value.lower()
            text = f"{token.text} ... {comp.text}"
            return Trigger(token, EventType.MOBILIZE, mode, 0.7, complement=comp, text=text)
    particles = [c.lower_ for c in particles_of(token)]
    for prt in particles:
        key = f"{lemma} {prt}"
        if key in lex.phrasal:
            objs = objects_of(token)
            if objs and all(o.ent_type_ == "DATE" for o in objs):
                return None  # "cut two years off the term": a span of time taken, no act
            etype, mode = lex.phrasal[key]
            if mode == "property" and any(o.lower_ in _REFLEXIVES for o in objs):
                # "blew himself up": the doer is no property destroyed; the dictionary codes
                # an explosion set off so as a suicide bombing (EXPLODE, 183).
                etype, mode = EventType.ASSAULT, "suicide-attack"
            elif mode == "property" and objs and all(_arms_set_off(lex, o) for o in objs):
                # "blew up a car bomb", "blew up explosive belts": arms set off are no
                # property destroyed but a bombing (EXPLODE, 183), as "detonated" reads.
                etype, mode = EventType.ASSAULT, "explosives"
            return Trigger(token, etype, mode, 0.85, text=f"{token.text} {prt}")
    if lemma in lex.partnered:
        etype, mode = lex.partnered[lemma]
        if etype == EventType.RETREAT and (
            _discharged(lex, token) or _own_let_go(token) or _into_custody(token)
        ):
            return None
        if etype is EventType.RETREAT and _rescued(lex, token):
            return Trigger(token, EventType.AID, _RESCUE, 0.8, text=token.text)
        mode = _manner(lex, token) or mode
        # "freed the prisoners": CAMEO codes captives set free (RELEASE * &HOSTAGE, 0841)
        # with no one named they are released to.
        freed = etype is EventType.RETREAT and any(lower_lemma(o) in lex.captives for o in objs)
        return Trigger(token, etype, mode, 0.8, text=token.text, needs_partner=not freed)
    commits = lemma in lex.commit_frames and token.dep_ != "xcomp"
    if commits:
        # "vowed revenge", "promised retaliation": harm promised is a threat, before the
        # verb's own sense ("promise": AGREE). A verb whose CAMEO patterns read harm as its
        # object done ('commit attack', 'commit raid') does the harm it names instead
        # ("committed the murder").
        perpetrates = any(p.type is EventType.ASSAULT and p.words for p in lex.cameo.get(lemma, ()))
        for obj in objs:
            found = lookup_noun(lex, obj) if perpetrates else None
            if found is not None and found[0] is EventType.ASSAULT:
                etype, mode, harm = found
                return Trigger(token, etype, mode, 0.8, text=f"{token.text} {harm.text}", noun=harm)
            if lower_lemma(obj) in lex.threatened:
                mode = lex.threatened[lower_lemma(obj)]
                return Trigger(token, EventType.THREATEN, mode, 0.7, text=token.text)
    if named is not None and lemma in lex.on_people:
        return named  # "executed an attack": a verb of harm to people carries out an act named
    if lemma in lex.verbs and not other_sense:
        etype, mode = lex.verbs[lemma]
        if lemma in lex.protesting and _shows(lex, token):
            return None
        if etype is EventType.ACCUSE and mode == "legal" and _rushes(token):
            return None  # "charged at the officers", "charged into the town": a rush
        if etype == EventType.REQUEST and lemma in lex.intent and not _asked_of(token):
            return None  # "sought reelection", "seek the death penalty": asked of no one
        if lemma == "warn" and (
            _warns_of_danger(lex, token) or _warns_of_crowd(lex, token) or _warns_alone(token)
        ):
            return None  # "warned residents about the volcano": advice on a danger
        if etype == EventType.AGREE and (_assents(token) or _takes_thing(lex, token)):
            return None
        on = [c for p in children(token, ("prep",)) for c in children(p, ("pcomp", "pobj"))]
        if etype == EventType.AGREE and any(_how_things_are(c) for c in on):
            return None  # "do not agree on how inquiries work", as "agreed that ..." (a view)
        if lemma in lex.mobilising and mode == "military" and not _moves_forces(lex, token):
            return None
        if etype is EventType.SANCTION and lemma in lex.deporting and _deports(token):
            etype, mode = EventType.COERCE, "deport"
        if etype is EventType.RETREAT and (
            _steps_back_from_aim(lex, token) or _withdraws_text(lex, token)
        ):
            etype, mode = EventType.CONCEDE, None
        if etype is EventType.RETREAT and mode == "military" and _person_steps_aside(lex, token):
            return None
        if objs and all(_thing(o) for o in objs) and _done_to_people(lex, lemma, etype):
            return None  # "cars were recalled", "hung flags": CAMEO's sense is done to people
        if etype is EventType.SANCTION and objs and all(_sum_of_no_one(lex, o) for o in objs):
            return None  # "froze wages", "froze fuel prices": an economic measure, no sanction
        easing = lex.verbs[lemma][0] is EventType.CONCEDE  # not "withdrew the land bill"
        if easing and objs and all(_on_sum(lex, o) for o in objs):
            return None  # "lifted the pay freeze": such a measure eased, no concession
        for found in filter(None, (lookup_noun(lex, o) for o in objs)):
            etype, mode = eased(found[:2], (etype, mode))
        people = lex.of_people.get(lemma, (etype, mode))
        if people[0] is not etype and any(
            human(o) or o.ent_type_ == "PERSON" for o in objects_of(token)
        ):
            # "Ogolla was dismissed from the cabinet": a person acted on takes the verb's
            # sense of a leader (CAMEO's DISMISS &LEADER), not its sense of a claim; another
            # type only, CAMEO's harm to a leader (185) being an assassination.
            etype, mode = people
        return _typed(lex, token, etype, mode, 0.85, token.text)
    if named is not None:
        return named
    if (death := _died_in_attack(lex, token, lemma)) is not None:
        return death
    if lemma in lex.departing and _left_harmed(lex, token):
        return Trigger(token, EventType.ASSAULT, None, 0.75, text=token.text)
    if lemma in lex.assembling and not objs and token.dep_ not in BACKGROUND:
        # "NATO defence ministers gathered in Brussels": coming together with no object is a
        # meeting (CAMEO's ASSEMBLE block, 040), coded where whom one met is told.
        return Trigger(token, EventType.CONSULT, "meeting", 0.75, text=token.text)
    if lemma in lex.departing and _forces_leave(lex, token):
        return Trigger(token, EventType.RETREAT, "military", 0.8, text=token.text)
    if lemma in lex.disbanding and _forces_disband(lex, token):
        return Trigger(token, EventType.RETREAT, "disarm", 0.75, text=token.text)
    if lemma in lex.striking and _struck_by_arms(lex, token):
        etype, mode = lex.striking[lemma]
        return _typed(lex, token, etype, mode, 0.8, token.text)
    if commits:
        # "promised military aid", "pledged support": a commitment with a noun object.
        for obj in objs:
            found = lookup_noun(lex, obj)
            if found is not None:
                return promise(token, found[0], found[1], 0.7)
    # "offered flights to Havana", "offered the relic to the church": a thing given or sold
    # that neither CAMEO's patterns (talks, aid, mediation...) nor the lexicon name as an act
    # commits to no political act.
    if lemma in lex.bare_commit and token.dep_ != "xcomp" and not objs:
        return Trigger(token, EventType.AGREE, None, 0.6, text=token.text)
    return None


def _hosts_guest(lex: Lexicon, token: Token, lemma: str) -> bool:
    """ "received Pham Minh Chinh", "welcomed Albanese to Jakarta": a verb CAMEO reads as
    hosting a guest it names ("RECEIVE * MINISTERS", "WELCOME * COUNTERPARTS", 043) hosts
    any person named, counterpart or delegation, no praise; an office holder where CAMEO's
    guests of the verb are office holders, or else where told visiting or brought where its
    bare preposition says ("WELCOME (TO)": "welcomed the visiting premier"; "welcomed the
    new president" is support). A thing welcomed ("welcomed the move") or people who are no
    one's envoys ("welcomed refugees to Germany") are no guests."""
    guests = lex.hosting.get(lemma, frozenset())
    if not any(_guest_word(w) for w in guests):
        return False
    by_office = any(is_office_word(w) or is_envoy_word(w) for w in guests)
    at = lex.hosted_at.get(lemma, frozenset())
    brought = any(children(p, ("pobj",)) for p in children(token, ("prep",)) if p.lower_ in at)
    for noun in objects_of(token):
        word = lower_lemma(noun)
        if noun.ent_type_ == "PERSON" or word in _GUEST_NOUNS:
            return True
        if _guest_word(word) and (by_office or brought or _visiting(noun)):
            return True
    return False


def _visiting(noun: Token) -> bool:
    """ "the visiting Thai premier": a noun told as one on a visit."""
    return any(c.lower_ == "visiting" for c in noun.lefts)


def _guest_word(word: str) -> bool:
    """Whether a noun names one who may be a state's guest: an office holder, an envoy or a
    delegation ("the premier", "his counterpart"); not a delegate, who may be one a candidate
    wins ("received the other delegate in Iowa")."""
    office = is_office_word(word) and word != "delegate"
    return office or is_envoy_word(word) or word in _GUEST_NOUNS


# A state's guests by their tie to the host: its own counterpart, a body sent to it.
_GUEST_NOUNS = frozenset({"counterpart", "delegation"})


def _named_at_fault(lex: Lexicon, token: Token) -> Token | None:
    """ "called Iran's offer a sham", "described the vote as a fraud", "branded them
    traitors": what a verb of naming names its object, where that is a fault
    (`Lexicon.censure`): its object predicate, an "as" on it or on its object, or its second
    object."""
    objs = children(token, ("dobj",))
    named = [
        *children(token, ("oprd",)),
        *(o for t in [token, *objs] for o in prep_objects(t, ("as",))),
        *objs[1:],
    ]
    return next(
        (w for n in named for w in [n, *n.conjuncts] if lower_lemma(w) in lex.censure), None
    )


def _forces_leave(lex: Lexicon, token: Token) -> bool:
    """ "US troops left Iraq", "announced the soldiers would be leaving Syria": armed forces
    leaving a place a name tells withdraw from it (`Lexicon.departing`); not "left for Kabul",
    a trip with no place left, nor "left the barracks", "left two dead"."""
    subj = subject_of(lex, token)
    objs = objects_of(token)
    return (
        subj is not None
        and lower_lemma(subj) in lex.forces
        and bool(objs)
        and all(o.ent_type_ in ("GPE", "LOC") for o in objs)
    )


def _forces_disband(lex: Lexicon, token: Token) -> bool:
    """ "the militia disbanded", "the rebels dissolved themselves": armed forces a verb of
    demobilising tells with no other object (`Lexicon.disbanding`) demobilise themselves; not
    "was dissolved" nor "the units disbanded by decree" (done by another, read by its
    patterns), nor "the talks dissolved"."""
    subj = subject_of(lex, token)
    return (
        subj is not None
        and token.dep_ != "acl"
        and not children(token, ("nsubjpass", "auxpass"))
        and all(o.lower_ in _REFLEXIVES for o in objects_of(token))
        and names_force(lex, subj)
    )


def _steps_back_from_aim(lex: Lexicon, token: Token) -> bool:
    """ "retreated from its goal of ousting the president", "withdrew from fielding her as
    candidate": a retreat from an aim, a plan or a demand (a common noun of
    `Lexicon.contents`), or from doing something, by no armed force and with nothing withdrawn
    named, leaves no place, party or force (from a hostile act, "withdrew from fighting", it
    steps back); it is the verb of CAMEO's block of retreating read
    alone, a yielding (080, CONCEDE). CAMEO's own patterns read those from a treaty or a
    coalition (161) and from a place ("FROM +", 0874); talks left are negotiations halted, no
    yielding."""
    froms = [
        o
        for word, p in prepositions(token)
        if word == "from"
        for o in children(p, ("pobj", "pcomp"))
    ]
    subject = subject_of(lex, token)
    return (
        bool(froms)
        and not objects_of(token)
        and (subject is None or lower_lemma(subject) not in lex.forces)
        and all(
            (o.dep_ == "pcomp" and lex.verbs.get(lower_lemma(o), (None,))[0] not in HOSTILE_ACTS)
            or (o.pos_ == "NOUN" and lower_lemma(o) in lex.contents - lex.visits)
            for o in froms
        )
    )


def _withdraws_text(lex: Lexicon, token: Token) -> bool:
    """ "withdrew the finance bill": texts withdrawn (`only_texts`) by no armed force."""
    subject = subject_of(lex, token)
    return only_texts(lex, objects_of(token)) and (
        subject is None or lower_lemma(subject) not in lex.forces
    )


def _person_steps_aside(lex: Lexicon, token: Token) -> bool:
    """ "the senator withdrew her name", "the party withdrew its nominee from the poll",
    "sought the nomination but withdrew": a person who withdraws a thing or from one, or who
    withdraws a person, with no armed force and no place or post named, leaves no position
    held by arms. PLOVER's RETREAT is a military step back, and a candidate's is none (CAMEO
    codes WITHDRAW (FROM) RACE as no event); "Putin withdrew from Syria", "the party withdrew
    its fighters" still are, as is a leader's withdrawal with nothing named ("is eager to
    withdraw": his forces)."""
    subj = subject_of(lex, token)
    objs = objects_of(token)
    froms = prep_objects(token, ("from",))
    if not (objs or froms) and token.dep_ == "conj":
        # "sought the nomination but withdrew": what the verb it follows took up is left.
        froms = objects_of(token.head)
    person = (subj is not None and (subj.ent_type_ == "PERSON" or human(subj))) or any(
        o.ent_type_ == "PERSON" or human(o) for o in objs
    )
    # Places CAMEO's own retreats of the verb leave ("WITHDRAW (FROM) BORDER"), and strongholds.
    left = lex.strongholds | {
        h
        for p in lex.cameo.get(lower_lemma(token), ())
        if p.type is EventType.RETREAT
        for _, o in p.preps
        if o
        for h, _ in o
    }
    named = [*objs, *froms, *([subj] if subj is not None else [])]
    return (
        person
        and bool(objs or froms)
        and not any(
            names_force(lex, n) or n.ent_type_ in ("GPE", "LOC", "FAC") or lower_lemma(n) in left
            for n in named
        )
    )


# PLOVER's mode of people released (CAMEO 0841, RETREAT).
_RELEASE = "release"
# Phoenix's agents of a state's custody: its police and its courts.
_CUSTODIANS = frozenset({"COP", "JUD"})


def _into_custody(token: Token) -> bool:
    """ "handed over the captured prisoners to the police", "to the court": people held
    passed on into a state's custody are kept, no release (CAMEO's HAND_OVER * &SUSPECT, 063,
    is another state's; to the Red Cross or their own country they go free)."""
    return any(agent_codes(o, own=True) & _CUSTODIANS for o in prep_objects(token, ("to",)))


# PLOVER's AID for a rescue of hostages ("hostage rescues ... should be coded as AID").
_RESCUE = "humanitarian"
# Phoenix's agents of a state's armed forces and police, who hold no hostages of their own.
_RESCUERS = frozenset({"MIL", "COP"})
# PLOVER's own rescue: "freed 10 human trafficking victims".
_VICTIM = "victim"


def _rescued(lex: Lexicon, token: Token) -> bool:
    """ "troops freed five hostages kidnapped by al-Shabaab", "police freed ten victims of
    trafficking": people set free from others who held them are rescued, AID as PLOVER's
    manual codes hostage rescues, no release by those who held them (RETREAT). So are those
    held by another named ("held by the rebels", a participle of holding with its "by"), and
    hostages or victims (the lexicon's words of abduction, by noun or participle) freed by a
    state's forces or police, who hold none; "the army freed 20 prisoners" stays a release."""
    subj = subject_of(lex, token)
    doers = {subj.i} if subj is not None else set()
    forces = subj is not None and bool(agent_codes(subj, own=True) & _RESCUERS)
    for obj in with_counted(objects_of(token)):
        holds = [
            c
            for c in obj.children
            if c.dep_ in ("acl", "amod")
            and c.tag_ == "VBN"
            and lower_lemma(c) in lex.holding_people
        ]
        held_by = [
            a
            for c in holds
            for b in children(c, ("agent",))
            for a in children(b, ("pobj",))
            if a.i not in doers and _captor(a)
        ]
        abducted = lower_lemma(obj) in (lex.abduction_words | {_VICTIM}) or any(
            lower_lemma(c) in lex.abduction_words for c in holds
        )
        if held_by or (forces and abducted):
            return True
    return False


def _captor(holder: Token) -> bool:
    """Whether who holds people is another's and no state's: not a country, nor its
    government, forces, police or courts ("held by the rebels"; "held by the police" are the
    state's prisoners), nor the doer's own men ("kidnapped by their own fighters")."""
    state = agent_codes(holder, own=True) & (_RESCUERS | _STATE_HOLDERS)
    own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in holder.children)
    return holder.ent_type_ != "GPE" and not state and not own


# Phoenix's agents of a state besides its forces: its government and its courts.
_STATE_HOLDERS = frozenset({"GOV", "JUD"})


def _ground_seized(lex: Lexicon, token: Token, lemma: str) -> Trigger | None:
    """ "regained control of the town", "wrested control of the airport", "took over the city
    of Mosul", "troops took the town": ground taken, as CAMEO codes control seized (TAKE *
    CONTROL, 192: ASSAULT seize); not a body, a business or a thing ("regained control of the
    House", "took over the company", "took over as chairman"); nor ground taken by no one
    named ("so it does not take over towns": a drug)."""
    objs = with_counted(objects_of(token))
    over = [c for c in particles_of(token) if c.lower_ == "over"]
    if lemma in lex.control_verbs:
        held = [h for o in objs if lower_lemma(o) == "control" for h in prep_objects(o, ("of",))]
    elif lemma == "take" and (over or _forces_take(lex, token)):
        held = objs  # "took over the city", "troops took the town of Saraqeb"
    else:
        return None
    if not any(_ground(lex, h) for h in held):
        return None
    text = " ".join(t.text for t in [token, *over])
    return Trigger(token, EventType.ASSAULT, "seize", 0.8, text=text, needs_doer=True)


def _forces_take(lex: Lexicon, token: Token) -> bool:
    """ "troops took the town": armed forces as the subject of "take" (CAMEO's TAKE's
    "&MILITARY *", 192), read on ground alone ("the military took decisive action" is none)."""
    subj = subject_of(lex, token)
    return subj is not None and names_force(lex, subj)


def _controls_no_ground(lex: Lexicon, token: Token, sense: tuple[Pattern, set[int]]) -> bool:
    """ "took control of the Senate", "seized control of the blaze": CAMEO's control taken
    (TAKE * CONTROL, 192) is ground taken, as `_ground_seized` reads its other verbs (its own
    "CONTROL (OF {THE HOUSE})" is no event); control of a body won in a vote, or of a thing
    got in hand, is no seizure; control of a state's executive arm is (a coup: "took control of
    the government", "of the state television"). Control of nothing named is left to the
    context."""
    if sense[0].mode != "seize":
        return False
    # "take control of their personal use": the parse may hang the "of" on the verb.
    held = [
        h
        for i in sense[1]
        if lower_lemma(token.doc[i]) == "control"
        for h in prep_objects(token.doc[i], ("of",)) or prep_objects(token, ("of",))
    ]
    return bool(held) and not any(
        _ground(lex, h) or _unknown_name(h) or agent_codes(h, own=True) & _SEIZABLE_ARMS
        for h in held
    )


# Phoenix's agent codes of a state's arms taken in a coup: government, armed forces, police,
# state media (not its legislature, "LEG", whose control is won in a vote).
_SEIZABLE_ARMS = frozenset({"GOV", "MIL", "COP", "MED"})


def _unknown_name(noun: Token) -> bool:
    """A proper name the parse does not type as a body and that names no agent ("Timbuktu",
    which the small model leaves untyped or reads as a person): maybe a place, so ground;
    not "the Senate" (a legislature) or "Microsoft" (an organisation)."""
    named = noun.pos_ == "PROPN" or bool(noun.ent_type_)
    return named and noun.ent_type_ != "ORG" and not agent_codes(noun, own=True)


def _ground(lex: Lexicon, noun: Token) -> bool:
    """Whether a noun is ground a force may hold: a place named ("Kabul", "Bagram airbase"), a
    settlement, a division of a state or a stronghold ("the town", "the district centre"),
    or a share of one ("most of the city", "a third of the country"); by its head, not by a
    modifier ("the city council" is a body)."""
    parts = [noun, *prep_objects(noun, ("of",))]
    return any(p.ent_type_ in ("GPE", "LOC", "FAC") or lower_lemma(p) in lex.grounds for p in parts)


def _died_in_attack(lex: Lexicon, token: Token, lemma: str) -> Trigger | None:
    """ "Five soldiers died in the attack": CAMEO's DIE reads a death in an attack it names
    ("(IN BLAST)", "(IN RAID)", "(DURING SHELLING)") as that attack done to the dead (the
    subject, "[:190]"); so is a death, by the same prepositions, in any attack the lexicon
    names ("in the ambush", "in the bombing"); not in a mishap ("died in a fire")."""
    preps = {
        word
        for p in lex.cameo.get(lemma, ())
        if p.type is EventType.ASSAULT and p.reverse and not (p.subject or p.words)
        for word, obj in p.preps
        if obj
    }
    for obj in (
        o for p in children(token, ("prep",)) if p.lower_ in preps for o in children(p, ("pobj",))
    ):
        found = lookup_noun(lex, obj)
        if (
            found is not None
            and found[0] is EventType.ASSAULT
            and lower_lemma(obj) not in lex.mishaps
        ):
            text = f"{token.text} {found[2].text}"
            trig = Trigger(token, found[0], found[1], 0.8, text=text, noun=found[2])
            trig.reverse = True
            return trig
    # "died when their convoy struck a roadside bomb", "died after a shell hit the house": a
    # verb CAMEO reads as a death after an attack ("DIE (AFTER ASSAULT)") has a munition or
    # an attack named in the clause telling when the death came, with no mishap there ("when
    # the bomber crashed"), for that attack done to the dead, as the passive verbs of harm
    # read it (`unattributed_harm`).
    for clause in cause_clauses(lex, token) if "after" in preps else ():
        told = own_clause(clause)
        if any(lower_lemma(t) in lex.mishaps for t in told):
            continue
        for arms in (t for t in told if t.pos_ == "NOUN" and not leftover(t)):
            if munition(lex, arms) or lower_lemma(arms) in lex.attacks:
                found = lookup_noun(lex, arms)
                mode = found[1] if found is not None and found[0] is EventType.ASSAULT else None
                text = f"{token.text} {arms.text}"
                trig = Trigger(token, EventType.ASSAULT, mode, 0.8, text=text, noun=arms)
                trig.reverse = True
                return trig
    return None


# Modifiers of arms left from a past fight: their going off is a mishap, no attack.
_LEFTOVER = frozenset({"unexploded", "old", "leftover", "abandoned", "wartime", "dormant"})


# What a verbal attack is made on: people, bodies and parties by name, and a nation's people.
_ADDRESSEES = frozenset({"PERSON", "ORG", "NORP"})


def _left_harmed(lex: Lexicon, token: Token) -> bool:
    """ "bandits left three farmers dead", "the raid left two soldiers wounded": people left
    in a harmed state were harmed, as by a verb of harm (`Lexicon.harmed`); whether anyone
    did it the vetoes judge, as of "killed" ("the storm left three dead" is a mishap)."""
    objs = objects_of(token)
    # The parse may hang the state on the object ("left two Palestinians wounded").
    states = [
        *children(token, ("oprd", "acomp")),
        *(c for o in objs for c in children(o, ("acl",))),
    ]
    return bool(objs) and any(c.lower_ in lex.harmed for c in states)


def _in_words(lex: Lexicon, token: Token) -> bool:
    """ "blasted the administration", "assailed the report", "sniped at the minister": a
    verb of armed attack that WordNet reads as criticism too (`Lexicon.criticising`) attacks
    in words where someone attacks a person, a body or what is said, with nothing armed in
    its clause and no place hit ("artillery blasted the positions", "rockets blasted into
    the town" are no criticism)."""
    subject = subject_of(lex, token)
    if subject is None or not _unarmed_party(lex, subject):
        return False
    if any(p.lower_ in ("into", "onto", "through") for p in children(token, ("prep",))):
        return False
    if any(lower_lemma(t) in lex.attacks for t in own_clause(token) if t != token):
        return False
    objects = [*children(token, ("dobj",)), *prep_objects(token, ("at",))]
    return bool(objects) and all(
        _unarmed_party(lex, o) or (o.ent_type_ == "" and lemma_in(o, lex.contents | lex.documents))
        for o in objects
    )


def _unarmed_party(lex: Lexicon, noun: Token) -> bool:
    """A person, a body or a party, by name, office or kind, that names no armed force."""
    named = noun.ent_type_ in _ADDRESSEES
    kind = noun.ent_type_ == "" and (is_office_word(noun.text) or is_person_noun(noun.text))
    return (named or kind or bool(agent_codes(noun))) and not names_force(lex, noun)


# The word that tells a blast set off by one who died setting it off ("a suicide blast").
_SUICIDE = "suicide"
# ASSAULT modes of CAMEO 183 (bombings, suicide attacks) and the lexicon's "bombing": acts of
# arms political by their nature, whoever does them.
BOMBINGS = frozenset({"bombing", "explosives", "suicide-attack"})


def munition(lex: Lexicon, noun: Token) -> bool:
    """ "a landmine", "an artillery shell": a munition (`Lexicon.munitions`), qualified by no
    word but arms ("a gas canister", "a paint gun" are no weapons), nor left from a past
    fight."""
    return (
        noun.pos_ == "NOUN"
        and bool(set(attack_words(noun)) & lex.munitions)
        and all(set(attack_words(c)) & lex.arms for c in children(noun, ("compound",)))
        and not leftover(noun)
    )


def blast(lex: Lexicon, noun: Token) -> bool:
    """ "an explosion", "a bomb blast": what went off, an attack where it harms, as CAMEO's
    patterns of harm read it (`Lexicon.blasts`), qualified by no word but arms, attacks or a
    suicide ("a gas explosion", "a boiler blast" are mishaps), of nothing ("an explosion of
    anger"), and not set off by arms left from a past war."""
    return (
        noun.pos_ == "NOUN"
        and lower_lemma(noun) in lex.blasts
        and all(
            set(attack_words(c)) & (lex.arms | lex.attacks) or lower_lemma(c) == _SUICIDE
            for c in children(noun, ("compound",))
        )
        and not prep_objects(noun, ("of",))
        and not leftover(noun)
    )


def suicide_blast(lex: Lexicon, noun: Token) -> bool:
    """ "a suicide blast", "the suicide explosion": what went off, told set off by one who died
    setting it off, is a suicide bombing (CAMEO's 183), an attack whoever it struck or
    harmed; a blast told so by nothing else may be a mishap."""
    words = [lower_lemma(c) for c in children(noun, ("compound", "amod"))]
    return _SUICIDE in words and blast(lex, noun)


def leftover(arms: Token) -> bool:
    """ "an unexploded shell", "an old grenade", "a bomb from the Second World War": arms left
    from a past war, whose going off is a mishap, no attack."""
    left = any(lower_lemma(m) in _LEFTOVER for m in children(arms, ("amod", "compound")))
    return left or any(lower_lemma(t) == "war" for t in prep_objects(arms, ("from",)))


def cause_clauses(lex: Lexicon, token: Token) -> list[Token]:
    """The clauses telling when or after what a verb's harm happened: its own ("were hurt
    when the crane toppled"), or one the parser hangs on a time or a place the verb names
    ("were killed in the United States yesterday, when a bomber crashed")."""
    subj = subject_of(lex, token)
    victims = set() if subj is None else {t.i for t in subj.subtree}
    return [
        c
        for c in token.subtree
        if _causal(c)
        and (
            (c.dep_ == "advcl" and c.head == token)
            or (c.dep_ == "relcl" and c.head.i not in victims and verb_of(c.head) == token)
        )
    ]


def _causal(clause: Token) -> bool:
    """ "when the bus overturned", "after a gas tank exploded", "as the wall fell": a clause
    telling when or after what the harm happened, i.e. its cause."""
    return any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "after", "as")
        for c in clause.children
    )


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
        and (lower_lemma(comp) in lex.statements or _tells_answer(lex, comp))
        and lower_lemma(comp) not in lex.verbs
        and classify(lex, comp) is None
    )


def _tells_answer(lex: Lexicon, verb: Token) -> bool:
    """ "specify when the troops would leave", "disclose how many were killed": the verb's
    object or complement is an indirect question, what is so, no party nor act; or it is
    information (CAMEO's &INFORMATION: "give details", "provide information") told to no one
    named ("share intelligence with Kyiv" gives it to Kyiv)."""
    clauses = children(verb, ("ccomp", "dobj"))
    if any(c.left_edge.tag_ in WH_TAGS or c.left_edge.lower_ == "whether" for c in clauses):
        return True
    told = [o for o in children(verb, ("dobj",)) if lower_lemma(o) in lex.information]
    whom = [w for t in [verb, *told] for w in prep_objects(t, ("to", "with"))]
    return bool(told) and not (whom or children(verb, ("dative",)))


def _fired_at(lex: Lexicon, token: Token, lemma: str) -> Trigger | None:
    """ "fired missiles at US troops", "launched rockets into Israel", "missiles targeting
    its bases", "police fired on protesters": arms (CAMEO's weapons and aircraft) fired or
    launched at a target, or a verb that fires alone at one, attack it, as the dictionary
    codes a rocket fired at or into a target; where aimed at no actor ("into the sea"), the
    act is no attack (`_Trigger.aimed`)."""
    objs = objects_of(token)
    # "fired dozens of rockets", "a barrage of missiles": what is counted is fired; "fired
    # shots", "fired warning shots": what fighting exchanges is fired as arms are.
    shot = lex.arms | lex.volleys.keys()
    fired = [
        o for o in objs if shot & {lower_lemma(o), *map(lower_lemma, prep_objects(o, ("of",)))}
    ]
    senses = lex.firing[lemma]
    if (objs and not fired) or not (fired or len(senses) > 1):
        return None
    heads = [token, *fired]
    aimed = any(p.lower_ in _AIMED_PREPS for h in heads for p in particles_of(h))
    if not (aimed or any(lower_lemma(c) == "target" for o in fired for c in children(o, ("acl",)))):
        return None
    volley = next((lex.volleys[w] for o in fired if (w := lower_lemma(o)) in lex.volleys), None)
    etype, mode = volley or (senses[0] if fired else senses[1])
    return Trigger(token, etype, mode, 0.8, text=token.text, aimed=True)


def _hyphened_blow(lex: Lexicon, token: Token, lemma: str) -> Trigger | None:
    """ "police baton-charged the protesters", "pepper-sprayed a teen", "tear-gassed the
    crowd": a verb joined by a hyphen to a noun is done with that thing; a charge made so
    (no legal charge takes a thing), or arms so used (the noun, or the noun with the verb:
    "pepper spray", "tear gas"; written apart, "pepper sprayed"; or with them, "sprayed them
    with tear gas"), assault the people it is done to (CAMEO 18); done to no one
    ("rubber-stamped the bill"), none."""
    noun = hyphened_noun(token) or _written_apart(token)
    objs = objects_of(token)
    # "sprayed them with tear gas": arms a verb no table reads is done with, as its noun.
    used = lemma not in lex.trigger_verbs and any(
        arms_named(lex, m) for m in prep_objects(token, ("with",))
    )
    if (noun is None and not used) or not objs or any(_thing(o) for o in objs):
        return None
    charge = noun is not None and lex.verbs.get(lemma) == _CHARGED and noun.nbor() != token
    hyphened = noun is not None and {lower_lemma(noun), f"{lower_lemma(noun)} {lemma}"} & lex.arms
    if not (charge or hyphened or used):
        return None
    return Trigger(token, EventType.ASSAULT, "beat" if charge else None, 0.8, text=token.text)


def _written_apart(token: Token) -> Token | None:
    """ "police pepper sprayed protesters": the noun right before a verb that the verb's
    modifier is (`parse._arms_verb_read` hangs a verb of arms' noun on it so), if any."""
    noun = token.doc[token.i - 1] if token.i else None
    return noun if noun is not None and noun.head == token and noun.dep_ == "npadvmod" else None


def _vehicle_attack(lex: Lexicon, token: Token) -> Trigger | None:
    """ "drove a car into a crowd of protesters", "rammed his truck into soldiers": a vehicle
    (CAMEO's &car) driven into people attacks them, its driver the doer, as CAMEO's RAM (of its
    attack block) codes a car bomb rammed; not one driven into a place or a thing ("into the
    garage", "into Kabul"), nor a vehicle that crashes by itself (CAMEO codes no car crash)."""
    if not rammed_into(lex, token):
        return None
    return Trigger(token, EventType.ASSAULT, None, 0.8, text=token.text, aimed=True)


def rammed_into(lex: Lexicon, token: Token) -> list[Token]:
    """The phrases of the people a verb's vehicle is driven into ("a crowd of protesters" of
    "drove a car into a crowd of protesters"); none where it drives no vehicle into people."""
    # Most verbs: their objects unread. The sentence's characters, not its tokens, which
    # spaCy builds anew for each verb asking.
    sent = token.sent
    if "into" not in doc_text(token.doc)[sent.start_char : sent.end_char].lower():
        return []
    objs = objects_of(token)
    if not any(lower_lemma(o) in lex.vehicles for o in objs):
        return []
    into = [o for h in [token, *objs] for o in prep_objects(h, ("into",))]
    # People, or a state force's men on the road by its agent word ("into a police convoy",
    # "into an army patrol"); not its building ("into a police station").
    return [
        o
        for o in into
        if any(is_person_noun(lower_lemma(p)) for p in [o, *prep_objects(o, ("of",))])
        or (is_force_unit(o) and agent_codes(o, own=True) & STATE_FORCES)
    ]


def _moves_forces(lex: Lexicon, token: Token) -> bool:
    """ "mobilized reservists", "mobilised 300,000 men", "Ukraine mobilized", "troops began
    mobilising": a verb of CAMEO's MOBILIZE block readies forces only where it moves armed
    forces (its "&MILITARY" pattern), an armed agent ("militias", "police") or a count of
    men, or nothing named, or where armed forces themselves move; "mobilized pressure
    groups", "mobilised $2 billion", "mobilized thousands of students" are no military
    readiness (CAMEO reads "mobilise supporters" as an appeal, 022)."""
    objs = objects_of(token)
    subj = subject_of(lex, token)
    return not objs or any(
        names_force(lex, n) for n in [*objs, *([subj] if subj is not None else [])]
    )


def _deports(token: Token) -> bool:
    """ "expelled a Belgian journalist", "expels 40 Chinese nationals": people expelled who
    are no agents of a state, an international body or an aid agency are deported (PLOVER's
    COERCE 174); envoys, troops, monitors or aid workers expelled cut relations or presence
    ("expelled the ambassador", "the UN peacekeepers": SANCTION 166)."""
    people = [o for o in objects_of(token) if o.ent_type_ == "PERSON" or agent_codes(o)]
    return bool(people) and all(not agent_codes(o) & _ENVOYS for o in people)


def names_force(lex: Lexicon, noun: Token) -> bool:
    """Whether a noun names armed forces, arms or men counted ("300,000 men")."""
    codes = agent_codes(noun)
    if codes & _ARMED_AGENTS:
        return True
    if codes - PEOPLE:
        return False  # "supporters", "students": people of a sector of their own, no force
    force = lex.nouns.get(lower_lemma(noun), (None,))[0] is EventType.MOBILIZE
    counted = noun.ent_type_ != "MONEY" and bool(children(noun, ("nummod",)))
    return force or counted or lower_lemma(noun) in lex.forces | lex.arms


# Phoenix's agent codes of a state's own armed forces (soldiers, police): actors.FORCES, the
# same group of data/sectors.json, read as the codes a phrase's agents are found by.
STATE_FORCES = codes_of("forces")
# CAMEO agent codes of armed forces (a state's, armed groups, rebels), and of people of no
# sector ("men", "civilians"), who are mobilised where they are counted.
_ARMED_AGENTS = STATE_FORCES | codes_of("armed")

# Phoenix's agent codes of those who act for a state, an international body or an aid agency
# abroad: their expulsion is PLOVER's SANCTION (166: envoys, peacekeepers, aid agencies).
_ENVOYS = codes_of("envoys")
# Phoenix's agent codes of police and courts, who keep order at home.
_AT_HOME = codes_of("home")


def _how_things_are(clause: Token) -> bool:
    """ "(agreed) that the plan was flawed", "(agree) on how inquiries work": a finite clause
    of what is so, a view, where an accord's clause tells what is to be done ("that troops
    would withdraw", "that talks resume", "on how to share the water")."""
    aux = aux_words(clause)
    return (
        clause.pos_ in ("VERB", "AUX")
        and "to" not in aux
        and not aux & (FUTURE_AUX | {"should", "must", "can", "could", "may", "might"})
        and not _mandative(clause)
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
    )


def _assents(token: Token) -> bool:
    """ "The governor agreed, saying ...": one side agreeing to nothing named, with no one,
    assents to what was said; PLOVER's AGREE commits to an act (CAMEO's AGREE patterns all
    name it, or with whom), and sides agreeing together ("Serbia and Kosovo agreed") stay."""
    subj = next(iter(children(token, ("nsubj", "nsubjpass"))), None)
    named = objects_of(token) or children(token, ("prep", "agent", "ccomp", "xcomp", "dative"))
    return not named and subj is not None and not subj.conjuncts and subj.tag_ != "NNS"


def _takes_thing(lex: Lexicon, token: Token) -> bool:
    """ "accepted the vice presidential nomination", "accepted the post of minister": a verb
    of assent whose object names no act, text, offer or party takes an office or an honour,
    it agrees with no one (CAMEO's ACCEPT patterns name a plan, a treaty, a request...);
    a verb of commitment gives what it names ("pledged $5 million")."""
    objs = children(token, OBJECT_DEPS)
    return (
        lower_lemma(token) not in lex.commit_frames
        and bool(objs)
        and all(
            o.pos_ == "NOUN"
            and not o.ent_type_
            and lookup_noun(lex, o) is None
            and lower_lemma(o) not in lex.documents | lex.commit_nouns
            and not any(c.ent_type_ or c.pos_ == "PROPN" for c in o.children)
            for o in objs
        )
    )


def _asked_of(token: Token) -> bool:
    """Whether a verb of trying to get names whom it asks ("sought arms from Berlin"): to seek
    an office, a term or a penalty asks no one (CAMEO's 02 codes an appeal to someone); the
    dictionary's own patterns ("seek the release", "seek talks") are read before."""
    return any(prep_objects(h, ("from",)) for h in [token, *objects_of(token)])


def _by_dissenters(lex: Lexicon, token: Token) -> bool:
    """Whether a verb's doer, its subject or its passive's agent, is protesters, or a number
    of them ("thousands of protesters")."""
    # "Protesters detained in Minsk": a headline's passive subject is the one acted on.
    doer = (None if headline_passive(lex, token) else subject_of(lex, token)) or agent_noun(token)
    if doer is None:
        return False
    counted = prep_objects(doer, ("of",)) if numeric_noun(doer) else []
    return any(lower_lemma(d) in lex.dissenters for d in [doer, *counted])


def _asks_party(lex: Lexicon, token: Token, lemma: str) -> bool:
    """ "protesters demanded that the government withdraw the bill": a verb of request whose
    clause names its own doer asks that party to act (CAMEO's DEMAND, 10), whoever asks."""
    comp = complement(token)
    return (
        lex.fixed_frames.get(lemma) is EventType.REQUEST
        and comp is not None
        and bool(children(comp, ("nsubj", "nsubjpass")))
    )


def _done_to_act(
    lex: Lexicon, token: Token, senses: dict[EventType, tuple[EventType, str | None]]
) -> Trigger | None:
    """ "stopped shelling the city", "suspended plans to impose a curfew": a verb of
    `Lexicon.on_acts` with a hostile act for its clause codes by the act's type, whatever
    the verb alone codes ("suspend" is SANCTION)."""
    comp = complement(token)
    # "suspended plans to impose a curfew": the act a plan names is the one called off.
    planned = [
        c for o in objects_of(token) if lower_lemma(o) in lex.documents if (c := to_clause(o))
    ]
    comp = comp if comp is not None or not planned else planned[0]
    act = classify(lex, comp) if comp is not None else None
    if act is None:
        return None
    text = f"{token.text} ... {act.token.text}"
    if act.type in senses:
        etype, mode = senses[act.type]
        return Trigger(token, etype, mode, 0.8, complement=comp, text=text)
    if planned and QUAD_CLASS[act.type] not in COOPERATIVE:
        # Calling off a planned coercion or threat yields (CAMEO's 08).
        return Trigger(token, EventType.CONCEDE, None, 0.8, complement=comp, text=text)
    return None


def _on_act_senses(
    lex: Lexicon, token: Token, lemma: str
) -> dict[EventType, tuple[EventType, str | None]] | None:
    keys = [lemma, *(f"{lemma} {c.lower_}" for c in particles_of(token))]
    return next((lex.on_acts[k] for k in keys if k in lex.on_acts), None)


def _prep_verb(lex: Lexicon, lemma: str) -> bool:
    """Whether every CAMEO pattern of a verb names what it acts on through a preposition, none
    as its object ("renege on"): with no object, the verb still codes in its own sense
    ("reneged on its commitment"), as CAMEO reads it."""
    patterns = lex.cameo.get(lemma, ())
    return any(p.preps for p in patterns) and not any(p.words for p in patterns)


def _dissident(lex: Lexicon, verb: Token) -> bool:
    """Whether a verb's subject may hold a protest of its own: no state, government or armed
    force ("the union", "doctors"; not "Egypt", "the authorities", "police"); the subject of
    the verb it completes too ("activists agreed to suspend protests")."""
    subj = subject_of(lex, verb)
    if subj is None or subj.ent_type_ == "GPE":
        return False
    return not agent_codes(subj) & (_ARMED_AGENTS | {"GOV"})


def _talks_failed(lex: Lexicon, token: Token) -> Trigger | None:
    """ "talks between X and Y ended without an agreement", "the meeting broke up with no
    deal": talks, the verb's subject or object, whose outcome is an accord denied failed to
    come to terms, a REJECT as "failed to agree" is (CAMEO's FAIL), by the talks' sides."""
    for talks in children(token, ("nsubj", "dobj")):
        # The outcome's preposition before the talks' noun: most verbs have neither.
        preps = [
            p
            for p in [*children(token, ("prep",)), *children(talks, ("prep",))]
            if p.lower_ in ("with", "without")
        ]
        found = lookup_noun(lex, talks) if preps else None
        if found is None or found[0] is not EventType.CONSULT:
            continue
        for prep in preps:
            for accord in children(prep, ("pobj",)):
                denied = prep.lower_ == "without" or negated_subject(accord)
                outcome = lookup_noun(lex, accord) if denied else None
                if outcome is not None and outcome[0] is EventType.AGREE:
                    text = f"{token.text} ... {accord.text}"
                    return Trigger(token, EventType.REJECT, None, 0.7, text=text, noun=talks)
    return None


def _ends_act(
    lex: Lexicon, token: Token, senses: dict[EventType, tuple[EventType, str | None]]
) -> Trigger | None:
    """ "called off its 48-hour strike", "suspended their protests": a verb of
    `Lexicon.on_acts` ending the doer's own protest eases its dissent, a concession (CAMEO
    082: "halt strike", "cancel rally"), and so does one of no owner named ending "the
    48-hour strike"; police or a state stopping a protest end no dissent of theirs.
    Any other hostile act it ends for object codes by the act's type ("halted its air
    strikes", "suspended attacks": RETREAT, CAMEO 087; "prevented the demonstration"),
    whatever the verb's pattern for a stoppage of work or its sense alone."""
    for obj in objects_of(token):
        found = lookup_noun(lex, obj)
        if found is None:
            continue
        text = f"{token.text} {found[2].text}"
        owners = children(obj, ("poss",))
        own = any(c.lower_ in _OWN for c in owners) or (not owners and _dissident(lex, token))
        if found[0] is EventType.PROTEST and own:
            return Trigger(token, EventType.CONCEDE, None, 0.8, text=text)
        if found[0] in senses:
            etype, mode = eased(found[:2], senses[found[0]])
            return Trigger(token, etype, mode, 0.8, text=text)
    return _hostilities_ended(lex, token, senses)


def _order_kept(lex: Lexicon, token: Token) -> bool:
    """ "Police stopped the attack on the embassy", "could not end the violence": police or
    courts ending hostile acts not told as theirs keep order at home; a ceasefire (CAMEO 0871)
    is the fighting sides' own ("halted their raids")."""
    subject = subject_of(lex, token)  # "police alone are not able to end the violence"
    if subject is None or not agent_codes(subject) & _AT_HOME:
        return False
    for obj in objects_of(token):
        found = lookup_noun(lex, obj)
        owners = children(obj, ("poss",))
        if (
            found is not None
            and found[0] in HOSTILE_ACTS
            and not any(c.lower_ in _OWN for c in owners)
        ):
            return True
    return False


def _hostilities_ended(
    lex: Lexicon, token: Token, senses: dict[EventType, tuple[EventType, str | None]]
) -> Trigger | None:
    """ "Fighting between Sudan and South Sudan stopped", "the shelling of Kharkiv ceased": a
    verb of ending with no object ends the hostile act that is its subject, as ending it
    does ("stopped the fighting": RETREAT), done by the act's own sides; the act is no
    attack told."""
    if objects_of(token) or children(token, ("xcomp", "ccomp", "auxpass")):
        return None
    for subj in children(token, ("nsubj",)):
        found = lookup_noun(lex, subj)
        if found is None or found[0] not in HOSTILE_ACTS or found[0] not in senses:
            continue
        etype, mode = senses[found[0]]
        text = f"{found[2].text} {token.text}"
        return Trigger(token, etype, mode, 0.75, text=text, noun=found[2])
    return None


def _acted_on(lex: Lexicon, noun: Token) -> bool:
    """ "rocket fire" in "an end to rocket fire", the tariffs in "a waiver from the tariffs", the
    sanctions in "the lifting of sanctions": an act whose end, suspension or lifting is told
    is not told as done."""
    head = noun.head
    return (
        noun.dep_ == "pobj"
        and head.lower_ in ACT_NOUN_PREPS
        and (
            lower_lemma(head.head) in lex.act_nouns
            or (head.lower_ == "of" and object_noun(lex, head.head) is not None)
        )
    )


def _appeal(lex: Lexicon, token: Token, comp: Token | None) -> Trigger | None:
    """ "advised Kyiv to suspend talks", "recommended that the IOC bar the team", "advocated
    sanctions": a verb of appeal (CAMEO's 02 block, PLOVER's REQUEST) asks an actor to act
    where it names whom it asks and what they are to do ("to" ...), a clause in the
    subjunctive, or an act; not "suggested that he had lied" (a claim), "advised of the risks"
    (told) nor "advocates Ohio becoming a state" (a stance)."""
    asked = (
        comp is not None
        and comp.dep_ in ("xcomp", "advcl")
        and "to" in aux_words(comp)
        and bool(objects_of(token))
    )
    passive = comp is not None and bool(children(comp, ("auxpass",)))
    if comp is not None and passive and not _asks_act_on(lex, comp):
        return None
    # Words quoted are what was said, no clause of what is to be done.
    mandative = (
        comp is not None and not quoted(comp) and (_mandative(comp) or _bare_past(lex, token, comp))
    )
    if asked or (comp is not None and comp.dep_ == "ccomp" and mandative):
        trig = _frame(lex, token, EventType.REQUEST, comp)
        if trig is not None:
            # The one asked is the clause's subject; a passive one's undergoes the act, as
            # in a demand ("that the envoy be expelled").
            trig.clause_target = not asked and not passive
        return trig
    if any(lookup_noun(lex, o) is not None for o in children(token, ("dobj",))):
        return _typed(lex, token, EventType.REQUEST, None, 0.8, token.text)
    return None


def _bidden(token: Token, comp: Token | None) -> Token | None:
    """ "pushed Kyiv to accept the plan", "encouraged Serbia to recognise Kosovo": a verb of
    urging (`Lexicon.urging`) asks the act it bids a party, no thing, do in a "to" clause,
    which the parser often reads as a purpose clause right after the party; not "pushed
    prices to new highs", "pushed an offensive", "pushed the bill through" (no clause), nor
    what pushes no one ("rising costs pushed the bank to act")."""
    objects = objects_of(token)
    if not objects or any(map(_thing, [*objects, *children(token, ("nsubj",))])):
        return None
    after = max(o.right_edge.i for o in objects) + 1
    for c in [comp] if comp is not None else children(token, ("advcl",)):
        if (
            c.dep_ in ("xcomp", "advcl")
            and "to" in aux_words(c)
            and _next_but_adverbials(token, after, c)
        ):
            return c
    return None


def _clause_after_party(lex: Lexicon, token: Token, lemma: str) -> Token | None:
    """ "called on Russia on Monday to withdraw", "appealed to Iran in a letter to free": the
    "to" clause of a verb of request that the parser hangs on the verb, after the party its
    preposition names and a phrase of time or place, is the act asked."""
    if lex.fixed_frames.get(lemma) is not EventType.REQUEST:
        return None
    for party in prep_objects(token, ("on", "upon", "to")):
        for c in children(token, ("advcl",)):
            if "to" in aux_words(c) and _next_but_adverbials(token, party.right_edge.i + 1, c):
                return c
    return None


def _next_but_adverbials(verb: Token, start: int, clause: Token) -> bool:
    """ "told India on Monday to release", "urged Iran last week to free": a clause comes
    right after the party bidden where only the verb's own phrases of time, place or manner
    stand between them."""
    between = set(range(start, clause.left_edge.i))
    for adverbial in children(verb, _ADVERBIAL_DEPS):
        if adverbial.left_edge.i >= start and adverbial.right_edge.i < clause.left_edge.i:
            between -= {t.i for t in adverbial.subtree}
    return not between


# The verb's phrases of time, place or manner that may stand between a party and its clause.
_ADVERBIAL_DEPS = ("prep", "npadvmod", "advmod")


def _asks_act_on(lex: Lexicon, clause: Token) -> bool:
    """ "that the envoy be expelled", "that the sailors be freed": a passive clause asks an act
    the lexicon types, not one of care for the public ("that residents be evacuated") nor an
    arrangement ("that the hearing be moved"), whoever is to do it."""
    inner = classify(lex, clause)
    if inner is None:
        return False
    undergoes = children(clause, ("nsubjpass",))
    return not (QUAD_CLASS[inner.type] in COOPERATIVE and any(populace(s) for s in undergoes))


def _past_act(lex: Lexicon, token: Token, clause: Token) -> bool:
    """ "Tesco cut prices, Asda ordered more stock", "Asda ordered stock, Tesco cut prices": a
    clause in the simple past by a verb of request is an act told beside it (a comma splice
    the parser hangs on the verb), no act asked; what is asked is still to be done ("ordered
    the troops to leave", "asked that the envoy leave", "demanded that Chad cut its tariffs")."""
    return (
        lex.fixed_frames.get(lower_lemma(token)) is EventType.REQUEST
        and clause.tag_ == "VBD"
        and not aux_words(clause)
        and not _bare_past(lex, token, clause)
    )


def _bare_past(lex: Lexicon, token: Token, clause: Token) -> bool:
    """ "recommended that Egypt cut subsidies", "proposed that Chad set a date": a "that"
    clause whose past is written as the bare verb is the subjunctive a verb of appeal asks
    for, unless the verb also tells what is so ("suggested that Russia hit the dam": a
    verb of saying, `Lexicon.speech`)."""
    return (
        clause.tag_ == "VBD"
        and not aux_words(clause)
        and clause.lower_ == lower_lemma(clause)
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        and lower_lemma(token) not in lex.speech
    )


def _mandative(clause: Token) -> bool:
    """ "(recommended) that the envoy leave", "that the envoy be expelled", "(suggested) Iran
    should talk": a clause of what is to be done, in the subjunctive, active or passive, with
    "should", or in the present under a past verb."""
    aux = aux_words(clause)
    present_under_past = clause.tag_ == "VBP" and clause.head.tag_ in ("VBD", "VBN")
    bare = not aux and (clause.tag_ == "VB" or present_under_past)
    return "should" in aux or bare or subjunctive(clause)


def _discharged(lex: Lexicon, token: Token) -> bool:
    """ "released from hospital": CAMEO codes a release from detention (0841); from an
    unnamed place of another kind, not an act's ("from house arrest"), it is a discharge."""
    return any(
        o.pos_ == "NOUN"
        and not o.ent_type_
        and lower_lemma(o) not in lex.detention
        and lookup_noun(lex, o) is None
        for o in prep_objects(token, ("from",))
    )


# Prepositions of a motion into or toward a place or a party: "charged into the town".
_RUSH_PREPS = frozenset({"into", "toward", "towards", "through", "across", "past"})


def _rushes(token: Token) -> bool:
    """ "the man charged at the officers", "rebels charged into the town": a verb of a legal
    charge with a preposition of motion, and no one charged (an object, or a passive's
    subject; CAMEO's legal "charge" takes whom it accuses, "with" an offence), is a rush
    forward. A verbless line's participle may take its noun ("Rebels charged into town"),
    but not "at", which may be the court ("Man charged at Leeds court")."""
    preps = {p.lower_ for p in children(token, ("prep",))}
    if children(token, ("dobj", "auxpass", "ccomp")):
        return False
    return bool(preps & _RUSH_PREPS) or ("at" in preps and not objects_of(token))


_OWNERS = {"his": ("he", "she", "who"), "her": ("he", "she", "who"), "their": ("they", "who")}


def _own_let_go(token: Token) -> bool:
    """ "did not release his delegates to Biden", "the party released its delegates": holders
    of an office the doer's own possessive names are let go from a pledge or a post, no one
    freed from captivity (CAMEO's RELEASE * &HOSTAGE, 0841): "its" of any doer, "his",
    "her" of a person, "their" of many ("the rebels freed his deputies": another's)."""
    objs = children(token, ("dobj",))
    subjects = children(token, ("nsubj",))
    offices = all(is_office_word(lower_lemma(o)) for o in objs)
    if not objs or len(subjects) != 1 or not offices:
        return False
    subj = subjects[0]
    owners = [c.lower_ for o in objs for c in children(o, ("poss",)) if c.tag_ == "PRP$"]
    if len(owners) != len(objs):
        return False
    person = subj.ent_type_ == "PERSON" or (subj.pos_ == "NOUN" and human(subj))
    plural = subj.tag_ in ("NNS", "NNPS")
    return all(
        owner == "its"
        or subj.lower_ in _OWNERS.get(owner, ())
        or (owner in ("his", "her") and person)
        or (owner == "their" and plural)
        for owner in owners
    )


def _shows(lex: Lexicon, token: Token) -> bool:
    """ "demonstrated ignorance", "marched the prisoners out": a verb the CAMEO dictionary
    files under protest (not "protest" itself, its disapproval) takes no object in that
    sense; with one that is no event, place or body it is used in another."""
    return any(
        not obj.ent_type_ and obj.pos_ == "NOUN" and lookup_noun(lex, obj) is None
        for obj in children(token, ("dobj",))
    )


def _typed(
    lex: Lexicon, token: Token, etype: EventType, mode: str | None, conf: float, text: str
) -> Trigger:
    """A verb's trigger, with the mode its manner or its object tells."""
    if etype == EventType.CONSULT:
        mode = _manner(lex, token) or mode
    if etype in (EventType.THREATEN, EventType.REQUEST):
        # "threatened tariffs": what is threatened or asked for gives the mode.
        for obj in objects_of(token):
            about = lookup_noun(lex, obj)
            if about is not None:
                mode = MODE_OF_TYPE.get(about[0], mode)
    return Trigger(token, etype, mode, conf, text=text)


def _other_sense(lex: Lexicon, token: Token, lemma: str) -> bool:
    """ "pressed on towards the capital", "pressed ahead with the vote", "backed away from
    the deal": a particle, or a directional adverb after the verb, standing where the verb's
    object would, that neither CAMEO (a verb of its own, "back down", or a pattern's word,
    "THROW * OUT") nor the lexicon's phrasal verbs pair with the verb makes another verb, not
    the bare verb's sense. One with a preposition of its own tells a place, a time or a
    number ("deported back to Congo", "deployed ahead of the protests", "up to 16"), except
    "out of" right after the verb, which the parser takes for a preposition where it is the
    particle ("backed out of the deal" is no backing); one further on moves what the verb
    acts on ("threw the envoys out of the country")."""
    if fastens_on(lex, token, lemma):
        return True
    if objects_of(token):
        return False
    for c in token.children:
        if c.lower_ == "out" and c.i == token.i + 1 and any(p.lower_ == "of" for p in c.children):
            key = f"{lemma} out"
            if key not in lex.cameo and key not in lex.phrasal:
                return True
        if children(c, ("prep",)):
            continue
        if c.dep_ == "prt" or (
            c.dep_ == "advmod" and c.i > token.i and c.lower_ in lex.adverb_particles
        ):
            key = f"{lemma} {c.lower_}"
            written = {h for p in lex.cameo.get(lemma, ()) for e in p.words for h, _ in e}
            if key not in lex.cameo and key not in lex.phrasal and c.lower_ not in written:
                return True
    return False


BACKGROUND = frozenset({"relcl", "acl", "advcl", "pcomp", "csubj", "amod"})
_REPRESSION = "pro_autocracy"
# The lexicon's reading of a legal charge ("charge", "indict").
_CHARGED = (EventType.ACCUSE, "legal")

# Prepositions that set an event noun in the background ("since the invasion").
_BACKGROUND_PREPS = frozenset({"since", "after", "before", "during", "until", "amid", "following"})
# Those of them after which a deed told in full is what the news follows from, or goes on amid.
_CAUSE_PREPS_OF_NEWS = frozenset({"after", "following", "amid"})
# Entities that name a doer by an adjective or a possessive: "Russian", "Russia's", "NATO's".
_DOER_ENTITIES = frozenset({"NORP", "GPE", "ORG", "PERSON"})

WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})

# Verbs that tell who did an act: "attributed the attack to", "an attack blamed on the Taliban".
ASCRIBING = frozenset({"ascribe", "attribute", "blame"})

# The light verb and object of a claim of responsibility (the lexicon's, with "for").
_CLAIM = "claim responsibility"


def _noun_event(lex: Lexicon, token: Token, lemma: str) -> Trigger | None:
    """ "held talks", "took part in the talks", "riots broke out": the event noun a light
    verb brings, or the one an occurrence verb says happened."""
    particles = [f"{lemma} {c.lower_}" for c in children(token, ("prt", "dobj"))]
    occurs = any(k in lex.occurrence for k in [lemma, *particles])
    # "claimed responsibility for the bombing": the preposition of a verb's object.
    owned = [o for o in objects_of(token) if f"{lemma} {lower_lemma(o)}" in lex.light_preps]
    claimed = [o for o in objects_of(token) if _claimed_attack(lex, token, lemma, o)]
    # A particle verb counts as listed: "stepped up attacks".
    light = any(k in lex.light_verbs for k in [lemma, *particles])
    # "placed the president under arrest": a placing verb brings its preposition's noun
    # alone, never its object's ("put the fire out").
    placing = lemma in lex.placing
    light = light or (lemma in lex.light_preps and not placing) or lemma in lex.absence
    if (
        not (light or occurs or owned or placing or claimed)
        or _describes(token, lemma)
        or _possessed(token, lemma)
    ):
        return None
    if light and any(_returns(c) for c in children(token, ("advmod", "prt"))):
        return None  # "brought the troops home", "sent its forces back": a return, not a sending

    # "the sanctions imposed by Canada", "talks were held": the noun a passive verb acts on;
    # not one its small clause judges ("declared the truce void", "found the vote fair").
    pred = small_clause(token)
    nouns = (
        [o for o in objects_of(token) if pred is None or o.head != pred]
        if light or owned
        else claimed
    )
    if occurs and not children(token, ("xcomp", "ccomp")):
        # "Protests spread across Iran": not where none happened ("no talks took place"), a
        # mishap did ("a fire broke out") or the verb governs the act ("troops began leaving").
        nouns += [
            s
            for s in children(token, ("nsubj",))
            if lower_lemma(s) not in lex.mishaps and not any(c.lower_ == "no" for c in s.children)
        ]
    # "took part in the talks": the preposition may belong to the verb and its object.
    preps = {
        p for key in light_prep_keys(token, lemma, nouns) for p in lex.light_preps.get(key, ())
    }
    for prep in [
        *children(token, ("prep",)),
        *(p for o in owned for p in children(o, ("prep",))),
    ]:
        if prep.lower_ in preps:
            # First: in "were engaged in ethnic cleansing" the subject is no act. Forces are
            # none a preposition brings: "entered into force" takes effect.
            nouns[:0] = [o for o in children(prep, ("pobj",)) if lower_lemma(o) not in lex.forces]
    # "brought the talks to an end", "brought the shelling to a halt": the act is ended, and
    # codes as the verb of its ending does ("ended the shelling"), or not at all.
    ending = next(
        (
            lex.act_nouns[lower_lemma(o)]
            for o in prep_objects(token, ("to",))
            if lower_lemma(o) in lex.act_nouns
        ),
        None,
    )
    for noun in nouns:
        found = lookup_noun(lex, noun) or _claimed_blast(lex, lemma, noun)
        if found is not None and ending is not None:
            if found[0] not in lex.on_acts[ending]:
                return None
            etype, mode = eased(found[:2], lex.on_acts[ending][found[0]])
            return Trigger(token, etype, mode, 0.75, text=f"{token.text} {found[2].text}")
        if found is not None:
            etype, mode, named = found
            if lemma not in lex.receiving and any(c.lower_ == "your" for c in named.children):
                # "we will never take your support for granted": the act a light verb brings
                # is the addressee's, not the speaker's.
                continue
            if lemma in lex.undergoing and definite_noun(named):
                return None  # "survived the shooting": the act told before, no new one
            etype, mode = _own_arms_given(lex, token, named) or (etype, mode)
            if mode == "agreement":
                etype, mode = _accord_sense(lex, lemma) or (etype, mode)
            text = f"{token.text} {named.text}"
            if named in children(token, ("nsubj",)):
                text = f"{named.text} {token.text}"  # "riots broke out"
            absent = lemma in lex.absence
            trig = Trigger(token, etype, mode, 0.75, text=text, noun=named, absent=absent)
            trig.reverse = lemma in lex.receiving  # "received aid from Iran"
            return trig
    return None


def _claimed_blast(
    lex: Lexicon, lemma: str, noun: Token
) -> tuple[EventType, str | None, Token] | None:
    """ "The Taliban claimed responsibility for the explosion": what went off (`blast`), once
    claimed, was set off by the claimant, a bombing (CAMEO's BOMBING/EXPLOSION, 183); a blast
    unclaimed may be a mishap."""
    if lemma != _CLAIM.split()[0] or not blast(lex, noun):
        return None
    etype, mode = lex.nouns["bombing"]
    return etype, mode, noun


def claimed_blast(lex: Lexicon, noun: Token) -> bool:
    """ "claimed responsibility for the blast", "claimed the explosion", "the explosion was
    claimed by ISIS": what went off, told as claimed, an attack (`_claimed_blast`)."""
    if noun.dep_ == "pobj":
        owned = noun.head.head  # "responsibility" of "claimed responsibility for the blast"
        told = noun.head.lower_ == "for" and lower_lemma(owned) == _CLAIM.split()[1]
        claim = owned.head
    else:
        told, claim = noun.dep_ in ("dobj", "nsubjpass"), noun.head
    return told and _claimed_blast(lex, lower_lemma(claim), noun) is not None


def _claimed_attack(lex: Lexicon, token: Token, lemma: str, noun: Token) -> bool:
    """ "ISIS claimed the bombing", "the attack was claimed by the Taliban": an attack a verb
    of claiming takes as its object is claimed as the claimant's own, as with a claim of
    responsibility for it (CAMEO's CLAIM * ATTACK, BOMBING, KILLING, MASSACRE, KIDNAPPING);
    no other object ("claimed victory", "claimed the seat"). Not by a participle on the noun
    ("stabbed a priest in an attack claimed by ISIS"): the act is another verb's, told there."""
    if lemma != _CLAIM.split()[0] or token.dep_ == "acl":
        return False
    found = lookup_noun(lex, noun) or _claimed_blast(lex, lemma, noun)
    return found is not None and found[0] is EventType.ASSAULT


def tells_assault(text: Span) -> bool:
    """Whether a stretch of text has a verb or noun of an assault, or arms ("the raid", "gunmen
    attacked", "a bomb exploded")."""
    lex = load_lexicon()
    for t in text:
        word = lower_lemma(t)  # not `lemma`, which names a trigger verb's lemma in this module
        if t.pos_ == "NOUN" and word in lex.arms:
            return True
        found = lex.verbs.get(word) if t.pos_ == "VERB" else lex.nouns.get(word)
        if found is not None and found[0] is EventType.ASSAULT:
            return True
    return False


def bare_claim(token: Token) -> bool:
    """ "Al-Shabaab later claimed responsibility": a claim of responsibility naming no act, which
    claims the attack the story told before it (CAMEO's 015 names the act claimed where it is
    told: "claimed responsibility for the bombing")."""
    owned = [o for o in objects_of(token) if f"{lower_lemma(token)} {lower_lemma(o)}" == _CLAIM]
    told = [p for t in [token, *owned] for p in children(t, ("prep",)) if p.lower_ == "for"]
    return bool(owned) and not told and tells_assault(token.doc[: token.sent.start])


def _struck_by_arms(lex: Lexicon, token: Token) -> bool:
    """ "An airstrike hit a school", "were hit by drone attacks", "a wave of strikes hit the
    base": arms or an attack (or a run of them) strike something named, as its subject or a
    passive's agent; not an act of another type ("hit by a cyber attack": COERCE). Bare
    "strikes" may be stoppages of work ("Paris was hit by strikes"): they count only with a
    modifier ("Israeli strikes", "drone strikes")."""
    passive = agent_noun(token)
    fired = fired_before(lex, token)
    told = children(fired if fired is not None else token, ("nsubj",))
    doer = passive if passive is not None else next(iter(told), None)
    # "a car bomb tore through the checkpoint": what arms go through they strike.
    struck = [*children(token, OBJECT_DEPS), *prep_objects(token, ("through",))]
    if struck and _shots_strike(lex, token):
        return True
    if doer is None or (passive is None and not struck):
        return False
    for d in [doer, *prep_objects(doer, ("of",))]:
        found = lookup_noun(lex, d)
        bare = lower_lemma(d) == "strike" and not children(d, ("amod", "compound", "poss"))
        if arms_named(lex, d) and not bare and (found is None or found[0] is EventType.ASSAULT):
            return True
    # "an explosion tore through the army convoy": what went off strikes a state's forces, as
    # it harms them (`blast`); not a plant or a block of flats, where a mishap may go off.
    forces = bool(struck) and all(agent_codes(s) & STATE_FORCES for s in struck)
    if passive is None and forces and blast(lex, doer):
        return True
    # "a suicide blast tore through a mosque", "an explosion targeted a Shia mosque": what
    # went off set off by a bomber, or aimed at what it struck, is an attack on it.
    aimed = lower_lemma(token) == "target" and blast(lex, doer)
    if passive is None and struck and (aimed or suicide_blast(lex, doer)):
        return True
    if _armed_doer(doer) and not any(arms_named(lex, s) for s in struck):
        # "targeted young voters with a campaign": a means told that is no arms is no attack.
        means = [m for t in [token, *struck] for m in prep_objects(t, ("with",))]
        return all(arms_named(lex, m) for m in means)
    # "A car struck three pedestrians in a ramming attack": a thing, no act nor arms itself,
    # is the means of an attack its verb's own clause names, a car as any vehicle.
    thing = doer.pos_ == "NOUN" and not doer.ent_type_ and lookup_noun(lex, doer) is None
    return thing and not arms_named(lex, doer) and attack_told(lex, token)


def _armed_doer(doer: Token) -> bool:
    """ "militants targeted a checkpoint", "troops hit the town", "a post was targeted by
    gunmen": armed forces or an armed group strike what they aim at (not arms they run into,
    "soldiers hit a landmine"), as CAMEO codes "TARGET *
    &MILITARY"; not police or courts ("police targeted drug dealers"), a crackdown."""
    codes = agent_codes(doer, own=True)
    return bool(codes & _ARMED_AGENTS) and not codes & _AT_HOME


def _shots_strike(lex: Lexicon, verb: Token) -> bool:
    """ "gunmen fired shots in the market, hitting two people": a participle with no subject
    of its own after a verb that fires arms or shots tells what they struck."""
    head = verb.head
    if verb.dep_ not in ("advcl", "conj") or verb.tag_ != "VBG" or head == verb:
        return False
    if children(verb, ("nsubj", "nsubjpass")) or lower_lemma(head) not in lex.firing:
        return False
    shot = lex.arms | lex.volleys.keys()
    return any(lower_lemma(o) in shot for o in children(head, OBJECT_DEPS))


def attack_told(lex: Lexicon, verb: Token) -> bool:
    """Whether a verb's own clause names arms or an attack ("in a suicide attack", "with a
    grenade"); bare "strike" may be a stoppage of work ("during a strike")."""
    return any(
        set(attack_words(t)) & (lex.attacks | lex.arms)
        and not (lower_lemma(t) == "strike" and not children(t, ("amod", "compound", "poss")))
        for t in own_clause(verb)
        if t != verb
    )


def _accord_sense(lex: Lexicon, lemma: str) -> tuple[EventType, str | None] | None:
    """ "signed a deal", "entered into a pact": an accord a light verb brings takes the type of
    the verb's CAMEO pattern on accords alone ("SIGN &TREATY", "ENTER &TREATY": 057, PLOVER's
    SUPPORT; "REACH &TREATY": 03, AGREE), whichever of the lexicon's accord nouns it is, as
    "signed an agreement" does."""
    for p in lex.cameo.get(lemma, ()):
        bare = len(p.words) == 1 and not (p.preps or p.subject)
        if bare and p.type is not None and ("agreement", frozenset()) in p.words[0]:
            return p.type, p.mode
    return None


def _own_arms_given(lex: Lexicon, token: Token, noun: Token) -> tuple[EventType, str | None] | None:
    """ "handed over their weapons to the army", "gave its guns to the police": arms of the
    giver's own given to the forces of order are laid down, not supplied ("sent its drones
    to Russia"), and read as CAMEO reads their surrender ('surrender &weapon': demobilising;
    'surrender (to police)': yielding)."""
    own = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children)
    to_forces = any(agent_codes(r) & STATE_FORCES for r in prep_objects(token, ("to",)))
    if not (own and to_forces) or lower_lemma(noun) not in lex.arms:
        return None
    sense = sense_of(lex, lex.cameo.get("surrender", ()), token)
    return (sense[0].type, sense[0].mode) if sense is not None and sense[0].type else None


def _possessed(token: Token, lemma: str) -> bool:
    """ "claimed they have public support", "Iran has the backing of Russia": "have" in the
    simple present tells a state held, not an act done ("had talks", "will have talks")."""
    return lemma == "have" and token.tag_ in ("VBP", "VBZ") and not aux_words(token)


def _returns(word: Token) -> bool:
    """ "home", "back" as a way back ("brought them back from Mali"), not a time ("back in
    1972")."""
    back = word.lower_ == "back" and all(c.lower_ == "from" for c in word.children)
    return word.lower_ == "home" or back


def _describes(token: Token, lemma: str) -> bool:
    """Whether a verb describes or names its object rather than performing it: "called the
    talks useful", "called the weapon 'Oreshnik'", "called the deal 'lousy'" (an adjective
    after its noun, which the parser may hang on the noun, is what the noun is called)."""
    if children(token, ("oprd",)):
        return True
    objs = children(token, OBJECT_DEPS)
    if lemma in load_lexicon().judging and any(
        c.dep_ == "amod" and c.i > obj.i for obj in objs for c in obj.children
    ):
        return True
    return lemma == "call" and any(children(obj, ("appos",)) for obj in objs)


def _manner(lex: Lexicon, token: Token) -> str | None:
    """The mode a "by video call", "over the phone" gives a meeting."""
    for prep in children(token, ("prep",)):
        if prep.lower_ in ("by", "via", "over", "on"):
            for pobj in children(prep, ("pobj",)):
                found = lookup_noun(lex, pobj) or _medium_of(lex, pobj)
                if found is not None and found[0] == EventType.CONSULT:
                    return found[1]
    return None


def _medium_of(lex: Lexicon, noun: Token) -> tuple[EventType, str | None] | None:
    """ "spoke by phone", "talked via video": a bare medium of the lexicon's meeting nouns
    ("phone call", "video call") gives their mode, as the whole noun would."""
    if children(noun, ("compound", "amod")):
        return None
    return lex.media.get(lower_lemma(noun))


def promise(token: Token, etype: EventType, mode: str | None, conf: float) -> Trigger:
    if etype in PROMISABLE:
        pledge = QUAD_CLASS[etype] in COOPERATIVE
        pledge = pledge or (etype is EventType.MOBILIZE and _sent_to_state(token))
        new = EventType.AGREE if pledge else EventType.THREATEN
        return Trigger(token, new, MODE_OF_TYPE.get(etype), conf, text=token.text)
    return Trigger(token, etype, mode, conf, text=token.text)


def forces_used(lex: Lexicon, trig: Trigger) -> list[Token]:
    """ "troops would be sent to the capital", "the army could be deployed", "the armed forces
    could be used": the passive subject of a verb that moves forces (a mobilisation) or uses
    them (the trigger's own noun), with no agent named, is those forces, who act for their
    side; not whom a verb of harm is done to ("troops could be attacked")."""
    if children(trig.token, ("agent",)):
        return []
    forces = [s for s in children(trig.token, ("nsubjpass",)) if lower_lemma(s) in lex.forces]
    if not forces or trig.noun in forces:
        return forces
    own = classify(lex, trig.token)
    return forces if own is not None and own.type is EventType.MOBILIZE else []


def own_forces(noun: Token) -> bool:
    """ "the army", "troops", "the People's Liberation Army", "its forces": forces whose words
    name no party but their own name, so the speaker's side where a speaker tells what they
    could do (not "Russian troops", "the regime's forces": another side's, told of)."""
    own = {i for e in noun.doc.ents if e.start <= noun.i < e.end for i in range(e.start, e.end)}
    marks = ("amod", "compound", "poss", "nmod")
    return all(
        m.i in own or m.pos_ == "PRON" or (m.dep_ == "amod" and not m.ent_type_)
        for m in children(noun, marks)
    )


def side(speaker: Token) -> bool:
    """Whether a speaker speaks for a side, an office or a state ("the army chief",
    "Beijing", a named official: "Liu"), not an onlooker ("analysts", "rights groups")."""
    return is_office_word(speaker.text) or speaker.ent_type_ in ("GPE", "NORP", "PERSON")


def _sent_to_state(token: Token) -> bool:
    """ "pledged to deploy troops to Estonia", "will send troops to Mali", "committed 3,000
    troops to Poland": forces promised to a state go there to back it, as CAMEO files
    sending forces under military cooperation and aid (062, 072), not as a threat."""
    verbs = [token, *children(token, ("xcomp",))]
    heads = [*verbs, *(o for v in verbs for o in children(v, OBJECT_DEPS))]
    return any(_names_state(o) for h in heads for o in prep_objects(h, ("to",)))


def _names_state(noun: Token) -> bool:
    """Whether a noun with its compounds is a country's name ("Saudi Arabia")."""
    start = min([noun.i, *(c.i for c in noun.lefts if c.dep_ == "compound")])
    found = load_gazetteer().lookup(noun.doc[start : noun.i + 1].text)
    return found is not None and found[0].kind is ActorKind.COUNTRY


def _use_of_thing(lex: Lexicon, comp: Token) -> bool:
    """ "asking for places to eat", "asked for funds to rebuild the school": an infinitive on
    what is asked "for" that names no one who could act tells what the thing is for, no act
    bidden ("asked Uganda for troops to deploy" bids the troops, "called for the zone to be
    set up" the zone's setting up)."""
    thing = comp.head
    return (
        comp.dep_ in ("acl", "relcl")
        and not children(comp, ("auxpass",))
        and thing.dep_ == "pobj"
        and thing.head.lower_ == "for"
        and thing.pos_ == "NOUN"
        and not thing.ent_type_
        and not human(thing)
        and lower_lemma(thing) not in lex.forces
        and not agent_codes(thing, own=True)
    )


def _frame(
    lex: Lexicon, token: Token, fixed: EventType | None, comp: Token | None
) -> Trigger | None:
    inner = classify(lex, comp) if comp is not None else None
    inner = _through_transparent(lex, comp, inner)
    if inner is None and comp is not None and _force_on_actor(lex, comp):
        inner = Trigger(comp, EventType.ASSAULT, None, 0.75, text=comp.text)
    text = token.text if comp is None else f"{token.text} ... {comp.text}"
    if (
        fixed is EventType.THREATEN
        and lower_lemma(token) == "warn"
        and not _warns_of_harm(comp, inner)
    ):
        return None  # "warned people to stay away", "warned that prices will rise": advice
    if fixed is EventType.REQUEST and _asks_whoever(token):
        return None  # "urged anyone with information to contact police": no side asked
    if _yield_pledged(lex, token, fixed, inner, comp):
        assert inner is not None and comp is not None
        mode = _yield_mode(inner.type, inner.mode)
        return Trigger(token, EventType.CONCEDE, mode, 0.75, complement=comp, text=text)
    if _debt_forgiven(inner, comp) and _commits(lex, token, fixed):
        assert inner is not None
        return Trigger(token, EventType.AID, inner.mode, 0.75, complement=comp, text=text)
    if fixed is not None:
        mode = MODE_OF_TYPE.get(inner.type) if inner is not None else None
        if inner is not None and inner.type == fixed:
            mode = inner.mode
        if fixed is EventType.REQUEST and any(map(populace, _asked(token))):
            # "urged residents to evacuate": people asked to act are asked their own conduct,
            # no help, concession or meeting given to anyone (PLOVER's REQUEST modes).
            mode = None
        return Trigger(token, fixed, mode, 0.85, complement=comp, text=text)
    # A commitment: to cooperate is AGREE, to do harm is THREATEN; a promise of an act the
    # lexicon does not know is still AGREE where it is made to an actor or bears on one (a
    # promise to a crowd, "offered to kiss the baby", is no political act); a vow or
    # readiness is too vague to keep.
    if inner is None:
        if comp is not None and _against_party(comp) and not children(comp, ("neg",)):
            # "promised to take action against the bandits" (CAMEO's PROMISE * ACTION
            # (AGAINST), 130; PLEDGE's too): an act vowed against a party threatens it.
            return Trigger(
                token, EventType.THREATEN, None, 0.6, complement=comp, text=text, needs_partner=True
            )
        if lower_lemma(token) not in lex.bare_commit or _answers_harm(lex, comp):
            return None
        return Trigger(
            token, EventType.AGREE, None, 0.6, complement=comp, text=text, needs_partner=True
        )
    if defends_in_words(lex, inner) and comp is not None and not children(comp, ("neg",)):
        # "vowed to oppose sanctions against Iran": the stance voiced, no pledge (AGREE).
        return Trigger(token, inner.type, inner.mode, 0.75, complement=comp, text=text)
    trig = promise(token, inner.type, inner.mode, 0.75)
    if comp is not None and children(comp, ("neg",)):
        trig = refrained(trig, inner.type, comp)  # "promised not to attack"
    else:
        # "vowed to issue an order", "vowed to demand a recount": a demand only pledged (no
        # cooperation nor harm, `modality._pledged_only`) is one where it asks a party.
        trig.needs_partner = trig.type is EventType.REQUEST
    trig.complement, trig.text = comp, text
    return trig


def _force_on_actor(lex: Lexicon, verb: Token) -> bool:
    """ "vowed to retaliate against Israel", "pledged to crush the rebels", "swore to
    retaliate for the raid": a verb CAMEO reads only as force (`Lexicon.forceful`), which
    it codes as a threat when vowed or promised as a noun ("vow revenge", "promise
    retaliation"), is the force told ahead where it is aimed at a party, at a hostile act it
    answers ("to retaliate against any attack") or at nothing named; not at a thing ("vowed
    to smash the record", "to aim for growth"), nor where WordNet reads it as words
    ("assail") or first as a lasting state ("match", "overshadow")."""
    lemma = lower_lemma(verb)
    if lemma not in lex.forceful or lemma in lex.criticising | lex.states:
        return False
    aims = [*objects_of(verb), *prep_objects(verb, ("against", "on", "at", "for"))]
    return not any(_thing(o) and not _hostile_act(lex, o) for o in aims)


def _answers_harm(lex: Lexicon, verb: Token | None) -> bool:
    """ "pledged to avenge the killing of its commander": an act the lexicon does not know,
    done on a hostile act its object names, answers that act (as CAMEO's VOW * REVENGE, 138,
    is a threat), no accord with whoever did it."""
    objs = objects_of(verb) if verb is not None else []
    acts = [lookup_noun(lex, o) for o in objs]
    return any(a is not None and a[0] in HOSTILE_ACTS and a[2] in objs for a in acts)


def _against_party(verb: Token) -> bool:
    """Whether an act is done against a party, by an intransitive verb's "against" ("to move
    against the rebels") or by that of an object CAMEO's threats name so ("take action
    against the rebels", `Lexicon.threats_against`), and with no partner it sides with ("to
    stand with Togo against the jihadists", "to stand by Kyiv against Moscow"); not what one
    shields its object from ("protect its borders against migrants"), nor an ill ("against
    corruption")."""
    objs = objects_of(verb)
    acts = [o for o in objs if lower_lemma(o) in load_lexicon().threats_against] if objs else [verb]
    against = [o for h in acts for o in prep_objects(h, ("against",))]
    partners = [o for h in [verb, *objs] for o in prep_objects(h, ("with", "alongside"))]
    # "to stand by Kyiv against Moscow": a party one stands by is a partner too.
    partners += [o for o in prep_objects(verb, ("by",)) if not _thing(o)]
    return bool(against) and not partners and not any(_thing(o) for o in against)


def _hostile_act(lex: Lexicon, noun: Token) -> bool:
    """Whether a noun names a hostile act ("attack", "strike", "protest")."""
    found = lookup_noun(lex, noun)
    return found is not None and QUAD_CLASS[found[0]] not in COOPERATIVE


def _yield_pledged(
    lex: Lexicon, token: Token, fixed: EventType | None, inner: Trigger | None, comp: Token | None
) -> bool:
    """ "agreed to stop fighting", "promised to lift the curfew", "announced their intention
    to disarm": a concession or retreat promised, pledged or agreed to is a concession made in
    words, PLOVER's codebook (CONCEDE + future and RETREAT + future do not reduce to AGREE);
    one only offered or one is ready to make ("is willing to withdraw", "offered to free
    them") is an offer, the codebook's AGREE, as is one agreed not to be made refused."""
    if inner is None or comp is None or inner.type not in _YIELDS or children(comp, ("neg",)):
        return False
    return _commits(lex, token, fixed)


def _commits(lex: Lexicon, token: Token, fixed: EventType | None) -> bool:
    """Whether a frame verb pledges or agrees to its infinitive's act ("agreed to", "promised
    to"), not one only offering it ("offered to", "made an offer to")."""
    committing = {lower_lemma(token), *(lower_lemma(o) for o in objects_of(token))}
    return fixed in (None, EventType.AGREE) and not committing & lex.offers


def _debt_forgiven(inner: Trigger | None, comp: Token | None) -> bool:
    """ "agreed to cancel the debt of Chad", "pledged to write off $2 billion of its debts": aid
    done to a debt forgives it (CAMEO codes each of its DEBT patterns so, 071), which PLOVER's
    codebook codes AID even when agreed to, no promise of aid (AGREE)."""
    if inner is None or comp is None or inner.type is not EventType.AID or children(comp, ("neg",)):
        return False
    return any(lower_lemma(o) == "debt" for o in with_counted(objects_of(comp)))


def _yield_named(lex: Lexicon, noun: Token) -> tuple[EventType, str | None, Token] | None:
    """ "promised concessions", "agreed to a withdrawal from Kosovo", "pledged a ceasefire": a
    concession or retreat a noun names, the doer's own (no one else's: "agreed to Russia's
    withdrawal"; none denied: "promised no concessions"), is pledged as one an infinitive tells
    is (`_yield_pledged`); the reading of the noun."""
    if children(noun, ("neg",)) or any(d.lower_ == "no" for d in children(noun, ("det",))):
        return None
    if any(p.pos_ != "PRON" for p in children(noun, ("poss",))):
        return None
    found = lookup_noun(lex, noun)
    return found if found is not None and found[0] in _YIELDS else None


def _yield_mode(etype: EventType, mode: str | None) -> str | None:
    """The mode of a concession made in words: a concession's own, a retreat's by its type."""
    return mode if etype is EventType.CONCEDE else MODE_OF_TYPE[etype]


def refrained(trig: Trigger, act: EventType, verb: Token) -> Trigger:
    """ "promised not to attack Somalia", "will not attack": to refrain from harm is a pledge
    of restraint (AGREE: CAMEO's 035x, intents to ease or de-escalate), no threat; from
    cooperating, forces sent to a state included, a refusal ("will not send troops to
    Latvia", "pledged not to send aid"). `verb` is the verb of the act refrained from."""
    if QUAD_CLASS[act] in COOPERATIVE or promise(verb, act, None, 0).type is EventType.AGREE:
        return replace(trig, type=EventType.REJECT, mode=MODE_OF_TYPE.get(act))
    return replace(trig, type=EventType.AGREE, mode=None)


def _asks_whoever(token: Token) -> bool:
    """ "urged anyone with information to contact police", "called on witnesses to come
    forward": the public at large (`whoever`) asked to act is appealed to, whoever knows or
    can help, no side; people a request makes a side, its own or a state's, are asked to
    act as any party is (CAMEO's APPEAL (TO &PEOPLE), 021: "police urged residents to stay
    indoors", "called on Kenyans to vote")."""
    asked = _asked(token)
    return bool(asked) and all(whoever(noun) for noun in asked)


def _asked(token: Token) -> list[Token]:
    """Whom a verb of asking names as asked: its object, or whom it calls on or appeals to."""
    return [*children(token, ("dobj",)), *prep_objects(token, ("on", "to"))]


def asks_populace(token: Token) -> bool:
    """ "appealed to the public for information", "sought the public's help", "asked
    residents for patience": the public, people of no sector (or an indefinite pronoun),
    asked for help or information, no act, is appealed to, whoever knows, no side asked to
    act (an act asked of them: `_frame`). Whose help or patience is asked for ("the
    public's help", "help from the public") are the ones asked."""
    asked = [a for noun in _asked(token) for a in whose_asked(noun)]
    # What is asked for names the ones asked where it is whose it is, or is people itself
    # ("appealed for witnesses to come forward"); "for help" alone names no one.
    asked += [
        a
        for noun in prep_objects(token, ("for",))
        for a in whose_asked(noun)
        if a is not noun or populace(a)
    ]
    return bool(asked) and all(populace(noun) for noun in asked)


def whose_asked(noun: Token) -> list[Token]:
    """The one asked behind what is asked of them: "the public's help", "help from the
    public" -> public; people asked are themselves ("its citizens", "residents")."""
    if populace(noun):
        return [noun]
    return [*children(noun, ("poss",)), *prep_objects(noun, ("from",))] or [noun]


def _warns_of_harm(comp: Token | None, inner: Trigger | None) -> bool:
    """ "warned Iran not to interfere", "warns Gambia that it plans to invade": a warning is a
    threat where it deters, or warns of a hostile act of the one warned or of the speaker's
    side (a pronoun); "warned that the regime plans to ..." tells of a third party's."""
    if comp is not None and comp.dep_ == "xcomp" and any(c.dep_ == "neg" for c in comp.children):
        return True  # "warned Beijing not to interfere": deterrence
    if comp is None or inner is None or QUAD_CLASS[inner.type] in COOPERATIVE:
        return False
    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON":
        return True
    # "the army chief warned that the army could attack": the warner's own forces doing
    # it are the warner's side.
    warner = subject_of(load_lexicon(), comp.head)
    forces = subj.dep_ == "nsubj" and lower_lemma(subj) in load_lexicon().forces
    return forces and own_forces(subj) and warner is not None and side(warner)


def _warns_of_danger(lex: Lexicon, token: Token) -> bool:
    """ "warned residents about the volcano", "warned the public of a storm", "warned of a
    recession": a warning to the public at large (`_populace`) or to no one named, of no
    hostile act, is advice on a danger (CAMEO's WARN OF RISK, 012, a comment), no threat, as a
    warning to do no act against anyone is; of an act against someone, or of what CAMEO reads
    as harm a warning announces (`Lexicon.threatened`, and the heads of WARN's own threats,
    whatever their modifiers: "(OF {COLLECTIVE ACTION})", "(OF RESPONSE)"), it stays a threat
    ("warned residents of airstrikes", "warned of military action"). With no one warned,
    "against" deters another's act ("warned against interference": CAMEO's WARN (AGAINST
    PROVOCATION), 130), no danger told. An object that names no one (`_thing`) is what is
    warned of, the subject of the clause told that the parse hangs on the verb ("warned the
    collapse of the talks would leave both sides poorer"). A hostile act warned of that is
    another's by its words (`_others_act`) foretells harm, threatens none."""
    warned = [n for n in children(token, ("dobj",)) if not _thing(n)]
    if not all(populace(n) for n in warned):
        return False
    # The parse may hang the danger on the verb or on the ones warned.
    told = prep_objects(token, _WARNED_OF if warned else ("of", "about")) + [
        o for n in warned for o in prep_objects(n, _WARNED_OF)
    ]
    told += [n for n in children(token, ("dobj",)) if _thing(n)]
    threats = lex.threatened.keys() | {
        head
        for p in lex.cameo.get("warn", ())
        if p.type is EventType.THREATEN
        for element in p.objects
        for head, _ in element
    }
    return bool(warned or told) and not any(
        (
            lower_lemma(o) in threats
            or (
                (found := lookup_noun(lex, o)) is not None
                and QUAD_CLASS[found[0]] not in COOPERATIVE
            )
        )
        and not _others_act(o)
        for o in told
    )


def _others_act(act: Token) -> bool:
    """ "attacks by the militants", "a Russian invasion", "the rebels' offensive": an act
    whose doer its words name by a noun or a people's adjective, not by a pronoun for the
    speaker's side or its forces ("their response", "an attack by its army")."""
    doers = [
        *children(act, ("poss",)),
        *prep_objects(act, ("by",)),
        *(m for m in children(act, ("amod", "compound")) if m.ent_type_ in ("NORP", "GPE")),
    ]
    return any(
        d.pos_ != "PRON" and not any(p.pos_ == "PRON" for p in children(d, ("poss",)))
        for d in doers
    )


def _war_foreseen(lex: Lexicon, token: Token, pattern: Pattern, used: set[int]) -> bool:
    """ "the UN chief warned of war in the region": a war warned of (CAMEO's WARN (OF &FIGHT),
    138) threatens force only where the speaker names who would be fought: the one warned
    ("warned Ukraine of war"), the war's other side ("of war with Taiwan") or what would set
    it off ("warned of war if the United States attacks"); else it foresees a war, a
    pessimistic comment (012), as "warned of a catastrophe" does."""
    wars = [
        o
        for o in prep_objects(token, ("of",))
        if o.i in used and lower_lemma(o) in lex.on_opponents
    ]
    if lower_lemma(token) != "warn" or pattern.type is not EventType.THREATEN or not wars:
        return False
    warned = [n for n in children(token, ("dobj",)) if not populace(n)]
    sides = [s for w in wars for s in prep_objects(w, ("with", "against", "on", "between"))]
    conditions = [
        c for c in children(token, ("advcl",)) if any(m.lower_ in _CONDITIONS for m in c.children)
    ]
    return not (warned or sides or conditions)


# Subordinators of a condition: "if the United States attacks", "unless they withdraw".
_CONDITIONS = frozenset({"if", "unless"})


def _warns_alone(token: Token) -> bool:
    """ "The dam could burst, the minister warned, and ...", "Peru warned.": a warning with
    no one warned and nothing warned of in its own words tells its content in the clause it
    is hung on or in the words quoted before, which are coded as themselves (a threat of the
    speaker's side, "we will strike back, he warned", is one there); the verb alone threatens
    no one."""
    return not (children(token, ("dobj",)) or prep_objects(token, _WARNED_OF))


def _warns_of_crowd(lex: Lexicon, token: Token) -> bool:
    """ "warned of an invasion of migrants": a warning of people at large moving in
    (`crowd_entering`) tells of no actor's act but of a flow of people, as CAMEO's WARN OF
    EXODUS (012, a comment) does, no threat ("warned of an invasion of Russian troops"
    stays one)."""
    told = prep_objects(token, _WARNED_OF)
    return bool(told) and all(crowd_entering(lex, o) for o in told)


# What a warning is of: "warned of a storm", "about the volcano", "against travel".
_WARNED_OF = ("of", "about", "against")


def _through_transparent(lex: Lexicon, comp: Token | None, inner: Trigger | None) -> Trigger | None:
    """ "agreed to begin talks": look through a transparent verb to the act it governs."""
    while inner is None and comp is not None and lemma_in(comp, lex.transparent):
        comp = complement(comp)
        inner = classify(lex, comp) if comp is not None else None
    return inner


# --- sentences -------------------------------------------------------------------------


def _copula_on_act(token: Token) -> bool:
    """ "is on a visit to Japan", "were on strike": a copula whose "on" brings an act, said
    of a party, is the light verb of that act under way, as "arrived on a visit" is; not of
    a thing ("the report was on the protests": its topic), nor a point short of the act ("were
    on the verge of a deal")."""
    return (
        token.pos_ == "AUX"
        and token.dep_ not in ("aux", "auxpass")
        and lower_lemma(token) == "be"
        and any(
            not prep_objects(o, ("of",))
            for p in children(token, ("prep",))
            if p.lower_ == "on"
            for o in children(p, ("pobj",))
        )
        and any(not _thing(s) for s in children(token, ("nsubj",)))
    )


def _verbal(token: Token) -> bool:
    """A verb, or a headline's verb the tagger read as a noun: the root of its line with a
    subject before it and an object after ("Police raid offices", "X and Y sign accord"),
    or, written as a present verb, a clause or a preposition after ("X and Y pledge to
    cooperate", "Police appeal for help")."""
    if token.pos_ == "VERB" or _copula_on_act(token):
        return True
    if token.pos_ != "NOUN" or token.dep_ != "ROOT":
        return False
    if not any(c.dep_ in HEADLINE_SUBJECTS or name_as_modifier(c) for c in token.lefts):
        return False
    if any(c.dep_ == "dobj" for c in token.rights):
        return True
    present = token.lower_ in (token.lemma_.lower(), token.lemma_.lower() + "s")
    return present and any(c.dep_ in ("xcomp", "ccomp", "prep") for c in token.rights)


# Acts done to others by force, which a verb of yielding may end; a protest is its crowd's.
HOSTILE_ACTS = frozenset(t for t, q in QUAD_CLASS.items() if q is QuadClass.MATERIAL_CONFLICT) - {
    EventType.PROTEST
}


def nominal(lex: Lexicon, token: Token) -> Trigger | None:
    """An event written as a noun with its actor: "Turkey's shoot-down of a Russian jet"."""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in ("compound", "amod", "poss"):
        return None
    if (
        token.dep_ == "pobj"
        and token.head.lower_ in _BACKGROUND_PREPS
        and not _cause_told(token)
        and not _attack_news(lex, token)
        and not _met_during(lex, token)
    ):
        return None  # "since Russia's invasion": the background of the news, not the news
    if _acted_on(lex, token):
        return None
    if (done := act_noun(lex, token)) is not None:
        return Trigger(token, done[0], done[1], 0.6, text=token.text, nominal=True)
    key = next((k for k in noun_keys(token) if k in lex.nouns), None)
    reading = lex.nouns[key] if key is not None else voiced_reading(lex, token)
    if (
        reading is None
        or in_name(token)
        or ailment(lex, token)
        or any(lower_lemma(c) in lex.unreal for c in token.children if c.dep_ == "amod")
    ):
        return None  # "Uruguay's future concessions" are no act yet
    if _judged(lex, token) or crowd_entering(lex, token):
        return None
    etype, mode = reading
    if key == "appeal" and (law := appeal_in_law(token)) is not EventType.REQUEST:
        if law is None:
            return None
        etype, mode = law, DECLINED_TO_YIELD
    if key == "strike":
        etype, mode = work_stoppage(token) or (etype, mode)
    # "Biden's pledge to pick a running mate": a promise of an act the lexicon does not know
    # is political only made to a party or bearing on one, as the verb's bare promise (`_frame`).
    clause = to_clause(token) if lower_lemma(token) in lex.commit_nouns else None
    bare = clause is not None and _through_transparent(lex, clause, classify(lex, clause)) is None
    return Trigger(token, etype, mode, 0.6, text=token.text, nominal=True, needs_partner=bare)


def _met_during(lex: Lexicon, noun: Token) -> bool:
    """ "During a phone call with Xi, Biden raised ...": a meeting with a partner named that
    the clause's act is told in is held then, no background."""
    return (
        noun.head.lower_ == "during"
        and lex.nouns.get(lower_lemma(noun), (None,))[0] is EventType.CONSULT
        and bool(prep_objects(noun, ("with",)))
    )


def _cause_told(noun: Token) -> bool:
    """ "fled after Israeli shelling of the villages", "amid Russia's bombardment of Aleppo": a
    deed told with its doer named and what it was done to, as what the news follows from or
    goes on amid, is news too (not one "since" it: long before)."""
    named = [c for c in children(noun, ("poss", *SIDE_MODIFIERS)) if c.ent_type_ in _DOER_ENTITIES]
    return noun.head.lower_ in _CAUSE_PREPS_OF_NEWS and bool(named) and patient_told(noun)


def _attack_news(lex: Lexicon, noun: Token) -> bool:
    """ "fled after the attack on the village", "reopened a week after the suicide bombing in
    Maiduguri": one attack of no doer named (`unsigned_attack`, no "by"), told as what the news
    follows from or goes on amid or during, is news too, as a deed told with its doer is
    (`_cause_told`); not one "since" or "before" it."""
    news = noun.head.lower_ in _CAUSE_PREPS_OF_NEWS | {"during"}
    return news and unsigned_attack(lex, noun) and not prep_objects(noun, ("by",))


# The attacks ACLED codes by an unidentified armed group where no doer is told: an attack, an
# ambush, a massacre, and a bombing by its mode (`BOMBINGS`); not a raid or a strike, which a
# state's forces make, nor a murder or a stabbing, crimes.
_UNSIGNED_ATTACKS = frozenset({"attack", "ambush", "massacre"})
# Determiners of one attack or a few told, not attacks at large or any that may come.
_INSTANCE_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "another"})
# Modifiers that tell an attack made in words ("a blistering attack on the premier").
WORDED_ATTACK = frozenset(
    {
        "verbal",
        "rhetorical",
        "written",
        "personal",
        "scathing",
        "blistering",
        "stinging",
        "withering",
        "vitriolic",
    }
)
# Kinds that make an attack words, a hack, a crime of the body, one of a state's arms, or
# one not made (an attempt is made: "the attempted car bombing").
_UNARMED_KINDS = WORDED_ATTACK | {
    "political",
    "sexual",
    "cyber",
    "racist",
    "nuclear",
    "chemical",
    "foiled",
    "thwarted",
    "imminent",
}


def unsigned_attack(lex: Lexicon, noun: Token) -> bool:
    """ "the attack on the embassy", "a suicide bombing", "Saturday's ambush", "the massacre
    at the village": one attack of arms its noun tells (`_UNSIGNED_ATTACKS`), an instance (a
    determiner, a number, a day's possessive; not "terrorist attacks" at large), qualified
    only by arms, a vehicle or a suicide ("a car bombing"), not by a name ("the Srebrenica
    massacre", a past one known by it), a date, another possessor (its doer), or a kind that
    is no blow of arms or not made ("a verbal attack", "a shark attack", "a foiled attack")."""
    found = lookup_noun(lex, noun)
    if found is None or found[0] is not EventType.ASSAULT:
        return False
    if lower_lemma(noun) not in _UNSIGNED_ATTACKS and found[1] not in BOMBINGS:
        return False
    owners = children(noun, ("poss",))
    one = any(
        (c.dep_ == "det" and c.lower_ in _INSTANCE_DETERMINERS) or c.dep_ == "nummod"
        for c in noun.children
    )
    if owners:
        one = all(p.ent_type_ in ("DATE", "TIME") for p in owners)
    kinds = children(noun, ("compound", "nmod"))
    armed = all(
        set(attack_words(c)) & (lex.arms | lex.attacks)
        or lower_lemma(c) in lex.vehicles | {_SUICIDE}
        for c in kinds
    )
    unarmed = any(
        {c.lower_, lower_lemma(c)} & (_UNARMED_KINDS | lex.unreal)
        or c.ent_type_ in ("DATE", "TIME")
        for c in children(noun, ("amod",))
    )
    return one and armed and not unarmed


def _news_follows(verb: Token) -> bool:
    """ "the talks came a day after Chad swapped prisoners": a clause of what the news follows
    from, told in full with its own subject, or a passive gerund with its doer ("died after
    being shot by police"), as `_cause_told` reads a deed's noun after "after" (not one
    "since" it, nor "before", which may not have happened)."""
    marks = children(verb, ("mark",))
    told = children(verb, ("nsubj", "nsubjpass"))
    if verb.dep_ == "pcomp" and verb.head.lower_ in _CAUSE_PREPS_OF_NEWS:
        # "died after being shot by police": a passive gerund told with its doer ("by").
        return bool(children(verb, ("auxpass",)) and children(verb, ("agent",)))
    return (
        verb.dep_ == "advcl" and bool(told) and any(m.lower_ in _CAUSE_PREPS_OF_NEWS for m in marks)
    )


def arms_named(lex: Lexicon, noun: Token) -> bool:
    """Whether a noun, or a compound before it, names arms or an attack ("a grenade", "a
    pistol shot", "a mortar round", "rifle fire", "the shelling"): what did harm was arms."""
    words = {w for t in [noun, *children(noun, ("compound",))] for w in attack_words(t)}
    return (
        bool((words | kinds(noun)) & (lex.attacks | lex.arms))
        or _carries_arms(lex, noun)
        or _shooters_fire(lex, noun)
    )


def _shooters_fire(lex: Lexicon, noun: Token) -> bool:
    """ "sniper fire", "police fire": the fire a compound names a person or a force for is
    gunfire (`Lexicon.volleys`), not a blaze ("a house fire")."""
    return lower_lemma(noun) in lex.volleys and any(
        is_person_noun(lower_lemma(c)) or agent_codes(c, own=True)
        for c in children(noun, ("compound",))
    )


def _arms_set_off(lex: Lexicon, noun: Token) -> bool:
    """Whether a noun, or the adjective that tells its kind ("explosive belts"), names arms."""
    return arms_named(lex, noun) or any(
        lower_lemma(m) in lex.arms for m in children(noun, ("amod",))
    )


def fired_before(lex: Lexicon, verb: Token) -> Token | None:
    """ "Rockets fired from Gaza hit Sderot": the parse may make the arms' participle the
    sentence's verb, the arms its subject, and the verb that tells what they struck its
    conjunct or adverbial clause with no subject of its own. The verb of firing, if so."""
    head = verb.head
    if verb.dep_ not in ("conj", "advcl") or children(verb, ("nsubj", "nsubjpass")):
        return None
    if lower_lemma(head) not in lex.firing or children(head, OBJECT_DEPS):
        return None
    arms = children(head, ("nsubj",))
    return head if arms and arms_named(lex, arms[0]) else None


def _carries_arms(lex: Lexicon, noun: Token) -> bool:
    """ "a truck loaded with explosives", "an explosives-laden car", "a van carrying
    explosives": a thing its modifier fills with arms is a weapon itself, as CAMEO's
    "explosive car" is."""
    carried = [
        o
        for m in children(noun, ("acl", "amod"))
        for o in [*prep_objects(m, ("with",)), *children(m, ("dobj", "npadvmod"))]
    ]
    return any(set(attack_words(o)) & lex.arms for o in carried)


def _judged(lex: Lexicon, noun: Token) -> bool:
    """ "called May's deal a betrayal", "described Turkey's offensive as a disaster": the
    event a judging verb's object names is the thing judged, told before, not news."""
    tok = noun
    while tok.dep_ in ("dobj", "nsubj", "ccomp", "appos", "oprd") and tok.head != tok:
        tok = tok.head
        if tok.pos_ == "VERB":
            return lower_lemma(tok) in lex.judging and (
                lower_lemma(tok) != "call" or _describes(tok, "call")
            )
    return False
