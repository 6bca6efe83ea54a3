#!/usr/bin/env python3
"""Keep resources/translations in step with the code (Qt Linguist .ts sources, .qm compiled).

    scripts/translations.py            update .ts from the code, fill English, compile .qm
    scripts/translations.py --apply LANG FILE.json [FILE.json …]
                                       take translations {"context|source": text} (es or en)
    scripts/translations.py --check    list what is missing (exit 1 if anything is)

English is the source language: its .ts carries every text as its own translation, so both
languages are complete files. Spanish is translated in Qt Linguist or with --apply.

Counts (Qt's numerus). A message whose source holds ``%n`` ("%n people") has plural forms
in both languages: singular (n = 1) first, then plural (every other n, 0 included), the
plural with ``%n`` (a singular may say it in words: "La entrada más reciente").
pyside6-lupdate marks a message numerus only for ``self.tr(text, "", n)``; for
``QCoreApplication.translate(ctx, text, None, n)`` and the core's ``translate(ctx, text,
None, n)`` it does not, and it drops the forms of such a message.
So the forms of both files are kept before lupdate runs and put back after it, and every
``%n`` message is made numerus here. The English plural is taken from the source; the
English singular cannot be ("%n people" → "%n person"): --check asks for it, and it is
given with --apply en. In a JSON file a numerus message takes a list [singular, plural]:

    {"DoorScreen|%n attended": ["%n asistió", "%n asistieron"]}

lupdate also misses calls it should see: a count that is not a plain name
(``translate(ctx, "%n x", None, len(rows))``), ``translate_to(lang, ctx, text)``; and after
``QCoreApplication.translate(ctx, text, None, n)`` in a method it files the next
``self.tr`` under a context "QCoreApplication.self". So the code is read here as well
(``code_messages``: every translate/tr/QT_TRANSLATE_NOOP call with literal texts), what
lupdate missed is added, its misread contexts (a "." in the name) are dropped, and the
translations a message had are kept when lupdate dropped and this put it back.
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("es", "en")
SOURCE_LANGUAGE = "en"
NUMERUS_FORMS = 2  # Spanish and English: singular for 1, plural for everything else
BIN = Path(sys.executable).parent

Key = tuple[str, str]


def sources() -> list[str]:
    out = subprocess.run(
        ["git", "ls-files", "desk/*.py", "desk/**/*.py", "ui/*.py", "ui/**/*.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return sorted(set(out))


TRANSLATE_NAMES = {"translate": 0, "translate_to": 1, "QT_TRANSLATE_NOOP": 0}
QT_CLASSES = {"QCoreApplication", "QApplication", "QGuiApplication", "i18n"}


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


class _Calls(ast.NodeVisitor):
    """(context, source) of every translation call with literal texts in one file."""

    def __init__(self) -> None:
        self.classes: list[str] = []
        self.found: set[Key] = set()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.id if isinstance(func, ast.Name) else None
        if isinstance(func, ast.Attribute):
            is_self = isinstance(func.value, ast.Name) and func.value.id == "self"
            if func.attr == "tr" and is_self and self.classes:
                text = _literal(node.args[0]) if node.args else None
                comment = _literal(node.args[1]) if len(node.args) > 1 else None
                if text is not None and not comment:
                    self.found.add((self.classes[-1], text))
            elif isinstance(func.value, ast.Name) and func.value.id in QT_CLASSES:
                name = func.attr
        if name in TRANSLATE_NAMES:
            at = TRANSLATE_NAMES[name]
            args = node.args[at : at + 3]
            context = _literal(args[0]) if args else None
            text = _literal(args[1]) if len(args) > 1 else None
            comment = _literal(args[2]) if len(args) > 2 else None
            if context is not None and text is not None and not comment:
                self.found.add((context, text))
        self.generic_visit(node)


def code_messages(files: list[str] | None = None) -> set[Key]:
    """(context, source) of every translatable text the code holds as a literal."""
    calls = _Calls()
    for name in files if files is not None else sources():
        calls.visit(ast.parse((ROOT / name).read_text(encoding="utf-8"), name))
    return calls.found


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


def is_numerus(source: str) -> bool:
    return "%n" in source


def translation(message: ET.Element) -> ET.Element:
    node = message.find("translation")
    if node is None:
        node = ET.SubElement(message, "translation")
    return node


def forms_of(message: ET.Element) -> list[str]:
    """The numerus forms a message holds (empty strings for empty forms)."""
    node = message.find("translation")
    if node is None:
        return []
    return [f.text or "" for f in node.iter("numerusform")]


Saved = dict[Key, "str | list[str]"]


def saved_translations() -> dict[str, Saved]:
    """Every language's translations by (context, source) (a numerus message's forms),
    before lupdate drops or empties some."""
    out: dict[str, Saved] = {}
    for lang in LANGUAGES:
        out[lang] = {}
        if not ts_path(lang).exists():
            continue
        for context, message in messages(ET.parse(ts_path(lang))):
            key = (context, message.findtext("source") or "")
            forms = forms_of(message)
            node = message.find("translation")
            if any(forms):
                out[lang][key] = forms
            elif node is not None and node.text and node.get("type") != "unfinished":
                out[lang][key] = node.text
    return out


def set_forms(message: ET.Element, forms: list[str]) -> None:
    """Make ``message`` numerus with exactly NUMERUS_FORMS forms; unfinished while one of
    them is empty."""
    forms = (list(forms) + [""] * NUMERUS_FORMS)[:NUMERUS_FORMS]
    message.set("numerus", "yes")
    node = translation(message)
    for child in list(node):
        node.remove(child)
    node.text = None
    for form in forms:
        ET.SubElement(node, "numerusform").text = form or None
    if all(forms):
        node.attrib.pop("type", None)
    else:
        node.set("type", "unfinished")


def complete(lang: str, saved: Saved, in_code: set[Key]) -> None:
    """After lupdate: the messages it missed added, its misread contexts dropped, every
    message with %n numerus with the forms it had before (or the ones lupdate kept; the
    English plural defaults to the source), and what lupdate emptied filled again."""
    path = ts_path(lang)
    tree = ET.parse(path)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    for name, context in list(contexts.items()):
        if "." in name:  # lupdate's misreading, not a context of the code
            root.remove(context)
            del contexts[name]
    have = {(c, m.findtext("source") or "") for c, m in messages(tree)}
    for context_name, source in sorted(in_code - have):
        context = contexts.get(context_name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
            contexts[context_name] = context
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation", type="unfinished")
    for context_name, message in messages(tree):
        source = message.findtext("source") or ""
        before = saved.get((context_name, source))
        if is_numerus(source):
            forms = before if isinstance(before, list) else forms_of(message)
            forms = (list(forms) + [""] * NUMERUS_FORMS)[:NUMERUS_FORMS]
            if lang == SOURCE_LANGUAGE and not forms[-1]:
                forms[-1] = source
            set_forms(message, forms)
            continue
        node = translation(message)
        if isinstance(before, str) and (not node.text or node.get("type") == "unfinished"):
            node.text = before
            node.attrib.pop("type", None)
    write(tree, path)


def fill_english() -> None:
    """English texts are their sources; a numerus message keeps its forms (the singular
    is written by hand), and its plural is the source when it has none."""
    path = ts_path(SOURCE_LANGUAGE)
    tree = ET.parse(path)
    for _context, message in messages(tree):
        source = message.findtext("source") or ""
        if is_numerus(source):
            forms = (forms_of(message) + [""] * NUMERUS_FORMS)[:NUMERUS_FORMS]
            forms[-1] = forms[-1] or source
            set_forms(message, forms)
            continue
        message.attrib.pop("numerus", None)
        node = translation(message)
        for child in list(node):
            node.remove(child)
        node.text = source
        node.attrib.pop("type", None)
    write(tree, path)


def apply(lang: str, mapping_file: Path) -> list[str]:
    """Take the translations of ``mapping_file`` into ``lang``'s .ts; a list for a
    numerus message ([singular, plural]). The problems found, as lines."""
    mapping = json.loads(mapping_file.read_text(encoding="utf-8"))
    path = ts_path(lang)
    tree = ET.parse(path)
    used: set[str] = set()
    problems: list[str] = []
    for context, message in messages(tree):
        source = message.findtext("source") or ""
        key = f"{context}|{source}"
        if key in mapping:
            text = mapping[key]
        elif source in mapping:
            key, text = source, mapping[source]
        else:
            continue
        used.add(key)
        if not text:
            continue
        if is_numerus(source):
            if isinstance(text, str):
                problems.append(f"{mapping_file.name}: {key}: needs [singular, plural]")
                continue
            if len(text) != NUMERUS_FORMS or not all(isinstance(t, str) for t in text):
                problems.append(f"{mapping_file.name}: {key}: needs {NUMERUS_FORMS} forms")
                continue
            set_forms(message, list(text))
            continue
        if not isinstance(text, str):
            problems.append(f"{mapping_file.name}: {key}: not a count (no %n): one text")
            continue
        node = translation(message)
        for child in list(node):
            node.remove(child)
        node.text = text
        node.attrib.pop("type", None)
    write(tree, path)
    problems += [f"{mapping_file.name}: not in the .ts: {k}" for k in mapping if k not in used]
    return problems


def missing(lang: str) -> list[str]:
    tree = ET.parse(ts_path(lang))
    out = []
    for context, message in messages(tree):
        source = message.findtext("source") or ""
        node = message.find("translation")
        if is_numerus(source):
            forms = forms_of(message)
            if message.get("numerus") != "yes" or len(forms) != NUMERUS_FORMS:
                out.append(f"{lang}: {context}: {source} [plural forms: run the update]")
                continue
            names = ("singular", "plural")
            out += [
                f"{lang}: {context}: {source} [{name}]"
                for name, form in zip(names, forms, strict=True)
                if not form
            ]
        elif node is None or not node.text or node.get("type") == "unfinished":
            out.append(f"{lang}: {context}: {source}")
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


def update() -> None:
    """lupdate both files, then complete what it missed or dropped; fill English."""
    TS_DIR.mkdir(parents=True, exist_ok=True)
    saved = saved_translations()
    lupdate()
    in_code = code_messages()
    for lang in LANGUAGES:
        complete(lang, saved[lang], in_code)
    fill_english()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apply", nargs="+", metavar=("LANG", "FILE"))
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        gaps = missing("es") + missing("en")
        print("\n".join(gaps) or "complete")
        return 1 if gaps else 0
    if args.apply:
        lang, *files = args.apply
        if lang not in LANGUAGES or not files:
            parser.error(f"--apply LANG FILE.json …, LANG one of {', '.join(LANGUAGES)}")
        problems = [p for f in files for p in apply(lang, Path(f))]
        if problems:
            print(f"{len(problems)} text(s) not taken:", *problems, sep="\n")
    else:
        update()
    lrelease()
    for lang in LANGUAGES:
        gaps = missing(lang)
        if gaps:
            print(f"{len(gaps)} {lang} text(s) to translate:", *gaps, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
