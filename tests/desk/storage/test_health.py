from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from desk.deskfiles.backup import BackupError, backup_now, backups_folder
from desk.events.event import Event
from desk.storage import health
from desk.storage.db import Database
from desk.storage.health import (
    DAMAGED,
    DISK_FULL,
    LOW_SPACE,
    NOT_WRITABLE,
    check_at_start,
    mark_clean_exit,
    mark_running,
    marker_path,
    newest_good_backup,
    recover_from_backup,
    unclean_exit,
)
from tests.factory import Factory

T0 = datetime(2022, 5, 23, 14, 15, 2, tzinfo=UTC)


def make_database(path: Path, event: Event, factory: Factory, people: int = 80) -> Database:
    db = Database(path, desk_name="Mesa 1")
    db.bind_event(event.id)
    factory.add(db, people)
    return db


def corrupt_a_page(path: Path, table: str = "participants") -> int:
    """Garbage over one whole page in the middle of the (closed) file, not the header page:
    the root page of ``table``. Returns the page number."""
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    finally:
        conn.close()
    assert 1 < root < pages
    assert not path.with_name(path.name + "-wal").exists()  # all in the main file
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(bytes((i * 37 + 11) % 256 for i in range(page_size)))
    return root


def leave_unclean_marker(path: Path) -> Path:
    """What a run that was cut off leaves: a marker nobody holds."""
    marker = marker_path(path, pid=999_999)
    marker.write_text('{"pid": 999999}\n', encoding="utf-8")
    return marker


# -- the running marker -----------------------------------------------------------------


def test_a_clean_exit_leaves_no_trace_and_a_cut_off_run_does(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    assert not unclean_exit(path)
    assert mark_running(path)
    assert marker_path(path).exists()
    assert not unclean_exit(path)  # held by this (living) process: not a crash
    mark_clean_exit(path)
    assert not marker_path(path).exists()
    assert not unclean_exit(path)

    stale = leave_unclean_marker(path)
    assert unclean_exit(path)
    assert mark_running(path)  # the next run clears the trace once it has started
    assert not stale.exists()
    assert not unclean_exit(path)
    mark_clean_exit(path)


# -- damage -----------------------------------------------------------------------------


def test_a_corrupted_page_is_detected_at_start_and_the_newest_backup_offered(
    tmp_path: Path, event: Event, factory: Factory
) -> None:
    path = tmp_path / "desk.sqlite3"
    db = make_database(path, event, factory)
    older = backup_now(db, reason="auto", now=T0)
    factory.add(db, 5)
    newer = backup_now(db, reason="manual", now=T0 + timedelta(minutes=30))
    db.close()

    healthy = check_at_start(path)
    assert healthy.ok and not healthy.damaged and not healthy.unclean_exit

    corrupt_a_page(path)
    leave_unclean_marker(path)
    report = check_at_start(path)
    assert report.unclean_exit and report.full_check
    assert report.damaged and not report.ok
    assert report.problems
    damage = next(f for f in report.findings if f.kind == DAMAGED)
    assert str(path) in damage.message and "never deleted" in damage.message

    offered = newest_good_backup(path, event.id)
    assert offered is not None and offered.path == newer
    assert offered.participants == 85

    # A damaged newer backup is skipped: the one before it is offered.
    with newer.open("r+b") as handle:
        handle.seek(newer.stat().st_size // 2)
        handle.write(b"\xff" * 512)
    offered = newest_good_backup(path, event.id)
    assert offered is not None and offered.path == older and offered.participants == 80
    assert newest_good_backup(path, "another-event") is None


def test_the_quick_check_at_a_normal_start_finds_a_corrupted_page(
    tmp_path: Path, event: Event, factory: Factory
) -> None:
    path = tmp_path / "desk.sqlite3"
    make_database(path, event, factory).close()
    corrupt_a_page(path)
    report = check_at_start(path)  # no unclean-exit marker: the quick check
    assert not report.unclean_exit and not report.full_check
    assert report.damaged


def test_recovery_keeps_the_damaged_file_aside(
    tmp_path: Path, event: Event, factory: Factory
) -> None:
    path = tmp_path / "desk.sqlite3"
    db = make_database(path, event, factory)
    desk_id = db.desk_id
    backup_now(db, reason="auto", now=T0)
    db.close()
    corrupt_a_page(path)
    damaged_bytes = path.read_bytes()
    leave_unclean_marker(path)
    offered = newest_good_backup(path, event.id)
    assert offered is not None

    result = recover_from_backup(path, offered, event_id=event.id, now=T0 + timedelta(hours=1))
    assert result.kept_aside is not None and result.kept_aside.exists()
    assert result.kept_aside.name == "desk.sqlite3.damaged-20220523T151502Z"
    assert result.kept_aside.read_bytes() == damaged_bytes  # untouched
    assert result.restored_from == offered.path
    assert check_at_start(path, full=True).ok
    with Database(path) as again:
        assert again.desk_id == desk_id
        assert again.integrity_check() == []


def test_a_refused_recovery_puts_the_damaged_file_back(
    tmp_path: Path, event: Event, factory: Factory
) -> None:
    path = tmp_path / "desk.sqlite3"
    db = make_database(path, event, factory)
    made = backup_now(db, reason="auto", now=T0)
    db.close()
    corrupt_a_page(path)
    damaged_bytes = path.read_bytes()
    with pytest.raises(BackupError):
        recover_from_backup(path, made, event_id="another-event")
    assert path.read_bytes() == damaged_bytes
    assert [p.name for p in tmp_path.iterdir() if ".damaged-" in p.name] == []


def test_a_file_that_is_not_a_database_is_damage(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    path.write_bytes(b"PK\x03\x04 this is a zip file" * 100)
    assert check_at_start(path).damaged


def test_no_backup_means_none_is_offered(tmp_path: Path, event: Event, factory: Factory) -> None:
    path = tmp_path / "desk.sqlite3"
    make_database(path, event, factory, people=3).close()
    assert not backups_folder(path).exists()
    assert newest_good_backup(path, event.id) is None


# -- folder and disk --------------------------------------------------------------------


def test_a_folder_that_is_not_writable_gives_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "data" / "desk.sqlite3"
    real_access = os.access

    def access(p: Any, mode: int, **kw: Any) -> bool:
        if Path(p) == tmp_path and mode & os.W_OK:
            return False  # tests run as root in CI: chmod would not stop us
        return real_access(p, mode, **kw)

    monkeypatch.setattr(health.os, "access", access)
    report = check_at_start(path)
    assert not report.ok
    (finding,) = report.blocking
    assert finding.kind == NOT_WRITABLE
    assert str(tmp_path) in finding.message and "nothing was changed" in finding.message
    assert not path.parent.exists()  # nothing created


def test_a_full_disk_stops_the_start_and_a_nearly_full_one_warns(
    tmp_path: Path, event: Event, factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "desk.sqlite3"
    make_database(path, event, factory, people=3).close()
    before = path.read_bytes()
    free = {"bytes": 3 * 1024 * 1024}

    def disk_usage(_p: Any) -> Any:
        return shutil._ntuple_diskusage(10**11, 10**11 - free["bytes"], free["bytes"])  # type: ignore[attr-defined]

    monkeypatch.setattr(health.shutil, "disk_usage", disk_usage)
    report = check_at_start(path)
    (finding,) = report.blocking
    assert finding.kind == DISK_FULL
    assert "3 MB free" in finding.message and "nothing was lost" in finding.message
    assert path.read_bytes() == before

    free["bytes"] = 150 * 1024 * 1024
    report = check_at_start(path)
    assert report.ok
    assert [f.kind for f in report.warnings] == [LOW_SPACE]
    assert "150 MB" in report.warnings[0].message
