"""Each date veto on a minimal text: with the rule on the words are no date; switched off, the pattern's date comes back."""

from collections import Counter
from datetime import date

import pytest

from analysis.nlp import load_model
from analysis.quotes.rules import ALL_ON, RuleSwitch
from analysis.timeline import extract_dates
from analysis.timex.negatives import NEGATIVE_RULES

ANCHOR = date(2019, 5, 15)

# rule → (text, the words the rule keeps from being a date)
EXAMPLES = {
    "capitalised_title": ("She appeared on ABC's This Week with the senator.", "This Week"),
    "fiscal_year_ended": ("Profit rose 4% for the year ended in March.", "the year"),
    "of_tomorrow": ("They spoke of the people of tomorrow.", "tomorrow"),
    "deictic_in_a_name": ("The clip ran on Russia Today with the governor.", "Today"),
    "month_word_no_month": ("The minister said prices May rise again.", "May"),
    "year_no_year": ("Police said 2000 people marched in the city.", "2000"),
    "set_of_days": ("The council meets every Thursday in the hall.", "Thursday"),
    "season_in_a_name": ("Police watched the Spring of Life demonstrations closely.", "Spring"),
    "day_in_a_name": ("He watched Monday Night Football with friends.", "Monday"),
    "season_no_season": ("Historians wrote about the fall of Rome.", "fall"),
    "decade_of_age": ("She moved to Paris in her twenties to study.", "twenties"),
    "spelled_year_count": ("They counted two thousand ten votes.", "two thousand"),
    "future_of": ("He spoke about the future of our peoples.", "future"),
    "current_noun": ("Swimmers were swept away by a strong current near the pier.", "current"),
}


def test_every_veto_has_an_example():
    assert set(EXAMPLES) == {r.__name__ for r in NEGATIVE_RULES}


@pytest.mark.parametrize("rule", sorted(EXAMPLES))
def test_veto_keeps_its_words_from_being_a_date(rule):
    text, words = EXAMPLES[rule]
    doc = load_model()(text)
    fired: Counter = Counter()
    on = extract_dates(text, ANCHOR, doc, rules=RuleSwitch(frozenset(), fired))
    assert not any(words in d.text for d in on), on
    assert fired[rule] == 1
    off = extract_dates(text, ANCHOR, doc, rules=RuleSwitch(frozenset({rule})))
    assert any(words in d.text for d in off), off


def test_a_real_date_passes_every_veto():
    text = "The minister said on Thursday, May 9, that the 2000 budget would be cut in the fall."
    found = [(d.text, d.value) for d in extract_dates(text, ANCHOR, load_model()(text), rules=ALL_ON)]
    assert ("Thursday, May 9", "2019-05-09") in found and ("2000", "2000") in found
