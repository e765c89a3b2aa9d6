"""bench/actors.py's suspect pairs: which pairs of ids it asks a reader to judge."""

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))  # its `import _syspath`, which then takes bench/ off again
_spec = importlib.util.spec_from_file_location("bench_actors", BENCH / "actors.py")
assert _spec is not None and _spec.loader is not None
bench_actors = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_actors)


def test_two_spellings_of_one_name_are_a_suspect_pair_but_two_states_are_not() -> None:
    seen = {
        "person:yusuf-al-kadir": bench_actors.Seen("person", "Yusuf al-Kadir"),
        "person:yousuf-al-qadir": bench_actors.Seen("person", "Yousuf al-Qadir"),
        "person:yusuf-amari": bench_actors.Seen("person", "Yusuf Amari"),
        "country:IRN": bench_actors.Seen("country", "Iran"),
        "country:IRQ": bench_actors.Seen("country", "Iraq"),
    }
    pairs = bench_actors.suspect_pairs(seen)
    assert pairs == [("person:yousuf-al-qadir", "person:yusuf-al-kadir", "spelled")]


def test_an_acronym_of_a_form_of_another_body_is_a_suspect_pair() -> None:
    league = bench_actors.Seen("organisation", "Coastal Alliance")
    league.forms = {"Coastal Alliance", "Coastal Trade League"}
    seen = {
        "org:ctl": bench_actors.Seen("organisation", "CTL"),
        "org:coastal-alliance": league,
        "org:harbour-board": bench_actors.Seen("organisation", "Harbour Board"),
    }
    pairs = bench_actors.suspect_pairs(seen)
    assert pairs == [("org:coastal-alliance", "org:ctl", "acronym")]
