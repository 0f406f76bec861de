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


def _speakers(record: dict) -> list[str | None]:
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [names.get(q["speaker_actor"]) for q in record["quotes"]]


def test_the_subject_after_but_speaks_where_the_parse_folded_the_clause_before(extract):
    record = extract(
        "Fighting eased when the rainy season set in but farmers said on Sunday that rebels had attacked the bridge "
        "again.",
        published="2019-03-10",
    )
    assert _speakers(record) == ["farmers"]
    record = extract(
        "Fighting died down when the rainy season set in but monitors said on Friday that troops had shelled the "
        "border town.",
        published="2019-03-10",
    )
    assert _speakers(record) == ["monitors"]


def test_but_inside_the_subject_is_left_alone(extract):
    # negative: "but" inside a relative clause of the subject joins two verbs, not two subjects
    record = extract("The storm that hit the coast but spared the port, officials said, was the worst in years.")
    assert _speakers(record) == ["officials"]
