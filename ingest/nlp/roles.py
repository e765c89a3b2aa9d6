"""The source and target of an event, read from the dependency parse.

Actors come from the article's actor mentions (character spans, `ActorIndex`), so this module
needs no knowledge of how actors were resolved: the source is the subject (or the agent of a
passive, the doer a noun names), the target the object or a telling preposition's object.
"""

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from graph.models import QUAD_CLASS, EventType, QuadClass
from ingest.nlp.actors import (
    is_attacker_noun,
    is_envoy_word,
    is_group_noun,
    is_institution_word,
    is_mission,
    is_office_word,
    is_person_noun,
)
from ingest.nlp.gazetteer import Form, load_gazetteer, sectors_of
from ingest.nlp.lexicon import MATERIAL, Lexicon, load_lexicon
from ingest.nlp.senses import (
    MEASURES,
    TARGET_PREPS,
    agent_codes,
    cameo_verb,
    headline_passive,
    human,
    lookup_noun,
    noun_keys,
    objects_of,
    populace,
    sense_of,
    subject_of,
    summary,
    voicers,
    voicing_verb,
)
from ingest.nlp.syntax import (
    CLAUSE_DEPS,
    FINITE,
    NOMINAL,
    NOMINALISING,
    OBJECT_DEPS,
    RELATIVE_TAGS,
    SIDE_MODIFIERS,
    antecedent,
    bare_passive,
    children,
    line_head,
    lower_lemma,
    names_pair,
    owners,
    parenthetical,
    participle_of,
    participle_owners,
    participles_on,
    patient_told,
    prep_objects,
    prepositions,
    pronoun_owned,
    sector,
    stray_subject,
    verb_of,
)
from ingest.nlp.textprep import doc_text
from ingest.nlp.triggers import (
    ASCRIBING,
    MODE_OF_TYPE,
    STATE_FORCES,
    Trigger,
    arms_named,
    classify,
    fired_before,
    rammed_into,
    to_clause,
)

# (start_char, end_char, actor_id) of each actor mention in the article text.
Mention = tuple[int, int, str]

_TARGET_PREPS_WEAK = frozenset({"from", "between", "upon"})
_OBJECT_PREPS_WEAK = _TARGET_PREPS_WEAK | {"of", "by", "for"}
# PLOVER's mode of a seizure of property or territory (CAMEO 171, 192).
_SEIZE = "seize"

# A promise of one of these is a promise to cooperate (AGREE), otherwise a threat.
CONFLICT = frozenset({QuadClass.VERBAL_CONFLICT, QuadClass.MATERIAL_CONFLICT})
# Nouns of what an act is aimed at, which a copula says its subject is ("was the target of
# an attack", "has been the subject of sanctions").
_UNDERGOERS = frozenset({"target", "subject", "object", "victim"})

# Joint acts: several subjects and no object means the subjects acted together.
_JOINT = frozenset({EventType.CONSULT, EventType.COOPERATE, EventType.AGREE, EventType.SUPPORT})


def headline_noun(noun: Token) -> bool:
    """The head of a verbless line that is its news, not the topic a colon's news follows
    ("Clashes in Guinea: curfew imposed")."""
    return line_head(noun) and not any(t.text == ":" for t in noun.doc[noun.i : noun.sent.end])


def _names_act(lex: Lexicon, noun: Token) -> bool:
    """Whether a noun names an act ("the attack") or the arms of one ("a car bomb")."""
    return lookup_noun(lex, noun) is not None or lower_lemma(noun) in lex.arms


# Harm done among sides where it happened, whose adjectives tell where, not who.
_MUTUAL_HARM = ("violence", "clash", "fighting")


def topics(verb: Token) -> list[Token]:
    """What a meeting verb says is talked of: the object of "discuss" or "debate" and
    what is talked "about", "over" or "on" ("met to discuss border security", "talked about
    Iran's programme")."""
    found = children(verb, ("dobj",)) if lower_lemma(verb) in load_lexicon().topic_verbs else []
    return found + prep_objects(verb, ("about", "over", "on"))


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
# Acts of force, which harm where they strike.
FORCE = frozenset({EventType.ASSAULT, EventType.COERCE})
_PLACE_PREPS = frozenset({"in", "into", "inside", "across", "throughout"})
# Prepositions of a spot an act is done at, by or through ("at a market", "outside a school"), no
# region: the spot's own "in" is where the act was done ("at a market in Kabul").
_SPOT_PREPS = frozenset({"at", "on", "near", "outside", "through"})

# A pronoun stands for a noun phrase at most this many sentences back.
_ANTECEDENT_SENTENCES = 3
_PERSONAL = frozenset({"he", "she", "him", "her"})
_PLURAL = frozenset({"they", "them"})
_NEUTER = frozenset({"it"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
# Nouns a definite description of a country is headed by ("the kingdom"); not "state", as
# often a federal one's ("the state's governor").
_COUNTRY_NOUNS = frozenset({"country", "nation", "kingdom", "republic"})
_POSSESSIVES = {"its": "it", "their": "they", "his": "he", "her": "her"}  # the personal form
# The noun phrases a pronoun may stand for, by salience (centering theory): subjects, then
# objects, each the nearer the main clause the likelier.
_SALIENCE = {"nsubj": 0, "nsubjpass": 0, "dobj": 1, "dative": 1, "pobj": 1}
VENUE_PREPS = _PLACE_PREPS | {"at"}  # "met in Cairo": where, not who
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


class ActorIndex:
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
        located: dict[str, str],
        sectors: dict[str, str],
    ) -> None:
        self.lex = lex
        self.doc = doc
        self.by_token: dict[int, str] = {}
        self.regions = regions
        self.people = people
        self.states = states
        self.countries = countries  # actor id -> its country, where it has one
        self.located = located  # a town's or region's actor id -> its country
        self.sectors = sectors  # an organisation's or group's actor id -> its sector, if any
        self.bounds = (0, len(doc))  # token range of the segment being read
        self._sentences = list(doc.sents)
        self._sentence_at = {s.start: i for i, s in enumerate(self._sentences)}
        self._by_sentence: dict[int, list[_Phrase]] = {}  # each sentence's, read when asked
        # Descriptions being resolved: "the country's commissioner said" asks the speaker's
        # actors, which ask "the country" again.
        self._describing: set[int] = set()
        self._resolved: dict[int, _Phrase | None] = {}
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
            token = antecedent(token)
        found: list[str] = []
        for conj in [token, *_conjuncts(token)]:
            if conj.i < token.i or not self.bounds[0] <= conj.i < self.bounds[1]:
                continue
            if conj.pos_ == "PRON" and self.get(conj.i) is None:
                found += [a for a in self.antecedent_of(conj) if a not in found]
                continue
            if _whichever(conj) and not any(
                self.get(t.i) not in (None, self.get(conj.i))
                for m in conj.lefts
                if m.dep_ in SIDE_MODIFIERS
                for t in m.subtree
            ):
                continue
            if _related(self, conj):
                own = [t for c in self._own_words(conj) for t in c.subtree]
                found += dict.fromkeys(a for t in own if (a := self.get(t.i)) and a not in found)
                continue
            # "the kingdom" is the one told of before, not a generic agent of the article's.
            voiced = (
                self._posted(conj)
                or self._voiced(conj)
                or self._apposed_people(conj)
                or self._described(conj)
            )
            if voiced:
                found += [a for a in voiced if a not in found]
                continue
            # "the two men", "officials from both countries": the two told before, not a
            # word's own guess at them ("Kenyan and Ugandan officials. The two men ..."); "the
            # militants" the one armed group named before, not militants in general.
            pair = self._told_before(conj)
            anchor = conj if self.get(conj.i) is not None else self._inside(conj, located)
            if pair or anchor is None:
                found += [a for a in pair or self._restated(conj) if a not in found]
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
            for c in children(noun, ("amod", "appos"))
            if c.dep_ == "appos" or any(self.get(t.i) in self.states for t in c.subtree)
        ]

    def _posted(self, noun: Token) -> list[str]:
        """The envoy an envoy's noun names after where the envoy is sent, where the parse
        hangs the name on its "to" ("the UN envoy to Yemen Martin Griffiths"): the person,
        not the place nor the body that sends them ("Kim's envoy to Trump" names no envoy)."""
        if not is_envoy_word(lower_lemma(noun)):
            return []
        posts = [o for o in prep_objects(noun, ("to",)) if self.get(o.left_edge.i) != self.get(o.i)]
        return [a for o in posts if (a := self.get(o.i)) in self.people]

    def _voiced(self, noun: Token) -> list[str]:
        """Whom the holder of an office that names no actor of its own acts for: "the
        spokesman for the Chinese foreign ministry", "the ministry's spokeswoman" act as the
        ministry."""
        if self.get(noun.i) is not None or not is_office_word(lower_lemma(noun)):
            return []
        if any(self.get(c.i) is not None for c in children(noun, ("appos", "compound"))):
            return []  # "Mahan's director, Hamid Khanooki": the holder is named
        owners = [
            o for p in children(noun, ("prep",)) if p.lower_ in ("for", "of") for o in p.children
        ]
        owners += children(noun, ("poss",))
        return [a for o in owners if o.dep_ in ("pobj", "poss") for a in self.actors_in(o)]

    def _apposed_people(self, noun: Token) -> list[str]:
        """The people a common noun that is no person's name has in apposition: "an Algerian,
        Karim Benali", "the woman who stole the car, Jane Doyle" are the person named, not
        the state of the nationality nor civilians; so is an office written as a title, "the
        Senate Majority Leader, Mitch McConnell", not the Senate; and each of several so named
        ("two opposition leaders, X and Y")."""
        name = noun.pos_ == "PROPN" and noun.ent_type_ != "NORP" and not is_office_word(noun.text)
        if self.get(noun.i) in self.people or name:
            return []  # a body's name ("Hamas, led by ...") or a person's is already its own
        named = [t for c in children(noun, ("appos",)) for t in (c, *c.conjuncts)]
        return [a for t in named if (a := self.get(t.i)) and a in self.people]

    def _coordinated(self, anchor: Token) -> list[Token]:
        """The words coordinated with the one naming an actor, each a side of its own:
        "Hungarian and Romanian officials", "Sierra Leonean and Liberian refugees"."""
        actor = self.get(anchor.i)
        while anchor.dep_ == "compound" and self.get(anchor.head.i) == actor:
            anchor = anchor.head  # the head word of a name ("Leonean" of "Sierra Leonean")
        # "the senator's wife, children and staff": whose kin a conjunct names is no side
        # beside the others (`_related`), only a state it is of ("Ugandan advisers").
        found = [
            t
            for c in _conjuncts(anchor)
            for t in (c, *(m for m in c.lefts if m.dep_ in SIDE_MODIFIERS))
            if t is c or not _related(self, c) or self.get(t.i) in self.states
        ]
        for mod in anchor.lefts:
            if mod.dep_ in SIDE_MODIFIERS and mod.conjuncts:
                found += [mod, *mod.conjuncts]
        # "the foreign ministers of Egypt and Jordan": the head names the first country's.
        origins = [p for p in children(anchor, ("prep",)) if p.lower_ in ("of", "from")]
        found += [c for p in origins for o in children(p, ("pobj",)) for c in o.conjuncts]
        return sorted(found, key=lambda t: t.i)

    def _inside(self, token: Token, located: bool) -> Token | None:
        """The first word inside a noun phrase that names an actor."""
        preps = ("of", "from", "in") if located else ("of", "from")
        # "a tanker belonging to Iran": the owner a participle names is the thing's side.
        owned = participle_owners(token)
        stack = [(token, False), *((o, False) for o in owned)]
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
            # phrase too, where the first names no one. A gerund's clause is an act of its
            # own ("the goal of ousting Assad"): whom it acts on is no party of the phrase.
            stack.extend(
                (c, placed)
                for c in (tok.children if kept is None else kept)
                if (c.dep_ not in CLAUSE_DEPS | {"pcomp"} and not _describing_subject(c))
                or (c.dep_ == "conj" and tok.dep_ in SIDE_MODIFIERS)
            )
        # The phrase's own words, then its possessor, then its prepositions: "Russia's envoy
        # Lavrov" is Lavrov, "China's treatment of Uyghurs" China.
        rank = {t.i: 1 for p in [*children(token, ("poss",)), *owned] for t in p.subtree}
        if _names_a_thing(token):
            # "Japan's Nikkei 225", "China's Huawei": a name stands for itself, not for its
            # possessor (the name names no actor, or this would not be read).
            ordered = [(t, p) for t, p in ordered if t.i not in rank]
        rank |= {t.i: 2 for p in children(token, ("prep",)) for t in p.subtree}
        for tok, placed in sorted(ordered, key=lambda t: (rank.get(t[0].i, 0), t[0].i)):
            actor = self.get(tok.i)
            # A region is where a group is, not whose side it is on ("powers in Eurasia"), as
            # the town an accord is named for is where it was made ("the Paris agreement").
            if actor is None or (placed and actor in self.regions) or _accord_place(self, tok):
                continue
            return tok
        return None

    def get(self, i: int) -> str | None:
        """The actor a token of the segment being read names, if any."""
        return self.by_token.get(i) if self.bounds[0] <= i < self.bounds[1] else None

    def antecedent_of(self, pronoun: Token, form: str | None = None) -> list[str]:
        """What a pronoun stands for: "I" or "we" in a quotation its speaker; "he", "she",
        "it", "they" the most salient earlier noun phrase that agrees with it (a person or
        an office for "he", one non-person for "it", several or a plural for "they"), in
        its sentence before it, else in the last few sentences. A
        pronoun object never stands for its own clause's subject ("police fired at them"),
        nor a passive's subject for its doers ("they were arrested by police"; with none
        named, an arrest's are the police or troops: "they were jailed"); whom an arrest
        holds, active or passive, is no police or troops told before, and no teller of the
        news before if another fits ("Officials said ... Police arrested them").
        The phrase may name no actor: then the pronoun names none either. A possessive is
        read so only as `possessor` asks, by its personal `form` ("its" as "it"): elsewhere
        it is its clause's subject's, as it usually is (`vetoes.own_activity`)."""
        if pronoun.lower_ in _FIRST_PERSON:
            return self._speaker_of(pronoun)
        phrase = self._antecedent(pronoun, form or pronoun.lower_)
        if phrase is None:
            return []
        if _attacker(self.lex, phrase.token):
            # "A man stabbed two people. Police shot him": one who did violence is its doer,
            # no civilian (as the people he hurt are).
            return [a for a in phrase.actors if sector(a) != "civilians"]
        return phrase.actors

    def _antecedent(self, pronoun: Token, form: str) -> _Phrase | None:
        """The noun phrase a third-person pronoun, read as `form`, stands for (see
        `antecedent_of`), if any."""
        if not any(form in kind for kind in (_PERSONAL, _PLURAL, _NEUTER)):
            return None
        if pronoun.i in self._resolved:
            return self._resolved[pronoun.i]
        self._resolved[pronoun.i] = None
        here = self._phrases(pronoun.sent.start, pronoun.i)
        excluded = self._co_arguments(pronoun, here)
        bound = self._subject_actors(pronoun)
        held = _held_by_forces(self.lex, pronoun)
        doers = self._passive_doers(pronoun)
        # "Officials said a guard saw the men ... Police arrested them": whom an arrest or a
        # trial holds is rather one the news told of than its teller.
        jailed = held or _held_phrase(self.lex, pronoun)
        sentences = [here, *self._earlier(pronoun)]
        if jailed:
            sentences = [sorted(s, key=self._teller) for s in sentences]
        for phrase in (p for sent in sentences for p in sent):
            # Police told as held themselves ("arrested two officers") may be "they" held.
            holders = jailed and not _held_phrase(self.lex, phrase.token)
            if phrase.actors and all(
                a in doers or (holders and sector(a) in _ARRESTERS) for a in phrase.actors
            ):
                continue
            # "They" and "them" are parties: acts or arms that name no one ("joined the
            # talks. They concluded ...", "dropping bombs on people and killing them") are not.
            if form in _PLURAL and not phrase.actors and _names_act(self.lex, phrase.token):
                continue
            # Binding: "Putin fired Shoigu. Putin accused him": an object is never its own
            # clause's subject, told in this sentence or an earlier one.
            if phrase.actors and set(phrase.actors) <= bound:
                continue
            agrees = form in phrase.pronouns or _unnamed_person(phrase, pronoun, form)
            if phrase.token.i not in excluded and agrees:
                self._resolved[pronoun.i] = phrase
                break
        return self._resolved[pronoun.i]

    def _teller(self, phrase: _Phrase) -> bool:
        """Whether a phrase is the teller of news (`_reporter`), or a pronoun standing for one
        ("Officials said they ...")."""
        told = self._resolved.get(phrase.token.i) if phrase.token.pos_ == "PRON" else phrase
        return told is not None and _reporter(self.lex, told.token)

    def possessor(self, noun: Token) -> list[str]:
        """What the possessive pronoun of a noun naming no actor stands for, where the noun is
        what one is told or granted (`said_thing`: a sentence, a permit, a plan), which an act
        on it takes from another party ("The court upheld his sentence": the one sentenced;
        not one's own undertaking, gathering, home or arrest: "suspended her campaign",
        "recalled their first meeting", "announced his arrest"), and where it cannot be its
        clause's subject's (not "Police seized their permits", which may be theirs, nor
        "rejected his son's plan", no act on him)."""
        owned = [c for c in children(noun, ("poss",)) if c.lower_ in _POSSESSIVES]
        verb = verb_of(noun)
        subj = subject_of(self.lex, verb) if verb is not None else None
        if len(owned) != 1 or subj is None or _tie(self, noun) or not said_thing(self.lex, noun):
            return []
        form, lemma = _POSSESSIVES[owned[0].lower_], lower_lemma(subj)
        # One who may be a person may be "he" ("an individual"), and a body or a force "they"
        # ("the army said they ..."): unless it names a side that is no person ("Kenya").
        people = all(a in self.people for a in self.actors_in(subj))
        person = form in _PERSONAL and subj.tag_ in ("NN", "NNP") and people
        body = form in _PLURAL and (is_institution_word(lemma) or lemma in self.lex.forces)
        if person or body or form in self._phrase(subj).pronouns:
            return []
        return self.antecedent_of(owned[0], form)

    def unquoted_self(self, pronoun: Token) -> bool:
        """ "I" or "we" outside any quotation: the writer's own words, or an interviewee's in a
        transcript's answer, of no one the text names an actor (`_speaker_of` finds none)."""
        return pronoun.lower_ in _FIRST_PERSON and not any(
            q[0] <= pronoun.i < q[1] for q in self._quotes
        )

    def _told_before(self, noun: Token) -> list[str]:
        """The actors a reference to ones told before stands for: the two "the two leaders",
        "both countries", "both sides", "the pair" stand for, or a phrase of theirs
        ("officials from the two countries"), those of the nearest sentence before that names
        two of that kind (people for an office or "the two men"; for a country or a
        government, two states, each named or told by a body or a person of it: "May met
        Merkel. Both governments ..."; for a bare "the two", two people, else any two); and
        the one body a definite description of its kind stands for (`_body_kinds`: "The EU
        ... The bloc", "Al-Shabaab ... the militants"), that of the nearest sentence naming
        one of that kind, if named. None where that sentence names more, where the one is
        another argument of its verb or the subject of a clause it is in ("Hamas said the
        militants ..."), or where a nearer phrase of the same noun names no one ("a group of
        students ... the group")."""
        ref = next((t for t in [noun, *_pair_owners(noun)] if names_pair(t)), None)
        kinds: tuple[str | frozenset[str], ...] = ()
        if ref is not None:
            kinds, count = _pair_kinds(ref), 2
        elif body := self._body_kinds(noun):
            ref, kinds, count = noun, (body,), 1
        if ref is None or not kinds:
            return []  # "two reports"
        here = self._phrases(noun.sent.start, noun.left_edge.i)
        excluded = set()
        if count == 1:
            excluded = self._co_arguments(noun, here) | _commanding_subjects(noun, here)
        for phrases in [here, *self._earlier(ref)]:
            if count == 1 and any(
                lower_lemma(p.token) == lower_lemma(noun) and not p.actors for p in phrases
            ):
                return []
            for kind in kinds:
                named: dict[str, str] = {}
                for p in phrases:
                    if p.token.dep_ == "pobj" and p.token.head.lower_ in VENUE_PREPS:
                        continue
                    for a in p.actors:
                        side = self._pair_side(a, kind)
                        if side is not None:
                            # One it cannot stand for is still the nearest of its kind.
                            named.setdefault(side, "" if p.token.i in excluded else a)
                if len(named) >= count:
                    found = list(named.values())
                    one_named = count == 1 and len(found) == 1 and found[0] in self.sectors
                    return found if one_named or len(found) == count == 2 else []
        return []

    def _body_kinds(self, noun: Token) -> frozenset[str]:
        """The sectors of the named bodies a bare definite noun may describe by their kind:
        an armed side's for a noun of one in the agents dictionary ("the militants", "the
        rebels"), that of a grouping of states for "the bloc", "the alliance", any but a
        state's for "the group", "the organisation"; none for a noun with modifiers of its
        own ("the rebels in Darfur"), nor for one of a state's body ("the ministry"), which
        `actors` ties to its state."""
        words = [c.lower_ for c in noun.children]
        if noun.pos_ != "NOUN" or words != ["the"]:
            return frozenset()
        lemma = lower_lemma(noun)
        if lemma in _GROUPING_NOUNS:
            return frozenset({"intergovernmental"})
        gaz = load_gazetteer()
        if lemma in _BODY_NOUNS:
            # Any body but a state's, and a named one of no known sector (""): a company.
            return frozenset({s.name for s in gaz.sectors.values()} - _STATE_SECTORS | {""})
        found = {gaz.sectors[c].name for c in gaz.head_agent_codes([noun.lower_])}
        return _ARMED if found & _ARMED else frozenset()

    def _pair_side(self, actor: str, kind: str | frozenset[str]) -> str | None:
        """Which of the sides told before an actor is, as `_told_before` counts them: a
        state's for states (a body or a person of one stands for it), a named body's for
        sectors, the actor's own otherwise; None for none of the kind."""
        if isinstance(kind, frozenset):
            # A generic one of the kind ("gunmen") is a side too: "the militants" after it
            # are no named group told before it.
            return actor if self._body_kind(actor) in kind else None
        if kind == "people":
            return actor if actor in self.people else None
        if kind == "states":
            state = of_state(self, actor) or actor in self.people
            return self.countries.get(actor) if state else None
        return actor

    def _body_kind(self, actor: str) -> str | None:
        """The sector of a body an actor is, named or generic ("gunmen": armed group); ""
        for a named one of no known sector; None for no body (a state, a person)."""
        slug = sector(actor)
        if slug is not None:
            return slug.replace("-", " ")
        named = actor.startswith(_NAMED_BODIES)
        return self.sectors.get(actor, "") if named else None

    def _restated(self, noun: Token) -> list[str]:
        """What a bare definite noun of a body or a force names where it repeats the head of
        an earlier phrase ("The Saudi-led coalition struck Sanaa. The coalition ...", "the
        African Union force ... the force"): a definite description refers back to it. One
        of an attack or of arms ("Russian drones hit the city ... the drones killed four",
        "the air strikes") names the doers the earlier one's own words name ("the
        coalition's", "by the coalition", "Israeli"). A body's is also one whose name ends in
        the noun ("The Labour Party ... the party", "the African Union ... the union"); none
        where the nearest sentence with one has several that name others."""
        body = is_institution_word(noun.lemma_) or noun.lemma_ in self.lex.forces
        armed = _attack(self.lex, noun) or lower_lemma(noun) in self.lex.arms
        words = [c.lower_ for c in noun.children if not (armed and c.dep_ == "compound")]
        if not (body or armed) or noun.pos_ != "NOUN" or words != ["the"]:
            return []
        here = self._phrases(noun.sent.start, noun.i)
        for phrases in [here, *self._earlier(noun)]:
            named = body and not armed  # "the party" of a party's name, not "the strikes"
            told = [
                p for p in phrases if _same_noun(p.token, noun) or (named and _named_as(p, noun))
            ]
            if not told:
                continue
            phrase = told[0]
            if not armed:
                # "The Labour Party criticised the Green Party. The party ...": which, untold.
                return phrase.actors if len({tuple(p.actors) for p in told}) == 1 else []
            sent, saved = phrase.token.sent, self.bounds
            self.bounds = (sent.start, sent.end)
            try:
                return noun_agents(self, phrase.token) or doer_adjectives(self, phrase.token)
            finally:
                self.bounds = saved
        return []

    def _described(self, noun: Token) -> list[str]:
        """The country a definite description of one stands for ("Washington invaded the
        country", "sanctions on the island nation", "the Gulf kingdom"): the one country the
        nearest sentence that names any names before it (by its actors' countries), never
        a state that is another argument of its own verb (as for a pronoun: "Iran fired at
        Israel. Its prime minister thanked the nation": neither); none where that sentence
        names several ("With the US urging firms to leave Iran, German firms left the
        nation"). A modifier before it
        other than a noun, a name or a people's adjective ("the Gulf kingdom", "the African
        nation") tells of another or of none ("the other country", "the whole nation", "the
        neighbouring country", a participle the parser may tag a noun); one that names an
        actor ("the kingdom of Jordan") names it itself. A person's "his country", "her
        nation" is the country of the one person the pronoun stands for, where it is known
        ("Lavrov denied that his country bombed Ukraine": Russia)."""
        owner = self._owners_country(noun)
        if owner is not None:
            return owner
        modifiers = [c for c in noun.lefts if c.dep_ != "det"]
        if (
            noun.pos_ != "NOUN"
            or lower_lemma(noun) not in _COUNTRY_NOUNS
            or [c.lower_ for c in noun.children if c.dep_ == "det"] != ["the"]
            or not all(_describes_a_country(c) for c in modifiers)
            or any(self.get(t.i) is not None for t in noun.subtree if t is not noun)
            or noun.i in self._describing
            # "denied her entry into the country": where, not who.
            or (noun.dep_ == "pobj" and noun.head.lower_ in _PLACE_PREPS)
        ):
            return []
        here = self._phrases(noun.sent.start, noun.i)
        self._describing.add(noun.i)
        try:
            excluded = self._co_arguments(noun, here)
        finally:
            self._describing.discard(noun.i)
        # "Turkish troops are in Syria, years after Ankara invaded the country": a state acts
        # on another, not Turkey; a leader's "the nation" may be their own.
        theirs = {
            self.countries.get(a)
            for p in here
            if p.token.i in excluded
            for a in p.actors
            if a in self.states
        }
        for phrases in [here, *self._earlier(noun)]:
            named = {
                self.countries.get(a)
                for p in phrases
                if p.token.i not in excluded and _country_named(p.token)
                for a in p.actors
            }
            named -= theirs | {None}
            if named:
                states = [s for s in self.states if self.countries.get(s) in named]
                return states if len(named) == 1 else []
        return []

    def _owners_country(self, noun: Token) -> list[str] | None:
        """The state "his country", "her nation" stands for (see `_described`): none where
        the pronoun stands for no one, for several, or for one of no known country; None
        where the noun is no such description."""
        owners = [c for c in noun.lefts if c.dep_ != "punct"]
        if (
            noun.tag_ != "NN"
            or lower_lemma(noun) not in _COUNTRY_NOUNS
            or len(owners) != 1
            or owners[0].lower_ not in ("his", "her")
            or owners[0].dep_ != "poss"
            or noun.i in self._describing
            # "arrested in his country": where, not who.
            or (noun.dep_ == "pobj" and noun.head.lower_ in _PLACE_PREPS)
        ):
            return None
        form = _POSSESSIVES[owners[0].lower_]
        self._describing.add(noun.i)
        try:
            phrase = self._antecedent(owners[0], form)
            # Unless every person it might stand for, from its antecedent's sentence on, is
            # of one country ("Merkel met Macron. He said his country ...": neither). A
            # pronoun's antecedent is read back to the phrase it stands for (antecedents are
            # always earlier: this ends).
            while phrase is not None and phrase.token.pos_ == "PRON" and phrase.actors:
                phrase = self._resolved.get(phrase.token.i)
            window = [] if phrase is None else self._phrases(phrase.token.sent.start, noun.i)
        finally:
            self._describing.discard(noun.i)
        people = {a for p in window if form in p.pronouns for a in p.actors if a in self.people}
        countries = {self.countries.get(a) for a in people}
        if len(countries) != 1 or None in countries:
            return []
        return [s for s in self.states if self.countries.get(s) in countries]

    def fits(self, pronoun: Token, phrase: Token) -> bool:
        """Whether a pronoun may stand for the speaker of the clause it is the subject of
        ("Syria says it ..."). A body's members speak for it as "they" too ("the army said
        they had killed ...", "Greater Manchester Police said they detained ..."), where no
        one told before agrees with "they" ("Gunmen fled. The army said they ...": the gunmen)."""
        if pronoun.lower_ in _FIRST_PERSON or pronoun.lower_ in self._phrase(phrase).pronouns:
            return True
        body = pronoun.lower_ in _PLURAL and is_institution_word(lower_lemma(phrase))
        return body and self._antecedent(pronoun, pronoun.lower_) is None

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
            heads = [
                t
                for t in self.doc[start:end]
                if t.dep_ in _SALIENCE or _noun_root(t) or _owned_compound(t)
            ]
            heads.sort(key=lambda t: (_salience(t), len(list(t.ancestors)), t.i))
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
        if not actors:
            # "that candidate is my friend, Joe Biden": the one a copula equates it with.
            actors = [a for c in _equated(head) for a in self.actors_in(c) if a in self.people]
        nouns = [c for c in head.conjuncts if c.pos_ in NOMINAL or c.pos_ == "PRON"]
        # "Taliban say they ...": a present verb's agreement tells that a name is plural.
        agrees = head.pos_ == "PROPN" and head.dep_ == "nsubj" and head.head.tag_ == "VBP"
        # "saw the twelve ... arrested them": a number above one standing for people (no
        # date, no sum) is plural, a noun phrase "they" may stand for.
        counted = head.like_num and head.ent_type_ in ("", "CARDINAL")
        counted = counted and head.lower_ not in ("one", "1")
        if head.tag_ in ("NNS", "NNPS") or nouns or len(actors) > 1 or agrees or counted:
            # "The Syrian Democratic Forces said it ...": one body a plural name names.
            body = head.tag_ == "NNPS" and len(actors) == 1 and is_institution_word(head.lower_)
            return _Phrase(head, actors, _PLURAL | _NEUTER if body else _PLURAL)
        if head.pos_ == "PROPN" and len(actors) == 1 and actors[0].startswith("group:"):
            # An armed or political group's name is a collective: "The Taliban attacked a
            # post. They killed four", as "Hamas fired rockets. It said ...".
            return _Phrase(head, actors, _PLURAL | _NEUTER)
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
        agents = children(pronoun.head, ("agent",))
        return {a for by in agents for o in children(by, ("pobj",)) for a in self.actors_in(o)}

    def _co_arguments(self, pronoun: Token, phrases: list[_Phrase]) -> set[int]:
        """The phrases a pronoun object cannot stand for (binding theory): the other
        arguments of its own verb, and that verb's subject ("fired bullets at them")."""
        if pronoun.dep_ in ("nsubj", "nsubjpass"):
            return set()
        verb = verb_of(pronoun)
        if verb is None:
            return set()
        excluded = {p.token.i for p in phrases if verb_of(p.token) == verb}
        subj = subject_of(self.lex, verb)
        if subj is not None:
            subject = self._subject_actors(pronoun)
            excluded |= {subj.i, *(p.token.i for p in phrases if set(p.actors) & subject)}
        return excluded

    def _subject_actors(self, pronoun: Token) -> set[str]:
        """The actors of the subject of the verb a pronoun is an object of, which it cannot
        stand for (a quotation's "I" its speaker: "'I endorse him,' Roe said")."""
        verb = None if pronoun.dep_ in ("nsubj", "nsubjpass") else verb_of(pronoun)
        subj = subject_of(self.lex, verb) if verb is not None else None
        return set(self.actors_in(subj)) if subj is not None else set()

    def _speech_verb(self, quote: tuple[int, int]) -> Token | None:
        """The verb of speech outside quotation marks nearest a quotation in the sentences it
        spans; with none, that of the quotation it goes on from, one closed in the sentence
        before ("'We pray for them,' said the spokesman. 'We thank Kenya ...'")."""
        first, last = self.doc[quote[0]].sent, self.doc[max(quote[0], quote[1] - 1)].sent
        verbs = [
            t
            for t in self.doc[first.start : last.end]
            if t.pos_ == "VERB"
            and lower_lemma(t) in self.lex.speech
            and not any(q[0] <= t.i < q[1] for q in self._quotes)
        ]
        if verbs:
            return min(verbs, key=lambda t: min(abs(t.i - quote[0]), abs(t.i - quote[1])))
        if first.start == 0:
            return None
        before = self.doc[first.start - 1].sent
        told = [q for q in self._quotes if before.start <= q[1] <= before.end]
        return self._speech_verb(told[-1]) if told else None

    def _speaker_of(self, pronoun: Token) -> list[str]:
        """Who says a quotation a pronoun stands in: the subject of the verb outside the
        quotation marks linked to it ("Parrilla responded: 'I reject ...'"), else of its
        `_speech_verb`."""
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
        verb = verb or self._speech_verb(quote)
        if verb is None:
            return []
        subj = subject_of(self.lex, verb)
        if subj is None or subj.lower_ in _FIRST_PERSON:
            return []
        saved, self.bounds = self.bounds, (subj.sent.start, subj.sent.end)
        try:
            return self.actors_in(subj, located=True)
        finally:
            self.bounds = saved


# Those who arrest by office: the implied doers of an arrest told with no agent.
_ARRESTERS = sectors_of("arresters")


# Participles of carrying ("a convoy carrying UN staff").
_CARRYING = frozenset({"carry", "transport", "ferry"})


def _carried(noun: Token) -> list[Token]:
    """The people a participle on a noun says it carries ("a bus carrying soldiers", "a
    convoy ferrying UN staff"); not goods, whose origin is no side ("a ship carrying Iraqi
    oil"), nor an act carried out ("the unit carrying out raids")."""
    return [
        o
        for verb in children(noun, ("acl",))
        if verb.tag_ == "VBG" and lower_lemma(verb) in _CARRYING and not children(verb, ("prt",))
        for o in children(verb, ("dobj",))
        if human(o) or is_group_noun(lower_lemma(o))
    ]


# The armed sides outside a state, which "the militants", "the rebels" may each describe.
_ARMED = sectors_of("armed")
# Nouns of a kind of body the agents dictionary gives no sector: of a grouping of states, and
# of a body of any kind but a state's own.
_GROUPING_NOUNS = frozenset({"bloc", "alliance"})
_BODY_NOUNS = frozenset({"group", "organisation", "organization"})
_NAMED_BODIES = ("org:", "group:")  # the ids of named organisations and groups


# What a reference to two stands for, by its noun: two states ("both governments"), two
# people ("the two men"; an office's holders: "the two leaders"), or any two sides.
_PAIR_STATE_NOUNS = frozenset(
    {"country", "nation", "state", "government", "neighbour", "neighbor", "ally"}
)
_PAIR_PERSON_NOUNS = frozenset({"man", "woman"})
_PAIR_SIDE_NOUNS = frozenset({"side", "party"})


def _pair_kinds(ref: Token) -> tuple[str, ...]:
    """What a reference to two told before (`names_pair`) stands for, in the order tried:
    "states", "people" or "any" two sides; none for things ("the two reports")."""
    lemma = lower_lemma(ref)
    if ref.tag_ != "NNS":
        return ("people", "any")  # "the pair", "the two", "both"
    if lemma in _PAIR_STATE_NOUNS:
        return ("states",)
    if lemma in _PAIR_PERSON_NOUNS or is_office_word(lemma):
        return ("people",)
    return ("any",) if lemma in _PAIR_SIDE_NOUNS else ()


def _same_noun(head: Token, noun: Token) -> bool:
    """Whether a phrase's head is the noun a definite description repeats, in its number."""
    return head.lemma_ == noun.lemma_ and head.tag_ == noun.tag_


def _named_as(phrase: _Phrase, noun: Token) -> bool:
    """Whether a phrase is one body's name whose head is the noun a description repeats, in
    its number ("the Polisario Front ... the front")."""
    name_tag = {"NN": "NNP", "NNS": "NNPS"}.get(noun.tag_)
    head = phrase.token
    return head.tag_ == name_tag and head.lower_ == noun.lower_ and len(phrase.actors) == 1


def _commanding_subjects(noun: Token, phrases: list[_Phrase]) -> set[int]:
    """The subjects of the verbs a noun is in a clause of ("Hamas said the militants ...",
    "Amnesty urged the group to ..."), which a description there does not refer back to
    (binding theory: a speaker tells of itself as "it"); not of a verb coordinated before
    ("Troops fought the Taliban, and the insurgents fled")."""
    heads: set[int] = set()
    child = noun
    for verb in noun.ancestors:
        if child.dep_ != "conj" and verb.pos_ in ("VERB", "AUX"):
            heads.add(verb.i)
        child = verb
    return {
        p.token.i
        for p in phrases
        if p.token.dep_ in ("nsubj", "nsubjpass") and p.token.head.i in heads
    }


def _pair_owners(noun: Token) -> list[Token]:
    """The words a noun's people are of ("officials from the two countries", "the two
    nations' leaders"): a reference to two there names the noun's sides."""
    return children(noun, ("poss",)) + prep_objects(noun, ("of", "from"))


# Passive verbs whose subject is one held or tried: arrested, jailed; charged, indicted;
# sentenced, convicted.
_HOLDING = frozenset(
    {(EventType.COERCE, "arrest"), (EventType.ACCUSE, "legal"), (EventType.SANCTION, "convict")}
)


def _held_by_forces(lex: Lexicon, pronoun: Token) -> bool:
    """Whether a pronoun names whom a passive verb of arrest or trial (arrest, jail, charge,
    sentence...) holds with no doer named ("they were jailed", "dozens of them were
    detained", "they were charged with rioting"): its implied doers are the police, troops or
    courts, not those held (`_ARRESTERS`), so it stands for others."""
    patient = (
        pronoun.head.head if pronoun.dep_ == "pobj" and pronoun.head.lower_ == "of" else pronoun
    )
    verb = patient.head
    return (
        patient.dep_ == "nsubjpass"
        and lex.verbs.get(lower_lemma(verb)) in _HOLDING
        and not children(verb, ("agent",))
    )


def _held_phrase(lex: Lexicon, noun: Token) -> bool:
    """Whether a noun names whom a verb of arrest or trial holds ("arrested two officers",
    "two officers were charged")."""
    return noun.dep_ in ("dobj", "nsubjpass") and lex.verbs.get(lower_lemma(noun.head)) in _HOLDING


def _reporter(lex: Lexicon, noun: Token) -> bool:
    """Whether a noun is the subject of a verb of saying that reports a clause ("Officials
    said a guard saw the men"): the teller of news, no party to it."""
    verb = noun.head
    return (
        noun.dep_ == "nsubj"
        and lower_lemma(verb) in lex.speech
        and bool(children(verb, ("ccomp",)))
    )


def _attacker(lex: Lexicon, noun: Token) -> bool:
    """Whether a noun is the subject of an act of violence ("a man stabbed two people")."""
    told = lex.verbs.get(lower_lemma(noun.head))
    return noun.dep_ == "nsubj" and told is not None and told[0] is EventType.ASSAULT


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


def _country_named(head: Token) -> bool:
    """Whether a noun phrase names its country in its words up to its head ("US troops",
    "Iran"), not by the country its actor is given from the article ("officials")."""
    return any(t.ent_type_ in ("GPE", "NORP") for t in head.doc[head.left_edge.i : head.i + 1])


def _describes_a_country(modifier: Token) -> bool:
    """Whether a modifier of a definite description of a country keeps it one told of
    before: a noun or a name ("island", "Gulf") or a people's adjective ("Asian")."""
    nominal = modifier.pos_ in NOMINAL and not modifier.lower_.endswith("ing")
    return modifier.dep_ in ("compound", "amod") and (nominal or modifier.ent_type_ == "NORP")


def _unnamed_person(phrase: _Phrase, pronoun: Token, form: str) -> bool:
    """Whether "he" or "she" stands for a person its own sentence tells by a noun naming no
    actor ("sent his girlfriend videos and advised her"), so for no one rather than for an
    actor told further back; in an earlier sentence the one named there is likelier."""
    head = phrase.token
    same = head.sent.start == pronoun.sent.start
    return same and form in _PERSONAL and not phrase.actors and head.tag_ == "NN" and human(head)


def _salience(head: Token) -> int:
    """A noun phrase's rank as an antecedent (`_SALIENCE`): a root noun a subject's, an owned
    compound an object's."""
    return _SALIENCE.get(head.dep_, 1 if head.dep_ == "compound" else 0)


def _owned_compound(token: Token) -> bool:
    """A noun the parse hangs as a compound though it has its own possessive, a misparsed
    first object ("sent his girlfriend videos"): as salient as an object."""
    return token.dep_ == "compound" and any(c.dep_ == "poss" for c in token.children)


def _equated(subject: Token) -> list[Token]:
    """The nouns a copula says its subject is ("the winner is my friend, Joe Biden")."""
    verb = subject.head
    if subject.dep_ != "nsubj" or subject.pos_ != "NOUN" or verb.lemma_ != "be":
        return []
    return children(verb, ("attr",))


def _noun_root(token: Token) -> bool:
    """A noun the parse made the root of a sentence that has a verb (not a verbless line: a
    credit, a caption)."""
    return (
        token.dep_ == "ROOT"
        and token.pos_ in ("NOUN", "PROPN")
        and any(c.pos_ in ("VERB", "AUX") for c in token.children)
    )


def _describing_subject(token: Token) -> bool:
    """Whether a name the parse hangs as an apposition on an object, right after it, is the
    subject of a clause that describes it ("struck depots Serbia says hold fuel"): the finite
    verb after it is not the one the object is of, and no comma sets the name off."""
    noun, after = token.head, token.right_edge.i + 1
    return (
        token.dep_ == "appos"
        and noun.dep_ in OBJECT_DEPS | {"pobj"}
        and not any(t.is_punct for t in token.doc[noun.i + 1 : token.left_edge.i])
        and after < len(token.doc)
        and token.doc[after].tag_ in FINITE
        and token.doc[after] != noun.head
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


def _quotations(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges inside quotation marks, the marks paired in order within a paragraph;
    a quotation left open runs to the paragraph's end (it goes on in the next)."""
    starts = doc.to_array("IDX").tolist()  # read from the text: a Token object per word costs
    found: list[tuple[int, int]] = []
    opened: int | None = None
    for mark in _QUOTE_OR_BREAK.finditer(doc_text(doc)):
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


def _conjuncts(noun: Token) -> list[Token]:
    """A noun's conjuncts in its own clause: a conjunct that is the next clause's subject
    starts another phrase ("returned to Washington and the Taliban attacked")."""
    chain = sorted([noun, *noun.conjuncts], key=lambda t: t.i)
    cuts = [k for k, t in enumerate(chain) if _subject_of_next(t)]
    at = chain.index(noun)
    start = max((k for k in cuts if k <= at), default=0)
    end = min((k for k in cuts if k > at), default=len(chain))
    return [t for t in chain[start:end] if t is not noun]


def _whichever(noun: Token) -> bool:
    """ "criticised any space agency", "would talk to any government": a common noun "any"
    picks is whichever there may be, no actor the text names (unless a modifier names one:
    "any Iranian official")."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children)


def _subject_of_next(noun: Token) -> bool:
    """Whether a noun is the subject of the next clause that the parse made a conjunct."""
    after = noun.right_edge.i + 1
    if after >= noun.sent.end:
        return False
    verb = noun.doc[after]
    if verb.dep_ in ("aux", "auxpass", "neg", "advmod") and verb.head.i > verb.i:
        verb = verb.head
    return stray_subject(verb) == noun


def speaker_of(lex: Lexicon, token: Token) -> Token | None:
    """The subject of the speech verb a clause is reported under ("Syria says it ...")."""
    for anc in [token, *token.ancestors]:
        if anc.dep_ in ("ccomp", "parataxis") and lower_lemma(anc.head) in lex.speech:
            return subject_of(lex, anc.head)
    return None


def _agents(index: ActorIndex, token: Token) -> list[str]:
    """The "by" of a passive verb, else of a passive verb joined to it that has no subject of
    its own: "were wounded after being attacked by soldiers", "were beaten and detained by
    police" (the same patient, so the same agent)."""
    joined = [*token.conjuncts, *(c for p in children(token, ("prep",)) for c in p.children)]
    if token.dep_ == "conj":
        joined.append(token.head)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)
    # "a girl injured in a Russian strike": a past participle on its noun is passive too.
    on_noun = token.dep_ == "acl" and token.tag_ == "VBN" and not children(token, OBJECT_DEPS)
    passive = passive or bare_passive(token) or on_noun
    for verb in [token, *(joined if passive or token.dep_ == "conj" else [])]:
        if verb is not token and not (
            verb.tag_ == "VBN" and not children(verb, ("nsubj", "nsubjpass"))
        ):
            continue
        for agent in [*children(verb, ("agent",)), *(_retained_by(verb) if passive else [])]:
            found = [a for p in children(agent, ("pobj",)) for a in index.actors_in(p)]
            if found:
                return found
    return occasion_agents(index, token) if passive else []


def _retained_by(verb: Token) -> list[Token]:
    """ "was granted clemency by the president", "was given a pardon by Ruto", "was granted
    asylum by Germany": the parse may hang a passive's "by" on the object it keeps, or on the
    verb as a plain preposition beside it, where it tells who gave it."""
    kept = children(verb, ("dobj",))
    heads = [*kept, verb] if kept else []
    return [p for h in heads for p in children(h, ("prep",)) if p.lower_ == "by"]


def holders(index: ActorIndex, release: Token) -> list[str]:
    """ "the aid workers kidnapped by al-Shabaab were freed", "sailors seized by Iran have been
    released": with no one told setting them free, those the participle on them says took or
    held them (an arrest, an abduction, a seizure), as CAMEO's release (0841) is the holder's
    act."""
    for freed in children(release, ("nsubjpass",)):
        for held in participles_on(freed):
            taken = classify(index.lex, held)
            if taken is not None and taken.type in (EventType.COERCE, EventType.ASSAULT):
                found = _agents(index, held)
                if found:
                    return found
    return []


def expellers(index: ActorIndex, verb: Token, mode: str | None) -> list[str]:
    """ "two diplomats were expelled from Russia", "were arrested and deported from Bahrain":
    with no one told expelling them, the state they are put out of (CAMEO's expel is the act
    of the state that holds the ground); so the state people are arrested or held in ("were
    detained in Iran", "freed three Danes jailed in Peru": its authorities hold them, CAMEO
    173). A town or a region is only where."""
    lex = index.lex
    passive = (
        bool(children(verb, ("nsubjpass",))) or acted_on_subject(lex, verb) or participle_of(verb)
    )
    if not passive:
        return []
    if lower_lemma(verb) in lex.deporting:
        return _first_state(index, prep_objects(verb, ("from",)))
    # "were arrested in Moscow": a capital by its own name is a town, only where.
    held_in = [o for o in prep_objects(verb, ("in",)) if not _city(index, o)]
    return _first_state(index, held_in) if mode == "arrest" else []


def occasion_agents(index: ActorIndex, verb: Token) -> list[str]:
    """The "by" of the occasion a passive is told in, its agent: "were killed in an attack by
    militants", "was condemned in a statement by Peru"; of an attack, whoever its own words
    name doing it ("in an Israeli raid", "in Turkey's airstrikes", "in an ambush carried out
    by al-Shabaab")."""
    found: list[str] = []
    for occasion in prep_objects(verb, ("in", "during")):
        if _attack(index.lex, occasion):
            found += (
                noun_agents(index, occasion)
                or doer_adjectives(index, occasion)
                or _fought_with(index, occasion)
            )
        else:
            found += [a for by in prep_objects(occasion, ("by",)) for a in index.actors_in(by)]
    return found


def meeting_holders(index: ActorIndex, noun: Token) -> list[str]:
    """ "In a phone call with Erdogan, Biden urged ...", "During talks with Iran, Oman proposed
    ...": a meeting with a partner named, in
    which the clause's act is told, is held by that clause's subject, as "Biden urged ... in
    his call" would be Biden's."""
    verb = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during"):
        return []
    if verb.pos_ not in ("VERB", "AUX") or _forceful(index.lex, verb):
        return []  # "gunmen attacked the governor during a meeting with elders": his meeting
    if not any(index.actors_in(o) for o in prep_objects(noun, ("with",))):
        return []
    return [a for s in children(verb, ("nsubj",)) for a in index.actors_in(s)]


def _forceful(lex: Lexicon, verb: Token) -> bool:
    """Whether a verb's own reading is a deed of force ("attacked", "arrested")."""
    reading = lex.verbs.get(lower_lemma(verb))
    return reading is not None and QUAD_CLASS[reading[0]] is QuadClass.MATERIAL_CONFLICT


def hyphened_sides(index: ActorIndex, noun: Token) -> tuple[list[str], list[str]]:
    """ "the Trump-Putin summit", "the US-China talks": two parties joined by a hyphen before a
    meeting noun are the sides that hold it, the first named its source."""
    doc = noun.doc
    for hyph in doc[max(noun.left_edge.i, 1) : noun.i - 1]:
        if hyph.tag_ != "HYPH" or hyph.whitespace_ or doc[hyph.i - 1].whitespace_:
            continue
        first, second = index.get(hyph.i - 1), index.get(hyph.i + 1)
        if first is not None and second is not None and first != second:
            return [first], [second]
    return [], []


def stray_to(index: ActorIndex, participle: Token) -> list[str]:
    """ "a summary of a call made by Trump last July to Zelensky": whom a participle's act
    is made to, where the parse hangs that "to", right after the participle's phrase, on the
    verb above it."""
    doc = participle.doc
    after = participle.right_edge.i + 1
    if participle.dep_ != "acl" or after >= len(doc) or prep_objects(participle, ("to",)):
        return []
    prep = doc[after]
    if prep.lower_ != "to" or prep.dep_ != "prep" or not prep.head.is_ancestor(participle):
        return []
    return [a for o in children(prep, ("pobj",)) for a in index.actors_in(o)]


def _fought_with(index: ActorIndex, fight: Token) -> list[str]:
    """The other side a fight's "with" names ("died in clashes with riot police"): of a
    fight between sides (a clash, a battle: a combat noun or one of military force), the
    side the dead did not stand on, where the fight names no doer of its own."""
    found = lookup_noun(index.lex, fight)
    fought = lower_lemma(fight) in index.lex.on_opponents or (
        found is not None and found[1] == "military"
    )
    return [a for w in prep_objects(fight, ("with",)) for a in index.actors_in(w)] if fought else []


def _attack(lex: Lexicon, noun: Token) -> bool:
    """An attack's noun ("a raid", "the shelling") or an armed operation's."""
    return lower_lemma(noun) in lex.attacks or armed_operation(lex, noun)


def _attack_doer_words(lex: Lexicon, phrase: Token) -> set[int]:
    """The words naming the doer of an attack told inside a phrase but not its head ("a
    Russian strike" in "killed in a Russian strike", "the victims of an Israeli raid"): the
    attacker, neither where the act was done nor whom it was done to."""
    return {
        t.i
        for attack in phrase.subtree
        if attack != phrase and _attack(lex, attack)
        for m in children(attack, ("amod", "compound", "nmod", "poss"))
        for t in m.subtree
    }


def _attackers(index: ActorIndex, phrase: Token) -> set[str]:
    """The actors a phrase names only as the doer of an attack told inside it."""
    words = _attack_doer_words(index.lex, phrase)
    doers = {a for i in words if (a := index.get(i)) is not None}
    return doers - {index.get(t.i) for t in phrase.subtree if t.i not in words}


def doer_adjectives(index: ActorIndex, attack: Token) -> list[str]:
    """The actors an attack's adjectives name, its doers, where it tells acts one can count
    ("an Israeli raid", "the Pakistani strike", "Saudi-led airstrikes") or what it is done to
    ("Israeli shelling of the villages", "Russian fire on the convoy"); not a state of things
    where it happened ("Kashmiri violence", "Syrian clashes", "Afghan fighting on the border"),
    nor a place named as a noun ("a Kabul bombing"; a state's is: "a US raid", and so are its
    forces, "a police raid", and an armed group's, "a Hamas rocket attack": a group fights,
    unlike a body named as the one hit, "the Charlie Hebdo attack")."""
    counted = attack.tag_ in ("NNS", "NNPS") or any(c.dep_ == "det" for c in attack.children)
    if not (counted or patient_told(attack)) or lower_lemma(attack) in _MUTUAL_HARM:
        return []
    states = [
        a
        for mod in children(attack, ("compound", "nmod"))
        if not _city(index, mod)
        for a in index.actors_in(mod)
        if a in index.states or a.startswith("group:")
    ]
    adjectives = [a for mod in children(attack, ("amod",)) for a in index.actors_in(mod)]
    return adjectives + states + compound_forces(index, attack)


def compound_forces(index: ActorIndex, noun: Token) -> list[str]:
    """The forces of a state compounded on an act's noun, its doers ("a police raid", "the
    police shooting of two students")."""
    return [
        a
        for mod in children(noun, ("compound", "nmod"))
        if agent_codes(mod) & STATE_FORCES
        for a in index.actors_in(mod)
    ]


def sources(lex: Lexicon, index: ActorIndex, token: Token) -> list[str]:
    found = _agents(index, token)
    if found or acted_on_subject(lex, token):
        return found
    subj = subject_of(lex, token)
    if subj is None:
        return []
    if subj.tag_ in RELATIVE_TAGS:
        return []  # "the men, who he said were wounded": not the speaker's act
    who = _who_before(index, token, subj) or _described_before(index, token, subj)
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
        law = lower_lemma(subj) in lex.enactments
        issuer = subj.head
        if subj.dep_ == "pobj" and issuer.lower_ == "in" and not law:
            issuer = issuer.head
        elif subj.dep_ not in (*OBJECT_DEPS, "nsubjpass"):
            return []
        if issuer.pos_ != "VERB" or (not law and lower_lemma(issuer) not in lex.issuing):
            return []
        return sources(lex, index, issuer)
    if on_noun and lookup_noun(lex, subj) is not None:
        # "launched an airstrike that killed ...": whoever launched the strike killed; "the
        # calls by UK officials asking the US to ...": the callers ask, the noun's own agents
        # (not whoever joined or rejected the calls).
        agents = noun_agents(index, subj, modifiers=True)
        if agents or (token.dep_ == "relcl" and subj.dep_ not in OBJECT_DEPS):
            return agents
        # Only a verb that does the act: who survived or condemned "an attack that killed
        # six" did none of it.
        if token.dep_ == "relcl" and _does_act(lex, subj.head):
            return sources(lex, index, subj.head)
    if subj.pos_ == "PRON":
        # "Syria says it will ...": the speaker, where the pronoun agrees with it.
        speaker = speaker_of(lex, token)
        if speaker is not None and index.fits(subj, speaker):
            return index.actors_in(speaker, located=True)
        return index.antecedent_of(subj)
    if arms_named(lex, subj):
        # "Rockets fired by Hamas killed ...", "a bomb planted by the Taliban": arms act for
        # whoever used them, the agent of their participle.
        participles = [c for c in children(subj, ("acl",)) if c.tag_ == "VBN"]
        head = token.head
        own = children(token, ("nsubj", "nsubjpass"))
        if token.dep_ in ("conj", "advcl") and not own and _bare_participle(head):
            # "Rockets fired by Hamas killed ...": the parse may make the participle the verb,
            # the verb its conjunct or its adverbial clause.
            participles.append(head)
        users = [a for c in participles for a in _agents(index, c)]
        # "rockets fired from Gaza hit ...": arms fired or launched from a place, no one
        # named firing them, are of whoever holds it, as an attack that came from there is.
        fired = [c for c in children(subj, ("acl",)) if lower_lemma(c) in lex.firing]
        fired += [v for v in [fired_before(lex, token)] if v is not None]
        users = users or [
            a for c in fired for o in prep_objects(c, ("from",)) for a in index.actors_in(o)
        ]
        if users:
            return users
    if subj.dep_ in ("csubj", "csubjpass"):
        # "Shelling the Syrian town killed nine": a clause acts by its own doer, if named, or
        # by whom its "by" or "from" names ("shelling from Armenian forces killed two").
        said = [*children(subj, ("nsubj",)), *prep_objects(subj, ("by", "from"))]
        return [a for o in said for a in index.actors_in(o)]
    # "The attack in Kenya killed 12", "a car bomb in Kabul killed 12", "a Basra car bombing
    # killed 12", "two blasts in Baghdad killed 12": an act's, a happening's or a weapon's
    # "in", or a city named before it, is where it was done, not who did it.
    act = _names_act(lex, subj) or lower_lemma(subj) in lex.happenings
    if lookup_noun(lex, subj) is not None and (doers := by_agents(index, subj)):
        # "An attack by Boko Haram killed 12", "shelling by the army wounded two": an act's
        # "by" names who did it, and so who did what it brought about.
        return doers
    named = [t for c in children(subj, ("compound",)) for t in c.subtree if t.dep_ == "compound"]
    armed = act or arms_named(lex, subj)
    sites = {index.get(t.i) for t in named if armed and _city(index, t)}
    sites |= set(_done_to(index, subj))
    found = [a for a in index.actors_in(subj, located=not act) if a not in sites]
    return found or _apposed(index, token, subj) or _summary_doers(index, token)


def _does_act(lex: Lexicon, verb: Token) -> bool:
    """Whether a verb does the act its object names ("launched an airstrike", "carried out a
    raid"): a light verb, not one whose subject lives through the act ("survived")."""
    return lower_lemma(verb) in lex.light_verbs - lex.undergoing


def _done_to(index: ActorIndex, act: Token) -> list[str]:
    """ "the bombing of a Syrian army post", "an attack on the Nigerian base": the parties a
    noun of force or coercion was done to, by its "of", "on" or "against", who did not do it
    (not "convoys of troops", who move)."""
    found = lookup_noun(index.lex, act)
    if found is None or found[0] not in (EventType.ASSAULT, EventType.COERCE):
        return []
    return [
        a
        for p in children(act, ("prep",))
        if p.lower_ in ("of", "on", "against")
        for o in children(p, ("pobj",))
        for a in index.actors_in(o)
    ]


def _companion(prep: Token) -> bool:
    """ "together with", "along with", "alongside": whoever it names does the act with the one
    it is said of, no one it is done to. After a verb's object it may be the object's
    ("arrested a man along with his sons"): not read so there."""
    head = prep.head.head if prep.head.lower_ == "along" else prep.head
    if head.pos_ in ("VERB", "AUX") and prep.i > head.i and children(head, OBJECT_DEPS):
        return False
    if prep.lower_ == "alongside":
        return True
    beside = prep.head.lower_ == "along" or any(c.lower_ == "together" for c in prep.children)
    return prep.lower_ == "with" and (beside or (prep.i > 0 and prep.nbor(-1).lower_ == "together"))


# Acts whose "with" names the doer's helper ("seized the town with Russian backing").
_HELPING = frozenset({EventType.SUPPORT, EventType.AID, EventType.COOPERATE})


def _backing(lex: Lexicon, prep: Token) -> bool:
    """ "with Iranian support", "with the backing of Qatar": whoever backs or aids the act
    is on its doer's side, no one it is done to."""
    if prep.lower_ != "with":
        return False
    return any(
        (act := lookup_noun(lex, o)) is not None and act[0] in _HELPING
        for o in children(prep, ("pobj",))
    )


def companions(lex: Lexicon, index: ActorIndex, verb: Token) -> list[str]:
    """Who does an act with its subject: "Together with Canada, Mexico condemned ...",
    "Mexico, along with Canada, condemned ...", "Joined by Chad, Niger attacked ..."."""
    subj = subject_of(lex, verb)
    heads = [verb] if subj is None else [verb, subj]
    preps = [p for h in heads for p in children(h, ("prep",))]
    preps += [w for p in preps if p.lower_ == "along" for w in children(p, ("prep",))]
    joined = [
        c
        for h in heads
        for c in children(h, ("advcl", "acl"))
        if lower_lemma(c) == "join" and c.tag_ == "VBN"
    ]
    named = [o for p in preps if _companion(p) for o in children(p, ("pobj",))]
    named += [o for c in joined for a in children(c, ("agent",)) for o in children(a, ("pobj",))]
    return [a for o in named for a in index.actors_in(o)]


def _phrase_owner(lex: Lexicon, noun: Token) -> Token:
    """The text a participle the parse hangs on the noun of one of its phrases modifies, the
    noun of where or to whom it is put out ("posted a message on Twitter blaming Iran", "a
    statement on its website condemning Peru": no act of Twitter's nor of the website's); any
    other noun itself ("despite reports urging ...": not whoever acts despite them)."""
    owner = noun
    while owner.dep_ == "pobj" and owner.head.dep_ == "prep":
        owner = owner.head.head
        if owner.pos_ == "NOUN" and said_thing(lex, owner):
            return owner
    return noun


def _issued(lex: Lexicon, noun: Token) -> bool:
    """Whether a noun names what one enacts or issues and that acts for its author: a law
    ("a bill imposing sanctions") or a text ("a statement accusing Kyiv", "a letter urging")."""
    return lower_lemma(noun) in lex.enactments or said_thing(lex, noun)


def _summary_doers(index: ActorIndex, verb: Token) -> list[str]:
    """Who did the act a summary of it names ("..., an attack claimed by al-Shabaab",
    "another attack ascribed to the Taliban")."""
    heads = [verb, *children(verb, OBJECT_DEPS)]
    acls = [a for h in heads for o in h.children if summary(o) for a in children(o, ("acl",))]
    found = [a for acl in acls for a in _agents(index, acl)]
    ascribed = [acl for acl in acls if lower_lemma(acl) in ASCRIBING]
    return found + [
        a for acl in ascribed for o in prep_objects(acl, ("to", "on")) for a in index.actors_in(o)
    ]


def _city(index: ActorIndex, name: Token) -> bool:
    """Whether a name is of a place below a state: a town, or a capital by its own name
    ("Basra", "Kabul"; not "Afghanistan" nor "US")."""
    if index.get(name.i) in index.regions:
        return True
    found = load_gazetteer().lookup(name.doc[name.left_edge.i : name.i + 1].text)
    return found is not None and found[1] is Form.CAPITAL


def _accord_place(index: ActorIndex, name: Token) -> bool:
    """ "the Paris climate agreement", "the Minsk accords": a town or a capital an accord's
    name begins with is where it was made, no party to it."""
    head = name
    while head.dep_ == "compound":
        head = head.head
    return head != name and lower_lemma(head) in index.lex.accords and _city(index, name)


def _bare_participle(verb: Token) -> bool:
    """Whether a verb is a past participle with no auxiliary: no verb of its own clause."""
    return verb.tag_ == "VBN" and not children(verb, ("aux", "auxpass"))


def _apposed(index: ActorIndex, verb: Token, subj: Token) -> list[str]:
    """The names a dash-delimited apposition gives a subject that names no actor itself,
    wherever the parse hangs them ("The only two Arab states at peace with Israel - Egypt
    and Jordan - also criticised ...")."""
    inside = parenthetical(verb)
    if inside is None or subj.i >= inside.start or any(t.pos_ in ("VERB", "AUX") for t in inside):
        return []
    within = {index.get(t.i) for t in inside}
    return [a for a in index.actors_in(inside.root) if a in within]


def _who_before(index: ActorIndex, token: Token, head: Token) -> list[str]:
    """ "talks between Kabul and the Taliban, who have refused to ...": "who" names a person
    or a body; where the parse hangs it on a noun that names none, it is the noun before it."""
    who = [c for c in children(token, ("nsubj",)) if c.lower_ == "who"]
    if token.dep_ != "relcl" or token.head != head or not who or index.actors_in(head):
        return []
    before = who[0].nbor(-1)
    before = before.nbor(-1) if before.text == "," else before
    actor = index.get(before.i)
    return [actor] if actor is not None else []


def _described_before(index: ActorIndex, token: Token, head: Token) -> list[str]:
    """ "said Ann Roe, who heads the Farmers' Alliance, a group that has opposed the plan": a
    body's noun set off by a comma after a name describes that name, wherever the parse hangs
    it (here on the person); its relative clause is the body's act."""
    kind = lower_lemma(head)
    body = kind in _BODY_NOUNS | _GROUPING_NOUNS or is_group_noun(kind)
    if token.dep_ != "relcl" or token.head != head or head.dep_ != "appos" or not body:
        return []
    comma = head.left_edge.i - 1
    if comma < 1 or head.doc[comma].text != "," or index.actors_in(head):
        return []
    actor = index.get(comma - 1)
    return [actor] if actor is not None and not actor.startswith("person:") else []


def acted_on_subject(lex: Lexicon, token: Token) -> bool:
    """Whether the subject a verb shares is the one acted on: a bare passive, a headline's
    passive without its auxiliary, or a passive joined to an active verb ("Iran denied it and
    was condemned by France")."""
    joined = token.dep_ == "conj" and bool(children(token, ("auxpass",)))
    return (
        bare_passive(token)
        or headline_passive(lex, token)
        or (joined and not children(token, ("nsubj", "nsubjpass")))
    )


def targets(
    index: ActorIndex,
    token: Token,
    noun: Token | None = None,
    *,
    moved: bool = False,
    venue: bool = False,
    answers: bool = False,
    allied: bool = False,
    doers: Sequence[str] = (),
    voiced: bool = False,
    asks: bool = False,
    sends: bool = False,
    leaves: bool = False,
    force: bool = False,
    threat: bool = False,
    visit: bool = False,
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
    against the rebels"), not whom it is done for; with `asks`, an investigation the act asks
    for looks into what its phrases name, who is not the one asked ("called for an inquiry
    into the minister's dealings", "demanded a probe into the army": whom the request is
    made of, often unnamed); with `sends`, "to" tells where those the act is done to are sent
    ("deported the migrants to Mexico", "the deportation of Afghans to Turkey"), not whom.
    With `leaves`, the verb's own "from" names what it leaves ("resigned from the court"), no
    party; what is left, if no body, may still name one ("backed down from its demand to Peru").
    A "with" naming the `doers`' own state's forces names their means ("launched airstrikes
    with its air force"), not whom the act is done with or to. A town or a region "at" names
    is where the act is done ("protested at Davos"), unless it is `force`, which strikes the
    place it is aimed at ("fired rockets at Sderot"). A hostile act judged whose doer its
    words name is aimed at that doer, unless it is a `threat`, whose measures threaten whom
    they are against ("backed the US sanctions on Iran"). A `visit` is to the place its CAMEO
    pattern takes the party from ("made a brief stop in Kabul": MAKE STOP (IN $)).
    """
    found: list[str] = [] if not visit else _visited(index, token)
    weak: list[str] = []
    spared: set[str] = set()  # judges_own
    # An event noun's "of" names what it was done to ("the shoot-down of a Russian jet").
    strong = TARGET_PREPS | {"of"} if token.pos_ in ("NOUN", "PROPN") else TARGET_PREPS
    strong = strong - {"at", "on"} if venue else strong
    strong = strong - {"against"} if allied else strong
    strong = strong - {"to"} if sends else strong
    # "a car bomb tore through the checkpoint": force strikes what it goes through.
    strong = strong | {"through"} if force else strong
    # "shelling from Ukrainian forces", "fired from Gaza": force with nothing it struck
    # named comes from where its "from" says, whom it was not done to.
    fired = force and not objects_of(token)
    weak_verb = _TARGET_PREPS_WEAK - {"from"} if venue or leaves or fired else _TARGET_PREPS_WEAK
    # "flew to Riyadh for talks with Hamas": where a journey made for an act goes is where the
    # act is done, a side only where the act's own words name none ("flew to Cairo for
    # talks"), a town or a region never ("will travel to Florida for talks"); so for a
    # journey made on a visit ("arrived in Hanoi on a state visit").
    journey = noun is not None and noun.head.lower_ in ("for", "on") and noun.head.head == token
    # So do the verb's own prepositions that CAMEO's patterns for that act take a party after
    # ("arrived in Rome for talks": "ARRIVE (IN $) (FOR CONSULTATION)").
    arrival = {"to"} if journey else set()
    if journey and noun is not None and (act := lookup_noun(index.lex, noun)) is not None:
        patterns = index.lex.cameo.get(lower_lemma(token), ())
        arrival |= {
            w for p in patterns if p.type is act[0] for w, party in p.preps if party is None
        }
    weak_verb = weak_verb | arrival
    # "visited Moscow for talks with Vladimir Putin": whom the talks a visit is made for are
    # held with is its counterpart, the place visited where they are held (as for a journey).
    met = [
        a
        for o in (prep_objects(token, ("for",)) if _visit(index.lex, token, noun) else [])
        if (talks := lookup_noun(index.lex, o)) is not None and talks[0] is EventType.CONSULT
        for w in prep_objects(o, ("with",))
        for a in targets_in(index, w)
    ]
    found += met
    # "helped Ukraine rebuild": the subject of a bare infinitive is the verb's object.
    objs = objects_of(token) + [
        subj
        for clause in children(token, ("ccomp",))
        if clause.tag_ == "VB" and not children(clause, ("mark", "aux"))
        for subj in children(clause, ("nsubj",))
    ]
    objs = objs or _shared_objects(index.lex, token)
    worded = _worded_preps(index.lex, token)
    if worded:
        # "advised its citizens against travel to Somalia": people told of the act a
        # worded phrase names are its audience, no party to it.
        objs = [o for o in objs if not populace(o)]
    if asks:
        objs = [o for o in objs if not _inquiry(index.lex, o)]
    # "condemned the party's links with Moscow": ties blamed are aimed at their holder, not
    # at their other end (where no holder is named, "condemned ties to Moscow", they are).
    ties = [o for o in objs if _blamed_ties(index, token, o)]
    # "opposes UN sanctions against Iran", "condemned Israeli strikes on Hezbollah": a hostile
    # act judged whose own words name its doer is aimed at that doer alone, not at whom the
    # act was done to (as its "by" tells: "the arrest of the editor by police").
    owned = [o for o in objs if o != noun and _owned_hostile_act(index, o)]
    owned = [] if moved or threat else owned
    for obj in [] if moved else objs:
        if met and index.get(obj.i) in index.states | index.regions:
            continue
        if obj in ties:
            found += [a for h in children(obj, ("poss",)) for a in index.actors_in(h)]
            continue
        # "criticised the plan announced by Israel": whose plan, as in "Israel's plan" (not
        # of a passive's subject: "the tariffs imposed by Canada were lifted"); a mediator
        # is no side of it ("reached a deal brokered by Qatar").
        # Not on the act the verb itself does ("launched an offensive supported by Turkey").
        acts = children(obj, ("acl",)) if obj.dep_ in OBJECT_DEPS and obj != noun else []
        acts = [a for a in acts if a != token and lower_lemma(a) not in index.lex.mediating]
        # "rescued hostages held by the militants": people a participle tells of are those
        # acted on, not whoever held or sent them.
        acts = [] if human(obj) else acts
        # "condemned the arrest of the editor by police": an act on an act is aimed at its
        # doer, as in "the police's arrest of the editor", not at whom that act was done to.
        # Not the act's own noun ("began the deportation of migrants by sea").
        judged = obj != noun and lookup_noun(index.lex, obj) is not None
        doer = by_agents(index, obj) if judged else []
        if judged:
            spared |= judges_own(index, obj)
        restated = (
            _restated_head(index, obj) if obj == token.head and participle_of(token) else None
        )
        named = (
            doer
            or (targets_in(index, restated) if restated is not None else [])
            or targets_in(index, obj)
            or [a for acl in acts for a in _agents(index, acl)]
        )
        if not named and obj == token.head:
            named = _act_doers(index, token, obj)
        # What is voiced or asked is no party, whatever its word names alone ("opposition").
        found += [a for a in named if not voiced or a != index.get(obj.i)]
        if allied:
            spared |= deed_themes(index, obj, acts=True)
        # "imposed sanctions targeting Russian banks", "fired missiles targeting its bases".
        aims = [o for acl in acts if lower_lemma(acl) == "target" for o in objects_of(acl)]
        found += [a for o in aims for a in index.actors_in(o)]
    if found:
        # "shot two men at a market", "injured a woman on the high road": with whom the act
        # is done to named, "at" and "on" tell where, not at whom.
        strong = strong - {"at", "on"}
    # "held four hours of talks with X": the event noun's own "with" too.
    extra = [noun] if noun is not None and noun not in objs else []
    # "kidnapped up to 16 Russians": the particle may carry the preposition.
    related = [o for o in objs if _related(index, o)]  # nor through their prepositions
    # "pledged $50 million in aid for Yemen": what an amount is of is the object, its own
    # prepositions the object's.
    measured = [n for o in objs if o not in related + ties + owned for n in _amount_of(o)]
    for head in [
        token,
        *children(token, ("prt",)),
        *(o for o in objs if o not in related + ties + owned),
        *measured,
        *extra,
    ]:
        # "threatened tariffs on Beijing", "rejected calls by Belarus", "pledged support for
        # Kyiv": the object's own prepositions name the target too.
        weak_preps = weak_verb if head == token else _OBJECT_PREPS_WEAK
        strong_preps = strong - arrival if head == token else strong
        if moved and head != token:
            # "deployed thousands of Indian troops": what is moved, all of it, aims at no one.
            weak_preps = weak_preps - {"of"}
        for word, prep in prepositions(head):
            if word in strong_preps:
                bucket = found
            elif word in weak_preps:
                bucket = weak
            else:
                continue
            if head == token and _companion(prep):
                continue  # "together with Canada": a co-doer (`companions`)
            if _backing(index.lex, prep):
                continue  # "with Iranian support": a helper of the doer
            for pobj in children(prep, ("pobj",)):
                # "closed, with the government suspending classes": a clause, not a partner;
                # "on behalf of the Senate": whom the source acts for, its own side; "with
                # its air force": its means; "protested at Davos": where, unless struck.
                if answers and _reason(index, prep, pobj):
                    bucket += noun_agents(index, pobj)
                elif (word == "with" and _own_forces(index, pobj, doers)) or (
                    not force and _town_at(index, prep, pobj, arrival if head == token else ())
                ):
                    continue
                elif not _absolute(prep, pobj) and pobj.lower_ != "behalf":
                    # "visited victims of the Russian raid": not Russia, whose raid it was.
                    spared_doers = _attackers(index, prep) if human(head) else set()
                    bucket += [a for a in targets_in(index, pobj) if a not in spared_doers]
    if token.pos_ in ("NOUN", "PROPN") and not prep_objects(token, ("of",)):
        found += [a for o in _of_after_agent(index, token) for a in index.actors_in(o)]
    if token.dep_ == "pobj" and _backing(index.lex, token.head):
        # "with Moscow's backing, the rebels seized the town", "Kenya, with Uganda's backing,
        # ...": the one backed is the doer of the act, or who the backing is said of.
        backed = token.head.head
        found += (
            sources(index.lex, index, backed) if backed.pos_ == "VERB" else index.actors_in(backed)
        )
    if not found:
        # "mobilized reservists for a war against Iraq", "a suspension of air links with
        # Serbia": a target one phrase deeper in the object; so in the object of a verb's
        # preposition, where the act is on a thing ("withdrew from its deal with Peru",
        # "reneged on its pledge to Kyiv"), unless the preposition tells where. Not in a
        # person's "of": what they are accused of ("accused the businessman of links with
        # al-Shabaab") is no one the act is done to.
        own: tuple[str, ...] = (("for",) if venue else ("for", "from", "on")) + worded
        # "criticised the bank for its loans to Iran": with a party acted on named, "for"
        # tells why the act is done to that party, not on whom else.
        why = not moved and any(human(o) or party_word(o) for o in objs)
        own = tuple(p for p in own if not (why and p == "for"))
        # "backed the idea of a truce with the rebels": an idea sided with names no side from
        # what it is of or for, only its owner ("Ethiopia's idea", found above) or whom it is
        # put to ("raised concerns with the ambassador").
        ideas = [o for o in objs if allied and _idea(index.lex, o)]
        preps = [
            p
            for obj in objs
            if obj not in ties + owned
            for p in children(obj, ("prep",))
            if not (human(obj) and p.lower_ == "of")
            and not (why and p.lower_ == "for")
            and not (obj in ideas and p.lower_ in _IDEA_CONTENT)
        ]
        # A body left is no phrase to look into: its own words are its name ("resigned from
        # the Council on Foreign Relations"). Nor is a phrase set before the subject, which
        # tells the act's circumstance ("On his trip to Iran, Maas criticised the sanctions").
        preps += [
            p
            for word, p in prepositions(token)
            if word in own
            and not (leaves and word == "from" and any(index.get(o.i) for o in p.children))
            and not _fronted(p)
        ]
        deeper = [o for p in preps for o in p.children if not (answers and _reason(index, p, o))]
        deeper = [o for o in deeper if not (asks and _inquiry(index.lex, o))]
        for head in (d for d in deeper if d.dep_ == "pobj"):
            # "condemned the attack in a speech to parliament": whom words are told to is
            # their audience, not whom the act is done to.
            audience = said_thing(index.lex, head)
            for prep in children(head, ("prep",)):
                if audience and prep.lower_ == "to":
                    continue
                # "condemned the attack in a speech at Davos": where the speech was.
                if not force and any(_town_at(index, prep, o) for o in children(prep, ("pobj",))):
                    continue
                if prep.lower_ in TARGET_PREPS and not (allied and prep.lower_ == "against"):
                    found += [a for o in children(prep, ("pobj",)) for a in index.actors_in(o)]
    if not found and lower_lemma(token) in index.lex.mediating:
        found += _sides_between(index, token)
    return [a for a in dict.fromkeys(found or weak) if a not in spared]


def _visited(index: ActorIndex, verb: Token) -> list[str]:
    """Whom a visit is to where its CAMEO pattern takes the party after a preposition ("made
    a stop in Kabul": MAKE STOP (IN $)): the state of the place named there, the visit's
    host; a region of no state is none."""
    patterns, _ = cameo_verb(index.lex, verb, lower_lemma(verb))
    sense = sense_of(index.lex, patterns, verb) if patterns else None
    if sense is None:
        return []
    pattern, used = sense
    party = {w for w, element in pattern.preps if element is None}
    preps = [t for i in sorted(used) if (t := verb.doc[i]).dep_ == "prep" and t.lower_ in party]
    places = [o for p in preps for o in children(p, ("pobj",))]
    return [a for o in places if index.get(o.i) not in index.regions for a in targets_in(index, o)]


def _amount_of(obj: Token) -> list[Token]:
    """The noun an amount is counted in ("$50 million in aid", "two billion euros in loans"):
    a sum names no party, what it is paid in may."""
    counted = obj.like_num or any(c.dep_ in ("nummod", "quantmod") for c in obj.children)
    return [n for n in prep_objects(obj, ("in",)) if n.pos_ == "NOUN"] if counted else []


def measure_borne(index: ActorIndex, participle: Token) -> list[str]:
    """Whom a measure a participle tells of bears on, where the measure is the subject of a
    verb of harm ("tariffs imposed by China hurt US farmers", "sanctions imposed by the EU
    damaged Iran's economy"): those the verb's object names; not whom it helps ("benefited
    Vietnam")."""
    measure = participle.head
    verb = measure.head
    if not participle_of(participle) or measure.dep_ != "nsubj" or not _harming(index.lex, verb):
        return []
    return [a for o in children(verb, ("dobj",)) for a in targets_in(index, o)]


def _harming(lex: Lexicon, verb: Token) -> bool:
    """Whether CAMEO's patterns read a verb as hostile wherever they give it a type ("hurt",
    "hit", "damage"; not "boost", "benefit", "prevent")."""
    kinds = {QUAD_CLASS[p.type] for p in lex.cameo.get(lower_lemma(verb), ()) if p.type}
    return verb.pos_ == "VERB" and bool(kinds) and kinds <= CONFLICT


def _fronted(prep: Token) -> bool:
    """Whether a verb's preposition opens its clause, before the verb's subject: an adjunct
    of time or circumstance ("On his visit to Iran, the minister ...")."""
    subjects = children(prep.head, ("nsubj", "nsubjpass"))
    return bool(subjects) and all(prep.i < s.left_edge.i for s in subjects)


def _owned_hostile_act(index: ActorIndex, noun: Token) -> bool:
    """Whether a noun names a hostile act and, by its owner, its "by" or a word before it,
    who does it ("UN sanctions", "Israel's strikes", "the raid by police"); not one owned
    by a pronoun ("its strikes"), whose doer is untold here."""
    act = lookup_noun(index.lex, noun)
    if act is None or QUAD_CLASS[act[0]] not in CONFLICT:
        return False
    return bool(noun_agents(index, noun, modifiers=True))


def _sides_between(index: ActorIndex, verb: Token) -> list[str]:
    """Whom a mediation is between, however deep in the phrases of what is mediated
    ("mediated an end to the war between Sudan and Chad")."""
    found: list[str] = []
    for prep in verb.subtree:
        if prep.lower_ != "between" or prep.i < verb.i:
            continue
        path = [prep, *(t for t in prep.ancestors if verb.is_ancestor(t))]
        if all(t.dep_ in ("prep", "pobj", *OBJECT_DEPS) for t in path):
            found += [a for o in children(prep, ("pobj",)) for a in index.actors_in(o)]
    return found


def act_sides(index: ActorIndex, trig: Trigger) -> list[str]:
    """The sides a "between" names on the act's own words, who do it with each other: on its
    verb ("a pact was signed between Chile and Peru"), on its noun however deep in what the
    noun is of ("talks between Chile and Peru were held", "announced the normalisation of
    relations between Chile and Peru"), or on the object its verb's CAMEO pattern reads
    ("opened ties between Chile and Peru": "OPEN (TIE)"), or the ties a verb CAMEO lacks acts
    on ("normalised relations between Chile and Peru"). Not on an object the act is only
    about ("supported the agreement between Chile and Peru")."""
    token = trig.token
    heads = [trig.noun, *children(token, ("nsubjpass",)), *([token] if trig.nominal else [])]
    patterns, _ = cameo_verb(index.lex, token, lower_lemma(token))
    sense = sense_of(index.lex, patterns, token) if patterns else None
    read = sense[1] if sense is not None else set()
    heads += [
        o
        for o in objects_of(token)
        if o.i in read or (patterns is None and lower_lemma(o) in _TIE_NOUNS)
    ]
    found = [a for o in prep_objects(token, ("between",)) for a in index.actors_in(o)]
    found += [a for h in heads if h is not None for a in _sides_between(index, h)]
    return list(dict.fromkeys(found))


def held_between(index: ActorIndex, trig: Trigger) -> list[str]:
    """The sides of a meeting noun told on its own ("a transcript of a call between Xi and
    Biden"), who held it, both read; one occasion, in the singular ("the subject of talks
    between X and Y" may be any of them), not one a verb takes as its object ("arranged a
    meeting between X and Y"), whose verb tells whether it was held."""
    noun = trig.token
    sides = [] if noun.dep_ in OBJECT_DEPS or noun.tag_ != "NN" else act_sides(index, trig)
    return sides if len(sides) > 1 else []


def _worded_preps(lex: Lexicon, token: Token) -> tuple[str, ...]:
    """The prepositions of a verb of appeal (`Lexicon.appeals`) whose object a CAMEO pattern
    of the verb names by its word ("ADVISE (AGAINST TRAVEL)", 160: "advised against travel
    to Somalia"): a phrase of the act's own words, which names the act asked or advised, the
    party one phrase deeper (where the travel goes). Not a verb of harm's ("killed villagers
    in an attack"): whom it is done to is its object."""
    lemma = lower_lemma(token)
    if lemma not in lex.appeals:
        return ()
    worded = {
        word
        for p in lex.cameo.get(lemma, ())
        for word, element in p.preps
        for head, _ in element or ()
        if any(lower_lemma(o) == head for o in prep_objects(token, (word,)))
    }
    return tuple(sorted(worded))


# What makes a verb's phrase its own, so that no object coordinated verbs share is its.
_OWN_PHRASES = (
    "dobj", "dative", "nsubjpass", "auxpass", "ccomp", "xcomp", "prep", "agent", "prt", "attr",
    "acomp", "oprd",
)  # fmt: skip


def _shared_objects(lex: Lexicon, verb: Token) -> list[Token]:
    """ "arrested and charged two journalists", "condemned and rejected the plan": the object
    coordinated verbs share, which the parse hangs on one of them, for the other, where it
    has no phrase of its own and takes an object ("arrived and detained the man": none).
    Not where the later verb has its own subject or auxiliary ("police surrounded and troops
    stormed the house", "to inspect and to publish the findings"), nor for a verb of meeting,
    whose counterpart the other's object need not be ("met and praised the troops")."""
    lemma = lower_lemma(verb)
    if verb.pos_ != "VERB" or lemma not in lex.transitive or lemma in lex.convening:
        return []
    if children(verb, _OWN_PHRASES):
        return []
    for other in verb.conjuncts:
        later = max(verb, other, key=lambda t: t.i)
        # Verbs side by side ("surrounded and allegedly threatened"), not clauses apart.
        if other.pos_ != "VERB" or abs(other.i - verb.i) > 3:
            continue
        if children(later, ("nsubj", "nsubjpass", "aux")):
            continue
        objs = [o for o in children(other, ("dobj",)) if o.i > max(verb.i, other.i)]
        if objs:
            return objs
    return []


def _restated_head(index: ActorIndex, noun: Token) -> Token | None:
    """The phrase an apposition right after it restates, which a participle on the apposition
    acts on: "the Houthis, a group backed by Iran", "Brazil's ban, a measure criticised by
    France". Only where the two are of a kind, a party word for a party named and a thing for
    a thing: the parse may hang a phrase closing the sentence on another noun ("upheld
    Brazil's ban, a measure ..." on the court that upheld it, "a stance ..." on a place)."""
    head = noun.head
    start = noun.left_edge.i
    if noun.dep_ != "appos" or start < 2 or noun.doc[start - 1].text != ",":
        return None
    if noun.doc[start - 2] not in head.subtree:
        return None
    party = human(noun) or party_word(noun) or index.get(noun.i) is not None
    return head if party == (index.get(head.i) is not None) else None


def _town_at(index: ActorIndex, prep: Token, pobj: Token, arrival: Iterable[str] = ()) -> bool:
    """Whether "at" names a town or a region ("at Davos"), or a journey's `arrival`
    prepositions do ("flew to Florida for talks"): where, not whom, but for force."""
    return (prep.lower_ == "at" or prep.lower_ in arrival) and index.get(pobj.i) in index.regions


# Nouns of a tie between two sides ("ties", "links", "dealings").
_TIE_NOUNS = frozenset({"tie", "link", "relation", "relationship", "dealing", "connection"})


def _blamed_ties(index: ActorIndex, verb: Token, obj: Token) -> bool:
    """Whether a verb of accusing or criticising is done to ties someone is told to have
    ("criticised the university's ties to Israel", "attacked the firm's dealings with Iran")."""
    told = index.lex.verbs.get(lower_lemma(verb))
    return (
        told is not None
        and told[0] is EventType.ACCUSE
        and lower_lemma(obj) in _TIE_NOUNS
        and bool(children(obj, ("poss",)))
    )


def _visit(lex: Lexicon, token: Token, noun: Token | None) -> bool:
    """Whether a trigger is a verb of meeting alone ("visited", "toured"), no act's noun."""
    told = lex.verbs.get(lower_lemma(token))
    consults = told is not None and told[0] is EventType.CONSULT
    return noun is None and token.pos_ == "VERB" and consults


# The prepositions of what an idea is of or for ("the idea of talks", "a proposal for a truce").
_IDEA_CONTENT = frozenset({"of", "for"})


def _idea(lex: Lexicon, noun: Token) -> bool:
    """What is thought or put forward ("the idea", "a proposal"), itself no act of the
    lexicon, whatever act its "of" names ("the idea of a ceasefire")."""
    return lower_lemma(noun) in lex.contents and not any(k in lex.nouns for k in noun_keys(noun))


# Regular endings of nouns English forms from verbs, each with the verb endings it replaces:
# "removal" (remove), "selection" (select), "nationalisation" (nationalise).
_NOMINAL_ENDINGS = (
    ("ification", ("ify",)),
    ("ization", ("ize",)),
    ("isation", ("ise",)),
    ("ation", ("", "e", "ate")),
    ("ion", ("", "e")),
    ("al", ("", "e")),
)


def deed_noun(lex: Lexicon, noun: Token, *, acts: bool) -> bool:
    """A noun formed from a verb taking an object that names a deed ("the removal of the
    troops", "the selection of a judge"): its "of" is what the deed is done to. With `acts`,
    also one the lexicon reads as a deed ("the evacuation of the troops"), not as words ("the
    refusal of Peru": who refuses). Not what is said or thought ("the proposal of the EU":
    its author), nor an approval ("the approval of Congress": the approver); "-ment" nouns
    are left, as their "of" often does the act ("the involvement of Turkey")."""
    lemma = lower_lemma(noun)
    if noun.pos_ != "NOUN" or lemma in lex.contents:
        return False
    act = lookup_noun(lex, noun)
    if act is not None and (not acts or QUAD_CLASS[act[0]] not in MATERIAL):
        return False
    for ending, verb_endings in _NOMINAL_ENDINGS:
        if lemma.endswith(ending):
            verbs = {lemma[: -len(ending)] + v for v in verb_endings}
            return bool(verbs & lex.transitive) and not verbs & lex.approving
    return False


def deed_themes(index: ActorIndex, noun: Token, *, acts: bool = False) -> set[str]:
    """Who a deed's noun (`deed_noun`) is done to, other than a person: a stance on the deed
    or a request for it ("backed the removal of US troops", "called for the nationalisation of
    the central bank") is taken toward whoever does it, often unnamed, not toward what it is
    done to; a person it is done to is whom it is for ("welcomed the election of Ruiz").
    A request for an act the lexicon reads is asked of whom it names ("called for the
    withdrawal of Chilean troops": Chile), so only siding takes `acts`. A word of a party
    is none ("received a delegation of ministers", "backed the government of Iraq")."""
    party = index.get(noun.i) is not None or party_word(noun) or human(noun)
    if party or not deed_noun(index.lex, noun, acts=acts):
        return set()
    return {
        a
        for o in prep_objects(noun, ("of",))
        for t in o.subtree
        if (a := index.get(t.i)) is not None and a not in index.people
    }


def _inquiry(lex: Lexicon, noun: Token) -> bool:
    """ "an investigation", "a probe", "an inquiry": a noun of looking into something."""
    found = lookup_noun(lex, noun)
    return found is not None and found[:2] == (EventType.ACCUSE, "investigation")


def _act_doers(index: ActorIndex, participle: Token, act: Token) -> list[str]:
    """Who does the act a light verb's object names, which a participle of another kind acts
    on: "Rebels launched an offensive supported by Turkey" (Turkey supports the rebels),
    "carried out airstrikes condemned by Iran"; not the act told again ("joined the sanctions
    imposed by the EU": the joiner imposes no sanctions on itself)."""
    lex = index.lex
    if act.dep_ not in OBJECT_DEPS or lower_lemma(act.head) not in lex.light_verbs:
        return []
    told = lex.verbs.get(lower_lemma(participle))
    named = lookup_noun(lex, act)
    if told is None or named is None or told[0] is named[0]:
        return []
    return sources(lex, index, act.head)


def _reason(index: ActorIndex, prep: Token, pobj: Token) -> bool:
    """ "for the killing of its commander", "for Israel's strike": a hostile act named by
    "for", the reason of the act it is told with; not the "for" of a verb's own ("called for
    sanctions", "pressed for sanctions"). So is one a protest is "against" or "over" ("marched
    against the arrest of their leader": at whoever arrested him, not at the leader)."""
    lex = index.lex
    word = prep.lower_
    if word in ("against", "over") and _protest_head(lex, prep.head):
        found = lookup_noun(lex, pobj)
        return found is not None and QUAD_CLASS[found[0]] in CONFLICT
    if word != "for" or f"{lower_lemma(prep.head)} for" in lex.phrasal.keys() | lex.cameo.keys():
        return False
    found = lookup_noun(lex, pobj)
    return found is not None and QUAD_CLASS[found[0]] in CONFLICT


def _protest_head(lex: Lexicon, head: Token) -> bool:
    """ "protested", "a rally", "staged a sit-in": a word that names a protest, or a light
    verb whose object does."""
    if lex.verbs.get(lower_lemma(head), (None,))[0] is EventType.PROTEST:
        return True
    objs = [head, *children(head, OBJECT_DEPS)]
    acts = [lookup_noun(lex, o) for o in objs]
    return any(act is not None and act[0] is EventType.PROTEST for act in acts)


def targets_in(index: ActorIndex, phrase: Token) -> list[str]:
    """The actors a phrase in a target's place names, less the doer of a participle that
    only modifies a head naming neither an actor nor a body: "a judge-led investigation",
    "a US-made drone", "the Kremlin-backed candidate" are no act on the judge, the United
    States or the Kremlin; a body so led is on its leader's side ("the Saudi-led
    coalition"), and what one holds is one's own ("shelled government-held towns")."""
    # "fired on a bus carrying Turkish soldiers": an act on a vehicle is on whom it carries.
    found = (
        index.actors_in(phrase)
        or index.possessor(phrase)
        or [a for o in _carried(phrase) for a in index.actors_in(o)]
    )
    # "sent aid to the victims of the Russian attack": not to Russia.
    found = [a for a in found if a not in _attackers(index, phrase)]
    own = [phrase, *children(phrase, ("compound",))]
    if any(index.get(t.i) is not None or is_institution_word(lower_lemma(t)) for t in own):
        return found
    doers = {index.get(i) for i in _participle_doers(index.lex, phrase)}
    return [a for a in found if a not in doers]


def _participle_doers(lex: Lexicon, noun: Token) -> set[int]:
    """The words naming the doer of a participle modifying a noun ("US-brokered", "a
    Kremlin-backed candidate"), not its holder ("government-held towns": theirs)."""
    return {
        t.i
        for m in children(noun, ("amod",))
        if m.tag_ == "VBN" and lower_lemma(m) not in lex.holding
        for c in children(m, ("npadvmod", "compound"))
        for t in c.subtree
    }


def mediated_sides(index: ActorIndex, verb: Token) -> list[str]:
    """The sides a participle of mediation mediates between (CAMEO 045: the mediator the
    source, the sides the target): those its noun names with "between" ("talks between Sudan
    and the rebels, brokered by Qatar"), else the subject of the verb whose object the noun is
    ("Sudan and the rebels held talks mediated by Norway")."""
    noun = verb.head
    if verb.dep_ != "acl" or lower_lemma(verb) not in index.lex.mediating:
        return []
    sides = [a for o in prep_objects(noun, ("between",)) for a in targets_in(index, o)]
    holder = noun.head if noun.dep_ in OBJECT_DEPS else None
    if not sides and holder is not None:
        sides = [a for s in children(holder, ("nsubj",)) for a in index.actors_in(s)]
    return sides


def _own_forces(index: ActorIndex, phrase: Token, doers: Sequence[str]) -> bool:
    """Whether a phrase names only forces of the doers' own country ("with the Turkish Air
    Force", "with its air force" said of Turkey): the means they act by. What forces an act
    moves is left out later, by actor (`ingest.nlp.political.without_own_forces`)."""
    # Only a state acts by its forces: protesters "clashed with the police" of their country.
    own = countries(index, [a for a in doers if of_state(index, a)])
    named = index.actors_in(phrase)
    forces = agent_codes(phrase) & STATE_FORCES
    return bool(own and named and forces) and all(index.countries.get(a) in own for a in named)


def _absolute(prep: Token, pobj: Token) -> bool:
    """Whether a preposition's object is a clause of its own: with a subject ("closed, with
    the government suspending classes"), or, set off by a comma, a participle the tagger read
    as a noun with the name that does it before it ("criticised the plan, with Foreign
    Minister Ana Ruiz warning of ..."), or its doer with the participle the parse hangs on it
    ("held protests, with thousands of students marching in Brussels")."""
    if children(pobj, ("nsubj",)):
        return True
    doer = any(c.pos_ == "PROPN" for c in children(pobj, ("compound",)))
    after_comma = prep.i > 0 and prep.nbor(-1).text == ","
    if prep.lower_ != "with" or not after_comma:
        return False
    return any(c.tag_ == "VBG" for c in children(pobj, ("acl",))) or (
        doer and pobj.lower_.endswith("ing")
    )


def refused_askers(
    lex: Lexicon, index: ActorIndex, verb: Token, refusers: Sequence[str]
) -> list[str]:
    """Who asked what a refusal naming nothing refused, told before it in its sentence: "Peru
    asked Chile to return the ship, but Chile refused" (Peru), where the refusers were the
    ones asked."""
    if objects_of(verb) or not refusers:
        return []
    for asking in reversed(verb.doc[verb.sent.start : verb.i]):
        told = lex.verbs.get(lower_lemma(asking))
        if asking.pos_ != "VERB" or told is None or told[0] is not EventType.REQUEST:
            continue
        asked = [a for o in children(asking, ("dobj",)) for a in index.actors_in(o)]
        if set(asked) & set(refusers):
            return [a for a in sources(lex, index, asking) if a not in refusers]
    return []


def asked_by_participle(index: ActorIndex, trig: Trigger) -> list[str]:
    """Whom a request noun asks, named by the participle on it ("joined the calls by UK
    officials asking the United States to ..."): the one asked, not the noun's callers."""
    if trig.noun is None:
        return []
    asking = [v for v in children(trig.noun, ("acl",)) if v.tag_ == "VBG"]
    return [a for v in asking for o in children(v, ("dobj",)) for a in index.actors_in(o)]


def asked_in_writing(lex: Lexicon, index: ActorIndex, asking: Token) -> list[str]:
    """Whom a participle of asking with no object of its own asks, where it adds to a verb of
    saying or writing to someone ("wrote to the US embassy asking to waive the immunity"):
    the one written to; not reporters told ("said to reporters, asking for calm"): an
    audience, not whom the words ask."""
    verb = asking.head
    if asking.dep_ != "advcl" or asking.tag_ != "VBG" or objects_of(asking):
        return []
    if lower_lemma(verb) not in lex.speech:
        return []
    told = [a for o in prep_objects(verb, ("to",)) for a in index.actors_in(o)]
    return [a for a in told if sector(a) != "media"]


def _of_after_agent(index: ActorIndex, noun: Token) -> list[Token]:
    """The "of" an event noun's "by" phrase took from it ("criticism by Germany of Poland",
    "by the minister and UNESCO of Turkey"): the parse hangs it on an agent, but a name
    takes no "of" outside itself, nor does a conjunct after the last."""
    found = []
    for first in prep_objects(noun, ("by",)):
        last = max(c.i for c in [first, *first.conjuncts])
        for agent in [first, *first.conjuncts]:
            for prep in children(agent, ("prep",)):
                if prep.lower_ != "of" or index.get(prep.i) is not None:
                    continue  # "the Union of Comoros": the name's own "of"
                if agent.pos_ == "PROPN" or prep.i > last:
                    found += children(prep, ("pobj",))
    return found


def authors(lex: Lexicon, index: ActorIndex, token: Token, noun: Token | None = None) -> list[str]:
    """Whose thing or deed a verbal act answers, where its object names no actor: the subject
    of the clause on the object ("rejected the proposal Brazil unveiled"), or, where the act
    is a relative clause, of the verb whose object (or deed) the relative pronoun stands for
    ("Brazil unveiled a proposal, which Argentina rejected"; "Brazil raised tariffs, which
    Argentina condemned", which the parse may hang on the verb, or on a noun of the object's
    own phrases: "sent Chile a plan for the talks, which Chile rejected"); or the object's
    "by", as the clause's subject ("rejected the proposal by Brazil"). What the act, its
    `noun` or its object is "against" is answered as its object is ("lodged a complaint
    against the tariffs Peru imposed")."""
    found: list[str] = []
    objs = objects_of(token)
    aims = [a for t in (token, noun, *objs) if t is not None for a in prep_objects(t, ("against",))]
    # "lodged a protest over Japan's remarks", "protested over the arrests by Peru": the "over"
    # the CAMEO dictionary reads disapproval with ("PROTEST OVER ATTACK") names the deed the
    # act answers, at whose doer it is aimed (not at whom the deed was done to). Not where
    # joint subjects clash with each other ("Chile and Peru clashed over Bolivia's plan").
    subj = subject_of(lex, token)
    joint = subj is not None and bool(subj.conjuncts)
    grievances = [
        o
        for t in ([] if joint else [token, noun, *objs])
        if t is not None and lower_lemma(t) in lex.grieving
        for o in prep_objects(t, ("over",))
    ]
    for o in grievances:
        # "over its fishermen's detention": the possessor of an arrest is the one held.
        act = lookup_noun(lex, o)
        held = act is not None and held_possessor(index, o, act[1]) is not None
        found += by_agents(index, o) if held else noun_agents(index, o)
    for obj in objs + aims + grievances:
        if index.get(obj.i) is not None or index.actors_in(obj):
            continue
        if obj.tag_ not in RELATIVE_TAGS:
            # The parse may hang the object's "by" on the verb ("condemned the move by Peru").
            found += _named_by(index, obj) or _named_by(index, token)
            for clause in children(obj, ("relcl", "acl")):
                if lower_lemma(clause) in lex.mediating:
                    continue  # "a deal mediated by Qatar": the mediator is no side of it
                # Its object is the relative word, or none ("the report that X published").
                own = children(clause, OBJECT_DEPS)
                own = [o for o in own if o.tag_ not in RELATIVE_TAGS and o.lower_ != "that"]
                # A content clause is what is told, no deed of its subject's ("denied reports
                # that Chile had withdrawn").
                content = bool(children(clause, ("mark",)))
                if not own and not content and children(clause, ("nsubj", "agent")):
                    found += sources(lex, index, clause)
            if (contact := _contact_clause(lex, obj)) is not None and contact != token:
                found += sources(lex, index, contact)
        elif token.dep_ == "advcl":
            found += sources(lex, index, token.head)
        elif (told := _clause_of_time(obj, token)) is not None:
            found += sources(lex, index, told)
        elif token.dep_ == "relcl" and not index.actors_in(token.head):
            owner = token.head
            while owner.dep_ == "pobj" and owner.head.dep_ == "prep":
                owner = owner.head.head
            if owner.dep_ in (*OBJECT_DEPS, "nsubjpass"):
                found += sources(lex, index, owner.head)
    return list(dict.fromkeys(found))


def _clause_of_time(relative: Token, verb: Token) -> Token | None:
    """The clause a ", which" stands for where the parse hangs its relative clause on the
    time that clause tells ("closed the crossing on Monday, which Egypt criticised",
    "banned travel in January, which Biden opposed", "during the talks"): a date is no deed
    one judges."""
    when = verb.head
    # "apologised during the hearing, which the president accepted": what "during" names
    # tells a time as a date does.
    during = when.dep_ == "pobj" and when.head.lower_ == "during"
    if verb.dep_ != "relcl" or relative.lower_ != "which":
        return None
    if when.ent_type_ not in ("DATE", "TIME") and not during:
        return None
    if relative.i == 0 or relative.doc[relative.i - 1].text != ",":
        return None
    clause = when.head.head if when.dep_ == "pobj" else when.head
    if when.dep_ not in ("pobj", "npadvmod") or clause.pos_ not in ("VERB", "AUX"):
        return None
    return clause


def _contact_clause(lex: Lexicon, noun: Token) -> Token | None:
    """The verb of a relative clause with no relative word right after a noun, which the
    parse often makes a clause of its own ("sued over the emergency the president declared",
    "declared" a conjunct or the root): a verb taking an object with none of its own, whose
    subject starts right where the noun's phrase ends. Not a verb of saying the parse makes
    the act its clause ("filed a suit the governor said": the speaker's aside)."""
    after = noun.right_edge.i + 1
    if noun.dep_ not in ("pobj", *OBJECT_DEPS) or after >= noun.sent.end:
        return None
    subj = noun.doc[after]
    while subj.dep_ == "compound" and subj.head.i > subj.i:
        subj = subj.head
    verb = subj.head
    if subj.dep_ != "nsubj" or subj.left_edge.i != after or verb.i < subj.i:
        return None
    lemma = lower_lemma(verb)
    if verb.dep_ not in ("conj", "ROOT") or any(c.dep_ == "cc" for c in verb.head.children):
        return None
    if lemma not in lex.transitive or children(verb, OBJECT_DEPS):
        return None
    if lemma in lex.speech and any(c.is_ancestor(noun) for c in children(verb, ("ccomp",))):
        return None
    return verb


def _named_by(index: ActorIndex, head: Token) -> list[str]:
    """Who a word's "by" names itself ("by Peru", "by the Kenyan government"); not a means
    that names one inside it ("by decree of the president", "by a statement from Kenya")."""
    return [a for o in prep_objects(head, ("by",)) if index.get(o.i) for a in index.actors_in(o)]


def under(index: ActorIndex, noun: Token) -> list[str]:
    """Who is told to be under an act, who undergoes it ("the minister is under investigation
    by police", "Kenya came under pressure from Uganda")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    return _subject_or_owner(index, prep.head)


def act_clause(trig: Trigger) -> Token | None:
    """The infinitive of the noun an act is written as ("Iran's threat to attack Israel",
    "announced its refusal to recognise the government"), which the verb would take as its
    clause ("threatened to attack Israel"): whom the clause's act is done to is whom the
    noun's act bears on, as the verb's is. Not a bare promise's (`needs_partner`: "his pledge
    to pick a woman as running mate"), whose clause names no act on anyone."""
    noun = trig.token if trig.nominal else trig.noun
    if noun is None or trig.complement is not None or trig.needs_partner:
        return None
    return to_clause(noun)


def aimed_at(index: ActorIndex, trig: Trigger) -> list[str]:
    """Whom a copula says a hostile act is aimed at ("Russia has been the subject of
    sanctions", "the embassy was the target of a rocket attack")."""
    noun = trig.token
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or QUAD_CLASS[trig.type] not in CONFLICT:
        return []
    aim = of.head
    if aim.dep_ != "attr" or lower_lemma(aim) not in _UNDERGOERS:
        return []
    return _subject_or_owner(index, aim.head) if aim.head.pos_ in ("VERB", "AUX") else []


def _subject_or_owner(index: ActorIndex, verb: Token) -> list[str]:
    """Whom a verb's one subject names, or, where it names a thing, its owner, not whom the
    thing's phrases name ("his friendship with Epstein is under investigation" is his,
    "Trump's call with Zelensky" Trump's); none where the parse gives it two subjects."""
    subjects = children(verb, ("nsubj",))
    if len(subjects) != 1:
        return []
    (noun,) = subjects
    if index.get(noun.i) is not None or noun.pos_ in ("PRON", "PROPN"):
        return index.actors_in(noun)
    return [a for p in children(noun, ("poss",)) for a in index.actors_in(p)]


def accused_in_clause(index: ActorIndex, verb: Token) -> list[str]:
    """Whom an accusation's clause accuses: the doer it names, its active subject or the
    owner of what is its subject ("alleged that Israel had attacked the convoy", "complained
    that Uganda's decision was illegal"; not one a passive acts on: "alleged that protesters
    were beaten"), nor a pronoun, which is often whom the claimant speaks for ("associates of
    the activist alleged she drank poisoned tea")."""
    return [
        a
        for clause in children(verb, ("ccomp",))
        if all(s.pos_ != "PRON" for s in children(clause, ("nsubj",)))
        for a in _subject_or_owner(index, clause)
    ]


def _tie(index: ActorIndex, noun: Token) -> bool:
    """Whether a noun names a person by a tie to another: a noun of a tie ("son", "lawyer",
    "supporter"), or a person one person has, a noun of a private person whose possessor or
    "of" is a person ("Trump's accountant", "the senator's driver", "the chef of Putin"; not
    "Hong Kong's residents", nor an office held for another, "the president's spokesman"),
    or a person or a lone armed one a named person's compound tells whom they act on ("the
    Lincoln assassin", "a Biden donor": Lincoln is the victim, not the doer)."""
    # A headline's first word is capitalised, and the tagger may read a noun a name ("Son
    # of ... stabbed").
    opening = noun.pos_ == "PROPN" and noun.is_sent_start and not noun.ent_type_
    if noun.pos_ != "NOUN" and not opening:
        return False
    lemma = lower_lemma(noun)
    if lemma in index.lex.relations:
        return True
    if not (is_person_noun(lemma) or is_attacker_noun(lemma)) or is_office_word(lemma):
        return False
    named = [c for c in children(noun, ("compound",)) if index.get(c.i) in index.people]
    return bool(named) or any(
        index.get(o.i) in index.people
        or (o.pos_ == "NOUN" and (is_person_noun(lower_lemma(o)) or is_office_word(lower_lemma(o))))
        for o in owners(noun)
    )


def _related(index: ActorIndex, obj: Token) -> bool:
    """ "the son of the governor was shot", "the senator's lawyer was charged": one named by
    a tie to another is not that other (a name is its own actor)."""
    return _tie(index, obj) and index.get(obj.i) is None


def condition_subjects(lex: Lexicon, index: ActorIndex, trig: Trigger) -> list[str]:
    """Whom a threat is made to: the subject of its condition ("threatened to strike unless
    Baghdad accepted", "... if the United States goes ahead")."""
    heads = [trig.token, *([trig.complement] if trig.complement is not None else [])]
    for head in heads:
        for clause in children(head, ("advcl",)):
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children):
                subj = subject_of(lex, clause)
                if subj is not None and subj.pos_ != "PRON":
                    return index.actors_in(subj)
    return []


def bears_on_place(lex: Lexicon, trig: Trigger) -> bool:
    """Whether the act bears on the state it is done in ("imposed a curfew in Cizre"), unlike
    a meeting or an agreement, whose place is only a venue ("talks in Moscow")."""
    etype = trig.type
    if etype in (EventType.THREATEN, EventType.REJECT):
        # "refused to deploy peacekeepers in Iraq", "said the army could be deployed in
        # Iraq": the act threatened or refused tells, its clause's or the verb's own.
        inner = classify(lex, trig.token if trig.complement is None else trig.complement)
        etype = inner.type if inner is not None else etype
    # "A truce began in Idlib": a military retreat said to happen, no party named, holds in
    # the state it is told in, as "riots broke out in Nepal" do (not a release: its captor
    # may hold people anywhere).
    occurred = trig.noun is not None and trig.noun in children(trig.token, ("nsubj",))
    retreat = etype is EventType.RETREAT and trig.mode == "military"
    return etype in _PLACED or (retreat and occurred)


def venue_only(trig: Trigger, source: list[str]) -> bool:
    """An act its named doer does on no one ("students marched in Madrid", "farmers protested
    in Nairobi"): its place is where it was done, not a state it was done to. So is a protest
    of a crowd its verb's subject tells, who may name no actor ("supporters of the leader
    rallied in Dhaka": no act on Bangladesh). Not force, which harms where it strikes ("a
    Taliban bomb exploded in Kabul"), nor where the subject is acted on ("appeared in a
    court in Peru": Peru's court acts)."""
    alone = trig.complement is None and not objects_of(trig.token)
    # "They rallied in Dhaka": people a pronoun tells march where they are too.
    people = crowd_subject(trig.token) or any(
        s.pos_ == "PRON" for s in children(trig.token, ("nsubj",))
    )
    marched = trig.type is EventType.PROTEST and people
    done = bool(source) or marched
    return done and alone and not (trig.type in FORCE or trig.nominal or trig.reverse)


# Prepositions of a spot a protest is held at ("outside the embassy", "in front of it").
_PROTEST_SPOTS = frozenset({"at", "outside", "near", "opposite", "before"})


def protested_missions(index: ActorIndex, trig: Trigger) -> list[str]:
    """The states whose missions a protest is held at, by its verb or its object ("rallied
    outside the Russian embassy in London", "burned an effigy in front of the US consulate"),
    as CAMEO codes a protest at an embassy against the state it stands for."""
    heads = [trig.token, *objects_of(trig.token)]
    spots = [o for h in heads for o in prep_objects(h, _PROTEST_SPOTS)]
    spots += [
        o
        for h in heads
        for front in prep_objects(h, ("in",))
        if front.lower_ == "front"
        for o in prep_objects(front, ("of",))
    ]
    # "outside the consulate": a mission of no state told aims at none.
    found = [a for o in spots if is_mission(o) for a in index.actors_in(o)]
    return [a for a in found if index.countries.get(a)]


def crowd_subject(verb: Token) -> bool:
    """Whether a verb's subject is people a common noun or a number tells, an actor or not
    ("supporters", "thousands of supporters", "dozens"); not a pronoun, whose referent is
    untold here, nor an act or a thing ("the protests began", "the case demonstrates")."""
    if verb.pos_ != "VERB":
        return False
    subjects = children(verb, ("nsubj",))
    heads = [*subjects, *(o for s in subjects for o in prep_objects(s, ("of",)))]
    return any(is_person_noun(lower_lemma(h)) for h in heads) or any(
        s.doc.vocab[lower_lemma(s)].like_num and lower_lemma(s) not in ("one", "1")
        for s in subjects
    )


def states_in(index: ActorIndex, trig: Trigger) -> list[str]:
    """The first state named where an act is done: "in", "into", "across" of the verb, of its
    clause or of its objects, however deep ("in the town of Cizre in southeastern Turkey")."""
    verbs = [trig.token, *([trig.complement] if trig.complement is not None else [])]
    # The place of the act's own noun, or of the act or weapon that is the subject, tells it
    # as well: "launched attacks across Paris", "a gas attack in Homs killed scores".
    acts = [s for s in children(trig.token, ("nsubj",)) if _names_act(index.lex, s)]
    acts += [trig.noun] if trig.noun is not None else []
    # An act's noun's "of" is what it was done to, as a verb's object ("the bombing of a
    # mosque in Quetta").
    heads = [*verbs, *(o for v in verbs for o in objects_of(v)), *acts]
    heads += [o for a in acts for o in prep_objects(a, ("of",))]
    force = trig.type in FORCE
    # An attack in, at or near a town is on the town's state where the article names it
    # ("a rocket struck a silo in Taiz", Yemen told before), as a town attacked is.
    towns = trig.type is EventType.ASSAULT
    placed = [t for head in heads for t in _placed(index, head, force=force, towns=towns)]
    found = _first_state(index, placed, towns=towns)
    # "Nepal: four killed in an air strike", "Unrest in Lima: curfew imposed": the state a
    # headline's dateline or topic names, before the colon.
    noun = trig.token.head
    if not found and participle_of(trig.token) and noun.dep_ == "appos" and line_head(noun):
        placed = _placed(index, noun.head, force=force, towns=towns)
        found = _first_state(index, [noun.head, *placed], towns=towns)
    return found


def _placed(index: ActorIndex, head: Token, *, force: bool, towns: bool = False) -> list[Token]:
    """The words of a head's prepositions of place ("in", "into", "across"), in order, and
    those of the site it is done at: "killed 12 at a market in Kabul" (not people aimed at,
    "fired at marchers in Quito", nor a time, "on Friday in Pakistan", nor what is said,
    "resigned in a video to Peru's voters": a statement's words are no place). A meeting is
    only where an act other than `force` is decided or told ("announced sanctions at a summit
    in Warsaw": not on Poland); force strikes where it meets ("killed 12 at a meeting in
    Kabul"). With `towns`, a town or region an attack is done at, near or outside is where
    it is done too ("shelled a village near Kirkuk, Iraq"); near or outside a state it is
    not in it."""
    lex = index.lex
    preps = children(head, ("prep",))
    objs = [(p, o) for p in preps for o in children(p, ("pobj",))]
    venues = {o for _, o in objs if not force and lower_lemma(o) in lex.disputes}
    sites = [
        o
        for p, o in objs
        if p.lower_ in _SPOT_PREPS
        and not is_person_noun(lower_lemma(o))
        and o.ent_type_ not in ("DATE", "TIME")
        and o not in venues
    ]
    # "in violation of a US-brokered truce": who brokered it is no place.
    doers = {i for p in preps for n in p.subtree for i in _participle_doers(lex, n)}
    inside = [
        t
        for p in preps
        if p.lower_ in _PLACE_PREPS
        and not any(said_thing(lex, o) or _idiom(o) or o in venues for o in children(p, ("pobj",)))
        for t in p.subtree
        if t.i not in _attack_doer_words(lex, p) and t.i not in doers
    ]
    near = [t for o in sites if towns and _town(index, o) for t in o.subtree]
    further = [t for o in sites for t in _placed(index, o, force=force, towns=towns)]
    return inside + near + further


def _town(index: ActorIndex, token: Token) -> bool:
    """A town or region named, no state: "near Kirkuk", not "outside Syria"."""
    actor = index.get(token.i)
    return actor is not None and actor in index.located and actor not in index.states


def _idiom(pobj: Token) -> bool:
    """A bare singular noun with its own preposition ("in response to", "in retaliation
    for", "in solidarity with") tells why or how, not where; a place has its article or name
    ("in the town of Cizre", "in Syria")."""
    return (
        pobj.tag_ == "NN"
        and not pobj.ent_type_
        and not children(pobj, ("det", "poss", "amod", "compound"))
        and any(p.lower_ in ("to", "for", "against", "with") for p in children(pobj, ("prep",)))
    )


def _first_state(index: ActorIndex, tokens: list[Token], *, towns: bool = False) -> list[str]:
    """The first state the tokens name, as a list, or none. With `towns`, a town the article
    names the state of names that state ("struck a depot in Kharkiv", Ukraine told)."""
    actors = (index.get(t.i) for t in tokens)
    states = (ground_of(index, a) if towns and a not in index.states else a for a in actors if a)
    return next(([a] for a in states if a is not None and a in index.states), [])


def ground_of(index: ActorIndex, place: str) -> str | None:
    """The state a town or region actor lies in, by the gazetteer, where the article names
    that state ("Kharkiv", Ukraine told: Ukraine)."""
    country = index.located.get(place)
    return next((s for s in index.states if country and index.countries.get(s) == country), None)


def forces_near(index: ActorIndex, verb: Token) -> list[str]:
    """ "a bomb exploded near a police patrol", "near Malian troops": a state's forces a weapon
    went off near, named by the noun itself or its modifiers, were what it struck; others near
    it were only by ("near the embassy", "near the home of an army general")."""
    near = [
        o for p in children(verb, ("prep",)) if p.lower_ == "near" for o in children(p, ("pobj",))
    ]
    forces = [o for o in near if agent_codes(o, own=True) & STATE_FORCES]
    return [a for o in forces for a in index.actors_in(o)]


def linked_patients(lex: Lexicon, index: ActorIndex, verb: Token) -> list[str]:
    """Whom a force told with no one it struck is done to, where a verb beside it of the same
    doer, its means, its purpose or its manner, names people it acts on: "cleared protesters
    from the square using tear gas" (the force's head), "used tear gas to disperse farmers",
    "laid siege to the campus, pinning 800 students inside" (its adverbial). Only people of
    a common noun, no captives, and not a verb of words or one that bids its object act
    ("forcing them to flee", "blaming the rebels", "freeing 20 hostages"), whose object is no
    one struck."""
    own = ("nsubj", "nsubjpass")
    linked = [v for v in children(verb, ("advcl", "xcomp")) if not children(v, own)]
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not children(verb, own):
        linked.append(verb.head)
    # A verb the lexicon reads is an act of its own, its object that act's ("raided the
    # outpost, kidnapping four soldiers": the kidnapping's).
    said = lex.speech | lex.criticising | lex.naming | lex.claims | lex.citing | lex.urging
    found = [
        a
        for v in linked
        if v.pos_ == "VERB"
        and lower_lemma(v) not in said
        and lower_lemma(v) not in lex.verbs
        and not children(v, ("xcomp", "ccomp"))
        for o in children(v, ("dobj",))
        # "trapping thousands of civilians": the people a number counts; not captives freed.
        for p in [o, *prep_objects(o, ("of",))]
        if p.pos_ == "NOUN" and (human(p) or populace(p)) and lower_lemma(p) not in lex.captives
        for a in index.actors_in(p)
    ]
    return list(dict.fromkeys(found))


def own_forces_called(
    lex: Lexicon, index: ActorIndex, trig: Trigger, source: list[str]
) -> str | None:
    """The forces ("military", "police") a state's call with no act asked of them is made on,
    or its command to deploy, mobilise or guard (`Lexicon.mobilising`, `Lexicon.protecting`:
    "ordered troops to deploy to the border", CAMEO's "order * deployment of security forces",
    154) is given to, where they
    are its own: named by a generic agent of its forces alone (soldiers, reservists, police),
    of no other state ("called upon Somali troops" asks Somalia); called on or ordered to do
    something else ("called on the police to show restraint") they are asked it."""
    if trig.type is not EventType.REQUEST or not source:
        return None
    lemma, told = lower_lemma(trig.token), trig.complement
    if lemma == "call" and told is None:
        called = [*children(trig.token, ("dobj",)), *prep_objects(trig.token, ("on", "upon"))]
    elif (
        lemma in lex.commanding
        and told is not None
        and lower_lemma(told) in lex.mobilising | lex.protecting
    ):
        called = children(trig.token, ("dobj",))
    else:
        return None
    called = [o for o in called if o.ent_type_ not in MEASURES]  # not "on Wednesday"
    codes = [agent_codes(o) for o in called]
    own = countries(index, source)
    if not called or not all(c and c <= STATE_FORCES for c in codes):
        return None
    # Forces of no state told are the caller's own ("Putin ordered his troops to deploy").
    told_states = {index.countries.get(a) for o in called for a in index.actors_in(o)} - {None}
    if not told_states <= own:
        return None
    return "police" if all(c == {"COP"} for c in codes) else "military"


def countries(index: ActorIndex, actors: Iterable[str]) -> set[str]:
    """The countries of actors, where known."""
    return {c for a in actors if (c := index.countries.get(a)) is not None}


def own_state(index: ActorIndex, source: list[str], target: list[str]) -> bool:
    """ "Johnson stated that Britain must leave", "Iran said it must resist": what a state,
    or one of its people, says the state itself must do states its course; no one is asked."""
    own = countries(index, source)
    return all(t in index.states and index.countries.get(t) in own for t in target)


def talked_of(index: ActorIndex, trig: Trigger) -> set[str]:
    """The actors a consultation's verb or noun names as what is talked of ("discussed
    Ukraine", "held talks on Syria"): its subject matter, no side of the talks, unless also
    named as whom they are held with ("talks with Iran on Iran's programme")."""
    heads = [trig.token] if trig.noun is None else [trig.token, trig.noun]
    met = {a for h in heads for o in prep_objects(h, ("with",)) for a in index.actors_in(o)}
    return {a for h in heads for t in topics(h) for a in index.actors_in(t)} - met


def mutual(trig: Trigger) -> bool:
    """ "China and Russia met", "... cooperated", "... signed a deal", "... agreed to share
    data": an act joint subjects do with each other (a meeting, cooperation, or the accord,
    tie or course its words name); a bare verb of pledge or praise ("pledged funds", "praised
    the plan") each subject does on its own; "agree" is done with each other however little
    its words name ("Serbia and Kosovo agreed on Friday"); nor is a meeting they pledge ("Chile
    and Peru will meet")."""
    if trig.type in (EventType.CONSULT, EventType.COOPERATE):
        return True
    if trig.type is EventType.AGREE and trig.mode == MODE_OF_TYPE[EventType.CONSULT]:
        return True
    named = trig.noun is not None or trig.complement is not None or " " in trig.text
    return trig.type in _JOINT and (named or lower_lemma(trig.token) == "agree")


def seized_from(index: ActorIndex, trig: Trigger) -> list[str]:
    """ "regained control of Kunduz from the Taliban", "seized weapons from the militants":
    whom a seizure (CAMEO 171, 192: COERCE and ASSAULT seize) takes what it takes from, by a
    "from" on its verb or on what is taken (the parse may hang it there); what is taken is
    no party."""
    if trig.mode != _SEIZE or trig.nominal:
        return []
    taken = objects_of(trig.token)
    taken += [o for t in taken for o in prep_objects(t, ("of",))]
    taken += [o for t in taken for o in prep_objects(t, ("of",))]
    froms = [o for t in [trig.token, *taken] for o in prep_objects(t, ("from",))]
    return list(dict.fromkeys(a for o in froms for a in index.actors_in(o)))


def takes_own_away(index: ActorIndex, verb: Token, source: list[str]) -> bool:
    """ "withdrew its troops from Syria", "will recall its envoy from Sudan", "withdrew the US
    from the treaty", an event noun's "of" as its object ("announced the withdrawal of its
    forces from the island"): what the source takes away "from" something is its own, moved,
    not acted on; whom the act is done to is what it is taken from (not a time: "will blockade
    Paris from Monday"), nor the source itself: "the activist was exiled from Venezuela" by
    Venezuela (`expellers`) is put out, not taken away."""
    left = [
        o
        for o in prep_objects(verb, ("from",))
        if o.ent_type_ not in ("DATE", "TIME") and not set(index.actors_in(o)) & set(source)
    ]
    if not left:
        return False
    own = countries(index, source)
    taken = prep_objects(verb, ("of",)) if verb.pos_ == "NOUN" else objects_of(verb)
    for obj in taken:
        if pronoun_owned(obj):
            return True  # "its troops", "their envoys"
        found = index.actors_in(obj)
        if found and all(a in source or index.countries.get(a) in own for a in found):
            return True
    return False


def reciprocal(token: Token) -> bool:
    """ "accused each other", "traded fire with one another", "attacked each other's plans":
    each side acts on the other (whose plans, deeds or words an act is on, it is on them).
    Read from the words, as the parse splits "one another's" between the object and its
    possessor."""
    objs = [*objects_of(token), *(o for p in children(token, ("prep",)) for o in p.children)]
    objs += [p for o in objs for p in children(o, ("poss",))]
    doc = token.doc
    return any(
        (doc[i].lower_, doc[i + 1].lower_) in (("each", "other"), ("one", "another"))
        for o in objs
        for i in (o.i - 1, o.i)
        if 0 <= i < len(doc) - 1
    )


def armed_operation(lex: Lexicon, token: Token) -> bool:
    """ "killed in a military operation", "in a counterterrorism operation": an operation of
    armed forces or against terror is an attack (CAMEO's "{&MILITARY OPERATION}", 190), not
    a rescue's or a surgeon's; so is a state's own, of no kind told ("a US operation")."""
    modifiers = children(token, ("amod", "compound"))
    return lower_lemma(token) == "operation" and (
        any(lower_lemma(m) in lex.forces or "terror" in lower_lemma(m) for m in modifiers)
        or _states_own(modifiers)
    )


def _states_own(modifiers: list[Token]) -> bool:
    """ "a US operation", "a Turkish operation": a state names whose it is, and no noun what
    kind ("a US rescue operation", "a Turkish sting operation")."""
    return any(m.ent_type_ in ("GPE", "NORP") for m in modifiers) and not any(
        m.pos_ == "NOUN" for m in modifiers
    )


def said_thing(lex: Lexicon, noun: Token) -> bool:
    """What is said or thought (`Lexicon.contents`: "a report", "a speech"), no act of the
    lexicon ("the protest")."""
    return lower_lemma(noun) in lex.contents and lookup_noun(lex, noun) is None


def party_word(noun: Token) -> bool:
    """Whether a noun's word names a party of some kind, no thing: a group of people ("the
    nation"), a body, an office or a generic agent."""
    return (
        is_group_noun(lower_lemma(noun))
        or is_institution_word(noun.text)
        or is_office_word(noun.text)
        or bool(load_gazetteer().find_agents([noun.lower_]))
    )


def individual(index: ActorIndex, noun: Token) -> bool:
    """Whether a noun phrase names one person, by name or by office ("the finance minister"):
    who, with no weapon named, is attacked in words."""
    actors = index.actors_in(noun)
    return (bool(actors) and all(a in index.people for a in actors)) or is_office_word(noun.text)


# The sectors of the state's bodies (CAMEO's GOV, MIL, COP, SPY, JUD, LEG).
_STATE_SECTORS = sectors_of("state")


def of_state(index: ActorIndex, actor: str) -> bool:
    """Whether an actor is a state or a body of one (its government, army, police, a
    ministry...)."""
    return actor in index.states or (index.sectors.get(actor) or sector(actor)) in _STATE_SECTORS


def noun_agents(index: ActorIndex, noun: Token, *, modifiers: bool = False) -> list[str]:
    """Who acts in an event noun: its possessor ("Turkey's"), else its "by" ("by Israel"),
    else the agent of a light verb's participle on it ("the attack carried out by the
    Taliban", "an ambush launched by al-Shabaab", "died in the raid, carried out by Israel");
    with `modifiers`, else a word before it naming an actor ("the US airstrike that ...")."""
    for poss in children(noun, ("poss",)):
        if poss.pos_ != "PRON":
            return index.actors_in(poss)
    found = by_agents(index, noun)
    if found:
        return found
    lex = index.lex
    for acl in participles_on(noun):
        # Not one that receives it ("the aid received by Gaza") or judges it ("condemned by").
        if lower_lemma(acl) in lex.light_verbs - lex.receiving:
            found = _agents(index, acl)
            if found:
                return found
    for mod in children(noun, SIDE_MODIFIERS) if modifiers else []:
        found = index.actors_in(mod)
        if found:
            return found
    return []


def by_agents(index: ActorIndex, noun: Token) -> list[str]:
    """Who an event noun's "by" names: "the arrest of the editor by police"."""
    for prep in children(noun, ("prep",)):
        if prep.lower_ == "by":
            return [a for p in children(prep, ("pobj",)) for a in index.actors_in(p)]
    for obj in prep_objects(noun, ("of",)):
        # "the expulsion of Russia's diplomats by Britain": the parse may hang the noun's "by"
        # on its "of"; a party or a place takes none of its own (a text does: "the release
        # of a report by Amnesty" is the report's author).
        found = [a for p in prep_objects(obj, ("by",)) for a in index.actors_in(p)]
        if found and any(a not in found for a in index.actors_in(obj, located=True)):
            return found
    return []


def judges_own(index: ActorIndex, noun: Token) -> set[str]:
    """Those a forceful act or a yielding one, judged or asked for by its noun, was done to
    where a pronoun makes them the judge's own ("Canada condemned the expulsion of its
    diplomats", "demanded the release of their citizens"): the judgment is made for them,
    not at them; it aims at the act's doer, here unnamed. Not where the "of" does the act
    ("demanded the resignation of its chairman"); others named are left as they were ("the
    senator decried the arrest of the mayor")."""
    act = lookup_noun(index.lex, noun)
    done_to = act is not None and (
        act[0] is EventType.RETREAT or QUAD_CLASS[act[0]] is QuadClass.MATERIAL_CONFLICT
    )
    if not done_to or by_agents(index, noun):
        return set()
    found: set[str] = set()
    for obj in prep_objects(noun, ("of",)):
        for conj in [obj, *obj.conjuncts]:
            actor = index.get(conj.i)
            if actor is not None and pronoun_owned(conj):
                found.add(actor)
    return found


def in_protest(index: ActorIndex, noun: Token) -> list[str]:
    """ "an activist on hunger strike", "dockers on strike": the actor a protest's "on" tells
    is in that state is who protests (a phrase's noun, not one it is about: "a report on the
    strike", "a ban on protests" name no actor)."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ != "on" or head.head.pos_ not in ("NOUN", "PROPN"):
        return []
    return index.actors_in(head.head) if index.get(head.head.i) is not None else []


def voiced_from(index: ActorIndex, noun: Token) -> tuple[list[str], list[str]]:
    """Who voiced a view or a reaction that a noun names by the "from" of the verb it comes
    with ("condemnation of the raid came from Turkey", "the decision drew criticism from
    Germany"), and at whom: the subject that drew or got it, or whose deed it is ("Israel
    faced criticism from Egypt", "Israel's move drew criticism from Egypt")."""
    source = [a for o in voicers(index.lex, noun) for a in index.actors_in(o)]
    verb = voicing_verb(index.lex, noun)
    if not source or verb is None or lower_lemma(verb) == "come":
        return source, []  # "came" tells its subject's source, the reaction itself
    told = [
        a
        for s in children(verb, ("nsubj", "nsubjpass"))
        for a in index.actors_in(s)
        or [b for p in children(s, ("poss",)) for b in index.actors_in(p)]
    ]
    return source, [a for a in told if a not in source]


def held_possessor(index: ActorIndex, noun: Token, mode: str | None) -> Token | None:
    """ "Trump's conviction", "the activist's detention": the possessor of the noun of an
    arrest or a verdict, acts only a state's police or courts do, is the one arrested or
    convicted where it is a person (named, a person's noun or an office held by one) and no
    "of" names another ("Russia's arrest of the journalist", "the court's conviction of the
    senator" are the doers')."""
    if mode not in ("arrest", "convict") or prep_objects(noun, ("of",)):
        return None
    return next((p for p in children(noun, ("poss",)) if individual(index, p) or human(p)), None)


def noun_patients(index: ActorIndex, trig: Trigger) -> list[str]:
    """Whom an event noun of material conflict is done to, named with it: its "on" or
    "against" ("the airstrike on a rebel-held district", "attacks against the police"), a
    verb's noun's "of" ("the arrest of two Kenyan MPs"), the
    sides it is "between" (who fight each other), or the object of "left ... dead" ("a
    suicide bombing left eight policemen dead")."""
    noun = trig.token
    if QUAD_CLASS[trig.type] is not QuadClass.MATERIAL_CONFLICT:
        return []
    if noun.dep_ in OBJECT_DEPS or (noun.dep_ == "pobj" and noun.head.lower_ == "of"):
        return []  # what a verb or a noun does to it: "removing the sanctions on Burma"
    if children(noun, ("poss",)):
        return []  # "its recent attack on ...": an actor is named, if not resolved
    named = prep_objects(noun, ("on", "against", "between"))
    verb = noun.head
    if noun.dep_ == "nsubj" and lower_lemma(verb) == "leave":
        states = children(verb, ("oprd", "acomp", "xcomp"))
        named += [
            o
            for o in children(verb, OBJECT_DEPS)
            if any(c.lower_ in index.lex.harmed for c in [*states, *children(o, ("acl", "amod"))])
        ]
    return [a for o in named for a in index.actors_in(o)] + objects_of_noun(index, trig, noun)


def struck_own(index: ActorIndex, trig: Trigger) -> set[str]:
    """The actors of a material conflict's object that may be its source's own: a force or
    a group acting on its own kind is a real event ("police arrested two police officers",
    "rebels attacked other rebels"), unlike a country read on both sides of one act. A
    vehicle's driver strikes those it is driven into, as one stabs whom the verb's object
    names ("a man drove a van into worshippers": both may be the same civilians)."""
    if trig.nominal or QUAD_CLASS[trig.type] is not QuadClass.MATERIAL_CONFLICT:
        return set()
    # An object that is a word of the trigger is the means, not whom it strikes ("launched
    # artillery": the dictionary codes weapons as the forces that wield them).
    phrase = trig.text.lower().split()
    objs = [o for o in objects_of(trig.token) if o.lower_ not in phrase]
    objs += rammed_into(load_lexicon(), trig.token)
    return {a for o in objs for a in index.actors_in(o) if not a.startswith("country:")}


def objects_of_noun(index: ActorIndex, trig: Trigger, noun: Token) -> list[str]:
    """Whom a material deed's noun formed from its verb is done to, named by its "of", the
    verb's object ("the bombing of two embassies", "the invasion of Iraq"); not where the noun
    is the verb's own ("the attack of the rebels" may be theirs)."""
    if QUAD_CLASS[trig.type] is not QuadClass.MATERIAL_CONFLICT:
        return []
    if not lower_lemma(noun).endswith(NOMINALISING):
        return []
    return [a for o in prep_objects(noun, ("of",)) for a in index.actors_in(o)]
