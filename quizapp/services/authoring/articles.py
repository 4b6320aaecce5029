"""An instructor's articles: a paste or an upload read and stored, its analysis stored
as claims and a draft set."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp import models, store
from quizapp.core import claims as core
from quizapp.models import AnalysisState, utcnow
from quizapp.services.authoring import AuthoringError
from quizapp.services.authoring.regeneration import regenerate

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


def owned_article(session: Session, user: models.User, article_id: int) -> models.Article | None:
    article = session.get(models.Article, article_id)
    return article if article is not None and article.owner_id == user.id else None


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
    fitted = replace(  # the columns' lengths: a page's metadata can say anything
        article,
        title=article.title[:300],
        outlet=article.outlet[:200],
        url=article.url[:2000],
        date=article.date[:32],
    )
    row = store.article_row(
        fitted,
        original=original,
        owner_id=owner.id,
        analysis_state=AnalysisState.QUEUED,
        analysis_error="",
    )
    session.add(row)
    session.flush()
    return row


def store_analysis(
    session: Session, article: models.Article, analysis: core.Analysis
) -> models.QuestionSet:
    """Replace the article's claims with the analyser's and (re)generate its draft set."""
    store.replace_claims(session, article, analysis)
    article.analysis_state = AnalysisState.DONE
    article.analysis_error = ""
    article.analysed_at = utcnow()
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
    parts = [p for p in (article.outlet, article.date) if p]
    return "Questions on the article" + (f" ({', '.join(parts)})" if parts else "") + "."
