"""The ``desk`` command (DESIGN.md §9): no arguments opens the window.

Exit 0 on success, 1 on an operator-level failure (one line on stderr, no traceback),
2 on wrong usage. ``--json`` prints one JSON document on stdout. A command that changes
something calls the window's action for it (``desk/actions``): the same rules, the same
line in the activity log, under ``--operator``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.exc import OperationalError

from desk import APP_NAME, __version__, i18n
from desk.cli_certificates import CERTIFICATES_COMMANDS, add_certificates_parser
from desk.cli_common import iso_day, open_db, operator_name, say, supervisor_pin
from desk.cli_duplicates import add_duplicates_parser, cmd_duplicates
from desk.cli_online import ONLINE_COMMANDS, add_online_parser
from desk.cli_people import PEOPLE_COMMANDS, add_people_parsers
from desk.counted import BADGES, CANCELLED, CHECKED_IN, PAGES, REGISTERED, counted, listed
from desk.errors import DeskError, ServerLost
from desk.i18n import translate


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desk",
        description=translate(
            "cli",
            "Registration desk for events: participant lists, search, check-in and badges. "
            "Without a command, opens the window.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help=translate(
            "cli",
            "database file (default: $DESK_DB, else the user data folder), or a server several "
            "desks share: postgresql://USER@HOST/DATABASE",
        ),
    )
    parser.add_argument(
        "--local",
        metavar="PATH",
        help=translate(
            "cli",
            "with a server: this desk's own file, which follows the server and keeps working "
            "when the server does not answer (default: one per server and desk name in the user "
            "data folder)",
        ),
    )
    parser.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        help=translate("cli", "language of messages and of the window (default: the system's)"),
    )
    parser.add_argument(
        "--desk-name",
        metavar="NAME",
        help=translate("cli", "this desk's name, e.g. 'Desk 2 – lobby' (remembered)"),
    )
    parser.add_argument(
        "--operator",
        metavar="NAME",
        help=translate("cli", "who is at the desk (default: $DESK_OPERATOR, else your user name)"),
    )
    parser.add_argument(
        "--supervisor-pin",
        metavar="PIN",
        help=translate(
            "cli",
            "the supervisor's PIN, for reprints, exports with contact data and restores "
            "(default: $DESK_SUPERVISOR_PIN)",
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate("cli", "check that this installation works, without a window, and exit"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_people_parsers(sub)
    add_duplicates_parser(sub)
    add_online_parser(sub)
    add_certificates_parser(sub)

    p = sub.add_parser("checkin", help=translate("cli", "check in by badge or invitation code"))
    p.add_argument("code", metavar="CODE")
    p.add_argument(
        "--confirm-online",
        action="store_true",
        help=translate("cli", "check in someone registered online who came in person"),
    )

    p = sub.add_parser("attend", help=translate("cli", "door scan for an agenda item"))
    p.add_argument("item", metavar="ITEM_ID")
    p.add_argument("code", metavar="CODE")
    p.add_argument(
        "--exit",
        action="store_true",
        help=translate("cli", "record an exit (a return, for the field visit)"),
    )
    p.add_argument(
        "--place",
        metavar="NAME",
        help=translate("cli", "the World Café table id or the bus, e.g. 'Bus 2'"),
    )
    p.add_argument(
        "--confirm",
        action="store_true",
        help=translate("cli", "record even though the item is over or has not started"),
    )

    p = sub.add_parser(
        "attendance", help=translate("cli", "people per agenda item (distinct) and inside now")
    )
    p.add_argument("--item", metavar="ITEM_ID", help=translate("cli", "only this agenda item"))
    p.add_argument("--json", action="store_true", help=translate("cli", "one JSON document"))

    p = sub.add_parser("badges", help=translate("cli", "QR badges as a PDF file"))
    p.add_argument("--out", type=Path, required=True, metavar="F.pdf")
    p.add_argument(
        "--format",
        default=None,
        metavar="ID",
        help=translate("cli", "badge layout: 4x3, a6, cr80, a4-8… (default 4x3)"),
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--code", nargs="+", metavar="CODE", help=translate("cli", "these badges"))
    which.add_argument("--category", metavar="ID", help=translate("cli", "everyone of a category"))
    which.add_argument("--all", action="store_true", help=translate("cli", "everyone registered"))
    which.add_argument(
        "--without-badge",
        action="store_true",
        help=translate("cli", "everyone pre-registered who has no printed badge yet"),
    )
    p.add_argument(
        "--record-print",
        action="store_true",
        help=translate(
            "cli",
            "record these as printed badges (people who already have one need --reprint-reason)",
        ),
    )
    p.add_argument(
        "--reprint-reason",
        choices=("lost", "damaged", "correction"),
        help=translate(
            "cli",
            "with --record-print: why the badges of people who already have one are printed "
            "again (with the supervisor's PIN when this desk has a supervisor)",
        ),
    )

    p = sub.add_parser("export", help=translate("cli", "export data for spreadsheets"))
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    e = what.add_parser("participants", help=translate("cli", "participant list as CSV or XLSX"))
    e.add_argument("--out", type=Path, required=True, metavar="F.csv|F.xlsx")
    e = what.add_parser(
        "attendance",
        help=translate("cli", "the end-of-day attendance report as XLSX, CSV or a one-page PDF"),
    )
    e.add_argument("--out", type=Path, required=True, metavar="F.xlsx|F.csv|F.pdf")
    e.add_argument(
        "--day",
        type=iso_day,
        metavar="YYYY-MM-DD",
        help=translate("cli", "only this day's agenda items (default: the whole event)"),
    )
    e.add_argument(
        "--no-contact",
        action="store_true",
        help=translate("cli", "leave out e-mail addresses and phone numbers"),
    )

    p = sub.add_parser("sync", help=translate("cli", "desk files: share this desk's data"))
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    e = what.add_parser(
        "export", help=translate("cli", "write this desk's file (everyone, every record)")
    )
    e.add_argument("--out", type=Path, required=True, metavar="FILE")
    e = what.add_parser("import", help=translate("cli", "merge other desks' files into this desk"))
    e.add_argument("files", type=Path, nargs="+", metavar="FILE")

    sub.add_parser(
        "backup", help=translate("cli", "back up the database now (kept until you delete it)")
    )
    sub.add_parser("backups", help=translate("cli", "list the database's backups, newest first"))
    p = sub.add_parser(
        "restore",
        help=translate("cli", "put a backup in place of the database (the current file is kept)"),
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--other-desk",
        action="store_true",
        help=translate("cli", "accept a backup made by another desk"),
    )

    sub.add_parser("check", help=translate("cli", "check the database's schema and integrity"))
    from desk.server.cli import add_server_parser

    add_server_parser(sub)
    p = sub.add_parser("gui", help=translate("cli", "open the window (the same as no command)"))
    p.add_argument(
        "--screen",
        choices=("checkin", "door", "dashboard"),
        default="checkin",
        help=translate("cli", "the screen to open on: check-in desk, door or dashboard"),
    )
    p.add_argument(
        "--item",
        metavar="ITEM_ID",
        help=translate("cli", "the agenda item a door screen takes (default: from the clock)"),
    )
    p.add_argument(
        "--full-screen",
        action="store_true",
        help=translate("cli", "full screen, for a door laptop or a projector (F11 leaves it)"),
    )
    p.add_argument(
        "--camera",
        type=Path,
        metavar="FILE",
        help=translate(
            "cli",
            "scan QR codes from a video file or a folder of images played as the camera "
            "(demos, support, tests)",
        ),
    )
    p.add_argument(
        "--kiosk",
        action="store_true",
        help=translate(
            "cli",
            "self-service kiosk: full screen, people scan their invitation and take their badge "
            "(leaving it needs the supervisor's PIN)",
        ),
    )
    p.add_argument(
        "--print-to-folder",
        type=Path,
        metavar="DIR",
        help=translate(
            "cli",
            "for this run, badges are written as PDF files into DIR (one per badge, named "
            "with its code) instead of printed",
        ),
    )
    return parser


def cmd_checkin(args: argparse.Namespace) -> int:
    from desk.actions.checkin import check_in_code
    from desk.arrival.checkin import Outcome, describe

    db, event = open_db(args)
    with db:
        result = check_in_code(
            db, args.code, operator=operator_name(args), confirm_online=args.confirm_online
        )
        words = describe(event, result)
        for line in (words.headline, words.person, words.details):
            if line:
                say(line)
    if result.outcome is Outcome.NEEDS_CONFIRMATION:
        say(translate("cli", "To check them in, repeat with --confirm-online."))
    return 0 if result.ok else 1


def _agenda_item(event: Any, item_id: str) -> Any:
    from desk.doors.attendance import door_items

    try:
        return event.item(item_id)
    except KeyError:
        known = ", ".join(i.id for i in door_items(event))
        raise DeskError(
            translate("cli", "No agenda item {item} in this event; its items: {known}.").format(
                item=item_id, known=known
            )
        ) from None


def cmd_attend(args: argparse.Namespace) -> int:
    from desk.actions.door import scan
    from desk.doors.attendance import IN, OUT, describe

    db, event = open_db(args)
    with db:
        item = _agenda_item(event, args.item)
        result = scan(
            db,
            event,
            item.id,
            args.code,
            operator=operator_name(args),
            direction=OUT if args.exit else IN,
            place=args.place,
            confirm=args.confirm,
        )
    headline, note = describe(event, result)
    lang = i18n.language()
    say(headline)
    if result.participant is not None:
        say(result.participant.full_name)
    say(item.title.get(lang))
    if note:
        say(note)
    if result.needs_confirmation:
        say(translate("cli", "To record it, repeat with --confirm."))
    return 0 if result.recorded or result.outcome.value.startswith("already") else 1


def cmd_attendance(args: argparse.Namespace) -> int:
    from desk.doors.attendance import attendance, is_field_visit, place_label
    from desk.events.display import day_label, item_time_range

    db, event = open_db(args)
    with db:
        item_id = _agenda_item(event, args.item).id if args.item else None
        with db.read() as session:
            found = attendance(session, event, item_id)
    if args.json:
        json.dump([a.to_json(event) for a in found], sys.stdout, ensure_ascii=False, indent=1)
        say()
        return 0
    lang = i18n.language()
    day = None
    for a in found:
        item = event.item(a.item_id)
        if item.day != day:
            day = item.day
            say(day_label(day, lang))
        inside = (
            translate("cli", "%n not back", None, a.inside)
            if is_field_visit(item)
            else translate("cli", "%n inside", None, a.inside)
        )
        meal = " [" + translate("cli", "catering") + "]" if item.catering else ""
        online = (
            ", "
            + translate("cli", "%n in person", None, a.in_person)
            + ", "
            + translate("cli", "%n online", None, a.online)
            if a.online
            else ""
        )
        say(
            f"  {item_time_range(item)}  {a.count:>5}  ({inside}{online})  "
            f"{item.title.get(lang)}{meal}"
        )
        for place, n in a.by_place.items():
            say(f"  {'':11}  {n:>5}  · {place_label(event, item, place)}")
    return 0


def cmd_badges(args: argparse.Namespace) -> int:
    import os

    from desk.actions.badges import ReprintNeedsReason, check_prints, record_prints
    from desk.badges.layouts import DEFAULT_LAYOUT, get_layout
    from desk.badges.records import without_badge
    from desk.badges.render import render_badges
    from desk.people.participants import find_by_code, infos_by_ids, registered_ids
    from desk.storage.fileio import atomic_write

    layout = get_layout(args.format or DEFAULT_LAYOUT)
    db, event = open_db(args)
    with db:
        with db.read() as session:
            if args.code:
                ids = []
                for text in args.code:
                    found = find_by_code(session, text)
                    if found is None:
                        raise DeskError(
                            translate("cli", "No participant has the code {code}.").format(
                                code=text
                            )
                        )
                    ids.append(found.id)
            elif args.without_badge:
                ids = without_badge(session)
            else:
                if args.category:
                    try:
                        event.category(args.category)
                    except KeyError:
                        raise DeskError(
                            translate("cli", "Unknown category {id}; known: {known}.").format(
                                id=args.category, known=", ".join(c.id for c in event.categories)
                            )
                        ) from None
                ids = registered_ids(session, args.category)
            people = infos_by_ids(session, ids)
        if not people:
            raise DeskError(translate("cli", "Nobody to make a badge for."))
        person_ids = [p.id for p in people]
        pin = args.supervisor_pin or os.environ.get("DESK_SUPERVISOR_PIN") or None
        if args.record_print:  # the window's rules, before anything is written
            try:
                with db.read() as session:
                    check_prints(
                        session, person_ids, reason=args.reprint_reason, supervisor_pin=pin
                    )
            except ReprintNeedsReason as refused:
                sys.stderr.write(
                    "desk: "
                    + translate(
                        "cli",
                        "Already have a badge: %n of {total}. Printing a badge again needs a "
                        "reason: nothing was written or recorded. Repeat with --reprint-reason "
                        "lost, damaged or correction, or without --record-print.",
                        None,
                        refused.count,
                    ).format(total=len(person_ids))
                    + "\n"
                )
                return 2
        pdf = render_badges(event, people, layout, lang=i18n.language())
        path = atomic_write(args.out, lambda handle: handle.write(pdf))
        if args.record_print:
            record_prints(
                db,
                person_ids,
                operator=operator_name(args),
                reason=args.reprint_reason,
                supervisor_pin=pin,
            )
        say(
            translate("cli", "{counts}, written to {path}.").format(
                counts=listed(
                    counted(BADGES, len(people)), counted(PAGES, -(-len(people) // layout.per_page))
                ),
                path=path,
            )
        )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from desk.actions.lists import export_attendance, export_participants
    from desk.cli_text import report_lines

    db, event = open_db(args)
    with db:
        if args.what == "attendance":
            contact = not args.no_contact
            report = export_attendance(
                db,
                event,
                args.out,
                operator=operator_name(args),
                day=args.day,
                contact=contact,
                supervisor_pin=supervisor_pin(args),
            )
            for line in report_lines(event, report, day=args.day, contact=contact):
                say(line)
            return 0
        # The participant list has e-mail addresses and phone numbers.
        done = export_participants(
            db, event, args.out, operator=operator_name(args), supervisor_pin=supervisor_pin(args)
        )
    say(
        translate("cli", "%n participants written to {path}.", None, done.count).format(
            path=done.path
        )
    )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from desk.people.participants import counts

    db, event = open_db(args)
    with db:
        problems = db.integrity_check()
        with db.read() as session:
            c = counts(session)
        say(translate("cli", "Database: {path}").format(path=db.location))
        if db.is_server:
            say(translate("cli", "This desk's file: {path}").format(path=db.local.path))
        say(
            translate("cli", "Schema version {version}; desk {name} ({id}); event {event}.").format(
                version=db.schema_version, name=db.desk_name, id=db.desk_id, event=event.id
            )
        )
        say(
            listed(
                counted(REGISTERED, c.registered),
                counted(CANCELLED, c.cancelled),
                counted(CHECKED_IN, c.checked_in),
            )
            + "."
        )
        if problems:
            for p in problems[:20]:
                say(p)
            raise DeskError(
                translate("cli", "The database is damaged: %n problems found.", None, len(problems))
            )
        say(translate("cli", "Integrity check: ok."))
    return 0


def cmd_server(args: argparse.Namespace) -> int:
    from desk.server.cli import server_command

    for line in server_command(args.what, args.url, out=getattr(args, "out", None)):
        say(line)
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from desk.actions.deskfiles import sync_export, sync_import
    from desk.cli_text import desk_file_lines

    db, event = open_db(args)
    with db:
        if args.what == "export":
            summary = sync_export(db, event, args.out, operator=operator_name(args))
            lines = desk_file_lines(event, summary)
        else:
            report = sync_import(db, event, args.files, operator=operator_name(args))
            lines = report.lines(event)
    for line in lines:
        say(line)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from desk.actions.deskfiles import back_up
    from desk.cli_text import backup_lines

    db, _event = open_db(args)
    with db:
        made = back_up(db, operator=operator_name(args))
        for line in backup_lines(made.path, made.info):
            say(line)
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from desk.cli_text import cmd_backups as backups

    db, event = open_db(args)
    with db:
        for line in backups(db, event):
            say(line)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from desk.actions.deskfiles import restore_backup
    from desk.deskfiles.restore import restore_summary

    # The supervisor's PIN is checked on the database in place; the action then closes
    # it (restore refuses a file somebody holds) and logs in the restored database.
    db, event = open_db(args)
    with db:
        result = restore_backup(
            db,
            args.file,
            operator=operator_name(args),
            supervisor_pin=supervisor_pin(args),
            event_id=event.id,
            allow_other_desk=args.other_desk,
        )
    for line in restore_summary(result):
        say(line)
    return 0


# The window, handed in by the launcher (ui.app.main): the core never imports the UI.
OpenWindow = Callable[..., int]


def cmd_gui(args: argparse.Namespace, open_window: OpenWindow | None = None) -> int:
    if open_window is None:
        raise DeskError(
            translate("cli", "This command has no window; start Desk with the desk command.")
        )
    item = getattr(args, "item", None)
    if item:
        from desk.events.event import default_event

        _agenda_item(default_event(), item)  # a wrong id says so before any window opens
    camera = getattr(args, "camera", None)
    if camera is not None and not camera.exists():
        raise DeskError(
            translate("cli", "The camera file {file} does not exist.").format(file=camera)
        )
    folder = getattr(args, "print_to_folder", None)
    if folder is not None and folder.exists() and not folder.is_dir():
        raise DeskError(
            translate("cli", "{folder} is a file, not a folder for the badges.").format(
                folder=folder
            )
        )
    return open_window(
        db_path=args.db,
        local=args.local,
        desk_name=args.desk_name,
        lang=args.lang,
        operator=args.operator,
        screen=getattr(args, "screen", "checkin"),
        item=item,
        full_screen=getattr(args, "full_screen", False),
        camera=camera,
        kiosk=getattr(args, "kiosk", False),
        print_to_folder=folder,
    )


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    **PEOPLE_COMMANDS,
    **ONLINE_COMMANDS,
    **CERTIFICATES_COMMANDS,
    "duplicates": cmd_duplicates,
    "checkin": cmd_checkin,
    "attend": cmd_attend,
    "attendance": cmd_attendance,
    "badges": cmd_badges,
    "export": cmd_export,
    "check": cmd_check,
    "server": cmd_server,
    "sync": cmd_sync,
    "backup": cmd_backup,
    "backups": cmd_backups,
    "restore": cmd_restore,
}


def _early_language(argv: Sequence[str]) -> None:
    """Messages (help included) in --lang's language, else the system's. Only the global
    option counts: ``desk certificates --lang en`` is the certificates' language."""
    lang = None
    for i, arg in enumerate(argv):
        if arg in COMMANDS or arg == "gui":
            break
        if arg == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
    i18n.set_language(lang if lang in i18n.LANGUAGES else i18n.system_language())


def _run(command: str, args: argparse.Namespace) -> int:
    """Run a command; when the server went away during it (nothing of it was saved), once
    more: on this desk's own file now."""
    try:
        return COMMANDS[command](args)
    except ServerLost as exc:
        sys.stderr.write(f"desk: {exc}\n")
        return COMMANDS[command](args)


def main(
    argv: Sequence[str] | None = None,
    open_window: OpenWindow | None = None,
    self_test: Callable[[], int] | None = None,
) -> int:
    """``open_window`` and ``self_test`` (the one with Qt's checks) come from the launcher:
    the core never imports the UI."""
    argv = list(sys.argv[1:] if argv is None else argv)
    _early_language(argv)
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        if self_test is not None:
            return self_test()
        from desk.selftest import main_self_test

        return main_self_test()
    command = args.command or "gui"
    try:
        if command == "gui":
            return cmd_gui(args, open_window)
        return _run(command, args)
    except DeskError as exc:
        sys.stderr.write(f"desk: {exc}\n")
        return 1
    except OperationalError as exc:  # locked by another program for too long, disk full…
        reason = exc.orig if exc.orig is not None else exc
        sys.stderr.write(
            "desk: "
            + translate(
                "cli", "The database cannot be used right now ({reason}); nothing was changed."
            ).format(reason=reason)
            + "\n"
        )
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("desk: " + translate("cli", "interrupted") + "\n")
        return 130
    except BrokenPipeError:  # `desk attendance | head`: the reader has enough
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
