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
