"""Start the window: application, language, database, main window.

The database is the one named on the command line, else ``DESK_DB``, else what this
computer chose in the first-run setup or the settings (``ui.settings.saved_server``): a
server several desks share, or this computer's own file.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from desk import APP_ID, APP_NAME, __version__
from desk.errors import DeskError
from desk.events.event import Event, default_event
from desk.logs import start_logging
from desk.storage.db import Database, local_path, open_database
from desk.storage.health import mark_clean_exit, mark_running
from ui.language import apply_language, chosen_language, switch_language
from ui.messages import error_text, show_error
from ui.ops import is_server_lost
from ui.settings import OPERATOR, saved_server

# apply_language and chosen_language live in ui.language; importable from here as before.
__all__ = [
    "apply_language",
    "ask_who",
    "chosen_language",
    "install_error_hook",
    "make_application",
    "open_window",
    "run",
]


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    return app


def open_window(db: Database, event: Event, operator: str = ""):
    from ui.main_window import MainWindow

    window = MainWindow(db, event, operator)
    window.language_requested.connect(switch_language)
    return window


def install_error_hook() -> None:
    """An unexpected error in a slot is shown to the operator (and its traceback kept on
    stderr for support) instead of vanishing while the window carries on."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if is_server_lost(exc):
            # A read that lost the server half-way (every write is done again by itself):
            # the desk works on its own file now and its banner says so. Not an error, and
            # no window in the middle of a queue.
            logging.getLogger("desk").warning("a read lost the server: %s", exc)
            window = QApplication.activeWindow()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(error_text(exc), 10_000)
            return
        previous(kind, exc, tb)
        logging.getLogger("desk").error("unexpected error", exc_info=(kind, exc, tb))
        if isinstance(exc, KeyboardInterrupt):
            return
        show_error(QApplication.activeWindow(), exc)

    sys.excepthook = hook


def ask_who(db: Database, desk_name: str | None, operator: str | None) -> str | None:
    """The operator's name: from the command line, else asked (with the remembered desk
    and operator names filled in, so Enter confirms). None when the operator cancels."""
    from desk.staff import operators as ops
    from ui.signin_dialog import SignInDialog
    from ui.start_dialog import StartDialog

    remembered = OPERATOR.get()
    with db.read() as session:
        signed = ops.has_operators(session)
    if signed:  # operators with PINs: name and PIN, even for a kiosk start
        sign_in = SignInDialog(db, (operator or remembered).strip())
        if not sign_in.exec() or sign_in.operator is None:
            return None
        OPERATOR.set(sign_in.operator.name)
        return sign_in.operator.name
    if operator and desk_name:
        OPERATOR.set(operator.strip())
        return operator.strip()
    dialog = StartDialog(desk_name or db.desk_name, operator or remembered)
    if not dialog.exec():
        return None
    name, who = dialog.values()
    if name != db.desk_name:
        db.set_desk_name(name)
    OPERATOR.set(who)
    return who


def start_target(db_path: str | Path | None) -> tuple[str | Path | None, bool]:
    """What to open: the database named (command line, else ``DESK_DB``), else the server
    chosen in the setup or the settings, else None (this computer's file); and whether it
    came from those settings."""
    if db_path or os.environ.get("DESK_DB"):
        return db_path, False
    url = saved_server()
    return (url, True) if url else (None, False)


def _open_desk(
    target: str | Path | None, local: str | Path | None, desk_name: str | None, event: Event
) -> Database | None:
    """Open the desk's database (checking the file on this computer first); None when
    the operator declined to go on after a damaged file. DeskError when it cannot."""
    from ui.health_dialog import startup_health

    # Before the database is opened: folder writable, disk not full, the file healthy
    # (a full check after an unclean exit); on damage the newest good backup is offered.
    here = local_path(target, desk_name=desk_name, local=local)
    if not startup_health(None, here, event):
        return None
    db = open_database(target, desk_name=desk_name, local=local)
    try:
        mark_running(db.path)
        db.bind_event(event.id)
        if desk_name and desk_name.strip() != db.desk_name:
            db.set_desk_name(desk_name)
    except BaseException:
        db.close()
        raise
    return db


def _own_file_instead(exc: DeskError) -> bool:
    """The saved server cannot be used: ask whether to work on this computer's file."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        APP_NAME,
        QCoreApplication.translate(
            "app", "The server saved in the settings cannot be used: {reason}"
        ).format(reason=exc),
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "app",
            "Open this computer's own file instead (one desk)? Its data is not the "
            "server's. Settings… changes the server for the next start.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close)
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    return box.exec() == QMessageBox.StandardButton.Open


def open_again(db: Database) -> Database:
    """``db`` opened afresh (after a restore, or a refused one, closed it): the same file;
    a desk on a server: the same server, with the same file as its replica."""
    if db.is_server:
        return open_database(str(getattr(db, "url")), local=db.path)  # noqa: B009
    return open_database(db.path)


def run(
    db_path: str | Path | None = None,
    local: str | Path | None = None,
    desk_name: str | None = None,
    lang: str | None = None,
    operator: str | None = None,
    screen: str = "checkin",
    item: str | None = None,
    full_screen: bool = False,
    camera: Path | None = None,
    kiosk: bool = False,
    print_to_folder: Path | None = None,
) -> int:
    app = make_application()
    start_logging()
    install_error_hook()
    apply_language(chosen_language(lang))
    from ui.setup_wizard import mark_setup_done, needs_setup, perform_start, run_setup

    event = default_event()
    if print_to_folder is not None:
        from ui.printing.settings import print_to_folder as set_print_folder

        set_print_folder(print_to_folder)
    target, saved = start_target(db_path)
    try:
        try:
            opened = _open_desk(target, local, desk_name, event)
        except DeskError as exc:
            if not saved or not _own_file_instead(exc):
                raise
            target = None  # this computer's own file, this time
            opened = _open_desk(target, local, desk_name, event)
    except DeskError as exc:
        show_error(None, exc)
        return 1
    if opened is None:
        return 1
    db = opened

    def open_server(url: str) -> Database:
        """The first-run setup chose a server: work on it from now on (the file just
        made for this desk stays as it is, empty)."""
        server = open_database(url, desk_name=desk_name, local=local)
        try:
            server.bind_event(event.id)
        except BaseException:
            server.close()
            raise
        db.close()
        mark_clean_exit(db.path)
        mark_running(server.path)
        return server

    start_action = None
    try:
        if needs_setup(db) and not (operator and desk_name):
            # Where the data is can be chosen only when nothing named a database.
            choose = target is None and not db.is_server
            answered = run_setup(
                db, event, operator or "", open_server=open_server if choose else None, lang=lang
            )
            if answered is not None:
                who, start_action, db = answered
            else:
                who = None
        else:
            who = ask_who(db, desk_name, operator)
            if who is not None and operator and desk_name:
                mark_setup_done(db)  # kiosk/script start: the other answers keep defaults
    except DeskError as exc:
        show_error(None, exc)
        who = None
    if who is None:
        db.close()
        mark_clean_exit(db.path)
        return 0
    current = {"db": db}

    def show(window: Any) -> None:
        window.reopen_requested.connect(lambda result: reopen(window, result))
        window.show_screen(screen)
        if item:
            window.door.set_item(item)
        if camera is not None:
            window.scanning.play_file(camera)
        if kiosk:
            window.scanning.enter_kiosk()
        elif full_screen:
            window.set_full_screen(True)
        else:
            window.showMaximized()

    def reopen(old: Any, result: Any) -> None:
        """After a restore (or a refused one): the same file, opened afresh, in a new
        window; the old one goes. The restore action logged itself in that file."""
        try:
            fresh = open_again(old.db)
        except DeskError as exc:
            show_error(old, exc)
            app.quit()
            return
        current["db"] = fresh
        window = open_window(fresh, event, old.operator)
        show(window)
        if result is not None:
            from desk.deskfiles.restore import restore_summary

            QMessageBox.information(window, APP_NAME, "\n".join(restore_summary(result)))
        old.reopen_requested.disconnect()
        old.close()
        old.deleteLater()

    first = open_window(db, event, who)
    show(first)
    if start_action is not None:
        perform_start(first, start_action)  # the chosen list or desk file, with progress
    try:
        return app.exec()
    finally:
        current["db"].close()
        mark_clean_exit(current["db"].path)
