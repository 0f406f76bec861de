"""Round fifty-eight (S): a body the text names after its state's possessive keeps the name as written.

World press names a ministry after its state ("Norway's Ministry of Fisheries, Harbours and Coasts"), and the
speaker found for its quotes was the body under a name the text never wrote in full: a name with a list in it
lost its possessed form at the comma, and a name with its own "and" was cut there by the tagger, so the body's
own name ("Ministry of Foreign Affairs and Coastal Trade") was no name of it. Sentences written for these tests (names
invented)."""

from tests.conftest import actor_of, quote_with


def _speaker_names(record: dict, fragment: str) -> set[str]:
    actor = actor_of(record, quote_with(record, fragment)["speaker_actor"])
    return {actor["name"], *actor["aliases"]}


def test_possessed_name_with_a_list_is_kept(extract):
    # speaker.org-in-full: the comma of "Fisheries, Harbours and Coasts" is the name's own, not its end
    record = extract("Norway's Ministry of Fisheries, Harbours and Coasts said the pier would reopen in May.")
    names = _speaker_names(record, "pier would reopen")
    assert "Norway's Ministry of Fisheries, Harbours and Coasts" in names


def test_own_name_after_the_possessive(extract):
    # speaker.org-own-name: the words after the possessive are the body's name, "and" and all
    record = extract(
        "\u201cThe pier will reopen in May,\u201d Chile\u2019s Ministry of Foreign Affairs and Coastal Trade "
        "said in a press release."
    )
    names = _speaker_names(record, "pier will reopen")
    assert "Ministry of Foreign Affairs and Coastal Trade" in names


def test_comma_outside_the_name_still_ends_it(extract):
    # not a name in full: "Norway's Ministry of Fisheries, the regulator," is two descriptions side by side
    record = extract("Norway's Ministry of Fisheries, the regulator, said the pier would reopen in May.")
    names = _speaker_names(record, "pier would reopen")
    assert not any(n.endswith("regulator") for n in names)
