"""Round forty-four (s): a question put to the speaker in an aside after the name ("Moss, asked on Monday whether
…, said …") is no one's words, as a fronted "Asked whether …" is not (names invented)."""


def test_a_question_in_an_aside_after_the_name_is_no_quote(extract):
    # quote.asked: the participle hangs on the name; only the answer is a quote, and it is the one asked's
    record = extract(
        "Harbour master Ivo Kos, asked on Monday whether the night ferry would run again, said he was hopeful.",
        published="2024-02-10",
    )
    assert [q["content"]["text"] for q in record["quotes"]] == ["he was hopeful"]
