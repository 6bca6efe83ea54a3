"""Entry script of the built app (build.spec): the same as the ``desk`` console script
(``ui.launcher:main``), plus ``desk --self-test`` with one more check that only a build
with the window in it can make: the main window opens (offscreen) on a temporary
database, which proves every ``ui`` module and the Qt libraries they use were bundled.

``desk --self-test`` never touches the user's database, backups or settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def _window_check() -> str:
    """Open the main window on a temporary database, let it run briefly, close it."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    data_dir = os.environ.get("DESK_DATA_DIR")
    with tempfile.TemporaryDirectory(prefix="desk-self-test-window-") as folder:
        os.environ["DESK_DATA_DIR"] = str(Path(folder) / "data")  # backups go there
        try:
            return _open_window(Path(folder))
        finally:
            if data_dir is None:
                os.environ.pop("DESK_DATA_DIR", None)
            else:
                os.environ["DESK_DATA_DIR"] = data_dir


def _open_window(folder: Path) -> str:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings")
    )
    from desk.db import Database
    from desk.event import default_event
    from ui.app import apply_language, make_application, open_window

    app = make_application()
    apply_language("es")
    event = default_event()
    db = Database(folder / "desk.sqlite3", desk_name="Self-test")
    try:
        db.bind_event(event.id)
        window = open_window(db, event, "self-test")
        window.show()
        deadline = time.monotonic() + 0.5
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        title = window.windowTitle()
        window.runner.wait(5000)
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        db.close()
    if not isinstance(app, QApplication) or not title:
        raise RuntimeError("the main window did not open")
    return f"main window opened offscreen ({title!r})"


def main() -> int:
    if sys.argv[1:] == ["--self-test"]:
        from desk.selftest import run_self_test

        def out(line: str) -> None:
            print(line, flush=True)

        return run_self_test(out, extra=[("window", _window_check)])
    from ui.launcher import main as launcher_main

    return launcher_main()


if __name__ == "__main__":
    sys.exit(main())
