"""Reading Zoom and Teams attendance exports shaped as the platforms write them."""

from __future__ import annotations

import contextlib
import hashlib
import random
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desk.errors import DeskError
from desk.online.parse import DateOrderNeeded, OnlineFileError, read_online_file
from desk.storage.models import SOURCE_TEAMS, SOURCE_ZOOM, SOURCE_ZOOM_WEBINAR
from tests.online_files import Conn, at, teams, teams_legacy, zoom_meeting, zoom_webinar

TZ = ZoneInfo("America/El_Salvador")  # UTC−6 all year


def utc(clock: str, day: int = 1) -> datetime:
    return at(clock, day).replace(tzinfo=TZ).astimezone(UTC)


ROWS = [
    Conn("María José Pérez (MJ Pérez)", "mj.perez@rree.gob.sv", at("08:54:15"), at("10:20:03")),
    Conn("María José Pérez (MJ Pérez)", "mj.perez@rree.gob.sv", at("10:19:50"), at("13:31:00")),
    Conn("JANSSENS JAN (EXT)", "", at("09:02:00"), at("09:40:30")),
    Conn("015_Carlos López", "", at("13:35:10"), at("14:59:59")),
]


@pytest.mark.parametrize("bom", [True, False])
@pytest.mark.parametrize("block", [True, False])
def test_zoom_meeting_with_or_without_bom_and_meeting_block(
    tmp_path: Path, bom: bool, block: bool
) -> None:
    path = zoom_meeting(tmp_path / "zoom.csv", ROWS, bom=bom, meeting_block=block)
    read = read_online_file(path, tz=TZ)
    assert read.source == SOURCE_ZOOM
    assert read.meeting_id == ("845 1234 5678" if block else "")
    assert read.rows_read == 4
    assert [r.raw_name for r in read.rows] == [c.name for c in ROWS]
    first = read.rows[0]
    assert (first.join, first.leave) == (utc("08:54:15"), utc("10:20:03"))
    assert first.email == "mj.perez@rree.gob.sv" and first.upn == ""
    # Rejoins and overlapping rows stay rows of their own; lines are the file's.
    assert read.rows[1].join < read.rows[0].leave
    assert [r.line for r in read.rows] == ([5, 6, 7, 8] if block else [2, 3, 4, 5])
    assert read.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("headers", ["es", "it", "pt", "fr"])
def test_zoom_translated_headers_and_day_first_dates(tmp_path: Path, headers: str) -> None:
    path = zoom_meeting(tmp_path / "z.csv", ROWS, headers=headers, date_style="dmy")
    read = read_online_file(path, tz=TZ)
    assert len(read.rows) == 4
    assert read.rows[3].join == utc("13:35")  # minutes only in this style


def test_consent_column_and_iso_dates(tmp_path: Path) -> None:
    path = zoom_meeting(tmp_path / "z.csv", ROWS, consent_column=True, date_style="iso")
    assert read_online_file(path, tz=TZ).rows[2].leave == utc("09:40:30")


def test_ambiguous_date_order_is_asked_then_taken(tmp_path: Path) -> None:
    # 6 May written 06/05: June 5th as well, read month first.
    rows = [Conn("Ana", "ana@x.org", datetime(2022, 5, 6, 9), datetime(2022, 5, 6, 10))]
    path = zoom_meeting(tmp_path / "z.csv", rows, date_style="dmy", meeting_block=False)
    with pytest.raises(DateOrderNeeded) as asked:
        read_online_file(path, tz=TZ)
    assert asked.value.example == "06/05/2022 09:00" and asked.value.line == 2
    assert read_online_file(path, tz=TZ, day_first=True).rows[0].join.month == 5
    assert read_online_file(path, tz=TZ, day_first=False).rows[0].join.month == 6


def test_same_day_and_month_needs_no_question(tmp_path: Path) -> None:
    rows = [Conn("Ana", "ana@x.org", datetime(2022, 5, 5, 9), datetime(2022, 5, 5, 10))]
    path = zoom_meeting(tmp_path / "z.csv", rows, date_style="dmy", meeting_block=False)
    assert read_online_file(path, tz=TZ).rows[0].join == datetime(2022, 5, 5, 15, tzinfo=UTC)


def test_zoom_webinar_sections_and_absent_people(tmp_path: Path) -> None:
    path = zoom_webinar(
        tmp_path / "w.csv",
        ROWS[:2],
        panelists=[Conn("Pérez, Ana", "ana.perez@oim.int", at("08:50"), at("12:00"))],
        absent=[("Juan Nadie", "juan@x.org")],
    )
    read = read_online_file(path, tz=TZ)
    assert read.source == SOURCE_ZOOM_WEBINAR
    names = [r.raw_name for r in read.rows]
    assert names == ["Secretaría CRM", "Pérez, Ana", *(c.name for c in ROWS[:2])]
    assert "Juan Nadie" not in names
    assert read.rows_read == 5  # the absent one was read, and skipped


@pytest.mark.parametrize("style", ["dmy", "mdy"])
def test_teams_utf16_tabs_sections_and_upn(tmp_path: Path, style: str) -> None:
    activities = [
        Conn("Pérez, Ana", "ana.perez@oim.int", at("09:30:17"), at("10:57:08"), "aperez@iom.int"),
        Conn("Pérez, Ana", "ana.perez@oim.int", at("11:02:00"), at("12:00:00"), "aperez@iom.int"),
        Conn("JANSSENS JAN (EXT)", "jan.janssens@diplobel.fed.be", at("09:31"), at("09:59")),
    ]
    path = teams(tmp_path / "teams.csv", activities, date_style=style)
    assert path.read_bytes()[:2] == b"\xff\xfe"
    read = read_online_file(path, tz=TZ)
    assert read.source == SOURCE_TEAMS
    assert read.title == "Foro diásporas – sala virtual"
    assert len(read.rows) == 3  # section 3, one row per session
    ana = read.rows[0]
    assert (ana.join, ana.leave) == (utc("09:30:17"), utc("10:57:08"))
    assert (ana.email, ana.upn) == ("ana.perez@oim.int", "aperez@iom.int")
    assert read.rows[2].upn == "jan.janssens@diplobel.fed.be"


def test_teams_without_section_three_uses_first_join_last_leave(tmp_path: Path) -> None:
    activities = [Conn("Ana", "a@x.org", at("13:30:17"), at("14:00"))]
    read = read_online_file(teams(tmp_path / "t.csv", activities, sections=False), tz=TZ)
    assert [(r.join, r.leave) for r in read.rows] == [(utc("13:30:17"), utc("14:00"))]


def test_other_time_zone(tmp_path: Path) -> None:
    path = zoom_meeting(tmp_path / "z.csv", ROWS[:1])
    read = read_online_file(path, tz=ZoneInfo("Europe/Madrid"))  # UTC+2 in May
    assert read.rows[0].join == datetime(2022, 5, 23, 6, 54, 15, tzinfo=UTC)


def test_broken_rows_name_their_line(tmp_path: Path) -> None:
    path = zoom_meeting(tmp_path / "z.csv", ROWS, meeting_block=False)
    lines = path.read_bytes().decode("utf-8-sig").split("\r\n")
    lines[3] = lines[3].replace("09:02:00 AM", "nine o'clock")
    path.write_text("\r\n".join(lines), encoding="utf-8")
    with pytest.raises(OnlineFileError) as broken:
        read_online_file(path, tz=TZ)
    assert broken.value.line == 4 and "Line 4" in str(broken.value)

    backwards = [Conn("Ana", "a@x.org", at("10:00"), at("09:10"))]
    path = zoom_meeting(tmp_path / "b.csv", backwards, meeting_block=False)
    with pytest.raises(OnlineFileError, match="Line 2: the leave time"):
        read_online_file(path, tz=TZ)


def test_not_an_attendance_report(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Nombre,Apellidos,País\nAna,Pérez,El Salvador\n", encoding="utf-8")
    with pytest.raises(OnlineFileError, match="not a Zoom or Teams attendance report"):
        read_online_file(path, tz=TZ)
    with pytest.raises(OnlineFileError, match="cannot be read"):
        read_online_file(tmp_path / "missing.csv", tz=TZ)


def test_any_bytes_give_a_message_never_a_crash(tmp_path: Path) -> None:
    good = zoom_meeting(tmp_path / "z.csv", ROWS).read_bytes()
    rng = random.Random(14)
    samples = [b"", b"\x00" * 50, b"\xff\xfe", b'"' + b"x" * 200_000, bytes(range(256)) * 4]
    for _ in range(150):
        data = bytearray(good)
        for _ in range(rng.randint(1, 12)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        samples.append(bytes(data))
    for sample in samples:
        path = tmp_path / "fuzz.csv"
        path.write_bytes(sample)
        with contextlib.suppress(DeskError):
            read_online_file(path, tz=TZ, day_first=True)


def test_teams_in_spanish_utf8_four_digit_years_and_upn_from_section_two(tmp_path: Path) -> None:
    activities = [
        Conn("Pérez, Ana", "ana.perez@oim.int", at("09:30:17", 2), at("10:57:08", 2)),
        Conn("Pérez, Ana", "ana.perez@oim.int", at("10:50", 2), at("12:00", 2)),  # 2 devices
    ]
    path = teams(
        tmp_path / "t.csv",
        activities,
        lang="es",
        encoding="utf-8-sig",
        date_style="dmy4",
        upn_differs=True,
    )
    read = read_online_file(path, tz=TZ)
    assert read.source == SOURCE_TEAMS and read.title == "Foro diásporas – sala virtual"
    assert [(r.join, r.leave) for r in read.rows] == [
        (utc("09:30:17", 2), utc("10:57:08", 2)),
        (utc("10:50", 2), utc("12:00", 2)),
    ]
    assert {(r.email, r.upn) for r in read.rows} == {
        ("ana.perez@oim.int", "anaperez@oim.onmicrosoft.com")
    }
    assert [r.line for r in read.rows] == [15, 16]


def test_teams_utf16_without_bom_and_month_first(tmp_path: Path) -> None:
    path = teams(tmp_path / "t.csv", ROWS, encoding="utf-16-le", date_style="mdy")
    read = read_online_file(path, tz=TZ)
    assert [r.raw_name for r in read.rows] == [c.name for c in ROWS]
    assert read.rows[3].leave == utc("14:59:59")


def test_teams_before_2021_joined_and_left_events(tmp_path: Path) -> None:
    rows = [
        Conn("JANSSENS JAN (EXT)", "", at("09:30:17"), at("10:00")),
        Conn("Pérez, Ana", "", at("09:35"), at("11:00")),
        Conn("JANSSENS JAN (EXT)", "", at("10:05"), at("13:00")),
    ]
    read = read_online_file(teams_legacy(tmp_path / "old.csv", rows), tz=TZ)
    assert read.source == SOURCE_TEAMS and read.rows_read == 6
    got = sorted((r.raw_name, r.join, r.leave) for r in read.rows)
    assert got == sorted(
        (c.name, utc(f"{c.join:%H:%M:%S}"), utc(f"{c.leave:%H:%M:%S}")) for c in rows
    )


def test_webinar_absent_given_by_name(tmp_path: Path) -> None:
    path = zoom_webinar(tmp_path / "w.csv", ROWS[:1], absent=["Invitado (Guest)", "Juan Nadie"])
    read = read_online_file(path, tz=TZ)
    assert read.meeting_id == "912 3456 7890"
    assert read.title == "Foro diásporas RCM 2022 (webinar)"
    assert [r.raw_name for r in read.rows] == ["Secretaría CRM", ROWS[0].name]
    assert read.rows_read == 4


def test_a_file_with_both_date_orders_is_refused_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "z.csv"
    path.write_text(
        "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
        "Ana,a@x.org,23/05/2022 09:00,23/05/2022 10:00,60,No\n"
        "Luis,l@x.org,05/24/2022 09:00,05/24/2022 10:00,60,No\n",
        encoding="utf-8",
    )
    with pytest.raises(OnlineFileError, match="Line 3") as refused:
        read_online_file(path, tz=TZ)
    assert refused.value.line == 3


def test_day_first_given_is_obeyed_when_the_file_settles_nothing(tmp_path: Path) -> None:
    rows = [Conn("Ana", "a@x.org", datetime(2022, 5, 6, 9), datetime(2022, 5, 6, 10))]
    path = zoom_meeting(tmp_path / "z.csv", rows, date_style="us", meeting_block=False)
    with pytest.raises(DateOrderNeeded, match="day first or month first"):
        read_online_file(path, tz=TZ)  # 05/06/2022 09:00:00 AM: AM/PM settles nothing
    assert read_online_file(path, tz=TZ, day_first=False).rows[0].join.day == 6
    assert read_online_file(path, tz=TZ, day_first=True).rows[0].join.month == 6


def test_no_name_but_an_email_is_kept_neither_is_an_error(tmp_path: Path) -> None:
    rows = [Conn("", "anon@x.org", at("09:00"), at("10:00"))]
    path = zoom_meeting(tmp_path / "z.csv", rows, meeting_block=False)
    assert read_online_file(path, tz=TZ).rows[0].raw_name == ""
    rows.append(Conn("", "", at("09:00"), at("10:00")))
    path = zoom_meeting(tmp_path / "z.csv", rows, meeting_block=False)
    with pytest.raises(OnlineFileError, match="Line 3: the connection has no name"):
        read_online_file(path, tz=TZ)


def test_a_time_that_occurs_twice_reads_as_the_first(tmp_path: Path) -> None:
    # Madrid's clocks go back at 03:00 on 30 Oct 2022: 02:30 happens twice.
    rows = [Conn("Ana", "a@x.org", datetime(2022, 10, 30, 2, 30), datetime(2022, 10, 30, 4))]
    path = zoom_meeting(tmp_path / "z.csv", rows, date_style="iso")
    row = read_online_file(path, tz=ZoneInfo("Europe/Madrid")).rows[0]
    assert row.join == datetime(2022, 10, 30, 0, 30, tzinfo=UTC)  # CEST, UTC+2
    assert row.leave == datetime(2022, 10, 30, 3, 0, tzinfo=UTC)  # CET, UTC+1


def test_windows_1252_and_semicolons_as_excel_saves_them(tmp_path: Path) -> None:
    path = tmp_path / "z.csv"
    path.write_bytes(
        "Nombre (nombre original);Correo electrónico del usuario;Hora de ingreso;"
        "Hora de salida;Duración (minutos);Invitado\r\n"
        "María José Pérez;;23/05/2022 09:54;23/05/2022 10:30;36;Sí\r\n".encode("cp1252")
    )
    read = read_online_file(path, tz=TZ)
    assert read.rows[0].raw_name == "María José Pérez"
    assert read.rows[0].join == utc("09:54")


def test_fuzzed_teams_and_huge_fields_give_messages(tmp_path: Path) -> None:
    good = teams(tmp_path / "t.csv", ROWS).read_bytes()
    rng = random.Random(5)
    samples = [b"x" * 300_000, b"a,b\n" * 10 + b"\xff" * 1000, good[:-7], good[: len(good) // 2]]
    for _ in range(100):
        data = bytearray(good)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        samples.append(bytes(data))
    for sample in samples:
        path = tmp_path / "fuzz.csv"
        path.write_bytes(sample)
        for day_first in (None, False):
            with contextlib.suppress(DeskError):
                read_online_file(path, tz=TZ, day_first=day_first)
