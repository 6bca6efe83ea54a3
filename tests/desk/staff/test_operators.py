from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desk.arrival.checkin import active_checkin, check_in_participant
from desk.errors import ValidationError
from desk.events.event import Event
from desk.people.export import export_participants
from desk.people.importing import import_participants
from desk.people.merging import copy_id, merge_people
from desk.people.participants import all_participants, desk_names
from desk.staff import operators as ops
from desk.storage.db import Database
from desk.storage.models import Meta, Record, utcnow
from tests.factory import Factory


@pytest.fixture(autouse=True)
def _fresh_tries() -> Iterator[None]:
    ops.reset_tries()
    yield
    ops.reset_tries()


def _staff(db: Database) -> None:
    with db.write() as session:
        ops.set_operator(session, "Ana María Peña", "4821", ops.ROLE_OPERATOR)
        ops.set_operator(session, "Óscar Núñez", "90817263", ops.ROLE_SUPERVISOR)


# -- PINs ------------------------------------------------------------------------------------


def test_pins_are_salted_scrypt_hashes_never_the_pin(db: Database) -> None:
    _staff(db)
    with db.read() as session:
        raw = session.get(Meta, ops.META_KEY).value
    stored = json.loads(raw)
    assert "4821" not in raw and "90817263" not in raw
    ana = stored["Ana María Peña"]
    assert ana["role"] == "operator" and len(bytes.fromhex(ana["salt"])) == ops.SALT_BYTES
    # The same PIN twice gives two different hashes (salted).
    assert ops.hash_pin("4821")["hash"] != ops.hash_pin("4821")["hash"]
    assert ops.pin_matches(ana, "4821") and not ops.pin_matches(ana, "4822")


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", " 1234", "١٢٣٤", ""])
def test_a_pin_is_four_to_eight_digits(db: Database, pin: str) -> None:
    with db.write() as session, pytest.raises(ValidationError) as refused:
        ops.set_operator(session, "Ana", pin)
    assert refused.value.field == "pin" and "4 to 8 digits" in str(refused.value)


def test_verify_signs_in_with_the_right_pin_and_refuses_a_wrong_one(db: Database) -> None:
    _staff(db)
    with db.read() as session:
        assert ops.has_operators(session) and ops.supervisor_configured(session)
        ana = ops.verify(session, "ana maria pena", "4821")  # accents and case ignored
        assert ana == ops.Operator("Ana María Peña", "operator") and not ana.is_supervisor
        assert ops.verify(session, "Óscar Núñez", "90817263").is_supervisor
        with pytest.raises(ops.WrongPin, match=r"Wrong PIN for Ana María Peña\."):
            ops.verify(session, "Ana María Peña", "4822")
        with pytest.raises(ops.UnknownOperator, match="not an operator"):
            ops.verify(session, "Nadie", "4821")
        assert [o.name for o in ops.list_operators(session)] == ["Ana María Peña", "Óscar Núñez"]


def test_five_wrong_pins_lock_the_name_for_a_minute(db: Database) -> None:
    _staff(db)
    with db.read() as session:
        for _ in range(ops.MAX_TRIES - 1):
            with pytest.raises(ops.WrongPin):
                ops.verify(session, "Ana María Peña", "0000", now=100.0)
        with pytest.raises(ops.LockedOut, match="Wrong PIN for Ana María Peña"):
            ops.verify(session, "Ana María Peña", "0000", now=100.0)
        # Locked: even the right PIN is refused, and says for how long.
        with pytest.raises(ops.LockedOut, match="try again in 30 seconds") as locked:
            ops.verify(session, "Ana María Peña", "4821", now=130.0)
        assert locked.value.seconds == 30
        # Others are not locked.
        assert ops.verify(session, "Óscar Núñez", "90817263", now=130.0).is_supervisor
        # After 60 s the right PIN works again, and the count starts afresh.
        assert ops.verify(session, "Ana María Peña", "4821", now=160.0).name == "Ana María Peña"
        with pytest.raises(ops.WrongPin):
            ops.verify(session, "Ana María Peña", "0000", now=161.0)


def test_a_right_pin_resets_the_count(db: Database) -> None:
    _staff(db)
    with db.read() as session:
        for _ in range(3):
            for _ in range(ops.MAX_TRIES - 1):
                with pytest.raises(ops.WrongPin):
                    ops.verify(session, "Ana María Peña", "0000", now=1.0)
            ops.verify(session, "Ana María Peña", "4821", now=1.0)


def test_changing_a_pin_and_role_and_removing(db: Database) -> None:
    _staff(db)
    with db.write() as session:
        ops.set_operator(session, "ANA MARÍA PEÑA", "5555", ops.ROLE_SUPERVISOR)
    with db.read() as session:
        assert [o.name for o in ops.list_operators(session)] == ["ANA MARÍA PEÑA", "Óscar Núñez"]
        with pytest.raises(ops.WrongPin):
            ops.verify(session, "Ana María Peña", "4821")
        assert ops.verify(session, "Ana María Peña", "5555").is_supervisor
    with db.write() as session:
        ops.remove_operator(session, "Ana María Peña")
        ops.remove_operator(session, "Óscar Núñez")
    with db.read() as session:
        assert not ops.has_operators(session) and not ops.supervisor_configured(session)


# -- the supervisor's PIN --------------------------------------------------------------------


def test_require_supervisor(db: Database) -> None:
    with db.read() as session:  # no supervisor configured: guarded actions are open
        assert not ops.supervisor_configured(session)
        assert ops.require_supervisor(session, None) == ""
    _staff(db)
    with db.read() as session:
        assert ops.require_supervisor(session, "90817263") == "Óscar Núñez"
        for pin in (None, "", "4821", "9081726", "abcd"):  # an operator's PIN is not enough
            with pytest.raises(ops.PermissionDenied, match=r"This needs a supervisor's PIN\."):
                ops.require_supervisor(session, pin)


def test_wrong_supervisor_pins_lock_the_supervisor_pin(db: Database) -> None:
    _staff(db)
    with db.read() as session:
        for _ in range(ops.MAX_TRIES):
            with pytest.raises(ops.PermissionDenied):
                ops.require_supervisor(session, "1111", now=10.0)
        with pytest.raises(ops.PermissionDenied, match="Too many wrong supervisor PINs"):
            ops.require_supervisor(session, "90817263", now=20.0)
        assert ops.require_supervisor(session, "90817263", now=71.0) == "Óscar Núñez"


def _checked_in(db: Database, factory: Factory, operator: str = "Ana María Peña") -> str:
    factory.add(db, 6)
    with db.read() as session:
        pid = all_participants(session)[1].id
    with db.write() as session:
        check_in_participant(session, pid, desk_id=db.desk_id, operator=operator)
    return pid


def test_a_void_without_the_supervisor_pin_is_refused(db: Database, factory: Factory) -> None:
    _staff(db)
    pid = _checked_in(db, factory)
    for pin in (None, "4821", "0000"):
        with pytest.raises(ops.PermissionDenied), db.write() as session:
            ops.void_with_supervisor(
                session,
                pid,
                "Wrong person",
                pin,
                desk_id=db.desk_id,
                operator="Ana María Peña",
            )
    with db.read() as session:
        assert active_checkin(session, pid) is not None  # still checked in
        assert session.scalar(select(Record).where(Record.kind == "void")) is None
        assert ops.audit_entries(session, action=ops.APPROVAL) == []
    with db.write() as session:
        ops.void_with_supervisor(
            session, pid, "Wrong person", "90817263", desk_id=db.desk_id, operator="Ana María Peña"
        )
    with db.read() as session:
        assert active_checkin(session, pid) is None
        void = session.scalar(select(Record).where(Record.kind == "void"))
        assert void is not None and void.operator == "Ana María Peña"
        [approval] = ops.audit_entries(session, action=ops.APPROVAL)
        assert approval.operator == "Óscar Núñez"
        assert approval.detail.startswith("void: ") and "(Ana María Peña)" in approval.detail


def test_without_a_supervisor_a_void_needs_no_pin(db: Database, factory: Factory) -> None:
    pid = _checked_in(db, factory, operator="Ana")
    with db.write() as session:
        ops.void_with_supervisor(session, pid, "Test", None, desk_id=db.desk_id, operator="Ana")
    with db.read() as session:
        assert active_checkin(session, pid) is None
        assert ops.audit_entries(session, action=ops.APPROVAL) == []


# -- the audit log ---------------------------------------------------------------------------


def test_the_audit_lists_import_checkin_void_and_export_with_their_operators(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    _staff(db)
    people = factory.people(5)
    source = factory.write_csv(tmp_path / "inscritos.csv", people)
    start = utcnow()
    # The import and the export are logged the way the window and the CLI do.
    with db.write() as session:
        report = import_participants(session, event, source, desk_id=db.desk_id)
        ops.log(
            session,
            ops.IMPORT,
            f"{source.name}: {report.created} new, {report.updated} updated",
            desk_id=db.desk_id,
            operator="Óscar Núñez",
            at=start,
        )
    with db.read() as session:
        jose = next(p for p in all_participants(session) if p.given_name == "José Luis")
    with db.write() as session:
        check_in_participant(
            session,
            jose.id,
            desk_id=db.desk_id,
            operator="Ana María Peña",
            now=start + timedelta(seconds=1),
        )
    with db.write() as session:
        ops.void_with_supervisor(
            session,
            jose.id,
            "Tarjeta equivocada",
            "90817263",
            desk_id=db.desk_id,
            operator="Ana María Peña",
            now=start + timedelta(seconds=2),
        )
    target = tmp_path / "participantes.xlsx"
    with db.read() as session:
        export_participants(target, event, all_participants(session), desk_names(session))
    with db.write() as session:
        ops.log(
            session,
            ops.EXPORT,
            f"{target.name} (contact data)",
            desk_id=db.desk_id,
            operator="Óscar Núñez",
            at=start + timedelta(seconds=3),
        )

    with db.read() as session:
        rows = ops.audit_entries(session, event=event)
        assert [(r.action, r.operator) for r in rows] == [
            ("export", "Óscar Núñez"),
            ("void", "Ana María Peña"),
            ("approval", "Óscar Núñez"),
            ("checkin", "Ana María Peña"),
            ("import", "Óscar Núñez"),
        ]
        export, void, approval, checkin, imported = rows
        assert approval.detail == "void: José Luis Hernández Núñez (Ana María Peña)"
        assert export.detail == "participantes.xlsx (contact data)" and not export.is_record
        assert void.detail == "José Luis Hernández Núñez · Tarjeta equivocada" and void.is_record
        assert checkin.detail == "José Luis Hernández Núñez"
        assert imported.detail == "inscritos.csv: 5 new, 0 updated"
        assert {r.desk_name for r in rows} == {"Test desk"}
        assert [r.action_label for r in rows][:2] == ["export", "void"]

        # Filters: operator, action, free text (accents and case ignored), time.
        by_ana = ops.audit_entries(session, operator="Ana María Peña")
        assert [r.action for r in by_ana] == ["void", "checkin"]
        assert [r.action for r in ops.audit_entries(session, action="checkin")] == ["checkin"]
        assert [r.action for r in ops.audit_entries(session, action=ops.IMPORT)] == ["import"]
        found = ops.audit_entries(session, text="hernandez TARJETA")
        assert [r.action for r in found] == ["void"]
        assert [r.action for r in ops.audit_entries(session, text="oscar")] == [
            "export",
            "approval",
            "import",
        ]
        later = ops.audit_entries(session, since=start + timedelta(seconds=2))
        assert [r.action for r in later] == ["export", "void", "approval"]
        assert len(ops.audit_entries(session, limit=2)) == 2
        assert ops.audit_operators(session) == ["Ana María Peña", "Óscar Núñez"]


def test_merged_copies_are_not_listed_twice(db: Database, event: Event, factory: Factory) -> None:
    factory.add(db, 4)
    with db.read() as session:
        a, b = (p.id for p in all_participants(session)[:2])
    with db.write() as session:
        check_in_participant(session, b, desk_id=db.desk_id, operator="Ana")
    with db.write() as session:
        merge_people(session, event, a, b, desk_id=db.desk_id, operator="Óscar")
    with db.read() as session:
        assert session.get(Record, copy_id(a, active_checkin(session, b).id)) is not None
        rows = ops.audit_entries(session, event=event)
        assert [(r.action, r.operator) for r in rows] == [("merge", "Óscar"), ("checkin", "Ana")]
        assert "absorbed" in rows[0].detail


def test_many_rows_page_through_both_tables(
    db: Database, factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ops, "TEXT_BATCH", 2)  # read in small pages: 2, 8, 32…
    factory.add(db, 30)
    start = utcnow()
    with db.read() as session:
        ids = [p.id for p in all_participants(session)]
    with db.write() as session:
        for n, pid in enumerate(ids):
            check_in_participant(
                session,
                pid,
                desk_id=db.desk_id,
                operator="Ana",
                confirm_online=True,
                now=start + timedelta(seconds=n),
            )
            ops.log(
                session,
                ops.SETTINGS,
                f"setting {n}",
                desk_id=db.desk_id,
                operator="Ana",
                at=start + timedelta(seconds=n, milliseconds=500),
            )
    with db.read() as session:
        checked_in = len(session.scalars(select(Record).where(Record.kind == "checkin")).all())
        rows = ops.audit_entries(session, limit=1000)
        assert checked_in > 20 and len(rows) == 30 + checked_in
        assert [r.at for r in rows] == sorted((r.at for r in rows), reverse=True)
        assert rows[0].detail == "setting 29" and rows[-1].action == "checkin"
        only = ops.audit_entries(session, text="setting 1", limit=1)
        assert [r.detail for r in only] == ["setting 21"]
        only = ops.audit_entries(session, text="setting 1", limit=5)
        assert [r.detail for r in only] == [f"setting {n}" for n in (21, 19, 18, 17, 16)]
