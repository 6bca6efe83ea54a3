from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from desk.arrival.checkin import check_in_participant
from desk.doors.attendance import (
    IN,
    OUT,
    DoorOutcome,
    arrivals,
    attendance,
    describe,
    manifest,
    places_used,
    scan,
    suggest_items,
    undo_scan,
)
from desk.errors import DeskError
from desk.events.event import Event
from desk.people.participants import ParticipantInfo, all_participants
from desk.storage.db import Database
from desk.storage.models import STATUS_CANCELLED, Participant, Record
from tests.factory import Factory


def at(event: Event, day: int, clock: str) -> datetime:
    """A moment of the forum in San Salvador time (day 1 = 23 May 2022)."""
    h, m = map(int, clock.split(":"))
    return datetime(2022, 5, 22, h, m, tzinfo=event.tz) + timedelta(days=day)


@pytest.fixture
def people(db: Database, factory: Factory) -> list[ParticipantInfo]:
    factory.add(db, 40)
    with db.read() as session:
        return all_participants(session)


def check_in(db: Database, person: ParticipantInfo, when: datetime) -> None:
    with db.write() as session:
        check_in_participant(
            session, person.id, desk_id=db.desk_id, operator="Ana", confirm_online=True, now=when
        )


def door(db: Database, event: Event, item: str, person: ParticipantInfo | str, when, **kw):  # type: ignore[no-untyped-def]
    code = person if isinstance(person, str) else person.code
    with db.write() as session:
        return scan(session, event, item, code, desk_id=db.desk_id, operator="Luis", now=when, **kw)


def counts(db: Database, event: Event, item: str | None = None):  # type: ignore[no-untyped-def]
    with db.read() as session:
        found = attendance(session, event, item)
    return {a.item_id: a for a in found}


def record_count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Record))


# -- which item the door takes ---------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "clock", "chosen", "offered"),
    [
        (1, "07:30", "d1-welcome", None),  # before the day: the first item
        (1, "08:55", "d1-welcome", "d1-welcome"),  # offered is the same: no second choice
        (1, "09:03", "d1-welcome", None),
        (1, "09:14", "d1-welcome", "d1-linkage"),  # near the boundary: next offered
        (1, "09:15", "d1-linkage", None),  # the boundary itself: the new item
        (1, "10:25", "d1-qa1", "d1-recess1"),
        (1, "10:30", "d1-recess1", None),
        (1, "12:30", "d1-lunch", None),
        (1, "14:20", "d1-world-cafe", None),
        (1, "18:00", "d1-closing", None),  # after the day: its last item
        (2, "06:45", "d2-field-visit", None),  # day 2: the field visit
        (2, "12:00", "d2-field-visit", None),
        (2, "17:30", "d2-field-visit", None),
    ],
)
def test_the_clock_preselects_the_item(
    event: Event, day: int, clock: str, chosen: str, offered: str | None
) -> None:
    item, offer = suggest_items(event, at(event, day, clock))
    assert item is not None and item.id == chosen
    if offered == chosen:  # 08:55: the first item is chosen already, nothing else offered
        offered = None
    assert (offer.id if offer else None) == offered


def test_before_and_after_the_event(event: Event) -> None:
    assert suggest_items(event, at(event, -5, "10:00"))[0].id == "d1-welcome"
    assert suggest_items(event, at(event, 30, "10:00"))[0].id == "d2-field-visit"
    # The clock of another time zone is read in San Salvador time (UTC-6).
    utc = datetime(2022, 5, 23, 16, 35, tzinfo=UTC)  # 10:35 in San Salvador
    assert suggest_items(event, utc)[0].id == "d1-recess1"


# -- scans -----------------------------------------------------------------------------


def test_same_person_twice_counts_once(db: Database, event: Event, people) -> None:
    p = people[0]
    check_in(db, p, at(event, 1, "08:30"))
    first = door(db, event, "d1-welcome", p, at(event, 1, "08:58"))
    assert first.outcome is DoorOutcome.ENTERED and not first.not_checked_in
    again = door(db, event, "d1-welcome", p, at(event, 1, "09:01"))
    assert again.outcome is DoorOutcome.ALREADY_INSIDE and again.at == first.at
    assert record_count(db) == 2  # check-in and one entry: the repeat wrote nothing
    c = counts(db, event)["d1-welcome"]
    assert (c.count, c.inside) == (1, 1)


def test_entry_then_exit_is_counted_but_not_inside(db: Database, event: Event, people) -> None:
    p = people[1]
    check_in(db, p, at(event, 1, "08:30"))
    door(db, event, "d1-panel-trust", p, at(event, 1, "10:44"))
    out = door(db, event, "d1-panel-trust", p, at(event, 1, "11:10"), direction=OUT)
    assert out.outcome is DoorOutcome.EXITED and not out.entry_missing
    assert door(db, event, "d1-panel-trust", p, at(event, 1, "11:11"), direction=OUT).outcome is (
        DoorOutcome.ALREADY_OUT
    )
    c = counts(db, event)["d1-panel-trust"]
    assert (c.count, c.inside) == (1, 0)
    # Back in: inside again, still one person.
    door(db, event, "d1-panel-trust", p, at(event, 1, "11:20"))
    c = counts(db, event)["d1-panel-trust"]
    assert (c.count, c.inside) == (1, 1)


def test_an_exit_without_entry_counts_and_is_noted(db: Database, event: Event, people) -> None:
    p = people[2]
    check_in(db, p, at(event, 1, "08:30"))
    out = door(db, event, "d1-lunch", p, at(event, 1, "13:00"), direction=OUT)
    assert out.outcome is DoorOutcome.EXITED and out.entry_missing
    assert "No entry was scanned" in describe(event, out)[1]
    c = counts(db, event)["d1-lunch"]
    assert (c.count, c.inside) == (1, 0)


def test_scan_before_the_desk_is_recorded_and_flagged(db: Database, event: Event, people) -> None:
    p = people[3]
    result = door(db, event, "d1-welcome", p, at(event, 1, "09:00"))
    assert result.outcome is DoorOutcome.ENTERED and result.not_checked_in
    headline, note = describe(event, result)
    assert headline == "ENTRY RECORDED at 09:00"
    assert "Not checked in at the desk yet" in note
    with db.read() as session:
        flag = session.scalar(select(Record.flag).where(Record.kind == "door"))
    assert flag == "not_checked_in"
    c = counts(db, event)["d1-welcome"]
    assert (c.count, c.not_checked_in) == (1, 1)


def test_an_item_that_is_over_asks_first(db: Database, event: Event, people) -> None:
    p = people[4]
    check_in(db, p, at(event, 1, "08:30"))
    late = at(event, 1, "11:00")  # the welcome ended at 09:15
    asked = door(db, event, "d1-welcome", p, late)
    assert asked.outcome is DoorOutcome.ITEM_OVER and asked.needs_confirmation
    assert describe(event, asked)[0] == "THIS ITEM IS OVER: record anyway?"
    assert record_count(db) == 1
    done = door(db, event, "d1-welcome", p, late, confirm=True)
    assert done.outcome is DoorOutcome.ENTERED
    # Within the grace after the end, no question.
    assert door(db, event, "d1-qa1", p, at(event, 1, "10:40")).outcome is DoorOutcome.ENTERED
    # Leaving after the end is normal: no question.
    out = door(db, event, "d1-qa1", p, at(event, 1, "11:30"), direction=OUT)
    assert out.outcome is DoorOutcome.EXITED
    # A day-2 item scanned on day 1 asks too.
    early = door(db, event, "d2-field-visit", p, at(event, 1, "15:00"))
    assert early.outcome is DoorOutcome.NOT_STARTED


def test_unknown_invalid_and_cancelled_badges_record_nothing(
    db: Database, event: Event, people
) -> None:
    p = people[5]
    when = at(event, 1, "09:00")
    bad = p.code[:-1] + ("0" if p.code[-1] != "0" else "1")
    assert door(db, event, "d1-welcome", bad, when).outcome is DoorOutcome.BAD_CHECK
    assert door(db, event, "d1-welcome", "NOBODY123", when).outcome is DoorOutcome.UNKNOWN_CODE
    with db.write() as session:
        session.get(Participant, p.id).status = STATUS_CANCELLED
    assert door(db, event, "d1-welcome", p, when).outcome is DoorOutcome.CANCELLED
    assert record_count(db) == 0


def test_undo_takes_a_scan_back(db: Database, event: Event, people) -> None:
    p = people[6]
    check_in(db, p, at(event, 1, "08:30"))
    result = door(db, event, "d1-welcome", p, at(event, 1, "09:00"))
    with db.write() as session:
        undo_scan(session, result.record_id, desk_id=db.desk_id, operator="Luis")
    assert counts(db, event)["d1-welcome"].count == 0
    with pytest.raises(DeskError, match="already undone"), db.write() as session:
        undo_scan(session, result.record_id, desk_id=db.desk_id, operator="Luis")
    # Scanning again records a new entry.
    assert door(db, event, "d1-welcome", p, at(event, 1, "09:02")).outcome is DoorOutcome.ENTERED


# -- counts ----------------------------------------------------------------------------


def test_counts_by_category_and_country_add_up(db: Database, event: Event, people) -> None:
    when = at(event, 1, "12:10")
    for p in people[:30]:
        check_in(db, p, at(event, 1, "08:00"))
        door(db, event, "d1-lunch", p, when)
    for p in people[:10]:
        door(db, event, "d1-lunch", p, when + timedelta(minutes=40), direction=OUT)
    door(db, event, "d1-lunch", people[35], when)  # not checked in: flagged
    c = counts(db, event, "d1-lunch")["d1-lunch"]
    assert c.count == 31 and c.inside == 21 and c.not_checked_in == 1
    assert sum(c.by_category.values()) == c.count
    assert sum(c.by_country.values()) == c.count
    expected: dict[str, int] = {}
    for p in [*people[:30], people[35]]:
        expected[p.category] = expected.get(p.category, 0) + 1
    assert c.by_category == expected
    assert event.item("d1-lunch").catering  # catering reads these counts


def test_world_cafe_tables_are_counted_separately(db: Database, event: Event, people) -> None:
    when = at(event, 1, "14:20")
    origin, destination = (t.id for t in event.item("d1-world-cafe").tables)
    for p in people[:6]:
        door(db, event, "d1-world-cafe", p, when, place=origin)
    for p in people[4:10]:  # two people visit both tables
        door(db, event, "d1-world-cafe", p, when + timedelta(minutes=30), place=destination)
    c = counts(db, event)["d1-world-cafe"]
    assert c.by_place == {origin: 6, destination: 6}
    assert c.count == 10  # distinct people over both tables
    assert c.inside_by_place == {origin: 4, destination: 6}  # the two moved on


def test_manifest_lists_exactly_who_boarded_and_did_not_return(
    db: Database, event: Event, people
) -> None:
    out_at, back_at = at(event, 2, "07:50"), at(event, 2, "16:10")
    for p in people[:8]:
        door(db, event, "d2-field-visit", p, out_at, place="Bus 1")
    for p in people[8:12]:
        door(db, event, "d2-field-visit", p, out_at, place="Bus 2")
    for p in [*people[:6], *people[8:10]]:
        door(db, event, "d2-field-visit", p, back_at, direction=OUT, place="Bus 1")
    with db.read() as session:
        missing = manifest(session, event, "d2-field-visit", on_board_only=True)
        everyone = manifest(session, event, "d2-field-visit")
        bus2 = manifest(session, event, "d2-field-visit", place="Bus 2", on_board_only=True)
        assert places_used(session, "d2-field-visit") == ["Bus 1", "Bus 2"]
    assert {e.participant.id for e in missing} == {p.id for p in [*people[6:8], *people[10:12]]}
    assert all(
        e.participant.phone == next(p.phone for p in people if p.id == e.participant.id)
        for e in missing
    )
    assert len(everyone) == 12
    assert {e.participant.id for e in bus2} == {p.id for p in people[10:12]}
    c = counts(db, event)["d2-field-visit"]
    assert (c.count, c.inside) == (12, 4)
    assert c.inside_by_place == {"Bus 1": 2, "Bus 2": 2}
    # People who came back on Bus 1 after leaving on Bus 2 are listed on Bus 1.
    assert {e.participant.id for e in everyone if e.place == "Bus 1"} >= {
        p.id for p in people[8:10]
    }
    assert describe(event, door(db, event, "d2-field-visit", people[0], back_at))[0].startswith(
        "BOARDED"
    )


def test_arrivals_over_time(db: Database, event: Event, people) -> None:
    for n, p in enumerate(people[:9]):
        check_in(db, p, at(event, 1, "08:00") + timedelta(minutes=10 * n))
    with db.read() as session:
        slots = arrivals(session, event, bucket_minutes=30)
    assert [(s.strftime("%H:%M"), n) for s, n in slots] == [
        ("08:00", 3),
        ("08:30", 3),
        ("09:00", 3),
    ]


def test_directions_are_checked(db: Database, event: Event, people) -> None:
    with pytest.raises(ValueError), db.write() as session:
        scan(
            session,
            event,
            "d1-welcome",
            people[0].code,
            direction="sideways",
            desk_id=db.desk_id,
            operator="x",
        )
    assert IN == "in" and OUT == "out"
