"""scripts/score_dates.py: TBAQ date values must not regress (floors a little under the measured
figures), and without ../shared the script says so instead of failing."""

import importlib.util
import sys

import pytest

from tests.conftest import ROOT, SHARED

TBAQ = SHARED / "corpora" / "tbaq.csv"


def load_script():
    spec = importlib.util.spec_from_file_location("score_dates", ROOT / "scripts" / "score_dates.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_skips_politely_without_shared_data(tmp_path, monkeypatch, capsys):
    script = load_script()
    monkeypatch.setattr(script, "TBAQ", tmp_path / "missing.csv")
    monkeypatch.setattr(sys, "argv", ["score_dates.py", "--no-wikinews"])
    assert script.main() == 0
    assert capsys.readouterr().out.startswith("skipped: shared data not found")


def test_tbaq_floors():
    if not (TBAQ.exists() and (SHARED / "tools" / "score_timex.py").exists()):
        pytest.skip(f"shared TBAQ corpus or scorer missing under {SHARED}")
    from analysis.frames import timeline_frame
    from analysis.ingest import ingest
    from analysis.pipeline import analyse

    pred = timeline_frame(analyse(ingest([TBAQ]).articles)).to_dict("records")
    table = dict(load_script().tbaq_table(pred))
    assert table["all"]["n_gold"] == 1505 and table["calendar values"]["n_gold"] == 1357
    assert table["all"]["value_f1"] >= 0.80  # measured 0.822
    assert table["calendar values"]["value_f1"] >= 0.81  # measured 0.834
    assert min(table["even rows"]["value_f1"], table["odd rows"]["value_f1"]) >= 0.79
