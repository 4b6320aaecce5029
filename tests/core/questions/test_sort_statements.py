"""The sort's statements: each a plain sentence, so none is labelled by its look."""

from __future__ import annotations

import random

from quizapp.core.claims import Analysis, Article
from quizapp.core.questions.registry import get_type
from quizapp.core.verification import assess_claims
from tests.factories.claims import build_claim, own_voice, span_of

TEXT = """Ferry Service Cut

The ferry company cancelled the evening crossing on Friday. Two boats have served the \
crossing since 1998. Harbour master Lena Voss \
said that storms had damaged the northern pier twice this month. "The repairs will cost \
far more than the harbour can afford," Voss said. "We cannot run a safe service until \
spring," said ferry captain Omar Reid.
"""


def _quoted(source: str, written: str, content: str, evidence: str) -> object:
    return build_claim(
        TEXT,
        source=source,
        source_text=written,
        source_type="official",
        cue="said",
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=evidence,
    )


def ferry() -> Analysis:
    body = [(span_of(TEXT, "The ferry company")[0], len(TEXT) - 1)]
    article = Article(text=TEXT, title="Ferry Service Cut", body=body)
    claims = [
        own_voice(
            TEXT,
            "The ferry company cancelled the evening crossing on Friday",
            "The ferry company cancelled the evening crossing on Friday.",
        ),
        _quoted(
            "Lena Voss",
            "Harbour master Lena Voss",
            "storms had damaged the northern pier twice this month",
            "Harbour master Lena Voss said that storms had damaged the northern pier twice "
            "this month.",
        ),
        _quoted(
            "Lena Voss",
            "Voss",
            "The repairs will cost far more than the harbour can afford",
            '"The repairs will cost far more than the harbour can afford," Voss said.',
        ),
        _quoted(
            "Omar Reid",
            "ferry captain Omar Reid",
            "We cannot run a safe service until spring",
            '"We cannot run a safe service until spring," said ferry captain Omar Reid.',
        ),
        own_voice(
            TEXT,
            "Two boats have served the crossing since 1998",
            "Two boats have served the crossing since 1998.",
        ),
    ]
    return Analysis(article=article, claims=claims)


def sorted_statements() -> dict[str, str]:
    (q,) = get_type("sort_statements").generate(ferry(), random.Random(0))
    return dict(zip(q.data["statements"], q.answer, strict=True))


def test_a_quotation_that_reads_as_a_plain_sentence_is_shown_without_its_marks():
    statements = sorted_statements()
    assert statements["The repairs will cost far more than the harbour can afford."] == (
        "attributed"
    )
    assert not any(s.startswith(("\u201c", '"')) for s in statements)


def test_a_quotation_in_the_speakers_first_person_is_left_out():
    assert not any("We cannot run" in s for s in sorted_statements())


def test_reported_and_own_voice_statements_stay():
    assert sorted_statements() == {
        "The ferry company cancelled the evening crossing on Friday.": "unattributed",
        "Storms had damaged the northern pier twice this month.": "attributed",
        "The repairs will cost far more than the harbour can afford.": "attributed",
        "Two boats have served the crossing since 1998.": "unattributed",
    }


PIER = """Pier Closed

The ferry company cancelled the evening crossing on Friday. Two boats have served the \
crossing since 1998.

Harbour master Lena Voss said that the northern pier is "beyond repair" after the storms.
"""


_END = "The ferry company cancelled the evening crossing on Friday."
_SINCE = "Two boats have served the crossing since 1998."


def test_a_restated_statement_quoting_a_phrase_is_shown_without_the_marks():
    body = [(span_of(PIER, "The ferry company")[0], len(PIER) - 1)]
    voss = build_claim(
        PIER,
        source="Lena Voss",
        source_text="Harbour master Lena Voss",
        source_type="official",
        cue="said",
        cue_strength="report",
        content='the northern pier is "beyond repair" after the storms',
        status="attributed",
        evidence='Harbour master Lena Voss said that the northern pier is "beyond repair" after'
        " the storms.",
    )
    claims = [
        own_voice(PIER, "The ferry company cancelled the evening crossing on Friday", _END),
        voss,
        own_voice(PIER, "Two boats have served the crossing since 1998", _SINCE),
    ]
    analysis = Analysis(Article(text=PIER, title="Pier Closed", body=body), claims)
    (q,) = get_type("sort_statements").generate(analysis, random.Random(0))
    assert "The northern pier is beyond repair after the storms." in q.data["statements"]


MARKET = (
    "Market Day\n\n"
    "The covered market reopened on Saturday after a month of repairs.\n"
    "Forty stalls took part in the first day of trading.\n"
    "The roof was replaced with glass panels over the main hall.\n"
    "Parking was free for shoppers until noon.\n"
    "A brass band played at the entrance for an hour.\n"
    "Stallholder Nina Roth said that the bakers sold out of bread by ten in the morning.\n"
    "Trader Paul Egan said that higher rents will drive small sellers away.\n"
)


def _market_said(source: str, content: str) -> object:
    line = next(s for s in MARKET.splitlines() if content in s)
    return build_claim(
        MARKET,
        source=source,
        source_text=source,
        source_type="involved",
        cue="said",
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=line,
    )


def test_no_label_is_on_more_than_half_the_statements_when_the_article_has_others():
    outlet = [line.rstrip(".") for line in MARKET.splitlines()[2:7]]
    claims = [own_voice(MARKET, content, content + ".") for content in outlet] + [
        _market_said("Nina Roth", "the bakers sold out of bread by ten in the morning"),
        _market_said("Paul Egan", "higher rents will drive small sellers away"),
    ]
    analysis = Analysis(Article(text=MARKET, body=[(12, len(MARKET))]), claims)
    (q,) = get_type("sort_statements").generate(analysis, random.Random(0))
    assert q.answer.count("unattributed") * 2 <= len(q.answer)


DEPOT = (
    "Depot Closure\n\n"
    "The city closed the north bus depot on Monday.\n"
    "Forty drivers moved to the south depot.\n"
    "The Transit Workers Union said the depot closure was illegal and rushed.\n"
    "Transit Director Lena Park denied that the depot closure was rushed, calling the plan"
    " years old.\n"
)


def test_a_sorted_disputed_statement_shows_the_rejection_in_the_evidence():
    def said(source: str, cue: str, content: str, evidence: str) -> object:
        return build_claim(
            DEPOT,
            source=source,
            source_type="official",
            cue=cue,
            cue_strength="report",
            content=content,
            status="attributed",
            evidence=evidence,
        )

    lines = DEPOT.splitlines()
    claims = [
        own_voice(DEPOT, lines[2].rstrip("."), lines[2]),
        own_voice(DEPOT, lines[3].rstrip("."), lines[3]),
        said(
            "the Transit Workers Union",
            "said",
            "the depot closure was illegal and rushed",
            lines[4],
        ),
        said("Lena Park", "denied", "that the depot closure was rushed", lines[5]),
    ]
    body = [(span_of(DEPOT, "The city")[0], len(DEPOT) - 1)]
    article = Article(text=DEPOT, title="Depot Closure", body=body)
    analysis = Analysis(article=article, claims=assess_claims(claims, article))
    assert analysis.claims[2].status == "disputed"
    (q,) = get_type("sort_statements").generate(analysis, random.Random(0))
    assert "disputed" in q.answer
    assert lines[5] in q.evidence
