"""Certificates of attendance as PDF (reportlab): one A4 page per person, bilingual.

Every text is printed in both languages: the main one (``lang``) large, the other one
below it, smaller and grey. A page has, top to bottom: the organiser, the forum's name,
its dates and venue, the title ("Constancia de participación / Certificate of
attendance"), the person's name and organisation, the agenda items they attended (day,
time, title, in person or online) and, at the foot, the organiser, how to verify the
certificate and a vector QR code of its verification code with the code in text.

The list of items always fits its page: the largest size that fits in one column with
both languages, else two columns, else the main language only, smaller, in two or three
columns. The fonts are the badges' embedded DejaVu (every accent, Greek, Cyrillic;
Arabic and Hebrew names shaped), so the PDF prints the same everywhere.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from babel.dates import format_date
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from desk import __version__
from desk.badges.render import BOLD, MONO, REGULAR, qr_matrix, register_fonts, visual_words
from desk.certificates import IN_PERSON, AttendedItem, Certificate
from desk.certificates.codes import format_certificate_code
from desk.events.event import Event

PAGE_W, PAGE_H = A4
MARGIN = 22 * mm  # the text's left and right margins
CONTENT_W = PAGE_W - 2 * MARGIN
TOP = PAGE_H - 21 * mm  # the first line's top
FOOT_TOP = 50 * mm  # above the page's bottom: the footer's top
QR_SIDE = 26 * mm
LEADING = 1.22  # line height / size
SECONDARY = 0.8  # the other language's size / the main one's

ACCENT = HexColor("#1B3A5C")
ONLINE_COLOUR = HexColor("#0E6E6E")
INK = HexColor("#1A1A1A")
GREY = HexColor("#5E6873")
RULE = HexColor("#C6CFD8")
HAIRLINE = HexColor("#E2E6EB")

WORDS = {
    "es": {
        "title": "Constancia de participación",
        "certify": "Se hace constar que",
        "attended": "participó en las siguientes sesiones del foro, de forma presencial o virtual:",
        "none": "—",
        "organiser": "Organiza",
        "verify": "Para verificar esta constancia, escanee el código QR o ejecute:",
        "code": "Código de verificación",
        IN_PERSON: "Presencial",
        "online": "Virtual",
    },
    "en": {
        "title": "Certificate of attendance",
        "certify": "This is to certify that",
        "attended": "attended the following sessions of the forum, in person or online:",
        "none": "—",
        "organiser": "Organised by",
        "verify": "To verify this certificate, scan the QR code or run:",
        "code": "Verification code",
        IN_PERSON: "In person",
        "online": "Online",
    },
}


def other_language(lang: str) -> str:
    return "es" if lang == "en" else "en"


def _month(day: date, lang: str) -> str:
    return str(format_date(day, "MMMM", locale=lang))


def _day_month(day: date, lang: str) -> str:
    month = _month(day, lang)
    return f"{day.day} de {month}" if lang == "es" else f"{day.day} {month}"


def event_dates(event: Event, lang: str) -> str:
    """``23–24 de mayo de 2022`` / ``23–24 May 2022``."""
    a, b = event.start_date, event.end_date
    year = " de " if lang == "es" else " "
    if a == b:
        return f"{_day_month(a, lang)}{year}{a.year}"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{_day_month(b, lang)}{year}{a.year}"
    if a.year == b.year:
        return f"{_day_month(a, lang)} – {_day_month(b, lang)}{year}{a.year}"
    return f"{_day_month(a, lang)}{year}{a.year} – {_day_month(b, lang)}{year}{b.year}"


def day_heading(day: date, lang: str) -> str:
    """``Lunes 23 de mayo de 2022`` / ``Monday 23 May 2022``."""
    weekday = str(format_date(day, "EEEE", locale=lang))
    year = " de " if lang == "es" else " "
    return f"{weekday[:1].upper()}{weekday[1:]} {_day_month(day, lang)}{year}{day.year}"


def summary(items: Sequence[AttendedItem], lang: str) -> str:
    """``9 sesiones: 7 presenciales, 2 virtuales`` / ``9 sessions: 7 in person, 2 online``
    (``6 sesiones virtuales`` / ``6 online sessions`` when all were one way)."""
    here = sum(1 for i in items if i.mode == IN_PERSON)
    online = len(items) - here
    n = len(items)
    one = n == 1
    if lang == "es":
        total = f"{n} {'sesión' if one else 'sesiones'}"
        if here and online:
            return (
                f"{total}: {here} {'presencial' if here == 1 else 'presenciales'}, "
                f"{online} {'virtual' if online == 1 else 'virtuales'}"
            )
        if here:
            return f"{total} {'presencial' if one else 'presenciales'}"
        return f"{total} {'virtual' if one else 'virtuales'}"
    total = f"{n} {'session' if one else 'sessions'}"
    if here and online:
        return f"{total}: {here} in person, {online} online"
    return f"{total} in person" if here else f"{n} online {'session' if one else 'sessions'}"


def file_name(cert: Certificate) -> str:
    """``7KQ2M9XC4RTBHN5E-Hernandez-Nunez.pdf``: safe on every system."""
    folded = unicodedata.normalize("NFKD", cert.family_name)
    ascii_name = "".join(ch for ch in folded if not unicodedata.combining(ch))
    safe = "-".join(re.findall(r"[A-Za-z0-9]+", ascii_name))[:40].strip("-")
    return f"{cert.code}-{safe}.pdf" if safe else f"{cert.code}.pdf"


# -- text helpers ---------------------------------------------------------------------------


def _width(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))


def _ascent(font: str, size: float) -> float:
    return float(pdfmetrics.getAscent(font, size))


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    return [str(line) for line in simpleSplit(text, font, size, width)] or [""]


def _cut(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line of ``width``, cut with "…" when longer."""
    if _width(text, font, size) <= width:
        return text
    while text and _width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _fit(
    text: str, font: str, size: float, floor: float, width: float, max_lines: int
) -> tuple[float, list[str]]:
    """The largest size from ``size`` down to ``floor`` at which ``text`` wraps to at
    most ``max_lines`` lines of ``width``; at the floor, as many lines as it takes."""
    while size > floor:
        lines = _wrap(text, font, size, width)
        if len(lines) <= max_lines and all(_width(x, font, size) <= width for x in lines):
            return size, lines
        size -= 0.5
    return floor, _wrap(text, font, floor, width)


def _visual(text: str, font: str) -> str:
    """A name as drawn left to right (Arabic joined, right-to-left words in order)."""
    return " ".join(word for word, _ in visual_words(text, font))


class _Page:
    """One page being drawn, with a cursor going down from the top."""

    def __init__(self, c: canvas.Canvas) -> None:
        self.c = c
        self.top = TOP

    def centred(
        self,
        lines: Sequence[str],
        font: str,
        size: float,
        colour: Color,
        after: float = 0.0,
        x: float = PAGE_W / 2,
    ) -> None:
        self.c.setFillColor(colour)
        self.c.setFont(font, size)
        for line in lines:
            self.c.drawCentredString(x, self.top - _ascent(font, size), line)
            self.top -= size * LEADING
        self.top -= after

    def pair(
        self,
        texts: tuple[str, str],
        font: str,
        size: float,
        colour: Color,
        *,
        floor: float | None = None,
        max_lines: int = 3,
        gap: float = 0.0,
        after: float = 0.0,
        second_font: str = REGULAR,
        width: float = CONTENT_W,
    ) -> None:
        """The main language's text, then the other language's smaller and grey."""
        main, other = texts
        size, lines = _fit(main, font, size, floor or size, width, max_lines)
        self.centred(lines, font, size, colour, gap)
        if other and other != main:
            small = size * SECONDARY
            _, lines = _fit(other, second_font, small, small, width, max_lines)
            self.centred(lines, second_font, small, GREY)
        self.top -= after


# -- the list of items ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Style:
    columns: int
    bilingual: bool
    size: float
    one_line: bool = False  # titles cut to one line ("…"): only for agendas beyond reason


@dataclass(frozen=True, slots=True)
class _Entry:
    height: float
    draw: Callable[[canvas.Canvas, float, float], None]  # (canvas, left, top)
    heading: bool = False


def _entries(items: Sequence[AttendedItem], lang: str, style: _Style, width: float) -> list[_Entry]:
    other = other_language(lang)
    s = style.size
    s2 = s * SECONDARY
    time_w = _width("00:00–00:00", REGULAR, s) + 2.2 * mm
    mode_w = max(_width(WORDS[lang][m], BOLD, s) for m in (IN_PERSON, "online"))
    if style.bilingual:
        mode_w = max(mode_w, *(_width(WORDS[other][m], REGULAR, s2) for m in (IN_PERSON, "online")))
    mode_w += 2.2 * mm
    title_w = width - time_w - mode_w
    pad = s * 0.36
    out: list[_Entry] = []
    day: date | None = None
    for item in items:
        if item.day != day:
            day = item.day
            heading = day_heading(day, lang)
            if style.bilingual:
                heading += "  ·  " + day_heading(day, other)
            h_size = s * 0.95
            h_lines = _wrap(heading, BOLD, h_size, width)

            def draw_heading(
                c: canvas.Canvas,
                left: float,
                top: float,
                lines: list[str] = h_lines,
                size: float = h_size,
            ) -> None:
                top -= size * 0.7
                c.setFillColor(ACCENT)
                c.setFont(BOLD, size)
                for line in lines:
                    c.drawString(left, top - _ascent(BOLD, size), line)
                    top -= size * LEADING
                c.setStrokeColor(RULE)
                c.setLineWidth(0.6)
                c.line(left, top - size * 0.15, left + width, top - size * 0.15)

            out.append(
                _Entry(
                    h_size * 0.7 + len(h_lines) * h_size * LEADING + s * 0.35, draw_heading, True
                )
            )
        main = (
            [_cut(item.title.get(lang), REGULAR, s, title_w)]
            if style.one_line
            else _wrap(item.title.get(lang), REGULAR, s, title_w)
        )
        second = _wrap(item.title.get(other), REGULAR, s2, title_w) if style.bilingual else []
        if second == main:
            second = []
        height = len(main) * s * LEADING + len(second) * s2 * LEADING + 2 * pad

        def draw_item(
            c: canvas.Canvas,
            left: float,
            top: float,
            item: AttendedItem = item,
            main: list[str] = main,
            second: list[str] = second,
            height: float = height,
        ) -> None:
            y = top - pad
            c.setFillColor(GREY)
            c.setFont(REGULAR, s)
            c.drawString(left, y - _ascent(REGULAR, s), f"{item.start:%H:%M}–{item.end:%H:%M}")
            c.setFillColor(ACCENT if item.mode == IN_PERSON else ONLINE_COLOUR)
            c.setFont(BOLD, s)
            right = left + width
            mode = "online" if item.mode != IN_PERSON else IN_PERSON
            c.drawRightString(right, y - _ascent(BOLD, s), WORDS[lang][mode])
            if style.bilingual:
                c.setFillColor(GREY)
                c.setFont(REGULAR, s2)
                c.drawRightString(right, y - s * LEADING - _ascent(REGULAR, s2), WORDS[other][mode])
            c.setFillColor(INK)
            c.setFont(REGULAR, s)
            for line in main:
                c.drawString(left + time_w, y - _ascent(REGULAR, s), line)
                y -= s * LEADING
            c.setFillColor(GREY)
            c.setFont(REGULAR, s2)
            for line in second:
                c.drawString(left + time_w, y - _ascent(REGULAR, s2), line)
                y -= s2 * LEADING
            c.setStrokeColor(HAIRLINE)
            c.setLineWidth(0.4)
            c.line(left, top - height, left + width, top - height)

        out.append(_Entry(height, draw_item))
    return out


# (columns, both languages, largest size, smallest size), tried in this order.
_TIERS = (
    (1, True, 10.0, 7.0, False),
    (2, True, 8.5, 6.5, False),
    (1, False, 8.0, 6.5, False),
    (2, False, 7.5, 5.0, False),
    (3, False, 6.0, 4.0, False),
    (3, False, 5.0, 1.0, True),
)
COLUMN_GAP = 8 * mm


def _flow(entries: list[_Entry], height: float, columns: int) -> list[list[_Entry]] | None:
    """Entries into at most ``columns`` columns of ``height`` (a heading never ends one)."""
    out: list[list[_Entry]] = [[]]
    used = 0.0
    for i, entry in enumerate(entries):
        need = entry.height
        if entry.heading and i + 1 < len(entries):
            need += entries[i + 1].height
        if used + need > height and out[-1]:
            out.append([])
            used = 0.0
            if len(out) > columns:
                return None
        if entry.height > height:
            return None
        out[-1].append(entry)
        used += entry.height
    return out


def _balanced(
    entries: list[_Entry], height: float, columns: int, flowed: list[list[_Entry]]
) -> list[list[_Entry]]:
    """The same entries in columns of even length: the shortest height that still fits."""
    if columns == 1:
        return flowed
    lo, hi = sum(e.height for e in entries) / columns, height
    best = flowed
    for _ in range(24):
        mid = (lo + hi) / 2
        found = _flow(entries, mid, columns)
        if found is None:
            lo = mid
        else:
            best, hi = found, mid
    return best


def plan_items(
    items: Sequence[AttendedItem], lang: str, height: float, width: float = CONTENT_W
) -> tuple[_Style, list[list[_Entry]]]:
    """The style (columns, languages, size) and columns of entries that fit ``height``."""
    register_fonts()
    style = _Style(3, False, 1.0, True)
    for columns, bilingual, largest, smallest, one_line in _TIERS:
        col_w = (width - (columns - 1) * COLUMN_GAP) / columns
        size = largest
        while size >= smallest - 1e-9:
            style = _Style(columns, bilingual, size, one_line)
            entries = _entries(items, lang, style, col_w)
            flowed = _flow(entries, height, columns)
            if flowed is not None:
                return style, _balanced(entries, height, columns, flowed)
            size -= 0.5 if size > 4 else 0.25
    col_w = (width - (style.columns - 1) * COLUMN_GAP) / style.columns
    flowed = _flow(_entries(items, lang, style, col_w), 1e9, 1) or [[]]
    return style, flowed  # beyond any real agenda: one over-long column


def _items_height(columns: list[list[_Entry]]) -> float:
    return max((sum(e.height for e in col) for col in columns), default=0.0)


# -- the page ------------------------------------------------------------------------------


def _frame(c: canvas.Canvas) -> None:
    c.setStrokeColor(ACCENT)
    c.setLineWidth(1.6)
    c.rect(9 * mm, 9 * mm, PAGE_W - 18 * mm, PAGE_H - 18 * mm, stroke=1, fill=0)
    c.setLineWidth(0.5)
    c.rect(11 * mm, 11 * mm, PAGE_W - 22 * mm, PAGE_H - 22 * mm, stroke=1, fill=0)


def _qr(c: canvas.Canvas, code: str, x: float, y: float, side: float) -> None:
    """A vector QR code with a quiet zone of four modules; (x, y): its bottom-left."""
    matrix = qr_matrix(code)
    n = len(matrix)
    module = side / (n + 8)
    c.setFillColor(white)
    c.rect(x, y, side, side, stroke=0, fill=1)
    c.setFillColor(HexColor("#000000"))
    path = c.beginPath()
    top = y + side - 4 * module
    for r, row in enumerate(matrix):
        col = 0
        while col < n:
            if row[col]:
                run = col
                while run < n and row[run]:
                    run += 1
                path.rect(
                    x + (4 + col) * module, top - (r + 1) * module, (run - col) * module, module
                )
                col = run
            else:
                col += 1
    c.drawPath(path, stroke=0, fill=1)


def _footer(c: canvas.Canvas, event: Event, cert: Certificate, lang: str) -> None:
    other = other_language(lang)
    bottom = 17 * mm
    qr_x = PAGE_W - MARGIN - QR_SIDE
    qr_y = bottom + 2 * mm
    _qr(c, cert.verification, qr_x, qr_y, QR_SIDE)
    printed = format_certificate_code(cert.verification)
    size = 7.2
    while _width(printed, MONO, size) > QR_SIDE + 14 * mm and size > 4:
        size -= 0.2
    centre = qr_x + QR_SIDE / 2
    c.setFillColor(INK)
    c.setFont(MONO, size)
    c.drawCentredString(centre, qr_y - 3 * mm, printed)
    c.setFillColor(GREY)
    c.setFont(REGULAR, 6)
    c.drawCentredString(centre, qr_y - 5.6 * mm, f"{WORDS[lang]['code']} · {WORDS[other]['code']}")

    left = MARGIN
    width = qr_x - 10 * mm - left
    top = FOOT_TOP - 4 * mm
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.line(MARGIN, FOOT_TOP, PAGE_W - MARGIN, FOOT_TOP)

    def lines(text: str, font: str, size: float, colour: Color, after: float = 0.0) -> None:
        nonlocal top
        c.setFillColor(colour)
        c.setFont(font, size)
        for line in _wrap(text, font, size, width):
            c.drawString(left, top - _ascent(font, size), line)
            top -= size * LEADING
        top -= after

    lines(f"{WORDS[lang]['organiser']} · {WORDS[other]['organiser']}", REGULAR, 7, GREY, 1)
    lines(event.organiser.get(lang), BOLD, 9.5, ACCENT)
    if event.organiser.get(other) != event.organiser.get(lang):
        lines(event.organiser.get(other), REGULAR, 7.6, GREY)
    top -= 4 * mm
    lines(WORDS[lang]["verify"], REGULAR, 7.6, INK)
    lines(WORDS[other]["verify"], REGULAR, 6.4, GREY, 1.5)
    command = f"desk certificates verify {printed}"
    size = 8.0
    while _width(command, MONO, size) > width and size > 4:
        size -= 0.2
    lines(command, MONO, size, INK)


def draw_certificate(c: canvas.Canvas, event: Event, cert: Certificate, lang: str) -> float:
    """One certificate on the canvas's current page; returns how low its body went (the
    footer starts at ``FOOT_TOP``)."""
    register_fonts()
    other = other_language(lang)
    both = (lang, other)
    page = _Page(c)
    _frame(c)

    organiser = tuple(event.organiser.get(x).upper() for x in both)
    page.pair((organiser[0], organiser[1]), BOLD, 8.2, ACCENT, floor=6, max_lines=2, after=10)
    names = tuple(event.name.get(x) for x in both)
    page.pair((names[0], names[1]), BOLD, 14, INK, floor=10, gap=1.5, after=6)
    where = tuple(f"{event_dates(event, x)}  ·  {event.venue.get(x)}" for x in both)
    page.pair((where[0], where[1]), REGULAR, 10, INK, after=0)

    # The room between the heading and the footer: the certificate's body.
    body_top = page.top
    body_bottom = FOOT_TOP + 6 * mm

    title = [WORDS[x]["title"] for x in both]
    name_size, name_lines = _fit(_visual(cert.full_name or "—", BOLD), BOLD, 24, 12, CONTENT_W, 2)
    org_size, org_lines = _fit(_visual(cert.organisation, REGULAR), REGULAR, 12.5, 8, CONTENT_W, 2)
    fixed = (
        24 * LEADING  # title
        + 13 * LEADING  # its other language
        + 10.5 * LEADING
        + 10.5 * SECONDARY * LEADING  # "this is to certify that"
        + len(name_lines) * name_size * LEADING
        + (len(org_lines) * org_size * LEADING if cert.organisation else 0)
        + 10 * LEADING * 2
        + 10 * SECONDARY * LEADING * 2  # "attended the following…"
        + 9 * LEADING * 1.8  # the summary
        + 1.5
        + 6
        + 2  # the spaces after the title, "this is to certify that" and the name
    )
    gaps = (10, 8, 5, 10, 6, 4)  # minimum spaces between the parts, points
    room = body_top - body_bottom - fixed - sum(gaps)
    style, columns = plan_items(cert.items, lang, max(room, 40.0))
    slack = max(0.0, room - _items_height(columns))
    spread = min(slack / 3.5, 36.0)  # extra air when the list is short

    page.top -= gaps[0] + spread
    c.setStrokeColor(ACCENT)
    c.setLineWidth(1.2)
    c.line(PAGE_W / 2 - 14 * mm, page.top, PAGE_W / 2 + 14 * mm, page.top)
    page.top -= gaps[1] + spread / 2
    page.centred([title[0].upper()], BOLD, 22, ACCENT, 1.5)
    page.centred([title[1]], REGULAR, 12, GREY, gaps[2] + spread / 2)
    certify = [WORDS[x]["certify"] for x in both]
    page.pair((certify[0], certify[1]), REGULAR, 10.5, INK, after=6)
    page.centred(name_lines, BOLD, name_size, INK, 2)
    if cert.organisation:
        page.centred(org_lines, REGULAR, org_size, GREY)
    page.top -= gaps[3] + spread / 2
    attended = [WORDS[x]["attended"] for x in both]
    page.pair((attended[0], attended[1]), REGULAR, 10, INK, max_lines=2, after=gaps[4])

    col_w = (CONTENT_W - (style.columns - 1) * COLUMN_GAP) / style.columns
    left = MARGIN
    for column in columns:
        top = page.top
        for entry in column:
            entry.draw(c, left, top)
            top -= entry.height
        left += col_w + COLUMN_GAP
    page.top -= _items_height(columns) + gaps[5] + 4
    if not cert.items:
        page.centred([WORDS[lang]["none"]], REGULAR, 10, GREY)
    page.centred([summary(cert.items, lang)], BOLD, 9, INK)
    page.centred([summary(cert.items, other)], REGULAR, 9 * SECONDARY, GREY)
    _footer(c, event, cert, lang)
    return page.top


def render_certificates(event: Event, certs: Sequence[Certificate], lang: str = "es") -> bytes:
    """One PDF, one A4 page per certificate (callers write nothing for nobody)."""
    register_fonts()
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
    other = other_language(lang)
    title = f"{WORDS[lang]['title']} / {WORDS[other]['title']} — {event.short_name.get(lang)}"
    if len(certs) == 1:
        title += f" — {certs[0].full_name}"
    c.setTitle(title)
    c.setAuthor(event.organiser.get(lang))
    c.setCreator(f"Desk {__version__}")
    for cert in certs:
        draw_certificate(c, event, cert, lang)
        c.showPage()
    c.save()
    return out.getvalue()
