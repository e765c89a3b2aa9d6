"""Every benchmark runs as documented, `python bench/<name>.py`, and answers --help.

Run so, bench/ leads sys.path and bench/graph.py or bench/ingest.py could shadow the packages
of the same names; bench/_syspath.py, imported first, prevents it.
"""

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
SCRIPTS = sorted(p.name for p in BENCH.glob("[!_]*.py"))


@pytest.mark.parametrize("script", SCRIPTS)
def test_bench_script_answers_help(script: str) -> None:
    run = subprocess.run(
        [sys.executable, str(BENCH / script), "--help"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith(f"usage: {script}")


def test_events_bench_names_a_missing_gold_set_without_a_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-set.jsonl"
    run = subprocess.run(
        [sys.executable, str(BENCH / "events.py"), str(missing)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode != 0
    assert str(missing) in run.stderr
    assert "Traceback" not in run.stderr
