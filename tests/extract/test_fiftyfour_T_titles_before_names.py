"""Round fifty-four (T): a title written before a person's name is the person's, whole, whatever the parse made of
the words between: after a comma that no second comma closes ("Malian President, X held talks", rule
actor.title-before-open-name), past a style of address ("the Minister of Labour, the Hon. X", rule
actor.styled-the), as two offices joined by "and" ("Deputy Prime Minister and Minister of Foreign Affairs, X",
rule actor.joined-title-apposed), with a state's formal name ("President of the Slovak Republic X", rule
actor.brief-article) or a brief after "of State" ("Minister of State for Foreign Affairs X", rule
actor.brief-after-office), and with "Vice-" kept ("X, Vice-Minister of Trade", rule actor.hyphened-qualifier).
Tested on sentences written for these tests (names invented)."""


def _titles(record: dict, name: str) -> list[str]:
    return next((a["titles"] for a in record["actors"] if a["name"] == name), [])


def test_an_open_apposition_after_a_bare_title(extract):
    record = extract("Premier Lindqvist and Malian President, Oumar Traoré Keita have exchanged views on the border.")
    assert _titles(record, "Oumar Traoré Keita") == ["Malian President"]


def test_an_open_apposition_before_and(extract):
    record = extract("Guests included the Japanese Ambassador to Kenya, Hiroshi Tanabe and the Tunisian envoy.")
    assert "Japanese Ambassador to Kenya" in _titles(record, "Hiroshi Tanabe")


def test_an_open_apposition_after_a_style_of_address(extract):
    record = extract("The Minister of Water and Irrigation, Dr. Karim Haddadin received the Syrian envoy on Monday.")
    assert _titles(record, "Karim Haddadin") == ["Minister of Water and Irrigation"]


def test_no_title_from_a_phrase_opening_the_sentence(extract):
    record = extract("After meeting the minister, Ana Ruiz Soto said the talks went well.")
    assert _titles(record, "Ana Ruiz Soto") == []


def test_no_title_from_an_according_to_phrase(extract):
    record = extract("Last year, according to the official, Tomas Vinter had spoken by telephone with the envoy.")
    assert _titles(record, "Tomas Vinter") == []


def test_no_title_when_the_name_says_the_words(extract):
    record = extract("The minister, Ana Ruiz said, had left the capital.")
    assert _titles(record, "Ana Ruiz") == []


def test_the_before_a_style_of_address(extract):
    record = extract("He met the Minister of Labour, the Hon. Peter Mwangale, on Friday.")
    assert _titles(record, "Peter Mwangale") == ["Minister of Labour"]


def test_two_offices_joined_by_and_before_the_comma(extract):
    record = extract("He came as the guest of Deputy Prime Minister and Minister of Foreign Affairs, Teodor Lenz.")
    assert _titles(record, "Teodor Lenz") == ["Deputy Prime Minister and Minister of Foreign Affairs"]


def test_a_second_title_with_its_own_determiner_is_another_persons(extract):
    record = extract("He met the minister and his deputy, Teodor Lenz, on Monday.")
    assert _titles(record, "Teodor Lenz") == ["deputy"]


def test_a_state_formal_name_in_the_brief(extract):
    record = extract("President of the Slovak Republic Marek Hollan received a delegation on Monday.")
    assert _titles(record, "Marek Hollan") == ["President of the Slovak Republic"]


def test_a_nested_brief_with_a_state_name(extract):
    record = extract("The delegation met the Minister of Energy of the Kyrgyz Republic Ivan Petrenko in Bishkek.")
    assert _titles(record, "Ivan Petrenko") == ["Minister of Energy of the Kyrgyz Republic"]


def test_a_brief_after_of_state(extract):
    record = extract("Minister of State for Foreign Affairs Karim bin Saeed met the envoy.")
    assert _titles(record, "Karim bin Saeed") == ["Minister of State for Foreign Affairs"]


def test_no_brief_after_a_bare_title_for(extract):
    record = extract("She campaigned for Education Secretary Lena Moro in the spring.")
    assert "Education Secretary" in _titles(record, "Lena Moro")


def test_vice_kept_in_an_apposed_title(extract):
    record = extract("The delegation was headed by Comrade Li Wenbo, Vice-Minister of Trade, which arrived yesterday.")
    assert _titles(record, "Li Wenbo") == ["Vice-Minister of Trade"]


def test_a_title_compound_after_a_name_still_titles(extract):
    record = extract("He met the chief executive, Ada Mossman, on Monday.")
    assert _titles(record, "Ada Mossman") == ["chief executive"]


def test_a_bodys_initials_between_title_and_name(extract):
    record = extract("Khan has sought to meet with Chief of Army Staff (COAS) Gen Tariq Mahmood, the party said.")
    assert _titles(record, "Tariq Mahmood") == ["Chief of Army Staff (COAS)"]


def test_a_hyphened_title_before_a_body_and_its_initials(extract):
    record = extract(
        "The talks with the Secretary-General of the National Labour Union (NLU) Karim Mansouri took place on Saturday."
    )
    assert _titles(record, "Karim Mansouri") == ["Secretary-General of the National Labour Union (NLU)"]


def test_a_datelines_agency_is_no_title(extract):
    record = extract("LONDON (AP) Prime Minister Jane Dorrit met the envoy.")
    assert _titles(record, "Jane Dorrit") == ["Prime Minister"]


def test_a_subject_title_before_a_name_that_speaks(extract):
    record = extract("Head of the right-of-centre Unity Party, Omar El-Amin Semeda said the talks would continue.")
    assert _titles(record, "Omar El-Amin Semeda") == ["Head of the right-of-centre Unity Party"]


def test_no_title_for_a_speaker_after_an_object(extract):
    record = extract("He met the minister, Ana Ruiz said on Monday.")
    assert _titles(record, "Ana Ruiz") == []


def test_a_hyphened_title_the_lexicon_does_not_know_whole(extract):
    record = extract("The delegation met with the Daily Star's Editor-in-Chief, Tavita Sione Malua, and the editors.")
    assert _titles(record, "Tavita Sione Malua") == ["Editor-in-Chief"]


def test_no_title_from_the_object_of_anothers_phrase(extract):
    record = extract("Counsel for the defence, Maître Nagib Rizkalla, said in his opening statement that it was weak.")
    assert _titles(record, "Nagib Rizkalla") == []


def test_vice_kept_before_a_comma_and_name(extract):
    record = extract(
        "She raised the arrests with Chile's vice-minister for foreign affairs, Diego Larrain Ossa, when she "
        "travelled to Santiago."
    )
    assert _titles(record, "Diego Larrain Ossa") == ["vice-minister for foreign affairs"]


def test_a_qualifier_before_an_office_with_a_brief(extract):
    record = extract("Assistant Secretary of State for African Affairs Mary Phelan met the envoy.")
    assert "Assistant Secretary of State for African Affairs" in _titles(record, "Mary Phelan")
