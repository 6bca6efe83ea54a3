"""The participant dialog: state and history, Edit, Void check-in, Check in."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desk.arrival import codes
from desk.arrival.checkin import Outcome, active_checkin, check_in_participant
from desk.events.event import Event
from desk.people.importing import import_participants
from desk.people.participants import ParticipantInfo, all_participants, infos_by_ids
from desk.people.search import search
from desk.storage.db import Database
from tests.factory import Factory
from tests.ui.conftest import type_text
from ui.participant_dialog import ParticipantDialog


@pytest.fixture
def people(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> dict[str, ParticipantInfo]:
    from ui.app import apply_language

    apply_language("en")
    rows = factory.people(8)
    rows[4] = {**rows[4], "mode": "online"}  # Larisa Lara registered online
    with db.write() as session:
        import_participants(
            session, event, factory.write_csv(tmp_path / "l.csv", rows), desk_id=db.desk_id
        )
    with db.read() as session:
        return {p.full_name: p for p in all_participants(session)}


@pytest.fixture
def open_dialog(qtbot, db: Database, event: Event):  # type: ignore[no-untyped-def]
    def make(participant_id: str) -> ParticipantDialog:
        dialog = ParticipantDialog(db, event, participant_id, "Luis")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def check_in(db: Database, participant_id: str, operator: str = "Ana") -> None:
    with db.write() as session:
        result = check_in_participant(
            session, participant_id, desk_id=db.desk_id, operator=operator
        )
    assert result.outcome is Outcome.CHECKED_IN


def is_checked_in(db: Database, participant_id: str) -> bool:
    with db.read() as session:
        return active_checkin(session, participant_id) is not None


def history_rows(dialog: ParticipantDialog) -> list[tuple[str, ...]]:
    table = dialog.history_table
    return [
        tuple(table.item(row, column).text() for column in range(1, 5))
        for row in range(table.rowCount())
    ]


def test_shows_the_person_the_check_in_and_the_history(
    open_dialog, db: Database, people: dict[str, ParticipantInfo], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    jose = people["José Luis Hernández Núñez"]
    check_in(db, jose.id)
    dialog = open_dialog(jose.id)
    assert dialog.name_label.text() == "José Luis Hernández Núñez"
    assert dialog.code_label.text() == codes.format_code(jose.code)
    assert dialog.state == "checked_in"
    state = dialog.state_label.text()
    assert "Checked in at" in state and "Test desk" in state and "by Ana" in state
    assert dialog.values["country"].text() == "El Salvador"
    assert dialog.values["category"].text() == "Foreign Ministry delegate"
    assert dialog.category_chip.text() == "Foreign Ministry delegate"
    assert dialog.values["organisation"].text() == "Ministerio de Relaciones Exteriores"
    assert dialog.values["email"].text() == "jl.hernandez@rree.gob.sv"
    assert dialog.values["mode"].text() == "In person"
    assert dialog.values["source"].text() == "Pre-registered"
    assert dialog.values["status"].text() == "Registered"
    assert history_rows(dialog) == [("Check-in", "Test desk", "Ana", "")]
    assert dialog.history_table.item(0, 0).text().startswith("20")  # date and time
    assert dialog.void_button.isEnabled() and dialog.checkin_button.isHidden()
    assert dialog.close_button.isDefault()
    dialog.grab().save(str(tmp_path / "participant.png"))
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # Esc closes
    assert not dialog.isVisible()


def test_not_checked_in_and_check_in_from_the_dialog(
    open_dialog, qtbot, db: Database, people: dict[str, ParticipantInfo]
) -> None:  # type: ignore[no-untyped-def]
    nuno = people["Ñuño Ibáñez"]
    dialog = open_dialog(nuno.id)
    assert dialog.state == "not_checked_in" and dialog.state_label.text() == "Not checked in"
    assert not dialog.void_button.isEnabled()
    assert dialog.checkin_button.isVisible() and dialog.checkin_button.isEnabled()
    assert dialog.history_table.rowCount() == 0
    with qtbot.waitSignal(dialog.changed) as changed, qtbot.waitSignal(dialog.checked_in) as done:
        dialog.checkin_button.click()
    assert changed.args == [nuno.id]
    assert done.args[0].outcome is Outcome.CHECKED_IN and done.args[0].operator == "Luis"
    assert is_checked_in(db, nuno.id)
    assert dialog.state == "checked_in" and "by Luis" in dialog.state_label.text()
    assert dialog.checkin_button.isHidden() and dialog.void_button.isEnabled()
    assert history_rows(dialog) == [("Check-in", "Test desk", "Luis", "")]


def test_online_registrant_is_checked_in_only_after_confirmation(
    open_dialog, qtbot, db: Database, people: dict[str, ParticipantInfo], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    larisa = people["Larisa Lara"]
    dialog = open_dialog(larisa.id)
    assert "registered online" in dialog.state_label.text()
    assert dialog.values["mode"].text() == "Online"
    monkeypatch.setattr(dialog, "_confirm_online", lambda: False)
    dialog.checkin_button.click()
    assert not is_checked_in(db, larisa.id) and dialog.state == "not_checked_in"
    monkeypatch.setattr(dialog, "_confirm_online", lambda: True)
    with qtbot.waitSignal(dialog.changed):
        dialog.checkin_button.click()
    assert is_checked_in(db, larisa.id) and dialog.state == "checked_in"


def test_edit_corrects_a_family_name_and_search_finds_it(
    open_dialog, qtbot, db: Database, event: Event, people: dict[str, ParticipantInfo], tmp_path
) -> None:  # type: ignore[no-untyped-def]
    zoe = people["Zoë Ørsted"]
    dialog = open_dialog(zoe.id)
    dialog.edit_button.click()
    form = dialog.form
    assert dialog.pages.currentIndex() == dialog.EDIT_PAGE and dialog.save_button.isDefault()
    assert (form.given_name.text(), form.family_name.text()) == ("Zoë", "Ørsted")
    assert form.country.currentText() == "Canada" and form.category.currentData() == "mfa"
    assert form.status.currentData() == "registered"
    assert not dialog.close_button.isVisible() and not dialog.edit_button.isVisible()
    form.given_name.clear()
    form.email.setText("zoe@")
    dialog.save_button.click()  # refused, in the form
    assert form.error_text("given_name") == "Enter the given name."
    assert "not an e-mail address" in form.error_text("email")
    dialog.grab().save(str(tmp_path / "participant-edit-errors.png"))
    with db.read() as session:
        assert infos_by_ids(session, [zoe.id])[0].given_name == "Zoë"
    type_text(form.given_name, "Zoë")
    form.email.setText(zoe.email)
    form.family_name.clear()
    type_text(form.family_name, "Ørsted-Lund")
    with qtbot.waitSignal(dialog.changed) as changed:
        QTest.keyClick(form.family_name, Qt.Key.Key_Return)  # Enter = Save
    assert changed.args == [zoe.id]
    assert dialog.pages.currentIndex() == dialog.VIEW_PAGE
    assert dialog.name_label.text() == "Zoë Ørsted-Lund"
    assert dialog.close_button.isVisible() and dialog.close_button.isDefault()
    with db.read() as session:
        hits = search(session, event, "lund").hits
    assert [p.id for p in hits] == [zoe.id]
    assert hits[0].family_name == "Ørsted-Lund" and hits[0].email == zoe.email


def test_esc_leaves_edit_mode_without_saving(
    open_dialog, db: Database, people: dict[str, ParticipantInfo]
) -> None:  # type: ignore[no-untyped-def]
    nuno = people["Ñuño Ibáñez"]
    dialog = open_dialog(nuno.id)
    dialog.edit_button.click()
    dialog.form.family_name.setText("Otro")
    QTest.keyClick(dialog.form.family_name, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.pages.currentIndex() == dialog.VIEW_PAGE
    assert dialog.name_label.text() == "Ñuño Ibáñez"
    with db.read() as session:
        assert infos_by_ids(session, [nuno.id])[0].family_name == "Ibáñez"


def test_void_needs_a_reason_then_marks_the_check_in_voided(
    open_dialog, qtbot, db: Database, people: dict[str, ParticipantInfo], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    nuno = people["Ñuño Ibáñez"]
    check_in(db, nuno.id)
    dialog = open_dialog(nuno.id)
    dialog.void_button.click()
    assert dialog.void_panel.isVisible() and dialog.void_confirm_button.isDefault()
    assert dialog.focusWidget() is dialog.reason_field
    QTest.keyClicks(dialog.reason_field, "   ")
    QTest.keyClick(dialog.reason_field, Qt.Key.Key_Return)  # Enter = Void, refused
    assert dialog.reason_error.isVisible()
    assert dialog.reason_error.text() == "Say why the check-in is voided."
    assert is_checked_in(db, nuno.id) and dialog.state == "checked_in"
    assert history_rows(dialog) == [("Check-in", "Test desk", "Ana", "")]
    dialog.grab().save(str(tmp_path / "participant-void-refused.png"))
    type_text(dialog.reason_field, "wrong person, it was his brother")
    assert not dialog.reason_error.isVisible()
    with qtbot.waitSignal(dialog.changed) as changed:
        dialog.void_confirm_button.click()
    assert changed.args == [nuno.id]
    assert not is_checked_in(db, nuno.id)
    assert not dialog.void_panel.isVisible()
    assert dialog.state == "not_checked_in" and dialog.checkin_button.isVisible()
    assert not dialog.void_button.isEnabled()
    assert history_rows(dialog) == [
        ("Check-in (voided)", "Test desk", "Ana", ""),
        ("Void", "Test desk", "Luis", "wrong person, it was his brother"),
    ]
    assert dialog.history_table.item(0, 1).font().strikeOut()
    assert not dialog.history_table.item(1, 1).font().strikeOut()
    dialog.grab().save(str(tmp_path / "participant-voided.png"))


def test_esc_closes_the_void_question_first(
    open_dialog, db: Database, people: dict[str, ParticipantInfo]
) -> None:  # type: ignore[no-untyped-def]
    nuno = people["Ñuño Ibáñez"]
    check_in(db, nuno.id)
    dialog = open_dialog(nuno.id)
    dialog.void_button.click()
    QTest.keyClick(dialog.reason_field, Qt.Key.Key_Escape)
    assert dialog.isVisible() and not dialog.void_panel.isVisible()
    assert is_checked_in(db, nuno.id) and dialog.close_button.isDefault()


def test_a_cancelled_registration_cannot_be_checked_in_here(
    open_dialog, qtbot, db: Database, people: dict[str, ParticipantInfo]
) -> None:  # type: ignore[no-untyped-def]
    nuno = people["Ñuño Ibáñez"]
    dialog = open_dialog(nuno.id)
    dialog.edit_button.click()
    dialog.form.status.setCurrentIndex(dialog.form.status.findData("cancelled"))
    with qtbot.waitSignal(dialog.changed):
        dialog.save_button.click()
    assert dialog.state == "cancelled" and dialog.values["status"].text() == "Cancelled"
    assert not dialog.checkin_button.isEnabled()


def test_a_participant_that_no_longer_exists(open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog("no-such-id")
    assert dialog.name_label.text() == "This participant no longer exists."
    assert not dialog.edit_button.isEnabled() and not dialog.void_button.isEnabled()


def test_the_lists_other_columns_are_shown_and_edited_in_the_details(
    open_dialog, qtbot, db: Database, event: Event, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from tests import forum_lists
    from ui.app import apply_language

    apply_language("en")
    with db.write() as session:
        import_participants(
            session, event, forum_lists.write_csv(tmp_path / "lista.csv"), desk_id=db.desk_id
        )
    with db.read() as session:
        found = {p.given_name: p for p in all_participants(session)}
    dialog = open_dialog(found["María José"].id)
    table = dialog.extra_table
    assert (
        dialog.extra_box.isVisible() and dialog.extra_title.text() == "Other fields from the list"
    )
    shown = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    assert shown == [
        ("Dieta", "Sin gluten"),
        ("Necesidades de accesibilidad", "Silla de ruedas"),
        ("Idioma de interpretación", "Inglés"),
    ]
    assert not table.editTriggers() & table.EditTrigger.DoubleClicked  # read-only until Edit
    dialog.grab().save(str(tmp_path / "participant-extra.png"))
    dialog.edit_button.click()
    assert table.editTriggers() & table.EditTrigger.DoubleClicked
    assert not table.item(0, 0).flags() & Qt.ItemFlag.ItemIsEditable  # the field's name stays
    table.item(0, 1).setText("Vegana")
    table.item(1, 1).setText("")  # emptied: removed
    with qtbot.waitSignal(dialog.changed):
        dialog.save_button.click()
    with db.read() as session:
        after = infos_by_ids(session, [found["María José"].id])[0]
        assert [p.given_name for p in search(session, event, "vegana").hits] == ["María José"]
        assert search(session, event, "silla").hits == ()
    assert after.extra == {"Dieta": "Vegana", "Idioma de interpretación": "Inglés"}
    assert table.rowCount() == 2
    # Somebody without extra fields: no empty table.
    pedro = open_dialog(found["Pedro"].id)
    assert not pedro.extra_box.isVisible()
