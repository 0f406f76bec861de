import json

from click.testing import CliRunner

from backchannel.cli import main


def test_extract_plover_format(tmp_path):
    path = tmp_path / "a.jsonl"
    rows = [
        {
            "id": "a",
            "published": "2026-03-12",
            "outlet": "Wire",
            "text": "Envoy Paulo Reis met President Amara Diallo in Dakar on Monday. "
            "Envoy Paulo Reis will visit Bamako next week for talks with President Idrissa Keita.",
        },
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    result = CliRunner().invoke(main, ["extract", "--format", "plover", str(path)])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    by_type = {r["event_type"]: r for r in records}
    assert set(by_type) == {"CONSULT", "AGREE"}  # a planned visit is PLOVER's AGREE
    met = by_type["CONSULT"]
    assert met["source"]["name"] == "Paulo Reis" and met["target"]["name"] == "Amara Diallo"
    assert met["date"] == "2026-03-09" and met["location"]["name"] == "Dakar"
    assert met["source_text"].startswith("Envoy Paulo Reis met")
