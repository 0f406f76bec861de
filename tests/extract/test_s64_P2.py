"""A "he"/"she" in a reported clause after an earlier reported clause about "the" and a title (session 64, helper
P2): the one person the story named with that title, not the reporter nor a name before the description (rule
pronoun.titled-clause-subject). On sentences written for these tests (names invented)."""

PUBLISHED = "2016-09-15"

MAYOR = (
    "Mayor Tomas Vale met Governor Ivan Petrov in Tartu in June. Petrov was not available for comment on Wednesday. "
)


def parties(record: dict) -> list[list[str]]:
    """The participants' names of each event, in order."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [sorted(names[i] for i in e["participants"]) for e in record["events"]]


def test_he_after_the_mayor_in_a_reported_clause_is_the_mayor(extract):
    """ "Kask said the mayor was … and claimed that he had travelled to Riga to meet …": Vale travelled, not Kask."""
    r = extract(
        MAYOR + "Opposition leader Liis Kask said the mayor was running his own foreign policy and claimed that he "
        "had travelled to Riga to meet officials of the Latvian government.",
        published=PUBLISHED,
    )
    visit = next(p for p in parties(r) if "Latvia" in p)
    assert "Tomas Vale" in visit
    assert "Liis Kask" not in visit


def test_he_in_a_conjoined_reported_clause_is_the_envoy(extract):
    """ "Diplomats said the Qatari envoy flew to Asmara, and that he saw …": the envoy named before."""
    r = extract(
        "Foreign Minister Omar Said hosted the talks in Doha, where he sat down with the Qatari envoy, Khalid Nasser, "
        "for three hours. Diplomats said the Qatari envoy flew from Doha to Asmara on Saturday, and that he saw "
        "senior Eritrean officials there.",
        published=PUBLISHED,
    )
    trip = next(p for p in parties(r) if "Eritrea" in p)
    assert "Khalid Nasser" in trip
    assert "Omar Said" not in trip


def test_a_main_clause_he_stays_the_reporter(extract):
    """ "Kask said the mayor had lied, and he vowed to meet …": a main clause's own subject, not the mayor."""
    r = extract(
        MAYOR + "Opposition leader Tom Kask said the mayor had lied, and he vowed to meet Latvian officials in Riga "
        "on Friday.",
        published=PUBLISHED,
    )
    meeting = next(p for p in parties(r) if "Latvian officials" in p)
    assert "Tomas Vale" not in meeting


def test_a_title_two_people_hold_is_left_to_the_names(extract):
    """ "the president" after two presidents named: no one by the title, not the one named last."""
    r = extract(
        "President Ivo Kalnins met President Olaf Rand in Vilnius on Monday. Kalnins said he had seen Rand twice. "
        "An official told reporters that the president would stay in Vilnius, where he held talks with Mayor Karl "
        "Berg on Tuesday.",
        published=PUBLISHED,
    )
    talks = next(p for p in parties(r) if "Karl Berg" in p)
    assert "Olaf Rand" not in talks


def test_him_inside_the_speakers_quote_marks_is_not_the_speaker(extract):
    """'Rana said the commission "would be willing to meet him"': Xu, not Rana, whose words they are."""
    r = extract(
        "Xu Ming has left the country and has not answered a summons, spokesman Pradeep Rana said last week. Rana "
        'said the commission "would be willing to meet him in any third country" if he agreed.',
        published=PUBLISHED,
    )
    meeting = next(p for p in parties(r) if "Xu Ming" in p or "Pradeep Rana" in p)
    assert meeting == ["Xu Ming", "commission"]


def test_him_inside_quote_marks_is_the_one_the_quote_names(extract):
    """'Vale told reporters: "I have spoken to Minister Sato twice, and I expect to speak with him again"': the
    planned talk is with Sato, not with Vale himself."""
    r = extract(
        "Trade Minister Tom Vale met the press in Lima on Monday. Vale told reporters: "
        '"I have spoken to Minister Ken Sato twice, and I expect to speak with him again next week."',
        published=PUBLISHED,
    )
    names = {a["id"]: a["name"] for a in r["actors"]}
    planned = [sorted(names[i] for i in e["participants"]) for e in r["events"] if e["status"] == "planned"]
    assert planned == [["Ken Sato", "Tom Vale"]]


def test_he_outside_quote_marks_may_be_the_speaker(extract):
    """'Vale said he would meet Sato "soon"': the pronoun stands outside the quote marks, so Vale may be "he"."""
    r = extract(
        'Trade Minister Tom Vale spoke in Lima on Monday. Vale said he would meet Minister Ken Sato "very soon" '
        "to discuss the tariffs.",
        published=PUBLISHED,
    )
    meeting = next(p for p in parties(r) if "Ken Sato" in p)
    assert meeting == ["Ken Sato", "Tom Vale"]
