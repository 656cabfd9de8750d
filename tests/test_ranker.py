"""The learned speaker ranker: shipped, deterministic in form, and a second opinion only."""

from analysis.nlp import load_model
from analysis.quotes import ranker
from analysis.quotes.attribution import extract_statements
from analysis.quotes.context import article_context
from analysis.quotes.rules import RuleSwitch

TEXT = ("One of the men who held Khan down was James Ford, 42, a convicted murderer. Another was tour manager "
        "Thomas Gray, 24, who cited only his experience with the sport of rugby: \"'one in, all in'. I did what any "
        "Londoner would do and tried to put a stop to it.\"")


def speakers(rules: RuleSwitch) -> list[tuple[str, str]]:
    doc = load_model()(TEXT)
    return [(st.speaker.name, st.speaker.rule) for st in extract_statements(article_context(doc, TEXT, 0, rules))]


def test_the_model_ships_with_its_decision_bounds():
    model = ranker.load()
    assert model is not None and model.weights
    assert 0.5 <= model.threshold < 1 and 0 < model.margin


def test_ranker_names_the_person_the_rules_left_unknown():
    assert speakers(RuleSwitch()) == [("Thomas Gray", "speaker_ranker>relative_pronoun>title_and_name")]


def test_switched_off_the_rules_decide_alone():
    assert speakers(RuleSwitch(frozenset({"speaker_ranker"}))) == [("unknown", "")]


def test_features_say_where_a_candidate_stands():
    doc = load_model()("Kirby said the talks went well.")
    statements = extract_statements(article_context(doc, doc.text, 0, RuleSwitch(frozenset({"speaker_ranker"}))))
    cand = statements[0].candidate
    toks = ranker.candidates(cand, doc, [])
    assert toks[0] is cand.subject and toks[0].text == "Kirby"
    f = ranker.features(toks[0], cand, statements[0].speaker, None)
    assert f["rule_subject"] == 1.0 and f["child_of_cue=nsubj"] == 1.0 and f["resolves=person"] == 1.0


def test_training_observes_what_the_ranker_sees_with_it_switched_off():
    seen = []
    doc = load_model()(TEXT)
    off = RuleSwitch(frozenset({"speaker_ranker"}))
    statements = extract_statements(article_context(doc, TEXT, 0, off),
                                    lambda cand, toks, feats: seen.append(([t.text for t in toks], len(feats))))
    assert seen == [(["men", "who", "Khan", "Ford", "murderer", "Another", "Gray", "who", "his", "experience",
                      "sport", "rugby"], 12)]
    assert [st.speaker.name for st in statements] == ["unknown"]


def test_the_ranker_is_a_member_of_its_rule_table():
    from analysis.quotes.attribution import SECOND_OPINION_RULES, speaker_ranker, spoken_of_by_name
    from analysis.quotes.catalogue import catalogue

    assert SECOND_OPINION_RULES == (spoken_of_by_name, speaker_ranker)
    assert catalogue()["speaker (second opinions: a check, then the learned ranker)"] == [spoken_of_by_name, speaker_ranker]


def _exhaustive(model, toks, cand, speaker, describe, previous):
    """The ranker's decision with every candidate described (as it was before the bounds)."""
    described = [speaker if t is cand.subject else describe(t) for t in toks]
    probs = [model.probability(ranker.features(t, cand, sp, previous)) for t, sp in zip(toks, described, strict=True)]
    best = max(range(len(toks)), key=probs.__getitem__)
    rule_p = probs[0] if cand.subject is not None else 0.0
    if toks[best] is cand.subject or described[best].type != "person":
        return None
    sure = (not speaker.resolved and probs[best] >= model.threshold) or probs[best] - rule_p >= model.margin
    return described[best] if sure else None


def test_second_opinion_decides_as_ranking_every_candidate_but_describes_few():
    from analysis.quotes.source import SourceContext

    doc = load_model()(TEXT)
    art = article_context(doc, TEXT, 0, RuleSwitch(frozenset({"speaker_ranker"})))
    (st,) = extract_statements(art)
    toks = ranker.candidates(st.candidate, doc, art.quotes)
    asked = []

    def describe(tok):
        asked.append(tok.text)
        return SourceContext(art.registry).describe(tok)

    model = ranker.load()
    for m in (model, ranker.Ranker(model.weights, model.bias, 0.5, 0.01), ranker.Ranker({}, 0.0, 0.5, 0.0)):
        expected = _exhaustive(m, toks, st.candidate, st.speaker, describe, None)
        asked.clear()
        assert ranker.second_opinion(m, toks, st.candidate, st.speaker, describe, None) == expected
        assert len(asked) < len(toks) - 1 or m.weights == {}
    assert ranker.second_opinion(model, toks, st.candidate, st.speaker, describe, None).name == "Thomas Gray"
