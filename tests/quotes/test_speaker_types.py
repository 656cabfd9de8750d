"""One type per identity: party members and nationalities are people, never an organisation; a
person's full name the NER called an organisation stays a person (issue 26)."""

from tests.test_robustness import run_text


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
