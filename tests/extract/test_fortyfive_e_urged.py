"""Round forty-five (e): a contact others are urged to hold is a call for talks, no contact; tested on sentences
written for these tests (names invented)."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "In parliament, deputy Ivan Petrov urged the government to open direct talks with Transneft.",
        "Senator Karim Nassar has called on the government to hold open talks with Damascus.",
        "Senator Lena Holm urged the government to talk to Beijing and Canberra in the open.",
    ],
)
def test_others_urged_to_hold_talks_is_no_contact(extract, text):
    # contact.urged-others; one who asks for a meeting of his own still asks for one (status.requested)
    assert extract(text, published="2024-06-03")["events"] == []
    own = extract(
        "The minister, Ana Ruiz, asked Mr Berg to arrange a meeting with Colonel Ivo Tamm.", published="2024-06-03"
    )
    assert [e["status"] for e in own["events"]] == ["hypothetical"]
