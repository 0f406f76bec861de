"""The record's JSON form: schema, offsets and the unchanged text the contract fixes."""

import json
from dataclasses import fields
from importlib import resources

import jsonschema
import pytest
from click.testing import CliRunner

from backchannel import records
from backchannel.cli import main
from tests.conftest import DATA, EXAMPLES

SCHEMA = json.loads(resources.files("backchannel.schema").joinpath("article.schema.json").read_text())


@pytest.fixture(scope="module")
def produced():
    inputs = [str(EXAMPLES), str(DATA / "pasted"), str(DATA / "html"), str(DATA / "articles.jsonl")]
    result = CliRunner().invoke(main, ["extract", *inputs])
    return [json.loads(line) for line in result.stdout.splitlines()]


def spans(record):
    article = record["article"]
    yield from article.get("boilerplate", [])
    for actor in record["actors"]:
        yield from actor["mentions"]
    for quote in record["quotes"]:
        yield from (s for s in (quote["content"], quote["cue"], quote["speaker"]) if s)
    for event in record["events"]:
        yield from event["evidence"]
        yield from (c["evidence"] for c in event["confirmations"])


def test_every_record_validates_against_the_schema(produced):
    assert len(produced) >= 8
    for record in produced:
        jsonschema.validate(record, SCHEMA)


def test_offsets_index_article_text(produced):
    for record in produced:
        text = record["article"].get("text", "")
        for span in spans(record):
            assert text[span["start"] : span["end"]] == span["text"]
            for part in span.get("parts", []):
                assert span["start"] <= part["start"] < part["end"] <= span["end"]


def test_txt_and_jsonl_text_is_unchanged(produced):
    by_id = {r["article"]["id"]: r for r in produced}
    for path in (DATA / "pasted").glob("*.txt"):
        assert by_id[path.stem]["article"]["text"] == path.read_text(encoding="utf-8")
    for line in (DATA / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        assert by_id[obj["id"]]["article"]["text"] == obj["text"]


def test_references_point_at_actors(produced):
    for record in produced:
        ids = {a["id"] for a in record["actors"]}
        for quote in record["quotes"]:
            assert quote["speaker_actor"] is None or quote["speaker_actor"] in ids
        for actor in record["actors"]:
            assert actor["via"] is None or actor["via"] in ids


@pytest.mark.parametrize(
    ("cls", "definition"),
    [(records.Actor, "actor"), (records.Quote, "quote"), (records.Event, "event"), (records.Article, "article")],
)
def test_schema_matches_the_record_classes(cls, definition):
    props = set(SCHEMA["$defs"][definition]["properties"])
    assert {f.name for f in fields(cls) if f.metadata.get("serialised", True)} == props
