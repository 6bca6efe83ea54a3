from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desk import config
from desk.arrival.checkin import Outcome, check_in_participant
from desk.cli_text import cmd_backup, cmd_backups, cmd_restore
from desk.deskfiles import backup as bk
from desk.deskfiles.backup import (
    AUTO,
    BackupError,
    BackupInfo,
    RotationPolicy,
    backup_now,
    backups_folder,
    change_marker,
    due,
    list_backups,
    rotate,
    to_rotate,
)
from desk.deskfiles.restore import restore, verify_backup
from desk.events.event import Event
from desk.storage.db import Database
from desk.storage.models import STATUS_REGISTERED, Participant, Record
from tests.factory import Factory

T0 = datetime(2022, 5, 23, 14, 15, 2, tzinfo=UTC)


def participant_ids(db: Database) -> list[str]:
    """Participants who can check in (registered), in list order."""
    with db.read() as session:
        return list(
            session.scalars(
                select(Participant.id)
                .where(Participant.status == STATUS_REGISTERED)
                .order_by(Participant.sort_key)
            )
        )


def check_in(db: Database, participant_id: str) -> bool:
    """Check in one participant; False when the registration is cancelled."""
    with db.write() as session:
        result = check_in_participant(session, participant_id, desk_id=db.desk_id, operator="Ana")
    return result.outcome is Outcome.CHECKED_IN


def checked_in_ids(path: Path) -> set[str]:
    """Who is checked in according to a database file (read without touching it)."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        return {
            r[0] for r in conn.execute("SELECT participant_id FROM records WHERE kind='checkin'")
        }
    finally:
        conn.close()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@pytest.fixture
def filled(db: Database, factory: Factory) -> Database:
    factory.add(db, 60)
    return db


# -- making backups ----------------------------------------------------------------------


def test_backup_is_a_checked_copy_beside_the_database(filled: Database, tmp_path: Path) -> None:
    ids = participant_ids(filled)
    check_in(filled, ids[0])
    path = backup_now(filled, reason="before-import", now=T0)
    assert path == tmp_path / "backups" / "desk" / "desk-20220523T141502Z-before-import.sqlite3"
    assert backups_folder(filled.path) == path.parent
    # Only the copy and its sidecar: no temporary or journal file left behind.
    assert files_in(path.parent) == [path.name, path.name + ".json"]
    side = json.loads((path.parent / (path.name + ".json")).read_text())
    assert side["sha256"] == sha(path)
    assert (side["participants"], side["checked_in"], side["records"]) == (60, 1, 1)
    assert side["event_id"] == filled.event_id and side["desk_id"] == filled.desk_id
    with Database(path) as copy:
        assert copy.integrity_check() == []
        assert copy.desk_id == filled.desk_id
    assert checked_in_ids(path) == {ids[0]}


def test_two_backups_in_the_same_second_get_distinct_names(filled: Database) -> None:
    first = backup_now(filled, reason="manual", now=T0)
    second = backup_now(filled, reason="manual", now=T0)
    assert first != second and second.name == "desk-20220523T141502Z-manual.2.sqlite3"
    assert [b.path for b in list_backups(filled)] == [second, first]


def test_reason_must_be_a_plain_word(filled: Database) -> None:
    with pytest.raises(ValueError):
        backup_now(filled, reason="../evil")


@pytest.mark.parametrize("engine_name", ["sqlite"])  # a file restore
def test_backup_under_concurrent_checkins_then_restore(
    db: Database, factory: Factory, event: Event
) -> None:
    """Check-ins go on in their own transactions while backups run; whatever was committed
    before a backup started is in it, and the last one restores whole."""
    factory.add(db, 400)
    ids = participant_ids(db)
    committed: list[str] = []
    stop = threading.Event()
    errors: list[BaseException] = []

    def desk_at_work() -> None:
        try:
            for pid in ids:
                if stop.is_set():
                    return
                if check_in(db, pid):
                    committed.append(pid)  # after COMMIT
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=desk_at_work)
    worker.start()
    made: list[tuple[Path, set[str]]] = []
    try:
        while len(made) < 6 and worker.is_alive():
            before = set(committed)
            made.append((backup_now(db, reason="manual"), before))
    finally:
        stop.set()
        worker.join()
    assert not errors
    assert len(made) >= 2
    for path, before in made:
        assert before <= checked_in_ids(path), path.name
    last, before_last = made[-1]
    assert 0 < len(before_last) < len(ids)  # the backups ran while the desk was checking in
    in_last = checked_in_ids(last)
    all_committed = set(committed)
    db.close()
    result = restore(db.path, last, event_id=event.id)
    assert result.database == db.path
    with Database(db.path) as restored:
        assert restored.integrity_check() == []
        with restored.read() as session:
            restored_ids = set(session.scalars(select(Record.participant_id)))
    assert before_last <= restored_ids == in_last
    # Nothing is lost: what came after the backup is in the kept-aside file.
    assert result.kept_aside is not None
    assert checked_in_ids(result.kept_aside) == all_committed


def test_a_failed_backup_raises_and_leaves_no_half_file(
    filled: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def half_then_disk_full(target: Path) -> Path:
        target.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(filled, "backup_to", half_then_disk_full)
    with pytest.raises(BackupError, match="disk is full"):
        backup_now(filled)
    assert files_in(backups_folder(filled.path)) == []


def test_a_copy_that_fails_its_check_is_not_kept(
    filled: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def garbage(target: Path) -> Path:
        target.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
        return target

    monkeypatch.setattr(filled, "backup_to", garbage)
    with pytest.raises(BackupError, match="damaged"):
        backup_now(filled)
    assert files_in(backups_folder(filled.path)) == []


def test_no_backup_when_the_disk_is_almost_full(
    filled: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    almost_full = shutil._ntuple_diskusage(10**9, 10**9, 1024)  # type: ignore[attr-defined]
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: almost_full)
    with pytest.raises(BackupError, match="almost full"):
        backup_now(filled)
    assert files_in(backups_folder(filled.path)) == []


def test_stale_temporary_files_are_cleaned_up(filled: Database) -> None:
    folder = backups_folder(filled.path)
    folder.mkdir(parents=True)
    stale = folder / ".desk-20220101T000000Z-auto.sqlite3.tmp"
    stale.write_bytes(b"half")
    old = (T0 - timedelta(days=1)).timestamp()
    os.utime(stale, (old, old))
    backup_now(filled, reason="manual")
    assert not stale.exists()


# -- rotation ----------------------------------------------------------------------------


def fake_backup(folder: Path, at: datetime, reason: str) -> Path:
    path = folder / f"desk-{at:%Y%m%dT%H%M%SZ}-{reason}.sqlite3"
    path.write_bytes(b"x")
    (folder / (path.name + ".json")).write_text("{}")
    return path


def test_rotation_deletes_only_old_automatic_backups(tmp_path: Path) -> None:
    folder = tmp_path / "backups" / "desk"
    folder.mkdir(parents=True)
    now = datetime(2022, 5, 25, 18, 0, 30, tzinfo=UTC)
    autos = [fake_backup(folder, now - timedelta(minutes=5 * i), AUTO) for i in range(72 * 12)]
    others = [
        fake_backup(folder, now - timedelta(days=9, minutes=i), reason)
        for i, reason in enumerate(
            ["manual", "before-import", "before-merge", "before-restore", "before-schema-3"]
        )
    ]
    deleted = set(rotate(folder, policy=RotationPolicy(keep_last=24, hourly_hours=48), now=now))
    kept = set(folder.glob("*.sqlite3"))
    assert all(p in kept for p in others)
    assert set(autos[:24]) <= kept  # the newest 24
    kept_autos = sorted((p for p in kept if p in autos), reverse=True)
    # …plus the newest of each hour of the last 48 hours, nothing older.
    hours = {p.name[5:16] for p in kept_autos}
    assert len(hours) == len(kept_autos[24:]) + len({p.name[5:16] for p in autos[:24]})
    oldest_kept = min(datetime.strptime(p.name[5:21], "%Y%m%dT%H%M%SZ") for p in kept_autos)
    assert now.replace(tzinfo=None) - oldest_kept <= timedelta(hours=48)
    assert len(kept_autos) == 24 + 48 - 2  # the newest 24 span the last two-plus hours
    assert deleted == set(autos) - kept
    # Sidecars go with their backups and stay with the kept ones.
    assert all(not (folder / (p.name + ".json")).exists() for p in deleted)
    assert all((folder / (p.name + ".json")).exists() for p in kept)


def test_rotation_never_deletes_other_kinds_even_when_old() -> None:
    now = T0
    infos = [
        BackupInfo(Path(f"/b/{i}"), now - timedelta(days=30 + i), reason, 1)
        for i, reason in enumerate(["manual", "before-import", "before-merge", "before-restore"])
    ]
    assert to_rotate(infos, policy=RotationPolicy(keep_last=0, hourly_hours=0), now=now) == []


def test_automatic_backup_rotates_and_manual_does_not(filled: Database) -> None:
    policy = RotationPolicy(keep_last=2, hourly_hours=0)
    manual = backup_now(filled, reason="manual", now=T0 - timedelta(days=3))
    paths = [backup_now(filled, now=T0 + timedelta(minutes=5 * i), policy=policy) for i in range(5)]
    left = {b.path for b in list_backups(filled)}
    assert left == {manual, paths[-1], paths[-2]}


# -- listing -----------------------------------------------------------------------------


def test_list_backups_newest_first_with_counts(filled: Database) -> None:
    ids = participant_ids(filled)
    first = backup_now(filled, now=T0)
    check_in(filled, ids[0])
    check_in(filled, ids[1])
    second = backup_now(filled, reason="before-merge", now=T0 + timedelta(minutes=5))
    found = list_backups(filled)
    assert [b.path for b in found] == [second, first]
    assert [(b.reason, b.checked_in, b.participants, b.records) for b in found] == [
        ("before-merge", 2, 60, 2),
        ("auto", 0, 60, 0),
    ]
    assert found[0].taken_at == T0 + timedelta(minutes=5)
    assert found[0].size == second.stat().st_size


def test_counts_are_read_from_the_copy_when_the_sidecar_is_missing(filled: Database) -> None:
    path = backup_now(filled, now=T0)
    (path.parent / (path.name + ".json")).unlink()
    (info,) = list_backups(filled.path)
    assert (info.participants, info.event_id, info.desk_id) == (60, filled.event_id, filled.desk_id)


def test_change_marker_follows_the_data(filled: Database) -> None:
    before = change_marker(filled)
    assert change_marker(filled) == before
    check_in(filled, participant_ids(filled)[0])
    after = change_marker(filled)
    assert after != before
    path = backup_now(filled, now=T0)
    assert bk.latest_backup(filled).marker == after  # type: ignore[union-attr]
    assert bk.latest_backup(filled).path == path  # type: ignore[union-attr]


def test_due() -> None:
    assert due(None, T0, 5)
    assert not due(T0, T0 + timedelta(minutes=4, seconds=59), 5)
    assert due(T0, T0 + timedelta(minutes=5), 5)
    assert due(T0, T0 + timedelta(minutes=30), timedelta(minutes=30))
    assert due(T0, T0 - timedelta(minutes=1), 5)  # the clock went back


def test_interval_setting_is_kept_within_bounds() -> None:
    assert config.clamp_backup_interval("10") == 10
    assert config.clamp_backup_interval(0) == 1
    assert config.clamp_backup_interval(10**9) == 24 * 60
    assert config.clamp_backup_interval("soon") == 5
    assert config.clamp_backup_interval("nan") == 5


# -- restore -----------------------------------------------------------------------------


@pytest.mark.parametrize("engine_name", ["sqlite"])  # a file restore
def test_restore_keeps_the_current_file_aside_unchanged(filled: Database, event: Event) -> None:
    ids = participant_ids(filled)
    check_in(filled, ids[0])
    chosen = backup_now(filled, now=T0)
    check_in(filled, ids[1])  # after the backup
    filled.close()
    path = filled.path
    before = sha(path)
    result = restore(path, chosen, event_id=event.id, now=T0 + timedelta(hours=1))
    assert result.kept_aside == path.with_name("desk.sqlite3.replaced-20220523T1515Z")
    assert result.kept_aside.exists() and sha(result.kept_aside) == before
    assert checked_in_ids(result.kept_aside) == {ids[0], ids[1]}
    assert checked_in_ids(path) == {ids[0]}
    # A backup of the replaced database was made too, and the chosen backup is still there.
    assert result.safety_backup is not None and result.safety_backup.name.endswith(
        "-before-restore.sqlite3"
    )
    assert checked_in_ids(result.safety_backup) == {ids[0], ids[1]}
    assert chosen.exists()
    with Database(path) as reopened:
        assert reopened.integrity_check() == []
    # Restoring again never deletes the earlier kept-aside file.
    again = restore(path, chosen, event_id=event.id, now=T0 + timedelta(hours=1))
    assert again.kept_aside != result.kept_aside
    assert result.kept_aside.exists() and again.kept_aside is not None
    assert again.kept_aside.exists()


def assert_untouched(path: Path, digest: str) -> None:
    assert sha(path) == digest
    assert not list(path.parent.glob("*.replaced-*"))
    assert not list(path.parent.glob(".*.tmp"))


def test_restore_refuses_a_backup_of_another_event(
    filled: Database, tmp_path: Path, event: Event
) -> None:
    with Database(tmp_path / "other" / "desk.sqlite3") as other:
        other.bind_event("another-event-2023")
        foreign = backup_now(other, reason="manual")
    filled.close()
    digest = sha(filled.path)
    with pytest.raises(BackupError, match="belongs to the event another-event-2023"):
        restore(filled.path, foreign, event_id=event.id)
    # Also without being told the event: the database in place says which it is.
    with pytest.raises(BackupError, match="belongs to the event another-event-2023"):
        restore(filled.path, foreign)
    assert_untouched(filled.path, digest)


def test_restore_refuses_a_damaged_backup(filled: Database, event: Event) -> None:
    chosen = backup_now(filled, reason="manual")
    data = bytearray(chosen.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(b ^ 0x5A for b in data[middle : middle + 64])
    chosen.write_bytes(bytes(data))
    filled.close()
    digest = sha(filled.path)
    with pytest.raises(BackupError, match="damaged"):
        restore(filled.path, chosen, event_id=event.id)
    assert_untouched(filled.path, digest)


@pytest.mark.parametrize("damage", ["truncated", "not a database"])
def test_restore_refuses_a_damaged_file_without_sidecar(
    filled: Database, event: Event, tmp_path: Path, damage: str
) -> None:
    chosen = backup_now(filled, reason="manual")
    loose = tmp_path / "from-usb.sqlite3"
    data = chosen.read_bytes()
    loose.write_bytes(data[: len(data) // 2] if damage == "truncated" else b"name,email\n" * 99)
    filled.close()
    digest = sha(filled.path)
    with pytest.raises(BackupError) as err:
        restore(filled.path, loose, event_id=event.id)
    assert str(loose) in str(err.value)
    assert "damaged" in str(err.value) or "not a database" in str(err.value)
    assert_untouched(filled.path, digest)


def test_restore_refuses_a_newer_schema(filled: Database, event: Event, tmp_path: Path) -> None:
    loose = tmp_path / "newer.sqlite3"
    filled.backup_to(loose)
    conn = sqlite3.connect(loose)
    conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    filled.close()
    digest = sha(filled.path)
    with pytest.raises(BackupError, match="newer Desk"):
        restore(filled.path, loose, event_id=event.id)
    assert_untouched(filled.path, digest)


def test_restore_refuses_while_the_database_is_open(filled: Database, event: Event) -> None:
    chosen = backup_now(filled, reason="manual")
    participant_ids(filled)  # a pooled connection stays open
    with pytest.raises(BackupError, match="still open"):
        restore(filled.path, chosen, event_id=event.id)
    assert not list(filled.path.parent.glob("*.replaced-*"))
    check_in(filled, participant_ids(filled)[0])  # the desk goes on working


def test_restore_of_another_desk_needs_to_be_asked_for(
    filled: Database, event: Event, tmp_path: Path, factory: Factory
) -> None:
    with Database(tmp_path / "laptop2" / "desk.sqlite3", desk_name="Mesa 2") as other:
        other.bind_event(event.id)
        factory.add(other, 5, seed=3)
        theirs = backup_now(other, reason="manual")
    filled.close()
    with pytest.raises(BackupError, match="another desk \\(Mesa 2\\)"):
        restore(filled.path, theirs, event_id=event.id)
    result = restore(filled.path, theirs, event_id=event.id, allow_other_desk=True)
    assert result.backup.participants == 5


def test_restore_when_the_database_is_missing(filled: Database, event: Event) -> None:
    chosen = backup_now(filled, reason="manual")
    filled.close()
    filled.path.unlink()
    result = restore(filled.path, chosen, event_id=event.id)
    assert result.kept_aside is None and result.safety_backup is None
    with Database(filled.path) as reopened:
        assert reopened.integrity_check() == []


def test_restore_of_a_damaged_database_keeps_it_aside(filled: Database, event: Event) -> None:
    chosen = backup_now(filled, reason="manual")
    filled.close()
    filled.path.write_bytes(b"\x00" * 4096)  # the disk ate it
    result = restore(filled.path, chosen, event_id=event.id)
    assert result.kept_aside is not None
    assert result.kept_aside.read_bytes() == b"\x00" * 4096
    assert result.safety_backup is None
    with Database(filled.path) as reopened:
        assert reopened.integrity_check() == []


def test_verify_backup_gives_what_it_holds(filled: Database) -> None:
    chosen = backup_now(filled, reason="manual", now=T0)
    info = verify_backup(chosen, event_id=filled.event_id, desk_id=filled.desk_id)
    assert (info.reason, info.taken_at, info.participants) == ("manual", T0, 60)
    assert info.sha256 == sha(chosen)


# -- command line ------------------------------------------------------------------------


def test_command_line_handlers(filled: Database, event: Event) -> None:
    lines = cmd_backup(filled)
    assert lines[0].startswith("Backup written: ")
    made = Path(lines[0].removeprefix("Backup written: "))
    assert made.exists() and "-manual" in made.name
    assert lines[1] == "60 participants, 0 checked in, 0 records."
    listing = cmd_backups(filled, event)
    assert listing[0].startswith("Backups in ") and made.name in listing[1]
    assert "made by hand" in listing[1]
    filled.close()
    restored = cmd_restore(filled.path, made, event_id=event.id)
    assert restored[0] == f"Restored {made} into {filled.path}."
    assert any("kept as" in line for line in restored)


def test_listing_without_backups(db: Database) -> None:
    assert cmd_backups(db) == [f"No backups yet in {backups_folder(db.path)}."]
