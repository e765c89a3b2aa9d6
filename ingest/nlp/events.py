"""PLOVER events from a parsed article: trigger, type, roles, flags and a confidence.

find_events reads each sentence's triggers (triggers.py), whether each was done (modality.py)
and who did it to whom (roles.py), drops what is no event (vetoes.py) and acts told again
("Russian forces shelled the town. The attack killed four civilians."). Actors come from the
article's actor mentions (character spans), so this package needs no knowledge of how actors
were resolved. Each event also names the verb of an act still ahead of its report, if any, so
that its dates can be read forward, and the spans of its own clause, whose dates come before
the rest of the sentence's.
"""

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from graph.models import QUAD_CLASS, EventType, QuadClass
from ingest.nlp.gazetteer import load_gazetteer
from ingest.nlp.lexicon import COOPERATIVE, MATERIAL, Lexicon, load_lexicon, noun_forms
from ingest.nlp.modality import (
    act_ahead,
    any_instance,
    as_a_rule,
    asks,
    asks_comment,
    asks_public,
    averted,
    content_of_noun,
    document_says,
    ended,
    finite,
    flags,
    headed_for,
    imperative,
    in_career,
    in_condition,
    meeting_aim,
    noun_subject,
    polled,
    presupposes,
    proposed,
    purpose_of_noun,
    speech_request,
    standing,
    unasserted,
    unreal,
    viewed,
    wish,
    wished_of_another,
)
from ingest.nlp.roles import (
    CONFLICT,
    FORCE,
    ActorIndex,
    Mention,
    accused_in_clause,
    act_clause,
    act_sides,
    acted_on_subject,
    aimed_at,
    asked_by_participle,
    asked_in_writing,
    authors,
    bears_on_place,
    by_agents,
    companions,
    compound_forces,
    condition_subjects,
    countries,
    crowd_subject,
    deed_noun,
    deed_themes,
    doer_adjectives,
    expellers,
    forces_near,
    ground_of,
    headline_noun,
    held_between,
    held_possessor,
    holders,
    hyphened_sides,
    in_protest,
    individual,
    judges_own,
    linked_patients,
    measure_borne,
    mediated_sides,
    meeting_holders,
    mutual,
    noun_agents,
    noun_patients,
    objects_of_noun,
    occasion_agents,
    of_state,
    own_forces_called,
    own_state,
    protested_missions,
    reciprocal,
    refused_askers,
    seized_from,
    sources,
    speaker_of,
    states_in,
    stray_to,
    struck_own,
    takes_own_away,
    talked_of,
    targets,
    targets_in,
    under,
    venue_only,
    voiced_from,
)
from ingest.nlp.senses import lookup_noun, objects_of, purpose_clause, subject_of, voicers
from ingest.nlp.syntax import (
    amount,
    bare_passive,
    before_parenthetical,
    char_spans,
    children,
    complement,
    lemma_in,
    lower_lemma,
    own_clause,
    participle_of,
    prep_objects,
)
from ingest.nlp.triggers import (
    MODE_OF_TYPE,
    Trigger,
    bare_claim,
    classify,
    defends_in_words,
    forces_used,
    nominal,
    unsigned_attack,
)
from ingest.nlp.vetoes import (
    animals_only,
    armed_reply,
    asks_anonymity,
    bomber_no_actor,
    burns_nothing,
    carries_out,
    controlled_blast,
    counted_participle,
    court_plea,
    court_ruling,
    deep_background,
    described_state,
    disaster_response,
    done_to_no_one,
    endangers,
    endorsed_object,
    event_yields,
    fights_no_one,
    figurative_blow,
    force_in_words,
    forces_told_an_act,
    ground_of_act,
    harms_people,
    hazard_measure,
    held_state,
    hosted_occasion,
    in_interview,
    in_session,
    joins_protest,
    linked_state,
    medium_of_act,
    met_as_reaction,
    mishap_inquiry,
    others_part_denied,
    own_activity,
    own_command,
    own_deed_backed,
    own_rally,
    passive_state,
    protest_effect,
    questioners_line,
    relief_sent,
    rescue,
    restates_noun,
    resultative,
    retort,
    searched,
    self_harm,
    sitting_suspended,
    sport_played,
    stance_on_kind,
    taken_captive,
    takes_nothing,
    thing_acted_on,
    thing_doer,
    to_everyone,
    toll_to_date,
    unattributed_harm,
    unclaimed_bombing,
    unclaimed_strike,
    undertaken_in_court,
    verbal_attack,
    view_held,
    view_of_own,
    weapon_went_off,
    went_off_alone,
)


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
    hypothetical: bool = False
    # Article offset of the verb of an act still ahead ("hopes to visit"), to date it forward.
    future_at: int | None = None
    # Article character spans of the trigger's own clause (without the clauses it governs).
    clause: tuple[tuple[int, int], ...] = ()
    # A favour asked ("asked the police for directions"): an event only where both sides
    # are named and neither is of civil society (the gate decides).
    favour: bool = False
    # An attack told by its noun alone, no doer named ("killed in the attack on the embassy"):
    # its author is the unidentified armed group the gate names (`by_unknown_bomber`).
    in_passing: bool = False
    # Arms that struck something, no side named ("a missile hit a hospital in Kharkiv"): on
    # the state the gate finds it struck in (`on_struck_state`), else no event.
    struck: bool = False

    @property
    def quad_class(self) -> QuadClass:
        """PLOVER quad class of the event type."""
        return QUAD_CLASS[self.type]

    @property
    def sideless_attack(self) -> bool:
        """An assault with no side named: kept only as a bombing of no doer told
        (`unclaimed_bombing`), whose author the gate names, or as arms that struck something
        (`unclaimed_strike`), whose state the gate names."""
        sides = (*self.source, *self.target, *self.participants)
        return self.type is EventType.ASSAULT and not sides


def _favour(lex: Lexicon, trig: Trigger) -> bool:
    """ "asked the police for directions", "asked his neighbours for advice": one asked for
    a thing that neither CAMEO's requests (aid, help, talks, a resignation) nor the lexicon
    name is asked a favour, a political act only between named sides of no civil society
    ("asked the Queen for a prorogation"; the gate decides)."""
    if trig.type is not EventType.REQUEST or trig.nominal or trig.complement is not None:
        return False
    whom = objects_of(trig.token)
    asked = [o for h in [trig.token, *whom] for o in prep_objects(h, ("for",))]
    return (
        bool(asked)
        and bool(whom)
        and all(
            o.pos_ == "NOUN"
            and lower_lemma(o) not in lex.requested
            and lookup_noun(lex, o) is None
            and not load_gazetteer().find_agents([o.lower_])
            for o in asked
        )
    )


# The lexicon's senses of a verb of meeting someone (not mediating between others).
_MEETING_VERBS = frozenset(
    (EventType.CONSULT, mode) for mode in ("meeting", "visit", "phone", "video")
)
# The edge two states share: who visits it is the guest of neither.
_BORDERS = frozenset({"border", "frontier", "boundary"})

# Acts of siding with another, whose "against" names the side they oppose together; not a
# retreat or a concession, which eases what was done against the side it names.
_SIDING = frozenset(
    {EventType.AGREE, EventType.CONSULT, EventType.SUPPORT, EventType.COOPERATE, EventType.AID}
)

# Acts the sides named "between" do with each other, whoever else is told doing them.
_BETWEEN_JOINT = frozenset(
    {EventType.AGREE, EventType.CONSULT, EventType.SUPPORT, EventType.COOPERATE, EventType.RETREAT}
)

# Hostile acts whose "for" may name what they answer; a request's or a mobilisation's names
# what is asked for or readied ("called for sanctions against Russia").
_ANSWERING = frozenset(t for t, q in QUAD_CLASS.items() if q in CONFLICT) - {
    EventType.REQUEST,
    EventType.MOBILIZE,
}


def _siding_pledged(trig: Trigger) -> bool:
    """ "pledged to defend Estonia against Russian aggression", "offered to help Ukraine
    against Russia": an act of siding pledged, its clause's act one of siding too or none the
    lexicon names, takes the side the clause's "against" names as no target, as the act
    itself would ("agreed to impose sanctions against Russia" stays on Russia; "vowed to
    oppose sanctions against Iran", a stance, defends Iran; "vowed not to retaliate against
    Ethiopia", restraint, toward Ethiopia)."""
    siding = {None, *(MODE_OF_TYPE[t] for t in _SIDING if t in MODE_OF_TYPE)}
    clause = trig.complement
    restraint = clause is not None and bool(children(clause, ("neg",)))
    return trig.type is EventType.AGREE and trig.mode in siding and not restraint


def _gives_up(trig: Trigger, verb: Token) -> bool:
    """ "resigned from the court", "stepped down from the board", "backed down from its
    demand": a concession with no object gives up what its "from" names, no party it yields
    to (CAMEO's 0831, a post left); with one, "from" may name the party eased ("lifted the
    ban from the party"). The verb is the trigger's, or its clause's where a concession is
    pledged ("promised to step down from the board")."""
    yields = trig.type is EventType.CONCEDE or trig.mode == MODE_OF_TYPE[EventType.CONCEDE]
    return yields and not trig.nominal and not objects_of(verb)


def _given_from(trig: Trigger) -> bool:
    """ "rescued 50 hostages from the rebels", "airlifted food from Kenya": what aid is given or
    saved from is its captor or its origin, no party it is given to; received, "from" is the
    giver ("received aid from Japan")."""
    return trig.type is EventType.AID and not trig.reverse


def _own_body_convened(index: ActorIndex, trig: Trigger, source: list[str], actor: str) -> bool:
    """ "Jordan convenes a grand jury", "the president convened parliament": a body of the
    convener's own state is called to sit, no one met."""
    own = countries(index, [actor])
    return lower_lemma(trig.token) == "convene" and bool(own) and own <= countries(index, source)


def _verb_of(noun: Token) -> Token:
    """The word a noun hangs on, through its preposition ("hit by drone attacks": "hit")."""
    head = noun.head
    return head.head if noun.dep_ == "pobj" else head


def _matter_of(noun: Token) -> bool:
    """Whether a noun is what its verb acts on or tells of: its object ("condemned the
    raids"), its passive's subject ("the raids were condemned"), its "of" or "about"
    ("warned of a raid", "spoke about the raids"); not the object of a preposition the
    tagger reads as a verb ("escaped following the raids")."""
    if noun.dep_ == "pobj":
        return noun.head.lower_ in ("of", "about")
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.dep_ != "prep"


def _attack_in_passing(lex: Lexicon, trig: Trigger) -> bool:
    """ "three policemen were among the dead in the bombing at a checkpoint in Quetta", "fled
    after the attack on the village": one attack told by its noun (`unsigned_attack`), no
    doer named, not even one unresolved ("by aircraft"), is an attack by an author untold, as
    ACLED codes one; not what a verb acts on or tells of ("condemned the attack", "warned of
    an attack", `_matter_of`)."""
    noun = trig.token
    return (
        trig.nominal
        and trig.type is EventType.ASSAULT
        and unsigned_attack(lex, noun)
        and not prep_objects(noun, ("by",))
        and not _matter_of(noun)
        and not _thought_of(lex, noun)
        and all(_struck_site(lex, o) for o in prep_objects(noun, ("on", "against", "of")))
    )


def _thought_of(lex: Lexicon, noun: Token) -> bool:
    """ "uncovered plans for an attack on the embassy", "fears for an attack": an attack a
    thing said or thought, or a state of things, is for or about (a noun of `Lexicon.contents`
    or `Lexicon.qualities`) is intended or told of, not told as done; an inquiry into one is
    into what was done ("an investigation into the attack")."""
    held = noun.head.head if noun.dep_ == "pobj" else None
    if held is None or held.pos_ != "NOUN":
        return False
    inquiry = lex.nouns.get(lower_lemma(held), (None, None))[1] == "investigation"
    return lower_lemma(held) in lex.contents | lex.qualities and not inquiry


def _struck_site(lex: Lexicon, noun: Token) -> bool:
    """Whether what an attack told in passing was done to is people or a site ("the attack on
    the embassy", "the bombing of a church"), not ground ("the bombing of Mosul", an assault
    of war whose side is untold), nor a text, a sum or what is said or thought ("an attack on
    the budget", "on democracy": words)."""
    told = lex.contents | lex.qualities | lex.money | lex.documents
    return noun.ent_type_ not in ("GPE", "LOC") and lower_lemma(noun) not in told


def _placed_attack(index: ActorIndex, trig: Trigger) -> bool:
    """Whether where an attack's noun was done is told: a state it is done in (`states_in`),
    or a town or a region of a known state in its own words ("the bombing at a checkpoint
    in Quetta")."""
    towns = (index.get(t.i) for t in trig.token.subtree)
    return bool(states_in(index, trig)) or any(a in index.located for a in towns if a)


def _threat_forces(lex: Lexicon, trig: Trigger) -> list[Token]:
    """ "said the army could be deployed in Taiwan": the forces a threat would move or use act
    for their side, its doer, never its target (`forces_used`)."""
    return forces_used(lex, trig) if trig.type is EventType.THREATEN else []


def _named_speaker(subject: Token | None) -> bool:
    """ "the senator told Congress": a demand's speaker is named by a name, a people's or a
    state's word, or a pronoun standing for one, not a bare title whose country the
    article's other names lend it."""
    return subject is not None and any(
        t.ent_type_ or t.pos_ in ("PROPN", "PRON") for t in subject.subtree
    )


def _named_in(index: ActorIndex, actors: list[str], clause: Token) -> bool:
    """Whether an actor is named in a clause ("attack the Kenyan soldiers, the commander
    said": the Kenyan army is the command's, never its speaker)."""
    return any(index.get(t.i) in actors for t in clause.subtree)


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


def _protest_purposes(lex: Lexicon, triggers: list[Trigger]) -> dict[int, Token]:
    """ "went on strike to protest the layoffs", "boycotted the courts to protest the attack":
    a protest whose purpose is to protest is one protest, told by the verb that names its
    form; the infinitive, by the protest it serves, is no second one, planned, but tells whom
    it is against."""
    protests = {t.token.i for t in triggers if t.type is EventType.PROTEST}
    return {
        t.token.head.i: t.token
        for t in triggers
        if t.type is EventType.PROTEST
        and t.token.head.i in protests
        and t.token.head.i != t.token.i
        and purpose_clause(lex, t.token)
    }


def _sentence_events(
    lex: Lexicon, index: ActorIndex, sent: Span, offset: int
) -> list[EventMention]:
    triggers: list[Trigger] = []
    absorbed: set[int] = set()
    index.bounds = (sent.start, sent.end)
    # A question asserts nothing ("Will Russia attack?", "What do you make of the talks?"),
    # unless it asks why or how what it tells was done ("Why is Mexico threatening ...?"):
    # told before its triggers are read, as is a line given to the questioner of a transcript.
    if sent.text.rstrip().rstrip("\"'\u201d").endswith("?") and not presupposes(sent):
        return []
    if questioners_line(sent):
        return []
    for token in sent:
        # The trigger before the tests of what governs it: most tokens are none (each test
        # below walks the parse from every token otherwise).
        trig = speech_request(lex, token) or classify(lex, token)
        if trig is None or asks(trig) or asks_public(lex, trig) or polled(lex, trig):
            continue
        if purpose_of_noun(token) or unasserted(lex, token) or proposed(lex, token):
            continue
        if ended(lex, token) or wished_of_another(lex, token) or viewed(lex, token):
            continue
        if content_of_noun(lex, token) or asks_comment(lex, trig):
            continue
        triggers.append(trig)
        comp = trig.complement
        while comp is not None:
            # Not the telling verb the parse makes a conjunct ("Iran must free them, X said"),
            # nor one with a tense of its own ("told police to free them and has promised a
            # pardon": the teller's own act).
            joined = [c for c in comp.conjuncts if not finite(c)]
            absorbed.update(c.i for c in [comp, *joined] if c != trig.token)
            comp = complement(comp)
        if trig.type == EventType.REJECT:
            # "rejected an invitation to attend a meeting": the act offered did not happen; a
            # verb after a clause on the subject is the subject's ("- which opposed the plan -
            # called for": "called" hung on "plan").
            absorbed.update(
                c.i
                for obj in objects_of(trig.token)
                for c in children(obj, ("acl",))
                if before_parenthetical(c) is None
            )
    # "shells fired by Armenian forces hit the village": arms fired or launched that strike
    # are one attack, told by the verb that names whom it struck.
    struck = {
        s.i
        for t in triggers
        if t.type is EventType.ASSAULT and (s := subject_of(lex, t.token)) is not None
    }
    absorbed.update(
        t.token.i
        for t in triggers
        if t.token.dep_ == "acl" and t.token.head.i in struck and lower_lemma(t.token) in lex.firing
    )
    purposes = _protest_purposes(lex, triggers)
    absorbed.update(p.i for p in purposes.values())
    taken = {t.token.i for t in triggers} | absorbed
    taken |= {o.i for t in triggers for o in [*objects_of(t.token), *([t.noun] if t.noun else [])]}
    # "called for the president's resignation": what a request is for is asked, not done.
    taken |= {
        o.i
        for t in triggers
        if t.type is EventType.REQUEST
        for p in prep_objects(t.token, ("for",))
        for o in [p, *p.conjuncts]
    }
    triggers += [t for tok in sent if tok.i not in taken and (t := nominal(lex, tok))]
    attacks = {t.token.i for t in triggers if t.type is EventType.ASSAULT and not t.nominal}
    events: list[EventMention] = []
    seen: set[tuple[object, ...]] = set()
    for trig in triggers:
        # Nor does a condition ("if ...") or an indirect question ("would not say whether").
        if trig.token.i in absorbed or in_condition(trig.token) or imperative(trig.token):
            continue
        if trig.nominal and (
            averted(lex, trig.token) or headed_for(lex, trig.token) or any_instance(trig.token)
        ):
            continue
        if not trig.nominal and (as_a_rule(lex, trig.token) or deep_background(lex, trig.token)):
            continue
        if standing(lex, trig) or (not trig.nominal and in_career(lex, trig.token)):
            continue
        if not trig.nominal and (
            document_says(lex, trig.token)
            or resultative(trig)
            or met_as_reaction(trig)
            or passive_state(trig)
            or linked_state(trig)
            or counted_participle(trig)
            or held_state(lex, trig)
            or described_state(trig)
        ):
            continue
        if meeting_aim(lex, trig) or court_plea(trig) or asks_anonymity(trig):
            continue
        if toll_to_date(lex, trig):
            continue
        if others_part_denied(lex, index, trig):
            continue
        if undertaken_in_court(trig) or court_ruling(lex, trig):
            continue
        if (endorsed := endorsed_object(lex, index, trig)) is not None:
            trig = replace(trig, type=EventType.SUPPORT, mode=None, complement=None)
        trig, negated, hypothetical = flags(lex, trig)
        if negated:
            continue  # "did not attack", "no troops were hurt": an act not done is no event
        unreal_act = hypothetical and unreal(lex, trig)
        ahead = act_ahead(lex, trig)
        patients: list[str] = []
        passing = False  # an attack's noun told in passing, no doer named
        held = held_possessor(index, trig.token, trig.mode) if trig.nominal else None
        if held is not None:
            patients = index.actors_in(held)
            if not patients:
                continue
            # Its doer told by "by" ("the activist's detention by police").
            source = [a for o in prep_objects(trig.token, ("by",)) for a in index.actors_in(o)]
        elif trig.nominal:
            source = noun_agents(index, trig.token)
            if not source and trig.type is EventType.CONSULT:
                source = meeting_holders(index, trig.token) or held_between(index, trig)
            if not source and trig.type is EventType.CONSULT:
                source, patients = hyphened_sides(index, trig.token)
            if not source and trig.type is EventType.PROTEST:
                source = in_protest(index, trig.token)
            if not source and trig.type is EventType.PROTEST:
                # "the arms sale drew protests from Beijing": a protest a state or its
                # officials voice, as a reaction is voiced, is a diplomatic one, at whom drew it
                # (CAMEO's PROTEST * DECISION, 110: disapproval), not a demonstration.
                # The voicer itself, not a word on it ("French unions" are no state).
                voiced = [index.get(v.i) for v in voicers(lex, trig.token)]
                if voiced and all(a is not None and of_state(index, a) for a in voiced):
                    source, patients = voiced_from(index, trig.token)
                    trig = replace(trig, type=EventType.ACCUSE, mode="disapprove")
            if not source and QUAD_CLASS[trig.type] not in MATERIAL:
                # Words come from their speaker; a deed from where it was done ("the shelling
                # came from Syria": not by whom).
                source, patients = voiced_from(index, trig.token)
            if not source:
                # "the embassy was the target of a rocket attack": whom it is aimed at.
                patients = noun_patients(index, trig) or aimed_at(index, trig)
            happened = (
                trig.type is EventType.ASSAULT
                and lower_lemma(trig.token) not in lex.arms
                and (hung := _verb_of(trig.token)).pos_ == "VERB"
                and hung.i not in attacks
                and not _matter_of(trig.token)
            )
            if not source and (patients or happened):
                # Done to someone named, by the state or forces its words name ("Israeli
                # shelling of the villages", "the police shooting of two students"); an
                # attack one can count is its doer's with no one named hit where a verb
                # tells it happened ("fled despite Saudi airstrikes"; not "the threat of a
                # Saudi attack"), unless the verb is the attack ("a Saudi airstrike hit ...")
                # or it is what the verb is about ("warned of a Saudi attack", "condemned
                # the Saudi airstrikes");
                # not its arms ("Saudi rockets" may be stock), nor others' acts, which need
                # whom they bear on.
                source = doer_adjectives(index, trig.token) or compound_forces(index, trig.token)
            if not (source or patients) and headline_noun(trig.token):
                # A headline that is the event noun reports it, done where it says, as a
                # passive headline is ("Arbitrary arrests in Tunisia", "Two held in Tunisia").
                patients = states_in(index, trig) if bears_on_place(lex, trig) else []
            # An attack told in passing is one only where whom it hit or where is told.
            passing = not (source or hypothetical) and _attack_in_passing(lex, trig)
            passing = passing and bool(patients or _placed_attack(index, trig))
            if not (source or patients or passing):
                continue  # conservatively: an event noun only with its actor or its patient
        else:
            source = sources(lex, index, trig.token)
            source += [a for a in companions(lex, index, trig.token) if source and a not in source]
            if not source and trig.type in (EventType.MOBILIZE, EventType.THREATEN):
                # "Indian troops were deployed": forces moved by no one named move for their
                # side, as do those a speaker says could be sent ("said troops could be sent").
                deployed = children(trig.token, ("nsubjpass",))
                speaker = None
                if trig.type is EventType.THREATEN:
                    deployed = _threat_forces(lex, trig)
                    # "Lu said the army could be deployed": the speaker's side threatens.
                    speaker = speaker_of(lex, trig.token) if deployed else None
                source = index.actors_in(speaker, located=True) if speaker is not None else []
                source = source or [a for s in deployed for a in index.actors_in(s)]
            if not source and trig.mode == "release":
                # "sailors seized by Iran were released": freed by who held them.
                source = holders(index, trig.token)
            source = source or expellers(index, trig.token, trig.mode)
            doer = subject_of(lex, trig.token)
            if not source and doer is not None and index.unquoted_self(doer):
                # "I support the president's plan", "we welcomed the Syrian families" in an
                # interview's answers: the speaker's own work or view, no political actor's.
                continue
            if (noun := noun_subject(trig)) is not None:
                # "Protests spread": the event noun's own words name no one who acted but its
                # agent ("the shelling by Russian forces continued"); its "of" is whom it is
                # done to ("the invasion of Iraq began").
                patients = objects_of_noun(index, trig, noun)
                source = [a for a in source if a != index.get(noun.i) and a not in patients]
                source = source or noun_agents(index, noun)
            # Where the act is done to the subject ("died of his wounds"), it is no attacker.
            attacker = bool(source) and not trig.reverse
            if unattributed_harm(lex, trig, sent, attacker=attacker):
                continue
            if thing_doer(lex, index, trig) or rescue(lex, trig) or disaster_response(lex, trig):
                continue
            if relief_sent(lex, trig):
                trig = replace(trig, type=EventType.AID, mode=None)
            if hazard_measure(lex, trig):
                continue
            if trig.by_arms and not source and not went_off_alone(lex, trig):
                continue  # "a plane hit the tower": the dictionary's attack is by someone's arms
        if mishap_inquiry(lex, trig) or hosted_occasion(lex, index, trig):
            continue
        if sport_played(lex, trig):
            continue
        if sitting_suspended(trig) or restates_noun(lex, trig):
            continue
        if not trig.nominal and not source and event_yields(lex, trig):
            continue
        if protest_effect(lex, trig):
            continue
        if (demonstrated := joins_protest(lex, index, trig, source)) is not None:
            trig = replace(trig, type=demonstrated[0], mode=demonstrated[1])
        if trig.type is EventType.PROTEST and harms_people(lex, index, trig.token):
            etype, mode = lex.verbs[lower_lemma(trig.token)]
            trig = replace(trig, type=etype, mode=mode)
        clause = trig.complement if trig.complement is not None else act_clause(trig)
        clause = clause or purposes.get(trig.token.i)
        comp_subj = subject_of(lex, clause) if clause is not None else None
        if comp_subj is not None and (
            comp_subj.pos_ == "PRON" or lower_lemma(comp_subj) in lex.nouns
        ):
            # A pronoun is unresolved; an event noun ("any settlement must ...") is no actor.
            comp_subj = None
        if endorsed is not None:
            target = noun_agents(index, endorsed, modifiers=True)  # "Peru's proposal", Peru
            if not target or view_held(lex, endorsed):
                # "agreed with the proposal to legalise cannabis": endorsing what no party
                # named proposes is a view held, as is sharing another's view.
                continue
        elif trig.clause_target:
            # "Le Monde wrote that France must withdraw": an obligation told by no actor
            # named is the writer's view, a demand of no one.
            target = index.actors_in(comp_subj) if comp_subj is not None else []
            if not (source and target) or own_state(index, source, target):
                continue
            if trig.viewed and view_of_own(lex, index, trig, comp_subj, source, target):
                continue
        elif trig.addressee is not None:
            # "'Release them,' the president told the Taliban": a command's party is the one
            # told; a command of no speaker or party named is no one's demand of anyone.
            target = index.actors_in(trig.addressee)
            if not (source and target) or own_state(index, source, target):
                continue
            if trig.complement is not None and _named_in(index, source, trig.complement):
                continue  # a speaker found among the command's own words is no speaker named
            if not _named_speaker(subject_of(lex, trig.token)):
                continue
        elif held is not None:
            # "mentioned the activist's arrest to the president": the one held is whom it is
            # done to; the noun's other phrases are the telling verb's, which the parse may
            # hang on the noun (its "to": the one told).
            target = patients
        else:
            target = targets(
                index,
                trig.token,
                trig.noun,
                # "sent troops to help the relief effort": what is sent for an aid is moved.
                moved=trig.type is EventType.MOBILIZE
                or bool(_threat_forces(lex, trig))
                or (trig.type is EventType.AID and trig.complement is not None)
                or (
                    # "evicted the protesters from the square": one's own people removed
                    # by a verb of expelling are acted on, not taken away.
                    not trig.nominal
                    and lower_lemma(trig.token) not in lex.restricting
                    and takes_own_away(index, trig.token, source)
                )
                or (
                    # "announced the withdrawal of its forces from the island": so by the
                    # act's noun.
                    trig.type is EventType.RETREAT
                    and trig.noun is not None
                    and takes_own_away(index, trig.noun, source)
                ),
                venue=trig.needs_partner and trig.type is EventType.CONSULT,
                force=trig.type in FORCE,
                threat=trig.type is EventType.THREATEN,
                visit=trig.type is EventType.CONSULT and trig.mode == "visit",
                answers=trig.type in _ANSWERING,
                # "opposed the sanctions against Iran": defended in words, Iran (CAMEO 052).
                allied=trig.type in _SIDING and not defends_in_words(lex, trig),
                doers=source,
                voiced=trig.voiced,
                asks=trig.type is EventType.REQUEST,
                # "launched missiles from Belarus": arms leave where they are fired from
                # (CAMEO's "LAUNCH * &WEAPON (FROM ^)"), no party; so do the deported the
                # ground they are put out of ("were deported from Kuwait": its act).
                leaves=_gives_up(trig, trig.token)
                or _given_from(trig)
                or lower_lemma(trig.token) in lex.deporting
                or lower_lemma(trig.token) in lex.firing,
                sends=any(
                    lower_lemma(t) in lex.deporting | lex.deportations
                    for t in (trig.token, trig.noun)
                    if t is not None
                ),
            )
            if set(target) <= set(source):
                # Whom the noun's own words name beats its doer found again ("faced rebukes
                # from Jordan over the plan": Jordan, the one rebuked's none).
                target = patients or target
            if not target and trig.type is EventType.CONSULT:
                target = stray_to(index, trig.token)
        verb = lower_lemma(trig.token)
        gathered = [
            o
            for o in ([] if trig.nominal else objects_of(trig.token))
            if f"{verb} {lower_lemma(o)}" in lex.repression
        ]
        if gathered:
            # "broke up a rally by the opposition": force on a gathering is done to those
            # gathered, named by its "by" wherever the parse hangs it on the active verb, else
            # to whom its place names. They are people, no state or body of one: "crushed the
            # government's march toward a referendum" is a figure.
            by = prep_objects(trig.token, ("by",)) if children(trig.token, ("nsubj",)) else []
            gatherers = [a for o in gathered for a in noun_agents(index, o, modifiers=True)]
            gatherers = gatherers or [a for o in by for a in index.actors_in(o) if a not in source]
            people = [a for a in gatherers if not of_state(index, a)]
            target = people or [a for a in target if a not in gatherers]
        if not target and trig.type is EventType.ASSAULT and weapon_went_off(lex, trig.token):
            target = forces_near(index, trig.token)
        if not target and trig.type in FORCE and not trig.nominal:
            target = [a for a in linked_patients(lex, index, trig.token) if a not in source]
        if not target and not trig.nominal and QUAD_CLASS[trig.type] not in MATERIAL:
            target = authors(lex, index, trig.token, trig.noun)
        if not target and not trig.nominal and trig.type is EventType.ACCUSE:
            target = [a for a in accused_in_clause(index, trig.token) if a not in source]
        if not target and trig.nominal:
            undergoers = under(index, trig.token) or aimed_at(index, trig)
            target = [a for a in undergoers if a not in source]
        if not target and clause is not None:
            # "demanded that Hamas renounce its struggle against Israel": the one asked is the
            # clause's own subject, before whom the clause acts on.
            asked = index.actors_in(comp_subj) if comp_subj is not None else []
            asked = [a for a in asked if a not in source]
            own = comp_subj is not None and comp_subj.head.i == clause.i
            # "is willing to withdraw its troops from Lebanon": the clause's own act moves.
            moved = takes_own_away(index, clause, source)
            # "urged anyone with information to contact police": a request's object is the one
            # asked, told by a noun naming no actor here; whom the act asked for bears on is
            # not (a personal pronoun binding left unresolved is read as before).
            # A request's noun ("their demand to free the prisoners") names none asked but
            # its clause's subject ("the demand for Kenya to extradite him").
            asked_of = trig.type is EventType.REQUEST and (
                clause is not trig.complement
                or any(o.tag_ != "PRP" for o in children(trig.token, ("dobj",)))
            )
            later = (
                []
                if asked_of
                else targets(
                    index,
                    clause,
                    moved=moved,
                    answers=trig.type in _ANSWERING,
                    allied=_siding_pledged(trig),
                    leaves=_gives_up(trig, clause),
                )
            )
            target = (asked if own else []) or later or asked
        target = seized_from(index, trig) or target
        if not target and not trig.nominal:
            target = [a for a in mediated_sides(index, trig.token) if a not in source]
        if not target and acted_on_subject(lex, trig.token):
            patient = subject_of(lex, trig.token)
            target = index.actors_in(patient) if patient is not None else []
        if not target and trig.mode == "arrest" and participle_of(trig.token):
            # "freed three Danes jailed in Peru": the people a participle of arrest tells of are
            # held (of other acts it often only describes: "the opinion, released on Monday").
            target = index.actors_in(trig.token.head)
        if not target and trig.type is EventType.SANCTION and not trig.nominal:
            # "tariffs imposed by China hurt US farmers": whom the measure then acts on.
            target = [a for a in measure_borne(index, trig.token) if a not in source]
        if not target and trig.type == EventType.THREATEN:
            target = condition_subjects(lex, index, trig)
        if not target and source and trig.type == EventType.REQUEST:
            # "asked for Bolton's resignation", "called for G7 action": who is to act.
            asked_for = [
                o for p in children(trig.token, ("prep",)) if p.lower_ == "for" for o in p.children
            ]
            # "called for the release of its citizens by Uganda": Uganda, as for an act
            # judged (`targets`), not the citizens.
            target = [
                a
                for o in asked_for
                if o.dep_ == "pobj"
                for a in by_agents(index, o)
                or [
                    a
                    for a in targets_in(index, o)
                    if a not in judges_own(index, o) | deed_themes(index, o)
                ]
            ]
            target = target or [
                a for a in asked_in_writing(lex, index, trig.token) if a not in source
            ]
        # What a subject is given where it receives it has no giver there ("received food aid
        # in Mogadishu": not from Somalia); a court one appears in is its state's.
        received = trig.reverse and QUAD_CLASS[trig.type] in COOPERATIVE
        if not target and trig.type is EventType.PROTEST:
            target = [a for a in protested_missions(index, trig) if a not in source]
        if (
            not target
            and not received
            and bears_on_place(lex, trig)
            and not venue_only(trig, source)
        ):
            target = states_in(index, trig)
            moved = trig.type is EventType.MOBILIZE or bool(_threat_forces(lex, trig))
            if moved and own_state(index, source, target):
                target = []  # "troops were deployed in Moscow": moved at home, against no one
        if not target and wish(lex, trig):
            continue
        if trig.type is EventType.REQUEST and (asked := asked_by_participle(index, trig)):
            target = asked
        if not target and trig.type is EventType.REJECT and not trig.nominal:
            target = refused_askers(lex, index, trig.token, source)
        if (
            trig.reverse
            and trig.type is EventType.ASSAULT
            and prep_objects(trig.token, ("in", "during"))
        ):
            # "five soldiers died in an Israeli raid in Gaza": the dead were attacked by whoever
            # the attack's own words name, not by the place it was in.
            target = occasion_agents(index, trig.token)
        if trig.type is EventType.CONSULT:
            # "Germany and France discussed Ukraine": a state talked of is what the talks are
            # about; the speakers are their sides (`mutual`), or whom they are held with.
            talked = talked_of(index, trig)
            target = [a for a in target if a not in talked]
        if trig.reverse:
            # "the mayor received hospital treatment", "won a prize": what one person is given
            # by no one named is no act between political actors (unlike what is done to
            # them: "appeared in court", "faced criticism").
            subj = subject_of(lex, trig.token)
            if received and not target and subj is not None and individual(index, subj):
                continue
            source, target = target, source
        target = [a for a in target if a not in source or a in struck_own(index, trig)]
        # "the White House's $2 billion request": a sum asked for in a budget, of no one named;
        # "at the family's request": the ground of another's act, of no one named either.
        counted = trig.noun if trig.noun is not None else trig.token
        unaddressed = trig.type is EventType.REQUEST and not target
        if unaddressed and (amount(counted) or ground_of_act(counted)):
            continue
        if (forces := own_forces_called(lex, index, trig, source)) is not None:
            # "the army called upon conscripts", "Russia called on its reservists", "ordered
            # its troops to deploy": a state's call on its own forces, or its order that they
            # deploy, mobilises them (CAMEO's CALL_UP, 150; 154); they are no target, as
            # forces moved never are.
            called = {a for o in children(trig.token, ("dobj",)) for a in index.actors_in(o)}
            trig = replace(trig, type=EventType.MOBILIZE, mode=forces, complement=None)
            home = countries(index, source)
            target = [t for t in target if t not in called and index.countries.get(t) not in home]
        if own_rally(index, trig, source, target) or own_command(lex, index, trig, source, target):
            continue
        if forces_told_an_act(lex, trig) or medium_of_act(lex, trig):
            continue
        sanction = trig.type is EventType.SANCTION or trig.mode == MODE_OF_TYPE[EventType.SANCTION]
        if sanction and not target and own_activity(index, trig, source):
            continue  # nor is its own activity's suspension told ahead a threat to anyone
        if trig.type is EventType.AID and (trig.mode == "economic" or trig.nominal) and not target:
            # "Congress approved funding for the program", "so he could fund a wall": money
            # with no receiver named is spent or appropriated, no aid from one side to another;
            # a noun of aid with only its owner names goods owned ("Iran's weapons", "in his
            # lawyer's arms"), not given.
            continue
        if not target and (
            to_everyone(trig) or stance_on_kind(lex, index, trig) or own_deed_backed(lex, trig)
        ):
            continue
        if trig.type in (EventType.ASSAULT, EventType.SANCTION) and carries_out(lex, trig):
            continue
        if not trig.nominal and (
            takes_nothing(lex, index, trig) or figurative_blow(lex, index, trig)
        ):
            continue
        if done_to_no_one(lex, index, trig) or endangers(lex, index, trig) or self_harm(trig):
            continue
        if trig.type in (EventType.ASSAULT, EventType.COERCE) and animals_only(lex, index, trig):
            continue
        if trig.type is EventType.ASSAULT and not target and burns_nothing(lex, trig.token):
            continue
        if controlled_blast(lex, index, trig, source, target):
            continue
        if trig.by_arms and not target and not weapon_went_off(lex, trig.token):
            # "troops advanced toward the stronghold", "jets struck at dawn": the dictionary
            # reads the attack from armed forces moving or striking; at no one named, and into
            # no other state, it tells no act on anyone.
            continue
        if trig.type is EventType.ASSAULT and (
            searched(trig, source) or taken_captive(lex, trig, source)
        ):
            trig = replace(trig, type=EventType.COERCE, mode="arrest")  # CAMEO 173
        if retort(lex, index, trig, source) or (
            trig.type is EventType.ASSAULT and verbal_attack(lex, index, trig, source, target)
        ):
            trig = replace(trig, type=EventType.ACCUSE, mode="disapprove")
        if force_in_words(lex, index, trig, source, target):
            # Criticism where CAMEO reads the verb so too ("attacked"); else pressure, no act
            # ("besieged by the opposition").
            if not any(
                p.type is EventType.ACCUSE for p in lex.cameo.get(lower_lemma(trig.token), ())
            ):
                continue
            trig = replace(trig, type=EventType.ACCUSE, mode="disapprove")
        if armed_reply(lex, trig):
            trig = replace(trig, type=EventType.ASSAULT, mode=None)
        elif fights_no_one(lex, index, trig):
            continue
        participants: list[str] = []
        # "summoned each other's envoys": the sides act on each other's own.
        homes = countries(index, source)
        each = reciprocal(trig.token) and all(index.countries.get(t) in homes for t in target)
        if len(source) > 1 and (each or (mutual(trig) and not target)):
            participants, source, target = source, [], []
        if trig.type in (EventType.ASSAULT, EventType.COERCE):
            # "Turkish jets struck Afrin", Syria told: force on a town is on its state; on a
            # town of the doer's own state ("Syrian helicopters bombed Daraya") the town says
            # who was hit, the state being the doer. Other material conflict names the town
            # in passing ("Detroit's Wallace was suspended by the league").
            doers = countries(index, source)
            states = {a: ground_of(index, a) for a in target}
            target = list(
                dict.fromkeys(
                    s if s is not None and index.countries.get(s) not in doers else a
                    for a, s in states.items()
                )
            )
        # The sides an act is between each do it: "talks between Iran and Oman began", "a pact
        # was signed between Chile and Peru", "fighting between Armenia and Azerbaijan"; so of
        # a joint act whoever else is told doing it ("the envoys signed an accord between X and
        # Y", "the president announced the normalisation of relations between X and Y"), who
        # is no side unless named one. Not a mediator ("brokered a truce between X and Y"),
        # nor one who holds talks between others, their host (CAMEO 045: "hosted talks").
        sides = act_sides(index, trig)
        mediator = trig.mode == "third-party" or lower_lemma(trig.token) in lex.mediating
        host = trig.type is EventType.CONSULT and not countries(index, source) <= countries(
            index, sides
        )
        joint = trig.type in _BETWEEN_JOINT and not (mediator or host)
        if len(sides) > 1 and (not source or joint):
            participants, source, target = sides, [], []
        # A crowd naming no actor that protests is protesters (the gate's `by_crowd`).
        crowd = trig.type is EventType.PROTEST and crowd_subject(trig.token)
        # A bombing of no doer named, or of one told only as a person no actor is made of
        # ("he detonated a bomb"), is kept with no side: the gate's `by_unknown_bomber` names
        # its author.
        if passing and not patients:
            # Whom an attack told in passing hit is what its own words name, not the state it
            # is done in: a bombing of no side, whose author the gate names.
            target = []
        real = not hypothetical
        bombing = real and (unclaimed_bombing(lex, trig) or bomber_no_actor(lex, trig))
        strike = real and not (bombing or source or target or participants)
        strike = strike and unclaimed_strike(lex, trig)
        unclaimed = passing or bombing or strike
        if not (source or target or participants or crowd or unclaimed):
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
        pledged = trig.type is EventType.AGREE and trig.mode == MODE_OF_TYPE[EventType.CONSULT]
        met = trig.type == EventType.CONSULT or pledged
        met = met and trig.noun is None and not trig.nominal
        met = (met and lex.verbs.get(lower_lemma(trig.token)) in _MEETING_VERBS) or visit
        if met:
            edges = [o for o in objects_of(trig.token) if visit and lower_lemma(o) in _BORDERS]
            target = [
                a
                for a in target
                if a not in index.regions
                and a not in talked_of(index, trig)
                and all(a not in index.actors_in(t) for t in edges)
                and not (visit and own_state(index, source, [a]))
                and not _own_body_convened(index, trig, source, a)
            ]
        # A consultation a verb alone tells is between sides: with no one met or consulted
        # ("senators raised concerns", CAMEO's 040), none; a mediator's ("mediated", "tried
        # to broker a truce") and one an event noun names ("held talks") stand alone.
        alone = trig.type is EventType.CONSULT and trig.noun is None and not trig.nominal
        alone = alone and trig.mode != "third-party"
        alone = alone and not any(lookup_noun(lex, o) for o in objects_of(trig.token))
        if (met or alone) and not (target or participants) and in_session(lex, index, trig, source):
            participants, source = source, []
        # "issued warnings against attempts to enter the zone": a warning to no side named
        # threatens no one, as the verb with no one warned does not ("warned against ...");
        # nor do measures a light verb announces against no one (CAMEO's ANNOUNCE * MEASURES,
        # 130: "the government announced new lockdown measures"; a vow of revenge is a threat).
        # Punitive measures a verb of no threat backs or announces (BACK * SANCTION, 1312)
        # threaten only whom they are against ("backed the sanctions on Iran"), not the
        # venue's host ("announced the measure at the government's briefing").
        measures = _measures_threatened(lex, trig)
        if measures:
            against = [o for h in [trig.token, *measures] for o in prep_objects(h, _AGAINST)]
            target = [a for a in target if any(a in index.actors_in(o) for o in against)]
        warning = trig.type is EventType.THREATEN and (
            (trig.voiced and lower_lemma(trig.token) in lex.light_verbs)
            or bool(measures)
            or lower_lemma(trig.noun or trig.token) == "warning"
        )
        # "the cabinet approved a plan to build a dam": an approval (CAMEO's block of
        # approving, read as a commitment or an endorsement) binds the approver to no one where
        # no party besides it is named: a body passing its own measure ("Chile and Peru
        # ratified the pact" names two; "approved of the new constitution" is a view voiced).
        approval = trig.type in (EventType.AGREE, EventType.SUPPORT) and not trig.nominal
        approval = approval and lower_lemma(trig.token) in lex.approving and len(source) < 2
        approval = approval and not prep_objects(trig.token, ("of",))
        partnered = trig.needs_partner or trig.aimed or met or alone or warning
        if (partnered or approval) and not (target or participants):
            continue
        if trig.type == EventType.CONSULT and in_interview(trig.token):
            continue
        if trig.needs_partner and thing_acted_on(lex, index, trig.token):
            continue
        if (lower_lemma(trig.token) in lex.restricting or trig.needs_doer) and not source:
            continue  # "the children were banned from ...": a ban by no one told is no state's
        # A visit or a meeting cancelled or put off cuts relations (CANCEL * VISIT, POSTPONE *
        # TRIP: 160, 161) as the act of the side that cancels it: by no one told, none ("the
        # singer cancelled her tour of Japan", "the summit was called off").
        cancelled = trig.type is EventType.SANCTION and not trig.nominal and not source
        if cancelled and any(lower_lemma(o) in lex.visits for o in objects_of(trig.token)):
            continue
        key = (trig.type, tuple(source), tuple(target), tuple(participants))
        if key in seen:
            continue
        seen.add(key)
        if unreal_act:
            # No event, but its twins in the sentence ("likes bombing and killing them") are
            # as unreal: its key stays taken.
            continue
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
                hypothetical=hypothetical,
                future_at=None if ahead is None else ahead.idx + offset,
                clause=char_spans(own_clause(trig.token), offset),
                favour=_favour(lex, trig),
                in_passing=passing,
                struck=strike,
            )
        )
    return events


def find_events(
    doc: Doc,
    mentions: Sequence[Mention],
    *,
    offset: int = 0,
    regions: Iterable[str] = (),
    people: Iterable[str] = (),
    states: Iterable[str] = (),
    countries: Mapping[str, str] | None = None,
    located: Mapping[str, str] | None = None,
    sectors: Mapping[str, str] | None = None,
) -> list[EventMention]:
    """Events in a parsed doc; `offset` maps doc characters to article characters.

    `regions` are the ids of actors that are places without a government (continents,
    regions): never taken as a side from "in" ("leaders in Eurasia"). `people` are the ids of
    persons, whom a later "he" or "she" may stand for. `states` are the ids of countries,
    which an act done in them ("imposed a curfew in Lebanon") bears on. `countries` gives
    the country of each actor that has one, `located` that of each town or region,
    `sectors` the sector of each organisation that has one (a ministry's: government).
    """
    lex = load_lexicon()
    index = ActorIndex(
        lex,
        doc,
        mentions,
        offset,
        frozenset(regions),
        frozenset(people),
        frozenset(states),
        dict(countries or {}),
        dict(located or {}),
        dict(sectors or {}),
    )
    events: list[EventMention] = []
    for sent in doc.sents:
        for segment in _segments(sent):
            if len(segment):
                events += _sentence_events(lex, index, segment, offset)
    tokens = {t.idx + offset: t for t in doc}  # by article character, as events are
    events = _without_restatements(lex, tokens, events)
    events = _with_harm_done(lex, tokens, events)
    events = _without_targetless_twins(events)
    events = _with_doers_told_before(lex, doc, offset, tokens, events)
    events = _arrests_in_raids(tokens, events)
    return _reactions_to_acts_told_before(index, doc, offset, tokens, events)


def _with_harm_done(
    lex: Lexicon, tokens: Mapping[int, Token], events: list[EventMention]
) -> list[EventMention]:
    """ "Rebels shelled the town, killing four soldiers", "a bomber blew himself up at the
    gate, wounding six": the harm a participle tells after an attack is that attack's, one
    act, which takes the harmed (and the doer) where it named none; acts of their own kind
    ("kidnapping 250"), and harm told otherwise ("and killed six"), stay apart."""
    attacks = {e.trigger_start: e for e in events if e.type is EventType.ASSAULT}
    told: dict[int, int] = {}  # a participle's harm -> the attack it is part of
    for start, event in attacks.items():
        token = tokens.get(start)
        if token is None or event.mode is not None or token.dep_ != "advcl":
            continue
        head = attacks.get(token.head.idx + start - token.idx)
        if (
            token.tag_ == "VBG"
            and lemma_in(token, lex.harm)
            and head is not None
            and head.hypothetical == event.hypothetical
        ):
            told[start] = head.trigger_start
    fuller: dict[int, EventMention] = {}
    for start, at in told.items():
        kept, harm = fuller.get(at, attacks[at]), attacks[start]
        fuller[at] = replace(
            kept, source=kept.source or harm.source, target=kept.target or harm.target
        )
    return [
        fuller.get(e.trigger_start, e) if e.type is EventType.ASSAULT else e
        for e in events
        if not (e.type is EventType.ASSAULT and e.trigger_start in told)
    ]


def _without_targetless_twins(events: list[EventMention]) -> list[EventMention]:
    """ "Protesters clashed with the police and threw rocks", "Netanyahu called on Italy to
    join, adding: 'We call on any other country to join us'": an act of one sentence with a
    doer and no target, beside an act of its type, doer and flags that names a target, is
    that act told again (a quote restating it, a detail of it), not a second act; one of a
    manner of its own ("kidnapped three engineers and killed two soldiers") stays."""
    return [e for e in events if not any(_twin_with_target(e, other) for other in events)]


def _twin_with_target(event: EventMention, other: EventMention) -> bool:
    """Whether `other` is the same act as `event` told in its sentence with a target."""
    return (
        bool(event.source)
        and not event.target
        and bool(other.target)
        and not other.favour
        and other.start == event.start
        and (other.type, other.source) == (event.type, event.source)
        and other.hypothetical == event.hypothetical
        and event.mode in (None, other.mode)
    )


def _arrests_in_raids(
    tokens: Mapping[int, Token], events: list[EventMention]
) -> list[EventMention]:
    """ "police raided the homes of activists and arrested 20 of them", "police who raided the
    house arrested two": a search by raid (`searched`) and an arrest its doer made with it,
    one governing the other in a sentence, are one act of coercion, the arrest (CAMEO codes
    what is done "(IN RAID)"), on whom the raid was where the arrest names no one; a raid by
    troops (force) stays apart."""
    raids = [e for e in events if e.type is EventType.COERCE and _raid(tokens, e)]
    made: dict[int, EventMention] = {}  # an arrest -> the raid it was made in
    for event in events:
        if event.mode != "arrest" or event in raids:
            continue
        made.update(
            (event.trigger_start, raid)
            for raid in raids
            if (raid.source, raid.start) == (event.source, event.start)
            and _one_governs(tokens, raid, event)
        )
    within = {raid.trigger_start for raid in made.values()}
    return [
        replace(e, target=e.target or made[e.trigger_start].target)
        if e.trigger_start in made
        else e
        for e in events
        if e.trigger_start not in within
    ]


def _raid(tokens: Mapping[int, Token], event: EventMention) -> bool:
    """Whether an event's trigger is a verb of raiding ("raided the offices")."""
    token = tokens.get(event.trigger_start)
    return token is not None and lower_lemma(token) == "raid"


def _one_governs(tokens: Mapping[int, Token], first: EventMention, second: EventMention) -> bool:
    """Whether one event's trigger is in the other's phrase, as a conjunct or a clause."""
    one, other = tokens.get(first.trigger_start), tokens.get(second.trigger_start)
    if one is None or other is None:
        return False
    return one in other.ancestors or other in one.ancestors


# The determiners of a noun that points back at an act told before.
_DEFINITE = frozenset({"the", "this", "that"})


def _without_restatements(
    lex: Lexicon, tokens: Mapping[int, Token], events: list[EventMention]
) -> list[EventMention]:
    """ "Russian forces shelled the town. The attack killed four civilians.": an act whose
    subject is a definite event noun ("the attack", "this raid") of the act's own type, told
    with no doer of its own after an act of that type, is that act told again, not another.
    So is an act whose definite event noun names again an act of its type told in an earlier
    sentence (`_told_again`: "Chile filed a lawsuit against Peru. The lawsuit was filed by its
    attorney general"), whoever it names doing it; its doer is that act's where that act told
    none ("the judge was murdered ... gunmen committed the murder"), unless it is denied or
    only possible. A bare claim of responsibility names again the attack told before it. A
    bombing of no side named is the attack told in an earlier sentence, or with a side in
    its own or the next ("a car bombing killed five and wounded 110", "Twin bombings struck
    the cathedral. The first bomb went off during Mass", "A grenade exploded at a bus stop.
    Al-Shabaab claimed responsibility for the attack"), told again."""
    kept: list[EventMention] = []
    for event in events:
        if event.sideless_attack and _attack_told_with(
            event, events, _next_sentence(tokens, event)
        ):
            continue
        if event.in_passing and any(
            e.type is EventType.ASSAULT and e.end <= event.start for e in events
        ):
            continue  # "the attack on the embassy" after an attack told: that attack again
        token = tokens.get(event.trigger_start)
        subj = subject_of(lex, token) if token is not None else None
        noun = (
            lex.nouns.get(lower_lemma(subj)) if subj is not None and subj.pos_ == "NOUN" else None
        )
        if (
            subj is not None
            and noun is not None
            and noun[0] == event.type
            and not (event.source or event.participants)
            and _definite(subj)
            and any(k.type == event.type for k in kept)
        ):
            continue
        told = next(
            (
                i
                for i, k in enumerate(kept)
                if k.type == event.type
                and k.end <= event.start
                and _told_again(lex, tokens, event, k)
            ),
            None,
        )
        if told is None:
            kept.append(event)
            continue
        doerless = not (kept[told].source or kept[told].participants)
        if doerless and not event.hypothetical:
            # "the judge was murdered ... gunmen committed the murder": its doer.
            kept[told] = replace(kept[told], source=event.source)
    return kept


def _attack_told_with(event: EventMention, events: list[EventMention], after: int) -> bool:
    """Whether another assault is told before an event, or with a side in its sentence or in
    the one starting at `after` ("an IED detonated near a market, killing two civilians":
    the killing, that bombing)."""
    return any(
        e is not event
        and e.type is EventType.ASSAULT
        and (e.end <= event.start or (e.start in (event.start, after) and not e.sideless_attack))
        for e in events
    )


def _next_sentence(tokens: Mapping[int, Token], event: EventMention) -> int:
    """Where the sentence after an event's starts, as an article offset (-1: none)."""
    token = tokens.get(event.trigger_start)
    if token is None or token.sent.end >= len(token.doc):
        return -1
    return token.doc[token.sent.end].idx + event.trigger_start - token.idx


def _told_again(
    lex: Lexicon, tokens: Mapping[int, Token], event: EventMention, before: EventMention
) -> bool:
    """Whether an act's definite event noun names again an act told before by the same word,
    with the same verb ("filed a lawsuit ... filed the lawsuit") or as that act's own verb's
    noun under a verb that only does it ("was murdered ... committed the murder"); a light
    verb or one of occurrence makes a new act of it ("imposed sanctions ... extended the
    sanctions", "held talks ... resumed the talks")."""
    if bare_claim(tokens[event.trigger_start]):
        # "A bomb went off ... the Taliban claimed responsibility": the attack told before,
        # where it had no doer or the claimer's.
        return not (before.source or before.participants) or before.source == event.source
    named = {
        lower_lemma(t)
        for t in _trigger_tokens(tokens, event)
        if t.pos_ == "NOUN"
        and _definite(t)
        and lex.nouns.get(lower_lemma(t), (None,))[0] == event.type
    }
    if not named & {lower_lemma(t) for t in _trigger_tokens(tokens, before)}:
        return False
    verb, told = lower_lemma(tokens[event.trigger_start]), lower_lemma(tokens[before.trigger_start])
    return verb == told or (told in named and verb not in lex.light_verbs | lex.occurrence)


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)


def _trigger_tokens(tokens: Mapping[int, Token], event: EventMention) -> list[Token]:
    """The words of an event's trigger: its first word and those of the trigger next to it in
    the parse (its object, its subject, a preposition's object), not the same words elsewhere
    in the sentence."""
    first = tokens.get(event.trigger_start)
    if first is None:
        return []
    words = set(event.trigger.lower().split())
    near = [first, first.head, *first.children, *(g for c in first.children for g in c.children)]
    return [t for t in near if t.lower_ in words]


def _with_doers_told_before(
    lex: Lexicon,
    doc: Doc,
    offset: int,
    tokens: Mapping[int, Token],
    events: list[EventMention],
) -> list[EventMention]:
    """ "Israeli forces raided the camp. Three Palestinians were killed in the raid.": harm
    suffered with no doer named, in a definite attack ("the raid", "this strike") told just
    before, is done by whoever did that attack, where the attacks told in that sentence and
    its own before it have one doer between them."""
    done: list[EventMention] = []
    for event in events:
        token = tokens.get(event.trigger_start)
        if token is None or event.source or event.participants or event.type != EventType.ASSAULT:
            done.append(event)
            continue
        passive = bare_passive(token) or any(
            c.dep_ in ("auxpass", "nsubjpass") for c in token.children
        )
        told = [
            o
            for o in prep_objects(token, ("in", "during"))
            if lower_lemma(o) in lex.attacks and _definite(o)
        ]
        reach = _sentence_before(doc, token) + offset
        doers = {
            e.source
            for e in done
            if e.type == EventType.ASSAULT and e.source and reach <= e.trigger_start
        }
        if passive and told and len(doers) == 1:
            event = replace(event, source=doers.pop())
        done.append(event)
    return done


def _sentence_before(doc: Doc, token: Token, back: int = 1) -> int:
    """Where the sentence `back` sentences before a word's own starts (or the first): how
    far back the acts a later word points to were told."""
    sent = token.sent
    for _ in range(back):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    return sent.start_char


# Words' reactions to an act: criticising, rejecting or backing it is done to its doer.
_REACTIONS = frozenset({EventType.ACCUSE, EventType.REJECT, EventType.SUPPORT})
# Acts of words, which a noun of any act does not point back to ("Taiwan protested. Japan
# condemned the move": China's, not Taiwan's).
_VOICED = _REACTIONS | {EventType.PROTEST}
# The general nouns English points back to an act of any kind with ("the move", "the
# decision", "this step").
_ANY_ACT = frozenset({"move", "decision", "step", "action", "measure"})


def _reactions_to_acts_told_before(
    index: ActorIndex,
    doc: Doc,
    offset: int,
    tokens: Mapping[int, Token],
    events: list[EventMention],
) -> list[EventMention]:
    """ "Chile seized two Peruvian trawlers. Peru condemned the seizure.": a reaction to a
    definite act noun ("the seizure", "this attack") naming no one, whose type is that of the
    acts told in its sentence before it or in the one before (of any deed for a noun of any
    act: "Russia annexed Crimea. Germany condemned the move"), is to their doer, where they
    have one between them and it is not the reacting side itself. A definite word or act
    named by no event ("Ankara argued the fighters were terrorists. The court rejected this
    argument.") is its teller's or doer's, as `_teller_before` finds them."""
    lex = index.lex
    done: list[EventMention] = []
    for event in events:
        token = tokens.get(event.trigger_start)
        open_ = event.type in _REACTIONS and not (event.target or event.participants)
        act = _act_reacted_to(lex, token) if token is not None and open_ else None
        doers: set[tuple[str, ...]] = set()
        if token is not None and act is not None:
            noun, kind = act
            told = [
                e
                for e in done
                if (e.type == kind or (kind is None and e.type not in _VOICED)) and e.source
            ]
            reach = _sentence_before(doc, token) + offset
            doers = {e.source for e in told if reach <= e.trigger_start}
            if not doers and noun.tag_ == "NN":
                # "Trump commuted Stone's sentence. [...] Biden criticised the commutation":
                # an act told by the noun's own word or its verb, a few sentences back (not
                # "the agreements", which may gather acts told in other words).
                reach = _sentence_before(doc, token, _NAMED_REACH) + offset
                doers = {
                    e.source
                    for e in told
                    if reach <= e.trigger_start and _names_noun(tokens, e, noun)
                }
        said = act[0] if act is not None else None
        if token is not None and open_ and said is None:
            said = _said_reacted_to(lex, token)
        # Not the act's own noun ("the agreement was signed"): no reaction to another's.
        if not doers and said is not None and said not in _trigger_tokens(tokens, event):
            doers = {teller} if (teller := _teller_before(index, said)) else set()
        if len(doers) == 1 and not set(doer := doers.pop()) & set(event.source):
            event = replace(event, target=doer)
        done.append(event)
    return done


def _said_reacted_to(lex: Lexicon, verb: Token) -> Token | None:
    """The noun of something said or done ("rejected this argument", "the operation was
    condemned") that a verb's object, or its passive's subject, is."""
    nouns = [*objects_of(verb), *children(verb, ("nsubjpass",))]
    for noun in nouns:
        said = noun.pos_ == "NOUN" and lower_lemma(noun) in lex.contents
        if said or deed_noun(lex, noun, acts=True):
            return noun
    return None


# How many sentences back a definite noun points to the words or the act it names.
_TOLD_REACH = 2


def _teller_before(index: ActorIndex, noun: Token) -> tuple[str, ...]:
    """Who told or did what a definite noun names, by the noun's own word or the verb it is
    formed from, earlier in its sentence or in the two before ("Russia proposed a truce. Kyiv
    rejected the proposal": Russia): the doer of that verb, or the owner of that word (its
    possessor, its "by", the subject of a light verb doing it: "Turkey launched an
    operation"). Nothing unless every such mention has one and the same teller: a wrong side
    is worse than none. A noun with an owner of its own ("Kyiv's argument", "the argument of
    the defence"), or a plural one, which may gather acts told in other words ("the
    agreements"), points back to none. A noun of accusing or claiming told by no word of its
    own is the words said just before of what was done ("Pompeo said the crash was Iran's
    doing. Iran denied the accusation": Pompeo's), where one speaker said them."""
    if noun.tag_ != "NN" or not _definite(noun) or children(noun, ("poss",)):
        return ()
    if prep_objects(noun, ("by", "of")):
        return ()
    lemma = lower_lemma(noun)
    start = _sentence_before(noun.doc, noun, _TOLD_REACH)
    just_before = _sentence_before(noun.doc, noun)
    tellers: set[tuple[str, ...]] = set()
    speakers: set[tuple[str, ...]] = set()
    saved = index.bounds  # the actors of the word's own sentence are read, not the reaction's
    first = bisect_left(noun.doc, start, hi=noun.i, key=lambda w: w.idx)
    try:
        for word in noun.doc[first : noun.i]:
            said = lower_lemma(word)
            index.bounds = (word.sent.start, word.sent.end)
            if word.pos_ == "VERB" and (said == lemma or _formed_from(lemma, said)):
                tellers.add(tuple(sources(index.lex, index, word)))
            elif word.pos_ == "NOUN" and said == lemma:
                tellers.add(tuple(_owner_of(index, word)))
            elif (
                said in index.lex.speech and word.idx >= just_before and children(word, ("ccomp",))
            ):
                speakers.add(tuple(sources(index.lex, index, word)))
    finally:
        index.bounds = saved
    if not tellers and lemma in index.lex.allegations:
        tellers = speakers
    return tellers.pop() if len(tellers) == 1 else ()


def _formed_from(noun: str, verb: str) -> bool:
    """Whether English forms a noun from a verb: the regular forms, and "-al" and "-ment" on
    the verb's stem ("proposal" of "propose", "argument" of "argue")."""
    stem = verb[:-1] if verb.endswith("e") else verb
    return noun in noun_forms(verb) or noun in (stem + "al", stem + "ment")


def _owner_of(index: ActorIndex, noun: Token) -> list[str]:
    """Whose act or words a noun names: its possessor's, its "by"'s, or the subject's of a
    light verb that does it ("Turkey launched an operation")."""
    owners = [a for p in children(noun, ("poss",)) for a in index.actors_in(p)]
    owners = owners or by_agents(index, noun)
    verb = noun.head
    if not owners and noun.dep_ == "dobj" and lower_lemma(verb) in index.lex.light_verbs:
        owners = sources(index.lex, index, verb)
    return owners


# How many sentences back an act noun points to the act its own word or verb told.
_NAMED_REACH = 3


def _names_noun(tokens: Mapping[int, Token], event: EventMention, noun: Token) -> bool:
    """Whether an event's trigger is the noun's own word or the verb English forms it from
    ("commuted" of "the commutation", "seized" of "the seizure")."""
    lemma = lower_lemma(noun)
    return any(
        lower_lemma(t) == lemma or lemma in noun_forms(lower_lemma(t))
        for t in _trigger_tokens(tokens, event)
    )


def _act_reacted_to(lex: Lexicon, verb: Token) -> tuple[Token, EventType | None] | None:
    """The definite act noun a verb's object, or its passive's subject, names with no
    possessor ("condemned the seizure", "the raid was condemned"), and its type, if any: none
    for a noun of any act (`_ANY_ACT`: "criticised the move") naming no doer of its own."""
    nouns = [*objects_of(verb), *children(verb, ("nsubjpass",))]
    for noun in nouns:
        if noun.pos_ != "NOUN" or not _definite(noun) or children(noun, ("poss",)):
            continue
        if lower_lemma(noun) in _ANY_ACT and not prep_objects(noun, ("by", "of")):
            return noun, None
        if (found := lookup_noun(lex, noun)) is not None:
            return noun, found[0]
    return None


# Prepositions naming whom a measure is against: "sanctions on Iran", "measures against Iran".
_AGAINST = ("against", "on")


def _measures_threatened(lex: Lexicon, trig: Trigger) -> list[Token]:
    """ "backed the sanctions", "announced new measures": the punitive measures a verb neither
    of threatening nor of commitment ("vowed revenge" promises the vower's own harm) is read
    by CAMEO's patterns to threaten through its object (BACK * SANCTION, 1312; ANNOUNCE *
    MEASURE, 130)."""
    token = trig.token
    lemma = lower_lemma(token)
    if trig.type is not EventType.THREATEN or trig.nominal or trig.noun is not None:
        return []
    threatens = lex.verbs.get(lemma, (None,))[0] is EventType.THREATEN
    if trig.complement is not None or threatens or lemma in lex.commit_frames:
        return []
    heads = {
        head
        for p in lex.cameo.get(lemma, ())
        if p.type is EventType.THREATEN
        for element in p.objects
        for head, _ in element
    }
    return [o for o in objects_of(token) if lower_lemma(o) in heads and _punitive(lex, o)]


def _punitive(lex: Lexicon, noun: Token) -> bool:
    """Whether a noun names a sanction ("sanctions", "an embargo") or a measure of no act of
    its own ("measures"); not harm ("planned an attack", "announced retaliation": a threat of
    one's own force) nor another act ("planned a demonstration")."""
    found = lookup_noun(lex, noun)
    if found is None:
        return lower_lemma(noun) not in lex.threatened
    return found[0] is EventType.SANCTION
