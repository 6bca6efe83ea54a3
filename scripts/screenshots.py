#!/usr/bin/env python3
"""Screenshots of the real window for the README, one per check-in result state.

    .venv/bin/python scripts/screenshots.py [--lang es] [--out docs/screenshots]

Builds a throw-away database with demo participants, opens the main window offscreen at
1366×768, drives the check-in screen like an operator and saves what it shows.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desk import codes
from desk.checkin import edit_participant
from desk.db import Database
from desk.demo import add_demo
from desk.event import default_event
from desk.participants import all_participants
from ui.app import apply_language, make_application
from ui.main_window import MainWindow


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="es")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()
    app = make_application()
    apply_language(args.lang)
    event = default_event()
    folder = Path(tempfile.mkdtemp(prefix="desk-shots-"))
    db = Database(folder / "desk.sqlite3", desk_name="Mesa 1 – vestíbulo")
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
        window.grab().save(str(args.out / f"checkin-{name}-{args.lang}.png"))

    def scan(code: str) -> None:
        QTest.keyClicks(screen.field, code)
        QTest.keyClick(screen.field, Qt.Key.Key_Return)

    shot("ready")
    scan(in_person[10].code)
    shot("checked-in")
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
    walk_in.grab().save(str(args.out / f"walkin-form-{args.lang}.png"))
    walk_in.save_button.click()
    app.processEvents()
    walk_in.grab().save(str(args.out / f"walkin-duplicates-{args.lang}.png"))
    walk_in.reject()
    window.open_details(known.id)
    app.processEvents()
    window._details.grab().save(str(args.out / f"participant-{args.lang}.png"))
    window._details.reject()
    window.close()
    db.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
