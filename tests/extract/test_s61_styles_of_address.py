"""Round sixty-one: "H.E." and "His Excellency", "His Majesty" are styles of address before a name, no part of it
(rule actor.honorific): "H.E. Tomas Brandt" is Tomas Brandt, and "His Excellency Brandt" no other person called
"Excellency Brandt". Sentences written for these tests (names invented)."""

TEXT = (
    "His Majesty King Hamad received the Namibian envoy Ada Moss on Monday. The King said relations were strong."
    " H.E. Tomas Brandt met Moss on Tuesday. His Excellency Brandt said the talks went well."
)


def test_styles_of_address_are_no_part_of_a_name(extract):
    record = extract(TEXT, published="2026-03-12")
    people = {a["name"] for a in record["actors"] if a["kind"] == "person"}
    assert people == {"Hamad", "Ada Moss", "Tomas Brandt"}


def test_his_excellency_and_a_family_name_are_the_person_named_before(extract):
    record = extract(TEXT, published="2026-03-12")
    by_id = {a["id"]: a["name"] for a in record["actors"]}
    speakers = {q["content"]["text"]: by_id.get(q["speaker_actor"]) for q in record["quotes"]}
    assert speakers["the talks went well"] == "Tomas Brandt"
