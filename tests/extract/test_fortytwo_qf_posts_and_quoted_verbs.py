"""Round forty-two (qf): a post embedded with its signature line, and a quote that opens on the verb of the
reported clause ('He had “wanted to fly,” his friend said'); tested on texts written for these tests (names
invented)."""

from tests.conftest import quote_with


def test_an_embedded_post_is_its_posters(extract):
    # quote.embedded-post: text, a dash, the name with the handle in brackets and the date
    record = extract(
        "The board's vote drew a quick reply.\n\nThe pier must stay open for the night ferry. "
        "pic.twitter.com/Xy12ab — Ada Moss (@AdaMoss) July 5, 2016\n\nThe mayor did not respond."
    )
    quote = quote_with(record, "The pier must stay open for the night ferry.")
    assert quote["speaker"]["text"] == "Ada Moss"
    assert "pic.twitter.com" not in quote["content"]["text"]


def test_a_quote_opening_on_the_reported_verb_is_told_by_the_trailing_attribution(extract):
    # quote.quote-marks: "wanted" inside the quoted words is no cue of the writer's, so its infinitive does not
    # swallow the quote as an aim; the friend tells it
    record = extract("He had “wanted to be a pilot since he was five,” his childhood friend told the Harbour Gazette.")
    quote = quote_with(record, "wanted to be a pilot")
    assert quote["speaker"]["text"] == "his childhood friend"


def test_an_aside_after_a_quotation_is_not_what_was_said(extract):
    # quote.say-object: a noun phrase after a comma is an aside on the quotation
    record = extract(
        "“You will have to ask the gulls,” Lund said, another reference to one of the harbour's oldest jokes."
    )
    assert [q["content"]["text"] for q in record["quotes"]] == ["“You will have to ask the gulls,”"]


def test_a_participle_after_the_verb_tells_how_the_words_were_said(extract):
    # quote.occasion-not-content: "said answering a question" after a quotation
    record = extract("“I was asked this a couple of months ago,” Lund said answering a question at the town hall.")
    assert [q["content"]["text"] for q in record["quotes"]] == ["“I was asked this a couple of months ago,”"]


def test_embedded_posts_on_long_lines_and_glued_links():
    # quote.embedded-post on hostile input: a 20,000-character line with a handle but no signature date, and a
    # post whose links are glued to its last word, before a line that is a post; the first gives nothing, the
    # second its words without the links (the earlier pattern backtracked over such lines for many seconds)
    from backchannel.extract.signed import find_embedded_posts

    long_line = "tide — " * 2800 + "(@harbour) no date here"
    post = "The ferry stays.pic.twitter.com/Ab12 https://t.co/x — Ada Moss (@AdaMoss) July 5, 2016"
    text = f"{long_line}\n{'https://a' * 40} (@x)\n{post}\n"
    found = find_embedded_posts(text, [])
    assert len(found) == 1
    ((start, end),) = found[0].ranges
    assert text[start:end] == "The ferry stays."
    assert text[slice(*found[0].signature)] == "Ada Moss"
