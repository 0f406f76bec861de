"""Quotes and speakers from round thirty-seven (helper a): the causes of missed quotes and wrong speakers on the
blind36 articles (c366-c377), tested on sentences written for these tests."""

from tests.extract.test_thirtyone import speakers


def parts(record: dict) -> list[list[str]]:
    """Each quote's content as the pieces a reader may take apart (the whole text when it has no parts)."""
    out = []
    for q in record["quotes"]:
        content = q["content"]
        pieces = content.get("parts") or [content]
        whole = content["text"]
        out.append([whole[p["start"] - content["start"] : p["end"] - content["start"]] for p in pieces])
    return out


def test_a_pair_of_that_clauses_is_kept_as_two_parts(extract):
    # quote.that-clause-pair: "said A and that B" is two statements, cut at the joint
    record = extract(
        "The harbour master said the pier had been repaired and that the ferry would sail again on Friday."
    )
    assert parts(record) == [["the pier had been repaired", "and that the ferry would sail again on Friday"]], parts(
        record
    )


def test_a_pair_joined_by_but_that_with_quoted_words(extract):
    record = extract(
        'The coach told reporters that the team had trained "harder than ever", but that two players were still '
        "injured."
    )
    assert parts(record) == [
        ['that the team had trained "harder than ever"', "but that two players were still injured"]
    ], parts(record)


def test_one_that_clause_stays_whole(extract):
    record = extract("The harbour master said that the pier and the slipway had been repaired.")
    assert parts(record) == [["that the pier and the slipway had been repaired"]], parts(record)


def test_a_body_named_only_by_what_it_is_speaks_as_itself(extract):
    # speaker.as-described: not no one
    record = extract(
        "The two bishops met at the abbey on Sunday. The chancery in the old town said only that the bishop sees "
        "many visitors."
    )
    assert speakers(record) == {"only that the bishop sees many visitors": "chancery in the old town"}, speakers(record)


def test_an_unsigned_statement_speaks_as_itself(extract):
    record = extract('A statement read over the radio last night said the session had "removed obstacles".')
    assert speakers(record) == {'the session had "removed obstacles"': "statement"}, speakers(record)


def test_a_quoted_pseudonym_is_a_name_not_a_quote(extract):
    # quote.quoted-pseudonym and speaker.pseudonym-given: 'posting as "Blue_Kite"'
    record = extract(
        'Readers were divided. Another, posting as "Blue_Kite", replied: "They are at least in the same room."'
    )
    assert speakers(record) == {'"They are at least in the same room."': "Blue_Kite"}, speakers(record)


def test_a_name_given_in_a_relative_clause(extract):
    # speaker.pseudonym-given: "who gave his name only as …"
    record = extract(
        "The page drew hundreds of comments. Another, who gave his name only as Tomas from Kaunas, disagreed: "
        '"We pay for all of it."'
    )
    assert speakers(record) == {'"We pay for all of it."': "Tomas from Kaunas"}, speakers(record)


def test_according_to_before_a_quoted_passage_tells_only_the_passage(extract):
    # quote.according-to-quoted: the words before the aside are the writer's
    record = extract(
        "The old ferryman spent his last years on the island, mending nets and, according to his daughter, "
        '"talking to the gulls".'
    )
    assert speakers(record) == {'"talking to the gulls"': "his daughter"}, speakers(record)
    assert [q["kind"] for q in record["quotes"]] == ["mixed"]  # a partial quote, in the writer's sentence


def test_a_title_in_no_word_list_is_the_person_given_it(extract):
    # speaker.title-given-before
    record = extract(
        "The archimandrite Kallistos Doukas of Geneva attended. The archimandrite later announced that the talks "
        "would go on."
    )
    assert speakers(record) == {"that the talks would go on": "Kallistos Doukas"}, speakers(record)
