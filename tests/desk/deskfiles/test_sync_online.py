"""Online attendance travels in desk files (format version 2): the connections of Zoom and
Teams exports and the decisions on who each online identity is are a union by id, so two
desks end with the same rows whatever they imported, a file merged twice adds nothing, a
version-1 file (an older Desk) still merges, and a tampered row refuses the file whole."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desk.cli_text import cmd_sync_export, cmd_sync_import
from desk.deskfiles.sync import import_desk_files
from desk.deskfiles.sync_file import export_desk_file, read_desk_file
from desk.errors import DeskError
from desk.events.event import default_event
from desk.online.store import interval_id
from desk.people.participants import all_participants
from desk.storage.db import Database
from desk.storage.models import (
    MATCH_EMAIL,
    MATCH_MANUAL,
    MATCH_NOT_PARTICIPANT,
    SOURCE_TEAMS,
    SOURCE_ZOOM,
    OnlineInterval,
    OnlineMatch,
    new_id,
)
from tests.factory import Factory

EVENT = default_event()
SHA = hashlib.sha256(b"a zoom export").hexdigest()
START = datetime(2022, 5, 23, 15, 0, tzinfo=UTC)  # 09:00 in San Salvador, day 1


def new_desk(folder: Path, name: str) -> Database:
    db = Database(folder / f"{name.replace(' ', '-').lower()}.sqlite3", desk_name=name)
    db.bind_event(EVENT.id)
    return db


def online(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Both online tables, every column, comparable between desks."""
    with db.read() as session:
        return {
            "intervals": sorted(
                tuple(r) for r in session.execute(select(OnlineInterval.__table__))
            ),
            "matches": sorted(tuple(r) for r in session.execute(select(OnlineMatch.__table__))),
        }


def import_online(db: Database, sha: str = SHA, *, people: int = 3) -> list[str]:
    """What importing an attendance export leaves (rows straight into the tables): three
    connections of ``people`` identities, one matched by e-mail, one decided by hand as
    "not a participant", and a correction of the first (a later manual match). The ids of
    the participants matched."""
    with db.read() as session:
        ids = [p.id for p in sorted(all_participants(session), key=lambda p: p.id)[:2]]
    rows = []
    for line in range(2, 2 + people):
        rows.append(
            OnlineInterval(
                id=interval_id(sha, line),
                source=SOURCE_ZOOM if line % 2 else SOURCE_TEAMS,
                meeting_id="812 3456 7890",
                file_sha256=sha,
                file_name="participants_81234567890.csv",
                line=line,
                raw_name=f"Persona {line} (Invitado)",
                email=f"persona{line}@example.org" if line != 3 else "",
                upn="",
                identity=f"persona{line}@example.org",
                join_at=START + timedelta(minutes=line),
                leave_at=START + timedelta(minutes=50 + line),
                imported_at=START + timedelta(hours=8),
                desk_id=db.desk_id,
                operator="Ana",
            )
        )
    at = START + timedelta(hours=8)
    matches = [
        OnlineMatch(id=new_id(), identity="persona2@example.org", participant_id=ids[0],
                    method=MATCH_EMAIL, at=at, desk_id=db.desk_id, operator="Ana"),
        OnlineMatch(id=new_id(), identity="persona3@example.org", participant_id=None,
                    method=MATCH_NOT_PARTICIPANT, at=at, desk_id=db.desk_id, operator="Ana"),
        OnlineMatch(id=new_id(), identity="persona2@example.org", participant_id=ids[1],
                    method=MATCH_MANUAL, at=at + timedelta(minutes=5), desk_id=db.desk_id,
                    operator="Luis"),
    ]  # fmt: skip
    with db.write() as session:
        session.add_all(rows)
        session.add_all(matches)
    return ids


@pytest.fixture
def desks(tmp_path: Path, factory: Factory):
    a, b = new_desk(tmp_path, "Desk 1"), new_desk(tmp_path, "Desk 2")
    factory.add(a, 10, seed=5)
    path = export_desk_file(a, EVENT, tmp_path / "people.desk").path
    import_desk_files(b, EVENT, [path])  # both desks know the same people
    yield a, b
    a.close()
    b.close()


def _lines(path: Path) -> list[bytes]:
    return gzip.decompress(path.read_bytes()).split(b"\n")


def _write(target: Path, lines: list[bytes]) -> Path:
    """``lines`` (header to the last data line) as a desk file with a right trailer."""
    body = b"\n".join(lines) + b"\n"
    trailer = {"sha256": hashlib.sha256(body).hexdigest(), "bytes": len(body)}
    target.write_bytes(gzip.compress(body + json.dumps(trailer).encode() + b"\n"))
    return target


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def _changed(path: Path, target: Path, line: int, row: int, column: str, value: Any) -> Path:
    """A copy of a version-2 file with one online value changed, its checksum right again."""
    lines = _lines(path)[:6]
    header = json.loads(lines[0])
    key = "online_interval_columns" if line == 4 else "online_match_columns"
    rows = json.loads(lines[line])
    rows[row][header[key].index(column)] = value
    lines[line] = _dumps(rows)
    return _write(target, lines)


def test_online_rows_reach_the_other_desk_once(tmp_path: Path, desks: tuple[Database, ...]) -> None:
    a, b = desks
    import_online(a)
    summary = export_desk_file(a, EVENT, tmp_path / "a.desk")
    assert (summary.online_intervals, summary.online_matches) == (3, 3)
    header = json.loads(_lines(summary.path)[0])
    assert header["version"] == 2
    assert (header["counts"]["online_intervals"], header["counts"]["online_matches"]) == (3, 3)

    report = import_desk_files(b, EVENT, [summary.path])
    assert (report.new_online_intervals, report.new_online_matches) == (3, 3)
    assert report.to_json()["new_online_intervals"] == 3
    assert online(b) == online(a)
    assert len(online(b)["intervals"]) == 3
    # Twice, or back to the desk that wrote it: nothing new.
    again = import_desk_files(b, EVENT, [summary.path, summary.path])
    assert (again.new_online_intervals, again.new_online_matches) == (0, 0)
    assert "Nothing new" in " ".join(again.lines(EVENT))
    back = export_desk_file(b, EVENT, tmp_path / "b.desk").path
    own = import_desk_files(a, EVENT, [back])
    assert (own.new_online_intervals, own.new_online_matches) == (0, 0)
    assert online(a) == online(b)


def test_the_same_export_imported_at_two_desks_is_not_doubled(
    tmp_path: Path, desks: tuple[Database, ...]
) -> None:
    """Interval ids come from the file's SHA-256 and line: both desks made the same rows
    (each keeps its own copy of who imported it, and when). Their matches are decisions of
    each desk: all kept (the latest holds)."""
    a, b = desks
    import_online(a)
    import_online(b)
    report = import_desk_files(b, EVENT, [export_desk_file(a, EVENT, tmp_path / "a.desk").path])
    assert (report.new_online_intervals, report.new_online_matches) == (0, 3)
    import_desk_files(a, EVENT, [export_desk_file(b, EVENT, tmp_path / "b.desk").path])
    assert online(a)["matches"] == online(b)["matches"]
    connection = slice(0, 12)  # id … leave_at: not imported_at, desk_id, operator
    assert [r[connection] for r in online(a)["intervals"]] == [
        r[connection] for r in online(b)["intervals"]
    ]
    assert {r[13] for r in online(a)["intervals"]} == {a.desk_id}
    assert (len(online(a)["intervals"]), len(online(a)["matches"])) == (3, 6)
    # Another export (another SHA-256) adds its own rows.
    import_online(a, hashlib.sha256(b"day 2").hexdigest(), people=2)
    report = import_desk_files(b, EVENT, [export_desk_file(a, EVENT, tmp_path / "a.desk").path])
    assert (report.new_online_intervals, report.new_online_matches) == (2, 3)


def test_the_words_say_what_came(tmp_path: Path, desks: tuple[Database, ...]) -> None:
    a, b = desks
    import_online(a)
    out = cmd_sync_export(a, EVENT, tmp_path / "a.desk")
    assert "Online attendance: 3 online connections, 3 identifications." in out
    lines = cmd_sync_import(b, EVENT, [tmp_path / "a.desk"])
    assert "10 participants, 0 records, 3 online connections, 3 identifications." in lines[0]
    assert "Online attendance merged: 3 new online connections, 3 new identifications." in lines


def test_a_version_1_file_still_merges(tmp_path: Path, desks: tuple[Database, ...]) -> None:
    """A Desk before schema 5 writes five lines and no online columns."""
    a, _b = desks
    import_online(a)
    lines = _lines(export_desk_file(a, EVENT, tmp_path / "a.desk").path)[:4]
    header = json.loads(lines[0])
    header["version"] = 1
    for key in ("online_interval_columns", "online_match_columns"):
        del header[key]
    for key in ("online_intervals", "online_matches"):
        del header["counts"][key]
    lines[0] = _dumps(header)
    old = _write(tmp_path / "old.desk", lines)
    read = read_desk_file(old, EVENT)
    assert (read.online_intervals, read.online_matches) == ([], [])
    fresh = new_desk(tmp_path, "Fresh")
    report = import_desk_files(fresh, EVENT, [old])
    assert report.new_participants == 10 and report.new_online_intervals == 0
    assert online(fresh) == {"intervals": [], "matches": []}
    fresh.close()
    # A version-1 header with the two online lines is not a version-1 file.
    header["version"] = 1
    seven = _lines(export_desk_file(a, EVENT, tmp_path / "a.desk").path)[:6]
    seven[0] = _dumps(header)
    with pytest.raises(DeskError, match="damaged"):
        read_desk_file(_write(tmp_path / "odd.desk", seven), EVENT)


BAD_VALUES: list[tuple[int, str, Any]] = [
    (4, "source", "webex"),  # an unknown platform
    (4, "line", "7"),
    (4, "line", 0),
    (4, "line", True),
    (4, "join_at", "2022-05-23 15:00:00"),  # not the file's time form
    (4, "leave_at", "2022-05-23T14:00:00.000000Z"),  # before the join
    (4, "file_sha256", "XYZ"),
    (4, "identity", None),
    (4, "raw_name", "x" * 301),  # longer than the column
    (4, "id", 7),
    (5, "method", "guess"),  # an unknown method
    (5, "participant_id", None),  # a match by e-mail names somebody
    (5, "participant_id", "0190a000-0000-7000-8000-000000000000"),  # nobody has this person
    (5, "at", "yesterday"),
    (5, "desk_id", None),
]


@pytest.mark.parametrize(("line", "column", "value"), BAD_VALUES)
def test_a_tampered_online_row_refuses_the_file(
    tmp_path: Path, desks: tuple[Database, ...], line: int, column: str, value: Any
) -> None:
    a, b = desks
    import_online(a)
    good = export_desk_file(a, EVENT, tmp_path / "a.desk").path
    bad = _changed(good, tmp_path / "bad.desk", line, 0, column, value)
    before = online(b)
    with pytest.raises(DeskError) as caught:
        import_desk_files(b, EVENT, [bad])
    assert "bad.desk" in str(caught.value) and "nothing was changed" in str(caught.value)
    assert online(b) == before


@pytest.mark.parametrize(
    "change",
    [
        lambda h: h["counts"].update(online_intervals=2),
        lambda h: h["online_match_columns"].remove("method"),
        lambda h: h.pop("online_interval_columns"),
    ],
)
def test_a_header_that_does_not_fit_the_online_lines_is_refused(
    tmp_path: Path, desks: tuple[Database, ...], change: Callable[[dict[str, Any]], Any]
) -> None:
    a, b = desks
    import_online(a)
    lines = _lines(export_desk_file(a, EVENT, tmp_path / "a.desk").path)[:6]
    header = json.loads(lines[0])
    change(header)
    lines[0] = _dumps(header)
    with pytest.raises(DeskError, match="damaged"):
        import_desk_files(b, EVENT, [_write(tmp_path / "bad.desk", lines)])


def test_a_duplicated_online_row_is_refused(tmp_path: Path, desks: tuple[Database, ...]) -> None:
    a, b = desks
    import_online(a)
    lines = _lines(export_desk_file(a, EVENT, tmp_path / "a.desk").path)[:6]
    header, rows = json.loads(lines[0]), json.loads(lines[4])
    rows.append(rows[0])
    header["counts"]["online_intervals"] = len(rows)
    lines[0], lines[4] = _dumps(header), _dumps(rows)
    with pytest.raises(DeskError, match="damaged"):
        import_desk_files(b, EVENT, [_write(tmp_path / "bad.desk", lines)])


def test_online_rows_alone_make_an_automatic_backup_due(
    tmp_path: Path, desks: tuple[Database, ...]
) -> None:
    """The change marker (an automatic backup is skipped while it stays the same) moves
    when only online rows came: an import of attendance exports is backed up too."""
    from desk.deskfiles.backup import backup_now, change_marker, list_backups

    a, _b = desks
    before = change_marker(a)
    backup_now(a)
    import_online(a)
    assert change_marker(a) != before
    (info,) = list_backups(a)
    assert info.marker == before
