"""Interview transcripts: labelled answers are direct statements of the labelled speaker."""

from tests.test_robustness import run_text

TRANSCRIPT = """Researcher Natasha Gownaris spoke to Wikinews about the study.

((Wikinews))  What led you to this subject?

Natasha Gownaris I have wanted to be a marine scientist since I was a child.

That interest never left me, she said at the time.

((WN))  Why do females die more often?

NG: We are not yet certain why females are more likely to die.

((WN))  What comes next?

NG We will keep counting the birds every year.
"""


def test_wikinews_style_transcript():
    an = run_text(TRANSCRIPT)
    answers = [q for q in an.quotes if q.cue == "interview answer"]
    assert [(q.speaker, q.kind, q.quote.split()[0]) for q in answers] == [
        ("Natasha Gownaris", "direct", "I"), ("Natasha Gownaris", "direct", "We"), ("Natasha Gownaris", "direct", "We")]
    # the first answer runs on over its unlabelled paragraph; the label is not part of the span
    assert answers[0].quote.endswith("she said at the time.") and not answers[0].quote.startswith("Natasha")
    # questions are not statements, and no statement is cut out of an answer
    assert all("?" not in q.quote for q in an.quotes)
    assert len(an.quotes) == 3


def test_q_and_a_labels_go_to_the_interviewee():
    text = ("Mayor Ann Lee answered questions from readers.\n\nQ: Will the bridge reopen?\n\n"
            "A: It will reopen on Friday.\n\nQ: And the road?\n\nA: Next month.\n")
    an = run_text(text)
    assert [(q.speaker, q.quote) for q in an.quotes] == [("Ann Lee", "It will reopen on Friday."),
                                                          ("Ann Lee", "Next month.")]


def test_a_single_q_label_is_not_a_transcript():
    an = run_text("Q: what did the minister say?\n\nJohn Smith The minister said the plan works.\n")
    assert all(q.cue != "interview answer" for q in an.quotes)


def test_em_dash_sign_off_names_the_speaker():
    an = run_text("Mayor Ann Lee opened the bridge.\n\n“We built it in a year.” — Ann Lee\n\n"
                  "“It was hard work.” –Bob Ray, site manager\n")
    assert [(q.speaker, q.quote, q.cue) for q in an.quotes] == [
        ("Ann Lee", "We built it in a year.", "—"), ("Bob Ray", "It was hard work.", "–")]


def test_participle_between_two_quotes_continues_the_speaker():
    an = run_text("Senator Ann Lee remarked, “It has been a long fight,” further noting, “We are not done.” "
                  "Critics disagreed.")
    assert [(q.speaker, q.quote) for q in an.quotes] == [("Ann Lee", "It has been a long fight"),
                                                          ("Ann Lee", "We are not done.")]
