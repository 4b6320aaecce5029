"""Word lists for attribution cues.

The CRF learns cues from PolNeAR, but a cue it has rarely seen ("estimated", "cautioned")
still gets a push from this hand-written list: one boolean feature per token, so the
learned weight carries over to every listed verb. Lemmas, lower case.
"""

from __future__ import annotations

# Verbs of saying, writing, reporting and arguing.
SPEECH = frozenset(
    """
    say tell state note add announce report claim insist deny warn argue cite explain
    write tweet post declare confirm reveal admit acknowledge assert maintain contend
    suggest propose predict estimate project forecast calculate count conclude find show
    indicate demonstrate prove reckon caution urge ask answer reply respond remark comment
    observe point mention describe call label dub term brand accuse blame charge allege
    criticize criticise condemn praise laud slam blast attack question dispute reject
    dismiss challenge counter rebut refute concede agree disagree object complain lament
    boast brag promise pledge vow swear threaten demand request recommend advise testify
    disclose divulge leak inform notify brief recount recall recollect repeat reiterate
    stress emphasize emphasise underline highlight signal hint imply speculate guess
    wonder muse quip joke scoff sneer mock tease shout yell scream whisper mutter
    exclaim cry plead beg concur affirm reaffirm assure reassure guarantee certify
    specify detail outline summarize summarise quote paraphrase read write document
    record log publish release issue circulate broadcast air
    """.split()
)

# Internal states: PolNeAR annotates beliefs, wishes, fears and plans as attributions.
COGNITION = frozenset(
    """
    think believe know feel fear hope want wish expect doubt suspect suppose assume
    presume guess imagine consider regard view see understand realize realise recognize
    recognise learn discover notice sense worry hate love like prefer desire intend plan
    seek aim mean wonder trust figure judge deem
    """.split()
)

# Nouns that head a nominal cue ("a report by X", "in a statement", "X's claim that").
NOUNS = frozenset(
    """
    report statement claim assertion estimate estimation analysis study survey poll
    finding findings research data figure figures interview remark remarks comment
    comments announcement declaration testimony letter memo tweet post speech address
    warning view opinion belief argument allegation accusation charge suggestion
    prediction forecast projection accord account version words
    """.split()
)

# Multi-word prepositional cues that a rule can handle with certainty.
PREP_CUES = ("according to",)

LEXICON = SPEECH | COGNITION


def lexicon_class(lemma: str) -> str:
    """A coarse class for a lemma: "speech", "cognition", "noun" or ""."""
    if lemma in SPEECH:
        return "speech"
    if lemma in COGNITION:
        return "cognition"
    if lemma in NOUNS:
        return "noun"
    return ""
