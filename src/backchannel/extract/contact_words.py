"""The words that tell of contacts, and of their status, in English news.

Facts about usage, written for this project: which verbs and nouns name a
meeting, visit or call, which heads make a contact planned, refused or only
reported, and which objects make a verb figurative ("met the demands").
"""

from __future__ import annotations

HOST_VERBS = {"host", "receive", "welcome"}
TRAVEL_VERBS = set("travel fly go come arrive tour return head".split())
"""Verbs of going somewhere: "travelled to Oslo", "flew to Moscow to meet X"."""
MEET_VERBS = {"meet", "confer", "consult", "negotiate", "talk", "speak", "discuss", "huddle"}
SITTING_VERBS = {"sit"}
"""Verbs that tell a meeting with "down with": "sat down with X"."""
PHONE_VERBS = {"call", "phone", "telephone", "ring", "dial"}
HOLDING_VERBS = set(
    """hold have attend host join begin resume continue open conclude start conduct convene chair wrap launch
    restart reopen prepare plan schedule arrange organise organize seek propose agree make pay place take
    maintain keep discuss exchange review address raise receive bring end complete finish""".split()
)
"""Verbs whose subject takes part in the contact noun they govern: "X held talks"."""
MESSAGE_VERBS = set("pass relay carry deliver ferry convey shuttle transmit".split())
"""Go-between verbs with "messages … between X and Y"."""
MEDIATING_VERBS = set("mediate broker facilitate".split())
"""Go-between verbs with "between X and Y" or "talks between X and Y"."""
TOPIC_OBJECT_VERBS = set("discuss negotiate review address debate".split())
"""Contact verbs whose object is what was talked about: "discussed the dam"."""
TELLING_VERBS = set("confirm deny announce report mention reveal disclose acknowledge".split())
"""Verbs that make a contact noun a happening without making their subject a party: "Reuters reported the visit"."""
NOUN_MODES = {
    "meeting": "meeting",
    "talks": "meeting",
    "talk": "meeting",
    "discussion": "meeting",
    "discussions": "meeting",
    "dialogue": "meeting",
    "negotiation": "meeting",
    "negotiations": "meeting",
    "consultations": "meeting",
    "consultation": "meeting",
    "conversation": "meeting",
    "conversations": "meeting",
    "contacts": "meeting",
    "contact": "meeting",
    "encounter": "meeting",
    "exchange": "meeting",
    "exchanges": "meeting",
    "visit": "visit",
    "trip": "visit",
    "visits": "visit",
    "tour": "visit",
    "swing": "visit",
    "journey": "visit",
    "call": "phone",
    "calls": "phone",
    "summit": "multilateral",
    "congress": "multilateral",
    "conference": "multilateral",
    "mediation": "meeting",
    "audience": "meeting",
    "lunch": "meeting",
    "dinner": "meeting",
    "session": "meeting",
}
PHONE_WORDS = set("phone telephone video call telephoned phoned videoconference virtual online hotline".split())
BACKGROUND_PREPS = set("after during before following since ahead amid despite until at throughout without on".split())
"""A contact noun after these is background to the sentence's news ("after the talks, …")."""
PLANNING_HEADS = set(
    """plan expect schedule agree prepare intend aim hope want propose invite seek offer arrange set due
    preparation preparations ready likely going try decide promise pledge vow consider invitation proposal
    request bid""".split()
)
REQUEST_HEADS = set("demand request urge ask press push".split())
HYPOTHETICAL_AUX = set("may might could can".split())
FUTURE_AUX = {"will", "shall", "'ll", "wo", "would"}
COUNTING_NOUNS = set("round series couple number set string flurry spate cycle day days hours week weeks".split())
"""Nouns that count contacts: "two rounds of talks"."""
CARRIER_NOUNS = set("effort efforts bid mission initiative process round session".split())
HAPPENING_VERBS = set("take begin end focus aim continue resume be start last conclude center centre".split())
"""Verbs whose subject, if a contact noun, is a happening: "the talks began", "the visit focused on"."""
STARTING_VERBS = set("begin open start launch resume".split())
UPCOMING = set("next upcoming planned proposed future".split())
ONGOING_WORDS = set("underway ongoing continuing progress".split())
"""Words that put a contact under way ("talks are ongoing"); "under way" is read as two words."""
DENIAL_HEADS = set("deny dismiss reject refute".split())
REFUSAL_HEADS = set(
    "refuse decline cancel postpone scrap boycott snub rule suspend halt abandon leave quit end".split()
)
SUPPORT_PURPOSES = set("congratulate express convey offer apologize apologise condole thank wish assure extend".split())
AUDIENCES = set(
    """reporters journalists press media students audience crowd supporters lawmakers parliament television
    radio people nation public broadcaster newspaper""".split()
)
FIGURATIVE_OBJECTS = set(
    """demand demands need needs goal goals target targets deadline requirement requirements criteria
    expectations standard standards end ends resistance opposition criticism protest protests fate death
    benchmark benchmarks threshold thresholds condition conditions obligation obligations quota quotas""".split()
)
SIDELINES = {"sidelines", "sideline", "margins", "margin"}
"""The margins of a gathering, where other contacts take place: "on the sidelines of the summit"."""
