"""Check-in at the desk: a scanned or typed code, a person chosen from a search, a void.

Each function is one short write transaction (a few milliseconds: the window calls the
check-ins on its own thread, on the scan path). A check-in is a ``checkin`` record, which
is its own line in the activity log; a person registered online is checked in only with
``confirm_online`` (without it the result asks, ``Outcome.NEEDS_CONFIRMATION``, and
nothing is written). Voiding a check-in needs the supervisor's PIN while this desk has a
supervisor: the approval, under the supervisor's name, and the void record are written in
one transaction, or nothing is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desk.arrival import checkin as core
from desk.arrival.checkin import CheckinResult
from desk.staff import operators as ops
from desk.storage.db import Database


@dataclass(frozen=True, slots=True)
class Voided:
    """A check-in voided by :func:`void_checkin`."""

    participant_id: str
    record_id: str  # the void record


def check_in_code(
    db: Database,
    text: str,
    *,
    operator: str,
    confirm_online: bool = False,
    now: datetime | None = None,
) -> CheckinResult:
    """Check in whoever's badge or invitation code ``text`` is (scanner or keyboard). An
    unknown or misread code, a cancelled registration or an earlier check-in is a result,
    not an error, and writes nothing."""
    with db.write() as session:
        return core.check_in(
            session,
            text,
            desk_id=db.desk_id,
            operator=operator,
            confirm_online=confirm_online,
            now=now,
        )


def check_in_person(
    db: Database,
    participant_id: str,
    *,
    operator: str,
    confirm_online: bool = False,
    now: datetime | None = None,
) -> CheckinResult:
    """Check in the person chosen (from a search, the details dialog, a walk-in's
    "this is them"). Someone registered online is checked in only with
    ``confirm_online``; NotFoundError when the person no longer exists."""
    with db.write() as session:
        return core.check_in_participant(
            session,
            participant_id,
            desk_id=db.desk_id,
            operator=operator,
            confirm_online=confirm_online,
            now=now,
        )


def void_checkin(
    db: Database,
    participant_id: str,
    reason: str,
    *,
    operator: str,
    supervisor_pin: str | None = None,
    now: datetime | None = None,
) -> Voided:
    """Cancel the person's check-in with a void record carrying ``reason``. Needs the
    supervisor's PIN while this desk has a supervisor (PermissionDenied); refused without
    a reason (ValidationError on ``reason``) or when the person is not checked in
    (DeskError). Nothing at all is written when it is refused."""
    with db.write() as session:
        record_id = ops.void_with_supervisor(
            session,
            participant_id,
            reason,
            supervisor_pin,
            desk_id=db.desk_id,
            operator=operator,
            now=now,
        )
    return Voided(participant_id, record_id)
