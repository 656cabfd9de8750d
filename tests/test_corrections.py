"""Analyst corrections: every action through the library, the CLI and the dashboard; they survive
a restart and a re-analysis, and a stale one is reported."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analysis import corrections
from analysis.corrections import Correction
from tests.conftest import ROOT, SAMPLE

KIRBY_QUOTE = "This is not a new desire by President Zelenskyy by any stretch"


@pytest.fixture
def corpus_dir(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    return folder


def statement(sample_corpus, prefix: str):
    q = sample_corpus.quotes
    row = q[q["quote"].str.startswith(prefix)].iloc[0]
    h = sample_corpus.articles.set_index("article_id").at[row["article_id"], "content_hash"]
    return {"article": h, "start": int(row["start"]), "end": int(row["end"])}


def test_every_action_in_the_library(sample_corpus):
    kirby = statement(sample_corpus, KIRBY_QUOTE)
    russia = statement(sample_corpus, "it would broaden")
    h = kirby["article"]
    text = sample_corpus.articles["text"].iloc[0]
    a, b = text.index("Kirby told reporters"), text.index("Kirby told reporters") + len("Kirby told reporters")
    actions = [
        Correction("reassign", speaker="Ned Price", **kirby, note="wrong briefing"),
        Correction("reject", **russia),
        Correction("verify", **statement(sample_corpus, "There should be no restrictions")),
        Correction("merge", speaker="Zelenskyy", names=["Volodymyr Zelenskyy"]),
        Correction("split", speaker="John Kirby", articles=[h], new_speaker="Jim Kirby"),
        Correction("add", article=h, start=a, end=b, speaker="Editor", speaker_type="person", kind="indirect"),
    ]
    fixed, stale = corrections.apply_to_corpus(sample_corpus, actions)
    assert stale == []
    q = fixed.quotes
    by_quote = dict(zip(q["quote"], q["speaker"], strict=True))
    assert by_quote[KIRBY_QUOTE] == "Ned Price"
    assert "it would broaden the scope of the war" not in by_quote
    assert set(q.loc[q["speaker"] == "Zelenskyy", "quote"].str[:20]) == {"There should be no r", "The United States, t"}
    assert q.loc[q["quote"].str.startswith("There should be no"), "verified"].item()
    assert (q["speaker"] == "Jim Kirby").sum() == 2 and (q["speaker"] == "John Kirby").sum() == 0
    added = q[q["speaker"] == "Editor"].iloc[0]
    assert added["quote"] == "Kirby told reporters" and added["verified"] and added["period_start"] is not None
    assert q.loc[q["speaker"] == "Ned Price", "original_speaker"].item() == "John Kirby"
    assert len(q) == 8 - 1 + 1
    # undo the reassignment: Kirby's statement is his again (then split to Jim Kirby)
    undone, _ = corrections.apply_to_corpus(sample_corpus, actions + [Correction("undo", target=actions[0].id)])
    assert dict(zip(undone.quotes["quote"], undone.quotes["speaker"], strict=True))[KIRBY_QUOTE] == "Jim Kirby"


def test_stale_and_malformed_corrections_are_reported(sample_corpus, tmp_path):
    path = tmp_path / corrections.FILE_NAME
    corrections.append(path, Correction("reject", article="0" * 32, start=1, end=5))
    corrections.append(path, Correction("merge", speaker="X", names=["Nobody Here"]))
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("{not json\n")
    actions, problems = corrections.load(path)
    assert len(actions) == 2 and problems == [f"{corrections.FILE_NAME} line 3: not a correction "
                                              "(Expecting property name enclosed in double quotes: line 1 column 2 (char 1))"]
    _, stale = corrections.apply_to_corpus(sample_corpus, actions)
    assert len(stale) == 2 and all("no longer applies" in s for s in stale)
    assert "Nobody Here → X" in stale[1]


def cli(corpus_dir, *extra):
    r = subprocess.run([sys.executable, "-m", "analysis", "quotes", str(corpus_dir), *extra], cwd=ROOT,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return [json.loads(line) for line in r.stdout.splitlines()], r.stderr


def test_cli_applies_the_file_beside_the_corpus_after_restart_and_reanalysis(corpus_dir, sample_corpus):
    kirby = statement(sample_corpus, KIRBY_QUOTE)
    path = corpus_dir / corrections.FILE_NAME
    corrections.append(path, Correction("reassign", speaker="Ned Price", speaker_type="person", **kirby))
    corrections.append(path, Correction("verify", **statement(sample_corpus, "it would broaden")))
    corrections.append(path, Correction("reject", article=kirby["article"], start=0, end=3))  # stale
    for extra in ((), ("--no-cache",)):  # a new process each time; the second re-analyses from scratch
        rows, err = cli(corpus_dir, *extra)
        got = {r["quote"]: (r["speaker"], r["verified"], r["corrected"]) for r in rows}
        assert got[KIRBY_QUOTE] == ("Ned Price", False, True)
        assert got["it would broaden the scope of the war"] == ("Russia", True, False)
        assert err.count("no longer applies") == 1 and "[0:3]" in err
        assert "corrections.jsonl:" not in err  # the corrections file is not read as news
    # an explicit file wins; a missing one is named
    rows, err = cli(corpus_dir, "--corrections", str(corpus_dir / "none.jsonl"))
    assert "corrections file" in err and "not found" in err
    assert {r["speaker"] for r in rows} >= {"John Kirby"}


def app(corpus_dir, monkeypatch, view: str) -> AppTest:
    monkeypatch.setenv("DASHBOARD_CORPUS", str(corpus_dir))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=300)
    at.query_params["view"] = view
    return at.run()


def speakers_in_table(at) -> list[str]:
    return list(at.dataframe[0].value["speaker_label"])


def test_dashboard_reassign_reject_verify_and_undo(corpus_dir, monkeypatch):
    at = app(corpus_dir, monkeypatch, "quotes")
    kirby = next(o for o in at.selectbox(key="fix_stmt").options if KIRBY_QUOTE in o)
    at.selectbox(key="fix_stmt").select(kirby).run()
    at.text_input(key="fix_speaker").input("Ned Price").run()
    at.button(key="fix_reassign").click().run()
    assert not at.exception
    assert "Ned Price" in speakers_in_table(at)
    at.selectbox(key="fix_stmt").select(next(o for o in at.selectbox(key="fix_stmt").options
                                             if "it would broaden" in o)).run()
    at.button(key="fix_reject").click().run()
    assert "Russia" not in speakers_in_table(at)
    at.selectbox(key="fix_stmt").select(next(o for o in at.selectbox(key="fix_stmt").options
                                             if "There should be no" in o)).run()
    at.button(key="fix_verify").click().run()
    table = at.dataframe[0].value
    assert table.loc[table["quote"].str.startswith("There should be no"), "verified"].item()
    lines = (corpus_dir / corrections.FILE_NAME).read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["action"] for x in lines] == ["reassign", "reject", "verify"]
    # a restart (new session) keeps them
    again = app(corpus_dir, monkeypatch, "quotes")
    assert "Ned Price" in speakers_in_table(again) and "Russia" not in speakers_in_table(again)
    # undo the rejection
    reject_id = json.loads(lines[1])["id"]
    again.button(key=f"undo_{reject_id}").click().run()
    assert "Russia" in speakers_in_table(again)


def test_dashboard_merge_split_and_add(corpus_dir, monkeypatch, sample_corpus):
    at = app(corpus_dir, monkeypatch, "speakers")
    at.multiselect(key="merge_names").set_value(["John Kirby", "Politico"]).run()
    at.text_input(key="merge_keep").input("John Kirby").run()
    at.button(key="merge_go").click().run()
    assert not at.exception
    tone = at.dataframe[0].value
    assert "Politico" not in set(tone["speaker"]) and tone.set_index("speaker").at["John Kirby", "n"] == 4
    at.selectbox(key="split_speaker").select("Volodymyr Zelenskyy").run()
    at.multiselect(key="split_articles").set_value([sample_corpus.articles["content_hash"].iloc[0]]).run()
    at.text_input(key="split_new").input("Olena Zelenska").run()
    at.button(key="split_go").click().run()
    assert "Olena Zelenska" in set(at.dataframe[0].value["speaker"])
    # add a missed statement in the reader
    at.radio(key="view").set_value("reader").run()
    text = SAMPLE.read_text(encoding="utf-8")
    start = text.index("Ukrainian defense officials")
    at.number_input(key="add_end").set_value(start + 40).run()
    at.number_input(key="add_start").set_value(start).run()
    at.text_input(key="add_speaker").input("Defense official").run()
    at.button(key="add_go").click().run()
    assert not at.exception
    at.radio(key="view").set_value("quotes").run()
    assert "Defense official" in speakers_in_table(at)
    actions = [json.loads(x)["action"] for x in (corpus_dir / corrections.FILE_NAME).read_text().splitlines()]
    assert actions == ["merge", "split", "add"]


def test_cli_merge_split_add_and_undo(corpus_dir, sample_corpus):
    h = sample_corpus.articles["content_hash"].iloc[0]
    text = SAMPLE.read_text(encoding="utf-8")
    a = text.index("Ukrainian defense officials")
    path = corpus_dir / corrections.FILE_NAME
    corrections.append(path, Correction("merge", speaker="Politico", names=["Russia"]))
    corrections.append(path, Correction("split", speaker="Volodymyr Zelenskyy", articles=[h],
                                        new_speaker="Olena Zelenska"))
    added = corrections.append(path, Correction("add", article=h, start=a, end=a + 40, speaker="Editor"))
    rows, err = cli(corpus_dir, "--no-cache")
    speakers = [r["speaker"] for r in rows]
    assert "Russia" not in speakers and speakers.count("Politico") == 2
    assert speakers.count("Olena Zelenska") == 2 and "Volodymyr Zelenskyy" not in speakers
    assert rows[-1]["speaker"] == "Editor" and rows[-1]["quote"] == text[a:a + 40] and rows[-1]["verified"]
    assert "no longer applies" not in err
    corrections.append(path, Correction("undo", target=added.id))
    rows, _ = cli(corpus_dir)
    assert "Editor" not in [r["speaker"] for r in rows] and len(rows) == 8


@pytest.fixture
def smiths(tmp_path):
    """Three articles: John Smith, Jane Smith, and a 'Smith' nothing decides between them."""
    folder = tmp_path / "smiths"
    folder.mkdir()
    for name, text in (("a.txt", " date 2019-05-01\nJohn Smith said “the bridge is safe and will reopen next week.”"),
                       ("b.txt", " date 2019-05-02\nJane Smith said “the bridge is not safe at all, and never was.”"),
                       ("c.txt", " date 2019-05-03\nSmith told reporters that the bridge would stay closed for now.")):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_cli_audit_lists_the_pairs_and_a_dismissed_pair_is_gone(smiths):
    def audit() -> list[tuple[str, str]]:
        out = subprocess.run([sys.executable, "-m", "analysis", "speakers", str(smiths), "--audit", "--no-cache"],
                             capture_output=True, text=True, check=True, cwd=ROOT).stdout
        return [(r["speaker"], r["other"]) for r in map(json.loads, out.splitlines()) if r["kind"] != "flag"]

    assert audit() == [("Smith", "Jane Smith"), ("Smith", "John Smith")]
    corrections.append(smiths / corrections.FILE_NAME, Correction("distinct", names=["Smith", "Jane Smith"]))
    assert audit() == [("Smith", "John Smith")]


def test_dashboard_merges_a_suggested_pair_in_one_click(smiths, monkeypatch):
    at = app(smiths, monkeypatch, "speakers")
    assert not at.exception
    assert {"Smith", "Jane Smith", "John Smith"} <= set(at.dataframe[0].value["speaker"])
    at.button(key="sugg_merge_Smith|Jane Smith").click().run()
    assert not at.exception
    tone = at.dataframe[0].value.set_index("speaker")
    assert "Smith" not in tone.index and tone.at["Jane Smith", "n"] == 2
    options = at.multiselect(key="f_speakers").options
    assert any(o.startswith("Jane Smith (2)") for o in options) and not any(o.startswith("Smith (") for o in options)
    # the other pair named 'Smith', which is gone: nothing left to decide
    assert not [b for b in at.button if b.key and b.key.startswith("sugg_")]
    [line] = (smiths / corrections.FILE_NAME).read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["action"] == "merge" and json.loads(line)["names"] == ["Smith"]


def test_dashboard_dismisses_a_suggested_pair(smiths, monkeypatch):
    at = app(smiths, monkeypatch, "speakers")
    at.button(key="sugg_distinct_Smith|John Smith").click().run()
    assert not at.exception
    keys = [b.key for b in at.button if b.key and b.key.startswith("sugg_")]
    assert keys == ["sugg_merge_Smith|Jane Smith", "sugg_distinct_Smith|Jane Smith"]
    assert {"Smith", "Jane Smith", "John Smith"} <= set(at.dataframe[0].value["speaker"])


def test_each_corpus_file_keeps_its_own_corrections_and_a_read_only_folder_uses_the_apps(tmp_path, monkeypatch):
    """Issue 28 review: corrections were one corrections.jsonl per folder, so a stale one beside the
    shared corpus was applied to every corpus file there (it broke the corpus-scale browser test); and
    a read-only corpus folder had nowhere to keep them."""
    import os

    from analysis.ingest import ingest

    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "news.csv").write_text("title,date,text\nA,2024-08-27,\"Ann Lee said “we will win” today.\"\n",
                                     encoding="utf-8")
    assert corrections.path_beside([str(shared / "news.csv")]) == shared / "news.corrections.jsonl"
    assert corrections.path_beside([str(shared)]) == shared / corrections.FILE_NAME  # a folder keeps one
    assert corrections.path_for([str(shared / "news.csv")]) == shared / "news.corrections.jsonl"
    # a corpus file's corrections are not news when its folder is read as a corpus
    corrections.append(shared / "news.corrections.jsonl", Correction("verify", article="x", start=0, end=1))
    assert [a.source for a in ingest([shared]).articles] == [str(shared / "news.csv")]
    # the folder-wide file of before is not applied to a corpus file, and is named
    (shared / "news.corrections.jsonl").unlink()
    corrections.append(shared / corrections.FILE_NAME, Correction("verify", article="x", start=0, end=1))
    note = corrections.stale_shared_file([str(shared / "news.csv")])
    assert note == (f"{shared / corrections.FILE_NAME} is not applied to news.csv: each corpus file keeps its "
                    "corrections in its own news.corrections.jsonl; rename the file to that name if its "
                    "corrections are this corpus's")
    # read-only (as a shared mount is; os.access, since root may write anywhere): the app's own folder,
    # under the corpus's name and a hash of its path, so two read-only news.csv keep theirs apart
    own = tmp_path / "own"
    monkeypatch.setenv("ANALYSIS_CORRECTIONS_DIR", str(own))
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p).parent == shared or Path(p) == shared
                        else real(p, mode))
    kept = corrections.path_for([str(shared / "news.csv")])
    assert kept.parent == own and kept.name.startswith("news-") and kept.name.endswith(".corrections.jsonl")
    other = tmp_path / "elsewhere" / "news.csv"
    other.parent.mkdir()
    assert corrections.path_for([str(other)]) == other.parent / "news.corrections.jsonl"  # writable: beside
    monkeypatch.setattr(os, "access", lambda p, mode: False)
    assert corrections.path_for([str(other)]) not in (kept, other.parent / "news.corrections.jsonl")


def test_the_dashboard_says_where_corrections_are_kept(tricky_folder, tmp_path, monkeypatch):
    import html
    import os

    csv = tricky_folder / "dated.csv"
    monkeypatch.setenv("DASHBOARD_CORPUS", str(csv))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=180)
    at.query_params["view"] = "quotes"
    at.run()
    said = [html.unescape(c.value) for c in at.caption if c.value.startswith("Corrections are kept")]
    assert said == [f"Corrections are kept in {tricky_folder / 'dated.corrections.jsonl'}, beside the corpus."]
    own = tmp_path / "own"
    monkeypatch.setenv("ANALYSIS_CORRECTIONS_DIR", str(own))
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if tricky_folder in Path(p).parents or
                        Path(p) == tricky_folder else real(p, mode))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=180)
    at.query_params["view"] = "quotes"
    at.run()
    (said,) = [html.unescape(c.value) for c in at.caption if c.value.startswith("Corrections are kept")]
    assert said.startswith(f"Corrections are kept in {own}/dated-") and said.endswith(
        ".corrections.jsonl: the corpus's folder cannot be written, so they are in the app's own folder under the "
        "corpus's name and path.")
