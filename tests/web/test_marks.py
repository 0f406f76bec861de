"""Drawing spans into text: overlaps, finding a cue near its quote, snippets around evidence."""

from backchannel.web.marks import Span, find_near, segments, snippet

TEXT = 'He said it. "We will talk," said Ana Lind, who said little else.'


def test_overlapping_spans_cut_the_text_and_keep_every_kind():
    cut = segments("abcdefgh", [Span(1, 5, "quote", "q"), Span(3, 7, "contact", "c")])
    assert [(s.text, s.kinds) for s in cut] == [
        ("a", []),
        ("bc", ["quote"]),
        ("de", ["quote", "contact"]),
        ("fg", ["contact"]),
        ("h", []),
    ]
    assert "".join(s.text for s in cut) == "abcdefgh"
    assert cut[2].classes == "m-quote m-contact" and cut[2].title == "q; c"


def test_spans_outside_the_text_are_dropped():
    assert [s.text for s in segments("abc", [Span(2, 9, "quote"), Span(-1, 1, "cue"), Span(2, 2, "cue")])] == ["abc"]


def test_a_cue_is_the_occurrence_closest_to_its_quote():
    start = TEXT.index('"We')
    end = TEXT.index(",", start) + 2
    found = find_near(TEXT, "said", start, end)
    assert found is not None and found.start == TEXT.index("said Ana")
    assert find_near(TEXT, "Lind", start, end).start == TEXT.index("Lind")
    assert find_near(TEXT, "absent", start, end) is None
    assert find_near(TEXT, "", start, end) is None


def test_snippet_marks_the_evidence_and_cuts_at_word_edges():
    text = "word " * 100 + "The ministers met in Oslo." + " more" * 100
    marked, found = snippet(text, "The ministers met in Oslo.", around=30)
    assert found
    shown = "".join(s.text for s in marked)
    assert shown.startswith("… word") and shown.endswith("more …")
    assert [s.text for s in marked if s.kinds] == ["The ministers met in Oslo."]
    missing, found = snippet(text, "Never said.", around=30)
    assert not found and not any(s.kinds for s in missing)
