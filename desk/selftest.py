"""``desk --self-test``: a headless check that a built app (PyInstaller folder) has
everything it needs, run in a few seconds on the machine it is installed on.

Each check exercises a part that a frozen build can lose without noticing until a desk
needs it: the SQLite driver, the embedded event (and Babel's country names and the time
zone), the demo names, a check-in, a badge PDF (reportlab, its fonts, the QR code), the
dashboard chart drawn through PDFium (pypdfium2's native library), an XLSX export
(openpyxl) and both translations. The Qt checks (the offscreen platform plugin, a widget
painted to an image, the compiled ``.qm`` translations, the platform plugin a window would
use, the main window itself) live in ``ui/selftest.py`` and come in as ``extra`` checks.

Nothing here touches the user's database or settings: everything happens in a temporary
folder that is removed afterwards.
"""

from __future__ import annotations

import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desk import APP_NAME, __version__

Out = Callable[[str], object]
Check = Callable[[], str]  # returns a short detail for the "ok" line; raises on failure

OPERATOR = "self-test"
DEMO_PEOPLE = 6
# A string that both translations have and that differs between them.
KNOWN_CONTEXT = "charts"
KNOWN_TEXT = "Checked in / registered"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class SelfTestError(Exception):
    """A check found something wrong (the message says what)."""


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestError(message)


class _Run:
    """The checks, in order; later ones use what earlier ones made."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db: Any = None  # desk.storage.db.Database
        self.event: Any = None  # desk.events.event.Event
        self.ids: list[str] = []
        self.badge_pdf = b""

    def checks(self) -> list[tuple[str, Check]]:
        return [
            ("database", self.database),
            ("event", self.load_event),
            ("demo participants", self.demo),
            ("check-in", self.check_in),
            ("badge", self.badge),
            ("chart", self.chart),
            ("export", self.export),
            ("translations", self.translations),
        ]

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None

    # -- prerequisites --------------------------------------------------------------

    def _db(self) -> Any:
        if self.db is None:
            raise SelfTestError("no database (see the database check)")
        return self.db

    def _event(self) -> Any:
        if self.event is None:
            raise SelfTestError("no event (see the event check)")
        return self.event

    def _people(self) -> list[str]:
        if not self.ids:
            raise SelfTestError("no participants (see the demo participants check)")
        return self.ids

    # -- the checks -----------------------------------------------------------------

    def database(self) -> str:
        from desk.storage.db import Database

        self.db = Database(self.folder / "desk.sqlite3", desk_name="Self-test")
        problems = self.db.integrity_check()
        expect(not problems, "integrity check: " + "; ".join(problems))
        import sqlite3

        return f"schema {self.db.schema_version}, SQLite {sqlite3.sqlite_version}"

    def load_event(self) -> str:
        from desk.events.event import default_event

        event = default_event()
        expect(bool(event.agenda), "the event has no agenda")
        expect(len(event.countries) > 100, f"only {len(event.countries)} countries (Babel data?)")
        event.tz  # noqa: B018 -- the time zone database (tzdata on Windows)
        self._db().bind_event(event.id)
        self.event = event
        return f"{event.id}: {len(event.agenda)} agenda items, {len(event.countries)} countries"

    def demo(self) -> str:
        from sqlalchemy import select

        from desk.people.demo import add_demo
        from desk.people.participants import counts
        from desk.storage.models import Participant

        db, event = self._db(), self._event()
        with db.write() as session:
            added = add_demo(session, event, DEMO_PEOPLE, desk_id=db.desk_id, seed=2022)
        with db.read() as session:
            self.ids = list(session.scalars(select(Participant.id).order_by(Participant.code)))
            registered = counts(session).registered
        expect(added == DEMO_PEOPLE, f"added {added} instead of {DEMO_PEOPLE}")
        expect(registered == DEMO_PEOPLE, f"{registered} registered instead of {DEMO_PEOPLE}")
        return f"{registered} registered"

    def check_in(self) -> str:
        from desk.arrival.checkin import Outcome, check_in, check_in_participant

        db = self._db()
        first = self._people()[0]
        with db.write() as session:
            result = check_in_participant(
                session, first, desk_id=db.desk_id, operator=OPERATOR, confirm_online=True
            )
        expect(result.outcome is Outcome.CHECKED_IN, f"first check-in: {result.outcome.name}")
        # The same badge scanned again, as a scanner types it: found by code, already in.
        with db.write() as session:
            again = check_in(session, result.code.lower(), desk_id=db.desk_id, operator=OPERATOR)
        expect(again.outcome is Outcome.ALREADY, f"second scan: {again.outcome.name}")
        return "checked in, then already checked in"

    def badge(self) -> str:
        from desk.badges.layouts import DEFAULT_LAYOUT, get_layout
        from desk.badges.raster import page_info
        from desk.badges.render import render_badges
        from desk.people.participants import infos_by_ids

        db, event = self._db(), self._event()
        with db.read() as session:
            people = infos_by_ids(session, self._people()[:1])
        layout = get_layout(DEFAULT_LAYOUT)
        pdf = render_badges(event, people, layout, lang="es")
        expect(pdf.startswith(b"%PDF-"), "the badge is not a PDF")
        expect(b"DejaVu" in pdf, "the badge fonts are not embedded")
        pages, width, height = page_info(pdf)  # PDFium reads it back
        expect(pages == 1, f"{pages} pages instead of 1")
        self.badge_pdf = pdf
        return f"{layout.id}, {len(pdf):,} bytes, {width:.0f}×{height:.0f} pt"

    def chart(self) -> str:
        import pypdfium2

        from desk.reporting import charts

        db, event = self._db(), self._event()
        with db.read() as session:
            data = charts.dashboard_data(session, event)
        expect(data.counts.checked_in == 1, f"{data.counts.checked_in} checked in instead of 1")
        drawing = charts.checkin_chart(event, data, 480, 270, "es")
        png = charts.render_png(drawing, dpi=96)
        expect(png.startswith(PNG_SIGNATURE), "the chart is not a PNG")
        return f"PNG {len(png):,} bytes, PDFium {pypdfium2.PDFIUM_INFO}"

    def export(self) -> str:
        from desk.people.export import export_participants
        from desk.people.participants import all_participants, desk_names

        db, event = self._db(), self._event()
        with db.read() as session:
            people = all_participants(session)
            names = desk_names(session)
        path = export_participants(self.folder / "participants.xlsx", event, people, names)
        with zipfile.ZipFile(path) as xlsx:
            expect("xl/workbook.xml" in xlsx.namelist(), "the XLSX file has no workbook")
            bad = xlsx.testzip()
            expect(bad is None, f"the XLSX file is damaged at {bad}")
        return f"{len(people)} participants, XLSX {path.stat().st_size:,} bytes"

    def translations(self) -> str:
        from desk import i18n

        es = i18n.translate_to("es", KNOWN_CONTEXT, KNOWN_TEXT)
        en = i18n.translate_to("en", KNOWN_CONTEXT, KNOWN_TEXT)
        expect(es != en, f"{KNOWN_TEXT!r} has no Spanish translation (desk_es.ts missing?)")
        return f"es {es!r}, en {en!r}"


def run_self_test(out: Out = print, *, extra: Sequence[tuple[str, Check]] = ()) -> int:
    """Run every check, one line each ("ok  database: …" or "FAIL badge: …"); 0 when all
    passed, 1 otherwise. ``extra`` checks (name, callable) run after the built-in ones."""
    started = time.perf_counter()
    failed: list[str] = []
    out(f"{APP_NAME} {__version__} self-test ({'frozen' if _frozen() else 'source'} build)")
    with tempfile.TemporaryDirectory(prefix="desk-self-test-") as folder:
        run = _Run(Path(folder))
        try:
            for name, check in [*run.checks(), *extra]:
                t0 = time.perf_counter()
                try:
                    detail = check()
                except Exception as exc:  # every failure is reported, none stops the run
                    failed.append(name)
                    reason = str(exc) or type(exc).__name__
                    if not isinstance(exc, SelfTestError):
                        reason = f"{type(exc).__name__}: {reason}"
                    out(f"FAIL {name}: {_one_line(reason)}")
                else:
                    ms = (time.perf_counter() - t0) * 1000
                    out(f"ok  {name}: {detail} ({ms:.0f} ms)" if detail else f"ok  {name}")
        finally:
            run.close()
    seconds = time.perf_counter() - started
    if failed:
        out(
            f"self-test FAILED ({len(failed)} of {len(run.checks()) + len(extra)}: "
            f"{', '.join(failed)}) in {seconds:.1f} s"
        )
        return 1
    out(f"self-test passed in {seconds:.1f} s")
    return 0


def _one_line(text: str, limit: int = 400) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def main_self_test(extra: Sequence[tuple[str, Check]] = ()) -> int:
    """``desk --self-test``: the checks on standard output, exit status 0 or 1. The window
    (ui.selftest) adds its Qt checks as ``extra``."""

    def out(line: str) -> None:
        print(line, flush=True)

    return run_self_test(out, extra=extra)
