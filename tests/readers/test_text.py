from backchannel.readers.text import find_furniture, read_text
from tests.conftest import DATA


def covered(article, needle):
    pos = article.text.index(needle)
    return any(b.start <= pos and pos + len(needle) <= b.end for b in article.boilerplate)


def test_nav_bar_section_and_credit():
    text = (DATA / "pasted" / "nav-bar-credit.txt").read_text(encoding="utf-8")
    article = read_text(text, source="x")
    assert article.text == text
    assert article.title == "Ministers agree to reopen border crossing after two-year closure"
    assert article.section == "Politics"
    assert covered(article, "News | Politics | Economy")
    assert covered(article, "Photo credit: Jaan Tamm")
    assert covered(article, "Border crossing at night")
    assert not covered(article, "The crossing closed in 2024")
    assert article.images[0].credit == "Jaan Tamm / Baltic Picture Service"
    assert article.images[0].caption == "Border crossing at night"


def test_dateline_byline_and_share_rows():
    text = (DATA / "pasted" / "byline-share.txt").read_text(encoding="utf-8")
    article = read_text(text, source="x")
    assert article.published == "2026-01-14"
    assert article.title == "Trade envoy to visit Nairobi next week"
    assert article.authors == ["Amara Okafor"]
    for needle in ("Published: 14 January 2026", "By Amara Okafor", "Advertisement", "Share this article", "Read more"):
        assert covered(article, needle), needle
    assert not covered(article, "The visit follows months")


def test_section_label_before_headline_and_copyright_credit():
    text = (DATA / "pasted" / "section-first.txt").read_text(encoding="utf-8")
    article = read_text(text, source="x")
    assert article.section == "Europe"
    assert article.title == "Talks on fishing quotas stall in Oslo"
    image = article.images[0]
    assert image.license_url == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert image.caption == "Fishing boats in the harbour of Tromsø"
    assert image.credit == "Example Photos"
    assert not covered(article, "The two delegations will meet again")


def test_plain_prose_has_no_furniture():
    text = (DATA / "pasted" / "plain.txt").read_text(encoding="utf-8")
    found = find_furniture(text)
    assert found.boilerplate == []
    assert found.title is None
    assert found.section is None


def test_headline_in_title_case_is_not_navigation():
    text = "Leaders Of The Two Koreas Meet At The Border\n\nThe two leaders met on Friday, officials said.\n"
    found = find_furniture(text)
    assert found.title == "Leaders Of The Two Koreas Meet At The Border"
    assert found.boilerplate == []


def test_offsets_index_the_unchanged_text():
    text = (DATA / "pasted" / "nav-bar-credit.txt").read_text(encoding="utf-8")
    for span in read_text(text, source="x").boilerplate:
        assert text[span.start : span.end] == span.text


def test_menu_read_more_share_row_and_a_credit_on_the_caption_line():
    text = (DATA / "pasted" / "menu-readmore-inline-credit.txt").read_text(encoding="utf-8")
    article = read_text(text, source="x")
    assert article.title == "Ministers Meet in Vilnius to Discuss Grid Link"
    assert article.section == "World"
    assert article.published == "2026-03-04"
    for chrome in ("Menu", "Read more: Baltic grid leaves Russian network", "Share on Facebook  Share on X  Comments"):
        assert covered(article, chrome), chrome
    assert not covered(article, "The ministers agreed to meet again")
    image = article.images[0]
    assert (image.caption, image.credit) == ("The two ministers at the signing.", "BNS/Jonas Kairys")
