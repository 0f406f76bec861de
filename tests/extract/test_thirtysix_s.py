"""Content bounds from round thirty-six (helper s): what a prediction inside a longer gold content lacks, tested on
sentences written for these tests."""


def contents(record: dict) -> list[str]:
    return [q["content"]["text"] for q in record["quotes"]]


def test_the_party_asked_to_act_opens_what_was_asked(extract):
    # quote.asked-party: the object right before the infinitive is its subject, who is to act
    record = extract("The harbour master urged the town council to reopen the ferry pier before the summer.")
    assert contents(record) == ["the town council to reopen the ferry pier before the summer"], contents(record)
    record = extract("The fishermen have asked the regional court to halt the dredging of the bay.")
    assert contents(record) == ["the regional court to halt the dredging of the bay"], contents(record)


def test_whom_a_telling_verb_informs_stays_out_of_what_was_told(extract):
    # quote.asked-party does not take in the addressee of "told": it is whom the words went to
    record = extract("The ferry operator told passengers to expect long delays at the northern pier.")
    assert contents(record) == ["to expect long delays at the northern pier"], contents(record)
