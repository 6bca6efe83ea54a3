"""Start-up health of the desk's database (no Qt).

At every start, before the database is opened:

- the folder must be writable and the disk must have room (a clear message otherwise,
  and the database is not opened: nothing half-written, nothing lost);
- the file gets a quick check (its header and SQLite's ``quick_check``, about 0.1 s for
  50,000 participants), or the full ``integrity_check`` and ``foreign_key_check`` when the
  last run did not end cleanly;
- on damage, the newest backup that passes :func:`desk.deskfiles.restore.verify_backup` is offered;
  restoring it keeps the damaged file aside, never deletes it.

Unclean exit
    Each running Desk keeps a marker file ``<database>.running-<pid>`` beside the
    database, locked (``flock`` / ``msvcrt.locking``) for as long as it runs, and removes
    it at a clean exit. The operating system drops the lock when a process dies, so a
    marker nobody holds is the trace of a run that was cut off (power cut, crash, killed);
    a locked one is another Desk running on the same file now (a door screen beside the
    check-in window), not a crash. Process ids being reused does not matter.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import sqlite3
import sys
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import IO

from desk.deskfiles.backup import BackupError, BackupInfo, list_backups
from desk.deskfiles.restore import RestoreResult, restore, verify_backup
from desk.i18n import translate
from desk.storage.models import utcnow

MARKER_INFIX = ".running-"
DAMAGED_INFIX = ".damaged-"
LOW_SPACE_BYTES = 200 * 1024 * 1024  # warn under this
FULL_DISK_BYTES = 16 * 1024 * 1024  # do not start under this: a check-in could fail
MAX_PROBLEMS = 20
_HEADER = b"SQLite format 3\x00"

# Finding kinds
DAMAGED = "damaged"
NOT_WRITABLE = "not-writable"
DISK_FULL = "disk-full"
LOW_SPACE = "low-space"
UNREADABLE = "unreadable"


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str
    message: str  # for the operator, translated
    blocking: bool  # the database must not be opened


@dataclass(frozen=True, slots=True)
class HealthReport:
    db_path: Path
    exists: bool
    unclean_exit: bool  # the last run on this file did not end cleanly
    full_check: bool  # integrity_check (not only quick_check) was run
    problems: tuple[str, ...] = ()  # what SQLite reported, for support
    findings: tuple[Finding, ...] = field(default_factory=tuple)
    free_bytes: int | None = None

    @property
    def damaged(self) -> bool:
        return any(f.kind == DAMAGED for f in self.findings)

    @property
    def blocking(self) -> tuple[Finding, ...]:
        """Findings that stop the start (not writable, disk full, unreadable)."""
        return tuple(f for f in self.findings if f.blocking and f.kind != DAMAGED)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.blocking)

    @property
    def ok(self) -> bool:
        return not any(f.blocking for f in self.findings)


# -- the running marker ------------------------------------------------------------------

_held: dict[Path, IO[str]] = {}


def _resolve(db_path: Path | str) -> Path:
    return Path(db_path).expanduser().resolve()


def marker_path(db_path: Path | str, pid: int | None = None) -> Path:
    path = _resolve(db_path)
    return path.with_name(f"{path.name}{MARKER_INFIX}{pid if pid is not None else os.getpid()}")


def _markers(db_path: Path) -> list[Path]:
    try:
        return sorted(db_path.parent.glob(f"{_glob_escape(db_path.name)}{MARKER_INFIX}*"))
    except OSError:
        return []


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def _try_lock(handle: IO[str]) -> bool:
    try:
        if sys.platform == "win32":  # os.name == "nt"; mypy understands this spelling
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _stale(marker: Path) -> bool:
    """A marker no living process holds: the trace of a run that was cut off."""
    if any(marker == marker_path(p) for p in _held):
        return False  # this process's own
    try:
        with marker.open("r+", encoding="utf-8") as handle:
            return _try_lock(handle)  # closing the file releases the lock again
    except OSError:
        return False  # cannot open it: held (Windows) or gone


def unclean_exit(db_path: Path | str) -> bool:
    """Whether a run on this database ended without :func:`mark_clean_exit`."""
    return any(_stale(m) for m in _markers(_resolve(db_path)))


def mark_running(db_path: Path | str) -> bool:
    """Note that Desk runs on this database (call after the start-up check, once the
    database is open); clears the traces of earlier runs that were cut off. False when
    the marker cannot be written (the check at start has said why)."""
    path = _resolve(db_path)
    if path in _held:
        return True
    for marker in _markers(path):
        if _stale(marker):
            with contextlib.suppress(OSError):
                marker.unlink()
    own = marker_path(path)
    try:
        handle = own.open("w", encoding="utf-8")
    except OSError:
        return False
    try:
        handle.write(
            json.dumps(
                {
                    "pid": os.getpid(),
                    "host": socket.gethostname(),
                    "started": utcnow().isoformat(),
                }
            )
            + "\n"
        )
        handle.flush()
    except OSError:
        pass
    if not _try_lock(handle):
        handle.close()
        return False
    _held[path] = handle
    return True


def mark_clean_exit(db_path: Path | str) -> None:
    """The run on this database ended cleanly (call after the database was closed)."""
    path = _resolve(db_path)
    handle = _held.pop(path, None)
    if handle is not None:
        with contextlib.suppress(OSError):
            handle.close()
    with contextlib.suppress(OSError):
        marker_path(path).unlink()


# -- folder and disk ---------------------------------------------------------------------


def _existing_folder(path: Path) -> Path:
    """The database's folder, or the nearest folder above it that exists (the database
    folder is created when the database is)."""
    folder = path.parent
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return folder


def folder_writable(folder: Path | str) -> bool:
    folder = Path(folder)
    return os.access(folder, os.W_OK | os.X_OK)


def free_bytes(folder: Path | str) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def size_text(n: int) -> str:
    if n >= 1024**3:
        return f"{n / 1024**3:.1f} GB"
    return f"{n / 1024**2:.0f} MB"


def _space_findings(folder: Path, free: int | None) -> list[Finding]:
    if free is None:
        return []
    if free < FULL_DISK_BYTES:
        return [
            Finding(
                DISK_FULL,
                translate(
                    "health",
                    "The disk that holds {folder} is full ({free} free). Desk did not open the "
                    "database, so nothing was lost. Free some space (empty the recycle bin, "
                    "move old files away) and start Desk again.",
                ).format(folder=folder, free=size_text(free)),
                True,
            )
        ]
    if free < LOW_SPACE_BYTES:
        return [
            Finding(
                LOW_SPACE,
                translate(
                    "health",
                    "Only {free} free on the disk that holds {folder}. Free some space soon: "
                    "check-ins and backups need room.",
                ).format(folder=folder, free=size_text(free)),
                False,
            )
        ]
    return []


# -- the database file -------------------------------------------------------------------


def _check_file(path: Path, *, full: bool) -> list[str]:
    """What SQLite finds wrong with the file (empty: healthy). The file is opened as the
    window will open it (a write-ahead log left by a cut-off run is taken into account)
    but not written to, and never created."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise _Unreadable(str(exc.strerror or exc)) from exc
    if len(header) == 0:
        return []  # an empty file: SQLite makes a new database of it
    if not header.startswith(_HEADER):
        return [translate("health", "the file does not start like a database")]
    try:
        conn = sqlite3.connect(path.as_uri() + "?mode=rw", uri=True, timeout=10)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchmany(MAX_PROBLEMS)]
        problems = [] if rows == ["ok"] else rows
        if full and not problems:
            fk = conn.execute("PRAGMA foreign_key_check").fetchmany(MAX_PROBLEMS)
            problems += [f"foreign key: {tuple(r)}" for r in fk]
        return problems
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return []  # another Desk is writing to it right now: it is in use, not damaged
        return [str(exc)]
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        conn.close()


class _Unreadable(Exception):
    pass


def check_at_start(db_path: Path | str, *, full: bool | None = None) -> HealthReport:
    """Check the database at ``db_path`` before it is opened (see the module docstring).
    ``full`` forces (True) or skips (False) the full integrity check; by default it runs
    after an unclean exit."""
    path = _resolve(db_path)
    exists = path.exists()
    cut_off = unclean_exit(path)
    run_full = cut_off if full is None else full
    findings: list[Finding] = []
    folder = _existing_folder(path)

    if not folder_writable(folder) or (exists and not os.access(path, os.R_OK | os.W_OK)):
        findings.append(
            Finding(
                NOT_WRITABLE,
                translate(
                    "health",
                    "Desk cannot write in {folder}, so check-ins could not be saved. Desk did "
                    "not open the database and nothing was changed. Ask support to give this "
                    "user the right to write there, or start Desk with another database "
                    "folder (--db).",
                ).format(folder=path.parent if path.parent.exists() else folder),
                True,
            )
        )
    free = free_bytes(folder)
    findings += _space_findings(folder, free)

    problems: list[str] = []
    if exists:
        try:
            problems = _check_file(path, full=run_full)
        except _Unreadable as exc:
            findings.append(
                Finding(
                    UNREADABLE,
                    translate(
                        "health",
                        "Desk cannot read the database {path}: {reason}. Nothing was changed.",
                    ).format(path=path, reason=exc),
                    True,
                )
            )
    if problems:
        findings.append(
            Finding(
                DAMAGED,
                translate(
                    "health",
                    "The database {path} is damaged ({problem}). Desk will not write to it. "
                    "The newest good backup can be put in its place; the damaged file is kept "
                    "aside for support, never deleted.",
                ).format(path=path, problem="; ".join(problems[:3])),
                True,
            )
        )
    return HealthReport(
        db_path=path,
        exists=exists,
        unclean_exit=cut_off,
        full_check=bool(exists and run_full),
        problems=tuple(problems),
        findings=tuple(findings),
        free_bytes=free,
    )


# -- backups -----------------------------------------------------------------------------


def newest_good_backup(
    db_path: Path | str, event_id: str | None = None, *, desk_id: str | None = None
) -> BackupInfo | None:
    """The newest backup of this database that passes the full check (checksum, SQLite
    integrity, a Desk database of ``event_id``), or None. Damaged ones are skipped."""
    for candidate in list_backups(_resolve(db_path)):
        try:
            return verify_backup(candidate.path, event_id=event_id, desk_id=desk_id)
        except BackupError:
            continue
    return None


def damaged_aside_path(db_path: Path | str, now: datetime | None = None) -> Path:
    path = _resolve(db_path)
    stamp = (now or utcnow()).strftime("%Y%m%dT%H%M%SZ")
    candidate = path.with_name(f"{path.name}{DAMAGED_INFIX}{stamp}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}{DAMAGED_INFIX}{stamp}.{n}")
        n += 1
    return candidate


def recover_from_backup(
    db_path: Path | str,
    backup: BackupInfo | Path | str,
    *,
    event_id: str | None = None,
    now: datetime | None = None,
) -> RestoreResult:
    """Put ``backup`` in place of the damaged database at ``db_path`` (closed).

    The damaged file is first moved aside as ``<name>.damaged-<UTC time>`` exactly as it
    is (with its ``-wal``/``-shm``, named so that SQLite still finds them): it is not
    opened, checkpointed or copied, so support gets it untouched. If the backup cannot be
    put in place, the damaged file goes back where it was and :class:`BackupError` says
    why: nothing changed."""
    path = _resolve(db_path)
    source = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    verify_backup(source, event_id=event_id)  # refused before anything moves
    aside: Path | None = None
    moved: list[tuple[Path, Path]] = []
    if path.exists():
        aside = damaged_aside_path(path, now)
        try:
            for suffix in ("", "-wal", "-shm", "-journal"):
                src = path.with_name(path.name + suffix)
                if src.exists():
                    dst = aside.with_name(aside.name + suffix)
                    os.replace(src, dst)
                    moved.append((src, dst))
        except OSError as exc:
            for src, dst in reversed(moved):
                with contextlib.suppress(OSError):
                    os.replace(dst, src)
            raise BackupError(
                translate(
                    "health",
                    "The damaged database could not be moved aside ({reason}); nothing was "
                    "changed.",
                ).format(reason=exc.strerror or exc)
            ) from exc
    try:
        result = restore(path, source, event_id=event_id, now=now)
    except BaseException:
        if not path.exists():
            for src, dst in reversed(moved):
                with contextlib.suppress(OSError):
                    os.replace(dst, src)
        raise
    extra = tuple(dst for _src, dst in moved[1:])
    return replace(result, kept_aside=aside, kept_aside_extra=extra)
