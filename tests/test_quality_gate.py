"""The quality gate on the shared gold data (skipped where ../shared is absent)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conftest import ROOT, shared_file

sys.path.insert(0, str(ROOT / "evaluation"))


@pytest.mark.slow
def test_quality_floors_hold():
    shared_file("eval/quotes-polnear-train.jsonl")
    shared_file("eval/timex-timebank.jsonl")
    import gate
    baseline = json.loads(Path(gate.BASELINE).read_text(encoding="utf-8"))
    assert gate.check(baseline) == []
