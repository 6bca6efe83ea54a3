"""The one small task runner: slow work off the UI thread, results back through signals."""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from desk.errors import DeskError


class TaskCancelled(DeskError):
    """The operator cancelled; the work rolled back."""


class TaskContext:
    """Handed to the work function: report progress, notice a cancel."""

    def __init__(self, task: Task) -> None:
        self._task = task
        self._cancel = threading.Event()

    def progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise TaskCancelled(
                QCoreApplication.translate("TaskContext", "Cancelled: nothing was changed.")
            )
        self._task.progressed.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class Task(QObject):
    """One piece of work; lives in the UI thread, runs ``work(context)`` in the pool."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()

    def __init__(self, work: Callable[[TaskContext], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.context = TaskContext(self)

    def cancel(self) -> None:
        self.context.cancel()

    def _run(self) -> None:
        try:
            result = self._work(self.context)
        except DeskError as exc:
            self.failed.emit(exc)
        except Exception as exc:  # an unexpected bug: keep the traceback for the report
            exc.desk_traceback = traceback.format_exc()  # type: ignore[attr-defined]
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()


class TaskRunner(QObject):
    """Starts tasks on a thread pool and keeps them alive until they finish."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._running: set[Task] = set()

    def start(self, work: Callable[[TaskContext], Any]) -> Task:
        task = Task(work)
        self._running.add(task)
        task.finished.connect(lambda t=task: self._running.discard(t))
        # Start on the next turn of the event loop: the caller connects to the task's
        # signals first, so even a task that finishes at once is never missed.
        QTimer.singleShot(0, lambda: self._pool.start(_Runnable(task)))
        return task

    def wait(self, msecs: int = -1) -> bool:
        """Wait until every started task has finished (processing events meanwhile)."""
        deadline = time.monotonic() + msecs / 1000 if msecs >= 0 else None
        while self._running:
            QCoreApplication.processEvents()
            self._pool.waitForDone(10)
            if deadline is not None and time.monotonic() > deadline:
                return False
        return True

    @property
    def busy(self) -> bool:
        return bool(self._running)
