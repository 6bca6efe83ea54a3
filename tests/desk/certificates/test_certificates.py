"""Certificates of attendance (issue 14, point 5): verification codes, who gets one, the
bilingual one-page PDF (its text in both languages, its QR decoding to a code that
verifies), the files written and logged, and the ``desk certificates`` command."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from sqlalchemy import select

import desk.cli
from desk.actions import people as people_actions
from desk.actions.certificates import issue_certificates, verify_certificate
from desk.arrival.codes import format_code, generate_code
from desk.certificates import AttendedItem, Certificate, certificates
from desk.certificates.codes import Status, certificate_code, format_certificate_code, parse
from desk.certificates.render import (
    CONTENT_W,
    FOOT_TOP,
    draw_certificate,
    event_dates,
    file_name,
    plan_items,
    render_certificates,
    summary,
)
from desk.doors import attendance
from desk.doors.attendance import scan
from desk.errors import DeskError
from desk.events.event import AgendaItem, Event
from desk.online.rules import CertificateRule, day_one_sessions
from desk.people.participants import ParticipantInfo, all_participants
from desk.storage.db import Database
from desk.storage.models import STATUS_CANCELLED, AuditEntry, Participant
from tests.factory import Factory

Attended = dict[str, dict[str, str]]
BADGE = generate_code()  # a badge code nobody in these tests has


def session_ids(event: Event) -> list[str]:
    return [item.id for item in day_one_sessions(event)]


@pytest.fixture
def people(db: Database, factory: Factory) -> list[ParticipantInfo]:
    factory.add(db, 12)
    with db.read() as session:
        return sorted(all_participants(session), key=lambda p: p.code)


@pytest.fixture
def attended(
    monkeypatch: pytest.MonkeyPatch, event: Event, people: list[ParticipantInfo]
) -> Attended:
    """Who attended what (attended_items stands in): people[0] every day-1
    session (two online), people[1] six of eleven, people[2] two, people[3] lunch and the
    field visit only."""
    ids = session_ids(event)
    data: Attended = {
        people[0].id: {i: ("online" if n in (2, 5) else "in_person") for n, i in enumerate(ids)},
        people[1].id: dict.fromkeys(ids[:6], "in_person"),
        people[2].id: {ids[0]: "in_person", ids[1]: "online"},
        people[3].id: {"d1-lunch": "in_person", "d2-field-visit": "in_person"},
    }
    monkeypatch.setattr(attendance, "attended_items", lambda session, event, rule=None: data)
    return data


def verification(db: Database, event: Event, person: ParticipantInfo) -> str:
    return certificate_code(person.id, event.id, person.code)


# -- codes ---------------------------------------------------------------------------------


def test_code_shape_and_tolerant_reading() -> None:
    badge = BADGE
    code = certificate_code("0192e4b1-7c1a-7000-8000-000000000001", "ev", badge)
    assert code.startswith(badge + "-") and len(code) == 23
    assert code != certificate_code(
        "0192e4b1-7c1a-7000-8000-000000000002", "ev", "7KQ2M9XC4RTBHN5E"
    )
    assert code != certificate_code(
        "0192e4b1-7c1a-7000-8000-000000000001", "ev2", "7KQ2M9XC4RTBHN5E"
    )
    printed = format_certificate_code(code)
    assert printed == f"{format_code(badge)}-{code[-6:]}"
    for typed in (
        code,
        code.lower(),
        printed,
        f"  {printed.lower()}  ",
        printed.replace("-", " "),
        code.replace("1", "l").replace("0", "O"),
        f"Código de verificación: {printed}.",
        f"desk certificates verify {printed}",
    ):
        assert parse(typed) == code, typed
    bad_check = badge[:-1] + ("0" if badge[-1] != "0" else "1")
    for junk in ("", "hello", badge, code + "X", "ÁÉÍ" * 8, "U" * 22, bad_check + code[16:]):
        assert parse(junk) is None, junk


def test_verify_valid_tampered_unknown_cancelled_merged(
    db: Database, event: Event, people: list[ParticipantInfo], attended: Attended
) -> None:
    good = verification(db, event, people[0])
    found = verify_certificate(db, event, format_certificate_code(good).lower())
    assert found.valid and found.status is Status.VALID
    assert found.name == people[0].full_name and found.organisation == people[0].organisation
    assert len(found.items) == 11 and (found.in_person, found.online) == (9, 2)
    assert found.meets_rule and "50 %" in found.rule
    assert json.loads(json.dumps(found.to_json()))["valid"] is True

    # One symbol of the six changed: forged. Another person's badge code: forged too.
    mac = good[-6:]
    wrong = good[:-1] + ("A" if mac[-1] != "A" else "B")
    assert verify_certificate(db, event, wrong).status is Status.FORGED
    other = people[1].code + "-" + mac
    assert verify_certificate(db, event, other).status is Status.FORGED
    assert not verify_certificate(db, event, other).valid
    made_up = f"{BADGE}-ABCDEF"
    assert verify_certificate(db, event, made_up).status is Status.UNKNOWN
    assert verify_certificate(db, event, "not a code").status is Status.NOT_A_CODE
    for bad in (wrong, made_up, "x"):
        assert verify_certificate(db, event, bad).message().startswith("Invalid")

    # Valid but short of the rule now: people[2] attended two sessions.
    short = verify_certificate(db, event, verification(db, event, people[2]))
    assert short.valid and not short.meets_rule

    with db.write() as session:
        session.get(Participant, people[1].id).status = STATUS_CANCELLED  # type: ignore[union-attr]
    cancelled = verify_certificate(db, event, verification(db, event, people[1]))
    assert cancelled.status is Status.CANCELLED and cancelled.name == people[1].full_name

    people_actions.merge_people(db, event, people[0].id, people[4].id, operator="Ana")
    merged = verify_certificate(db, event, verification(db, event, people[4]))
    assert merged.status is Status.MERGED and merged.merged_into == people[0].code
    assert people[0].code[:4] in merged.message()


# -- who gets one --------------------------------------------------------------------------


def test_who_meets_the_rule(
    db: Database, event: Event, people: list[ParticipantInfo], attended: Attended
) -> None:
    def who(rule: CertificateRule) -> set[str]:
        with db.read() as session:
            return {c.participant_id for c in certificates(session, event, rule)}

    p = people
    assert who(CertificateRule(min_percent=50)) == {p[0].id, p[1].id}
    assert who(CertificateRule(min_percent=100)) == {p[0].id}
    # Sessions only: people[3]'s lunch is not one.
    assert who(CertificateRule(min_items=2)) == {p[0].id, p[1].id, p[2].id}
    with db.read() as session:
        saved = certificates(session, event)  # the saved rule: 50 % of day 1's sessions
    assert {c.participant_id for c in saved} == {p[0].id, p[1].id}
    # Meals and breaks are neither counted nor listed.
    with db.read() as session:
        by_id = {
            c.participant_id: c for c in certificates(session, event, CertificateRule(min_items=1))
        }
    assert [i.item_id for i in by_id[p[3].id].items] == ["d2-field-visit"]
    with db.write() as session:
        session.get(Participant, p[1].id).status = STATUS_CANCELLED  # type: ignore[union-attr]
    assert who(CertificateRule(min_percent=50)) == {p[0].id}


def test_door_scans_make_a_certificate(
    db: Database, event: Event, people: list[ParticipantInfo]
) -> None:
    """No stand-in: real door records through attended_items."""
    person = people[5]
    for item in day_one_sessions(event)[:6]:
        with db.write() as session:
            scan(
                session,
                event,
                item.id,
                person.code,
                desk_id=db.desk_id,
                operator="Luis",
                confirm=True,
                now=item.starts_at(event.tz) + timedelta(minutes=1),
            )
    with db.read() as session:
        found = certificates(session, event, CertificateRule(min_percent=50))
    assert [c.participant_id for c in found] == [person.id]
    assert {i.mode for i in found[0].items} == {"in_person"}
    assert verify_certificate(db, event, found[0].verification).meets_rule


# -- the PDF -------------------------------------------------------------------------------


def _pages(pdf: bytes) -> Iterator[pdfium.PdfPage]:
    document = pdfium.PdfDocument(pdf)
    for i in range(len(document)):
        yield document[i]


def page_texts(pdf: bytes) -> list[str]:
    return [page.get_textpage().get_text_range() for page in _pages(pdf)]


def qr_codes(pdf: bytes) -> list[str]:
    out = []
    for page in _pages(pdf):
        image = page.render(scale=200 / 72).to_pil()
        found = [
            b.text
            for b in zxingcpp.read_barcodes(image)
            if b.format == zxingcpp.BarcodeFormat.QRCode
        ]
        assert len(found) == 1
        out.append(found[0])
    return out


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("lang", ["es", "en"])
def test_pdf_one_page_per_person_both_languages_and_a_qr_that_verifies(
    db: Database, event: Event, people: list[ParticipantInfo], attended: Attended, lang: str
) -> None:
    with db.read() as session:
        certs = certificates(session, event, CertificateRule(min_items=1))
    assert len(certs) == 4
    pdf = render_certificates(event, certs, lang)
    texts = [flat(t) for t in page_texts(pdf)]
    assert len(texts) == 4
    main, other = ("CONSTANCIA DE PARTICIPACIÓN", "Certificate of attendance")
    if lang == "en":
        main, other = ("CERTIFICATE OF ATTENDANCE", "Constancia de participación")
    for cert, text in zip(certs, texts, strict=True):
        assert main in text and other in text
        assert cert.full_name in text
        assert "23–24 de mayo de 2022" in text and "23–24 May 2022" in text
        assert "San Salvador, El Salvador" in text
        assert "Conferencia Regional sobre Migración" in text
        assert "Regional Conference on Migration" in text
        assert f"desk certificates verify {format_certificate_code(cert.verification)}" in text
    [first] = [t for t in texts if people[0].full_name in t]  # day 1's sessions, two online
    assert "Lunes 23 de mayo de 2022" in first and "Monday 23 May 2022" in first
    assert "Palabras de bienvenida" in first and "Welcome remarks" in first
    assert "Presencial" in first and "In person" in first
    assert "Virtual" in first and "Online" in first
    assert "11 sesiones: 9 presenciales, 2 virtuales" in first
    assert "11 sessions: 9 in person, 2 online" in first
    codes = qr_codes(pdf)
    assert codes == [c.verification for c in certs]
    for code in codes:
        assert verify_certificate(db, event, code).valid


def _long_agenda(event: Event, per_day: int) -> list[AgendaItem]:
    template = event.item("d1-panel-trust")
    items = []
    for day in event.days:
        for k in range(per_day):
            start = datetime.combine(day, template.start) + timedelta(minutes=20 * k)
            items.append(
                AgendaItem(
                    f"x{day:%d}-{k}",
                    day,
                    start.time(),
                    (start + timedelta(minutes=20)).time(),
                    template.title,
                    "panel",
                    True,
                    False,
                )
            )
    return items


@pytest.mark.parametrize("count", [1, 12, 30, 60, 120])
def test_any_number_of_items_fits_one_page(event: Event, count: int) -> None:
    agenda = _long_agenda(event, -(-count // 2))[:count]
    items = tuple(
        AttendedItem(a.id, a.title, a.day, a.start, a.end, "online" if n % 3 else "in_person")
        for n, a in enumerate(agenda)
    )
    height = 330.0
    style, columns = plan_items(items, "es", height, CONTENT_W)
    assert sum(len(c) for c in columns) >= count  # every item (and the day headings)
    assert all(sum(e.height for e in col) <= height + 1e-6 for col in columns)
    assert len(columns) <= style.columns
    assert style.size >= (7 if count <= 12 else 4 if count <= 60 else 2)
    if count <= 30:
        assert not style.one_line  # titles are cut short only beyond any real agenda
    organisation = "Organización Internacional para las Migraciones – Oficina Regional " * 2
    cert = Certificate("id", BADGE, f"{BADGE}-ABCDEF", "Ana María", "Pérez", organisation, items)
    for lang in ("es", "en"):
        c = canvas.Canvas(io.BytesIO(), pagesize=A4)
        assert draw_certificate(c, event, cert, lang) >= FOOT_TOP  # above the footer


def test_summary_line(event: Event) -> None:
    def items(*modes: str) -> tuple[AttendedItem, ...]:
        item = event.item("d1-welcome")
        return tuple(
            AttendedItem(item.id, item.title, item.day, item.start, item.end, m) for m in modes
        )

    assert summary(items("in_person", "online", "online"), "es") == (
        "3 sesiones: 1 presencial, 2 virtuales"
    )
    assert summary(items("in_person", "online", "online"), "en") == (
        "3 sessions: 1 in person, 2 online"
    )
    assert summary(items("online"), "es") == "1 sesión virtual"
    assert summary(items("online", "online"), "en") == "2 online sessions"
    assert summary(items("in_person", "in_person"), "es") == "2 sesiones presenciales"
    assert summary(items("in_person"), "en") == "1 session in person"


def test_dates_and_file_names(event: Event) -> None:
    assert event_dates(event, "es") == "23–24 de mayo de 2022"
    assert event_dates(event, "en") == "23–24 May 2022"
    cert = Certificate("i", "7KQ2M9XC4RTBHN5E", "x", "Ana", "Peña de la O / Núñez", "", ())
    assert file_name(cert) == "7KQ2M9XC4RTBHN5E-Pena-de-la-O-Nunez.pdf"
    assert file_name(Certificate("i", "7KQ2M9XC4RTBHN5E", "x", "", "علي", "", ())) == (
        "7KQ2M9XC4RTBHN5E.pdf"
    )


# -- issuing files -------------------------------------------------------------------------


def _audit(db: Database) -> list[str]:
    with db.read() as session:
        return list(
            session.scalars(select(AuditEntry.detail).where(AuditEntry.action == "certificates"))
        )


def test_issue_one_pdf_keeps_the_previous_file_and_logs(
    db: Database, event: Event, people: list[ParticipantInfo], attended: Attended, tmp_path: Path
) -> None:
    out = tmp_path / "certificados.pdf"
    out.write_bytes(b"the user's own file")
    done = issue_certificates(db, event, out, lang="en", operator="Ana")
    assert done.count == 2 and done.paths == (out,) and done.where == out
    assert done.short == 2 and set(done.names) == {people[0].full_name, people[1].full_name}
    assert (tmp_path / "certificados.pdf.bak").read_bytes() == b"the user's own file"
    assert len(page_texts(out.read_bytes())) == 2
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert _audit(db) == [
        "certificados.pdf: 2 certificates (at least 50 % of the first day's sessions (6 of 11))"
    ]

    with pytest.raises(DeskError):
        issue_certificates(db, event, tmp_path, operator="Ana")  # a folder, not a file
    nobody = issue_certificates(
        db, event, tmp_path / "none.pdf", rule=CertificateRule(min_items=50), operator="Ana"
    )
    assert nobody.count == 0 and nobody.paths == () and not (tmp_path / "none.pdf").exists()
    assert len(_audit(db)) == 1


def test_issue_one_file_per_person(
    db: Database, event: Event, people: list[ParticipantInfo], attended: Attended, tmp_path: Path
) -> None:
    folder = tmp_path / "constancias"
    done = issue_certificates(
        db,
        event,
        folder,
        rule=CertificateRule(min_items=1),
        lang="es",
        one_file_per_person=True,
        operator="Ana",
    )
    assert done.count == 4 and done.where == folder
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(p.name for p in done.paths)
    by_code = {p.code: p for p in people[:4]}
    for path in done.paths:
        code = path.name.split("-")[0]
        assert code in by_code and path.suffix == ".pdf"
        [text] = page_texts(path.read_bytes())
        assert by_code[code].full_name in flat(text)
    with pytest.raises(DeskError):
        issue_certificates(
            db, event, done.paths[0], one_file_per_person=True, operator="Ana"
        )  # a file, not a folder


# -- the command ---------------------------------------------------------------------------


def test_cli_issue_and_verify(
    db: Database,
    event: Event,
    people: list[ParticipantInfo],
    attended: Attended,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    engine_name: str,
) -> None:
    if engine_name != "sqlite":
        pytest.skip("the command opens the desk's own file")
    dbfile = str(db.path)
    db.close()
    out = tmp_path / "c.pdf"
    args = ["--db", dbfile, "--lang", "en", "--operator", "Ana", "certificates"]
    assert desk.cli.main([*args, "--out", str(out), "--min-items", "1", "--lang", "en"]) == 0
    said = capsys.readouterr().out
    assert "4 certificates of attendance (at least 1 session)" in said and str(out) in said
    texts = [flat(t) for t in page_texts(out.read_bytes())]
    assert len(texts) == 4 and all(t.index("CERTIFICATE OF") < t.index("Constancia") for t in texts)
    # The command's --lang is the certificates' language; the messages follow the global one.
    spanish = ["--db", dbfile, "--lang", "es", "--operator", "Ana", "certificates"]
    assert desk.cli.main([*spanish, "--out", str(out), "--min-items", "1", "--lang", "en"]) == 0
    assert "4 constancias" in capsys.readouterr().out
    assert all(
        t.index("CERTIFICATE OF") < t.index("Constancia") for t in page_texts(out.read_bytes())
    )

    assert desk.cli.main([*args, "--out", str(tmp_path / "d.pdf"), "--min-percent", "50"]) == 0
    assert "2 certificates" in capsys.readouterr().out
    [first] = [qr_codes((tmp_path / "d.pdf").read_bytes())[0]]

    assert desk.cli.main([*args, "verify", format_certificate_code(first).lower()]) == 0
    said = capsys.readouterr().out
    assert said.startswith("Valid certificate: ")
    assert "sessions attended" in said and "Meets the rule now" in said
    assert desk.cli.main([*args, "verify", first, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["valid"] is True
    assert desk.cli.main([*args, "verify", first[:-1] + ("Z" if first[-1] != "Z" else "Y")]) == 1
    assert capsys.readouterr().out.startswith("Invalid")
    assert desk.cli.main([*args, "verify", "nonsense"]) == 1

    assert desk.cli.main([*args, "--out", str(tmp_path / "e.pdf"), "--min-items", "99"]) == 1
    assert not (tmp_path / "e.pdf").exists()
    assert desk.cli.main([*args]) == 2  # neither --out nor verify
    assert desk.cli.main([*args, "verify"]) == 2
    assert desk.cli.main([*args, "check", "X"]) == 2
    with pytest.raises(SystemExit):
        desk.cli.main([*args, "--out", "x.pdf", "--min-items", "2", "--min-percent", "5"])
    with pytest.raises(SystemExit) as done:
        desk.cli.main([*args, "--help"])
    assert done.value.code == 0
    assert "desk certificates verify CODE" in capsys.readouterr().out

    folder = tmp_path / "one"
    assert desk.cli.main([*args, "--out", str(folder), "--min-items", "1", "--one-per-person"]) == 0
    assert len(list(folder.glob("*.pdf"))) == 4
