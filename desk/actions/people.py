"""People at the desk: a walk-in registered (and checked in), a participant's details
corrected, two registrations of one person merged.

Each function is one write transaction. A walk-in's check-in is a ``checkin`` record,
its line in the activity log. An edit writes the participant's new version (its updated
time and desk are how desks agree on the last word) and no audit row: the activity log
has no action for edits. Merging two people needs the supervisor's PIN while this desk has
a supervisor: the approval, the merge and its ``merge`` record are written in one
transaction, or nothing is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desk.actions import guard
from desk.arrival import checkin as core
from desk.arrival.checkin import CheckinResult
from desk.errors import NotFoundError
from desk.events.event import Event
from desk.i18n import translate
from desk.people import merging
from desk.people.merging import MergeResult
from desk.people.participants import EDITABLE_FIELDS, ParticipantInfo, infos_by_ids
from desk.staff import operators as ops
from desk.storage.db import Database
from desk.storage.models import Participant


@dataclass(frozen=True, slots=True)
class WalkIn:
    """A walk-in registered by :func:`register_walk_in`."""

    participant: ParticipantInfo
    checkin: CheckinResult | None  # None when not checked in at once


@dataclass(frozen=True, slots=True)
class Edited:
    """A participant after :func:`edit_participant`."""

    participant: ParticipantInfo
    changed: tuple[str, ...]  # the fields that changed (none: nothing was written)


def register_walk_in(
    db: Database,
    event: Event,
    values: dict[str, Any],
    *,
    operator: str,
    check_in_now: bool = True,
    now: datetime | None = None,
) -> WalkIn:
    """Register someone who is not on the list and (by default) check them in, in one
    transaction. FormError names every field at fault; nothing is written then."""
    with db.write() as session:
        person, result = core.register_walk_in(
            session,
            event,
            values,
            desk_id=db.desk_id,
            operator=operator,
            check_in_now=check_in_now,
            now=now,
        )
    return WalkIn(person, result)


def edit_participant(
    db: Database,
    event: Event,
    participant_id: str,
    changes: dict[str, Any],
    *,
    operator: str = "",
    now: datetime | None = None,
) -> Edited:
    """Correct a participant's details; the activity log names the person and the fields
    changed (never their values: they may be contact data), in the same transaction.
    FormError names every field at fault; NotFoundError or DeskError (merged into another)
    for a person who cannot be edited. Nothing is written when nothing changed."""
    with db.write() as session:
        before = infos_by_ids(session, [participant_id])
        after = core.edit_participant(
            session, event, participant_id, changes, desk_id=db.desk_id, now=now
        )
        changed = tuple(
            f
            for f in (*EDITABLE_FIELDS, "extra")
            if not before or getattr(before[0], f) != getattr(after, f)
        )
        if changed:
            ops.log(
                session,
                ops.EDIT,
                f"{after.full_name}: {', '.join(changed)}",
                desk_id=db.desk_id,
                operator=operator,
            )
    return Edited(after, changed)


def merge_people(
    db: Database,
    event: Event,
    keep_id: str,
    absorb_id: str,
    *,
    operator: str,
    supervisor_pin: str | None = None,
    now: datetime | None = None,
) -> MergeResult:
    """Merge the registration ``absorb_id`` into ``keep_id`` (see desk/people/merging.py). Needs
    the supervisor's PIN while this desk has a supervisor (PermissionDenied); the approval
    names both people. Nothing is written when it is refused."""
    with db.write() as session:
        keep = session.get(Participant, keep_id)
        absorb = session.get(Participant, absorb_id)
        if keep is None or absorb is None:
            raise NotFoundError(translate("checkin", "This participant no longer exists."))
        # The approval first: newest first, the activity log shows the merge above it.
        guard.approve(
            session,
            ops.GUARD_MERGE,
            f"{keep.full_name} ← {absorb.full_name}",
            supervisor_pin,
            desk_id=db.desk_id,
            operator=operator,
        )
        return merging.merge_people(
            session, event, keep_id, absorb_id, desk_id=db.desk_id, operator=operator, now=now
        )
