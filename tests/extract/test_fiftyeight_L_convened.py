"""Round fifty-eight (lead): a gathering "called by" someone was convened, not a phone call.

"The Abuja meeting, which is being called by the bloc's chairman and President X, …" was read as a call between
the chairman's body and the president (rule contact.call.passive-by). Sentences written for these tests (names
invented)."""


def _modes(record: dict) -> list[str]:
    return [e["mode"] for e in record["events"]]


def test_meeting_called_by_someone_is_no_call(extract):
    # contact.call.convened: "which" is the meeting; the chairman and the president convened it
    record = extract(
        "The Abuja meeting, which is being called by the West African Union chairman and Nigerian President Musa "
        "Bello, would seek a government of national unity in Togo."
    )
    assert "phone" not in _modes(record)


def test_person_called_by_someone_is_still_a_call(extract):
    # negative: a person called by a named person was phoned (rule contact.call.passive-by)
    record = extract("Nigerian President Musa Bello was called by his Ghanaian counterpart Kwame Mensah on Sunday.")
    assert _modes(record) == ["phone"]
