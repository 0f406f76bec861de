"""Word lists the extractors share. Written for backchannel; facts, not data."""

from __future__ import annotations

# Verbs that report speech, writing or a stance taken in public. Lemmas.
SPEECH_VERBS = frozenset(
    """say tell state add explain clarify note stress emphasize emphasise insist warn claim argue assert
    declare announce report write tweet post reveal disclose confirm deny acknowledge admit concede
    indicate suggest hint imply mention remark comment observe point reply respond retort answer counter
    rebut object protest complain lament grumble criticize criticise condemn denounce blast slam attack
    accuse charge allege contend maintain reiterate repeat restate recall recount describe characterize
    characterise call label brand dub praise hail laud welcome applaud thank urge appeal plead demand
    ask request question wonder inquire enquire propose recommend advise caution predict forecast
    estimate project promise pledge vow swear guarantee assure reassure threaten boast brag joke quip
    muse speculate concur agree disagree dispute reject dismiss contradict refute decline refuse affirm
    reaffirm certify testify attest proclaim pronounce inform notify brief signal telegraph convey relay
    voice express underline underscore highlight mutter murmur whisper shout yell scream cry exclaim
    sigh chime echo continue conclude summarize summarise elaborate detail specify outline cite quote
    reference narrate relate pen publish blog email posit theorize theorise guess reckon opine
    editorialize editorialise lecture preach chide scold rebuke reprimand admonish berate lambaste
    excoriate castigate decry deplore bemoan bewail regret apologize apologise confess disavow repudiate
    renounce retract recant backtrack correct amend update tout trumpet champion defend justify
    rationalize rationalise find show demonstrate prove notice portray depict cast deem term coin herald decry
    """.split()
)

# Verbs of belief, wish and expectation: attributions of a stance, not of words.
COGNITION_VERBS = frozenset("think believe know hope expect fear want worry".split())

# Verbs of taking a side, whose object is the position attributed.
STANCE_VERBS = frozenset("support endorse back oppose favor favour seek".split())

# Verbs of speaking about something: "talked about", "referred to".
TOPIC_VERBS = frozenset("talk speak discuss refer mention cite express".split())

ATTRIBUTION_VERBS = SPEECH_VERBS | COGNITION_VERBS | STANCE_VERBS | TOPIC_VERBS

# Nouns that head an unnamed source.
SOURCE_NOUNS = frozenset(
    """source sources insider insiders person people official officials diplomat diplomats aide aides adviser
    advisers advisor advisors spokesman spokeswoman spokesperson spokespeople representative representatives
    envoy envoys negotiator negotiators staffer staffers member members analyst analysts observer observers
    expert experts witness witnesses
    """.split()
)

# Nouns that head a collective actor ("some European leaders").
GROUP_NOUNS = frozenset(
    """opposition men women sides presidents counterparts delegations teams heads envoys leaders officials diplomats
    ministers allies partners powers governments states countries nations
    lawmakers legislators senators politicians parties members delegates delegations negotiators envoys
    authorities capitals critics supporters opponents activists protesters residents voters citizens
    investors analysts economists experts observers republicans democrats conservatives liberals generals
    commanders militants rebels forces troops media
    """.split()
)

# Nouns that are job titles: "the minister said" resolves to a person so titled.
TITLE_NOUNS = frozenset(
    """president minister secretary spokesman spokeswoman spokesperson ambassador envoy chancellor premier king
    queen prince emir sheikh chief head leader director chairman chairwoman chair governor senator
    congressman congresswoman representative mayor advisor adviser aide counsellor counselor diplomat
    commander general admiral official deputy undersecretary negotiator commissioner candidate nominee
    lawmaker judge attorney prosecutor ceo founder pope cardinal bishop counterpart prime foreign defence
    defense mediator emissary facilitator
    """.split()
)

# Words that make a name an organisation's, never a person's: "Supreme National Security Council".
ORGANIZATION_WORDS = frozenset(
    """ministry ministries council union party bank agency company group committee commission court office
    department fund institute university corporation corp inc ltd association front movement army forces
    league alliance organization organisation bureau authority service services foundation center centre
    house parliament assembly congress senate cabinet government administration embassy presidency
    directorate secretariat command guard police network news times post herald journal press radio
    television tv channel federation confederation coalition council board club church mission
    """.split()
)

# Words signalling an anonymous source's footing ("familiar with the matter").
ANONYMITY_CUES = frozenset(
    """familiar briefed knowledgeable close anonymity anonymous unnamed
    """.split()
)

# News organisations: a short list of facts. Usage in text ("X reported",
# "according to X", "told X") finds the rest.
KNOWN_OUTLETS = frozenset(
    """reuters bloomberg ap afp rt tass interfax xinhua kyodo yonhap bbc cnn msnbc npr pbs politico axios ria
    novosti sputnik anadolu dpa efe ansa aljazeera al-jazeera nhk cctv cgtn nikkei
    """.split()
) | frozenset(
    {
        "associated press",
        "agence france-presse",
        "agence france presse",
        "ria novosti",
        "al jazeera",
        "fox news",
        "nbc news",
        "cbs news",
        "abc news",
        "the new york times",
        "new york times",
        "the washington post",
        "washington post",
        "the wall street journal",
        "wall street journal",
        "financial times",
        "the guardian",
        "the times",
        "le monde",
        "le figaro",
        "l'express",
        "der spiegel",
        "spiegel",
        "die zeit",
        "el pais",
        "el país",
        "la repubblica",
        "corriere della sera",
        "the economist",
        "kommersant",
        "izvestia",
        "vedomosti",
        "meduza",
        "novaya gazeta",
        "sky news",
        "euronews",
        "deutsche welle",
        "dw",
        "radio free europe",
        "rfe/rl",
        "voice of america",
        "the hill",
        "the atlantic",
        "breitbart",
        "breitbart news",
        "the intercept",
        "usa today",
        "los angeles times",
        "the telegraph",
        "the independent",
        "daily mail",
        "haaretz",
        "the times of israel",
        "south china morning post",
        "global times",
        "people's daily",
        "the hindu",
        "times of india",
        "asahi shimbun",
        "yomiuri shimbun",
        "le parisien",
        "liberation",
        "libération",
        "handelsblatt",
        "frankfurter allgemeine",
        "bild",
        "the new york post",
        "new york post",
        "the post",
        "buzzfeed news",
        "vox",
        "slate",
        "the daily beast",
    }
)
OUTLET_NAME_WORDS = frozenset(
    """news times post journal herald gazette tribune daily press agency television tv radio telegraph express
    guardian observer chronicle monitor today magazine wire broadcasting network
    """.split()
)

# Bodies whose meetings are gatherings of many states (facts: their usual English names and abbreviations).
MULTILATERAL_BODIES = frozenset(
    name.strip()
    for name in """g7, g8, g20, g-20, g-7, nato, asean, african union, au, european union, eu, united nations, un,
    un security council, security council, sco, shanghai cooperation organisation, shanghai cooperation organization,
    brics, osce, opec, opec+, apec, commonwealth, arab league, gulf cooperation council, gcc, mercosur, celac, oas,
    organization of american states, ecowas, sadc, igad, caricom, pacific islands forum, quad, csto, eaeu,
    eurasian economic union, council of europe, oic, organisation of islamic cooperation,
    organization of islamic cooperation, iaea, wto, who""".split(",")
)
