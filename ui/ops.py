"""One runner for the window's actions, and the one "changed" signal.

    Op(parent, lambda _ctx: people.edit_participant(db, ...)).success(show).run()
    Op(parent, lambda ctx: lists.import_list(db, ..., progress=ctx.progress))
        .success(show_report).run_in_background(runner)

An :class:`Op` runs one action of ``desk/actions``: on the window's thread when it is
quick (a check-in from a dialog, a void, an edit, a merge, an operator saved: one short
transaction), or on the task runner (``ui/tasks.py``) when it is slow (an import, an
export, a sync, a backup). A failure is shown through :func:`ui.messages.show_error`, or
handed to the callback given to :meth:`Op.failure` (a form shows it in its fields). After
a success the application-wide :func:`changes` hub emits ``changed`` once (an op made with
``changed=False`` changes no data: a backup, an export), before the success callbacks run;
the counts, the check-in table, the door screen and the dashboard listen to it, so no
dialog has to tell the window to refresh.

The scan path does not use an Op: a check-in or door scan calls its action directly on the
window's thread (through :func:`again_if_server_lost`) and shows a failure in the result
panel, never in a window.

A desk on a server (``desk.server.database``) may lose it in the middle of an action: the
action raises ``ServerLost``, nothing of it was saved, and the desk works on its own file
from then on. :func:`again_if_server_lost` runs the action once more, on that file, instead
of showing the error; every op and every scan goes through it.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, ParamSpec, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desk.errors import DeskError
from ui.messages import show_error
from ui.tasks import Task, TaskRunner

log = logging.getLogger(__name__)

T = TypeVar("T")
P = ParamSpec("P")


class Context(Protocol):
    """What the work of an op is handed: ``ui.tasks.TaskContext`` in the background."""

    def progress(self, done: int, total: int) -> None: ...

    @property
    def cancelled(self) -> bool: ...


class _OnThisThread:
    """The context of an op run on the window's thread: nothing to report to, no cancel."""

    cancelled = False

    def progress(self, done: int, total: int) -> None:
        pass


@dataclass(frozen=True, slots=True)
class Change:
    """What the ``changed`` signal carries: the op's name and the action's result."""

    what: str
    result: object


class Changes(QObject):
    """The application-wide hub: ``changed(Change)`` after every op that changed data."""

    changed = Signal(object)  # Change


_hub: Changes | None = None


def changes() -> Changes:
    """The one hub (made on first use, on the window's thread)."""
    global _hub
    if _hub is None:
        _hub = Changes()
    return _hub


def is_server_lost(exc: BaseException) -> bool:
    """Whether ``exc`` is ``desk.server.database.ServerLost``: the server went away during
    a transaction of a desk on a server (a desk on its own file never loads that module)."""
    module = sys.modules.get("desk.server.database")
    lost = getattr(module, "ServerLost", None) if module is not None else None
    return lost is not None and isinstance(exc, lost)


def again_if_server_lost(action: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """``action(*args, **kwargs)``; when the server went away during it (nothing of it was
    saved, and the desk now works on its own file), once more: saved on this computer."""
    try:
        return action(*args, **kwargs)
    except Exception as exc:
        if not is_server_lost(exc):
            raise
        name = getattr(action, "__name__", "an action")
        log.warning("%s: the server went away during it; once more on this desk's file", name)
        return action(*args, **kwargs)


# Ops whose task is still running: kept alive until their result is handed on.
_running: set[Op[object]] = set()


def _alive(callback: Callable[..., object]) -> bool:
    """False for a method of a Qt object already deleted (its window closed while a
    background op ran): calling it would raise."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class Op(Generic[T]):
    """One action run from the window (see the module docstring)."""

    def __init__(
        self,
        parent: QWidget | None,
        work: Callable[[Context], T],
        *,
        what: str = "",
        changed: bool = True,
    ) -> None:
        self._parent = parent
        self._work = work
        name = getattr(work, "__name__", "")
        self._what = what or ("" if name.startswith("<") else name)  # not "<lambda>"
        self._changed = changed
        self._on_success: list[Callable[[T], object]] = []
        self._on_failure: list[Callable[[BaseException], object]] = []
        self._on_progress: list[Callable[[int, int], object]] = []

    def success(self, callback: Callable[[T], object]) -> Op[T]:
        """Call ``callback(result)`` after a success (after ``changed``)."""
        self._on_success.append(callback)
        return self

    def failure(self, callback: Callable[[BaseException], object]) -> Op[T]:
        """Hand a failure to ``callback(exc)`` instead of showing it in a message box."""
        self._on_failure.append(callback)
        return self

    def progress(self, callback: Callable[[int, int], object]) -> Op[T]:
        """``callback(done, total)`` while a background op reports progress."""
        self._on_progress.append(callback)
        return self

    def run(self) -> T | None:
        """Run now, on this thread; the result, or None when it failed (already shown)."""
        try:
            result = again_if_server_lost(self._work, _OnThisThread())
        except Exception as exc:  # shown, or handed to the failure callback
            self._failed(exc)
            return None
        self._succeeded(result)
        return result

    def run_in_background(self, runner: TaskRunner) -> Task:
        """Run on ``runner``; the callbacks run on the window's thread when it is done."""
        work = self._work
        task = runner.start(lambda ctx: again_if_server_lost(work, ctx))
        _running.add(self)  # type: ignore[arg-type]
        task.progressed.connect(self._progressed)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        task.finished.connect(lambda: _running.discard(self))  # type: ignore[arg-type]
        return task

    # -- results -------------------------------------------------------------------------

    def _progressed(self, done: int, total: int) -> None:
        for callback in self._on_progress:
            callback(done, total)

    def _succeeded(self, result: T) -> None:
        if self._changed:
            changes().changed.emit(Change(self._what, result))
        for callback in self._on_success:
            if _alive(callback):
                callback(result)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, DeskError):
            log.error("%s failed", self._what or "an action", exc_info=exc)
        if self._on_failure:
            for callback in self._on_failure:
                if _alive(callback):
                    callback(exc)
            return
        parent = self._parent
        show_error(parent if parent is not None and shiboken6.isValid(parent) else None, exc)
