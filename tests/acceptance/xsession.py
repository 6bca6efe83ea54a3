"""A real X session for acceptance tests: Desk in a real window, driven like at the desk.

- :class:`XSession`: ``Xvfb :N -screen 0 1366x768x24 -nolisten tcp`` on a free display
  (from :90 up) with ``openbox`` as the window manager.
- :class:`Sandbox`: one run's folders (HOME, XDG_*, DESK_DATA_DIR, TMPDIR, the database, a
  PDF folder, the test's own artifacts) inside the test's ``tmp_path``, and the environment
  the app gets (QT_QPA_PLATFORM=xcb, Spanish, TZ=America/El_Salvador).
- :class:`App`: ``faketime -f '@TIME' desk --db F --operator Ana --desk-name 'Puesto 1'
  --lang es gui …`` as a user starts it (a desk on a server: ``--db URL --local F``);
  finds its window (of faketime's child) with xdotool, activates it, then scans
  (``xdotool type --delay 2 CODE`` and ``xdotool key Return``) or types like a person
  (``--delay 60``); takes screenshots; closes it.
- :class:`Watcher`: every 100 ms, the app's visible top-level windows (a second one is a
  dialog that would take the scanner's keys) and the main window's width (never wider than
  the screen).
- ``$DESK_ACCEPTANCE_APP``: the desk command to test (default: this venv's).
- Files: :func:`file_snapshot` before and after, to show files the app should not write.
- Database: the real CLI for demo data and check-ins, the core in-process for edits, and
  a plain SQLite read of the ``records`` table for the verdict.

Without Xvfb, xdotool, openbox, faketime or ImageMagick's ``import`` the tests are skipped,
except in CI (environment variable ``CI``), where they fail: CI must really run them.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TypeVar

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREEN_WIDTH, SCREEN_HEIGHT = 1366, 768
FIRST_DISPLAY = 90
TIME_ZONE = "America/El_Salvador"
FAKE_NOW = "2022-05-23 09:20:00"  # the forum's first morning (event time), for faketime
OPERATOR = "Ana"
DESK_NAME = "Puesto 1"
PDF_FOLDER_PRINTER = "::pdf-folder::"  # the print setting for "PDF files in a folder"
SETTINGS_FILE = Path("desk") / "Desk.conf"  # QSettings of organisation "desk", app "Desk"

# Program → Debian package (scripts/system-deps --test installs them).
TOOLS = {
    "Xvfb": "xvfb",
    "xdotool": "xdotool",
    "openbox": "openbox",
    "faketime": "faketime",
    "import": "imagemagick",
}

T = TypeVar("T")


# --------------------------------------------------------------------------- skip or fail


def skip_or_fail(reason: str) -> None:
    """Skip locally; fail in CI, which must run these tests."""
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the real-window tests, but: {reason}", pytrace=False)
    pytest.skip(reason)


def require_tools() -> None:
    missing = {tool: pkg for tool, pkg in TOOLS.items() if shutil.which(tool) is None}
    if missing:
        skip_or_fail(
            f"real-window tests need {', '.join(missing)}: install the Debian packages "
            f"{' '.join(sorted(set(missing.values())))} (scripts/system-deps --test)"
        )


def desk_executable() -> Path:
    """The ``desk`` command under test: ``$DESK_ACCEPTANCE_APP`` when set (another build,
    e.g. the PyInstaller one), else the one of the environment running the tests."""
    chosen = os.environ.get("DESK_ACCEPTANCE_APP")
    if chosen:
        return Path(chosen)
    for candidate in (Path(sys.prefix) / "bin" / "desk", ROOT / ".venv" / "bin" / "desk"):
        if candidate.exists():
            return candidate
    found = shutil.which("desk")
    if found is None:
        raise RuntimeError("no desk command: run scripts/venv test (or pip install -e .)")
    return Path(found)


def _clean_environment() -> dict[str, str]:
    """This process's environment without what would leak the tester's desk, display,
    session, language or fake clock into the app."""
    dropped_prefixes = ("DESK_", "QT_", "XDG_", "LC_", "FAKETIME")
    dropped = {
        "DISPLAY",
        "WAYLAND_DISPLAY",
        "XAUTHORITY",
        "LANG",
        "LANGUAGE",
        "TZ",
        "LD_PRELOAD",
        "SESSION_MANAGER",
        "DBUS_SESSION_BUS_ADDRESS",
        "PYTEST_CURRENT_TEST",
    }
    return {
        k: v
        for k, v in os.environ.items()
        if k not in dropped and not k.startswith(dropped_prefixes)
    }


@functools.cache
def spanish_locale() -> str:
    """es_SV.UTF-8 (or es_ES) when the system has it, else C.UTF-8 (``--lang es`` and
    LANGUAGE=es make the window Spanish either way)."""
    try:
        names = subprocess.run(
            ["locale", "-a"], capture_output=True, text=True, timeout=10, check=False
        ).stdout.split()
    except (OSError, subprocess.TimeoutExpired):
        names = []
    found = {n.lower().replace("-", ""): n for n in names}
    for wanted in ("es_sv.utf8", "es_es.utf8"):
        if wanted in found:
            return found[wanted].split(".")[0] + ".UTF-8"
    return "C.UTF-8"


# --------------------------------------------------------------------------- X session


class XSession:
    """Xvfb and openbox on one display; ``stop()`` ends both (only these two processes)."""

    def __init__(self, number: int, xvfb: subprocess.Popen[bytes], workdir: Path) -> None:
        self.number = number
        self.xvfb = xvfb
        self.workdir = workdir
        self.openbox: subprocess.Popen[bytes] | None = None
        self.env = {**_clean_environment(), "DISPLAY": self.display}  # for xdotool & co.
        self._logs: list[IO[str]] = []

    @property
    def display(self) -> str:
        return f":{self.number}"

    @classmethod
    def start(cls, workdir: Path, first: int = FIRST_DISPLAY) -> XSession:
        workdir.mkdir(parents=True, exist_ok=True)
        tried = []
        for number in range(first, first + 60):
            if Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
                continue
            log = (workdir / f"xvfb-{number}.log").open("w")
            xvfb = subprocess.Popen(
                [
                    "Xvfb",
                    f":{number}",
                    "-screen",
                    "0",
                    f"{SCREEN_WIDTH}x{SCREEN_HEIGHT}x24",
                    "-nolisten",
                    "tcp",
                ],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            session = cls(number, xvfb, workdir)
            session._logs.append(log)
            if session._wait_for_server():
                try:
                    session._start_openbox()
                except BaseException:
                    session.stop()
                    raise
                return session
            tried.append(number)
            session.stop()
        raise RuntimeError(f"no free X display from :{first}; Xvfb failed on {tried}")

    def _wait_for_server(self, timeout: float = 15) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.xvfb.poll() is not None:
                return False  # the display was taken meanwhile, or Xvfb cannot run
            if Path(f"/tmp/.X11-unix/X{self.number}").exists():
                done = self.xdotool("getdisplaygeometry", check=False)
                if done.returncode == 0 and done.stdout.split() == [
                    str(SCREEN_WIDTH),
                    str(SCREEN_HEIGHT),
                ]:
                    return True
            time.sleep(0.1)
        return False

    def _start_openbox(self, timeout: float = 15) -> None:
        home = self.workdir / "openbox-home"
        home.mkdir(exist_ok=True)
        log = (self.workdir / "openbox.log").open("w")
        self._logs.append(log)
        deadline = time.monotonic() + timeout
        tries = 0
        while time.monotonic() < deadline:
            if self.openbox is None or self.openbox.poll() is not None:
                # Xvfb resets when its last client leaves (our xdotool probe): a connection
                # in that moment fails, so openbox may need another try.
                if tries == 5:
                    raise RuntimeError(
                        f"openbox exited ({self.openbox.returncode if self.openbox else '?'}) "
                        f"on {self.display}: "
                        f"{(self.workdir / 'openbox.log').read_text(errors='replace')}"
                    )
                tries += 1
                self.openbox = subprocess.Popen(
                    ["openbox"],
                    env={**self.env, "HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache")},
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    cwd=home,
                )
                time.sleep(0.2)
                continue
            # The window manager says how many desktops there are (EWMH); without one the
            # root window has no such property.
            if self.xdotool("get_num_desktops", check=False).stdout.strip() not in ("", "0"):
                return
            time.sleep(0.1)
        raise RuntimeError(f"openbox did not manage {self.display} within {timeout:g} s")

    def stop(self) -> None:
        for proc in (self.openbox, self.xvfb):
            if proc is None or proc.poll() is not None:
                continue
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
        for log in self._logs:
            log.close()
        self._logs.clear()

    def xdotool(
        self, *args: str, check: bool = True, timeout: float = 15
    ) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            ["xdotool", *args],
            env=self.env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if check and done.returncode != 0:
            raise RuntimeError(
                f"xdotool {' '.join(args)} failed ({done.returncode}): {done.stderr.strip()}"
            )
        return done

    def screenshot(self, path: Path) -> Path | None:
        """The whole screen as PNG (ImageMagick's ``import -window root``)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            done = subprocess.run(
                ["import", "-window", "root", str(path)],
                env=self.env,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=30,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return None
        return path if done.returncode == 0 and path.exists() else None


@contextlib.contextmanager
def x_session(workdir: Path) -> Iterator[XSession]:
    """An X session for a module's tests (skipped, or failed in CI, without the tools)."""
    require_tools()
    session = XSession.start(workdir)
    try:
        yield session
    finally:
        session.stop()


# --------------------------------------------------------------------------- sandbox


@dataclass(frozen=True)
class Sandbox:
    """One app run's folders, all inside the test's tmp dir."""

    root: Path

    @property
    def home(self) -> Path:
        return self.root / "home"

    @property
    def config(self) -> Path:  # XDG_CONFIG_HOME: QSettings
        return self.home / ".config"

    @property
    def xdg_data(self) -> Path:  # XDG_DATA_HOME: Desk has DESK_DATA_DIR, so nothing here
        return self.home / ".local" / "share"

    @property
    def data(self) -> Path:  # DESK_DATA_DIR: logs
        return self.root / "desk-data"

    @property
    def tmp(self) -> Path:
        return self.root / "tmp"

    @property
    def runtime(self) -> Path:  # XDG_RUNTIME_DIR, else Qt makes /tmp/runtime-$USER
        return self.root / "runtime"

    @property
    def db(self) -> Path:
        return self.root / "db" / "desk.sqlite3"

    @property
    def pdf(self) -> Path:  # the PDF-folder printer's folder
        return self.root / "pdf"

    @property
    def artifacts(self) -> Path:  # the test's own files: app log, screenshots
        return self.root / "artifacts"

    @property
    def settings_file(self) -> Path:
        return self.config / SETTINGS_FILE

    @property
    def desk_log(self) -> Path:
        return self.data / "logs" / "desk.log"

    @classmethod
    def create(cls, root: Path) -> Sandbox:
        box = cls(root)
        for folder in (box.config, box.xdg_data, box.data, box.tmp, box.db.parent, box.pdf):
            folder.mkdir(parents=True, exist_ok=True)
        box.artifacts.mkdir(parents=True, exist_ok=True)
        box.runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
        return box

    def env(self, display: str | None = None) -> dict[str, str]:
        env = _clean_environment()
        env.update(
            HOME=str(self.home),
            XDG_CONFIG_HOME=str(self.config),
            XDG_DATA_HOME=str(self.xdg_data),
            XDG_RUNTIME_DIR=str(self.runtime),
            DESK_DATA_DIR=str(self.data),
            TMPDIR=str(self.tmp),
            QT_QPA_PLATFORM="xcb",
            LANG=spanish_locale(),
            LANGUAGE="es",
            TZ=TIME_ZONE,
            PYTHONDONTWRITEBYTECODE="1",
        )
        if display:
            env["DISPLAY"] = display
        return env

    def excluded(self, path: Path) -> bool:
        """Files the app may write: the database and its companions (journal, WAL, the
        running marker), backups beside it, settings, its data folder, openbox's cache,
        the PDF folder, and the test's own artifacts."""
        if path.parent == self.db.parent and path.name.startswith(self.db.name):
            rest = path.name[len(self.db.name) :]
            if rest in ("", "-wal", "-shm", "-journal") or rest.startswith(".running-"):
                return True
        folders = (
            self.db.parent / "backups",
            self.config,
            self.data,
            self.home / ".cache" / "openbox",
            self.pdf,
            self.artifacts,
        )
        return any(path == f or path.is_relative_to(f) for f in folders)


def file_snapshot(
    roots: Iterable[Path], excluded: Callable[[Path], bool]
) -> dict[Path, tuple[int, int]]:
    """Every file under ``roots`` (not ``excluded``) with its size and mtime."""
    found: dict[Path, tuple[int, int]] = {}
    for root in roots:
        for folder, dirs, files in os.walk(root):
            here = Path(folder)
            dirs[:] = [d for d in dirs if not excluded(here / d)]
            for name in files:
                path = here / name
                if excluded(path):
                    continue
                try:
                    stat = path.lstat()
                except OSError:
                    continue
                found[path] = (stat.st_size, stat.st_mtime_ns)
    return found


# --------------------------------------------------------------------------- database


def db_options(box: Sandbox, server: str | None) -> list[str]:
    """``--db`` the sandbox's file; with a server, ``--db URL --local`` that file."""
    return ["--db", str(box.db)] if server is None else ["--db", server, "--local", str(box.db)]


def desk_cli(
    box: Sandbox,
    *args: str,
    check: bool = True,
    timeout: float = 120,
    server: str | None = None,
) -> subprocess.CompletedProcess[str]:
    """The real ``desk`` command on the sandbox's database (with a server: its replica)."""
    done = subprocess.run(
        [str(desk_executable()), *db_options(box, server), "--lang", "es", *args],
        env=box.env(),
        cwd=box.root,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if check and done.returncode != 0:
        raise AssertionError(
            f"desk {' '.join(args)} failed ({done.returncode}):\n{done.stdout}{done.stderr}"
        )
    return done


def make_demo_database(box: Sandbox, count: int, seed: int) -> None:
    desk_cli(box, "demo", "--count", str(count), "--seed", str(seed))


@dataclass(frozen=True)
class Person:
    id: str
    code: str
    mode: str
    status: str
    name: str


@contextlib.contextmanager
def _sqlite(path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(path, timeout=30)
    conn.row_factory = sqlite3.Row
    try:
        yield conn
    finally:
        conn.close()


def read_people(db_path: Path) -> list[Person]:
    with _sqlite(db_path) as conn:
        rows = conn.execute(
            "SELECT id, code, mode, status, given_name || ' ' || family_name AS name "
            "FROM participants ORDER BY rowid"  # as made: the demo's seed decides who
        ).fetchall()
    return [Person(r["id"], r["code"], r["mode"], r["status"], r["name"]) for r in rows]


def read_desk_id(db_path: Path) -> str:
    with _sqlite(db_path) as conn:
        row = conn.execute("SELECT value FROM meta WHERE key = 'desk_id'").fetchone()
    return str(row["value"])


def live_records(db_path: Path, kind: str) -> list[sqlite3.Row]:
    """Records of ``kind`` that no void record cancels (records are never deleted)."""
    with _sqlite(db_path) as conn:
        return conn.execute(
            "SELECT id, participant_id, item_id, direction, at, operator, desk_id "
            "FROM records WHERE kind = ? AND id NOT IN "
            "(SELECT target_id FROM records WHERE kind = 'void' AND target_id IS NOT NULL) "
            "ORDER BY rowid",
            (kind,),
        ).fetchall()


def cancel_participants(db_path: Path, participant_ids: Iterable[str]) -> None:
    """Mark participants cancelled, in-process, through the core's own edit."""
    from desk.arrival.checkin import edit_participant
    from desk.events.event import default_event
    from desk.storage.db import Database
    from desk.storage.models import STATUS_CANCELLED

    event = default_event()
    db = Database(db_path)
    try:
        with db.write() as session:
            for pid in participant_ids:
                edit_participant(
                    session, event, pid, {"status": STATUS_CANCELLED}, desk_id=db.desk_id
                )
    finally:
        db.close()


def write_print_settings(
    box: Sandbox, desk_id: str, *, mode: str, printer: str, pdf_folder: Path | None = None
) -> None:
    """The desk's badge printing settings, where the app's QSettings reads them."""
    from PySide6.QtCore import QSettings

    box.settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(box.settings_file), QSettings.Format.IniFormat)
    settings.beginGroup(f"badge_printing/{desk_id}")
    settings.setValue("mode", mode)
    settings.setValue("printer", printer)
    if pdf_folder is not None:
        settings.setValue("pdf_folder", str(pdf_folder))
    settings.endGroup()
    settings.sync()
    if settings.status() != QSettings.Status.NoError:
        raise RuntimeError(f"cannot write {box.settings_file}: {settings.status()}")


# --------------------------------------------------------------------------- waiting


def wait_for(predicate: Callable[[], bool], timeout: float, step: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while True:
        if predicate():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(step)


def wait_until_stable(read: Callable[[], T], *, quiet: float = 2.0, timeout: float = 20.0) -> T:
    """``read()`` once its value has not changed for ``quiet`` seconds (or at ``timeout``)."""
    value = read()
    changed = time.monotonic()
    deadline = changed + timeout
    while time.monotonic() < deadline:
        time.sleep(0.25)
        now_value = read()
        if now_value != value:
            value, changed = now_value, time.monotonic()
        elif time.monotonic() - changed >= quiet:
            break
    return value


# --------------------------------------------------------------------------- the app


class AppFailed(AssertionError):
    pass


class App:
    """One run of the real app under faketime, in the sandbox, on the X session."""

    def __init__(
        self,
        x: XSession,
        box: Sandbox,
        *,
        fake_time: str,
        gui_args: Sequence[str] = (),
        operator: str = OPERATOR,
        desk_name: str = DESK_NAME,
        server: str | None = None,
    ) -> None:
        self.x = x
        self.box = box
        self.fake_time = fake_time
        self.command = [
            "faketime",
            "-f",
            f"@{fake_time}",
            str(desk_executable()),
            *db_options(box, server),
            "--operator",
            operator,
            "--desk-name",
            desk_name,
            "--lang",
            "es",
            "gui",
            *gui_args,
        ]
        self.log_path = box.artifacts / "app.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self.pid: int | None = None  # desk's own process (faketime's child)
        self.window: str | None = None
        self.started_at = 0.0
        self.closed_by = ""
        self.exit_code: int | None = None
        self.doing = "starting"  # what the test is doing now (the watcher notes it)
        self._log: IO[bytes] | None = None

    # -- start ---------------------------------------------------------------------------

    def start(self, timeout: float = 20) -> None:
        env = {**self.box.env(self.x.display), "FAKETIME_DONT_FAKE_MONOTONIC": "1"}
        # The pointer away from the app's widgets (no tooltip, no hover): on the title bar.
        self.x.xdotool("mousemove", str(SCREEN_WIDTH // 2), "2", check=False)
        self._log = self.log_path.open("wb")
        self.started_at = time.monotonic()
        self.proc = subprocess.Popen(
            self.command,
            env=env,
            cwd=self.box.root,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        self.pid = self._child_pid(deadline)
        self.window = self._wait_for_window(deadline)
        self.activate()

    def _child_pid(self, deadline: float) -> int:
        assert self.proc is not None
        parent = self.proc.pid
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.fail(f"faketime/desk exited ({self.proc.returncode}) before the window")
            try:
                children = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
            except OSError:
                children = []
            if children:
                return int(children[0])
            try:  # faketime may also exec desk in place
                cmdline = Path(f"/proc/{parent}/cmdline").read_bytes()
            except OSError:
                cmdline = b""
            if str(desk_executable()).encode() in cmdline and not cmdline.startswith(b"faketime"):
                return parent
            time.sleep(0.05)
        self.fail("faketime started no desk process")
        raise AssertionError  # unreachable

    def _wait_for_window(self, deadline: float) -> str:
        last: tuple[str, Geometry] | None = None
        stable = 0
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                self.fail(f"desk exited ({self.proc.returncode}) before its window appeared")
            found = [(w, g) for w in self.visible_windows() if (g := self.geometry(w))]
            if found:
                biggest = max(found, key=lambda wg: wg[1].width * wg[1].height)
                if biggest == last and biggest[1].width >= 640:
                    stable += 1
                    if stable >= 2:  # mapped, maximised, and staying so
                        return biggest[0]
                else:
                    stable = 0
                last = biggest
            time.sleep(0.2)
        self.fail(f"no window of desk (pid {self.pid}) appeared; seen: {last}")
        raise AssertionError  # unreachable

    def activate(self) -> None:
        """Give the main window the keyboard, as the operator's first click would."""
        assert self.window is not None
        self.x.xdotool("windowactivate", "--sync", self.window, check=False, timeout=10)
        if not wait_for(self._is_active, 3, 0.1):
            geometry = self.geometry(self.window)
            if geometry is not None:  # click its title bar (openbox's, not a widget)
                self.x.xdotool(
                    "mousemove",
                    str(geometry.x + geometry.width // 2),
                    str(max(geometry.y // 2, 1)),
                    "click",
                    "1",
                    check=False,
                )
            if not wait_for(self._is_active, 3, 0.1):
                self.fail("the window never became the active one")

    def _is_active(self) -> bool:
        return self.x.xdotool("getactivewindow", check=False).stdout.strip() == self.window

    # -- looking ---------------------------------------------------------------------------

    def visible_windows(self) -> list[str]:
        if self.pid is None:
            return []
        done = self.x.xdotool("search", "--onlyvisible", "--pid", str(self.pid), check=False)
        return done.stdout.split()

    def geometry(self, window: str) -> Geometry | None:
        done = self.x.xdotool("getwindowgeometry", "--shell", window, check=False)
        values = dict(line.split("=", 1) for line in done.stdout.splitlines() if "=" in line)
        try:
            return Geometry(
                int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])
            )
        except (KeyError, ValueError):
            return None

    def window_name(self, window: str) -> str:
        return self.x.xdotool("getwindowname", window, check=False).stdout.strip()

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def elapsed(self) -> float:
        return time.monotonic() - self.started_at

    # -- typing ----------------------------------------------------------------------------

    def scan(self, code: str, *, enter: bool = True) -> None:
        """A USB scanner: the code fast, then (usually) its Enter, as two xdotool calls."""
        self.x.xdotool("type", "--delay", "2", code)
        if enter:
            self.x.xdotool("key", "Return")

    def type_like_person(self, text: str) -> None:
        self.x.xdotool("type", "--delay", "60", text)

    def key(self, name: str) -> None:
        self.x.xdotool("key", name)

    def screenshot(self, name: str) -> Path | None:
        return self.x.screenshot(self.box.artifacts / name)

    # -- closing ---------------------------------------------------------------------------

    def close(self) -> str:
        """Ctrl+Q (after Esc for any dialog still open), else SIGTERM, else SIGKILL; how
        it ended is kept in ``closed_by``."""
        if self.proc is None:
            return ""
        if self.proc.poll() is None and self.window is not None:
            for _ in range(3):
                if len(self.visible_windows()) <= 1:
                    break
                self.key("Escape")
                time.sleep(0.3)
            self.x.xdotool("windowactivate", "--sync", self.window, check=False, timeout=5)
            self.x.xdotool("key", "ctrl+q", check=False)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(10)
            if self.proc.poll() is not None:
                self.closed_by = "Ctrl+Q"
        for sig, name in ((signal.SIGTERM, "SIGTERM"), (signal.SIGKILL, "SIGKILL")):
            if self.proc.poll() is not None:
                break
            for pid in (self.pid, self.proc.pid):
                if pid is not None:
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, sig)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(10)
            self.closed_by = name
        if not self.closed_by:
            self.closed_by = f"exited by itself ({self.proc.returncode})"
        self.exit_code = self.proc.returncode
        if self._log is not None:
            self._log.close()
            self._log = None
        return self.closed_by

    # -- reporting -------------------------------------------------------------------------

    def log_text(self) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    def diagnostics(self, lines: int = 60) -> str:
        parts = [
            f"command: {' '.join(self.command)}",
            f"display {self.x.display}; desk pid {self.pid}; window {self.window}; "
            f"closed by {self.closed_by or '-'}; exit code {self.exit_code}",
            f"artifacts (screenshots, app.log): {self.box.artifacts}",
        ]
        log = self.log_text().splitlines()
        parts.append(
            f"--- app stdout/stderr ({len(log)} lines, last {lines}) ---\n"
            + ("\n".join(log[-lines:]) if log else "(empty)")
        )
        try:
            desk_log = self.box.desk_log.read_text(encoding="utf-8", errors="replace")
        except OSError:
            desk_log = None
        if desk_log is not None:
            tail = desk_log.splitlines()[-lines:]
            parts.append(f"--- {self.box.desk_log} (last {lines}) ---\n" + "\n".join(tail))
        return "\n".join(parts)

    def fail(self, message: str) -> None:
        shot = self.x.screenshot(self.box.artifacts / "failure.png")
        if self.proc is not None and self.proc.poll() is None:
            self.close()
        raise AppFailed(f"{message}\nscreenshot: {shot}\n{self.diagnostics()}")


@dataclass(frozen=True)
class Geometry:
    x: int
    y: int
    width: int
    height: int

    def __str__(self) -> str:
        return f"{self.width}x{self.height}+{self.x}+{self.y}"


# --------------------------------------------------------------------------- watcher


@dataclass
class SeenWindow:
    window: str
    name: str
    geometry: str
    first_seen: float  # seconds since the app started
    during: str  # what the test was doing
    screenshot: Path | None = None

    def __str__(self) -> str:
        shot = f", screenshot {self.screenshot}" if self.screenshot else ""
        return (
            f"window {self.window} “{self.name}” {self.geometry} at {self.first_seen:.1f} s, "
            f"during {self.during}{shot}"
        )


@dataclass
class Watcher:
    """Every ``interval`` s: the app's visible top-level windows and its main window's
    width. Use as a context manager around the scans."""

    app: App
    interval: float = 0.1
    max_screenshots: int = 3
    extra_windows: dict[str, SeenWindow] = field(default_factory=dict)
    most_windows: int = 0
    max_width: int = 0
    too_wide: list[tuple[float, int, str]] = field(default_factory=list)
    main_gone: str = ""
    samples: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def __enter__(self) -> Watcher:
        self._thread = threading.Thread(target=self._run, name="window-watcher", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(10)

    def _run(self) -> None:
        app = self.app
        while not self._stop.wait(self.interval):
            if not app.alive():
                self.main_gone = self.main_gone or (
                    f"the app exited at {app.elapsed():.1f} s, during {app.doing}"
                )
                return
            windows = app.visible_windows()
            self.samples += 1
            self.most_windows = max(self.most_windows, len(windows))
            for window in windows:
                if window == app.window or window in self.extra_windows:
                    continue
                geometry = app.geometry(window)
                seen = SeenWindow(
                    window,
                    app.window_name(window),
                    str(geometry) if geometry else "?",
                    app.elapsed(),
                    app.doing,
                )
                shots = sum(1 for s in self.extra_windows.values() if s.screenshot)
                if shots < self.max_screenshots:
                    seen.screenshot = app.screenshot(f"window-{len(self.extra_windows) + 1}.png")
                self.extra_windows[window] = seen
            if app.window is None:
                continue
            main = app.geometry(app.window)
            if main is None:
                if app.alive() and not self.main_gone:
                    self.main_gone = f"the main window vanished at {app.elapsed():.1f} s"
                continue
            self.max_width = max(self.max_width, main.width)
            if main.width > SCREEN_WIDTH and len(self.too_wide) < 20:
                self.too_wide.append((app.elapsed(), main.width, app.doing))

    def problems(self) -> list[str]:
        found = []
        if self.extra_windows:
            found.append(
                f"a second window appeared {len(self.extra_windows)} time(s) (at most "
                f"{self.most_windows} windows at once); a dialog takes the scanner's keys:\n"
                + "\n".join(f"    {w}" for w in list(self.extra_windows.values())[:15])
            )
        if self.too_wide:
            first = self.too_wide[0]
            found.append(
                f"the window grew wider than the screen ({SCREEN_WIDTH} px): {self.max_width}"
                f" px at most; first at {first[0]:.1f} s ({first[1]} px) during {first[2]}"
            )
        if self.main_gone:
            found.append(self.main_gone)
        return found

    def summary(self) -> str:
        return (
            f"watcher: {self.samples} samples, at most {self.most_windows} window(s), "
            f"widest {self.max_width} px"
        )


def new_files(
    before: dict[Path, tuple[int, int]], after: dict[Path, tuple[int, int]]
) -> list[Path]:
    return sorted(set(after) - set(before))


def tracebacks(text: str) -> list[str]:
    """Python tracebacks in the app's output (an unexpected error in a slot)."""
    return re.findall(r"Traceback \(most recent call last\):\n(?:[ \t].*\n)*.*", text)


def fail_if(problems: list[str], app: App, watcher: Watcher, shot: Path | None) -> None:
    """Fail the test with every problem found, what the watcher saw, the last screenshot
    and the app's diagnostics."""
    if problems:
        pytest.fail(
            "\n".join(f"- {p}" for p in problems)
            + f"\n{watcher.summary()}; final screenshot: {shot}\n"
            + app.diagnostics(),
            pytrace=False,
        )


def log_problems(app: App) -> list[str]:
    """Tracebacks on the app's stdout/stderr; errors in its log file (desk.log)."""
    found = [f"the app printed a traceback:\n{tb}" for tb in tracebacks(app.log_text())[:3]]
    try:
        desk_log = app.box.desk_log.read_text(encoding="utf-8", errors="replace")
    except OSError:
        desk_log = ""
    errors = [line for line in desk_log.splitlines() if re.search(r" (ERROR|CRITICAL) ", line)]
    if errors:
        found.append(
            f"{len(errors)} error(s) in {app.box.desk_log}, the first: {errors[0]}"
            + "".join(f"\n    {tb}" for tb in tracebacks(desk_log)[:1])
        )
    if app.exit_code not in (0, None) and app.closed_by == "Ctrl+Q":
        found.append(f"the app exited with code {app.exit_code} after Ctrl+Q")
    return found
