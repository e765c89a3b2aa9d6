"""What a trigger reads that is no political event, or no event of the story.

Harm with no attack named ("40 were injured when a bus overturned", "an earthquake struck
Turkey"), force done only to animals or things ("police shot a dog", "hung banners"), combat
against no one ("fought corruption"), a stance on a kind of thing ("supported gun control"), a
body in its own session, a rally or a command of one's own, a state of things told in the
passive ("the border is closed"), an accused's plea to a charge ("pleaded not guilty"), a
source's wish to stay unnamed ("asked not to be named"), a clause of the background's background.
"""

from bisect import bisect_left, bisect_right
from functools import cache
from itertools import islice

from spacy.tokens import Span, Token

from graph.models import QUAD_CLASS, EventType, QuadClass
from ingest.nlp.actors import (
    PEOPLE_ENTITIES,
    is_craft_noun,
    is_ground_noun,
    is_group_noun,
    is_institution_word,
    is_office_word,
    is_person_noun,
)
from ingest.nlp.gazetteer import codes_of, load_gazetteer, sectors_of, slugify
from ingest.nlp.lexicon import COOPERATIVE, MATERIAL, Lexicon, load_lexicon
from ingest.nlp.roles import (
    VENUE_PREPS,
    ActorIndex,
    acted_on_subject,
    armed_operation,
    countries,
    individual,
    of_state,
    own_state,
    party_word,
    said_thing,
)
from ingest.nlp.senses import (
    GENERIC_HEADS,
    MEASURES,
    PEOPLE,
    PLACE_TYPES,
    PREP_OBJECT_DEPS,
    PROPOSITION_PRONOUNS,
    TARGET_PREPS,
    THE_PUBLIC,
    agent_codes,
    cameo_verb,
    gerund_controller,
    human,
    lookup_noun,
    noun_keys,
    objects_of,
    particles_of,
    sense_of,
    subject_of,
)
from ingest.nlp.syntax import (
    NOMINALISING,
    OBJECT_DEPS,
    SIDE_MODIFIERS,
    agent_noun,
    antecedent,
    attack_words,
    aux_words,
    before_parenthetical,
    children,
    complement,
    definite_noun,
    headline,
    kinds,
    lemma_in,
    lemmas,
    lower_lemma,
    names_kind,
    numeric_noun,
    own_clause,
    owners,
    prep_objects,
    prepositions,
    pronoun_owned,
    prose,
    relative_object,
    sector,
    with_counted,
)
from ingest.nlp.triggers import (
    BACKGROUND,
    BOMBINGS,
    HOSTILE_ACTS,
    MODE_OF_TYPE,
    STATE_FORCES,
    VERBAL,
    WORDED_ATTACK,
    Trigger,
    arms_named,
    attack_told,
    blast,
    cause_clauses,
    claimed_blast,
    classify,
    doers_own,
    leftover,
    munition,
    names_force,
    suicide_blast,
)
from ingest.nlp.verb_forms import IRREGULAR_PASTS

# An investigation is ACCUSE where it is into a crime, not into a crash (`mishap_inquiry`).
_INQUIRY = frozenset({"investigation", "investigate"})


def thing_acted_on(lex: Lexicon, index: ActorIndex, token: Token) -> bool:
    """ "released the transcript of his call with Zelensky", "released two videos of them":
    a verb done to a party ("released three prisoners") whose object is a thing, no actor,
    does nothing to any party. What a verb of prohibiting bans is a party only by its head
    ("banned the group", not "banned Chinese apps": goods of a party banned are an embargo,
    CAMEO's 'ban * imports', no act on the party itself)."""
    objects = objects_of(token)
    head = lower_lemma(token) in lex.restricting
    return bool(objects) and not any(_names_party(index, o, head=head) for o in objects)


def _names_party(index: ActorIndex, noun: Token, *, head: bool = False) -> bool:
    """Whether a noun phrase is an actor by its own words ("three Taliban prisoners", "them"),
    not by what its prepositions name ("two videos of the hostages"); with `head`, by its
    head word alone."""
    if noun.pos_ == "PRON":
        return bool(index.actors_in(noun))
    if head:
        return index.get(noun.i) is not None or human(noun)
    own = [t for t in noun.subtree if t.i <= noun.i or t in noun.conjuncts]
    return any(index.get(t.i) is not None for t in own)


def endangers(lex: Lexicon, index: ActorIndex, trig: Trigger) -> bool:
    """ "the protests threaten the stability of the government", "the officers' lives were
    threatened": a verb of threat done by no party that can act, whose every object or passive
    subject is neither a party by its head, nor an act ("threatened sanctions", CAMEO's
    THREATEN * BOYCOTT), nor aimed at a party ("action against the rebels"), puts a thing in
    danger: no threat made by one side to another (as `thing_doer` reads a thing that
    threatens; "Iran threatened shipping" is Iran's). A threat to act is its frame's."""
    token = trig.token
    if trig.type is not EventType.THREATEN or trig.nominal or trig.noun or trig.complement:
        return False
    doer = agent_noun(token) or subject_of(lex, token)
    if doer is not None and _acting_party(index, antecedent(doer)):
        return False  # "Iran threatened shipping", "the Taliban threatened the election"
    patterns, _ = cameo_verb(lex, token, lower_lemma(token))
    found = sense_of(lex, patterns or (), token)
    threatened = _patients(token)
    return bool(threatened) and not any(
        _names_party(index, p, head=True)
        or lookup_noun(lex, p) is not None
        or lower_lemma(p) in lex.threatened
        or any(_names_party(index, o) for o in prep_objects(p, TARGET_PREPS))
        or (found is not None and p.i in found[1])
        for p in threatened
    )


def _acting_party(index: ActorIndex, noun: Token) -> bool:
    """A party by its head that can act: a name, a pronoun, a person or a body ("the
    militia"), not a thing a side owns or its modifier names ("Kenya's debts")."""
    if noun.ent_type_ in PEOPLE_ENTITIES:
        return True  # a name the resolver may not know ("President Bush")
    return _names_party(index, noun, head=True) and (
        noun.pos_ != "NOUN"
        or human(noun)
        or is_institution_word(noun.text)
        or bool(load_gazetteer().find_agents([noun.lower_]))
    )


def restates_noun(lex: Lexicon, trig: Trigger) -> bool:
    """ "the phone call he made to her office", "the agreements they had struck": a relative
    clause whose object is the event noun it is said of, by a light verb that does the noun's
    act, tells that act again, where the sentence has told it; and no verb of force does a
    cooperative act ("struck" is no attack). A verb that acts on the event stays ("a plan for
    the march, which they rejected")."""
    said_of = None if trig.nominal else relative_object(trig.token)
    done = lookup_noun(lex, said_of) if said_of is not None else None
    if done is None:
        return False
    forced = QUAD_CLASS[done[0]] in COOPERATIVE and trig.type in HOSTILE_ACTS
    return forced or lower_lemma(trig.token) in lex.light_verbs


def event_yields(lex: Lexicon, trig: Trigger) -> bool:
    """ "the march moved a few blocks", "the meeting agreed": an event told as the doer of a
    cooperative act (yielding, agreeing, giving), with no actor in its own words ("the EU
    summit agreed" has one), names no one who acted (an event that harms, "the blast killed
    four", is read elsewhere); a headline's passive acts on it ("Sanctions on Iran lifted")."""
    subj = subject_of(lex, trig.token)
    return (
        QUAD_CLASS[trig.type] in COOPERATIVE
        and trig.noun is None
        and not trig.reverse
        and subj is not None
        and subj.dep_ == "nsubj"
        # A hostile act's noun may be what the verb ends ("Curfew lifted in Beijing").
        and lex.nouns.get(lower_lemma(subj), (EventType.ASSAULT,))[0] not in HOSTILE_ACTS
        and subj not in objects_of(trig.token)
    )


def protest_effect(lex: Lexicon, trig: Trigger) -> bool:
    """ "A general strike that shut down the capital", "the truckers' blockade closed the
    border", "protests by farmers halted traffic": a protest told as the doer of an act of
    force (closing, halting; not harm, read elsewhere) is what that protest did, which its
    own noun codes; those who protest coerce no one a second time."""
    if trig.nominal or trig.type not in (EventType.COERCE, EventType.SANCTION):
        return False
    subj = subject_of(lex, trig.token)
    done = lookup_noun(lex, subj) if subj is not None and subj.pos_ == "NOUN" else None
    return done is not None and done[0] is EventType.PROTEST


def harms_people(lex: Lexicon, index: ActorIndex, verb: Token) -> bool:
    """ "protesters attacked commuters", "rioters beat a policeman": a verb of violence done
    by protesters to people is an assault on them, no protest (CAMEO's 145 riot is violence
    to property and order: "protesters blocked the border", "attacked the police station")."""
    if lex.verbs.get(lower_lemma(verb), (None,))[0] is not EventType.ASSAULT:
        return False
    return any(_people(index, o) for o in children(verb, ("dobj",)))


def _people(index: ActorIndex, noun: Token) -> bool:
    """Whether a noun names people: an actor not a body whose seat is taken ("occupied the
    ministry"), nor a place."""
    return (
        index.get(noun.i) is not None
        and noun.ent_type_ not in PLACE_TYPES
        and not is_institution_word(noun.text)
    )


def done_to_no_one(lex: Lexicon, index: ActorIndex, trig: Trigger) -> bool:
    """ "hung banners", "wiped out the debt", "rounded up the cattle", "executed a shutdown":
    a verb of harm or force done only to people (`Lexicon.on_people`) is none where neither
    its object nor its passive subject names people, an actor or another person (`human`:
    "hanged two dissidents", "the activist was hanged", "executed him"); for a verb that
    also tells winning a contest, only actors count and not those that may be a rival ("beat
    protesters", not "beat Federer", "beat the Ethiopians", "beat the governor"); for one
    also done to craft, a vessel, an aircraft or a vehicle counts ("hijacked a tanker"), and
    its noun is none where its "of" names neither ("the hijacking of the peace process"); a
    blow of the body (`Lexicon.blows`) with a particle is another verb ("kicked out")."""
    token = trig.token
    if trig.nominal and lower_lemma(token) in lex.on_craft:
        patients = prep_objects(token, ("of",))
        return bool(patients) and not any(_boarded(lex, index, p) for p in patients)
    keys = {
        lower_lemma(token),
        *(f"{lower_lemma(token)} {c.lower_}" for c in children(token, ("prt",))),
    }
    if trig.nominal or trig.noun is not None or not lex.on_people & keys:
        return False  # "executed an attack": the act is the noun's
    if lex.blows & keys and trig.type is not EventType.ASSAULT:
        return False  # "slapped sanctions on Iran": the act its CAMEO pattern reads (163)
    if lex.blows & keys and len(keys) > 1:
        return True  # "kicked out the leader", "choked off credit": a particle's other verb
    if lex.contests & keys:
        return not any(
            (_people(index, p) and not _rival(p)) or _group_pronoun(index, p)
            for p in _patients(token)
        )
    if lex.on_craft & keys and any(_boarded(lex, index, p) for p in _patients(token)):
        return False
    return not any(_people(index, p) or human(p) for p in _patients(token))


def _boarded(lex: Lexicon, index: ActorIndex, noun: Token) -> bool:
    """Whether a noun names people or craft one rides: a vessel, an aircraft, a vehicle."""
    lemma = lower_lemma(noun)
    return _people(index, noun) or human(noun) or is_craft_noun(lemma) or lemma in lex.vehicles


def _group_pronoun(index: ActorIndex, noun: Token) -> bool:
    """Whether a pronoun stands for a group told by its kind, no named rival ("a protester
    died after police beat him"): a sector's actors only, never a state's, a party's or a
    person's, as a team or a candidate beaten is."""
    if noun.pos_ != "PRON" or index.get(noun.i) is not None:
        return False
    actors = index.antecedent_of(noun)
    return bool(actors) and all(sector(a) is not None for a in actors)


def _rival(noun: Token) -> bool:
    """Whether a noun may name a rival in a contest: a name (a state, a team, a candidate), a
    nationality ("the Ethiopians") or an office ("the incumbent governor")."""
    return noun.pos_ == "PROPN" or noun.ent_type_ == "NORP" or is_office_word(noun.text)


_FOUGHT = ("against", "on", "with")
_TIMES = frozenset({"DATE", "TIME"})


def endorsed_object(lex: Lexicon, index: ActorIndex, trig: Trigger) -> Token | None:
    """ "agreed with the plan", "agreed with Peru's decision to close the border": what a verb
    of agreeing is 'with' where that is no party but a proposition, a policy or an act, with
    no act agreed on or to ("agreed with Peru to reopen the border", "on a ceasefire").
    CAMEO reads 'agree (with)' as an accord (030) with a party, and the verb alone by its
    block's code, endorsement (050, PLOVER's SUPPORT)."""
    token = trig.token
    if trig.nominal or trig.type is not EventType.AGREE:
        return None
    if lex.verbs.get(lower_lemma(token), (None,))[0] is not EventType.AGREE:
        return None
    withs = prep_objects(token, ("with",))
    if objects_of(token) or prep_objects(token, ("on", "to")) or len(withs) != 1:
        return None
    (prop,) = withs
    # The clause of what is agreed, but for the proposition's own ("the decision to close").
    clause = trig.complement or complement(token)
    if clause is not None and clause not in prop.subtree:
        return None
    if prop.pos_ == "PRON":
        return prop if prop.lower_ in PROPOSITION_PRONOUNS else None  # "agreed with him"
    return None if index.get(prop.i) is not None else prop


def view_held(lex: Lexicon, prop: Token) -> bool:
    """ "agreed with the CIA's conclusion", "with her view that the tax is unfair": what one
    agrees with is what someone thinks or says (`said_thing`), naming no course to take (no
    text of one, "Togo's proposal", nor an infinitive, "the IMF's recommendation to cut
    spending"): a view shared, as agreeing that something is so is, no act toward its owner."""
    return (
        said_thing(lex, prop)
        and lower_lemma(prop) not in lex.documents
        and not any("to" in aux_words(c) for c in children(prop, ("acl",)))
    )


# Those whose raid searches premises by office, not by force of arms.
_SEARCHER_SECTORS = sectors_of("searchers")


def searched(trig: Trigger, source: list[str]) -> bool:
    """ "police raided the offices of the newspaper", "a police raid on the party's
    headquarters": a raid by a state's police, courts, agencies or officials, its army apart,
    is a search of the place, coercion (CAMEO's CONDUCT RAID under curfew, 173, PLOVER's
    arrest), no military force (CAMEO's bare RAID, 190: "troops raided a camp" stays)."""
    return (
        lower_lemma(trig.noun or trig.token) == "raid"
        and bool(source)
        and all(sector(a) in _SEARCHER_SECTORS for a in source)
    )


# The state's forces that arrest by office (its army, police and intelligence).
_ARRESTER_SECTORS = sectors_of("arresters")


def taken_captive(lex: Lexicon, trig: Trigger, source: list[str]) -> bool:
    """ "police captured two suspects", "troops captured a rebel commander": a verb of CAMEO's
    block of arresting (APPREHEND, beside ARREST, 173) that the lexicon reads as ground taken
    in war ("captured the town"), done to people by the state's forces that arrest, takes them
    into custody (CAMEO's "POLICE *", 173: PLOVER's COERCE arrest); by an armed group it stays
    force (CAMEO's "MILITANTS *", 181: an abduction)."""
    lemma = lower_lemma(trig.token)
    return (
        not trig.nominal
        and lemma in lex.holding_people
        and lex.verbs.get(lemma, (None, None))[1] == "military"
        and bool(source)
        and all(sector(a) in _ARRESTER_SECTORS for a in source)
        and any(_people_named(o) for o in objects_of(trig.token))
    )


def _people_named(noun: Token) -> bool:
    """Whether a noun's head names people ("suspects", "him", "Ali", "kidnappers"), not
    ground or things ("the rebel stronghold", "weapons")."""
    agents = load_gazetteer().find_agents([noun.lower_])
    return human(noun) or noun.ent_type_ == "PERSON" or bool(agents)


def fights_no_one(lex: Lexicon, index: ActorIndex, trig: Trigger) -> bool:
    """ "fought corruption", "vowed to keep fighting the good fight with court cases": a verb
    of combat (`Lexicon.on_opponents`), or a vow of one, where every thing fought or fought
    with names no party is a struggle against an ill or by legal means, no force nor threat."""
    if trig.nominal or trig.type not in (EventType.ASSAULT, EventType.THREATEN):
        return False
    verb: Token | None = trig.token

    def fights(named: list[Token]) -> list[Token]:
        return [n for n in named if lower_lemma(n) in lex.on_opponents]

    if trig.type is EventType.THREATEN:
        # "vowed to keep fighting", "vowed to wage war on corruption": the verb of combat, or
        # the one whose object names the fight.
        verb = trig.complement
        while verb is not None and not fights([verb, *objects_of(verb)]):
            verb = complement(verb)
    if verb is None:
        return False
    # "waging a war against corruption", "fought a war against Russia": a fight named as the
    # object is against whom it and the verb name.
    named = [trig.noun] if trig.noun is not None and verb is trig.token else objects_of(verb)
    fought_in = fights(named)
    if fought_in:
        fought = [o for h in (verb, *fought_in) for o in prep_objects(h, _FOUGHT)]
    elif lower_lemma(verb) in lex.on_opponents:
        fought = [*objects_of(verb), *prep_objects(verb, _FOUGHT)]
        if not fought:
            # "fighting for land rights", "fought for higher wages": a struggle for a cause
            # with no opponent; not for a party or a place ("fought for control of the town").
            # "fought for years": a stretch of time, no cause.
            causes = [c for c in prep_objects(verb, ("for",)) if c.ent_type_ not in _TIMES]
            return bool(causes) and not any(_contested(index, c) for c in causes)
    else:
        return False
    # "fighting broke out between the army and rebels on Sunday": a time is when, not what.
    fought = [o for o in fought if o.ent_type_ not in MEASURES]
    return bool(fought) and not any(_names_party(index, o) for o in fought)


def _contested(index: ActorIndex, cause: Token) -> bool:
    """Whether what is fought for is a party or ground ("for Kobani", "for the hills", "for
    the airport", "for control of the town": its "of" a place or a thing taken by force),
    not a cause ("for land rights")."""
    named = [cause, *cause.conjuncts]
    held = prep_objects(cause, ("of",))
    return any(
        index.get(t.i) is not None
        or t.ent_type_ in _PLACE_OR_PARTY
        or is_ground_noun(lower_lemma(t))
        for t in named
    ) or any(t.ent_type_ in PLACE_TYPES or lower_lemma(t) in _seized_words() for t in held)


def stance_on_kind(lex: Lexicon, index: ActorIndex, trig: Trigger) -> bool:
    """ "supported gun control and lower taxes", "defended press freedom", "condemned
    terrorism": a verb of endorsing or criticising whose every object is a kind of thing (a
    bare plural or mass noun: no determiner, owner or number) with no actor in its words, no
    act of the lexicon, of the verb with it ("deepened relations") or of the verb's CAMEO
    pattern ("resumed relations") and no text,
    holds a view of the kind, no act toward a party (CAMEO endorses and criticises actors
    and what they do, "supported the plan", "condemned the bombing"; a terrorist attack
    condemned as such is a comment, 018). A headline drops its articles ("Uganda Condemns
    Rights Violations" means the ones told); an investigation, a charge or a denial of a kind
    ("investigate corruption", "denies involvement") is still an act. A work, a show, a sport
    or food (`Lexicon.leisure`: "praised the film", "criticised his new novel") is no party's
    act however determined: the view of it is a private one, unless its words name an actor
    ("condemned the ministry's film"). Support of a thing that names no owner, told with a
    definite article ("defended the process", "welcomed the decision"), is a view of it too, as
    agreeing with it is: SUPPORT is of the owner its words name ("backed the president's plan")."""
    token = trig.token
    if trig.nominal or trig.noun is not None or trig.complement is not None:
        return False
    criticism = trig.type is EventType.ACCUSE and trig.mode in (None, "disapprove")
    if not (trig.type is EventType.SUPPORT or criticism) or not prose(token.sent):
        return False
    objects = [c for o in children(token, ("dobj",)) for c in [o, *o.conjuncts]]
    patterns, _ = cameo_verb(lex, token, lower_lemma(token))
    found = sense_of(lex, patterns or (), token)
    if found is not None and any(o.i in found[1] for o in objects):
        return False
    # People of a kind ("praised volunteers") may be a side the resolver does not know; the
    # first object tells the kind, what is joined to it only needs to be no party nor act.
    return bool(objects) and all(
        o.pos_ == "NOUN"
        and not is_person_noun(lower_lemma(o))
        and not party_word(o)
        and (
            lower_lemma(o) in lex.leisure
            or not (o is objects[0] and _particular(lex, o, trig.type))
        )
        and not any(index.get(t.i) is not None for t in o.subtree)
        and lookup_noun(lex, o) is None
        and f"{lower_lemma(token)} {lower_lemma(o)}" not in lex.verb_object  # "deepened relations"
        and lower_lemma(o) not in lex.documents
        for o in objects
    )


def _particular(lex: Lexicon, noun: Token, event_type: EventType) -> bool:
    """Whether a noun is a particular thing, beyond a kind: told with an owner, a number or a
    determiner; of support, "the" makes particular only a thing said, its speaker's words
    ("welcomed the statement"), no other thing, which names no owner ("defended the
    process")."""
    unowned = event_type is EventType.SUPPORT and lower_lemma(noun) not in lex.contents
    return any(
        c.dep_ in ("poss", "nummod") or (c.dep_ == "det" and not (unowned and c.lower_ == "the"))
        for c in noun.children
    )


def _patients(verb: Token) -> list[Token]:
    """The nouns a verb's object or passive subject names (or the subject a passive gerund
    is done to, `gerund_controller`), each conjunct, and what a number counts ("dozens of
    activists": the activists too)."""
    named = children(verb, ("dobj", "nsubjpass")) + gerund_controller(verb)
    return with_counted([p for c in named for p in [c, *c.conjuncts]])


def animals_only(lex: Lexicon, index: ActorIndex, trig: Trigger) -> bool:
    """ "police shot a dog", "a dog that attacked a child", "rangers seized 40 cattle": force
    done only to animals, or only by animals, is no political act; an owner named is acted on
    ("shot the villagers' cattle"), and a list with a person in it acts or is acted on ("two
    dogs and a man attacked a child"). A deed's noun formed from its verb is done to its "of"
    ("ordered the killing of 20,000 pigs", "the killing of the pigs began": a cull)."""
    token = trig.token
    deed = token if trig.nominal else trig.noun
    if deed is not None:
        if not lower_lemma(deed).endswith(NOMINALISING):
            return False
        doers: list[Token] = []
        patients = with_counted([p for o in prep_objects(deed, ("of",)) for p in [o, *o.conjuncts]])
    else:
        # A list's head stands for the list; a later conjunct a relative clause agrees with
        # alone stands for itself ("a man and a dog that has attacked": the dog, `antecedent`).
        doers = [
            d
            for a in map(antecedent, children(token, ("nsubj",)))
            for d in ([a] if a.dep_ == "conj" else [a, *a.conjuncts])
        ]
        patients = _patients(token)
    patients = [p for p in patients if not numeric_noun(p)]

    def animal(noun: Token) -> bool:
        named = index.get(noun.i) is not None or any(index.actors_in(o) for o in owners(noun))
        return noun.pos_ == "NOUN" and lower_lemma(noun) in lex.animals and not named

    return any(bool(side) and all(animal(n) for n in side) for side in (doers, patients))


def takes_nothing(lex: Lexicon, index: ActorIndex, trig: Trigger) -> bool:
    """ "tourists captured pictures", "the seats are occupied by Labour": a verb of taking
    (one CAMEO reads as seizing in most of its senses) read as an assault by its bare code takes by
    force only a party, a place, or what CAMEO's patterns of force name (towns, bases, arms);
    an image, a seat or an abstraction taken is no assault (property seized by the police,
    "seized the ship", stays a coercion whatever it is)."""
    token = trig.token
    if trig.type is not EventType.ASSAULT or trig.text != token.text or trig.noun is not None:
        return False
    senses = [p.mode == "seize" for p in lex.cameo.get(lower_lemma(token), ())]
    if sum(senses) < 2 or sum(senses) * 3 <= len(senses) * 2:
        return False  # "attacked the decree", "destroyed the files": mostly no taking
    clause = token.head if token.dep_ == "conj" and not children(token, ("nsubjpass",)) else token
    taken = children(token, ("dobj",)) + children(clause, ("nsubjpass",))
    return bool(taken) and not any(_seizable(index, t) for t in taken)


def armed_reply(lex: Lexicon, trig: Trigger) -> bool:
    """ "hit back at Moscow with air strikes", "hit back with missiles": a verb of force
    CAMEO reads as criticism by one pattern ('hit * back (at)', 111) whose instrument ("with")
    is an attack or arms is an assault; "hit back at the critics with a statement" stays."""
    token = trig.token
    if trig.type is not EventType.ACCUSE or trig.nominal:
        return False
    if not any(p.type is EventType.ASSAULT for p in lex.cameo.get(lower_lemma(token), ())):
        return False
    return _armed_with(lex, token)


# The particles of CAMEO's 'hit * back (at)' and 'hit * out (at)' (111, criticism).
_RETORTS = frozenset({"back", "out"})


def retort(lex: Lexicon, index: ActorIndex, trig: Trigger, source: list[str]) -> bool:
    """ "struck back at his critics", "candidates are striking back at the president": a verb
    of force with "back" or "out" and an "at", done by a person, persons or a party with no
    arms named ("with"), is said, as CAMEO reads 'hit * back (at)' (111) of any party. A
    state's or a force's ("troops struck back at the rebels") and firing ("fired back at the
    gunmen", `Lexicon.firing`) stay assaults."""
    token = trig.token
    if trig.type is not EventType.ASSAULT or trig.nominal or lower_lemma(token) in lex.firing:
        return False
    subject = subject_of(lex, token)
    if subject is None or names_force(lex, subject):
        return False
    particles = [c for c in children(token, ("prt", "advmod")) if c.lower_ in _RETORTS]
    # The parser may hang the "at" on the particle ("struck back at Trump").
    return (
        bool(particles)
        and any(prep_objects(t, ("at",)) for t in [token, *particles])
        and (
            individual(index, subject)
            or is_person_noun(subject.lemma_)
            or _faction(subject, source)
        )
        and not _armed_with(lex, token)
    )


def _armed_with(lex: Lexicon, token: Token) -> bool:
    """Whether a verb's instrument ("with") is an attack or arms ("with air strikes"); the
    parser may hang it on the verb's particle or on whom it is aimed at ("hit back at the
    militants with artillery fire")."""
    heads = [token, *children(token, ("prt", "advmod"))]
    heads += [o for h in heads for o in prep_objects(h, ("at",))]
    tools = [o for h in heads for o in prep_objects(h, ("with",))]
    # "with artillery fire": its arms may be the words before the head.
    words = [t for o in tools for t in o.subtree if t.i <= o.i]
    return any(set(attack_words(t)) & lex.attacks or lower_lemma(t) in lex.arms for t in words)


def figurative_blow(lex: Lexicon, index: ActorIndex, trig: Trigger) -> bool:
    """ "struck a conciliatory tone toward Berlin", "struck a balance between the two powers",
    "a defiant note was struck": a verb read as an assault by its bare code (no pattern of
    CAMEO's named its object) whose every object is how one is or feels, or what is said or
    thought, and names no party or place ("struck targets in Gaza", "seized control of the
    town" stay), tells an idiom, no blow. A verb CAMEO also reads as criticism ("attacked
    his stance") is left to `verbal_attack`; a verb of harm is done to whom its object counts
    ("killed scores")."""
    token = trig.token
    if trig.type is not EventType.ASSAULT or trig.text != token.text or trig.noun is not None:
        return False
    if lemma_in(token, lex.harm):
        return False
    if any(p.type is EventType.ACCUSE for p in lex.cameo.get(lower_lemma(token), ())):
        return False
    objects = objects_of(token)
    return bool(objects) and all(
        lower_lemma(o) in lex.qualities | lex.contents and not _seizable(index, o) for o in objects
    )


def _seizable(index: ActorIndex, noun: Token) -> bool:
    """A party or a place by its head ("rebel positions", not "council seats") or by what
    its "of" names ("the town of Gao", "part of a stronghold"; not "pictures of the palace")."""
    if noun.pos_ == "PRON":
        return bool(index.actors_in(noun))
    named = prep_objects(noun, ("of",))
    # "the town hall": a compound names the place taken; "council seats" are no council.
    if any(lower_lemma(c) in _seized_words() for c in children(noun, ("compound",))):
        return True
    return any(
        index.get(t.i) is not None
        or t.ent_type_ in _PLACE_OR_PARTY
        or lower_lemma(t) in _seized_words()
        for t in [noun, *noun.conjuncts, *named]
    )


_PLACE_OR_PARTY = PLACE_TYPES | {"ORG", "NORP", "PERSON"}


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


def weapon_went_off(lex: Lexicon, verb: Token) -> bool:
    """ "an IRA bomb exploded at the pub": a weapon as the subject is the harm itself, where
    forces or craft ("troops", "jets") only carry it; not arms left from a past war ("an
    unexploded shell", "a bomb from the Second World War"), whose going off is a mishap."""
    subj = subject_of(lex, verb)
    if subj is None or not {lower_lemma(subj), *kinds(subj)} & (lex.attacks | lex.munitions):
        return False
    return not leftover(subj)


def went_off_alone(lex: Lexicon, trig: Trigger) -> bool:
    """ "a bomb exploded at an army checkpoint": a weapon that goes off with no attacker told
    is the attack itself, unless its clause tells the harm it did as an act of its own
    ("exploded at a bus stop, killing nine": the killing is that attack, told once)."""
    harm = [c for c in children(trig.token, ("advcl", "conj")) if lower_lemma(c) in lex.harm]
    return not harm and weapon_went_off(lex, trig.token)


def unclaimed_strike(lex: Lexicon, trig: Trigger) -> bool:
    """ "a missile hit a hospital in Kharkiv", "shells struck a school": arms that strike
    something, no doer named nor harm told beside (`went_off_alone`), an attack by an author
    untold on where it struck: the gate gives it the one state its sentence places it in on
    land, as an attack in a town of a state told is on that state (roles' `ground_of`), or
    none (not "hit its target", one's own)."""
    verb = trig.token
    # "the missile hit its target": its own aim, a test as often as not.
    aimed = [o for o in objects_of(verb) if not pronoun_owned(o)]
    if trig.type is not EventType.ASSAULT or trig.noun is not None or not aimed:
        return False
    passive = children(verb, ("auxpass",)) or agent_noun(verb, by_prep=True)
    return not passive and went_off_alone(lex, trig)


def unclaimed_bombing(lex: Lexicon, trig: Trigger) -> bool:
    """ "a grenade exploded at a bus stop", "when the bombing began", "a bomb went off at the
    market, wounding 15": a bombing (CAMEO 183, political whoever does it) whose subject is
    the arms that went off or the bombing itself, no doer named, is an attack by an author
    untold, as ACLED codes one by an unidentified armed group; the harm a bombing's clause
    tells is that bombing. Not a passive ("the package was safely detonated": by a bomb
    squad, as often as not), nor an airstrike or shelling, which a state's forces make."""
    token = trig.token
    harm = token.dep_ in ("advcl", "conj") and lemma_in(token, lex.harm)
    verb = token.head if harm else token
    act = classify(lex, verb) if harm else trig
    subj = subject_of(lex, verb)
    if subj is None or children(verb, ("auxpass",)) or agent_noun(verb, by_prep=True):
        return False
    told = lookup_noun(lex, subj)
    bombing = act is not None and act.mode in BOMBINGS
    bombing = bombing or (told is not None and told[1] in BOMBINGS)
    armed = munition(lex, subj) or lower_lemma(subj) in lex.attacks
    return trig.type is EventType.ASSAULT and bombing and armed


def bomber_no_actor(lex: Lexicon, trig: Trigger) -> bool:
    """ "he detonated a truck bomb outside the building", "two bombs were detonated by the
    Tsarnaevs": munitions a person told only by a pronoun or a name the resolver makes no actor
    of set off (CAMEO 183, political whoever does it) are a bombing by an author the gate names
    as it names an unclaimed one's (`unclaimed_bombing`). Not what a common noun's doers set
    off ("bomb disposal experts detonated the bomb": a bomb squad's), nor arms told by a
    pronoun ("detonated it")."""
    verb = trig.token
    agent = agent_noun(verb, by_prep=True)
    passive = bool(children(verb, ("auxpass",))) or agent is not None
    doer = agent if passive else subject_of(lex, verb)
    arms = children(verb, ("nsubjpass",)) if passive else objects_of(verb)
    return (
        trig.type is EventType.ASSAULT
        and trig.mode in BOMBINGS
        and doer is not None
        and (doer.lower_ in _BOMBER_PRONOUNS or _named_person(doer))
        and any(munition(lex, a) for a in arms)
    )


# Pronouns of one person: "they" may be the police who found the bomb.
_BOMBER_PRONOUNS = frozenset({"he", "she"})


def _named_person(noun: Token) -> bool:
    """A person's name, or people told by one ("the Tsarnaev brothers")."""
    return any(t.ent_type_ == "PERSON" for t in [noun, *children(noun, ("compound",))])


_ARMED_SIDES = frozenset(slugify(s) for s in sectors_of("armed"))


def controlled_blast(
    lex: Lexicon, index: ActorIndex, trig: Trigger, source: list[str], target: list[str]
) -> bool:
    """ "police detonated a suspicious package", "engineers detonated the old bridge", "the
    army detonated unexploded shells": a detonation (PLOVER's bombing, CAMEO 183) of things only,
    at no one but the doer's own state it is done in ("in Nairobi", `own_state`), with no
    harm told beside, by a state's forces or by people of no armed side, is a device disposed
    of, a demolition or a blast at work, no attack; an armed side outside the state
    ("militants detonated a car bomb at the checkpoint"), a named body or a doer untold still
    bombs."""
    token = trig.token
    if trig.type is not EventType.ASSAULT or trig.mode != "bombing" or trig.nominal:
        return False
    if trig.noun is not None:
        return False  # "carried out the bombing": an attack told by its noun, no detonation
    blasted = objects_of(token)
    if not blasted or any(_names_party(index, o) or human(o) for o in blasted):
        return False
    if any(pronoun_owned(o) for o in blasted):
        return False  # "detonated his vest": a bomb worn on the body, a suicide attack
    if any(lower_lemma(c) in lex.harm for c in children(token, ("advcl", "conj"))):
        return False  # "detonated a bomb, killing two": the killing is the attack
    sides = [sector(a) for a in source]
    doers = bool(sides) and all(s is not None and s not in _ARMED_SIDES for s in sides)
    # Troops set off arms at an enemy ("detonated a bomb near the camp"); what they dispose
    # of is no working munition ("unexploded shells", "a suspicious package").
    fired = "military" in sides and any(munition(lex, o) for o in blasted)
    return doers and not fired and own_state(index, source, target)


def own_command(
    lex: Lexicon, index: ActorIndex, trig: Trigger, source: list[str], target: list[str]
) -> bool:
    """ "Trump ordered his staff to delay the aid", "the judge ordered the accused remain in
    custody", "ordered the flags be lowered": a command (a frame CAMEO files only among its
    verbs of managing, 060: "order") given to no other actor, or to a body of the commander's
    own state, is the exercise of an office, no request (PLOVER's REQUEST asks another side:
    "ordered the former president to appear" stays). So is one to leave, CAMEO's expulsion
    (174), given to such a body ("ordered police to leave the campus"); and an order issued,
    CAMEO's "issue * order" (100: "signed an executive order banning ..."), to no one named."""
    ordered = trig.type is EventType.REQUEST or (
        trig.type is EventType.COERCE and trig.mode == "deport"
    )
    # An order said ("told police to free them") commands as one given does.
    commands = lower_lemma(trig.token) in lex.commanding | lex.said_orders
    issued = any(lower_lemma(o) in lex.commanding for o in objects_of(trig.token))
    if not ordered or not (commands or issued):
        return False
    if not target:
        # Told to no one, or to one's own ("his staff"); not to others unresolved ("ordered
        # the diplomats to leave"). An order issued is the object, no one told.
        told = children(trig.token, ("dobj",)) if commands else []
        return all(pronoun_owned(o) for o in told)
    own = countries(index, source)
    return all(of_state(index, t) and index.countries.get(t) in own for t in target)


def medium_of_act(lex: Lexicon, trig: Trigger) -> bool:
    """ "sent a letter to Biden urging him to act", "sent a letter to the families, giving
    them permission to return": a text sent whose clause tells what it does is the medium of
    that act, the sender's (`roles`), no contact besides it (CAMEO's SEND * LETTER, 040)."""
    verb = trig.token
    if trig.type is not EventType.CONSULT or trig.nominal or lower_lemma(verb) not in lex.issuing:
        return False
    texts = [o for o in children(verb, ("dobj",)) if said_thing(lex, o)]
    told = [c for t in texts for c in children(t, ("acl", "relcl"))]
    # The parser hangs the text's participle on the one addressed too ("a letter to Kenya's
    # embassy demanding ..."), or on the verb.
    told += [c for o in prep_objects(verb, ("to",)) for c in children(o, ("acl",))]
    told += [c for c in children(verb, ("advcl",)) if c.tag_ == "VBG"]
    return bool(texts) and any(c.pos_ == "VERB" for c in told)


def forces_told_an_act(lex: Lexicon, trig: Trigger) -> bool:
    """ "the judge ordered police to release the journalist", "ordered security forces to
    investigate": forces a command (CAMEO's "order police", 152) tells to do an act of their
    own are given that act, not yet done, and are put in motion no more than any other body
    told to act; those sent ("ordered police onto the streets"), or told to deploy or to guard
    (`Lexicon.mobilising`, `Lexicon.protecting`: "ordered police to guard the embassy"), are
    mobilised."""
    if trig.type is not EventType.MOBILIZE or lower_lemma(trig.token) not in lex.commanding:
        return False
    told = [c for c in children(trig.token, ("xcomp", "ccomp")) if c.pos_ in ("VERB", "AUX")]
    return any(lower_lemma(c) not in lex.mobilising | lex.protecting for c in told)


def view_of_own(
    lex: Lexicon,
    index: ActorIndex,
    trig: Trigger,
    subject: Token | None,
    source: list[str],
    target: list[str],
) -> bool:
    """ "said voters should stay calm", "said the French army should leave Mali", "believes
    Russia must withdraw": a view of what the public or people at large, or one's own
    state's forces, should do, or a belief, calls on no one (of one's own state, see
    `own_state`); said of a named person or body, or another state ("said the president
    should accept the outcome", "said Kyiv ought to withdraw"), it is a call on them."""
    if lower_lemma(trig.token) in lex.opinion or subject is None:
        return True
    codes = agent_codes(subject, own=True)
    if lower_lemma(subject) in THE_PUBLIC or (codes and codes <= PEOPLE):
        return True
    own = countries(index, source)
    forces = bool(codes) and codes <= STATE_FORCES
    if forces and all(index.countries.get(t) in own for t in target):
        return True
    # "Labour's Jeremy Corbyn said the Labour Party should ...": the speaker's own party or
    # body, named as his, is told its course, as one's own state is.
    speaker = subject_of(lex, trig.token)
    mods = children(speaker, ("poss", "compound", "amod")) if speaker is not None else []
    side = {a for m in mods for a in index.actors_in(m)}
    return bool(target) and all(t in side for t in target)


# A meeting's mode, held or told ahead (a pledge to meet).
_MEETINGS = frozenset({"meeting", MODE_OF_TYPE[EventType.CONSULT]})


def in_session(lex: Lexicon, index: ActorIndex, trig: Trigger, source: list[str]) -> bool:
    """ "NATO foreign ministers convened in Brussels to discuss the crisis", "leaders of AU
    member states met in Niamey": officials named in the plural by their office, coming
    together (a meeting verb CAMEO files under consulting, 04: "meet", "convene") with no one
    named, meet one another, each for his own side; so do the states of an intergovernmental
    body that sits ("the Arab League convened in Cairo"). A body of one side that sits ("the
    cabinet met on Monday", "Parliament would meet briefly") holds its own session: no
    meeting."""
    subj = next(iter(children(trig.token, ("nsubj",))), None)
    if trig.mode not in _MEETINGS or not lemma_in(trig.token, lex.convening) or subj is None:
        return False
    if objects_of(trig.token) or prep_objects(trig.token, ("with",)):
        return False
    if source and all(index.sectors.get(a) == "intergovernmental" for a in source):
        return True
    return subj.tag_ in ("NNS", "NNPS") and is_office_word(lower_lemma(subj))


def met_as_reaction(trig: Trigger) -> bool:
    """ "The plan was met with resistance from Berlin", "protesters were met with tear gas":
    "meet" in the passive with "with" tells how its subject was received (the reaction, if a
    word of one, is read from its own noun), no meeting; "was met by the minister" stays."""
    token = trig.token
    return (
        trig.type is EventType.CONSULT
        and lower_lemma(token) == "meet"
        and any(c.dep_ == "auxpass" for c in token.children)
        and bool(prep_objects(token, ("with",)))
    )


def resultative(trig: Trigger) -> bool:
    """ "The army had been disarmed", "sanctions had been eased": a past-perfect passive with
    no agent tells the state the story starts from, not who gave ground."""
    token = trig.token
    return (
        trig.type in (EventType.RETREAT, EventType.CONCEDE)
        and any(c.dep_ == "auxpass" for c in token.children)
        and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in token.children)
        # "by the time the war ended" is no agent (a frequent misparse).
        and not any(
            lower_lemma(o) != "time" for a in children(token, ("agent",)) for o in a.children
        )
    )


def passive_state(trig: Trigger) -> bool:
    """ "The government is partially shut down", "the border is closed": a material act in
    the present passive with no agent, outside a headline, tells how things stand, not what
    anyone did ("is being shut down" and "was shut down" tell an act). So does a stance in
    the simple present passive held by a public ("the law is supported by most voters", "is
    opposed by Israelis"): a view held, no act of a day."""
    token = trig.token
    present = [c for c in token.children if c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP")]
    if not present or headline(token) or trig.nominal:
        return False
    if trig.type in (EventType.SUPPORT, EventType.REJECT) and _present_simple(token):
        return any(_public(o) for a in children(token, ("agent",)) for o in children(a, ("pobj",)))
    return QUAD_CLASS[trig.type] in MATERIAL and not children(token, ("agent",))


def held_state(lex: Lexicon, trig: Trigger) -> bool:
    """ "the release of prisoners held by the Taliban", "talks with the rebels holding the
    hostages": a participle on a noun whose verb is a lasting state (WordNet's first sense:
    "hold", "keep") tells how its noun stands, no new act done to it (PLOVER codes the taking
    of hostages, not their keeping)."""
    token = trig.token
    return (
        QUAD_CLASS[trig.type] is QuadClass.MATERIAL_CONFLICT
        and token.dep_ == "acl"
        and token.tag_ in ("VBN", "VBG")
        and lower_lemma(token) in lex.states
    )


# Present forms of "be": a clause of how things stand now.
_PRESENT_BE = frozenset({"VBZ", "VBP"})
# The speaker's own persons, whose present is a deed done by saying it ("which I endorse").
_FIRST_PERSON = frozenset({"i", "we"})
# Adverbs of how often, with which a present tells deeds done again and again, not a state
# ("partners who are often funded by the state"; see modality._NORM_ADVERBS).
_REPEATED = frozenset({"often", "frequently", "routinely", "regularly", "repeatedly", "sometimes"})


def described_state(trig: Trigger) -> bool:
    """ "the YPG, which supports the PKK", "Lam, who is backed by Beijing", "Aden is host to a
    coalition fighting the Houthis": a relative clause in the simple present, or a present
    participle on a noun of a clause that says how things are ("is", "are"), describes how
    its noun stands, a lasting relation, no act of a day; a clause with a time of its own or
    an adverb of how often ("who are often funded by": deeds done again), a first person's
    present ("the candidacy which I endorse", done by saying it) and a headline's stay."""
    token = trig.token
    timed = any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree)
    repeated = any(c.lower_ in _REPEATED for c in children(token, ("advmod",)))
    if trig.nominal or timed or repeated or not prose(token.sent):
        return False
    clause = _clause_head(token)
    if clause.dep_ == "relcl":
        subjects = children(clause, ("nsubj",))
        tensed = token if children(token, ("aux", "auxpass")) or token.tag_ != "VBN" else clause
        return _present_simple(tensed) and not any(s.lower_ in _FIRST_PERSON for s in subjects)
    return token.dep_ == "acl" and token.tag_ == "VBG" and _said_to_be(token.head)


def _public(noun: Token) -> bool:
    """ "by Montanans", "by most voters", "by Israelis": a people or a public, whose view is
    held, not a side acting ("is backed by Iran" tells a side's support)."""
    return noun.tag_ in ("NNS", "NNPS") or noun.ent_type_ == "NORP"


def _clause_head(verb: Token) -> Token:
    """The first verb of a run of conjuncts sharing one subject and tense ("events where
    people are killed or injured", "which supports and arms the PKK"): they share its clause
    ("which hosted the talks and is accused of ..." has a tense of its own)."""
    while verb.dep_ == "conj" and not children(verb, ("nsubj", "nsubjpass", "aux", "auxpass")):
        verb = verb.head
    return verb


def _present_simple(verb: Token) -> bool:
    """A verb in the simple present, active ("supports") or passive ("is backed")."""
    passive = children(verb, ("auxpass",))
    if children(verb, ("aux",)):
        return False
    if passive:
        return all(a.tag_ in _PRESENT_BE for a in passive)
    return verb.tag_ in _PRESENT_BE


def _said_to_be(noun: Token) -> bool:
    """Whether a noun is told in a clause of "be" in the present ("it is host to a coalition",
    "the SDF are allies of militias"), through the prepositions and nouns it hangs on."""
    head = noun.head
    while head.pos_ in ("NOUN", "PROPN", "ADP") and head.head != head:
        head = head.head
    return lower_lemma(head) == "be" and head.tag_ in _PRESENT_BE and not children(head, ("aux",))


# The answers of the accused to a charge in court.
_PLEAS = frozenset({"guilty", "innocent"})


def court_plea(trig: Trigger) -> bool:
    """ "pleaded not guilty to bribery charges", "pleaded innocent", "entered a plea of not
    guilty": the accused's answer to a charge is a step of a trial, no act toward the state
    that charges him (CAMEO's PLEAD * {NOT GUILTY}, 016, is a denial of responsibility; a
    plea made to someone, "pleaded with Congress to pass the bill", stays a request)."""
    plea = trig.noun or trig.token
    return lower_lemma(plea) in ("plead", "plea") and any(t.lower_ in _PLEAS for t in plea.subtree)


def others_part_denied(lex: Lexicon, index: ActorIndex, trig: Trigger) -> bool:
    """ "Police ruled out rebel involvement in the blast", "the ministry denied the army's
    role": a denial of another party's part in an act (`Lexicon.parts`) is what the denier
    holds about the act, no rejection of that party; CAMEO's denials of responsibility are
    of the denier's own part ("denied its involvement", "denied any role")."""
    lemma = lower_lemma(trig.token)
    verbs = [lemma, *(f"{lemma} {p.lower_}" for p in particles_of(trig.token))]
    if trig.type is not EventType.REJECT or not lex.refusing.intersection(verbs):
        return False
    subject = subject_of(lex, trig.token)
    deniers = set(index.actors_in(subject)) if subject is not None else set()
    parts = [o for o in objects_of(trig.token) if lower_lemma(o) in lex.parts]
    owners = {
        a
        for part in parts
        for o in [*children(part, ("poss", "compound")), *prep_objects(part, ("of",))]
        for a in index.actors_in(o)
    }
    return bool(owners) and not owners & deniers


def undertaken_in_court(trig: Trigger) -> bool:
    """ "promised the court to pay damages", "pledged to cooperate with prosecutors", "told
    the judge he would return": an undertaking given to the bench or the prosecution (a
    common noun the agents dictionary files under the judiciary, JUD) is a step of a case,
    no agreement between political sides ("pledged to cooperate with the International
    Criminal Court", a body named, stays)."""
    if trig.type is not EventType.AGREE:
        return False
    told = [*objects_of(trig.token), *prep_objects(trig.token, ("to",))]
    partners = [] if trig.complement is None else prep_objects(trig.complement, ("with",))
    return any(
        n.pos_ == "NOUN" and "JUD" in agent_codes(n, own=True)
        for n in told + partners
        if n != trig.noun
    )


def court_ruling(lex: Lexicon, trig: Trigger) -> bool:
    """ "the court rejected her appeal", "the judge upheld the ban", "the petition was
    dismissed by the tribunal", "the court agreed to hear the case": a refusal or an accord
    of a court, a judge or a prosecutor (a common noun the agents dictionary files under the
    judiciary, JUD) is its ruling in a case before it, no act between sides: PLOVER codes of
    a court's rulings its verdict and sentence (SANCTION convict); an acquittal eases them.
    A party's counsel ("his lawyers appealed against the sentence") acts for the party."""
    if trig.type not in (EventType.REJECT, EventType.AGREE) or trig.nominal:
        return False
    doers = [d for d in (subject_of(lex, trig.token), agent_noun(trig.token)) if d is not None]
    return any(
        "JUD" in agent_codes(d, own=True) and lower_lemma(d) not in lex.relations for d in doers
    )


# Verbs of naming a person, whose passive a source asks not to be done to him.
_GROUND_PREPS = frozenset({"at", "on", "upon"})


def ground_of_act(noun: Token) -> bool:
    """ "at the family's request", "on the advice of his doctors", "at the behest of the
    president": a request told only as the ground of another's act, which names no one
    asked (the caller keeps it where an addressee is named)."""
    return noun.dep_ == "pobj" and noun.head.lower_ in _GROUND_PREPS


_NAMING = frozenset({"name", "identify"})


def asks_anonymity(trig: Trigger) -> bool:
    """ "an official, who requested anonymity, said", "a police officer who asked not to be
    named": a source's wish to stay unnamed is the reporter's convention, no request of
    any party ("asked that its envoy be named to the council" stays)."""
    if trig.type is not EventType.REQUEST or trig.nominal:
        return False
    asked = [*objects_of(trig.token), *prep_objects(trig.token, ("for",))]
    clause = trig.complement
    return any(lower_lemma(o) == "anonymity" for o in asked) or (
        clause is not None
        and lower_lemma(clause) in _NAMING
        and bool(children(clause, ("auxpass",)))
        and bool(children(clause, ("neg",)))
    )


# English verbs linking a subject to what it is or becomes; "be" and "get" make passives too.
_LINKING = frozenset(
    {"become", "remain", "stay", "seem", "appear", "feel", "prove", "grow", "turn"}
)


def linked_state(trig: Trigger) -> bool:
    """ "officials remain skeptical of his chances", "the party became embroiled in a row",
    "the troops felt threatened": a linking verb's adjective (CAMEO's REMAIN patterns: "remain
    defiant", "remain opposed"), or a participle after one, tells the state the subject is in,
    not an act ("pleaded not guilty" is a plea, "got arrested" an arrest). So does "be" with
    the participle of a stance and what it is toward, with no agent ("is opposed to the plan",
    "were opposed to it"): a view held, as "remain opposed" is ("was opposed by the senate"
    tells an act)."""
    token = trig.token
    if trig.nominal or trig.noun is not None:
        return False
    if (
        trig.type in (EventType.REJECT, EventType.SUPPORT)
        and prep_objects(token, ("to",))
        and not children(token, ("agent",))
    ):
        # The parser hangs the participle on "be" as its adjective, or "be" on it as auxiliary.
        be = [token.head] if token.dep_ == "acomp" else children(token, ("auxpass",))
        if any("be" in lemmas(b) for b in be):
            return True
    if lower_lemma(token) in _LINKING:
        return bool(children(token, ("acomp",))) and not children(token, OBJECT_DEPS)
    # The lemmatizer leaves an auxiliary as written ("became", "remained").
    return any(
        c.dep_ == "auxpass" and {IRREGULAR_PASTS.get(c.lower_), *lemmas(c)} & _LINKING
        for c in token.children
    )


def counted_participle(trig: Trigger) -> bool:
    """ "has amassed 1,217 pledged delegates": the parser may read a participle between a
    count and its noun as a verb, the count its subject and the noun its object; it only
    tells what kind of delegates they are ("pledged delegates", "elected councillors"), no
    act. A count with a noun ("1,217 delegates pledged support") is a subject."""
    token = trig.token
    subjects = children(token, ("nsubj",))
    objects = children(token, ("dobj",))
    return (
        not trig.nominal
        and token.tag_ in ("VBD", "VBN")
        and len(subjects) == len(objects) == 1
        and subjects[0].tag_ == "CD"
        and subjects[0].i == token.i - 1
        and objects[0].left_edge.i == token.i + 1
        and objects[0].tag_ in ("NNS", "NNPS")
    )


# Adverbs that close a stretch of time at the present: "so far", "thus far".
_TO_NOW = frozenset({"far", "yet"})
# Spans of time a toll is kept over, a month or longer ("this year", "the past three months").
_TOLL_SPANS = frozenset({"month", "year", "decade"})
# Words that bound a span back from the present: "the past three months", "this year".
_BACK_FROM_NOW = frozenset({"this", "past", "last", "recent"})


def toll_to_date(lex: Lexicon, trig: Trigger) -> bool:
    """ "More than 2,000 civilians have been killed in the fighting so far this year", "rebels
    have killed 300 soldiers since January": an attack's toll (a verb of harm, `Lexicon.harm`:
    the killed and the injured counted; not "executed", a state's act) in the present perfect
    over a stretch up to now (so far, to date, since a month, a year or a clause, this or the
    past months or years) counts the acts of a war, a statistic, no act of a day (ACLED and
    PLOVER code events), nor is the fighting it is "in" one; "have been killed in a car
    bombing" and "have killed five since Sunday" stay."""
    verb = trig.token
    if trig.nominal:
        # "have been killed in clashes since January": the fighting the toll is of.
        if verb.dep_ != "pobj" or verb.head.dep_ != "prep":
            return False
        verb = verb.head.head
    return (
        trig.type is EventType.ASSAULT
        and lemma_in(verb, lex.harm)
        and bool(aux_words(verb) & {"have", "has", "'ve"})
        and any(_up_to_now(c) for c in verb.children)
    )


def _up_to_now(word: Token) -> bool:
    """Whether a verb's modifier is a stretch of time up to now: "so far", "to date", "this
    year", "over the past months", "since January", "since 2019"."""
    if word.dep_ == "advmod" and word.lower_ in _TO_NOW and children(word, ("advmod",)):
        return True
    if word.dep_ == "npadvmod":
        return _span_back(word)
    if word.dep_ == "advcl":
        return any(m.lower_ == "since" for m in children(word, ("mark",)))
    objects = children(word, ("pobj",))
    if word.dep_ != "prep" or not objects:
        return False
    if word.lower_ == "to":
        return any(o.lower_ == "date" for o in objects)
    if word.lower_ == "since":
        return any(o.ent_type_ == "DATE" and not _weekday(o) for o in objects)
    return word.lower_ in ("in", "over", "during") and any(_span_back(o) for o in objects)


def _span_back(noun: Token) -> bool:
    """ "this year", "the past three months", "recent months": a span of a month or longer
    reaching back from now."""
    back = {c.lower_ for c in noun.children if c.dep_ in ("det", "amod")}
    return lower_lemma(noun) in _TOLL_SPANS and bool(back & _BACK_FROM_NOW)


def _weekday(noun: Token) -> bool:
    """ "since Sunday", "since Monday night": a day or two back, the acts of a bounded time."""
    return any(t.lower_.endswith("day") for t in noun.subtree)


def unattributed_harm(lex: Lexicon, trig: Trigger, sent: Span, *, attacker: bool) -> bool:
    """ "40 were injured when a bus overturned", "an earthquake struck Turkey": no ASSAULT has
    a mishap (accident, disaster, disease) for its subject, nor an armed one (the lexicon's
    military mode) a thing that is neither actor, arms nor attack; and with no attacker
    named, a verb of harm is one only where a weapon or an attack is named; a verb of force
    ("destroy") only where arms or an attack are named in its own clause, whoever acts."""
    token = trig.token
    if trig.type != EventType.ASSAULT:
        return False
    if any(c.lower_ == "verbally" for c in children(token, ("advmod",))):
        return True  # "was verbally assaulted": words, no violence
    subj = subject_of(lex, token)
    # "Pakistan's flood killed hundreds": no attacker, whoever it names; nor where a headline
    # gives the verb two subjects ("Highway pileup, fire kill five").
    subjects = [subj, *children(token, ("nsubj",))] if subj is not None else []
    if any(_names_mishap(lex, s) for s in subjects):
        return True
    # "a military plane crashed into a market, killing 17": the harm is that of the mishap
    # the verb it hangs on tells, whatever crashed ("fired on the crowd, killing" is shooting).
    verb = token.head
    if token.dep_ in ("advcl", "conj") and lower_lemma(verb) in lex.mishaps - lex.firing.keys():
        return True
    # "firefighters fought the wildfires", "battling the pandemic": a mishap fought is no
    # enemy (its own word, not a compound's: "attacked a fire station" is an attack; nor
    # the trigger's own: "set fire to a truck").
    objs = [o for o in objects_of(token) if o != trig.noun and o.text not in trig.text.split()]
    if objs and all(lower_lemma(o) in lex.mishaps for o in objs):
        return True
    # Its own subject, not one of a clause it serves; or a passive's agent: "poisoned by lead".
    own = subj if subj is not None and subj.head == token else None
    agent = agent_noun(token, by_prep=bool(children(token, ("auxpass",))))
    # A substance does not attack: an agent named by a bare mass noun ("by lead", "by
    # contaminated water"; not "by a gunman", "by sniper fire"); verbs of harm have their
    # own test below.
    substance = (
        agent is not None
        and agent.tag_ == "NN"
        and not children(agent, ("det", "compound"))
        and not lemma_in(token, lex.harm)
    )
    doer = own if own is not None else agent
    # A demonstrative standing alone names a thing or a matter, never a force ("That struck
    # me as odd"); a car is a weapon only where its clause tells an attack, as any vehicle;
    # what went off strikes as arms do ("an explosion tore through the army convoy": only
    # forces so struck make it an attack, `triggers._struck_by_arms`).
    if (
        (trig.mode == "military" or substance)
        and not attacker
        and doer is not None
        and (doer.pos_ == "NOUN" or (doer.tag_ == "DT" and doer == subj))
        and not doer.ent_type_
        and not arms_named(lex, doer)
        and not (trig.mode == "military" and blast(lex, doer))
        and not attack_told(lex, token)
    ):
        return True  # "a video captured Trump", "a form that tends to strike": no armed force
    if lemma_in(token, lex.force):
        # "will destroy the economy", "destroyed statues": whoever destroys, no arms, no attack.
        return not attack_told(lex, token)
    # "died during an operation" (CAMEO's "DIE (DURING OPERATION)"): a surgeon's or a
    # rescue's, unless armed by its modifier or by its dead, forces ("two soldiers died").
    operations = [o for o in prep_objects(token, _CAUSE_PREPS) if lower_lemma(o) == "operation"]
    if operations and not attacker and not any(armed_operation(lex, o) for o in operations):
        return subj is None or lower_lemma(subj) not in lex.forces
    # A pronoun doer is someone ("they killed 23"); one harmed ("he died of his wounds", "she
    # was killed") is no doer.
    harmed = trig.reverse or bool(children(token, ("auxpass",)))
    someone = subj is not None and subj.pos_ == "PRON" and subj.lower_ != "it" and not harmed
    # "was found dead": a pattern naming the harm done tells a death as a verb of harm does.
    # "died of his wounds", "from his injuries": a death from wounds, as a verb of harm.
    harm = (
        lemma_in(token, lex.harm)
        or any(c.lower_ in lex.harmed for c in children(token, ("oprd", "acomp")))
        or any(lower_lemma(o) in lex.wounds for o in prep_objects(token, ("of", "from")))
    )
    armed = doer is not None and arms_named(lex, doer)
    # "A grenade exploded at a checkpoint, killing two": the weapon gone off in the clause the
    # harm is told in did it, any munition (no craft: "a plane went down, killing 176").
    armed |= token.dep_ in ("advcl", "conj") and weapon_went_off(lex, token.head)
    if not harm or attacker or someone or armed or _hanged(token):
        return False  # "they killed 23 soldiers", "a grenade killed two": someone did it
    # Where a clause tells the cause ("were hurt when the crane toppled"), the attack must be
    # named there, not elsewhere in the line; else the attack may be told in the sentence
    # before: "A bomb exploded ... 33 were injured."
    causes = cause_clauses(lex, token)
    # A mishap told as the cause is one, whatever the paragraph names: "injured in the crash",
    # "killed when a bomber crashed", "died after the roof collapsed".
    # Not "in Israeli fire", "in artillery fire": a side's or arms' fire is shooting.
    told = [*prep_objects(token, _CAUSE_PREPS), *causes, *(subject_of(lex, c) for c in causes)]
    # "was found dead after shooting himself": harm one did oneself.
    gerunds = [
        g
        for p in children(token, ("prep",))
        if p.lower_ in _CAUSE_PREPS
        for g in children(p, ("pcomp",))
    ]
    if any(_done_to_self(c) for c in [*causes, *gerunds]):
        return True
    if any(t is not None and lower_lemma(t) in lex.mishaps and not _shooting(lex, t) for t in told):
        return True
    told_in = [t for c in causes for t in own_clause(c)] if causes else list(_paragraph(sent))
    # "was struck by a car ... The crash happened at 8": where a mishap is told there too, a
    # verb of striking is the collision; an attack must be told by a noun or arms.
    # A mishap's noun: "fired tear gas" is shooting.
    mishap = any(
        t.pos_ == "NOUN" and lower_lemma(t) in lex.mishaps and not _shooting(lex, t)
        for t in told_in
    )
    # "when an unexploded shell went off": arms left from a past war tell no attack.
    words = {
        w
        for t in told_in
        if not (mishap and t.pos_ == "VERB") and not leftover(t)
        for w in attack_words(t)
    }
    # "were killed when their convoy hit a landmine": a munition in the cause is the attack.
    if causes and any(munition(lex, t) for t in told_in):
        return False
    # "an explosion killed four soldiers", "police were wounded in a blast": what went off,
    # with no mishap told with it, harming a state's forces, as CAMEO's patterns of harm read
    # it; others may be harmed by a blast at a plant or a mine ("killed 12 workers").
    victims = children(token, ("nsubjpass", "dobj"))
    forces = bool(victims) and all(agent_codes(v) & STATE_FORCES for v in victims)
    if forces and not mishap and any(blast(lex, t) for t in told_in):
        return False
    # "claimed responsibility for the blast that killed 11 pilgrims": a blast claimed, or a
    # suicide blast, was set off by someone, whoever it harmed.
    if not mishap and any(claimed_blast(lex, t) or suicide_blast(lex, t) for t in told_in):
        return False
    if not (causes or mishap) and _forces_harmed(lex, token, told_in):
        return False
    return not (words & lex.attacks or any(armed_operation(lex, t) for t in told_in))


def _forces_harmed(lex: Lexicon, token: Token, paragraph: list[Token]) -> bool:
    """ "Six Afghan soldiers were killed in Kunar", "two police officers were wounded on
    Monday": a state's forces killed or wounded, with no cause told but a place or a time and
    no mishap in the paragraph (not even as a verb: "the helicopter crashed"), fell to
    violence, an ASSAULT by no one named (CAMEO's 19x, unknown source); a cause of any other
    kind ("in a training exercise") leaves them out, and so does a question ("how many
    soldiers were killed", "whether police were hurt"), which tells no harm."""
    victims = children(token, ("nsubjpass",))
    causes = prep_objects(token, _CAUSE_PREPS)
    asked = any(t.tag_ in ("WDT", "WP", "WRB") for t in own_clause(token)) or any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in token.children
    )
    return (
        bool(victims)
        and not asked
        and all(agent_codes(v) & STATE_FORCES for v in victims)
        and all(any(t.ent_type_ for t in [c, *children(c, ("compound",))]) for c in causes)
        and not any(lower_lemma(t) in lex.mishaps for t in paragraph)
    )


_CAUSE_PREPS = frozenset({"in", "after", "during", "from"})


def self_harm(trig: Trigger) -> bool:
    """ "the officer accidentally shot himself", "the gunman shot himself": violence whose
    only patient is its doer (a reflexive object) is harm one does oneself, no act on
    another; not a bomber blowing himself up, which the dictionary reads as a suicide
    attack on those around."""
    patients = _patients(trig.token)
    return (
        trig.type is EventType.ASSAULT
        and not trig.nominal
        and trig.mode != "suicide-attack"
        and bool(patients)
        and all(p.lower_ in _OWN_SELVES for p in patients)
    )


_OWN_SELVES = frozenset({"himself", "herself", "themselves", "oneself"})


def _done_to_self(verb: Token) -> bool:
    """A clause whose only objects are reflexive ("after shooting himself", "when he set
    himself on fire"): what it tells one did to oneself, as `self_harm` reads its verb."""
    objs = objects_of(verb)
    return bool(objs) and all(o.lower_ in _OWN_SELVES for o in objs)


def _hanged(token: Token) -> bool:
    """ "Two protesters were hanged in Tehran": "hanged", the form English keeps for killing
    by the rope (as against "hung"), tells an execution, done by an authority as "executed"
    is, whoever is named; not one's own death ("hanged himself", "was found hanged")."""
    own = any(o.lower_.endswith(("self", "selves")) for o in objects_of(token))
    return token.lower_ == "hanged" and not own and lower_lemma(token.head) != "find"


# Modes of the event nouns that may speak for those they bring together.
_SPEAKING_OCCASIONS = frozenset({"meeting", "investigation"})


def thing_doer(lex: Lexicon, index: ActorIndex, trig: Trigger) -> bool:
    """ "Valuations are supported by a combination of factors", "the drought threatens
    millions", "the decision would heighten tensions": a verbal act whose doer is a thing
    tells what no political agent did (CAMEO codes only actors' acts). A thing is a mishap,
    an act's noun that names no one doing it ("the raids threaten the truce") and is no
    gathering or inquiry ("the summit called for ...": its participants), or a singular
    common noun that is no actor, generic agent, body, office, group of people ("the crowd
    demanded", "the delegation met"), arms, attack, event noun or text (a text speaks for its
    author). Plurals ("accused by critics", "peacekeepers urge")
    may name people the resolver misses, unless they threaten and their word names no person
    ("debts threaten the government": endangers it), and so may the subject of a clause the
    verb only serves. A possessor
    owns the thing, it does not act ("Obama's involvement offers a reminder"). Nor does a
    thing give ("the crisis has boosted the prospects of the president"), nor attack,
    freeze or seize as its subject as a kind ("a bat attacks the nominee", "a polar vortex
    is freezing the north": an animal or weather is no party, whichever), unless its clause
    names the attack it is the means of ("a car struck the crowd in a terrorist attack");
    harm has its own tests (`unattributed_harm`)."""
    hostile = QUAD_CLASS[trig.type] is QuadClass.MATERIAL_CONFLICT
    doer = agent_noun(trig.token) if not hostile else None
    if doer is None:
        # Not a headline passive's subject, which is acted on ("Sanctions on Iran lifted").
        subjects = [s for s in children(trig.token, ("nsubj",)) if s not in objects_of(trig.token)]
        if not subjects and _after_description(trig.token):
            # "the tariffs are unfair and would hurt ties": a thing described, then said to
            # act (not "the crowd gathered and demanded": told what it did, not what it is).
            subjects = [s for s in [subject_of(lex, trig.token)] if s is not None]
        # The subject next to the verb, where a headline's topic runs into its line.
        doer = (subjects[-1] if hostile else subjects[0]) if subjects else None
    if doer is None:
        return False
    if doer.pos_ == "PROPN" and not index.actors_in(doer) and _names_mishap(lex, doer):
        # "Cyclone Idai slammed into Mozambique": a mishap's name, no party ("the Hurricane
        # Relief Fund" is one).
        return True
    if doer.pos_ != "NOUN" or doer.ent_type_:
        return False
    if hostile and not names_kind(doer):
        return False  # "a bat attacks": only a kind; "the military", "border shelling" may act
    done = lookup_noun(lex, doer) if doer != trig.noun else None
    if trig.type is EventType.AID and done is not None and QUAD_CLASS[done[0]] in VERBAL:
        return True  # "was aided by the support of voters": words help, they give nothing
    owners = {index.get(t.i) for o in children(doer, ("poss",)) for t in o.subtree}
    if set(index.actors_in(doer)) - owners:
        return False
    if _names_mishap(lex, doer):
        return True
    if doer == trig.noun:
        return False  # "the prisoner swap took place": the act itself, known by its verb
    if done is not None and not hostile:
        # A gathering speaks for those gathered ("the rally demanded ..."), an inquiry for
        # its investigators; a visit, a raid, an arrest is done by someone it does not name.
        return done[0] is not EventType.PROTEST and done[1] not in _SPEAKING_OCCASIONS
    # Things endanger and press ("rising prices threaten the government", "costs are
    # pressuring the mayor to cut fares"): of a threat or a request, a plural too is a thing
    # where neither its word nor a word compounded to it names people ("militants threatened
    # soldiers", "opposition groups demanded" stay).
    endangers = trig.type in (EventType.THREATEN, EventType.REQUEST) and not any(
        is_person_noun(lower_lemma(w)) or is_institution_word(w.text) or is_group_noun(w.lower_)
        for w in [doer, *children(doer, ("compound",))]
    )
    return (
        (doer.tag_ == "NN" or (doer.tag_ == "NNS" and endangers))
        and lower_lemma(doer) not in lex.nouns.keys() | lex.documents
        and not arms_named(lex, doer)
        and not (hostile and attack_told(lex, trig.token))  # "struck them in an attack"
        and not (hostile and blast(lex, doer))  # "an explosion tore through the convoy"
        and not load_gazetteer().find_agents([doer.lower_])
        and not is_institution_word(doer.text)
        and not is_office_word(doer.text)
        and not is_group_noun(lower_lemma(doer))
    )


def _after_description(verb: Token) -> bool:
    """Whether a verb is conjoined to a copula that describes their subject ("were unfair
    and would hurt", "is illegal and threatens")."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and lower_lemma(head) == "be"
        and bool(children(head, ("acomp", "attr")))
    )


def rescue(lex: Lexicon, trig: Trigger) -> bool:
    """ "firefighters rescued two climbers", "was evacuated to a hospital", "flown to Moscow
    for treatment": people moved or cared for, no aid named, by no giver a name makes a
    political actor (a state, a body, a person: "Jordan flew the wounded to Amman", "the Red
    Cross evacuated civilians") is an emergency service, no act between political actors."""
    token = trig.token
    if trig.type is not EventType.AID or trig.nominal or trig.noun is not None:
        return False
    if trig.mode in ("economic", "military"):
        return False  # "funded by the government": money and arms are given, not care
    if any(lookup_noun(lex, o) for o in objects_of(token)):
        return False  # "airlifted food": aid named, given by whoever gives it
    passive = acted_on_subject(lex, token) or bool(children(token, ("auxpass",)))
    giver = agent_noun(token, by_prep=True) if passive else subject_of(lex, token)
    if giver is None:
        return True
    if giver.pos_ == "PRON":
        return False  # who "they" are is not known here: kept, as before
    return not any(t.pos_ == "PROPN" or t.ent_type_ in PEOPLE_ENTITIES for t in giver.subtree)


def disaster_response(lex: Lexicon, trig: Trigger) -> bool:
    """ "deployed 2,000 soldiers to fight the forest fires", "the army was mobilised to battle
    the floods", "will deploy its largest wildfire response": forces moved to act on mishaps
    alone, or moved as a mishap's own crews, are an emergency service, no force shown to a
    party (PLOVER's MOBILIZE readies force against a rival). So are forces sent by any verb
    ("sent 500 soldiers to battle the wildfires", read as cooperation by CAMEO's SEND), for a
    purpose told through a verb it serves ("to help contain the fires") or a mishap's course
    ("to halt the spread of the virus"). "Deployed troops to fight the rebels" stays, as does
    a deployment whose purpose is untold."""
    token = trig.token
    moving = trig.type is EventType.MOBILIZE or lex.verbs.get(lower_lemma(token), (None,))[0] is (
        EventType.MOBILIZE
    )
    moving |= any(lower_lemma(o) in lex.forces for o in objects_of(token))
    if trig.nominal or not moving:
        return False
    if any(_names_mishap(lex, o) for o in objects_of(token)):
        return True
    purposes = [c for c in children(token, ("advcl", "xcomp")) if "to" in aux_words(c)]
    # "to help contain the outbreak": the verb the purpose's own verb serves.
    purposes += [x for c in purposes for x in children(c, ("xcomp",)) if not objects_of(c)]
    met = [o for c in purposes for o in objects_of(c)]
    return bool(met) and all(
        any(_names_mishap(lex, n) for n in [o, *prep_objects(o, ("of",))]) for o in met
    )


_MEASURES = frozenset({EventType.COERCE, EventType.SANCTION, EventType.AID})
# Modes of a measure that takes or gives to a party whatever its occasion ("arrested
# looters after the storm", "sent arms after the earthquake").
_PARTY_MODES = frozenset({"arrest", "seize", "economic", "military"})
# What a measure's occasion is not told by: who takes it and what other clauses say.
_CLAUSES = frozenset({"relcl", "ccomp", "parataxis"})
_NOT_OCCASION = _CLAUSES | {"nsubj", "nsubjpass", "csubj", "conj"}


def hazard_measure(lex: Lexicon, trig: Trigger) -> bool:
    """ "ordered the evacuation of 4,000 residents ahead of the wildfire", "evacuated its
    citizens as the typhoon neared", "closed schools because of the heatwave", "shut all
    schools to curb the spread of the outbreak", "closed the border after the landslide": a
    public measure told for a mishap (`Lexicon.mishaps`), done to people at large, places or
    things, guards them against it and acts on no party: CAMEO's 'order * evacuation' (166)
    expels, PLOVER's COERCE restricts a party's rights, and neither is done to a flood's
    people. Epidemics count as mishaps: closures and bans against a disease's spread restrict
    no one's political rights. Arrests, seizures, aid named and measures on a party named
    stay ("arrested looters after the storm", "flew food in after the quake", "closed the
    Chilean embassy after the quake")."""
    token = trig.token
    if trig.nominal or trig.type not in _MEASURES or trig.mode in _PARTY_MODES:
        return False
    objects = objects_of(token)
    told = [*objects, subject_of(lex, token)]
    if trig.type is EventType.AID and (
        any(t is not None and lookup_noun(lex, t) for t in told)
        or any(t.ent_type_ in _PLACE_OR_PARTY for t in _given_to(token))
    ):
        # Aid named ("aid arrived in famine-hit areas") or sent to a party ("a medical team to
        # Guatemala after the floods") is given, whatever its occasion.
        return False
    if any(t.ent_type_ in _PLACE_OR_PARTY for o in objects for t in o.subtree if t.i <= o.i):
        return False  # "expelled two British diplomats after the fire": done to a party named
    return any(_mishap_word(lex, t) for t in _occasion(token))


def relief_sent(lex: Lexicon, trig: Trigger) -> bool:
    """ "sent a team of rescuers to Nepal after the avalanche", "is sending rescue teams to
    Syria", "dispatched doctors to the flood zone": people a verb that sends aid (one CAMEO
    gives an AID sense: "send * medical team", 073) sends for a mishap (`Lexicon.mishaps`) or
    for relief are aid, no pledge nor cooperation (CAMEO's bare "send * team", 036, is a
    negotiating team; its "&military", 062, joint drills). Relief is told by a word the
    lexicon reads as humanitarian aid ("rescue", "relief", "assistance"). Force used or
    shown, visits ("sent a delegation after the quake") and a team sent for no such end
    ("sent a team to Geneva") keep their types."""
    token = trig.token
    lemma = lower_lemma(token)
    if trig.nominal or trig.type not in (EventType.AGREE, EventType.COOPERATE):
        return False
    # "pledged funds", "promised a team": a commitment, its thing named by the lexicon or not,
    # is an undertaking (AGREE), whatever it is for.
    if lemma in lex.commit_frames or not any(
        p.type is EventType.AID for p in lex.cameo.get(lemma, ())
    ):
        return False
    sent = [*objects_of(token), *children(token, ("nsubjpass",))]
    if any(lookup_noun(lex, o) for o in sent):
        return False
    told = [t for o in sent for t in _own_words(o)] + _occasion(token)
    return any(_mishap_word(lex, t) or _relief(lex, t) for t in told)


def _relief(lex: Lexicon, word: Token) -> bool:
    """Whether the lexicon reads a word as humanitarian aid ("rescue", "relief", "aid")."""
    readings = (lex.nouns.get(lower_lemma(word)), lex.verbs.get(lower_lemma(word)))
    return any(
        r is not None and r[0] is EventType.AID and r[1] in (None, "humanitarian") for r in readings
    )


def _occasion(token: Token) -> list[Token]:
    """The words of a verb's own phrases, but its subject and other clauses: what tells its
    object, occasion or purpose ("after the storm", "to the flood zone", "to curb the
    outbreak")."""
    # "shut all schools and banned gatherings to curb the outbreak": a purpose the parser
    # hangs on one of joined measures is told of each.
    phrases = [c for v in (token, *token.conjuncts) for c in v.children]
    return [t for c in phrases if c.dep_ not in _NOT_OCCASION for t in _own_words(c)]


def _given_to(token: Token) -> list[Token]:
    """The words of a verb's "to" and "for" phrases: whom something is sent or given to (the
    parser may read "sent rescuers to Nepal" as a dative)."""
    return [
        t
        for c in token.children
        if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")
        for t in c.subtree
    ]


def _own_words(token: Token) -> list[Token]:
    """A phrase's words but those of clauses of their own it holds, relative or reported
    ("closed the road the fire had reached" tells no occasion)."""
    return [token] + [t for c in token.children if c.dep_ not in _CLAUSES for t in _own_words(c)]


def sport_played(lex: Lexicon, trig: Trigger) -> bool:
    """ "Poland yielded to Portugal in the final minutes of the match", "gave up two goals to
    Croatia in the semifinal": yielding told in, from or after a game of sport
    (`Lexicon.sport`) is a side's play, no political concession, even by a country's team.
    Other acts told with a game stay, as they may be a party's on it or only dated by it
    ("barred women from the match", "withdrew from the Olympics in protest", "threatened
    Seoul during the Olympics"), and so does a game named only as where one was ("at")."""
    if trig.type is not EventType.CONCEDE:
        return False
    phrases = [p for word, p in prepositions(trig.token) if word != "at"]
    told = [*objects_of(trig.token), *(o for p in phrases for o in children(p, ("pobj",)))]
    # "in the final minutes of the match": the game a phrase's own "of" names.
    told += [o for t in told for o in prep_objects(t, ("of",))]
    return any(lower_lemma(t) in lex.sport for t in told)


def _names_mishap(lex: Lexicon, noun: Token) -> bool:
    """Whether a subject names a mishap, or qualifies one: "an earthquake of magnitude 6.3
    that struck" (the relative pronoun stands for the magnitude, of the earthquake), "Typhoon
    Haiyan, which killed 6,000"; not a side's or arms' fire ("rifle fire killed")."""
    noun = antecedent(noun)
    while True:
        if _mishap_word(lex, noun):
            return True
        # "Hurricane Dorian", "Typhoon Haiyan": a name a mishap word heads.
        if any(lower_lemma(t) in lex.mishaps for t in children(noun, ("compound",))):
            return True
        if noun.dep_ not in ("pobj", "prep") or noun.head == noun:
            return False
        noun = noun.head


def _mishap_word(lex: Lexicon, noun: Token) -> bool:
    """Whether a word is a mishap's own ("flood", "a California fire"), not a side's fire."""
    return lower_lemma(noun) in lex.mishaps and not _shooting(lex, noun)


def _shooting(lex: Lexicon, noun: Token) -> bool:
    """Whether a mishap word that is also a verb of firing arms ("fire") is qualified by a
    side or arms ("Israeli fire", "artillery fire", "fire from Israeli soldiers"): a side's
    or arms' fire is shooting; a place's is a blaze ("a California fire"), and a crash is one
    whatever crashed."""
    return lower_lemma(noun) in lex.firing and (
        any(
            (m.ent_type_ and m.ent_type_ not in PLACE_TYPES)
            or lower_lemma(m) in lex.arms
            or set(attack_words(m)) & lex.attacks
            or is_person_noun(lower_lemma(m))
            for m in children(noun, SIDE_MODIFIERS)
        )
        or any(_shooter(lex, o) for o in prep_objects(noun, ("from", "by")))
    )


def _shooter(lex: Lexicon, name: Token) -> bool:
    """Whether a fire's "from" or "by" names a side or a force ("fire from Israeli soldiers",
    "fire by the rebels", "fire from Hamas"), or a site a side holds ("fire from Houthi
    positions", `Lexicon.strongholds`), not where a blaze spread from ("the factory")."""
    if lower_lemma(name) in lex.strongholds:
        return any(_shooter(lex, m) for m in children(name, SIDE_MODIFIERS))
    return bool(name.ent_type_ and name.ent_type_ not in PLACE_TYPES) or bool(
        agent_codes(name, own=True)
    )


def carries_out(lex: Lexicon, trig: Trigger) -> bool:
    """ "executed a search warrant", "executed the order": a verb of force whose every object
    is a text, and which the CAMEO dictionary never reads as criticism (as it reads
    "attacked the decree", `verbal_attack`), carries the text out: no attack; so does its
    noun with the text its "of" names ("the execution of a search warrant"). So with a
    measure imposed, carried out or voided ("a court struck down the ban", "enforced the
    curfew"): a blow at a ban strikes no one; nor does a verb read as a sanction of itself
    sanction anyone with a measure in force it throws out or suspends ("the court threw out
    the ban"; a text it suspends may be an accord, "suspended the treaty")."""
    objects = prep_objects(trig.token, ("of",)) if trig.nominal else objects_of(trig.token)
    if trig.type is EventType.SANCTION:
        voided = [o for o in objects if _measure(lex, o) and definite_noun(o)]
        return trig.noun is None and bool(objects) and voided == objects
    return (
        bool(objects)
        and all(lower_lemma(o) in lex.documents or _measure(lex, o) for o in objects)
        and not any(p.type == EventType.ACCUSE for p in lex.cameo.get(lower_lemma(trig.token), ()))
    )


def _measure(lex: Lexicon, noun: Token) -> bool:
    """A measure a state imposes and may lift or ease (the lexicon's "lift ban", "ease
    restrictions"): a ban, a curfew, an embargo, sanctions."""
    lifted = (lex.verb_object.get(f"{v} {lower_lemma(noun)}", (None,))[0] for v in ("lift", "ease"))
    return EventType.CONCEDE in lifted


def verbal_attack(
    lex: Lexicon, index: ActorIndex, trig: Trigger, source: list[str], target: list[str]
) -> bool:
    """ "attacked Trump for the deaths", "attacked Drudge as an opponent": a person or a thing
    attacked for a reason or as something ("attacked the inquiry as a stunt"), with no weapon
    named, is criticised (CAMEO codes "attack" with a plan, a policy or "for failing" as
    disapproval); so is a text attacked ("attacked the decree", "attacked the court's
    ruling")."""
    token = trig.token
    # "the attack continued": the noun, the verb's subject, is the attack told.
    if trig.nominal or (trig.noun is not None and trig.noun.dep_ == "nsubj"):
        return _worded_attack_noun(lex, index, trig.noun or token, source, target)
    # "launched a new attack on Brussels over its policies": the attack a light verb brings
    # is the act weighed, not a weapon named.
    armed = any(
        lower_lemma(t) in lex.attacks for t in own_clause(token) if t not in (token, trig.noun)
    )
    heads = [token] if trig.noun is None else [token, trig.noun]
    objects = objects_of(token)
    if objects and all(lower_lemma(o) in lex.documents for o in objects):
        return not armed
    # "attacked the US report", "attacked Biden's record": what is said or thought, no party
    # nor act of the lexicon ("attacked the protest"), is attacked in words by the unarmed,
    # and so is anyone attacked in what is said, by a verb CAMEO also reads as criticism
    # ("attack", "hit", "slam"; not "bombed the parliament").
    worded = any(p.type is EventType.ACCUSE for p in lex.cameo.get(lower_lemma(token), ()))
    said = [o for o in objects if said_thing(lex, o) and index.get(o.i) is None]
    # "attacked the Conservatives in a statement", "during a speech": an attack told in words.
    uttered = [
        o
        for p in (p for h in heads for p in children(h, ("prep",)))
        if p.lower_ in ("in", "during", "through")
        for o in children(p, ("pobj",))
        if said_thing(lex, o)
    ]
    subject = subject_of(lex, token)
    if worded and ((said and said == objects) or uttered):
        return not armed and (subject is None or not names_force(lex, subject))
    # "attacked the inquiry as a stunt": a thing, no actor, attacked as something.
    thing = bool(objects) and not target and not any(index.actors_in(o) for o in objects)
    persons = bool(objects) and all(individual(index, o) for o in objects)
    # A person attacks in words whomever they attack for a reason ("attacked the media for
    # ..."): a band of armed men is no one person.
    speaker = bool(source) and subject is not None and individual(index, subject)
    # "Ruto attacked the opposition", "the president attacked the media": one person's attack
    # on a party, a faction or the media, no weapon named, is made in words.
    factions = all(sector(a) in _FACTION_SECTORS | {"media"} for a in target)
    if worded and speaker and target and factions:
        return not armed
    if not thing and (not target or not (persons or speaker)):
        return False
    reasons = [
        o
        for p in children(token, ("prep",))
        if p.lower_ in ("for", "as")
        # A gerund too: "attacked Biden for accumulating wealth" (CAMEO's ATTACK (FOR)).
        for o in children(p, PREP_OBJECT_DEPS)
        # Not "for hours", nor "as part of an offensive".
        if o.ent_type_ not in MEASURES and lower_lemma(o) not in ("time", "part")
    ]
    # One person attacking another on doing something, on or over a matter, or in a debate
    # or a meeting: with words ("gunmen attacked the senator during a meeting" name no
    # person attacking, "the deputy opened fire on the driver" one of a force, whose "on"
    # aims his fire); so does a party or a faction attacking a person.
    unarmed = speaker and subject is not None and not names_force(lex, subject)
    if unarmed or (persons and subject is not None and _faction(subject, source)):
        reasons += [
            o
            for p in (p for h in heads for p in children(h, ("prep",)))
            for o in children(p, PREP_OBJECT_DEPS)
            if (p.lower_ == "on" and o.dep_ == "pcomp")
            or (p.lower_ in ("on", "over") and _matter(o) and not _attack_aim(trig, p))
            or (p.lower_ in ("in", "during", "at") and lower_lemma(o) in lex.disputes)
        ]
    return bool(reasons) and not armed


def _worded_attack_noun(
    lex: Lexicon, index: ActorIndex, noun: Token, source: list[str], target: list[str]
) -> bool:
    """ "the senator's verbal attack on the premier", "Labour's attack on the budget", "the
    attack on the president over graft": an attack noun CAMEO's verb also reads as criticism,
    nothing armed by it, is made in words when a modifier tells words (`WORDED_ATTACK`), when
    it aims at what is said or decided (`_decided`), or, aimed at persons or bodies of
    politics, when its doer is a party, a faction or an office unarmed, or a person named and
    it is over or for a matter ("the army's attack on the town", "Russia's attack on Ukraine"
    stay)."""
    if not any(p.type is EventType.ACCUSE for p in lex.cameo.get(lower_lemma(noun), ())):
        return False
    doers = [*children(noun, ("poss", "compound")), *prep_objects(noun, ("by",))]
    if any(
        lower_lemma(t) in lex.attacks | lex.arms or names_force(lex, t)
        for t in [*own_clause(noun), *own_clause(noun.head), *doers]
        if t != noun and t.ent_type_ not in MEASURES
    ):
        return False
    aims = prep_objects(noun, ("on", "against"))
    if any(lower_lemma(m) in WORDED_ATTACK for m in children(noun, ("amod",))):
        return True
    if aims and all(_decided(lex, index, noun, a) for a in aims):
        return True
    if not target or not all(_political_body(index, t) for t in target):
        return False
    # A party or an office attacks persons or bodies in words; a person named, over a matter
    # ("Trump's attack on the judge over the ruling"; no doer told: "an attack on the mayor
    # over a land row" may be a crime).
    matters = [o for o in prep_objects(noun, ("over", "for")) if _matter(o)]
    unarmed = [
        d
        for d in doers
        if _politicians(index, d, source)
        or is_office_word(d.text)
        or (matters and individual(index, d))
    ]
    return bool(unarmed) and unarmed == doers


def _political_body(index: ActorIndex, actor: str) -> bool:
    """Whether an actor is a person, a party, a faction, the media or a government: what is
    attacked in politics (a named party, "the Congress party", has no sector of its own)."""
    kind = index.sectors.get(actor) or sector(actor)
    named = actor.startswith(("group:", "org:")) and index.sectors.get(actor) is None
    return actor in index.people or named or kind in (*_FACTION_SECTORS, "media", "government")


def _decided(lex: Lexicon, index: ActorIndex, noun: Token, aim: Token) -> bool:
    """ "an attack on the budget", "on his remarks": what is said or decided, no actor, that
    the attack noun's verb in CAMEO attacks in words (its patterns "attack ... policy")."""
    if index.get(aim.i) is not None:
        return False
    words = {
        w
        for p in lex.cameo.get(lower_lemma(noun), ())
        if p.type is EventType.ACCUSE and not p.preps
        for alternatives in p.words
        for w, _ in alternatives
    }
    lemma = lower_lemma(aim)
    return lemma in words or lemma in lex.documents or said_thing(lex, aim)


def _attack_aim(trig: Trigger, prep: Token) -> bool:
    """ "approved the attacks on the embassy": an attack noun's "on" names what it hits, no
    matter it is about (the verb's "attacked Biden on taxes" is one)."""
    return prep.lower_ == "on" and prep.head == trig.noun


# Sectors that take part in politics unarmed.
_FACTION_SECTORS = sectors_of("factions")


def force_in_words(
    lex: Lexicon, index: ActorIndex, trig: Trigger, source: list[str], target: list[str]
) -> bool:
    """ "the cabinet was besieged by the opposition", "Labour MPs attacked the premier": an
    act of force (an assault, a siege, a blockade) whose doers take part in politics unarmed
    (`_politicians`) and whose every target is a person or a body of politics, with nothing
    armed in its clause, is a figure for pressure or criticism, no force ("opposition
    supporters besieged the parliament", a crowd, and "rebels besieged the governor" stay)."""
    token = trig.token
    if trig.nominal or trig.type not in (EventType.ASSAULT, EventType.COERCE):
        return False
    passive = bool(children(token, ("auxpass", "nsubjpass")))
    doer = agent_noun(token) if passive else subject_of(lex, token)
    if doer is None or not target or not _politicians(index, doer, source):
        return False
    bodies = _FACTION_SECTORS | sectors_of("travellers")
    if not all(t in index.people or (index.sectors.get(t) or sector(t)) in bodies for t in target):
        return False
    return not any(
        lower_lemma(t) in lex.attacks | lex.arms or names_force(lex, t)
        for t in own_clause(token)
        if t is not token and t.ent_type_ not in MEASURES  # "for two weeks": no men counted
    )


def _politicians(index: ActorIndex, doer: Token, source: list[str]) -> bool:
    """Whether a doer takes part in politics unarmed: a party or a faction (`_faction`) or
    the media, by a head that names them so itself ("lawmakers", "the opposition",
    "newspapers", "the Tories"; not "opposition supporters", a crowd of a faction)."""
    codes = load_gazetteer().head_agent_codes([doer.lower_])
    named = doer.ent_type_ in ("NORP", "ORG") or lower_lemma(doer) == "party"
    if not (named or (codes and codes <= _POLITICIAN_CODES)):
        return False
    unarmed = _FACTION_SECTORS | {"media"}
    return all(
        (index.sectors.get(a) or sector(a)) in unarmed
        or (a.startswith(("group:", "org:")) and index.sectors.get(a) is None)
        for a in source
    ) and bool(source)


# Phoenix's agent codes of those who take part in politics unarmed: factions and the media.
_POLITICIAN_CODES = codes_of("factions") | {"MED"}


def _faction(subject: Token, source: list[str]) -> bool:
    """ "Democrats", "the Labour Party", "opposition lawmakers": a party or a faction, whose
    attacks on a person are words (an armed group, a state or its forces are none)."""
    return bool(source) and all(
        (
            a.startswith(("group:", "org:"))
            and (subject.ent_type_ == "NORP" or lower_lemma(subject) == "party")
        )
        or sector(a) in _FACTION_SECTORS
        for a in source
    )


def burns_nothing(lex: Lexicon, token: Token) -> bool:
    """ "farmers set fires near the village", "set fires to clear land": fires set to nothing,
    or to a bare mass noun (land, grass, bush), burn ground, no one's property or people ("set
    fire to the embassy", "set fire to houses" attack). Not the fire of the lexicon's phrase
    of shooting ("police opened fire"): shots, no blaze."""
    if f"{lower_lemma(token)} fire" in lex.phrasal:
        return False
    fires = [o for o in objects_of(token) if lower_lemma(o) == "fire"]
    burned = [
        o
        for head in (token, *fires)
        for p in children(head, ("prep",))
        if p.lower_ in ("to", "on")
        for o in children(p, ("pobj",))
    ]
    return bool(fires) and all(
        o.tag_ == "NN" and not children(o, ("det", "poss", "nummod")) for o in burned
    )


def _matter(noun: Token) -> bool:
    """ "on immigration", "over the budget": a matter, not a time or a named place."""
    return noun.dep_ == "pobj" and noun.ent_type_ not in MEASURES | PLACE_TYPES


def mishap_inquiry(lex: Lexicon, trig: Trigger) -> bool:
    """ "The crash is being investigated", "an inquiry into the fire", "investigating the cause
    of the blaze", "the details about the cause of his death", "the possibility of an
    electrical fault", "looking into the death of a student", "the events leading up to the
    crash": an investigation of a mishap or a happening, or of what brought one about, or a
    science's ("epidemiological investigations"), accuses no one (PLOVER's investigations are
    of actors, into crimes and abuses)."""
    if trig.mode not in _INQUIRY:
        return False
    head = trig.noun or trig.token
    # "opened an inquiry into the crash": the light verb may carry the noun's phrase.
    heads = {head, trig.token}
    about = [
        *objects_of(trig.token),
        *(o for h in heads for p in children(h, ("prep",)) for o in p.children),
    ]
    for a in about:  # grows: "the possibility of a fault", "the circumstances of the cause of"
        # So do "about" and "behind": "the details about the cause of his death".
        found = list(prep_objects(a, ("of", "about", "behind")))
        # A clause on a thing tells what it is of, as "of" does: "the circumstances surrounding
        # his death", "the failures that led to the collapse" (not on a person or a name).
        if a.pos_ == "NOUN" and not is_person_noun(lower_lemma(a)):
            for clause in children(a, ("acl", "relcl")):
                found += [
                    *objects_of(clause),
                    *(o for p in children(clause, ("prep",)) for o in p.children),
                ]
        # Each once: a relative clause's object may be the thing it is on ("the deal that it
        # struck"), which would grow the list for ever.
        about += [o for o in dict.fromkeys(found) if o not in about]
    kinds = [lower_lemma(m) for m in children(head, ("amod",))] if trig.noun is not None else []
    return any(lower_lemma(o) in lex.mishaps | lex.happenings for o in about) or any(
        map(_science, kinds)
    )


def sitting_suspended(trig: Trigger) -> bool:
    """ "The Queen suspended parliament", "Parliament must be recalled", "the suspension of
    the assembly": a sanction's verb done to an assembly itself (a legislature named in the
    singular, not its members: "suspended three lawmakers") suspends or recalls its sittings,
    a procedure of its own state, no sanction (PLOVER's SANCTION cuts relations, aid, envoys
    or rights of another)."""
    if trig.type is not EventType.SANCTION:
        return False
    head = trig.noun or trig.token
    acted = [*objects_of(trig.token), *prep_objects(head, ("of",))]
    return bool(acted) and all(o.tag_ in ("NN", "NNP") and agent_codes(o) == {"LEG"} for o in acted)


def hosted_occasion(lex: Lexicon, index: ActorIndex, trig: Trigger) -> bool:
    """ "The singer will host the awards show", "Qatar hosted the World Cup final": what is
    hosted is an occasion, neither a meeting (an event noun, or one of the CAMEO dictionary's
    hosted meetings: a summit, a dinner, a conference) nor an actor, and no visitor is named
    ("hosted a reception for the delegation"): CAMEO's hosting (043) is of a visit."""
    if lower_lemma(trig.token) != "host" or trig.noun is not None:
        return False
    hosted = objects_of(trig.token)
    meetings = {head for p in lex.cameo.get("host", ()) for e in p.words for head, _ in e}
    guests = [o for h in [trig.token, *hosted] for o in prep_objects(h, ("for",))]
    return bool(hosted) and not any(
        index.actors_in(o) or lookup_noun(lex, o) is not None or lower_lemma(o) in meetings
        for o in [*hosted, *guests]
    )


def _science(adjective: str) -> bool:
    """ "epidemiological", "geological", "scientific", "medical": an inquiry a science names
    studies what happened (an outbreak, a rock) and accuses no one."""
    return adjective.endswith("logical") or adjective in ("scientific", "medical", "clinical")


def joins_protest(
    lex: Lexicon, index: ActorIndex, trig: Trigger, source: list[str]
) -> tuple[EventType, str | None] | None:
    """ "Workers joined the protests", "thousands of Swedes joined the protest", "joined the
    protest outside parliament": CAMEO codes a verb of gathering or joining with a protest as
    a state's diplomatic protest (JOIN * PROTEST, 110), but people who join one demonstrate, as
    its JOIN * RALLY and GATHER (FOR PROTEST) code (141). States protest by note: a country
    named as such, or a body of its state, keeps the diplomatic sense, unless the protest is
    in a place (a diplomatic note is in none)."""
    if trig.type is not EventType.ACCUSE or not lemma_in(trig.token, lex.convening):
        return None
    found = next(
        (f for o in objects_of(trig.token) if (f := lookup_noun(lex, o)) is not None), None
    )
    if found is None or found[0] is not EventType.PROTEST:
        return None
    subj = subject_of(lex, trig.token)
    # "Swedes", "thousands of Swedes": a nation's people, not its state.
    people = subj is not None and (subj.tag_ in ("NNS", "NNPS") or subj.like_num)
    state = any(of_state(index, a) and not (people and a in index.states) for a in source)
    placed = any(
        t.ent_type_ in PLACE_TYPES
        for p in children(found[2], ("prep",))
        if p.lower_ in VENUE_PREPS | {"outside", "near"}
        for t in p.subtree
    )
    return (found[0], found[1]) if placed or not state else None


def to_everyone(trig: Trigger) -> bool:
    """ "I thank all for their concerns", "we apologise to everyone": support told to people
    at large (a quantifier, not a personal pronoun: "thanked him") is courtesy, no political
    act; CAMEO's 05 codes support of someone."""
    if trig.type != EventType.SUPPORT or trig.nominal:
        return False
    told = [*objects_of(trig.token), *prep_objects(trig.token, ("to",))]
    return bool(told) and all(o.pos_ in ("PRON", "DET") and o.tag_ != "PRP" for o in told)


def own_deed_backed(lex: Lexicon, trig: Trigger) -> bool:
    """ "defended his decision", "praised its own handling of the crisis": support of what is
    the doer's own (`doers_own`) backs the doer's own deed or record: a view of oneself, no
    support of another (CAMEO's 05 endorses someone)."""
    if trig.type is not EventType.SUPPORT or trig.nominal or trig.complement is not None:
        return False
    if trig.noun is not None:
        return False  # "expressed its support for the plan": the object is the act, its own
    return doers_own(lex, trig.token)


def own_rally(index: ActorIndex, trig: Trigger, source: list[str], target: list[str]) -> bool:
    """ "Trump held a rally in Nevada", "the governor held a rally", "held campaign rallies",
    "attended Trump's rally": a rally against no one that a politician holds, or one for a
    campaign, is its holder's own event; CAMEO's protests (14x) are made against someone."""
    noun = trig.noun
    if trig.type is not EventType.PROTEST or noun is None or lower_lemma(noun) != "rally":
        return False
    if any(p.lower_ == "against" for p in children(noun, ("prep",))):
        return False
    if any(lower_lemma(c) in ("campaign", "election") for c in noun.children):
        return True  # held for a campaign, wherever it is held
    # "attended Trump's rally": a politician's rally, whoever attends it.
    holders = [a for c in children(noun, ("poss",)) for a in index.actors_in(c)] or source
    # Neither its holder nor where it is held ("Trump's Tulsa rally") is whom it is against.
    if set(target) - index.regions - set(holders):
        return False
    # "the president held a rally": an officeholder named by the office is a person too.
    titled = any(is_office_word(s.text) for s in children(trig.token, ("nsubj",)))
    return bool(holders) and (titled or all(a in index.people for a in holders))


def own_activity(index: ActorIndex, trig: Trigger, source: list[str]) -> bool:
    """ "suspended her campaign", "froze its own programme": what the doer stops or withholds
    is its own activity, a sanction on no one (CAMEO's 16x reduce relations with another);
    not an envoy called home ("recalled its ambassador"), which is done to the host. So is
    work of no kind and no owner ("the embassy suspended operations", `GENERIC_HEADS`),
    whose modifier names no act ("suspended the aid programme" stays)."""
    if trig.nominal:
        return False
    for obj in objects_of(trig.token):
        if lower_lemma(obj) in GENERIC_HEADS and not children(obj, ("poss", "compound", "amod")):
            return True
        owners = children(obj, ("poss",))
        if not owners or obj.ent_type_ == "PERSON" or is_office_word(obj.text):
            continue
        # A possessive pronoun that names no one acted on ("would be suspending her
        # campaign", "their" with no antecedent found) is the subject's, as it usually is,
        # whomever it would stand for read alone: no target came of it.
        if all(o.pos_ == "PRON" or set(index.actors_in(o)) <= set(source) for o in owners):
            return True
    return False


_LINE_STARTS = "newsgraph.line_starts"  # where `_paragraph` keeps them, in the doc's user data


def _paragraph(sent: Span) -> Span:
    """The line a sentence is in."""
    # Asked of every sentence (`questioners_line`): the doc's lines are found once, not
    # walked to from each sentence, token by token.
    doc = sent.doc
    starts: list[int] | None = doc.user_data.get(_LINE_STARTS)
    if starts is None:
        starts = [t.i + 1 for t in doc if "\n" in t.text + t.whitespace_]
        doc.user_data[_LINE_STARTS] = starts
    before = bisect_right(starts, sent.start)
    after = bisect_left(starts, sent.end)
    start = starts[before - 1] if before else 0
    return doc[start : starts[after] if after < len(starts) else len(doc)]


def questioners_line(sent: Span) -> bool:
    """ "Q: Mr. Secretary, Iran seized a tanker. Will you respond?", "QUESTION: ...": a line
    a transcript gives to the one who asks, by its label ("Q", "Q.", "Question:"), is a
    question and its premises, no act the report tells (the answers' lines are)."""
    words = list(islice((t for t in _paragraph(sent) if not t.is_space), 2))  # its label, after
    if len(words) < 2:
        return False
    label, after = words[0], words[1]
    if label.text in ("Q", "Q."):
        return after.text == ":" or after.is_title or after.is_upper
    return label.lower_ == "question" and after.text == ":"


def deep_background(lex: Lexicon, token: Token) -> bool:
    """ "sentenced him for driving into a crowd of people who were protesting": a clause
    describing a noun inside a clause that is itself background (a reason, a time, a
    description) tells the background's background, no event of the sentence; not where
    the noun is an act, or a noun the act's phrase holds, that the clause tells more of
    ("charged with the attack, which killed three", "the attack on the mall, which ..."),
    nor a place, whose clause tells what goes on there ("crashed near Mosul, where the army
    is fighting militants"), nor the verb of a subject the clause interrupts ("The Union,
    which criticised the coup, called for ...": "called" hung on "coup")."""
    if token.dep_ not in ("relcl", "acl") or token.head.ent_type_ in PLACE_TYPES:
        return False
    if before_parenthetical(token) is not None:
        return False
    if any(c.lower_ == "where" for c in token.children):
        return False
    for noun in [token.head, *token.head.ancestors]:
        # Named acts too: "mediated the Abraham Accords that normalized relations".
        words = {*noun_keys(noun), *attack_words(noun)}
        named = noun.ent_type_ in ("LAW", "EVENT")
        if named or words & (lex.nouns.keys() | lex.attacks) or lookup_noun(lex, noun):
            return False
        if noun.dep_ in BACKGROUND:
            return True
    return False


def in_interview(token: Token) -> bool:
    """ "spoke to the BBC in an interview", "talked to reporters during an interview": the
    speaking is an interview by the media, no consultation between political actors."""
    return any(
        lower_lemma(o) == "interview"
        for p in children(token, ("prep",))
        for o in children(p, ("pobj",))
    )
