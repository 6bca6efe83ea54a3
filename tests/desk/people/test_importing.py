from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk.arrival import codes
from desk.errors import ImportFileError
from desk.events.event import Event
from desk.people.importing import ImportReport, ImportRowsError, import_participants
from desk.people.participants import ParticipantInfo, all_participants
from desk.storage.db import Database
from desk.storage.models import Participant, ParticipantWord
from tests.factory import HEADERS_EN, HEADERS_ES, JSON_FIELDS, Factory


def run_import(db: Database, event: Event, path: Path, **kw) -> ImportReport:  # type: ignore[no-untyped-def]
    with db.write() as session:
        return import_participants(session, event, path, desk_id=db.desk_id, **kw)


def people_in(db: Database) -> dict[str, ParticipantInfo]:
    with db.read() as session:
        return {p.full_name: p for p in all_participants(session)}


def count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Participant)) or 0


@pytest.mark.parametrize(
    ("encoding", "delimiter", "newline"),
    [
        ("utf-8-sig", ",", "\r\n"),
        ("utf-8", ";", "\n"),
        ("utf-16", "\t", "\r\n"),
        ("utf-16-le", "\t", "\r\n"),
        ("cp1252", ";", "\r\n"),
        ("cp1252", ",", "\r"),
    ],
)
def test_every_encoding_and_delimiter_keeps_accents(
    db: Database,
    event: Event,
    factory: Factory,
    tmp_path: Path,
    encoding: str,
    delimiter: str,
    newline: str,
) -> None:
    people = factory.people(12)
    path = factory.write_csv(
        tmp_path / "lista.csv", people, encoding=encoding, delimiter=delimiter, newline=newline
    )
    report = run_import(db, event, path)
    assert report.created == 12
    stored = people_in(db)
    assert "José Luis Hernández Núñez" in stored
    assert "María de los Ángeles Peña de la O" in stored
    assert "Ñuño Ibáñez" in stored
    assert stored["Ñuño Ibáñez"].country == "GT"
    assert stored["José Luis Hernández Núñez"].category == "mfa"


def test_cp1252_semicolon_spanish_headers(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    """The acceptance case: a Latin-American Excel 'CSV' export."""
    path = factory.write_csv(
        tmp_path / "inscritos.csv", factory.people(30), encoding="cp1252", delimiter=";"
    )
    assert b"\xd1" in path.read_bytes()  # Ñ in cp1252
    run_import(db, event, path)
    assert people_in(db)["Ñuño Ibáñez"].organisation == "Red de Guatemaltecos en el Exterior"


def test_english_headers_in_another_order_and_xlsx(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    people = factory.people(8)
    order = [6, 1, 0, 2, 5, 3, 4, 8, 7]
    headers = [HEADERS_EN[i].upper() for i in order]
    rows = [[row[i] for i in order] for row in factory.list_rows(people, "en")]
    csv_path = factory.write_csv(tmp_path / "en.csv", rows=rows, headers=headers)
    assert run_import(db, event, csv_path).created == 8
    xlsx = factory.write_xlsx(tmp_path / "en.xlsx", factory.people(8))
    report = run_import(db, event, xlsx)
    assert (report.created, report.unchanged) == (0, 8)  # the same people: matched, not doubled
    assert count(db) == 8


def test_reimport_updates_and_never_duplicates(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    people = factory.people(20)
    path = factory.write_csv(tmp_path / "l.csv", people)
    run_import(db, event, path)
    codes_before = {p.full_name: p.code for p in people_in(db).values()}
    people[2] = {**people[2], "organisation": "Consulado de Guatemala en Los Ángeles"}
    people[3] = {**people[3], "email": people[3]["email"].upper()}  # e-mail matches ignoring case
    again = run_import(db, event, factory.write_csv(tmp_path / "l2.csv", people))
    assert (again.created, again.updated) == (0, 2)
    assert count(db) == 20
    after = people_in(db)
    assert after["Ñuño Ibáñez"].organisation == "Consulado de Guatemala en Los Ángeles"
    assert {p.full_name: p.code for p in after.values()} == codes_before
    with db.read() as session:  # the search index follows the edit
        words = set(
            session.scalars(
                select(ParticipantWord.word).where(
                    ParticipantWord.participant_id == after["Ñuño Ibáñez"].id
                )
            )
        )
    assert "consulado" in words and "guatemaltecos" not in words


def test_match_by_name_and_country_without_email(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    people = [{**p, "email": ""} for p in factory.people(5)]
    run_import(db, event, factory.write_csv(tmp_path / "a.csv", people))
    people[0] = {**people[0], "given_name": "JOSE LUIS", "family_name": "Hernandez Nunez"}
    report = run_import(db, event, factory.write_csv(tmp_path / "b.csv", people))
    assert report.created == 0
    assert count(db) == 5


def test_same_person_twice_in_one_file_is_one_participant(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    people = factory.people(6)
    people.append({**people[1], "phone": "+52 55 1234 5678"})
    report = run_import(db, event, factory.write_csv(tmp_path / "dup.csv", people))
    assert report.created == 6
    assert [(r.line, r.first_line) for r in report.repeated] == [(8, 3)]
    assert any("Line 8 repeats line 3" in line for line in report.lines())
    assert people_in(db)["María de los Ángeles Peña de la O"].phone == "+52 55 1234 5678"


def test_invalid_rows_import_nothing_and_every_bad_line_is_listed(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    rows = factory.list_rows(factory.people(10))
    rows[2][2] = "Atlántida"  # line 4
    rows[5][6] = "no-es-un-correo"  # line 7
    rows[7][0] = rows[7][1] = ""  # line 9
    rows[8][8] = "Tal vez"  # line 10
    path = factory.write_csv(tmp_path / "bad.csv", rows=rows)
    with pytest.raises(ImportRowsError) as info:
        run_import(db, event, path)
    assert [p.line for p in info.value.problems] == [4, 7, 9, 10]
    message = str(info.value)
    assert "nothing was imported" in message
    assert "line 4: unknown country “Atlántida”" in message
    assert "line 7: “no-es-un-correo” is not an e-mail address" in message
    assert "line 9: no name" in message
    assert "line 10" in message and "Tal vez" in message
    assert count(db) == 0


def test_unused_columns_are_reported(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    headers = ["Marca temporal", *HEADERS_ES, "Comentarios"]
    rows = [["2022-05-01 10:00", *r, "llega tarde"] for r in factory.list_rows(factory.people(3))]
    report = run_import(
        db, event, factory.write_csv(tmp_path / "f.csv", rows=rows, headers=headers)
    )
    assert report.unused_columns == ("Marca temporal", "Comentarios")
    assert "Columns not used: Marca temporal, Comentarios." in report.lines()


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("EE. UU.", "US"),
        ("USA", "US"),
        ("RD", "DO"),
        ("Estados Unidos", "US"),
        ("República Dominicana", "DO"),
        ("méxico", "MX"),
        ("Jamaica", "JM"),
        ("Chile", "CL"),
    ],
)
def test_country_names_and_abbreviations(
    db: Database, event: Event, factory: Factory, tmp_path: Path, text: str, iso: str
) -> None:
    rows = factory.list_rows(factory.people(1))
    rows[0][2] = text
    run_import(db, event, factory.write_csv(tmp_path / "c.csv", rows=rows))
    assert next(iter(people_in(db).values())).country == iso


def test_code_column(db: Database, event: Event, factory: Factory, tmp_path: Path) -> None:
    own = codes.generate_code()
    rows = factory.list_rows(factory.people(3))
    rows[0].append(codes.format_code(own))
    rows[1].append("INV-2022-0042")
    rows[2].append("")
    headers = [*HEADERS_ES, "Código"]
    run_import(db, event, factory.write_csv(tmp_path / "codes.csv", rows=rows, headers=headers))
    stored = people_in(db)
    assert stored["José Luis Hernández Núñez"].code == own
    assert stored["María de los Ángeles Peña de la O"].invitation_code == "INV20220042"
    assert codes.is_valid(stored["Ñuño Ibáñez"].code)
    # Re-import matches on the code even when the name was corrected.
    rows[0][1] = "Hernández Nuñez"
    report = run_import(
        db, event, factory.write_csv(tmp_path / "c2.csv", rows=rows, headers=headers)
    )
    assert report.created == 0 and report.updated == 1


def test_code_with_wrong_check_character_is_refused(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    code = codes.generate_code()
    bad = code[:-1] + ("2" if code[-1] != "2" else "3")
    rows = factory.list_rows(factory.people(1))
    rows[0].append(bad)
    path = factory.write_csv(tmp_path / "b.csv", rows=rows, headers=[*HEADERS_ES, "Código"])
    with pytest.raises(ImportRowsError, match="wrong check character"):
        run_import(db, event, path)
    assert count(db) == 0


def test_dry_run_changes_nothing(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    path = factory.write_csv(tmp_path / "l.csv", factory.people(5))
    with db.write() as session:
        report = import_participants(session, event, path, desk_id=db.desk_id, dry_run=True)
        session.rollback()
    assert report.created == 5 and report.dry_run
    assert count(db) == 0


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF"),
        ("foto.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "image"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), ".xls"),
        ("empty.csv", b"", "empty"),
    ],
)
def test_not_a_spreadsheet_gets_one_clear_line(
    db: Database, event: Event, tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as info:
        run_import(db, event, path)
    message = str(info.value)
    assert "\n" not in message and name in message and words in message
    assert count(db) == 0


def test_report_in_spanish(db: Database, event: Event, factory: Factory, tmp_path: Path) -> None:
    from desk import i18n

    report = run_import(db, event, factory.write_csv(tmp_path / "l.csv", factory.people(2)))
    i18n.set_language("es")
    assert "2 nuevos" in report.lines()[0]


def test_participants_json_fields(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    run_import(db, event, factory.write_csv(tmp_path / "l.csv", factory.people(2)))
    with db.read() as session:
        data = all_participants(session)[0].to_json()
    for key in JSON_FIELDS:
        assert key in data


def test_same_name_other_email_is_kept_apart_and_listed(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    people = factory.people(4)
    people.append({**people[0], "email": "otro.jose@gmail.com"})  # line 6, namesake of line 2
    report = run_import(db, event, factory.write_csv(tmp_path / "a.csv", people))
    assert report.created == 5 and report.repeated == ()
    assert any("Line 6 has the name and country of line 2" in x for x in report.lines())
    again = [{**people[0], "email": "tercero@yahoo.com"}]
    report = run_import(db, event, factory.write_csv(tmp_path / "b.csv", again))
    assert report.created == 1
    assert any("Hernández Núñez, José Luis" in x for x in report.lines())


def test_second_family_name_column(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    headers = ["Nombre", "Primer apellido", "Segundo apellido", "País", "Correo"]
    rows = [["Ana", "Pérez", "Quiñónez", "Honduras", "ana@x.hn"]]
    run_import(db, event, factory.write_csv(tmp_path / "s.csv", rows=rows, headers=headers))
    assert "Ana Pérez Quiñónez" in people_in(db)
