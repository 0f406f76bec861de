from backchannel.readers import iter_items
from tests.conftest import DATA


def test_jsonl_lines_become_articles_with_their_metadata():
    items = list(iter_items([str(DATA / "articles.jsonl")]))
    assert [i.article.id for i in items] == ["j1", "j2"]
    first = items[0].article
    assert first.text == "The minister said on Friday that the talks had gone well."
    assert (first.title, first.published, first.outlet) == (
        "Talks went well, minister says",
        "2026-02-05",
        "Example Post",
    )
    assert items[1].article.authors == ["A. Writer"]


def test_stdin(monkeypatch):
    import io

    stream = io.StringIO('{"text": "A said B."}\n\n{"id": "z", "text": "C said D."}\n')
    items = list(iter_items(["-"], stdin=stream))
    assert [i.article.id for i in items] == ["line1", "z"]
    assert items[0].article.text == "A said B."


def test_folder_is_read_in_stable_order(tmp_path):
    (tmp_path / "b.txt").write_text("Second article text here.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First article text here.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("Third article text here.", encoding="utf-8")
    ids = [i.article.id for i in iter_items([str(tmp_path)])]
    assert ids == ["a", "b", "c"]
