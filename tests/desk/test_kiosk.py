"""desk/actions/kiosk.py: who a kiosk checks in by themselves, who it sends to the desk (with
one audit row, nothing checked in), and what staffed desks read of those attempts."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desk import i18n
from desk.actions.kiosk import (
    KIOSK,
    DeskReason,
    KioskOutcome,
    kiosk_attempts,
    needs_id_check,
    reason_label,
    self_check_in,
)
from desk.arrival import codes
from desk.arrival.checkin import active_checkin
from desk.events.event import Event
from desk.people.participants import ParticipantInfo, all_participants
from desk.staff import operators as ops
from desk.storage.db import Database
from desk.storage.models import (
    MODE_IN_PERSON,
    MODE_ONLINE,
    STATUS_CANCELLED,
    STATUS_REGISTERED,
    AuditEntry,
    Participant,
    Record,
    utcnow,
)
from tests.factory import Factory

KIOSK_OPERATOR = "Kiosk"


def _people(db: Database, factory: Factory, n: int = 120) -> list[ParticipantInfo]:
    factory.add(db, n)
    with db.read() as session:
        return list(all_participants(session))


def _pick(
    people: list[ParticipantInfo], event: Event, *, mode: str, id_check: bool
) -> ParticipantInfo:
    return next(
        p
        for p in people
        if p.status == STATUS_REGISTERED
        and p.mode == mode
        and needs_id_check(event, p.category) is id_check
    )


def _audit(db: Database) -> list[tuple[str, str, str]]:
    with db.read() as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.operator, AuditEntry.detail).order_by(
                AuditEntry.at
            )
        )
        return [(a, o, d) for a, o, d in rows]


def _checkins(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).where(Record.kind == "checkin")) or 0


def test_a_valid_badge_code_checks_the_person_in(
    db: Database, event: Event, factory: Factory
) -> None:
    people = _people(db, factory)
    ana = _pick(people, event, mode=MODE_IN_PERSON, id_check=False)
    result = self_check_in(db, ana.code, event=event, operator=KIOSK_OPERATOR)
    assert result.outcome is KioskOutcome.CHECKED_IN
    assert result.reason is None
    assert result.participant_id == ana.id
    assert result.badge_name == f"{ana.given_name} {ana.family_name}".strip()
    with db.read() as session:
        record = active_checkin(session, ana.id)
        assert record is not None and record.id == result.record_id
        assert record.operator == KIOSK_OPERATOR and record.desk_id == db.desk_id
    assert _audit(db) == []  # a check-in is its own record, no audit row


def test_a_code_typed_with_dashes_and_lower_case_is_the_same_code(
    db: Database, event: Event, factory: Factory
) -> None:
    ana = _pick(_people(db, factory), event, mode=MODE_IN_PERSON, id_check=False)
    result = self_check_in(
        db, codes.format_code(ana.code).lower(), event=event, operator=KIOSK_OPERATOR
    )
    assert result.outcome is KioskOutcome.CHECKED_IN and result.participant_id == ana.id


def test_an_invitation_code_of_another_system_checks_the_person_in(
    db: Database, event: Event, factory: Factory
) -> None:
    ana = _pick(_people(db, factory), event, mode=MODE_IN_PERSON, id_check=False)
    with db.write() as session:
        session.get(Participant, ana.id).invitation_code = "INV20240042"  # type: ignore[union-attr]
    result = self_check_in(db, "inv-2024-0042", event=event, operator=KIOSK_OPERATOR)
    assert result.outcome is KioskOutcome.CHECKED_IN and result.participant_id == ana.id


def test_an_online_registrant_is_sent_to_the_desk_with_an_audit_row(
    db: Database, event: Event, factory: Factory
) -> None:
    online = _pick(_people(db, factory), event, mode=MODE_ONLINE, id_check=False)
    result = self_check_in(db, online.code, event=event, operator=KIOSK_OPERATOR)
    assert result.outcome is KioskOutcome.GO_TO_DESK
    assert result.reason is DeskReason.ONLINE
    assert result.participant_id == online.id
    assert result.badge_name == ""  # the kiosk shows no name when it refuses
    assert _checkins(db) == 0
    assert _audit(db) == [(KIOSK, KIOSK_OPERATOR, f"online {online.code}")]
    with db.read() as session:
        assert session.get(AuditEntry, result.record_id) is not None


def test_a_cancelled_registration_is_sent_to_the_desk(
    db: Database, event: Event, factory: Factory
) -> None:
    ana = _pick(_people(db, factory), event, mode=MODE_IN_PERSON, id_check=False)
    with db.write() as session:
        session.get(Participant, ana.id).status = STATUS_CANCELLED  # type: ignore[union-attr]
    result = self_check_in(db, ana.code, event=event, operator=KIOSK_OPERATOR)
    assert (result.outcome, result.reason) == (KioskOutcome.GO_TO_DESK, DeskReason.CANCELLED)
    assert _checkins(db) == 0
    assert _audit(db) == [(KIOSK, KIOSK_OPERATOR, f"cancelled {ana.code}")]


def test_a_category_with_an_id_check_is_sent_to_the_desk(
    db: Database, event: Event, factory: Factory
) -> None:
    delegate = _pick(_people(db, factory), event, mode=MODE_IN_PERSON, id_check=True)
    assert delegate.category in ("mfa", "diaspora_agency")
    result = self_check_in(db, delegate.code, event=event, operator=KIOSK_OPERATOR)
    assert (result.outcome, result.reason) == (KioskOutcome.GO_TO_DESK, DeskReason.ID_CHECK)
    assert _checkins(db) == 0
    assert _audit(db) == [(KIOSK, KIOSK_OPERATOR, f"id_check {delegate.code}")]


def test_unknown_and_misread_codes_are_sent_to_the_desk(db: Database, event: Event) -> None:
    unknown = codes.generate_code()
    misread = unknown[:-1] + ("0" if unknown[-1] != "0" else "1")
    assert codes.classify(misread)[0] is codes.CodeStatus.BAD_CHECK
    first = self_check_in(db, unknown, event=event, operator=KIOSK_OPERATOR)
    second = self_check_in(db, misread, event=event, operator=KIOSK_OPERATOR)
    assert (first.outcome, first.reason) == (KioskOutcome.GO_TO_DESK, DeskReason.UNKNOWN)
    assert (second.outcome, second.reason) == (KioskOutcome.GO_TO_DESK, DeskReason.BAD_CODE)
    assert first.participant_id is None and second.participant_id is None
    assert [d for _a, _o, d in _audit(db)] == [f"unknown {unknown}", f"bad_code {misread}"]


@pytest.mark.parametrize(
    "text",
    [
        "https://example.org/invite?id=42",
        "BEGIN:VCARD\nFN:Ana\nEMAIL:ana@example.org\nEND:VCARD",
        "ana.lopez@example.org",
        "",
    ],
)
def test_other_text_is_sent_to_the_desk_without_keeping_it(
    db: Database, event: Event, text: str
) -> None:
    result = self_check_in(db, text, event=event, operator=KIOSK_OPERATOR)
    assert (result.outcome, result.reason) == (KioskOutcome.GO_TO_DESK, DeskReason.UNKNOWN)
    assert _audit(db) == [(KIOSK, KIOSK_OPERATOR, "unknown")]  # no address, no URL


def test_someone_already_checked_in_is_sent_to_the_desk_for_a_badge(
    db: Database, event: Event, factory: Factory
) -> None:
    people = _people(db, factory)
    ana = _pick(people, event, mode=MODE_IN_PERSON, id_check=False)
    assert self_check_in(db, ana.code, event=event, operator=KIOSK_OPERATOR).outcome is (
        KioskOutcome.CHECKED_IN
    )
    again = self_check_in(db, ana.code, event=event, operator=KIOSK_OPERATOR)
    assert (again.outcome, again.reason) == (KioskOutcome.ALREADY, DeskReason.ALREADY)
    assert again.badge_name == ""
    assert _checkins(db) == 1
    assert _audit(db) == [(KIOSK, KIOSK_OPERATOR, f"already {ana.code}")]
    # Staff checked a delegate's ID and checked them in: the kiosk says "already", not "ID".
    delegate = _pick(people, event, mode=MODE_IN_PERSON, id_check=True)
    from desk.actions.checkin import check_in_code

    check_in_code(db, delegate.code, operator="Ana")
    later = self_check_in(db, delegate.code, event=event, operator=KIOSK_OPERATOR)
    assert later.reason is DeskReason.ALREADY


def test_staffed_desks_read_the_attempts_with_names_newest_last(
    db: Database, event: Event, factory: Factory
) -> None:
    people = _people(db, factory)
    online = _pick(people, event, mode=MODE_ONLINE, id_check=False)
    delegate = _pick(people, event, mode=MODE_IN_PERSON, id_check=True)
    ana = _pick(people, event, mode=MODE_IN_PERSON, id_check=False)
    start = utcnow()
    self_check_in(db, online.code, event=event, operator=KIOSK_OPERATOR, now=start)
    self_check_in(
        db, "nobody", event=event, operator=KIOSK_OPERATOR, now=start + timedelta(seconds=1)
    )
    self_check_in(
        db, ana.code, event=event, operator=KIOSK_OPERATOR, now=start + timedelta(seconds=2)
    )
    self_check_in(
        db,
        delegate.code,
        event=event,
        operator=KIOSK_OPERATOR,
        now=start + timedelta(seconds=3),
    )
    with db.write() as session:  # another kind of audit row is not an attempt
        ops.log(session, ops.BACKUP, "x", desk_id=db.desk_id, operator="Ana")
    with db.read() as session:
        attempts = kiosk_attempts(session, after=None, exclude_desk=None)
        assert [(a.reason, a.participant_id, a.name) for a in attempts] == [
            (DeskReason.ONLINE, online.id, online.full_name),
            (DeskReason.UNKNOWN, None, ""),
            (DeskReason.ID_CHECK, delegate.id, delegate.full_name),
        ]
        assert {a.desk_id for a in attempts} == {db.desk_id}
        assert {a.desk_name for a in attempts} == {"Test desk"}
        assert attempts[0].code == online.code
        # Only the newest, and only after a moment.
        newest = kiosk_attempts(session, after=None, exclude_desk=None, limit=1)
        assert [a.reason for a in newest] == [DeskReason.ID_CHECK]
        later = kiosk_attempts(session, after=attempts[0].at, exclude_desk=None)
        assert [a.reason for a in later] == [DeskReason.UNKNOWN, DeskReason.ID_CHECK]
        # A desk does not list its own kiosk's attempts.
        assert kiosk_attempts(session, after=None, exclude_desk=db.desk_id) == []


def test_the_audit_view_names_the_kiosks_rows(db: Database, event: Event) -> None:
    self_check_in(db, "nobody", event=event, operator=KIOSK_OPERATOR)
    with db.read() as session:
        rows = ops.audit_entries(session, action=KIOSK)
    assert [(r.action, r.action_label, r.detail) for r in rows] == [
        (KIOSK, "kiosk: sent to the desk", "unknown")
    ]
    assert KIOSK in ops.AUDIT_ACTIONS


def test_reason_labels_are_for_staff_in_their_language() -> None:
    assert [reason_label(r) for r in DeskReason] == [
        "unknown code",
        "misread code",
        "registered online",
        "registration cancelled",
        "ID check needed",
        "already checked in",
    ]
    i18n.set_language("es")
    assert all(reason_label(r) for r in DeskReason)
