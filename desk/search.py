"""Accent- and case-insensitive participant search (DESIGN.md §6).

Every participant has a few normalised words in ``participant_words`` (given and family
names, organisation, e-mail, country names in Spanish and English), each with a rank.
A query is folded the same way and split into words; a participant matches when every
query word is the prefix of one of their words. The best matches come first: a whole
name word beats a prefix, a name beats an organisation, e-mail or country.
The prefix range ``word >= q AND word < q || '\\uffff'`` uses the primary-key index and
behaves the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, case, func, literal, select
from sqlalchemy.orm import Session

from desk.models import Participant, ParticipantWord
from desk.participants import ParticipantInfo, infos
from desk.textnorm import fold

DEFAULT_LIMIT = 200
MAX_TERMS = 6


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str
    total: int
    hits: tuple[ParticipantInfo, ...]


def search(session: Session, query: str, limit: int = DEFAULT_LIMIT) -> SearchResult:
    """Participants matching ``query`` (all of them, by family name, when it is empty)."""
    terms = list(dict.fromkeys(fold(query).split()))[:MAX_TERMS]
    if not terms:
        total = session.scalar(select(func.count()).select_from(Participant)) or 0
        rows = session.scalars(
            select(Participant).order_by(Participant.sort_key, Participant.id).limit(limit)
        ).all()
        return SearchResult(query, total, tuple(infos(session, rows)))

    scored = []
    for term in terms:
        w = ParticipantWord
        score = func.min(w.rank * 2 + case((w.word == term, 0), else_=1))
        scored.append(
            select(w.participant_id.label("pid"), score.label("score"))
            .where(and_(w.word >= term, w.word < literal(term + "\uffff")))
            .group_by(w.participant_id)
            .subquery()
        )
    first = scored[0]
    joined = first
    total_score = first.c.score
    for sub in scored[1:]:
        joined = joined.join(sub, sub.c.pid == first.c.pid)
        total_score = total_score + sub.c.score
    matches = select(first.c.pid.label("pid"), total_score.label("score")).select_from(joined)
    matches_sq = matches.subquery()
    total = session.scalar(select(func.count()).select_from(matches_sq)) or 0
    if total == 0:
        return SearchResult(query, 0, ())
    rows = (
        session.execute(
            select(Participant)
            .join(matches_sq, matches_sq.c.pid == Participant.id)
            .order_by(matches_sq.c.score, Participant.sort_key, Participant.id)
            .limit(limit)
        )
        .scalars()
        .all()
    )
    return SearchResult(query, total, tuple(infos(session, rows)))
