#!/usr/bin/env python3
"""Screenshots of the real window for the README, one per check-in result state.

    .venv/bin/python scripts/screenshots.py [--lang es] [--out docs/screenshots]

Builds a throw-away database with demo participants, opens the main window offscreen at
1366×768, drives the check-in screen like an operator and saves what it shows.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desk.arrival import codes
from desk.arrival.checkin import check_in_participant, edit_participant, register_walk_in
from desk.deskfiles.sync import import_desk_files
from desk.deskfiles.sync_file import export_desk_file
from desk.doors.attendance import OUT, door_items, manifest, scan
from desk.doors.manifest_pdf import render_manifest
from desk.events.event import default_event
from desk.people.demo import add_demo
from desk.people.participants import all_participants
from desk.reporting.reports import write_attendance_report
from desk.storage.db import Database
from ui.app import apply_language, make_application
from ui.main_window import MainWindow


def save(widget: QWidget, path: str) -> None:
    """A screenshot in 256 colours: a third of the size, and a UI has few colours."""
    image = (
        widget.grab()
        .toImage()
        .convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
    )
    image.save(path)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="es")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--only", choices=["setup"], help="only the first-run setup's two")
    args = parser.parse_args()
    app = make_application()
    apply_language(args.lang)
    event = default_event()
    if args.only == "setup":
        args.out.mkdir(parents=True, exist_ok=True)
        setup_shots(app, event, args.out, args.lang)
        return 0
    folder = Path(tempfile.mkdtemp(prefix="desk-shots-"))
    db = Database(folder / "desk.sqlite3", desk_name="Puesto 1 – vestíbulo")
    db.bind_event(event.id)
    with db.write() as session:
        add_demo(session, event, 300, desk_id=db.desk_id, seed=2022)
    with db.read() as session:
        people = all_participants(session)
    in_person = [p for p in people if p.mode == "in_person"]
    online = next(p for p in people if p.mode == "online")
    cancelled = in_person[-1]
    with db.write() as session:
        edit_participant(session, event, cancelled.id, {"status": "cancelled"}, desk_id=db.desk_id)

    window = MainWindow(db, event, "Ana")
    window.resize(1366, 768)
    window.show()
    screen = window.screen_
    args.out.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        app.processEvents()
        save(window, str(args.out / f"checkin-{name}-{args.lang}.png"))

    def scan(code: str) -> None:
        QTest.keyClicks(screen.field, code)
        QTest.keyClick(screen.field, Qt.Key.Key_Return)

    shot("ready")
    scan(in_person[10].code)
    shot("checked-in")
    screen.offer_print(in_person[10].id)  # "ask" after a check-in: a line, F5, no window
    shot("print-offer")
    scan(codes.format_code(in_person[10].code))
    shot("already")
    scan(codes.generate_code())
    shot("unknown")
    wrong = in_person[11].code[:-1] + ("2" if in_person[11].code[-1] != "2" else "3")
    scan(wrong)
    shot("invalid")
    scan(cancelled.code)
    shot("cancelled")
    scan(online.code)
    shot("online")
    screen.field.clear()
    QTest.keyClicks(screen.field, "maria")
    QTest.keyClick(screen.field, Qt.Key.Key_Return)
    shot("choose")
    screen.field.clear()
    QTest.keyClicks(screen.field, "zzyzx")
    QTest.keyClick(screen.field, Qt.Key.Key_Return)
    shot("no-match")
    screen.field.clear()
    known = in_person[10]
    window.open_walk_in(f"{known.given_name} {known.family_name}".lower())
    walk_in = window._walk_in
    app.processEvents()
    save(walk_in, str(args.out / f"walkin-form-{args.lang}.png"))
    walk_in.save_button.click()
    app.processEvents()
    save(walk_in, str(args.out / f"walkin-duplicates-{args.lang}.png"))
    walk_in.reject()
    window.open_details(known.id)
    app.processEvents()
    save(window._details, str(args.out / f"participant-{args.lang}.png"))
    window._details.reject()
    attendance_shots(app, window, db, event, in_person[12:], args.out, args.lang)
    window.close()
    db.close()
    QApplication.processEvents()
    return 0


def populate(db: Database, event, people, rng: random.Random) -> list:  # type: ignore[no-untyped-def]
    """A plausible morning: check-ins from 07:45, door scans at every day-1 item, and the
    day-2 buses out and (nearly all) back. Returns who was checked in."""
    start = datetime(2022, 5, 23, 7, 45, tzinfo=event.tz)
    checked = rng.sample(people, int(len(people) * 0.85))
    with db.write() as session:
        for p in checked:
            when = start + timedelta(minutes=rng.triangular(0, 150, 40))
            check_in_participant(session, p.id, desk_id=db.desk_id, operator="Ana", now=when)
        for item in door_items(event):
            if item.kind == "field_visit" or item.start.hour >= 12:
                continue  # the morning only: the dashboard is taken at lunch
            for p in rng.sample(checked, int(len(checked) * rng.uniform(0.55, 0.95))):
                place = rng.choice(item.tables).id if item.tables else None
                when = item.starts_at(event.tz) + timedelta(minutes=rng.uniform(-5, 10))
                scan(
                    session,
                    event,
                    item.id,
                    p.code,
                    place=place,
                    desk_id=db.desk_id,
                    operator="Luis",
                    now=when,
                    confirm=True,
                )
    return checked


def attendance_shots(app, window, db, event, people, out: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    """Door mode, the bus manifest (screen and PDF) and the dashboard."""
    rng = random.Random(5)
    checked = populate(db, event, people[20:], rng)
    online_shots(app, window, db, event, people, checked, out, lang)
    visitor = people[0]  # never checked in at the desk
    door = window.door
    lunch = datetime(2022, 5, 23, 12, 4, tzinfo=event.tz)
    door.clock = lambda: lunch
    door.follow_clock()
    window.show_screen("door")

    def shot(name: str) -> None:
        window.feed.refresh()
        app.processEvents()
        save(window, str(out / f"{name}-{lang}.png"))

    def scan_badge(code: str) -> None:
        QTest.keyClicks(door.field, code)
        QTest.keyClick(door.field, Qt.Key.Key_Return)

    scan_badge(checked[0].code)
    shot("door-entry")
    scan_badge(visitor.code)
    shot("door-not-checked-in")
    # Day 2: the buses leave at 07:40 and come back after 16:00.
    bus_day = datetime(2022, 5, 24, 16, 25, tzinfo=event.tz)
    riders = rng.sample(checked, 60)
    with db.write() as session:
        for n, p in enumerate(riders):
            bus = f"Bus {n % 2 + 1}"
            scan(
                session,
                event,
                "d2-field-visit",
                p.code,
                place=bus,
                desk_id=db.desk_id,
                operator="Luis",
                now=bus_day.replace(hour=7, minute=30 + n % 15),
                confirm=True,
            )
        for n, p in enumerate(riders[:54]):
            scan(
                session,
                event,
                "d2-field-visit",
                p.code,
                direction=OUT,
                place=f"Bus {n % 2 + 1}",
                desk_id=db.desk_id,
                operator="Luis",
                now=bus_day.replace(minute=5 + n % 15),
                confirm=True,
            )
    door.clock = lambda: bus_day
    door.set_item("d2-field-visit")
    door.toggle_direction()  # returns
    scan_badge(riders[55].code)
    shot("door-bus")
    with db.read() as session:
        entries = manifest(session, event, "d2-field-visit", on_board_only=True)
    item = event.item("d2-field-visit")
    pdf = render_manifest(event, item, entries, now=bus_day, lang=lang)
    (out / f"manifest-{lang}.pdf").write_bytes(pdf)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "80",
            "-singlefile",
            str(out / f"manifest-{lang}.pdf"),
            str(out / f"manifest-{lang}"),
        ],
        check=True,
    )
    (out / f"manifest-{lang}.pdf").unlink()
    # The Secretariat's one-page summary of day 1.
    report = out / f"report-{lang}.pdf"
    write_attendance_report(db, event, report, day=lunch.date(), lang=lang, now=bus_day)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "70", "-singlefile", str(report), str(out / f"report-{lang}")],
        check=True,
    )
    report.unlink()
    dashboard = window.dashboard
    dashboard.clock = lambda: lunch
    window.show_screen("dashboard")
    window.runner.wait()
    app.processEvents()
    window.runner.wait()
    shot("dashboard")
    sync_shot(app, window, db, event, checked, out, lang)
    ship_shots(app, window, db, event, out, lang)


def online_shots(app, window, db, event, people, checked, out: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    """A Zoom report of the morning imported through its dialog, the review list, the door
    with in person / online / total, and a certificate of attendance."""
    from desk.actions.certificates import issue_certificates
    from desk.online.rules import CertificateRule
    from desk.people.textnorm import fold
    from tests.online_files import Conn, zoom_meeting

    rng = random.Random(14)
    here = {p.id for p in checked}
    remote = [p for p in people if p.id not in here and p.email][:45]
    rows = []
    for p in remote:
        start = datetime(2022, 5, 23, 8, 50 + rng.randrange(10))
        rows.append(
            Conn(p.full_name, p.email, start, start + timedelta(minutes=rng.randrange(60, 200)))
        )
    rows += [
        Conn(
            f"{remote[0].family_name}, {remote[0].given_name}",
            "",
            datetime(2022, 5, 23, 13, 25),
            datetime(2022, 5, 23, 14, 20),
        ),
        Conn("iPhone de Marta", "", datetime(2022, 5, 23, 10, 40), datetime(2022, 5, 23, 11, 50)),
        Conn("Usuario de Zoom 7", "", datetime(2022, 5, 23, 9, 5), datetime(2022, 5, 23, 12, 0)),
    ]
    report = zoom_meeting(
        Path(db.path).parent / "participantes_84512345678.csv", rows, date_style="dmy"
    )
    dialog = window.attendance.open_import(report)
    window.runner.wait()
    app.processEvents()
    dialog.start()
    window.runner.wait()
    app.processEvents()
    save(dialog, str(out / f"online-import-{lang}.png"))
    dialog.reject()
    review = window.attendance.open_review()
    window.runner.wait()
    app.processEvents()
    QTest.keyClicks(review.search_field, fold(remote[-1].family_name).split()[0])
    review._show_people()  # now, not after the typing pause
    app.processEvents()
    save(review, str(out / f"online-review-{lang}.png"))
    review.reject()
    door = window.door
    door.clock = lambda: datetime(2022, 5, 23, 11, 30, tzinfo=event.tz)
    door.set_item("d1-panel-trust")
    window.show_screen("door")
    window.feed.refresh()
    app.processEvents()
    save(window, str(out / f"door-online-{lang}.png"))
    pdf = out / f"certificate-{lang}.pdf"
    issue_certificates(db, event, pdf, rule=CertificateRule(min_items=3), lang=lang, operator="Ana")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "70",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(pdf),
            str(out / f"certificate-{lang}"),
        ],
        check=True,
    )
    pdf.unlink()


def ship_shots(app, window, db, event, out: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    """First-run setup, signing in, the activity log and the damaged-database dialog."""
    from desk.deskfiles.backup import backup_now, list_backups
    from desk.staff import operators as ops
    from desk.storage.health import Finding, HealthReport
    from ui.audit_view import AuditDialog
    from ui.health_dialog import DamagedDatabaseDialog
    from ui.signin_dialog import SignInDialog

    setup_shots(app, event, out, lang)
    with db.write() as session:
        ops.set_operator(session, "Ana", "2468")
        ops.set_operator(session, "Luis", "1357")
        ops.set_operator(session, "Rosa", "9753", ops.ROLE_SUPERVISOR)
        for action, detail in (
            (ops.IMPORT, "inscritos-crm.xlsx: 300 new, 0 updated"),
            (ops.SIGN_IN, "Ana"),
            (ops.EXPORT, "asistencia-2022-05-23.xlsx"),
        ):
            ops.log(session, action, detail, desk_id=db.desk_id, operator="Ana")
    sign_in = SignInDialog(db, "Ana")
    sign_in.show()
    app.processEvents()
    save(sign_in, str(out / f"signin-{lang}.png"))
    sign_in.reject()
    audit = AuditDialog(db, event, window)
    audit.resize(1000, 520)
    audit.show()
    app.processEvents()
    save(audit, str(out / f"activity-{lang}.png"))
    audit.reject()
    backup_now(db, reason="auto")
    report = HealthReport(
        db.path,
        exists=True,
        unclean_exit=True,
        full_check=True,
        problems=("*** in database main *** Tree 7 page 1234: btree page corrupted",),
        findings=(Finding("damaged", "", True),),
    )
    damaged = DamagedDatabaseDialog(report, list_backups(db)[0], event)
    damaged.show()
    app.processEvents()
    save(damaged, str(out / f"damaged-{lang}.png"))
    damaged.reject()


def setup_shots(app, event, out: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The first-run setup as a new laptop with no printer shows it: the desk's name asked
    (empty, with its example; the focus ring on it), then the badges as PDF files in a
    folder of Documents."""
    from PySide6.QtCore import QCoreApplication

    from ui.setup_wizard import SetupWizard, default_choices

    folder = Path(tempfile.mkdtemp(prefix="desk-setup-shots-"))
    db = Database(folder / "desk.sqlite3")  # as the first start makes it: no name given
    db.bind_event(event.id)
    wizard = SetupWizard(default_choices(db, printers=[], language=lang), printers=[])
    wizard.resize(720, 560)
    wizard.show()
    wizard.activateWindow()
    app.processEvents()
    wizard.who.desk_field.setFocus()  # after Tab from the language
    app.processEvents()
    save(wizard, str(out / f"setup-{lang}.png"))
    wizard.who.desk_field.setText("Puesto 1 – vestíbulo")
    wizard.who.operator_field.setText("Ana")
    wizard.next()
    # The folder proposed under a Spanish-speaking user's Documents (this run's is a
    # throw-away home); the folder is made only when the page is left.
    documents = "Documentos" if lang == "es" else "Documents"
    badges = QCoreApplication.translate("PrintingFields", "badges")
    wizard.printing.fields.folder_field.setText(f"/home/ana/{documents}/Desk/{badges}")
    wizard.printing.fields.folder_field.home(False)
    app.processEvents()
    save(wizard, str(out / f"setup-printer-{lang}.png"))
    wizard.reject()
    db.close()


def sync_shot(app, window, db, event, checked, out: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    """Desk 2's file merged into this desk: the merge report."""
    folder = Path(tempfile.mkdtemp(prefix="desk-sync-"))
    export_desk_file(db, event, folder / "seed.desk")
    other = Database(folder / "two.sqlite3", desk_name="Puesto 2 – puerta")
    import_desk_files(other, event, [folder / "seed.desk"])
    with other.read() as session:
        waiting = [p for p in all_participants(session) if not p.checked_in_at]
    when = datetime(2022, 5, 23, 9, 40, tzinfo=event.tz)
    both, twin = waiting[24], waiting[30]
    with other.write() as session:
        for p in waiting[:25]:
            check_in_participant(
                session, p.id, desk_id=other.desk_id, operator="Eva", confirm_online=True, now=when
            )
        # Desk 2 did not find this person and registered a walk-in.
        values = {
            "given_name": twin.given_name,
            "family_name": twin.family_name,
            "country": twin.country,
            "category": twin.category,
        }
        register_walk_in(session, event, values, desk_id=other.desk_id, operator="Eva", now=when)
    with db.write() as session:  # meanwhile the same person checked in at this desk too
        check_in_participant(
            session, both.id, desk_id=db.desk_id, operator="Ana", confirm_online=True, now=when
        )
    export_desk_file(other, event, folder / "mesa-2.desk")
    other.close()
    window.show_screen("checkin")
    window.sync.import_files([folder / "mesa-2.desk"])
    window.runner.wait()
    app.processEvents()
    save(window.sync.dialog, str(out / f"sync-report-{lang}.png"))
    window.sync.dialog.close()


if __name__ == "__main__":
    sys.exit(main())
