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
  entries, its participants are the candidates, ordered best first (a name beats an
  organisation, e-mail or country; a family name starting with the term beats the term
  elsewhere in the name, and a whole word beats a prefix; then by family name);
  the other terms are checked on the candidate's ``search_text``. The total is exact.
- **Broad** (one or two letters, a very common word): participants are walked in name
  order and the first ``limit`` that match are shown; the total is only known to be
  "more than the limit", which the window says as "keep typing".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, bindparam, case, func, literal, select
from sqlalchemy.orm import Session

from desk.events.event import Event
from desk.people.participants import (
    ParticipantInfo,
    country_words,
    info_select,
    infos,
    infos_by_ids,
)
from desk.people.textnorm import fold
from desk.storage.models import STATUS_MERGED, Participant, ParticipantWord

DEFAULT_LIMIT = 100
MAX_TERMS = 6
RANKED_LIMIT = 5000
# With more than one term the candidates are joined with participants to check the other
# terms, which costs more per candidate: beyond this many, walking in name order is faster.
RANKED_LIMIT_MANY_TERMS = 3000


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str
    total: int  # exact when ``exact``; else a lower bound
    hits: tuple[ParticipantInfo, ...]
    exact: bool = True


def _in_range(term: str) -> ColumnElement[bool]:
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


def _size(session: Session, term: str, countries: tuple[str, ...], cap: int) -> tuple[int, int]:
    """Index entries starting with ``term``, and participants of the countries it names,
    at most ``cap`` of each."""
    words = select(literal(1)).where(_in_range(term)).limit(cap).subquery()
    entries = session.scalar(select(func.count()).select_from(words)) or 0
    people = 0
    if countries:
        sub = select(literal(1)).where(Participant.country.in_(countries)).limit(cap).subquery()
        people = session.scalar(select(func.count()).select_from(sub)) or 0
    return entries, people


def search(session: Session, event: Event, query: str, limit: int = DEFAULT_LIMIT) -> SearchResult:
    """Participants matching ``query`` (everyone, by family name, when it is empty);
    registrations merged into another person are left out (their words are dropped from
    the index, but a country or a later sync can still bring them up)."""
    found = _search(session, event, query, limit)
    hits = tuple(p for p in found.hits if p.status != STATUS_MERGED)
    if len(hits) == len(found.hits):
        return found
    return replace(found, total=max(found.total - (len(found.hits) - len(hits)), 0), hits=hits)


def _search(session: Session, event: Event, query: str, limit: int) -> SearchResult:
    terms = list(dict.fromkeys(fold(query).split()))[:MAX_TERMS]
    if not terms:
        total = session.scalar(select(func.count()).select_from(Participant)) or 0
        rows = session.execute(
            info_select().order_by(Participant.sort_key, Participant.id).limit(limit)
        ).all()
        return SearchResult(query, total, tuple(infos(session, rows)))

    countries = {t: country_codes(event, t) for t in terms}
    parts = {t: _size(session, t, countries[t], RANKED_LIMIT + 1) for t in terms}
    sizes = {t: sum(parts[t]) for t in terms}
    rarest = min(terms, key=lambda t: sizes[t])
    if sizes[rarest] == 0:
        return SearchResult(query, 0, ())
    others = [t for t in terms if t != rarest]
    if parts[rarest][0] == 0 and not others:
        # Only a country ("mexico", "estados"): its people by family name.
        return _broad(session, query, terms, limit, countries[rarest])
    if sizes[rarest] <= (RANKED_LIMIT if not others else RANKED_LIMIT_MANY_TERMS):
        return _ranked(session, query, rarest, countries[rarest], others, limit)
    return _broad(session, query, terms, limit)


def _contains(term: Any) -> Any:
    """The participant has a word starting with ``term`` (``search_text`` is " w1 w2 … ")."""
    return Participant.search_text.like(literal("% ") + term + literal("%"))


@cache
def _ranked_statement(terms: int) -> Select[Any]:
    """Best-first page of the participants with a word starting with the rarest term,
    bound as ``t0`` (upper bound ``t0_hi``), who also have the other terms (``t1``…)."""
    w = ParticipantWord
    t0: Any = bindparam("t0")
    # The family name (the start of ``sort_key``) beats any other name word: "nunez" lists
    # "Núñez García" before "Dellano Núñez"; a whole word beats a prefix.
    head = func.substr(w.sort_key, 1, bindparam("t0_len") + 1)
    tier = case(
        (w.word == t0, case((head.in_([t0, bindparam("t0_sp")]), 0), else_=1)),
        (func.substr(w.sort_key, 1, bindparam("t0_len")) == t0, 2),
        else_=3,
    )
    candidates = (
        select(
            w.participant_id.label("pid"),
            func.min(w.rank * 4 + tier).label("score"),
            func.min(w.sort_key).label("sort_key"),
        )
        .where(w.word >= bindparam("t0"), w.word < bindparam("t0_hi"))
        .group_by(w.participant_id)
        .subquery()
    )
    page = select(candidates.c.pid, func.count().over().label("total"))
    if terms > 1:
        page = page.join(Participant, Participant.id == candidates.c.pid).where(
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
    """Word matches of the rarest term, best first; then, when the term also names
    countries, the people of those countries (a country match ranks last) by name."""
    params: dict[str, Any] = {
        "limit": limit,
        "t0": first,
        "t0_hi": first + "\uffff",
        "t0_sp": first + " ",
        "t0_len": len(first),
    }
    params.update({f"t{n}": term for n, term in enumerate(others, 1)})
    page = session.execute(_ranked_statement(1 + len(others)), params).all()
    ids = [r.pid for r in page]
    total = page[0].total if page else 0
    if countries:
        from_countries = [Participant.country.in_(countries), *(_contains(t) for t in others)]
        seen = set(ids)
        if len(ids) < limit:
            more = session.scalars(
                select(Participant.id)
                .where(*from_countries)
                .order_by(Participant.sort_key, Participant.id)
                .limit(limit)
            ).all()
            ids += [pid for pid in more if pid not in seen][: limit - len(ids)]
        w = ParticipantWord
        in_both = (
            select(func.count(func.distinct(w.participant_id)))
            .join(Participant, Participant.id == w.participant_id)
            .where(_in_range(first), *from_countries)
        )
        total += (
            session.scalar(select(func.count()).select_from(Participant).where(*from_countries))
            or 0
        ) - (session.scalar(in_both) or 0)
    if not ids:
        return SearchResult(query, 0, ())
    return SearchResult(query, total, tuple(infos_by_ids(session, ids)))


def _broad(
    session: Session,
    query: str,
    terms: list[str],
    limit: int,
    countries: tuple[str, ...] = (),
) -> SearchResult:
    """Matches in family-name order: the first ``limit`` of many, or those of countries."""
    where = [Participant.country.in_(countries)] if countries else [_contains(t) for t in terms]
    rows = session.execute(
        info_select().where(*where).order_by(Participant.sort_key, Participant.id).limit(limit + 1)
    ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    if countries and more:
        total = session.scalar(select(func.count()).select_from(Participant).where(*where)) or 0
        return SearchResult(query, total, tuple(infos(session, rows)))
    return SearchResult(query, len(rows) + int(more), tuple(infos(session, rows)), exact=not more)
