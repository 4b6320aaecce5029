"""statement(): which contents a stem may carry, quoted word for word or restated. A
statement cut out of a sentence is a whole clause that means what the sentence meant: one
hand-written case the old cut got wrong, and one that must stay, per rule."""

from __future__ import annotations

from quizapp.core.claims import Article, Claim
from quizapp.core.questions.english import (
    closed_partial_quote,
    cut_clause,
    has_dangling_reference,
    room_in_stem,
)
from quizapp.core.questions.shortening import shortened
from quizapp.core.questions.statements import statement
from tests.factories.claims import build_claim, own_voice


def _said(text: str, content: str, evidence: str) -> Claim:
    return build_claim(
        text,
        source="Dana Hale",
        source_text="Hale",
        source_type="involved",
        cue="said",
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=evidence,
    )


QUOTED = (
    "Ad campaign\n\n"
    "\u201cWe saw the posters and we are on it before the weekend,\u201d Hale said.\n\n"
    "\u201cClients hide the point, and they bury it deep in the third paragraph,\u201d Hale"
    " said.\n"
)


def test_a_quotation_keeps_its_it_and_we_as_the_speakers_words():
    content = "We saw the posters and we are on it before the weekend"
    claim = _said(QUOTED, content, f"\u201c{content},\u201d Hale said.")
    said = statement(claim, Article(text=QUOTED))
    assert said is not None
    assert said.form == "quote"
    assert said.clause == content


def test_a_quotation_keeps_its_they_as_the_speakers_words():
    content = "Clients hide the point, and they bury it deep in the third paragraph"
    claim = _said(QUOTED, content, f"\u201c{content},\u201d Hale said.")
    said = statement(claim, Article(text=QUOTED))
    assert said is not None
    assert said.as_sentence == f"\u201c{content}.\u201d"


INNER = (
    "Ad campaign\n\n"
    "\u201cMy first thought was, \u2018Oh no, they\u2019re going to get a lot of noise,\u2019"
    " \u201d Hale said.\n"
)


def test_a_quotation_cut_inside_a_quotation_it_holds_closes_the_inner_one():
    content = "My first thought was, \u2018Oh no, they\u2019re going to get a lot of noise"
    claim = _said(INNER, content, INNER.splitlines()[2])
    said = statement(claim, Article(text=INNER))
    assert said is not None
    assert said.clause == content + "\u2019"


def test_a_quotation_with_only_an_apostrophe_gets_no_closing_mark():
    content = "We saw the posters and they\u2019re on it before the weekend"
    text = f"Ad campaign\n\n\u201c{content},\u201d Hale said.\n"
    claim = _said(text, content, text.splitlines()[2])
    said = statement(claim, Article(text=text))
    assert said is not None
    assert said.clause == content


REPORTED = (
    "Ad campaign\n\n"
    "Hale said they saw the posters and are on it before the weekend.\n\n"
    "Hale said the agency saw the posters and will act on it before the weekend.\n"
)


def test_a_restated_clause_with_a_pronoun_it_does_not_resolve_is_still_refused():
    content = "they saw the posters and are on it before the weekend"
    claim = _said(REPORTED, content, f"Hale said {content}.")
    assert statement(claim, Article(text=REPORTED)) is None


def test_a_restated_clause_doing_it_is_still_refused():
    content = "the agency saw the posters and will act on it before the weekend"
    claim = _said(REPORTED, content, f"Hale said {content}.")
    assert statement(claim, Article(text=REPORTED)) is None


def said(text: str, content: str, cue: str = "said", source: str = "Tom Lee") -> Claim:
    return build_claim(
        text,
        source=source,
        source_type="official",
        cue=cue,
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=text,
    )


def test_a_clause_is_not_cut_at_the_dash_that_closes_an_aside():
    # Cut at the second dash, the old clause was "ferry fares -- the prices riders pay at
    # the pier": no verb of its own.
    text = "Harbor ferry fares -- the prices riders pay at the pier -- rose by a tenth in May"
    assert cut_clause(text) == text


def test_a_lone_dash_still_ends_the_clause():
    assert cut_clause("The bridge will reopen in May -- a month later than planned") == (
        "The bridge will reopen in May"
    )


def test_a_clause_is_not_cut_at_an_aside_the_main_clause_goes_on_after():
    # "The council lost treasurer Tom Lee." would read as if he had been sacked.
    text = "The council lost treasurer Tom Lee, who left in March, to a rival town"
    assert cut_clause(text) == text


def test_a_relative_clause_closing_the_sentence_is_still_cut_off():
    assert cut_clause("the council approved the plan, which the mayor backed") == (
        "the council approved the plan"
    )


def test_a_relative_clause_before_the_closing_cue_is_still_cut_off():
    # ", Harris said." says who spoke: the arrest is said whole without where he lives.
    text = "officers arrested Tom Lee, 33, who lives on Elm Street, Harris said"
    assert cut_clause(text) == "officers arrested Tom Lee, 33"


def test_a_quotation_is_not_cut_before_a_sentence_commenting_on_it():
    # The first sentence alone says the opposite of the speaker's point.
    text = "Fares have always been set by the council alone. The end of that rule is welcome"
    assert cut_clause(text, quoted=True) == text


def test_a_quotation_is_cut_before_a_sentence_going_on_to_something_else():
    text = "We have been ready for weeks. You could tell the crews wanted to start"
    assert cut_clause(text, quoted=True) == "We have been ready for weeks"


def test_a_long_paraphrase_drops_an_aside_between_dashes():
    clause = (
        "harbor ferry fares -- the prices that riders pay at the pier and on board -- rose by"
        " a tenth in May, the largest rise in the ten years since the service began"
    )
    assert shortened(clause, 22) == (
        "harbor ferry fares rose by a tenth in May, the largest rise in the ten years since"
        " the service began"
    )


def test_a_long_paraphrase_drops_a_closing_participle_phrase():
    clause = (
        "the long strike has cost the port's shippers, dockers and farmers dearly, forcing"
        " firms that rely on the harbor to send their goods by road"
    )
    assert shortened(clause, 15) == (
        "the long strike has cost the port's shippers, dockers and farmers dearly"
    )


def test_a_long_paraphrase_drops_a_closing_reason():
    clause = (
        "riders have waited weeks to hear when the ferry runs again, since the council"
        " dropped its plan for a new pier"
    )
    assert shortened(clause, 15) == "riders have waited weeks to hear when the ferry runs again"


def test_a_paraphrase_nothing_can_be_spared_from_is_too_long():
    clause = "the strike is part of an effort by the dockers to win higher pay and shorter hours"
    assert shortened(clause, 10) == ""


def test_a_short_paraphrase_is_kept_whole():
    clause = "the bridge will reopen in May"
    assert shortened(clause, 10) == clause


def test_a_stem_restates_no_more_than_its_frame_leaves_room_for():
    text = (
        "Tom Lee said that harbor ferry fares rose by a tenth in May, the largest rise in the"
        " ten years of the service, as fuel and wages and the cost of the new pier all went up"
        " at once."
    )
    claim = said(text, text[len("Tom Lee said that ") : -1])
    stem = statement(claim, Article(text=text), room_in_stem("Who said that"))
    assert stem is not None
    assert stem.clause == (
        "harbor ferry fares rose by a tenth in May, the largest rise in the ten years of the"
        " service"
    )


def test_a_quotation_too_long_for_a_stem_makes_none():
    quote = (
        "The crews have been ready for weeks and have waited at the pier every day since the"
        " storm, and nobody has said when the work on the harbor can start"
    )
    text = f"\u201c{quote},\u201d Tom Lee said."
    claim = said(text, quote)
    assert statement(claim, Article(text=text), room_in_stem("Who said that")) is None
    assert statement(claim, Article(text=text)) is not None


def test_a_statement_is_not_cut_out_of_an_aside_its_sentence_closes_later():
    text = (
        "Given that history -- and the fact that the ferry has run late 300 times, according"
        " to the Harbor Times -- there is every reason to doubt the timetable."
    )
    claim = build_claim(
        text,
        source="the Harbor Times",
        source_type="media",
        cue="according to",
        cue_strength="report",
        content="Given that history -- and the fact that the ferry has run late 300 times",
        status="attributed",
        evidence=text,
    )
    assert statement(claim, Article(text=text)) is None


def test_a_statement_after_a_not_is_not_asked():
    # A content span that starts after "no" says the opposite of the sentence.
    text = "Tom Lee said no ferry fares rose in May."
    claim = said(text, "ferry fares rose in May")
    assert statement(claim, Article(text=text)) is None


def test_a_statement_with_no_not_before_it_is_asked():
    text = "Tom Lee said the ferry fares rose in May."
    claim = said(text, "the ferry fares rose in May")
    assert statement(claim, Article(text=text)).clause == "the ferry fares rose in May"


def test_his_is_in_doubt_when_the_sentence_before_speaks_of_another_man():
    text = (
        "Goalie Ben Ruiz looked strong in his tenth game. Defender Tom Lee spoiled his"
        " clean sheet late in the third period."
    )
    claim = own_voice(text, "Defender Tom Lee spoiled his clean sheet late in the third period.")
    assert statement(claim, Article(text=text)) is None


def test_his_stands_for_the_clause_own_man_when_the_sentence_before_names_him():
    text = (
        "In his testimony, Tom Lee said he had been told to report to the council. Ana Ruiz"
        " testified that Lee had become frustrated over his exclusion from meetings."
    )
    claim = said(text, "Lee had become frustrated over his exclusion from meetings", "testified")
    # The clause keeps its "his", and names Lee as the article first does.
    assert statement(claim, Article(text=text)).clause == (
        "Tom Lee had become frustrated over his exclusion from meetings"
    )


CASE = (
    "Feather bedding\n\n"
    "The patient went to his doctor after three weeks of fatigue.\n\n"
    "The council cut his pay after the vote in March.\n\n"
    "It's important for family doctors to ask about bedding, Dr. Ann Reid said.\n"
)


def _outlet(content: str) -> Claim:
    return build_claim(
        CASE,
        source="the outlet",
        source_text="",
        source_type="outlet",
        cue="",
        cue_strength="assertion",
        content=content,
        status="unattributed",
        evidence=f"{content}.",
    )


def test_his_after_a_person_the_clause_names_by_a_noun_is_that_persons():
    said = statement(
        _outlet("The patient went to his doctor after three weeks of fatigue"), Article(text=CASE)
    )
    assert said is not None
    assert said.clause == "the patient went to his doctor after three weeks of fatigue"


def test_his_after_a_body_is_still_refused():
    assert (
        statement(_outlet("The council cut his pay after the vote in March"), Article(text=CASE))
        is None
    )


def test_it_standing_for_the_clause_after_it_is_restated_in_lower_case():
    claim = build_claim(
        CASE,
        source="Ann Reid",
        source_text="Dr. Ann Reid",
        source_type="independent",
        cue="said",
        cue_strength="report",
        content="It's important for family doctors to ask about bedding",
        status="attributed",
        evidence="It's important for family doctors to ask about bedding, Dr. Ann Reid said.",
    )
    said = statement(claim, Article(text=CASE))
    assert said is not None
    assert said.clause == "it's important for family doctors to ask about bedding"


def test_a_sentence_opening_aside_of_the_outlet_is_dropped():
    text = "For good measure, Rita Gomez scored again in the last minute of the game."
    claim = own_voice(text, text.rstrip("."))
    said = statement(claim, Article(text=text))
    assert said is not None
    assert said.clause == "Rita Gomez scored again in the last minute of the game"


def test_an_opening_ironically_is_dropped():
    text = "Ironically, the Dale valley flooded as the Kent hills ran dry."
    claim = own_voice(text, text.rstrip("."))
    assert statement(claim, Article(text=text)).clause.startswith("the Dale valley flooded")


def test_a_stray_also_is_dropped_from_a_restated_clause():
    text = "Tom Lee said the Kerrow regulators had also ordered the mill to close."
    claim = said(text, "the Kerrow regulators had also ordered the mill to close")
    said_ = statement(claim, Article(text=text))
    assert said_.clause == "the Kerrow regulators had ordered the mill to close"


def test_also_in_not_only_but_also_stays():
    text = "Tom Lee said the Kerrow mill not only closed but also sold its land."
    claim = said(text, "the Kerrow mill not only closed but also sold its land")
    assert "but also" in statement(claim, Article(text=text)).clause


def test_an_opening_scope_adverbial_of_the_outlet_is_quoted_word_for_word():
    text = "Nationally, grocers sold 4 million turkeys last year."
    claim = own_voice(text, text.rstrip("."))
    said_ = statement(claim, Article(text=text))
    assert said_.form == "quote"
    assert said_.as_sentence == "\u201cNationally, grocers sold 4 million turkeys last year.\u201d"


def test_an_opening_scope_adverbial_in_a_source_paraphrase_makes_no_statement():
    text = "Tom Lee said regionally, grocers sold 4 million turkeys last year."
    claim = said(text, "regionally, grocers sold 4 million turkeys last year")
    assert statement(claim, Article(text=text)) is None


NAMED = (
    "Ferry fares rise\n\n"
    "Harbor board chair Dana Hale, 52, said the fares will rise in May. "
    "Hale said the new boats cost more than planned. "
    "Rival bidder Tom Lee said Hale's plan would cost riders dearly. "
    "\u201cHale has never ridden the ferry at rush hour,\u201d Lee said. "
    "Lee said Hale had called the fares \u201ca bargain Hale can defend\u201d at the meeting.\n"
)


def test_a_restated_clause_names_a_bare_surname_as_the_article_first_does():
    content = "Hale's plan would cost riders dearly"
    claim = build_claim(
        NAMED,
        source="Tom Lee",
        source_type="involved",
        cue="said",
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=f"Rival bidder Tom Lee said {content}.",
    )
    said_ = statement(claim, Article(text=NAMED))
    assert said_ is not None
    # The possessive stays on the name: "Dana Hale's plan", not "Dana Hale plan's".
    assert said_.clause == "Dana Hale's plan would cost riders dearly"


def test_a_name_inside_a_quotation_is_left_as_the_speaker_said_it():
    content = "Hale has never ridden the ferry at rush hour"
    claim = build_claim(
        NAMED,
        source="Tom Lee",
        source_type="involved",
        cue="said",
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=f"\u201c{content},\u201d Lee said.",
    )
    said_ = statement(claim, Article(text=NAMED))
    assert said_ is not None and said_.form == "quote"
    assert said_.clause == content


def test_a_name_inside_a_phrase_quoted_in_a_restated_clause_is_left_alone():
    content = "Hale had called the fares \u201ca bargain Hale can defend\u201d at the meeting"
    claim = build_claim(
        NAMED,
        source="Tom Lee",
        source_type="involved",
        cue="said",
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=f"Lee said {content}.",
    )
    said_ = statement(claim, Article(text=NAMED))
    assert said_ is not None
    assert said_.clause == (
        "Dana Hale had called the fares \u201ca bargain Hale can defend\u201d at the meeting"
    )


def test_names_that_would_take_a_clause_over_its_limit_are_left_bare():
    content = "the new boats cost more than planned"
    claim = build_claim(
        NAMED,
        source="Dana Hale",
        source_type="official",
        cue="said",
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=f"Hale said {content}.",
    )
    lee = build_claim(
        NAMED,
        source="Tom Lee",
        source_type="involved",
        cue="said",
        cue_strength="report",
        content="Hale's plan would cost riders dearly",
        status="attributed",
        evidence="Rival bidder Tom Lee said Hale's plan would cost riders dearly.",
    )
    assert statement(claim, Article(text=NAMED)) is not None
    said_ = statement(lee, Article(text=NAMED), limit=6)
    assert said_ is not None and said_.clause == "Hale's plan would cost riders dearly"


def test_an_opening_time_link_is_dropped_from_a_restated_clause():
    text = "A short time later, Kerrow police stopped a van driven by Ann Ruiz."
    said_ = statement(own_voice(text, text.rstrip(".")), Article(text=text))
    assert said_ is not None
    assert said_.clause == "Kerrow police stopped a van driven by Ann Ruiz"


def test_a_time_link_stays_where_the_clause_would_be_too_short_without_it():
    text = "Two days later, the police left."
    said_ = statement(own_voice(text, text.rstrip(".")), Article(text=text))
    assert said_ is not None and said_.clause.lower().startswith("two days later")


def test_an_opening_in_sum_is_dropped():
    text = "In sum, more than 400 riders are expected to get refunds."
    said_ = statement(own_voice(text, text.rstrip(".")), Article(text=text))
    assert said_ is not None
    assert said_.clause == "more than 400 riders are expected to get refunds"


THINGS = (
    "Road ads\n\n"
    "Kerrow County\u2019s campaign drew complaints on Monday.\n\n"
    "Tom Lee said the campaign made the mistake of hiding its point.\n\n"
    "\u201cThe campaign made the mistake of hiding its point,\u201d Lee said.\n"
)


def test_a_restated_clause_names_a_thing_as_the_article_last_did():
    content = "the campaign made the mistake of hiding its point"
    claim = build_claim(
        THINGS,
        source="Tom Lee",
        source_type="involved",
        cue="said",
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=f"Tom Lee said {content}.",
    )
    said_ = statement(claim, Article(text=THINGS))
    assert said_ is not None
    assert said_.clause == "Kerrow County\u2019s campaign made the mistake of hiding its point"


def test_a_quotation_keeps_the_thing_as_the_speaker_said_it():
    content = "The campaign made the mistake of hiding its point"
    claim = build_claim(
        THINGS,
        source="Tom Lee",
        source_type="involved",
        cue="said",
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=f"\u201c{content},\u201d Lee said.",
    )
    said_ = statement(claim, Article(text=THINGS))
    assert said_ is not None and said_.form == "quote"
    assert said_.clause == content


CLOSING = (
    "Harbor fares\n\n"
    "Hale said the fare rise is a costly plan for the town, however.\n\n"
    "\u201cThe fare rise is a costly plan for the whole town, however,\u201d Hale said.\n"
)


def test_a_discourse_marker_closing_a_restated_clause_is_dropped():
    content = "the fare rise is a costly plan for the town, however"
    claim = _said(CLOSING, content, f"Hale said {content}.")
    said = statement(claim, Article(text=CLOSING))
    assert said is not None
    assert said.clause == "the fare rise is a costly plan for the town"


def test_a_discourse_marker_closing_a_quotation_stays_as_the_speaker_said_it():
    content = "The fare rise is a costly plan for the whole town, however"
    claim = _said(CLOSING, content, f"\u201c{content},\u201d Hale said.")
    said = statement(claim, Article(text=CLOSING))
    assert said is not None
    assert said.clause == content


def test_a_for_instance_linking_to_the_sentence_before_is_dropped():
    content = "The inspectors were, for instance, unable to test the water of every well"
    text = f"{content}, Tom Lee said."
    said_ = statement(said(text, content), Article(text=text))
    assert said_ is not None
    assert said_.clause == "the inspectors were unable to test the water of every well"


# A paraphrase holding part of a quotation that runs on past the cut: 'the mayor said the
# port "is going to have to make a deal that I like. If not, that's it."'
PARTIAL = (
    "Port Talks\n\n"
    'Mayor Ana Ruiz said on Monday that the port "is going to have to make a deal that I'
    " like. If they don't, that's it.\"\n"
)


def test_a_partial_quotation_cut_at_its_first_sentence_is_closed_there():
    content = "the port \"is going to have to make a deal that I like. If they don't, that's it"
    claim = _said(PARTIAL, content, PARTIAL.split("\n\n")[1].strip())
    said = statement(claim, Article(text=PARTIAL))
    assert said is not None
    assert said.clause == 'the port "is going to have to make a deal that I like"'


def test_a_quotation_opened_after_a_comma_is_not_closed_at_the_cut():
    # Cut before its "but", the clause would say the ferry is simply the better choice.
    assert closed_partial_quote('The ferry is cheaper, "but it takes twice as long') == (
        'The ferry is cheaper, "but it takes twice as long'
    )


def test_a_first_person_inside_a_restated_clauses_quotation_is_the_speakers():
    assert not has_dangling_reference('the port "is going to make a deal that I like"')
    assert has_dangling_reference("the port is going to make a deal that I like")


def test_a_quotation_closed_by_the_cut_is_marked_for_no_status_key():
    content = "the port \"is going to have to make a deal that I like. If they don't, that's it"
    said = statement(_said(PARTIAL, content, PARTIAL.split("\n\n")[1].strip()), Article(PARTIAL))
    assert said is not None and said.cut_quote


def test_a_quotation_the_article_closes_is_not_marked():
    text = 'Port Talks\n\nRuiz said the port needs "more resolution and more power."\n'
    content = 'the port needs "more resolution and more power."'
    said = statement(_said(text, content, text.split("\n\n")[1].strip()), Article(text))
    assert said is not None and not said.cut_quote


CONCEDED = (
    "Gas stoves\n\n"
    "Most kitchens are safe, Dana Hale said.\n\n"
    'That being said, "people with gas stoves and heaters in small flats should open the'
    ' windows," Hale said.\n'
)


def test_an_opening_concession_to_the_sentence_before_is_dropped():
    # Before, the clause was refused: "That being said" points at a sentence the stem
    # does not show, and the quotation opened after it was cut unbalanced.
    content = (
        'That being said, "people with gas stoves and heaters in small flats should open the'
        " windows"
    )
    claim = _said(CONCEDED, content, next(s for s in CONCEDED.splitlines() if "That" in s))
    said = statement(claim, Article(text=CONCEDED))
    assert said is not None
    assert said.clause == (
        "people with gas stoves and heaters in small flats should open the windows"
    )
