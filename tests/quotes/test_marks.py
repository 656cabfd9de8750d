from analysis.quotes.marks import find_quotes


def spans(text):
    return [(text[q.start:q.end], q.balanced) for q in find_quotes(text)]


def test_straight_and_curly_marks():
    assert spans('He said "we will win." Then “we go,” she said.') == [("we will win.", True), ("we go,", True)]


def test_apostrophes_are_not_marks():
    text = "Russia’s army said ‘we’ll see’ and officials’ plans didn't change."
    assert spans(text) == [("we’ll see", True)]


def test_multi_paragraph_quote_is_one_span():
    text = "“First paragraph goes on.\n\n“Second paragraph ends here,” he said."
    assert spans(text) == [("First paragraph goes on.\n\n“Second paragraph ends here,", True)]


def test_unbalanced_mark_recovered_locally():
    text = "“We will not stop, he said.\n\nOther news follows here."
    (span,) = find_quotes(text)
    assert not span.balanced and text[span.start:span.end] == "We will not stop, he said."


def test_nested_quotes_stay_inside():
    text = "“They told us ‘go home’ and left,” she said."
    assert spans(text) == [("They told us ‘go home’ and left,", True)]


def test_many_unbalanced_marks_do_not_raise():
    text = "“ " * 500 + "end"
    find_quotes(text)


def test_ascii_double_marks_of_two_characters():
    text = "''It is long,'' Tina Tchen said. ``We had to balance,'' she added. The 'best' one's."
    assert spans(text) == [("It is long,", True), ("We had to balance,", True), ("best", True)]
    first = find_quotes(text)[0]
    assert text[first.open:first.outer_end] == "''It is long,''"


def test_paragraph_reopened_with_other_marks_is_another_quote():
    text = ('Reports:\n\n"The first time she saw him.\n\n"She thought it outrageous.\n\n'
            '“It never crossed my mind,” she said.')
    assert spans(text) == [("The first time she saw him.\n\n\"She thought it outrageous.", False),
                           ("It never crossed my mind,", True)]

