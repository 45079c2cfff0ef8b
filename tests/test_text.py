"""The one module that normalises text (linter/text.py)."""

from __future__ import annotations

from linter.text import contains_words, fold, fold_in_place, tidy, words_only


def test_fold_lowers_and_drops_macrons_and_curly_apostrophes():
    assert fold("Māori Whānau’s") == "maori whanau's"


def test_fold_in_place_keeps_length_and_case_so_positions_still_index_the_original():
    text = "Kāinga Ora’s “policy”"
    folded = fold_in_place(text)
    assert len(folded) == len(text) and folded == "Kainga Ora's \"policy\""


def test_words_only_compares_names_as_words():
    assert words_only("Health New Zealand – Te Whatu Ora") == "health new zealand te whatu ora"
    assert words_only("Kāinga Ora (Homes & Communities)") == "kainga ora homes & communities"
    assert words_only("OT", keep_case=True) == "OT" and words_only("not", keep_case=True) == "not"


def test_contains_words_needs_whole_words():
    assert contains_words("Signed for Kāinga Ora – Homes and Communities", "Kainga Ora")
    assert not contains_words("Signed for the Policeman's union", "Police")
    assert not contains_words("OT", "OT")  # too short to be told apart from other words


def test_tidy_drops_template_stars_and_edge_punctuation():
    assert tidy("  *Agency name:*  ") == "Agency name"
