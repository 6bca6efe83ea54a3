"""Accent- and case-insensitive participant search (DESIGN.md §6).

Every participant has a few normalised words in ``participant_words`` (given and family
names, organisation, e-mail, country names in Spanish and English), each with a rank.
A query is folded the same way and split into terms; a participant matches when every
term is the prefix of one of their words. The prefix range
``word >= t AND word < t || '\\uffff'`` uses the primary-key index and behaves the same on
SQLite and PostgreSQL.

Two plans keep every keystroke fast at 50,000 participants:

- **Ranked** (the usual case): when the rarest term matches at most ``RANKED_LIMIT`` index
  entries, its participants are the candidates; the other terms are checked per candidate
  through the ``(participant_id, word)`` index. Results are ordered best first (a whole
  name word beats a prefix, a name beats an organisation, e-mail or country) and the
  total is exact.
- **Broad** (one or two letters, a very common word): participants are walked in name
  order and the first ``limit`` that match are shown; the total is only known to be
  "more than the limit", which the window says as "keep typing".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Select, and_, bindparam, case, exists, func, literal, select
from sqlalchemy.orm import Session

from desk.models import Participant, ParticipantWord
from desk.participants import ParticipantInfo, info_select, infos, infos_by_ids
from desk.textnorm import fold

DEFAULT_LIMIT = 100
MAX_TERMS = 6
RANKED_LIMIT = 5000


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str
    total: int  # exact when ``exact``; else a lower bound
    hits: tuple[ParticipantInfo, ...]
    exact: bool = True


def _in_range(term: str):
    w = ParticipantWord
    return and_(w.word >= term, w.word < literal(term + "\uffff"))


def _entries(session: Session, term: str, cap: int) -> int:
    """How many index entries start with ``term``, counting at most ``cap``."""
    sub = select(literal(1)).where(_in_range(term)).limit(cap).subquery()
    return session.scalar(select(func.count()).select_from(sub)) or 0


def search(session: Session, query: str, limit: int = DEFAULT_LIMIT) -> SearchResult:
    """Participants matching ``query`` (everyone, by family name, when it is empty)."""
    terms = list(dict.fromkeys(fold(query).split()))[:MAX_TERMS]
    if not terms:
        total = session.scalar(select(func.count()).select_from(Participant)) or 0
        rows = session.execute(
            info_select().order_by(Participant.sort_key, Participant.id).limit(limit)
        ).all()
        return SearchResult(query, total, tuple(infos(session, rows)))

    sizes = {t: _entries(session, t, RANKED_LIMIT + 1) for t in terms}
    rarest = min(terms, key=lambda t: sizes[t])
    if sizes[rarest] == 0:
        return SearchResult(query, 0, ())
    if sizes[rarest] <= RANKED_LIMIT:
        return _ranked(session, query, rarest, [t for t in terms if t != rarest], limit)
    return _broad(session, query, terms, limit)


def _term_score(word: Any, rank: Any, term: Any) -> Any:
    return func.min(rank * 2 + case((word == term, 0), else_=1))


@cache
def _ranked_statement(terms: int) -> Select[Any]:
    """Best-first page of the participants matching ``terms`` terms; the rarest term is
    bound as ``t0``, the others as ``t1``…; each with its upper bound ``t0_hi``…"""
    w = ParticipantWord
    candidates = (
        select(
            w.participant_id.label("pid"),
            _term_score(w.word, w.rank, bindparam("t0")).label("score"),
            func.min(w.sort_key).label("sort_key"),
        )
        .where(w.word >= bindparam("t0"), w.word < bindparam("t0_hi"))
        .group_by(w.participant_id)
        .subquery()
    )
    score = candidates.c.score
    for n in range(1, terms):
        inner = ParticipantWord.__table__.alias()
        score = score + (
            select(_term_score(inner.c.word, inner.c.rank, bindparam(f"t{n}")))
            .where(
                inner.c.participant_id == candidates.c.pid,
                inner.c.word >= bindparam(f"t{n}"),
                inner.c.word < bindparam(f"t{n}_hi"),
            )
            .scalar_subquery()
        )
    scored = select(candidates.c.pid, score.label("score"), candidates.c.sort_key).subquery()
    return (
        select(scored.c.pid, func.count().over().label("total"))
        .where(scored.c.score.is_not(None))
        .order_by(scored.c.score, scored.c.sort_key, scored.c.pid)
        .limit(bindparam("limit"))
    )


def _ranked(
    session: Session, query: str, first: str, others: list[str], limit: int
) -> SearchResult:
    params: dict[str, Any] = {"limit": limit}
    for n, term in enumerate([first, *others]):
        params[f"t{n}"] = term
        params[f"t{n}_hi"] = term + "\uffff"
    page = session.execute(_ranked_statement(1 + len(others)), params).all()
    if not page:
        return SearchResult(query, 0, ())
    hits = infos_by_ids(session, [r.pid for r in page])
    return SearchResult(query, page[0].total, tuple(hits))


def _broad(session: Session, query: str, terms: list[str], limit: int) -> SearchResult:
    conditions = [
        exists().where(ParticipantWord.participant_id == Participant.id, _in_range(t))
        for t in terms
    ]
    rows = session.execute(
        info_select()
        .where(*conditions)
        .order_by(Participant.sort_key, Participant.id)
        .limit(limit + 1)
    ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    return SearchResult(query, len(rows) + int(more), tuple(infos(session, rows)), exact=not more)
