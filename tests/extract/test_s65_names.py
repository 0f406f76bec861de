"""Session 65: names on real text."""

from backchannel.pipeline import analysable_text
from backchannel.records import Article


def _names(record: dict, ids: list[str]) -> list[str]:
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [names[i] for i in ids]


def test_a_shared_family_name_written_first_is_the_one_named_first(extract):
    record = extract(
        "Unification Minister Park Min-ho met envoy Choe Ryong-gil at the border on Monday. Park Sun-yi, a ministry "
        "spokeswoman, gave no details. Park will see Choe again in May.",
        published="2021-03-10",
    )
    assert [a["name"] for a in record["actors"] if a["name"] == "Park"] == []
    assert sorted(_names(record, record["events"][-1]["participants"])) == ["Choe Ryong-gil", "Park Min-ho"]
    record = extract(
        "Envoys delivered a letter to leader Kim Jong Un on Wednesday. They later met Kim Yong-chol, a senior "
        "official. The same envoys had brokered the first meeting between President Donald Trump and Kim in June.",
        published="2018-09-06",
    )
    (kim,) = [a for a in record["actors"] if a["name"] == "Kim Jong Un"]
    assert "Kim" in kim["aliases"]
    assert any(set(_names(record, e["participants"])) >= {"Donald Trump", "Kim Jong Un"} for e in record["events"])


def test_a_shared_given_name_stays_no_ones_alone(extract):
    # negative: a Western name's first word is a given name, not the family name of the one named first
    record = extract(
        "Senator John Harlow met Governor John Petrakis in Albany on Monday. John, a driver, waited outside.",
        published="2021-03-10",
    )
    harlow = [a for a in record["actors"] if a["name"] == "John Harlow"]
    assert harlow and "John" not in harlow[0]["aliases"]


def test_a_titled_hyphened_name_the_parse_made_a_modifier_is_the_subject(extract):
    for text in (
        "Unification Minister Park Min-ho met envoy Choe Ryong-gil at the border on Monday.",
        "Trade Minister Yoo Myung-hee met her Japanese counterpart in Seoul on Tuesday.",
    ):
        record = extract(text, published="2021-03-10")
        (meeting,) = record["events"]
        names = _names(record, meeting["participants"])
        assert names[0] in ("Park Min-ho", "Yoo Myung-hee")


def test_a_colon_dateline_is_no_party(extract):
    record = extract("AL-MUKALLA: Yemeni officials met Omani envoys in the port on Saturday.", published="2023-06-18")
    assert all("MUKALLA" not in a["name"].upper() for a in record["actors"])
    (meeting,) = record["events"]
    assert _names(record, meeting["participants"])[0] == "Yemeni officials"


def test_a_transcripts_labels_are_no_dateline(extract):
    # negative: turns of a transcript open with a name in capitals and a colon, a town's name too
    record = extract(
        "KUMASI: Did the ministers meet in Lima?\n\nMOYO: They met on Friday, yes.\n\nKUMASI: Thank you.",
        published="2023-06-18",
    )
    assert "KUMASI" in {(q["speaker"] or {}).get("text") for q in record["quotes"]}


def test_each_sides_delegation_is_one(extract):
    record = extract("The Hamas and Fatah delegations met in Cairo on Monday.", published="2023-06-18")
    (meeting,) = record["events"]
    assert _names(record, meeting["participants"]) == ["Hamas delegation", "Fatah delegation"]


def test_the_government_of_a_state_is_the_state_known_by_that_name(extract):
    record = extract("The government of Mauritius will resume talks with Seychelles on Monday.", published="2021-03-10")
    (mauritius,) = [a for a in record["actors"] if a["name"] == "Mauritius"]
    assert "government of Mauritius" in mauritius["aliases"]
    (talks,) = record["events"]
    assert mauritius["id"] in talks["participants"]


def test_a_state_named_otherwise_gets_no_government_name(extract):
    # negative: only the words before the state's name that name its government make the alias
    record = extract("The president of Mauritius will hold talks with Seychelles on Monday.", published="2021-03-10")
    assert all(not any(x.startswith("government") for x in a["aliases"]) for a in record["actors"])


def test_the_bare_government_of_a_story_filed_from_a_capital_is_that_states(extract):
    record = extract(
        "LUSAKA — The government said on Monday it had held talks with the striking miners' union in Kitwe.",
        published="2021-03-10",
        outlet="The Zambia Courier",
    )
    (government,) = [a for a in record["actors"] if "government" in a["name"]]
    assert (government["name"], government["country"]) == ("Zambian government", "ZMB")
    (talks,) = record["events"]
    assert government["id"] in talks["participants"]


def test_the_bare_government_stays_so_beside_another_states(extract):
    # negative: a story from Lusaka that names the Malawian government may mean it by "the government"
    record = extract(
        "LUSAKA — The Malawian government said on Monday that the government had held talks with Zambian traders.",
        published="2021-03-10",
        outlet="The Zambia Courier",
    )
    assert not any(a["name"] == "Zambian government" for a in record["actors"])


def test_the_government_in_a_capital_is_that_capitals_states(extract):
    record = extract(
        "SÃO PAULO — Envoys agreed to hold new talks between the government in Caracas and opposition leaders in "
        "Barbados in September.",
        published="2019-05-01",
    )
    names = {a["name"] for a in record["actors"]}
    assert "Venezuelan government" in names and "Brazilian government" not in names


def test_one_word_after_forms_of_address_is_a_person(extract):
    for text, pair in (
        ("Mr Dlamini met Mr Okonkwo in Pretoria on Monday.", ["Dlamini", "Okonkwo"]),
        ("Lt. Col. Tarkan met Lt. Col. Bazhenov at the border crossing on Monday.", ["Tarkan", "Bazhenov"]),
    ):
        record = extract(text, published="2019-05-01")
        assert all(a["kind"] == "person" for a in record["actors"])
        (meeting,) = record["events"]
        assert _names(record, meeting["participants"]) == pair


def test_a_longer_or_hyphened_name_after_a_short_title_is_read_whole(extract):
    # negative: the one-word reading never cuts a name of two words or a hyphened one
    record = extract("Rep. Ocasio-Cortez met Sen. Elizabeth Warren on Monday.", published="2019-05-01")
    names = {a["name"] for a in record["actors"]}
    assert names == {"Ocasio-Cortez", "Elizabeth Warren"}


def test_a_speaker_telling_of_what_he_did_is_no_party(extract):
    record = extract(
        "Amina Odhiambo, 41, waits at the camp gate. Mrs Odhiambo's husband works at a copper mine. He telephoned "
        "the Red Cross on Monday, she said.",
        published="2000-03-08",
    )
    names = {a["id"]: a["name"] for a in record["actors"]}
    assert not any("Amina Odhiambo" in [names[p] for p in e["participants"]] for e in record["events"])


def test_a_speaker_telling_of_her_own_call_is_a_party(extract):
    # negative: the speaker's own sex leaves party.speaker as it was
    record = extract(
        "Amina Odhiambo, 41, waits at the camp gate. She telephoned the Red Cross on Monday, she said.",
        published="2000-03-08",
    )
    names = {a["id"]: a["name"] for a in record["actors"]}
    assert any("Amina Odhiambo" in [names[p] for p in e["participants"]] for e in record["events"])


def test_a_document_sent_by_someones_aide_speaks_as_the_aides(extract):
    record = extract(
        "The envoys had a frank exchange, according to an e-mail sent to reporters by one of Mr Kowalczyk's aides.\n"
        '"They covered the pipeline and visas," the e-mail said.\n',
        published="2019-05-01",
    )
    names = {a["id"]: a["name"] for a in record["actors"]}
    assert {names.get(q["speaker_actor"]) for q in record["quotes"]} == {"Kowalczyk's aides"}


def test_a_wires_bare_government_keeps_its_plain_name(extract):
    # negative: a wire filed from London may be writing of any state's government
    record = extract(
        "LONDON (Reuters) - Iran's foreign minister said on Monday the government would hold talks with the IAEA.",
        published="2021-03-10",
        outlet="Reuters",
    )
    assert not any(a["name"] == "British government" for a in record["actors"])


def test_a_transcripts_first_speaker_before_questions_stays():
    # negative: a transcript with Q: and A: lines opens with its first speaker, not a dateline
    text = "KUMASI: I met the governor on Monday.\n\nQ: Did you discuss the budget?\n\nA: We did."
    assert analysable_text(Article(text=text)).startswith("KUMASI:")
    assert analysable_text(Article(text=text.split("\n\n")[0])).strip().startswith("I met")


def test_a_drink_after_a_is_no_person(extract):
    record = extract("The minister drank a Dr Pepper before he met the envoy on Monday.", published="2019-05-01")
    assert not any(a["name"] == "Pepper" for a in record["actors"])


def test_a_group_named_as_a_states_is_of_that_state(extract):
    record = extract(
        "Kenya's envoys met Somali officials on Monday. Beijing's top negotiator met them on Tuesday.",
        published="2019-05-01",
    )
    countries = {a["name"]: a["country"] for a in record["actors"]}
    assert countries["Kenya's envoys"] == "KEN"
    assert any(country == "CHN" for name, country in countries.items() if "negotiator" in name)


def test_a_group_named_as_a_persons_has_no_state_by_it(extract):
    # negative: the possessor must be a state or its capital
    record = extract("Ruiz's aides met Somali officials on Monday.", published="2019-05-01")
    assert {a["name"]: a["country"] for a in record["actors"]}["Ruiz's aides"] is None
