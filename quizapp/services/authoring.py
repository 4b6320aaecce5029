"""Authoring: from an article to a published question set, as plain functions.

The instructor's views and the analysis job call these over a SQLAlchemy session and plain
values; nothing here knows about requests or templates. Each function flushes but never
commits: the caller commits once, so a failure leaves nothing half-saved.

Versioning (see docs/authoring.md): a question that has answers is never changed. Editing
it retires it (``Question.retired``) and inserts an edited copy at the same position, and
deleting it only retires it, so every attempt keeps the exact questions it was graded on;
learners who start later get the copy.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from quizapp import models
from quizapp.core import claims as core
from quizapp.models import AnalysisState, Feedback, Grading, SetStatus
from quizapp.services.attempts import core_question
from quizapp.services.set_files import question_row

# Join codes: no 0/O, 1/I/L, so a code read aloud or copied from a board is unambiguous.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
SET_FILE_SUFFIXES = (".yaml", ".yml")
GIFT_SUFFIXES = (".gift", ".txt")
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


class AuthoringError(ValueError):
    """Something an instructor asked for that cannot be done; ``errors`` are for the page."""

    def __init__(self, errors: str | Sequence[str]) -> None:
        self.errors = [errors] if isinstance(errors, str) else list(errors)
        super().__init__("; ".join(self.errors))


def _now() -> datetime:
    return datetime.now(UTC)


# --------------------------------------------------------------------------- ownership


def owned_set(session: Session, user: models.User, set_id: int) -> models.QuestionSet | None:
    qs = session.get(models.QuestionSet, set_id)
    return qs if qs is not None and qs.owner_id == user.id else None


def owned_article(session: Session, user: models.User, article_id: int) -> models.Article | None:
    article = session.get(models.Article, article_id)
    return article if article is not None and article.owner_id == user.id else None


def owned_claim(session: Session, user: models.User, claim_id: int) -> models.Claim | None:
    claim = session.get(models.Claim, claim_id)
    if claim is None or claim.article.owner_id != user.id:
        return None
    return claim


def owned_question(session: Session, user: models.User, question_id: int) -> models.Question | None:
    q = session.get(models.Question, question_id)
    if q is None or q.retired or q.question_set.owner_id != user.id:
        return None
    return q


def articles_owned_by(session: Session, user: models.User) -> list[models.Article]:
    return list(
        session.scalars(
            select(models.Article)
            .where(models.Article.owner_id == user.id)
            .order_by(models.Article.created_at.desc(), models.Article.id.desc())
        )
    )


def set_of_article(session: Session, article: models.Article) -> models.QuestionSet | None:
    """The draft set generated from an article (the first one, if several were made)."""
    return session.scalar(
        select(models.QuestionSet)
        .where(
            models.QuestionSet.article_id == article.id,
            models.QuestionSet.owner_id == article.owner_id,
        )
        .order_by(models.QuestionSet.id)
    )


def published_library(session: Session, user: models.User) -> list[models.QuestionSet]:
    """The sets ``user`` may copy into their drafts: the bundled examples (and other sets
    without an owner) first, then other instructors' published sets."""
    return list(
        session.scalars(
            select(models.QuestionSet)
            .where(
                or_(
                    models.QuestionSet.owner_id.is_(None),
                    and_(
                        models.QuestionSet.status == SetStatus.PUBLISHED,
                        models.QuestionSet.owner_id != user.id,
                    ),
                )
            )
            .order_by(
                models.QuestionSet.owner_id.is_not(None),
                models.QuestionSet.title,
                models.QuestionSet.id,
            )
        )
    )


def can_copy(question_set: models.QuestionSet, user: models.User) -> bool:
    """One's own sets, the library's examples (no owner) and colleagues' published sets."""
    return question_set.owner_id in (None, user.id) or question_set.is_published


def active_questions(qs: models.QuestionSet) -> list[models.Question]:
    """The questions a new attempt gets, in order (retired versions left out)."""
    return [q for q in qs.questions if not q.retired]


# --------------------------------------------------------------------------- articles


@dataclass
class ArticleInput:
    """What the article form gives: pasted text or an uploaded file, and its metadata."""

    text: str = ""
    raw: bytes | None = None
    filename: str = ""
    title: str = ""
    outlet: str = ""
    url: str = ""
    date: str = ""


def read_input(data: ArticleInput) -> core.Article:
    """The core Article for a paste or an upload; AuthoringError when it cannot be read."""
    from quizapp.core.article import ArticleError, read_article

    try:
        if data.raw is not None:
            name = data.filename or "upload.txt"
            if not name.lower().endswith(ARTICLE_SUFFIXES):
                raise AuthoringError(f"{name}: upload a .txt or .html file")
            article = read_article(data.raw, name=name)
        else:
            text = data.text.replace("\r\n", "\n")
            if not text.strip():
                raise AuthoringError("Paste the article's text or choose a file.")
            article = read_article(text.encode("utf-8"), name="pasted text")
    except ArticleError as error:
        raise AuthoringError(str(error)) from None
    url = data.url.strip()
    if url and not url.lower().startswith(("http://", "https://")):
        raise AuthoringError("URL: give the article's web address, starting with https://")
    # What the teacher typed wins; an empty field keeps what the page's metadata says.
    article.title = data.title.strip() or article.title or "Untitled article"
    article.outlet = data.outlet.strip() or article.outlet
    found_url = article.url if article.url.lower().startswith(("http://", "https://")) else ""
    article.url = url or found_url
    article.date = data.date.strip() or article.date
    return article


def create_article(session: Session, owner: models.User, data: ArticleInput) -> models.Article:
    """Store an article, queued for analysis (the caller enqueues the job after commit)."""
    article = read_input(data)
    original = data.raw.decode("utf-8", "replace") if data.raw is not None else data.text
    row = models.Article(
        owner_id=owner.id,
        title=article.title[:300],
        outlet=article.outlet[:200],
        url=article.url[:2000],
        published_on=article.date[:32],
        original=original,
        text=article.text,
        body=[list(s) for s in article.body],
        analysis_state=AnalysisState.QUEUED,
        analysis_error="",
    )
    session.add(row)
    session.flush()
    return row


def article_to_core(article: models.Article) -> core.Article:
    return core.Article(
        text=article.text,
        title=article.title,
        outlet=article.outlet,
        url=article.url,
        date=article.published_on,
        path=f"article-{article.id}",
        body=[(int(s), int(e)) for s, e in article.body],
    )


def claim_to_core(claim: models.Claim) -> core.Claim:
    return core.Claim(
        source=claim.source,
        source_text=claim.source_text,
        source_type=claim.source_type,
        cue=claim.cue,
        cue_strength=claim.cue_strength,
        content=claim.content,
        status=claim.status,
        status_reason=claim.status_reason,
        evidence=claim.evidence,
        source_spans=[(int(s), int(e)) for s, e in claim.source_spans or []],
        cue_spans=[(int(s), int(e)) for s, e in claim.cue_spans or []],
        content_spans=[(int(s), int(e)) for s, e in claim.content_spans or []],
        evidence_span=tuple(claim.evidence_span) if claim.evidence_span else (0, 0),  # type: ignore[arg-type]
        figures=[core.figure_from_json(f) for f in claim.figures or []],
        related=list(claim.related or []),
        confidence=claim.confidence,
        checked=bool(claim.edited),
    )


def analysis_of(article: models.Article) -> core.Analysis:
    """The article's stored (possibly corrected) claims as a core Analysis."""
    claims = [claim_to_core(c) for c in article.claims]
    index_of = {row.id: i for i, row in enumerate(article.claims)}
    for index, (c, row) in enumerate(zip(claims, article.claims, strict=True)):
        c.related = [index_of[r] for r in row.related or [] if r in index_of and r != row.id]
        for f in c.figures:
            f.claim = index
    return core.Analysis(
        article=article_to_core(article),
        claims=claims,
        figures=[f for c in claims for f in c.figures],
    )


def _claim_row(c: core.Claim, position: int) -> models.Claim:
    data = c.to_json()
    return models.Claim(
        position=position,
        source=c.source[:300],
        source_text=c.source_text[:300],
        source_type=c.source_type,
        cue=c.cue[:120],
        cue_strength=c.cue_strength,
        content=c.content,
        status=c.status,
        status_reason=c.status_reason,
        evidence=c.evidence,
        source_spans=data["source_spans"],
        cue_spans=data["cue_spans"],
        content_spans=data["content_spans"],
        evidence_span=data["evidence_span"],
        figures=data["figures"],
        related=list(c.related),
        confidence=c.confidence,
    )


def store_analysis(
    session: Session, article: models.Article, analysis: core.Analysis
) -> models.QuestionSet:
    """Replace the article's claims with the analyser's and (re)generate its draft set."""
    for claim in list(article.claims):
        article.claims.remove(claim)
    session.flush()
    rows = [_claim_row(c, position) for position, c in enumerate(analysis.claims)]
    article.claims.extend(rows)
    session.flush()
    # ``related`` is stored as Claim ids: indices would go stale when claims are corrected.
    for i, (row, c) in enumerate(zip(rows, analysis.claims, strict=True)):
        row.related = [rows[j].id for j in c.related if 0 <= j < len(rows) and j != i]
    article.analysis_state = AnalysisState.DONE
    article.analysis_error = ""
    article.analysed_at = _now()
    session.flush()
    qs = set_of_article(session, article)
    if qs is None:
        qs = models.QuestionSet(
            owner_id=article.owner_id,
            article_id=article.id,
            title=article.title[:300] or "Untitled set",
            description=_describe(article),
            generation_seed=secrets.randbelow(2**31),
        )
        session.add(qs)
        session.flush()
    regenerate(session, qs, require_claims=False)  # an analysis may find no claim at all
    return qs


def _describe(article: models.Article) -> str:
    parts = [p for p in (article.outlet, article.published_on) if p]
    return "Questions on the article" + (f" ({', '.join(parts)})" if parts else "") + "."


# --------------------------------------------------------------------------- claims

_WS = re.compile(r"\s+")


def locate(text: str, quote: str, near: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """The span of ``quote`` in ``text`` (whitespace-insensitive), nearest to ``near``."""
    spans = occurrences(text, quote)
    if not spans:
        return None
    if near is None:
        return spans[0]
    a, b = near

    def distance(span: tuple[int, int]) -> int:
        s, e = span
        if e >= a and s <= b:
            return 0
        return a - e if e < a else s - b

    return min(spans, key=distance)


def occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    """Every span of ``quote`` in ``text``, whitespace-insensitive."""
    quote = quote.strip()
    if not quote:
        return []
    pattern = r"\s+".join(re.escape(w) for w in _WS.split(quote))
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def sentence_span(article: models.Article, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) holding ``[start, end)``, kept inside the body block that holds it."""
    return article_to_core(article).sentence_span(start, end)


def in_body(article: models.Article, start: int, end: int) -> bool:
    return article_to_core(article).in_body(start, end)


@dataclass
class ClaimInput:
    source: str = ""
    cue: str = ""
    content: str = ""
    status: str = "attributed"
    source_type: str = "official"


def _check_claim(data: ClaimInput) -> None:
    errors = []
    if not data.source.strip() and data.status != "unattributed":
        errors.append("source: say who makes the claim")
    if not data.content.strip():
        errors.append("content: say what is claimed")
    if data.status not in core.STATUSES:
        errors.append(f"status: must be one of {', '.join(core.STATUSES)}")
    if data.source_type not in core.SOURCE_TYPES:
        errors.append(f"source type: must be one of {', '.join(core.SOURCE_TYPES)}")
    if errors:
        raise AuthoringError(errors)


def _refresh_claim(claim: models.Claim, article: models.Article) -> None:
    """Evidence sentence, cue strength and figures after the words of a claim changed."""
    from quizapp.core.claim_figures import extract_figures
    from quizapp.core.cue_strength import cue_strength

    spans = [*claim.content_spans, *claim.cue_spans, *claim.source_spans]
    if spans:
        start = min(s for s, _ in spans)
        end = max(e for _, e in spans)
        if claim.evidence_span and claim.evidence_span != [0, 0]:
            start = min(start, claim.evidence_span[0])
            end = max(end, claim.evidence_span[1])
            if end - start > 2000:  # words moved far from the old sentence: start afresh
                start = min(s for s, _ in spans)
                end = max(e for _, e in spans)
        s, e = sentence_span(article, start, end)
        claim.evidence_span = [s, e]
        claim.evidence = article.text[s:e]
    claim.cue_strength = "assertion" if claim.status == "unattributed" else cue_strength(claim.cue)
    figures = extract_figures(claim_to_core(claim), article.text)
    claim.figures = [{**f.__dict__, "span": list(f.span), "claim": claim.position} for f in figures]


def edit_claim(session: Session, claim: models.Claim, data: ClaimInput) -> models.Claim:
    """Correct a claim; words that occur in the article get their spans moved to them."""
    _check_claim(data)
    article = claim.article
    near = tuple(claim.evidence_span) if claim.evidence_span else None
    if data.content.strip() != claim.content.strip():
        span = locate(article.text, data.content, near)  # type: ignore[arg-type]
        claim.content_spans = [list(span)] if span else []
    if data.cue.strip() != claim.cue.strip():
        span = locate(article.text, data.cue, near) if data.cue.strip() else None  # type: ignore[arg-type]
        claim.cue_spans = [list(span)] if span else []
    if data.source.strip() != claim.source.strip():
        span = locate(article.text, data.source, near) if data.source.strip() else None  # type: ignore[arg-type]
        if span:
            claim.source_spans = [list(span)]
            claim.source_text = article.text[span[0] : span[1]][:300]
        elif not claim.source_spans:
            claim.source_text = data.source.strip()[:300]
    claim.source = data.source.strip()[:300]
    claim.cue = data.cue.strip()[:120]
    claim.content = data.content.strip()
    if data.status != claim.status:
        claim.status_reason = "Set by the instructor."
    claim.status = data.status
    claim.source_type = data.source_type
    claim.edited = True
    claim.confidence = 1.0
    _refresh_claim(claim, article)
    session.flush()
    return claim


def delete_claim(session: Session, claim: models.Claim) -> None:
    article = claim.article
    article.claims.remove(claim)
    session.flush()
    _renumber_claims(article)


def add_claim(
    session: Session,
    article: models.Article,
    data: ClaimInput,
    span: tuple[int, int] | None = None,
) -> models.Claim:
    """A claim the analyser missed: ``span`` (selected words) or ``data.content`` quoted."""
    text = article.text
    if span is None:
        if not data.content.strip():
            raise AuthoringError("content: select words in the article or quote them exactly")
        found = occurrences(text, data.content)
        if not found:
            raise AuthoringError(
                "content: those words are not in the article; copy them exactly as written"
            )
        span = next((f for f in found if in_body(article, *f)), found[0])
    start, end = span
    if not (0 <= start < end <= len(text)):
        raise AuthoringError("content: the selection is not inside the article")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        raise AuthoringError("content: the selection holds no words")
    if not in_body(article, start, end):
        raise AuthoringError(
            "content: select words from the article body, not a caption, credit or menu"
        )
    data.content = text[start:end]
    _check_claim(data)
    near = sentence_span(article, start, end)
    claim = models.Claim(
        source=data.source.strip()[:300],
        source_text=data.source.strip()[:300],
        source_type=data.source_type,
        cue=data.cue.strip()[:120],
        content=data.content,
        status=data.status,
        status_reason="Added by the instructor.",
        source_spans=[],
        cue_spans=[],
        content_spans=[[start, end]],
        evidence_span=list(near),
        figures=[],
        related=[],
        confidence=1.0,
        edited=True,
    )
    for name in ("source", "cue"):
        words = getattr(data, name).strip()
        found = locate(text, words, near) if words else None
        if found and found[1] >= near[0] - 400 and found[0] <= near[1] + 400:
            setattr(claim, f"{name}_spans", [list(found)])
            if name == "source":
                claim.source_text = text[found[0] : found[1]][:300]
    article.claims.append(claim)
    claim.article = article
    _refresh_claim(claim, article)
    session.flush()
    _renumber_claims(article)
    return claim


def _renumber_claims(article: models.Article) -> None:
    def key(c: models.Claim) -> tuple[int, int, int]:
        ev = c.evidence_span[0] if c.evidence_span else 0
        first = min((s for s, _ in c.content_spans), default=ev)
        return ev, first, c.id or 0

    ordered = sorted(article.claims, key=key)
    for position, c in enumerate(ordered):
        c.position = position
    article.claims.sort(key=lambda c: c.position)


# --------------------------------------------------------------------------- questions


def validate(q: Any, article: models.Article | None = None) -> list[str]:
    """The checks a file import runs: the question type's own, then, for a set with an
    article, that the evidence is the article's words and its spans fit the text."""
    from quizapp.core.questions.registry import validate_question

    errors = validate_question(q)
    if errors or article is None:
        return errors
    for line in q.evidence.split("\n") if q.evidence else []:
        if line.strip() and not has_words(line):
            return [f"evidence: quote the article's words, not only {line.strip()[:10]!r}"]
        if line.strip() and line.strip() not in article.text:
            return [f"evidence: not found word for word in the article: {line.strip()[:60]!r}"]
    if any(end > len(article.text) for _, end in q.evidence_spans):
        return ["evidence_spans: a span ends after the article text"]
    return []


def evidence_spans_for(
    article: models.Article | None, evidence: str, old_spans: Sequence[Sequence[int]] = ()
) -> list[list[int]]:
    """Where each line of ``evidence`` stands in the article, nearest the old spans."""
    if article is None:
        return []
    old = [(int(s), int(e)) for s, e in old_spans or []]
    near = (min(s for s, _ in old), max(e for _, e in old)) if old else None
    spans = []
    for line in (evidence or "").splitlines():
        if has_words(line) and (span := locate(article.text, line, near)) is not None:
            spans.append(list(span))
    return spans


def has_words(text: str) -> bool:
    """A letter or a digit: a lone quote mark or dash is no evidence."""
    return any(ch.isalnum() for ch in text)


def has_answers(session: Session, question: models.Question) -> bool:
    return bool(session.scalar(select(exists().where(models.Answer.question_id == question.id))))


def answered_ids(session: Session, qs: models.QuestionSet) -> set[int]:
    ids = [q.id for q in qs.questions]
    if not ids:
        return set()
    return set(
        session.scalars(
            select(models.Answer.question_id).where(models.Answer.question_id.in_(ids)).distinct()
        )
    )


def attempt_count(session: Session, qs: models.QuestionSet) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(models.Attempt).where(models.Attempt.set_id == qs.id)
        )
        or 0
    )


def _touch(qs: models.QuestionSet) -> None:
    qs.updated_at = _now()


def edit_question(session: Session, question: models.Question, new: Any) -> models.Question:
    """Apply an edited core Question. Answered questions are retired for an edited copy."""
    qs = question.question_set
    errors = validate(new, qs.article)
    if errors:
        raise AuthoringError(errors)
    target = question
    if has_answers(session, question):
        question.retired = True
        target = models.Question(
            position=question.position,
            type=question.type,
            stem=question.stem,
            answer=question.answer,
            claim_ids=list(question.claim_ids),
            evidence_spans=list(question.evidence_spans),
        )
        qs.questions.append(target)
    target.type = new.type
    target.stem = new.stem
    target.choices = list(new.choices)
    target.answer = new.answer
    target.skills = list(new.skills)
    target.explanation = new.explanation
    old_evidence, old_spans = question.evidence or "", list(question.evidence_spans or [])
    target.evidence = new.evidence
    if new.evidence_spans and old_evidence.strip() == (new.evidence or "").strip():
        target.evidence_spans = [list(s) for s in new.evidence_spans]
    else:
        # Edited evidence: the spans follow the new words, or feedback marks the old sentence.
        target.evidence_spans = evidence_spans_for(qs.article, new.evidence, old_spans)
    target.data = dict(new.data)
    target.edited_by_hand = True
    _touch(qs)
    session.flush()
    _renumber(qs)
    return target


def add_question(session: Session, qs: models.QuestionSet, new: Any) -> models.Question:
    errors = validate(new, qs.article)
    if errors:
        raise AuthoringError(errors)
    position = max((q.position for q in qs.questions), default=-1) + 1
    row = question_row(new, position, [])
    if not row.evidence_spans:
        row.evidence_spans = evidence_spans_for(qs.article, new.evidence)
    row.edited_by_hand = True
    qs.questions.append(row)
    _touch(qs)
    session.flush()
    return row


def delete_question(session: Session, question: models.Question) -> None:
    """Remove a question from the set; one with answers is only retired, never deleted."""
    qs = question.question_set
    if has_answers(session, question):
        question.retired = True
    else:
        qs.questions.remove(question)
        session.delete(question)
    _touch(qs)
    session.flush()
    _renumber(qs)


def move_question(session: Session, question: models.Question, offset: int) -> None:
    """Move a question up (-1) or down (+1) among the set's active questions."""
    qs = question.question_set
    active = active_questions(qs)
    index = active.index(question)
    target = max(0, min(len(active) - 1, index + offset))
    active.insert(target, active.pop(index))
    _apply_order(qs, active)
    _touch(qs)
    session.flush()


def reorder(session: Session, qs: models.QuestionSet, ids: Sequence[int]) -> None:
    """Put the active questions in the order of ``ids`` (any left out keep their order)."""
    active = active_questions(qs)
    by_id = {q.id: q for q in active}
    ordered = [by_id[i] for i in dict.fromkeys(ids) if i in by_id]
    ordered += [q for q in active if q not in ordered]
    _apply_order(qs, ordered)
    _touch(qs)
    session.flush()


def _apply_order(qs: models.QuestionSet, active: list[models.Question]) -> None:
    retired = [q for q in qs.questions if q.retired]
    for position, q in enumerate(active):
        q.position = position
    # Retired versions keep a position after the active ones; they are never shown.
    for offset, q in enumerate(retired):
        q.position = len(active) + offset
    qs.questions.sort(key=lambda q: (q.retired, q.position))


def _renumber(qs: models.QuestionSet) -> None:
    active = sorted(active_questions(qs), key=lambda q: (q.position, q.id or 0))
    _apply_order(qs, active)


@dataclass
class RegenerateReport:
    kept: int = 0  # edited or added by hand
    unchanged: int = 0  # generated again word for word: the same row, answers and all
    added: int = 0
    removed: int = 0
    stale: list[int] = field(default_factory=list)  # kept questions whose claims are gone


def regenerate(
    session: Session, qs: models.QuestionSet, *, require_claims: bool = True
) -> RegenerateReport:
    """Rebuild the generated questions from the article's (corrected) claims.

    Every question edited or added by hand is kept where it was, and so is every generated
    question that comes out the same; the others are replaced (retired when answered,
    deleted otherwise), so learners' answers stay on the questions they saw.
    """
    from quizapp.core.questions.generate import generate_questions

    article = qs.article
    if article is None:
        raise AuthoringError("This set has no article to generate questions from.")
    if require_claims and not article.claims:
        # A bundled or imported set's article has no claims: regenerating would empty it.
        raise AuthoringError(
            "The article has no claims to generate questions from: analyse it again or add"
            " claims on the article page first."
        )
    report = RegenerateReport()
    claim_ids = [c.id for c in article.claims]
    generated = generate_questions(analysis_of(article), seed=qs.generation_seed)
    active = active_questions(qs)
    kept = [q for q in active if q.edited_by_hand]
    stems = {q.stem.strip().casefold() for q in kept}
    previous = {_content_key(q): q for q in active if not q.edited_by_hand}
    order: list[models.Question] = []
    for g in generated:
        if g.stem.strip().casefold() in stems:
            continue
        ids = [claim_ids[i] for i in g.claims if 0 <= i < len(claim_ids)]
        same = previous.pop(_content_key(g), None)
        if same is not None:
            same.claim_ids = ids
            report.unchanged += 1
            order.append(same)
        else:
            row = question_row(g, 0, ids)
            qs.questions.append(row)
            report.added += 1
            order.append(row)
    _drop_replaced(session, qs, list(previous.values()))
    report.removed = len(previous)
    for q in sorted(kept, key=lambda q: q.position):
        order.insert(min(q.position, len(order)), q)
    session.flush()
    _apply_order(qs, order)
    report.kept = len(kept)
    present = set(claim_ids)
    report.stale = [q.id for q in kept if q.claim_ids and not set(q.claim_ids) <= present]
    _touch(qs)
    session.flush()
    return report


def _content_key(q: Any) -> str:
    """What a learner sees and is graded on: equal keys are the same question."""
    import json

    return json.dumps(
        [
            q.type,
            q.stem,
            list(q.choices or []),
            q.answer,
            list(q.skills or []),
            q.explanation or "",
            q.evidence or "",
            [[int(a), int(b)] for a, b in q.evidence_spans or []],
            q.data or {},
        ],
        sort_keys=True,
        ensure_ascii=False,
    )


def _drop_replaced(
    session: Session, qs: models.QuestionSet, replaced: list[models.Question]
) -> None:
    """Answered questions are retired (their marks stay); the others are deleted."""
    answered = answered_ids(session, qs)
    for q in replaced:
        if q.id in answered:
            q.retired = True
        else:
            qs.questions.remove(q)
            session.delete(q)


def stale_questions(qs: models.QuestionSet) -> set[int]:
    """Active questions built from claims that have since been deleted."""
    if qs.article is None:
        return set()
    present = {c.id for c in qs.article.claims}
    return {q.id for q in active_questions(qs) if q.claim_ids and not set(q.claim_ids) <= present}


# --------------------------------------------------------------------------- sets


def create_set(
    session: Session, owner: models.User, title: str, description: str = ""
) -> models.QuestionSet:
    title = title.strip()
    if not title:
        raise AuthoringError("title: give the set a title")
    qs = models.QuestionSet(owner_id=owner.id, title=title[:300], description=description.strip())
    session.add(qs)
    session.flush()
    return qs


@dataclass
class Settings:
    title: str
    description: str = ""
    shuffle: bool = False
    attempts_allowed: int = 1
    time_limit_minutes: int | None = None
    feedback: str = Feedback.AFTER_SUBMIT.value
    grading: str = Grading.BEST.value


def update_settings(session: Session, qs: models.QuestionSet, s: Settings) -> None:
    errors = []
    if not s.title.strip():
        errors.append("title: give the set a title")
    if s.attempts_allowed < 0:
        errors.append("attempts allowed: 0 (no limit) or more")
    if s.time_limit_minutes is not None and not 1 <= s.time_limit_minutes <= 24 * 60:
        errors.append("time limit: between 1 and 1440 minutes, or empty for none")
    if s.feedback not in {f.value for f in Feedback}:
        errors.append("feedback: after each question or after submitting")
    if s.grading not in {g.value for g in Grading}:
        errors.append("grading: best, last or first attempt")
    if errors:
        raise AuthoringError(errors)
    qs.title = s.title.strip()[:300]
    qs.description = s.description.strip()
    qs.shuffle = s.shuffle
    qs.attempts_allowed = s.attempts_allowed
    qs.time_limit_minutes = s.time_limit_minutes
    qs.feedback = Feedback(s.feedback)
    qs.grading = Grading(s.grading)
    _touch(qs)
    session.flush()


def new_join_code(session: Session) -> str:
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        taken = session.scalar(
            select(models.QuestionSet.id).where(models.QuestionSet.join_code == code)
        )
        if taken is None:
            return code


def publish(session: Session, qs: models.QuestionSet) -> str:
    """Publish a set whose questions are all valid; returns its join code."""
    active = active_questions(qs)
    if not active:
        raise AuthoringError("A set needs at least one question before it can be published.")
    errors = []
    for number, q in enumerate(active, start=1):
        errors += [f"question {number}: {e}" for e in validate(core_question(q))]
    if errors:
        raise AuthoringError(errors)
    if not qs.join_code:
        qs.join_code = new_join_code(session)
    qs.status = SetStatus.PUBLISHED
    qs.published_at = _now()
    _touch(qs)
    session.flush()
    return qs.join_code


def unpublish(session: Session, qs: models.QuestionSet) -> None:
    """Back to draft: learners can no longer join or start it. The code is kept for later."""
    qs.status = SetStatus.DRAFT
    _touch(qs)
    session.flush()


def copy_set(
    session: Session, source: models.QuestionSet, owner: models.User
) -> models.QuestionSet:
    """A draft copy of a published set (or of one's own), with its article and claims."""
    if not can_copy(source, owner):
        raise AuthoringError("Only a published set can be copied.")
    article = None
    claim_map: dict[int, int] = {}
    if source.article is not None:
        a = source.article
        article = models.Article(
            owner_id=owner.id,
            title=a.title,
            outlet=a.outlet,
            url=a.url,
            published_on=a.published_on,
            original=a.original,
            text=a.text,
            body=list(a.body),
            analysis_state=a.analysis_state,
            analysis_error=a.analysis_error,
            analysed_at=a.analysed_at,
        )
        pairs = []
        for c in a.claims:
            copy = models.Claim(
                **{
                    col: getattr(c, col)
                    for col in (
                        "position",
                        "source",
                        "source_text",
                        "source_type",
                        "cue",
                        "cue_strength",
                        "content",
                        "status",
                        "status_reason",
                        "evidence",
                        "source_spans",
                        "cue_spans",
                        "content_spans",
                        "evidence_span",
                        "figures",
                        "related",
                        "confidence",
                        "edited",
                    )
                }  # fmt: skip
            )
            copy.edited = False  # "corrected by you" is the copier's, not the colleague's
            article.claims.append(copy)
            pairs.append((c.id, copy))
        session.add(article)
        session.flush()
        claim_map = {old: new.id for old, new in pairs}
        for _, copy in pairs:
            copy.related = [claim_map[r] for r in copy.related or [] if r in claim_map]
    copy_set_row = models.QuestionSet(
        owner_id=owner.id,
        article=article,
        copied_from_id=source.id,
        title=f"Copy of {source.title}"[:300],
        description=source.description,
        generation_seed=source.generation_seed,
        shuffle=source.shuffle,
        attempts_allowed=source.attempts_allowed,
        time_limit_minutes=source.time_limit_minutes,
        feedback=source.feedback,
        grading=source.grading,
    )
    for position, q in enumerate(active_questions(source)):
        row = question_row(q, position, [claim_map[i] for i in q.claim_ids if i in claim_map])
        # A question built from claims belongs to the copy's claims: regenerating rebuilds it
        # from the copier's corrections. Only one added by hand (no claims) is kept as is.
        row.edited_by_hand = q.edited_by_hand and not q.claim_ids
        copy_set_row.questions.append(row)
    session.add(copy_set_row)
    session.flush()
    return copy_set_row


def delete_set(session: Session, qs: models.QuestionSet) -> None:
    if attempt_count(session, qs):
        raise AuthoringError("Learners have attempted this set: unpublish it instead.")
    session.delete(qs)
    session.flush()


# --------------------------------------------------------------------------- imports


@dataclass
class Upload:
    filename: str
    data: bytes


def _parse_set_file(upload: Upload, notes: list[str]) -> Any:
    """A parsed set file, or AuthoringError with the loader's line-numbered message."""
    from werkzeug.utils import secure_filename

    name = secure_filename(Path(upload.filename or "upload").name) or "upload"
    suffix = Path(name).suffix.lower()
    if suffix not in SET_FILE_SUFFIXES + GIFT_SUFFIXES:
        raise AuthoringError(f"{name}: upload a question-set file (.yaml) or a GIFT file (.gift)")
    try:
        text = upload.data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise AuthoringError(f"{name}: not a UTF-8 text file") from None
    if not text.strip():
        raise AuthoringError(f"{name}: the file is empty")
    from quizapp.core.formats.gift import read_gift
    from quizapp.core.formats.question_set import QuestionFileError, read_question_set
    from quizapp.core.formats.question_set import QuestionSet as SetFile

    try:
        if suffix in SET_FILE_SUFFIXES:
            # Text, no base directory: the article must be inline, never a server path.
            return read_question_set(text, name=name)
        result = read_gift(text, name)
    except QuestionFileError as error:
        raise AuthoringError(str(error)) from None
    except ValueError as error:
        raise AuthoringError(f"{name}: {error}") from None
    if not result.questions:
        raise AuthoringError(f"{name}: no question quizapp can use was found")
    notes += [f"{name}:{line}: skipped ({what})" for line, what in result.skipped]
    return SetFile(title=Path(name).stem.replace("_", " "), questions=result.questions)


def import_files(
    session: Session,
    owner: models.User,
    uploads: Iterable[Upload],
    notes: list[str] | None = None,
) -> list[models.QuestionSet]:
    """Every file parses, or nothing is saved: the errors of all files are reported.

    ``notes`` receives what was left out of otherwise good files (GIFT question kinds
    quizapp cannot keep, such as essays), with their lines.
    """
    notes = notes if notes is not None else []
    from quizapp.services.set_files import save_set_file

    parsed = []
    errors: list[str] = []
    uploads = list(uploads)
    if not uploads:
        raise AuthoringError("Choose at least one file.")
    for upload in uploads:
        try:
            parsed.append(_parse_set_file(upload, notes))
        except AuthoringError as error:
            errors += error.errors
    if errors:
        raise AuthoringError(errors)
    created = [save_set_file(session, set_file, owner=owner) for set_file in parsed]
    for qs in created:
        for q in qs.questions:
            q.edited_by_hand = True  # the instructor's own questions: regenerating keeps them
    session.flush()
    return created
