"""One live source of counts for the whole window: header, door screen and dashboard.

It keeps a :class:`desk.doors.tally.Tally`, which reads only the records added since it last
looked. The first read (every record of the day) runs on the task runner so a large
database never freezes the window; later reads take milliseconds and run where they are
asked for, right after a check-in or a scan, and on a timer that picks up records other
desks and programs wrote.

A desk on a server reads the server while it answers and its own file while it does not:
the two number their records differently, so the tally starts again (one full read) each
time the desk switches.
"""

from __future__ import annotations

import threading
from html import escape

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desk.doors.tally import Snapshot, Tally, record_count
from desk.events.event import Category, Event
from desk.people.participants import Counts
from desk.storage.db import Database
from ui.ops import again_if_server_lost
from ui.tasks import TaskRunner

REFRESH_MS = 3_000
# Below this many records the first read takes under 0.1 s: done at once, so the window
# opens with its counts; above it, on the task runner.
FIRST_READ_AT_ONCE = 20_000


class CountsFeed(QObject):
    updated = Signal(object)  # Snapshot

    def __init__(
        self, db: Database, event: Event, runner: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.snapshot: Snapshot | None = None
        self.desk_event = event
        self._tally = Tally(event)
        self._online = db.online  # which side the tally has read: the server or the file
        self._lock = threading.Lock()
        self._first_running = False
        self._again = False
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

    def start(self) -> None:
        """The first read (off the window's thread when there is much to read); then a
        refresh every few seconds."""
        self._timer.start()
        with self.db.read() as session:
            records = record_count(session)
        if records < FIRST_READ_AT_ONCE:
            self.refresh()
            return
        self._first_running = True
        task = self.runner.start(lambda _ctx: self._update())
        task.succeeded.connect(self._on_first_succeeded)
        task.failed.connect(self._on_first_failed)

    def stop(self) -> None:
        """No more refreshes (the database is about to close)."""
        self._timer.stop()

    def _update(self) -> Snapshot:
        return again_if_server_lost(self._read)

    def _read(self) -> Snapshot:
        with self._lock:
            while True:
                online = self.db.online
                if online != self._online:  # switched between the server and the file
                    self._tally = Tally(self.desk_event)
                    self._online = online
                with self.db.read() as session:
                    snapshot = self._tally.update(session)
                if self.db.online == online:  # else it switched during the read: again
                    return snapshot

    def _on_first_succeeded(self, snapshot: Snapshot) -> None:
        self._first_running = False
        self._publish(snapshot)
        if self._again:
            self._again = False
            self.refresh()

    def _on_first_failed(self, _exc: BaseException) -> None:
        self._first_running = False  # the next refresh tries again, on this thread

    def refresh(self) -> Snapshot | None:
        """Counts as of now (after a check-in, a scan, an import)."""
        if self._first_running:
            self._again = True  # the first read may have started before this change
            return self.snapshot
        self._publish(self._update())
        return self.snapshot

    def _publish(self, snapshot: Snapshot) -> None:
        if snapshot is not self.snapshot:
            self.snapshot = snapshot
            self.updated.emit(snapshot)


def category_block(
    event: Event, counts: Counts, lang: str, *, columns: int = 2, rows: int = 3
) -> tuple[str, str]:
    """The header's per-category counts as a compact block: the largest categories in a
    table of ``columns`` × ``rows`` cells ("Ponente <b>7</b>/11", never cut in the middle),
    the last cell "+N more…" when there are more; and the whole list for the tooltip."""
    shown = sorted(
        (cat for cat in event.categories if counts.by_category.get(cat.id)),
        key=lambda cat: -counts.by_category[cat.id],
    )

    def cell(cat: Category) -> str:
        label = escape(cat.label.get(lang)).replace(" ", "&nbsp;")
        checked = counts.checked_in_by_category.get(cat.id, 0)
        return f"{label}&nbsp;<b>{checked}</b>/{counts.by_category[cat.id]}"

    room = columns * rows
    cells = [cell(cat) for cat in shown[:room]]
    if len(shown) > room:
        cells[-1] = escape(
            QCoreApplication.translate("MainWindow", "+%n more…", None, len(shown) - room + 1)
        )
    lines = []
    for start in range(0, len(cells), columns):
        row = cells[start : start + columns]
        lines.append(
            "<tr>"
            + "".join(f'<td style="padding: 0 0 0 14px">{text}</td>' for text in row)
            + "</tr>"
        )
    html = f'<table cellspacing="0" align="right">{"".join(lines)}</table>' if cells else ""
    tooltip = "\n".join(
        f"{cat.label.get(lang)}: {counts.checked_in_by_category.get(cat.id, 0)}"
        f" / {counts.by_category[cat.id]}"
        for cat in shown
    )
    return html, tooltip
