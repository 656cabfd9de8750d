"""Speakers from the cue's subject (analysis/quotes/source.py): people, institutions, outlets, documents and their owners, titles and roles, each on a minimal text."""

from tests.helpers import speakers, with_roles


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


def test_person_named_in_an_apposition_of_an_apposition():
    text = ("National LGBT news source Daily Xtra's editorial director, Rachel Giese, said she felt the pleas "
            "might provide comfort to the families.")
    assert speakers(text) == [("Rachel Giese", "person")]


def test_hyphenated_first_name_is_kept_whole():
    text = ("Professor Jean-Jacques Muyembe, Director General of the Institut, said, "
            '"From now on, we will no longer say that Ebola is incurable."')
    assert speakers(text) == [("Jean-Jacques Muyembe", "person")]


def test_one_of_a_group_is_an_unnamed_source_unless_the_group_is_named():
    text = 'One of the children said, "Sometimes I still have nightmares of things that had happened."'
    assert speakers(text) == [("anonymous", "anonymous")]
    text = ("The US had been allied with Kurdish groups in fighting ISIS. One of these groups, the Syrian "
            "Democratic Forces (SDF), opposed the withdrawal and said it was previously given "
            '"assurances from the US that it would not allow any Turkish military operations against the region."')
    assert set(speakers(text)) == {("Syrian Democratic Forces (SDF)", "organization")}


def test_records_speak_for_their_owner_or_as_written():
    text = ("Six of the murders were sexual in nature, according to agreed facts heard in court.\n\n"
            "Ford disclosed the matter to regulators, according to Ford's filing with the SEC.\n\n"
            "The company will appeal, according to the filing.")
    assert speakers(text) == [("agreed facts heard in court", "organization"), ("Ford", "organization"),
                              ("anonymous", "anonymous")]


def test_occupation_before_a_name_is_the_role_not_part_of_the_name():
    text = 'Broadcaster Piers Morgan commented, "The bravery of the emergency services is incredible."'
    assert with_roles(text) == [("Piers Morgan", "person", "Broadcaster")]


def test_full_name_tagged_as_an_organisation_beside_a_role_is_a_person():
    text = ("The current president of Namibia, Hage Geingob, expressed his sadness at the death. "
            'Geingob tweeted, "I announce with sadness the passing of my comrade."')
    assert with_roles(text) == [("Hage Geingob", "person", "president of Namibia")]
    text = "Gáspár Maróth, the Hungarian Government commissioner, said the Hungarian bid won after lengthy talks."
    assert with_roles(text) == [("Gáspár Maróth", "person", "Hungarian Government commissioner")]


def test_bare_institution_word_takes_the_one_named_form_in_the_article():
    text = ("The Trump administration had planned to add the question.\n\n"
            "The administration said it would use an executive order to add the question.")
    assert speakers(text) == [("Trump administration", "organization")]


def test_the_academy_is_the_academy_named_before():
    text = ("The Royal Swedish Academy of Sciences announced the winners in Stockholm.\n\n"
            "According to the academy, over four thousand other exoplanets have been discovered.")
    assert speakers(text) == [("Royal Swedish Academy of Sciences", "organization")]


def test_a_statement_that_reads_speaks_for_its_owner():
    text = ("United States President Donald Trump confirmed the death on Saturday.\n\n"
            'Trump\'s statement read: "Hamza bin Ladin, the high-ranking member, was killed in a counterterrorism operation."\n\n'
            'The family\'s statement on the death read: "Don loved and adored Deirdre, who loved him back."')
    assert with_roles(text) == [("Donald Trump", "person", "United States President"), ("anonymous", "anonymous", "family")]


def test_place_before_a_title_and_name_after_according_to_is_not_the_source():
    text = "According to Connecticut Senator Richard Blumenthal, the involved airplane is one of eighteen such planes."
    assert with_roles(text) == [("Richard Blumenthal", "person", "Senator")]


def test_newspaper_named_post_is_not_a_post_by_its_first_word():
    text = "Navy head Arba Agung told The Jakarta Post, which also today reported the ship was in port."
    assert speakers(text) == [("The Jakarta Post", "organization")]


def test_outlet_name_before_a_place_stays_whole():
    text = "The hospital treated 25 wounded people, CNN Philippines reported."
    assert speakers(text) == [("CNN Philippines", "organization")]


def test_title_words_lead_a_name_and_never_are_one():
    texts = ['First Minister of Scotland Nicola Sturgeon said via Twitter, "The judgment is of huge constitutional '
             'significance."',
             "Former prime minister John Major has accused Johnson of misleading the Queen, and argued that the true "
             "intent was to shut down debate."]
    assert [speakers(t) for t in texts] == [[("Nicola Sturgeon", "person")], [("John Major", "person")]]


def test_short_name_in_brackets_is_the_institution_not_a_person():
    text = ("The Philippine Institute of Volcanology and Seismology (Phivolcs) reported the first quake occurred at "
            "7:37 p.m. Magnitude 6.3 according to Phivolcs, it was recorded as magnitude 6.4 by the USGS.\n\n"
            "Phivolcs said in its report the fault makes the province susceptible to quakes.")
    assert set(speakers(text)) == {("Philippine Institute of Volcanology and Seismology (Phivolcs)", "organization")}


def test_relative_pronoun_whose_clause_the_parse_lost_and_an_acronym_that_spells_who():
    texts = ["Bermuda was rarely hit by hurricanes according to CNN who reported that over the last century, only 21 "
             "hurricanes passed near it.",
             "The World Health Organization (WHO) met on Monday.\n\nAccording to the WHO, the number of cases of measles "
             "globally has risen."]
    assert [speakers(t) for t in texts] == [[("CNN", "organization")],
                                           [("World Health Organization (WHO)", "organization")]]


def test_capitalised_bare_institution_takes_its_one_full_name():
    text = ("The California Department of Corrections and Rehabilitation (CDCR) did not identify the victim.\n\n"
            'The Department issued a statement that an inmate had been stabbed: "There was an assault on an inmate '
            'on Friday at the facility."')
    assert speakers(text) == [("California Department of Corrections and Rehabilitation (CDCR)", "organization")]


def test_part_of_a_document_speaks_for_its_owner():
    text = "Judge Gray Miller ruled on Friday. Part of the judge's statement said the average woman could be better suited."
    assert speakers(text) == [("Gray Miller", "person")]


def test_a_campaign_is_an_organisation_named_by_its_owner():
    text = ("Hillary Clinton spoke in Iowa on Monday.\n\nThe Clinton campaign said the report was misleading. "
            "Hillary Clinton's presidential campaign said it raised $15 million. Her campaign said it would appeal.")
    assert speakers(text) == [("Clinton campaign", "organization"),
                              ("Hillary Clinton presidential campaign", "organization"),
                              ("Hillary Clinton campaign", "organization")]


def test_police_are_the_same_source_with_or_without_the_article():
    text = ("Police said on Monday they believe the fire was set on purpose. "
            "The police said two people were arrested. Police also said the road would reopen.")
    assert set(speakers(text)) == {("police", "organization")}


def test_person_set_beside_the_institution_she_directs():
    text = "The director of Argentina's Amnesty International, Mariela Belski, said the law was a step back."
    assert with_roles(text)[0][:2] == ("Mariela Belski", "person")


def test_newspaper_named_in_a_sentence_final_cue():
    text = "Officials met on Monday. The talks collapsed after three hours of shouting, newspaper The Hindu reported."
    assert speakers(text) == [("The Hindu", "organization")]


def test_reports_speak_for_their_maker():
    assert speakers("Biden won Arizona by a small margin, according to CNN's projections.") == [("CNN", "organization")]
    assert speakers("The New York Times published a poll on Sunday. According to its polling, Trump leads by four "
                    "points.") == [("New York Times", "organization")]
    assert speakers("According to a statement by the US Department of Defense, the drone was shot down.") == [
        ("US Department of Defense", "organization")]


def test_the_report_is_the_institution_named_before():
    text = "The Health Ministry released figures on Monday. Infections rose by 40 percent, the report said."
    assert speakers(text) == [("Health Ministry", "organization")]


def test_a_camel_case_name_is_no_person():
    text = "Greece, Cyprus and Israel signed the EastMed deal. EastMed said the pipeline would carry gas to Europe."
    assert speakers(text) == [("EastMed", "organization")]


def test_a_place_closing_an_institutions_name_is_not_the_speaker():
    text = ('Jo Anne Van Tilburg of the University of California, Los Angeles disagreed with these findings: '
            '"The existence of fresh water seeps near coastal ahu is well-known."')
    assert speakers(text) == [("Jo Anne Van Tilburg", "person")]


def test_a_person_named_inside_a_description_is_that_person():
    assert with_roles("Longtime pollster and strategist Joel Brenner on Monday lashed out at the Sanders campaign, "
                      "advising the senator to \u201cstick to the issues.\u201d") == [("Joel Brenner", "person", "pollster")]
    # a name that belongs to someone the description mentions, or to one of a group, is not the speaker's
    assert speakers("An aide to party leader Ann Lee said the plan was rushed.") == [("anonymous", "anonymous")]
    assert speakers("Other candidates, including Carly Fiorina and Ben Carson, said the plan was rushed.") == [
        ("anonymous", "anonymous")]


def test_a_headline_verb_is_not_part_of_the_name_before_it():
    # the NER reads "Ellison Slams Mayor" in the title-case headline as one person's name
    text = ("Ellison Slams Mayor Over Budget Plan\n\nThe council leader spoke on Monday.\n\n"
            "\u201cWe will not vote for this plan,\u201d Ellison said.")
    assert with_roles(text) == [("Ellison", "person", None)]
    from analysis.quotes.phrases import clean_name

    assert [clean_name(n) for n in ("Hillary Clinton Slams Donald Trump", "Obama Says", "Trump Denies",
                                    "Edward Said", "Ann Rhodes", "H.W. Brands")] == [
        "Hillary Clinton", "Obama", "Trump", "Edward Said", "Ann Rhodes", "H.W. Brands"]
