"""The quotes table finished in one place (quotes_table.finish): a fresh table, and one with a statement added by hand."""

import pandas as pd

from analysis import quotes_table

ARTICLES = pd.DataFrame({"article_id": ["a1"], "display_title": ["Talks"], "content_hash": ["h1"]})


def _fresh() -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["a1", "a1"], "speaker": ["John Kirby", "anonymous"],
                         "speaker_type": ["person", "anonymous"], "role": [None, "officials"],
                         "date": ["2024-08-26", "2024-08"]})


def test_a_fresh_table_gets_periods_titles_correction_columns_and_labels():
    q = quotes_table.finish(_fresh(), ARTICLES)
    assert list(q["display_title"]) == ["Talks", "Talks"]
    assert list(q["period_start"].dt.strftime("%Y-%m-%d")) == ["2024-08-26", "2024-08-01"]
    assert list(q["period_end"].dt.strftime("%Y-%m-%d")) == ["2024-08-26", "2024-08-31"]
    assert list(q["content_hash"]) == ["h1", "h1"] and not q["verified"].any() and not q["corrected"].any()
    assert list(q["speaker_label"]) == ["John Kirby", "unnamed: officials"]


def test_only_a_statement_added_by_hand_is_given_a_title_and_period_and_every_label_follows_its_speaker():
    q = quotes_table.finish(_fresh(), ARTICLES)
    q.loc[0, "speaker"] = "Jane Doe"  # reassigned
    added = {**{c: None for c in q.columns}, "article_id": "a1", "speaker": "Ann Lee", "speaker_type": "person",
             "date": "2024-08-27", "content_hash": "h1", "verified": True, "corrected": True}
    q = pd.concat([q, pd.DataFrame([added], columns=q.columns)], ignore_index=True)
    q.loc[1, "display_title"] = "kept"  # a row with a title is left as it is
    done = quotes_table.finish(q, ARTICLES)
    assert list(done["display_title"]) == ["Talks", "kept", "Talks"]
    assert done.loc[2, "period_start"] == pd.Timestamp("2024-08-27")
    assert list(done["speaker_label"]) == ["Jane Doe", "unnamed: officials", "Ann Lee"]
