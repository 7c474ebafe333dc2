"""A killed ingest leaves only whole documents, and running it again completes it."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from dateline.ingest import read_sources
from dateline.store import open_store

N_ARTICLES = 120
GIVEN = ["Helen", "Omar", "Choi Min", "Grace", "Tomas", "Aiko", "Pedro", "Nadia"]
FAMILY = ["Marsh", "Haddad", "Okonkwo", "Lindqvist", "Ferreira", "Novak", "Tanaka", "Brennan"]


def _article(i: int) -> dict:
    name = f"{GIVEN[i % 8]} {FAMILY[(i // 8) % 8]}"
    surname = name.split()[-1]
    text = (f"{name}, the director of the Harbour Authority, said on Monday that berth {i} "
            f"would close for repairs next month.\n\n"
            f"\u201cWe have waited {i + 2} years for this work,\u201d Mx {surname} told reporters. "
            f"The authority announced the contract for dock {i} last week.")
    return {"id": f"crash-{i}", "date": f"2019-03-{1 + i % 28:02d}", "text": text}


def _count(db) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as con:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0  # not created yet, or busy


@pytest.mark.slow
def test_killed_ingest_is_consistent_and_resumable(tmp_path, analyzer):
    feed, db = tmp_path / "feed.jsonl", tmp_path / "crash.db"
    feed.write_text("".join(json.dumps(_article(i)) + "\n" for i in range(N_ARTICLES)), encoding="utf-8")
    env = {**os.environ, "DATELINE_WRITE_BATCH": "7"}
    cmd = [sys.executable, "-m", "dateline", "ingest", str(feed), "--db", str(db), "-q", "--json"]
    child = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while _count(db) < 14 and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert child.poll() is None, "ingest finished before it could be killed: " + child.stderr.read().decode()
    child.send_signal(signal.SIGKILL)
    child.wait()

    articles = {a.id: a for a in read_sources([feed])}
    with open_store(db) as store:
        stored = store.stats().documents
        assert 0 < stored < N_ARTICLES
        # Every stored document is whole: equal to a fresh analysis of its article.
        for doc_id in list(articles)[:stored]:
            if store.has_document(doc_id):
                fresh = next(analyzer.analyze_articles([articles[doc_id]]))
                assert store.get_document(doc_id).to_dict() == fresh.to_dict()

    rerun = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    report = json.loads(rerun.stdout)
    assert rerun.returncode == 0, rerun.stderr
    assert report["added"] == N_ARTICLES - stored and report["skipped"] == stored
    with open_store(db) as store:
        assert store.stats().documents == N_ARTICLES
