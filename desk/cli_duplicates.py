"""``desk duplicates [--json]``: registrations that are likely one person, with the reason."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desk.cli_common import open_db, say
from desk.i18n import translate


def add_duplicates_parser(sub: Any) -> None:
    p = sub.add_parser(
        "duplicates",
        help=translate("cli", "likely duplicate people, with the reason, most likely first"),
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "one JSON document"))
    p.add_argument(
        "--limit",
        type=int,
        default=0,
        help=translate("cli", "at most this many pairs (0: all)"),
    )


def cmd_duplicates(args: argparse.Namespace) -> int:
    from desk.arrival import codes
    from desk.people.merging import duplicate_pairs

    db, _event = open_db(args)
    with db, db.read() as session:
        pairs = duplicate_pairs(session, limit=args.limit or 1_000_000_000)
    if args.json:
        json.dump(
            [
                {
                    "a": pair.a.to_json(),
                    "b": pair.b.to_json(),
                    "reason": pair.match.reason,
                    "reasons": list(pair.match.codes),
                    "reason_text": pair.match.text(),
                    "score": pair.match.score,
                }
                for pair in pairs
            ],
            sys.stdout,
            ensure_ascii=False,
            indent=1,
        )
        say()
        return 0
    for pair in pairs:
        say(f"{pair.match.score:3d}  {pair.match.text()}")
        for p in (pair.a, pair.b):
            country = p.country or "--"
            say(
                f"     {codes.format_code(p.code)}  {p.family_name}, {p.given_name}  "
                f"[{country}]  {p.email}"
            )
    say(translate("cli", "%n likely duplicate pairs.", None, len(pairs)))
    return 0
