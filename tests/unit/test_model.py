"""The pipeline load_nlp returns: spaCy's model, with lookups made faster, same answers."""

import spacy
from spacy.pipeline import Lemmatizer

from ingest.nlp.model import load_nlp

# Inflected and base forms of nouns, verbs and adjectives (the rules and the word lists),
# names and punctuation (no rules).
TEXT = (
    "The ministers were negotiating longer ceasefires after the armies had fled. "
    "Rebels seized three cities and are holding hostages; the happiest envoys flew home. "
    "Ms. Okafor's aides say talks resumed in Lagos, but the bigger disputes remain."
)


def test_lemmas_are_those_of_spacys_own_lemmatizer() -> None:
    nlp = load_nlp()
    with nlp.select_pipes(disable=["lemmatizer"]):
        doc = nlp(TEXT)
    ours = nlp.get_pipe("lemmatizer")
    stock = spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"]).get_pipe("lemmatizer")
    assert isinstance(ours, Lemmatizer) and isinstance(stock, Lemmatizer)
    lemmas = [ours.lemmatize(t)[0] for t in doc]
    assert lemmas == [stock.lemmatize(t)[0] for t in doc]
    assert {"negotiate", "ceasefire", "army", "flee", "seize", "city", "happy", "envoy"} <= set(
        lemmas
    )
