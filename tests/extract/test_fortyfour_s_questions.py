"""Round forty-four (s): a question put to the speaker in an aside after the name ("Moss, asked on Monday whether
…, said …") is no one's words, as a fronted "Asked whether …" is not; nor is a source's request not to be named
(names invented)."""


def test_a_question_in_an_aside_after_the_name_is_no_quote(extract):
    # quote.asked: the participle hangs on the name; only the answer is a quote, and it is the one asked's
    record = extract(
        "Harbour master Ivo Kos, asked on Monday whether the night ferry would run again, said he was hopeful.",
        published="2024-02-10",
    )
    assert [q["content"]["text"] for q in record["quotes"]] == ["he was hopeful"]


def test_a_request_not_to_be_named_is_no_quote(extract):
    # what a source asks about being quoted ("asked me not to print his name", "asked that her surname not be
    # used") is not what the source said
    record = extract(
        "A pilot on the night ferry, who asked me not to print his name, said the crossing was unsafe. One guard, "
        "who asked that her surname not be used, said the gate stayed shut.",
        published="2024-02-10",
    )
    assert [q["content"]["text"] for q in record["quotes"]] == ["the crossing was unsafe", "the gate stayed shut"]
