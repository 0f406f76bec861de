"""Round forty-five (c): a report of a contact called made up or false in words the rules missed denies it, and a
party who denies it is not one telling it as held; tested on sentences written for these tests (names invented)."""

from typing import Any

from tests.conftest import actor_of


def _denials(record: dict[str, Any]) -> list[tuple[str, str]]:
    event = record["events"][0]
    return [(c["status"], actor_of(record, c["by"])["name"]) for c in event["confirmations"]]


def test_a_report_called_invented_is_denied(extract):
    # confirm.called-made-up: the participle in quotes, parsed as a clause on the report
    record = extract(
        "Last week the weekly Fjord Times reported that Karl Brenner had met the Chinese ambassador, Li Wen, in Oslo."
        ' A foreign ministry spokeswoman, Anne Dahl, called the report "invented".',
        published="2025-03-14",
    )
    assert ("denied", "Anne Dahl") in _denials(record)
    assert record["events"][0]["status"] == "denied"


def test_a_claim_described_as_concocted_is_denied(extract):
    # confirm.called-made-up: "described … as" a participle
    record = extract(
        "The Sentinel reported that Juan Ortega met the Russian envoy, Pavel Sorokin, on Friday."
        " Ortega described the claim as invented.",
        published="2025-03-14",
    )
    assert ("denied", "Juan Ortega") in _denials(record)


def test_what_was_just_told_called_a_fabrication_is_denied(extract):
    # confirm.called-it-false: "it" names the contact just told
    record = extract(
        "The Sentinel reported that Juan Ortega met the Russian envoy, Pavel Sorokin, on Friday."
        ' Ortega called it "a fabrication".',
        published="2025-03-14",
    )
    assert ("denied", "Juan Ortega") in _denials(record)
    assert record["events"][0]["status"] == "denied"


def test_that_called_simply_false_is_denied(extract):
    # confirm.called-it-false: "called that false", the "that" parsed as the verdict's mark
    record = extract(
        "A blog claimed on Monday that Governor Ruth Ellery had met a group of loggers near Tarn."
        ' Her spokesman, Tom Vance, called that "completely false".',
        published="2025-03-14",
    )
    assert ("denied", "Tom Vance") in _denials(record)


def test_a_story_called_a_fairy_tale_is_denied(extract):
    # confirm.called-fiction: a tale is made up, as a fable is
    record = extract(
        "The Sentinel reported that Juan Ortega met the Russian envoy, Pavel Sorokin, on Friday."
        ' Ortega called the story "a fairy tale".',
        published="2025-03-14",
    )
    assert ("denied", "Juan Ortega") in _denials(record)


def test_a_party_denying_a_report_of_his_contact_makes_it_denied(extract):
    # status.report-denied: the denier, a party, tells nothing as held though his words were taken as a report
    record = extract(
        "Juan Ortega, the Peruvian trade minister, met Ana Ruiz for two hours at the ministry on Monday. Ortega denied"
        " a report in the Lima weekly El Sol that he had met China's ambassador, Lu Wen, on Sunday before flying to"
        ' Quito. "On Sunday I had breakfast with my wife and went to church," he said. "Neither of them is an'
        ' ambassador."',
        published="2025-03-14",
    )
    assert record["events"][1]["status"] == "denied"


def test_a_statement_calling_the_claim_a_fabrication_is_its_issuers_denial(extract):
    # confirm.statement-saying: the issuer of the statement denies
    record = extract(
        "A columnist wrote on Tuesday that Foreign Minister Anna Berg had met Jan Nowak in Gdansk. The Polish foreign"
        " ministry issued a statement calling the claim a fabrication.",
        published="2025-03-14",
    )
    assert ("denied", "Polish foreign ministry") in _denials(record)


def test_a_statement_denying_the_report_is_its_issuers_denial(extract):
    # confirm.statement-saying
    record = extract(
        "A columnist wrote on Tuesday that Foreign Minister Anna Berg had met Jan Nowak in Gdansk. The Polish foreign"
        " ministry issued a statement denying the report.",
        published="2025-03-14",
    )
    assert record["events"][0]["status"] == "denied"
