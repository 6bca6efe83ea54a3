"""The ``desk certificates`` command: certificates of attendance as PDF, and checking one.

- ``desk certificates --out F.pdf [--min-items N | --min-percent P] [--lang es|en]
  [--one-per-person]``: the certificates of everybody who meets the rule (the saved one
  unless given), one page per person (with ``--one-per-person``: ``--out`` is a folder
  and each person gets a file). Exit 1 when nobody meets the rule (nothing written).
- ``desk certificates verify CODE [--json]``: exit 0 for a valid certificate, 1 when the
  code is not one.
"""

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

VERIFY = "verify"


def add_certificates_parser(sub: Any) -> None:
    p = sub.add_parser(
        "certificates",
        help=translate(
            "cli", "certificates of attendance (PDF, Spanish and English), or verify one"
        ),
        usage=(
            "desk certificates --out F.pdf [--min-items N | --min-percent P] [--lang es|en] "
            "[--one-per-person]\n       desk certificates verify CODE [--json]"
        ),
    )
    p.add_argument("verb", nargs="?", metavar=VERIFY, help=translate("cli", "check a code"))
    p.add_argument(
        "code", nargs="?", metavar="CODE", help=translate("cli", "the certificate's code")
    )
    p.add_argument(
        "--out",
        type=Path,
        metavar="F.pdf",
        help=translate("cli", "the PDF to write (with --one-per-person: the folder for the files)"),
    )
    rule = p.add_mutually_exclusive_group()
    rule.add_argument(
        "--min-items",
        type=int,
        metavar="N",
        help=translate("cli", "at least N sessions (breaks and meals aside), in person or online"),
    )
    rule.add_argument(
        "--min-percent",
        type=int,
        metavar="P",
        help=translate(
            "cli", "at least P % of the first day's sessions (default: the rule in settings)"
        ).replace("%", "%%"),  # argparse formats help with %
    )
    p.add_argument(
        "--lang",
        dest="certificate_lang",
        choices=i18n.LANGUAGES,
        help=translate(
            "cli", "the certificate's main language (the other one is printed below it)"
        ),
    )
    p.add_argument(
        "--one-per-person",
        action="store_true",
        help=translate("cli", "one PDF per person, named CODE-Family-Name.pdf, in --out"),
    )
    p.add_argument(
        "--json", action="store_true", help=translate("cli", "verify: one JSON document")
    )


def _usage_error(message: str) -> int:
    sys.stderr.write(f"desk certificates: {message}\n")
    return 2


def cmd_certificates(args: argparse.Namespace) -> int:
    if args.verb is None:
        if args.code is not None:  # argparse fills "verb" first
            return _usage_error(translate("cli", "unexpected argument {arg}").format(arg=args.code))
        if args.out is None:
            return _usage_error(
                translate("cli", "give --out F.pdf, or: desk certificates verify CODE")
            )
        return _issue(args)
    if args.verb != VERIFY:
        return _usage_error(
            translate("cli", "unknown action {arg}; did you mean: verify CODE?").format(
                arg=args.verb
            )
        )
    if args.code is None:
        return _usage_error(translate("cli", "verify needs the certificate's CODE"))
    if args.out is not None or args.min_items is not None or args.min_percent is not None:
        return _usage_error(translate("cli", "verify takes a CODE only"))
    return _verify(args)


def _issue(args: argparse.Namespace) -> int:
    from desk.actions.certificates import issue_certificates
    from desk.online.rules import CertificateRule

    rule = None
    if args.min_items is not None:
        rule = CertificateRule(min_items=args.min_items)
    elif args.min_percent is not None:
        rule = CertificateRule(min_percent=args.min_percent)
    lang = args.certificate_lang or args.lang or "es"
    db, event = open_db(args)
    with db:
        done = issue_certificates(
            db,
            event,
            args.out,
            rule=rule,
            lang=lang,
            one_file_per_person=args.one_per_person,
            operator=operator_name(args),
        )
    if not done.count:
        raise DeskError(
            translate(
                "cli",
                "Nobody meets the rule ({rule}): no certificate written. People who attended "
                "something but fall short: {short}.",
            ).format(rule=done.rule_text, short=done.short)
        )
    say(
        translate(
            "cli", "%n certificates of attendance ({rule}), written to {path}.", None, done.count
        ).format(rule=done.rule_text, path=done.where)
    )
    if done.short:
        say(
            translate(
                "cli",
                "%n other people attended something but fall short of the rule.",
                None,
                done.short,
            )
        )
    return 0


def _verify(args: argparse.Namespace) -> int:
    from desk.actions.certificates import verify_certificate
    from desk.arrival.codes import format_code
    from desk.certificates.codes import format_certificate_code

    db, event = open_db(args)
    with db:
        found = verify_certificate(db, event, args.code)
    if args.json:
        json.dump(found.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        say()
        return 0 if found.valid else 1
    say(found.message())
    if not found.valid:
        return 1
    lang = i18n.language()
    say("  " + translate("cli", "Code: {code}").format(code=format_certificate_code(found.code)))
    say(
        "  "
        + translate("cli", "Badge code: {code}").format(code=format_code(found.participant_code))
    )
    if found.organisation:
        say("  " + translate("cli", "Organisation: {name}").format(name=found.organisation))
    say(
        "  "
        + translate("cli", "%n sessions attended", None, len(found.items))
        + " ("
        + translate("cli", "%n in person", None, found.in_person)
        + ", "
        + translate("cli", "%n online", None, found.online)
        + ")"
    )
    modes = {"in_person": translate("cli", "in person"), "online": translate("cli", "online")}
    for item in found.items:
        say(
            f"    {item.day:%d/%m} {item.start:%H:%M}–{item.end:%H:%M}  "
            f"{item.title.get(lang)} — {modes.get(item.mode, item.mode)}"
        )
    if found.meets_rule:
        say("  " + translate("cli", "Meets the rule now: {rule}.").format(rule=found.rule))
    else:
        say(
            "  "
            + translate(
                "cli",
                "Does not meet the rule now ({rule}): issued under another rule, or the "
                "attendance recorded changed since.",
            ).format(rule=found.rule)
        )
    return 0


CERTIFICATES_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "certificates": cmd_certificates
}
