"""Small interfaces between the window's parts (``typing.Protocol``).

A menu or a controller of the main window (the Badges menu, the Sync menu, the first-run
setup's start) is typed against what it really uses of the window, not against
``ui.main_window.MainWindow``: it needs neither that module nor the window's other parts,
and a test can hand it something small. The main window and its check-in screen are what
these describe; mypy checks it where the window hands itself over.

The Qt side (a parent for dialogs, the status bar) is ``QMainWindow`` itself, and the window
connects its screen's signals and puts the menus into its menu bar, so none of these
carries a signal or a menu.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from desk.events.event import Event
from desk.storage.db import Database
from ui.tasks import TaskRunner


class DeskSession(Protocol):
    """Who works at which desk, and where slow work runs: the desk's database, the event,
    the operator signed in now (read when needed: it changes) and the window's task
    runner. The main window is one."""

    @property
    def db(self) -> Database: ...

    @property
    def desk_event(self) -> Event: ...

    @property
    def operator(self) -> str: ...

    @property
    def runner(self) -> TaskRunner: ...


class FieldScreen(Protocol):
    """A screen whose field takes the keyboard back once a dialog closes (the check-in
    screen: every dialog of a menu gives the focus back to its scan field)."""

    def focus_field(self) -> None: ...


class PersonScreen(FieldScreen, Protocol):
    """The check-in screen as the Badges menu sees it: the person a print is about, and
    "print the badge?" offered in its result panel (F5) after a check-in."""

    def current_person(self) -> str | None: ...

    def offer_print(self, participant_id: str) -> None: ...


class StartTarget(Protocol):
    """Where the first-run setup's start goes once the window shows: a participant list to
    import (the import dialog) or another desk's file to merge. The main window is one."""

    def open_import(self, path: Path) -> object: ...

    def import_desk_files(self, paths: list[Path]) -> None: ...
