"""Round fifty-nine (S): thanks given for something.

"X thanked Y for Z" and "X appreciated Y for Z", common in readouts, were no quote of X's: the verbs now take
their object as what was said, as "praised" and "applauded" do (object_content_verbs). Sentences written for these
tests (names invented)."""

import pytest

from tests.conftest import quote_with, speaker_name


def test_thanked_someone_for_something(extract):
    record = extract("President Ilse Marrow thanked the Prime Minister for the timely help extended by the navy.")
    quote = quote_with(record, "the Prime Minister for the timely help")
    assert speaker_name(record, quote) == "Ilse Marrow"


def test_appreciated_someone_for_something(extract):
    record = extract("Foreign Minister Tala Rhee appreciated Norland for holding the inclusive harbour meeting.")
    quote = quote_with(record, "Norland for holding the inclusive harbour meeting")
    assert speaker_name(record, quote) == "Tala Rhee"


def test_thanks_to_is_no_quote(extract):
    record = extract("The ferry kept running all winter thanks to the crew of the Marta Lind.")
    assert record["quotes"] == []


# The reviewer's cases: thanks with nothing said of what for, and "appreciate" as understanding or gaining value
# (rule quote.thanks-without-reason).
@pytest.mark.parametrize(
    "text",
    [
        "Central bank governor Ana Ruiz fully appreciates the risks of raising rates too fast.",
        "The house owned by Senator Ana Ruiz has appreciated in value by 40 percent since 2020.",
        "Governor Tom Reed has only himself to thank for the defeat.",
        "President Tomas Brandt thanked Chancellor Ida Holm during a phone call on Monday.",
        "Flood victims thanked rescuers in the village of Dorna on Sunday.",
    ],
)
def test_thanks_saying_nothing_of_what_for_are_no_quote(extract, text):
    assert extract(text)["quotes"] == []
