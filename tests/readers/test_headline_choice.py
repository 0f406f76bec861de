"""Which of a page's statements of its headline wins (choose_headline)."""

from backchannel.readers.headline import PageFacts, choose_headline


def facts(og: str | None, **others: str | None) -> PageFacts:
    fields = {"twitter": None, "jsonld": None, "named": None, "h1": None, "title": None} | others
    return PageFacts(og=og, og_broken=False, sites={"harbourpost"}, published=None, **fields)


def test_the_social_card_title_wins_without_the_site_name():
    chosen = choose_headline(
        facts("Ferry strike ends after talks | Harbour Post", h1="Ferry strike ends"), fallback=None
    )
    assert chosen == "Ferry strike ends after talks"


def test_a_section_glued_after_the_headline_goes_when_the_bare_headline_is_stated():
    page = facts("Mayors agree on water deal-Politics", named="Mayors agree on water deal")
    assert choose_headline(page, fallback=None) == "Mayors agree on water deal"


def test_a_section_after_a_dash_goes_when_the_h1_states_the_headline():
    page = facts("Mayors agree on water deal – Local news", h1="Mayors agree on water deal")
    assert choose_headline(page, fallback=None) == "Mayors agree on water deal"


def test_a_section_before_a_bar_goes_when_the_h1_states_the_headline():
    page = facts("Local | Mayors agree on water deal", h1="Mayors agree on water deal")
    assert choose_headline(page, fallback=None) == "Mayors agree on water deal"


def test_a_longer_subtitle_is_part_of_the_headline():
    page = facts("Mayors agree: water deal signed after three days of talks", h1="Mayors agree")
    assert choose_headline(page, fallback=None) == "Mayors agree: water deal signed after three days of talks"


def test_without_a_bare_statement_the_tail_stays():
    assert (
        choose_headline(facts("Mayors agree on water deal-Politics"), fallback=None)
        == "Mayors agree on water deal-Politics"
    )
