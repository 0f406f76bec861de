"""Round fifty-six (helper D): a party the lead knows only by an office ("Lunport's mayor") is the person named
bare, with no title of their own, as the subject opening the next paragraph (rule party.named-after-lead): the
delayed name of a news lead. Not someone with a title of their own, not someone the lead itself names, and not a
lead that is no first paragraph of prose. Sentences written for these tests (names invented)."""


def parties(record: dict) -> list[set[str]]:
    """The names of each event's parties."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [{names[p] for p in e["participants"]} for e in record["events"]]


def test_lead_mayor_is_the_name_opening_the_next_paragraph(extract):
    # party.named-after-lead: "Lunport's mayor" met Darrow; Oskar Venner is that mayor
    record = extract(
        "Harbour talks in Lunport\n\n"
        "LUNPORT – Lunport's mayor met Premier Ilse Darrow on Wednesday to ask for ferry money.\n\n"
        "Oskar Venner emerged from the 40-minute meeting to say they had a good talk about ferries.\n"
    )
    assert {"Oskar Venner", "Ilse Darrow"} in parties(record)


def test_lead_minister_named_after_a_byline(extract):
    # party.named-after-lead: a headline and a byline line before the lead; the later meeting is his too
    record = extract(
        "Minister heads to Vellmark\n\n"
        "By Staff Writer\n\n"
        "Corvania's trade minister will meet President Hanne Sjolund in Vellmark next week.\n\n"
        "Piet Oranjevelt told reporters the visit would focus on grain exports.\n"
    )
    assert any({"Piet Oranjevelt", "Hanne Sjolund"} <= p for p in parties(record))


def test_no_link_to_a_person_with_a_title_of_their_own(extract):
    # negative: "Ana Lobo, a spokeswoman" is someone of her own office, not the mayor
    record = extract(
        "Harbour talks in Lunport\n\n"
        "LUNPORT – Lunport's mayor met Premier Ilse Darrow on Wednesday to ask for ferry money.\n\n"
        "Ana Lobo, a spokeswoman for the premier, said the talks had gone well.\n"
    )
    assert not any("Ana Lobo" in p for p in parties(record))


def test_no_link_to_someone_the_lead_names(extract):
    # negative: Darrow, told in the lead as the one met, is not the mayor who met her
    record = extract(
        "Harbour talks in Lunport\n\n"
        "LUNPORT – Lunport's mayor met Ilse Darrow on Wednesday to ask for ferry money.\n\n"
        "Ilse Darrow said afterwards that the province would look at the request.\n"
    )
    assert not any(p == {"Ilse Darrow"} for p in parties(record))
    assert any("Lunport’s mayor" in p or "Lunport's mayor" in p for p in parties(record))


def test_no_link_when_the_holder_is_not_in_the_lead(extract):
    # negative: the office holder is first told in a later paragraph, not the lead
    record = extract(
        "Harbour talks in Lunport\n\n"
        "LUNPORT – The province will decide on ferry money next month, officials said on Wednesday.\n\n"
        "Oskar Venner said the harbour needed help.\n\n"
        "Lunport's mayor met Premier Ilse Darrow on Wednesday to ask for ferry money.\n"
    )
    assert not any("Oskar Venner" in p for p in parties(record))


def test_no_link_when_the_lead_has_two_holders(extract):
    # negative: a mayor and a governor in the lead; the name in the next paragraph could be either's
    record = extract(
        "Harbour talks\n\n"
        "LUNPORT – Lunport's mayor met Premier Ilse Darrow on Wednesday, and Corvania's governor met her on "
        "Thursday.\n\n"
        "Oskar Venner said the ferries needed money.\n"
    )
    assert not any("Oskar Venner" in p for p in parties(record))
    assert any("Lunport's mayor" in p for p in parties(record))
