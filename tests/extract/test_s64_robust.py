"""Session 64: slips of the tagger that must not become actors."""


def test_a_full_stop_read_as_a_name_is_no_party(extract):
    record = extract(
        "Their trips follow a two-day visit from last Monday to North Korea where the envoys held talks and a dinner "
        "with leader Kim Jong-un.\n",  # the slip comes with the line's end
        published="2018-03-12",
    )
    assert all(any(ch.isalnum() for ch in a["name"]) for a in record["actors"])
    names = {a["id"]: a["name"] for a in record["actors"]}
    (visit,) = record["events"]
    assert [names[p] for p in visit["participants"]] == ["North Korea", "Kim Jong-un"]
