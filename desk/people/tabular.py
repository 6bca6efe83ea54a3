"""Read participant lists as people export them: CSV in any common encoding, or XLSX.

``read_table`` turns a file into a ``Table`` of clean text cells with the line numbers a person
sees in a text editor or in Excel; which column holds which field is for desk/people/header_map.py.
Anything that is not a spreadsheet is refused with one ``ImportFileError`` line that names
the file.

Decisions, all deterministic:

* **Kind** is decided by content: a ZIP with ``xl/`` parts is XLSX whatever the extension;
  PDF, images, Excel 97-2003, Word, ODS, HTML and other ZIPs are refused by their magic bytes.
* **Encoding**: a BOM (UTF-8, UTF-16, UTF-32) decides; without one, a NUL byte in every other
  position means UTF-16 (LE or BE by its side); else UTF-8 if the bytes are valid UTF-8,
  else cp1252 (what Windows Excel writes in Latin America), else latin-1.
* **Delimiter**: comma, semicolon or tab, whichever gives the header row the most non-empty
  cells (ties: comma, semicolon, tab), provided two thirds of the next rows contain it too
  (prose has a comma here and there). An Excel ``sep=;`` first line is obeyed. A file with no
  delimiter is refused ("no columns found") unless its one header is a full-name header.
* **Header**: the first non-blank row, unless up to five leading rows have one non-empty cell
  each (a title) and the row after them has three or more: then that row.
* **Cells**: stripped, inner whitespace (NBSP included) collapsed to one space, control and
  zero-width characters removed, Excel's ``="0123"`` text guard and an export's ``'`` formula
  guard unwrapped. Whole XLSX numbers print without ".0", dates as ISO. Blank rows are
  skipped but line numbers stay true. Short rows are padded to the header width; long rows
  keep their extra cells. Trailing empty header cells are dropped.
"""

from __future__ import annotations

import csv
import gc
import io
import itertools
import re
import warnings
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk.errors import ImportFileError
from desk.i18n import translate
from desk.people.header_map import names_a_person

if TYPE_CHECKING:
    from _csv import Reader as CsvReader  # what csv.reader() returns (has line_num)

__all__ = ["Row", "Table", "read_headers", "read_table"]


@dataclass(frozen=True, slots=True)
class Row:
    line: int  # 1-based line (CSV) or row number (XLSX) where the row starts
    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[Row, ...]
    kind: str  # "csv" | "xlsx"
    encoding: str | None  # CSV only, e.g. "utf-8-sig", "utf-16-le", "cp1252"
    delimiter: str | None  # CSV only; None for a one-column file
    header_line: int


# ---------------------------------------------------------------------------------------------
# Cell cleaning


# Control characters other than tab/CR/LF become spaces; invisible ones are deleted.
_CONTROL_CHARS = "".join(chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
_CONTROL_CHARS += "\x7f" + "".join(chr(c) for c in range(0x80, 0xA0))
_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_ODD_TABLE = {ord(c): " " for c in _CONTROL_CHARS} | {ord(c): None for c in _INVISIBLE_CHARS}
_ODD = re.compile("[" + re.escape(_CONTROL_CHARS + _INVISIBLE_CHARS) + "]")
# Controls that say "binary" (not form feed or vertical tab; trailing DOS EOF marks are cut).
_BINARY = re.compile("[" + re.escape(_CONTROL_CHARS.replace("\x0b", "").replace("\x0c", "")) + "]")


def _contains_any(text: str, chars: str) -> bool:
    # One substring search per character is much faster than a regex over a long text.
    return any(c in text for c in chars)


def _clean(cell: str) -> str:
    """One cell: invisible characters gone, whitespace runs → one space, stripped."""
    if _ODD.search(cell):
        cell = cell.translate(_ODD_TABLE)
    return " ".join(cell.split())


# ---------------------------------------------------------------------------------------------
# Reading


def read_table(path: Path) -> Table:
    """The participant list in ``path`` (CSV or XLSX, decided by content)."""
    path = Path(path)
    name = path.name
    data = _read_bytes(path)
    if not data:
        raise ImportFileError(translate("import", "'{name}' is empty").format(name=name))
    kind = _sniff(data, name)
    with _gc_paused():  # only acyclic strings, lists and tuples are made: ~25% faster
        return _read_xlsx(data, name) if kind == "xlsx" else _read_csv(data, name)


_HEAD_CHARS = 65_536


def read_headers(path: Path) -> tuple[str, ...]:
    """The headers of the list in ``path``, reading no more of it than needed (what a
    dialog shows before the list is read): the first 64 KiB of a CSV's text, the first
    rows of a workbook. ImportFileError as ``read_table``."""
    path = Path(path)
    name = path.name
    data = _read_bytes(path)
    if not data:
        raise ImportFileError(translate("import", "'{name}' is empty").format(name=name))
    if _sniff(data, name) == "xlsx":
        return _read_xlsx(data, name, head_only=True).headers
    try:
        return _read_csv(data, name, head_only=True).headers
    except ImportFileError:  # cut inside a quoted cell: read it all
        return _read_csv(data, name).headers


@contextmanager
def _gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        message = translate("import", "'{path}' does not exist")
    except IsADirectoryError:
        message = translate("import", "'{path}' is a folder, not a file")
    except PermissionError:
        message = translate("import", "'{path}' cannot be opened: permission denied")
    except OSError as err:
        reason = err.strerror or type(err).__name__
        raise ImportFileError(
            translate("import", "'{path}' cannot be read: {reason}").format(
                path=path, reason=reason
            )
        ) from err
    raise ImportFileError(message.format(path=path))


_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")
_IMAGE_BRANDS = (b"heic", b"heix", b"mif1", b"msf1", b"avif")


def _utf16(text: str) -> bytes:
    return text.encode("utf-16-le")


def _sniff(data: bytes, name: str) -> str:
    """Whether ``data`` is "xlsx" or "csv"; raises for what is clearly not a spreadsheet."""
    head = data[:16]
    if head.startswith(b"%PDF"):
        message = translate(
            "import", "'{name}' is a PDF document, not a spreadsheet; import the Excel or CSV file"
        )
    elif (
        head.startswith(_IMAGE_MAGIC)
        or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")
        or (head[4:8] == b"ftyp" and head[8:12] in _IMAGE_BRANDS)
    ):
        message = translate("import", "'{name}' is an image, not a spreadsheet")
    elif head.startswith(_OLE_MAGIC):
        if _utf16("EncryptedPackage") in data:
            message = translate(
                "import",
                "'{name}' is password-protected; open it in Excel, remove the password, "
                "save it and import again",
            )
        elif _utf16("WordDocument") in data:
            message = translate("import", "'{name}' is a Word document, not a spreadsheet")
        else:
            message = translate(
                "import",
                "'{name}' is an Excel 97-2003 workbook (.xls); "
                "save it as .xlsx or CSV and import again",
            )
    elif head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return _sniff_zip(data, name)
    else:
        return "csv"
    raise ImportFileError(message.format(name=name))


def _sniff_zip(data: bytes, name: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            mimetype = archive.read("mimetype")[:100] if "mimetype" in archive.namelist() else b""
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        EOFError,
        ValueError,
        zlib.error,
        RuntimeError,  # an encrypted member
        NotImplementedError,  # an unsupported compression method
    ):
        message = translate("import", "'{name}' is damaged or is not a real Excel workbook")
        raise ImportFileError(message.format(name=name)) from None
    names = {info.filename for info in infos}
    if any(n.startswith("xl/") for n in names):
        if "xl/workbook.bin" in names:
            message = translate(
                "import",
                "'{name}' is an Excel binary workbook (.xlsb); "
                "save it as .xlsx or CSV and import again",
            )
        elif any(info.flag_bits & 0x1 for info in infos):
            message = translate(
                "import",
                "'{name}' is password-protected; open it in Excel, remove the password, "
                "save it and import again",
            )
        else:
            return "xlsx"
    elif any(n.startswith("word/") for n in names):
        message = translate("import", "'{name}' is a Word document, not a spreadsheet")
    elif any(n.startswith("ppt/") for n in names):
        message = translate("import", "'{name}' is a PowerPoint presentation, not a spreadsheet")
    elif mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
        message = translate(
            "import",
            "'{name}' is an OpenDocument spreadsheet (.ods); "
            "save it as .xlsx or CSV and import again",
        )
    else:
        message = translate(
            "import",
            "'{name}' is a ZIP archive, not a spreadsheet; extract the list and import that file",
        )
    raise ImportFileError(message.format(name=name))


# --- CSV ---------------------------------------------------------------------------------------

_DELIMITERS = (",", ";", "\t")
_SNIFF_ROWS = 12
_MAX_TITLE_ROWS = 5
_SEP_LINE = re.compile(r'"?sep=([,;\t|])"?[,;\t|]*(?:\r\n|\r|\n|$)', re.IGNORECASE)
# Whitespace other than a plain space and line ends (tabs too, in tab-separated files).
_OTHER_SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c not in " \r\n")
_OTHER_SPACE = re.compile("[" + re.escape(_OTHER_SPACES) + "]+")
_OTHER_SPACE_NO_TAB = re.compile("[" + re.escape(_OTHER_SPACES.replace("\t", "")) + "]+")
_MARKUP_STARTS = ("<!doctype", "<html", "<table", "<?xml", "<head", "<body", "<meta", "<!--")


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding name) by BOM, NUL pattern, UTF-8 validity, cp1252, latin-1."""
    boms = (
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    )
    for bom, encoding in boms:
        if data.startswith(bom):
            return _decode_strict(data[len(bom) :], encoding, name), encoding
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs and b"\x00" in sample:
        even = sample[0 : pairs * 2 : 2].count(0)
        odd = sample[1 : pairs * 2 : 2].count(0)
        if odd >= pairs * 0.3 and even <= pairs * 0.05:
            return _decode_strict(data, "utf-16-le", name), "utf-16-le"
        if even >= pairs * 0.3 and odd <= pairs * 0.05:
            return _decode_strict(data, "utf-16-be", name), "utf-16-be"
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def _decode_strict(data: bytes, encoding: str, name: str) -> str:
    # The UTF-8 BOM was already cut off; "utf-8-sig" decodes the rest as plain UTF-8.
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        message = translate(
            "import", "'{name}' is not valid {encoding} text; the file may be damaged"
        )
        raise ImportFileError(message.format(name=name, encoding=encoding.upper())) from None


def _reject_non_table_text(text: str, name: str) -> None:
    sample = text[:65536]
    if len(_BINARY.findall(sample)) * 100 > len(sample) + 300:  # over 1%, and over 3
        message = translate(
            "import", "'{name}' is not a spreadsheet or a text file (it contains binary data)"
        )
        raise ImportFileError(message.format(name=name))
    start = sample[:512].lstrip().lower()
    if start.startswith(_MARKUP_STARTS):
        message = translate(
            "import",
            "'{name}' is a web page or XML file, not a CSV or Excel workbook; "
            "open it in Excel and save it as .xlsx or CSV",
        )
        raise ImportFileError(message.format(name=name))
    if start.startswith("{\\rtf"):
        message = translate("import", "'{name}' is a text document (RTF), not a spreadsheet")
        raise ImportFileError(message.format(name=name))


def _read_csv(data: bytes, name: str, head_only: bool = False) -> Table:
    text, encoding = _decode(data, name)
    if head_only and len(text) > _HEAD_CHARS:
        head = text[:_HEAD_CHARS]
        text = head[: max(head.rfind("\n"), head.rfind("\r")) + 1] or head
    text = text.rstrip("\x00\x1a")  # padding NULs and the DOS end-of-file mark
    _reject_non_table_text(text, name)
    if _contains_any(text, _CONTROL_CHARS + _INVISIBLE_CHARS):
        text = text.translate(_ODD_TABLE)

    offset = 0
    delimiter: str | None
    fallback: str | None = None
    match = _SEP_LINE.match(text)
    if match:  # Excel's "sep=;" hint: obey it and do not treat it as a row
        delimiter = match.group(1)
        text = text[match.end() :]
        offset = 1
    else:
        delimiter, fallback = _choose_delimiter(text)

    unwrap = '="' in text or _contains_any(text, "'")
    rows = _parse_csv(text, delimiter or "\x1f", offset, unwrap, name)
    if not rows:
        raise ImportFileError(translate("import", "'{name}' is empty").format(name=name))
    index = _header_index([cells for _, cells in rows[: _MAX_TITLE_ROWS + 1]])
    if delimiter is None and not names_a_person(rows[index][1][0]):
        if fallback is None:
            message = translate(
                "import", "'{name}' does not look like a participant list: no columns found"
            )
            raise ImportFileError(message.format(name=name))
        # The rows have columns but the header has one cell (a title over a two-column list):
        # keep the columns, so that map_headers names what it found.
        delimiter = fallback
        rows = _parse_csv(text, delimiter, offset, unwrap, name)
        index = _header_index([cells for _, cells in rows[: _MAX_TITLE_ROWS + 1]])
    return _table(rows, index, "csv", encoding, delimiter)


def _reader(text: str, delimiter: str, strict: bool = False) -> CsvReader:
    return csv.reader(
        io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=True, strict=strict
    )


def _choose_delimiter(text: str) -> tuple[str | None, str | None]:
    """(delimiter, fallback): the delimiter giving the header row the most non-empty cells.

    A delimiter only counts when at least two thirds of the sampled rows after the header
    contain it too. None means one column; then ``fallback`` is a delimiter that the rows
    after a one-cell header do contain, if any.
    """
    best: tuple[int, int] = (1, 1)
    chosen: str | None = None
    only_blank: str | None = None  # a file of ";;;" lines is empty, not one column of ";;;"
    fallback: str | None = None
    head = text[:65536]
    for delimiter in _DELIMITERS:
        if delimiter not in head:
            continue
        sample: list[list[str]] = []
        try:
            for raw in itertools.islice(_reader(head, delimiter), 200):
                cells = [_clean(c) for c in raw]
                if any(cells):
                    sample.append(cells)
                    if len(sample) >= _SNIFF_ROWS:
                        break
        except csv.Error:
            continue
        if not sample:
            only_blank = only_blank or delimiter
            continue
        index = _header_index(sample)
        header, body = sample[index], sample[index + 1 :]
        # A table has the delimiter on (nearly) every row; prose has a comma here and there.
        if 3 * sum(1 for cells in body if len(cells) > 1) < 2 * len(body):
            continue
        if body and fallback is None:
            fallback = delimiter
        score = (sum(1 for c in header if c), len(header))
        if score > best:
            best, chosen = score, delimiter
    return chosen or only_blank, fallback


def _parse_csv(
    text: str, delimiter: str, offset: int, unwrap: bool, name: str
) -> list[tuple[int, list[str]]]:
    """Non-blank rows as (line where the row starts, cleaned cells)."""
    text = _collapse_spaces(text, keep_tabs=delimiter == "\t")
    # Now only a row spanning lines (a quoted line break) or, in a tab file, a quoted tab can
    # hold whitespace other than single spaces; every other cell only needs strip(). This
    # keeps 50,000 rows well under a second.
    careful = delimiter == "\t" and '"' in text
    strip = str.strip
    rows: list[tuple[int, list[str]]] = []
    append = rows.append
    reader = _reader(text, delimiter)
    previous = 0
    start = 1
    try:
        for raw in reader:
            start = previous + 1
            previous = reader.line_num
            if not raw:
                continue
            if careful or previous > start:
                cells = [" ".join(c.split()) for c in raw]
            else:
                cells = list(map(strip, raw))
            if unwrap:
                cells = [_unwrap(c) for c in cells]
            if any(cells):
                append((start + offset, cells))
    except csv.Error as err:
        raise _csv_error(name, start + offset, err) from None
    if previous > start:  # the last row spans lines: is it an unclosed quote?
        lines = io.StringIO(text, newline="").readlines()[start - 1 :]
        try:
            for _ in _reader("".join(lines), delimiter, strict=True):
                pass
        except csv.Error as err:
            if "unexpected end of data" in str(err):
                raise _csv_error(name, start + offset, err) from None
    return rows


def _collapse_spaces(text: str, keep_tabs: bool) -> str:
    """Every whitespace run but line ends (and tabs in a tab file) → one space."""
    if _contains_any(text, _OTHER_SPACES):
        text = (_OTHER_SPACE_NO_TAB if keep_tabs else _OTHER_SPACE).sub(" ", text)
    while "  " in text:
        text = text.replace("    ", " ").replace("  ", " ")
    return text


def _csv_error(name: str, line: int, err: csv.Error) -> ImportFileError:
    detail = str(err)
    if "field larger than field limit" in detail or "unexpected end of data" in detail:
        message = translate(
            "import", "'{name}', line {line}: a quotation mark (\") opens a cell that never closes"
        )
    else:
        message = translate("import", "'{name}' cannot be read as CSV near line {line}")
    return ImportFileError(message.format(name=name, line=line))


def _unwrap(cell: str) -> str:
    """Excel's ``="0123"`` (keeps leading zeros) → ``0123``; an export's formula guard
    (``'+503 2222…``, see desk/people/export.py) → the text it guarded."""
    if cell.startswith('="') and cell.endswith('"') and len(cell) >= 3:
        return cell[2:-1].replace('""', '"').strip()
    if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@"):
        return cell[1:]
    return cell


def _header_index(rows: Sequence[Sequence[str]]) -> int:
    """Index of the header among the first non-blank rows, skipping title rows."""
    for i, cells in enumerate(rows[: _MAX_TITLE_ROWS + 1]):
        filled = sum(1 for c in cells if c)
        if filled >= 3 and i > 0:
            return i
        if filled > 1:
            return 0
    return 0


def _table(
    rows: list[tuple[int, list[str]]],
    index: int,
    kind: str,
    encoding: str | None,
    delimiter: str | None,
) -> Table:
    header_line, header = rows[index]
    width = len(header)
    while width > 1 and not header[width - 1]:
        width -= 1
    headers = tuple(header[:width])
    padding = ("",) * width
    body = tuple(
        Row(line, tuple(cells) if len(cells) >= width else (*cells, *padding[len(cells) :]))
        for line, cells in rows[index + 1 :]
    )
    return Table(headers, body, kind, encoding, delimiter, header_line)


# --- XLSX --------------------------------------------------------------------------------------


def _read_xlsx(data: bytes, name: str, head_only: bool = False) -> Table:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with warnings.catch_warnings():
            # "Data Validation extension is not supported" and the like: nothing for an operator.
            warnings.simplefilter("ignore", UserWarning)
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            rows = _first_sheet_rows(
                workbook.worksheets, limit=_MAX_TITLE_ROWS + 2 if head_only else None
            )
        finally:
            workbook.close()
    except (
        InvalidFileException,
        RuntimeError,
        NotImplementedError,
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        TypeError,
        IndexError,
        AttributeError,
        OSError,
        EOFError,
        zlib.error,
        ET.ParseError,
        SyntaxError,  # lxml's XMLSyntaxError, when lxml is installed
    ):
        message = translate("import", "'{name}' is damaged or is not a real Excel workbook")
        raise ImportFileError(message.format(name=name)) from None
    if not rows:
        message = translate("import", "'{name}' has no data in any worksheet")
        raise ImportFileError(message.format(name=name))
    index = _header_index([cells for _, cells in rows[: _MAX_TITLE_ROWS + 1]])
    return _table(rows, index, "xlsx", None, None)


def _first_sheet_rows(
    worksheets: Iterable[Any], limit: int | None = None
) -> list[tuple[int, list[str]]]:
    """Non-blank rows of the first visible worksheet with data (else of a hidden one);
    the first ``limit`` of them when given."""
    sheets = list(worksheets)
    visible = [s for s in sheets if getattr(s, "sheet_state", "visible") == "visible"]
    hidden = [s for s in sheets if s not in visible]
    for sheet in visible + hidden:
        if not hasattr(sheet, "iter_rows"):
            continue
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # many generators write a wrong <dimension>
        rows: list[tuple[int, list[str]]] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_clean(_xlsx_text(v)) for v in values]
            if any(cells):
                rows.append((number, cells))
                if limit is not None and len(rows) >= limit:
                    break
        if rows:
            return rows
    return []


def _xlsx_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return _unwrap(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))  # phone numbers stored as numbers: no ".0"
        return format(value, ".15g")  # what Excel shows, without binary noise
    if isinstance(value, datetime):
        if value.time() == time(0) and value.tzinfo is None:
            return value.date().isoformat()
        return value.isoformat(timespec="seconds")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)
