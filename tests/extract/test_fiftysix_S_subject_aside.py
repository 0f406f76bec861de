"""Round fifty-six (helper S): a speaker's name followed by an aside, which the parser read as a clause reported by
the verb after it, leaving the verb with no subject (rule quote.subject-read-as-clause): the clause after the verb is
what was said, the name before the aside who said it. Sentences written for these tests (names invented)."""

from tests.conftest import quote_with


def test_name_after_while_with_participle_aside(extract):
    # quote.subject-read-as-clause: "…, while Marsh, leaving by a side gate, said …"
    record = extract(
        "Hadley left without speaking to reporters, while Marsh, leaving by a side gate, said the council would not "
        "reverse the freeze."
    )
    quote = quote_with(record, "would not reverse")
    assert quote["content"]["text"] == "the council would not reverse the freeze"
    assert quote["speaker"]["text"] == "Marsh"


def test_name_with_relative_aside(extract):
    # quote.subject-read-as-clause: "Ruth Alder, meanwhile, who sits at zero such endorsements, said that …"
    record = extract(
        "Ruth Alder, meanwhile, who sits at zero such endorsements, said that fact speaks volumes about the race."
    )
    quote = quote_with(record, "speaks volumes")
    assert quote["content"]["text"] == "that fact speaks volumes about the race"
    assert quote["speaker"]["text"] == "Ruth Alder"


def test_content_first_attribution_is_untouched(extract):
    # negative: "…, the council said, and …": the clause before the verb is what was said
    record = extract("The ferry will run until May, the council said, and the pier will close in June.")
    quote = quote_with(record, "ferry will run")
    assert quote["content"]["text"].startswith("The ferry will run until May")
    assert quote["speaker"]["text"] == "the council"


def test_trailing_speaker_named_inside_its_description(extract):
    # quote.trailing-speaker-apposed: "…, the newspaper Diario Norte reported." (a name apposed to the description)
    record = extract(
        "Velez, a father of three, was an engineer with a building firm based in Lisbon, "
        "the newspaper Diario Norte reported."
    )
    quote = quote_with(record, "was an engineer")
    assert quote["content"]["text"].endswith("based in Lisbon")
    assert "Diario Norte" in quote["speaker"]["text"]
