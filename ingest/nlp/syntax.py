"""Reading the dependency parse: lemmas, a token's children and prepositional objects,
auxiliaries, clauses and their chains, headlines, parentheticals, and the character spans of an
event's own clause and of a noun's modifiers (whose dates tell of that clause or noun only).
"""

import re
from collections.abc import Collection, Iterable

import numpy
from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Span, Token

from ingest.nlp.lexicon import load_lexicon

OBJECT_DEPS = frozenset({"dobj", "dative", "obj"})

CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "parataxis"})

FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})

RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
# Dashes that set words off; a hyphen or an en dash only with spaces around it ("Saudi-led").
_DASHES = frozenset({"--", "\u2014"})  # em dash
_SPACED_DASHES = frozenset({"-", "\u2013"})  # hyphen, en dash
# A noun's modifiers: a date in one ("a teacher held since 2021", "Kim, who visited in 2019")
# tells of that noun, not of the events around it.
NOUN_MODIFIERS = frozenset({"acl", "relcl", "appos"})


def lower_lemma(token: Token) -> str:
    """A word's lemma in lower case."""
    return token.lemma_.lower()


def lemmas(token: Token) -> list[str]:
    """The lemma, plus guesses for forms the lemmatizer gets wrong ("staged" -> "stag")."""
    found = [lower_lemma(token)]
    word = token.lower_
    if token.tag_ in ("VBD", "VBN") and word.endswith("ed"):
        found += [word[:-1], word[:-2]]
    elif token.tag_ == "VBZ" and word.endswith("s"):
        found.append(word[:-1])  # "hopes", which the lemmatizer reads as "hop"
    return found


def hyphened_noun(token: Token) -> Token | None:
    """The noun joined by a hyphen before a word and hung on it, what a compound verb or noun
    is done with ("pepper-sprayed", "baton-charged", "a lathi-charge"), if any."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].tag_ != "HYPH" or doc[token.i - 1].whitespace_:
        return None
    noun = doc[token.i - 2]
    if noun.whitespace_ or noun.head != token or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun


def lemma_in(token: Token, words: frozenset[str]) -> bool:
    return any(w in words for w in lemmas(token))


_CHILDREN = "newsgraph.children"  # where `children` keeps the doc's tree, in its user data


def children(token: Token, deps: Collection[str]) -> list[Token]:
    """The token's children whose dependency is among `deps`, in the doc's order."""
    # Asked some 300k times over the AEB dev pages, of the same verbs and nouns: spaCy walks
    # the token's whole subtree for its children and makes a Token of each; the doc's tree is
    # read once from its arrays instead, and a Token made only for a child asked for.
    doc = token.doc
    tree: list[list[tuple[str, int]]] | None = doc.user_data.get(_CHILDREN)
    if tree is None:
        tree = doc.user_data[_CHILDREN] = _tree(doc)
    return [doc[i] for dep, i in tree[token.i] if dep in deps]


def _tree(doc: Doc) -> list[list[tuple[str, int]]]:
    """Each token's children, as (dependency, index), in the doc's order."""
    tree: list[list[tuple[str, int]]] = [[] for _ in range(len(doc))]
    names: dict[int, str] = {}
    # HEAD is the offset to the head, negative ones wrapped in the unsigned array.
    offsets = doc.to_array(HEAD).astype(numpy.int64).tolist()
    for i, (offset, dep) in enumerate(zip(offsets, doc.to_array(DEP).tolist(), strict=True)):
        if offset:
            if dep not in names:
                names[dep] = doc.vocab.strings[dep]
            tree[i + offset].append((names[dep], i))
    return tree


def prepositions(token: Token) -> list[tuple[str, Token]]:
    """The token's prepositions, each with the word it is read as: "out of" is "from"
    ("withdrew out of Syria", "pulled its envoy out of Iran"), its objects under "of"."""
    found: list[tuple[str, Token]] = []
    for prep in (c for c in token.children if c.dep_ == "prep"):
        of = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        out = prep.lower_ == "of" and any(
            c.dep_ == "prt" and c.lower_ == "out" and c.i == prep.i - 1 for c in token.children
        )
        if prep.lower_ == "out" and of is not None:
            found.append(("from", of))
        else:
            found.append(("from" if out else prep.lower_, prep))
    return found


def prep_objects(token: Token, preps: Iterable[str]) -> list[Token]:
    """The objects of the token's prepositions among `preps`: "from the hospital" -> hospital."""
    wanted = set(preps)
    heads = [p for word, p in prepositions(token) if word in wanted]
    return [o for p in heads for o in children(p, ("pobj",))]


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def definite_noun(token: Token) -> bool:
    """Whether a word is a noun with a definite determiner or a possessor ("the attack",
    "Slepian's murder"): an event already told."""
    return token.pos_ == "NOUN" and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in token.children
    )


# Determiners of a phrase that refers back to two told before ("the two", "these two").
_PAIR_DETERMINERS = frozenset({"the", "these", "those"})


def names_pair(token: Token) -> bool:
    """Whether a word refers back to two told before: a plural noun with "both" or a definite
    "two" ("both governments", "the two leaders"; not "two ministers resigned", which tells of
    new ones, nor "the two other states"), "the pair", or "both" or "the two" standing alone
    ("The two also spoke")."""
    words = {c.lower_ for c in token.children if c.dep_ in ("det", "predet", "nummod", "amod")}
    if "other" in words or ranked(token):
        return False  # "the two other countries", "the two largest parties": not those told
    definite = not words.isdisjoint(_PAIR_DETERMINERS)
    if token.tag_ == "NNS":
        return "both" in words or (definite and "two" in words)
    if prep_objects(token, ("of",)):
        return False  # "the pair of shoes", "both of them": what the "of" names
    if token.lower_ == "pair" and token.pos_ == "NOUN":
        return definite
    if token.lower_ == "two" and token.dep_ != "nummod":
        return definite
    return token.lower_ == "both" and token.dep_ in ("nsubj", "nsubjpass")


def ranked(noun: Token) -> bool:
    """Whether a noun is ranked by an ordinal or a superlative ("the third president", "the
    largest party"): an infinitive on it tells a record ("the first leader to visit"), no plan."""
    return any(m.ent_type_ == "ORDINAL" or m.tag_ == "JJS" for m in noun.children)


def owners(noun: Token) -> list[Token]:
    """Whose a noun's thing or person is: its possessor, its "of" and its owner a participle
    names ("Trump's accountant", "the goats of the farmers", `participle_owners`)."""
    return children(noun, ("poss",)) + prep_objects(noun, ("of",)) + participle_owners(noun)


def participle_owners(noun: Token) -> list[Token]:
    """Whose a noun's thing is by a participle of owning ("a tanker belonging to Iran",
    "ships owned by a Greek firm")."""
    found: list[Token] = []
    for verb in children(noun, ("acl",)):
        if lower_lemma(verb) == "belong":
            found += prep_objects(verb, ("to",))
        elif lower_lemma(verb) == "own" and (agent := agent_noun(verb)) is not None:
            found.append(agent)
    return found


def amount(noun: Token) -> bool:
    """ "$3 billion", "500 million euros": a number, or a noun counted by one."""
    return noun.like_num or any(c.dep_ in ("nummod", "quantmod") for c in noun.children)


# Entities whose names are made of common words ("the Quds Force", "the Paris Agreement").
_NAME_ENTITIES = frozenset({"ORG", "EVENT", "LAW", "FAC", "PRODUCT", "WORK_OF_ART"})


def in_name(noun: Token) -> bool:
    """ "the Quds Force", "the Peace Corps", "the Abraham Accords": a proper noun inside the
    name of a body, a law or an event is part of that name, not an event noun."""
    return noun.pos_ == "PROPN" and noun.ent_type_ in _NAME_ENTITIES


def participle_of(token: Token) -> bool:
    """A past participle modifying a noun ("six indicted by a jury"): a passive verb; not the
    noun's own verb after a parenthetical ("The Authority - which ... - called on")."""
    participle = token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in NOMINAL
    return participle and before_parenthetical(token) is None


def participle_noun(token: Token) -> bool:
    """A past participle standing as a noun after "the" ("police arrested the accused", "the
    accused denied it"), which the parser tags a verb in a noun's slot."""
    return (
        token.tag_ == "VBN"
        and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        and [(c.dep_, c.lower_) for c in token.lefts] == [("det", "the")]
    )


def prose(sent: Span) -> bool:
    """Whether a sentence ends as prose does, with punctuation, where a headline has none: the
    line break after a paragraph, which the parse keeps in its last sentence, aside, and a
    closing quote or bracket, which ends a headline's quoted word ("Germany bans Mahan Air,
    citing 'security'")."""
    words = [t for t in sent if not t.is_space]
    while len(words) > 1 and (words[-1].is_quote or words[-1].is_bracket):
        words.pop()
    return bool(words) and words[-1].pos_ == "PUNCT"


def headline(token: Token) -> bool:
    """ "Journalist arrested in Minsk": a participle on a verbless line's noun reports, as
    does one with its agent anywhere ("sanctions imposed by Canada"); without, it describes
    ("200 people injured in the stampede")."""
    return participle_of(token) and (line_head(token.head) or bool(children(token, ("agent",))))


def line_head(noun: Token) -> bool:
    """The head of a verbless line: its root, or what a colon after the root introduces (a
    dateline or a topic: "Kenya: two arrested in Mombasa", "Unrest in Lima: curfew imposed")."""
    head = noun.head
    return noun.dep_ == "ROOT" or (
        noun.dep_ == "appos"
        and head.dep_ == "ROOT"
        and any(t.text == ":" for t in noun.doc[head.i + 1 : noun.i])
    )


def complement(token: Token) -> Token | None:
    for dep in ("xcomp", "ccomp"):
        for c in token.children:
            if c.dep_ == dep and c.pos_ in ("VERB", "AUX"):
                return c
    # "have sworn to fight" is often parsed as a purpose clause right after the verb.
    for c in token.rights:
        if c.dep_ == "advcl" and c.i == token.i + 2 and token.nbor(1).lower_ == "to":
            return c
    # "was advised by Russia to expel the envoy": a passive's infinitive after its agent,
    # which the parser reads as a purpose clause.
    for agent in children(token, ("agent",)) if children(token, ("auxpass",)) else []:
        for c in children(token, ("advcl",)):
            if c.left_edge.i == agent.right_edge.i + 1 and any(a.tag_ == "TO" for a in c.children):
                return c
    # "called for troops to withdraw": a clause of its own, with "for" and "to".
    for c in children(token, ("advcl",)):
        if any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children) and any(
            a.tag_ == "TO" for a in c.children
        ):
            return c
    # "called on Arabs to unite", "appealed to X to ..." : the clause hangs off the prep.
    for prep in children(token, ("prep",)):
        for pobj in children(prep, ("pobj",)):
            for c in children(pobj, ("acl", "relcl")):
                # An infinitive's "to", not a preposition ("release them to Biden").
                if c.pos_ == "VERB" and any(a.tag_ == "TO" for a in c.children):
                    return c
    return None


def relative_object(verb: Token) -> Token | None:
    """The noun a relative clause is said of where it is the clause's object, by a pronoun
    or by the gap it leaves ("the deal that Somalia struck", "the call he made"); not where a
    clause fills the gap ("charges he threatened to kill her"), nor a time ("the day he left")."""
    if verb.dep_ != "relcl":
        return None
    objects = children(verb, OBJECT_DEPS)
    if objects:
        return verb.head if objects[0].tag_ in RELATIVE_TAGS else None
    if any(c.tag_ in RELATIVE_TAGS or c.tag_ == "WRB" for c in verb.children):
        return None
    if not children(verb, ("nsubj",)) or children(verb, ("xcomp", "ccomp", "auxpass")):
        return None
    return verb.head if verb.head.ent_type_ not in ("DATE", "TIME") else None


NOMINAL = frozenset({"NOUN", "PROPN", "NUM"})


# --- flags -----------------------------------------------------------------------------


def aux_words(token: Token) -> set[str]:
    """A verb's auxiliaries, in lower case ("has", "been", "will")."""
    return {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}


def negated_subject(subject: Token) -> bool:
    """ "No soldiers were hurt", "none of them was arrested", "nobody attacked", "neither
    side fired", "nothing was signed": the one acting or acted on is no one, or nothing, so
    the act did not happen."""
    return subject.lower_ in ("none", "nobody", "no-one", "neither", "nothing") or any(
        (c.dep_ == "det" and c.lower_ == "no") or c.lower_ == "neither" for c in subject.children
    )


def subjunctive(token: Token) -> bool:
    """ "the suggestion that the issues be discussed", "insisted that he resign": a "that"
    clause in the subjunctive tells what is wanted, not what was done."""
    aux = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    subj = children(token, ("nsubj", "nsubjpass"))
    # The tagger reads "(that) Togo recall" as a plural present: a singular subject tells it.
    bare = token.tag_ == "VB" or (
        token.tag_ == "VBP" and any(s.tag_ in ("NN", "NNP") for s in subj)
    )
    return (
        (bare if not aux else [a.tag_ for a in aux] == ["VB"])
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)
        and bool(subj)
        and not any(lower_lemma(a) == "do" for a in aux)
    )


# Modifiers of a noun that may each name a side ("Turkish and Greek sides").
SIDE_MODIFIERS = frozenset({"amod", "compound", "nmod"})


def sector(actor: str) -> str | None:
    """The sector of a sector actor by its id, slugged ("sector:NGA-police": police;
    "sector:armed-group", of no country: armed-group)."""
    if not actor.startswith("sector:"):
        return None
    slug = actor.split(":", 1)[1]
    return slug[4:] if re.match("[A-Z]{3}-", slug) else slug


def verb_of(token: Token) -> Token | None:
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def antecedent(token: Token) -> Token:
    """What a token stands for: a relative clause's pronoun the noun the parse hangs the
    clause on ("a dog that attacked", "Typhoon Haiyan, which killed"), or the whole list that
    noun ends where the clause's verb agrees with a plural ("parents, lawmakers and a bishop
    who sought to talk", "teachers and a nurse who have marched": all of them; not "... and a
    bishop who was", "... who has"); any other token itself. A clause on a description set
    beside a name is said of the name where the pronoun fits it ("Hezbollah, a militia that
    has attacked", "Kim, a leader who has threatened"): not "Paul, who heads the Alliance,
    a group that has applauded", where the parse hangs the description on the person. A
    pronoun in a clause reported inside the relative one stands for its noun too ("the rebels,
    who officials said attacked the camp")."""
    verb = token.head
    clause = verb.head if verb.dep_ == "ccomp" else verb
    if token.tag_ not in RELATIVE_TAGS or clause.dep_ != "relcl":
        return token
    noun = clause.head
    indefinite = any(d.lower_ in ("a", "an") for d in children(noun, ("det",)))
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and indefinite:
        person = token.lower_ in ("who", "whom", "whose")
        if person == (noun.head.ent_type_ == "PERSON"):
            noun = noun.head
    if any(
        t.tag_ == "VBZ" or t.lower_ == "was" for t in [verb, *children(verb, ("aux", "auxpass"))]
    ):
        return described(noun)
    while noun.dep_ == "conj" and noun.head.pos_ in NOMINAL:
        noun = noun.head
    return described(noun)


# Verbs whose noun says what their subject is.
_COPULAS = frozenset({"be", "become", "remain"})
# Pronouns that stand for one a copula's noun may describe (not a cleft's "it": "It was the
# army that fired" is the army's).
_DESCRIBED = frozenset({"he", "she", "they", "we", "i", "you"})


def described(noun: Token) -> Token:
    """The subject a copula's common noun describes, whom a clause or an infinitive on the
    noun tells of: "Chile was among the states that condemned the coup", "is one of the few
    members that oppose ...", "Norway was the first country to recognise ...", "Ruiz is the
    first mayor to be charged": Chile, Norway, Ruiz. A common noun for subject may be no
    one's ("The blast was a bomber who ..."): the noun itself then, as any other noun."""
    head = noun.head
    if noun.pos_ != "NOUN":
        return noun
    if noun.dep_ == "attr":
        copula = head
    elif noun.dep_ == "pobj" and head.lower_ == "among":
        copula = head.head
    elif noun.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "attr":
        copula = head.head.head  # "one of the states", "the first of the states"
    else:
        return noun
    subj = next(iter(children(copula, ("nsubj",))), None)
    if (
        lower_lemma(copula) not in _COPULAS
        or subj is None
        or not (subj.pos_ == "PROPN" or subj.lower_ in _DESCRIBED)
    ):
        return noun
    return subj


def participles_on(noun: Token) -> list[Token]:
    """The participles told of a noun: its own ("an ambush carried out by al-Shabaab"), and
    one opening the phrase after a comma that ends the noun's, which the parse hangs on the
    verb whose preposition takes the noun ("were killed in the ambush, allegedly staged by the
    rebels")."""
    found = children(noun, ("acl",))
    after = noun.right_edge.i + 1
    if noun.dep_ == "pobj" and after < len(noun.doc) and noun.doc[after].text == ",":
        verb = noun.head.head
        found += [
            c for c in children(verb, ("advcl",)) if c.tag_ == "VBN" and c.left_edge.i == after + 1
        ]
    return found


def parenthetical(verb: Token) -> Span | None:
    """The words set off by dashes right before a verb (its auxiliaries and adverbs aside), or
    by commas where they are a relative clause: "The Authority - which considers the US
    biased - called ...", "Two states - Egypt and Jordan - also criticised ...", "The Union,
    which has criticised the coup, called ..."."""
    doc, start = verb.doc, verb.sent.start
    i = verb.i - 1
    while i > start and doc[i].head == verb and doc[i].dep_ in ("aux", "advmod", "neg"):
        i -= 1
    if i <= start:
        return None
    if _dash(doc[i]):
        opening = next((k for k in range(i - 1, start, -1) if _dash(doc[k])), None)
        return doc[opening + 1 : i] if opening is not None else None
    if doc[i].text != ",":
        return None
    opening = next((k for k in range(i - 1, start, -1) if doc[k].text == ","), None)
    if opening is None or opening + 1 >= i or doc[opening + 1].tag_ not in RELATIVE_TAGS:
        return None
    return doc[opening + 1 : i]


def _dash(token: Token) -> bool:
    """Whether a token is a dash setting words off, not a hyphen inside a word."""
    spaced = bool(token.whitespace_) and token.i > 0 and bool(token.nbor(-1).whitespace_)
    return token.text in _DASHES or (token.text in _SPACED_DASHES and spaced)


def before_parenthetical(verb: Token) -> Token | None:
    """The subject a clause set off by dashes or commas interrupts, where the parse hung the
    verb after it inside the clause ("The Authority - which considers the US biased - called
    for ...": "called" a complement of "considers"): the noun phrase before the opening mark,
    where it stands as a subject or as the parse's root."""
    inside = parenthetical(verb)
    if inside is None or inside.start < verb.sent.start + 2:
        return None
    noun = verb.doc[inside.start - 2]
    while noun.dep_ in ("pobj", "prep", "compound") and noun.head.i < noun.i:
        noun = noun.head  # "the rebels of the north - who ...": the phrase's head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    within = inside.start <= verb.head.i < inside.end
    if within and verb.dep_ != "acl":
        return noun if noun.dep_ in ("nsubj", "nsubjpass", "ROOT") else None
    # Or the parse made the verb a participle on the noun, or on a word inside the clause
    # ("The Union, which criticised the coup, called for ...": "called" on "coup"), where the
    # noun has no verb of its own in prose (a headline drops a passive's auxiliary: "Three
    # soldiers - two officers - killed").
    in_prose = prose(verb.sent)
    return noun if (within or verb.head == noun) and noun.dep_ == "ROOT" and in_prose else None


def stray_subject(verb: Token) -> Token | None:
    """The subject of a clause joined by "and" that the parse hung as a conjunct on the last
    noun of the clause before, the verb left with no subject ("returned to Washington and
    the Taliban attacked a base": "Taliban" a conjunct of "Washington"): the clause's own
    subject, not the first clause's, nor a party of its act."""
    if verb.dep_ not in ("advcl", "conj") or verb.pos_ != "VERB":
        return None
    if children(verb, ("nsubj", "nsubjpass", "csubj", "mark")):
        return None
    auxes = children(verb, ("aux", "auxpass"))
    if not (verb.tag_ in FINITE or any(c.tag_ in FINITE for c in auxes)):
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


def patient_told(attack: Token) -> bool:
    """An attack's noun with what it is done to: its "on" or "against", or the "of" of a deed's
    noun formed from its verb ("the shelling of the villages")."""
    done_to = (
        ("on", "against", "of") if lower_lemma(attack).endswith(NOMINALISING) else ("on", "against")
    )
    return bool(prep_objects(attack, done_to))


def bare_passive(token: Token) -> bool:
    """A passive without its auxiliary, whose subject (maybe its head's) is the one acted on:
    a participle clause ("when asked to condemn them", "arrested in May, he ..."), a verb
    joined to a passive ("was shot and killed"), or a headline's verbs joined to one with an
    agent ("Reporter shot and killed by gunmen"), or a "with" clause's ("with the minister
    accused of fraud": the parse makes the one acted on its nsubj)."""
    if children(token, ("aux", "auxpass", "nsubjpass")) or token.tag_ not in ("VBN", "VBD"):
        return False
    with_clause = (token.dep_ == "pcomp" and token.head.lower_ == "with") or any(
        c.lower_ == "with" for c in children(token, ("mark",))
    )
    if with_clause:  # the tagger may read its participle as a past ("accused": VBD)
        return True
    if token.tag_ == "VBN" and token.dep_ == "advcl":
        return not children(token, ("nsubj",))
    if token.tag_ == "VBN" and token.dep_ == "conj":
        head = token.head
        if children(head, ("auxpass",)) and not children(token, ("nsubj",)):
            return True  # "was shot and killed": the conjuncts share the passive
        agent = children(token, ("agent",)) and not children(token, ("nsubj",))
        return bool(agent) and not children(head, ("aux", *OBJECT_DEPS))
    return any(
        bare_passive(c) for c in token.conjuncts if c.dep_ == "conj" and c.head == token
    ) and not children(token, OBJECT_DEPS)


def name_as_modifier(token: Token) -> bool:
    """ "Guadeloupe approves of ...": a state's, a body's or a person's name the tagger read
    as an adjective of the headline's verb (not a people's adjective: "Russian attacks")."""
    return token.dep_ == "amod" and token.ent_type_ in ("GPE", "ORG", "PERSON")


def numeric_noun(noun: Token) -> bool:
    """A number standing for what its "of" names ("dozens of", "two of", "hundreds of")."""
    return noun.like_num or noun.ent_type_ == "CARDINAL"


def with_counted(nouns: list[Token]) -> list[Token]:
    """Nouns with what those that are numbers count ("dozens of activists": the activists)."""
    return nouns + [o for p in nouns if numeric_noun(p) for o in prep_objects(p, ("of",))]


def pronoun_owned(noun: Token) -> bool:
    """Whether a pronoun owns a noun ("his staff", "its troops"): the doer's own."""
    return any(p.pos_ == "PRON" for p in children(noun, ("poss",)))


def names_kind(noun: Token) -> bool:
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


def agent_noun(token: Token, *, by_prep: bool = False) -> Token | None:
    """The noun a passive's agent names ("supported by a combination"); with `by_prep`, also
    that of a "by" the parser labels a preposition ("poisoned by lead")."""
    by = [p for p in token.children if p.dep_ == "agent" or (by_prep and p.lower_ == "by")]
    return next((o for p in by for o in children(p, ("pobj",))), None)


def kinds(noun: Token) -> set[str]:
    """A noun with each modifier that may name its kind: "nerve gas", "land mine"."""
    return {f"{m.lower_} {lower_lemma(noun)}" for m in children(noun, ("compound", "amod"))}


def attack_words(token: Token) -> tuple[str, str]:
    """A word's forms to look for among attack words: "the shooting", "the bombing" (a
    gerund names its verb's act)."""
    return lower_lemma(token), token.lower_.removesuffix("ing")


# Endings of the nouns English forms from verbs ("killing", "invasion", "imprisonment",
# "seizure"), whose "of" is the verb's object; not of nouns that are verbs too ("the attack
# of the rebels" may be theirs).
NOMINALISING = ("ing", "ion", "ment", "ure")


def clause_spans(token: Token) -> tuple[tuple[int, int], ...]:
    """Doc character spans of a word's own clause, as an event's `clause` holds them."""
    return char_spans(own_clause(token), 0)


def own_clause(token: Token) -> list[Token]:
    """The tokens of a trigger's clause: its subtree without the clauses it governs and
    without the modifiers of its nouns."""
    own: list[Token] = []
    stack = [token]
    while stack:
        t = stack.pop()
        own.append(t)
        stack += [c for c in t.children if not _opens_clause(c)]
    return own


def _modifier_end(modifier: Token) -> int:
    """Where a noun's modifier ends: at the mark that closes an appositive ("arrested 40
    students - the biggest sweep in years - on Monday"), the words after it being the
    clause's wherever the parse hangs them, else at the end of its phrase."""
    if modifier.dep_ == "appos":
        for c in modifier.children:
            if c.i > modifier.i and c.dep_ == "punct" and (c.text in (",", ")") or _dash(c)):
                return c.idx
    return modifier.right_edge.idx + len(modifier.right_edge.text)


def _opens_clause(token: Token) -> bool:
    if token.dep_ in NOUN_MODIFIERS:
        return True
    return token.dep_ in CLAUSE_DEPS and token.pos_ in ("VERB", "AUX")


def char_spans(tokens: Iterable[Token], offset: int) -> tuple[tuple[int, int], ...]:
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
        (t.left_edge.idx, _modifier_end(t))
        for t in doc
        if t.dep_ in NOUN_MODIFIERS
        and not (t.dep_ == "acl" and t.tag_ == "VBG")
        and t.head.ent_type_ not in ("DATE", "TIME")
        and lower_lemma(t.head) not in lex.nouns
    ]
