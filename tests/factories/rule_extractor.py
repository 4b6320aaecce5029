"""A small rule-based stand-in for ``quizapp.core.attribution.extract_claims``.

Tests of the analysis around the extractor (sources, verification, the CLI) use it so that
they do not depend on the trained extractor's exact output: it finds "X said (that) Y",
"Y, X said", "according to X, Y" and "a report by X, which estimated Y" with the parse.
"""

from __future__ import annotations

from quizapp.core.claims import Article, Claim

CUES = {
    "say", "tell", "state", "note", "add", "announce", "report", "estimate", "claim",
    "insist", "deny", "confirm", "find", "show", "warn", "argue", "dismiss", "reject",
    "calculate", "project", "allege", "believe", "conclude",
}  # fmt: skip


def _span_of(tokens) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def extract_claims(doc, article: Article) -> list[Claim]:
    claims = []
    for sent in doc.sents:
        for tok in sent:
            if tok.pos_ in ("VERB", "AUX") and tok.lemma_ in CUES:
                subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
                comp = [c for c in tok.children if c.dep_ in ("ccomp", "dobj", "xcomp")]
                if not subj:
                    continue
                src = list(subj[0].subtree)
                if comp:
                    content = list(comp[0].subtree)
                else:
                    content = [t for t in sent if t.i < src[0].i and not t.is_punct]
                content = [t for t in content if not t.is_space]
                if not content:
                    continue
                claims.append(_claim(doc, sent, src, [tok], content))
            if tok.lower_ == "according" and tok.nbor(1).lower_ == "to":
                pobj = [c for c in tok.nbor(1).children if c.dep_ == "pobj"]
                if pobj:
                    src = list(pobj[0].subtree)
                    content = [t for t in sent if t.i > src[-1].i and not t.is_punct]
                    claims.append(_claim(doc, sent, src, [tok, tok.nbor(1)], content))
    return claims


def _claim(doc, sent, src, cue, content) -> Claim:
    s = _span_of(src)
    c = _span_of(cue)
    t = _span_of(content)
    return Claim(
        source=doc.text[s[0] : s[1]],
        source_text=doc.text[s[0] : s[1]],
        source_type="",
        cue=doc.text[c[0] : c[1]],
        cue_strength="report",
        content=doc.text[t[0] : t[1]],
        status="attributed",
        evidence=sent.text,
        evidence_span=(sent.start_char, sent.end_char),
        source_spans=[s],
        cue_spans=[c],
        content_spans=[t],
    )
