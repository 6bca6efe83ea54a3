"""The ``desk`` commands about the participant list: import, demo, participants."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desk import i18n
from desk.cli_common import open_db, operator_name, say
from desk.errors import DeskError
from desk.i18n import translate


def add_people_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "import", help=translate("cli", "import a participant list (CSV or XLSX), all or nothing")
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate(
            "cli", "check the file, change nothing; the report says who gets which category"
        ),
    )
    p.add_argument(
        "--category",
        metavar="ID",
        help=translate(
            "cli",
            "the category of every row without one (the whole file when the list has no "
            "category column): an id, or a label in Spanish or English",
        ),
    )
    p.add_argument(
        "--category-rule",
        action="append",
        default=[],
        metavar="TEXT=ID",
        help=translate(
            "cli",
            "rows whose organisation, e-mail domain or category cell contains TEXT (accents "
            "and case ignored) get the category ID; repeatable, the first rule that matches "
            "wins, before --category. E.g. --category-rule cancilleria=mfa "
            "--category-rule rree.gob=mfa",
        ),
    )

    p = sub.add_parser(
        "demo", help=translate("cli", "add N synthetic participants (for trying and benchmarks)")
    )
    p.add_argument("--count", type=int, required=True, metavar="N")
    p.add_argument("--seed", type=int, default=None, help=translate("cli", "random seed"))

    p = sub.add_parser("participants", help=translate("cli", "list or search participants"))
    p.add_argument("query", nargs="?", default="", metavar="QUERY")
    p.add_argument("--json", action="store_true", help=translate("cli", "one JSON document"))
    p.add_argument(
        "--limit", type=int, default=0, help=translate("cli", "at most this many (0: all)")
    )


def cmd_import(args: argparse.Namespace) -> int:
    from desk.actions.lists import import_list
    from desk.people.import_categories import category_choice

    db, event = open_db(args)
    with db:
        # An unknown category stops here: nothing read, nothing backed up or changed.
        choice = category_choice(event, args.category, args.category_rule)
        report = import_list(
            db, event, args.file, operator=operator_name(args), dry_run=args.dry_run, choice=choice
        )
        for line in report.lines():
            say(line)
        if not report.category_column and not choice:
            say(
                translate(
                    "cli",
                    "Choose with --category ID (the whole file) or --category-rule TEXT=ID "
                    "(organisation or e-mail domain); categories: {known}.",
                ).format(known=", ".join(c.id for c in event.categories))
            )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from desk.actions.lists import add_sample_participants

    if args.count < 1:
        raise DeskError(translate("cli", "--count must be at least 1."))
    db, event = open_db(args)
    with db:
        added = add_sample_participants(
            db, event, args.count, operator=operator_name(args), seed=args.seed
        )
        say(
            translate(
                "cli", "%n synthetic participants added to {path}.", None, added.count
            ).format(path=db.location)
        )
    return 0


def cmd_participants(args: argparse.Namespace) -> int:
    from desk.arrival import codes
    from desk.people.participants import all_participants
    from desk.people.search import search

    db, event = open_db(args)
    with db, db.read() as session:
        if args.query:
            people = list(search(session, event, args.query, limit=args.limit or 1_000_000).hits)
        else:
            people = all_participants(session)
            if args.limit:
                people = people[: args.limit]
    if args.json:
        json.dump([p.to_json() for p in people], sys.stdout, ensure_ascii=False, indent=1)
        say()
        return 0
    from desk.events.display import category_label

    lang = i18n.language()
    for p in people:
        country = p.country or "--"
        category = category_label(event, p.category, lang)
        mark = "✓" if p.checked_in_at else " "
        say(
            f"{mark} {codes.format_code(p.code)}  {p.family_name}, {p.given_name}  [{country}]  "
            f"{category}  {p.organisation}"
        )
    say(translate("cli", "%n participants.", None, len(people)))
    return 0


PEOPLE_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import": cmd_import,
    "demo": cmd_demo,
    "participants": cmd_participants,
}
