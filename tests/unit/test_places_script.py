"""scripts/build_places.py: which ISO 3166-2 spellings are added to GeoNames' regions."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import build_places

# GeoNames' names of four Afghan provinces, by admin1 code.
AFGHAN = {
    ("AF", "17"): "Lowgar",
    ("AF", "27"): "Vardak",
    ("AF", "13"): "Kabul",
    ("AF", "28"): "Zabul",
}


def test_an_iso_spelling_close_to_a_regions_name_is_added_to_it() -> None:
    # "Lōgar" and "Wardak" are other spellings; "Kābul" is "Kabul" with an accent, and is
    # not paired with "Zabul", one letter away, as each pairs with its own first.
    assert build_places._iso_names(AFGHAN, set()) == {
        ("AF", "17"): "Lōgar",
        ("AF", "27"): "Wardak",
    }


def test_an_iso_spelling_another_place_has_is_left_out() -> None:
    assert build_places._iso_names(AFGHAN, {"logar"}) == {("AF", "27"): "Wardak"}


def test_names_differing_by_a_word_are_no_spellings_of_one_name() -> None:
    assert build_places._likeness("East Kalimantan", "Kalimantan") == 0.0
    assert build_places._likeness("Vardak", "Wardak") > 0.8
    assert build_places._plain("Lōgar") == ["Logar"]
    assert build_places._plain("Đồng Tháp") == []  # "Đ" has no plain letter
