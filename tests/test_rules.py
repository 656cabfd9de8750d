"""Every attribution rule has a minimal text on which it decides, and switching it off changes what
comes out (so each example can fail). The texts are short English news sentences of the shape the
rule's docstring names."""

from collections import Counter

import pytest

from analysis.quotes.catalogue import catalogue, explain, names
from analysis.quotes.rules import RuleSwitch
from tests.helpers import run_rules

EXAMPLES = {
    # reported speech
    "according_to": "According to the ministry, the road will reopen on Friday.",
    "reported_clause": "John Kirby said the talks went well.",
    "conjoined_clause": "The fire service indicated on Twitter the baby girl was critically ill, while two adults were "
                        "seriously injured.",
    "nonfinite_complement": "The mayor promised to rebuild the bridge before the winter.",
    "parenthetical_cue": "Many of the closures, Christie said, have involved public and semi-private courses.",
    "sentence_final_cue": "Ukraine will ask the Biden administration for longer-range missiles, three people familiar "
                          "with discussions told Politico.",
        "research_finding": "The study suggests that coral reefs recover faster in cold water.",
    "sequence_with": ("The spot concludes with footage of Trump saying during the debate last week, \u201cThat makes me "
                      "smart,\u201d when Clinton blasted him for not paying income tax."),
    "negated_cue": "CNN didn't report that Carson was dropping out.",
    # direct quotes
    "participle_between_quotes": "\u201cWe did our best,\u201d Mayor Lee said. \u201cIt was not enough,\u201d adding, "
                                 "\u201cwe will try again next year.\u201d",
    "cue_after_quote": "\u201cThe next hours will decide everything,\u201d Stefaniak said.",
    "sign_off": "\u201cWe will not give up on this city.\u201d \u2014 Jane Doe\n\nOther news follows.",
    "according_after_quote": "\u201cThe bridge will reopen soon,\u201d according to the mayor's office.",
    "inverted_lead": "Remarked Center for Biological Diversity scientist Tierra Curry, \u201cThis is a sad day "
                     "for the species.\u201d",
    "speaker_label": "On ISIS they differ.\n\nClinton: \u201cOur goal is to defeat and destroy ISIS.\u201d",
    "label_inside_quote": "Partial transcript as follows:\n\n\u201cWALLACE: Let us start with breaking news on the "
                          "debate story.\u201d",
    "according_before_quote": "According to the governor, \u201cthe worst of the storm is behind us.\u201d",
    "as_speaker_put_it": "As Ms. Simonyan put it in a statement in July, the network is \u201cproviding a perspective "
                         "you won't get from the mainstream press.\u201d",
        "cue_before_quote": "John Kirby said: \u201cWe are ready to help Ukraine defend itself.\u201d",
    "named_subject_before_colon": "Governor John Bel Edwards addressed the public: \u201cWe will get through this "
                                  "storm together.\u201d",
    "statement_read": "Trump's statement read: \u201cI am saddened to hear of the passing of a great man.\u201d",
    "fragment_of_describing_verb": "Leinen called him \u201ca guiding force in science for 80 years\u201d who was "
                                   "\u201cone of the most distinguished scientists in the world\u201d.",
    "introduced_in_paragraph_before": "Dr. Ward stated:\n\n\u201cThe department is not about justice anymore. "
                                      "It is about an extreme vision.\u201d",
    "quote_paragraph": "\u201cWe are ready,\u201d John Kirby said.\n\n\u201cThe United States will keep helping "
                       "Ukraine defend itself.\u201d",
    "follows_attributed_quote": "She described him as \u201ca guiding force in science for eighty years\u201d who was "
                                "\u201cone of the most distinguished and honored scientists in the world\u201d.",
    "quote_in_speakers_clause": "Obama spoke on Tuesday. Mr. Obama decried the \u201cspin masters and negative-ad "
                                "peddlers who embrace the politics of anything goes\u201d and left early.",
    "name_opening_clause_before_quote": "Mark Ellison, at a rally in Ohio on Monday: \u201cWe will win this state and "
                                        "we will win it big.\u201d",
    "unattributed_speech": "The vote was close. There were chants of \u201cwe will not be silenced by anyone "
                           "in this town\u201d outside the hall.",
    "interview_answer": "Maria Santos studies penguins.\n\n((Wikinews)) What brought you here?\n\nMS: I came to "
                        "study the penguins of the coast.\n\n((Wikinews)) And now?\n\nMS: Now I teach others how to "
                        "count them.",
    "transcript_turns": "Health Minister Daniel Oyelaran and Dr. Sofia Lindqvist briefed reporters.\n\nOYELARAN: We "
                        "opened three clinics.\n\nLINDQVIST: The infection rate is falling.\n\nOYELARAN: Thank you "
                        "all for coming.",
    "naming_participle": "The university runs a program called \u201cLearning Together with the Prisoners of "
                         "Cambridge\u201d for inmates.",
    "narrating_verb": "The trial, meant to \u201ctogether save lives,\u201d began last November and collected data.",
    "continues_previous_quote": "\u201cWe are ready,\u201d John Kirby said.\n\n\u201cThe United States will keep "
                                "helping Ukraine defend itself.\u201d",
    "continues_previous_statement": "\u201cWe did our best,\u201d Mayor Lee said. \u201cIt was not enough,\u201d "
                                    "adding, \u201cwe will try again next year.\u201d",
    "speaks_on_in_paragraph": "\u201cThis just isn't right,\u201d Warren said, referencing the bank's drive to "
                              "\u201ccross-sell\u201d or make customers open up accounts. \u201cYou went on television "
                              "to blame thousands of low-paid\u201d workers.",
    # speakers
    "relative_pronoun": "Pentagon spokesman John Kirby, who said the talks went well, left on Monday.",
    "one_of_group": "One of the children said the fire started in the kitchen.",
    "pronoun": "John Kirby arrived in Kyiv on Monday. He said the talks went well.",
    "empty_phrase": None,  # a subject that is only punctuation: no English sentence has one; see below
    "surname_as_common_noun": "According to Chief Superintendent Graciano Mijares of the regional police, fourteen "
                              "civilians died. This revised an earlier toll. Mijares further claimed 90 civilians "
                              "were wounded.",
    "document_owner": "Ford's filing says the company lost money in the third quarter.",
    "court_record": "According to agreed facts heard in court, the men met at an Irish pub.",
    "named_document": "The Ford website says the recall covers two million cars.",
    "name_beside_description": "One news site, Znak.com, reported the blast was caused by explosives.",
    "definite_title": "Joe Biden spoke in Ohio. The President said the economy was growing.",
    "place_in_institution_name": "Jo Anne Van Tilburg of the University of California, Los Angeles disagreed "
                                 "with these findings: \u201cThe existence of fresh water seeps is well-known.\u201d",
    "person_and_others": "The training works, according to Craig Bryan, head of the National Center for Veterans Studies, "
                         "and other scientists.",
    "title_and_name": "Chief Superintendent Graciano Mijares said fourteen civilians died.",
    "performer_of_character": ("Kate McKinnon, playing Hillary Clinton, opened the show. Hillary Clinton said she "
                               "was not rattled."),
    "person_entity": "According to U.S. Attorney Bash, the manifesto could strengthen the case.",
    "appositive_person": "The director of Argentina's Amnesty International, Mariela Belski, said the law was a step "
                         "back.",
    "person_set_in_description": "The plan was rushed, said lobbyist and party strategist Charlie Brandt, a former "
                                 "partner of the mayor.",
    "known_person_by_other_label": "Police press officer Monika Kosiec stated police believe him to be 25. Kosiec "
                                   "revealed police have been unable to question him.",
        "named_organisation": "The Federal Security Service said the blast was a gas leak.",
    "people_by_affiliation": "Paul Ryan spoke in Madison on Monday. The Wisconsin Republican said the plan was "
                             "dead. Democrats said the vote would fail.",
        "role_noun": "White House spokesman John Kirby arrived on Monday. The spokesman said the talks went well.",
    "person_just_named": "Marco Rubio is launching his campaign in Florida. The Florida senator is telling reporters that "
                         "he will win the state.",
    "group_of_people": "Emily Spanton met officers Antoine Quirin and Nicolas Redouane at an Irish pub.\n\n"
                       "The defendants claimed Spanton first complained of theft.",
    "description_of_named_org": "The Aviation Herald reported the landing at Fath was a mistake. The industry "
                                "publication stated the aircraft overran the runway.",
    "persons_team": "Hillary Clinton rested on Sunday. Clinton's team said she would travel to Ohio this week.",
    "institution_noun": "The army said the border would stay closed until Friday.",
    "unnamed_source": "Officials said the border would stay closed until Friday.",
    "spoken_of_by_name": "Hillary Clinton defended her emails on Friday. Her position was backed by Senator Dianne "
                         "Feinstein of California. \u201cIt never made sense that Secretary Clinton is blamed for "
                         "them,\u201d she said.",
    "speaker_ranker": "One of the men who held Khan down was James Ford, 42, a convicted murderer. Another was "
                      "tour manager Thomas Gray, 24, who cited only his experience with the sport of rugby: "
                      "\"'one in, all in'. I did what any Londoner would do and tried to put a stop to it.\"",
    # pronouns
    "first_person_narrator": "I met Jane Doe at a diner in Ohio. I told her that my father had lost his job.\n\n"
                             "Rick Scott is the Republican governor of Florida.",
    "anonymous_antecedent": "The head of the police's internal investigators told the court the officers lied. "
                            "She also said the evidence was destroyed.",
    "person_antecedent": "John Kirby arrived in Kyiv on Monday. He said the talks went well.",
        "plural_subject_before": "The officers returned to work on Monday. They indicated the inquiry had cleared them.",
    "group_speaker_before": "Officials said the road was closed. It rained all day. They added the bridge was damaged.",
    "institution_subject_before": "Meanwhile the National Transportation Safety Board was absent. It is unable to "
                                  "operate; however, its website notes that its operations center is open.",
    "institution_speaker_before": "The army said the border was closed. Later it said the bridge had been "
                                  "repaired overnight.",
    # dates
    "date_after_cue": "Police said on Monday they believe the fire was set on purpose.",
    "date_in_cue_clause": "John Kirby said on Monday that the talks went well.",
    "speakers_last_day": "John Kirby said on Monday that the talks went well.\n\nThe convoy left Lviv at dawn.\n\n"
                         "The roads were icy.\n\nKirby also said the aid would arrive.",
    "date_of_governing_clause": "Reuters reported on Monday a government source said the ban was not part of a wider plan.",
    "date_of_when_clause": "The idea came up in a debate in July, when Ann Lee called the senator \"a fraud.\"",
    "date_opening_sentence": "Yesterday the agency told reporters it would end the search; the paper also spoke to the "
                             "navy, who told it the ship was still missing.",
    "dated_document": "The study was published on Monday in a medical journal. The study says the risk doubled.",
    "dated_occasion": "The first debate was held on Monday night in New York. During the debate, Maria Lopez said "
                      "taxes would rise.",
    "speakers_occasion": "Prime Minister Jan Novak arrived in Kyiv on Monday for talks with the government. He said "
                         "the talks went well.",
    "section_heading_date": "Campaign news from the summer, as collected by our reporters over several weeks.\n\n"
                            "July 2024\n\nSenator Ann Lee said the bill would pass.\n\nAugust 2024\n\nThe vote was held.",
    "then_in_cue_clause": "In June, the senator urged his colleagues to vote against the bill. \"It is a bad bill,\" "
                          "Ann Lee told reporters then.",
    "lead_occasion": "Senator Ann Lee yesterday won the vote on the budget in the state senate.\n\nThe budget now "
                     "passes to the governor.\n\nAnalysts expect a veto within days.\n\n\"We did it,\" Ann Lee told "
                     "reporters.",
    "date_of_speech_sentence": "On Monday, the health ministry made the following announcement: \"Latest update: 300 "
                               "new cases have been reported since the outbreak began.\"",
    "day_around_occasion": "The first debate was held on Monday night in New York. Ann Lee complained the morning "
                           "after the debate, saying the sound had failed.",
    "article_date": "John Kirby said the talks went well.",
    "headline_from_story": "Kirby says the talks went well\n\nJohn Kirby said on Monday that the talks in Kyiv went well.",
}


# the speakers each example gives, in text order (date rules: see DATES)
EXPECTED = {
    'according_to': ['ministry'],
    'reported_clause': ['John Kirby'],
    'conjoined_clause': ['fire service'],
    'nonfinite_complement': ['anonymous'],
    'parenthetical_cue': ['Christie', 'Christie'],
    'sentence_final_cue': ['anonymous'],
    'research_finding': [],
    'sequence_with': ['Trump'],
    'negated_cue': [],
    'performer_of_character': ['Kate McKinnon'],
    'participle_between_quotes': ['Lee', 'Lee', 'Lee'],
    'cue_after_quote': ['Stefaniak'],
    'sign_off': ['Jane Doe'],
    'according_after_quote': ["mayor's office"],
    'inverted_lead': ['Tierra Curry'],
    'speaker_label': ['Clinton'],
    'label_inside_quote': ['WALLACE'],
    'according_before_quote': ['anonymous'],
    'as_speaker_put_it': ['Simonyan'],
    'cue_before_quote': ['John Kirby'],
    'named_subject_before_colon': ['John Bel Edwards'],
    'statement_read': ['Trump'],
    'fragment_of_describing_verb': ['Leinen', 'Leinen'],
    'introduced_in_paragraph_before': ['Ward'],
    'quote_paragraph': ['John Kirby', 'John Kirby'],
    'follows_attributed_quote': ['unknown', 'unknown'],
    'quote_in_speakers_clause': ['Obama'],
    'name_opening_clause_before_quote': ['Mark Ellison'],
    'unattributed_speech': ['unknown'],
    'interview_answer': ['Maria Santos', 'Maria Santos'],
    'transcript_turns': ['Daniel Oyelaran', 'Sofia Lindqvist', 'Daniel Oyelaran'],
    'naming_participle': ['unknown'],
    'narrating_verb': [],
    'continues_previous_quote': ['John Kirby', 'John Kirby'],
    'continues_previous_statement': ['Lee', 'Lee', 'Lee'],
    'speaks_on_in_paragraph': ['Warren', 'Warren', 'Warren'],
    'relative_pronoun': ['John Kirby'],
    'one_of_group': ['anonymous'],
    'pronoun': ['John Kirby'],
    'surname_as_common_noun': ['Graciano Mijares', 'Graciano Mijares'],
    'document_owner': ['Ford'],
    'court_record': ['agreed facts heard in court'],
    'named_document': ['Ford'],
    'name_beside_description': ['Znak.com'],
    'definite_title': ['anonymous'],
    'place_in_institution_name': ['Jo Anne Van Tilburg'],
    'person_and_others': ['anonymous'],
    'title_and_name': ['Graciano Mijares'],
    'person_entity': ['Attorney Bash'],
    'appositive_person': ['Mariela Belski'],
    'person_set_in_description': ['Charlie Brandt'],
    'known_person_by_other_label': ['Monika Kosiec', 'Monika Kosiec'],
    'named_organisation': ['Federal Security Service'],
    'people_by_affiliation': ['Paul Ryan', 'anonymous'],
    'role_noun': ['John Kirby'],
    'person_just_named': ['Marco Rubio'],
    'group_of_people': ['Antoine Quirin and Nicolas Redouane'],
    'description_of_named_org': ['Aviation Herald', 'Aviation Herald'],
    'persons_team': ['anonymous'],
    'institution_noun': ['army'],
    'unnamed_source': ['anonymous'],
    'spoken_of_by_name': ['Dianne Feinstein'],
    'speaker_ranker': ['Thomas Gray'],
    'first_person_narrator': ['Rick Scott'],
    'anonymous_antecedent': ['anonymous', 'anonymous'],
    'person_antecedent': ['John Kirby'],
    'plural_subject_before': ['anonymous'],
    'group_speaker_before': ['anonymous', 'anonymous'],
    'institution_subject_before': ['National Transportation Safety Board'],
    'institution_speaker_before': ['army', 'army'],
    'date_after_cue': ['police'],
    'date_in_cue_clause': ['John Kirby'],
    'speakers_last_day': ['John Kirby', 'John Kirby'],
    'date_of_governing_clause': ['anonymous'],
    'date_of_when_clause': ['Ann Lee'],
    'date_opening_sentence': ['agency', 'navy'],
    'dated_document': ['anonymous'],
    'dated_occasion': ['Maria Lopez'],
    'speakers_occasion': ['Jan Novak'],
    'section_heading_date': ['Ann Lee'],
    'then_in_cue_clause': ['Ann Lee'],
    'day_around_occasion': ['Ann Lee'],
    'lead_occasion': ['Ann Lee'],
    'date_of_speech_sentence': ['unknown'],
    'article_date': ['John Kirby'],
    'headline_from_story': ['John Kirby', 'John Kirby'],
}
DATES = {"date_after_cue": ["2024-08-26"], "date_in_cue_clause": ["2024-08-26"],
         "speakers_last_day": ["2024-08-26", "2024-08-26"], "date_of_governing_clause": ["2024-08-26"],
         "date_of_when_clause": ["2024-07"],
         "date_opening_sentence": ["2024-08-26", "2024-08-26"], "dated_document": ["2024-08-26"],
         "dated_occasion": ["2024-08-26"], "speakers_occasion": ["2024-08-26"], "section_heading_date": ["2024-07"],
         "then_in_cue_clause": ["2024-06"], "day_around_occasion": ["2024-08-27"],
         "lead_occasion": ["2024-08-26"], "date_of_speech_sentence": ["2024-08-26"],
         "article_date": ["2024-08-27"], "headline_from_story": ["2024-08-26", "2024-08-26"]}


def test_every_rule_has_an_example():
    """Corpus-level identity rules have theirs in tests/test_identity.py, date vetoes in tests/timex/test_negatives.py,
    name cuts and the names that are no person's in tests/quotes/test_name_cleaning.py."""
    from analysis import identity
    from analysis.quotes.coreference import NO_PERSON_NAMES
    from analysis.quotes.phrases import NAME_CUTS
    from analysis.timex.negatives import NEGATIVE_RULES

    elsewhere = {r.__name__ for table in identity.tables().values() for r in table} | {r.__name__ for r in NEGATIVE_RULES}
    elsewhere |= {r.__name__ for r in (*NAME_CUTS, *NO_PERSON_NAMES)}
    assert set(EXAMPLES) == set(names()) - elsewhere


@pytest.mark.parametrize("rule", sorted(n for n, t in EXAMPLES.items() if t is not None))
def test_rule_decides_on_its_example(rule):
    fired: Counter = Counter()
    records = run_rules(EXAMPLES[rule], RuleSwitch(frozenset(), fired))
    decided = {name for q in records for step in q.why.split(" · ") for name in step.split(">")}
    filters = {r.__name__ for key, table in catalogue().items() if "filters" in key for r in table}
    if rule in filters:  # a filter decides by rejecting: it fired, and nothing it rejected came out
        assert fired[rule] >= 1
    else:
        assert rule in decided, [q.why for q in records]
    assert [q.speaker for q in records] == EXPECTED[rule]
    if rule in DATES:
        assert [q.date for q in records] == DATES[rule]


def test_empty_phrase_names_no_one():
    from analysis.nlp import load_model
    from analysis.quotes.coreference import build_registry
    from analysis.quotes.source import SourceContext, describe

    doc = load_model()("\u201c said the report.")
    assert describe(doc[0], SourceContext(build_registry(doc))).rule == "empty_phrase"


def test_why_reads_in_plain_words():
    assert explain("cue_after_quote · person_entity · article_date") == (
        "'“…,” X said.' / '“…?” asked X.': the cue and its subject right after the quote.; "
        "A person the NER named ('Kirby' → 'John Kirby'); 'X and Y' for people speaking together.; "
        "Otherwise the article's date.")
    assert set(catalogue()) >= {"direct quotes (quote → cue)", "speaker (cue subject → name)", "statement date"}
