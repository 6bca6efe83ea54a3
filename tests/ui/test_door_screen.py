from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk.arrival.checkin import check_in_participant
from desk.doors.attendance import ItemAttendance, attendance, manifest
from desk.errors import DeskError
from desk.events.event import Event
from desk.people.participants import ParticipantInfo, all_participants
from desk.storage.db import Database
from tests.factory import Factory
from tests.ui.online_rows import add_online
from ui import door_screen
from ui.app import apply_language
from ui.door_screen import DoorScreen


def at(event: Event, day: int, clock: str) -> datetime:
    """A moment of the forum in San Salvador time (day 1 = 23 May 2022)."""
    h, m = map(int, clock.split(":"))
    return datetime(2022, 5, 22, h, m, tzinfo=event.tz) + timedelta(days=day)


class Clock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def people(db: Database, factory: Factory) -> list[ParticipantInfo]:
    factory.add(db, 30)
    with db.read() as session:
        found = all_participants(session)
    with db.write() as session:  # everyone but the last five checked in at the desk
        for p in found[:-5]:
            check_in_participant(
                session, p.id, desk_id=db.desk_id, operator="Ana", confirm_online=True
            )
    return found


def make_screen(qtbot, db: Database, event: Event, moment: datetime) -> DoorScreen:  # type: ignore[no-untyped-def]
    apply_language("en")
    clock = Clock(moment)
    screen = DoorScreen(db, event)
    screen.clock = clock
    screen.follow_clock()
    screen.operator = "Luis"
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    qtbot.waitExposed(screen)
    screen.focus_field()
    return screen


def scanned(qtbot, screen: DoorScreen, code: str) -> None:  # type: ignore[no-untyped-def]
    """A USB scanner: the code typed fast, then Enter."""
    qtbot.keyClicks(screen.field, code)
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)


def focused(screen: DoorScreen) -> bool:
    """The scan field has the keyboard (of its window, active or not offscreen)."""
    return screen.focusWidget() is screen.field


def count(db: Database, event: Event, item: str) -> tuple[int, int]:
    with db.read() as session:
        a = attendance(session, event, item)[0]
    return a.count, a.inside


def test_the_clock_preselects_the_item_and_offers_the_next(qtbot, db, event) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, db, event, at(event, 1, "09:14"))
    assert screen.item.id == "d1-welcome"
    assert "09:00–09:15 Welcome remarks" in screen.item_combo.currentText()
    assert screen.offer_button.isVisibleTo(screen)
    assert "starts 09:15" in screen.offer_button.text()
    # 30 s later the clock has passed the boundary: nobody chose, the door follows it.
    screen.clock.moment = at(event, 1, "09:20")
    screen.follow_clock()
    assert screen.item.id == "d1-linkage"
    assert not screen.offer_button.isVisibleTo(screen)


def test_a_manual_choice_is_never_changed_by_the_clock(qtbot, db, event) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, db, event, at(event, 1, "10:50"))
    assert screen.item.id == "d1-panel-trust"
    screen.item_combo.activated.emit(screen.item_combo.findData("d1-qa2"))
    assert screen.item.id == "d1-qa2"
    assert focused(screen)
    screen.clock.moment = at(event, 1, "12:10")  # lunch time now
    screen.follow_clock()
    assert screen.item.id == "d1-qa2"  # kept: only offered
    assert screen.offer_button.isVisibleTo(screen) and "Lunch" in screen.offer_button.text()
    qtbot.keyClick(screen.field, Qt.Key.Key_F6)
    assert screen.item.id == "d1-lunch"


def test_entry_twice_then_exit(qtbot, db, event, people) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, db, event, at(event, 1, "10:50"))
    p = people[0]
    with qtbot.waitSignal(screen.scan_recorded) as recorded:
        scanned(qtbot, screen, p.code)
    assert recorded.args[0].participant.id == p.id
    assert screen.state == "entered" and "ENTRY RECORDED at 10:50" in screen.headline.text()
    assert p.full_name in screen.person.text()
    assert screen.field.text() == ""
    assert screen.count_label.text() == "1 attended · 1 inside"

    scanned(qtbot, screen, p.code)
    assert screen.state == "already" and "ALREADY INSIDE since 10:50" in screen.headline.text()
    assert screen.count_label.text() == "1 attended · 1 inside"
    assert count(db, event, "d1-panel-trust") == (1, 1)

    qtbot.keyClick(screen.field, Qt.Key.Key_F2)  # the door now scans people leaving
    assert screen.exit_button.isChecked() and focused(screen)
    screen.clock.moment = at(event, 1, "11:30")
    scanned(qtbot, screen, p.code)
    assert screen.state == "exited" and "EXIT RECORDED at 11:30" in screen.headline.text()
    assert screen.count_label.text() == "1 attended · 0 inside"
    assert count(db, event, "d1-panel-trust") == (1, 0)


def test_keys_of_the_next_scan_are_kept(qtbot, db, event, people) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, db, event, at(event, 1, "10:50"))
    # Two codes typed back to back with no terminator: both recorded, nothing lost.
    qtbot.keyClicks(screen.field, people[0].code + people[1].code)
    assert count(db, event, "d1-panel-trust") == (2, 2)
    assert screen.field.text() == ""


def test_an_unknown_badge_is_red_and_records_nothing(qtbot, db, event, people) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, db, event, at(event, 1, "10:50"))
    scanned(qtbot, screen, "hola mundo")
    assert screen.state == "unknown_code" and "UNKNOWN CODE" in screen.headline.text()
    assert "#b3261e" in screen.panel.styleSheet() and screen.icon.text() == "✖"
    bad = people[0].code[:-1] + ("0" if people[0].code[-1] != "0" else "1")
    scanned(qtbot, screen, bad)
    assert screen.state == "bad_check" and "INVALID CODE" in screen.headline.text()
    assert count(db, event, "d1-panel-trust") == (0, 0)


def test_a_person_not_checked_in_is_recorded_and_flagged(qtbot, db, event, people) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, db, event, at(event, 1, "10:50"))
    scanned(qtbot, screen, people[-1].code)  # never came to the desk
    assert screen.state == "flagged" and screen.icon.text() == "⚑"
    assert "ENTRY RECORDED" in screen.headline.text()
    assert "Not checked in at the desk yet" in screen.details.text()
    assert count(db, event, "d1-panel-trust") == (1, 1)
    assert "1 scanned here without checking in" in screen.not_checked_in_label.text()
    assert screen.not_checked_in_label.isVisibleTo(screen)


def test_an_item_that_is_over_asks_enter_records_esc_declines(qtbot, db, event, people) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, db, event, at(event, 1, "10:50"))
    screen.set_item("d1-welcome")  # 09:00–09:15, long over
    scanned(qtbot, screen, people[0].code)
    assert screen.state == "needs_confirmation" and "OVER" in screen.headline.text()
    assert screen.confirm_button.isVisibleTo(screen)
    assert count(db, event, "d1-welcome") == (0, 0)  # the scanner's own Enter is no yes
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)  # the operator's Enter: yes
    assert screen.state == "entered"
    assert count(db, event, "d1-welcome") == (1, 1)

    scanned(qtbot, screen, people[1].code)
    assert screen.state == "needs_confirmation"
    qtbot.keyClick(screen.field, Qt.Key.Key_Escape)
    assert screen.state == "declined" and "NOT RECORDED" in screen.headline.text()
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)  # nothing pending any more
    assert count(db, event, "d1-welcome") == (1, 1)

    # The next scan answers no, and is itself processed normally (asked again here).
    scanned(qtbot, screen, people[2].code)
    scanned(qtbot, screen, people[3].code)
    assert screen.last_result.participant.id == people[3].id
    screen.confirm_button.click()  # the button records the person asked about
    assert focused(screen)
    with db.read() as session:
        manifest_like = manifest(session, event, "d1-welcome")
    assert {e.participant.id for e in manifest_like} == {people[0].id, people[3].id}
    assert count(db, event, "d1-welcome") == (2, 2)


def test_undo_the_last_scan(qtbot, db, event, people) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, db, event, at(event, 1, "10:50"))
    scanned(qtbot, screen, people[4].code)
    assert count(db, event, "d1-panel-trust") == (1, 1)
    qtbot.keyClick(screen.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert screen.state == "undone"
    assert screen.headline.text() == f"Scan undone: {people[4].full_name}"
    assert count(db, event, "d1-panel-trust") == (0, 0)
    assert screen.count_label.text() == "0 attended · 0 inside"
    screen.undo_button.click()
    assert screen.headline.text() == "NOTHING TO UNDO" and focused(screen)


def test_world_cafe_needs_a_table(qtbot, db, event, people) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, db, event, at(event, 1, "14:20"))
    assert screen.item.id == "d1-world-cafe"
    assert screen.place_combo.isVisibleTo(screen) and screen.place_label.text() == "Table:"
    scanned(qtbot, screen, people[0].code)
    assert screen.state == "choose_place" and "CHOOSE THE TABLE" in screen.headline.text()
    assert count(db, event, "d1-world-cafe") == (0, 0)
    index = screen.place_combo.findData("origin")
    screen.place_combo.setCurrentIndex(index)
    screen.place_combo.activated.emit(index)
    assert focused(screen)
    scanned(qtbot, screen, people[0].code)
    assert screen.state == "entered" and "In countries of origin" in screen.details.text()
    assert "In countries of origin: 1 (1 there now)" in screen.places_count_label.text()


def test_no_place_for_an_ordinary_item(qtbot, db, event) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, db, event, at(event, 1, "10:50"))
    assert not screen.place_combo.isVisibleTo(screen)
    assert not screen.manifest_panel.isVisibleTo(screen)
    assert screen.entry_button.text() == "→ ENTRY"


def test_field_visit_boarding_return_and_manifest(qtbot, db, event, people) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, db, event, at(event, 2, "07:30"))
    assert screen.item.id == "d2-field-visit"
    assert screen.entry_button.text() == "▲ BOARDING" and screen.exit_button.text() == "▼ RETURN"
    assert screen.place_combo.currentText() == "Bus 1" and screen.place_label.text() == "Bus:"
    assert [screen.place_combo.itemText(i) for i in range(4)] == [f"Bus {n}" for n in (1, 2, 3, 4)]
    assert screen.manifest_panel.isVisibleTo(screen)
    for p in people[:3]:
        scanned(qtbot, screen, p.code)
    assert "BOARDED at 07:30" in screen.headline.text()
    screen.place_combo.setCurrentText("Bus 2")
    for p in people[3:5]:
        scanned(qtbot, screen, p.code)
    assert screen.count_label.text() == "5 boarded · 5 not back yet"
    assert "Bus 1: 3 not back (3 scanned)" in screen.places_count_label.text()

    # Afternoon: two of Bus 1 come back.
    screen.clock.moment = at(event, 2, "16:10")
    screen.set_direction("out")
    screen.place_combo.setCurrentText("Bus 1")
    for p in people[:2]:
        scanned(qtbot, screen, p.code)
    assert "BACK at 16:10" in screen.headline.text()
    assert screen.count_label.text() == "5 boarded · 3 not back yet"

    panel = screen.manifest_panel

    def listed() -> dict[str, list[str]]:
        t = panel.table
        return {
            t.item(r, 0).text(): [t.item(r, c).text() for c in range(t.columnCount())]
            for r in range(t.rowCount())
        }

    not_back = {f"{p.family_name}, {p.given_name}": p for p in people[2:5]}
    assert set(listed()) == set(not_back)
    assert panel.count.text() == "3 not back yet"
    for name, row in listed().items():
        assert not_back[name].phone and not_back[name].phone in row
    panel.bus_filter.setCurrentIndex(panel.bus_filter.findData("Bus 2"))
    panel.bus_filter.activated.emit(panel.bus_filter.currentIndex())
    assert len(listed()) == 2 and focused(screen)
    panel.not_back_check.setChecked(False)  # everyone of Bus 2
    assert len(listed()) == 2
    panel.bus_filter.setCurrentIndex(0)  # all buses, everyone
    panel.bus_filter.activated.emit(0)
    rows = listed()
    assert len(rows) == 5 and panel.count.text() == "5 people"
    back = rows[f"{people[0].family_name}, {people[0].given_name}"]
    assert "16:10" in back and "07:30" in back


def test_save_the_manifest_as_pdf(qtbot, db, event, people, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pypdfium2 as pdfium

    screen = make_screen(qtbot, db, event, at(event, 2, "07:30"))
    for p in people[:2]:
        scanned(qtbot, screen, p.code)
    target = tmp_path / "manifest.pdf"
    screen.manifest_panel.ask_pdf_path = lambda: target  # type: ignore[method-assign]
    screen.manifest_panel.save_button.click()
    screen.runner.wait(10_000)
    qtbot.waitUntil(lambda: "saved" in screen.manifest_panel.status.text())
    document = pdfium.PdfDocument(target.read_bytes())
    text = document[0].get_textpage().get_text_range()
    assert people[0].family_name in text and people[0].phone in text
    assert focused(screen)


def test_spanish_words(qtbot, db, event, people) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, db, event, at(event, 2, "07:30"))
    apply_language("es")
    try:
        screen.retranslate()
        assert "Visita de campo" in screen.item_combo.currentText()
        scanned(qtbot, screen, people[0].code)
        assert screen.state == "entered"
    finally:
        apply_language("en")


def test_a_meal_shows_the_catering_headcount(qtbot, db, event, people) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, db, event, at(event, 1, "12:05"))
    assert screen.item.id == "d1-lunch"
    for p in people[:3]:
        scanned(qtbot, screen, p.code)
    assert "Catering headcount: 3" in screen.places_count_label.text()
    assert screen.places_count_label.isVisibleTo(screen)
    screen.set_item("d1-panel-trust")  # not a meal: no headcount line
    assert "Catering" not in screen.places_count_label.text()


def test_the_last_scans_are_listed_and_a_failed_save_is_no_window(
    qtbot, db, event, people, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, db, event, at(event, 1, "10:50"))
    scanned(qtbot, screen, people[0].code)
    scanned(qtbot, screen, people[1].code)
    texts = screen.recent.texts()
    assert people[1].full_name in texts[0] and people[0].full_name in texts[1]
    assert "10:50" in texts[0]  # the event's local time

    def full(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise DeskError("The disk is full.")

    monkeypatch.setattr(door_screen, "scan", full)
    scanned(qtbot, screen, people[2].code)
    assert screen.state == "failed" and "NOT SAVED" in screen.headline.text()
    assert "The disk is full." in screen.details.text() and focused(screen)
    assert QApplication.activeModalWidget() is None


def test_the_list_of_items_is_grouped_by_day(qtbot, db, event) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, db, event, at(event, 1, "12:04"))
    combo = screen.item_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    headings = [i for i in range(combo.count()) if combo.itemData(i, door_screen.DAY_ROLE)]
    assert len(headings) == 2  # one heading per day, before its items
    assert texts[headings[0]] == "Today — Monday, May 23"
    assert texts[headings[1]] == "Tuesday, May 24"
    # The field visit of day 2 under its own day, not after 17:00 of today.
    visit = combo.findData("d2-field-visit")
    assert headings[0] == 0 and headings[1] < visit
    day_one = [combo.itemData(i) for i in range(headings[0] + 1, headings[1])]
    assert "d1-closing" in day_one and "d2-field-visit" not in day_one
    assert combo.itemText(visit).startswith("08:00–16:00 ")
    # Headings cannot be chosen; today's current item is the one chosen.
    model = combo.model()
    for index in headings:
        assert not model.flags(model.index(index, 0)) & Qt.ItemFlag.ItemIsEnabled
    assert combo.currentData() == screen.item.id == "d1-lunch"
    # The next day, "Today" moves with the clock.
    screen.clock = Clock(at(event, 2, "07:30"))
    screen.follow_clock()
    assert combo.itemText(headings[0]) == "Monday, May 23"
    assert combo.itemText(headings[1]) == "Today — Tuesday, May 24"
    assert combo.currentData() == "d2-field-visit"


def test_online_presence_shows_in_person_online_and_total(qtbot, db, event, people) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, db, event, at(event, 1, "10:50"))
    assert screen.item is not None and screen.item.id == "d1-panel-trust"
    for p in people[:2]:
        scanned(qtbot, screen, p.code)
    # Nobody online at the event yet: one number, as always, and a column of people.
    assert screen.count_label.text() == "2 attended · 2 inside"
    assert screen.breakdown.headers() == ["People"]
    assert sum(r.in_person for r in screen.breakdown.categories) == 2
    assert screen.breakdown.isVisibleTo(screen)
    # Three followed it on Zoom, and one who was in the room too: counted in person.
    add_online(db, event, "d1-panel-trust", [people[0], *people[10:13]])
    screen.refresh()
    assert screen.counts is not None and screen.counts.online == 3
    assert screen.count_label.text() == "2 in person · 3 online · 5 total · 2 inside"
    breakdown = screen.breakdown
    assert breakdown.headers() == ["In person", "Online", "Total"]
    for rows in (breakdown.categories, breakdown.countries):
        assert sum(r.in_person for r in rows) == 2
        assert sum(r.online for r in rows) == 3
    screen.grab()  # painted: the rows drawn are the rows (few enough to fit)
    assert breakdown.shown == (breakdown.categories, breakdown.countries)
    # Another item of the event: all three numbers, 0 online included.
    screen.set_item("d1-welcome")
    assert screen.count_label.text() == "0 in person · 0 online · 0 total · 0 inside"


def test_bus_and_catering_counts_stay_in_person(qtbot, db, event, people) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen(qtbot, db, event, at(event, 2, "07:30"))
    screen.online = True
    screen.counts = ItemAttendance("d2-field-visit", 5, 3, 0, in_person=3, online=2)
    screen._show_counts()
    assert screen.count_label.text() == "3 boarded · 3 not back yet"
    assert not screen.breakdown.isVisibleTo(screen)  # the manifest is there instead
    screen.set_item("d1-lunch")
    screen.online = True
    screen.counts = ItemAttendance("d1-lunch", 7, 4, 0, in_person=4, online=3)
    screen._show_counts()
    assert "Catering headcount: 4" in screen.places_count_label.text()
    assert screen.count_label.text().startswith("4 in person · 3 online · 7 total")
