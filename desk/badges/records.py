"""Print records: every badge printed is a record, a first print or a reprint with a reason."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.errors import NotFoundError, ValidationError
from desk.i18n import translate
from desk.storage.models import (
    SOURCE_PREREGISTERED,
    STATUS_REGISTERED,
    Participant,
    Record,
    add_record,
)

FIRST = "first"
REPRINT_REASONS = ("lost", "damaged", "correction")


def reason_label(reason: str) -> str:
    labels = {
        FIRST: translate("badges", "first print"),
        "lost": translate("badges", "reprint: lost"),
        "damaged": translate("badges", "reprint: damaged"),
        "correction": translate("badges", "reprint: correction"),
    }
    return labels.get(reason, reason)


def prints_of(session: Session, participant_id: str) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Record)
            .where(Record.participant_id == participant_id, Record.kind == "print")
        )
        or 0
    )


def record_print(
    session: Session,
    participant_id: str,
    *,
    desk_id: str,
    operator: str,
    reason: str | None = None,
    now: datetime | None = None,
) -> str:
    """Record one printed badge; a reprint needs a reason (lost, damaged, correction)."""
    if session.get(Participant, participant_id) is None:
        raise NotFoundError(translate("checkin", "This participant no longer exists."))
    if prints_of(session, participant_id) == 0:
        reason = FIRST
    elif reason not in REPRINT_REASONS:
        raise ValidationError(
            translate(
                "badges",
                "This person already has a badge: a reprint needs a reason "
                "(lost, damaged or correction).",
            ),
            field="reason",
        )
    return add_record(
        session,
        "print",
        participant_id,
        desk_id=desk_id,
        operator=operator,
        at=now,
        reason=reason,
    ).id


def without_badge(session: Session) -> list[str]:
    """Pre-registered, registered participants who have no printed badge yet, by name."""
    printed = select(Record.participant_id).where(Record.kind == "print")
    return list(
        session.scalars(
            select(Participant.id)
            .where(
                Participant.status == STATUS_REGISTERED,
                Participant.source == SOURCE_PREREGISTERED,
                Participant.id.not_in(printed),
            )
            .order_by(Participant.sort_key, Participant.id)
        )
    )
