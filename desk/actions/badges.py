"""Recording printed badges: the one way the window and ``desk badges --record-print`` do it.

:func:`record_prints` writes, in one transaction, a print record for each badge that went
to a printer, after the rules of a print: a person who already has a badge is a reprint
and needs a reason (``desk.badges.records.REPRINT_REASONS``); when this desk has a
supervisor, a reprint also needs the supervisor's PIN, and the approval is logged in the
audit table in the same transaction as the records. A person's first print needs neither.
Either everything is written or nothing is. :func:`check_prints` applies the same rules
without writing, so that a caller can refuse before anything is printed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desk.badges.records import REPRINT_REASONS, record_print
from desk.errors import ValidationError
from desk.i18n import translate
from desk.people.participants import record_state
from desk.staff import operators as ops
from desk.storage.db import Database
from desk.storage.models import Participant


class ReprintNeedsReason(ValidationError):
    """Some of the people already have a badge and no reprint reason was given: nothing
    was recorded. ``count`` is how many of them already have one."""

    def __init__(self, message: str, count: int) -> None:
        super().__init__(message, field="reason")
        self.count = count


@dataclass(frozen=True, slots=True)
class PrintsRecorded:
    """What :func:`record_prints` wrote."""

    participant_ids: tuple[str, ...]  # recorded, in the order given (each once)
    record_ids: tuple[str, ...]  # their print records, in the same order
    reprints: tuple[str, ...]  # those of them who already had a badge
    reason: str | None  # the reprint reason; None when nobody was a reprint
    supervisor: str  # who approved the reprints; "" when no approval was needed
    approval_id: str | None  # the approval's audit row, when a supervisor approved

    @property
    def first_prints(self) -> int:
        return len(self.participant_ids) - len(self.reprints)


@dataclass(frozen=True, slots=True)
class PrintCheck:
    """What :func:`check_prints` found: who is a reprint, and who approved it."""

    reprints: tuple[str, ...]
    supervisor: str  # "" when nobody is a reprint or this desk has no supervisor


def check_prints(
    session: Session,
    participant_ids: Sequence[str],
    *,
    reason: str | None = None,
    supervisor_pin: str | None = None,
) -> PrintCheck:
    """The rules of recording these prints, without writing anything: a person who
    already has a badge needs ``reason`` (ReprintNeedsReason), and their reprint needs
    the supervisor's PIN when this desk has a supervisor (PermissionDenied; a wrong PIN
    counts towards the lock, as everywhere)."""
    ids = list(dict.fromkeys(participant_ids))
    printed = record_state(session, ids)[1]
    reprints = tuple(pid for pid in ids if printed.get(pid))
    if not reprints:
        return PrintCheck((), "")
    if reason not in REPRINT_REASONS:
        raise ReprintNeedsReason(
            translate(
                "badges",
                "This person already has a badge: a reprint needs a reason "
                "(lost, damaged or correction).",
            ),
            len(reprints),
        )
    return PrintCheck(reprints, ops.require_supervisor(session, supervisor_pin))


def _approval_detail(session: Session, reprints: Sequence[str]) -> str:
    """The person's name for one reprint, else how many badges."""
    if len(reprints) == 1:
        person = session.get(Participant, reprints[0])
        return person.full_name if person is not None else reprints[0]
    return translate("badges", "%n badges", None, len(reprints))


def record_prints(
    db: Database,
    participant_ids: Sequence[str],
    *,
    operator: str,
    reason: str | None = None,
    supervisor_pin: str | None = None,
) -> PrintsRecorded:
    """Record that these people's badges were printed, in one write transaction: the
    rules (:func:`check_prints`), the supervisor's approval of the reprints (an audit
    row, when this desk has a supervisor), then one print record each — a first print, or
    a reprint with ``reason``. Nothing is written when a rule refuses (ReprintNeedsReason,
    PermissionDenied) or a person does not exist (NotFoundError)."""
    ids = list(dict.fromkeys(participant_ids))
    if not ids:
        return PrintsRecorded((), (), (), None, "", None)
    with db.write() as session:
        check = check_prints(session, ids, reason=reason, supervisor_pin=supervisor_pin)
        approval_id = None
        if check.reprints and check.supervisor:
            # The approval first: newest first, the audit view shows the prints above it.
            approval_id = ops.log_approval(
                session,
                ops.GUARD_REPRINT,
                _approval_detail(session, check.reprints),
                supervisor=check.supervisor,
                desk_id=db.desk_id,
                operator=operator,
            )
        record_ids = tuple(
            record_print(session, pid, desk_id=db.desk_id, operator=operator, reason=reason)
            for pid in ids
        )
    return PrintsRecorded(
        participant_ids=tuple(ids),
        record_ids=record_ids,
        reprints=check.reprints,
        reason=reason if check.reprints else None,
        supervisor=check.supervisor,
        approval_id=approval_id,
    )
