"""Round forty-two (s): who speaks a participle or infinitive the parse hangs on another verb: a fronted "Having
said …", a passive "is expected to …", "aside from stating …", a remark or a share of an occasion used "to say
…", and "“…,” said X, explaining …" with X read as an adverb; tested on sentences written for these tests
(names invented)."""

from tests.conftest import quote_with, speaker_name


def test_a_fronted_perfect_participle_is_the_main_subjects(extract):
    # speaker.having-done
    record = extract("Having announced that the ferry would stop in May, Mayor Ines Calloway left the hall.")
    quote = quote_with(record, "the ferry would stop in May")
    assert quote["speaker"]["text"] == "Mayor Ines Calloway"
    assert speaker_name(record, quote) == "Ines Calloway"


def test_an_infinitive_on_a_passive_is_its_subjects_not_the_agents(extract):
    # speaker.passive-raised: the board forced her, the mayor admits
    record = extract("Mayor Ines Calloway was forced by the harbour board to admit that the ferry fares would rise.")
    quote = quote_with(record, "the ferry fares would rise")
    assert (quote["cue"]["text"], quote["speaker"]["text"]) == ("to admit", "Mayor Ines Calloway")


def test_expected_to_argue_is_the_papers(extract):
    # speaker.passive-raised
    record = extract("The Daily Ledger is expected to argue that the harbour levy is unfair.")
    (quote,) = [q for q in record["quotes"] if q["cue"]["text"] == "to argue"]
    assert quote["speaker"]["text"] == "The Daily Ledger"


def test_aside_from_stating_is_the_clause_subjects(extract):
    # speaker.preposition-past-gerund: "aside from" hangs on "cutting", which has no subject of its own
    record = extract(
        "Mayor Ines Calloway has offered few ideas for cutting fares aside from stating that the ferry must be saved."
    )
    quote = quote_with(record, "the ferry must be saved")
    assert quote["speaker"]["text"] == "Mayor Ines Calloway"


def test_a_share_of_an_occasion_does_not_speak(extract):
    # speaker.share-of-occasion
    record = extract("Mayor Ines Calloway used much of her time to criticize the harbour board for the fares.")
    quote = quote_with(record, "the harbour board")
    assert quote["speaker"]["text"] == "Mayor Ines Calloway"


def test_a_remark_used_to_urge_does_not_speak(extract):
    # speaker.remark-as-means
    record = extract("The harbour union used the comments to urge members to vote against the fares.")
    quote = quote_with(record, "members to vote against the fares")
    assert quote["speaker"]["text"] == "The harbour union"


def test_participle_after_said_and_a_name_read_as_an_adverb(extract):
    # speaker.inverted-before-participle
    record = extract("“The pier is safe,” said Skelly, explaining that he had inspected it.")
    quote = quote_with(record, "he had inspected it")
    assert quote["speaker"]["text"] == "Skelly"
