"""What the ``desk`` commands share: opening the database for a command, who is at the
desk, the supervisor's PIN, printing a line."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desk.errors import DeskError
from desk.i18n import translate


def iso_day(text: str) -> Any:
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "{text} is not a date (YYYY-MM-DD)").format(text=text)
        ) from None


def open_db(args: argparse.Namespace) -> tuple[Any, Any]:
    from desk.events.event import default_event
    from desk.storage.db import open_database

    event = default_event()
    if args.local and not args.db:
        raise DeskError(translate("cli", "--local goes with a server: --db postgresql://…"))
    db = open_database(args.db, desk_name=args.desk_name, local=args.local)
    try:
        db.bind_event(event.id)
        if args.desk_name and args.desk_name.strip() != db.desk_name:
            db.set_desk_name(args.desk_name)
        if db.is_server:
            from desk.server.cli import server_notes
            from desk.server.database import ServerDatabase

            assert isinstance(db, ServerDatabase)
            server_notes(args.command, db, event)
    except BaseException:
        db.close()
        raise
    return db, event


def supervisor_pin(args: argparse.Namespace) -> str | None:
    """--supervisor-pin, else $DESK_SUPERVISOR_PIN: the actions check it (exit 1 without a
    valid one when the desk has a supervisor) and log the approval."""
    import os

    return args.supervisor_pin or os.environ.get("DESK_SUPERVISOR_PIN") or None


def say(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def operator_name(args: argparse.Namespace) -> str:
    """--operator, else $DESK_OPERATOR, else the system user."""
    import getpass
    import os

    name = (args.operator or os.environ.get("DESK_OPERATOR") or "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "?"
