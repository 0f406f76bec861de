"""Session 63: a wire dateline that gives the year ("KHARTOUM, July 10, 2007 (Reuters) -") is a dateline: its day
is not the day of the contact the sentence after it tells ("met … yesterday")."""

from tests.conftest import events_with


def test_a_dateline_with_its_year_does_not_date_the_contact(extract):
    record = extract(
        "KHARTOUM, July 10, 2007 (Reuters) - Foreign Minister Lam Okot met the envoy Salim Haidar yesterday.",
        published="2007-07-10",
    )
    (meeting,) = events_with(record, "Lam Okot", "Salim Haidar")
    assert meeting["date"]["value"] == "2007-07-09"
    assert meeting["place"]["name"] == "Khartoum"


def test_a_dateline_without_its_year_still_reads_as_before(extract):
    # negative: the usual wire dateline is unchanged
    record = extract(
        "KHARTOUM, July 10 (Reuters) - Foreign Minister Lam Okot met the envoy Salim Haidar yesterday.",
        published="2007-07-10",
    )
    (meeting,) = events_with(record, "Lam Okot", "Salim Haidar")
    assert meeting["date"]["value"] == "2007-07-09"
