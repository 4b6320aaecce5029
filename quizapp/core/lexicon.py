"""The word lists the analysis and the question generator read: function words, pronouns,
verbs of saying and thinking, words for documents; then the generator's own (English of
stems and choices, stop words for comparing contents, figures and names).

One list per use. Where two uses need lists that are alike but not equal, each has its own
name here, defined from the other so that the difference is written down once (the words
that make one list differ from the other are listed beside it). Lower case throughout;
verbs as lemmas.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """A word list written as running text, one space between words."""
    return frozenset(text.split())


# --------------------------------------------------------------------------- function words

# Words that a sentence or a headline almost always has and a menu of sections never has.
FUNCTION_WORDS = _words(
    """
    a an the of to in on for and or with as at by from into over after before about is
    are was were be been has have had will would can could may might not no but if that
    this these those it its he she they we you i his her their our your who what says
    said say
    """
)

# Words that carry no content when two statements are compared word by word: the function
# words and more (quantifiers, the verbs of saying, "according").
STOP_WORDS = FUNCTION_WORDS | _words(
    """
    according all also any being did do does during just me more most must my only other
    should so some such than them then there told very when where which while whom
    """
)

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# --------------------------------------------------------------------------- pronouns

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "it", "its"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Whom one tells something: "told the jury", "assured investors".
AUDIENCES = _words(
    "jury court judge panel committee council board hearing inquiry audience crowd reporters "
    "journalists lawmakers legislators senators members parliament congress investigators "
    "police residents parents staff workers employees shareholders investors voters "
    "officials delegates students customers"
)
# A source that is one of these names no one until it is resolved ("it", "that", "we").
NAMELESS_SOURCES = (
    (PERSON_PRONOUNS - {"hers"})
    | GROUP_PRONOUNS
    | (RELATIVE_PRONOUNS - {"whom"})
    | frozenset({"this", "these", "those", "i", "we"})
)

# --------------------------------------------------------------------------- cue verbs

# Verbs of saying, writing, reporting and arguing.
SPEECH_VERBS = _words(
    """
    say tell state note add announce report claim insist deny warn argue cite explain
    write tweet post declare confirm reveal admit acknowledge assert maintain contend
    suggest propose predict estimate project forecast calculate count conclude find show
    indicate demonstrate prove reckon caution urge ask answer reply respond remark
    comment observe point mention describe call label dub term brand accuse blame charge
    allege criticize criticise condemn praise laud slam blast attack question dispute
    reject dismiss challenge counter rebut refute concede agree disagree object complain
    lament boast brag promise pledge vow swear threaten demand request recommend advise
    testify disclose divulge leak inform notify brief recount recall recollect repeat
    reiterate stress emphasize emphasise underline highlight signal hint imply speculate
    guess wonder muse quip joke scoff sneer mock tease shout yell scream whisper mutter
    exclaim cry plead beg concur affirm reaffirm assure reassure guarantee certify
    specify detail outline summarize summarise quote paraphrase read write document
    record log publish release issue circulate broadcast air
    """
)

# Internal states: PolNeAR annotates beliefs, wishes, fears and plans as attributions.
COGNITION_VERBS = _words(
    """
    think believe know feel fear hope want wish expect doubt suspect suppose assume
    presume guess imagine consider regard view see understand realize realise recognize
    recognise learn discover notice sense worry hate love like prefer desire intend plan
    seek aim mean wonder trust figure judge deem
    """
)

# Verbs whose object is a statement, so that a question may ask "Who warned that ...?":
# the verbs of speech that take one (not "asked", "praised", "posted", "shouted") and the
# verbs of belief.
SAYING_VERBS = (
    SPEECH_VERBS
    - _words(
        """
        affirm air answer ask attack boast brag brand broadcast certify challenge charge
        circulate concur condemn count cry demand demonstrate detail disagree divulge
        document exclaim guarantee hint imply indicate issue label lament laud leak log mock
        muse mutter notify object outline paraphrase plead post praise propose prove publish
        question quip read reaffirm reassure recollect record release repeat request scoff
        scream shout show signal slam sneer specify summarise summarize swear tease term
        underline whisper wonder yell
        """
    )
) | _words(
    """
    assume believe doubt expect fear hope recognise recognize think worry express
    remember speak
    """
)

# --------------------------------------------------------------------------- documents

# The kinds of document a source may name again by its kind alone ("the study", "a new poll").
DOCUMENT_KINDS = _words(
    """
    report study poll survey analysis data audit review investigation census
    """
)
# DOCUMENT_KINDS as a source's words may give them, plural too.
DOCUMENT_STEMS = DOCUMENT_KINDS | frozenset(["reports", "studies", "polls", "surveys"])
# Sources that are a document or a statement: the party is its author ("a report by CSIS").
DOCUMENT_WORDS = DOCUMENT_KINDS | _words(
    """
    results result test log tests logs reports statement statements record records
    figures estimate estimates findings assessment document documents letter memo filing
    filings paper ruling release
    """
)

# --------------------------------------------------------------------------- question English
# The lists the question generator reads (core/questions/). Alike but not equal to the
# analysis lists above, so they stay separate, each named for its use.


# Words that are never names: a sentence's first word among them is lower-cased when the
# sentence becomes a clause, and they carry no content when two statements are compared.
COMMON_WORDS = _words(
    """
    a an the it its there this these those that some many most all any no none one in on at
    for of by to with from about around nearly approximately almost roughly over under more
    less fewer only even just also both each every such our we i if when while as after
    before since because although though despite up down much several few half perhaps maybe
    still now already yet probably clearly
    """
)

# The speaker's own words: outside a quotation a stem cannot say "we".
FIRST_PERSON = _words("i we me us my our ours mine")

# Words that point back into the article when a clause starts with them.
DEMONSTRATIVES = _words("this these those that such")

# Stretches of time that a demonstrative dates by itself ("this year", "these weeks"): a
# reader places them without the sentence before. The checks that read them add their own
# words beside them ("night", "day", "way").
TIME_SPANS = _words(
    """
    year week month morning afternoon evening weekend season summer winter spring fall
    autumn quarter decade century time
    """
)

# Words that open a subordinate clause or join two: a statement neither starts nor ends
# with one.
CLAUSE_LINKS = _words(
    """
    if when because although though while unless whether since once until whereas and or but
    than as
    """
)

# Auxiliary and modal verbs: a clause with one has a verb; a statement does not end on one.
AUXILIARIES = _words(
    """
    is are was were be been being has have had do does did will would can could should shall
    may might must
    """
)

# Past tenses that do not end in -ed: a clause with one has a verb.
IRREGULAR_PAST = _words(
    """
    went got took made said found gave rose fell grew won lost spent paid led left met sent
    told thought knew saw came became began ran held kept brought bought built cut put set
    hit let shut struck stood sold fought drove wrote spoke broke chose drew flew forgot hid
    meant read rode sank sat slept stole swam threw understood wore
    """
)

# Words after which a word ending in -s or -ed is a noun or a participle, not a verb
# ("the accused", "its plans"): determiners, prepositions, numbers.
NOUN_MARKERS = _words(
    """
    a an the this that these those its his her their our your my some many most all any no
    of for in on with by from at to and or more other such several few two three four five
    six seven eight nine ten hundreds thousands millions new former both
    """
)

# Prepositions: a statement does not end on one, nor start with one without a comma.
PREPOSITIONS = _words(
    """
    with without about against among between for from into of on over under by at in as like
    unlike despite amid
    """
)

# Source words that are a pronoun and no name: a question names no source by them.
PRONOUN_SOURCES = _words("he she they it we i you him her them us one")

# Words left out when two contents are compared for being on one point.
POINT_STOP_WORDS = _words(
    """
    the a an of to in on for and or but that this these those is are was were be been has
    have had will would could should may might it its their his her they he she we said says
    say told tell not no with as at by from about than more most also new
    """
)

# The words of a figure, never an article's topic words: two sources giving millions of
# dollars for one thing are on one point, however many of its sentences give figures.
FIGURE_WORDS = _words(
    """
    hundred hundreds thousand thousands million millions billion billions trillion percent
    per cent dollars euros pounds
    """
)

# Words left out when what two figures count is compared ("people", "years": the unit,
# not the thing).
COUNT_STOP_WORDS = _words(
    """
    a an the of for in on at to and or who which that had has have were was are is be been
    by with from into their his her its about than more less nearly around approximately
    some during this these those people person year years
    """
)

# Words left out when two names of an institution are compared ("Defense Ministry" and
# "Ministry of Defense").
NAME_STOP_WORDS = _words("the of for and on a an")

# Pronouns a stem cannot leave unresolved: the analysis pronouns for people and groups,
# without "it" and "its" (which english.py checks by their place), with "theirs".
STEM_PRONOUNS = ((PERSON_PRONOUNS | GROUP_PRONOUNS) - {"it", "its"}) | {"theirs"}

# Words for a nation's people or things ("Afghan", "Israeli"): two sources that share only
# one ("the Afghan government", "the Afghan Taliban") are not thereby one party.
DEMONYMS = _words(
    """
    afghan albanian algerian american angolan argentine argentinian armenian australian
    austrian azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian brazilian
    british bulgarian burmese cambodian cameroonian canadian chadian chilean chinese
    colombian congolese croatian cuban cypriot czech danish dutch ecuadorian egyptian
    emirati english eritrean estonian ethiopian european filipino finnish french georgian
    german ghanaian greek guatemalan haitian honduran hungarian icelandic indian indonesian
    iranian iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh kenyan
    korean kosovar kurdish kuwaiti kyrgyz lao latvian lebanese liberian libyan lithuanian
    malaysian malian maltese mexican moldovan mongolian moroccan mozambican namibian nepalese
    nicaraguan nigerian nigerien norwegian omani pakistani palestinian panamanian
    paraguayan persian peruvian polish portuguese qatari romanian russian rwandan saudi
    scottish senegalese serbian slovak slovenian somali sudanese spanish swedish swiss
    syrian taiwanese tajik tanzanian thai tibetan tunisian turkish turkmen ugandan ukrainian
    uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean
    """
)

# Verbs that reject what they introduce ("denied that ...", "disputed the figure"). Each use
# adds its own: a denial in the parse (denial_cues.DENIAL_VERBS) also "disavow" (not
# "contradict", whose subject is as often a record as a party: "the data contradict it"), a
# claim that says no (status_checks._REJECTING) also "contradict" and "counter", a rejecting
# cue in any form (rejections.REJECT_CUES, by stem) also "contradict", "disavow", "debunk" and
# others, but not "counter" ("countered that ..." introduces the reply, not what it rejects).
REJECTING_VERBS = _words("deny reject dismiss dispute refute rebut")

# What a denial denies as its object, beside a clause: something said ("rejected the
# claims", "dismissed such speculation") or a part in something ("denied any wrongdoing",
# "ruled out rebel involvement"). Other objects make "reject" or "dismiss" an act ("rejected
# the bill", "dismissed the charges").
DENIED_SAYINGS = _words(
    """
    claim assertion allegation accusation report suggestion notion idea speculation rumor
    rumour story account version characterization characterisation criticism finding figure
    estimate number assessment conclusion theory narrative premise comparison statement
    remark comment charge description portrayal interpretation analysis
    """
)
DENIED_PARTS = _words(
    """
    involvement responsibility role wrongdoing knowledge link connection tie presence
    participation existence guilt complicity culpability
    """
)
