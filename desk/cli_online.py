"""The ``desk online`` commands: import a Zoom or Teams attendance export, list who is
still to be identified, and say who somebody is."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desk import i18n
from desk.cli_common import open_db, operator_name, say
from desk.i18n import translate

NOT_A_PARTICIPANT = "-"


def add_online_parser(sub: Any) -> None:
    p = sub.add_parser(
        "online", help=translate("cli", "online attendance from Zoom and Teams reports")
    )
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    e = what.add_parser(
        "import",
        help=translate("cli", "import a Zoom or Teams attendance report (CSV), all or nothing"),
    )
    e.add_argument("file", type=Path, metavar="FILE")
    e.add_argument(
        "--tz",
        metavar="ZONE",
        help=translate("cli", "the time zone of the report's times (default: the event's)"),
    )
    order = e.add_mutually_exclusive_group()
    order.add_argument(
        "--day-first",
        dest="day_first",
        action="store_const",
        const=True,
        help=translate("cli", "dates are day/month (23/05/2022)"),
    )
    order.add_argument(
        "--month-first",
        dest="day_first",
        action="store_const",
        const=False,
        help=translate("cli", "dates are month/day (05/23/2022)"),
    )
    e = what.add_parser(
        "unmatched", help=translate("cli", "online people not yet tied to a participant")
    )
    e.add_argument("--json", action="store_true", help=translate("cli", "as JSON"))
    e = what.add_parser(
        "match",
        help=translate(
            "cli", "say who an online person is: a participant's code, or - for nobody of ours"
        ),
    )
    e.add_argument("who", metavar="RAW_NAME_OR_EMAIL")
    e.add_argument("code", metavar="CODE")


def cmd_online(args: argparse.Namespace) -> int:
    return {"import": _import, "unmatched": _unmatched, "match": _match}[args.what](args)


def _import(args: argparse.Namespace) -> int:
    from desk.actions.online import import_online

    db, event = open_db(args)
    with db:
        done = import_online(
            db, event, args.file, tz=args.tz, day_first=args.day_first, operator=operator_name(args)
        )
    if done.already_imported:
        say(
            translate("cli", "{file} was imported before: nothing changed.").format(
                file=done.file_name
            )
        )
        return 0
    lang = i18n.language()
    say(translate("cli", "Rows read: {n}").format(n=done.rows_read))
    say(translate("cli", "Connections stored: {n}").format(n=done.intervals))
    say(translate("cli", "Matched: {n}").format(n=done.matched))
    say(translate("cli", "Unmatched: {n}").format(n=done.unmatched))
    if done.not_participants:
        say(translate("cli", "Not participants: {n}").format(n=done.not_participants))
    say(translate("cli", "Connections per agenda item:"))
    from desk.events.display import item_time_range

    for item in event.agenda:
        if item.id in done.per_item:
            title = item.title.get(lang)
            say(f"  {item.day:%d/%m} {item_time_range(item)}  {done.per_item[item.id]:>5}  {title}")
    if not done.per_item:
        say("  " + translate("cli", "none: the connections fall outside every agenda item"))
    if done.unmatched:
        say(translate("cli", "To identify the others: desk online unmatched"))
    return 0


def _unmatched(args: argparse.Namespace) -> int:
    from desk.actions.online import unmatched
    from desk.events.display import local_time

    db, event = open_db(args)
    with db:
        found = unmatched(db, event)
    if args.json:
        json.dump([u.to_json() for u in found], sys.stdout, ensure_ascii=False, indent=1)
        say()
        return 0
    if not found:
        say(translate("cli", "Everybody online is identified."))
        return 0
    for u in found:
        contact = " ".join(x for x in (u.email, u.upn if u.upn != u.email else "") if x)
        say(
            f"{u.raw_name or '—'}  {contact}  "
            + translate("cli", "%n connections", None, u.rows)
            + f", {u.minutes} min, {local_time(event, u.first_join, with_date=True)}"
        )
        for p in u.candidates:
            say(f"    {p.code}  {p.full_name}  {p.organisation}")
    say(
        translate("cli", "%n people to identify", None, len(found))
        + " · desk online match RAW_NAME_OR_EMAIL CODE"
    )
    return 0


def _match(args: argparse.Namespace) -> int:
    from desk.actions.online import match

    db, event = open_db(args)
    code = None if args.code.strip() == NOT_A_PARTICIPANT else args.code
    with db:
        done = match(db, event, args.who, code, operator=operator_name(args))
    if done.participant is None:
        say(translate("cli", "{who}: not a participant.").format(who=args.who))
    else:
        say(
            translate("cli", "{who} is {name} ({code}).").format(
                who=args.who, name=done.participant.full_name, code=done.participant.code
            )
        )
    return 0


ONLINE_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"online": cmd_online}
