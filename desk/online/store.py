"""Storing a read attendance export: its connections, and the matches it makes.

A file is stored whole or not at all. Every row must lie within the event's days (a file
of another day is refused, its first such line named); a file already stored (same
SHA-256) changes nothing. Each new identity is matched automatically when exactly one
participant fits (desk.online.matching); identities decided earlier keep their decision.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.events.display import local_time
from desk.events.event import Event
from desk.i18n import translate
from desk.online.matching import Directory, auto_match, identity
from desk.online.parse import OnlineFile, OnlineFileError, OnlineRow
from desk.online.presence import decisions
from desk.storage.models import MATCH_RESET, OnlineInterval, OnlineMatch, new_id

# Interval ids: uuid5 of "<file sha256>:<line>" in this namespace.
_NAMESPACE = uuid.UUID("0b8f8f6e-6c53-4d39-9a55-5c1f1d6b3e14")


def interval_id(sha256: str, line: int) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{sha256}:{line}"))


@dataclass(frozen=True, slots=True)
class Stored:
    """What storing a file did (all zero but ``rows_read`` when it was stored before)."""

    already_imported: bool
    rows_read: int
    intervals: int
    matched: int  # connections of identities matched to a participant now
    unmatched: int  # connections of identities nobody decided on yet
    not_participants: int  # connections of identities marked "not a participant"
    new_matches: int  # identities matched automatically by this import
    per_item: dict[str, int] = field(default_factory=dict)  # item id → connections overlapping it


def check_days(event: Event, rows: Sequence[OnlineRow]) -> None:
    """OnlineFileError naming the first row that is not within the event's days."""
    days = set(event.days)
    for row in rows:
        for moment in (row.join, row.leave):
            if moment.astimezone(event.tz).date() not in days:
                raise OnlineFileError(
                    translate(
                        "online",
                        "Line {line}: {when} is not a day of the forum ({first} to {last}). "
                        "Is this the right file, and the right time zone? Nothing was imported.",
                    ).format(
                        line=row.line,
                        when=local_time(event, moment, with_date=True),
                        first=event.start_date.strftime("%d/%m/%Y"),
                        last=event.end_date.strftime("%d/%m/%Y"),
                    ),
                    line=row.line,
                )


def store_file(
    session: Session,
    event: Event,
    parsed: OnlineFile,
    *,
    file_name: str,
    desk_id: str,
    operator: str,
    now: datetime,
) -> Stored:
    """Store ``parsed`` in the caller's transaction (OnlineFileError when a row lies
    outside the event's days: nothing is stored)."""
    known = session.scalar(
        select(func.count())
        .select_from(OnlineInterval)
        .where(OnlineInterval.file_sha256 == parsed.sha256)
    )
    if known:
        return Stored(True, parsed.rows_read, 0, 0, 0, 0, 0)
    check_days(event, parsed.rows)
    idents = [identity(r.raw_name, r.email, r.upn) for r in parsed.rows]
    session.execute(
        OnlineInterval.__table__.insert(),
        [
            {
                "id": interval_id(parsed.sha256, row.line),
                "source": parsed.source,
                "meeting_id": parsed.meeting_id[:64],
                "file_sha256": parsed.sha256,
                "file_name": file_name[:300],
                "line": row.line,
                "raw_name": row.raw_name[:300],
                "email": row.email[:320],
                "upn": row.upn[:320],
                "identity": ident[:400],
                "join_at": row.join,
                "leave_at": row.leave,
                "imported_at": now,
                "desk_id": desk_id,
                "operator": operator,
            }
            for row, ident in zip(parsed.rows, idents, strict=True)
        ],
    )
    decided = decisions(session)
    by_identity: dict[str, list[tuple[str, str, str]]] = {}
    for row, ident in zip(parsed.rows, idents, strict=True):
        by_identity.setdefault(ident, []).append((row.raw_name, row.email, row.upn))
    directory = Directory.load(session)
    matches: list[dict[str, object]] = []
    for ident, rows in by_identity.items():
        if ident in decided:
            continue
        found = auto_match(directory, rows)
        if found is not None:
            decided[ident] = found
            matches.append(
                {
                    "id": new_id(),
                    "identity": ident[:400],
                    "participant_id": found[0],
                    "method": found[1],
                    "at": now,
                    "desk_id": desk_id,
                    "operator": operator,
                }
            )
    if matches:
        session.execute(OnlineMatch.__table__.insert(), matches)
    matched = unmatched = not_participants = 0
    for ident in idents:
        decision = decided.get(ident)
        if decision is None or (decision[0] is None and decision[1] == MATCH_RESET):
            unmatched += 1
        elif decision[0] is None:
            not_participants += 1
        else:
            matched += 1
    per_item: dict[str, int] = {}
    for item in event.agenda:
        if not item.attendance:
            continue
        start, end = item.starts_at(event.tz), item.ends_at(event.tz)
        n = sum(1 for r in parsed.rows if r.join < end and r.leave > start)
        if n:
            per_item[item.id] = n
    return Stored(
        False,
        parsed.rows_read,
        len(parsed.rows),
        matched,
        unmatched,
        not_participants,
        len(matches),
        per_item,
    )
