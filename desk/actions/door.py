"""Door scans: a badge scanned at an agenda item's door (or a bus), and undoing one.

Each function is one short write transaction (a few milliseconds: the door screen calls
:func:`scan` on the window's thread, on the scan path). A scan is a ``door`` record, its
own line in the activity log; a scan outside the item's time is recorded only with
``confirm`` (without it the result asks and nothing is written). Undoing a scan writes a
``void`` record pointing at it; the scan itself is never deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desk.doors import attendance
from desk.doors.attendance import IN, DoorResult
from desk.events.event import Event
from desk.storage.db import Database


@dataclass(frozen=True, slots=True)
class Undone:
    """A door scan cancelled by :func:`undo_scan`."""

    record_id: str  # the scan
    void_id: str  # the void record that cancels it


def scan(
    db: Database,
    event: Event,
    item_id: str,
    text: str,
    *,
    operator: str,
    direction: str = IN,
    place: str | None = None,
    confirm: bool = False,
    now: datetime | None = None,
) -> DoorResult:
    """Record an entry or exit (``direction``) of whoever's code ``text`` is at the
    agenda item ``item_id``, at ``place`` (World Café table, bus). An unknown code, a
    repeat or a question about the time is a result, not an error."""
    with db.write() as session:
        return attendance.scan(
            session,
            event,
            item_id,
            text,
            direction=direction,
            place=place,
            desk_id=db.desk_id,
            operator=operator,
            confirm=confirm,
            now=now,
        )


def undo_scan(
    db: Database, record_id: str, *, operator: str, now: datetime | None = None
) -> Undone:
    """Cancel the door scan ``record_id`` (NotFoundError when it does not exist, DeskError
    when it was already undone)."""
    with db.write() as session:
        void_id = attendance.undo_scan(
            session, record_id, desk_id=db.desk_id, operator=operator, now=now
        )
    return Undone(record_id, void_id)
