"""desk/actions: each action's rule, and its audit row in the same transaction as what it
does (a refused or failing action writes nothing at all)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk import actions
from desk.actions import checkin, deskfiles, door, lists, people, staff
from desk.arrival.checkin import FormError, Outcome, active_checkin
from desk.cli_text import backup_lines, desk_file_lines, report_lines
from desk.deskfiles.backup import BackupError, backup_now, list_backups
from desk.deskfiles.sync import export_desk_file
from desk.doors.attendance import OUT, DoorOutcome
from desk.errors import DeskError, ImportFileError, NotFoundError, ValidationError
from desk.events.event import Event
from desk.people.participants import EDITABLE_FIELDS, ParticipantInfo, all_participants
from desk.staff import operators as ops
from desk.storage.db import Database
from desk.storage.models import AuditEntry, Participant, Record
from tests.factory import Factory

SUPERVISOR, SUPERVISOR_PIN = "Óscar Núñez", "90817263"
OPERATOR, OPERATOR_PIN = "Ana María Peña", "4821"


@pytest.fixture(autouse=True)
def _fresh_tries() -> Iterator[None]:
    ops.reset_tries()
    yield
    ops.reset_tries()


def _staff(db: Database) -> None:
    with db.write() as session:
        ops.set_operator(session, OPERATOR, OPERATOR_PIN, ops.ROLE_OPERATOR)
        ops.set_operator(session, SUPERVISOR, SUPERVISOR_PIN, ops.ROLE_SUPERVISOR)


def _people(db: Database, factory: Factory, n: int = 6) -> list[ParticipantInfo]:
    factory.add(db, n)
    with db.read() as session:
        return [p for p in all_participants(session) if p.status == "registered"]


def _audit(db: Database, action: str | None = None) -> list[tuple[str, str, str]]:
    """(action, operator, detail) of the audit table, oldest first (records left out)."""
    with db.read() as session:
        query = select(AuditEntry.action, AuditEntry.operator, AuditEntry.detail)
        if action is not None:
            query = query.where(AuditEntry.action == action)
        return [tuple(r) for r in session.execute(query.order_by(AuditEntry.at))]  # type: ignore[misc]


def _records(db: Database, kind: str | None = None) -> int:
    with db.read() as session:
        query = select(func.count()).select_from(Record)
        if kind is not None:
            query = query.where(Record.kind == kind)
        return session.scalar(query) or 0


def _participants(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Participant)) or 0


def _checked_in(db: Database, pid: str) -> bool:
    with db.read() as session:
        return active_checkin(session, pid) is not None


def at(event: Event, day: int, clock: str) -> datetime:
    h, m = map(int, clock.split(":"))
    return datetime(2022, 5, 22, h, m, tzinfo=event.tz) + timedelta(days=day)


# -- the package ------------------------------------------------------------------------------


def test_every_action_module_says_what_it_does_in_a_docstring() -> None:
    folder = Path(actions.__file__).parent
    assert "a person at the desk means to do" in (actions.__doc__ or "")
    for path in sorted(folder.glob("*.py")):
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
        assert doc and len(doc.split()) > 20, path.name


def test_actions_write_audit_rows_with_the_constants_never_literal_strings() -> None:
    folder = Path(actions.__file__).parent
    for path in sorted(folder.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "log":
                action = node.args[1] if len(node.args) > 1 else None
                assert not isinstance(action, ast.Constant), f"{path.name}:{node.lineno}"


# -- check-in -----------------------------------------------------------------------------------


def test_check_in_by_code_and_by_person(db: Database, factory: Factory) -> None:
    a, b = _people(db, factory)[:2]
    result = checkin.check_in_code(db, a.code.lower(), operator="Ana", confirm_online=True)
    assert result.outcome is Outcome.CHECKED_IN and result.operator == "Ana"
    again = checkin.check_in_code(db, a.code, operator="Luis")
    assert again.outcome is Outcome.ALREADY and again.operator == "Ana"
    assert checkin.check_in_code(db, "NOBODY", operator="Ana").outcome is Outcome.UNKNOWN_CODE
    done = checkin.check_in_person(db, b.id, operator="Luis", confirm_online=True)
    assert done.outcome is Outcome.CHECKED_IN and _records(db, "checkin") == 2
    with pytest.raises(NotFoundError):
        checkin.check_in_person(db, "no-such-id", operator="Luis")


def test_an_online_registrant_is_checked_in_only_with_the_confirmation(
    db: Database, event: Event
) -> None:
    walk_in = people.register_walk_in(
        db,
        event,
        {"given_name": "Zoë", "family_name": "Ørsted", "category": "mfa", "mode": "online"},
        operator="Ana",
        check_in_now=False,
    )
    pid = walk_in.participant.id
    asked = checkin.check_in_person(db, pid, operator="Ana")
    assert asked.outcome is Outcome.NEEDS_CONFIRMATION and not _checked_in(db, pid)
    by_code = checkin.check_in_code(db, walk_in.participant.code, operator="Ana")
    assert by_code.outcome is Outcome.NEEDS_CONFIRMATION and _records(db) == 0
    done = checkin.check_in_person(db, pid, operator="Ana", confirm_online=True)
    assert done.outcome is Outcome.CHECKED_IN and _checked_in(db, pid)


def test_a_void_on_a_desk_without_supervisor_is_open(db: Database, factory: Factory) -> None:
    person = _people(db, factory)[0]
    checkin.check_in_person(db, person.id, operator="Ana", confirm_online=True)
    voided = checkin.void_checkin(db, person.id, "Wrong person", operator="Ana")
    assert voided.participant_id == person.id and not _checked_in(db, person.id)
    assert _audit(db) == []  # no supervisor: no approval; the void record is its own line


def test_a_void_without_the_supervisors_pin_is_refused_and_writes_nothing(
    db: Database, factory: Factory
) -> None:
    person = _people(db, factory)[0]
    _staff(db)
    checkin.check_in_person(db, person.id, operator=OPERATOR, confirm_online=True)
    for pin in (None, "", OPERATOR_PIN, "0000"):
        with pytest.raises(ops.PermissionDenied):
            checkin.void_checkin(
                db, person.id, "Otra persona", operator=OPERATOR, supervisor_pin=pin
            )
    assert _checked_in(db, person.id) and _records(db, "void") == 0 and _audit(db) == []


def test_a_void_with_the_pin_writes_the_approval_with_the_void(
    db: Database, factory: Factory
) -> None:
    a, b = _people(db, factory)[:2]
    _staff(db)
    checkin.check_in_person(db, a.id, operator=OPERATOR, confirm_online=True)
    checkin.void_checkin(db, a.id, "Otra persona", operator=OPERATOR, supervisor_pin=SUPERVISOR_PIN)
    assert not _checked_in(db, a.id)
    assert _audit(db) == [(ops.APPROVAL, SUPERVISOR, f"void: {a.full_name} ({OPERATOR})")]
    # Refused after the PIN (not checked in, no reason): the approval goes with it.
    with pytest.raises(DeskError):
        checkin.void_checkin(db, b.id, "x", operator=OPERATOR, supervisor_pin=SUPERVISOR_PIN)
    checkin.check_in_person(db, b.id, operator=OPERATOR, confirm_online=True)
    with pytest.raises(ValidationError):
        checkin.void_checkin(db, b.id, "  ", operator=OPERATOR, supervisor_pin=SUPERVISOR_PIN)
    assert len(_audit(db, ops.APPROVAL)) == 1 and _records(db, "void") == 1


# -- people -------------------------------------------------------------------------------------


def test_a_walk_in_is_registered_and_checked_in_in_one_step(db: Database, event: Event) -> None:
    done = people.register_walk_in(
        db,
        event,
        {"given_name": "Ñuño", "family_name": "Ibáñez", "category": "mfa"},
        operator="Ana",
    )
    assert done.checkin is not None and done.checkin.outcome is Outcome.CHECKED_IN
    assert done.participant.source == "walk_in" and _checked_in(db, done.participant.id)
    with pytest.raises(FormError) as refused:
        people.register_walk_in(db, event, {"given_name": "", "category": "x"}, operator="Ana")
    assert {"given_name", "family_name", "category"} <= set(refused.value.errors)
    assert _participants(db) == 1 and _records(db) == 1


def test_an_edit_says_what_changed(db: Database, event: Event, factory: Factory) -> None:
    person = _people(db, factory)[0]
    form = {f: getattr(person, f) for f in EDITABLE_FIELDS}  # what the dialog sends
    changed = {**form, "family_name": "Pérez-Lund"}
    edited = people.edit_participant(db, event, person.id, changed, operator="Ana")
    assert edited.changed == ("family_name",) and edited.participant.family_name == "Pérez-Lund"
    same = people.edit_participant(db, event, person.id, changed, operator="Ana")
    assert same.changed == ()
    with pytest.raises(FormError):
        people.edit_participant(db, event, person.id, {"email": "nobody@"}, operator="Ana")
    with db.read() as session:
        assert session.get(Participant, person.id).email == person.email  # type: ignore[union-attr]
    # One line for the one edit that changed something: who, and which fields (no values).
    assert _audit(db) == [(ops.EDIT, "Ana", f"{edited.participant.full_name}: family_name")]


def test_a_merge_needs_the_supervisor_and_logs_the_approval_with_it(
    db: Database, event: Event, factory: Factory
) -> None:
    a, b, c = _people(db, factory)[:3]
    _staff(db)
    with pytest.raises(ops.PermissionDenied):
        people.merge_people(db, event, a.id, b.id, operator=OPERATOR)
    with db.read() as session:
        assert session.get(Participant, b.id).status == "registered"  # type: ignore[union-attr]
    assert _audit(db) == [] and _records(db, "merge") == 0
    with pytest.raises(DeskError):  # refused after the PIN: the approval goes too
        people.merge_people(db, event, c.id, c.id, operator=OPERATOR, supervisor_pin=SUPERVISOR_PIN)
    assert _audit(db) == []
    merged = people.merge_people(
        db, event, a.id, b.id, operator=OPERATOR, supervisor_pin=SUPERVISOR_PIN
    )
    assert merged.kept.id == a.id and merged.absorbed_id == b.id
    assert _records(db, "merge") == 1
    detail = f"merge: {a.full_name} ← {b.full_name} ({OPERATOR})"
    assert _audit(db) == [(ops.APPROVAL, SUPERVISOR, detail)]
    with pytest.raises(NotFoundError):
        people.merge_people(
            db, event, a.id, "gone", operator=OPERATOR, supervisor_pin=SUPERVISOR_PIN
        )


# -- the door -----------------------------------------------------------------------------------


def test_a_door_scan_and_its_undo(db: Database, event: Event, factory: Factory) -> None:
    person = _people(db, factory)[0]
    lunch = at(event, 1, "12:05")
    late = door.scan(db, event, "d1-lunch", person.code, operator="Eva", now=at(event, 1, "18:00"))
    assert late.outcome is DoorOutcome.ITEM_OVER and _records(db) == 0  # asked, not written
    scanned = door.scan(db, event, "d1-lunch", person.code, operator="Eva", now=lunch)
    assert scanned.outcome is DoorOutcome.ENTERED and scanned.record_id is not None
    left = door.scan(db, event, "d1-lunch", person.code, operator="Eva", direction=OUT, now=lunch)
    assert left.outcome is DoorOutcome.EXITED
    undone = door.undo_scan(db, left.record_id or "", operator="Eva")
    assert undone.record_id == left.record_id and _records(db, "void") == 1
    with pytest.raises(DeskError):
        door.undo_scan(db, left.record_id or "", operator="Eva")  # already undone
    with pytest.raises(NotFoundError):
        door.undo_scan(db, "no-such-scan", operator="Eva")
    assert _records(db, "void") == 1


# -- lists --------------------------------------------------------------------------------------


def test_an_import_logs_itself_and_makes_a_backup_first(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    source = factory.write_csv(tmp_path / "inscritos.csv", factory.people(5))
    checked = lists.import_list(db, event, source, operator="Ana", dry_run=True)
    assert checked.dry_run and checked.created == 5
    assert _participants(db) == 0 and _audit(db) == [] and list_backups(db) == []
    report = lists.import_list(db, event, source, operator="Ana")
    assert report.created == 5 and _participants(db) == 5
    assert _audit(db) == [(ops.IMPORT, "Ana", "inscritos.csv: 5 new, 0 updated")]
    assert [b.reason for b in list_backups(db)] == ["before-import"]


def test_a_refused_or_cancelled_import_writes_nothing(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    rows = factory.list_rows(factory.people(4))
    rows[1][2] = "Narnia"
    with pytest.raises(ImportFileError):
        lists.import_list(
            db, event, factory.write_csv(tmp_path / "bad.csv", rows=rows), operator="A"
        )

    def cancel(done: int, total: int) -> None:
        raise DeskError("Cancelled: nothing was changed.")

    good = factory.write_csv(tmp_path / "good.csv", factory.people(4))
    with pytest.raises(DeskError):
        lists.import_list(db, event, good, operator="Ana", progress=cancel)
    assert _participants(db) == 0 and _audit(db) == []


def test_sample_participants_are_logged_as_an_import(db: Database, event: Event) -> None:
    added = lists.add_sample_participants(db, event, 7, operator="Ana", seed=3)
    assert added.count == 7 and _participants(db) == 7
    [(action, who, detail)] = _audit(db)
    assert (action, who) == (ops.IMPORT, "Ana") and "7 synthetic participants" in detail


def test_exporting_participants_needs_the_supervisor_before_any_file(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    _people(db, factory, 4)
    target = tmp_path / "people.csv"
    done = lists.export_participants(db, event, target, operator="Ana")  # no supervisor yet
    assert done.count == 4 and target.exists()
    assert _audit(db) == [(ops.EXPORT, "Ana", "people.csv: 4 participants, with contact data")]
    _staff(db)
    guarded = tmp_path / "guarded.xlsx"
    for pin in (None, "1111"):
        with pytest.raises(ops.PermissionDenied):
            lists.export_participants(db, event, guarded, operator=OPERATOR, supervisor_pin=pin)
    assert not guarded.exists() and len(_audit(db)) == 1
    lists.export_participants(db, event, guarded, operator=OPERATOR, supervisor_pin=SUPERVISOR_PIN)
    assert guarded.exists()
    assert _audit(db)[1:] == [
        (ops.APPROVAL, SUPERVISOR, f"contact_export: guarded.xlsx ({OPERATOR})"),
        (ops.EXPORT, OPERATOR, "guarded.xlsx: 4 participants, with contact data"),
    ]


def test_the_attendance_report_needs_the_supervisor_only_with_contact_data(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    _people(db, factory, 4)
    _staff(db)
    plain = tmp_path / "day1.csv"
    report = lists.export_attendance(
        db, event, plain, operator=OPERATOR, day=date(2022, 5, 23), contact=False
    )
    assert report.path == plain and plain.exists()
    lines = report_lines(event, report, day=date(2022, 5, 23), contact=False)
    assert "written to" in lines[0] and lines[-1] == "Without e-mail addresses and phone numbers."
    assert _audit(db) == [(ops.EXPORT, OPERATOR, "day1.csv")]
    with pytest.raises(ops.PermissionDenied):
        lists.export_attendance(db, event, tmp_path / "all.csv", operator=OPERATOR)
    with pytest.raises(DeskError):  # a wrong file name: no file, no line in the log
        lists.export_attendance(
            db, event, tmp_path / "r.doc", operator=OPERATOR, supervisor_pin=SUPERVISOR_PIN
        )
    assert not (tmp_path / "all.csv").exists() and len(_audit(db)) == 1
    lists.export_attendance(
        db, event, tmp_path / "all.pdf", operator=OPERATOR, supervisor_pin=SUPERVISOR_PIN
    )
    assert [a for a, _who, _d in _audit(db)] == [ops.EXPORT, ops.APPROVAL, ops.EXPORT]


# -- desk files, backups, restores ----------------------------------------------------------------


def _other_desk(tmp_path: Path, db: Database, event: Event) -> Path:
    """A second desk that knows everyone and checked two people in: its file."""
    seed = export_desk_file(db, event, tmp_path / "seed.desk").path
    other = Database(tmp_path / "other.sqlite3", desk_name="Mesa 2")
    try:
        deskfiles.sync_import(other, event, [seed], operator="Eva")
        with other.read() as session:
            two = [p for p in all_participants(session) if p.status == "registered"][:2]
        for p in two:
            checkin.check_in_person(other, p.id, operator="Eva", confirm_online=True)
        return deskfiles.sync_export(other, event, tmp_path / "mesa-2.desk", operator="Eva").path
    finally:
        other.close()


def test_desk_files_out_and_in_log_themselves(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    _people(db, factory, 5)
    mine = deskfiles.sync_export(db, event, tmp_path / "mine.desk", operator="Ana")
    assert mine.participants == 5 and _audit(db) == [(ops.SYNC_EXPORT, "Ana", "mine.desk")]
    lines = desk_file_lines(event, mine)
    assert "5 participants" in lines[0] and lines[-1] == f"SHA-256: {mine.sha256}"
    theirs = _other_desk(tmp_path, db, event)
    report = deskfiles.sync_import(db, event, [theirs], operator="Ana")
    assert report.new_record_count == 2 and _records(db, "checkin") == 2
    assert _audit(db, ops.SYNC_IMPORT) == [(ops.SYNC_IMPORT, "Ana", "mesa-2.desk")]
    assert "before-merge" in {b.reason for b in list_backups(db)}


def test_a_damaged_desk_file_is_refused_whole_and_logs_nothing(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    _people(db, factory, 5)
    theirs = _other_desk(tmp_path, db, event)
    cut = tmp_path / "cut.desk"
    cut.write_bytes(theirs.read_bytes()[:-100])
    with pytest.raises(DeskError, match=r"cut\.desk"):
        deskfiles.sync_import(db, event, [theirs, cut], operator="Ana")
    with pytest.raises(DeskError):
        deskfiles.sync_import(db, event, [], operator="Ana")
    assert _records(db) == 0 and _audit(db) == []


def test_sync_with_a_shared_folder(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    _people(db, factory, 5)
    folder = tmp_path / "usb"
    folder.mkdir()
    alone = deskfiles.sync_with_folder(db, event, folder, operator="Ana")
    assert alone.report is None and [a for a, *_ in _audit(db)] == [ops.SYNC_EXPORT]
    _other_desk(tmp_path, db, event).rename(folder / "mesa-2.desk")
    (folder / "junk.desk").write_bytes(b"not a desk file")
    synced = deskfiles.sync_with_folder(db, event, folder, operator="Ana")
    assert synced.report is not None and synced.report.new_record_count == 2
    assert [name for name, _why in synced.refused] == ["junk.desk"]
    assert _audit(db)[1:] == [
        (ops.SYNC_EXPORT, "Ana", synced.written.path.name),
        (ops.SYNC_IMPORT, "Ana", f"{folder}: mesa-2.desk"),
    ]
    with pytest.raises(DeskError):
        deskfiles.sync_with_folder(db, event, tmp_path / "gone", operator="Ana")


def test_a_backup_by_hand_logs_itself(
    db: Database, factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    _people(db, factory, 3)
    made = deskfiles.back_up(db, operator="Ana")
    assert made.path.exists() and made.path.name.endswith("-manual.sqlite3")
    assert made.info is not None and made.info.participants == 3
    assert backup_lines(made.path, made.info)[0] == f"Backup written: {made.path}"
    assert _audit(db) == [(ops.BACKUP, "Ana", made.path.name)]

    def disk_full(*_a: object, **_k: object) -> Path:
        raise BackupError("Backup not made: the disk is full.")

    monkeypatch.setattr("desk.deskfiles.backup.backup_now", disk_full)
    with pytest.raises(BackupError):
        deskfiles.back_up(db, operator="Ana")
    assert len(_audit(db)) == 1


@pytest.mark.parametrize("engine_name", ["sqlite"])  # a file restore
def test_a_restore_needs_the_supervisor_and_logs_in_the_restored_database(
    db: Database, event: Event, factory: Factory
) -> None:
    _people(db, factory, 4)
    _staff(db)
    older = backup_now(db, reason="manual")
    factory.add(db, 3, seed=11)
    with pytest.raises(ops.PermissionDenied):
        deskfiles.restore_backup(db, older, operator=OPERATOR, event_id=event.id)
    with Database(db.path) as same:  # refused: closed, but nothing changed
        assert _participants(same) == 7
        result = deskfiles.restore_backup(
            same, older, operator=OPERATOR, supervisor_pin=SUPERVISOR_PIN, event_id=event.id
        )
    assert result.kept_aside is not None and result.kept_aside.exists()
    with Database(db.path) as restored:
        assert _participants(restored) == 4
        assert _audit(restored) == [
            (ops.APPROVAL, SUPERVISOR, f"restore: {older.name} ({OPERATOR})"),
            (ops.RESTORE, OPERATOR, older.name),
        ]


# -- staff --------------------------------------------------------------------------------------


def test_signing_in_and_out(db: Database) -> None:
    assert staff.sign_in(db, "  Lucía  Pérez ") == ops.Operator("Lucía Pérez", ops.ROLE_OPERATOR)
    with pytest.raises(ValidationError):
        staff.sign_in(db, "  ")
    _staff(db)
    with pytest.raises(ops.WrongPin):
        staff.sign_in(db, OPERATOR, "1111")
    with pytest.raises(ops.PinRefused):
        staff.sign_in(db, OPERATOR)
    assert staff.sign_in(db, "ana maria peña", OPERATOR_PIN).name == OPERATOR
    staff.sign_out(db, operator=OPERATOR)
    assert _audit(db) == [
        (ops.SIGN_IN, "Lucía Pérez", ""),
        (ops.SIGN_IN, OPERATOR, ""),
        (ops.SIGN_OUT, OPERATOR, ""),
    ]


def test_operators_need_the_supervisor_once_there_is_one(db: Database) -> None:
    first = staff.save_operator(
        db, SUPERVISOR, SUPERVISOR_PIN, ops.ROLE_SUPERVISOR, operator="Lucía"
    )
    assert first.is_supervisor  # the first supervisor: open to whoever sets the desk up
    with pytest.raises(ValidationError) as bad_pin:  # the form first, before any PIN
        staff.save_operator(db, OPERATOR, "12", operator="Lucía")
    assert bad_pin.value.field == "pin"
    with pytest.raises(ops.PermissionDenied):
        staff.save_operator(db, OPERATOR, OPERATOR_PIN, operator="Lucía")
    with pytest.raises(ops.PermissionDenied):
        staff.remove_operator(db, SUPERVISOR, operator="Lucía", supervisor_pin="0000")
    staff.save_operator(db, OPERATOR, OPERATOR_PIN, operator="Lucía", supervisor_pin=SUPERVISOR_PIN)
    with db.read() as session:
        assert [o.name for o in ops.list_operators(session)] == [OPERATOR, SUPERVISOR]
    with pytest.raises(ops.UnknownOperator):
        staff.remove_operator(db, "Nadie", operator="Lucía", supervisor_pin=SUPERVISOR_PIN)
    staff.remove_operator(db, OPERATOR, operator="Lucía", supervisor_pin=SUPERVISOR_PIN)
    rows = _audit(db, ops.OPERATORS)
    assert rows == [
        (ops.OPERATORS, "Lucía", f"{SUPERVISOR}: PIN set, role Supervisor"),
        (ops.OPERATORS, SUPERVISOR, f"{OPERATOR}: PIN set, role Operator"),
        (ops.OPERATORS, SUPERVISOR, f"{OPERATOR} removed"),
    ]
    assert not any(pin in d for _a, _w, d in rows for pin in (SUPERVISOR_PIN, OPERATOR_PIN))


def test_a_settings_change_is_logged(db: Database) -> None:
    staff.record_settings_change(db, "desk name, printer", operator="Ana")
    assert _audit(db) == [(ops.SETTINGS, "Ana", "desk name, printer")]


# -- one transaction ----------------------------------------------------------------------------


def test_when_the_audit_row_cannot_be_written_the_action_is_undone(
    db: Database, event: Event, factory: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The audit row and the change are one transaction: a failing audit row takes the
    import, the merge of desk files and the operator's new PIN back with it."""
    _people(db, factory, 3)
    theirs = _other_desk(tmp_path, db, event)
    source = factory.write_csv(tmp_path / "more.csv", factory.people(4, seed=99))

    def broken(*_a: object, **_k: object) -> str:
        raise DeskError("The activity log cannot be written.")

    monkeypatch.setattr(ops, "log", broken)
    with pytest.raises(DeskError, match="activity log"):
        lists.import_list(db, event, source, operator="Ana")
    with pytest.raises(DeskError, match="activity log"):
        deskfiles.sync_import(db, event, [theirs], operator="Ana")
    with pytest.raises(DeskError, match="activity log"):
        staff.save_operator(db, OPERATOR, OPERATOR_PIN, operator="Ana")
    with pytest.raises(DeskError, match="activity log"):
        staff.sign_in(db, "Ana")
    assert _participants(db) == 3 and _records(db) == 0
    with db.read() as session:
        assert ops.list_operators(session) == []


def test_an_edit_that_leaves_a_field_out_keeps_it(
    db: Database, event: Event, factory: Factory
) -> None:
    person = _people(db, factory)[0]
    assert person.country
    edited = people.edit_participant(db, event, person.id, {"position": "Cónsul"}, operator="Ana")
    assert edited.changed == ("position",) and edited.participant.country == person.country
