from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from desk.arrival.checkin import active_checkin, check_in_participant, void_checkin
from desk.events.event import Event
from desk.people.export import export_participants
from desk.people.importing import import_participants
from desk.people.participants import all_participants, desk_names
from desk.staff import operators as ops
from desk.storage.db import Database
from desk.storage.models import utcnow
from tests.factory import Factory
from tests.ui.conftest import type_text
from ui.app import apply_language
from ui.audit_view import AuditDialog
from ui.signin_dialog import (
    OperatorsDialog,
    SignInDialog,
    SupervisorPinDialog,
    ask_supervisor,
    ask_supervisor_pin,
    guard_label,
)

SUPERVISOR, SUPERVISOR_PIN = "Óscar Núñez", "90817263"
OPERATOR, OPERATOR_PIN = "Ana María Peña", "4821"


@pytest.fixture(autouse=True)
def _english_and_fresh_tries() -> Iterator[None]:
    apply_language("en")
    ops.reset_tries()
    yield
    ops.reset_tries()


def _staff(db: Database) -> None:
    with db.write() as session:
        ops.set_operator(session, OPERATOR, OPERATOR_PIN, ops.ROLE_OPERATOR)
        ops.set_operator(session, SUPERVISOR, SUPERVISOR_PIN, ops.ROLE_SUPERVISOR)


def _enter(qtbot, field: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


# -- signing in ------------------------------------------------------------------------------


def test_sign_in_with_the_keyboard_wrong_pin_then_right(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    _staff(db)
    dialog = SignInDialog(db, name=OPERATOR)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.name_combo.currentText() == OPERATOR and dialog.focusWidget() is dialog.pin
    assert dialog.pin.echoMode() is QLineEdit.EchoMode.Password
    _enter(qtbot, dialog.pin, "1111")
    assert dialog.isVisible() and dialog.operator is None
    assert dialog.error.isVisibleTo(dialog) and f"Wrong PIN for {OPERATOR}." in dialog.error.text()
    assert dialog.pin.text() == "" and dialog.focusWidget() is dialog.pin
    qtbot.keyClicks(dialog.pin, "ab")  # letters never reach a PIN
    assert dialog.pin.text() == ""
    _enter(qtbot, dialog.pin, OPERATOR_PIN)
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert dialog.operator == ops.Operator(OPERATOR, ops.ROLE_OPERATOR)
    with db.read() as session:
        [signed] = ops.audit_entries(session, action=ops.SIGN_IN)
    assert signed.operator == OPERATOR


def test_sign_in_locks_after_five_wrong_pins(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    _staff(db)
    dialog = SignInDialog(db, name=OPERATOR)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(ops.MAX_TRIES):
        _enter(qtbot, dialog.pin, "0000")
    assert "try again in 60 seconds" in dialog.error.text()
    _enter(qtbot, dialog.pin, OPERATOR_PIN)
    assert dialog.operator is None and "Too many wrong PINs" in dialog.error.text()


def test_sign_in_picks_another_name_by_typing(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    _staff(db)
    dialog = SignInDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.name_combo and dialog.pin.isVisibleTo(dialog)
    type_text(dialog.name_combo, "Ó")  # keyboard search in the combo
    assert dialog.name() == SUPERVISOR
    qtbot.keyClick(dialog.name_combo, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.pin
    _enter(qtbot, dialog.pin, SUPERVISOR_PIN)
    assert dialog.operator is not None and dialog.operator.is_supervisor


def test_a_desk_without_operators_asks_only_a_name(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.pin.isVisibleTo(dialog) and dialog.focusWidget() is dialog.name_field
    qtbot.keyClick(dialog.name_field, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Enter your name." in dialog.error.text()
    type_text(dialog.name_field, "Lucía  Pérez ")
    qtbot.keyClick(dialog.name_field, Qt.Key.Key_Return)
    assert dialog.operator == ops.Operator("Lucía Pérez", ops.ROLE_OPERATOR)


# -- the supervisor's PIN --------------------------------------------------------------------


def test_supervisor_pin_dialog_refuses_an_operators_pin(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    _staff(db)
    dialog = SupervisorPinDialog(db, "Void a check-in")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Void a check-in" in dialog.question.text() and dialog.focusWidget() is dialog.pin
    _enter(qtbot, dialog.pin, OPERATOR_PIN)
    assert dialog.supervisor is None and "This needs a supervisor's PIN." in dialog.error.text()
    _enter(qtbot, dialog.pin, SUPERVISOR_PIN)
    assert dialog.supervisor == SUPERVISOR and dialog.pin_text == SUPERVISOR_PIN


def test_ask_supervisor(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    assert ask_supervisor(None, db, "Void a check-in") == ""  # no supervisor: no question
    _staff(db)

    def answer(pin: str | None) -> None:
        def type_pin() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, SupervisorPinDialog)
            if pin is None:
                qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            else:
                _enter(qtbot, dialog.pin, pin)

        QTimer.singleShot(0, type_pin)

    answer(SUPERVISOR_PIN)
    assert ask_supervisor(None, db, "Void a check-in") == SUPERVISOR
    answer(None)
    assert ask_supervisor(None, db, "Void a check-in") is None


def test_a_void_guarded_the_way_the_participant_dialog_does_it(
    qtbot, db: Database, factory: Factory
) -> None:  # type: ignore[no-untyped-def]
    _staff(db)
    factory.add(db, 3)
    with db.read() as session:
        pid = all_participants(session)[0].id
    with db.write() as session:
        check_in_participant(
            session, pid, desk_id=db.desk_id, operator=OPERATOR, confirm_online=True
        )

    def void_clicked(pin: str | None) -> None:
        QTimer.singleShot(
            0,
            lambda: (
                qtbot.keyClick(QApplication.activeModalWidget(), Qt.Key.Key_Escape)
                if pin is None
                else _enter(qtbot, QApplication.activeModalWidget().pin, pin)
            ),
        )
        supervisor = ask_supervisor(None, db, "Void a check-in")
        if supervisor is None:
            return
        with db.write() as session:
            ops.log_approval(
                session,
                ops.GUARD_VOID,
                "",
                supervisor=supervisor,
                desk_id=db.desk_id,
                operator=OPERATOR,
            )
            void_checkin(session, pid, "Wrong person", desk_id=db.desk_id, operator=OPERATOR)

    void_clicked(None)  # cancelled: nothing voided
    with db.read() as session:
        assert active_checkin(session, pid) is not None
    void_clicked(SUPERVISOR_PIN)
    with db.read() as session:
        assert active_checkin(session, pid) is None
        assert ops.audit_entries(session, action=ops.APPROVAL)[0].operator == SUPERVISOR


# -- operators -------------------------------------------------------------------------------


def test_operators_dialog_adds_a_supervisor_from_the_keyboard(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = OperatorsDialog(db, "Lucía")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "No supervisor yet" in dialog.note.text() and dialog.focusWidget() is dialog.name_field
    type_text(dialog.name_field, SUPERVISOR)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(ops.ROLE_SUPERVISOR))
    qtbot.keyClicks(dialog.pin, SUPERVISOR_PIN)
    qtbot.keyClicks(dialog.pin_again, "1234")
    qtbot.keyClick(dialog.pin_again, Qt.Key.Key_Return)
    assert "The two PINs differ" in dialog.error.text() and dialog.table.rowCount() == 0
    _enter(qtbot, dialog.pin_again, SUPERVISOR_PIN)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "Supervisor"
    assert "need a supervisor's PIN" in dialog.note.text()
    type_text(dialog.name_field, OPERATOR)
    qtbot.keyClicks(dialog.pin, "12")
    qtbot.keyClicks(dialog.pin_again, "12")
    qtbot.keyClick(dialog.pin_again, Qt.Key.Key_Return)
    assert "4 to 8 digits" in dialog.error.text() and dialog.table.rowCount() == 1
    with db.read() as session:
        assert ops.require_supervisor(session, SUPERVISOR_PIN) == SUPERVISOR
        [changed] = ops.audit_entries(session, action=ops.OPERATORS)
    assert changed.operator == "Lucía" and SUPERVISOR in changed.detail
    assert SUPERVISOR_PIN not in changed.detail


# -- the audit view --------------------------------------------------------------------------


def test_the_audit_view_lists_import_checkin_void_and_export_with_their_operators(
    qtbot, db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _staff(db)
    source = factory.write_csv(tmp_path / "inscritos.csv", factory.people(5))
    start = utcnow() - timedelta(seconds=10)
    with db.write() as session:  # as the import dialog will log it
        report = import_participants(session, event, source, desk_id=db.desk_id)
        ops.log(
            session,
            ops.IMPORT,
            f"{source.name}: {report.created} new",
            desk_id=db.desk_id,
            operator=SUPERVISOR,
            at=start,
        )
    with db.read() as session:
        nuno = next(p for p in all_participants(session) if p.given_name == "Ñuño")
    with db.write() as session:
        check_in_participant(
            session,
            nuno.id,
            desk_id=db.desk_id,
            operator=OPERATOR,
            now=start + timedelta(seconds=1),
        )
    with db.write() as session:
        ops.void_with_supervisor(
            session,
            nuno.id,
            "Otra persona",
            SUPERVISOR_PIN,
            desk_id=db.desk_id,
            operator=OPERATOR,
            now=start + timedelta(seconds=2),
        )
    target = tmp_path / "participantes.xlsx"
    with db.read() as session:
        export_participants(target, event, all_participants(session), desk_names(session))
    with db.write() as session:  # as the window's export will log it
        ops.log(
            session,
            ops.EXPORT,
            f"{target.name} (with contact data)",
            desk_id=db.desk_id,
            operator=SUPERVISOR,
            at=start + timedelta(seconds=3),
        )

    with db.write() as session:  # two days before: hidden by "today only"
        ops.log(
            session,
            ops.BACKUP,
            "desk.sqlite3",
            desk_id=db.desk_id,
            operator=OPERATOR,
            at=start - timedelta(days=2),
        )

    dialog = AuditDialog(db, event)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    def shown() -> list[tuple[str, str, str]]:
        return [
            tuple(dialog.table.item(n, c).text() for c in (2, 3, 4))  # type: ignore[misc]
            for n in range(dialog.table.rowCount())
        ]

    assert shown() == [
        (SUPERVISOR, "export", "participantes.xlsx (with contact data)"),
        (OPERATOR, "void", "Ñuño Ibáñez · Otra persona"),
        (SUPERVISOR, "supervisor approval", f"void: Ñuño Ibáñez ({OPERATOR})"),
        (OPERATOR, "check-in", "Ñuño Ibáñez"),
        (SUPERVISOR, "import", "inscritos.csv: 5 new"),
        (OPERATOR, "backup", "desk.sqlite3"),
    ]
    local = start.astimezone(event.tz).strftime("%Y-%m-%d %H:%M:%S")
    assert dialog.table.item(4, 0).text() == local and dialog.table.item(4, 1).text() == "Test desk"
    assert "6 entries" in dialog.count_label.text()
    assert dialog.focusWidget() is dialog.text_field

    # Filters: operator, action, free text, today only.
    dialog.operator_combo.setCurrentIndex(dialog.operator_combo.findData(OPERATOR))
    assert [r[1] for r in shown()] == ["void", "check-in", "backup"]
    dialog.operator_combo.setCurrentIndex(0)
    dialog.action_combo.setCurrentIndex(dialog.action_combo.findData("export"))
    assert [r[1] for r in shown()] == ["export"]
    dialog.action_combo.setCurrentIndex(0)
    type_text(dialog.text_field, "ibañez OTRA")
    qtbot.keyClick(dialog.text_field, Qt.Key.Key_Return)
    assert [r[1] for r in shown()] == ["void"]
    dialog.text_field.clear()
    dialog.reload()
    dialog.today_check.setChecked(True)
    assert len(shown()) == 5 and "backup" not in {r[1] for r in shown()}
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.table.setFocus()
    assert dialog.focusWidget() is dialog.table
    qtbot.keyClick(dialog.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert dialog.focusWidget() is dialog.text_field


def test_the_pin_is_asked_and_the_action_logs_the_approval(
    qtbot, db: Database, factory: Factory
) -> None:  # type: ignore[no-untyped-def]
    # authorise() (asked and logged the approval in a transaction of its own) is gone: the
    # dialog asks for the PIN, the action checks it and logs the approval with what it does.
    from desk.actions.checkin import check_in_person, void_checkin

    open_desk = ask_supervisor_pin(None, db, guard_label(ops.GUARD_MERGE))
    assert open_desk == ""  # no supervisor: no question
    _staff(db)
    factory.add(db, 3)
    with db.read() as session:
        person = all_participants(session)[0]
    check_in_person(db, person.id, operator=OPERATOR, confirm_online=True)
    asked: list[str] = []

    def type_pin() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SupervisorPinDialog)
        asked.append(dialog.question.text())
        _enter(qtbot, dialog.pin, SUPERVISOR_PIN)

    QTimer.singleShot(0, type_pin)
    pin = ask_supervisor_pin(None, db, guard_label(ops.GUARD_VOID))
    assert pin == SUPERVISOR_PIN and "Void a check-in" in asked[0]
    with db.read() as session:
        assert ops.audit_entries(session, action=ops.APPROVAL) == []  # asking logs nothing
    void_checkin(db, person.id, "Otra persona", operator=OPERATOR, supervisor_pin=pin)
    with db.read() as session:
        [approval] = ops.audit_entries(session, action=ops.APPROVAL)
    assert approval.operator == SUPERVISOR
    assert approval.detail == f"void: {person.full_name} ({OPERATOR})"
