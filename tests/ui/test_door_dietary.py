"""The door at a meal or a break: the catering headcount with the dietary needs of the
people there (from the list's dietary column)."""

from __future__ import annotations

from pathlib import Path

from desk.arrival.checkin import check_in_participant
from desk.events.event import Event
from desk.people.importing import import_participants
from desk.people.participants import all_participants
from desk.storage.db import Database
from tests import forum_lists
from tests.ui.test_door_screen import at, make_screen, scanned


def test_a_meal_shows_the_dietary_needs_of_the_people_there(
    qtbot,  # type: ignore[no-untyped-def]
    db: Database,
    event: Event,
    tmp_path: Path,
) -> None:
    with db.write() as session:
        import_participants(
            session, event, forum_lists.write_csv(tmp_path / "lista.csv"), desk_id=db.desk_id
        )
    with db.read() as session:
        people = {p.given_name: p for p in all_participants(session)}
    with db.write() as session:
        for p in people.values():
            check_in_participant(session, p.id, desk_id=db.desk_id, operator="Ana")
    screen = make_screen(qtbot, db, event, at(event, 1, "12:10"))
    assert screen.item is not None and screen.item.id == "d1-lunch"
    for name in ("Nicolás Josué", "Ana Lucía", "María José", "José Luis"):
        scanned(qtbot, screen, people[name].code)
    text = screen.places_count_label.text()
    assert "Catering headcount: 4" in text
    assert "Dietary needs: Vegetariana: 2, Sin gluten: 1" in text  # "Ninguna" is none
    screen.grab().save(str(tmp_path / "door-dietary.png"))
