"""Round sixty-one: a headline in title case writes its verb of meeting in the base form after two names or a
plural ("Lindqvist, Varga Meet in Riga", "… to Let Envoy Meet Aung Kyaw"); the tagger reads it into the name after
or before it, and the name ends, or starts, without it (rule actor.headline-verb). Sentences written for these tests
(names invented)."""


def people(record: dict) -> set[str]:
    return {a["name"] for a in record["actors"] if a["kind"] == "person"}


def test_a_name_ends_before_the_base_form_of_a_headline_verb(extract):
    text = (
        "Lindqvist, Varga Meet in Riga\n\nThe envoy, Erik Lindqvist, met Peter Varga in Riga on Tuesday, officials"
        " said."
    )
    assert people(extract(text, published="2026-03-12")) == {"Erik Lindqvist", "Peter Varga"}


def test_a_name_starts_after_the_base_form_of_a_headline_verb(extract):
    text = (
        "ASEAN Chair Urges Regime to Let Envoy Meet Aung Kyaw\n\nThe regional envoy has asked to meet the jailed"
        " leader Aung Kyaw, officials said. The junta has refused."
    )
    found = people(extract(text, published="2026-03-12"))
    assert "Aung Kyaw" in found
    assert not any(name.startswith("Meet") for name in found)


def test_a_given_name_the_story_writes_capitalised_is_kept(extract):
    text = "Welcome Mabuza Meets Lind in Riga\n\nWelcome Mabuza, the envoy, met Erik Lind in Riga on Tuesday."
    assert people(extract(text, published="2026-03-12")) == {"Welcome Mabuza", "Erik Lind"}
