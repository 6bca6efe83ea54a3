"""Badge printing: settings per desk, PDF pages through QPrinter, and the dialogs around them.

The badge PDF (``desk.badges.render``) is the one truth. A printer gets its pages as grey
images rendered by PDFium at the printer's resolution (or an exact fraction of it, see
``raster_dpi``), so every printer — a 203-dpi thermal one included — prints the same badge.

Slow work (rendering, rasterising, painting onto the printer) runs in a task off the UI
thread, the QPrinter created there too. QPrinter and QPainter work off the GUI thread
(Qt supports painting on a QPrinter there); PySide6 keeps the GIL during
``QPainter.drawImage``, so the UI thread may wait for one page: measured 35–50 ms for a
4×3 in badge at 600 dpi, up to 90 ms for an A4 sheet at 300 dpi. Painting on the UI
thread instead would block it for the whole of every page.

Nothing lost: a print record is written only for badges that were sent to the printer
(after ``QPainter.end()`` succeeded), all of a job's records in one write transaction.
Cancelling stops at the next page. A job the platform can withdraw (``QPrinter.abort()``,
Windows) prints and records nothing; where it cannot (PDF and CUPS engines) the pages
already painted go to the printer when the job is closed, and exactly their badges are
recorded — never the rest.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QMarginsF,
    QObject,
    QRectF,
    QSettings,
    QSizeF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QImage, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

import desk.operators as ops
from desk import codes
from desk.badges.layouts import DEFAULT_LAYOUT, Layout, all_layouts, get_layout
from desk.badges.raster import PageImage, page_images, page_info
from desk.badges.records import REPRINT_REASONS, record_print, without_badge
from desk.badges.render import render_badges
from desk.db import Database
from desk.errors import DeskError, ValidationError
from desk.event import Event
from desk.fileio import atomic_write
from desk.i18n import language, translate
from desk.participants import (
    ParticipantInfo,
    counts,
    first_participant_id,
    infos_by_ids,
    record_state,
    registered_ids,
)
from ui.messages import error_text, show_error
from ui.result_panel import shrinkable
from ui.signin_dialog import authorise
from ui.tasks import Task, TaskCancelled, TaskContext, TaskRunner

if TYPE_CHECKING:
    from desk.checkin import CheckinResult
    from ui.main_window import MainWindow

MODE_AUTO = ""  # not chosen: "always" once a printer or a PDF folder is chosen, else "never"
MODE_NEVER = "never"
MODE_ASK = "ask"
MODE_ALWAYS = "always"
MODES = (MODE_AUTO, MODE_NEVER, MODE_ASK, MODE_ALWAYS)
PDF_FOLDER = "::pdf-folder::"  # the "PDF files in a folder" printer
_OLD_PDF_FILE = "::pdf-file::"  # what a file dialog used to ask for: now the PDF folder
PDF_FOLDER_NAME = "badges"  # the PDF folder when none was chosen: beside the database

# Rasterising: the printer's resolution divided by a whole number (each image pixel is
# exactly k×k printer dots, so QR modules stay sharp), small enough that one page stays
# quick to paint (PySide6 holds the GIL while Qt encodes an image for the printer).
MAX_RASTER_DPI = 600
MAX_PAGE_PIXELS = 10_000_000  # A4 at 300 dpi; a 4×3 in badge at 600 dpi is 4.3 million
MIN_RASTER_DPI = 200
PREVIEW_DPI = 200
PREVIEW_MAX_PAGES = 12

Progress = Callable[[int, int], None]


class PrintError(DeskError):
    """The printer could not be used; the message says what to do."""


class PrintStopped(DeskError):
    """Printing stopped part-way (cancelled or failed) after some pages went to the printer.

    ``pages_sent`` pages were sent; ``printed_ids`` are the badges on them, recorded."""

    def __init__(
        self,
        message: str,
        pages_sent: int,
        cause: BaseException,
        printed_ids: Sequence[str] = (),
    ) -> None:
        super().__init__(message)
        self.pages_sent = pages_sent
        self.cause = cause
        self.printed_ids = list(printed_ids)

    @property
    def cancelled(self) -> bool:
        return isinstance(self.cause, TaskCancelled)


def is_cancellation(exc: BaseException) -> bool:
    return isinstance(exc, TaskCancelled) or (isinstance(exc, PrintStopped) and exc.cancelled)


# --------------------------------------------------------------------------- settings


SYSTEM_DEFAULT = ""  # the printer setting that follows the system's default printer


@dataclass
class PrintSettings:
    """How this desk prints badges (kept in QSettings, per desk).

    ``printer`` is a printer name, PDF_FOLDER, or SYSTEM_DEFAULT: the system's default
    printer, looked up only when printing (on the worker thread: asking CUPS can take
    long, and reading the settings happens after every check-in). PDF_FOLDER writes each
    job as a new PDF file into ``pdf_folder`` (empty: a "badges" folder beside the
    database); no file dialog, ever, after a check-in."""

    mode: str = MODE_AUTO  # after a check-in: never | ask | always; MODE_AUTO: not chosen
    only_if_none: bool = True  # after a check-in, only for people without a badge yet
    printer: str = SYSTEM_DEFAULT
    layout: str = DEFAULT_LAYOUT
    pdf_folder: str = ""

    @property
    def after_checkin(self) -> str:
        """What happens after a check-in: the chosen mode, else "always" when a printer or
        the PDF folder was chosen for this desk, else "never"."""
        if self.mode != MODE_AUTO:
            return self.mode
        return MODE_ALWAYS if self.printer != SYSTEM_DEFAULT else MODE_NEVER


def _group(desk_id: str) -> str:
    return f"badge_printing/{desk_id}"


def load_settings(desk_id: str) -> PrintSettings:
    settings = QSettings()
    settings.beginGroup(_group(desk_id))
    try:
        defaults = PrintSettings()
        mode = str(settings.value("mode", defaults.mode) or MODE_AUTO)
        only = settings.value("only_if_none", defaults.only_if_none, type=bool)
        printer = str(settings.value("printer", defaults.printer) or SYSTEM_DEFAULT)
        layout = str(settings.value("layout", defaults.layout))
        folder = str(settings.value("pdf_folder", defaults.pdf_folder) or "")
    finally:
        settings.endGroup()
    return PrintSettings(
        mode=mode if mode in MODES else defaults.mode,
        only_if_none=bool(only),
        printer=PDF_FOLDER if printer == _OLD_PDF_FILE else printer,
        layout=layout if layout in all_layouts() else DEFAULT_LAYOUT,
        pdf_folder=folder,
    )


def save_settings(desk_id: str, value: PrintSettings) -> None:
    settings = QSettings()
    settings.beginGroup(_group(desk_id))
    settings.setValue("mode", value.mode)
    settings.setValue("only_if_none", bool(value.only_if_none))
    settings.setValue("printer", value.printer)
    settings.setValue("layout", value.layout)
    settings.setValue("pdf_folder", value.pdf_folder)
    settings.endGroup()
    settings.sync()


def layout_name(layout: Layout) -> str:
    return layout.name.get(language())


def printer_label(name: str) -> str:
    if name == PDF_FOLDER:
        return QCoreApplication.translate("printing", "PDF files in a folder")
    return name or QCoreApplication.translate("printing", "the system's default printer")


# --------------------------------------------------------------------------- printing


def raster_dpi(resolution: float, width_pt: float, height_pt: float) -> float:
    """The resolution pages are rasterised at for a printer of ``resolution`` dpi: the
    printer's own, or the largest whole fraction of it within MAX_RASTER_DPI and
    MAX_PAGE_PIXELS (a 1200-dpi device gets 600 dpi images drawn 2×2), never below
    MIN_RASTER_DPI when the printer can do better."""
    k = 1
    while True:
        dpi = resolution / k
        pixels = (width_pt / 72 * dpi) * (height_pt / 72 * dpi)
        if dpi <= MAX_RASTER_DPI and pixels <= MAX_PAGE_PIXELS:
            return dpi
        if resolution / (k + 1) < MIN_RASTER_DPI:
            return dpi
        k += 1


def page_layout(width_pt: float, height_pt: float) -> QPageLayout:
    """The PDF page as a printer page: exact size, no margins."""
    size = QPageSize(
        QSizeF(width_pt, height_pt), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch
    )
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def paint_pages(
    printer: QPrinter, pages: Iterable[PageImage], total: int, progress: Progress | None = None
) -> int:
    """Paint grey page images onto ``printer``, one image filling each page; returns the
    pages sent. ``progress(done, total)`` is called after each page; if it (or painting)
    raises, the job is aborted when the platform allows it, else the pages painted so far
    are sent and :class:`PrintStopped` says how many."""
    painter = QPainter()
    count = 0
    try:
        for image in pages:
            layout = page_layout(image.width_pt, image.height_pt)
            if count == 0:
                printer.setFullPage(True)
                printer.setPageLayout(layout)
                if not painter.begin(printer):
                    name = printer.printerName() or printer.outputFileName()
                    raise PrintError(
                        QCoreApplication.translate(
                            "printing",
                            "The printer “{name}” cannot be used: is it switched on, connected "
                            "and with paper? Nothing was printed.",
                        ).format(name=name)
                    )
                painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
            else:
                if not printer.pageLayout().isEquivalentTo(layout):
                    printer.setPageLayout(layout)
                if not printer.newPage():
                    raise PrintError(
                        QCoreApplication.translate("printing", "The printer refused a new page.")
                    )
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            picture = QImage(
                image.pixels,
                image.width,
                image.height,
                image.stride,
                QImage.Format.Format_Grayscale8,
            )
            painter.drawImage(target, picture)
            count += 1
            if progress is not None:
                progress(count, total)
    except BaseException as exc:
        if not painter.isActive():
            raise
        if printer.abort():  # the platform withdrew the job: nothing was sent
            painter.end()
            raise
        sent = count if painter.end() else 0  # cannot withdraw: what was painted goes out
        if sent == 0:
            raise
        raise PrintStopped(error_text(exc), sent, exc) from exc
    if count and not painter.end():
        raise PrintError(
            QCoreApplication.translate(
                "printing",
                "The printer did not accept the badges: nothing was printed. Check the printer.",
            )
        )
    return count


def print_pdf(
    pdf: bytes, printer: QPrinter, progress: Progress | None = None, *, dpi: float | None = None
) -> int:
    """Print every page of ``pdf`` on ``printer`` (page size from the PDF, no margins, full
    page), rasterised with PDFium; returns the number of pages printed. Safe to call on a
    worker thread. Raises :class:`PrintError` when the printer cannot be used."""
    total, width_pt, height_pt = page_info(pdf)
    printer.setColorMode(QPrinter.ColorMode.GrayScale)  # grey pages: lossless, a third the size
    if dpi is None:
        dpi = raster_dpi(printer.resolution(), width_pt, height_pt)
    with closing(page_images(pdf, dpi)) as pages:  # PDFium's document closed even if stopped
        return paint_pages(printer, pages, total, progress)


# --------------------------------------------------------------------------- jobs

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


def _last_folder() -> Path:
    return Path(str(QSettings().value("last_folder", str(Path.home()))))


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
            str(_last_folder() / suggested),
            QCoreApplication.translate("printing", "PDF files (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        QSettings().setValue("last_folder", str(path.parent))
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
    ) -> PrintJob | None:
        """Render, print on the configured printer (or write a new PDF into the PDF folder)
        and record each print in one transaction; ``reason`` is for people who already
        have a badge (lost, damaged, correction). None when nothing was started (printer
        unavailable: already said). Problems go to ``notify`` when given (printing after a
        check-in: never a dialog), else to a message box."""
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
            path = None
            if settings.printer == PDF_FOLDER:
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
            settings=settings,
            path=path,
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
                return f"badge-{codes.format_code(found[0].code)}.pdf"
        return f"badges-{stamp}-{len(ids)}.pdf"

    def _start(
        self,
        kind: str,
        ids: list[str],
        layout: Layout,
        parent: QWidget | None,
        *,
        reason: str | None = None,
        settings: PrintSettings | None = None,
        path: Path | None = None,
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
                with db.write() as session:
                    for person in people:
                        record_print(
                            session,
                            person.id,
                            desk_id=db.desk_id,
                            operator=operator,
                            reason=reason,
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
            reprints = any(p.badges_printed for p in people)
            if kind == PRINT and reprints and reason not in REPRINT_REASONS:
                raise ValidationError(  # checked before anything is printed
                    translate(
                        "badges",
                        "This person already has a badge: a reprint needs a reason "
                        "(lost, damaged or correction).",
                    ),
                    field="reason",
                )
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
                "printing", "Badge preview — the first {shown} of {total} pages"
            )
        else:
            title = QCoreApplication.translate("printing", "Badge preview — {total} pages")
        dialog.setWindowTitle(title.format(shown=len(images), total=job.pages))
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


# --------------------------------------------------------------------------- dialogs


class ReprintDialog(QDialog):
    """Why print another badge? Lost, damaged or correction; OK only once one is chosen."""

    def __init__(self, name: str = "", count: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print the badge again"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        if name:
            text = self.tr("<b>{name}</b> already has a badge. Why print another one?").format(
                name=name
            )
        else:
            text = self.tr(
                "Already have a badge: {count} of these people. Why print them again?"
            ).format(count=count)
        self.question = QLabel(text)
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        layout.addSpacing(4)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        texts = {
            "lost": self.tr("&Lost: the badge was lost or forgotten"),
            "damaged": self.tr("&Damaged: the badge is torn, wet or unreadable"),
            "correction": self.tr("&Correction: the details on the badge were wrong"),
        }
        for reason in REPRINT_REASONS:
            button = QRadioButton(texts[reason])
            self.group.addButton(button)
            self.buttons[reason] = button
            layout.addWidget(button)
            button.toggled.connect(self._on_reason_toggled)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Print again"))
        self.ok_button.setEnabled(False)
        self.ok_button.setDefault(True)
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout.addWidget(self.box)
        self.buttons["lost"].setFocus()

    def reason(self) -> str | None:
        for reason, button in self.buttons.items():
            if button.isChecked():
                return reason
        return None

    def _on_reason_toggled(self, _checked: bool) -> None:
        self.ok_button.setEnabled(self.reason() is not None)

    def accept(self) -> None:
        if self.reason() is None:  # never without a reason, whatever the keyboard does
            return
        super().accept()


class PdfFolderRow(QWidget):
    """The PDF folder of the PDF-folder printer: a path and "Choose…" (chosen once here,
    never asked after a check-in)."""

    def __init__(self, folder: str, default: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(folder)
        self.edit.setPlaceholderText(str(default))
        self.button = QPushButton(self.tr("C&hoose…"))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self._on_button_clicked)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)

    def folder(self) -> str:
        return self.edit.text().strip()

    def _on_button_clicked(self) -> None:
        start = self.folder() or self.edit.placeholderText()
        title = self.tr("Folder for badge PDF files")
        chosen = QFileDialog.getExistingDirectory(self, title, start)
        if chosen:
            self.edit.setText(chosen)


class PrintSettingsDialog(QDialog):
    """This desk's badge printing: after a check-in, printer (or PDF folder), badge layout."""

    preview_requested = Signal(str)  # layout id

    def __init__(
        self,
        settings: PrintSettings,
        can_preview: bool = True,
        parent: QWidget | None = None,
        default_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Badge printing settings"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self._pdf_folder = settings.pdf_folder

        after = QGroupBox(self.tr("After a check-in or walk-in registration"))
        after_layout = QVBoxLayout(after)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons = {
            MODE_NEVER: QRadioButton(self.tr("&Never print a badge (Ctrl+P prints one)")),
            MODE_ASK: QRadioButton(
                self.tr("&Offer it in the result panel: F5 prints, the next scan means no")
            ),
            MODE_ALWAYS: QRadioButton(self.tr("Print the badge at &once")),
        }
        self.only_if_none = QCheckBox(self.tr("Only if the person has no badge printed &yet"))
        self.only_if_none.setChecked(settings.only_if_none)
        for mode, button in self.mode_buttons.items():
            self.mode_group.addButton(button)
            after_layout.addWidget(button)
            button.setChecked(mode == settings.after_checkin)
            button.toggled.connect(self._on_mode_toggled)
        indented = QHBoxLayout()
        indented.setContentsMargins(22, 0, 0, 0)
        indented.addWidget(self.only_if_none)
        after_layout.addLayout(indented)
        note = QLabel(
            self.tr(
                "Nothing ever opens a window after a scan: the next person's badge can be "
                "scanned at once."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555;")
        after_layout.addWidget(note)
        layout.addWidget(after)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.printer_combo = QComboBox()
        names = QPrinterInfo.availablePrinterNames()
        default = QPrinterInfo.defaultPrinterName()
        self.printer_combo.addItem(
            self.tr("System default printer ({name})").format(name=default)
            if default
            else self.tr("System default printer (none is set)"),
            SYSTEM_DEFAULT,
        )
        for name in names:
            self.printer_combo.addItem(name, name)
        if settings.printer not in (*names, PDF_FOLDER, SYSTEM_DEFAULT):
            self.printer_combo.addItem(
                self.tr("{name} (not available)").format(name=settings.printer), settings.printer
            )
        self.printer_combo.addItem(self.tr("PDF files in a folder"), PDF_FOLDER)
        self.printer_combo.setCurrentIndex(max(self.printer_combo.findData(settings.printer), 0))
        self.printer_combo.currentIndexChanged.connect(self._on_printer_combo_changed)
        printer_label = QLabel(self.tr("&Printer:"))
        printer_label.setBuddy(self.printer_combo)
        form.addRow(printer_label, self.printer_combo)
        self.folder_row = PdfFolderRow(
            settings.pdf_folder, default_folder or Path(PDF_FOLDER_NAME), self
        )
        self.folder_label = QLabel(self.tr("PDF &folder:"))
        self.folder_label.setBuddy(self.folder_row.edit)
        form.addRow(self.folder_label, self.folder_row)
        self.no_printer_note = QLabel(
            self.tr("No printer is installed on this computer: choose “PDF files in a folder”.")
        )
        self.no_printer_note.setWordWrap(True)
        self.no_printer_note.setStyleSheet("color: #555555;")
        self.no_printer_note.setVisible(not names)
        form.addRow("", self.no_printer_note)

        self.layout_combo = QComboBox()
        lang = language()
        for item in sorted(all_layouts().values(), key=lambda lay: lay.name.get(lang)):
            self.layout_combo.addItem(item.name.get(lang), item.id)
        self.layout_combo.setCurrentIndex(max(self.layout_combo.findData(settings.layout), 0))
        layout_label = QLabel(self.tr("Badge &layout:"))
        layout_label.setBuddy(self.layout_combo)
        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.preview_button.setAutoDefault(False)
        self.preview_button.setEnabled(can_preview)
        if not can_preview:
            self.preview_button.setToolTip(self.tr("Import participants first."))
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.layout_combo, 1)
        row.addWidget(self.preview_button)
        form.addRow(layout_label, row)
        layout.addLayout(form)
        layout.addSpacing(8)

        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self._on_mode_toggled(True)
        self._on_printer_combo_changed(0)
        self.mode_buttons[settings.after_checkin].setFocus()

    def settings(self) -> PrintSettings:
        mode = next((m for m, b in self.mode_buttons.items() if b.isChecked()), MODE_NEVER)
        return PrintSettings(
            mode=mode,
            only_if_none=self.only_if_none.isChecked(),
            printer=str(self.printer_combo.currentData()),
            layout=str(self.layout_combo.currentData()),
            pdf_folder=self.folder_row.folder(),
        )

    def _on_mode_toggled(self, _checked: bool) -> None:
        self.only_if_none.setEnabled(not self.mode_buttons[MODE_NEVER].isChecked())

    def _on_printer_combo_changed(self, _index: int) -> None:
        pdf = self.printer_combo.currentData() == PDF_FOLDER
        self.folder_row.setVisible(pdf)
        self.folder_label.setVisible(pdf)

    def _on_preview_button_clicked(self) -> None:
        self.preview_requested.emit(str(self.layout_combo.currentData()))


class BatchPrintDialog(QDialog):
    """Print many badges: the selected people, a category, or everyone without a badge."""

    printed = Signal(list)  # participant ids printed and recorded

    SELECTED = "selected"
    CATEGORY = "category"
    WITHOUT = "without"

    def __init__(
        self,
        db: Database,
        event: Event,
        badge_printer: BadgePrinter,
        selected_ids: Sequence[str] = (),
        parent: QWidget | None = None,
        default_action: str = PRINT,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._event = event
        self._printer = badge_printer
        self._selected = list(dict.fromkeys(selected_ids))
        self.job: PrintJob | None = None
        self.last_error: BaseException | None = None
        self._ids: list[str] = []
        self._reprints: set[str] = set()

        self.setWindowTitle(self.tr("Print badges"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        choose = QGroupBox(self.tr("Whose badges?"))
        grid = QVBoxLayout(choose)
        self.choice_group = QButtonGroup(self)
        self.selected_radio = QRadioButton()
        self.category_radio = QRadioButton(self.tr("A &category:"))
        self.category_combo = QComboBox()
        self.category_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category_combo.setMinimumContentsLength(28)
        self.without_radio = QRadioButton()
        for button in (self.selected_radio, self.category_radio, self.without_radio):
            self.choice_group.addButton(button)
        grid.addWidget(self.selected_radio)
        row = QHBoxLayout()
        row.addWidget(self.category_radio)
        row.addWidget(self.category_combo, 1)
        grid.addLayout(row)
        grid.addWidget(self.without_radio)
        layout.addWidget(choose)

        self.reprint_frame = QFrame()
        self.reprint_frame.setObjectName("reprintFrame")
        self.reprint_frame.setStyleSheet(
            "#reprintFrame { border: 1px solid #b26a00; border-radius: 6px; background: #fff4e0; }"
        )
        reprint = QVBoxLayout(self.reprint_frame)
        self.reprint_label = QLabel()
        self.reprint_label.setWordWrap(True)
        reprint.addWidget(self.reprint_label)
        self.reprint_group = QButtonGroup(self)
        self.leave_out_radio = QRadioButton(self.tr("&Leave them out"))
        self.include_radio = QRadioButton(self.tr("Print them a&gain (you will be asked why)"))
        self.leave_out_radio.setChecked(True)
        row = QHBoxLayout()
        for button in (self.leave_out_radio, self.include_radio):
            self.reprint_group.addButton(button)
            row.addWidget(button)
        self.reprint_group.buttonToggled.connect(self._on_reprint_group_toggled)
        row.addStretch(1)
        reprint.addLayout(row)
        layout.addWidget(self.reprint_frame)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.progress.hide()  # shown while a job runs
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        # Checking (preview, PDF) on the left; Print and Close where the eye ends.
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.print_button = QPushButton(self.tr("&Print"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        for button in (self.preview_button, self.pdf_button, self.print_button, self.close_button):
            button.setAutoDefault(False)
        (self.pdf_button if default_action == SAVE else self.print_button).setDefault(True)
        layout.addSpacing(6)
        layout.addLayout(buttons)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.close_button.clicked.connect(self.reject)

        self.choice_group.buttonToggled.connect(self._on_choice_group_toggled)
        self.category_combo.currentIndexChanged.connect(self._on_category_combo_changed)
        self.category_combo.activated.connect(self._on_category_combo_changed)
        self.reload()
        if self._selected:
            self.selected_radio.setChecked(True)
        else:
            self.without_radio.setChecked(True)
        self._on_choice_changed()
        self.choice_group.checkedButton().setFocus()

    # -- data --------------------------------------------------------------------------

    def reload(self) -> None:
        """Counts for the choices (after a print, too)."""
        lang = language()
        with self._db.read() as session:
            by_category = counts(session).by_category
            self._without = without_badge(session)
        current = self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        for category in self._event.categories:
            n = by_category.get(category.id, 0)
            if n:
                self.category_combo.addItem(
                    self.tr("{label} ({count})").format(
                        label=category.label.get(lang), count=f"{n:,}"
                    ),
                    category.id,
                )
        if current is not None:
            self.category_combo.setCurrentIndex(max(self.category_combo.findData(current), 0))
        self.category_combo.blockSignals(False)
        self.category_radio.setEnabled(self.category_combo.count() > 0)
        self.category_combo.setEnabled(self.category_combo.count() > 0)
        n = len(self._selected)
        if n == 1:
            with self._db.read() as session:
                found = infos_by_ids(session, self._selected)
            name = found[0].full_name if found else "?"
            text = self.tr("The &selected person: {name}").format(name=name)
        elif n:
            text = self.tr("The &selected people ({count})").format(count=n)
        else:
            text = self.tr("The &selected person (nobody is selected)")
        self.selected_radio.setText(text)
        self.selected_radio.setEnabled(n > 0)
        self.without_radio.setText(
            self.tr("&Everyone pre-registered without a badge yet ({count})").format(
                count=f"{len(self._without):,}"
            )
        )

    def choice(self) -> str:
        if self.selected_radio.isChecked():
            return self.SELECTED
        if self.category_radio.isChecked():
            return self.CATEGORY
        return self.WITHOUT

    def chosen_ids(self) -> list[str]:
        """Everyone in the choice, with or without a badge."""
        choice = self.choice()
        if choice == self.SELECTED:
            return list(self._selected)
        if choice == self.CATEGORY:
            category = self.category_combo.currentData()
            if category is None:
                return []
            with self._db.read() as session:
                return registered_ids(session, str(category))
        return list(self._without)

    def ids_to_print(self) -> tuple[list[str], int]:
        """The ids to print and how many of them are reprints."""
        if self.leave_out_radio.isChecked():
            return [i for i in self._ids if i not in self._reprints], 0
        return list(self._ids), len(self._reprints)

    # -- showing -----------------------------------------------------------------------

    def _on_category_combo_changed(self, _index: int) -> None:
        if not self.category_radio.isChecked():
            self.category_radio.setChecked(True)  # choosing a category chooses "a category"
        else:
            self._on_choice_changed()

    def _on_choice_group_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._on_choice_changed()

    def _on_reprint_group_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._show_summary()

    def _on_choice_changed(self) -> None:
        self._ids = self.chosen_ids()
        if self.choice() == self.WITHOUT:
            self._reprints = set()
        else:
            with self._db.read() as session:
                printed = record_state(session, self._ids)[1]
            self._reprints = set(printed)
        n = len(self._reprints)
        self.reprint_frame.setVisible(n > 0)
        self.reprint_label.setText(
            self.tr("Already have a badge: {count} of these {total} people.").format(
                count=f"{n:,}", total=f"{len(self._ids):,}"
            )
        )
        self._show_summary()

    def _show_summary(self) -> None:
        ids, _reprints = self.ids_to_print()
        settings = self._printer.settings()
        layout = get_layout(settings.layout)
        pages = math.ceil(len(ids) / layout.per_page)
        self.summary.setText(
            self.tr("Badges: {count} · pages: {pages} · {layout} · printer: {printer}").format(
                count=f"{len(ids):,}",
                pages=f"{pages:,}",
                layout=layout_name(layout),
                printer=printer_label(settings.printer),
            )
        )
        idle = self.job is None
        for button in (self.print_button, self.preview_button, self.pdf_button):
            button.setEnabled(idle and bool(ids))

    # -- actions -----------------------------------------------------------------------

    def _on_print_button_clicked(self) -> None:
        ids, reprints = self.ids_to_print()
        if not ids or self.job is not None:
            return
        if reprints:
            dialog = ReprintDialog(count=reprints, parent=self)

            def reprint() -> None:  # reprints need the supervisor (when the desk has one)
                detail = self.tr("{count} badges").format(count=reprints)
                operator = self._printer._operator()
                if authorise(self, self._db, ops.GUARD_REPRINT, detail, operator) is not None:
                    self.start(ids, dialog.reason())

            dialog.accepted.connect(reprint)
            dialog.open()
            self._reprint_dialog = dialog
            return
        self.start(ids, None)

    def start(self, ids: list[str], reason: str | None) -> PrintJob | None:
        """Print ``ids`` (``reason`` for those who already have a badge)."""
        return self._run(self._printer.print_badges(ids, reason, parent=self))

    def _on_pdf_button_clicked(self) -> None:
        ids, _reprints = self.ids_to_print()
        if ids and self.job is None:
            self._run(self._printer.save_pdf(ids, parent=self))

    def _on_preview_button_clicked(self) -> None:
        ids, _reprints = self.ids_to_print()
        if ids and self.job is None:
            self._run(self._printer.preview(ids, parent=self))

    def _run(self, job: PrintJob | None) -> PrintJob | None:
        if job is None:
            return None
        self.job = job
        self.last_error = None
        for widget in (
            self.selected_radio,
            self.category_radio,
            self.category_combo,
            self.without_radio,
            self.leave_out_radio,
            self.include_radio,
        ):
            widget.setEnabled(False)
        for button in (self.print_button, self.preview_button, self.pdf_button):
            button.setEnabled(False)
        self.close_button.setText(self.tr("Cancel"))
        self.progress.show()
        self.progress.setRange(0, max(job.total, 1))
        self.progress.setValue(0)
        self.status.setText(job.describe(0))
        job.progressed.connect(self._on_job_progressed)
        job.succeeded.connect(self._on_job_succeeded)
        job.failed.connect(self._on_job_failed)
        return job

    def _on_job_progressed(self, done: int, total: int) -> None:
        if self.job is None:
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if self.close_button.text() == self.tr("Cancel"):
            self.status.setText(self.job.describe(done))

    def _on_job_succeeded(self, result: JobResult) -> None:
        self.job = None
        self.progress.setValue(self.progress.maximum())
        if result.kind == PRINT:
            self.status.setText(
                self.tr("Badges printed and recorded: {count}.").format(
                    count=len(result.printed_ids)
                )
            )
            self.printed.emit(result.printed_ids)
        elif result.kind == SAVE:
            self.status.setText(
                self.tr("Badges saved to {path}: {count} (not recorded as printed).").format(
                    count=result.badges, path=result.path
                )
            )
        else:
            self.status.setText(self.tr("Preview opened."))
        self._idle()

    def _on_job_failed(self, exc: BaseException) -> None:
        self.job = None
        self.last_error = exc
        self.progress.setValue(0)
        if isinstance(exc, PrintStopped):
            self.status.setText(str(exc).partition("\n")[0])
            if exc.printed_ids:
                self.printed.emit(exc.printed_ids)
        elif isinstance(exc, TaskCancelled):
            self.status.setText(self.tr("Cancelled: nothing was printed or recorded."))
        else:
            self.status.setText(error_text(exc).partition("\n")[0])
        self._idle()

    def _idle(self) -> None:
        self.close_button.setText(self.tr("Close"))
        self.reload()
        for widget in (
            self.selected_radio,
            self.category_radio,
            self.category_combo,
            self.without_radio,
            self.leave_out_radio,
            self.include_radio,
        ):
            widget.setEnabled(True)
        self.selected_radio.setEnabled(bool(self._selected))
        self._on_choice_changed()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        if self.job is not None:  # Cancel or Esc while running: stop at the next page
            self.cancel()
            return
        super().reject()


# --------------------------------------------------------------------------- main window


class BadgeMenu(QObject):
    """The main window's Badges menu, and printing after a check-in (the desk's setting).

    Printing after a check-in never opens a window: "always" prints at once (a reprint,
    which needs a reason, is offered instead), "ask" offers it in the result panel (F5),
    and a problem is a red note in the status bar until the next badge prints."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.printer = BadgePrinter(
            window.db, window.desk_event, window.runner, lambda: window.operator, self
        )
        self.printer.printed.connect(self._on_printer_printed)
        self.printer.saved.connect(self._on_printer_saved)
        self.printer.failed.connect(lambda _exc: self._focus_field())
        self._offered: set[str] = set()  # check-in record ids already handled
        self.dialog: QDialog | None = None
        self.warning = shrinkable(QLabel())
        self.warning.setStyleSheet(
            "QLabel { background: #b3261e; color: white; padding: 2px 8px; border-radius: 3px; }"
        )
        self.warning.setMaximumWidth(520)
        self.warning.hide()
        window.statusBar().addPermanentWidget(self.warning)

        self.menu = QMenu(window)
        bar = window.menuBar()
        bar.insertMenu(window.language_menu.menuAction(), self.menu)
        self.print_action = QAction(window)
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_action.triggered.connect(self._on_print_action_triggered)
        self.batch_action = QAction(window)
        self.batch_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.batch_action.triggered.connect(self._on_batch_action_triggered)
        self.pdf_action = QAction(window)
        self.pdf_action.triggered.connect(self._on_pdf_action_triggered)
        self.settings_action = QAction(window)
        self.settings_action.triggered.connect(self._on_settings_action_triggered)
        self.menu.addAction(self.print_action)
        self.menu.addAction(self.batch_action)
        self.menu.addAction(self.pdf_action)
        self.menu.addSeparator()
        self.menu.addAction(self.settings_action)
        window.screen_.checked_in.connect(self._on_screen_checked_in)
        window.screen_.print_requested.connect(self._on_screen_print_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Badges"))
        self.print_action.setText(self.tr("&Print badge…"))
        self.batch_action.setText(self.tr("Print badges (&batch)…"))
        self.pdf_action.setText(self.tr("&Save badges as PDF…"))
        self.settings_action.setText(self.tr("Badge printing se&ttings…"))

    # -- who ---------------------------------------------------------------------------

    def current_person(self) -> str | None:
        """The person a single-badge action is about (see CheckinScreen.current_person)."""
        return self.window.screen_.current_person()

    def _person(self, participant_id: str) -> tuple[str, int] | None:
        """Name and badges printed so far (read now: another job may just have printed)."""
        with self.window.db.read() as session:
            found = infos_by_ids(session, [participant_id])
        return (found[0].full_name, found[0].badges_printed) if found else None

    def _focus_field(self) -> None:
        self.window.screen_.focus_field()

    # -- printing one person -----------------------------------------------------------

    def print_person(self, participant_id: str, parent: QWidget | None = None) -> None:
        """Print one badge; a person who already has one is asked the reason first."""
        parent = parent or self.window
        person = self._person(participant_id)
        if person is None:
            return
        name, printed = person
        if printed == 0:
            self.printer.print_badges([participant_id], parent=parent, notify=self._warn)
            self._focus_field()
            return
        dialog = ReprintDialog(name=name, parent=parent)

        def reprint() -> None:  # a reprint needs the supervisor (when the desk has one)
            window = self.window
            if authorise(parent, window.db, ops.GUARD_REPRINT, name, window.operator) is not None:
                self.printer.print_badges([participant_id], dialog.reason(), parent=parent)

        dialog.accepted.connect(reprint)
        dialog.finished.connect(lambda _code: self._focus_field())
        self.dialog = dialog
        dialog.open()

    def _on_print_action_triggered(self) -> None:
        pid = self.current_person()
        if pid is None:
            self.window.statusBar().showMessage(
                self.tr("Scan or choose a person first, then print the badge."), 6000
            )
            return
        self.print_person(pid)

    def _on_screen_print_requested(self, participant_id: str) -> None:
        self.print_person(participant_id)

    def _open_batch(self, action: str) -> BatchPrintDialog:
        pid = self.current_person()
        dialog = BatchPrintDialog(
            self.window.db,
            self.window.desk_event,
            self.printer,
            [pid] if pid else [],
            self.window,
            default_action=action,
        )
        dialog.finished.connect(lambda _code: self._focus_field())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_batch_action_triggered(self) -> None:
        self._open_batch(PRINT)

    def _on_pdf_action_triggered(self) -> None:
        self._open_batch(SAVE)

    def _on_settings_action_triggered(self) -> None:
        self.open_settings()

    def open_settings(self) -> PrintSettingsDialog:
        sample = self.current_person()
        if sample is None:
            with self.window.db.read() as session:
                sample = first_participant_id(session)
        settings = load_settings(self.window.db.desk_id)
        dialog = PrintSettingsDialog(
            settings,
            sample is not None,
            self.window,
            default_folder=self.printer.pdf_folder(PrintSettings()),
        )
        if sample is not None:
            dialog.preview_requested.connect(
                lambda layout_id: self.printer.preview([sample], dialog, layout_id)
            )
        dialog.accepted.connect(lambda: save_settings(self.window.db.desk_id, dialog.settings()))
        dialog.finished.connect(lambda _code: self._focus_field())
        self.dialog = dialog
        dialog.open()
        return dialog

    # -- after a check-in --------------------------------------------------------------

    def _on_screen_checked_in(self, result: CheckinResult) -> None:
        """Every new check-in (scan, search, details dialog, walk-in) comes through here."""
        person = result.participant
        if person is None:
            return
        key = result.record_id or f"{person.id}@{result.at}"
        if key in self._offered:
            return
        self._offered.add(key)
        # After the current signal (a walk-in dialog is still closing), not inside it.
        QTimer.singleShot(0, lambda: self.offer_print(person.id))

    def offer_print(self, participant_id: str) -> None:
        """Apply the desk's setting to a person just checked in, without a window: print at
        once, or offer it in the result panel (F5). A reprint needs a reason, so it is
        only ever offered."""
        settings = load_settings(self.window.db.desk_id)
        mode = settings.after_checkin
        if mode == MODE_NEVER:
            return
        person = self._person(participant_id)
        if person is None:
            return
        _name, printed = person
        if printed and settings.only_if_none:
            return
        if mode == MODE_ALWAYS and not printed:
            self.printer.print_badges([participant_id], parent=self.window, notify=self._warn)
            return
        self.window.screen_.offer_print(participant_id)

    # -- results -----------------------------------------------------------------------

    def _warn(self, exc: BaseException) -> None:
        """A badge that did not print: a red note until the next one prints, never a
        window (the queue goes on)."""
        text = self.tr("Badge not printed: {reason}").format(reason=error_text(exc))
        self.warning.setText(text.partition("\n")[0])
        self.warning.setToolTip(text)
        self.warning.show()
        self.window.statusBar().showMessage(text.partition("\n")[0], 15_000)

    def _on_printer_printed(self, ids: list[str]) -> None:
        if not ids:
            return
        self.warning.hide()
        if len(ids) == 1:
            person = self._person(ids[0])
            text = self.tr("Badge printed: {name}").format(name=person[0] if person else "")
        else:
            text = self.tr("Badges printed: {count}").format(count=len(ids))
        self.window.statusBar().showMessage(text, 8000)

    def _on_printer_saved(self, path: str) -> None:
        self.window.statusBar().showMessage(
            self.tr("Badges saved to {path}").format(path=path), 8000
        )
