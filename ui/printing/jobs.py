"""Badge print jobs: :class:`BadgePrinter` prints, previews and saves badges for participant
ids. Slow work (rendering, rasterising, painting onto the printer) runs in a task off the UI
thread, the QPrinter created there too; PySide6 keeps the GIL during ``QPainter.drawImage``,
so the UI thread may wait for one page (measured 35–50 ms for a 4×3 in badge at 600 dpi, up
to 90 ms for an A4 sheet at 300 dpi) instead of for every page. The rules of a print
(``desk.actions.badges``) are checked before anything is printed, and only badges that were
sent to the printer (after ``QPainter.end()`` succeeded) are recorded, all of a job's
records in one write transaction through ``record_prints``: cancelling stops at the next
page, and when the platform cannot withdraw a stopped job exactly the badges on the pages
already painted are recorded — never the rest.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import BinaryIO

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from desk.actions.badges import check_prints, record_prints
from desk.arrival import codes
from desk.badges.layouts import Layout, get_layout
from desk.badges.raster import PageImage, page_images, page_info
from desk.badges.render import render_badges
from desk.errors import DeskError
from desk.events.event import Event
from desk.i18n import language
from desk.people.participants import ParticipantInfo, infos_by_ids
from desk.storage.db import Database
from desk.storage.fileio import atomic_write
from ui.messages import error_text, show_error
from ui.ops import again_if_server_lost
from ui.printing.engine import (
    PREVIEW_DPI,
    PREVIEW_MAX_PAGES,
    PrintError,
    PrintStopped,
    is_cancellation,
    page_layout,
    paint_pages,
    print_pdf,
    raster_dpi,
)
from ui.printing.settings import PDF_FOLDER, PDF_FOLDER_NAME, PrintSettings, load_settings
from ui.settings import last_folder, set_last_folder
from ui.tasks import Task, TaskContext, TaskRunner

PRINT = "print"
SAVE = "save"
PREVIEW = "preview"


@dataclass
class JobResult:
    kind: str
    printed_ids: list[str]  # recorded as printed (nothing for SAVE and PREVIEW)
    badges: int
    pages: int
    path: Path | None = None
    images: list[PageImage] = field(default_factory=list)  # PREVIEW


def _write_bytes(data: bytes, handle: BinaryIO) -> None:
    handle.write(data)


class PrintJob(QObject):
    """One job. Its signals come from the UI thread, after BadgePrinter has done its part
    (recorded, emitted ``printed``), so a caller may connect to them after starting it."""

    progressed = Signal(int, int)  # done, total: badges rendered, then pages printed
    succeeded = Signal(object)  # JobResult
    failed = Signal(object)  # the exception (TaskCancelled or PrintStopped when cancelled)

    def __init__(
        self, task: Task, kind: str, badges: int, pages: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.task = task
        self.kind = kind
        self.badges = badges
        self.pages = pages
        self.ids: list[str] = []
        self.path: Path | None = None  # the PDF file it writes, if any
        self.files: list[Path] = []  # or the PDF files, one per badge (--print-to-folder)
        self.result: JobResult | None = None
        self.error: BaseException | None = None
        task.progressed.connect(self.progressed)

    @property
    def total(self) -> int:
        return self.badges + (self.pages if self.kind == PRINT else 0)

    @property
    def done(self) -> bool:
        return self.result is not None or self.error is not None

    def cancel(self) -> None:
        self.task.cancel()

    def describe(self, done: int) -> str:
        """What a progress figure means: render progress first, then page progress."""
        if done <= self.badges or self.kind != PRINT:
            return QCoreApplication.translate(
                "printing", "Preparing badges: {done} of {total}…"
            ).format(done=min(done, self.badges), total=self.badges)
        return QCoreApplication.translate("printing", "Printing page {done} of {total}…").format(
            done=done - self.badges, total=self.pages
        )


def _valid(widget: QWidget | None) -> QWidget | None:
    return widget if widget is not None and shiboken6.isValid(widget) else None


class BadgePrinter(QObject):
    """Prints, previews and saves badges for participant ids; records what was printed."""

    printed = Signal(list)  # participant ids whose badges were sent and recorded
    saved = Signal(str)  # path of a PDF written by save_pdf (nothing recorded)
    preview_opened = Signal(object)  # the QPrintPreviewDialog
    failed = Signal(object)  # a job's exception, after it was shown (or it was a cancel)

    def __init__(
        self,
        db: Database,
        event: Event,
        runner: TaskRunner,
        operator: Callable[[], str] | str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._event = event
        self._runner = runner
        self._operator = operator if callable(operator) else (lambda: operator)
        self.preview_dialog: QPrintPreviewDialog | None = None
        self.jobs: list[PrintJob] = []  # running
        self.last_job: PrintJob | None = None
        self._reserved: set[Path] = set()  # PDF files that running jobs will write

    # -- replaceable (tests) -----------------------------------------------------------

    def settings(self) -> PrintSettings:
        return load_settings(self._db.desk_id)

    def make_printer(self, settings: PrintSettings) -> QPrinter:
        """A QPrinter for the configured printer. Called on the worker thread, like
        everything else that may wait for the print system."""
        name = settings.printer or QPrinterInfo.defaultPrinterName()
        if not name:
            raise PrintError(
                QCoreApplication.translate(
                    "printing",
                    "This computer has no default printer. Choose a printer, or “Save as PDF "
                    "file…”, in Badges → Badge printing settings…",
                )
            )
        if name not in QPrinterInfo.availablePrinterNames():
            raise PrintError(
                QCoreApplication.translate(
                    "printing",
                    "The printer “{name}” is not available on this computer. Choose another "
                    "one in Badges → Badge printing settings…",
                ).format(name=name)
            )
        printer = QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)
        printer.setDocName(QCoreApplication.translate("printing", "Badges"))
        return printer

    def ask_pdf_path(self, parent: QWidget | None, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("printing", "Save badges as PDF"),
            str(last_folder() / suggested),
            QCoreApplication.translate("printing", "PDF files (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        set_last_folder(path.parent)
        return path

    def pdf_folder(self, settings: PrintSettings) -> Path:
        """Where the PDF-folder printer writes: the chosen folder, else "badges" beside
        the database."""
        if settings.pdf_folder:
            return Path(settings.pdf_folder).expanduser()
        return self._db.path.parent / PDF_FOLDER_NAME

    def _new_pdf_path(self, folder: Path, suggested: str) -> Path:
        """A file name in ``folder`` that no file and no running job has: an earlier badge
        of the same person is never overwritten."""
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise PrintError(
                QCoreApplication.translate(
                    "printing",
                    "The badge PDF folder “{folder}” cannot be used ({reason}). Choose another "
                    "one in Badges → Badge printing settings…",
                ).format(folder=folder, reason=exc.strerror or exc)
            ) from exc
        stem, suffix = Path(suggested).stem, Path(suggested).suffix or ".pdf"
        path, n = folder / f"{stem}{suffix}", 1
        while path in self._reserved or path.exists():
            n += 1
            path = folder / f"{stem}-{n}{suffix}"
        return path

    # -- public ------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return bool(self.jobs)

    def printing_ids(self) -> set[str]:
        """Participants whose badges are in a running print job."""
        return {pid for job in self.jobs if job.kind == PRINT for pid in job.ids}

    def print_badges(
        self,
        participant_ids: Sequence[str],
        reason: str | None = None,
        parent: QWidget | None = None,
        notify: Callable[[BaseException], None] | None = None,
        *,
        supervisor_pin: str | None = None,
    ) -> PrintJob | None:
        """Render, print on the configured printer (or write a new PDF into the PDF folder)
        and record each print in one transaction; ``reason`` is for people who already
        have a badge (lost, damaged, correction), ``supervisor_pin`` approves their reprint
        when this desk has a supervisor (the approval is logged with the records). None
        when nothing was started (printer unavailable: already said). Problems go to
        ``notify`` when given (printing after a check-in: never a dialog), else to a
        message box."""
        ids = list(dict.fromkeys(participant_ids))
        if not ids:
            return None
        settings = self.settings()
        try:
            if self.printing_ids() & set(ids):  # twice the same first badge: a reprint
                raise PrintError(
                    QCoreApplication.translate(
                        "printing",
                        "This badge is being printed right now: wait for it, then try again.",
                    )
                )
            layout = get_layout(settings.layout)
            path, files = None, []
            if settings.printer == PDF_FOLDER and settings.one_file_per_badge:
                folder = self.pdf_folder(settings)
                files = [self._new_pdf_path(folder, name) for name in self._badge_files(ids)]
            elif settings.printer == PDF_FOLDER:
                path = self._new_pdf_path(self.pdf_folder(settings), self._suggested_name(ids))
        except DeskError as exc:
            if notify is not None:
                notify(exc)
            else:
                show_error(_valid(parent), exc)
            self.failed.emit(exc)
            return None
        return self._start(
            PRINT,
            ids,
            layout,
            parent,
            reason=reason,
            supervisor_pin=supervisor_pin,
            settings=settings,
            path=path,
            files=files,
            notify=notify,
        )

    def save_pdf(
        self, participant_ids: Sequence[str], parent: QWidget | None = None
    ) -> PrintJob | None:
        """Write the badges to a PDF file chosen by the operator; nothing is recorded."""
        ids = list(dict.fromkeys(participant_ids))
        if not ids:
            return None
        path = self.ask_pdf_path(parent, self._suggested_name(ids))
        if path is None:
            return None
        layout = get_layout(self.settings().layout)
        return self._start(SAVE, ids, layout, parent, path=path)

    def preview(
        self,
        participant_ids: Sequence[str],
        parent: QWidget | None = None,
        layout_id: str | None = None,
    ) -> PrintJob | None:
        """Open a print preview of the badges (the first PREVIEW_MAX_PAGES pages), painted
        from the same rasterised pages a printer gets."""
        ids = list(dict.fromkeys(participant_ids))
        if not ids:
            return None
        layout = get_layout(layout_id or self.settings().layout)
        return self._start(PREVIEW, ids, layout, parent)

    # -- jobs --------------------------------------------------------------------------

    def _suggested_name(self, ids: Sequence[str]) -> str:
        stamp = date.today().isoformat()
        if len(ids) == 1:
            with self._db.read() as session:
                found = infos_by_ids(session, [ids[0]])
            if found:
                return self.tr("badge-{code}.pdf").format(code=codes.format_code(found[0].code))
        return self.tr("badges-{day}-{count}.pdf").format(day=stamp, count=len(ids))

    def _badge_files(self, ids: Sequence[str]) -> list[str]:
        """One PDF per badge (``--print-to-folder``): named with the badge's code."""
        with self._db.read() as session:
            code = {p.id: p.code for p in infos_by_ids(session, list(ids))}
        return [f"{code.get(pid, pid)}.pdf" for pid in ids]

    def _start(
        self,
        kind: str,
        ids: list[str],
        layout: Layout,
        parent: QWidget | None,
        *,
        reason: str | None = None,
        supervisor_pin: str | None = None,
        settings: PrintSettings | None = None,
        path: Path | None = None,
        files: Sequence[Path] = (),
        notify: Callable[[BaseException], None] | None = None,
    ) -> PrintJob:
        db, event, lang = self._db, self._event, language()
        operator = self._operator()
        make_printer = self.make_printer
        per_page = layout.per_page
        pages = math.ceil(len(ids) / per_page)  # a preview shows the first PREVIEW_MAX_PAGES
        if kind == PREVIEW:
            ids = ids[: PREVIEW_MAX_PAGES * per_page]
        total = len(ids) + (pages if kind == PRINT else 0)

        def record(people: Sequence[ParticipantInfo]) -> list[str]:
            if not people:
                return []
            try:
                again_if_server_lost(  # the server gone half-way: recorded on this computer
                    record_prints,
                    db,
                    [p.id for p in people],
                    operator=operator,
                    reason=reason,
                    supervisor_pin=supervisor_pin,
                )
            except Exception as exc:
                raise PrintError(
                    QCoreApplication.translate(
                        "printing",
                        "The badges were printed, but the print could not be recorded: {reason}",
                    ).format(reason=error_text(exc))
                ) from exc
            return [p.id for p in people]

        def work(ctx: TaskContext) -> JobResult:
            with db.read() as session:
                people = infos_by_ids(session, ids)
                if kind == PRINT:  # the rules of a print, before anything is printed
                    check_prints(session, ids, reason=reason, supervisor_pin=supervisor_pin)
            ctx.progress(0, total)
            pdf = render_badges(
                event, people, layout, lang, progress=lambda done, _n: ctx.progress(done, total)
            )
            ctx.progress(len(ids), total)  # the last moment to cancel before anything goes out
            result = JobResult(kind, [], len(people), math.ceil(len(people) / per_page), path)
            if kind == PREVIEW:
                dpi = min(PREVIEW_DPI, raster_dpi(PREVIEW_DPI, *page_info(pdf)[1:]))
                for image in page_images(pdf, dpi):
                    result.images.append(image)
                    ctx.progress(len(ids), total)
                return result
            if files:  # one PDF per badge, each recorded once it is written
                file_of = dict(zip(ids, files, strict=True))
                written: list[ParticipantInfo] = []
                try:
                    for person in people:
                        one = render_badges(event, [person], layout, lang)
                        atomic_write(file_of[person.id], partial(_write_bytes, one))
                        written.append(person)
                        ctx.progress(len(ids) + len(written), total)
                except BaseException as exc:
                    printed = record(written)
                    raise PrintStopped(
                        QCoreApplication.translate(
                            "printing",
                            "Writing the badge files stopped. Written, and recorded: {sent}. "
                            "Not written: {rest}.",
                        ).format(sent=len(written), rest=len(people) - len(written))
                        + ("" if is_cancellation(exc) else "\n" + error_text(exc)),
                        len(written),
                        exc,
                        printed,
                    ) from exc
                result.printed_ids = record(people)
                return result
            if path is not None:  # saving, or "Save as PDF file…" as the printer
                atomic_write(path, lambda handle: handle.write(pdf))
                if kind == PRINT:
                    result.printed_ids = record(people)
                return result
            assert settings is not None
            printer = make_printer(settings)  # here: the print system may take its time
            try:
                print_pdf(pdf, printer, lambda done, _n: ctx.progress(len(ids) + done, total))
            except PrintStopped as stop:
                sent = people[: stop.pages_sent * per_page]
                printed = record(sent)
                message = QCoreApplication.translate(
                    "printing",
                    "Printing stopped. Badges already sent to the printer, and recorded: "
                    "{sent}. Not printed: {rest}.",
                ).format(sent=len(sent), rest=len(people) - len(sent))
                if not stop.cancelled:
                    message += "\n" + str(stop)
                raise PrintStopped(message, stop.pages_sent, stop.cause, printed) from stop
            result.printed_ids = record(people)
            return result

        # The work waits until the task's signals are connected: a short job could
        # otherwise finish (and signal) before anyone listens.
        connected = threading.Event()

        def guarded(ctx: TaskContext) -> JobResult:
            connected.wait()
            return work(ctx)

        task = self._runner.start(guarded)
        job = PrintJob(task, kind, len(ids), pages, self)
        job.ids = list(ids)
        job.path = path
        job.files = list(files)
        self._reserved.update(job.files)
        if path is not None:
            self._reserved.add(path)
        self.jobs.append(job)
        task.succeeded.connect(lambda result: self._on_task_succeeded(job, result, parent))
        task.failed.connect(lambda exc: self._on_task_failed(job, exc, parent, notify))
        connected.set()
        return job

    def _on_task_succeeded(self, job: PrintJob, result: JobResult, parent: QWidget | None) -> None:
        self._forget(job)
        job.result = result
        if result.kind == PRINT:
            self.printed.emit(result.printed_ids)
        elif result.kind == SAVE and result.path is not None:
            self.saved.emit(str(result.path))
        elif result.kind == PREVIEW:
            self._open_preview(result, job, _valid(parent))
        job.succeeded.emit(result)

    def _on_task_failed(
        self,
        job: PrintJob,
        exc: BaseException,
        parent: QWidget | None,
        notify: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._forget(job)
        job.error = exc
        if isinstance(exc, PrintStopped) and exc.printed_ids:
            self.printed.emit(exc.printed_ids)
        job.failed.emit(exc)
        if not is_cancellation(exc):
            if notify is not None:
                notify(exc)
            else:
                show_error(_valid(parent), exc)
        self.failed.emit(exc)

    def _forget(self, job: PrintJob) -> None:
        if job in self.jobs:
            self.jobs.remove(job)
        if job.path is not None:
            self._reserved.discard(job.path)
        self._reserved.difference_update(job.files)
        job.setParent(None)  # type: ignore[call-overload]
        self.last_job = job

    def _open_preview(self, result: JobResult, job: PrintJob, parent: QWidget | None) -> None:
        if not result.images:
            return
        images = result.images
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        first = images[0]
        printer.setFullPage(True)
        printer.setPageLayout(page_layout(first.width_pt, first.height_pt))
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setMinimumSize(760, 620)
        if job.pages > len(images):
            title = QCoreApplication.translate(
                "printing", "Badge preview — the first {shown} of %n pages", None, job.pages
            )
        else:
            title = QCoreApplication.translate(
                "printing", "Badge preview — %n pages", None, job.pages
            )
        dialog.setWindowTitle(title.format(shown=len(images)))
        # Every print must be recorded: printing goes through Print, not through the preview.
        # Qt's own words, through Qt's translation (not variables' literals: not ours to translate).
        context, words = "QPrintPreviewDialog", ("Print", "Page setup")
        hidden = {QCoreApplication.translate(context, word) for word in words}
        for action in dialog.findChildren(QAction):
            if action.text() in hidden:
                action.setVisible(False)
        dialog.paintRequested.connect(lambda device: paint_pages(device, images, len(images)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: setattr(self, "preview_dialog", None))
        self.preview_dialog = dialog
        dialog._printer = printer  # type: ignore[attr-defined]  # lives as long as the dialog
        dialog.open()
        self.preview_opened.emit(dialog)
