"""The window's language: which one to start in, and switching (the core's words and Qt's
translators at once; open widgets retranslate themselves on the LanguageChange event).

A small module of its own so that anything may switch the language (the first-run setup
does, as the operator picks one) without importing the application module.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desk import i18n
from desk.storage.paths import translations_dir
from ui.settings import LANGUAGE

_translators: list[QTranslator] = []


def apply_language(lang: str) -> None:
    """Switch the core's and Qt's language; open widgets retranslate themselves."""
    i18n.set_language(lang)
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    qt = QTranslator()
    if qt.load(
        QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        _translators.append(qt)
    ours = QTranslator()
    if ours.load(str(translations_dir() / f"desk_{lang}.qm")):
        _translators.append(ours)
    for translator in _translators:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(lang))


def chosen_language(cli_lang: str | None = None) -> str:
    """The language to start in: the command line's, else the one chosen last, else the
    system's."""
    if cli_lang:
        return cli_lang
    return LANGUAGE.get() or i18n.system_language()


def switch_language(lang: str) -> None:
    """The operator chose ``lang``: remember it and switch to it."""
    LANGUAGE.set(lang)
    apply_language(lang)
