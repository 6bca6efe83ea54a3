"""Test helpers for printed badges: read back every QR code of a PDF, print through real CUPS.

``decode_qr_codes`` rasterises a PDF with poppler's ``pdftoppm`` (as a printer driver would,
at the printer's resolution) and decodes every QR code with zxing-cpp.

``pdf_print_queue`` finds a CUPS queue on the cups-pdf backend, which writes every job as a
PDF file into a folder (``scripts/print-queue`` sets one up; CI runs it before the tests);
``wait_for_printed_pdf`` waits for the job's file there. Without such a queue, tests that
need it are skipped locally but fail in CI (environment variable ``CI`` set).
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

import pytest
import zxingcpp

ROOT = Path(__file__).resolve().parent.parent
PRINT_QUEUE_SCRIPT = ROOT / "scripts" / "print-queue"
DEFAULT_QUEUE = "PDF"
CUPS_CONFIG = Path("/etc/cups")
# cups-pdf's built-in output folder, when its configuration has no `Out` line.
CUPS_PDF_DEFAULT_OUT = "/var/spool/cups-pdf/${USER}"

_PGM_HEADER = re.compile(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s")
_PAGE_NUMBER = re.compile(r"-(\d+)\.pgm$")


# --- QR codes in a PDF ------------------------------------------------------------------------


class _Found(NamedTuple):
    left: float
    top: float
    right: float
    bottom: float
    text: str


def decode_qr_codes(pdf_path: Path, dpi: int) -> list[list[str]]:
    """The texts of all QR codes on each page of ``pdf_path``, rasterised at ``dpi``.

    One list per page (empty when a page has no readable QR code), each in reading order:
    rows top to bottom, each row left to right. One ``pdftoppm`` call renders all pages in
    8-bit grey (PGM, antialiased); each page is decoded and deleted as soon as the next one
    appears, while pdftoppm renders on: a few pages on disk at a time, not gigabytes.
    """
    exe = shutil.which("pdftoppm")
    if exe is None:
        raise RuntimeError("pdftoppm not found: install poppler-utils (scripts/system-deps --test)")
    pages: dict[int, list[str]] = {}
    with tempfile.TemporaryDirectory(prefix="desk-qr-") as tmp:
        folder = Path(tmp)
        with (folder / "stderr").open("w+") as err:
            proc = subprocess.Popen(
                [exe, "-r", str(dpi), "-gray", str(pdf_path), str(folder / "page")],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=err,
            )
            try:
                while True:
                    finished = proc.poll() is not None
                    files = sorted(folder.glob("page-*.pgm"), key=_page_number)
                    # pdftoppm writes a page's file in one go after rendering it: all but
                    # the newest are complete (all of them, once it has exited).
                    ready = files if finished else files[:-1]
                    for file in ready:
                        pages[_page_number(file)] = _decode_page(file)
                        file.unlink()
                    if finished:
                        break
                    if not ready:
                        time.sleep(0.01)
            finally:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
            err.seek(0)
            message = err.read().strip()
        if proc.returncode != 0:
            raise RuntimeError(f"pdftoppm failed on {pdf_path} ({proc.returncode}): {message}")
    if sorted(pages) != list(range(1, len(pages) + 1)):
        raise RuntimeError(f"pdftoppm skipped pages of {pdf_path}: got {sorted(pages)}")
    return [pages[n] for n in sorted(pages)]


def _page_number(path: Path) -> int:
    match = _PAGE_NUMBER.search(path.name)
    if match is None:
        raise RuntimeError(f"unexpected pdftoppm output file: {path.name}")
    return int(match.group(1))


def _decode_page(path: Path) -> list[str]:
    data = path.read_bytes()
    header = _PGM_HEADER.match(data)
    if header is None or header.group(3) != b"255":
        raise RuntimeError(f"not an 8-bit PGM file: {path}")
    width, height = int(header.group(1)), int(header.group(2))
    pixels = memoryview(data)[header.end() : header.end() + width * height]
    image = pixels.cast("B", (height, width))
    codes = zxingcpp.read_barcodes(
        image, formats=zxingcpp.BarcodeFormat.QRCode, try_rotate=False, try_invert=False
    )
    found = []
    for code in codes:
        p = code.position
        xs = (p.top_left.x, p.top_right.x, p.bottom_right.x, p.bottom_left.x)
        ys = (p.top_left.y, p.top_right.y, p.bottom_right.y, p.bottom_left.y)
        found.append(_Found(min(xs), min(ys), max(xs), max(ys), code.text))
    return [item.text for item in _reading_order(found)]


def _reading_order(found: list[_Found]) -> list[_Found]:
    """Rows top to bottom (a code belongs to a row when its centre is within the height of
    the row's first code), each row left to right."""
    rows: list[list[_Found]] = []
    for item in sorted(found, key=lambda f: (f.top, f.left)):
        centre = (item.top + item.bottom) / 2
        if rows and rows[-1][0].top <= centre <= rows[-1][0].bottom:
            rows[-1].append(item)
        else:
            rows.append([item])
    return [item for row in rows for item in sorted(row, key=lambda f: f.left)]


# --- A real CUPS queue that prints to PDF files ------------------------------------------------


class PrintQueue(NamedTuple):
    name: str  # CUPS queue name, for `lp -d` or QPrinter.setPrinterName
    folder: Path  # where cups-pdf writes this user's jobs


_queue_cache: dict[str, PrintQueue | str] = {}


def pdf_print_queue(name: str | None = None) -> PrintQueue:
    """The cups-pdf queue (``$DESK_PRINT_QUEUE``, else ``PDF``) and its output folder.

    When the queue is missing, disabled, or cupsd is not running, runs ``scripts/print-queue``
    if we are root. When there is still no queue: ``pytest.skip``, or ``pytest.fail`` when
    the environment variable ``CI`` is set (CI must run the printing tests). Never returns a
    queue on another backend: a real printer would print paper. The result (or the reason
    for not having one) is computed once per test session.
    """
    name = name or os.environ.get("DESK_PRINT_QUEUE") or DEFAULT_QUEUE
    if name not in _queue_cache:
        try:
            _queue_cache[name] = _find_queue(name)
        except _Unavailable as e:
            _queue_cache[name] = str(e)
    result = _queue_cache[name]
    if isinstance(result, PrintQueue):
        return result
    if os.environ.get("CI"):
        pytest.fail(f"CI needs a cups-pdf print queue: {result}", pytrace=False)
    pytest.skip(result)


class _Unavailable(Exception):
    pass


def _find_queue(name: str) -> PrintQueue:
    problem = _queue_problem(name)
    if problem is not None:
        if os.geteuid() != 0:
            how = f"sudo {PRINT_QUEUE_SCRIPT}" + (
                f" --queue {name}" if name != DEFAULT_QUEUE else ""
            )
            raise _Unavailable(f"{problem}; set it up as root: {how}")
        try:
            done = subprocess.run(
                [str(PRINT_QUEUE_SCRIPT), "--queue", name],
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=900,  # may install Debian packages
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as e:
            raise _Unavailable(f"{problem}; {PRINT_QUEUE_SCRIPT.name} failed: {e}") from e
        if done.returncode != 0:
            raise _Unavailable(
                f"{problem}; {PRINT_QUEUE_SCRIPT.name} failed ({done.returncode}): "
                f"{done.stderr.strip()}"
            )
        problem = _queue_problem(name)
        if problem is not None:
            raise _Unavailable(f"{problem}, even after {PRINT_QUEUE_SCRIPT.name}")
    device = _device_uri(name)
    assert device is not None
    return PrintQueue(name, cups_pdf_folder(device))


def _lpstat(*args: str) -> subprocess.CompletedProcess[str] | None:
    if shutil.which("lpstat") is None:
        return None
    return subprocess.run(
        ["lpstat", *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
        env={**os.environ, "LC_ALL": "C"},
    )


def _device_uri(name: str) -> str | None:
    done = _lpstat("-v", name)
    if done is None or done.returncode != 0:
        return None
    match = re.search(r"^device for [^:]+:\s*(\S+)", done.stdout, re.MULTILINE)
    return match.group(1) if match else None


def _queue_problem(name: str) -> str | None:
    """Why queue ``name`` cannot print to PDF files now, or None."""
    if shutil.which("lp") is None or shutil.which("lpstat") is None:
        return "CUPS is not installed (no lp/lpstat)"
    running = _lpstat("-r")
    if running is None or "is running" not in running.stdout:
        return "the CUPS scheduler (cupsd) is not running"
    device = _device_uri(name)
    if device is None:
        return f"no CUPS queue {name}"
    if not device.startswith("cups-pdf:"):
        return f"CUPS queue {name} prints to {device}, not to cups-pdf"
    state = _lpstat("-p", name)
    if state is None or "disabled" in state.stdout:
        return f"CUPS queue {name} is disabled"
    accepting = _lpstat("-a", name)
    if accepting is None or "not accepting" in accepting.stdout:
        return f"CUPS queue {name} is not accepting jobs"
    return None


def cups_pdf_folder(device_uri: str, user: str | None = None) -> Path:
    """Where cups-pdf writes the jobs of ``user`` (default: us) for this device URI.

    As cups-pdf 3 does: ``cups-pdf:/NAME`` reads /etc/cups/cups-pdf-NAME.conf, plain
    ``cups-pdf:/`` reads /etc/cups/cups-pdf.conf; ``Out`` expands ${HOME} and ${USER}.
    """
    suffix = device_uri.removeprefix("cups-pdf:/")
    conf = CUPS_CONFIG / (f"cups-pdf-{suffix}.conf" if suffix else "cups-pdf.conf")
    out = CUPS_PDF_DEFAULT_OUT
    try:
        for line in conf.read_text(encoding="utf-8", errors="replace").splitlines():
            key, _, value = line.strip().partition(" ")
            if key == "Out" and value.strip():
                out = value.strip()
    except OSError as e:
        raise _Unavailable(f"cannot read the cups-pdf configuration {conf}: {e}") from e
    account = pwd.getpwnam(user) if user else pwd.getpwuid(os.geteuid())
    out = out.replace("${HOME}", account.pw_dir).replace("${USER}", account.pw_name)
    return Path(out)


def print_file(
    queue: PrintQueue,
    path: Path,
    title: str | None = None,
    options: Mapping[str, str] | None = None,
) -> str:
    """Send ``path`` to the queue with ``lp`` (``options`` as ``-o KEY=VALUE``, e.g.
    ``{"media": "Custom.288x216"}``: without one CUPS fits every page onto the queue's
    default paper, A4, turning landscape pages); returns the job id (e.g. ``PDF-12``)."""
    args = ["lp", "-d", queue.name]
    if title:
        args += ["-t", title]
    for key, value in (options or {}).items():
        args += ["-o", f"{key}={value}"]
    done = subprocess.run(
        [*args, "--", str(path)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "LC_ALL": "C"},
    )
    match = re.search(r"request id is (\S+)", done.stdout)
    if done.returncode != 0 or match is None:
        raise RuntimeError(f"lp failed ({done.returncode}): {done.stderr.strip()}")
    return match.group(1)


def wait_for_printed_pdf(folder: Path, since: float, timeout: float = 30) -> Path:
    """The first PDF file that appears in ``folder`` at or after ``since`` (a ``time.time()``
    taken before printing), once complete: ends with %%EOF and its size and time stopped
    changing. cups-pdf creates the folder with the first job; Ghostscript writes the file in
    place, so a file can be seen half written. Raises TimeoutError after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    seen: dict[Path, tuple[int, float]] = {}
    while True:
        for path in _new_pdfs(folder, since):
            try:
                stat = path.stat()
            except OSError:
                continue
            now = (stat.st_size, stat.st_mtime)
            stable = seen.get(path) == now
            seen[path] = now
            if stable and stat.st_size > 0 and _ends_with_eof(path):
                return path
        if time.monotonic() >= deadline:
            break
        time.sleep(0.2)
    raise TimeoutError(
        f"no complete PDF in {folder} since {time.ctime(since)} after {timeout:g} s; "
        f"seen: {sorted(p.name for p in seen) or 'none'}; jobs not completed: "
        f"{_pending_jobs() or 'none'} (see /var/log/cups/cups-pdf-*_log, error_log)"
    )


def _new_pdfs(folder: Path, since: float) -> list[Path]:
    try:
        entries = list(os.scandir(folder))
    except OSError:  # not created yet (cups-pdf does, with the first job)
        return []
    found = []
    for entry in entries:
        if not entry.name.lower().endswith(".pdf"):
            continue
        try:
            mtime = entry.stat().st_mtime
        except OSError:
            continue
        if mtime >= since:
            found.append((mtime, Path(entry.path)))
    return [path for _, path in sorted(found)]


def _ends_with_eof(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            f.seek(0, os.SEEK_END)
            f.seek(max(0, f.tell() - 1024))
            return b"%%EOF" in f.read()
    except OSError:
        return False


def _pending_jobs() -> str:
    done = _lpstat("-W", "not-completed", "-o")
    return done.stdout.strip() if done is not None else ""
