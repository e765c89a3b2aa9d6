"""The pipeline load_nlp returns: spaCy's model, with lookups made faster, same answers."""

import gc
from collections.abc import Callable

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Token

from ingest.nlp.model import _BoundedCache, _cached_lemmas, load_nlp, loaded_once
from ingest.nlp.verb_forms import IRREGULAR_PASTS as PASTS

# Inflected and base forms of nouns, verbs and adjectives (the rules and the word lists),
# names and punctuation (no rules).
TEXT = (
    "The ministers were negotiating longer ceasefires after the armies had fled. "
    "Rebels seized three cities and are holding hostages; the happiest envoys flew home. "
    "Ms. Okafor's aides say talks resumed in Lagos, but the bigger disputes remain."
)
# What the attribute ruler's patterns test: pronouns and their cases, auxiliaries and
# contractions, determiners used as pronouns, subordinators, two-word patterns ("gonna",
# "ain't", "there are", "let's"), white space inside a line, and the same in capitals.
RULER_TEXTS = [
    "I told them that she wouldn't sign, but we'd already had it ratified by ourselves.",
    "There are those who say it ain't over; they're gonna vote again, so let's wait.",
    "Something happened after he'd left: nobody knew whether the envoy was being held.",
    "Y'all can't     say this is    nothin'\n\nbut it's been done before, hasn't it?",
    "THE MINISTER SAID HE WOULD NOT RESIGN UNLESS THE PARTY ASKED HIM TO DO SO.",
]


@pytest.fixture(scope="module")
def stock() -> Language:
    nlp = load_nlp()
    return spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"])


def test_lemmas_are_those_of_spacys_own_lemmatizer(stock: Language) -> None:
    nlp = load_nlp()
    with nlp.select_pipes(disable=["lemmatizer"]):
        doc = nlp(TEXT)
    ours = nlp.get_pipe("lemmatizer")
    theirs = stock.get_pipe("lemmatizer")
    assert isinstance(ours, Lemmatizer) and isinstance(theirs, Lemmatizer)
    lemmas = [ours.lemmatize(t)[0] for t in doc]
    assert lemmas == [theirs.lemmatize(t)[0] for t in doc]
    assert {"negotiate", "ceasefire", "army", "flee", "seize", "city", "happy", "envoy"} <= set(
        lemmas
    )


# (text, word, tag, lemma): rare irregular pasts the tagger reads as presents or bare verbs are
# pasts, with their lemma; after "be" or "have" a participle; a base form after a modal stays.
IRREGULAR_PASTS = [
    ("On April 9, the army retook the town.", "retook", "VBD", "retake"),
    ("The protesters rewrote the charter.", "rewrote", "VBD", "rewrite"),
    ("Villagers leapt from the burning bus.", "leapt", "VBD", "leap"),
    ("In March the widow forgave her husband's killers.", "forgave", "VBD", "forgive"),
    ("Few analysts foresaw the coup.", "foresaw", "VBD", "foresee"),
    # a past that is also a verb's base (to slew) is left to the tagger, which knows this one
    ("The rebels slew ten villagers.", "slew", "VBD", "slay"),
    ("The town was retaken by the army.", "retaken", "VBN", "retake"),
    ("The rebels will retake the town.", "retake", "VB", "retake"),
]


def test_the_irregular_pasts_are_the_lemmatizers_exceptions() -> None:
    lemmatizer = load_nlp().get_pipe("lemmatizer")
    assert isinstance(lemmatizer, Lemmatizer)
    exceptions = lemmatizer.lookups.get_table("lemma_exc")["verb"]
    assert {"smote": "smite", "forsook": "forsake", "strode": "stride"}.items() <= PASTS.items()
    assert all(exceptions[form][0] == lemma for form, lemma in PASTS.items())


@pytest.mark.parametrize(("text", "word", "tag", "lemma"), IRREGULAR_PASTS)
def test_a_rare_irregular_past_is_tagged_a_past(text: str, word: str, tag: str, lemma: str) -> None:
    (token,) = [t for t in load_nlp()(text) if t.text == word]
    assert (token.tag_, token.lemma_) == (tag, lemma)
    assert ("Past" in token.morph.get("Tense", [])) is (tag != "VB")


@pytest.mark.parametrize("text", RULER_TEXTS)
def test_attribute_ruler_matches_as_spacys_own(text: str, stock: Language) -> None:
    nlp = load_nlp()
    ours = nlp.get_pipe("attribute_ruler")
    theirs = stock.get_pipe("attribute_ruler")
    assert isinstance(ours, AttributeRuler) and type(ours) is not AttributeRuler
    assert isinstance(theirs, AttributeRuler)
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        doc = nlp(text)
    matches = ours.match(doc)
    assert matches == theirs.match(doc)
    assert len(matches) > len(doc)  # every token's tag, and more
    columns = [TAG, POS, MORPH, LEMMA, DEP]
    assert (nlp(text).to_array(columns) == stock(text).to_array(columns)).all()


def test_lemmatizer_tests_a_base_form_once_per_word_pos_and_morphology(
    stock: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    nlp = load_nlp()
    with nlp.select_pipes(disable=["lemmatizer"]):
        doc = nlp("The envoy met the envoy, and another envoy met them at the border.")
    ours = nlp.get_pipe("lemmatizer")
    theirs = stock.get_pipe("lemmatizer")
    assert isinstance(ours, Lemmatizer) and isinstance(theirs, Lemmatizer)
    tested: list[str] = []
    is_base_form = ours.is_base_form

    def counted(token: Token) -> bool:
        tested.append(token.text)
        return is_base_form(token)

    monkeypatch.setattr(ours, "is_base_form", counted)
    lemmas = [ours.lemmatize(t)[0] for t in doc]
    assert lemmas == [theirs.lemmatize(t)[0] for t in doc]
    # "envoy" (a singular noun: a base form) three times, "met" twice: each tested at most
    # once (not at all where an earlier test met it already: the cache is the process's).
    assert tested.count("envoy") <= 1 and tested.count("met") <= 1


def test_attribute_ruler_runs_the_matcher_only_where_a_two_word_pattern_can_match(
    stock: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    nlp = load_nlp()
    ruler = nlp.get_pipe("attribute_ruler")
    calls: list[str] = []
    matcher = ruler._rest  # type: ignore[attr-defined]

    def counted(doc: Doc, **kwargs: object) -> object:
        calls.append(doc.text)
        return matcher(doc, **kwargs)

    monkeypatch.setattr(ruler, "_rest", counted)
    plain = "The envoys signed the accord in Nairobi on Friday."
    paired = "Let's say there were gonna be talks."
    for text in (plain, paired):
        doc = nlp(text)
        columns = [TAG, POS, MORPH, LEMMA, DEP]
        assert (doc.to_array(columns) == stock(text).to_array(columns)).all()
    assert calls == [paired]


def test_the_lemma_caches_are_bounded_forgetting_their_oldest_entries() -> None:
    nlp = spacy.blank("en")
    doc = nlp("convoys convoys tariffs embargoes tariffs convoys")
    for token in doc:
        token.pos_ = "NOUN"
    asked: list[str] = []

    def lemmatize(token: Token) -> list[str]:
        asked.append(token.text)
        return [token.text.removesuffix("es").removesuffix("s")]

    cached = _cached_lemmas(lemmatize, size=2)
    assert [cached(t)[0] for t in doc] == [
        "convoy",
        "convoy",
        "tariff",
        "embargo",
        "tariff",
        "convoy",
    ]
    # "convoys" is forgotten when "embargoes" comes (the third entry), "tariffs" is kept.
    assert asked == ["convoys", "tariffs", "embargoes", "convoys"]


def test_spacys_own_lemma_cache_is_bounded_too() -> None:
    lemmatizer = load_nlp().get_pipe("lemmatizer")
    assert isinstance(lemmatizer, Lemmatizer) and isinstance(lemmatizer.cache, _BoundedCache)
    cache: _BoundedCache[int, str] = _BoundedCache(3)
    for i in range(10):
        cache[i] = str(i)
    cache[9] = "last"  # a key it holds: nothing is forgotten
    assert cache == {7: "7", 8: "8", 9: "last"}


def test_attribute_ruler_tests_a_new_token_only_on_the_patterns_of_its_tag_and_word(
    stock: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    nlp = load_nlp()
    ruler = nlp.get_pipe("attribute_ruler")
    tested: list[object] = []

    def counted(test: Callable[[object], bool]) -> Callable[[object], bool]:
        def run(value: object) -> bool:
            tested.append(value)
            return test(value)

        return run

    by_key = {
        key: [(p, [(i, counted(t)) for i, t in tests]) for p, tests in patterns]
        for key, patterns in ruler._by_key.items()  # type: ignore[attr-defined]
    }
    monkeypatch.setattr(ruler, "_by_key", by_key)
    ruler._matching.cache_clear()  # type: ignore[attr-defined]
    # Pronouns and auxiliaries: each tag has a dozen patterns or more, one per word.
    text = "We told her that they themselves would've seen us, and she might agree with him."
    doc = nlp(text)
    columns = [TAG, POS, MORPH, LEMMA, DEP]
    assert (doc.to_array(columns) == stock(text).to_array(columns)).all()
    # Trying every pattern of the token's tag made 781 tries here (a test or more each).
    assert 0 < len(tested) < 15 * len(doc)


def test_loaded_once_loads_once_and_freezes_what_it_loaded() -> None:
    calls: list[str] = []

    @loaded_once
    def load(name: str) -> list[str]:
        calls.append(name)
        return [name] * 1000

    first = load("gazetteer")
    # What it loaded is out of the collector's passes, and a second call loads nothing.
    assert all(o is not first for o in gc.get_objects())
    assert load("gazetteer") is first
    assert calls == ["gazetteer"]
    assert load("lexicon") == ["lexicon"] * 1000 and calls == ["gazetteer", "lexicon"]
