"""Self check-in at a kiosk: a person scans their own invitation or badge.

Only the easy case is done without staff: someone registered to attend in person, not
checked in yet, whose category needs no ID check, is checked in (the window prints their
badge at once). Everybody else is sent to the registration desk, and nothing is checked
in: an unknown or misread code, a cancelled registration, someone registered online (the
desk confirms that they attend in person), a category whose badge needs an ID check, and
someone already checked in (a second badge is a reprint, which staff decide).

Every refusal is one audit row (action :data:`KIOSK`, detail ``"<reason> <code>"``, the code
as read, normalised; never a name or contact data) in the same transaction, so the staffed
desks can show who is walking over and why (:func:`kiosk_attempts`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.arrival import checkin as core
from desk.arrival import codes
from desk.arrival.checkin import Outcome
from desk.events.event import Event
from desk.i18n import translate
from desk.people.participants import find_by_code
from desk.staff import operators as ops
from desk.storage.db import Database
from desk.storage.models import MODE_ONLINE, STATUS_CANCELLED, AuditEntry, Desk, Participant

KIOSK = ops.KIOSK  # audit action of a self check-in the kiosk refused (sent to the desk)
MAX_CODE = 40  # longest text kept in an audit row as "the code" (longer: left out)


class KioskOutcome(Enum):
    CHECKED_IN = "checked_in"  # checked in now: print the badge
    ALREADY = "already"  # checked in before: a new badge is for the desk to decide
    GO_TO_DESK = "go_to_desk"  # nothing checked in: the desk takes it from here


class DeskReason(Enum):
    UNKNOWN = "unknown"  # nobody has this code (or it is no code at all)
    BAD_CODE = "bad_code"  # a misread code (its check character is wrong)
    ONLINE = "online"  # registered to attend online
    CANCELLED = "cancelled"  # registration cancelled
    ID_CHECK = "id_check"  # the category's badge needs an ID check by staff
    ALREADY = "already"  # already checked in (a badge again is a reprint)


@dataclass(frozen=True, slots=True)
class KioskResult:
    outcome: KioskOutcome
    reason: DeskReason | None  # why they are sent to the desk (None when checked in)
    participant_id: str | None
    badge_name: str  # the person's own name, given + family as on the badge ("" when none)
    record_id: str | None  # the check-in record, or the audit row of a refusal


@dataclass(frozen=True, slots=True)
class KioskAttempt:
    """A refusal of a kiosk, for staff eyes (a staffed desk's list of the last scans)."""

    id: str  # the audit row
    at: datetime
    desk_id: str
    desk_name: str
    reason: DeskReason
    code: str  # as read, normalised ("" when it was no code)
    participant_id: str | None
    name: str  # the person's name when the code is someone's, else ""


def needs_id_check(event: Event, category: str) -> bool:
    """Whether a badge of ``category`` is given only after staff checked an ID."""
    try:
        found = event.category(category)
    except KeyError:
        return False
    return bool(getattr(found, "id_check", False))


def audit_code(status: codes.CodeStatus, code: str, found: bool) -> str:
    """What of the scanned text an audit row keeps: a badge code (even a misread one) or
    someone's invitation code; never other text (a QR code may hold an address or a
    phone number)."""
    if status is codes.CodeStatus.NOT_A_CODE and not found:
        return ""
    if len(code) > MAX_CODE or not code.isascii() or not code.isprintable() or " " in code:
        return ""
    return code


def _refused(
    session: Session,
    reason: DeskReason,
    code: str,
    participant_id: str | None,
    *,
    desk_id: str,
    operator: str,
    now: datetime | None,
) -> KioskResult:
    """Sent to the desk: one audit row says why (no name, no contact data)."""
    detail = f"{reason.value} {code}".strip()
    row = ops.log(session, KIOSK, detail, desk_id=desk_id, operator=operator, at=now)
    outcome = KioskOutcome.ALREADY if reason is DeskReason.ALREADY else KioskOutcome.GO_TO_DESK
    return KioskResult(outcome, reason, participant_id, "", row)


_REASONS = {
    Outcome.ALREADY: DeskReason.ALREADY,
    Outcome.NEEDS_CONFIRMATION: DeskReason.ONLINE,
    Outcome.CANCELLED: DeskReason.CANCELLED,
    Outcome.UNKNOWN_CODE: DeskReason.UNKNOWN,
    Outcome.BAD_CHECK: DeskReason.BAD_CODE,
}


def judge(
    session: Session,
    event: Event,
    text: str,
    *,
    desk_id: str,
    operator: str,
    now: datetime | None = None,
) -> KioskResult:
    """The kiosk's rule in the caller's transaction (see the module docstring)."""
    status, code = codes.classify(text)
    person = None if status is codes.CodeStatus.BAD_CHECK else find_by_code(session, text)
    shown = audit_code(status, code, person is not None)

    def refuse(reason: DeskReason, participant_id: str | None) -> KioskResult:
        return _refused(
            session, reason, shown, participant_id, desk_id=desk_id, operator=operator, now=now
        )

    if person is None:
        bad = status is codes.CodeStatus.BAD_CHECK
        return refuse(DeskReason.BAD_CODE if bad else DeskReason.UNKNOWN, None)
    pid = person.id
    if (
        person.status != STATUS_CANCELLED
        and person.mode != MODE_ONLINE
        and needs_id_check(event, person.category)
        and core.active_checkin(session, pid) is None
    ):
        return refuse(DeskReason.ID_CHECK, pid)
    result = core.check_in_participant(
        session, pid, desk_id=desk_id, operator=operator, confirm_online=False, now=now
    )
    if result.outcome is Outcome.CHECKED_IN:
        name = result.participant.full_name if result.participant is not None else ""
        return KioskResult(KioskOutcome.CHECKED_IN, None, pid, name, result.record_id)
    return refuse(_REASONS[result.outcome], pid)


def self_check_in(
    db: Database,
    text: str,
    *,
    event: Event,
    operator: str,
    now: datetime | None = None,
) -> KioskResult:
    """A code scanned at the kiosk, in one write transaction: checked in, or sent to the
    desk with an audit row (:data:`KIOSK`) saying why. ``event`` tells which categories
    need an ID check."""
    with db.write() as session:
        return judge(session, event, text, desk_id=db.desk_id, operator=operator, now=now)


def _parse(detail: str) -> tuple[DeskReason, str]:
    value, _, code = detail.partition(" ")
    try:
        return DeskReason(value), code.strip()
    except ValueError:
        return DeskReason.UNKNOWN, code.strip()


def kiosk_attempts(
    session: Session,
    *,
    after: datetime | None,
    exclude_desk: str | None,
    limit: int = 20,
) -> list[KioskAttempt]:
    """The newest ``limit`` refusals of kiosks (after ``after``, not by ``exclude_desk``),
    newest last, each with the person's name when the code is someone's."""
    a = AuditEntry
    query = select(a.id, a.at, a.desk_id, a.detail).where(a.action == KIOSK)
    if after is not None:
        query = query.where(a.at > after)
    if exclude_desk is not None:
        query = query.where(a.desk_id != exclude_desk)
    rows = session.execute(query.order_by(a.at.desc(), a.id.desc()).limit(limit)).all()
    if not rows:
        return []
    desks = {d.id: d.name for d in session.scalars(select(Desk))}
    out = []
    for rid, at, desk_id, detail in reversed(rows):
        reason, code = _parse(detail)
        person: Participant | None = find_by_code(session, code) if code else None
        out.append(
            KioskAttempt(
                id=rid,
                at=at,
                desk_id=desk_id,
                desk_name=desks.get(desk_id, desk_id[:8]),
                reason=reason,
                code=code,
                participant_id=person.id if person is not None else None,
                name=person.full_name if person is not None else "",
            )
        )
    return out


def reason_label(reason: DeskReason) -> str:
    """Why a kiosk sent someone to the desk, for staff, in the current language."""
    labels = {
        DeskReason.UNKNOWN: translate("kiosk", "unknown code"),
        DeskReason.BAD_CODE: translate("kiosk", "misread code"),
        DeskReason.ONLINE: translate("kiosk", "registered online"),
        DeskReason.CANCELLED: translate("kiosk", "registration cancelled"),
        DeskReason.ID_CHECK: translate("kiosk", "ID check needed"),
        DeskReason.ALREADY: translate("kiosk", "already checked in"),
    }
    return labels[reason]
