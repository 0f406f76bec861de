"""Merging contact mentions into events (session 64, helper MG): a contact told again without names is the last one
told at its stage only if its mode can be that one's (rule merge.unnamed-other-mode). On sentences written for these
tests (names invented). A contact noun told as a further one ("further talks with X") with its parties named is
another contact, never the one told before (rule merge.further-named)."""

PUBLISHED = "2016-09-15"


def evidence(record: dict) -> list[list[str]]:
    """The evidence sentences of each event, in order."""
    return [[s["text"] for s in e["evidence"]] for e in record["events"]]


def test_unnamed_call_is_not_the_meeting_told_before(extract):
    """ "… a telephone call had also taken place" after a meeting: a call, not the meeting told again."""
    r = extract(
        "President Ana Ruiz met Chancellor Greta Lind in Berlin on Monday. "
        "Officials said a telephone call had also taken place.",
        published=PUBLISHED,
    )
    assert [e["mode"] for e in r["events"]] == ["meeting"]
    assert not any("telephone" in s for ev in evidence(r) for s in ev)


def test_unnamed_call_retells_the_call_told_before(extract):
    """A call told again without names after a call joins it (negative: only a face-to-face contact is refused)."""
    r = extract(
        "President Ana Ruiz spoke by telephone with Chancellor Greta Lind on Monday. "
        "Officials said a telephone call had also taken place.",
        published=PUBLISHED,
    )
    assert len(r["events"]) == 1
    assert len(r["events"][0]["evidence"]) == 2


def test_unnamed_conversation_still_retells_the_meeting(extract):
    """ "a long conversation" says nothing of how: it still retells the meeting (negative)."""
    r = extract(
        "President Ana Ruiz met Chancellor Greta Lind in Berlin on Monday. "
        "Officials said a long conversation had taken place.",
        published=PUBLISHED,
    )
    assert len(r["events"]) == 1
    assert len(r["events"][0]["evidence"]) == 2


def test_unnamed_discussion_retells_a_call(extract):
    """ "the discussion had been frank" after a call: the call told again (negative)."""
    r = extract(
        "President Ana Ruiz spoke by telephone with Chancellor Greta Lind on Monday. "
        "Officials said the discussion had been frank.",
        published=PUBLISHED,
    )
    assert [e["mode"] for e in r["events"]] == ["phone"]
    assert len(r["events"][0]["evidence"]) == 2


BRANDT_MET = "Envoy Carl Brandt held talks with President Ivo Marek in Varna on Saturday. "


def test_further_talks_with_the_same_person_are_another_contact(extract):
    """ "During further talks with Marek …" after Saturday's talks with him: a further contact (merge.further-named)."""
    r = extract(BRANDT_MET + "During further talks with Marek, Brandt raised the border.", published=PUBLISHED)
    assert len(r["events"]) == 2


def test_more_talks_with_the_same_person_are_another_contact(extract):
    """ "In more talks with Marek …": "more" marks a further contact too."""
    r = extract(BRANDT_MET + "In more talks with Marek, Brandt raised the border.", published=PUBLISHED)
    assert len(r["events"]) == 2


def test_a_new_round_of_talks_with_the_same_person_is_another_contact(extract):
    """ "held a new round of talks with Marek": the counting noun carries the word."""
    r = extract(BRANDT_MET + "Brandt also held a new round of talks with Marek, officials said.", published=PUBLISHED)
    assert len(r["events"]) == 2


def test_the_second_meeting_between_them_points_back(extract):
    """ "The second meeting between Brandt and Marek" after their second meeting is told: the same one (negative)."""
    r = extract(
        "Envoy Carl Brandt and President Ivo Marek held a second meeting in Varna on Saturday. "
        "The second meeting between Brandt and Marek lasted two hours.",
        published=PUBLISHED,
    )
    assert len(r["events"]) == 1


def test_talks_retold_without_a_further_word_join(extract):
    """ "During the talks with Marek …" retells Saturday's talks (negative)."""
    r = extract(BRANDT_MET + "During the talks with Marek, Brandt raised the border.", published=PUBLISHED)
    assert len(r["events"]) == 1
