"""Who each named person is across the corpus (analysis/identity.py): small corpora of a few
articles, each asserting the exact corpus names and the rule named in `why`."""

import pandas as pd
import pytest

from analysis import frames, identity, speaker_audit
from analysis.quotes.rules import ALL_ON, RuleSwitch


def statements(*rows: tuple[str, str, str, str]) -> tuple[pd.DataFrame, dict[str, str]]:
    """(article text, speaker label, type, mention in the text) per statement; one article per text."""
    ids: dict[str, str] = {}
    recs = []
    for text, label, kind, mention in rows:
        art = ids.setdefault(text, f"a{len(ids)}")
        start = text.index(mention)
        recs.append({"article_id": art, "speaker": label, "speaker_type": kind, "why": "rule",
                     "speaker_start": start, "speaker_end": start + len(mention)})
    return pd.DataFrame(recs), {art: text for text, art in ids.items()}


def corpus_names(rows, rules=ALL_ON) -> list[tuple[str, str, str]]:
    quotes, texts = statements(*rows)
    q, _, _ = identity.rename(quotes, pd.DataFrame(columns=frames.TARGET_COLUMNS), texts, rules)
    return [(s, t, w.split(" · ")[-1] if " · " in w else "") for s, t, w in zip(q["speaker"], q["speaker_type"],
                                                                             q["why"], strict=True)]


def test_a_title_and_surname_join_the_full_name_of_that_title():
    got = corpus_names([
        ("President Barack Obama said on Monday that the plan works.", "Barack Obama", "person", "Barack Obama"),
        ("First lady Michelle Obama said the garden grows.", "Michelle Obama", "person", "Michelle Obama"),
        ("President Obama said the talks failed.", "Obama", "person", "Obama"),
    ])
    assert got == [("Barack Obama", "person", ""), ("Michelle Obama", "person", ""),
                   ("Barack Obama", "person", "corpus:surname_title")]


def test_an_honorific_picks_the_person_of_that_gender():
    got = corpus_names([
        ("Hillary Clinton spoke in Iowa.", "Hillary Clinton", "person", "Hillary Clinton"),
        ("Bill Clinton spoke in Ohio.", "Bill Clinton", "person", "Bill Clinton"),
        ("Mrs. Clinton said she would win.", "Clinton", "person", "Clinton"),
    ])
    assert got[2] == ("Hillary Clinton", "person", "corpus:surname_gender")


def test_two_people_of_one_surname_and_nothing_to_decide_stay_apart():
    rows = [("John Smith said the bridge is safe.", "John Smith", "person", "John Smith"),
            ("Jane Smith said the bridge is not safe.", "Jane Smith", "person", "Jane Smith"),
            ("Smith said it again.", "Smith", "person", "Smith")]
    assert [n for n, _, _ in corpus_names(rows)] == ["John Smith", "Jane Smith", "Smith"]
    quotes, texts = statements(*rows)
    q, _, res = identity.rename(quotes, pd.DataFrame(columns=frames.TARGET_COLUMNS), texts)
    assert res.ambiguous == {"Smith": ["Jane Smith", "John Smith"]}
    pairs = speaker_audit.suggestions(res, q)
    assert {(r.speaker, r.other) for r in pairs.itertuples()} >= {("Smith", "Jane Smith"), ("Smith", "John Smith")}


def test_a_surname_alone_joins_the_dominant_person_of_that_surname():
    rows = [(f"Article {i}: Barack Obama said it.", "Barack Obama", "person", "Barack Obama") for i in range(8)]
    rows += [("Michelle Obama said the garden grows.", "Michelle Obama", "person", "Michelle Obama"),
             ("Obama said the talks failed.", "Obama", "person", "Obama")]
    assert corpus_names(rows)[-1] == ("Barack Obama", "person", "corpus:surname_dominant")
    off = RuleSwitch(frozenset({"surname_dominant"}))
    assert corpus_names(rows, off)[-1] == ("Obama", "person", "")


def test_diminutives_middle_initials_and_misspellings_are_one_person():
    got = corpus_names([
        ("Joe Biden said it.", "Joe Biden", "person", "Joe Biden"),
        ("Joe Biden said it again.", "Joe Biden", "person", "Joe Biden"),
        ("Vice President Joseph R. Biden Jr. said so.", "Joseph R. Biden Jr.", "person", "Joseph R. Biden Jr."),
        ("Joseph R. Biden said so.", "Joseph R. Biden", "person", "Joseph R. Biden"),
        ("Reince Priebus said it. Reince Priebus said more.", "Reince Priebus", "person", "Reince Priebus"),
        ("Reince Priebus said it again.", "Reince Priebus", "person", "Reince Priebus"),
        ("Rence Priebus said it.", "Rence Priebus", "person", "Rence Priebus"),
    ])
    assert got == [("Joe Biden", "person", ""), ("Joe Biden", "person", ""),
                   ("Joe Biden", "person", "corpus:first_name_diminutive"),
                   ("Joe Biden", "person", "corpus:first_name_diminutive"),
                   ("Reince Priebus", "person", ""), ("Reince Priebus", "person", ""),
                   ("Reince Priebus", "person", "corpus:first_name_misspelt")]


def test_namesakes_by_middle_initial_and_juniors_stay_apart():
    got = corpus_names([
        ("George W. Bush said it.", "George W. Bush", "person", "George W. Bush"),
        ("George H.W. Bush said it.", "George H.W. Bush", "person", "George H.W. Bush"),
        ("Donald Trump said it. Donald Trump said more.", "Donald Trump", "person", "Donald Trump"),
        ("Donald Trump Jr said his father Donald Trump would win.", "Donald Trump Jr", "person", "Donald Trump Jr"),
    ])
    assert [n for n, _, _ in got] == ["George W. Bush", "George H.W. Bush", "Donald Trump", "Donald Trump Jr"]


def test_a_diminutive_named_beside_the_full_form_in_one_article_is_another_person():
    got = corpus_names([
        ("Gary Johnson said it. Gary Johnson again.", "Gary Johnson", "person", "Gary Johnson"),
        ("Garrett Johnson, unlike Gary Johnson, said no.", "Garrett Johnson", "person", "Garrett Johnson"),
    ])
    assert [n for n, _, _ in got] == ["Gary Johnson", "Garrett Johnson"]


def test_titles_and_stray_marks_leave_the_name():
    got = corpus_names([("― Pamela Padilla", "― Pamela Padilla", "person", "Pamela Padilla"),
                        ("Del. Stacey Plaskett said so.", "Del. Stacey Plaskett", "person", "Stacey Plaskett")])
    assert got == [("Pamela Padilla", "person", "corpus:bare_name"),
                   ("Stacey Plaskett", "person", "corpus:bare_name")]


def test_a_person_typed_an_organisation_is_a_person():
    got = corpus_names([
        ("Carly Fiorina said she would run.", "Carly Fiorina", "person", "Carly Fiorina"),
        ("Carly Fiorina Endorses Ted Cruz. Carly Fiorina said so.", "Carly Fiorina", "organization", "Carly Fiorina"),
        ("Donald Trump spoke. Later, Trump said the wall works.", "Trump", "organization", "Trump"),
        ("Donald Trump spoke again.", "Donald Trump", "person", "Donald Trump"),
        ("Ford said car sales fell.", "Ford", "organization", "Ford"),
        ("Gerald Ford said so.", "Gerald Ford", "person", "Gerald Ford"),
    ])
    assert got[1] == ("Carly Fiorina", "person", "corpus:person_named_as_organisation")
    assert got[2] == ("Donald Trump", "person", "corpus:person_named_as_organisation")
    assert got[4] == ("Ford", "organization", "")  # the article names no Ford as a person


def test_a_mention_whose_title_contradicts_the_article_s_choice():
    got = corpus_names([
        ("Bill Clinton said it. Bill Clinton again.", "Bill Clinton", "person", "Bill Clinton"),
        ("Hillary Clinton said it. Mrs. Clinton again.", "Hillary Clinton", "person", "Hillary Clinton"),
        ("Her husband, Bill Clinton, campaigned. Mrs. Clinton told voters she would win.", "Bill Clinton", "person",
         "Mrs. Clinton"),
    ])
    assert got[2] == ("Hillary Clinton", "person", "corpus:mention_contradicts_name>surname_gender")


def test_a_he_or_she_the_corpus_contradicts_is_no_one_rather_than_the_wrong_person():
    got = corpus_names([
        ("Hillary Clinton spoke. She said it.", "Hillary Clinton", "person", "She"),
        ("Hillary Clinton spoke. She said so.", "Hillary Clinton", "person", "She"),
        ("Bill and Hillary Clinton spoke. “We met 45 years ago,” he said.", "Hillary Clinton", "person", "he"),
        ("Vlada Stamenkovic spoke. “Our work,” he said.", "Vlada Stamenkovic", "person", "he"),
    ])
    assert got[2] == ("unknown", "unknown", "corpus:pronoun_contradicts_name")
    assert got[3] == ("Vlada Stamenkovic", "person", "")  # one he against a first name's usual gender: no verdict
    assert got[:2] == [("Hillary Clinton", "person", "")] * 2


def test_joint_speakers_are_named_person_by_person():
    got = corpus_names([("Donald J. Trump said it.", "Donald J. Trump", "person", "Donald J. Trump"),
                        ("Donald Trump said it. Donald Trump again.", "Donald Trump", "person", "Donald Trump"),
                        ("Donald Trump said it once more.", "Donald Trump", "person", "Donald Trump"),
                        ("Ben Carson and Donald J. Trump said it.", "Ben Carson and Donald J. Trump", "person",
                         "Ben Carson")])
    assert got[3] == ("Ben Carson and Donald Trump", "person", "corpus:joint_names")


BARACK = [(f"Article {i}: Barack Obama said it.", "Barack Obama", "person", "Barack Obama") for i in range(8)]
# each identity rule, a small corpus on which it decides the last statement, and the name it gives
IDENTITY_EXAMPLES = {
    "bare_name": ([("Rev. Peter Wherry said so.", "Rev. Peter Wherry", "person", "Peter Wherry")], "Peter Wherry"),
    "same_first_name": ([("Donald Trump said it.", "Donald Trump", "person", "Donald"),
                         ("Donald Trump said it again.", "Donald Trump", "person", "Donald"),
                         ("Donald J. Trump said so.", "Donald J. Trump", "person", "Donald")], "Donald Trump"),
    "first_name_diminutive": ([("Joe Biden said it.", "Joe Biden", "person", "Joe"),
                               ("Joe Biden said it again.", "Joe Biden", "person", "Joe"),
                               ("Joseph R. Biden said so.", "Joseph R. Biden", "person", "Joseph")], "Joe Biden"),
    "first_name_misspelt": ([("Reince Priebus said it.", "Reince Priebus", "person", "Reince"),
                             ("Reince Priebus said it again.", "Reince Priebus", "person", "Reince"),
                             ("Rence Priebus said so.", "Rence Priebus", "person", "Rence")], "Reince Priebus"),
    "joint_names": ([("Donald Trump said it.", "Donald Trump", "person", "Donald"),
                     ("Donald Trump said it again.", "Donald Trump", "person", "Donald"),
                     ("Ben Carson and Donald J. Trump said it.", "Ben Carson and Donald J. Trump", "person", "Ben")],
                    "Ben Carson and Donald Trump"),
    "double_surname": ([("Hillary Rodham Clinton said it.", "Hillary Rodham Clinton", "person", "Hillary"),
                        ("Rodham Clinton said so.", "Rodham Clinton", "person", "Rodham")], "Hillary Rodham Clinton"),
    "first_name_alone": ([("Hillary Clinton said it.", "Hillary Clinton", "person", "Hillary"),
                          ("Hillary Clinton was there. Hillary said no.", "Hillary", "person", "Hillary said")],
                         "Hillary Clinton"),
    "first_name_in_article": (BARACK + [("Michelle Obama said the garden grows.", "Michelle Obama", "person", "Michelle"),
                                        ("Michelle Obama was there. Obama said no.", "Obama", "person", "Obama said")],
                              "Michelle Obama"),
    "surname_title": ([("President Barack Obama said it.", "Barack Obama", "person", "Barack"),
                       ("Michelle Obama said it.", "Michelle Obama", "person", "Michelle"),
                       ("President Obama said the talks failed.", "Obama", "person", "Obama")], "Barack Obama"),
    "surname_gender": ([("Hillary Clinton spoke.", "Hillary Clinton", "person", "Hillary"),
                        ("Bill Clinton spoke.", "Bill Clinton", "person", "Bill"),
                        ("Mrs. Clinton said she would win.", "Clinton", "person", "Clinton")], "Hillary Clinton"),
    "surname_only_one": ([("John Kirby said it.", "John Kirby", "person", "John"),
                          ("Kirby said the talks failed.", "Kirby", "person", "Kirby")], "John Kirby"),
    "surname_dominant": (BARACK + [("Michelle Obama said the garden grows.", "Michelle Obama", "person", "Michelle"),
                                   ("Obama said the talks failed.", "Obama", "person", "Obama")], "Barack Obama"),
    "person_named_as_organisation": ([("Carly Fiorina said it.", "Carly Fiorina", "person", "Carly"),
                                      ("Carly Fiorina Endorses Ted Cruz.", "Carly Fiorina", "organization", "Carly")],
                                     "Carly Fiorina"),
    "organisation_of_person": ([("Hillary Clinton said it.", "Hillary Clinton", "person", "Hillary"),
                                ("Bill Clinton spoke. Hillary Clinton spoke later. The Clinton campaign said it would "
                                 "appeal.", "Clinton campaign", "organization", "Clinton campaign")],
                               "Hillary Clinton campaign"),
    "organisation_without_article": ([("The Associated Press reported it.", "Associated Press", "organization",
                                       "Associated Press"),
                                      ("The Associated Press said it.", "The Associated Press", "organization",
                                       "The Associated Press")], "Associated Press"),
    "newspaper_short_name": ([("The Washington Post reported it.", "Washington Post", "organization", "Washington Post"),
                              ("The Washington Post called. The Post said the deal was off.", "Post", "organization",
                               "Post")], "Washington Post"),
    "organisation_spelt_otherwise": ([("POLITICO reported it.", "POLITICO", "organization", "POLITICO"),
                                      ("Politico reported it.", "Politico", "organization", "Politico"),
                                      ("Politico said so.", "Politico", "organization", "Politico"),
                                      ("POLITICO said it.", "POLITICO", "organization", "POLITICO")], "Politico"),
    "headline_word_before_name": ([("Donald Trump said it.", "Donald Trump", "person", "Donald"),
                                   ("Black Lawmakers Rip Donald Trump\nThe lawmakers met. Trump said he was right.",
                                    "Rip Donald Trump", "person", "Rip")], "Donald Trump"),
    "goes_by_middle_name": ([("Ted Cruz said it.", "Ted Cruz", "person", "Ted"),
                             ("Ted Cruz said it again.", "Ted Cruz", "person", "Ted"),
                             ("Rafael Edward Cruz said so.", "Rafael Edward Cruz", "person", "Rafael")], "Ted Cruz"),
    "mention_contradicts_name": ([("Bill Clinton said it. Bill Clinton again.", "Bill Clinton", "person", "Bill"),
                                  ("Hillary Clinton said it.", "Hillary Clinton", "person", "Hillary"),
                                  ("Her husband, Bill Clinton, spoke. Mrs. Clinton said she would win.",
                                   "Bill Clinton", "person", "Mrs. Clinton")], "Hillary Clinton"),
    "pronoun_contradicts_name": ([("Barack Obama spoke. He said it.", "Barack Obama", "person", "He"),
                                  ("Obama spoke. He said so.", "Barack Obama", "person", "He"),
                                  ("Melanie wrote of Obama. “I never lost it,” she said.", "Barack Obama", "person",
                                   "she")], "unknown"),
}


def test_a_surname_alone_joins_the_full_name_another_article_writes():
    rows = [("Fox News anchor Chris Wallace moderated the debate.", "Mike Pence", "person", "Fox"),
            ("WALLACE: Governor, your answer?", "WALLACE", "person", "WALLACE"),
            ("Pope Francis said the church must change.", "Francis", "person", "Francis"),
            ("James Francis owns the store.", "Tim Cook", "person", "James")]
    got = corpus_names(rows)
    assert got[1] == ("Chris Wallace", "person", "corpus:surname_only_one")
    assert got[2][0] == "Francis"  # the pope is not the James Francis another article writes


def test_every_identity_rule_has_an_example():
    assert set(IDENTITY_EXAMPLES) == {r.__name__ for table in identity.tables().values() for r in table}


@pytest.mark.parametrize("rule", sorted(IDENTITY_EXAMPLES))
def test_identity_rule_decides_on_its_example_and_can_be_switched_off(rule):
    rows, expected = IDENTITY_EXAMPLES[rule]
    name, _, why = corpus_names(rows)[-1]
    assert name == expected and rule in why.removeprefix("corpus:").split(">"), why
    off = corpus_names(rows, RuleSwitch(frozenset({rule})))[-1]
    assert rule not in off[2]


@pytest.mark.parametrize(("label", "core", "first", "last"), [
    ("President Obama", "Obama", "", "Obama"), ("WALLACE", "Wallace", "", "Wallace"),
    ("Joseph R. Biden Jr.", "Joseph R. Biden Jr", "Joseph", "Biden"), ("Lt. Gov. Dan Patrick", "Dan Patrick", "Dan",
                                                                       "Patrick"),
    ("Bill de Blasio", "Bill de Blasio", "Bill", "de Blasio")])
def test_names_are_parsed_into_parts(label, core, first, last):
    name = identity.parse(label)
    assert (name.core, name.first, name.last) == (core, first, last)


@pytest.mark.parametrize(("label", "core"), [
    ("Crooked Hillary Clinton", "Hillary Clinton"), ("Certainly Donald Trump", "Donald Trump"), ("Weak - Rubio", "Rubio"),
    ("Tom Nides Thanked Clinton", "Tom Nides"), ("Deborah Jordan Reynolds - Santilli", "Deborah Jordan Reynolds"),
    ("Frank Fiorina", "Frank Fiorina"), ("Robert Graves", "Robert Graves"), ("Rich Lowry", "Rich Lowry")])
def test_epithets_and_headline_verbs_are_no_part_of_a_name(label, core):
    assert identity.parse(label).core == core


def test_an_epithet_before_a_known_name_is_that_person():
    got = corpus_names([("Hillary Clinton said it. Hillary Clinton again.", "Hillary Clinton", "person", "Hillary"),
                        ("Hillary Clinton said more.", "Hillary Clinton", "person", "Hillary"),
                        ("Crooked Hillary Clinton said so, he wrote.", "Crooked Hillary Clinton", "person", "Crooked"),
                        ("Donald Trump said it.", "Donald Trump", "person", "Donald"),
                        ("Maybe Trump said so.", "Maybe Trump", "person", "Maybe")])
    assert got[2] == ("Hillary Clinton", "person", "corpus:bare_name")
    assert got[4] == ("Donald Trump", "person", "corpus:surname_only_one")


def test_corpus_of_articles_names_one_person_once(tmp_path):
    """End to end through build_corpus: a title and a surname in one article, the full name in another,
    a nickname pair, and a namesake kept apart."""
    from analysis.corpus import build_corpus

    texts = {"a.txt": "President Barack Obama said the economy had turned a corner.",
             "b.txt": "First lady Michelle Obama said the garden would feed the school.",
             "c.txt": "President Obama told reporters that the talks had failed.",
             "d.txt": "Joe Biden said the bill would pass.",
             "e.txt": "Vice President Joseph R. Biden said the vote would be close."}
    for i, (name, text) in enumerate(texts.items()):
        (tmp_path / name).write_text(f" date 2016-03-0{i + 1}\n{text}", encoding="utf-8")
    q = build_corpus([tmp_path]).quotes.sort_values("source")
    assert list(q["speaker"]) == ["Barack Obama", "Michelle Obama", "Barack Obama", "Joe Biden", "Joe Biden"]
    assert list(q["speaker_alias"])[2] == "Obama" and q["why"].iloc[2].endswith("corpus:surname_title")


def test_handles_headline_verbs_and_short_names_with_a_final_y():
    assert identity.parse("@HillaryClinton &").core == "Hillary Clinton"
    assert identity.parse("Clinton Needs").core == "Clinton"
    assert identity.fold("Brady") != identity.fold("Brad") and identity.fold("Zelenskyy") == identity.fold("Zelenskiy")
    assert not identity.is_name_like("W]e") and identity.is_name_like("Ban Ki-moon")


def test_suggested_pairs_leave_out_fathers_and_sons_and_two_genders():
    from analysis.speaker_audit import _maybe_same

    p = identity.parse
    assert _maybe_same(p("Donald Trump"), p("Donald Trump Jr")) is None
    assert _maybe_same(p("Patrick Murray"), p("Patty Murray")) is None
    assert _maybe_same(p("Robert Stone"), p("Roger Stone")) is None
    assert _maybe_same(p("Kirsten Gillibrand"), p("Kristen Gillibrand")) == "same surname, first names spelt alike"
    assert _maybe_same(p("Rafael Edward Cruz"), p("Ted Cruz")) == "one's middle name is the other's first name"


def test_two_first_names_of_their_own_are_no_misspelling():
    from analysis.identity import first_name_misspelt, parse

    assert not first_name_misspelt(parse("Ivana Trump"), parse("Ivanka Trump"))
    assert first_name_misspelt(parse("Rence Priebus"), parse("Reince Priebus"))


def test_a_headline_verb_or_modal_before_a_surname_is_no_first_name():
    """'Will Sanders' from the headline 'Game over. Will Sanders come down …' is Bernie Sanders; a Will
    Smith the article's text names stays himself."""
    got = corpus_names([("Bernie Sanders said it.", "Bernie Sanders", "person", "Bernie"),
                        ("Game over. Will Sanders come down?\nBernie Sanders lost. Sanders said he would fight on.",
                         "Will Sanders", "person", "Will"),
                        ("Will Smith said the film was done. Jada Smith agreed.", "Will Smith", "person", "Will")])
    assert got[1] == ("Bernie Sanders", "person", "corpus:headline_word_before_name>first_name_in_article")
    assert got[2] == ("Will Smith", "person", "")


def test_each_part_of_a_joint_label_takes_its_corpus_name():
    got = corpus_names([("Ted Cruz said it.", "Ted Cruz", "person", "Ted"),
                        ("Ted Cruz said it again.", "Ted Cruz", "person", "Ted"),
                        ("Marco Rubio said it.", "Marco Rubio", "person", "Marco"),
                        ("Ted Cruz changed his name, Rafael Edward Cruz. Marco Rubio and Rafael Edward Cruz said so.",
                         "Marco Rubio and Rafael Edward Cruz", "person", "Marco")])
    assert got[3] == ("Marco Rubio and Ted Cruz", "person", "corpus:joint_names")


def test_a_merged_pair_keeps_the_full_name_then_the_spelled_out_first_name_then_the_more_quoted():
    """Fresh-eyes review: 'Laurence Meyer → L.H. Meyer' merged a full first name into initials."""
    assert speaker_audit.kept("L.H. Meyer", "Laurence Meyer", 5, 2) == ("Laurence Meyer", "L.H. Meyer")
    assert speaker_audit.kept("Obama", "Barack Obama", 30, 7) == ("Barack Obama", "Obama")
    assert speaker_audit.kept("Stan Greenberg", "Stanley B. Greenberg", 2, 9) == ("Stanley B. Greenberg", "Stan Greenberg")
    assert speaker_audit.kept("Kirsten Gillibrand", "Kristen Gillibrand", 3, 3) == ("Kirsten Gillibrand", "Kristen Gillibrand")


def test_a_short_newspaper_name_stays_when_the_article_names_two_papers_so():
    rows = [("The New York Times reported it.", "New York Times", "organization", "New York Times"),
            ("The Los Angeles Times reported it.", "Los Angeles Times", "organization", "Los Angeles Times"),
            ("The New York Times and the Los Angeles Times called. The Times said no.", "Times", "organization",
             "Times")]
    assert corpus_names(rows)[-1][0] == "Times"


def test_a_name_in_dots_joins_the_one_without():
    rows = [("The FBI said it.", "FBI", "organization", "FBI"), ("The FBI said so.", "FBI", "organization", "FBI"),
            ("The F.B.I. said it.", "F.B.I.", "organization", "F.B.I.")]
    assert corpus_names(rows)[-1] == ("FBI", "organization", "corpus:organisation_spelt_otherwise")
