"""Accent- and case-insensitive participant search (DESIGN.md §6).

Every participant has a few normalised words in ``participant_words`` (given and family
names, organisation, e-mail), each with a rank; a term may also name countries (in Spanish
or English), whose participants are found through ``participants.country``.
A query is folded the same way and split into terms; a participant matches when every
term is the prefix of one of their words. The prefix range
``word >= t AND word < t || '\\uffff'`` uses the primary-key index and behaves the same on
SQLite and PostgreSQL.

Two plans keep every keystroke fast at 50,000 participants:

- **Ranked** (the usual case): when the rarest term matches at most ``RANKED_LIMIT`` index
  entries, its participants are the candidates, ordered best first (a whole name word
  beats a prefix, a name beats an organisation, e-mail or country, then by family name);
  the other terms are checked on the candidate's ``search_text``. The total is exact.
- **Broad** (one or two letters, a very common word): participants are walked in name
  order and the first ``limit`` that match are shown; the total is only known to be
  "more than the limit", which the window says as "keep typing".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Select, and_, bindparam, case, func, literal, select, union_all
from sqlalchemy.orm import Session

from desk.event import Event
from desk.models import Participant, ParticipantWord
from desk.participants import (
    RANK_COUNTRY,
    ParticipantInfo,
    country_words,
    info_select,
    infos,
    infos_by_ids,
)
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


_country_index_cache: dict[str, tuple[tuple[str, str], ...]] = {}


def _country_index(event: Event) -> tuple[tuple[str, str], ...]:
    """(word, ISO code) for every country of the event, names in both languages."""
    index = _country_index_cache.get(event.id)
    if index is None:
        index = tuple(
            (word, c.code) for c in event.countries for word in country_words(event, c.code)
        )
        _country_index_cache[event.id] = index
    return index


def country_codes(event: Event, term: str) -> tuple[str, ...]:
    """Countries with a name word (Spanish or English) or ISO code starting with ``term``."""
    return tuple(
        dict.fromkeys(code for word, code in _country_index(event) if word.startswith(term))
    )


def _size(session: Session, term: str, countries: tuple[str, ...], cap: int) -> int:
    """Index entries starting with ``term`` plus participants of matching countries, at
    most ``cap`` of each."""
    words = select(literal(1)).where(_in_range(term)).limit(cap).subquery()
    size = session.scalar(select(func.count()).select_from(words)) or 0
    if countries:
        people = select(literal(1)).where(Participant.country.in_(countries)).limit(cap).subquery()
        size += session.scalar(select(func.count()).select_from(people)) or 0
    return size


def search(session: Session, event: Event, query: str, limit: int = DEFAULT_LIMIT) -> SearchResult:
    """Participants matching ``query`` (everyone, by family name, when it is empty)."""
    terms = list(dict.fromkeys(fold(query).split()))[:MAX_TERMS]
    if not terms:
        total = session.scalar(select(func.count()).select_from(Participant)) or 0
        rows = session.execute(
            info_select().order_by(Participant.sort_key, Participant.id).limit(limit)
        ).all()
        return SearchResult(query, total, tuple(infos(session, rows)))

    countries = {t: country_codes(event, t) for t in terms}
    sizes = {t: _size(session, t, countries[t], RANKED_LIMIT + 1) for t in terms}
    rarest = min(terms, key=lambda t: sizes[t])
    if sizes[rarest] == 0:
        return SearchResult(query, 0, ())
    if sizes[rarest] <= RANKED_LIMIT:
        others = [t for t in terms if t != rarest]
        return _ranked(session, query, rarest, countries[rarest], others, limit)
    return _broad(session, query, terms, limit)


def _contains(term: Any) -> Any:
    """The participant has a word starting with ``term`` (``search_text`` is " w1 w2 … ")."""
    return Participant.search_text.like(literal("% ") + term + literal("%"))


@cache
def _ranked_statement(terms: int, with_countries: bool) -> Select[Any]:
    """Best-first page of the participants matching ``terms`` terms. The rarest term,
    bound as ``t0`` (upper bound ``t0_hi``; countries it names ``c0``), is looked up in
    the word index and ranks the results; the others (``t1``…) only have to be present."""
    w = ParticipantWord
    p = Participant
    found = select(
        w.participant_id.label("pid"),
        (w.rank * 2 + case((w.word == bindparam("t0"), 0), else_=1)).label("score"),
        w.sort_key.label("sort_key"),
    ).where(w.word >= bindparam("t0"), w.word < bindparam("t0_hi"))
    if with_countries:
        by_country = select(
            p.id.label("pid"), literal(RANK_COUNTRY * 2).label("score"), p.sort_key
        ).where(p.country.in_(bindparam("c0", expanding=True)))
        found = union_all(found, by_country)  # type: ignore[assignment]
    hits = found.subquery()
    candidates = (
        select(
            hits.c.pid,
            func.min(hits.c.score).label("score"),
            func.min(hits.c.sort_key).label("sort_key"),
        )
        .group_by(hits.c.pid)
        .subquery()
    )
    page = select(candidates.c.pid, func.count().over().label("total"))
    if terms > 1:
        page = page.join(p, p.id == candidates.c.pid).where(
            *(_contains(bindparam(f"t{n}")) for n in range(1, terms))
        )
    return page.order_by(candidates.c.score, candidates.c.sort_key, candidates.c.pid).limit(
        bindparam("limit")
    )


def _ranked(
    session: Session,
    query: str,
    first: str,
    countries: tuple[str, ...],
    others: list[str],
    limit: int,
) -> SearchResult:
    params: dict[str, Any] = {"limit": limit, "t0": first, "t0_hi": first + "\uffff"}
    params.update({f"t{n}": term for n, term in enumerate(others, 1)})
    if countries:
        params["c0"] = list(countries)
    statement = _ranked_statement(1 + len(others), bool(countries))
    page = session.execute(statement, params).all()
    if not page:
        return SearchResult(query, 0, ())
    hits = infos_by_ids(session, [r.pid for r in page])
    return SearchResult(query, page[0].total, tuple(hits))


def _broad(session: Session, query: str, terms: list[str], limit: int) -> SearchResult:
    rows = session.execute(
        info_select()
        .where(*(_contains(t) for t in terms))
        .order_by(Participant.sort_key, Participant.id)
        .limit(limit + 1)
    ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    return SearchResult(query, len(rows) + int(more), tuple(infos(session, rows)), exact=not more)
