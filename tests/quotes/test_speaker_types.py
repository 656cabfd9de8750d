"""One type per identity: party members and nationalities are people, never an organisation; a
person's full name the NER called an organisation stays a person (issue 26)."""

from tests.helpers import run_text


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.speaker, q.speaker_type, q.role) for q in run_text(text).quotes]


def test_party_members_are_an_unnamed_group():
    assert found("Republicans said the bill would fail.") == [("anonymous", "anonymous", "Republicans")]
    assert found("Some Democrats said they feared a split.") == [("anonymous", "anonymous", "Some Democrats")]


def test_a_party_member_is_an_unnamed_source():
    assert found("A New Hampshire Democrat added that the race was close.") == [
        ("anonymous", "anonymous", "New Hampshire Democrat")]


def test_the_state_and_party_description_is_the_person_who_just_spoke():
    text = ("Speaker Paul Ryan said President Barack Obama had gone too far. "
            "The Wisconsin Republican said the steps were illegal.")
    assert [s for s, _, _ in found(text)] == ["Paul Ryan", "Paul Ryan"]


def test_the_party_itself_is_an_organisation():
    assert found("The Republican Party said the convention would open on time.")[0][:2] == (
        "Republican Party", "organization")


def test_a_persons_name_the_ner_called_an_organisation_stays_a_person():
    # the model tags "Carly Fiorina" ORG here; her role, or the "she" that takes her up, says she is a person
    assert found("Former Hewlett-Packard CEO Carly Fiorina said the plan would fail.")[0][:2] == (
        "Carly Fiorina", "person")
    assert found("Carly Fiorina arrived in Iowa on Monday. She said the polls were wrong.")[0][:2] == (
        "Carly Fiorina", "person")


def test_a_surname_tagged_as_an_organisation_that_he_takes_up_is_a_person():
    from spacy.tokens import Span

    from analysis.nlp import DEFAULT_MODEL, load_model
    from analysis.quotes.coreference import build_registry

    def registry(text: str):
        doc = load_model(DEFAULT_MODEL)(text)
        doc.ents = [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text in ("Trump", "Apple")]
        return build_registry(doc, 0, text)

    he = registry("Trump spoke in Ohio. He said the wall would be built. Trump went to Iowa. He said Mexico would pay.")
    assert "Trump" in he.persons
    it = registry("Apple spoke in Ohio. It said the plant would be built. Apple went to Iowa. It said Iowa would pay.")
    assert "Apple" not in it.persons


def test_a_kind_of_institution_the_article_does_not_name_is_an_unnamed_source():
    assert found("The company said the plant would close in March.") == [("anonymous", "anonymous", "company")]
    assert found("The campaigns said the debate would go ahead.")[0][:2] == ("anonymous", "anonymous")


def test_it_after_an_unnamed_company_is_that_company():
    text = "The company said the plant would close in March. It added that 300 jobs would go."
    assert found(text) == [("anonymous", "anonymous", "company")] * 2


def test_a_company_named_just_before_is_that_company():
    assert found("Nabisco rolled out layoffs. The company said the plant would close in March.")[0][:2] == (
        "Nabisco", "organization")


def test_an_institution_of_a_place_stays_an_institution():
    assert found("The army said the border would stay closed.")[0][:2] == ("army", "organization")
