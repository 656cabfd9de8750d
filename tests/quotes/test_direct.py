"""Direct quotes and their cues (analysis/quotes/direct.py): which cue a quote takes, split and continued quotes, sign-offs and transcript labels, each on a minimal text."""

from analysis.quotes.rules import RuleSwitch
from tests.helpers import run_rules, run_text, speakers


def test_lead_in_cue_beats_a_cue_in_the_next_sentence():
    text = ('In a press release, Gownaris said, "Two decades ago, there were about 1.5 males for every female. '
            'Today, it is approaching three." The findings suggested a disparity in the death rates.')
    assert speakers(text) == [("Gownaris", "person")]


def test_cue_after_a_quote_that_reports_its_own_clause_is_not_its_attribution():
    text = ('In a meeting that day he was told by Emergencies Minister Yevgeny Zinichev of "presumably between 36 and '
            '40 people under the rubble", while Deputy Governor Oleg Klimov indicated 68 people were missing.')
    assert speakers(text) == [("Yevgeny Zinichev", "person"), ("Oleg Klimov", "person")]


def test_split_quote_after_an_initial_keeps_its_speaker():
    text = ('"On behalf of the Court and retired Justices," wrote Chief Justice John G. Roberts, '
            '"I am saddened to report that our colleague has passed away."')
    assert speakers(text) == [("John G. Roberts", "person")] * 2


def test_inverted_cue_with_a_long_description_before_the_name():
    text = ('"What is important is that it demonstrates the statue locations are not a weird ritual place," '
            "said study co-author Professor Carl Lipo of Binghamton University.")
    assert speakers(text) == [("Carl Lipo", "person")]


def test_named_subject_before_a_colon_introduces_the_quote():
    text = ('Governor John Bel Edwards addressed the public: "No one should take this storm lightly. Low intensity '
            'does not mean low impact." He said he has arranged for 3000 of the National Guard to be available.')
    assert speakers(text) == [("John Bel Edwards", "person")] * 2


def test_subject_is_not_taken_across_a_paragraph_break():
    text = ('Sophie Obadia told reporters "Women do not have to justify their private life."\n\n'
            "—One of the victim's lawyers\n\nBoth officers indicated they would appeal.")
    assert speakers(text) == [("Sophie Obadia", "person"), ("anonymous", "anonymous")]


def test_sentence_opening_with_the_cue():
    text = ("The Center for Biological Diversity announced on Wednesday the monarch population was 144% greater "
            "than last year. Scientists cautioned against optimism.\n\n"
            'Remarked Center for Biological Diversity scientist Tierra Curry, "This reprieve from bad news on '
            'monarchs is a thank-you from the butterflies. But one good weather year will not save the monarch."')
    assert speakers(text) == [("Center for Biological Diversity", "organization"), ("Tierra Curry", "person")]


def test_quote_right_after_its_attribution_sentence_continues_that_speaker():
    text = ('"She is just doing this to try and disintegrate the movement. A lot of people think that," said a '
            'protester using the pseudonym Katya. "The situation has escalated to a point where not even Beijing '
            'knows how to sort this."')
    # the protester is named by the pseudonym (the speaker ranker's choice over "a protester")
    assert speakers(text) == [("Katya", "person")] * 2


def test_later_fragments_in_a_sentence_share_its_speaker_and_terms_beside_nothing_are_dropped():
    text = ('Scripps director Margaret Leinen praised him. She described him as "a guiding force in science for 80 '
            'years" who was "one of the most distinguished and honored scientists in the world".\n\n'
            'He has based his campaign on the pledge to begin "dissolving the federal government in a peaceful, '
            'orderly manner" and to resign as president and take the title of "Custodian of the Federal Government."')
    assert speakers(text)[:2] == [("Margaret Leinen", "person")] * 2
    assert "Custodian of the Federal Government." not in [q.quote for q in run_text(text).quotes]


def test_prepositional_phrase_before_a_sentence_final_cue_is_no_speaker():
    texts = ["Bruce McArthur, from Toronto, Canada, on Tuesday admitted his guilt in eight murders.",
             "Police were investigating the death, with no cause of death confirmed yet by the examiner."]
    assert [speakers(t) for t in texts] == [[], []]


def test_named_subject_before_a_colon_when_the_parse_hangs_its_verb_on_the_quote():
    text = ("Donald Trump responded to the ruling via Twitter, attacking the subpoena as a political strategy: "
            '"The Radical Left Democrats have failed on all fronts, so now they are pushing local New York City '
            'and State Democrat prosecutors to go get President Trump."')
    assert speakers(text) == [("Donald Trump", "person")]


def test_parenthetical_cue_whose_parse_holds_the_opening_comma():
    text = "Many of the closures, Christie said, have involved public and semi-private courses."
    assert [(q.quote, q.speaker) for q in run_text(text).quotes] == [
        ("Many of the closures", "Christie"), ("have involved public and semi-private courses", "Christie")]


def test_nyt_style_double_apostrophe_quote_is_attributed():
    text = ("Analysts said ESPN was left with little choice.\n\n''If you're taking a paycheck from ESPN, you have "
            "to be extra careful,'' said James Andrew Miller, a co-author of a book about the network.")
    assert speakers(text) == [("anonymous", "anonymous"), ("James Andrew Miller", "person")]


def test_quote_hanging_on_a_named_subjects_verb():
    text = ("Obama spoke at the convention on Tuesday. In his speech, Mr. Obama decried the \u201cspin masters and "
            "negative-ad peddlers who embrace the politics of anything goes\u201d and left early.")
    assert [(q.speaker, q.why.split(" · ")[0]) for q in run_text(text).quotes] == [("Obama", "quote_in_speakers_clause")]


def test_name_right_after_the_quote_when_the_parse_lost_the_subject():
    text = ("It was lobbying, according to reports. ''I had breakfast with Pinchuk. He will see you at the Brookings "
            "lunch,'' Melanne Verveer, a Ukrainian-American then working for the State Department, wrote in an email.")
    assert speakers(text)[-1] == ("Melanne Verveer", "person")


def test_a_line_break_ends_the_sentence_before_it():
    text = ("''Anyone who talks about dividing people is a threat,'' said Richard L. Trumka, president of the "
            "A.F.L.-C.I.O.\nThe potential pairing of the two was greased by money.")
    assert speakers(text) == [("Richard L. Trumka", "person")]


def test_a_bare_verb_after_an_open_quote_reports_it():
    text = "The vote was partisan.\n\n“If they were serious, they would have backed the bill,” Toomey fumed on Tuesday."
    assert speakers(text)[-1][0] == "Toomey"


def test_sign_off_with_a_horizontal_bar():
    text = "Voters wrote in.\n\u201cMaybe, we can build a wall around Donald Trump.\u201d \u2015\u00a0Steve Quinlan.\n\nGetty."
    assert speakers(text) == [("Steve Quinlan", "person")]


def test_transcript_speaker_labels():
    text = ("On ISIS they differ.\n\nClinton: \"Our goal is not to deter or contain ISIS, but to defeat and destroy "
            "ISIS.\" Bush: \"The mission is to destroy ISIS -- not to contain it.\"\n\n"
            "Rep. Trey Gowdy (R-S.C.):\"I have not heard anyone other than you ever cite that figure.\"")
    assert speakers(text) == [("Clinton", "person"), ("Bush", "person"), ("Trey Gowdy", "person")]


def test_sign_off_on_the_next_line():
    text = ('The silence has been deafening.\n\n"I went to Wall Street before the crash. I was the one saying you '
            'are going to wreck the economy."\n\n- Clinton.\n\nClinton tends to talk.')
    assert speakers(text) == [("Clinton", "person")]


def test_label_inside_a_quoted_transcript():
    text = ('Partial transcript as follows:\n\n"WALLACE: Let us start with breaking news on the debate story. '
            'Why would Trump do that?"')
    assert speakers(text) == [("WALLACE", "person")]


def test_the_following_statement_is_introduced_by_its_maker_not_the_quote_before():
    text = ('In a 1963 speech, George Wallace declared:\n\n"I say segregation now, segregation tomorrow, '
            'segregation forever."\n\nBill Clinton was photographed having a beer with him in 1983. When Wallace '
            'died in 1998, President Bill Clinton released the following statement:\n\n"Hillary and I offer our '
            'condolences to the family and friends of George Wallace."')
    assert speakers(text) == [("George Wallace", "person"), ("Bill Clinton", "person")]


def test_quote_introduced_by_the_paragraph_before():
    text = ('Dr. Ward stated:\n\n"The U.S. Department of Justice is not about Equal Justice Under Law anymore. '
            'It is about extreme vision."')
    assert speakers(text) == [("Ward", "person")]


def test_subject_of_the_clause_when_the_parse_hangs_the_cue_on_the_quote():
    text = ("Clinton seemed to be ready to riff on the incident in Iowa, telling the crowd, \u201cSome people get a "
            "little carried away, have you noticed that?\u201d")
    assert speakers(text) == [("Clinton", "person")]


def test_a_cue_after_a_quote_that_ends_its_sentence_belongs_to_the_next_sentence():
    text = ("On Twitter, former Governor Jeb Walker called the plan \u201cunhinged.\u201d Senator Mark Rubin called "
            "the statement \u201coffensive and outlandish.\u201d")
    assert speakers(text) == [("Jeb Walker", "person"), ("Mark Rubin", "person")]
    text = "Lee called the long lines \u201cunacceptable.\u201d Mayor Greg Stone wrote a letter to the attorney general."
    assert speakers(text) == [("Lee", "person")]
    # a bare cue after the full stop is still the quote's ('“… .” Smith said.'), a split question too
    assert speakers("The mayor spoke on Monday. \u201cWe will win the vote tomorrow.\u201d Smith said.") == [
        ("Smith", "person")]
    assert speakers("\u201cIs this fair?\u201d Smith asked, \u201cor is it a trick?\u201d") == [("Smith", "person")] * 2


def test_a_named_person_opening_the_clause_before_the_quote_speaks():
    assert speakers("Mark Ellison touted his record as a co-sponsor of the bill. \u201cWe need to find ways to support "
                    "workers who want a union.\u201d") == [("Mark Ellison", "person")]
    assert speakers("On \u201cFace the Facts,\u201d Sen. Bert Sandoval, who lost the primaries, named young voters' "
                    "anger as one reason to vote. \u201cThe younger people are more than any generation sick and tired "
                    "of it.\u201d") == [("Bert Sandoval", "person")]
    # a name that is asked, or owns what the sentence is about, does not speak the quote (the rule does not
    # decide; the learned ranker, switched off here, may still guess)
    asked = run_rules("In an interview on Monday, Mark Ellison was asked, \u201cWhat is the most dangerous place you have "
                "been to?\u201d", RuleSwitch(frozenset({"speaker_ranker"})))
    assert [(q.speaker, q.why.split(" · ")[0]) for q in asked] == [("unknown", "unattributed_speech")]
    assert speakers("Mark Ellison's plan was mocked by the press. \u201cWe need to find ways to support workers who "
                    "want a union.\u201d") == [("unknown", "unknown")]
