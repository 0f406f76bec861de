"""Session 65: descriptions resolved to the right person, and clean names of unnamed speakers."""


def _speaker(record: dict, quote: dict) -> dict:
    return next(a for a in record["actors"] if a["id"] == quote["speaker_actor"])


def test_a_leading_quantifier_is_no_part_of_an_unnamed_speakers_name(extract):
    record = extract(
        "Harbour workers met the port board on Monday. One harbour source said: 'The board will not move.' "
        "Other port officials said the pier would reopen in May. Several dockers said the talks had failed.",
        published="2021-03-10",
    )
    names = [_speaker(record, q)["name"] for q in record["quotes"]]
    assert names == ["harbour source", "port officials", "dockers"]
    source = _speaker(record, record["quotes"][0])
    assert "One harbour source" in source["aliases"]


def test_another_source_stays_another_and_a_number_stays(extract):
    # negative: "another" drops from the name, not from who it is; a counted group keeps its number
    record = extract(
        "A diplomat said the talks were over. Another diplomat said the talks would go on. "
        "Two officials said the port was shut.",
        published="2021-03-10",
    )
    first, second, third = (_speaker(record, q) for q in record["quotes"])
    assert first["name"] == second["name"] == "diplomat"
    assert first["id"] != second["id"]
    assert third["name"] == "Two officials"


def test_a_lone_quantifier_or_a_partitive_keeps_its_words(extract):
    # negative: "Other ministers" without a kind after the word, and "one of the …", are left alone
    record = extract(
        "Some ministers backed the plan. Others said it would fail. One of the ministers said it was too late.",
        published="2021-03-10",
    )
    names = {_speaker(record, q)["name"] for q in record["quotes"] if q.get("speaker_actor")}
    assert "said" not in " ".join(names)
    assert not any(n in ("of the ministers", "") for n in names)


def test_an_office_of_one_body_is_not_its_holder_in_another(extract):
    record = extract(
        "The speaker of the Vellish Assembly is visiting Chile and the Chilean Senate this week. "
        '"You are most welcome," the speaker of the Senate, Amos Terrel, told his guest.',
        published="2021-03-10",
    )
    (visit,) = [e for e in record["events"] if e["mode"] == "visit"]
    names = {a["id"]: a["name"] for a in record["actors"]}
    assert "Amos Terrel" not in [names[i] for i in visit["participants"]]


def test_an_office_of_the_same_body_is_its_holder(extract):
    # negative: the of-phrase names the body the holder's title names
    record = extract(
        "The speaker of the Senate is visiting Chile this week. "
        '"You are most welcome," the speaker of the Senate, Amos Terrel, told the press.',
        published="2021-03-10",
    )
    (visit,) = [e for e in record["events"] if e["mode"] == "visit"]
    names = {a["id"]: a["name"] for a in record["actors"]}
    assert "Amos Terrel" in [names[i] for i in visit["participants"]]


def test_a_holder_titled_without_a_body_is_not_sure_once_bodies_are_told_apart(extract):
    # negative: "Governor" alone may be the governor of any province, once a governor of another one is named
    record = extract(
        "Minister Ana Ruiz received a delegation led by Governor Mr. Ivo Sann on Tuesday. The Governor of Arlen "
        "province, Mr. Tomas Vell, held a telephone conversation on Wednesday with the Governor of Brisk province.",
        published="2021-03-10",
    )
    names = {a["id"]: a["name"] for a in record["actors"]}
    for event in record["events"]:
        if event["mode"] == "phone":
            assert "Ivo Sann" not in [names[i] for i in event["participants"]]
