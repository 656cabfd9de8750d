"""The sample article's full answer: every statement, speaker, kind, offset and date."""

from analysis.frames import quotes_frame

EXPECTED = [
    # speaker, type, kind, mixed, cue, start, end, date, role
    ("Politico", "organization", "indirect", False, "reported", 17, 241, "2024-08-27", None),
    ("Russia", "organization", "indirect", False, "warned", 569, 606, "2024-08-27", None),
    ("Volodymyr Zelenskyy", "person", "direct", False, "said", 707, 818, "2024-08-26", "Ukrainian President"),
    ("Volodymyr Zelenskyy", "person", "direct", False, "said", 892, 1015, "2024-08-26", "Ukrainian President"),
    ("anonymous", "anonymous", "indirect", False, "told", 1018, 1198, "2024-08-27",
     "three people familiar with discussions"),
    ("John Kirby", "person", "indirect", True, "told", 1587, 1639, "2024-08-26",
     "White House National Security Council (NSC) spokesman"),
    ("John Kirby", "person", "direct", False, "said", 1643, 1705, "2024-08-26",
     "White House National Security Council (NSC) spokesman"),
    ("John Kirby", "person", "direct", False, "said", 1721, 1928, "2024-08-26",
     "White House National Security Council (NSC) spokesman"),
]


def test_sample_statements_exact(sample_analysis):
    got = [(q.speaker, q.speaker_type, q.kind, q.mixed, q.cue, q.start, q.end, q.date, q.role)
           for q in sample_analysis.quotes]
    assert got == EXPECTED


def test_offsets_point_at_the_quote(sample_analysis):
    text = sample_analysis.article.text
    for q in sample_analysis.quotes:
        assert text[q.start:q.end] == q.quote
    quotes = {q.quote for q in sample_analysis.quotes}
    assert "There should be no restrictions on the range of weapons for Ukraine, while terrorists have no " \
           "such restrictions" in quotes  # trailing comma of the attribution dropped
    assert 'there were “no changes” in U.S. policy on the matter' in quotes


def test_no_statement_for_headline_aside(sample_analysis):
    assert not any("Worth Billions" in q.quote for q in sample_analysis.quotes)


def test_sample_timeline(sample_analysis):
    values = {(d.text, d.value, d.granularity) for d in sample_analysis.dates}
    assert ("May", "2024-05", "month") in values
    assert ("Monday", "2024-08-26", "day") in values
    assert ("this month", "2024-08", "month") in values
    # "today" inside Kirby's quote is the day he spoke, not the article's date
    assert ("today", "2024-08-26", "day") in values


def test_sentiment_and_confidence_present(sample_analysis):
    for q in sample_analysis.quotes:
        assert -1.0 <= q.polarity <= 1.0 and 0.0 <= q.subjectivity <= 1.0
        assert 0.0 <= q.confidence <= 1.0
    df = quotes_frame([sample_analysis])
    assert list(df["speaker"]).count("John Kirby") == 3
