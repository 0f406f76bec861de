"""Round sixty-two (helper R): the lead's one party known only by an office may be the one met, not the subject
("X has met with the head of the nurses' union"); the bare name opening the next paragraph is still that holder,
also as the conjunct of the lead's other party told another way or as the subject of what a titled spokeswoman
says (rule party.named-after-lead-object). Not when the lead met two such holders, and not a person with a title
of their own. Sentences written for these tests (names invented)."""


def parties(record: dict) -> list[set[str]]:
    """The names of each event's parties."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [{names[p] for p in e["participants"]} for e in record["events"]]


def test_the_head_met_is_the_name_a_spokeswoman_gives(extract):
    # party.named-after-lead-object: the head of the union is Hedda Strall, who "sat down with Dorne"
    record = extract(
        "Nurses meet minister over reforms\n\n"
        "Health Minister Karl Dorne has met with the head of the Lakeshore Nurses Union a day after the union "
        "revealed its strike mandate.\n\n"
        "Pia Varnum, a spokeswoman for the union, says Hedda Strall sat down with Dorne on Thursday but that both "
        "sides agreed to keep the talks confidential.\n"
    )
    assert any({"Karl Dorne", "Hedda Strall"} <= p for p in parties(record))
    assert not any(any("head of" in n for n in p) for p in parties(record))


def test_the_secretary_met_is_the_conjunct_of_the_other_party(extract):
    # party.named-after-lead-object: "The Unity Party leader and Ilsa Marrow discussed": Marrow is the secretary
    record = extract(
        "Bellamy in Portsea for harbour talks\n\n"
        "Deputy Premier Osric Bellamy has had his first official meeting with the new Harbour Secretary.\n\n"
        "The Unity Party leader and Ilsa Marrow discussed a range of issues, including ferry money.\n"
    )
    assert {"Osric Bellamy", "Ilsa Marrow"} in parties(record)


def test_no_link_when_two_holders_were_met(extract):
    # negative: the lead met two people known by office; the name after may be either
    record = extract(
        "Minister meets union chiefs\n\n"
        "Health Minister Karl Dorne has met with the head of the Lakeshore Nurses Union and the chair of the "
        "Porters Guild in Lakeshore on Tuesday.\n\n"
        "Pia Varnum, a spokeswoman for the union, says Hedda Strall sat down with Dorne on Thursday.\n"
    )
    first = parties(record)[0]
    assert "head of the Lakeshore Nurses Union" in first
    assert "Hedda Strall" not in first
