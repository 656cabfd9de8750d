"""One name per person across a corpus."""

from collections import Counter

import pandas as pd

from analysis.canonical import canonical_names, merge_speakers


def test_variants_and_titles_merge_namesakes_stay_apart():
    names = Counter({"Volodymyr Zelenskyy": 5, "Volodymyr Zelensky": 1, "Zelenskyy": 3, "President Zelenskyy": 2,
                     "John Smith": 2, "Jane Smith": 1, "Smith": 1, "Kirby": 1, "John Kirby": 4, "Recep Erdoğan": 1,
                     "Recep Erdogan": 3})
    got = canonical_names(names)
    assert {got[n] for n in ("Volodymyr Zelensky", "Zelenskyy", "President Zelenskyy")} == {"Volodymyr Zelenskyy"}
    assert got["John Smith"] == "John Smith" and got["Jane Smith"] == "Jane Smith"
    assert got["Smith"] == "Smith"  # two Smiths: a bare surname is not guessed
    assert got["Kirby"] == "John Kirby"
    assert got["Recep Erdoğan"] == got["Recep Erdogan"] == "Recep Erdogan"


def test_only_persons_are_renamed_and_aliases_kept():
    q = pd.DataFrame({"speaker": ["Kirby", "John Kirby", "Kirby"], "speaker_type": ["person", "person", "organization"]})
    out = merge_speakers(q)
    assert list(out["speaker"]) == ["John Kirby", "John Kirby", "Kirby"]
    assert list(out["speaker_alias"]) == ["Kirby", "John Kirby", "Kirby"]


def test_wikinews_corpus_names(wikinews_analyses):
    from analysis import frames

    _, analyses = wikinews_analyses
    q = frames.quotes_frame(analyses)
    merged = merge_speakers(q)
    persons = merged[merged["speaker_type"] == "person"]
    assert persons["speaker"].nunique() < q.loc[q["speaker_type"] == "person", "speaker"].nunique()
    # every merge keeps the surname
    changed = persons[persons["speaker"] != persons["speaker_alias"]]
    assert all(a.split()[-1][:4].lower() in s.lower() for a, s in zip(changed["speaker_alias"], changed["speaker"],
                                                                      strict=True))
