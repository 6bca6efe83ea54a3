"""Translations for the domain core, without Qt.

Core messages are written as ``translate("context", "English text")`` so that Qt's
``pyside6-lupdate`` extracts them into the same ``resources/translations/desk_<lang>.ts``
files as the window's strings. The window loads the compiled ``.qm`` through Qt; the core
reads the ``.ts`` XML itself, so the CLI and the window speak the same words.
"""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache

from desk.storage.paths import translations_dir

LANGUAGES = ("es", "en")
SOURCE_LANGUAGE = "en"

_language = SOURCE_LANGUAGE


def system_language() -> str:
    """The first of LANGUAGES that the system asks for; Spanish when it asks for neither."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        for part in value.split(":"):
            code = part[:2].lower()
            if code in LANGUAGES:
                return code
    try:
        code = (locale.getlocale()[0] or "")[:2].lower()
    except ValueError:
        code = ""
    return code if code in LANGUAGES else "es"


def set_language(lang: str) -> None:
    global _language
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    _language = lang


def language() -> str:
    return _language


@cache
def _catalog(lang: str) -> dict[tuple[str, str], str | tuple[str, ...]]:
    """(context, source) → the translation; for a message with a count (numerus), its
    forms: singular first, then plural (the rule of both languages: 1 is singular)."""
    path = translations_dir() / f"desk_{lang}.ts"
    catalog: dict[tuple[str, str], str | tuple[str, ...]] = {}
    if not path.exists():
        return catalog
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None:
                continue
            if node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = tuple(f.text or "" for f in node.iter("numerusform"))
            if forms and all(forms):
                catalog[(name, source)] = forms
            elif node.text and not forms:
                catalog[(name, source)] = node.text
    return catalog


def translate(context: str, text: str, disambiguation: None = None, n: int | None = None) -> str:
    """The text in the current language (the English source when no translation exists).

    With a count ``n`` (Qt's numerus: write ``%n`` in the text, e.g.
    ``translate("door", "%n attended", None, n)``), the singular or plural form for ``n``
    with ``%n`` replaced by it."""
    return translate_to(_language, context, text, n)


def translate_to(lang: str, context: str, text: str, n: int | None = None) -> str:
    """The text in ``lang`` whatever the current language (a report in the language it
    was asked in, made on a worker thread). Mark such texts for lupdate with
    ``QT_TRANSLATE_NOOP("context", "text")`` or a ``translate`` call."""
    if n is None:
        if lang == SOURCE_LANGUAGE:
            return text
        found = _catalog(lang).get((context, text), text)
        return found if isinstance(found, str) else text
    forms = _catalog(lang).get((context, text))
    if isinstance(forms, tuple):
        text = forms[0 if abs(n) == 1 else -1]
    return text.replace("%n", str(n))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate reads this name
    """Marks ``text`` of ``context`` for pyside6-lupdate and returns it as it is: it is
    translated later, in a language chosen then (:func:`translator`)."""
    return text


def translator(context: str) -> Callable[[str, str], str]:
    """``tr(lang, text)``: the text of ``context`` in ``lang``, whatever the current
    language (a chart or a report in the language it was asked in). Mark the texts with
    ``QT_TRANSLATE_NOOP(context, text)``."""

    def tr(lang: str, text: str) -> str:
        return translate_to(lang, context, text)

    return tr
