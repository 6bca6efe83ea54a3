"""Counted nouns, right for one and for many ("1 participante", "3 participantes").

A message with a count is written with ``%n`` and translated with its plural forms (Qt's
numerus: singular for 1, plural for every other number). The counts that several
messages list side by side ("{participants}, {records}") are these shared phrases, each
said on its own: ``counted(PARTICIPANTS, 3)`` → "3 participantes".
"""

from __future__ import annotations

from desk.i18n import QT_TRANSLATE_NOOP, language, translate_to

PARTICIPANTS = QT_TRANSLATE_NOOP("counts", "%n participants")
NEW_PARTICIPANTS = QT_TRANSLATE_NOOP("counts", "%n new participants")
PEOPLE = QT_TRANSLATE_NOOP("counts", "%n people")
RECORDS = QT_TRANSLATE_NOOP("counts", "%n records")
NEW_RECORDS = QT_TRANSLATE_NOOP("counts", "%n new records")
REGISTERED = QT_TRANSLATE_NOOP("counts", "%n registered")
CANCELLED = QT_TRANSLATE_NOOP("counts", "%n cancelled")
CHECKED_IN = QT_TRANSLATE_NOOP("counts", "%n checked in")
CHECK_INS = QT_TRANSLATE_NOOP("counts", "%n check-ins")
NEW = QT_TRANSLATE_NOOP("counts", "%n new")
UPDATED = QT_TRANSLATE_NOOP("counts", "%n updated")
BADGES = QT_TRANSLATE_NOOP("counts", "%n badges")
PAGES = QT_TRANSLATE_NOOP("counts", "%n pages")
AGENDA_ITEMS = QT_TRANSLATE_NOOP("counts", "%n agenda items")
ROWS_READ = QT_TRANSLATE_NOOP("counts", "%n rows read")
UNCHANGED = QT_TRANSLATE_NOOP("counts", "%n unchanged")
IN_PERSON = QT_TRANSLATE_NOOP("counts", "%n in person")
ONLINE = QT_TRANSLATE_NOOP("counts", "%n online")
ONLINE_CONNECTIONS = QT_TRANSLATE_NOOP("counts", "%n online connections")
IDENTIFICATIONS = QT_TRANSLATE_NOOP("counts", "%n identifications")


def counted(text: str, n: int, lang: str | None = None) -> str:
    """``text`` (one of this module's phrases) for ``n``, in ``lang`` (default: the
    current language)."""
    return translate_to(lang or language(), "counts", text, n)


def listed(*parts: str) -> str:
    """Counted phrases side by side: "3 participantes, 1 registro"."""
    return ", ".join(parts)
