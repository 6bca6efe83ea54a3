"""The first start of the real program on a laptop set to English, with no printer.

``desk`` starts with an empty data folder and no settings (no ``--db``, ``--lang``,
``--operator`` or ``--desk-name``): LANG=en_US.UTF-8 and CUPS pointed at no server, so
Qt sees no printer. The setup must open in the forum's language (Spanish), and is walked
with real X key events only (xdotool type / key Tab, Down, Up, Return): the desk's name
typed into an empty field, the data group's ↓/↑, the PDF folder proposed for the badges,
sample data chosen with ↑ and its number typed. It must end at the main window, with the
answers in the settings file and the desk's name in the database. A screenshot of every
page is kept in the test's artifacts (and in ``$DESK_FIRST_RUN_SHOTS`` when set).

Run: scripts/test tests/acceptance/test_first_run.py -v    (about 30 s; skipped without
Xvfb & co., except in CI)
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.acceptance.xsession import (
    FAKE_NOW,
    PDF_FOLDER_PRINTER,
    App,
    Sandbox,
    XSession,
    desk_executable,
    log_problems,
    wait_for,
    x_session,
)

pytestmark = pytest.mark.realwindow

DESK_NAME = "Puesto 1 – vestíbulo"
OPERATOR = "Ana"
SAMPLE = 25
ENGLISH_TITLE = "Set up this desk"  # the setup's title in the source language


@pytest.fixture(scope="module")
def xsession(tmp_path_factory: pytest.TempPathFactory) -> Iterator[XSession]:
    with x_session(tmp_path_factory.mktemp("xsession")) as session:
        yield session


@dataclass(frozen=True)
class EnglishLaptop(Sandbox):
    """The sandbox of a laptop set to English (no LANGUAGE list) with no printer."""

    def env(self, display: str | None = None) -> dict[str, str]:
        env = super().env(display)
        env.pop("LANGUAGE", None)
        env.update(LANG="en_US.UTF-8", CUPS_SERVER=str(self.root / "no-cups.sock"))
        return env

    @property
    def documents(self) -> Path:
        return self.home / "Documents"


class FirstStart(App):
    """``desk gui`` as double-clicked: nothing on the command line."""

    def __init__(self, x: XSession, box: Sandbox, *, fake_time: str) -> None:
        super().__init__(x, box, fake_time=fake_time)
        self.command = ["faketime", "-f", f"@{fake_time}", str(desk_executable()), "gui"]


def type_like_person(x: XSession, text: str) -> None:
    """``xdotool type`` of any text (xdotool reads it in the locale's encoding: UTF-8)."""
    done = subprocess.run(
        ["xdotool", "type", "--delay", "60", text],
        env={**x.env, "LC_ALL": "C.UTF-8"},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 0, f"xdotool type {text!r}: {done.stderr.strip()}"


def settings(box: Sandbox) -> dict[str, str]:
    """The settings file the app wrote, read as the app reads it (QSettings, INI)."""
    from PySide6.QtCore import QSettings

    assert box.settings_file.exists(), f"no settings file {box.settings_file}"
    stored = QSettings(str(box.settings_file), QSettings.Format.IniFormat)
    return {key: str(stored.value(key)) for key in stored.allKeys()}


def differing_pixels(first: Path, second: Path) -> int:
    """How many pixels two screenshots of the same size differ in."""
    from PySide6.QtGui import QImage

    one, two = QImage(str(first)), QImage(str(second))
    assert one.size() == two.size() and not one.isNull()
    return sum(
        1
        for y in range(0, one.height(), 2)
        for x in range(0, one.width(), 2)
        if one.pixel(x, y) != two.pixel(x, y)
    )


def meta(db_path: Path) -> dict[str, str]:
    conn = sqlite3.connect(db_path, timeout=30)
    try:
        return dict(conn.execute("SELECT key, value FROM meta").fetchall())
    finally:
        conn.close()


def count_participants(db_path: Path) -> int:
    conn = sqlite3.connect(db_path, timeout=30)
    try:
        return int(conn.execute("SELECT count(*) FROM participants").fetchone()[0])
    finally:
        conn.close()


def test_first_start_in_spanish_by_keyboard_with_no_printer(
    xsession: XSession, tmp_path: Path
) -> None:
    box = EnglishLaptop.create(tmp_path / "run")
    assert not any(box.data.iterdir()) and not box.settings_file.exists()  # nothing yet
    app = FirstStart(xsession, box, fake_time=FAKE_NOW)
    shots: list[Path] = []

    def shot(name: str) -> None:
        time.sleep(0.5)  # painted
        path = app.screenshot(name)
        assert path is not None, f"no screenshot {name}"
        shots.append(path)

    def press(*keys: str) -> None:
        for name in keys:
            app.key(name)
            time.sleep(0.25)

    def title() -> str:
        assert app.window is not None
        return app.window_name(app.window)

    try:
        app.start(timeout=40)
        wizard = app.window
        # The forum's language, not the laptop's: the title is the Spanish one.
        assert wait_for(lambda: title() not in ("", ENGLISH_TITLE), 10), title()
        assert title().startswith("Configurar"), title()
        shot("setup-1-who.png")

        # Page 1: language (focused), desk name (empty: typed), operator, where the data is.
        press("Tab")
        type_like_person(xsession, DESK_NAME)
        press("Tab")
        type_like_person(xsession, OPERATOR)
        press("Tab", "Down")  # the data group: ↓ chooses "several desks with a server"…
        shot("setup-1-server.png")
        press("Up")  # …and ↑ this computer's file again
        shot("setup-1-filled.png")
        # ↓ and ↑ did move the choice (and the focus ring with it): the two differ.
        assert differing_pixels(shots[-2], shots[-1]) > 100
        press("Return")

        # Page 2: no printer here, so PDF files in a folder, the folder proposed.
        time.sleep(0.5)
        shot("setup-2-printing.png")
        press("Tab")  # the folder field: the focus ring shows where the keys go
        shot("setup-2-folder.png")
        press("Return")

        # Page 3: ↑ to the sample data, Tab to its number, 25, Enter finishes.
        time.sleep(0.5)
        press("Up")
        shot("setup-3-start.png")
        press("Tab", "ctrl+a")
        type_like_person(xsession, str(SAMPLE))
        press("Return")

        # The main window, maximised, in Spanish.
        def main_window() -> str | None:
            for window in app.visible_windows():
                geometry = app.geometry(window)
                if window != wizard and geometry is not None and geometry.width >= 1000:
                    return window
            return None

        assert wait_for(lambda: main_window() is not None, 30), "no main window"
        app.window = main_window()
        app.activate()
        time.sleep(1.5)
        shot("main-window.png")
        assert wizard not in app.visible_windows()
    finally:
        closed = app.close()
        folder = os.environ.get("DESK_FIRST_RUN_SHOTS")
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            for path in shots:
                shutil.copy(path, Path(folder) / path.name)
    problems = log_problems(app)
    assert not problems, "\n".join(problems) + "\n" + app.diagnostics()
    assert closed == "Ctrl+Q", app.diagnostics()

    # The answers, in the settings file…
    saved = settings(box)
    db_files = sorted(box.data.rglob("*.sqlite3"))
    assert len(db_files) == 1, db_files
    desk = meta(db_files[0])
    desk_id = desk["desk_id"]
    assert saved.get("language") == "es", saved
    assert saved.get("operator") == OPERATOR, saved
    assert saved.get("data/mode") == "file", saved
    assert saved.get(f"setup/{desk_id}/done") == "true", saved
    assert saved.get(f"badge_printing/{desk_id}/printer") == PDF_FOLDER_PRINTER, saved
    assert saved.get(f"badge_printing/{desk_id}/mode") == "always", saved
    folder_saved = Path(saved[f"badge_printing/{desk_id}/pdf_folder"])
    assert folder_saved.parent == box.documents / "Desk", folder_saved
    assert folder_saved.name in ("gafetes", "badges")  # Spanish once its .qm has it
    assert folder_saved.is_dir()  # made by the setup
    # …and in the database: the desk's name typed, not the computer's; the sample people.
    assert desk["desk_name"] == DESK_NAME
    assert count_participants(db_files[0]) == SAMPLE
