"""`extract --format json` stopped by Ctrl-C still writes one valid JSON array of the records written."""

import json

from click.testing import CliRunner

from backchannel import cli


def test_an_interrupted_json_array_is_closed(tmp_path, monkeypatch):
    def two_then_interrupted(items, **kwargs):
        for n in range(2):
            yield {"schema": "backchannel.article/1", "article": {"id": f"a{n}", "text": "x"}, "events": []}
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "extract_items", two_then_interrupted)
    path = tmp_path / "a.txt"
    path.write_text("Lavrov met Wang Yi.")
    result = CliRunner().invoke(cli.main, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 130
    assert [r["article"]["id"] for r in json.loads(result.stdout)] == ["a0", "a1"]
