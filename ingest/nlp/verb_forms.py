"""The irregular past forms of English verbs with their lemmas, in one place for every reader:
the tagger's fix for rare pasts (ingest.nlp.model) and the tense read around a date
(ingest.nlp.dates). scripts/build_irregular_pasts.py builds the table from the spaCy
lemmatizer's own exceptions."""

from pathlib import Path

_TABLE = Path(__file__).parent.parent / "data" / "irregular_pasts.tsv"

# "retook" -> "retake", "slew" -> "slay": past tenses and participles, lower case.
IRREGULAR_PASTS: dict[str, str] = {
    form: lemma
    for form, lemma in (line.split("\t") for line in _TABLE.read_text("utf-8").splitlines())
}
