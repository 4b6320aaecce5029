"""English a teacher would sign: one hand-written case per rule of the generator and of the
linter (checks.language_problems) that runs over every generated set."""

from __future__ import annotations

import pytest

from quizapp.core.claims import Article, Claim
from quizapp.core.questions.base import Question
from quizapp.core.questions.casing import lower_first
from quizapp.core.questions.checks import language_problems
from quizapp.core.questions.english import cut_clause, has_dangling_reference
from quizapp.core.questions.frames import cue_frame, verb_forms
from quizapp.core.questions.names import choice_name, display_name, name_in
from quizapp.core.questions.shortening import shortened
from quizapp.core.questions.written_names import written_name

TEXT = (
    "Mayor Ana Ruiz told reporters that the bridge will reopen in May. \u201cWe are ready,\u201d"
    " Ruiz told the council. Lee told him that the deck is safe. Park told that it is late."
)


def told(content: str, cue_at: str, source: str = "Ana Ruiz") -> Claim:
    start = TEXT.index(content)
    cue = TEXT.index(cue_at)
    return Claim(
        source=source,
        source_text=source,
        source_type="official",
        cue="told",
        cue_strength="report",
        content=content,
        status="attributed",
        content_spans=[(start, start + len(content))],
        cue_spans=[(cue, cue + 4)],
    )


ARTICLE = Article(text=TEXT)


def test_told_keeps_whom_it_was_told_to():
    claim = told("the bridge will reopen in May", "told reporters")
    assert cue_frame(claim, ARTICLE) == ("told reporters", "tell reporters")


def test_told_after_a_quote_keeps_whom_it_was_told_to():
    claim = told("We are ready", "told the council")
    assert cue_frame(claim, ARTICLE) == ("told the council", "tell the council")


def test_a_cue_carrying_on_from_earlier_words_reads_as_said():
    added = told("the deck is safe", "told him")
    added.cue = "added"
    assert cue_frame(added, ARTICLE) == ("said", "say")


def test_a_cue_of_its_own_keeps_its_verb():
    warned = told("the deck is safe", "told him")
    warned.cue = "warned"
    assert cue_frame(warned, ARTICLE) == ("warned", "warn")


def test_told_a_pronoun_or_nobody_reads_as_said():
    assert cue_frame(told("the deck is safe", "told him"), ARTICLE) == ("said", "say")
    assert cue_frame(told("it is late", "told that"), ARTICLE) == ("said", "say")


def _told_initials(text: str) -> Claim:
    start, cue = text.index("the fares"), text.index("told HFB")
    return Claim(
        source="Ana Ruiz",
        source_text="Ruiz",
        source_type="official",
        cue="told",
        cue_strength="report",
        content="the fares will rise in May",
        status="attributed",
        content_spans=[(start, start + len("the fares will rise in May"))],
        cue_spans=[(cue, cue + 4)],
    )


def test_told_initials_the_article_spells_out_names_them_in_full():
    text = "The Harbor Ferry Board met on Monday. Ruiz told HFB that the fares will rise in May."
    assert cue_frame(_told_initials(text), Article(text=text))[0] == "told the Harbor Ferry Board"


def test_told_initials_the_article_never_spells_out_reads_as_said():
    text = "The board met on Monday. Ruiz told HFB that the fares will rise in May."
    assert cue_frame(_told_initials(text), Article(text=text)) == ("said", "say")


@pytest.mark.parametrize(
    ("cue", "forms"),
    [
        ("expects", ("expects", "expect")),
        ("forecast", ("forecast", "forecast")),
        ("also testified", ("testified", "testify")),
        ("pointed out", ("pointed out", "point out")),
    ],
)
def test_a_forecast_or_testimony_keeps_its_verb_in_the_stem(cue, forms):
    assert verb_forms(cue) == forms


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("The United Nations", "the United Nations"),
        ("CDC", "the CDC"),
        ("NASA", "NASA"),
        ("The Washington Post", "The Washington Post"),
        ("The authority", "the authority"),
        ("Reuters", "Reuters"),
        # A possessive says whose office: no "the" before it.
        ("Harbor County's water office", "Harbor County's water office"),
        ("Chief Inspector Ada Moss's office", "Chief Inspector Ada Moss's office"),
    ],
)
def test_names_inside_a_sentence(name, shown):
    assert display_name(name) == shown


def test_a_sentence_starting_with_a_is_lowered_after_that():
    assert lower_first("A search of the car found two knives") == (
        "a search of the car found two knives"
    )


def test_a_hyphenated_place_keeps_its_capital():
    article = (
        "Houston-area sales fell. Dealers in the Houston area sold fewer cars. Mid-size cars sold."
    )
    assert lower_first("Houston-area sales fell", article) == "Houston-area sales fell"
    assert lower_first("Mid-size cars sold", article) == "mid-size cars sold"


def test_it_before_for_someone_to_stands_for_the_clause_after_it():
    assert not has_dangling_reference("It's important for health care providers to ask")
    assert not has_dangling_reference("it is hard for the city to plan the budget")


def test_it_that_did_something_still_points_back():
    assert has_dangling_reference("It made things hard for the city to plan")


def test_a_possessive_after_a_person_noun_points_to_that_person():
    assert not has_dangling_reference("the man went back to the doctor from his house")
    assert has_dangling_reference("the council cut his pay after the vote")


def test_a_leading_it_points_back_unless_it_stands_alone():
    assert has_dangling_reference("It would depend on the specifics of each order")
    assert not has_dangling_reference("It is hard to say when the bridge reopens")


def question(stem: str, choices: list[str], qtype: str = "who_said") -> Question:
    return Question(type=qtype, stem=stem, choices=choices, answer=0)


@pytest.mark.parametrize(
    ("stem", "problem"),
    [
        ("Who is behind the committee papers, which's claim it is?", "which's"),
        ("Who told that the bridge will reopen?", "'told' without whom"),
        ("Who told, \u201cWe are ready\u201d?", "'told' without whom"),
        ("What did The Harbor Authority say?", "capital article"),
        ("Who said that the the bridge will reopen?", "twice"),
        ("Who said that the bridge \u2026 will reopen?", "glued"),
        ("Who said that US30YT=RR rose?", "ticker"),
        ("Who said that the bridge will reopen in the?", "dangling last word"),
        ("Who said that the council voted for A new budget?", "capital article"),
        ("Who said that it rained 5 inches (127 millimeters?", "brackets"),
        ("Who added, \u201cWe will ask the court to act\u201d?", "Who added"),
        ("What did Ana Ruiz add?", "Who added"),
        ("Who said that the council met A week ago: The bridge is shut?", "capital article"),
        (
            "What kind of source does the article cite with the words \u201cSources\u201d?",
            "one word",
        ),
    ],
)
def test_the_linter_flags_each_stem_rule(stem, problem):
    problems = language_problems(question(stem, ["Ana Ruiz", "Tom Lee"]))
    assert any(problem in p for p in problems), problems


@pytest.mark.parametrize(
    ("choices", "problem"),
    [
        (["Ana Ruiz", "tom Lee"], "capital"),
        (["It would depend on the order.", "The bridge will reopen."], "pointing back"),
        (["The bridge will reopen,", "The deck is safe."], "comma"),
        (["\u201cWe are ready.", "The deck is safe."], "unbalanced"),
        (
            [
                "The bridge will reopen.",
                "The deck is safe.",
                "The council voted on Monday to raise the fares of every bus and tram line in"
                " the city by a quarter.",
            ],
            "three times as long",
        ),
    ],
)
def test_the_linter_flags_each_choice_rule(choices, problem):
    problems = language_problems(question("What did Ana Ruiz say?", choices, "what_said"))
    assert any(problem in p for p in problems), problems


def test_clean_english_passes_the_linter():
    q = question(
        "Who told reporters that the bridge will reopen in May?",
        ["Ana Ruiz", "Tom Lee", "The Harbor Times", "The CDC"],
    )
    assert language_problems(q) == []
    cues = Question(
        type="cue_reading",
        stem="Which word shows that the figure of 12 is an estimate?",
        choices=["said", "estimated", "according to"],
        answer=1,
    )
    assert language_problems(cues) == []


def test_a_cut_aside_is_dropped_not_left_open():
    from quizapp.core.questions.statements import statement

    text = "Rain: Scott Lee said the hills saw 5 inches (127 millimeters). More came."
    content = "the hills saw 5 inches (127 millimeters"
    start = text.index(content)
    cue = text.index("said")
    claim = Claim(
        source="Scott Lee",
        source_text="Scott Lee",
        source_type="official",
        cue="said",
        cue_strength="report",
        content=content,
        status="attributed",
        content_spans=[(start, start + len(content))],
        cue_spans=[(cue, cue + 4)],
    )
    said = statement(claim, Article(text=text))
    assert said is not None and said.clause == "the hills saw 5 inches"


def test_an_acronym_names_the_same_source_so_it_is_no_distractor():
    from quizapp.core.questions.names import same_source

    long = "Chinese Center for Disease Control and Prevention"
    assert same_source("The Chinese CDC", long)
    assert same_source("CDC", long)
    assert not same_source("The Chinese FBI", long)


def test_a_pronoun_after_a_name_in_the_clause_points_to_that_name():
    assert not has_dangling_reference("Rudolph should be disciplined for his role in the fight")
    assert has_dangling_reference("the plan cut his pay")  # whose?
    assert has_dangling_reference("he is more focused on the next game")


def test_a_demonstrative_inside_the_clause_points_back():
    assert has_dangling_reference("the company would leverage that experience")
    assert has_dangling_reference("the city will fund these schools next year")
    assert not has_dangling_reference("the case highlights that rights of free speech matter")


def test_another_standing_for_a_noun_before_it_points_back():
    # "Who said that another is stewardship of the Earth?": another what?
    assert has_dangling_reference("Another is stewardship of the Earth")
    assert has_dangling_reference("another was the cost of the new bridge")


def test_another_before_its_noun_does_not_point_back():
    assert not has_dangling_reference("another round of talks begins on Monday")


def test_a_noun_the_article_used_for_a_named_thing_points_back():
    # "Who said that the company could take larger payloads?": which company?
    assert has_dangling_reference("the company could take larger payloads")
    assert has_dangling_reference("the order favoured banks and hit steel firms")
    assert has_dangling_reference("Tyvak would leverage that experience in its landers")
    assert has_dangling_reference("the firm's profits fell in the spring")


def test_a_noun_the_clause_itself_defines_does_not_point_back():
    assert not has_dangling_reference("the decision to raise rates came too late")
    assert not has_dangling_reference("the order by the court favoured banks")
    # A company after a name in the same clause is that name's.
    assert not has_dangling_reference("Acme workers waited weeks after the company cut pay")


def test_a_quotation_keeps_the_speakers_company():
    # The speaker's own words, in quotation marks: the stem does not restate them.
    assert not has_dangling_reference("The company could take larger payloads", first_person=True)


def test_a_source_keeps_the_owner_outlet_the_article_writes_before_it():
    text = "Trump made 13,000 false claims, according to The Washington Post's Fact Checker."
    assert written_name("Fact Checker", text) == "The Washington Post's Fact Checker"
    assert choice_name("Fact Checker", text) == "The Washington Post's Fact Checker"


def test_a_source_keeps_a_capital_the_the_article_writes_inside_a_sentence():
    text = "The email was seen by The Harbor Ledger. The Harbor Ledger asked the company."
    assert written_name("Harbor Ledger", text) == "The Harbor Ledger"
    assert name_in("Harbor Ledger", text) == "The Harbor Ledger"


def test_a_person_named_after_a_company_keeps_the_name_alone():
    # "Apple's Tim Cook": a company is no outlet that owns a column or desk.
    assert written_name("Tim Cook", "Apple's Tim Cook said sales rose.") == "Tim Cook"
    # "The United Nations" at a sentence start says nothing; "the" inside one is the name's.
    text = "The United Nations said so. Later the United Nations agreed."
    assert written_name("United Nations", text) == "the United Nations"


def test_a_bodys_name_of_several_words_keeps_the_the_the_article_always_gives_it():
    text = "Later the Arab League condemned the move. The Arab League called it adverse."
    assert written_name("Arab League", text) == "the Arab League"


def test_a_name_written_with_and_without_the_stays_bare():
    text = "the Arab League condemned it, and Arab League states met."
    assert written_name("Arab League", text) == "Arab League"


def test_whom_the_source_told_is_named_as_the_article_first_names_them():
    text = "Board chair Dana Hale took office in May. Lee told Hale that the deck is safe."
    start, cue = text.index("the deck is safe"), text.index("told Hale")
    claim = Claim(
        source="Tom Lee",
        source_text="Lee",
        source_type="involved",
        cue="told",
        cue_strength="report",
        content="the deck is safe",
        status="attributed",
        content_spans=[(start, start + len("the deck is safe"))],
        cue_spans=[(cue, cue + 4)],
    )
    assert cue_frame(claim, Article(text=text)) == ("told Dana Hale", "tell Dana Hale")


def test_a_title_before_a_name_keeps_its_capital_though_the_article_writes_the_word_lower():
    article = "The attorney for the mill spoke. Attorney General Rosa Diaz opened an inquiry."
    text = "Attorney General Rosa Diaz opened an inquiry"
    assert lower_first(text, article) == text


def test_a_common_word_the_article_writes_lower_is_still_lowered_before_a_common_word():
    article = "The inquiry began in May. Inquiry staff were told to wait."
    assert lower_first("Inquiry staff were told to wait", article) == (
        "inquiry staff were told to wait"
    )


def test_a_paraphrase_running_into_a_quotation_of_its_consequence_is_cut_before_it():
    text = (
        "The inspectors weren't able to test the water of every well, "
        '"so it could be that some of the wells were never checked'
    )
    assert cut_clause(text) == "The inspectors weren't able to test the water of every well"


def test_a_paraphrase_running_into_a_quotation_that_turns_on_it_is_not_cut_there():
    # Cut before "but", the clause would say the ferry is simply the better choice.
    assert cut_clause('The ferry is cheaper than the bridge, "but it takes twice as long') == ""


def test_a_persons_age_and_home_after_their_name_are_left_out_of_a_long_clause():
    clause = "deputies arrested Jane Roe, 41, of Millbrook, on two charges of theft from a store"
    shorter = "deputies arrested Jane Roe on two charges of theft from a store"
    assert shortened(clause, 12) == shorter


def test_a_time_phrase_on_a_gerund_closing_a_long_clause_is_left_out():
    clause = "deputies arrested Jane Roe on two charges after stopping her truck near the bridge"
    assert shortened(clause, 9) == "deputies arrested Jane Roe on two charges"


def test_them_after_things_the_clause_names_in_a_phrase_points_to_them():
    # "them" cannot stand for its own clause's subject: the pillows and duvets, shown.
    assert not has_dangling_reference(
        "people with pillows and duvets containing feathers shouldn't throw them out"
    )
    assert not has_dangling_reference("owners of old cars should replace them")
    assert has_dangling_reference("customers should return them")  # return what?
    assert has_dangling_reference("officials and residents should report them")


def test_a_closing_which_aside_goes_unless_too_little_is_left():
    from quizapp.core.questions.shortening import without_closing_which

    assert without_closing_which("the water reached the old mill, which burned in 1990") == (
        "the water reached the old mill"
    )
    assert without_closing_which("it rose, which worried us") == "it rose, which worried us"
    why = "costs rose sharply last year, which is why fares went up"
    assert without_closing_which(why) == why  # what follows from the point may be the point
