"""What the command line says about the server: ``desk server init|check|backup``, the
line a desk prints when it works on its own file, and what a replay sent."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk.counted import PARTICIPANTS, RECORDS, counted, listed
from desk.errors import DeskError
from desk.i18n import translate

if TYPE_CHECKING:  # the parser is built on every start: the rest loads when used
    from desk.events.event import Event
    from desk.server.database import ServerDatabase
    from desk.server.replica import Replayed

# Commands whose work is a record: offline, the one line saying where it went is output.
RECORDING = ("checkin", "attend")


def add_server_parser(sub: Any) -> None:
    """``desk server init|check|backup URL``."""
    p = sub.add_parser("server", help=translate("cli", "the PostgreSQL server several desks share"))
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    e = what.add_parser(
        "init", help=translate("cli", "create Desk's tables in an empty server database")
    )
    e.add_argument("url", metavar="URL")
    e = what.add_parser(
        "check", help=translate("cli", "the server's schema, counts and round trip")
    )
    e.add_argument("url", metavar="URL")
    e = what.add_parser(
        "backup", help=translate("cli", "a verified copy of the server's database (pg_dump)")
    )
    e.add_argument("url", metavar="URL")
    e.add_argument("--out", type=Path, required=True, metavar="FILE")


def server_notes(command: str, db: ServerDatabase, event: Event) -> None:
    """What a desk on a server says before the command: what it replayed, and whether it
    works on its own file because the server does not answer."""
    if db.last_replay is not None:
        for line in replay_lines(db.last_replay, event):
            sys.stderr.write(line + "\n")
    if not db.online:
        stream = sys.stdout if command in RECORDING else sys.stderr
        stream.write(offline_line(db) + "\n")


def offline_line(db: ServerDatabase) -> str:
    return translate(
        "server",
        "No connection to the server {url} ({reason}): saved on this computer ({path}); it "
        "goes to the server as soon as it answers.",
    ).format(url=db.shown_url, reason=db.offline_reason, path=db.replica.path)


def replay_lines(replayed: Replayed, event: Event) -> list[str]:
    from desk.deskfiles.sync_report import online_counts

    lines = [
        translate(
            "server",
            "Sent to the server what this desk saved without it: {counts}.",
        ).format(
            counts=listed(
                counted(RECORDS, replayed.records),
                counted(PARTICIPANTS, replayed.participants),
                *online_counts(replayed.online_intervals, replayed.online_matches),
            )
        )
    ]
    if replayed.report.conflicts:
        lines += replayed.report.lines(event)
    return lines


def server_command(what: str, url: str, *, out: Path | None = None) -> list[str]:
    from desk.server import engine as srv
    from desk.server.database import init_server

    if what == "init":
        before = srv.schema_found(url)
        created = init_server(url)
        status = srv.check_server(url)
        first = (
            translate("server", "Desk's tables were created on {url}.")
            if created
            else translate("server", "{url} already has Desk's tables: nothing to do.")
        )
        if before is not None and before < status.schema_version:  # an older Desk's
            first = translate(
                "server", "{url}: Desk's tables were brought up to date (schema {old} → {new})."
            )
        return [
            first.format(url=status.url, old=before, new=status.schema_version),
            *status.lines(),
        ]
    if what == "check":
        return srv.check_server(url).lines()
    assert what == "backup" and out is not None
    return backup_server(url, out)


def find_tool(name: str) -> str:
    """pg_dump or pg_restore: on the PATH, else Debian's newest PostgreSQL."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), key=_version)
    if candidates:
        return str(candidates[-1])
    raise DeskError(
        translate(
            "server",
            "{tool} was not found: install PostgreSQL's client programs (Debian/Ubuntu: "
            "apt-get install postgresql-client) and try again. Nothing was written.",
        ).format(tool=name)
    )


def _version(path: Path) -> tuple[int, ...]:
    try:
        return tuple(int(p) for p in path.parts[-3].split("."))
    except ValueError:
        return (0,)


def _libpq_url(url: str) -> str:
    from desk.server import engine as srv

    return srv.server_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def backup_server(url: str, out: Path) -> list[str]:
    """``pg_dump`` in its custom format, checked by reading it back with ``pg_restore
    --list`` (it must list Desk's tables), then put in place atomically; an older file of
    that name is kept beside it."""
    from desk.server import engine as srv
    from desk.storage.fileio import atomic_write

    dump, restore = find_tool("pg_dump"), find_tool("pg_restore")
    srv.check_server(url)  # reachable, and a Desk database
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".desk-dump-", dir=out.parent) as tmp:
        scratch = Path(tmp) / "dump"
        made = _run([dump, "--format=custom", "--no-owner", f"--file={scratch}",
                     f"--dbname={_libpq_url(url)}"])  # fmt: skip
        if made.returncode != 0:
            raise DeskError(_failed("pg_dump", made))
        listed = _run([restore, "--list", str(scratch)])
        tables = {"meta", "participants", "records", "desks", "audit", "online_intervals",
                  "online_matches"}  # fmt: skip
        found = {
            parts[-2]
            for line in listed.stdout.splitlines()
            if " TABLE " in line and len(parts := line.split()) >= 2
        }
        if listed.returncode != 0 or not tables <= found:
            raise DeskError(_failed("pg_restore --list", listed))
        size = scratch.stat().st_size

        def write(handle: Any) -> None:
            with scratch.open("rb") as source:
                shutil.copyfileobj(source, handle)

        atomic_write(out, write)
    return [
        translate(
            "server",
            "Server backup written: {path} ({size} KB, checked with pg_restore). To restore "
            "it into an empty database: pg_restore --no-owner --dbname=URL {path}",
        ).format(path=out, size=max(1, size // 1024))
    ]


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)


def _failed(tool: str, done: subprocess.CompletedProcess[str]) -> str:
    detail = (done.stderr or done.stdout).strip().splitlines()
    return translate("server", "{tool} failed ({reason}): no backup was written.").format(
        tool=tool, reason=detail[-1] if detail else done.returncode
    )
