"""Every translatable string has a Spanish and an English text, and the .qm match the .ts;
counts have plural forms in both languages; Qt's own words are Spanish too; and no two
items of one menu or dialog share an accelerator (Alt+letter) in either language."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QWidget

from desk import i18n
from desk.storage.paths import translations_dir
from ui.language import apply_language

ROOT = Path(__file__).resolve().parents[2]

Text = str | tuple[str, ...] | None


def ts_messages(lang: str) -> dict[tuple[str, str], Text]:
    """(context, source) → the translation; a numerus message's forms as a tuple; None
    while unfinished (a form missing included)."""
    tree = ET.parse(translations_dir() / f"desk_{lang}.ts")
    out: dict[tuple[str, str], Text] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            node = m.find("translation")
            done = node is not None and node.get("type") not in (
                "unfinished",
                "obsolete",
                "vanished",
            )
            key = (name, m.findtext("source") or "")
            if m.get("numerus") == "yes" and node is not None:
                forms = tuple(f.text or "" for f in node.iter("numerusform"))
                out[key] = forms if done and all(forms) else None
            else:
                out[key] = node.text if done and node is not None else None
    return out


def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts/translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_ts_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    files = subprocess.run(
        ["git", "ls-files", "desk/*.py", "desk/**/*.py", "ui/*.py", "ui/**/*.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), "-locations", "none", *files, "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    tree = ET.parse(fresh)
    in_code = {
        (c.findtext("name") or "", m.findtext("source") or "")
        for c in tree.getroot().iter("context")
        for m in c.iter("message")
        if "." not in (c.findtext("name") or "")  # lupdate's misreadings: see the script
    }
    assert in_code, "lupdate found no strings"
    # lupdate misses some calls (a count that is not a plain name, translate_to): the
    # script reads the code too, and so does this test.
    in_code |= script().code_messages(files)
    missing = in_code - set(ts_messages("es"))
    assert not missing, f"run scripts/translations.py; not in the .ts: {sorted(missing)[:5]}"


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_string_is_translated(lang: str) -> None:
    untranslated = [k for k, v in ts_messages(lang).items() if not v]
    assert untranslated == [], "see scripts/translations.py --check"


@pytest.mark.parametrize("lang", ["es", "en"])
def test_compiled_qm_matches_the_ts(qapp, lang: str) -> None:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(translations_dir() / f"desk_{lang}.qm"))
    for (context, source), text in ts_messages(lang).items():
        if text is None:  # unfinished: test_every_string_is_translated says so
            continue
        if isinstance(text, tuple):
            singular, plural = text
            for n, form in ((1, singular), (0, plural), (2, plural), (21, plural)):
                assert translator.translate(context, source, None, n) == form, (context, source)
        else:
            assert translator.translate(context, source) == text, (context, source)


def forms(text: Text) -> tuple[str, ...]:
    return text if isinstance(text, tuple) else (text or "",)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_placeholders_survive_translation(lang: str) -> None:
    for (context, source), text in ts_messages(lang).items():
        if text is None:  # unfinished: test_every_string_is_translated says so
            continue
        for form in forms(text):
            assert set(re.findall(r"\{\w*\}", source)) == set(re.findall(r"\{\w*\}", form)), (
                context,
                source,
            )
        if isinstance(text, tuple):  # the plural says the number; a singular may say "un"
            assert "%n" in text[-1], (context, source)


# A placeholder that holds a number, followed by the word it counts ("{count} people"):
# the words agree with the number only through plural forms (%n). Not a ratio's
# denominator ("{checked} / {registered} checked in": the words go with the ratio).
COUNT_NAMES = (
    "count|n|total|pages|seconds|participants|checked|records|new|updated|rows|created|"
    "items|registered|cancelled|inside|in_person|online|shown|minutes|unchanged|done|desks|"
    "lines|boarded|attended|scanned|people_count|entries|files|badges"
)
COUNTED_WORD = re.compile(r"(?<!/ )\{(" + COUNT_NAMES + r")\}\s+(?!of\b|de\b)[^\W\d_]")


def needs_plural_forms(source: str) -> bool:
    return bool(COUNTED_WORD.search(source)) or bool(re.search(r"\w\((s|es)\)(?!')", source))


def test_needs_plural_forms_spots_counted_words() -> None:
    assert needs_plural_forms("{count} people")
    assert needs_plural_forms("Saved {n} participant(s).")
    assert needs_plural_forms("{place}: {inside} not back")
    assert not needs_plural_forms("Badges printed: {count}")
    assert not needs_plural_forms("Printing page {done} of {total}…")
    assert not needs_plural_forms("{label} ({count})")
    assert not needs_plural_forms("%n people")
    assert not needs_plural_forms("<b>{checked}</b> / {registered} checked in")  # a ratio


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_count_has_plural_forms(lang: str) -> None:
    """A message with a number and the words it counts is written with %n and has both
    plural forms (singular for 1, plural for the rest) in both languages: never
    "1 asistieron" or "1 entries"."""
    messages = ts_messages(lang)
    tree = ET.parse(translations_dir() / f"desk_{lang}.ts")
    numerus = {
        (c.findtext("name") or "", m.findtext("source") or "")
        for c in tree.getroot().iter("context")
        for m in c.iter("message")
        if m.get("numerus") == "yes"
    }
    without_n = sorted(k for k in messages if needs_plural_forms(k[1]))
    assert without_n == [], "write these with %n: tr(text, '', n) / translate(ctx, text, None, n)"
    not_plural = sorted(
        k
        for k, text in messages.items()
        if "%n" in k[1] and (k not in numerus or not isinstance(text, tuple) or len(text) != 2)
    )
    assert not_plural == [], "plural forms missing: run scripts/translations.py, then --check"


@pytest.fixture
def language(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    apply_language("en")


def test_counts_take_the_form_of_their_number(language) -> None:  # type: ignore[no-untyped-def]
    """Through Qt (QCoreApplication.translate with n, as the window does) and through the
    core (desk.i18n.translate with n), in both languages."""
    text = "%n participants"
    apply_language("es")
    assert QCoreApplication.translate("counts", text, None, 1) == "1 participante"
    assert QCoreApplication.translate("counts", text, None, 3) == "3 participantes"
    assert QCoreApplication.translate("counts", text, None, 0) == "0 participantes"
    assert i18n.translate("counts", text, None, 1) == "1 participante"
    assert i18n.translate("counts", text, None, 12) == "12 participantes"
    apply_language("en")
    assert QCoreApplication.translate("counts", text, None, 1) == "1 participant"
    assert QCoreApplication.translate("counts", text, None, 2) == "2 participants"
    assert i18n.translate("counts", text, None, 1) == "1 participant"
    assert i18n.translate_to("es", "counts", text, 1) == "1 participante"


def test_qt_speaks_the_language_too(language) -> None:  # type: ignore[no-untyped-def]
    """Qt's own dialogs and key names follow the language, and say it as the desk does:
    short key names, "archivo" (never "fichero")."""
    native = QKeySequence.SequenceFormat.NativeText
    apply_language("es")
    assert QKeySequence("Ctrl+Shift+D").toString(native) == "Ctrl+Mayús+D"
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Ver en:"
    assert QCoreApplication.translate("QFileDialog", "Files of type:") == "Archivos de tipo:"
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Sí"
    apply_language("en")
    assert QKeySequence("Ctrl+Shift+D").toString(native) == "Ctrl+Shift+D"
    assert QCoreApplication.translate("QFileDialog", "Files of type:") == "Files of type:"
    apply_language("es")
    assert QKeySequence("Ctrl+Shift+D").toString(native) == "Ctrl+Mayús+D"


# Words the Spanish does not use (docs: the Spanish review's glossary): "acreditar" for
# check-in, "puesto" for a registration desk ("mesa" is a World Café table), "archivo",
# "virtual" for online, Central American verbs, "usted", and “ ” quotation marks.
NOT_SPANISH = re.compile(
    r"check-?in|mostrador|fichero|ordenador|«|»|por omisión|hecho a mano|respaldo bueno|"
    r"\bpulse\b|\bañad|revísal|actualiza Desk|(?-i:\bElige\b)|\bdentro\b(?! de)|en línea",
    re.IGNORECASE,
)


# The menu item and the titles of importing online attendance, named so by issue 14
# ("Asistencia → Importar asistencia en línea…"); everywhere else online is "virtual".
NAMED_BY_ISSUES = {
    ("AttendanceMenu", "&Import online attendance…"),
    ("AttendanceMenu", "Import online attendance (Zoom or Teams)"),
    ("OnlineImportDialog", "Import online attendance"),
}

# Texts of World Café tables that do not say "table" in English.
TABLE_TEXTS = {("DoorScreen", "%n there now")}


def test_one_vocabulary_in_spanish() -> None:
    problems = []
    for (context, source), text in ts_messages("es").items():
        for form in forms(text):
            if NOT_SPANISH.search(form) and (context, source) not in NAMED_BY_ISSUES:
                problems.append((context, source, form))
            table = (context, source) in TABLE_TEXTS or re.search(
                r"\btables?\b|World Café", source, re.IGNORECASE
            )
            if re.search(r"\bmesas?\b", form, re.IGNORECASE) and not table:
                problems.append((context, source, form))
    assert problems == []


# -- accelerators -------------------------------------------------------------------------


def mnemonic(text: str) -> str | None:
    """The Alt+letter of a text ("&Archivo" → "a"), None without one ("&&" is an "&")."""
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashes(texts: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    out = []
    for text in texts:
        key = mnemonic(text)
        if key is None:
            continue
        if key in seen:
            out.append(f"Alt+{key.upper()}: {seen[key]!r} and {text!r}")
        seen[key] = text
    return out


def menu_clashes(menu: QMenu, where: str) -> list[str]:
    actions = [a for a in menu.actions() if not a.isSeparator()]
    out = [f"{where}: {c}" for c in clashes([a.text() for a in actions])]
    for action in actions:
        sub = action.menu()
        if isinstance(sub, QMenu):
            out += menu_clashes(sub, f"{where} › {action.text()}")
    return out


def dialog_clashes(dialog: QWidget) -> list[str]:
    """Clashes among a dialog's buttons, group boxes and labels with a buddy; and a label
    with an "&" but no buddy (the "&" would show as it is)."""
    texts = []
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLabel) and "<" not in widget.text():
            if widget.buddy() is not None:
                texts.append(widget.text())
            elif mnemonic(widget.text()):
                texts.append(f"no buddy: {widget.text()}")
    out = clashes([t for t in texts if not t.startswith("no buddy: ")])
    return out + [t for t in texts if t.startswith("no buddy: ")]


def switch(lang: str) -> None:
    """The language, and the open widgets retranslated (LanguageChange is a posted event)."""
    apply_language(lang)
    QCoreApplication.processEvents()


@pytest.mark.parametrize("lang", ["es", "en"])
def test_accelerators_are_unique_in_each_menu(window, lang: str) -> None:  # type: ignore[no-untyped-def]
    switch(lang)
    try:
        bar = window.menuBar()
        menus = [a for a in bar.actions() if not a.isSeparator()]
        problems = [f"menu bar: {c}" for c in clashes([a.text() for a in menus])]
        for action in menus:
            menu = action.menu()
            if isinstance(menu, QMenu):
                menu.aboutToShow.emit()  # menus filled as they open
                problems += menu_clashes(menu, action.text())
        assert problems == []
        assert all(mnemonic(a.text()) for a in menus), [a.text() for a in menus]
    finally:
        apply_language("en")


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("which", ["operators", "settings"])
def test_accelerators_are_unique_in_the_dialogs(qtbot, db, which: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The operators dialog and the settings: one Alt+letter per field or button, and no
    label showing its "&" ("Carpeta compartida de &sincronización:")."""
    from ui.settings_dialog import SettingsDialog, current_settings
    from ui.signin_dialog import OperatorsDialog

    switch(lang)
    try:
        if which == "operators":
            dialog: QWidget = OperatorsDialog(db, "Lucía")
        else:
            dialog = SettingsDialog(current_settings(db, "Lucía"), printers=["Zebra"])
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog_clashes(dialog) == []
    finally:
        apply_language("en")


def test_menus_show_short_key_names_in_spanish(window) -> None:  # type: ignore[no-untyped-def]
    switch("es")
    try:
        shown = [
            a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            for menu in window.findChildren(QMenu)
            for a in menu.actions()
            if not a.shortcut().isEmpty()
        ]
        assert shown and not [s for s in shown if "Control" in s or "Mayúsculas" in s], shown
    finally:
        apply_language("en")
