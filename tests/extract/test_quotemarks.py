from hypothesis import given
from hypothesis import strategies as st

from backchannel.extract.quotemarks import find_quoted


def quoted(text):
    return [text[q.start : q.end] for q in find_quoted(text)]


def test_straight_and_curly_and_guillemets_and_german():
    assert quoted('He said "we are ready" today.') == ['"we are ready"']
    assert quoted("She said “we are ready” today.") == ["“we are ready”"]
    assert quoted("Il a dit «nous sommes prêts» hier.") == ["«nous sommes prêts»"]
    assert quoted("Sie sagte „wir sind bereit“ gestern.") == ["„wir sind bereit“"]


def test_mismatched_marks_and_nested_quote_closed_by_single_mark():
    text = 'He said: "They told us "stop it now.\'” Then he left.'
    assert quoted(text) == ['"They told us "stop it now.\'”']


def test_apostrophes_are_not_marks():
    assert quoted("The minister's aides don't talk about Kyiv's plans.") == []
    assert quoted("\"We don't accept the leaders' terms,\" she said.") == ["\"We don't accept the leaders' terms,\""]


def test_single_quoted_headline():
    assert quoted("Envoy says talks ‘made real progress’ in Oslo") == ["‘made real progress’"]


def test_quote_spanning_three_paragraphs():
    text = '"First paragraph of the quote.\n\n"Second paragraph goes on.\n\n"Third one ends it," she said.'
    assert quoted(text) == [text[: text.index(",") + 2]]


def test_unclosed_quote_stops_at_the_paragraph_end():
    text = 'He said "this never closes\n\nA new paragraph without a mark.'
    assert quoted(text) == ['"this never closes']


def test_two_apostrophes_as_quote_marks():
    assert quoted("He said ''we will win,'' and left.") == ["''we will win,''"]


def test_markup_attribute_is_not_a_quote():
    assert quoted('<tweet author="someone">') == []


@given(st.text(alphabet=st.sampled_from(list("ab \"“”„«»‘’'\n.,")), max_size=200))
def test_never_raises_and_spans_are_inside_the_text(text):
    for q in find_quoted(text):
        assert 0 <= q.start < q.end <= len(text)
