from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desk.cli import main
from tests.factory import JSON_FIELDS, Factory


@pytest.fixture
def dbfile(tmp_path: Path) -> str:
    return str(tmp_path / "cli.sqlite3")


def desk(*args: str) -> subprocess.CompletedProcess[str]:
    """The real `desk` command in a child process."""
    return subprocess.run(
        [sys.executable, "-m", "desk.cli", *args], capture_output=True, text=True, timeout=120
    )


def test_help_lists_every_subcommand() -> None:
    out = desk("--lang", "en", "--help")
    assert out.returncode == 0
    for command in ("import", "demo", "participants", "export", "check"):
        assert command in out.stdout


def test_demo_then_participants_json(dbfile: str) -> None:
    assert desk("--db", dbfile, "demo", "--count", "300", "--seed", "3").returncode == 0
    out = desk("--db", dbfile, "participants", "--json")
    assert out.returncode == 0
    people = json.loads(out.stdout)
    assert len(people) == 300
    first = people[0]
    for key in JSON_FIELDS:
        assert key in first
    assert any("ñ" in p["given_name"] + p["family_name"] or "á" in p["family_name"] for p in people)
    categories = {p["category"] for p in people}
    assert {"mfa", "diaspora_org", "iom"} <= categories


def test_search_from_the_command_line(dbfile: str, factory: Factory, tmp_path: Path) -> None:
    path = factory.write_csv(
        tmp_path / "l.csv", factory.people(10), encoding="cp1252", delimiter=";"
    )
    assert main(["--db", dbfile, "import", str(path)]) == 0
    out = desk("--db", dbfile, "participants", "nunez", "--json")
    assert [p["family_name"] for p in json.loads(out.stdout)] == ["Hernández Núñez"]


def test_import_dry_run_and_report(dbfile: str, factory: Factory, tmp_path: Path) -> None:
    path = factory.write_csv(tmp_path / "l.csv", factory.people(10))
    out = desk("--db", dbfile, "--lang", "en", "import", str(path), "--dry-run")
    assert out.returncode == 0, out.stderr
    assert "10 new" in out.stdout and "Dry run" in out.stdout
    assert json.loads(desk("--db", dbfile, "participants", "--json").stdout) == []
    out = desk("--db", dbfile, "--lang", "es", "import", str(path))
    assert "10 nuevos" in out.stdout


def test_operator_errors_exit_1_with_one_line_no_traceback(dbfile: str, tmp_path: Path) -> None:
    pdf = tmp_path / "agenda.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + bytes(100))
    for args in (
        ("import", str(pdf)),
        ("import", str(tmp_path / "missing.csv")),
        ("export", "participants", "--out", str(tmp_path / "x.txt")),
    ):
        out = desk("--db", dbfile, "--lang", "en", *args)
        assert out.returncode == 1
        assert "Traceback" not in out.stderr
        assert len(out.stderr.strip().splitlines()) == 1


def test_wrong_usage_exits_2() -> None:
    assert desk("frobnicate").returncode == 2
    assert desk("demo").returncode == 2


def test_export_participants_csv_and_xlsx(dbfile: str, factory: Factory, tmp_path: Path) -> None:
    people = factory.people(5)
    people[4] = {**people[4], "organisation": '=HYPERLINK("http://x","y")'}
    main(["--db", dbfile, "import", str(factory.write_csv(tmp_path / "l.csv", people))])
    csv_out = tmp_path / "out.csv"
    assert main(["--db", dbfile, "export", "participants", "--out", str(csv_out)]) == 0
    raw = csv_out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel shows accents
    text = raw.decode("utf-8-sig")
    assert "Hernández Núñez" in text and "Checked in at (UTC)" in text and "Check-in desk" in text
    assert "'=HYPERLINK" in text
    xlsx_out = tmp_path / "out.xlsx"
    assert main(["--db", dbfile, "export", "participants", "--out", str(xlsx_out)]) == 0
    ws = load_workbook(xlsx_out).active
    values = [c.value for row in ws.iter_rows() for c in row]
    assert "Ñuño" in values
    assert not any(isinstance(v, str) and v.startswith("=") for v in values)
    # Exporting again keeps the previous file as a backup.
    main(["--db", dbfile, "export", "participants", "--out", str(xlsx_out)])
    assert (tmp_path / "out.xlsx.bak").exists()


def test_check(dbfile: str) -> None:
    desk("--db", dbfile, "demo", "--count", "5")
    out = desk("--db", dbfile, "--lang", "en", "check")
    assert out.returncode == 0
    assert "Integrity check: ok." in out.stdout


def test_desk_db_environment_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "env.sqlite3"
    monkeypatch.setenv("DESK_DB", str(target))
    assert main(["demo", "--count", "2"]) == 0
    assert target.exists()


def test_checkin_command_exit_codes_and_words(dbfile: str) -> None:
    desk("--db", dbfile, "demo", "--count", "20", "--seed", "5")
    people = json.loads(desk("--db", dbfile, "participants", "--json").stdout)
    person = next(p for p in people if p["mode"] == "in_person")
    out = desk("--db", dbfile, "--lang", "en", "--operator", "Ana", "checkin", person["code"])
    assert out.returncode == 0 and out.stdout.startswith("CHECKED IN at ")
    assert person["family_name"] in out.stdout
    out = desk("--db", dbfile, "--lang", "en", "checkin", person["code"].lower())
    assert out.returncode == 0 and "ALREADY CHECKED IN" in out.stdout and "by Ana" in out.stdout
    out = desk("--db", dbfile, "--lang", "es", "checkin", "7KQ2-M9XC-4RTB-HN5E")
    assert out.returncode == 1 and "CÓDIGO NO VÁLIDO" in out.stdout
    after = {p["id"]: p for p in json.loads(desk("--db", dbfile, "participants", "--json").stdout)}
    assert after[person["id"]]["checked_in_at"] and after[person["id"]]["checkin_desk"]


def test_the_core_alone_has_no_window() -> None:
    out = desk("--lang", "en")
    assert out.returncode == 1 and "no window" in out.stderr


def test_badges_command(dbfile: str, tmp_path: Path) -> None:
    desk("--db", dbfile, "demo", "--count", "20", "--seed", "9")
    people = json.loads(desk("--db", dbfile, "participants", "--json").stdout)
    out = tmp_path / "all.pdf"
    done = desk(
        "--db", dbfile, "--lang", "en", "badges", "--out", str(out), "--all", "--format", "a4-8"
    )
    assert done.returncode == 0, done.stderr
    assert "20 badges, 3 pages" in done.stdout and out.read_bytes().startswith(b"%PDF")
    one = tmp_path / "one.pdf"
    code = people[0]["code"]
    done = desk(
        "--db",
        dbfile,
        "badges",
        "--out",
        str(one),
        "--code",
        code.lower(),
        "--format",
        "cr80",
        "--record-print",
    )
    assert done.returncode == 0, done.stderr
    after = {
        p["code"]: p for p in json.loads(desk("--db", dbfile, "participants", "--json").stdout)
    }
    assert after[code]["badges_printed"] == 1
    bad = desk(
        "--db", dbfile, "--lang", "en", "badges", "--out", str(one), "--all", "--format", "letter"
    )
    assert bad.returncode == 1 and "Unknown badge format letter" in bad.stderr
    assert desk("--db", dbfile, "badges", "--out", str(one)).returncode == 2  # who is missing


def test_attend_and_attendance(dbfile: str) -> None:
    assert desk("--db", dbfile, "demo", "--count", "20", "--seed", "5").returncode == 0
    people = json.loads(desk("--db", dbfile, "participants", "--json").stdout)
    a, b = people[0]["code"], people[1]["code"]
    # Today is not the forum's day: the item is "over" and the CLI asks for --confirm.
    asked = desk("--db", dbfile, "--lang", "en", "attend", "d1-lunch", a)
    assert asked.returncode == 1 and "--confirm" in asked.stdout
    for code in (a, b, a):
        out = desk("--db", dbfile, "--lang", "en", "attend", "d1-lunch", code, "--confirm")
        assert out.returncode == 0, out.stdout + out.stderr
    assert "ALREADY INSIDE" in out.stdout
    out = desk("--db", dbfile, "--lang", "en", "attend", "d1-lunch", b, "--exit", "--confirm")
    assert out.returncode == 0 and "EXIT RECORDED" in out.stdout
    unknown = desk("--db", dbfile, "--lang", "en", "attend", "d1-lunch", "NOBODY", "--confirm")
    assert unknown.returncode == 1 and "UNKNOWN CODE" in unknown.stdout
    wrong = desk("--db", dbfile, "--lang", "en", "attend", "d9-party", a)
    assert wrong.returncode == 1 and "d1-lunch" in wrong.stderr and "Traceback" not in wrong.stderr

    out = desk("--db", dbfile, "attendance", "--json")
    items = {i["item"]: i for i in json.loads(out.stdout)}
    assert len(items) == 15
    lunch = items["d1-lunch"]
    assert (lunch["count"], lunch["inside"], lunch["title_es"]) == (2, 1, "Almuerzo")
    assert lunch["title_en"] == "Lunch" and lunch["catering"] is True
    one = json.loads(desk("--db", dbfile, "attendance", "--item", "d1-lunch", "--json").stdout)
    assert [i["item"] for i in one] == ["d1-lunch"]
    text = desk("--db", dbfile, "--lang", "es", "attendance").stdout
    assert "Almuerzo" in text and "(1 adentro)" in text


def test_two_desks_sync_report_and_backup_from_the_command_line(tmp_path: Path) -> None:
    one, two = str(tmp_path / "one.sqlite3"), str(tmp_path / "two.sqlite3")
    assert desk("--db", one, "--desk-name", "Mesa 1", "demo", "--count", "25").returncode == 0
    people = json.loads(desk("--db", one, "participants", "--json").stdout)
    code = next(
        p["code"] for p in people if p["mode"] == "in_person" and p["status"] == "registered"
    )
    assert desk("--db", one, "checkin", code).returncode == 0
    out = desk("--db", one, "--lang", "en", "sync", "export", "--out", str(tmp_path / "one.desk"))
    assert out.returncode == 0 and "25 participants" in out.stdout, out.stderr
    merged = desk(
        "--db",
        two,
        "--desk-name",
        "Mesa 2",
        "--lang",
        "en",
        "sync",
        "import",
        str(tmp_path / "one.desk"),
    )
    assert merged.returncode == 0 and "25 new participants" in merged.stdout, merged.stderr
    again = json.loads(desk("--db", two, "participants", "--json").stdout)
    assert {p["code"] for p in again} == {p["code"] for p in people}  # the same badges
    assert next(p for p in again if p["code"] == code)["checked_in_at"]

    damaged = tmp_path / "cut.desk"
    damaged.write_bytes((tmp_path / "one.desk").read_bytes()[:-40])
    refused = desk("--db", two, "--lang", "en", "sync", "import", str(damaged))
    assert refused.returncode == 1 and "cut.desk" in refused.stderr
    assert "Traceback" not in refused.stderr

    report = tmp_path / "report.xlsx"
    out = desk(
        "--db", two, "--lang", "en", "export", "attendance", "--out", str(report), "--no-contact"
    )
    assert out.returncode == 0 and report.exists(), out.stderr
    wrong = desk("--db", two, "export", "attendance", "--out", str(tmp_path / "r.doc"))
    assert wrong.returncode == 1

    made = desk("--db", two, "--lang", "en", "backup")
    assert made.returncode == 0 and "Backup written" in made.stdout
    listed = desk("--db", two, "--lang", "en", "backups")
    assert "made by hand" in listed.stdout or "manual" in listed.stdout
    backup = made.stdout.split("Backup written: ", 1)[1].splitlines()[0].strip()
    restored = desk("--db", two, "--lang", "en", "restore", backup)
    assert restored.returncode == 0, restored.stderr
    assert any(f.name.startswith("two.sqlite3.replaced-") for f in tmp_path.iterdir())


def test_a_supervisor_pin_guards_exports_with_contact_data(dbfile: str, tmp_path: Path) -> None:
    from desk.staff import operators as ops
    from desk.storage.db import Database

    assert desk("--db", dbfile, "demo", "--count", "5").returncode == 0
    with Database(dbfile) as db, db.write() as session:
        ops.set_operator(session, "Rosa Supervisora", "4321", ops.ROLE_SUPERVISOR)
    out = tmp_path / "people.csv"
    refused = desk("--db", dbfile, "--lang", "en", "export", "participants", "--out", str(out))
    assert refused.returncode == 1 and "supervisor" in refused.stderr and not out.exists()
    wrong = desk(
        "--db", dbfile, "--supervisor-pin", "1111", "export", "participants", "--out", str(out)
    )
    assert wrong.returncode == 1 and not out.exists()
    allowed = desk(
        "--db",
        dbfile,
        "--supervisor-pin",
        "4321",
        "--operator",
        "Ana",
        "export",
        "participants",
        "--out",
        str(out),
    )
    assert allowed.returncode == 0 and out.exists(), allowed.stderr
    # Without contact data the report needs no PIN.
    report = tmp_path / "r.csv"
    assert (
        desk(
            "--db", dbfile, "export", "attendance", "--out", str(report), "--no-contact"
        ).returncode
        == 0
    )
    with Database(dbfile) as db, db.read() as session:
        actions = [(r.action, r.operator) for r in ops.audit_entries(session)]
    assert ("export", "Ana") in actions and ("approval", "Rosa Supervisora") in actions


def test_badges_record_print_follows_the_reprint_rules(dbfile: str, tmp_path: Path) -> None:
    from desk.staff import operators as ops
    from desk.storage.db import Database

    assert desk("--db", dbfile, "demo", "--count", "10", "--seed", "4").returncode == 0
    listed = json.loads(desk("--db", dbfile, "participants", "--json").stdout)
    a, b, c = (p["code"] for p in listed[:3])

    def printed() -> dict[str, int]:
        people = json.loads(desk("--db", dbfile, "participants", "--json").stdout)
        return {p["code"]: p["badges_printed"] for p in people if p["code"] in (a, b, c)}

    def badges(out: str, *args: str, pin: str = "") -> subprocess.CompletedProcess[str]:
        extra = ("--supervisor-pin", pin) if pin else ()
        path = str(tmp_path / out)
        return desk("--db", dbfile, "--lang", "en", *extra, "--operator", "Ana", "badges",
                    "--out", path, *args)  # fmt: skip

    first = badges("first.pdf", "--code", a, b, "--record-print")
    assert first.returncode == 0, first.stderr
    assert printed() == {a: 1, b: 1, c: 0}

    # a already has a badge: without a reason nothing is written, not even c's first print.
    refused = badges("again.pdf", "--code", a, c, "--record-print")
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "Already has a badge: 1 of 2." in refused.stderr
    assert "--reprint-reason" in refused.stderr and refused.stdout == ""
    assert not (tmp_path / "again.pdf").exists() and printed() == {a: 1, b: 1, c: 0}
    # Without --record-print nothing is recorded, and nothing is asked.
    assert badges("look.pdf", "--code", a, c).returncode == 0
    assert printed() == {a: 1, b: 1, c: 0}

    again = badges("again.pdf", "--code", a, c, "--record-print", "--reprint-reason", "lost")
    assert again.returncode == 0, again.stderr
    assert "2 badges, 2 pages" in again.stdout and (tmp_path / "again.pdf").exists()
    assert printed() == {a: 2, b: 1, c: 1}
    assert badges("x.pdf", "--all", "--reprint-reason", "bored").returncode == 2

    # With a supervisor on this desk, a reprint also needs the supervisor's PIN; the
    # approval is logged with the records.
    with Database(dbfile) as db, db.write() as session:
        ops.set_operator(session, "Rosa Supervisora", "4321", ops.ROLE_SUPERVISOR)
    guarded = ("--code", b, "--record-print", "--reprint-reason", "damaged")
    for pin in ("", "1111"):
        denied = badges("guarded.pdf", *guarded, pin=pin)
        assert denied.returncode == 1 and "supervisor" in denied.stderr
        assert not (tmp_path / "guarded.pdf").exists() and printed()[b] == 1
    allowed = badges("guarded.pdf", *guarded, pin="4321")
    assert allowed.returncode == 0, allowed.stderr
    assert printed()[b] == 2
    with Database(dbfile) as db, db.read() as session:
        entries = ops.audit_entries(session)
    approval = next(e for e in entries if e.action == ops.APPROVAL)
    assert approval.operator == "Rosa Supervisora" and "(Ana)" in approval.detail
    assert [e.action for e in entries][:2] == ["print", ops.APPROVAL]


def test_duplicates_lists_likely_pairs_with_the_reason(
    dbfile: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from desk.arrival.checkin import register_walk_in
    from desk.events.event import default_event
    from desk.storage.db import Database

    event = default_event()
    db = Database(Path(dbfile))
    db.bind_event(event.id)
    with db.write() as session:
        for given, family, phone in (
            ("Nicolás Josué", "Dellano Núñez", ""),
            ("Nicolas", "Dellano Nunez", ""),  # a walk-in registered as new
            ("Rosa", "Portal", "+503 7000 1234"),
            ("Elena", "Batres", "7000-1234"),  # Rosa's phone
            ("Ana", "López García", ""),
            ("Pedro", "López García", ""),  # her brother: not listed
        ):
            register_walk_in(
                session,
                event,
                {"given_name": given, "family_name": family, "phone": phone, "category": "mfa"},
                desk_id=db.desk_id,
                operator="Ana",
                check_in_now=False,
            )
    db.close()
    out = desk("--db", dbfile, "--lang", "en", "duplicates", "--json")
    assert out.returncode == 0, out.stderr
    pairs = json.loads(out.stdout)
    assert [(p["a"]["given_name"], p["b"]["given_name"], p["reason"]) for p in pairs] == [
        ("Nicolás Josué", "Nicolas", "missing_given"),
        ("Rosa", "Elena", "phone"),
    ]
    first = pairs[0]
    assert first["reason_text"] == "Without the given name «Josué»"
    assert first["score"] > pairs[1]["score"]
    for key in JSON_FIELDS:
        assert key in first["a"] and key in first["b"]
    assert main(["--db", dbfile, "--lang", "en", "duplicates"]) == 0
    text = capsys.readouterr().out
    assert "Without the given name «Josué»" in text and "Same phone" in text
    assert "Dellano Núñez, Nicolás Josué" in text
    assert text.rstrip().endswith("2 likely duplicate pairs.")


def test_import_a_list_without_categories_with_a_choice_and_extra_fields(
    dbfile: str, tmp_path: Path
) -> None:
    from tests import forum_lists

    lista = str(forum_lists.write_csv(tmp_path / "lista.csv"))
    out = desk("--db", dbfile, "--lang", "en", "import", lista, "--dry-run")
    assert out.returncode == 0, out.stderr
    assert "no category column: everybody gets the category “Guest”" in out.stdout
    assert "--category ID" in out.stdout and "--category-rule TEXT=ID" in out.stdout
    assert "Columns kept as extra fields: Dieta, Necesidades de accesibilidad" in out.stdout
    # An unknown category: one line, exit 1, nothing read or changed (not even a backup).
    bad = desk("--db", dbfile, "--lang", "en", "import", lista, "--category", "delegates")
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert "Unknown category “delegates”" in bad.stderr and len(bad.stderr.splitlines()) == 1
    assert json.loads(desk("--db", dbfile, "participants", "--json").stdout) == []
    rules = ("--category-rule", "relaciones exteriores=mfa", "--category-rule", "minex.gob=mfa")
    preview = desk("--db", dbfile, "--lang", "es", "import", lista, *rules, "--dry-run",
                   "--category", "diaspora_org")  # fmt: skip
    assert preview.returncode == 0, preview.stderr
    assert "(mfa): 2" in preview.stdout and "(diaspora_org): 3" in preview.stdout
    assert json.loads(desk("--db", dbfile, "participants", "--json").stdout) == []
    done = desk("--db", dbfile, "import", lista, *rules, "--category", "diaspora_org")
    assert done.returncode == 0, done.stderr
    people = {p["given_name"]: p for p in json.loads(desk("--db", dbfile, "participants",
                                                          "--json").stdout)}  # fmt: skip
    assert people["Nicolás Josué"]["category"] == people["María José"]["category"] == "mfa"
    assert people["Pedro"]["category"] == "diaspora_org" and people["Pedro"]["extra"] == {}
    assert people["María José"]["extra"] == {
        "Dieta": "Sin gluten",
        "Necesidades de accesibilidad": "Silla de ruedas",
        "Idioma de interpretación": "Inglés",
    }
    found = json.loads(desk("--db", dbfile, "participants", "silla", "--json").stdout)
    assert [p["given_name"] for p in found] == ["María José"]
    # The export: one column per extra field, after the known ones, in the list's order.
    out_csv = tmp_path / "p.csv"
    assert desk("--db", dbfile, "export", "participants", "--out", str(out_csv)).returncode == 0
    header = out_csv.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert header[-3:] == [
        "Dieta",
        "Necesidades de accesibilidad",
        "Idioma de interpretación",
    ]
    # An English workbook, one category for the whole file.
    xlsx = str(forum_lists.write_xlsx(tmp_path / "list.xlsx"))
    assert (
        desk("--db", dbfile, "import", xlsx, "--category", "Diaspora organisation").returncode == 0
    )
    grace = json.loads(desk("--db", dbfile, "participants", "grace", "--json").stdout)[0]
    assert grace["category"] == "diaspora_org" and grace["extra"] == {"Dietary needs": "Vegan"}


def test_import_help_explains_the_category_options() -> None:
    out = desk("--lang", "en", "import", "--help")
    assert out.returncode == 0
    assert "--category ID" in out.stdout and "--category-rule TEXT=ID" in out.stdout


def test_gui_options_of_the_camera_kiosk_and_badge_folder_reach_the_window(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    opened: list[dict[str, object]] = []

    def window(**options: object) -> int:
        opened.append(options)
        return 0

    clip = tmp_path / "clip"
    clip.mkdir()
    args = ["gui", "--kiosk", "--camera", str(clip), "--print-to-folder", str(tmp_path / "out")]
    assert main(args, open_window=window) == 0
    assert opened[0]["kiosk"] is True
    assert opened[0]["camera"] == clip and opened[0]["print_to_folder"] == tmp_path / "out"
    # Wrong paths are said before any window opens.
    assert main(["gui", "--camera", str(tmp_path / "none.mp4")], open_window=window) == 1
    assert "does not exist" in capsys.readouterr().err
    (tmp_path / "file").write_text("x")
    assert main(["gui", "--print-to-folder", str(tmp_path / "file")], open_window=window) == 1
    assert "not a folder" in capsys.readouterr().err
    assert len(opened) == 1
