"""The camera and the kiosk in the real window.

Desk runs as a user starts it (``faketime … desk … gui``, Spanish) on Xvfb with openbox.
The camera is a folder of images played as the camera (``--camera DIR``: each image one
second, as a code held in front of the lens), made here with qrcode and Pillow: blank
frames, a badge held for five seconds, another one, a frame with a QR code that is no
badge. A USB scanner is xdotool (``type --delay 2 CODE``, ``key Return``). The verdict
comes from the database, from the PDF files of ``--print-to-folder`` and from the window.

Run: scripts/test tests/acceptance/test_camera_kiosk_window.py -v    (about a minute;
skipped without Xvfb & co., except in CI). With ``DESK_README_SHOTS=docs/screenshots`` the
screenshots of the README's camera and kiosk sections are written there too.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path

import pytest
import qrcode
from PIL import Image, ImageFilter

from desk.events.event import current_item, default_event
from tests.acceptance.xsession import (
    FAKE_NOW,
    App,
    Sandbox,
    XSession,
    live_records,
    log_problems,
    make_demo_database,
    wait_for,
    x_session,
)

pytestmark = pytest.mark.realwindow

BLANK = ""


def shot(app: App, name: str) -> None:
    """The screen now, in the test's artifacts (and for the README when asked)."""
    path = app.screenshot(f"{name}.png")
    folder = os.environ.get("DESK_README_SHOTS")
    if folder and path is not None:
        shutil.copyfile(path, Path(folder) / f"{name}-es.png")


@pytest.fixture(scope="module")
def xsession(tmp_path_factory: pytest.TempPathFactory) -> Iterator[XSession]:
    with x_session(tmp_path_factory.mktemp("xsession")) as session:
        yield session


def query(db: Path, sql: str, *args: object) -> list[sqlite3.Row]:
    conn = sqlite3.connect(db, timeout=30)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def camera_folder(folder: Path, frames: Sequence[str]) -> Path:
    """One 1280×720 image per second of "camera": a QR code of the text, held a little
    askew and soft as a hand holds it in front of a laptop's camera; BLANK: a desk."""
    folder.mkdir(parents=True)
    for n, text in enumerate(frames):
        image = Image.new("L", (1280, 720), 200)
        if text:
            qr = qrcode.QRCode(border=2, box_size=8)
            qr.add_data(text)
            code = qr.make_image().get_image().convert("L").rotate(12, expand=True, fillcolor=200)
            image.paste(code, (460 + 10 * (n % 3), 160))
            image = image.filter(ImageFilter.GaussianBlur(1.2))
        image.save(folder / f"{n:03d}.png")
    return folder


def people(db: Path, where: str) -> list[sqlite3.Row]:
    return query(
        db,
        "SELECT id, code, invitation_code, given_name, family_name, mode, status, category "
        f"FROM participants WHERE {where} ORDER BY rowid",
    )


def checkins(db: Path) -> Counter[str]:
    return Counter(r["participant_id"] for r in live_records(db, "checkin"))


def test_camera_checks_in_at_the_desk_and_counts_a_held_code_once(
    xsession: XSession, tmp_path: Path
) -> None:
    box = Sandbox.create(tmp_path)
    make_demo_database(box, 40, seed=15)
    ana, ben = people(box.db, "status = 'registered' AND mode = 'in_person'")[:2]
    clip = camera_folder(
        tmp_path / "camera",
        [BLANK, BLANK, *[ana["code"]] * 5, BLANK, *[ben["code"]] * 3, "https://example.org", BLANK],
    )
    app = App(xsession, box, fake_time=FAKE_NOW, gui_args=["--camera", str(clip)])
    app.start()
    try:
        assert wait_for(lambda: len(checkins(box.db)) == 2, 30), app.diagnostics()
        shot(app, "camera-desk")
        time.sleep(4)  # the rest of the clip: nothing more
        # The USB scanner still works beside the camera.
        carla = people(box.db, "status = 'registered' AND mode = 'in_person'")[2]
        app.scan(carla["code"])
        assert wait_for(lambda: len(checkins(box.db)) == 3, 10), app.diagnostics()
    finally:
        app.close()
    counted = checkins(box.db)
    assert counted == Counter({ana["id"]: 1, ben["id"]: 1, carla["id"]: 1})
    assert not log_problems(app)


def test_camera_at_the_door_records_entries(xsession: XSession, tmp_path: Path) -> None:
    event = default_event()
    item = current_item(event, datetime.fromisoformat(FAKE_NOW).replace(tzinfo=event.tz))
    assert item is not None
    box = Sandbox.create(tmp_path)
    make_demo_database(box, 40, seed=16)
    ana, ben = people(box.db, "status = 'registered' AND mode = 'in_person'")[:2]
    clip = camera_folder(tmp_path / "camera", [BLANK, *[ana["code"]] * 4, BLANK, ben["code"]])
    args = ["--camera", str(clip), "--screen", "door", "--item", item.id]
    app = App(xsession, box, fake_time=FAKE_NOW, gui_args=args)
    app.start()
    try:
        assert wait_for(lambda: len(live_records(box.db, "door")) == 2, 30), app.diagnostics()
        time.sleep(2)
        shot(app, "camera-door")
    finally:
        app.close()
    doors = live_records(box.db, "door")
    assert sorted(r["participant_id"] for r in doors) == sorted([ana["id"], ben["id"]])
    assert {(r["item_id"], r["direction"]) for r in doors} == {(item.id, "in")}
    assert not log_problems(app)


def test_kiosk_checks_in_prints_one_badge_and_sends_the_rest_to_the_desk(
    xsession: XSession, tmp_path: Path
) -> None:
    box = Sandbox.create(tmp_path)
    make_demo_database(box, 60, seed=17)
    in_person = people(
        box.db,
        "status = 'registered' AND mode = 'in_person' AND category NOT IN "
        "('mfa', 'diaspora_agency')",
    )
    ana, ben = in_person[:2]
    online = people(box.db, "status = 'registered' AND mode = 'online'")[0]
    delegate = people(box.db, "status = 'registered' AND mode = 'in_person' AND category = 'mfa'")[
        0
    ]
    clip = camera_folder(
        tmp_path / "camera",
        [BLANK, BLANK, BLANK, *[ana["code"]] * 4, BLANK, *[online["code"]] * 2, BLANK, BLANK],
    )
    badges = tmp_path / "gafetes"
    args = ["--kiosk", "--camera", str(clip), "--print-to-folder", str(badges)]
    app = App(xsession, box, fake_time=FAKE_NOW, gui_args=args)
    app.start()
    try:
        shot(app, "kiosk-welcome")
        assert wait_for(lambda: (badges / f"{ana['code']}.pdf").exists(), 30), app.diagnostics()
        shot(app, "kiosk-badge")
        assert wait_for(lambda: kiosk_rows(box.db) >= 1, 20), app.diagnostics()
        shot(app, "kiosk-desk")
        # The USB scanner at the kiosk: a badge, then a delegation member (ID check).
        time.sleep(11)  # the kiosk is back on its welcome screen
        app.scan(ben["code"])
        assert wait_for(lambda: (badges / f"{ben['code']}.pdf").exists(), 20), app.diagnostics()
        app.scan(delegate["code"])
        assert wait_for(lambda: kiosk_rows(box.db) >= 2, 10), app.diagnostics()
        shot(app, "kiosk-scanner")
        # Esc, Alt+F4 and Ctrl+Q do not leave the kiosk.
        for key in ("Escape", "alt+F4", "ctrl+q"):
            app.key(key)
        time.sleep(1)
        assert app.alive()
        names = [app.window_name(w) for w in app.visible_windows()]
        assert len(names) == 1, names
        # The staff's chord, then Enter (this desk has no supervisor): the window is back.
        app.key("ctrl+alt+k")
        time.sleep(0.5)
        app.key("Return")
        assert wait_for(
            lambda: any("Desk" in app.window_name(w) for w in app.visible_windows()), 10
        )
        shot(app, "kiosk-left")
    finally:
        app.close()
    assert checkins(box.db) == Counter({ana["id"]: 1, ben["id"]: 1})
    assert sorted(p.name for p in badges.iterdir()) == sorted(
        [f"{ana['code']}.pdf", f"{ben['code']}.pdf"]
    )
    printed = Counter(r["participant_id"] for r in live_records(box.db, "print"))
    assert printed == Counter({ana["id"]: 1, ben["id"]: 1})
    details = [
        r["detail"] for r in query(box.db, "SELECT detail FROM audit WHERE action = 'kiosk'")
    ]
    assert any(online["code"] in d and d.startswith("online") for d in details), details
    assert any(delegate["code"] in d and d.startswith("id_check") for d in details), details
    assert not log_problems(app)


def kiosk_rows(db: Path) -> int:
    return len(query(db, "SELECT id FROM audit WHERE action = 'kiosk'"))
