"""Texts in, parsed docs out: the parse the NLP stage reads (`parse_texts`).

The spaCy pipeline is loaded once per process and run over articles in nlp.pipe batches.
Every sentence is parsed: parsing only sentences holding a trigger word was measured to be
no faster with the small model (tok2vec and NER dominate) and lost events where the sentence
splitter and the parser disagree. Each line (paragraph) is parsed on its own and the lines
joined into one doc: given the whole text, the parser runs a headline into the first line of
the body and leaves that line's verb without its subject, and a sentence start preset after
the line break only moves the damage (it split "India and China agreed" into three).
The parser reads the text prepared by `ingest.nlp.textprep` (page clutter blanked, headlines and
lower-cased lines re-cased, same characters count); dates are read from it too, and events
quote the article as written.
"""

import re
from collections.abc import Callable, Iterator
from itertools import pairwise

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from graph.models import EventType
from ingest.nlp.actors import is_person_noun
from ingest.nlp.events import EventMention
from ingest.nlp.gazetteer import load_gazetteer
from ingest.nlp.lexicon import load_lexicon
from ingest.nlp.model import load_nlp
from ingest.nlp.places import load_places, within
from ingest.nlp.senses import tells_when
from ingest.nlp.syntax import children, lower_lemma
from ingest.nlp.textprep import parse_text
from ingest.nlp.verb_forms import IRREGULAR_PASTS

PARAGRAPH_BREAK = re.compile(r"\n\s*")
# Lines are short: nlp.pipe batches of 64 lines parsed the AEB dev pages with 7-16 % less
# CPU than batches of 32, the same parses; 256 saved a little more but raised a process's peak
# memory by 150 MiB (64: 23 MiB).
_LINES_PER_BATCH = 64


def _parse_by_line(nlp: Language, texts: list[str], *, batch_size: int) -> Iterator[Doc]:
    """One doc per text, each line parsed apart so that no sentence spans a line break."""
    chunked = [_lines(text) for text in texts]
    docs = nlp.pipe((line for lines in chunked for line in lines), batch_size=batch_size)
    for lines in chunked:
        # The lines keep their breaks, so the joined doc has the text's exact characters.
        parsed = [_read_again(nlp, next(docs)) for _ in lines]
        # A line's user data are caches of its own reading (`ingest.nlp.syntax.children`), which
        # spaCy would warn of and drop (its stub lacks the argument).
        yield Doc.from_docs(parsed, ensure_whitespace=False, exclude=["user_data"])  # type: ignore[call-arg]


def _read_again(nlp: Language, line: Doc) -> Doc:
    """The line after each re-reading of a construction the small model misparses, in turn."""
    for read in _RE_READS:
        line = read(nlp, line)
    return line


def _headline_verb_read(nlp: Language, line: Doc) -> Doc:
    """ "Indonesia and Tunisia ratify accord", "Air force bombs camp": the small model reads a
    headline's present verb after a noun as a noun of the phrase, or as a verb with no
    subject. Such a line, with no other verb but those a comma joins after it ("Army shells
    suburbs, kills four") or a verbless tail ("Army shells town, no casualties": the clause
    before the comma read alone), where the word is a trigger verb's (the
    lexicon's or the CAMEO dictionary's: "X and Y sign trade agreement"), is parsed
    again with "now" before it, which makes it a verb, and that parse is kept,
    without the "now", where the verb then heads the line with a subject. Not the head of an
    event noun of two words ("on hunger strike"), nor after a colon ("X: mass arrests")."""
    text = line.text  # joined token by token at each read
    if text.rstrip().endswith(".") or ":" in text:
        return line  # prose, or a topic's headline whose news is a noun phrase
    lex = load_lexicon()
    found = [
        t
        for t in line[1:]
        if t.pos_ in ("NOUN", "VERB")
        and line[t.i - 1].pos_ in ("NOUN", "PROPN")
        and (t.lemma_.lower() in lex.verbs or t.lemma_.lower() in lex.cameo)
        and t.lower_ in (t.lemma_.lower(), t.lemma_.lower() + "s")
        and f"{line[t.i - 1].lower_} {t.lemma_.lower()}" not in lex.nouns
    ]
    # The lexicon's verbs first: "air force bombs camp" is bombing, not forcing.
    word = min(found, key=lambda t: (t.lemma_.lower() not in lex.verbs, t.i), default=None)
    if word is None or any(not _joined_by_comma(word, v) for v in _verbs(line)) or _subject(word):
        return line
    comma = next((t.i for t in line[word.i + 1 :] if t.text == ","), None)
    # A verbless tail after a comma ("Army shells town, no casualties") is no part of the
    # clause: parsed with it, it takes the root or becomes the verb's object ("no
    # casualties" negating the shelling), so the clause before it is read alone first.
    alone = [line[:comma]] if comma is not None and all(v.i < comma for v in _verbs(line)) else []
    for span in [*alone, line[:]]:
        read = _read_as_verb(nlp, line, span, word)
        if read is not None:
            return read
    return line


def _qualifier_read(nlp: Language, line: Doc) -> Doc:
    """ "Mayor of Tikrit, Iraq abducted", "Judge in Quetta, Pakistan shot": the small model reads
    the state written after a town as the verb's subject or object, an actor of the act. Where
    the gazetteer puts a reading of the town in that state (a country or region), the line is
    parsed again without the comma and the state, and that parse is kept, the state set
    after the town in apposition, where it keeps the words; not in a list of places ("Kabul,
    Kandahar and Herat"), where the name after the comma is the next item. Headlines only: in
    prose the one sentence it moved (Wikinews 2019) was misparsed either way."""
    if line.text.rstrip().endswith("."):
        return line
    places = load_places()
    for town, state in pairwise(line.ents):
        comma = line[town.end] if town.end < len(line) else None
        if (
            comma is None
            or comma.text != ","
            or state.start != town.end + 1
            or state.root.dep_ not in ("nsubj", "nsubjpass", "dobj")
            or (state.end < len(line) and line[state.end].lower_ in (",", "and", "or"))
            or not any(
                within(p, area)
                for p in places.candidates(town.text)
                for area in places.candidates(state.text)
            )
        ):
            continue
        again = nlp(
            line[: comma.i].text_with_ws.rstrip()
            + line[state.end - 1].whitespace_
            + line[state.end :].text
        )
        gap = state.end - comma.i  # the words taken out
        words = [t.text for t in line[: comma.i]] + [t.text for t in line[state.end :]]
        if [t.text for t in again] != words:
            continue
        at = [j if j < comma.i else j + gap for j in range(len(again))]
        heads = [at[t.head.i] for t in again[: comma.i]]
        heads += [town.root.i] + [t.head.i if t != state.root else town.root.i for t in state]
        heads += [at[t.head.i] for t in again[comma.i :]]
        deps = [t.dep_ for t in again[: comma.i]] + ["punct"]
        deps += ["appos" if t == state.root else t.dep_ for t in state]
        deps += [t.dep_ for t in again[comma.i :]]
        source = [*again[: comma.i], *line[comma.i : state.end], *again[comma.i :]]
        ents = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in line]
        return _rebuilt(nlp, line, source, heads, deps, ents)
    return line


def _paired_read(nlp: Language, line: Doc) -> Doc:
    """ "Benin, Nigeria join trade bloc", "Chile, Peru sign border deal": a headline writes a
    pair of subjects with a comma for "and", which the small model reads as an interjection,
    an apposition or a modifier of the verb, leaving one of them its subject. Where the line
    opens on two actors the gazetteer knows (countries, groups, bodies, people; not a place
    and its state, "Gdansk, Poland stabbed"), a comma between, the line is read as it parses
    with "and" for the comma, where that makes the pair a verb's subject; not before a colon,
    a topic's ("Russia, Ukraine: talks begin")."""
    text = line.text
    if text.rstrip().endswith(".") or ":" in text or len(line.ents) < 2:
        return line
    first, second = line.ents[:2]
    gaz = load_gazetteer()
    if (
        first.start != 0
        or second.start != first.end + 1
        or line[first.end].text != ","
        or any(gaz.lookup(e.text) is None for e in (first, second))
    ):
        return line
    comma = line[first.end]
    again = nlp(f"{text[: comma.idx]} and{text[comma.idx + 1 :]}")
    words = [t.text for t in again]
    if (
        len(again) != len(line)
        or words[: comma.i] + words[comma.i + 1 :] != [t.text for t in line if t != comma]
        or again[second.root.i].dep_ != "conj"
        or again[second.root.i].head != again[first.root.i]
        or again[first.root.i].dep_ != "nsubj"
        or again[first.root.i].head.pos_ != "VERB"
    ):
        return line
    source = [comma if t.i == comma.i else t for t in again]
    deps = ["punct" if t.i == comma.i else t.dep_ for t in again]
    ents = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in line]
    return _rebuilt(nlp, line, source, [t.head.i for t in again], deps, ents)


def _time_phrase_read(nlp: Language, line: Doc) -> Doc:
    """ "A bomb was on Tuesday rammed into a base", "two soldiers were last week wounded": a
    time between an auxiliary and its participle leads the small model astray (the auxiliary
    read as the root and the participle as a clause of its own, or the subject as a doer).
    Such a line is parsed again without the time, and that parse is kept where the participle
    then takes the auxiliary, with the time put back on the participle as it was read."""
    for aux in line[:-2]:
        if lower_lemma(aux) not in ("be", "have"):
            continue
        time = _time_after(line[aux.i + 1])
        if time is None or time.end >= len(line) or line[time.end].tag_ not in ("VBN", "VBD"):
            continue
        again = nlp(line.text[: time.start_char] + line.text[time.end_char :].lstrip())
        if [t.text for t in again] != [t.text for t in line if t not in time]:
            return line
        verb = again[time.start]
        # "had on Friday been freed": "been" is an auxiliary too, of "freed".
        host = verb.head if verb.dep_ in ("aux", "auxpass") else verb
        if again[aux.i].dep_ not in ("aux", "auxpass") or again[aux.i].head != host:
            return line
        return _with_time(nlp, line, again, time, host.i)
    return line


def _time_after(word: Token) -> Span | None:
    """The time a word starts, told by a preposition ("on Tuesday") or alone ("last week")."""
    if word.dep_ == "prep" and tells_when(word):
        return word.doc[word.i : word.right_edge.i + 1]
    if word.ent_iob_ == "B" and word.ent_type_ in ("DATE", "TIME"):
        return next(e for e in word.doc.ents if e.start == word.i)
    return None


def _with_time(nlp: Language, line: Doc, again: Doc, time: Span, verb: int) -> Doc:
    """`line` as `again` parsed it without `time`, the time put back, as `line` read it, on
    `again`'s verb at `verb`."""
    n = len(time)
    at = [j if j < time.start else j + n for j in range(len(again))]  # again's tokens in line
    source = [t if t in time else again[t.i - n * (t.i > time.start)] for t in line]
    heads: list[int] = []
    deps: list[str] = []
    ents: list[str] = []
    for t in source:
        if t.doc is again:
            heads.append(at[t.head.i])
            deps.append(t.dep_)
        elif t.head in time and t.head != t:
            heads.append(t.head.i)
            deps.append(t.dep_)
        else:  # the time's own head
            heads.append(at[verb])
            deps.append("prep" if t.tag_ == "IN" else "npadvmod")
        iob = "B" if t.ent_iob_ == "I" and (not ents or ents[-1] == "O") else t.ent_iob_
        ents.append(f"{iob}-{t.ent_type_}" if t.ent_type_ else "O")
    return _rebuilt(nlp, line, source, heads, deps, ents)


def _participle_verb_read(nlp: Language, line: Doc) -> Doc:
    """ "A man wearing a fake vest stabbed two people", "a man armed with a knife attacked
    worshippers": after a subject's participle phrase, the small model reads the sentence's
    past verb as modifying the phrase's last noun ("vest stabbed"), the subject left as a
    verbless root. Such a sentence, whose root is a noun with a participle after it and a
    past verb further on after a noun (or one read as an adjective: "a fake vest stabbed"),
    is read again as the headlines are (`_read_as_verb`); a headline's passive ("Man wearing
    suicide vest arrested in Paris") gets no subject so, and keeps its parse."""
    for sent in line.sents:
        root = sent.root
        after = [c.i for c in root.rights if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")]
        if root.pos_ not in ("NOUN", "PROPN") or not after:
            continue
        past = [
            t
            for t in line[after[0] + 1 : sent.end]
            if t.tag_ in ("VBD", "VBN") and line[t.i - 1].pos_ in ("NOUN", "ADJ")
        ]
        read = _read_as_verb(nlp, line, sent, past[0]) if past else None
        if read is not None:
            return _participle_verb_read(nlp, read)
    return line


def _means_participle_read(nlp: Language, line: Doc) -> Doc:
    """ "Lawmakers protested by boycotting the session": the small model reads a past verb
    whose "by" tells the means, a gerund, as a participle modifying its subject (the
    lawmakers protested by someone), the sentence left a verbless noun. A passive's "by"
    names its doer, a noun; a verb whose first sense takes no object (`Lexicon.transitive`)
    has no passive, where one that takes one does ("civilians killed by shelling"). So a root
    noun with such a participle after it is read again as a verb, cued by "also", which the
    model reads that way more often than "now" after a noun (`_read_as_verb`); so is one
    with no "by" after people or a number of them ("Hundreds of students protested outside
    the embassy")."""
    transitive = load_lexicon().transitive
    for sent in line.sents:
        root = sent.root
        means = [
            c
            for c in root.rights
            if c.dep_ == "acl"
            and c.tag_ == "VBN"
            and lower_lemma(c) not in transitive
            and (
                any(g.tag_ == "VBG" for p in _by_preps(c) for g in children(p, ("pcomp",)))
                or (not _by_preps(c) and _people(root))
            )
        ]
        if root.pos_ not in ("NOUN", "PROPN") or not means:
            continue
        read = _read_as_verb(nlp, line, sent, means[0], "also")
        if read is not None:
            _as_past(read[means[0].i])
            return _means_participle_read(nlp, read)
    return line


def _people(noun: Token) -> bool:
    """Whether a noun names people, or a number of them ("hundreds of students")."""
    heads = [noun, *(o for p in children(noun, ("prep",)) if p.lower_ == "of" for o in p.children)]
    return (
        noun.like_num
        or noun.ent_type_ == "CARDINAL"
        or any(is_person_noun(lower_lemma(h)) for h in heads)
    )


def _by_preps(verb: Token) -> list[Token]:
    """A verb's own "by" prepositions, which the parse may label its passive agent."""
    return [p for p in children(verb, ("prep", "agent")) if p.lower_ == "by"]


def _as_past(verb: Token) -> None:
    """A verb with no auxiliary read again as one with a subject of its own is finite past,
    which the model may still tag a participle ("Supporters protested by burning tyres")."""
    if not children(verb, ("aux", "auxpass")):
        verb.tag_ = "VBD"
        verb.set_morph("Tense=Past|VerbForm=Fin")  # type: ignore[attr-defined]


def _paired_past_read(nlp: Language, line: Doc) -> Doc:
    """ "A state trooper shot and killed a man": the small model reads a past verb written
    after a compound noun, with a second past verb joined by "and", as the compound's last
    noun ("trooper shot"), the sentence left a verbless noun with a conjunct verb of no
    subject. Such a root, a past form ("shot", "stabbed") right before "and" and its past
    conjunct, is read again as the headlines are (`_read_as_verb`)."""
    for sent in line.sents:
        root = sent.root
        conjuncts = [c for c in root.rights if c.dep_ == "conj" and c.tag_ == "VBD"]
        if (
            root.tag_ != "NN"
            or not (root.lower_ in IRREGULAR_PASTS or root.lower_.endswith("ed"))
            or not any(c.dep_ == "compound" for c in root.lefts)
            or root.i + 1 >= sent.end
            or line[root.i + 1].lower_ != "and"
            or not conjuncts
            or _subject(conjuncts[0])
        ):
            continue
        read = _read_as_verb(nlp, line, sent, root)
        if read is not None:
            return _paired_past_read(nlp, read)
    return line


def _read_as_verb(
    nlp: Language, line: Doc, span: Span, word: Token, cue: str = "now"
) -> Doc | None:
    """`line` with `span` parsed again with `cue` ("now") before `word`, which makes the small
    model read the word as a verb; that parse is kept, without the cue, where the word then
    heads the span with a subject, else None. The rest of the line keeps its parse."""

    def heads(verb: Token) -> bool:
        return verb.pos_ == "VERB" and verb.dep_ == "ROOT" and _subject(verb)

    return _read_with(nlp, line, span, word, cue, heads)


def _attributive_read(nlp: Language, line: Doc) -> Doc:
    """ "Iran backed militias struck the base": the small model reads a name's participle
    written without its hyphen ("Iran-backed") as the sentence's verb, the next verb as its
    complement ("backed [militias struck]") or as its conjunct with no subject ("backed
    militias struck" as if joined by "and"). Such a verb, a name its whole subject, where it
    takes no clause (WordNet's, speech's or opinion's: "Iran claimed militias struck"), is
    read again with a hyphen before it, and that parse is kept where the participle then
    modifies the subject of the sentence's verb."""
    lex = load_lexicon()

    def modifies_subject(participle: Token) -> bool:
        noun = participle.head
        return participle.dep_ == "amod" and noun.dep_ == "nsubj" and noun.head.dep_ == "ROOT"

    for sent in line.sents:
        verb = sent.root
        subject = [c for c in verb.lefts if c.dep_ == "nsubj"]
        if (
            verb.tag_ not in ("VBD", "VBN")
            or lower_lemma(verb) in lex.clausal
            or [c.i for c in verb.lefts] != [verb.i - 1]
            or not subject
            or any(t.pos_ not in ("PROPN", "DET") for t in subject[0].subtree)
        ):
            continue
        objects = [c for c in verb.rights if c.dep_ == "dobj"]
        finite = [c for c in verb.rights if c.tag_ in ("VBD", "VBZ", "VBP")]
        # Its complement, whose subject is the noun phrase right after the verb, with no "that".
        told = [
            c
            for c in finite
            if c.dep_ == "ccomp"
            and not objects
            and not children(c, ("mark",))
            and any(s.left_edge.i == verb.i + 1 for s in children(c, ("nsubj",)))
        ]
        # Its conjunct with no subject, after its object, nothing joining them; not after a
        # noun set beside the object, the subject of a clause on it ("shelled posts Armenia
        # said were empty").
        joined = [
            c
            for c in finite
            if c.dep_ == "conj"
            and objects
            and objects[0].left_edge.i == verb.i + 1
            and not children(c, ("nsubj", "nsubjpass"))
            and not any(
                t.pos_ in ("CCONJ", "PUNCT") or t.dep_ in ("appos", "relcl", "acl")
                for t in line[verb.i + 1 : c.i]
            )
        ]
        if not (told or joined):
            continue
        read = _read_with(nlp, line, sent, verb, "-", modifies_subject)
        if read is not None:
            return _attributive_read(nlp, read)
    return line


def _adjective_read(nlp: Language, line: Doc) -> Doc:
    """ "Russian forces shelled occupied Kherson": the small model reads a participle between
    a verb and its object as a verb of its own, which takes the object, the verb left with
    none (and an act of occupying coded). Such a participle, right after a verb that has no
    object, is read again with "the" before it, which makes it the object's adjective, and
    that parse is kept where the verb then takes the object."""
    for word in line[1:]:
        verb = line[word.i - 1]
        if (
            word.head == verb
            and word.tag_ in ("VBN", "VBD")
            and word.lower_.endswith("ed")
            and word.dep_ in ("advcl", "xcomp", "ccomp")
            and verb.pos_ == "VERB"
            and not any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in verb.children)
            and any(c.dep_ == "dobj" for c in word.children)
            and not any(c.dep_ in ("nsubj", "aux", "auxpass") for c in word.children)
        ):
            read = _read_with(nlp, line, line[:], word, "the", _adjective_of_object)
            return _adjective_read(nlp, read) if read is not None else line
    return line


def _opening_participle_read(nlp: Language, line: Doc) -> Doc:
    """ "Echoing Merkel, Macron condemned the coup": the small model reads a sentence's opening
    participle, capitalised, as part of a name, the name the verb's subject beside its own.
    Such a sentence is parsed again with the word in lower case, and that parse is kept where
    the word then opens an adverbial clause with an object, the verb's subject its own."""
    for sent in line.sents:
        word = sent[0]
        if word.tag_ not in ("NNP", "NNPS") or not word.lower_.endswith("ing"):
            continue
        again = nlp(word.lower_ + sent.text[len(word) :])
        read = again[0]
        if (
            [t.lower_ for t in again] == [t.lower_ for t in sent]
            and read.tag_ == "VBG"
            and read.dep_ == "advcl"
            and any(c.dep_ == "dobj" for c in read.children)
            and any(c.dep_ == "nsubj" for c in read.head.children)
        ):
            at = [sent.start + t.i for t in again]
            return _spliced(nlp, line, sent, again, list(again), at)
    return line


def _clause_noun_read(nlp: Language, line: Doc) -> Doc:
    """ "demanded that Pyongyang apologise", "that Assad step down", "demanded the prime
    minister resign": the small model reads a bare verb ending a complement clause as a noun,
    its subject a modifier of it, the clause left with no verb (or the noun the object of a
    verb of request). Such a noun is parsed again with "should" before it, which makes it the
    clause's verb, and that parse is kept where it then heads the clause with a subject."""
    for word in line:
        if word.tag_ != "NN" or word.head.pos_ != "VERB" or not _clause_misread(word):
            continue
        verb = word.head.text

        def heads_clause(read: Token, verb: str = verb) -> bool:
            return (
                read.pos_ == "VERB"
                and read.dep_ == "ccomp"
                and read.head.text == verb
                and _subject(read)
            )

        read = _read_with(nlp, line, word.sent, word, "should", heads_clause)
        if read is not None:
            return _clause_noun_read(nlp, read)
    return line


def _clause_misread(noun: Token) -> bool:
    """A noun with no determiner heading the complement clause of a verb of request, or one
    opened by "that", which no noun heads (unlike the small clause of "declared it terrorism");
    or the object of a verb of request after a word that modifies it, where the noun takes a
    particle or is a trigger verb of the lexicon and no event noun ("demanded Kabul step
    down", "demanded the prime minister resign"; not "ordered an air strike", "demanded a
    government change")."""
    lex = load_lexicon()
    asks = lex.fixed_frames.get(lower_lemma(noun.head)) is EventType.REQUEST
    if noun.dep_ == "ccomp":
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in noun.children)
        return (asks or that) and not children(noun, ("det", "poss", "nummod"))
    word = noun.lower_
    return (
        noun.dep_ == "dobj"
        and asks
        and any(c.dep_ in ("compound", "amod") for c in noun.lefts)
        and (bool(children(noun, ("prt",))) or (word in lex.verbs and word not in lex.nouns))
    )


# In the order they apply: a later re-reading sees the earlier ones' parse.
def _arms_verb_read(nlp: Language, line: Doc) -> Doc:
    """ "police pepper sprayed protesters", "officers tear gassed the crowd": a verb of arms
    written apart from its noun (CAMEO's "pepper spray", "tear gas"; "pepper-sprayed" with a
    hyphen) is read by the small model as a noun subject, its doer a modifier of the noun.
    Such a sentence is parsed again with "then" for the noun, and that parse kept where the
    verb then has a subject (or is passive) the first parse swallowed, the noun hung on the
    verb as its hyphened form is."""
    arms = load_lexicon().arms
    for word in line[1:]:
        noun = line[word.i - 1]
        forms = {word.lemma_.lower(), word.lower_.removesuffix("ed")}
        if noun.head == word and noun.dep_ == "npadvmod":
            continue  # read so already
        if (
            not noun.whitespace_
            or noun.is_sent_start
            or not any(f"{noun.lower_} {w}" in arms for w in forms)
        ):
            continue
        sent = noun.sent
        cut = noun.idx - sent.start_char
        again = nlp(f"{sent.text[:cut]}then{sent.text[cut + len(noun.text) :]}")
        i, j = noun.i - sent.start, word.i - sent.start
        read = again[j] if len(again) == len(sent) else None
        subjects = [] if read is None else children(read, ("nsubj", "nsubjpass"))
        if (
            read is None
            or [t.text for t in again if t.i != i] != [t.text for t in sent if t.i != noun.i]
            or read.pos_ != "VERB"
            or not any(_doer_swallowed(line[sent.start + t.i]) for t in subjects)
        ):
            continue
        # The noun keeps the stand-in's tag (no noun to join the doer's phrase), its own lemma.
        at = [sent.start + t.i for t in again]
        tokens = [*line[: sent.start], *again, *line[sent.end :]]
        heads = [t.head.i for t in line]
        deps = [t.dep_ for t in tokens]
        for t in again:
            heads[at[t.i]] = at[t.head.i]
        heads[noun.i], deps[noun.i] = word.i, "npadvmod"
        ents = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in line]
        read_line = _rebuilt(nlp, line, tokens, heads, deps, ents)
        read_line[noun.i].lemma_ = noun.lemma_
        return _arms_verb_read(nlp, read_line)
    return line


# Texts and occasions a verb's speaker says it in, told after an article or a possessive ("in
# a statement", "in his letter"); not recordings or reports, whose content a noun may be ("the
# violence in a video").
_SPOKEN_MEDIA = frozenset(
    {
        "communique",
        "communiqué",
        "editorial",
        "interview",
        "letter",
        "message",
        "op-ed",
        "post",
        "speech",
        "statement",
        "tweet",
    }
)


def _medium_read(nlp: Language, line: Doc) -> Doc:
    """ "condemned the raid in a statement released on Sunday", "asked for compassion in a
    letter posted on Tuesday": the small model hangs the text the words were said in on the
    verb's object; it is the verb's (no raid is done in a statement), and so is the time
    told of it."""
    heads = [t.head.i for t in line]
    for prep in line:
        noun = prep.head
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if (
            prep.dep_ == "prep"
            and prep.lower_ == "in"
            and noun.dep_ in ("dobj", "pobj")
            and verb.pos_ == "VERB"
            and any(
                g.dep_ == "pobj"
                and lower_lemma(g) in _SPOKEN_MEDIA
                and any(d.lower_ in ("a", "an") or d.tag_ == "PRP$" for d in g.children)
                for g in prep.children
            )
        ):
            heads[prep.i] = verb.i
    if heads == [t.head.i for t in line]:
        return line
    ents = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in line]
    return _rebuilt(nlp, line, list(line), heads, [t.dep_ for t in line], ents)


def _doer_swallowed(word: Token) -> bool:
    """Whether a word is a doer the first parse read as a noun's modifier or as a subject
    ("police" of "police pepper sprayed"), not a noun's determiner, possessor or adjective
    ("our artillery shelled", "Russian artillery shelled": the arms the subject)."""
    return word.dep_ in ("compound", "nmod", "nsubj", "nsubjpass") and word.tag_ != "PRP$"


_RE_READS: tuple[Callable[[Language, Doc], Doc], ...] = (
    _time_phrase_read,
    _qualifier_read,
    _paired_read,
    _headline_verb_read,
    _participle_verb_read,
    _means_participle_read,
    _paired_past_read,
    _attributive_read,
    _adjective_read,
    _opening_participle_read,
    _clause_noun_read,
    _arms_verb_read,
    _medium_read,
)


def _adjective_of_object(participle: Token) -> bool:
    """Whether a participle read after "the" is the adjective of the object of the verb just
    before the "the"."""
    noun = participle.head
    return participle.dep_ == "amod" and noun.dep_ == "dobj" and noun.head.i == participle.i - 2


def _read_with(
    nlp: Language, line: Doc, span: Span, word: Token, cue: str, keep: Callable[[Token], bool]
) -> Doc | None:
    """`line` with `span` parsed again with `cue` before `word`; that parse is kept, without
    the cue, where `keep` holds of the word as then read, else None. The rest of the line
    keeps its parse."""
    i = word.i - span.start
    cut = word.idx - span.start_char
    again = nlp(f"{span.text[:cut]}{cue} {span.text[cut:]}")
    read = again[i + 1] if len(again) == len(span) + 1 else None
    if (
        read is None
        or [t.text for t in again if t.i != i] != [t.text for t in span]
        or not keep(read)
        or list(again[i].children)
        or any(e.start <= i < e.end for e in again.ents)
    ):
        return None
    kept = [t for t in again if t.i != i]
    at = [span.start + t.i - (t.i > i) for t in again]  # each token's place in the line
    return _spliced(nlp, line, span, again, kept, at)


def _spliced(
    nlp: Language, line: Doc, span: Span, again: Doc, kept: list[Token], at: list[int]
) -> Doc:
    """`line` with `span` read as `kept`, its tokens of `again`, a parse of it again; `at` is
    each token of `again`'s place in the line."""
    ents = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in line]
    ents[span.start : span.end] = ["O"] * len(span)
    for e in again.ents:
        ents[at[e.start]] = f"B-{e.label_}"
        for j in range(e.start + 1, e.end):
            ents[at[j]] = f"I-{e.label_}"
    tokens = [*line[: span.start], *kept, *line[span.end :]]
    inside = range(span.start, span.end)
    heads = [at[t.head.i] if j in inside else t.head.i for j, t in enumerate(tokens)]
    return _rebuilt(nlp, line, tokens, heads, [t.dep_ for t in tokens], ents)


def _rebuilt(
    nlp: Language,
    line: Doc,
    source: list[Token],
    heads: list[int],
    deps: list[str],
    ents: list[str],
) -> Doc:
    """`line`'s words, each with the tags, lemma and vector of its token in `source` (of
    `line` or of a parse of it again), under the tree and entities given."""
    read = Doc(
        nlp.vocab,
        words=[t.text for t in line],
        spaces=[bool(t.whitespace_) for t in line],
        tags=[t.tag_ for t in source],
        pos=[t.pos_ for t in source],
        morphs=[str(t.morph) for t in source],
        lemmas=[t.lemma_ for t in source],
        heads=heads,
        deps=deps,
        ents=ents,
    )
    # Doc.from_docs joins the lines' tensors.
    read.tensor = numpy.stack([t.doc.tensor[t.i] for t in source])
    return read


def _verbs(line: Doc) -> list[Token]:
    """The line's verbs, not a noun's modifier the tagger read as one ("rebel positions")."""
    return [t for t in line if t.pos_ in ("VERB", "AUX") and t.dep_ != "compound"]


def _joined_by_comma(word: Token, verb: Token) -> bool:
    """ "Army shells suburbs, kills four": a headline joins the verbs of one subject by a
    comma; a verb before the word, or after it with no comma between, is the line's own
    ("Peace talks resume in Doha")."""
    return verb == word or any(t.text == "," for t in word.doc[word.i + 1 : verb.i])


def _subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _lines(text: str) -> list[str]:
    """The text cut after each run of line breaks; never empty."""
    cuts = [0, *(m.end() for m in PARAGRAPH_BREAK.finditer(text)), len(text)]
    return [text[a:b] for a, b in pairwise(cuts) if a < b] or [text]


def trigger_word(doc: Doc, mention: EventMention) -> Token | None:
    """The event's first trigger word."""
    span = doc.char_span(mention.trigger_start, mention.trigger_start + 1, alignment_mode="expand")
    return span.root if span is not None else None


def parse_texts(texts: list[str], *, batch_size: int = _LINES_PER_BATCH) -> Iterator[Doc]:
    """Parse texts as extract_events does (prepared by `ingest.nlp.textprep`, line by line), one
    doc per text; each doc's characters are its prepared text, offsets those of the text.
    `batch_size` counts lines, the docs nlp.pipe batches."""
    return _parse_by_line(load_nlp(), [parse_text(t) for t in texts], batch_size=batch_size)
