"""Page furniture, one kind per test, on lines and pages written for these tests."""

from __future__ import annotations

import pytest

from quizapp.core.article import article_from_text
from quizapp.core.furniture import classify_line, split_lines

LEAD = "The Riverton council voted on Tuesday to close the Old Mill bridge for repairs."
QUOTE = "“The bridge is not safe for heavy traffic,” council spokeswoman Lea Brandt said."
LAST = "Repairs are expected to take three months, according to the council's engineers."


def page(*middle: str, headline: str = "Riverton Closes Old Mill Bridge for Repairs") -> str:
    """A pasted article: headline, lead, the lines under test, two more paragraphs."""
    return "\n\n".join([headline, LEAD, *middle, QUOTE, LAST]) + "\n"


def body_of(text: str) -> str:
    article = article_from_text(text)
    return "\n".join(text[s:e] for s, e in article.body)


def assert_only_furniture_dropped(text: str, *furniture: str) -> None:
    body = body_of(text)
    for line in furniture:
        assert line not in body, line
    for line in (LEAD, QUOTE, LAST):
        assert line in body, line


# --------------------------------------------------------------------------- one line


@pytest.mark.parametrize(
    "line",
    [
        "By Marta Lindqvist, Science Correspondent",
        "By Olu Adeyemi - Senior Writer",
        "Analysis by Tomas Berg",
        "Priya Natarajan @priyanat",
        "Ilse Vogt ilse.vogt@ledger.example",
        "Henrik Dahl and Aiko Mori contributed reporting from Bergen.",
    ],
)
def test_bylines(line):
    assert classify_line(line) == "byline"


@pytest.mark.parametrize(
    "line",
    [
        "Updated: Wed., March 4, 2026",
        "Published March 4th, 2026 - 09:15 GMT",
        "Mar 4 2026, 10:18am ist",
        "On 3/4/26 at 9:00 AM EST",
    ],
)
def test_datelines_on_their_own_line(line):
    assert classify_line(line) == "date"


@pytest.mark.parametrize(
    "line",
    [
        "© Lena Sørensen / Nordic Wire",
        "Image copyright Harbour Photo Agency",
        "Image caption Ferry passengers waited for hours at the quay on Tuesday",
        "FILE PHOTO: Workers inspect a turbine at the Eastfield wind farm, May 2, 2025.",
        "Volunteers clear debris from the river bank. Karin Holm / Valley Press",
        "This chart, compiled by the ministry, shows ferry crossings per month since 2020.",
    ],
)
def test_photo_captions_and_credits(line):
    assert classify_line(line) in ("caption", "credit", "licence")


@pytest.mark.parametrize(
    "line",
    [
        "(Reporting by Joon Park; Editing by Sara Ruiz)",
        "Reporting by Joon Park in Seoul; Additional reporting by Ines Roth; Editing by Sara Ruiz",
    ],
)
def test_reporting_and_editing_lines(line):
    assert classify_line(line) == "byline"


@pytest.mark.parametrize(
    "line",
    [
        "— Mayor Ana Ruiz (@MayorRuiz) March 4, 2026",
        "Ana Ruiz (@MayorRuiz) March 4, 2026",
        "A post shared by Riverton Zoo (@rivertonzoo) on Mar 4, 2026 at 9:12am PST",
        "The new bridge deck is in! pic.twitter.com/AbC123xyz",
    ],
)
def test_social_post_credits(line):
    assert classify_line(line) == "social"


@pytest.mark.parametrize(
    "line",
    [
        "[Related: Five towns that rebuilt their bridges]",
        "Also on ledger.example Council approves new ferry timetable",
        "Ferry strike ends [VIDEO] | Council backs budget [PICTURES]",
    ],
)
def test_related_links(line):
    assert classify_line(line) in ("prompt", "related")


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "Get our morning briefing delivered to your inbox every weekday.",
        "Sign up for the Riverton Ledger newsletter",
        "Like this article? Share it with a colleague!",
        "Here are the main points:",
    ],
)
def test_adverts_and_newsletter_prompts(line):
    assert classify_line(line) == "prompt"


@pytest.mark.parametrize(
    "line",
    [
        "https://creativecommons.org/licenses/by-nc/4.0/",
        "ana.ruiz@city.example",
        "twitter.com/anaruiz",
        "This story was originally published by the Valley Press.",
        "Disclaimer: The views expressed by the analysts quoted here are their own and do not "
        "reflect those of the publisher, which advises readers to consult a licensed adviser.",
    ],
)
def test_licence_links_and_notes_about_the_article(line):
    assert classify_line(line) in ("licence", "url", "notice")


@pytest.mark.parametrize(
    "line",
    [
        "Local businesses contributed to the cleanup after the flood.",
        "Getty Images said on Monday that it would cut 200 jobs, according to a memo.",
        "The photo by the agency showed the ferry listing badly to one side, officials said.",
        "The senator (@senjane) wrote on Monday that the vote would be delayed until spring.",
        "By the time rescuers arrived, the ferry had already sunk in the harbour.",
        "Subscribers to the ferry pass will get a refund, the company said in a statement.",
        "Join us, she told the crowd, and we will win the vote in May.",
    ],
)
def test_sentences_that_mention_furniture_words_are_body(line):
    assert classify_line(line) is None


# --------------------------------------------------------------------------- in context


def test_subheads_and_related_headlines_are_not_glued_to_the_next_sentence():
    subhead = "Engineers found cracks in two supports"
    related = "Read next: Ferry fares to rise in spring as fuel costs climb"
    numbered = "2. What happens to the buses"
    quoted = "“Not safe for heavy traffic”"
    text = page(subhead, related, numbered, quoted)
    assert_only_furniture_dropped(text, subhead, related, numbered, quoted)


def test_a_list_item_without_a_full_stop_stays_body():
    item = "- two lanes closed to lorries from Monday"
    assert item in body_of(page("The council listed the changes:", item))


def test_hard_wrapped_text_keeps_every_line():
    text = (
        "The Riverton council voted on Tuesday to close the Old Mill\n"
        "bridge for repairs after inspectors found cracks in two of its\n"
        "supports, and said a shuttle bus would carry pedestrians across\n"
        "the river while the bridge is closed to all traffic\n"
        "Council spokeswoman Lea Brandt said the work would take three\n"
        "months and cost about 2.4 million dollars in total.\n"
    )
    assert body_of(text) == text.strip()


def test_embedded_post_and_its_credit_line():
    post = "The bridge deck is finally in, thank you to every crew who worked nights"
    credit = "— Ana Ruiz (@MayorRuiz) March 4, 2026"
    text = page(f"{post}\n{credit}")
    assert_only_furniture_dropped(text, post, credit)


def test_embedded_post_one_blank_line_above_its_credit():
    post = "Proud of our crews tonight. The bridge deck is in!"
    credit = "— Ana Ruiz (@MayorRuiz) March 4, 2026"
    text = page(post, credit)
    assert_only_furniture_dropped(text, post, credit)


def test_a_pull_quote_and_its_credit_are_not_a_second_statement():
    pull = "The bridge is not safe for heavy traffic."
    credit = "Council spokeswoman Lea Brandt"
    text = page(pull, credit)
    assert_only_furniture_dropped(text, credit)
    body = body_of(text)
    assert body.count("not safe for heavy traffic") == 1


def test_caption_with_agency_credit_beside_a_photo():
    caption = "Traffic queues at the bridge approach on Monday evening"
    credit = "© Lena Sørensen / Nordic Wire"
    text = page(f"{caption}\n{credit}")
    assert_only_furniture_dropped(text, caption, credit)


def test_byline_dateline_and_reporting_lines_around_the_body():
    text = (
        "Riverton Closes Old Mill Bridge for Repairs\n\n"
        "By Marta Lindqvist\n"
        "Updated: Wed., March 4, 2026\n\n"
        f"{LEAD}\n\n{QUOTE}\n\n{LAST}\n\n"
        "(Reporting by Joon Park; Editing by Sara Ruiz)\n"
    )
    assert_only_furniture_dropped(
        text, "Marta Lindqvist", "March 4, 2026", "Reporting by", "Editing by"
    )


def test_the_headline_is_the_title_but_not_body():
    headline = "Mayor Ruiz: the bridge will reopen in June"
    text = page(headline=headline)
    article = article_from_text(text)
    assert article.title == headline
    assert headline not in body_of(text)
    assert LEAD in body_of(text)


def test_a_first_line_that_is_a_sentence_stays_body():
    text = f"{LEAD}\n\n{QUOTE}\n"
    assert LEAD in body_of(text)


def test_removed_furniture_keeps_offsets():
    text = page("Engineers found cracks in two supports", "Advertisement")
    layout = split_lines(text)
    for s, e in layout.body:
        assert text[s:e] == text[s:e].strip()
        assert 0 <= s < e <= len(text)
    for (s, e), kind in layout.dropped:
        assert kind and text[s:e].strip()
    assert text.index(QUOTE) == next(
        s + text[s:e].index(QUOTE) for s, e in layout.body if QUOTE in text[s:e]
    )


def test_a_link_list_after_the_closing_furniture_is_not_the_article():
    links = ["- Ferry fares to rise in spring", "- Council approves the new budget"]
    text = page() + "\nSign up for the Riverton Ledger newsletter\n\n" + "\n".join(links) + "\n"
    assert_only_furniture_dropped(text, *links)


def test_a_list_that_ends_the_article_stays_body():
    item = "- two lanes closed to lorries from Monday"
    text = page() + f"\n{item}\n"
    assert item in body_of(text)


def test_a_paragraph_of_small_print_opened_by_an_offer():
    offer = (
        "Get unlimited access to the Ledger's subscription service for 2 dollars a month. "
        "Use the code SPRING. The offer includes the print edition, the app and the archive "
        "of every issue since 1990, and can be cancelled at any time."
    )
    assert classify_line(offer) == "prompt"


def test_a_lone_line_is_read_even_without_a_full_stop():
    text = "Officials said the bridge would reopen in June"
    assert body_of(text) == text


def test_a_title_case_headline_with_a_possessive_is_no_menu():
    text = (
        "Mayor’s Late-Night Budget Deal Leaves Council Guessing\n\n"
        "The mayor signed the budget at midnight, the council said.\n"
    )
    layout = split_lines(text)
    assert layout.headline is not None
    assert text[slice(*layout.headline)].startswith("Mayor’s Late-Night")
