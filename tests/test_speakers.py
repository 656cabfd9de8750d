"""Speaker rules that follow English reporting syntax, each on a minimal text."""

from tests.test_robustness import run_text


def speakers(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.speaker_type) for q in run_text(text).quotes]


def test_bare_surname_tagged_as_common_noun_is_the_earlier_speaker():
    text = ("According to Chief Superintendent Graciano Mijares of the regional police, fourteen civilians died. "
            "This revised an earlier toll. Mijares further claimed 90 civilians were wounded.")
    assert speakers(text) == [("Graciano Mijares", "person")] * 2


def test_short_institution_name_takes_its_fuller_form():
    text = ("The National Search and Rescue Agency sent two ships on Monday.\n\n"
            "Yesterday the Search and Rescue Agency told The Jakarta Post it would end its search.")
    assert speakers(text) == [("National Search and Rescue Agency", "organization")]


def test_description_points_back_to_the_named_outlet():
    text = ("The Aviation Herald reported the landing at Fath was a mistake. "
            "The industry publication stated the aircraft overran the runway.")
    assert speakers(text) == [("Aviation Herald", "organization")] * 2


def test_capitalised_subject_with_organisational_appositive():
    text = "Airfleets, a database of commercial fleets, states the aircraft uses the A300 and the 747."
    assert speakers(text) == [("Airfleets", "organization")]


def test_full_name_from_a_paragraph_without_statements():
    text = ("Pentagon spokesman John Kirby arrived in Kyiv on Monday.\n\n"
            "Kirby said the talks went well.")
    assert speakers(text) == [("John Kirby", "person")]


def test_acronym_takes_the_name_spelled_out_earlier():
    text = ("The Investigative Committee and the Federal Security Service (FSB) said the blast was a gas leak.\n\n"
            "The FSB denies the two explosions are related.")
    assert speakers(text)[-1] == ("Federal Security Service (FSB)", "organization")


def test_its_points_to_the_institution_just_named():
    text = ("Meanwhile the National Transportation Safety Board was absent. It is unable to operate during the "
            "shutdown; however, its website notes that its operations center is still accepting notifications.")
    assert speakers(text) == [("National Transportation Safety Board", "organization")]


def test_the_defendants_are_the_two_people_named_together():
    text = ("Emily Spanton, 39, met officers Antoine Quirin and Nicolas Redouane, 40 and 49, at an Irish pub.\n\n"
            "The defendants claimed Spanton first complained of theft.")
    assert speakers(text) == [("Antoine Quirin and Nicolas Redouane", "person")]
