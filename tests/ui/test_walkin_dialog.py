"""The walk-in dialog driven like an operator: the form, its messages, the duplicate check."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import func, select

from desk.arrival import codes
from desk.arrival.checkin import Outcome, register_walk_in
from desk.events.event import Event
from desk.people.importing import import_participants
from desk.people.participants import ParticipantInfo, all_participants
from desk.people.search import search
from desk.storage.db import Database
from desk.storage.models import Participant
from tests.factory import Factory
from tests.ui.conftest import type_text
from ui.walkin_dialog import WalkInDialog


@pytest.fixture
def people(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> dict[str, ParticipantInfo]:
    from ui.app import apply_language

    apply_language("en")
    with db.write() as session:
        import_participants(
            session,
            event,
            factory.write_csv(tmp_path / "l.csv", factory.people(8)),
            desk_id=db.desk_id,
        )
    with db.read() as session:
        return {p.full_name: p for p in all_participants(session)}


@pytest.fixture
def open_dialog(qtbot, db: Database, event: Event, people: dict[str, ParticipantInfo]):  # type: ignore[no-untyped-def]
    def make(initial_name: str = "") -> WalkInDialog:
        dialog = WalkInDialog(db, event, "Ana", initial_name=initial_name)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Participant)) or 0


def test_empty_given_name_and_bad_email_are_said_in_the_form(
    open_dialog, db: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog()
    form = dialog.form
    type_text(form.family_name, "Pérez")
    QTest.keyClicks(form.email, "sin-arroba")
    QTest.keyClick(form.email, Qt.Key.Key_Return)  # Enter = Save
    assert dialog.isVisible() and dialog.pages.currentIndex() == dialog.FORM_PAGE
    assert form.error_text("given_name") == "Enter the given name."
    assert "sin-arroba" in form.error_text("email")
    assert "not an e-mail address" in form.error_text("email")
    assert form.error_labels["given_name"].isVisible() and form.error_labels["email"].isVisible()
    assert form.error_text("family_name") == "" and form.error_text("country") == ""
    assert "border" in form.given_name.styleSheet() and form.family_name.styleSheet() == ""
    assert dialog.focusWidget() is form.given_name  # the first field at fault
    assert count(db) == 8
    dialog.grab().save(str(tmp_path / "walkin-errors.png"))
    type_text(form.given_name, "Ana")  # typing in a field clears its message
    assert form.error_text("given_name") == "" and form.given_name.styleSheet() == ""
    assert "not an e-mail address" in form.error_text("email")


def test_a_known_name_shows_the_list_and_use_this_person_picks_them(
    open_dialog, qtbot, db: Database, people: dict[str, ParticipantInfo], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    jose = people["José Luis Hernández Núñez"]
    dialog = open_dialog()
    QTest.keyClicks(dialog.form.given_name, "jose luis")
    QTest.keyClicks(dialog.form.family_name, "HERNANDEZ NUNEZ")
    QTest.keyClick(dialog.form.family_name, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == dialog.DUPLICATES_PAGE
    table = dialog.duplicates_table
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == "José Luis Hernández Núñez"
    assert table.item(0, 1).text() == "Same name but for accents or capitals"
    assert table.item(0, 2).text() == "El Salvador"
    assert table.item(0, 4).text() == "jl.hernandez@rree.gob.sv"
    assert table.item(0, 5).text() == codes.format_code(jose.code)
    assert table.item(0, 6).text() == "No"
    assert dialog.use_button.isDefault()
    dialog.grab().save(str(tmp_path / "walkin-duplicates.png"))
    with qtbot.waitSignal(dialog.existing_chosen) as chosen:
        QTest.keyClick(table, Qt.Key.Key_Return)  # Enter = Use this person
    assert chosen.args == [jose.id]
    assert dialog.chosen_participant_id == jose.id
    assert dialog.result is None and not dialog.isVisible()
    assert count(db) == 8


def test_back_to_the_form_and_esc_write_nothing(open_dialog, db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog("José Luis Hernández Núñez")
    assert dialog.form.given_name.text() == "José Luis"
    assert dialog.form.family_name.text() == "Hernández Núñez"
    dialog.save_button.click()
    assert dialog.pages.currentIndex() == dialog.DUPLICATES_PAGE
    QTest.keyClick(dialog.duplicates_table, Qt.Key.Key_Escape)  # Esc: back, nothing lost
    assert dialog.pages.currentIndex() == dialog.FORM_PAGE and dialog.isVisible()
    assert dialog.form.family_name.text() == "Hernández Núñez"
    assert dialog.save_button.isDefault()
    dialog.save_button.click()
    dialog.back_button.click()
    assert dialog.pages.currentIndex() == dialog.FORM_PAGE
    QTest.keyClick(dialog.form.given_name, Qt.Key.Key_Escape)  # Esc on the form: cancel
    assert not dialog.isVisible() and dialog.chosen_participant_id is None
    assert count(db) == 8


def test_register_as_new_anyway_creates_and_checks_in(
    open_dialog, qtbot, db: Database, event: Event, people: dict[str, ParticipantInfo]
) -> None:  # type: ignore[no-untyped-def]
    jose = people["José Luis Hernández Núñez"]
    dialog = open_dialog("jose luis HERNANDEZ NUNEZ")
    dialog.save_button.click()
    assert dialog.pages.currentIndex() == dialog.DUPLICATES_PAGE
    with qtbot.waitSignal(dialog.registered) as registered:
        dialog.new_button.click()
    result = registered.args[0]
    assert result is dialog.result and result.outcome is Outcome.CHECKED_IN
    new = dialog.participant
    assert new is not None and new.id != jose.id and result.participant.id == new.id
    assert new.source == "walk_in" and codes.is_valid(new.code)
    assert new.checked_in_at is not None
    assert dialog.result.operator == "Ana" and dialog.result.desk_name == "Test desk"
    assert not dialog.isVisible() and dialog.chosen_participant_id is None
    assert count(db) == 9
    with db.read() as session:
        hits = search(session, event, "hernandez nunez").hits
    assert {p.id for p in hits} == {jose.id, new.id}
    assert next(p for p in hits if p.id == new.id).checked_in_at is not None


def test_a_clean_walk_in_with_accents_is_saved_and_checked_in(
    open_dialog, qtbot, db: Database, event: Event, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog()
    form = dialog.form
    assert form.category.currentData() == event.default_category
    assert form.in_person.isChecked()
    type_text(form.given_name, "Íñigo")
    type_text(form.family_name, "Quiñónez")
    form.country.setFocus()
    type_text(form.country.lineEdit(), "hondur")  # no accents needed; picked from the list
    popup = form.country.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert form.country.currentText() == "Honduras"
    type_text(form.organisation, "La Prensa")
    form.category.setCurrentIndex(form.category.findData("press"))
    QTest.keyClicks(form.email, "inigo@laprensa.hn")
    dialog.grab().save(str(tmp_path / "walkin-clean.png"))
    # Offscreen, no window manager gives the focus back when the country popup closes.
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is dialog.windowHandle(), timeout=2000)
    with qtbot.waitSignal(dialog.registered, timeout=2000):
        QTest.keyClick(form.email, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    p = dialog.participant
    assert p is not None
    assert (p.given_name, p.family_name, p.country) == ("Íñigo", "Quiñónez", "HN")
    assert (p.category, p.mode, p.organisation, p.email) == (
        "press",
        "in_person",
        "La Prensa",
        "inigo@laprensa.hn",
    )
    assert dialog.result is not None and dialog.result.outcome is Outcome.CHECKED_IN
    with db.read() as session:
        hit = search(session, event, "quinonez").hits[0]
    assert hit.id == p.id and hit.checked_in_at is not None and hit.source == "walk_in"
    assert dialog.isHidden()


def test_a_country_typed_without_choosing_is_understood(open_dialog, db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog("Ana Gómez")
    form = dialog.form
    form.country.setEditText("mexico")
    assert form.values()["country"] == "MX"
    form.country.setEditText("Narnia")
    QTest.keyClick(form.country.lineEdit(), Qt.Key.Key_Return)  # Enter = Save, also here
    assert form.error_text("country") == "Choose a country from the list."
    assert count(db) == 8
    form.country.setEditText("—")
    assert form.values()["country"] is None


def test_what_was_typed_in_the_search_fills_the_form(open_dialog) -> None:  # type: ignore[no-untyped-def]
    one = open_dialog("  Marisol ")
    assert (one.form.given_name.text(), one.form.family_name.text()) == ("Marisol", "")
    assert one.focusWidget() is one.form.family_name
    two = open_dialog("Ana Gómez")
    assert (two.form.given_name.text(), two.form.family_name.text()) == ("Ana", "Gómez")
    assert two.focusWidget() in (two.form.country, two.form.country.lineEdit())
    mail = open_dialog("ana@example.org")
    assert mail.form.email.text() == "ana@example.org" and mail.form.given_name.text() == ""
    assert mail.focusWidget() is mail.form.given_name


def test_dialog_code_is_still_reported(open_dialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog()
    with qtbot.waitSignal(dialog.finished) as finished:
        dialog.cancel_button.click()
    assert finished.args == [QDialog.DialogCode.Rejected.value]


def test_the_walk_in_of_issue_12_is_told_why_it_may_be_registered(
    open_dialog, db: Database, event: Event
) -> None:  # type: ignore[no-untyped-def]
    with db.write() as session:
        nicolas, _ = register_walk_in(
            session,
            event,
            {
                "given_name": "Nicolás Josué",
                "family_name": "Dellano Núñez",
                "country": "SV",
                "category": "mfa",
            },
            desk_id=db.desk_id,
            operator="Ana",
            check_in_now=False,
        )
    dialog = open_dialog("Nicolas Dellano Nunez")
    assert (dialog.form.given_name.text(), dialog.form.family_name.text()) == (
        "Nicolas",
        "Dellano Nunez",
    )
    dialog.save_button.click()
    assert dialog.pages.currentIndex() == dialog.DUPLICATES_PAGE
    table = dialog.duplicates_table
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == "Nicolás Josué Dellano Núñez"
    assert table.item(0, 1).text() == "Without the given name «Josué»"
    assert dialog.chosen_duplicate() == nicolas
    assert count(db) == 9


def test_a_guessed_name_split_is_shown_and_moved_with_one_key(open_dialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog("Rosa Elena Portal")
    form = dialog.form
    assert (form.given_name.text(), form.family_name.text()) == ("Rosa", "Elena Portal")
    assert form.name_hint.isVisibleTo(dialog) and "Alt+↑" in form.name_hint.text()
    dialog.activateWindow()  # shortcuts work in the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    focus = dialog.focusWidget()
    QTest.keyClick(focus, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert (form.given_name.text(), form.family_name.text()) == ("Rosa Elena", "Portal")
    QTest.keyClick(focus, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert (form.given_name.text(), form.family_name.text()) == ("Rosa Elena Portal", "")
    QTest.keyClick(focus, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # nothing left
    assert (form.given_name.text(), form.family_name.text()) == ("Rosa Elena Portal", "")
    for _ in range(2):
        QTest.keyClick(focus, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert (form.given_name.text(), form.family_name.text()) == ("Rosa", "Elena Portal")
    assert dialog.focusWidget() is focus  # the operator goes on where they were

    particles = open_dialog("María de los Ángeles Peña")
    particles.activateWindow()
    qtbot.waitUntil(particles.isActiveWindow)
    QTest.keyClick(particles.focusWidget(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert (particles.form.given_name.text(), particles.form.family_name.text()) == (
        "",
        "María de los Ángeles Peña",
    )
    QTest.keyClick(particles.focusWidget(), Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(particles.focusWidget(), Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert (particles.form.given_name.text(), particles.form.family_name.text()) == (
        "María de los Ángeles",
        "Peña",
    )

    comma = open_dialog("Portal, Rosa Elena")  # a comma says where the family name ends
    assert (comma.form.given_name.text(), comma.form.family_name.text()) == (
        "Rosa Elena",
        "Portal",
    )
    assert not comma.form.name_hint.isVisibleTo(comma)
    two = open_dialog("Rosa Portal")  # two words: no guess
    assert not two.form.name_hint.isVisibleTo(two)
