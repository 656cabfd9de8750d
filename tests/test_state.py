"""The URL table (ui/state.py): every field goes to the query string and back unchanged."""

from datetime import date

from analysis.filters import Filters
from ui import state


def state_from(params: dict[str, list[str]]) -> tuple[dict, list[str]]:
    values, problems = {}, []
    for f in state.FIELDS:
        values[f.session], problem = f.read(params)
        problems += [problem] if problem else []
    return values, problems


def test_every_field_round_trips_through_the_query_string():
    s = {"paths": "corpus/a;b.csv", "c_uploads": ["0123456789abcdef"], "view": "quotes",
         "f_speakers": ["John Kirby", "O'Brien & co"], "f_types": ["person"], "f_from": date(2024, 8, 26),
         "f_to": date(2024, 8, 27), "f_articles": ["a.csv#0"], "f_kinds": ["direct"], "f_tone": ["negative"],
         "f_q": "  the war ", "f_conf": 0.8, "f_copies": True, "f_about": ["Hillary Clinton", "U.S. Senate"],
         "read": "a.csv#3"}
    query = state.to_query(s)
    assert query == {"corpus": ["corpus/a", "b.csv"], "upload": ["0123456789abcdef"], "view": ["quotes"],
                     "speaker": ["John Kirby", "O'Brien & co"], "type": ["person"], "from": ["2024-08-26"],
                     "to": ["2024-08-27"], "article": ["a.csv#0"], "kind": ["direct"], "tone": ["negative"],
                     "q": ["  the war "], "conf": ["0.8"], "copies": ["1"], "about": ["Hillary Clinton", "U.S. Senate"],
                     "read": ["a.csv#3"]}
    back, problems = state_from(query)
    assert back == s and problems == []
    assert state.filters(back) == Filters(["John Kirby", "O'Brien & co"], ["person"], date(2024, 8, 26),
                                          date(2024, 8, 27), ["a.csv#0"], ["direct"], ["negative"], "the war", 0.8, True,
                                          ["Hillary Clinton", "U.S. Senate"])


def test_defaults_stay_out_of_the_url_but_the_corpus_never_does():
    defaults, _ = state_from({})
    assert state.to_query({**defaults, "paths": ""}) == {"corpus": [""]}  # an empty corpus, not "the default"
    assert state_from({"corpus": [""]})[0]["paths"] == ""
    assert state.filters(defaults) == Filters()


def test_bad_link_values_are_named_and_fall_back_to_defaults():
    values, problems = state_from({"from": ["2024-13-01"], "conf": ["low"], "view": ["map"]})
    assert values["f_from"] is None and values["f_conf"] == 0.0 and values["view"] == "overview"
    assert state_from({"conf": ["7"]})[0]["f_conf"] == 1.0  # clamped to the slider's range
    assert problems == ["ignored 'view=map': not one of overview, timeline, speakers, compare, quotes, reader, briefing",
                        "ignored 'from=2024-13-01': not a YYYY-MM-DD date", "ignored 'conf=low': not a number"]


def test_retired_polarity_keys_are_named_not_silently_dropped():
    assert state.retired({"pmin": ["-0.5"], "q": ["war"]}) == [
        "ignored 'pmin=-0.5': polarity is no longer a filter (choose a tone instead)"]


def test_every_filter_has_one_field_and_a_widget():
    attrs = [a for f in state.FILTER_FIELDS for a in f.attr]
    assert sorted(attrs) == sorted(Filters.__dataclass_fields__)
    assert all(f.widget is not None for f in state.FILTER_FIELDS)
    keys = [k for f in state.FIELDS for k in f.url]
    assert len(keys) == len(set(keys)) and len({f.session for f in state.FIELDS}) == len(state.FIELDS)
