from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk.arrival import codes
from desk.errors import DeskError, ImportFileError
from desk.events.event import Event
from desk.people.import_categories import (
    UnknownCategoryError,
    category_choice,
    has_category_column,
)
from desk.people.importing import (
    ImportReport,
    ImportRowsError,
    import_participants,
    list_headers,
)
from desk.people.participants import ParticipantInfo, all_participants
from desk.people.search import search
from desk.storage.db import Database
from desk.storage.models import Participant, ParticipantWord
from tests import forum_lists
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
    assert "Columns kept as extra fields: Marca temporal, Comentarios." in report.lines()
    for person in people_in(db).values():
        assert person.extra["Comentarios"] == "llega tarde"


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
    assert [(s.line, s.other, s.code) for s in report.similar] == [(6, "2", None)]
    assert report.similar[0].reason == "Same name; same country"
    assert "Line 6 may be the same person as line 2 (same name; same country)" in "\n".join(
        report.lines()
    )
    again = [{**people[0], "email": "tercero@yahoo.com"}]
    report = run_import(db, event, factory.write_csv(tmp_path / "b.csv", again))
    assert report.created == 1
    (similar,) = report.similar
    assert similar.other == "Hernández Núñez, José Luis" and similar.code is not None
    assert f"Line 2 may be Hernández Núñez, José Luis ({codes.format_code(similar.code)})" in (
        "\n".join(report.lines())
    )


def test_second_family_name_column(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    headers = ["Nombre", "Primer apellido", "Segundo apellido", "País", "Correo"]
    rows = [["Ana", "Pérez", "Quiñónez", "Honduras", "ana@x.hn"]]
    run_import(db, event, factory.write_csv(tmp_path / "s.csv", rows=rows, headers=headers))
    assert "Ana Pérez Quiñónez" in people_in(db)


# -- categories at import, extra fields --------------------------------------------------


def categories_of(db: Database) -> dict[str, str]:
    return {name: p.category for name, p in people_in(db).items()}


def test_a_list_without_category_column_says_so_and_changes_nothing_on_a_dry_run(
    db: Database, event: Event, tmp_path: Path
) -> None:
    path = forum_lists.write_csv(tmp_path / "lista.csv")
    report = run_import(db, event, path, dry_run=True)
    assert not report.category_column and report.created == 5
    lines = report.lines()
    assert any("no category column: everybody gets the category “Guest”" in x for x in lines)
    assert "Categories: Guest (guest): 5." in lines
    assert count(db) == 0


def test_one_category_for_the_whole_file_and_rules_first(
    db: Database, event: Event, tmp_path: Path
) -> None:
    path = forum_lists.write_csv(tmp_path / "lista.csv")
    # Accents and case ignored; organisation, e-mail domain; the first rule wins.
    choice = category_choice(
        event,
        "Organización de la diáspora",  # a label works as well as an id
        ["RELACIONES exteriores=mfa", "cancilleria=mfa", "iom.int=iom", "ime.gob=mfa"],
    )
    assert choice.default == "diaspora_org"
    preview = run_import(db, event, path, dry_run=True, choice=choice)
    assert [(c.category, c.people, c.by_rule) for c in preview.categories] == [
        ("mfa", 3, 3),
        ("diaspora_org", 1, 0),
        ("iom", 1, 1),
    ]
    assert count(db) == 0
    report = run_import(db, event, path, choice=choice)
    assert report.categories == preview.categories and not report.dry_run
    assert (
        "The list has no category column: 4 rules chosen, “Diaspora organisation” for "
        "everybody else." in report.lines()
    )
    assert categories_of(db) == {
        "Nicolás Josué Dellano Núñez": "mfa",
        "María José Hernández Peña": "mfa",
        "José Luis Ñuño Ibáñez": "mfa",
        "Ana Lucía O'Neil Cruz": "diaspora_org",
        "Pedro de la O": "iom",
    }
    # Importing the list again with another choice corrects the categories.
    again = run_import(db, event, path, choice=category_choice(event, "guest"))
    assert again.updated == 5 and set(categories_of(db).values()) == {"guest"}


def test_unknown_category_choices_are_refused_with_the_closest(event: Event) -> None:
    with pytest.raises(UnknownCategoryError, match="Unknown category “cancilleriaa”") as info:
        category_choice(event, "cancilleriaa")
    assert "Did you mean mfa" in str(info.value) and "Known categories: mfa," in str(info.value)
    with pytest.raises(UnknownCategoryError):
        category_choice(event, None, ["rree=nope"])
    with pytest.raises(DeskError, match="not TEXT=CATEGORY"):
        category_choice(event, None, ["rree"])


def test_unknown_category_values_are_reported_per_value_with_the_closest(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    rows = factory.list_rows(factory.people(6))
    for i in (0, 2, 3):
        rows[i][5] = "Delegados de Cancillería"
    rows[4][5] = "Ponentes"
    path = factory.write_csv(tmp_path / "c.csv", rows=rows)
    with pytest.raises(ImportRowsError) as info:
        run_import(db, event, path)
    message = str(info.value)
    assert "4 lines have problems" in message
    assert (
        "category “Delegados de Cancillería” is not a category of this event: 3 lines "
        "(2, 4, 5); closest: mfa (Foreign Ministry delegate)" in message
    )
    assert "category “Ponentes” is not a category of this event: 1 line (6)" in message
    assert "closest: speaker (Speaker)" in message
    assert [c.value for c in info.value.categories] == ["Delegados de Cancillería", "Ponentes"]
    assert count(db) == 0
    # A rule maps a value of the category column too.
    choice = category_choice(event, None, ["delegados de cancilleria=mfa", "ponentes=speaker"])
    assert run_import(db, event, path, choice=choice).created == 6


def test_other_columns_are_kept_searchable_and_counted_as_dietary_needs(
    db: Database, event: Event, tmp_path: Path
) -> None:
    run_import(db, event, forum_lists.write_csv(tmp_path / "lista.csv"))
    people = people_in(db)
    maria = people["María José Hernández Peña"]
    assert maria.extra == {
        "Dieta": "Sin gluten",
        "Necesidades de accesibilidad": "Silla de ruedas",
        "Idioma de interpretación": "Inglés",
    }
    assert maria.to_json()["extra"] == maria.extra
    assert people["Pedro de la O"].extra == {} and people["Pedro de la O"].to_json()["extra"] == {}
    with db.read() as session:
        assert [p.full_name for p in search(session, event, "silla rued").hits] == [maria.full_name]
        assert len(search(session, event, "vegetariana").hits) == 2
        diets = dict(session.execute(select(Participant.given_name, Participant.dietary)).all())
    assert diets == {
        "Nicolás Josué": "Vegetariana",
        "María José": "Sin gluten",
        "José Luis": "",  # "Ninguna"
        "Ana Lucía": "vegetariana",
        "Pedro": "",
    }
    # A later list adds and corrects fields, and keeps the others; search follows.
    path = tmp_path / "dietas.csv"
    path.write_text(
        "Nombre;Apellidos;País;Correo;Dieta;Talla de camiseta\n"
        "María José;Hernández Peña;Guatemala;mjhernandez@minex.gob.gt;Vegana;M\n",
        encoding="utf-8",
    )
    report = run_import(db, event, path)
    assert report.updated == 1
    assert people_in(db)["María José Hernández Peña"].extra == {
        "Dieta": "Vegana",
        "Necesidades de accesibilidad": "Silla de ruedas",
        "Idioma de interpretación": "Inglés",
        "Talla de camiseta": "M",
    }
    with db.read() as session:
        assert search(session, event, "sin gluten").hits == ()
        assert [p.given_name for p in search(session, event, "vegana").hits] == ["María José"]


def test_an_english_workbook_keeps_its_dietary_column(
    db: Database, event: Event, tmp_path: Path
) -> None:
    report = run_import(db, event, forum_lists.write_xlsx(tmp_path / "list.xlsx"))
    assert report.created == 3 and report.unused_columns == ("Dietary needs",)
    assert people_in(db)["Grace O'Connor"].extra == {"Dietary needs": "Vegan"}
    assert list_headers(tmp_path / "list.xlsx") == forum_lists.HEADERS_EN
    assert not has_category_column(forum_lists.HEADERS_EN)


def test_organisations_that_name_a_category_are_suggested_as_rules(
    db: Database, event: Event, tmp_path: Path
) -> None:
    path = forum_lists.write_csv(tmp_path / "lista.csv")
    report = run_import(db, event, path, dry_run=True)
    assert [(r.argument, r.rows) for r in report.suggested] == [
        ("cancilleria=mfa", 1),
        ("instituto de los mexicanos en el exterior=diaspora_agency", 1),
        ("ministerio de relaciones exteriores=mfa", 1),
        ("oim=iom", 1),
    ]
    assert any(x.startswith("Organisations that name a category") for x in report.lines())
    # Rows a rule or another category already placed are not suggested again.
    choice = category_choice(event, "diaspora_org", ["cancilleria=mfa"])
    assert run_import(db, event, path, dry_run=True, choice=choice).suggested == ()
    choice = category_choice(event, "guest", ["cancilleria=mfa", "oim=iom"])
    again = run_import(db, event, path, dry_run=True, choice=choice)
    assert [r.category for r in again.suggested] == ["diaspora_agency", "mfa"]


def _person(event: Event, given: str, family: str, country: str, email: str) -> dict[str, str]:
    return {
        "given_name": given,
        "family_name": family,
        "country": country,
        "category": event.default_category,
        "email": email,
    }


def test_near_duplicates_are_listed_once_with_the_matchers_reason(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    base = [
        _person(event, "Nicolás Josué", "Dellano Núñez", "SV", "nd@rree.gob.sv"),
        _person(event, "Rosa Elena", "Portal Cañas", "GT", "rp@iom.int"),
    ]
    run_import(db, event, factory.write_csv(tmp_path / "base.csv", base))
    rows = [
        _person(event, "Nicolas", "Dellano Nunez", "SV", "nico@gmail.com"),  # line 2
        _person(event, "Portal", "Rosa Elena", "GT", "rosa@gmail.com"),  # 3: order, no Cañas
        _person(event, "Marta", "Quiñónez Paz", "SV", "mq@rree.gob.sv"),  # 4
        _person(event, "Marta", "Quiñones Paz", "SV", "marta@yahoo.com"),  # 5: a typo of 4
        _person(event, "Juan", "Pérez", "HN", "j1@x.org"),  # 6
        _person(event, "Juan", "Perez", "HN", "j2@x.org"),  # 7: namesakes of 6 …
        _person(event, "JUAN", "PÉREZ", "HN", "j3@x.org"),  # 8: … reported against 6 only
        _person(event, "Pedro", "Dellano Núñez", "SV", "pd@x.org"),  # 9: her brother
    ]
    report = run_import(db, event, factory.write_csv(tmp_path / "list.csv", rows))
    assert report.created == 8
    found = {s.line: (s.other, s.code is not None, s.reason) for s in report.similar}
    assert found == {
        2: ("Dellano Núñez, Nicolás Josué", True, "Without the given name «Josué»; same country"),
        3: (
            "Portal Cañas, Rosa Elena",
            True,
            "Same names in another order; without the family name «Cañas»; same country",
        ),
        5: ("4", False, "One letter differs: «Quiñones» / «Quiñónez»; same country"),
        7: ("6", False, "Same name but for accents or capitals; same country"),
        8: ("6", False, "Same name; same country"),
    }
    text = "\n".join(report.lines())
    assert "Line 3 may be Portal Cañas, Rosa Elena (" in text
    assert "already registered (same names in another order; without the family" in text
    assert "Line 8 may be the same person as line 6 (same name; same country)" in text


def test_many_similar_lines_are_counted_after_the_first_20(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    rows = [_person(event, "Juan", "Pérez", "HN", f"juan{i}@x.org") for i in range(26)]
    path = factory.write_csv(tmp_path / "juanes.csv", rows)
    report = run_import(db, event, path, dry_run=True)
    assert len(report.similar) == 25
    assert all(s.other == "2" for s in report.similar)  # the first Juan Pérez, line 2
    lines = [x for x in report.lines() if "Line " in x or "more" in x]
    assert len(lines) == 21
    assert lines[-1] == (
        "… and 5 more: after the import, see the full list with `desk duplicates`."
    )
    report = run_import(db, event, path)
    assert report.lines()[-2].endswith("… and 5 more: see the full list with `desk duplicates`.")
    assert report.lines(more_similar="see File › Possible duplicates")[-2].endswith(
        "… and 5 more: see File › Possible duplicates."
    )


@pytest.mark.parametrize(("lang", "suffix"), [("es", "csv"), ("en", "xlsx")])
def test_an_export_read_back_is_the_list_again(
    db: Database, event: Event, factory: Factory, tmp_path: Path, lang: str, suffix: str
) -> None:
    """Desk's own export, in either language, imports into another desk as the same people:
    codes, countries and categories from their code columns, phones without the export's
    formula guard, and nothing Desk worked out itself (check-ins, badges…) kept as extra."""
    from desk.i18n import set_language
    from desk.people.export import export_participants
    from desk.storage.db import open_database

    run_import(db, event, factory.write_csv(tmp_path / "l.csv", factory.people(8)))
    before = people_in(db)
    set_language(lang)
    try:
        out = export_participants(tmp_path / f"p.{suffix}", event, list(before.values()), {})
        other = open_database(str(tmp_path / "other.sqlite3"), desk_name="Puesto 2")
        with other:
            other.bind_event(event.id)
            report = run_import(other, event, out)
            after = people_in(other)
    finally:
        set_language("en")
    assert report.created == 8 and report.unused_columns == ()
    for name, person in before.items():
        again = after[name]
        assert (again.code, again.country, again.category) == (
            person.code,
            person.country,
            person.category,
        )
        assert again.phone == person.phone and again.phone.startswith("+") and again.extra == {}
