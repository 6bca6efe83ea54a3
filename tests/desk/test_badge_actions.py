"""desk.actions.badges: recording printed badges with the rules of a print, in one
transaction — first prints, reprints with a reason, the supervisor's approval."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.actions.badges import (
    PrintsRecorded,
    ReprintNeedsReason,
    check_prints,
    record_prints,
)
from desk.badges.records import record_print
from desk.errors import NotFoundError, ValidationError
from desk.people.participants import ParticipantInfo, all_participants
from desk.staff import operators as ops
from desk.storage.db import Database
from desk.storage.models import AuditEntry, Record
from tests.factory import Factory

SUPERVISOR, PIN = "Óscar Núñez", "90817263"


@pytest.fixture(autouse=True)
def _fresh_tries() -> Iterator[None]:
    ops.reset_tries()
    yield
    ops.reset_tries()


def people(db: Database, factory: Factory, count: int = 4) -> list[ParticipantInfo]:
    factory.add(db, count)
    with db.read() as session:
        return all_participants(session)


def prints(db: Database) -> list[tuple[str, str, str]]:
    with db.read() as session:
        return sorted(
            (pid, reason, operator)
            for pid, reason, operator in session.execute(
                select(Record.participant_id, Record.reason, Record.operator).where(
                    Record.kind == "print"
                )
            )
        )


def approvals(db: Database) -> list[tuple[str, str]]:
    with db.read() as session:
        return [
            (row.operator, row.detail)
            for row in session.scalars(select(AuditEntry).where(AuditEntry.action == ops.APPROVAL))
        ]


def with_supervisor(db: Database) -> None:
    with db.write() as session:
        ops.set_operator(session, SUPERVISOR, PIN, ops.ROLE_SUPERVISOR)


def already_printed(db: Database, person: ParticipantInfo) -> None:
    with db.write() as session:
        record_print(session, person.id, desk_id=db.desk_id, operator="Ana")


@contextmanager
def counting_writes(db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Session]]:
    """Every write transaction opened on ``db`` while inside."""
    opened: list[Session] = []
    write = db.write

    @contextmanager
    def counted() -> Iterator[Session]:
        with write() as session:
            opened.append(session)
            yield session

    monkeypatch.setattr(db, "write", counted)
    yield opened
    monkeypatch.undo()


def test_first_prints_need_no_reason_and_no_supervisor(
    db: Database, factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = people(db, factory)[:2]
    with_supervisor(db)  # first prints are open even on a desk with a supervisor
    with counting_writes(db, monkeypatch) as writes:
        done = record_prints(db, [a.id, b.id, a.id], operator="Ana")
    assert len(writes) == 1
    assert isinstance(done, PrintsRecorded)
    assert done.participant_ids == (a.id, b.id)  # each once, in the order given
    assert len(done.record_ids) == 2 and done.first_prints == 2
    assert (done.reprints, done.reason, done.supervisor, done.approval_id) == ((), None, "", None)
    assert prints(db) == sorted([(a.id, "first", "Ana"), (b.id, "first", "Ana")])
    assert approvals(db) == []
    with pytest.raises(AttributeError):
        done.reason = "lost"  # type: ignore[misc]  # frozen
    assert record_prints(db, [], operator="Ana") == PrintsRecorded((), (), (), None, "", None)


def test_a_reprint_without_a_reason_is_refused_and_nothing_is_written(
    db: Database, factory: Factory
) -> None:
    a, b, c = people(db, factory)[:3]
    already_printed(db, a)
    already_printed(db, b)
    before = prints(db)
    for reason in (None, "", "bored"):
        with pytest.raises(ReprintNeedsReason, match="reprint needs a reason") as refused:
            record_prints(db, [a.id, b.id, c.id], operator="Ana", reason=reason)
        assert refused.value.count == 2 and refused.value.field == "reason"
        assert isinstance(refused.value, ValidationError)
    assert prints(db) == before  # not even c's first print
    with db.read() as session, pytest.raises(ReprintNeedsReason):
        check_prints(session, [c.id, a.id])


def test_a_reprint_with_a_reason_and_the_supervisor_s_pin_is_one_transaction(
    db: Database, factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, c = people(db, factory)[:3]
    already_printed(db, a)
    with_supervisor(db)
    with db.read() as session:
        checked = check_prints(session, [a.id, c.id], reason="lost", supervisor_pin=PIN)
    assert (checked.reprints, checked.supervisor) == ((a.id,), SUPERVISOR)
    assert approvals(db) == []  # checking writes nothing

    with counting_writes(db, monkeypatch) as writes:
        done = record_prints(db, [a.id, c.id], operator="Ana", reason="lost", supervisor_pin=PIN)
    assert len(writes) == 1  # the approval and the records: one transaction
    assert (done.reprints, done.reason, done.supervisor) == ((a.id,), "lost", SUPERVISOR)
    assert done.first_prints == 1 and done.approval_id is not None
    assert prints(db) == sorted(
        [(a.id, "first", "Ana"), (a.id, "lost", "Ana"), (c.id, "first", "Ana")]
    )
    assert approvals(db) == [(SUPERVISOR, f"reprint: {a.full_name} (Ana)")]
    with db.read() as session:
        audit = ops.audit_entries(session)
    assert [r.action for r in audit][:3] == ["print", "print", ops.APPROVAL]
    assert audit[2].detail == f"reprint: {a.full_name} (Ana)"  # shown as the guard's label

    # Many reprints: one approval, naming how many.
    record_prints(db, [a.id, c.id], operator="Ana", reason="damaged", supervisor_pin=PIN)
    assert approvals(db)[-1] == (SUPERVISOR, "reprint: 2 badges (Ana)")

    # A rule that fails part-way (here: a person who no longer exists) writes nothing at
    # all — neither the approval nor any record.
    before, approved = prints(db), approvals(db)
    with pytest.raises(NotFoundError):
        record_prints(
            db, [b.id, a.id, "no-such-id"], operator="Ana", reason="lost", supervisor_pin=PIN
        )
    assert (prints(db), approvals(db)) == (before, approved)


def test_a_wrong_or_missing_pin_writes_nothing(db: Database, factory: Factory) -> None:
    a, b = people(db, factory)[:2]
    already_printed(db, a)
    with_supervisor(db)
    before = prints(db)
    for pin in (None, "", "1111", "abc"):
        with pytest.raises(ops.PermissionDenied):
            record_prints(db, [b.id, a.id], operator="Ana", reason="lost", supervisor_pin=pin)
    assert prints(db) == before and approvals(db) == []
    ops.reset_tries()
    done = record_prints(db, [b.id, a.id], operator="Ana", reason="lost", supervisor_pin=PIN)
    assert done.supervisor == SUPERVISOR and len(prints(db)) == len(before) + 2


def test_without_a_supervisor_a_reprint_needs_only_the_reason(
    db: Database, factory: Factory
) -> None:
    (a,) = people(db, factory, 1)
    already_printed(db, a)
    done = record_prints(db, [a.id], operator="Ana", reason="correction")
    assert (done.reprints, done.supervisor, done.approval_id) == ((a.id,), "", None)
    assert prints(db) == sorted([(a.id, "first", "Ana"), (a.id, "correction", "Ana")])
    assert approvals(db) == []
