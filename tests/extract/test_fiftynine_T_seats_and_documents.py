"""Round fifty-nine (helper T): a speaker given by a seat in a body, and "it" after a document that spoke.

"said the Presidency member" after "Presidency member X" and "the Turkish parliamentarian pointed out" after "Head of
the Foreign Relations Committee of the Grand National Assembly of Turkey X" were left as bare descriptions (a
member is a source noun, a parliamentarian no title noun); "“…,” the statement reads. It further explained …" gave
"it" to a body named inside the quoted words, not to whoever issued the statement. Sentences written for these
tests (names invented)."""

from tests.conftest import quote_with, speaker_name


def test_the_council_member_is_the_member_named_before(extract):
    # speaker.seat-holder: the person whose title has the seat noun
    record = extract(
        "Talks in Rome went well, according to Ruritania Council member Anton Belic, who returned on Tuesday.\n\n"
        '"I expect more meetings with all our neighbours," said the Council member.'
    )
    assert speaker_name(record, quote_with(record, "more meetings")) == "Anton Belic"


def test_the_national_parliamentarian_is_the_legislator_named_before(extract):
    # speaker.seat-holder: a legislator's seat, of the state the description gives, whose title names a legislature
    record = extract(
        "President Ivo Marek received a delegation led by Head of the Budget Committee of the National Assembly of "
        "Kenya Tomas Verin.\n\n"
        "Tomas Verin noted that he was in the capital for a forum.\n\n"
        "The Kenyan parliamentarian pointed out that the year will feature several anniversaries."
    )
    assert speaker_name(record, quote_with(record, "several anniversaries")) == "Tomas Verin"


def test_a_member_stays_unnamed(extract):
    # negative: "a member of the council" is an unnamed source, not the member named before
    record = extract(
        "Ruritania Council member Anton Belic returned on Tuesday.\n\n"
        "A member of the council said the budget would be cut."
    )
    assert speaker_name(record, quote_with(record, "budget would be cut")) != "Anton Belic"


def test_it_after_a_statement_is_its_issuer(extract):
    # pronoun.it-document: the statement spoke last, not the bureau named inside its quoted words
    record = extract(
        "Press officer in the Office of the Governor, Tomas Reval said this in a statement on Monday.\n\n"
        '"The Bureau insists that the trip was private," the statement reads.\n\n'
        "It further explained that the governor paid for the flights himself.\n\n"
        "It went on to say that no official met him."
    )
    assert speaker_name(record, quote_with(record, "paid for the flights")) == "Tomas Reval"
    assert speaker_name(record, quote_with(record, "no official met him")) == "Tomas Reval"


def test_it_after_a_body_is_still_the_body(extract):
    # negative: with no document speaking, "it" is the body that spoke
    record = extract(
        "The Harbour Authority closed the north pier on Monday, its director Ana Ruiz said.\n\n"
        "The Harbour Authority said the pilings had rotted. It added that repairs would take a month."
    )
    assert speaker_name(record, quote_with(record, "repairs would take")) == "Harbour Authority"
