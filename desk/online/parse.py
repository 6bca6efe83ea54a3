"""Reading the platforms' attendance exports: Zoom meetings and webinars, Microsoft Teams.

Every format is a table of connections (who, from when, until when) inside some extra
rows: Zoom's optional meeting block before the participant header; a Zoom webinar's
sections (hosts, panelists, attendees, ``--`` for people who registered and did not come);
Teams' three sections ("1. Summary", "2. Participants", "3. In-Meeting activities"),
UTF-16LE with tabs despite the ``.csv`` name. Titles and headers are translated with the
platform's language, so a header row is found by its shape (a name or an e-mail column, a
join column and a leave column, :func:`_header`), and a section title is any row with a
single cell. Durations are never read: Zoom rounds them up, and the times say it exactly.

Times carry no zone: they are read in the zone the caller gives (the event's, unless the
person importing says otherwise) and stored in UTC. Whether ``05/06/2022`` is day first
is settled by the file itself when some date has a number above 12 in one place; when
none does, the caller must say (:class:`DateOrderNeeded`).
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from desk.errors import DeskError
from desk.i18n import translate
from desk.people.textnorm import fold
from desk.storage.models import SOURCE_TEAMS, SOURCE_ZOOM, SOURCE_ZOOM_WEBINAR

MAX_BYTES = 50 * 1024 * 1024  # a day's report of a big webinar is a few megabytes


class OnlineFileError(DeskError):
    """A file that cannot be imported; the message names the line when one is at fault."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


class DateOrderNeeded(DeskError):
    """Every date of the file reads both ways (05/06): the person importing must say.
    ``example`` is such a date and time as the file has it, on ``line``; ``readings`` its
    day, read day first and read month first."""

    def __init__(self, message: str, example: str, line: int, readings: tuple[date, date]) -> None:
        super().__init__(message)
        self.example = example
        self.line = line
        self.readings = readings


@dataclass(frozen=True, slots=True)
class OnlineRow:
    line: int  # 1-based physical line of the file
    raw_name: str
    email: str
    upn: str
    join: datetime  # aware, UTC
    leave: datetime  # aware, UTC


@dataclass(frozen=True, slots=True)
class OnlineFile:
    source: str
    meeting_id: str
    title: str
    sha256: str
    rows: tuple[OnlineRow, ...]
    rows_read: int  # data rows, people who did not attend included


# -- words of the headers, folded (desk.people.textnorm.fold), in the platforms' languages --

_NAME_STARTS = (
    "name",
    "user name",
    "full name",
    "display name",
    "participant name",
    "nombre",
    "nome",
    "nom",
    "participant",
    "participante",
    "teilnehmer",
)
_EMAIL_WORDS = {"email", "e mail", "correo", "courriel", "mail", "correo electronico"}
_UPN_WORDS = ("upn", "participant id", "id del participante", "id de participante")
_JOIN_WORDS = {
    "join",
    "joined",
    "joins",
    "ingreso",
    "entrada",
    "union",
    "ingresso",
    "arrivee",
    "entree",
    "beitritt",
    "conexion",
    "accesso",
}
_LEAVE_WORDS = {
    "leave",
    "left",
    "salida",
    "abandono",
    "uscita",
    "depart",
    "sortie",
    "verlassen",
    "desconexion",
    "saida",
}
_ATTENDED_WORDS = ("attended", "asistio", "asistencia", "partecipato", "present", "compareceu")
_ACTION_WORDS = ("user action", "accion del usuario", "accion", "action")
_TIMESTAMP_WORDS = ("timestamp", "marca de tiempo", "fecha y hora", "hora")
_MEETING_ID_WORDS = (
    "meeting id",
    "webinar id",
    "id de reunion",
    "id de la reunion",
    "id del seminario web",
    "id della riunione",
    "id da reuniao",
)
_TITLE_WORDS = ("topic", "tema", "meeting title", "titulo de la reunion", "argomento", "titre")
_WEBINAR_SECTIONS = (
    "attendee details",
    "panelist details",
    "host details",
    "detalles del asistente",
    "detalles del panelista",
    "detalles del anfitrion",
    "attendee report",
)
_NO_WORDS = {"no", "non", "nein", "nao"}
_ABSENT = {"", "--", "-", "—"}

_DATE = re.compile(
    r"^\s*(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4}),?\s*(?:t\s*)?(\d{1,2}):(\d{2})(?::(\d{2}))?"
    r"\s*(a\.?\s?m\.?|p\.?\s?m\.?)?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Columns:
    name: int | None
    email: int | None
    upn: int | None
    join: int
    leave: int
    attended: int | None
    first_join: bool  # Teams' "2. Participants": First join / Last leave


@dataclass(frozen=True, slots=True)
class _Raw:
    line: int
    name: str
    email: str
    upn: str
    join: str
    leave: str


def _starts(text: str, options: Sequence[str]) -> bool:
    return any(text == o or text.startswith(o + " ") for o in options)


def _header(cells: Sequence[str]) -> _Columns | None:
    """The columns of a connection table when ``cells`` is its header row."""
    name = email = upn = join = leave = attended = None
    first = False
    for i, cell in enumerate(cells):
        text = fold(cell)
        words = set(text.split())
        if not text:
            continue
        if upn is None and any(w in text for w in _UPN_WORDS):
            upn = i
        elif email is None and (words & _EMAIL_WORDS or "e mail" in text or "correo" in text):
            email = i
        elif join is None and words & _JOIN_WORDS:
            join = i
            first = "first" in words or "primera" in words or "prima" in words
        elif leave is None and words & _LEAVE_WORDS:
            leave = i
        elif attended is None and _starts(text, _ATTENDED_WORDS):
            attended = i
        elif name is None and _starts(text, _NAME_STARTS):
            name = i
    if join is None or leave is None or (name is None and email is None):
        return None
    return _Columns(name, email, upn, join, leave, attended, first)


def _old_teams_header(cells: Sequence[str]) -> tuple[int, int, int] | None:
    """(name, action, timestamp) columns of the pre-2021 Teams list of join/leave events."""
    folded = [fold(c) for c in cells]
    try:
        name = next(i for i, t in enumerate(folded) if _starts(t, _NAME_STARTS))
        action = next(i for i, t in enumerate(folded) if _starts(t, _ACTION_WORDS))
        stamp = next(
            i for i, t in enumerate(folded) if i != action and _starts(t, _TIMESTAMP_WORDS)
        )
    except StopIteration:
        return None
    return name, action, stamp


# -- bytes to rows --------------------------------------------------------------------


def _decode(data: bytes) -> str:
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if b"\x00" in data[:4096]:
        # UTF-16 without a BOM: the NUL bytes of ASCII text say which half comes first.
        head = data[:4096]
        even = head[0::2].count(0)
        odd = head[1::2].count(0)
        return data.decode("utf-16-le" if odd >= even else "utf-16-be", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    sample = text[:20_000].splitlines()[:60]
    counts = {d: sum(line.count(d) for line in sample) for d in ("\t", ",", ";")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """(first physical line, cells) of every row."""
    reader = csv.reader(io.StringIO(text.replace("\x00", "")), delimiter=_delimiter(text))
    line = 1
    try:
        for cells in reader:
            yield line, [c.strip() for c in cells]
            line = reader.line_num + 1
    except csv.Error:
        raise OnlineFileError(
            translate(
                "online",
                "Line {line}: this line cannot be read as a table row (a cell is "
                "too long, or a quotation mark never closes).",
            ).format(line=line),
            line,
        ) from None


def _cell(cells: Sequence[str], index: int | None) -> str:
    return cells[index] if index is not None and index < len(cells) else ""


# -- times ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Stamp:
    line: int
    text: str
    a: int  # first number (the year when 4 digits)
    b: int
    c: int
    clock: tuple[int, int, int]
    iso: bool


def _stamp(text: str, line: int) -> _Stamp:
    found = _DATE.match(text)
    if found is None:
        raise OnlineFileError(
            translate(
                "online", "Line {line}: “{text}” is not a date and time (like 23/05/2022 09:54)."
            ).format(line=line, text=text[:40]),
            line,
        )
    a, b, c, h, m, s, half = found.groups()
    hour = int(h)
    if half:
        pm = half.lower().startswith("p")
        if not 1 <= hour <= 12:
            raise OnlineFileError(
                translate("online", "Line {line}: “{text}” is not a time of day.").format(
                    line=line, text=text[:40]
                ),
                line,
            )
        hour = hour % 12 + (12 if pm else 0)
    return _Stamp(line, text, int(a), int(b), int(c), (hour, int(m), int(s or 0)), len(a) == 4)


def _settle_order(stamps: Sequence[_Stamp]) -> bool | None:
    """Day first (True), month first (False), or None when every date reads both ways."""
    day_first: _Stamp | None = None
    month_first: _Stamp | None = None
    for s in stamps:
        if s.iso:
            continue
        if s.a > 12 and day_first is None:
            day_first = s
        if s.b > 12 and month_first is None:
            month_first = s
    if day_first and month_first:
        later = max(day_first, month_first, key=lambda s: s.line)
        raise OnlineFileError(
            translate(
                "online",
                "Line {line}: “{text}” has its day and month the other way round from line "
                "{other}. Is the file damaged?",
            ).format(
                line=later.line,
                text=later.text,
                other=min(day_first, month_first, key=lambda s: s.line).line,
            ),
            later.line,
        )
    if day_first:
        return True
    if month_first:
        return False
    return None


def _moment(s: _Stamp, day_first: bool, tz: ZoneInfo) -> datetime:
    if s.iso:
        year, month, day = s.a, s.b, s.c
    else:
        day, month = (s.a, s.b) if day_first else (s.b, s.a)
        year = s.c + 2000 if s.c < 100 else s.c
    try:
        # fold=0: a time that occurs twice (clocks going back) is read as the first one.
        return datetime(year, month, day, *s.clock, tzinfo=tz, fold=0).astimezone(UTC)
    except (ValueError, OverflowError):
        raise OnlineFileError(
            translate("online", "Line {line}: “{text}” is not a real date and time.").format(
                line=s.line, text=s.text
            ),
            s.line,
        ) from None


# -- the formats ------------------------------------------------------------------------


@dataclass
class _Reading:
    source: str = SOURCE_ZOOM
    meeting_id: str = ""
    title: str = ""
    rows_read: int = 0


def _connections(rows: list[tuple[int, list[str]]], reading: _Reading) -> list[_Raw]:
    """Every connection row under a header, in file order; Teams' "2. Participants"
    (first join, last leave) only when the file has no per-session section, else only
    for the UPNs it gives."""
    blocks: list[tuple[_Columns, list[_Raw]]] = []
    current: _Columns | None = None
    meta_header: list[str] | None = None
    for line, cells in rows:
        filled = [c for c in cells if c]
        if not filled:
            continue
        # A row with a date is data: only the others are read as a possible header.
        columns = None if any(_DATE.match(c) for c in filled) else _header(cells)
        if columns is not None:
            current = columns
            blocks.append((columns, []))
            continue
        if len(filled) == 1:
            title = fold(filled[0])
            if re.match(r"^\d\s", title):  # "1. Summary", "3. In-Meeting activities"
                reading.source = SOURCE_TEAMS
            elif any(title.startswith(w) for w in _WEBINAR_SECTIONS):
                reading.source = SOURCE_ZOOM_WEBINAR
            current = None
            continue
        if current is None:
            _meeting_facts(cells, meta_header, reading)
            meta_header = cells
            continue
        reading.rows_read += 1
        if current.attended is not None and fold(_cell(cells, current.attended)) in _NO_WORDS:
            continue
        join, leave = _cell(cells, current.join), _cell(cells, current.leave)
        if join in _ABSENT and leave in _ABSENT and reading.source == SOURCE_ZOOM_WEBINAR:
            continue  # registered, did not come
        blocks[-1][1].append(
            _Raw(
                line,
                _cell(cells, current.name),
                _cell(cells, current.email),
                _cell(cells, current.upn),
                join,
                leave,
            )
        )
    if any(c.attended is not None for c, _ in blocks):
        reading.source = SOURCE_ZOOM_WEBINAR
    if any(c.upn is not None or c.first_join for c, _ in blocks):
        reading.source = SOURCE_TEAMS
    sessions = [raws for columns, raws in blocks if not columns.first_join]
    summaries = [raws for columns, raws in blocks if columns.first_join]
    if not sessions:
        return [r for raws in summaries for r in raws]
    upns = {fold(r.name): r.upn for raws in summaries for r in raws if r.upn}
    out = []
    for raws in sessions:
        for r in raws:
            upn = r.upn or upns.get(fold(r.name), "")
            out.append(_Raw(r.line, r.name, r.email, upn, r.join, r.leave))
    return out


def _meeting_facts(cells: list[str], header: list[str] | None, reading: _Reading) -> None:
    """The meeting's id and title: Zoom's block (a header row, then values) or Teams'
    summary (a name and a value per row)."""
    pairs = list(zip(header, cells, strict=False)) if header else []
    if len([c for c in cells if c]) == 2:
        pairs.append((cells[0], cells[1]))
    for key, value in pairs:
        text = fold(key)
        if not reading.meeting_id and _starts(text, _MEETING_ID_WORDS) and value:
            reading.meeting_id = value[:64]
        elif not reading.title and _starts(text, _TITLE_WORDS) and value:
            reading.title = value[:300]


def _old_teams(rows: list[tuple[int, list[str]]], reading: _Reading) -> list[_Raw] | None:
    """The pre-2021 Teams list (Full Name, User Action, Timestamp) as connections."""
    columns = None
    out: list[_Raw] = []
    open_: dict[str, tuple[int, str]] = {}
    last = ""
    for line, cells in rows:
        if columns is None:
            columns = _old_teams_header(cells)
            continue
        if not any(cells):
            continue
        name, action, stamp = (_cell(cells, i) for i in columns)
        reading.rows_read += 1
        last = stamp or last
        if fold(action).startswith(("join", "unio", "ingres", "entr")):
            open_.setdefault(name, (line, stamp))
        elif name in open_:
            first_line, start = open_.pop(name)
            out.append(_Raw(first_line, name, "", "", start, stamp))
    if columns is None:
        return None
    reading.source = SOURCE_TEAMS
    out += [_Raw(line, name, "", "", start, last) for name, (line, start) in open_.items()]
    return sorted(out, key=lambda r: r.line)


def read_online_file(path: Path, *, tz: ZoneInfo, day_first: bool | None = None) -> OnlineFile:
    """Read a Zoom or Teams attendance export whole (see the module's description)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise OnlineFileError(
                translate("online", "{file} is too big for an attendance report.").format(
                    file=path.name
                )
            )
        data = path.read_bytes()
    except OSError as exc:
        raise OnlineFileError(
            translate("online", "{file} cannot be read: {reason}").format(
                file=path.name, reason=exc.strerror or exc
            )
        ) from None
    rows = list(_rows(_decode(data)))
    reading = _Reading()
    raws = _connections(rows, reading)
    if not raws and reading.rows_read == 0:
        reading = _Reading()
        raws = _old_teams(rows, reading) or []
        if not raws and reading.rows_read == 0:
            raise OnlineFileError(
                translate(
                    "online",
                    "{file} is not a Zoom or Teams attendance report: no row has a name, a "
                    "join time and a leave time.",
                ).format(file=path.name)
            )
    stamps = []
    for raw in raws:
        if not (raw.name or raw.email or raw.upn):
            raise OnlineFileError(
                translate(
                    "online", "Line {line}: the connection has no name and no e-mail."
                ).format(line=raw.line),
                raw.line,
            )
        stamps.append((_stamp(raw.join, raw.line), _stamp(raw.leave, raw.line)))
    order = _settle_order([s for pair in stamps for s in pair])
    if order is None:
        order = day_first
        ambiguous = next((s for pair in stamps for s in pair if not s.iso and s.a != s.b), None)
        if order is None and ambiguous is not None:
            raise DateOrderNeeded(
                translate(
                    "online",
                    "The dates of {file} can be read day first or month first (line {line}: "
                    "{text}). Say which: day/month or month/day.",
                ).format(file=path.name, line=ambiguous.line, text=ambiguous.text),
                ambiguous.text,
                ambiguous.line,
                (
                    _moment(ambiguous, True, tz).astimezone(tz).date(),
                    _moment(ambiguous, False, tz).astimezone(tz).date(),
                ),
            )
    elif day_first is not None and day_first != order:
        order = day_first  # the person importing knows better than the guess
    out = []
    for raw, (start, end) in zip(raws, stamps, strict=True):
        join = _moment(start, bool(order), tz)
        leave = _moment(end, bool(order), tz)
        if leave < join:
            raise OnlineFileError(
                translate(
                    "online", "Line {line}: the leave time {leave} is before the join time {join}."
                ).format(line=raw.line, leave=end.text, join=start.text),
                raw.line,
            )
        out.append(OnlineRow(raw.line, raw.name, raw.email, raw.upn, join, leave))
    return OnlineFile(
        reading.source,
        reading.meeting_id,
        reading.title,
        hashlib.sha256(data).hexdigest(),
        tuple(out),
        reading.rows_read,
    )
