from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desk.arrival.checkin import register_walk_in
from desk.events.event import Event
from desk.people.participants import all_participants
from desk.storage.db import Database
from tests.factory import Factory
from ui.app import apply_language
from ui.duplicates_dialog import DuplicatesDialog


def test_merge_two_registrations_from_the_dialog(
    qtbot, db: Database, event: Event, factory: Factory, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    apply_language("en")
    factory.add(db, 6)
    with db.read() as session:
        pre = all_participants(session)[2]
    with db.write() as session:
        register_walk_in(
            session,
            event,
            {
                "given_name": pre.given_name,
                "family_name": pre.family_name,
                "country": pre.country,
                "category": pre.category,
            },
            desk_id=db.desk_id,
            operator="Ana",
        )
    dialog = DuplicatesDialog(db, event, "Supervisora")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.pair_list.count() == 1
    assert dialog.pair_list.item(0).text() == f"{pre.full_name}\n    Same name; same country"
    assert dialog.reason.text() == "Why: Same name; same country"
    shown = {dialog.compare.item(1, c).text() for c in (0, 1)}
    assert shown == {f"{pre.family_name}, {pre.given_name}"}  # family name first: the split
    asked: list[str] = []

    def answer(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    keep = dialog.pairs[0][0]
    with qtbot.waitSignal(dialog.merged) as merged:
        dialog.keep_left.click()
    assert merged.args[0].kept.id == keep.id
    assert "count for" in asked[0]
    assert dialog.pair_list.count() == 0 and dialog.empty.isVisibleTo(dialog)
    with db.read() as session:
        ids = {p.id for p in all_participants(session)}
    assert keep.id in ids and len(ids) == 6


def test_declining_changes_nothing(
    qtbot, db: Database, event: Event, factory: Factory, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    apply_language("en")
    factory.add(db, 2)
    with db.read() as session:
        pre = all_participants(session)[0]
    with db.write() as session:
        register_walk_in(
            session,
            event,
            {
                "given_name": pre.given_name,
                "family_name": pre.family_name,
                "country": pre.country,
                "category": pre.category,
            },
            desk_id=db.desk_id,
            operator="Ana",
        )
    dialog = DuplicatesDialog(db, event, "x")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert dialog.merge_current(keep_first=False) is None
    assert dialog.pair_list.count() == 1


def test_the_reason_of_each_pair_is_shown(qtbot, db: Database, event: Event) -> None:  # type: ignore[no-untyped-def]
    with db.write() as session:
        for given, family, email in (
            ("Nicolás Josué", "Dellano Núñez", ""),
            ("Nicolas", "Dellano Nunez", ""),  # registered again at the desk
            ("Marta", "Quiñónez", "mq@rree.gob.sv"),
            ("Martha", "Quinonez Paz", "MQ@rree.gob.sv"),
        ):
            register_walk_in(
                session,
                event,
                {"given_name": given, "family_name": family, "email": email, "category": "mfa"},
                desk_id=db.desk_id,
                operator="Ana",
                check_in_now=False,
            )
    apply_language("en")
    dialog = DuplicatesDialog(db, event, "Supervisora")
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [dialog.pair_list.item(n).text() for n in range(dialog.pair_list.count())]
    reason = dialog.reason.text()
    assert len(texts) == 2
    assert texts[0] == (
        "Marta Quiñónez / Martha Quinonez Paz\n    Same e-mail; without the family name «Paz»;"
        " one letter differs: «Marta» / «Martha»"
    )
    assert texts[1].startswith("Nicolás Josué Dellano Núñez / Nicolas Dellano Nunez")
    assert "«Josué»" in texts[1]
    assert reason.startswith("Why: Same e-mail")
    dialog.pair_list.setCurrentRow(1)
    assert dialog.reason.text() == "Why: Without the given name «Josué»"
