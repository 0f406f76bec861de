"""Round forty-nine (helper Q): a question put in passing to the one who answers ("Asked by the judge whether …,
the witness said …") sets the scene for the answer and is no quote of the asker's (rule
quote.question-in-passing); told in a clause of its own ("She was asked by Moss whether …") it stays one.
Sentences written for these tests (names invented)."""


def contents(record: dict) -> list[str]:
    return [q["content"]["text"] for q in record["quotes"]]


def test_a_question_before_the_answer_is_no_quote(extract):
    record = extract(
        "Asked by the prosecutor whether she had booked the room, the clerk said she had not.", published="2025-04-02"
    )
    assert contents(record) == ["she had not"]


def test_a_question_after_the_one_who_answers_is_no_quote(extract):
    record = extract(
        "The clerk, asked by the prosecutor whether she had booked the room, said she had not.",
        published="2025-04-02",
    )
    assert contents(record) == ["she had not"]


def test_a_question_in_a_clause_of_its_own_stays_the_askers(extract):
    record = extract(
        "The harbour master was asked by Tomas Holm whether the ferry would run in winter.", published="2025-04-02"
    )
    assert contents(record) == ["whether the ferry would run in winter"]
