"""Round forty-four (s): a programme's host and the outlet's own label put the questions of a transcript, even
when a headline's label comes before the credits, the credits name the host by role before the name, or the
label is the outlet's name; tested on transcripts written for these tests (names invented)."""

from tests.conftest import speaker_name


def _speakers(record: dict) -> set[str | None]:
    return {speaker_name(record, q) for q in record["quotes"]}


def test_a_host_credited_after_a_headline_label_asks(extract):
    # quote.transcript-host: "FACE TO FACE: …" heads the page; the credits after it still name the host
    record = extract(
        "FACE TO FACE: Will the ferry run this winter?\n\n"
        "Harbour Television's weekly programme brought together the harbour master, Goran Horvat, and the "
        "councillor Vesna Kolar. The programme was presented by Lena Marsh.\n\n"
        "LENA MARSH: Good evening. The ferry stopped in March. Goran Horvat, will it run again?\n\n"
        "GORAN HORVAT: It will. I met the port authority on Monday and we agreed a timetable.\n\n"
        "LENA MARSH: Vesna Kolar, are you convinced?\n\n"
        "VESNA KOLAR: Not at all. The timetable is a press release.\n",
        published="2024-02-10",
    )
    assert _speakers(record) == {"Goran Horvat", "Vesna Kolar"}


def test_a_presenter_named_by_role_in_the_credits_asks(extract):
    # quote.transcript-host: "conducted by presenter Ilse Brandt", her label only her family name
    record = extract(
        "TRANSCRIPT: the ferry interview\n\n"
        "Radio Split, Thursday. An edited transcript of the interview conducted by presenter Ilse Brandt with "
        "the harbour master, Goran Horvat.\n\n"
        "BRANDT: Good morning. The ferry stopped in March. Will it run again?\n\n"
        "HORVAT: It will. I met the port authority on Monday.\n\n"
        "BRANDT: And the fares?\n\n"
        "HORVAT: They stay as they are.\n",
        published="2024-02-10",
        outlet="Harbour Review",
    )
    assert _speakers(record) == {"Goran Horvat"}


def test_the_outlets_own_label_asks(extract):
    # quote.transcript-turn: "HARBOUR REVIEW:" is the outlet that prints the interview, whose turns are questions
    record = extract(
        "INTERVIEW\n\n"
        "Goran Horvat has been harbour master of Split since 2019. Harbour Review spoke to him on Monday.\n\n"
        "HARBOUR REVIEW: The ferry stopped in March. Will it run again?\n\n"
        "HORVAT: It will. I met the port authority on Monday.\n\n"
        "HARBOUR REVIEW: And the fares?\n\n"
        "HORVAT: They stay as they are.\n",
        published="2024-02-10",
        outlet="Harbour Review",
    )
    assert _speakers(record) == {"Goran Horvat"}
