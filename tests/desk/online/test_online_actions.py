"""Importing attendance exports, matching people, counting them online per agenda item."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk.actions import online as actions
from desk.cli import main
from desk.doors.attendance import attendance, scan
from desk.errors import DeskError, NotFoundError
from desk.events.event import Event
from desk.online.parse import OnlineFileError
from desk.people.participants import ParticipantInfo, all_participants
from desk.storage.db import Database
from desk.storage.models import AuditEntry, OnlineInterval, OnlineMatch
from tests.factory import Factory
from tests.online_files import Conn, at, teams, zoom_meeting


@pytest.fixture
def people(db: Database, factory: Factory) -> list[ParticipantInfo]:
    factory.add(db, 30)
    with db.read() as session:
        return [p for p in all_participants(session) if p.email]


def item_counts(db: Database, event: Event) -> dict[str, tuple[int, int, int]]:
    with db.read() as session:
        return {a.item_id: (a.in_person, a.online, a.count) for a in attendance(session, event)}


def test_zoom_import_matches_counts_and_is_idempotent(
    db: Database, event: Event, people: list[ParticipantInfo], tmp_path: Path
) -> None:
    ana, ben, carla = people[:3]
    rows = [
        # By e-mail, case aside; a rejoin that overlaps the first connection.
        Conn(f"{ana.given_name} (iPhone)", ana.email.upper(), at("09:10"), at("10:00")),
        Conn(f"{ana.given_name} (iPhone)", ana.email.upper(), at("09:55"), at("10:20")),
        # Renamed, family name first, guest marker: by name.
        Conn(f"{ben.family_name}, {ben.given_name} (Invitado)", "", at("10:40"), at("11:45")),
        # Somebody nobody knows.
        Conn("Usuario de Zoom 7", "", at("09:00"), at("17:00")),
    ]
    path = zoom_meeting(tmp_path / "zoom.csv", rows)
    done = actions.import_online(db, event, path, operator="Ana")
    assert (done.rows_read, done.intervals, done.matched, done.unmatched) == (4, 4, 3, 1)
    assert done.per_item["d1-linkage"] == 3 and done.per_item["d1-panel-trust"] == 2
    counts = item_counts(db, event)
    assert counts["d1-linkage"] == (0, 1, 1)  # Ana: 09:15–10:15 covered
    assert counts["d1-panel-trust"] == (0, 1, 1)  # Ben
    assert counts["d2-field-visit"] == (0, 0, 0)

    # Carla was in the room for the panel, and online too: once, in person.
    carla_row = Conn(carla.full_name, carla.email, at("10:45"), at("11:45"))
    scan_result = scan_room(db, event, "d1-panel-trust", carla.code)
    assert scan_result
    second = actions.import_online(
        db, event, zoom_meeting(tmp_path / "b.csv", [carla_row]), operator="Ana"
    )
    assert second.matched == 1
    assert item_counts(db, event)["d1-panel-trust"] == (1, 1, 2)

    # The same file again changes nothing.
    with db.read() as session:
        before = session.scalar(select(func.count()).select_from(OnlineInterval))
    again = actions.import_online(db, event, path, operator="Ana")
    assert again.already_imported
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(OnlineInterval)) == before
        audits = session.scalars(select(AuditEntry.action)).all()
    assert audits.count("online_import") == 2


def scan_room(db: Database, event: Event, item_id: str, code: str) -> bool:
    with db.write() as session:
        result = scan(
            session,
            event,
            item_id,
            code,
            desk_id=db.desk_id,
            operator="Luis",
            confirm=True,
            now=at("10:50").replace(tzinfo=event.tz),
        )
    return result.recorded


def test_review_list_then_match_by_name_or_email_and_undo(
    db: Database, event: Event, people: list[ParticipantInfo], tmp_path: Path
) -> None:
    ana = people[0]
    rows = [
        Conn("JANSSENS JAN (EXT)", "jan@diplobel.fed.be", at("09:00"), at("12:00")),
        Conn(f"{ana.given_name[:3]} {ana.family_name}", "", at("13:30"), at("14:00")),
    ]
    actions.import_online(
        db, event, teams(tmp_path / "t.csv", rows, date_style="mdy"), operator="Ana"
    )
    waiting = actions.unmatched(db, event)
    assert [u.raw_name for u in waiting] == ["JANSSENS JAN (EXT)", rows[1].name]
    assert waiting[0].minutes == 180 and waiting[0].rows == 1
    assert ana.id in {p.id for p in waiting[1].candidates}

    matched = actions.match(db, event, rows[1].name, ana.code, operator="Ana")
    assert matched.participant is not None and matched.participant.id == ana.id
    assert item_counts(db, event)["d1-beyond-remittances"] == (0, 1, 1)
    actions.match(db, event, "jan@diplobel.fed.be", None, operator="Ana")
    assert actions.unmatched(db, event) == []
    # Undo: back to the review list, and no longer counted.
    actions.match(db, event, rows[1].name, None, operator="Ana", undo=True)
    assert [u.raw_name for u in actions.unmatched(db, event)] == [rows[1].name]
    assert item_counts(db, event)["d1-beyond-remittances"] == (0, 0, 0)

    with pytest.raises(NotFoundError):
        actions.match(db, event, "Nadie Conocido", ana.code, operator="Ana")
    with pytest.raises(NotFoundError):
        actions.match(db, event, rows[1].name, "ZZZZ-ZZZZ", operator="Ana")
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(OnlineMatch)) == 3


def test_a_file_of_another_day_is_refused_whole(db: Database, event: Event, tmp_path: Path) -> None:
    rows = [
        Conn("Ana", "ana@x.org", at("09:00"), at("10:00")),
        Conn("Ben", "ben@x.org", at("09:00", day=3), at("10:00", day=3)),
    ]
    path = zoom_meeting(tmp_path / "z.csv", rows)
    with pytest.raises(OnlineFileError, match=r"Line 6: .* is not a day of the forum"):
        actions.import_online(db, event, path, operator="Ana")
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(OnlineInterval)) == 0
    with pytest.raises(DeskError, match="not a time zone"):
        actions.import_online(db, event, path, tz="Mars/Olympus", operator="Ana")


def test_cli_contract(
    db: Database,
    event: Event,
    people: list[ParticipantInfo],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if db.is_server:
        pytest.skip("the command line test opens the desk's own file")
    ana = people[0]
    path = zoom_meeting(
        tmp_path / "z.csv",
        [
            Conn(ana.full_name, ana.email, at("09:00"), at("10:30")),
            Conn("Invitado 3", "", at("09:00"), at("10:30")),
        ],
        date_style="dmy",
    )
    base = ["--db", str(db.location), "--lang", "en"]
    db.close()
    assert main([*base, "online", "import", str(path), "--day-first"]) == 0
    out = capsys.readouterr().out
    assert "Rows read: 2" in out and "Matched: 1" in out and "Unmatched: 1" in out
    assert "Welcome remarks" in out
    assert main([*base, "online", "import", str(path)]) == 0
    assert "nothing changed" in capsys.readouterr().out

    assert main([*base, "online", "unmatched", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [u["raw_name"] for u in listed] == ["Invitado 3"]
    assert main([*base, "online", "match", "Invitado 3", "-"]) == 0
    assert "not a participant" in capsys.readouterr().out

    assert main([*base, "attendance", "--json"]) == 0
    items = {i["item"]: i for i in json.loads(capsys.readouterr().out)}
    assert (items["d1-linkage"]["online"], items["d1-linkage"]["in_person"]) == (1, 0)
    assert items["d1-linkage"]["count"] == 1

    broken = tmp_path / "broken.csv"
    broken.write_text(path.read_text(encoding="utf-8-sig").replace("10:30", "ten"), "utf-8")
    assert main([*base, "online", "import", str(broken)]) == 1
    assert "Line 5" in capsys.readouterr().err
