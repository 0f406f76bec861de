"""Round forty-one (q): what a careful reader would not call a quote: what someone wants or seeks to do ("wants to
keep the ferry"), and the turns of a programme's host, who puts the questions; tested on sentences written for these
tests (names invented)."""


def _contents(record: dict) -> list[str]:
    return [q["content"]["text"] for q in record["quotes"]]


def _speakers(record: dict) -> set[str]:
    names = {a["id"]: a["name"] for a in record["actors"]}
    return {names.get(q["speaker_actor"]) for q in record["quotes"]}


def test_wanting_seeking_and_asking_to_act_are_not_quotes(extract):
    # quote.plan-infinitive: wants, sought, expects and asked (with no one asked) name aims, not words
    record = extract(
        "Mayor Ilse Brandt wants to keep the night ferry. Councillor Tomas Weber sought to delay the vote. "
        "The harbour board has asked to see the accounts. The pilots' union expects to sign the deal on Friday.",
        published="2024-02-10",
    )
    assert record["quotes"] == []


def test_a_request_to_someone_and_a_promise_stay_quotes_beside_a_want(extract):
    # quote.plan-infinitive leaves whom she asked (a request told) and a pledge made; the want is no quote
    record = extract(
        "Mayor Ilse Brandt asked the harbour master to close the pier. Councillor Tomas Weber promised to cut the "
        "fares. The harbour board wants to sell the old tug.",
        published="2024-02-10",
    )
    assert _contents(record) == ["the harbour master to close the pier", "to cut the fares"]


HOSTED = (
    "The winter ferry in question\n\n"
    "Transcript of Tuesday's programme on Radio Split, edited for length. The programme was presented by Lena "
    "Marsh. Her guest was the harbour master, Goran Horvat.\n\n"
    "MARSH: Good evening. Will the ferry run in winter?\n\n"
    "HORVAT: It will. I met the port authority on Monday and we agreed a timetable.\n\n"
    "MARSH: And the fares?\n\n"
    "HORVAT: They stay as they are.\n"
)


def test_the_hosts_turns_are_not_quotes(extract):
    # quote.transcript-host: the presenter's turns ask; the guest's turns are his words
    record = extract(HOSTED, published="2024-02-10")
    assert _speakers(record) == {"Goran Horvat"}
    assert any(c.startswith("It will.") for c in _contents(record))


def test_a_newsreader_named_in_the_label_is_the_host(extract):
    # quote.transcript-host: "NEWSREADER (name)" names who presents; her later turns under her name ask too
    record = extract(
        "Evening news, Radio Split\n\n"
        "NEWSREADER (Lena Marsh): Good evening. The ferry talks ended today. Goran Horvat, what was agreed?\n\n"
        "HORVAT: A winter timetable. I met the port authority on Monday.\n\n"
        "MARSH: Will the fares rise?\n\n"
        "HORVAT: No, they stay as they are.\n",
        published="2024-02-10",
    )
    assert _speakers(record) == {"Goran Horvat"}


def test_someone_hosted_by_a_guest_inside_a_turn_is_no_host(extract):
    # quote.transcript-host: only the credits before the first turn name a host; "a dinner hosted by X" said in a
    # turn leaves X's own turns his words
    record = extract(
        "Harbour Hour, Radio Split. The host is Lena Marsh.\n\n"
        "MARSH: Good evening. Will the ferry run?\n\n"
        "HORVAT: It will. I went to a dinner hosted by Ivo Kos, and Kos agreed.\n\n"
        "KOS: We agreed. I met the harbour master on Monday.\n",
        published="2024-02-10",
    )
    assert "Ivo Kos" in _speakers(record)


def test_a_headline_topic_with_a_name_in_it_is_no_speaker(extract):
    # quote.headline-named: "Moss in Riga: …" names a topic, not a speaker; "Ada Moss: …" alone still speaks
    record = extract(
        "Mayor Moss in Riga: ferry deal close, port talks go on\n\n"
        "The mayor of Kemaman, Ada Moss, met the Riga port board on Monday.\n",
        published="2024-02-10",
    )
    assert record["quotes"] == []
    record = extract(
        "Ada Moss: Ferry Deal Is Dead Before It Starts\n\nThe mayor of Kemaman, Ada Moss, met the port board.\n",
        published="2024-02-10",
    )
    assert [q["speaker"]["text"] for q in record["quotes"]] == ["Ada Moss"]


def test_a_source_between_commas_closes_what_it_tells_before_the_writers_next_clause(extract):
    # quote.according-to-closes: ", and the council is looking …" is the writer's; the aside still spans words on
    # both sides when the clause goes on ("Ferries, according to the board, will run")
    record = extract(
        "Ferry traffic will double by May, according to the harbour board's projections, and the council is "
        "looking for a second berth. The night ferries, according to the board, will run until June.",
        published="2024-02-10",
    )
    assert _contents(record)[0] == "Ferry traffic will double by May"
    assert len(record["quotes"][1]["content"]["text"]) > len("will run until June")
