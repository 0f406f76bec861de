import pytest

from backchannel.readers.headline import strip_site
from backchannel.readers.html import read_html
from tests.conftest import DATA


def test_reads_body_and_metadata():
    article = read_html((DATA / "html" / "article.html").read_text(encoding="utf-8"), source="a.html")
    assert article.title == "Envoys meet in Vienna to revive nuclear talks"
    assert article.published == "2026-05-06"
    assert article.outlet == "Example Daily News"
    assert "Petra Novak" in article.authors
    assert "met in Vienna on Tuesday" in article.text
    assert "All rights reserved" not in article.text


def test_page_without_body_is_an_error():
    with pytest.raises(ValueError, match="no article body"):
        read_html((DATA / "html" / "empty-body.html").read_text(encoding="utf-8"), source="e.html")


@pytest.mark.parametrize(
    ("title", "sites", "expected"),
    [
        ("Storm hits coast | Example News", {"examplenews"}, "Storm hits coast"),
        ("Storm hits coast - National | Globalnews.ca", {"globalnews"}, "Storm hits coast"),
        ("Example News | Storm hits coast", {"examplenews"}, "Storm hits coast"),
        ("Minister: talks will go on - Politics - Example", {"example"}, "Minister: talks will go on"),
        ("No site name here", {"examplenews"}, "No site name here"),
    ],
)
def test_strip_site(title, sites, expected):
    assert strip_site(title, sites) == expected
