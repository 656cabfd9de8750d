"""One name per place or organisation named in statements (analysis/target_names.py), and the About
filter over them (analysis/filters.py)."""

import pandas as pd

from analysis import filters, target_names
from analysis.filters import Filters


def test_trimmed_drops_possessives_and_lower_case_words_in_front():
    assert target_names.trimmed("United States'") == "United States"
    assert target_names.trimmed("Donald Trump‘s") == "Donald Trump"
    assert target_names.trimmed("a  Donald   Trump") == "Donald Trump"
    assert target_names.trimmed("where Republican Party") == "Republican Party"
    assert target_names.trimmed("de Blasio") == "de Blasio"  # a part of the name, not a function word
    assert target_names.trimmed("Bill de Blasio") == "Bill de Blasio"


def test_undotted_reads_initials_only():
    assert target_names.undotted("U.S.") == "US"
    assert target_names.undotted("U.S.A.") == "USA"
    assert target_names.undotted("U.S. Senate") is None
    assert target_names.undotted("J.") is None


def test_alias_names_the_full_form():
    assert target_names.alias("America") == "United States"
    assert target_names.alias("Britain") == "United Kingdom"
    assert target_names.alias("Mexico") is None


def test_normal_name_applies_the_rules_in_order():
    assert [target_names.normal_name(n) for n in ("U.S.", "US", "America", "United States of America", "U.K.",
                                                  "the EU", "U.S. Senate")] == [
        "United States", "United States", "United States", "United States", "United Kingdom", "European Union",
        "U.S. Senate"]


def _targets(*rows):
    return pd.DataFrame([{"article_id": a, "statement_start": s, "statement_end": s + 10, "start": s + i,
                          "target": t, "target_type": k} for i, (a, s, t, k) in enumerate(rows)])


def test_normalise_merges_variants_spellings_and_retypes_a_speaking_persons_name():
    """Issue 28: the heatmap's columns split "US"/"U.S."/"United States"/"America", and "Trump"
    recognised as an organisation stood apart from Donald Trump."""
    quotes = pd.DataFrame({"speaker": ["Donald Trump"] * 3 + ["Ellen Washington"],
                           "speaker_type": ["person"] * 4})
    t = _targets(("a", 0, "U.S.", "place"), ("a", 0, "America", "place"), ("b", 0, "Republican party", "organization"),
                 ("b", 20, "Republican Party", "organization"), ("c", 0, "Republican Party", "organization"),
                 ("c", 0, "Trump", "organization"), ("c", 0, "Trump", "organization"),
                 ("d", 0, "Washington", "place"), ("d", 20, "Washington", "place"))
    out = target_names.normalise(t, quotes)
    assert list(zip(out["target"], out["target_type"], strict=True)) == [
        ("United States", "place"), ("United States", "place"), ("Republican Party", "organization"),
        ("Republican Party", "organization"), ("Republican Party", "organization"),
        ("Trump", "person"), ("Trump", "person"),  # quoted three times, typed otherwise twice
        ("Washington", "place"), ("Washington", "place")]  # a speaker's surname once, a place twice


def test_about_lists_each_statements_targets_once_in_text_order():
    quotes = pd.DataFrame({"article_id": ["a", "a", "b"], "start": [0, 50, 0], "end": [10, 60, 10]})
    t = _targets(("a", 0, "France", "place"), ("a", 0, "Ukraine", "place"), ("a", 0, "France", "place"),
                 ("b", 0, "Russia", "place"))
    assert list(target_names.about(quotes, t)) == [("France", "Ukraine"), (), ("Russia",)]
    assert list(target_names.about(quotes, t.iloc[:0])) == [(), (), ()]


def test_about_filter_keeps_statements_naming_any_of_the_names_and_says_so_in_words():
    quotes = pd.DataFrame({"speaker": ["Ann Lee", "Bo Chen", "Ann Lee", "Cy Dale"], "speaker_type": "person",
                           "about": [("Hillary Clinton",), ("Hillary Clinton", "Iowa"), ("Iowa",), None],
                           "quote": "x", "date": "2016-01-01", "kind": "direct", "tone": "neutral",
                           "confidence": 1.0, "article_id": "a"})
    f = Filters(speakers=["Ann Lee"], about=["Hillary Clinton"])
    kept, _ = filters.apply(quotes, f)
    assert list(kept.index) == [0]
    assert list(filters.apply(quotes, Filters(about=["Hillary Clinton", "Iowa"]))[0].index) == [0, 1, 2]
    assert f.describe() == "Ann Lee on Hillary Clinton"
    assert Filters(about=["Hillary Clinton", "Iowa"]).describe() == "Statements on Hillary Clinton or Iowa"
