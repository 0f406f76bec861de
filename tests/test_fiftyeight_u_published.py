"""A JSONL article's `published` is read as a date or left out, never passed on as text the extractors cut.

The extractors take a publication date's first ten characters for its day and its first seven for its month,
so "March 12, 2026" dated a contact to the "month" "March 1" and "2026-99-99" to "2026-99". A date written
out is now read as one; anything that is no date is left out (the text's own dateline may then date it).
`explain --published` is checked like the other date options.
"""

import json

import pytest
from click.testing import CliRunner

from backchannel.cli import main
from backchannel.readers.jsonl import article_from_json


@pytest.mark.parametrize(
    ("given", "read"),
    [
        ("2026-03-12", "2026-03-12"),
        ("2026-03-12T10:00:00Z", "2026-03-12T10:00:00Z"),
        ("2026-03", "2026-03"),
        ("March 12, 2026", "2026-03-12"),
        ("Thu, 12 Mar 2026 10:00:00 GMT", "2026-03-12"),
        ("2026-99-99", None),
        ("2026-02-30", None),
        ("yesterday", None),
        ("2026", None),
        (20260312, None),
    ],
)
def test_published_is_a_date_or_nothing(given, read):
    article = article_from_json({"text": "Lavrov met Wang Yi on Tuesday.", "published": given}, source="t")
    assert article.published == read


def test_a_text_dateline_stands_in_for_a_published_that_is_no_date():
    text = "March 12, 2026\n\nLavrov met Wang Yi on Tuesday."
    assert article_from_json({"text": text, "published": "soon"}, source="t").published == "2026-03-12"


@pytest.mark.parametrize("value", ["2026-99-99", "2026-02-30", "2026-03", "yesterday"])
def test_explain_refuses_a_published_that_is_no_day(value):
    result = CliRunner().invoke(main, ["explain", "--published", value, "-"], input="Lavrov met Wang Yi.")
    assert result.exit_code == 2
    assert "--published" in result.output and repr(value) in result.output


def test_extract_dates_a_contact_from_a_published_written_out(tmp_path):
    line = {"id": "a", "text": "Sergey Lavrov met Wang Yi in Beijing on Tuesday.", "published": "March 12, 2026"}
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(line) + "\n")
    record = json.loads(CliRunner().invoke(main, ["extract", str(path)]).stdout)
    assert record["article"]["published"] == "2026-03-12"
    assert [e["date"]["value"] for e in record["events"]] == ["2026-03-10"]
