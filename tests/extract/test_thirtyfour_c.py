"""Speakers from round thirty-four (helper c): the causes of wrong speakers on fresh articles, tested on
sentences written for these tests."""

from tests.extract.test_thirtyone import speakers


def test_both_halves_of_a_double_family_name_tagged_apart_are_the_person(extract):
    # actor.double-family-name: the tagger takes "Haufiku" and "Shilongo" for two places
    record = extract(
        "Harbour minister Tuyeni Haufiku-Shilongo returned on Thursday.\n\n"
        "Haufiku-Shilongo told reporters at Walvis Bay International Airport that the pier was unsafe."
    )
    assert speakers(record) == {"that the pier was unsafe": "Tuyeni Haufiku-Shilongo"}, speakers(record)
    assert [a["name"] for a in record["actors"] if a["kind"] == "person"] == ["Tuyeni Haufiku-Shilongo"]


def test_the_first_half_of_a_double_family_name_tagged_alone_is_no_outlet(extract):
    # "Urrutia" of "Urrutia-Bascuñán's own account" is tagged a place, and "according to" made it an outlet
    record = extract(
        "Tomás Urrutia-Bascuñán, the envoy, met the admiral in 1978. They did not agree, but, according to "
        "Urrutia-Bascuñán's own account, the talks “kept a line open.”"
    )
    assert set(speakers(record).values()) == {"Tomás Urrutia-Bascuñán"}, speakers(record)
    assert not [a for a in record["actors"] if a["kind"] == "outlet"], record["actors"]
