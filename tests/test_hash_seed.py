"""Extraction does not depend on the interpreter's hash seed: the same article gives the same record in every
process (a ledger re-extracted elsewhere must not see its events change)."""

import json
import os
import subprocess
import sys

ARTICLE = {
    "id": "seed",
    "published": "2014-03-12",
    "text": "Water talks\n\nThere was a telephone conversation between Serik Abenov and Akmal Tursunov in February. "
    "A diplomat said the call had unblocked the ministers' meeting in March.",
}


def _events(seed: str) -> list[list[str]]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-m", "backchannel", "extract", "--format", "jsonl", "-"],
        input=json.dumps(ARTICLE) + "\n",
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    record = json.loads(done.stdout.splitlines()[0])
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [[names[p] for p in e["participants"]] for e in record["events"]]


def test_the_people_a_definite_group_names_keep_the_order_the_text_gave_them():
    # "the ministers' meeting" takes the pair of the call before (party.the-two); seeds 0 and 1 once ordered them
    # differently, as a set of ids does
    first, second = _events("0"), _events("1")
    assert first == second
    assert first[-1] == ["Serik Abenov", "Akmal Tursunov"]
