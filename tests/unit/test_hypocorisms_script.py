"""scripts/build_hypocorisms.py: which short first names stand for which formal names."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import build_hypocorisms


def _line(mark: str, names: str, english: str) -> str:
    """A line in nam_dict.txt's form: the mark, the names from column 3, the frequencies of
    Great Britain, Ireland and the USA from column 30 (1, rare, to D, extremely common)."""
    return f"{mark:<2} {names:<27}{english:<3}" + " " * 20 + "$"


# Names made up for this test, in the dictionary's layout.
LINES = [
    "# a comment line",
    _line("M", "Tobrin", "986"),
    _line("F", "Tobrina", "775"),
    _line("?", "Tob", "443"),
    _line("=", "Tob Tobrin", "331"),
    _line("=", "Tob Tobrina", "21 "),
    _line("M", "Dellan", "999"),
    _line("M", "Del", "454"),
    _line("=", "Del Dellan", "423"),
    # A name of its own far more than a short form: left out.
    _line("M", "Jax", "888"),
    _line("M", "Jaxton", "999"),
    _line("=", "Jax Jaxton", "  2"),
    # A pet form listed as the formal name of a more common one: no formal name.
    _line("M", "Rol", "554"),
    _line("M", "Rolly", "221"),
    _line("=", "Rol Rolly", "1  "),
    # Used only outside the English-speaking countries.
    _line("=", "Tobi Tobrin", "   "),
]


def test_short_forms_take_their_formal_names_with_genders() -> None:
    names = build_hypocorisms.hypocorisms(LINES)
    assert names == {
        "del": [["dellan", "M"]],
        "tob": [["tobrin", "M"], ["tobrina", "F"]],
    }
