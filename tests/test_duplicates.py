"""Wire copies and updated versions count once."""

from __future__ import annotations

from analysis import filters
from analysis.corpus import analyse_corpus
from analysis.ingest import ingest
from tests.conftest import three_edited_copies


def test_three_edited_copies_make_one_group_and_unchanged_counts(tmp_path):
    three_edited_copies(tmp_path)
    corpus = analyse_corpus(ingest([tmp_path]))
    arts = corpus.articles.set_index("source")
    groups = arts["dup_group"]
    assert groups[str(tmp_path / "a.txt")] == groups[str(tmp_path / "b.txt")] == groups[str(tmp_path / "c.txt")]
    assert groups[str(tmp_path / "other.txt")] != groups[str(tmp_path / "a.txt")]
    assert list(arts["group_size"]) == [3, 3, 3, 1]
    view, _ = filters.apply(corpus.quotes, filters.Filters())
    sample_only = view[view["source"] != str(tmp_path / "other.txt")]
    assert len(sample_only) == 8  # as for the sample alone
    assert sorted(sample_only["speaker"].value_counts().items()) == [
        ("John Kirby", 3), ("Politico", 1), ("Russia", 1), ("Volodymyr Zelenskyy", 2), ("anonymous", 1)]
    kirby = sample_only[sample_only["quote"].str.startswith("This is not a new desire")]
    assert list(kirby["also_in"]) == [2]
    every, _ = filters.apply(corpus.quotes, filters.Filters(copies=True))
    assert len(every) == len(corpus.quotes) > 8 * 2
    notes = corpus.report[corpus.report["message"].str.startswith("near-duplicate group of 3 articles")]
    assert len(notes) == 1 and notes["source"].iloc[0] == str(tmp_path / "a.txt")
    # review 3: PolNeAR train's 840 articles read as "844 read" (its four group notes counted as reads)
    from analysis.frames import ingest_summary

    assert len(corpus.report) == 5  # an entry per article and the group's
    assert ingest_summary(corpus.report, len(corpus.articles)) == (
        "Ingest report: 4 articles read, 0 skipped; 1 near-duplicate group")


def test_every_count_of_a_selection_leaves_the_wire_copies_out_alike(tmp_path):
    """Issue 28 review: on PolNeAR 'All statements — 12,384 of 12,475' read as if 91 were filtered out,
    and the Speakers view suggested 'Donald Trump Jr (3) → Donald Trump (1,023)' beside a Speaker filter,
    key numbers, briefing and timeline list that all counted his statements 1,022: the suggestion
    counted a wire copy."""
    import pandas as pd

    from analysis import briefing, speaker_audit

    three_edited_copies(tmp_path)
    corpus = analyse_corpus(ingest([tmp_path]))
    every, counted = len(corpus.quotes), len(corpus.statements())
    copies = every - counted
    assert copies == 16  # the sample's eight statements in two more copies
    view, _ = filters.apply(corpus.quotes, filters.Filters())
    assert len(view) == counted
    numbers = dict((label, (value, note)) for label, value, note in briefing.key_numbers(corpus, view))
    assert numbers["Statements"] == (f"{counted}", f"of {counted} (16 wire copies counted once)")
    assert briefing.of_total(corpus, copies=True) == f"of {every}"
    b = briefing.build(corpus, view, filters.Filters(), 0, "wire")
    assert dict((label, note) for label, _, note in b.numbers)["Statements"] == f"of {counted} (16 wire copies counted once)"
    # a suggested pair counts as the filter does, unless the copies are counted
    kirby = filters.apply(corpus.quotes, filters.Filters(speakers=["John Kirby"]))[0]
    found = pd.DataFrame({"speaker": ["Kirby"], "other": ["John Kirby"], "evidence": ["the surname 'Kirby' alone"],
                          "statements": [0], "other_statements": [0]})
    quotes = pd.concat([corpus.quotes, corpus.quotes.iloc[:1].assign(speaker="Kirby", speaker_type="person",
                                                                      is_copy=False)])
    opened = speaker_audit.open_suggestions(found, quotes, [])
    assert (opened["statements"].iloc[0], opened["other_statements"].iloc[0]) == (1, len(kirby)) == (1, 3)
    again = speaker_audit.recount(opened, corpus.statements(True))
    assert again["other_statements"].iloc[0] == 9  # his three in each of the three copies
