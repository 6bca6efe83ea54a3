"""ui/ops.py: one runner for the window's actions, and the one "changed" signal; and no
write transaction anywhere in the window."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import ui
from desk.errors import DeskError
from ui import ops
from ui.ops import Change, Op, changes
from ui.tasks import TaskRunner

UI = Path(ui.__file__).parent


@pytest.fixture
def runner(qapp):  # type: ignore[no-untyped-def]
    r = TaskRunner()
    yield r
    r.wait(5000)


@pytest.fixture
def heard(qapp):  # type: ignore[no-untyped-def]
    """Every Change the hub announces during the test."""
    got: list[Change] = []
    changes().changed.connect(got.append)
    yield got
    changes().changed.disconnect(got.append)


def test_no_write_transaction_in_the_window() -> None:
    """The window opens no write transaction: every change goes through desk/actions
    (badge printing too, through desk/actions/badges.py)."""
    found = [
        f"{path.relative_to(UI.parent)}:{n}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\.write\(\)", line)
    ]
    assert found == [], "write transactions in ui/ (call an action instead):\n" + "\n".join(found)


def test_the_window_keeps_no_log_of_its_own() -> None:
    """Audit rows are written by the actions, in their transactions."""
    for path in sorted(UI.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\bops\.log\(|\bwindow\.log\(|def log\(", text), path.name


def test_a_quick_op_says_changed_once_then_calls_back(heard: list[Change]) -> None:
    order: list[str] = []

    def hear(_change: Change) -> None:
        order.append("changed")

    changes().changed.connect(hear)
    try:
        result = (
            Op(None, lambda _ctx: 42, what="answer")
            .success(lambda r: order.append(f"success {r}"))
            .run()
        )
    finally:
        changes().changed.disconnect(hear)
    assert result == 42 and order == ["changed", "success 42"]
    assert heard == [Change("answer", 42)]


def test_an_op_that_changes_no_data_says_nothing(heard: list[Change]) -> None:
    assert Op(None, lambda _ctx: "written", changed=False).run() == "written"
    assert heard == []


def test_a_failure_goes_to_the_failure_callback_or_the_message_box(
    heard: list[Change], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(_ctx: object) -> None:
        raise DeskError("This needs a supervisor's PIN.")

    failed: list[BaseException] = []
    succeeded: list[object] = []
    assert Op(None, refuse).success(succeeded.append).failure(failed.append).run() is None
    assert [str(e) for e in failed] == ["This needs a supervisor's PIN."] and succeeded == []
    shown: list[str] = []
    monkeypatch.setattr(ops, "show_error", lambda _parent, exc: shown.append(str(exc)))
    assert Op(None, refuse).run() is None
    assert shown == ["This needs a supervisor's PIN."] and heard == []


def test_a_slow_op_runs_on_the_task_runner(qtbot, runner: TaskRunner, heard) -> None:  # type: ignore[no-untyped-def]
    import threading

    main = threading.get_ident()
    where: list[int] = []
    progress: list[tuple[int, int]] = []
    done: list[str] = []

    def work(ctx: ops.Context) -> str:
        where.append(threading.get_ident())
        ctx.progress(1, 2)
        return "imported"

    task = (
        Op(None, work, what="import_list")
        .progress(lambda d, t: progress.append((d, t)))
        .success(done.append)
        .run_in_background(runner)
    )
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    qtbot.waitUntil(lambda: done == ["imported"], timeout=2000)
    assert where and where[0] != main and progress == [(1, 2)]
    assert heard == [Change("import_list", "imported")]


def test_a_slow_failure_is_handed_on_and_changes_nothing(qtbot, runner: TaskRunner, heard) -> None:  # type: ignore[no-untyped-def]
    failed: list[BaseException] = []

    def broken(_ctx: object) -> None:
        raise DeskError("The disk is full.")

    task = Op(None, broken).failure(failed.append).run_in_background(runner)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    qtbot.waitUntil(lambda: bool(failed), timeout=2000)
    assert str(failed[0]) == "The disk is full." and heard == []


def test_a_void_in_the_details_refreshes_the_window_through_the_one_signal(window, db) -> None:  # type: ignore[no-untyped-def]
    """No dialog tells the window to refresh: the void's "changed" reaches the header."""
    from desk.actions.checkin import check_in_person
    from desk.people.participants import all_participants

    with db.read() as session:
        person = next(
            p
            for p in all_participants(session)
            if p.mode == "in_person" and p.status == "registered"
        )
    check_in_person(db, person.id, operator="Ana")
    window.refresh()
    assert "<b>1</b>" in window.counts_label.text()
    window.open_details(person.id)
    dialog = window._details
    dialog.void_button.click()
    dialog.reason_field.setText("Otra persona")
    dialog.void_confirm_button.click()
    assert not dialog.void_panel.isVisible()
    assert "<b>0</b>" in window.counts_label.text()
    dialog.close()
