"""Round forty-one (q): a comma glued to an opening quote mark ('said,“Look') still opens a quotation; tested on
sentences written for these tests (names invented)."""


def test_a_comma_glued_to_the_opening_mark_opens_the_quotation(extract):
    # nlp tokenizer: "said,“Look" is split into said / , / “ / Look, as if a space stood after the comma
    record = extract("The harbour master said,“Look at the ferry timetable.” Then she left.", published="2024-02-10")
    assert [(q["kind"], q["content"]["text"]) for q in record["quotes"]] == [
        ("direct", "“Look at the ferry timetable.”")
    ]
