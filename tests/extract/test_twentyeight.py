"""Quotes and contacts from round twenty-eight: constructions found by error analysis (PolNeAR train, the
blind27 articles once held out); tested on sentences written for these tests."""

import pytest


def contents(record: dict) -> list[str]:
    return [q["content"]["text"] for q in record["quotes"]]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The plan could win traditionally rural, though mostly poor, counties in the north, the organiser said.",
            "The plan could win traditionally rural, though mostly poor, counties in the north",
        ),
        (
            "Ferries may sail again, if the weather, which has been wild all week, allows it by Friday, Moss said.",
            "Ferries may sail again, if the weather, which has been wild all week, allows it by Friday",
        ),
    ],
)
def test_content_before_a_trailing_attribution_runs_to_its_comma(extract, sentence, content):
    # quote.reported-up-to-comma
    assert content in contents(extract(sentence))


def test_past_perfect_predicates_after_a_reported_clause_go_on_with_it(extract):
    # quote.backshifted-predicate, the parser hanging the second predicate on the reporting verb
    record = extract(
        "A lawyer for the harbour board said the audit had nothing to do with the ferry, had begun after the "
        "chairman left office and been closed in May 2015."
    )
    assert any(c.endswith("been closed in May 2015") for c in contents(record)), contents(record)


def test_an_alternative_predicate_is_reported_too(extract):
    record = extract(
        "About one in four voters say they would either stay home or are undecided about whom they would back."
    )
    assert "they would either stay home or are undecided about whom they would back" in contents(record)


def test_the_speakers_next_act_is_still_cut_off(extract):
    # quote.second-predicate still holds for "and"
    record = extract("The harbour master denied that the pier is unsafe and blamed the storm for the cracks.")
    assert "that the pier is unsafe" in contents(record)


def confirmations(record: dict) -> list[tuple[str, str]]:
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [(c["status"], names.get(c.get("by"), "")) for e in record["events"] for c in e["confirmations"]]


CALL = "Foreign Minister Erik Sundby spoke by phone with Prime Minister Awa Diallo of Senegal on Monday. "


@pytest.mark.parametrize(
    ("after", "by"),
    [
        ('Diallo\'s spokesman called it "constructive".', "Awa Diallo's spokesman"),
        ("Diallo later described it as frank and useful.", "Awa Diallo"),
    ],
)
def test_a_side_that_characterises_the_contact_confirms_it(extract, after, by):
    # confirm.side-describes
    assert ("confirmed", by) in confirmations(extract(CALL + after, published="2024-05-10"))


@pytest.mark.parametrize(
    "after",
    [
        "Analysts described it as a failure.",  # not a side
        "Diallo's office declined to describe it as a breakthrough.",  # declined
        "Diallo's spokesman called it a fabrication.",  # a verdict of falsity
    ],
)
def test_no_confirmation_from_others_or_declined_or_false_characters(extract, after):
    assert not [c for c in confirmations(extract(CALL + after, published="2024-05-10")) if c[0] == "confirmed"]


def test_the_following_day_misparsed_as_the_root_still_dates_the_clause(extract):
    # date.relative-to-story
    record = extract(
        "Minister Sara Lind held talks in Rabat on Monday with Foreign Minister Youssef Amrani. The following day "
        "Lind flew to Tunis, where she met Prime Minister Leila Ben Salah.",
        published="2024-05-10",
    )
    dates = {(e["date"] or {}).get("value") for e in record["events"]}
    assert dates == {"2024-05-06", "2024-05-07"}
