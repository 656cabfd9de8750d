"""Interview transcripts: labelled answers are direct statements of the labelled speaker."""

from tests.helpers import run_text

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


PRESS_CONFERENCE = """Health Minister Daniel Oyelaran and Chief Medical Officer Dr. Sofia Lindqvist briefed reporters on Monday.

OYELARAN: We have opened three new clinics this week.

LINDQVIST: The infection rate is falling in every region.

REPORTER: When will the schools reopen?

OYELARAN: Not before the end of the month.

That decision is final.

(CROSSTALK.)

LINDQVIST: We will publish the figures every day.

OYELARAN: Thank you all for coming.
"""


def test_press_conference_labels_in_capitals_find_every_turn_and_the_full_names():
    an = run_text(PRESS_CONFERENCE)
    turns = [(q.speaker, q.quote) for q in an.quotes if q.cue == "interview answer"]
    assert turns == [
        ("Daniel Oyelaran", "We have opened three new clinics this week."),
        ("Sofia Lindqvist", "The infection rate is falling in every region."),
        ("anonymous", "When will the schools reopen?"),
        ("Daniel Oyelaran", "Not before the end of the month.\n\nThat decision is final."),
        ("Sofia Lindqvist", "We will publish the figures every day."),
        ("Daniel Oyelaran", "Thank you all for coming."),
    ]
    assert all("transcript_turns" in q.why for q in an.quotes if q.cue == "interview answer")


def test_q_and_a_answers_go_to_the_interviewee_the_title_names():
    text = ("Q&A with Vice President Joe Biden\n\nBiden spoke with reporters about Hillary Clinton and Bernie "
            "Sanders. Clinton and Sanders were both mentioned again and again, and Clinton most of all.\n\n"
            "Q: Is Clinton ready?\n\nA: She is ready.\n\nQ: And Sanders?\n\nA: He is a mainstream candidate.\n")
    an = run_text(text)
    assert {q.speaker for q in an.quotes if q.cue == "interview answer"} == {"Joe Biden"}
