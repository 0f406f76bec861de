"""Round sixty-one (Q): speakers named with a document's or an outlet's word, or by a given name first.

- "the Chilean statement said", after a Chilean ministry put out a statement, is that ministry's, not Chile's
  (rule speaker.national-document-issuer);
- "Al-Nahar newspaper said", with no article, is the outlet Al-Nahar, not a description "Al-Nahar newspaper"
  (rule speaker.bare-outlet-name);
- "Karim was next" under the headline, then "Karim Hafizi": one person (rule actor.given-name-first).

Sentences written for these tests (names invented)."""

from tests.conftest import quote_with, speaker_name


def test_national_statement_is_its_issuer(extract):
    record = extract(
        "The Chilean Defence Ministry announced in a statement issued on Monday that Admiral Tomas Vergel had "
        "spoken by phone with his Peruvian counterpart.\n"
        '"The Peruvian side was informed of the naval drills," the Chilean statement said.\n'
    )
    quote = quote_with(record, "was informed of the naval drills")
    assert speaker_name(record, quote) == "Chilean Defence Ministry"


def test_national_statement_without_issuer_is_the_state(extract):
    record = extract(
        "Admiral Tomas Vergel spoke by phone with his Peruvian counterpart on Monday.\n"
        '"The Peruvian side was informed of the naval drills," the Chilean statement said.\n'
    )
    quote = quote_with(record, "was informed of the naval drills")
    assert speaker_name(record, quote) == "Chile"


def test_national_statement_not_another_states_issuer(extract):
    record = extract(
        "The Peruvian Foreign Ministry said in a statement on Monday that the talks had been useful.\n"
        '"The Peruvian side was informed of the naval drills," the Chilean statement said.\n'
    )
    quote = quote_with(record, "was informed of the naval drills")
    assert speaker_name(record, quote) == "Chile"


def test_bare_newspaper_name_is_the_outlet(extract):
    record = extract(
        "On Monday, Al-Nahar newspaper, which is close to the government, said the ministry wanted the truce "
        "limited to the port.\n"
    )
    quote = quote_with(record, "wanted the truce limited to the port")
    assert speaker_name(record, quote) == "Al-Nahar"


def test_bare_agency_name_is_the_outlet(extract):
    record = extract(
        "Minister Ivo Marek held talks in Riga on Sunday. Baltinfo-Press agency said the two would meet again "
        "in June.\n"
    )
    quote = quote_with(record, "would meet again")
    assert speaker_name(record, quote) == "Baltinfo-Press"


def test_place_before_newspaper_is_no_outlet_name(extract):
    record = extract("Moscow newspaper said the minister would resign.\n")
    quote = quote_with(record, "the minister would resign")
    assert speaker_name(record, quote) != "Moscow"


def test_given_name_under_headline_is_the_person_named_later(extract):
    record = extract(
        "Regent sees party chiefs about the crisis\n\n"
        "PM Tan first to see the regent yesterday, and Karim was next\n\n"
        "Prime Minister Tan Wei Ling met the regent yesterday.\n\n"
        "Opposition leader Karim Hafizi was next.\n\n"
        "Datuk Seri Karim said he urged the regent to call an election.\n"
    )
    quote = quote_with(record, "he urged the regent to call an election")
    assert speaker_name(record, quote) == "Karim Hafizi"


def test_titled_word_is_no_given_name_told_first(extract):
    record = extract(
        "President Omar opened the harbour on Monday.\n\n"
        "The pianist Omar Feldt played at the opening. Omar Feldt said the hall was cold.\n"
    )
    quote = quote_with(record, "the hall was cold")
    names = {a["name"] for a in record["actors"]}
    assert speaker_name(record, quote) == "Omar Feldt"
    assert "Omar" in names  # the president stays apart from the pianist
