"""Who was present online at which agenda item, from the stored connections and matches.

A person's connections (every identity matched to them, every rejoin, every second
device) are merged into disjoint intervals first, so nothing is counted twice; the
person is present online at an agenda item when those intervals overlap the item's
[start, end) by at least the rule's threshold (:class:`desk.online.rules.OnlineRule`).
Registrations merged into another person count as that person. Somebody scanned at the
item's door is there in person, whatever else they did: in person wins
(desk.doors.attendance puts both together).

Everything is derived from the rows every time (DESIGN.md §3): a new file, a match made
here or merged from another desk, or a changed rule shows at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.events.event import KIND_FIELD_VISIT, Event
from desk.online.rules import OnlineRule, online_rule
from desk.storage.models import (
    STATUS_MERGED,
    OnlineInterval,
    OnlineMatch,
    Participant,
)

IN_PERSON = "in_person"
ONLINE = "online"

Interval = tuple[datetime, datetime]


def merged(intervals: Iterable[Interval]) -> list[Interval]:
    """Disjoint intervals covering the same time, in order (touching ones joined)."""
    out: list[Interval] = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def overlap(spans: list[tuple[float, float]], start: float, end: float) -> float:
    """Seconds of [start, end) that the disjoint, ordered ``spans`` cover (POSIX times)."""
    total = 0.0
    for a, b in spans:
        if a >= end:
            break
        if b > start:
            total += min(b, end) - max(a, start)
    return total


def decisions(session: Session) -> dict[str, tuple[str | None, str]]:
    """Identity → (participant id or None, method) of its latest match."""
    rows = session.execute(
        select(OnlineMatch.identity, OnlineMatch.participant_id, OnlineMatch.method).order_by(
            OnlineMatch.at, OnlineMatch.id
        )
    )
    return {ident: (pid, method) for ident, pid, method in rows}


def current_matches(session: Session) -> dict[str, str]:
    """Identity → participant id, for the identities matched to somebody now."""
    return {ident: pid for ident, (pid, _method) in decisions(session).items() if pid}


def _resolver(session: Session) -> dict[str, str]:
    """Merged registration → the person it was merged into (followed to the end)."""
    into: dict[str, str] = {
        pid: target
        for pid, target in session.execute(
            select(Participant.id, Participant.merged_into).where(
                Participant.status == STATUS_MERGED, Participant.merged_into.is_not(None)
            )
        )
        if target
    }
    resolved: dict[str, str] = {}
    for pid in into:
        seen, target = {pid}, into[pid]
        while target in into and target not in seen:
            seen.add(target)
            target = into[target]
        resolved[pid] = target
    return resolved


def person_intervals(session: Session) -> dict[str, list[Interval]]:
    """Participant id → their online connections (matched identities only), as stored."""
    matches = current_matches(session)
    if not matches:
        return {}
    resolve = _resolver(session)
    out: dict[str, list[Interval]] = {}
    rows = session.execute(
        select(OnlineInterval.identity, OnlineInterval.join_at, OnlineInterval.leave_at)
    )
    for ident, join, leave in rows:
        pid = matches.get(ident)
        if pid is not None:
            out.setdefault(resolve.get(pid, pid), []).append((join, leave))
    return out


def people_present(
    connections: Mapping[str, Iterable[Interval]], event: Event, rule: OnlineRule
) -> dict[str, set[str]]:
    """Agenda item id → the people whose connections (merged first) make them present
    online there, for every item whose attendance is taken but the field visit (nobody
    rides a bus online)."""
    bounds: list[tuple[str, float, float, float]] = []  # item, start, end, seconds needed
    for item in event.agenda:
        if item.attendance and item.kind != KIND_FIELD_VISIT:
            begins, ends = item.starts_at(event.tz), item.ends_at(event.tz)
            need = rule.threshold(begins, ends).total_seconds()
            bounds.append((item.id, begins.timestamp(), ends.timestamp(), need))
    out: dict[str, set[str]] = {bound[0]: set() for bound in bounds}
    for pid, spans in connections.items():
        times = [(a.timestamp(), b.timestamp()) for a, b in merged(spans)]
        for item_id, start, end, need in bounds:
            if end > start and overlap(times, start, end) >= need:
                out[item_id].add(pid)
    return out


def online_presence(
    session: Session, event: Event, rule: OnlineRule | None = None
) -> dict[str, set[str]]:
    """:func:`people_present` from the stored connections and matches (in person as
    well, perhaps) under ``rule`` (the saved rule by default)."""
    return people_present(person_intervals(session), event, rule or online_rule(session))


def online_version(session: Session) -> tuple[int, int, OnlineRule]:
    """(connections, matches, rule): it changes whenever the online counts may have."""
    intervals = session.scalar(select(func.count()).select_from(OnlineInterval)) or 0
    matches = session.scalar(select(func.count()).select_from(OnlineMatch)) or 0
    return intervals, matches, online_rule(session)
