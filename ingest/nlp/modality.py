"""Whether an event was done: negation, hypothesis, questions and other acts not asserted.

An act that did not happen ("did not take part", "skipped the summit", "has yet to sign") is
kept and flagged negated; what is asked, polled, believed or supposed ("asked whether", "41
percent said", "fears Russia will attack", "if") is no act: a question, a command, advice, a
poll, a condition or a wish ("hopes to sign") gives no event, an opinion or a guess a
hypothetical one; nor is what a text says ("the guidelines call for ..."), what is done as a
rule or a habit ("protesters often clash with police"), or a standing position ("the party
supports the ticket"). Each event also names
the verb of an act still ahead of its report, if any, so that its dates can be read forward.
"""

from collections.abc import Iterable
from dataclasses import replace
from itertools import takewhile

from spacy.tokens import Span, Token

from graph.models import QUAD_CLASS, EventType
from ingest.nlp.actors import is_office_word, is_person_noun
from ingest.nlp.lexicon import COOPERATIVE, MATERIAL, Lexicon, load_lexicon
from ingest.nlp.senses import (
    GENERIC_HEADS,
    agent_codes,
    bare_singular,
    infinitive_after,
    light_gerund,
    lookup_noun,
    objects_of,
    particles_of,
    purpose_clause,
    quoted,
    reporter_of_aside,
    scheduled_for,
    subject_of,
)
from ingest.nlp.syntax import (
    FINITE,
    NOMINAL,
    OBJECT_DEPS,
    antecedent,
    aux_words,
    children,
    definite_noun,
    lemma_in,
    lower_lemma,
    names_kind,
    negated_subject,
    prep_objects,
    prose,
    ranked,
    subjunctive,
)
from ingest.nlp.triggers import (
    BACKGROUND,
    FUTURE_AUX,
    MODE_OF_TYPE,
    PROMISABLE,
    WH_TAGS,
    Trigger,
    asks_populace,
    classify,
    defends_in_words,
    forces_used,
    own_forces,
    promise,
    refrained,
    side,
    whose_asked,
)

_MODAL_AUX = frozenset({"could", "may", "might", "should", "can", "must", "ca"})
_POSSIBLE_AUX = frozenset({"could", "may", "might"})
# Adverbs of a norm, not of a record: "police usually arrest ..." tells what is done as a
# rule, "historically, governors were appointed by the emperor" what was.
_NORM_ADVERBS = frozenset(
    {"usually", "typically", "generally", "normally", "commonly", "customarily", "ordinarily"}
    | {"traditionally", "conventionally", "historically"}
)
# Adjectives of a norm, predicated of an infinitive through "it": "it is common for police to
# arrest ...", "it is rare for a king to dismiss ..." tell what is done, or not, as a rule.
# Words that open a clause of the occasions on which something is done ("when", "whenever"
# as adverbs; "every time", "each time" as a noun of time), or of its condition ("if").
_OCCASION_ADVERBS = frozenset({"when", "whenever"})
_OCCASION_DETERMINERS = frozenset({"every", "each", "any"})
# Adverbs of how often: with a simple present they tell a habit ("protesters often clash with
# police", "the agency regularly inspects ..."); with a past or a perfect, acts done ("soldiers
# routinely beat detainees during the siege", "has often mediated").
_FREQUENCY_ADVERBS = frozenset(
    {"often", "regularly", "frequently", "routinely", "sometimes", "occasionally", "always"}
    | {"constantly", "seldom", "rarely", "habitually", "periodically", "repeatedly"}
)
_NORM_ADJECTIVES = frozenset(
    {"common", "commonplace", "usual", "unusual", "customary", "normal", "typical", "routine"}
    | {"rare", "uncommon", "standard", "ordinary"}
)
_PERFECT_AUX = frozenset({"have", "has", "had", "'ve"})
# Adjectives of certainty that, with an infinitive, tell the teller's estimate: "is sure to".
_SURE_ADJECTIVES = frozenset({"certain", "sure", "bound"})
# Adverbs of the teller's estimate or hope, not of the doer's word: "will probably attack".
_HEDGES = frozenset(
    {"perhaps", "maybe", "probably", "possibly", "likely", "presumably", "conceivably"}
    | {"hopefully"}
)
# A stretch of time with no bound ("in its history", "over the years", "throughout the
# centuries"; not "for years", an act lasting, nor "in recent years", "over the last three
# years", the stretch up to the news) and a count of times with no number ("numerous
# times", "on many occasions").
_OPEN_TIME_PREPS = frozenset({"in", "over", "throughout"})
_OPEN_SPANS = frozenset({"year", "decade", "century", "generation"})
_BOUNDS = ("nummod", "amod")
_TIMES = frozenset({"time", "occasion"})
_OPEN_COUNTS = frozenset({"numerous", "many", "countless", "innumerable", "multiple"})

# A condition states no act, not even a possible one: "... unless Baghdad accepts the terms";
# nor does an indirect question ("did not say whether he supported the plan"), nor what is
# guarded against ("lest the army intervene").
_CONDITION_MARKS = frozenset({"if", "unless", "whether", "lest"})
# Marks of a time clause on which an act waits: in the present tense it tells an act still
# ahead ("will not disarm until Israel ends the blockade", "must agree before they
# demobilize"), as much a condition as "unless"; in the past, one done ("held him until his
# lawyer arrived").
_PENDING_MARKS = frozenset({"until", "till", "before", "once"})
# Auxiliaries that open a condition put before the subject ("should Iran close the strait",
# "had police fired", "were the army to withdraw").
_INVERTING_AUX = frozenset({"should", "had", "were"})
# Conditions told by a phrase the parser splits, read as the words before a clause or a noun
# phrase: "in case protesters storm the palace", "in the event that Russia invades", "on
# condition that the rebels disarm", "in the event of an invasion".
_CONDITION_PHRASES = (
    ("in", "case"),
    ("in", "the", "event"),
    ("on", "condition"),
    ("in", "case", "of"),
    ("in", "the", "event", "of"),
)


def purpose_of_noun(token: Token) -> bool:
    """ "Colombia's request to extradite them", "an operation to free hostages", "a deal for
    troops to leave" (the parser makes an infinitive with a subject of its own an adverbial
    clause of the noun), "the votes needed to convict him": what a noun asks, plans, aims at
    or is needed for is its content, not an act that took place."""
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children):
        return False
    if _bid_by_noun_before(token):
        return True
    head = token.head
    if token.dep_ in ("xcomp", "advcl") and head.dep_ == "acl" and head.head.pos_ in NOMINAL:
        # "the majority required by the constitution to impeach": a participle of need on
        # the noun governs the infinitive.
        return lower_lemma(head) in load_lexicon().obligation
    own_subject = token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in token.children
    )
    return (
        (token.dep_ == "acl" or own_subject)
        and head.pos_ in NOMINAL
        and head.dep_ != "ROOT"  # "EU to impose sanctions": a headline's announced act
    )


def _bid_by_noun_before(token: Token) -> bool:
    """ "renewed its call to release the journalists": an infinitive right after a noun of
    asking, hung by the parser on the noun's verb, is what the noun asks, not done."""
    noun = token.doc[token.i - 2] if token.i >= 2 else None
    if noun is None or noun.pos_ not in NOMINAL or infinitive_after(noun) != token:
        return False
    read = lookup_noun(load_lexicon(), noun)
    return read is not None and read[0] is EventType.REQUEST


def _headline_plan(token: Token) -> bool:
    """ "EU to impose sanctions": a headline's infinitive, as its root or on its root noun,
    announces an act (even of a ranked noun: "Germany's largest party to boycott the vote");
    in prose the parser may make a record's infinitive the root (`_record`)."""
    head = token.head
    return (
        any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)
        and (
            token.dep_ == "ROOT"
            or (token.dep_ in ("acl", "relcl") and head.dep_ == "ROOT" and head.pos_ in NOMINAL)
        )
        and not (prose(token.sent) and _record(token))
    )


def _record(token: Token) -> bool:
    """ "Trump, the third president to be impeached, ...", "Kenya becomes first state to
    expel ...": an infinitive told of a noun ranked by an ordinal or a superlative states a
    record, an act done, no plan nor purpose; the parser hangs it on the noun, or makes it
    the root with the noun its subject, or a clause of the verb the noun completes."""
    if _to_of(token) is None:
        return False
    if token.dep_ in ("acl", "relcl"):
        nouns = [token.head]
    elif token.dep_ == "ROOT":
        nouns = children(token, ("nsubj", "nsubjpass"))
    elif token.dep_ == "advcl":
        nouns = children(token.head, ("attr", "oprd"))
    else:
        nouns = []
    return any(ranked(n) for n in nouns)


def unasserted(lex: Lexicon, token: Token) -> bool:
    """ "efforts to urge Ukraine to investigate", "pleaded guilty to threatening to attack":
    what a purpose clause of a noun or a frame verb governs is not asserted, even where the
    frame itself codes nothing (the frame's own event, if any, absorbs it)."""
    for anc in token.ancestors:
        if purpose_of_noun(anc):
            return True
    # Up through coordination and "to": "threatening to assault and murder" (the parser may
    # read that "to" as a preposition).
    while token.dep_ in ("conj", "xcomp", "pobj", "prep") and token.head != token:
        lemma = lower_lemma(token.head)
        if (lemma in lex.fixed_frames or lemma in lex.commit_frames) and (
            token.dep_ == "xcomp" or (token.dep_ == "prep" and token.lower_ == "to")
        ):
            return True
        token = token.head
    return False


def ended(lex: Lexicon, token: Token) -> bool:
    """ "stopped supplying electricity to Gaza", "postponed signing the deal": an act a verb of
    `Lexicon.on_acts` governs is brought to an end or put off, not done (a hostile one codes
    as its ending: "stopped shelling the city", `_done_to_act`)."""
    return _governed_by(token, lex.on_acts.keys())


def averted(lex: Lexicon, noun: Token) -> bool:
    """ "sent troops to deter an attack by the rebels", "the coup was averted", "to avoid a
    war with Russia": an act a verb of averting (`Lexicon.averting`) takes for its object did
    not happen, nor did one warned or advised against ("warned Russia against an invasion of
    Ukraine", "advised against an offensive"; not "appealed against the ruling")."""
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "against":
        verb = lower_lemma(noun.head.head)
        return verb in lex.appeals or lex.fixed_frames.get(verb) is EventType.THREATEN
    return noun.dep_ in ("dobj", "nsubjpass") and lower_lemma(noun.head) in lex.averting


def any_instance(noun: Token) -> bool:
    """ "vowed to respond to any Israeli attack", "would veto any sanctions": an act's noun
    under "any" names whichever may come, no act told."""
    return any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children)


def headed_for(lex: Lexicon, noun: Token) -> bool:
    """ "moved toward new sanctions", "is heading towards an embargo", "moved closer to
    imposing sanctions", "moved towards agreeing on an embargo", "took a step toward an
    embargo", "the bloc's move towards sanctions": an act a verb or a noun of motion heads for
    is not done yet (not one already told or done by another, "police moved toward the
    protest", "towards a protest by miners", nor one a noun on the way names, "drove toward
    the scene of the attack", nor what a feeling, a stance, a thought or a sum is toward,
    "anger toward the crackdown", "a donation toward aid": `_motion`)."""
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head
    if definite_noun(noun) or prep_objects(noun, ("by",)):
        return False
    token = noun
    while token.dep_ in ("pobj", "pcomp", "prep", "dobj") and token.head != token:
        toward = token.lower_ in ("toward", "towards") and _motion(lex, token.head)
        if token.dep_ == "prep" and (toward or _closer_to(token)):
            return True
        token = token.head
        if token.pos_ in NOMINAL:
            return False
    return False


def _motion(lex: Lexicon, head: Token) -> bool:
    """A verb, or a noun WordNet reads first as no quality or feeling, no thought and no sum
    ("step", "move", "push"; not "anger", "attitude", "donation"), that a "toward" hangs on."""
    if head.pos_ == "VERB":
        return True
    return head.pos_ == "NOUN" and lower_lemma(head) not in lex.qualities | lex.contents | lex.money


def _closer_to(prep: Token) -> bool:
    """ "moved closer to", "edged nearer to": the comparative of nearness a verb takes."""
    head = prep.head
    near = head.tag_ in ("JJR", "RBR") and lower_lemma(head) in ("close", "near")
    return prep.lower_ == "to" and near and head.head.pos_ == "VERB"


def _refused(lex: Lexicon, token: Token) -> bool:
    """ "denied ordering the raid", "ruled out sending troops", "denied having asked Iran for
    money": an act a verb of refusing or denying (`Lexicon.refusing`) takes as its gerund was
    not done, by its doer's own word (what another is said to have done is a claim denied:
    `_disputed`)."""
    return _governed_by(token, lex.refusing)


def _ruled_out(lex: Lexicon, token: Token) -> bool:
    """ "ruled out sending troops", "resisted signing the deal": a verb of CAMEO's block of
    refusing that is no event of its own refuses the act it governs (120, REJECT); "denied
    ordering the raid" is the denial's own event, the raid none."""
    verb = token.head
    words = [lower_lemma(verb), *(f"{lower_lemma(verb)} {c.lower_}" for c in particles_of(verb))]
    return _refused(lex, token) and not any(w in lex.verbs for w in words)


def _governed_by(token: Token, verbs: Iterable[str]) -> bool:
    """Whether the token is the clausal complement of one of the verbs, by lemma or phrasal
    verb ("rule out")."""
    verb = token.head
    if token.dep_ != "xcomp" or verb == token:
        return False
    lemma = lower_lemma(verb)
    return any(k in verbs for k in [lemma, *(f"{lemma} {c.lower_}" for c in particles_of(verb))])


def proposed(lex: Lexicon, token: Token) -> bool:
    """ "recommended that the troops withdraw", "advised Kyiv to suspend talks": what a verb
    of appeal or proposal governs (CAMEO's 020, appeal) is asked for, not done; the
    doer's own act a transparent one governs is an intent, read through ("proposed to meet
    Iran": `flags`), and words quoted are what was said ("proposed: 'I ask all leaders to
    ...'")."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    head = token.head
    own = token.dep_ == "xcomp" and not objects_of(head) and lemma_in(head, lex.transparent)
    said = token.dep_ == "ccomp" and quoted(token)
    return (
        token.dep_ in ("xcomp", "ccomp") and lower_lemma(head) in lex.appeals and not (own or said)
    )


# Nouns whose "that" clause is what is asked, promised or threatened, not what was done.
_SAYING_NOUNS = frozenset({EventType.REQUEST, EventType.AGREE, EventType.THREATEN})


def content_of_noun(lex: Lexicon, token: Token) -> bool:
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
    found = lookup_noun(lex, head)
    return found is not None and found[0] in _SAYING_NOUNS


def asks_comment(lex: Lexicon, trig: Trigger) -> bool:
    """ "reached out to the ministry for comment", "declined a request for comment": a
    statement asked for (a word CAMEO files only under statements), or a request for one
    refused, is a reporter's inquiry, no act between political sides; not a noun of an act
    of its own ("called for talks": negotiations)."""
    if trig.type not in (EventType.REQUEST, EventType.REJECT):
        return False
    heads = [trig.token, *objects_of(trig.token)]
    return any(
        lower_lemma(o) in lex.statements and lookup_noun(lex, o) is None
        for h in heads
        for o in prep_objects(h, ("for",))
    )


# What police ask of the public when they name no one asked: "appeal for information".
_PUBLIC_HELP = frozenset({"help", "information"})


def _clause_chain(lex: Lexicon, token: Token) -> list[Token]:
    """The token, the transparent verbs that govern it ("plans to attack"), the act its
    infinitive of purpose serves ("will visit Dakar to mediate": ahead as the visit is) and
    the verbs it is coordinated with where it shares their auxiliaries ("will not attend or
    send")."""
    chain = [token]
    if (light := light_gerund(lex, token)) is not None:
        chain.append(light)  # "did not take part in attacking": the light verb's
        token = light
    while (token.dep_ in ("xcomp", "conj") or purpose_clause(lex, token)) and token.head != token:
        head = token.head
        transparent = lemma_in(head, lex.transparent) or purpose_clause(lex, token)
        if token.dep_ == "xcomp" and not transparent:
            break
        if token.dep_ == "conj" and (token.tag_ in FINITE or aux_words(token)):
            break  # "did not want war but calls for talks": a clause of its own
        chain.append(head)
        token = head
    return chain


def in_condition(token: Token) -> bool:
    """True when the token sits in an "if"/"unless" clause (or one a phrase of condition
    opens: "in case ...", or its auxiliary before its subject: "should the House vote to
    impeach", "had the army attacked"), a time clause of an act still ahead ("until Israel
    ends the blockade"), a clause of purpose ("so he could fund the wall") or an indirect
    question ("asked whether ...")."""
    for anc in [token, *token.ancestors]:
        if anc.dep_ in ("advcl", "ccomp") and (
            any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in anc.children)
            or _inverted(anc)
            or _pending(anc)
            or _so_that(anc)
        ):
            return True
        if anc.dep_ != "ROOT" and _after_condition_phrase(anc):
            return True
    return False


def _pending(clause: Token) -> bool:
    """Whether a clause is one of time whose present tense tells an act still ahead."""
    return (
        clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in _PENDING_MARKS for c in clause.children)
        and any(t.tag_ in ("VBP", "VBZ") for t in [clause, *children(clause, ("aux", "auxpass"))])
    )


def _so_that(clause: Token) -> bool:
    """Whether a clause tells what its head was done for, by "so" or "so that" and a modal
    ("declared an emergency so he could fund the wall"): an aim, as "lest" names what is
    guarded against ("so the army withdrew" tells a result)."""
    marks = {m.lower_ for m in children(clause, ("mark",))}
    return "so" in marks and bool(aux_words(clause) & (_MODAL_AUX | {"would"}))


def _inverted(clause: Token) -> bool:
    """Whether a clause's auxiliary of condition comes before its subject (or before a noun
    where the parse misses the subject: "should the House vote"); not after an adverb ("only
    once had the army attacked", "never had": what was done, or not). The parser may make the
    auxiliary a verb without a subject of its own, heading the clause ("the talks would have
    failed had Uganda not apologised")."""
    subjects = children(clause, ("nsubj", "nsubjpass"))
    adverb_deps = ("advmod", "npadvmod", "neg")
    adverbs = children(clause, adverb_deps)
    auxes = children(clause, ("aux",))
    head = clause.head
    if head.i < clause.i and not children(head, ("nsubj", "nsubjpass", "expl")):
        auxes.append(head)
        adverbs += children(head, adverb_deps)
    for aux in auxes:
        if aux.lower_ not in _INVERTING_AUX or any(m.i < aux.i for m in adverbs):
            continue
        between = clause.doc[aux.i + 1 : clause.i]
        if any(s.i > aux.i for s in subjects) or (
            not subjects and any(t.pos_ in NOMINAL for t in between)
        ):
            return True
    return False


def _after_condition_phrase(head: Token) -> bool:
    """Whether the words before a clause or a noun phrase (past its "that") are a phrase of
    condition."""
    start = head.left_edge.i + (head.left_edge.lower_ == "that")
    before = [t.lower_ for t in head.doc[max(head.sent.start, start - 4) : start]]
    before = before[:-1] if before[-1:] == ["that"] else before
    return any(tuple(before[-len(p) :]) == p for p in _CONDITION_PHRASES)


def _condition_marks(token: Token) -> set[str]:
    """The marks of the conditions a verb is told on ("unless ...", "if ...")."""
    return {
        m.lower_
        for c in children(token, ("advcl",))
        for m in children(c, ("mark",))
        if m.lower_ in _CONDITION_MARKS
    }


def _not_yet(token: Token) -> bool:
    """ "has yet to join", "is yet to sign": the act has not happened."""
    head = token.head
    return (
        token.dep_ == "xcomp"
        and lower_lemma(head) in ("have", "be")
        and any(c.lower_ == "yet" for c in head.children)
    )


def _denies(neg: Token) -> bool:
    """ "did not attack" denies the act; "not just arrested them but beat them", "not merely
    protested" grants it and adds more."""
    after = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    return after is None or after.lower_ not in ("just", "merely", "simply", "only")


def _held_off(verb: Token) -> bool:
    """ "did not endorse her until July", "was not freed until Monday": the act was done, only
    later; "will not talk until ..." is a refusal on a condition."""
    later = any(c.lower_ in ("until", "till") for c in children(verb, ("prep", "mark")))
    return later and not aux_words(verb) & (_MODAL_AUX | FUTURE_AUX)


def _claim_of_none(trig: Trigger, subj: Token | None) -> bool:
    """ "no group has claimed responsibility for the bombing": no one claims it, yet the
    bombing the claim names was done, by an author untold."""
    return trig.noun is not None and lower_lemma(trig.token) == "claim" and subj is not None


def _negated(lex: Lexicon, trig: Trigger, chain: list[Token]) -> bool:
    negated = any(
        c.dep_ == "neg" and _denies(c) and not _held_off(t) for t in chain for c in t.children
    )
    negated = negated or any(lower_lemma(t) == "fail" for t in chain[1:]) or _not_yet(chain[-1])
    negated = negated or _unable(chain[-1]) or _refused(lex, chain[-1])
    subj = subject_of(lex, trig.token)
    denied = subj is not None and negated_subject(subj)
    negated = negated or (denied and not _claim_of_none(trig, subj))
    negated = negated or any(negated_subject(c) for t in chain for c in children(t, ("nsubjpass",)))
    # "made no apology", "no talks were held", "reached no agreement", "sent no troops",
    # "conceded nothing": the event noun, or what the act is done to, is denied.
    nouns = [trig.noun] if trig.noun is not None else []
    negated = negated or any(negated_subject(n) for n in [*nouns, *children(trig.token, ("dobj",))])
    # "did not skip the summit" is a meeting held.
    return negated != trig.absent


def _failed(chain: list[Token], aux: set[str]) -> bool:
    """The act was tried and not achieved: "failed to agree", "were unable to agree", "could
    not agree"."""
    return (
        any(lower_lemma(t) == "fail" for t in chain[1:])
        or _unable(chain[-1])
        or ("could" in aux and any(c.dep_ == "neg" for t in chain for c in t.children))
    )


def _no_outcome(lex: Lexicon, trig: Trigger) -> bool:
    """ "reached no agreement", "no deal was struck": the accord itself is denied, not its
    making: the talks failed, as "failed to agree" tells ("did not sign the deal" denies a
    signing)."""
    nouns = [] if trig.noun is None else [trig.noun]
    nouns += children(trig.token, ("dobj", "nsubjpass"))
    return any(
        negated_subject(n)
        and (found := lookup_noun(lex, n)) is not None
        and found[0] is EventType.AGREE
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


def _under_modal(token: Token) -> bool:
    """ "would have objected to Ukraine opening an inquiry", "would consider charging him",
    "would allow the police to arrest suspects": what a possible act takes as its own
    object, its infinitive or its bare participle clause, is only possible too, as is a
    gerund it takes for subject ("expelling the envoys would hurt trade")."""
    return _modal_governor(token) is not None


def _modal_governor(token: Token) -> Token | None:
    """The possible act (`_under_modal`) whose object, infinitive, participle clause or
    subject a verb is, if any."""
    while token.head != token and (
        token.dep_ in ("xcomp", "pcomp", "pobj", "prep")
        or (token.dep_ == "csubj" and token.tag_ == "VBG")
        or (token.dep_ == "ccomp" and "to" in aux_words(token))
        or (token.dep_ == "advcl" and not children(token, ("mark",)))
    ):
        # "said Sudan must withdraw, warning of sanctions": the warning is the speaker's.
        token = reporter_of_aside(load_lexicon(), token) or token.head
        if aux_words(token) & (_MODAL_AUX | {"would"}):
            return token
    return None


def _awaited(lex: Lexicon, token: Token) -> bool:
    """ "must agree to reforms before they disarm", "promised protests until Sweden joins":
    what a demand, a promise or a plan waits for has not happened."""
    for anc in [token, *token.ancestors]:
        if anc.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("until", "till", "before") for c in anc.children
        ):
            head = anc.head
            if aux_words(head) & (_MODAL_AUX | FUTURE_AUX) or lower_lemma(head) in (
                lex.commit_frames | lex.intent | lex.fixed_frames.keys()
            ):
                return True
    return False


def _purpose(lex: Lexicon, trig: Trigger) -> bool:
    """ "came to Syria to fight ISIS", "remained in Iraq to prevent a coup": an infinitive of
    purpose after a verb that is no act tells what was meant, not what was done. After an
    act, it tells what that act did or was for ("sent troops to quell the riot", "met to
    discuss the crisis", "struck a deal to restore ties"); a protest is done by being there
    ("gathered to protest the law"); told of a ranked noun, it is a record (`_record`)."""
    head = _purpose_of(lex, trig.token)
    if trig.type == EventType.PROTEST or head is None or _record(trig.token):
        return False
    return classify(lex, head) is None and not _meets_for(lex, trig, head)


def _split_aim(lex: Lexicon, token: Token) -> bool:
    """ "Efforts are under way to negotiate a truce", "plans are being drawn up to deport
    them", "an operation is ongoing to free the hostages": an infinitive the parser hangs on
    the predicate of a noun of effort, plan or intent is that noun's aim, as "efforts to
    negotiate" is (purpose_of_noun), whatever the predicate says of the effort. A verb's own
    complement is read by the clause chain ("the mission managed to free them"), as "was
    able to" is by _unable."""
    if _to_of(token) is None:
        return False
    clause = token.head
    if token.dep_ == "xcomp" and clause.dep_ == "acomp" and clause.lower_ != "able":
        clause = clause.head  # "are ongoing to ..."
    elif token.dep_ != "advcl":
        return False
    nouns = GENERIC_HEADS | lex.intent | lex.commit_nouns
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and lower_lemma(c) in nouns
        for c in clause.children
    )


def _aimed_content(lex: Lexicon, token: Token) -> bool:
    """ "(directed the ministry) to ensure the army strikes a deal", "in order to make sure
    that Turkey withdraws its troops": what an infinitive of purpose is to bring about or
    show is aimed at, not done, whether or not the act it serves was done."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    if token.dep_ != "ccomp":
        return False
    head = token.head
    if head.pos_ == "ADJ" and head.dep_ in ("acomp", "ccomp"):  # "to make sure that ..."
        head = head.head
    return purpose_clause(lex, head) or purpose_of_noun(head)


def _cleft_aim(lex: Lexicon, token: Token) -> bool:
    """ "What I would like to do now is discuss the documents", "what we want to do is meet
    the president": the act a pseudo-cleft puts after "be" is what its "what" clause wants,
    plans or would do, not done ("what the army did was attack the village" is done)."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    bes = children(token, ("aux",))  # the parser may make "is" the act's auxiliary
    if token.dep_ in ("xcomp", "attr"):
        bes.append(token.head)
    clauses = [c for be in bes if lower_lemma(be) == "be" for c in children(be, ("csubj",))]
    for clause in clauses:
        if any(t.lower_ == "what" for t in clause.subtree):
            return bool(aux_words(clause) & (_MODAL_AUX | FUTURE_AUX)) or lemma_in(
                clause, lex.intent
            )
    return False


def meeting_aim(lex: Lexicon, trig: Trigger) -> bool:
    """ "delegations met in Lima to sign an agreement", "visits Accra to deepen ties": an act of
    cooperation other than the meeting's own that a meeting (a CONSULT) is for is what one side
    set out to do, neither done nor promised by the other; the meeting is the event."""
    if trig.type is EventType.CONSULT or QUAD_CLASS[trig.type] not in COOPERATIVE:
        return False
    head = _purpose_of(lex, trig.token)
    meeting = classify(lex, head) if head is not None else None
    return meeting is not None and meeting.type is EventType.CONSULT


def _purpose_of(lex: Lexicon, token: Token) -> Token | None:
    """The verb whose infinitive of purpose a verb (or the first of its conjuncts) is."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token.head if purpose_clause(lex, token) else None


def _meets_for(lex: Lexicon, trig: Trigger, head: Token) -> bool:
    """ "gathered in Cairo to discuss Libya", "travelled to Moscow to meet Putin": a meeting is
    what a verb of coming together or travel (CAMEO's block 04, consult) is done for, and
    the meeting is told as done ("came to Iraq to fight ISIS" is not)."""
    return trig.type == EventType.CONSULT and lower_lemma(head) in lex.convening


def _arranged(token: Token) -> bool:
    """ "The Senate was to meet on Monday to discuss ...", "protesters were to march", "the
    summit is set to open", "talks are due to resume": what "be to" or a verb of scheduling
    governs, and what it is done for, is arranged, not yet done; so is a meeting "set" or
    "scheduled" for a day ("the talks were set for Friday")."""
    if scheduled_for(token):
        return True
    while token.dep_ in ("conj", "advcl") and token.head != token:
        token = token.head
    head = token.head
    return (
        token.dep_ == "xcomp"
        and (lower_lemma(head) == "be" or scheduled_for(head))
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)
    )


_DISPUTING = frozenset({EventType.ACCUSE, EventType.REJECT})


def _disputed(lex: Lexicon, token: Token) -> bool:
    """ "India alleges that Pakistan violated the truce", "Russia denied that its troops
    shelled the town", "the prisoner claimed he was wrongfully jailed", "the army is alleged
    to have shelled it": what an accusation, a denial or a claim says was done is a claim,
    not an act the report asserts; a known act cited as a reason inside it is asserted
    ("claimed that the shutdown was his fault, citing the Republicans' refusal to
    negotiate"), and so is a told act whose nature the claim judges ("denied that the
    strike on the hospital was deliberate": an act named by a definite noun,
    `definite_noun`, the subject of "be"; "denied the strike took place" disputes it)."""
    if token.dep_ == "nsubj" and definite_noun(token) and lower_lemma(token.head) == "be":
        return False
    for a in [token, *token.ancestors]:
        if a is not token and _cites(lex, a):
            return False
        if _told_content(a) and (
            lower_lemma(a.head) in lex.claims
            or ((trig := classify(lex, a.head)) is not None and trig.type in _DISPUTING)
        ):
            return True
    return False


def _told_content(clause: Token) -> bool:
    """What a claim or an accusation says was done: its "that" clause, or the infinitive of
    its passive ("the army is alleged to have shelled the town", the army's act, alleged)."""
    return clause.dep_ == "ccomp" or (
        clause.dep_ == "xcomp" and bool(children(clause.head, ("auxpass",)))
    )


def _cites(lex: Lexicon, verb: Token) -> bool:
    """ "citing", "pointing to": a verb that gives a known act as a reason."""
    lemma = lower_lemma(verb)
    return lemma in lex.citing or any(
        f"{lemma} {p.lower_}" in lex.citing for p in children(verb, ("prep",))
    )


def _told_would(aux: set[str]) -> bool:
    """ "The veterans would attack farmers", "Iran would then join": "would" (and no "will")
    outside reported speech tells a habit of the past or a condition, not a promise."""
    return aux & FUTURE_AUX == {"would"}


def _reported(lex: Lexicon, trig: Trigger) -> bool:
    """Whether an act is told under a verb of saying, warning or promising ("said it would
    attack", "'We would attack,' he said") or on a condition ("would attack if ..."),
    where "would" announces it."""
    return _said(lex, trig.token) or any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless")
        for c in children(trig.token, ("advcl",))
        for m in c.children
    )


def _said(lex: Lexicon, token: Token) -> bool:
    """Whether a verb is told under a verb of saying, warning or promising, or beside one as
    an aside ("'We will attack,' he said")."""
    told = lex.speech | lex.commit_frames | lex.fixed_frames.keys()
    heads = [token, *token.ancestors]
    return any(lower_lemma(a) in told for a in heads[1:]) or any(
        c.dep_ == "parataxis" and lower_lemma(c) in told for a in heads for c in a.children
    )


def _going_to(chain: list[Token]) -> bool:
    return any(lower_lemma(t) == "go" and t.tag_ == "VBG" for t in chain[1:])


def flags(lex: Lexicon, trig: Trigger) -> tuple[Trigger, bool, bool]:
    """Negation and hypothetical flags; an announced act becomes a pledge or a threat."""
    chain = _clause_chain(lex, trig.token)
    negated = _negated(lex, trig, chain)
    aux = set().union(*(aux_words(t) for t in chain))
    failed = negated and trig.type is EventType.AGREE
    failed = failed and (_failed(chain, aux) or _no_outcome(lex, trig))
    if failed:
        # CAMEO codes FAIL alone as a rejection (120), as the PLOVER gold codes a failure
        # to come to terms: not an agreement denied.
        trig, negated = replace(trig, type=EventType.REJECT, mode=None, confidence=0.7), False
    if negated and _ruled_out(lex, chain[-1]):
        trig, negated = replace(trig, type=EventType.REJECT, mode=None, confidence=0.7), False
    intent = _intended(lex, trig, chain)
    # "Poland fears Russia will attack", "it is unlikely that Chile would attack": an opinion
    # asserts no act, and makes no threat.
    opinion = _held(lex, trig.token)
    opinion = opinion or _judged_likely(lex, trig.token) or _likely_to(lex, trig.token)
    opinion = opinion or any(_hedged(t) for t in chain)
    opinion = opinion or _disposed(lex, trig.token)
    conditional = opinion or _under_modal(trig.token)
    conditional = conditional or _awaited(lex, trig.token) or _purpose(lex, trig)
    conditional = conditional or _aimed_content(lex, trig.token) or _cleft_aim(lex, trig.token)
    conditional = conditional or _arranged(trig.token) or _disputed(lex, trig.token)
    conditional = conditional or _obliged(chain[-1]) or subjunctive(chain[-1])
    conditional = conditional or _pledged_only(lex, trig) or _wisher(lex, trig) is not None
    conditional = conditional or _bidden(lex, chain[-1]) or any(_for_subject(t) for t in chain)
    conditional = conditional or any(_counterfactual(t) or _split_aim(lex, t) for t in chain)
    future = bool(aux & FUTURE_AUX) or _going_to(chain)
    if conditional or (_told_would(aux) and not negated and not _reported(lex, trig)):
        return trig, negated, True
    plan = any(_headline_plan(t) for t in chain)  # "to visit Peru and meet ...": both ahead
    ahead = _scheduled(lex, trig) or noun_subject(trig) is not None
    if (plan or future) and not negated and ahead:
        return trig, negated, True
    if plan or future or intent:
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
    modal = modal or bool(aux & FUTURE_AUX)
    return trig, negated, modal


def unreal(lex: Lexicon, trig: Trigger) -> bool:
    """Of an act flagged hypothetical, whether it is no event at all, not even one intended:
    the teller's estimate of what is to come ("it is likely that more join", "would
    probably attack", "fears Russia will attack"; "is unlikely to retreat" stays flagged,
    as the records code it), a taste ("likes dropping bombs"), a forecast in the writer's
    own voice ("Many will deplore the decision"), a habit or a consequence told by "would"
    ("they would kill farmers", "if ..., he would face trial"), a past that did not come
    about ("would have objected to Kyiv opening an inquiry", "expelling them would hurt
    trade"), what coming or going, told in prose with no time, was for ("had gone to
    defend their rights") or a wish ("hopes to sign", "eager to withdraw", "dread an
    assault").
    An attempt, a plan, a promise or a claim of a side ("tried to storm", "said it would
    impose", "alleged that troops shelled") stays, flagged."""
    token = trig.token
    chain = _clause_chain(lex, token)
    aux = set().union(*(aux_words(t) for t in chain))
    ahead = _ahead_of_holder(chain, aux)
    estimate = _judged_likely(lex, token) or _disposed(lex, token)
    estimate = estimate or (ahead and (any(_hedged(t) for t in chain) or _held(lex, token)))
    return (
        estimate
        or _unreal_past(token, chain)
        or (_told_would(aux) and not _said(lex, token) and not _later(chain))
        or _forecast(lex, trig, chain, aux)
        or _journey_aim(lex, trig)
        or any(_desiring(lex, t) for t in chain[1:])
        or ((wisher := _wisher(lex, trig)) is not None and _desiring(lex, wisher))
    )


def _desiring(lex: Lexicon, word: Token) -> bool:
    """ "hopes to sign", "has been eager to withdraw", "dread an assault": a verb of desiring or
    fearing (WordNet's) or an adjective of intent tells a wish, no act nor pledge; "seek" tells
    an attempt ("sought to talk to them but were stopped"), as "try" does."""
    lemma = lower_lemma(word)
    if word.pos_ == "ADJ":
        return lemma in lex.intent
    return lemma in lex.desires and lemma != "seek"


# Adverbs of a "would" that tells what came next in a past story, not a habit or a case.
_LATER = frozenset({"later", "eventually", "subsequently", "afterwards", "afterward", "soon"})


def _later(chain: list[Token]) -> bool:
    """ "was freed and would later be elected", "would go on to sign it in 2019": a "would"
    of the future in the past, told with a later time or a date, reports an act that came."""
    later = any(c.lower_ in _LATER for t in chain for c in children(t, ("advmod",)))
    return later or _own_time(chain[-1])


def _ahead_of_holder(chain: list[Token], aux: set[str]) -> bool:
    """Whether what a verb of thinking or a hedge holds is ahead of the thought, to come or
    needed ("fears Russia will attack", "would probably expel", "believed Kyiv needed to
    investigate"), not a past act believed or guessed done ("believe the prince ordered
    the killing", "perhaps because he was threatening to ...": reported, flagged)."""
    return bool(aux & (_MODAL_AUX | FUTURE_AUX)) or _obliged(chain[-1])


def _unreal_past(token: Token, chain: list[Token]) -> bool:
    """A counterfactual ("would have arrested them"), what one takes for object ("would have
    objected to Ukraine opening an inquiry") or an act weighed as the subject of a possible
    one ("executing him would not bring her back")."""
    governor = _modal_governor(token)
    weighed = governor is not None and token.dep_ == "csubj"
    return (
        weighed
        or any(_counterfactual(t) for t in chain)
        or (governor is not None and _counterfactual(governor))
    )


def _forecast(lex: Lexicon, trig: Trigger, chain: list[Token], aux: set[str]) -> bool:
    """ "It will angrily dismiss any criticism", "Many in Hong Kong will deplore that
    decision": a "will" in prose under no verb of saying and with no time of its own, of an
    act that would stay hypothetical (no pledge or threat), done by whoever of a crowd may
    do it or to whatever may come, is the writer's forecast; a side's act on a thing named
    ("Ghana will ask Togo to release them"), one dated ("will file the suit on Monday") or
    one announced ("said it will sue") is its plan."""
    top = chain[-1]
    subj = subject_of(lex, trig.token)
    crowd = subj is not None and subj.lower_ in _VAGUE_DOERS
    return (
        bool(aux & (FUTURE_AUX - {"would"}))
        and prose(top.sent)
        and (crowd or any(any_instance(o) for o in objects_of(trig.token)))
        and not _said(lex, top)
        and not _own_time(top)
    )


# Pronouns of a crowd with no one named: "many will deplore it", "some will protest".
_VAGUE_DOERS = frozenset({"many", "some", "most", "few", "others", "several", "everyone"})


def _own_time(verb: Token) -> bool:
    """Whether a verb's clause, its conjuncts apart, tells a date or a time."""
    apart = {t.i for c in children(verb, ("conj",)) for t in c.subtree}
    return any(t.ent_type_ in ("DATE", "TIME") and t.i not in apart for t in verb.subtree)


# Verbs of bare motion, no visit: what one comes or goes to do is only one's aim.
_MOTION = frozenset({"go", "come"})


def _journey_aim(lex: Lexicon, trig: Trigger) -> bool:
    """ "had gone to defend their rights", "came to Iraq to fight ISIS": what coming or going
    was for is its doers' aim; the act, if done, is told as such. A visit's aim ("arrived in
    Lusaka to sign a deal"), a headline's ("arrives in Saint Helena to begin talks") or one
    dated ("came to Syria to fight ISIS in 2014") tells a mission."""
    head = _purpose_of(lex, trig.token)
    journey = head is not None and lower_lemma(head) in _MOTION and not _own_time(head)
    return journey and prose(trig.token.sent) and _purpose(lex, trig)


def _bidden(lex: Lexicon, verb: Token) -> bool:
    """ "instructed the army to seize the posts and arrest the smugglers", "police were allowed
    to detain them", "a judge was appointed to investigate", "protests pushed him to resign":
    the infinitive of a verb of telling, letting, pushing or appointing another to act is
    ordered, permitted, pressed for or a post's duty, not done. A verb of forcing or paying is
    not one where it is told done ("forced Kyiv to withdraw"); under way ("protests are forcing
    the minister to resign", "is paying militants to attack"), it tells pressure or means at
    work, the act not yet done."""
    # The parser reads the object as the infinitive's subject at times ("allowed [troops to
    # patrol]"): a "to" clause all the same.
    infinitive = verb.dep_ == "xcomp" or (verb.dep_ == "ccomp" and _to_of(verb) is not None)
    head = verb.head
    under_way = head.tag_ == "VBG" and any(lower_lemma(a) == "be" for a in children(head, ("aux",)))
    return infinitive and (
        lower_lemma(head) in lex.directing
        or (lower_lemma(head) in lex.object_control and under_way)
    )


def _to_of(verb: Token) -> Token | None:
    """The "to" of an infinitive."""
    return next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "TO"), None)


def _for_subject(verb: Token) -> bool:
    """ "an agreement for the army to enter and deploy", "it is time for Russia to withdraw":
    an infinitive given its subject by "for" tells an act wanted, agreed or fitting, not one
    done ("it took three days for the army to take the town" tells how long one done took)."""
    if (to := _to_of(verb)) is None or lower_lemma(verb.head) == "take":
        return False
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return True
    before = verb.doc[to.i - 1] if to.i > verb.sent.start else None
    return before is not None and any(
        t.dep_ == "pobj" and t.head.lower_ == "for" and t.right_edge == before
        for t in [before, *before.ancestors]
    )


def _intended(lex: Lexicon, trig: Trigger, chain: list[Token]) -> bool:
    """ "plans to sue", "tried to sue", "announced plans to sue": an act aimed at."""
    return trig.planned or any(lemma_in(t, lex.intent) for t in chain[1:])


def _counterfactual(verb: Token) -> bool:
    """ "would have arrested them", "said police would have expelled them": the perfect of
    "would" tells an act in a past that did not come about, nor one ahead: no act done, and
    no promise or threat, even under a verb of saying."""
    aux = aux_words(verb)
    return bool(aux & {"would", "'d"} and aux & _PERFECT_AUX)


def _scheduled(lex: Lexicon, trig: Trigger) -> bool:
    """ "Lavrov and Kerry will meet in Lausanne", "Chile and Peru to hold talks": sides told
    together meeting with no one else named have arranged their meeting, on the calendar as
    one "scheduled to" is, not pledged; so is one side's meeting or visit the news tells
    ahead ("the president will visit Tokyo next week, his office said"): an announcement is
    no accord. Its doer's own word ("said he will meet his Turkish counterpart") or an aim
    beyond meeting told with it ("will visit Mauritania to mediate", "to sign an accord";
    not "to discuss trade") is its intent, AGREE with PLOVER's mode of meetings (CAMEO
    036)."""
    if trig.type is not EventType.CONSULT:
        return False
    subj = subject_of(lex, trig.token)
    joint = subj is not None and (
        subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
    )
    told = [trig.token, *([trig.noun] if trig.noun is not None else [])]
    partner = [o for o in objects_of(trig.token) if o != trig.noun]
    partner += [o for t in told for o in prep_objects(t, ("with",))]
    if joint and not partner:
        return True
    aims = [a for c in trig.token.children if purpose_clause(lex, c) and (a := classify(lex, c))]
    aim = any(a.type is not EventType.CONSULT or a.mode == "third-party" for a in aims)
    # The aim itself ("to mediate") is the intent its visit tells.
    aim = aim or purpose_clause(lex, trig.token)
    return not aim and not _said_by_doer(lex, trig)


def noun_subject(trig: Trigger) -> Token | None:
    """The act's own noun where it is the subject of its verb ("protests spread", "a summit
    will take place in Geneva"): it names no one doing the act (nor, told ahead, pledging it)."""
    return trig.noun if trig.noun in children(trig.token, ("nsubj",)) else None


def _pledged_only(lex: Lexicon, trig: Trigger) -> bool:
    """ "vowed to issue an order", "is ready to sue": a pledge of an act that is neither
    cooperation nor harm (a demand, an accusation, a refusal) is no AGREE (CAMEO's 03 block
    names what it commits to: cooperation, aid, reform, yielding); the act is only ahead."""
    return (
        trig.complement is not None
        and lower_lemma(trig.token) in lex.commit_frames
        and trig.type not in PROMISABLE | {EventType.AGREE, EventType.THREATEN}
    )


def _judged_likely(lex: Lexicon, token: Token) -> bool:
    """ "called it unlikely that the EU would fund it", "it is likely that Chile will sign",
    "an embargo on Myanmar is possible": a clause or an act's noun whose likelihood is judged
    is an opinion of it (not "the war is unlikely to end soon", where the judged is the end)."""
    for clause in [token, *token.ancestors]:
        head = clause.head
        # The parser may hang the "that" clause on the verb of judging ("called it unlikely").
        that = any(m.lower_ == "that" for m in children(clause, ("mark",)))
        noun = clause.dep_ == "nsubj" and clause.pos_ in NOMINAL
        if not (noun or clause.dep_ == "ccomp" or (clause.dep_ == "advcl" and that)):
            continue
        if head == clause:
            continue
        judged = any(
            j.pos_ == "ADJ"
            and j.lower_ in lex.likelihood
            and not [c for c in children(j, ("xcomp", "ccomp")) if c != clause]
            for j in [head, *children(head, ("acomp", "oprd"))]
        )
        if not judged:
            continue
        # "was possible because the guards had left": what is explained happened.
        explained = any(
            m.lower_ == "because" for c in children(head, ("advcl",)) for m in c.children
        )
        if not (noun and (explained or children(head, ("xcomp",)))):
            return True
    return False


def _held(lex: Lexicon, token: Token) -> bool:
    """Whether a verb of thinking holds a verb in its clause ("Poland fears Russia will
    attack"); not a participle added after the clause held, the holder's own asserted word
    ("felt Peru had broken the accord, urging Bolivia to join", "believed Uganda had lied,
    accusing its army")."""
    holder = reporter_of_aside(lex, token)
    child = token if holder is None else holder
    for verb in child.ancestors:
        added = child.dep_ == "advcl" and child.tag_ == "VBG"
        if lower_lemma(verb) in lex.opinion and not added:
            return True
        child = verb
    return False


def _likely_to(lex: Lexicon, token: Token) -> bool:
    """ "The army is likely to withdraw", "Iran is unlikely to sign the deal", "is certain to
    attack": an infinitive whose subject is judged likely, sure or not to act tells an
    estimate, no act nor a pledge (not "was quick to condemn", told of an act done)."""
    while token.dep_ in ("conj", "xcomp") and token.head != token:
        head = token.head
        estimate = head.lower_ in lex.likelihood | _SURE_ADJECTIVES
        if token.dep_ == "xcomp" and head.pos_ == "ADJ" and estimate:
            return True
        token = head
    return False


def _hedged(verb: Token) -> bool:
    """ "Russia will probably attack", "perhaps the army will withdraw": an act the teller
    only guesses at, or hopes for, is an estimate, not a pledge or a threat of its doer."""
    return any(c.dep_ == "advmod" and c.lower_ in _HEDGES for c in verb.children)


def wished_of_another(lex: Lexicon, token: Token) -> bool:
    """ "staff want him to resign", "the opposition hopes Russia will withdraw": what one
    wants, hopes or expects another to do is a wish, not an act of either (CAMEO's WANT
    patterns ask no one); one's own ("Iran hopes to sign", "they hope they will sign") is
    an intent (`flags`)."""
    for clause in [token, *token.ancestors]:
        head = clause.head
        # What is wanted follows the verb (not a clause before it the parse hangs on it).
        if clause.dep_ not in ("ccomp", "xcomp") or head.pos_ != "VERB" or clause.i < head.i:
            continue
        if not lemma_in(head, lex.intent):
            continue
        doer = next(iter(children(clause, ("nsubj", "nsubjpass"))), None)
        if clause.dep_ == "xcomp" and doer is None:
            doer = next(iter(children(head, ("dobj",))), None)
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
        and lower_lemma(t.head) in lex.disposition
        for t in [token, *token.ancestors]
    )


def _wisher(lex: Lexicon, trig: Trigger) -> Token | None:
    """ "wanted an inquiry by the ombudsman", "hoped for the army's withdrawal", "villagers
    dread an assault by the militia": the verb of desiring or fearing that takes an act's noun
    for object, or with no object for the object of its "for" (the act wished for or feared,
    not done), if any ("sought justice for the killing": what is sought is for an act done)."""
    if not trig.nominal:
        return None
    token = trig.token
    while token.dep_ == "conj":
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "for" and not objects_of(token.head.head):
        token = token.head
    wished = token.dep_ in ("dobj", "prep") and token.head.pos_ == "VERB"
    return token.head if wished and lower_lemma(token.head) in lex.desires else None


def _obliged(token: Token) -> bool:
    """ "we need to withdraw our troops", "Iran has to release them", "is required to pay":
    an act told as needed or owed is not done ("has yet to join" is denied: `_not_yet`)."""
    return (
        not _not_yet(token)
        and token.dep_ == "xcomp"
        and lower_lemma(token.head) in load_lexicon().obligation
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)
    )


def _announced(trig: Trigger, negated: bool, *, pledged: bool) -> tuple[Trigger, bool, bool]:
    """An act announced ahead of its doing: a pledge or a threat where pledged ("will
    impose") or, for a hostile act, held out on a condition ("to detain journalists if they
    report ..."); a refusal where a cooperative act is denied ("will not accept refugees"), a
    pledge of restraint where a hostile one is ("will not attack"); otherwise a
    hypothetical act."""
    if trig.reverse:
        # "would then face trial": what is to be done to the subject is no pledge, threat
        # or refusal of its own, only an act ahead.
        return trig, negated, True
    if defends_in_words(load_lexicon(), trig):
        return trig, negated, False  # "will oppose sanctions on Iran": a stance voiced now
    if negated and QUAD_CLASS[trig.type] in COOPERATIVE:
        mode = MODE_OF_TYPE.get(trig.type)
        return replace(trig, type=EventType.REJECT, mode=mode, confidence=0.7), False, False
    marks = _condition_marks(trig.token) & {"if", "unless"}
    hostile = QUAD_CLASS[trig.type] not in COOPERATIVE
    if negated and pledged and "unless" not in marks:
        return replace(refrained(trig, trig.type, trig.token), confidence=0.7), False, False
    if trig.type in PROMISABLE and (pledged or (marks and hostile)):
        new = promise(trig.token, trig.type, trig.mode, 0.7)
        new = replace(trig, type=new.type, mode=new.mode, confidence=new.confidence)
        if "unless" in marks:
            # "will not attack unless ...": harm held out on a condition is threatened.
            new.type, negated = EventType.THREATEN, False
        return new, negated, False
    return trig, negated, True


def _said_by_doer(lex: Lexicon, trig: Trigger) -> bool:
    """ "Turkey said it could ...", "'We may withdraw,' the minister said", "Leader says
    Slovakia could ...": an act told under a verb of saying by its doer, a pronoun of the
    speaker (not "you": the one addressed), the state an office with no state of its own
    speaks for, or the speaker's own forces, doing or moved ("Liu said the army could be
    deployed": a threat of force, CAMEO's 138, not a mobilisation only possible)."""
    subj = subject_of(lex, trig.token) or next(iter(forces_used(lex, trig)), None)
    heads = [trig.token, *trig.token.ancestors]
    # "declared an emergency so he could fund the wall": a clause of purpose or reason is
    # not what was said.
    said = [a.head for a in takewhile(_said_content, heads[:-1])]
    speech = [a for a in said if lower_lemma(a) in lex.speech]
    speech += [
        c
        for a in heads
        for c in a.children
        if c.dep_ == "parataxis" and lower_lemma(c) in lex.speech
    ]
    if subj is None or not speech:
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ not in ("you", "this", "that")
    speakers = [s for v in speech for s in children(v, ("nsubj",))]
    if lower_lemma(subj) in lex.forces and own_forces(subj) and any(map(side, speakers)):
        # Forces said to go to a state back it ("troops could be sent to Mali"): no threat.
        return promise(trig.token, trig.type, trig.mode, 0).type is EventType.THREATEN
    return any(map(_bare_office, speakers))


def _said_content(clause: Token) -> bool:
    """Whether a clause can be what its head says: not one that describes, nor one a
    conjunction other than "that" brings ("so he could", "because")."""
    marks = children(clause, ("mark",))
    return clause.dep_ not in BACKGROUND and all(m.lower_ == "that" for m in marks)


def _bare_office(noun: Token) -> bool:
    """ "the president", "Leader": an office whose state no word of its own names."""
    own = ("amod", "compound", "poss", "prep", "appos")
    return is_office_word(noun.text) and not children(noun, own)


def act_ahead(lex: Lexicon, trig: Trigger) -> Token | None:
    """The verb of an act that lies ahead of its report, if any.

    What is threatened, promised, demanded or refused, and what "will" or "could" happen or
    is hoped, planned or expected, comes after the words that tell it: their dates count forward.
    """
    if trig.complement is not None:
        return trig.complement
    chain = _clause_chain(lex, trig.token)
    aux = set().union(*(aux_words(t) for t in chain))
    # "could have struck", "would have met": a possibility in the past.
    modal = bool(aux & (_MODAL_AUX | FUTURE_AUX)) and not aux & _PERFECT_AUX
    intent = _intended(lex, trig, chain)
    if modal or intent or _going_to(chain) or _purpose(lex, trig):
        return trig.token
    return None


def speech_request(lex: Lexicon, token: Token) -> Trigger | None:
    """ "Russia said Sudan must return the helicopter", "... has to return it", "insisted that
    Sudan return it": a demand made by speaking; "should" or "ought to" a view (`viewed`), a
    call only on another side."""
    if token.pos_ != "VERB":
        return None
    if lower_lemma(token) not in lex.speech:
        return _commanded(lex, token)
    for comp in _told_clauses(token):
        # "said Sudan does not have to return it": no obligation, so no demand.
        free = any(c.dep_ == "neg" for c in comp.children)
        owed = [x for x in children(comp, ("xcomp",)) if _obliged(x) and not free]
        # "insisted that Ethiopia halt the filling": an active clause in the subjunctive is
        # asked of its subject too (a passive one's undergoes the act: `_appeal` reads it).
        asked = subjunctive(comp) and bool(children(comp, ("nsubj",)))
        if aux_words(comp) & {"must", "should"} or owed or asked:
            act = owed[0] if owed else comp
            inner = classify(lex, act)
            mode = MODE_OF_TYPE.get(inner.type) if inner is not None else None
            text = f"{token.text} ... {act.text}"
            trig = Trigger(token, EventType.REQUEST, mode, 0.7, complement=comp, text=text)
            trig.clause_target = True
            trig.viewed = viewed(lex, act)
            return trig
    return _commanded(lex, token)


def _commanded(lex: Lexicon, verb: Token) -> Trigger | None:
    """ "Release the hostages, the president told the Taliban", "'Leave now,' Paris warned
    Moscow": a command given with the verb that tells it, and the one it is told to, is its
    speaker's demand of that party (a threat, told by a verb of warning), for the act it bids
    where that act is typed; told to no one named, it asks no one known."""
    lemma = lower_lemma(verb)
    etype = EventType.REQUEST if lemma in lex.speech else lex.fixed_frames.get(lemma)
    if etype not in (EventType.REQUEST, EventType.THREATEN):
        return None
    told = _addressee(verb)
    if told is None:
        return None
    bids = [c for c in children(verb, ("ccomp", "advcl", "xcomp", "parataxis")) if _command(c)]
    bids += [verb.head] if verb in _asides(verb.head) and _command(verb.head) else []
    # Set off by a comma, colon or quote: not a bare infinitive told ("asked the court
    # intervene"), which the verb's own frame reads.
    bids = [c for c in bids if _set_off(verb, c)]
    if not bids or _own_people(bids[0], told) or children(bids[0], ("ccomp",)):
        # "Remember that Russia invaded", "know that ...": a fact brought to mind, no act bid.
        return None
    act = bids[0]
    if etype is EventType.REQUEST and _ultimatum(act):
        etype = EventType.THREATEN
    inner = classify(lex, act)
    # "Do not attack Israel": what is asked is the act's absence, no mode of it.
    forbidden = any(c.dep_ == "neg" for c in act.children)
    typed = inner is not None and etype is EventType.REQUEST and not forbidden
    mode = MODE_OF_TYPE.get(inner.type) if typed and inner is not None else None
    text = f"{verb.text} ... {act.text}"
    return Trigger(verb, etype, mode, 0.7, complement=act, text=text, addressee=told)


def _set_off(verb: Token, clause: Token) -> bool:
    """Whether punctuation stands between a verb and a clause it tells."""
    lo, hi = (verb.i, clause.left_edge.i) if verb.i < clause.i else (clause.right_edge.i, verb.i)
    return any(t.is_punct for t in verb.doc[lo + 1 : hi + 1])


def _own_people(command: Token, told: Token) -> bool:
    """ "'Seize their boats,' the commander told his men": an order to one's own people, or
    to a party the command itself names, is no demand between two sides."""
    own = any(p.pos_ == "PRON" for p in children(told, ("poss",)))
    return own or told in command.subtree


def _ultimatum(command: Token) -> bool:
    """ "Leave Ukraine or face the consequences": a command with a bare verb after "or" tells
    what befalls the one told who does not obey, a threat."""
    joined = any(c.lower_ == "or" for c in children(command, ("cc",)))
    return joined and any(c.tag_ == "VB" for c in children(command, ("conj",)))


def _addressee(verb: Token) -> Token | None:
    """Whom a verb of saying or asking tells: its object ("told the Taliban"), or its "to"
    ("said to Putin")."""
    told = [*children(verb, ("dobj",)), *prep_objects(verb, ("to",))]
    return told[0] if told else None


def _told_clauses(verb: Token) -> list[Token]:
    """The clauses a verb of saying tells: its object clause, or the clause it follows as an
    aside ("Iran must free them, the minister said")."""
    told = children(verb, ("ccomp",))
    if verb in _asides(verb.head):
        told.append(verb.head)
    return told


def _teller(lex: Lexicon, clause: Token) -> Token | None:
    """The verb whose told clause this is: its head, or a verb of saying or thinking after it
    as an aside."""
    if clause.dep_ == "ccomp":
        return clause.head
    return next(
        (v for v in _asides(clause) if lower_lemma(v) in lex.speech | lex.opinion),
        None,
    )


def _asides(clause: Token) -> list[Token]:
    """The verbs hung on a clause as asides after it ("Iran must free them, the minister
    said"): the parse makes them parataxis, or conjuncts with a subject of their own and no
    "and" or "but" between."""
    joined = [c.i for c in children(clause, ("cc",)) if c.i > clause.i]
    return [
        c
        for c in children(clause, ("parataxis", "conj"))
        if c.i > clause.i
        and (
            c.dep_ == "parataxis"
            or (children(c, ("nsubj",)) and not any(clause.i < j < c.i for j in joined))
        )
    ]


def viewed(lex: Lexicon, token: Token) -> bool:
    """ "argued the EU should lead", "said Kyiv ought to withdraw", "believes Russia must
    withdraw": what a speaker holds another should do, or believes another must, is a view of
    the right course, neither asked of them nor done; one asks by a verb of asking ("urged
    Kyiv to withdraw"), or demands by saying they must ("said Kyiv must withdraw"). Told in
    no one's name (the writer's, or a quotation's whose speaker another sentence names),
    what should or must be done is a view or a rule, no act either ("these ministers should
    apologise", "two-thirds of the senators must vote to convict"); not what must have been
    done, an inference ("the attackers must have known the route")."""
    # Up to the clause that tells the duty: "must vote to convict", "should meet to discuss".
    while (token.dep_ in ("conj", "xcomp") or purpose_clause(lex, token)) and not _owed(token):
        token = token.head
    if _obliged(token):
        clause, duty = token.head, {lower_lemma(token.head)}  # "ought to", "has to", "needs to"
    else:
        clause, duty = token, aux_words(token) & {"must", "should"}
    if not duty:
        return False
    teller = _teller(lex, clause)
    if teller is None:
        # "had to fire", "was required to pay": a duty of the past was, as a rule, done.
        past = clause.tag_ == "VBD" or bool(aux_words(clause) & _PAST_FORMS)
        return clause.dep_ == "ROOT" and not past and not aux_words(clause) & _PERFECT_AUX
    verb = lower_lemma(teller)
    return verb in lex.opinion or (verb in lex.speech and duty <= {"should", "ought"})


def _owed(verb: Token) -> bool:
    """Whether a verb is told as owed: by "must" or "should", or as what "has to", "ought to"
    or "needs to" governs."""
    return bool(aux_words(verb) & {"must", "should"}) or _obliged(verb)


def asks_public(lex: Lexicon, trig: Trigger) -> bool:
    """ "asked the public for help", "appealed to residents for information": a request of
    no act, made of the public, appeals to it as the advice of `_frame` does (its frames
    are read there, with the act asked)."""
    return (
        trig.type is EventType.REQUEST
        and trig.complement is None
        and (asks_populace(trig.token) or _police_appeal(lex, trig.token))
    )


def _police_appeal(lex: Lexicon, token: Token) -> bool:
    """ "Police appeal for information after ...", "detectives appealed for help to find a
    missing teenager": the help or information police ask for, of no one named, is asked
    of the public, whose knowledge their inquiries gather (not "asked the army for help")."""
    if children(token, ("dobj", "dative")) or prep_objects(token, ("on", "to")):
        return False
    subject = subject_of(lex, token)
    wanted = prep_objects(token, ("for",))
    return (
        subject is not None
        and agent_codes(subject) == {"COP"}
        and bool(wanted)
        and all(lower_lemma(n) in _PUBLIC_HELP and whose_asked(n) == [n] for n in wanted)
    )


def asks(trig: Trigger) -> bool:
    """ "Reporters asked whether ...", "asked why ...": a question, not a request; and so is
    a bare "Schiff asked." after a quoted question: nothing and no one asked for (nor is
    "sought to use its successes", an attempt)."""
    if trig.type != EventType.REQUEST:
        return False
    if trig.complement is None and not children(trig.token, (*OBJECT_DEPS, "prep", "ccomp")):
        return True
    if _tags_question(trig):
        return True
    for comp in children(trig.token, ("ccomp",)):
        marks = [c for c in comp.children if c.dep_ == "mark" and c.lower_ in ("whether", "if")]
        if marks or comp.left_edge.tag_ in WH_TAGS:
            return True
    return _asked_about(trig)


def _tags_question(trig: Trigger) -> bool:
    """ "'Will Norway leave the talks?' the senator asked the minister on Monday": after a
    quoted question, a verb of asking that asks for nothing and bids no act (no "for", no
    clause) names only who asked whom."""
    token = trig.token
    if trig.complement is not None or trig.nominal or token.sent.start == 0:
        return False
    if children(token, ("ccomp", "xcomp")) or prep_objects(token, ("for", "to", "about")):
        return False
    before = token.doc[: token.sent.start]
    last = next((t for t in reversed(before) if not (t.is_quote or t.is_space)), None)
    return last is not None and last.text == "?"


def _asked_about(trig: Trigger) -> bool:
    """ "asked the witness about the memo", "was asked about the loans": a verb of asking
    whose "about" (its own or its object's) names a topic, and that names no act to do ("to"
    ...) nor a thing wanted ("for" ...), asks a question."""
    if trig.nominal or trig.complement is not None:
        return False
    heads = [trig.token, *objects_of(trig.token)]
    about = any(prep_objects(h, ("about",)) for h in heads)
    return (about or _asked_this(trig.token)) and not any(prep_objects(h, ("for",)) for h in heads)


def _asked_this(verb: Token) -> bool:
    """ "they asked me all of this", "asked him that": what is asked of the one asked, told
    by a pronoun with no clause, is the question just told, no thing wanted."""
    objects = children(verb, ("dative", "dobj"))  # the one asked, then what is asked
    return (
        len(objects) > 1 and objects[-1].pos_ == "PRON" and not children(verb, ("xcomp", "ccomp"))
    )


def polled(lex: Lexicon, trig: Trigger) -> bool:
    """ "41 percent said Trump should ...", "57 percent of voters oppose the plan", "a poll
    found that most voters backed him": what a poll's respondents say or do, or the views a
    poll finds, are no act of anyone (a survey finding deeds, "that troops burned villages",
    reports them)."""
    token = trig.token
    view = QUAD_CLASS[trig.type] not in MATERIAL
    for verb in [token, *token.ancestors]:
        if view and _poll_finding(lex, verb):
            return True
        if verb is token or lower_lemma(verb) in lex.speech | lex.opinion:
            subj = subject_of(lex, verb)
            if subj is not None and (
                lower_lemma(subj) in lex.poll_words
                or any(t.ent_type_ == "PERCENT" for t in subj.subtree)
            ):
                return True
    return False


def _poll_finding(lex: Lexicon, verb: Token) -> bool:
    """A clause a poll reports, by whatever verb: its subject ("a survey showed that ..."),
    a source after it ("..., a poll found", which the parse may hang on the clause as a noun
    or a verb) or "according to" one."""
    subj = subject_of(lex, verb) if verb.pos_ in ("VERB", "AUX") else None
    if subj is not None and lower_lemma(subj) in lex.polls:
        return True
    after = [c for c in verb.rights if c.dep_ in ("npadvmod", "parataxis", "ccomp")]
    nouns = [*after, *(s for c in after for s in children(c, ("nsubj",)))]
    according = [c for c in verb.children if c.lower_ == "according"]
    nouns += [o for c in according for p in children(c, ("prep",)) for o in children(p, ("pobj",))]
    return any(lower_lemma(n) in lex.polls for n in nouns)


def wish(lex: Lexicon, trig: Trigger) -> bool:
    """ "Sudan wants compensation", "Kenya needs foreign currency": CAMEO's WANT and NEED
    patterns code a REQUEST, but a verb of intent or need that is no verb of asking ("sought
    aid" is one) tells a wish; a request needs someone asked."""
    lemma = lower_lemma(trig.token)
    return (
        trig.type is EventType.REQUEST
        and lemma in lex.intent | lex.obligation
        and lemma not in lex.verbs
    )


def as_a_rule(lex: Lexicon, token: Token) -> bool:
    """ "Police usually arrest protesters", "governments typically expel ...", "red notices
    are issued to ask police to find people", "a governor is appointed by the monarch": an
    act told as the rule (by an adverb of a norm, by one of how often with a simple present,
    "protesters often clash with police", or in a simple present passive of a kind or of
    roles) is no event of a day, nor is what that rule is for or what defines its kind
    ("women who have been attacked do not have to ...")."""
    chain = _clause_chain(lex, token)
    adverbs = {c.lower_ for t in chain for c in children(t, ("advmod",))}
    if adverbs & _NORM_ADVERBS or (adverbs & _FREQUENCY_ADVERBS and _simple_present(chain[-1])):
        return True
    if _done_before(token) or _past_habit(token) or _act_as_topic(token):
        return True
    if any(_norm_predicated(t) for t in chain) or _provided(lex, token):
        return True
    if _general_occasion(token):
        return True
    while token.dep_ in ("xcomp", "conj") or purpose_clause(lex, token):
        if _rule_passive(token):
            return True
        token = token.head
    if _rule_passive(token):
        return True
    # A relative clause on the subject of a rule, or on whom a rule is done to, in the rule's
    # tense, defines the kind the rule is about ("usually arrest protesters who block roads",
    # "used to arrest journalists who criticised the junta").
    kind = token.head
    if token.dep_ != "relcl" or kind.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    told = {a.lower_ for a in children(token, ("aux", "auxpass"))} | {token.lower_}
    rule = kind.head
    if token.tag_ == "VBD" or told & _PAST_FORMS:
        return _past_habit(rule) or (rule.tag_ == "VBD" and as_a_rule(lex, rule))
    if as_a_rule(lex, rule):
        return True
    return kind.dep_ in ("nsubj", "nsubjpass") and names_kind(kind) and _simple_present(kind.head)


# Verbs of a stance held: in the simple present of prose they tell a standing position ("the
# party supports the Democratic ticket", "both sides oppose the rebels"), not a statement.
_STANCE_VERBS = frozenset({"support", "back", "oppose", "favour", "favor"})


def standing(lex: Lexicon, trig: Trigger) -> bool:
    """ "Every government jails its critics", "Hezbollah, which Iran funds, ...", "in swing
    states the party supports the Democratic ticket": a deed done by a kind (a bare plural,
    "every ...") or told in a relative clause, or a stance held by a body no name names, told
    by an active verb in the simple present in prose with no time of its own, is a habit, a
    policy or a position, no act of a day (so is what a participle after it tells: "the
    airline flies fighters, supporting the regime"). A headline reports, even with a full
    stop ("Soldiers attack rebel camp.", "Lagos riots: police arrest forty protesters."), and
    so do a named doer's present ("Kenya opposes the sanctions"), acts counted ("detain two
    journalists"), a deed going on ("continues to shell the city") and an intent ("plans to
    expel"); a stance quoted is its holder's statement ("'We oppose the plan,' he said")."""
    if trig.nominal or not prose(trig.token.sent):
        return False
    chain = _clause_chain(lex, trig.token)
    top = chain[-1]
    # Not after "be": "are at the scene, providing aid" tells what is being done.
    while top.dep_ == "advcl" and top.tag_ == "VBG" and lower_lemma(top.head) != "be":
        if children(top, ("aux", "mark")):
            break
        top = top.head
    told = top.dep_ in ("ROOT", "conj", "relcl") or (
        top.dep_ == "ccomp" and lower_lemma(top.head) in lex.speech | lex.claims
    )
    if len(chain) > 1 or not told or not _simple_present(top) or children(top, ("auxpass",)):
        return False
    if _own_time(top) or any(t.text == ":" for t in top.sent if t.i < top.i):
        return False
    arguments = children(top, ("nsubj", "dobj"))
    if any((bare_singular(n) and not n.ent_type_) or children(n, ("nummod",)) for n in arguments):
        return False  # "Soldiers attack rebel camp.", "arrest forty protesters"
    subject = subject_of(lex, trig.token)
    if QUAD_CLASS[trig.type] in MATERIAL:
        return top.dep_ == "relcl" or (subject is not None and names_kind(subject))
    nameless = (
        subject is not None
        and subject.pos_ == "NOUN"
        and not any(t.ent_type_ for t in subject.subtree)
    )
    return lower_lemma(trig.token) in _STANCE_VERBS and nameless and not quoted(top)


# Pronouns of a person, whose career an "as a ..." tells.
_PERSONAL = frozenset({"i", "he", "she"})


def in_career(lex: Lexicon, token: Token) -> bool:
    """ "As a union leader, she met the minister", "Odinga, as a young lawyer, sued the
    government": what a person did in a capacity told by "as a" and a noun of a person
    (WordNet's first sense) is the person's career, background to the news, no act of it ("as
    president, Ruto visited Kampala" tells the office held; "as a member of the council, Kenya
    voted" a state's seat; "as a gesture", "as a group" no capacity)."""
    top = _clause_chain(lex, token)[-1]
    subject = subject_of(lex, top)
    if subject is None or not (subject.ent_type_ == "PERSON" or subject.lower_ in _PERSONAL):
        return False
    # Before the subject or on it: after the verb, "as a" may tell what its object is taken
    # for ("attacked Drudge as a consistent opponent").
    capacities = [
        o
        for head in (top, subject)
        for p in children(head, ("prep",))
        if p.lower_ == "as" and (head == subject or p.i < subject.i)
        for o in children(p, ("pobj",))
    ]
    return any(
        is_person_noun(o.lower_) and [d.lower_ for d in children(o, ("det",))] in (["a"], ["an"])
        for o in capacities
    )


def _general_occasion(verb: Token) -> bool:
    """ "When the US imposes tariffs, consumers pay", "whenever Israel bombs Gaza, Hamas fires
    rockets", "every time Russia attacks, Kyiv asks for arms": a simple present in prose in a
    clause of the occasion ("when", "whenever", "every time") or condition ("if"), or in the
    clause such a present clause frames, tells what is done in general, no act of a day ("when
    police fired on protesters, ..." tells one done; a headline's present reports)."""
    if not prose(verb.sent):
        return False
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    if not _simple_present(verb):
        return False
    return _occasion_clause(verb) or any(_occasion_clause(c) for c in verb.children)


def _occasion_clause(clause: Token) -> bool:
    """Whether a verb heads a clause in the simple present opened by "when", "whenever", "if"
    or "every time" (the parser hangs the clause on the noun "time", or the noun on it, and
    may make a clause that opens the sentence its root: "Whenever Ethiopia bombs a town, the
    rebels fire ...")."""
    if not _simple_present(clause):
        return False
    opener = [c for c in clause.children if c.i < clause.i]
    if clause.dep_ == "ROOT":
        opener = [c for c in opener if c.i == clause.sent.start]
    elif clause.dep_ not in ("advcl", "relcl", "ccomp"):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _OCCASION_ADVERBS for c in opener):
        return True
    if any(c.dep_ == "mark" and c.lower_ == "if" for c in opener):
        return True
    times = [c for c in opener if c.dep_ == "npadvmod"]
    times += [clause.head] if clause.dep_ == "relcl" and clause.head.i < clause.i else []
    return any(
        t.lower_ == "time" and any(d.lower_ in _OCCASION_DETERMINERS for d in t.children)
        for t in times
    )


def _provided(lex: Lexicon, verb: Token) -> bool:
    """ "Under the constitution, the assembly impeaches the president and the senate tries
    him", "under the deal, the rebels disarm first": an act in the simple present that a
    text's "under" frames is what the text provides, told in prose (a headline's present
    reports: "Under new law, Kenya jails blogger"; a past tense tells it done)."""
    if not prose(verb.sent) or not _simple_present(verb):
        return False
    heads = [verb]
    while heads[-1].dep_ == "conj" and heads[-1].head != heads[-1]:
        heads.append(heads[-1].head)
    return any(lower_lemma(o) in lex.documents for v in heads for o in prep_objects(v, ("under",)))


def _norm_predicated(verb: Token) -> bool:
    """ "it is commonplace for new governments to suspend parliament": an infinitive that an
    adjective of a norm is said of, through an expletive "it", is what is done as a rule."""
    head = verb.head
    # The parse hangs the infinitive on the copula or on the adjective itself.
    copula = head.head if head.dep_ == "acomp" else head
    return (
        verb.dep_ in ("advcl", "xcomp", "ccomp", "csubj")
        and any(a.lower_ == "to" for a in children(verb, ("aux",)))
        and lower_lemma(copula) in ("be", "become", "remain")
        and any(s.lower_ == "it" for s in children(copula, ("nsubj", "expl")))
        and any(a.lower_ in _NORM_ADJECTIVES for a in children(copula, ("acomp",)))
    )


# Verbs that tell an act still going on or starting, not a judgement of it: "shelling the
# port continues".
_ASPECT_VERBS = frozenset({"continue", "resume", "persist", "begin", "start", "intensify"})


def _act_as_topic(verb: Token) -> bool:
    """ "Attacking civilians is a war crime", "to detain them is illegal", "it is a crime to
    attack civilians", "sending troops is not an option": an act named with no doer of its
    own, as the subject a clause in the present judges, is spoken of in general, no act done
    ("shelling the city killed ten", "arresting him was a mistake": a past clause tells it
    done; "shelling the port continues" goes on; a headline's present reports, "Shelling in
    Aden Kills Six"; one a possible act takes, "expelling them could hurt trade", is weighed,
    a hypothetical act)."""
    if not prose(verb.sent):
        return False
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    judge = _judging_clause(verb)
    if judge is None or children(verb, ("nsubj", "nsubjpass", "poss")):
        return False
    told = aux_words(judge) | {judge.lower_}
    return (
        judge.tag_ != "VBD"
        and not told & (_PAST_FORMS | _PERFECT_AUX | _MODAL_AUX | FUTURE_AUX)
        and lower_lemma(judge) not in _ASPECT_VERBS
    )


def _judging_clause(verb: Token) -> Token | None:
    """The verb of the clause a gerund or an infinitive is the subject of, or None."""
    infinitive = any(a.lower_ == "to" for a in children(verb, ("aux",)))
    if verb.dep_ in ("csubj", "csubjpass") and (verb.tag_ == "VBG" or infinitive):
        return verb.head
    # The parser may hang a gerund on the noun it governs: "executing Fields would ...".
    if verb.tag_ == "VBG" and verb.dep_ == "compound" and verb.head.dep_ in ("nsubj", "nsubjpass"):
        return verb.head.head
    if not infinitive or verb.dep_ not in ("xcomp", "ccomp", "advcl", "relcl", "acl"):
        return None
    # An infinitive put after its predicate, "it" standing for it: "it is a crime to attack"
    # (hung on the copula or on its noun or adjective).
    judge = verb.head.head if verb.head.dep_ in ("attr", "acomp") else verb.head
    expletive = any(s.lower_ == "it" for s in children(judge, ("nsubj", "expl")))
    return judge if lower_lemma(judge) == "be" and expletive else None


def _past_habit(verb: Token) -> bool:
    """ "The army used to arrest journalists": what was done as a habit, on no day; not
    "used tear gas to disperse them", a means used."""
    used = verb.head
    return (
        verb.dep_ == "xcomp"
        and lower_lemma(used) == "use"
        and used.tag_ == "VBD"
        and used.i + 1 < len(used.doc)
        and used.nbor(1).lower_ == "to"
    )


def _done_before(token: Token) -> bool:
    """ "police have used force against protesters before", "the assembly has impeached two
    presidents in its history", "dissidents have been jailed numerous times over the years":
    a present perfect with a bare "before" or "previously", an open stretch of time or a
    count with no number tells what has happened at some time, a record with no day, not an
    act of the news ("arrested him before the vote" dates an act; "has shelled the town many times
    since Monday" counts the acts of a bounded time)."""
    return bool(aux_words(token) & (_PERFECT_AUX - {"had"})) and any(
        (c.dep_ == "advmod" and c.lower_ in ("before", "previously"))
        or _open_span(c)
        or (_open_count(c) and not _dated_apart(token, c))
        for c in token.children
    )


def _open_span(word: Token) -> bool:
    """ "in its history", "over the years": a verb's phrase of a stretch of time with no
    bound told."""
    objects = children(word, ("pobj",))
    return (
        word.dep_ == "prep"
        and word.lower_ in _OPEN_TIME_PREPS
        and any(
            lower_lemma(o) == "history"
            or (o.tag_ == "NNS" and lower_lemma(o) in _OPEN_SPANS and not children(o, _BOUNDS))
            for o in objects
        )
    )


def _open_count(word: Token) -> bool:
    """ "numerous times", "on many occasions": times counted by no number."""
    if word.dep_ == "prep" and word.lower_ == "on":
        return any(_open_count(o) for o in children(word, ("pobj",)))
    return (
        word.tag_ == "NNS"
        and lower_lemma(word) in _TIMES
        and any(lower_lemma(a) in _OPEN_COUNTS for a in children(word, ("amod", "advmod")))
    )


def _dated_apart(verb: Token, count: Token) -> bool:
    """Whether a verb's clause tells a time besides its count, on the verb or on the count
    ("many times since Monday"): then the count is of a bounded time's acts."""
    bounds = {t.i for p in count.subtree if p.dep_ == "prep" and p != count for t in p.subtree}
    inside = {t.i for t in count.subtree} - bounds
    return any(t.ent_type_ in ("DATE", "TIME") and t.i not in inside for t in verb.subtree)


# What tells a clause of the past: "who were arrested", "who had been".
_PAST_FORMS = frozenset({"was", "were", "had", "did"})


def _simple_present(verb: Token) -> bool:
    """A verb in the simple present, active ("do not have to") or passive ("are issued")."""
    aux = children(verb, ("aux",))
    if children(verb, ("auxpass",)):
        return not aux and all(a.tag_ in ("VBZ", "VBP") for a in children(verb, ("auxpass",)))
    if aux:
        return all(lower_lemma(a) == "do" and a.tag_ in ("VBZ", "VBP") for a in aux)
    return verb.tag_ in ("VBZ", "VBP")


def _rule_passive(verb: Token) -> bool:
    """ "Red notices are issued ...", "a governor is elected by the assembly", "the prime
    minister is appointed by the monarch": a simple present passive outside a headline whose
    subject is a kind, or whose subject and agent are both roles (common nouns with no name),
    tells how things are done."""
    subj = next(iter(children(verb, ("nsubjpass",))), None)
    if subj is None or not children(verb, ("auxpass",)) or not _simple_present(verb):
        return False
    subj = antecedent(subj)
    if names_kind(subj):
        return True
    agents = [o for a in children(verb, ("agent",)) for o in children(a, ("pobj",))]
    return bool(agents) and all(_role(n) for n in [subj, *agents])


def _role(noun: Token) -> bool:
    """ "the prime minister", "the monarch", "the King": a definite common noun or office
    with no name in it (the tagger may take a capitalised office for a name or a place)."""
    return (
        ((noun.pos_ == "NOUN" and not noun.ent_type_) or is_office_word(noun.text))
        and [c.lower_ for c in children(noun, ("det",))] == ["the"]
        and not any(
            c.ent_type_ or c.pos_ == "PROPN" or c.dep_ in ("poss", "nummod")
            for c in noun.children
            if c.dep_ not in ("conj", "cc")  # "the King or Queen"
        )
    )


def imperative(token: Token) -> bool:
    """ "Don't hold federal workers hostage", "Stop the bombing": a command tells what its
    speaker asks for, not an act done; nor is what it bids done with it ("take a knife and
    attack them", "try to free them") or lets another do ("don't let Russia invade")."""
    while not _command(token):
        # A complement or a conjunct in the base form shares the command, not a clause with
        # a tense of its own ("remember that the army attacked us") nor a conjunct with a
        # subject of its own ("stop the bombing and the rebels will talk").
        own_subject = token.dep_ == "conj" and children(token, ("nsubj", "nsubjpass", "expl"))
        shares = token.dep_ in ("xcomp", "ccomp", "conj") and not finite(token)
        if not shares or own_subject or token.head == token:
            return False
        token = token.head
    return True


def _command(token: Token) -> bool:
    """A verb in the base form with no subject, heading a clause of its own: the sentence's,
    a quotation's or one told ("he said: take a knife"); a conjunct only with its own "do"."""
    aux = children(token, ("aux",))
    # A quotation or a sentence that opens on a bare verb is a command or a slogan, however
    # the parser hangs it ("a banner saying 'put it to the people'", "Attack them wherever
    # you find them, the cleric said").
    first = next(t for t in token.sent if not t.is_punct)
    opens = next(t for t in token.subtree if not t.is_punct) == first
    quoted = token.i > 0 and token.nbor(-1).is_quote and token.nbor(-1).is_left_punct
    own = (
        token.dep_ in ("ROOT", "ccomp", "parataxis")
        or quoted
        or opens
        or (token.dep_ == "conj" and any(a.tag_ == "VB" for a in aux))
    )
    return (
        token.tag_ == "VB"
        and not token.ent_type_  # a name the tagger takes for a verb ("Belize leader visits")
        and own
        and not children(token, ("nsubj", "nsubjpass", "expl", "mark"))
        and all(lower_lemma(a) == "do" for a in aux)
    )


def finite(verb: Token) -> bool:
    """Whether a verb tells a tense of its own, by its form or an auxiliary's."""
    return verb.tag_ in FINITE or any(a.tag_ in FINITE for a in children(verb, ("aux", "auxpass")))


def presupposes(question: Span) -> bool:
    """ "Why did Iran seize the tanker?": a question of why, how, when or where takes the act
    it asks about as done; not one of what would, could or should be done ("Why would Iran
    attack a tanker?", "How can we negotiate with them?", "Why not negotiate?")."""
    first = next((t for t in question if not t.is_punct), None)
    # Not "how many ...?": a "how" that asks a quantity hangs from no verb.
    if first is None or first.tag_ != "WRB" or first.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = first.head
    aux = aux_words(verb)
    bare = verb.tag_ == "VB" and not aux & {"do", "does", "did"}
    return not bare and not aux & (_MODAL_AUX | FUTURE_AUX)


def document_says(lex: Lexicon, token: Token) -> bool:
    """ "NATO guidelines call for 2 % of GDP", "the deal requires Iran to ...": a text's
    content, not an act of its author (whose name is only the text's modifier); a text a
    clause describes ("passed a bill imposing sanctions") acts for whoever enacts it, but
    what a text only would or could bring about is its content too ("a bill that would allow
    the police to detain protesters")."""
    if _text_would(lex, token):
        return True
    if token.dep_ in ("acl", "relcl") or lower_lemma(token) in lex.receiving:
        return False  # "the proposal received criticism": what is done to the text
    subj = subject_of(lex, token)
    return subj is not None and subj.pos_ in NOMINAL and lower_lemma(subj) in lex.documents


def _text_would(lex: Lexicon, token: Token) -> bool:
    """ "a decree that could have let courts seize their assets", "legislation that would
    fund the agency": a modal relative clause whose subject is a text, with what it governs,
    tells what the text would do, not an act of anyone ("a deal Iran would sign" is Iran's)."""
    while token.dep_ in ("xcomp", "ccomp", "conj") and token.head != token:
        token = token.head
    return (
        token.dep_ == "relcl"
        and lower_lemma(token.head) in lex.documents
        and bool(aux_words(token) & (_MODAL_AUX | {"would"}))
        and any(c.lower_ in ("that", "which") for c in children(token, ("nsubj",)))
    )
