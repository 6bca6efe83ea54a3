#!/usr/bin/env python3
"""Keep resources/translations in step with the code (Qt Linguist .ts sources, .qm compiled).

    scripts/translations.py            update .ts from the code, fill English, compile .qm
    scripts/translations.py --apply es FILE.json   take translations {"context|source": text}
    scripts/translations.py --check    list what is missing (exit 1 if anything is)

English is the source language: its .ts carries every text as its own translation, so both
languages are complete files. Spanish is translated in Qt Linguist or with --apply.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("es", "en")
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    out = subprocess.run(
        ["git", "ls-files", "desk/*.py", "desk/**/*.py", "ui/*.py", "ui/**/*.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return sorted(set(out))


def ts_path(lang: str) -> Path:
    return TS_DIR / f"desk_{lang}.ts"


def lupdate() -> None:
    for lang in LANGUAGES:
        subprocess.run(
            [
                str(BIN / "pyside6-lupdate"),
                "-locations",
                "none",
                "-no-obsolete",
                "-target-language",
                lang,
                *sources(),
                "-ts",
                str(ts_path(lang)),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )


def messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        out += [(name, m) for m in context.iter("message")]
    return out


def write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def fill_english() -> None:
    path = ts_path("en")
    tree = ET.parse(path)
    for _context, message in messages(tree):
        node = message.find("translation")
        assert node is not None
        node.text = message.findtext("source")
        node.attrib.pop("type", None)
    write(tree, path)


def apply(lang: str, mapping_file: Path) -> None:
    mapping = json.loads(mapping_file.read_text(encoding="utf-8"))
    path = ts_path(lang)
    tree = ET.parse(path)
    for context, message in messages(tree):
        source = message.findtext("source") or ""
        text = mapping.get(f"{context}|{source}", mapping.get(source))
        if text:
            node = message.find("translation")
            assert node is not None
            node.text = text
            node.attrib.pop("type", None)
    write(tree, path)


def missing(lang: str) -> list[str]:
    tree = ET.parse(ts_path(lang))
    out = []
    for context, message in messages(tree):
        node = message.find("translation")
        if node is None or not node.text or node.get("type") == "unfinished":
            out.append(f"{lang}: {context}: {message.findtext('source')}")
    return out


def lrelease() -> None:
    for lang in LANGUAGES:
        subprocess.run(
            [
                str(BIN / "pyside6-lrelease"),
                "-silent",
                str(ts_path(lang)),
                "-qm",
                str(TS_DIR / f"desk_{lang}.qm"),
            ],
            check=True,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apply", nargs=2, metavar=("LANG", "FILE"))
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        gaps = missing("es") + missing("en")
        print("\n".join(gaps) or "complete")
        return 1 if gaps else 0
    if args.apply:
        apply(args.apply[0], Path(args.apply[1]))
    else:
        TS_DIR.mkdir(parents=True, exist_ok=True)
        lupdate()
        fill_english()
    lrelease()
    gaps = missing("es")
    if gaps:
        print(f"{len(gaps)} Spanish text(s) to translate:", *gaps, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
