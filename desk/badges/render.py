"""Badges as PDF (reportlab): bilingual, always legible, with a vector QR code.

Every text is fitted to its box: the largest size that fits, wrapping to at most two lines,
never cut off and never past the box (below the layout's smallest size only when nothing
else fits). The family name is bold. The QR code is drawn as vector rectangles with a
quiet zone of four modules, crisp on a 203-dpi thermal printer. Fonts are embedded
DejaVu (Latin, Greek, Cyrillic, Arabic); Arabic and Hebrew are shaped and put in visual
order before drawing.

``plan_badge`` computes what goes where (tests check every text stays in its box);
``render_badges`` draws plans onto pages.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from desk import __version__
from desk.arrival import codes
from desk.badges.layouts import Box, Layout
from desk.events.display import event_dates
from desk.events.event import Event
from desk.i18n import translate_to
from desk.people.participants import ParticipantInfo
from desk.storage.paths import resources_dir

REGULAR = "DeskSans"
BOLD = "DeskSans-Bold"
MONO = "DeskMono-Bold"
FONT_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    MONO: "DejaVuSansMono-Bold.ttf",
}
FLOOR_PT = 3.5  # below the layout's smallest size, only to never overflow
STEP_PT = 0.5
# Line height as a multiple of the size: DejaVu's ascent (0.93) plus descent (0.24), so a
# line's glyphs never leave their box.
LINE_GAP = 1.17
QUIET_MODULES = 4


@cache
def register_fonts() -> None:
    folder = resources_dir() / "fonts"
    for name, file in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))


def _needs_shaping(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


@cache
def _reshaper() -> Any:  # arabic_reshaper.ArabicReshaper, imported when needed
    import arabic_reshaper

    # Ligatures such as ﷲ are not in every font: join letters, never replace words.
    return arabic_reshaper.ArabicReshaper(configuration={"support_ligatures": False})


@cache
def visual(text: str) -> str:
    """A word as it must be drawn left to right: Arabic letters joined, RTL reversed."""
    if not _needs_shaping(text):
        return text
    from bidi import get_display

    return str(get_display(_reshaper().reshape(text)))


def visual_words(text: str, font: str) -> list[tuple[str, str]]:
    """The words of ``text`` in drawing order (right-to-left scripts: last word first)."""
    words = [(visual(w), font) for w in text.split()]
    return words[::-1] if _needs_shaping(text) else words


def _ascent_descent(size: float) -> tuple[float, float]:
    """The tallest ascent and deepest descent of the badge fonts at ``size``."""
    ascent = max(pdfmetrics.getAscent(f, size) for f in FONT_FILES)
    descent = min(pdfmetrics.getDescent(f, size) for f in FONT_FILES)
    return ascent, descent


def _width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


@dataclass(frozen=True, slots=True)
class Drawn:
    """One line of text placed on the page (points, origin bottom-left)."""

    box: str  # which layout box
    text: str
    font: str
    size: float
    x: float
    baseline: float
    width: float
    ascent: float
    descent: float  # negative: below the baseline
    limits: tuple[float, float, float, float]  # the box: left, bottom, right, top


@dataclass(frozen=True, slots=True)
class QRPlan:
    x: float  # bottom-left of the quiet zone, points
    y: float
    module: float
    matrix: tuple[tuple[bool, ...], ...]


@dataclass(frozen=True, slots=True)
class BadgePlan:
    texts: tuple[Drawn, ...]
    qr: QRPlan
    band_colour: str
    band_text_colour: str
    band_rect: tuple[float, float, float, float]  # x, y, w, h


Word = tuple[str, str]  # text, font


def _wrap(words: Sequence[Word], size: float, width: float, space: float) -> list[list[Word]]:
    """Greedy word wrap; a word wider than the line stays alone on its line."""
    lines: list[list[Word]] = []
    current: list[Word] = []
    used = 0.0
    for word in words:
        w = _width(word[0], word[1], size)
        if current and used + space + w > width:
            lines.append(current)
            current, used = [word], w
        else:
            used = used + (space if current else 0.0) + w
            current.append(word)
    if current:
        lines.append(current)
    return lines


def _line_width(line: Sequence[Word], size: float) -> float:
    space = _width(" ", REGULAR, size)
    return sum(_width(t, f, size) for t, f in line) + space * (len(line) - 1)


def fit_words(
    words: Sequence[Word],
    box_w: float,
    box_h: float,
    max_pt: float,
    min_pt: float,
    max_lines: int = 2,
    prefer_split: int | None = None,
) -> tuple[float, list[list[Word]]]:
    """The largest size (and the lines) at which ``words`` fit in the box in at most
    ``max_lines`` lines. ``prefer_split`` is a word index where a second line should
    start when two lines are needed (given name / family name)."""
    size = max_pt
    floor = min(min_pt, FLOOR_PT)
    while size >= floor - 1e-9:
        options: list[list[list[Word]]] = [[list(words)]]
        if max_lines >= 2 and prefer_split and 0 < prefer_split < len(words):
            options.append([list(words[:prefer_split]), list(words[prefer_split:])])
        options.append(_wrap(words, size, box_w, _width(" ", REGULAR, size)))
        for lines in options:
            if len(lines) > max_lines:
                continue
            if len(lines) * size * LINE_GAP > box_h + 1e-6:
                continue
            if all(_line_width(line, size) <= box_w + 1e-6 for line in lines):
                return size, lines
        size = round(size - STEP_PT, 2)
    # A single word longer than the box even at the floor: break it by characters.
    text = " ".join(t for t, _ in words)
    font = words[0][1] if words else REGULAR
    size = floor
    lines_txt: list[str] = []
    current = ""
    for ch in text:
        if _width(current + ch, font, size) > box_w and current:
            lines_txt.append(current)
            current = ch
        else:
            current += ch
    lines_txt.append(current)
    while len(lines_txt) * size * LINE_GAP > box_h and size > 1:
        size -= 0.25
    return size, [[(line, font)] for line in lines_txt]


def _place(
    key: str,
    lines: list[list[Word]],
    size: float,
    box: tuple[float, float, float, float],
    align: str = "left",
    valign: str = "top",
) -> list[Drawn]:
    left, bottom, right, top = box
    block = len(lines) * size * LINE_GAP
    first_top = top - (top - bottom - block) / 2 if valign == "middle" else top
    out: list[Drawn] = []
    for i, line in enumerate(lines):
        line_top = first_top - i * size * LINE_GAP
        ascent, descent = _ascent_descent(size)
        baseline = line_top - ascent
        width = _line_width(line, size)
        if align == "center":
            x = left + (right - left - width) / 2
        elif align == "right":
            x = right - width
        else:
            x = left
        space = _width(" ", REGULAR, size)
        for text, font in line:
            w = _width(text, font, size)
            out.append(Drawn(key, text, font, size, x, baseline, w, ascent, descent, box))
            x += w + space
    return out


def _box_pt(
    layout: Layout, box: Box, origin: tuple[float, float]
) -> tuple[float, float, float, float]:
    """Layout box (mm from the badge's top-left) → points (left, bottom, right, top)."""
    ox, oy = origin  # badge top-left, in points from the page's bottom-left
    left = ox + box.x_mm * mm
    top = oy - box.y_mm * mm
    return (left, top - box.h_mm * mm, left + box.w_mm * mm, top)


def _luminance(colour: str) -> float:
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@cache
def qr_matrix(code: str) -> tuple[tuple[bool, ...], ...]:
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=1, border=0)
    qr.add_data(code)  # upper-case letters and digits: QR's compact alphanumeric mode
    qr.make(fit=True)
    return tuple(tuple(bool(v) for v in row) for row in qr.get_matrix())


def plan_badge(
    event: Event,
    person: ParticipantInfo,
    layout: Layout,
    origin: tuple[float, float],
    lang: str = "es",
) -> BadgePlan:
    """Where everything of one badge goes; ``origin`` is its top-left corner in points."""
    register_fonts()
    b = layout.boxes
    texts: list[Drawn] = []

    category = event.category(person.category) if person.category else None
    colour = category.colour if category else "#555555"
    if category is not None:
        es, en = category.label.es, category.label.en
        label = es if es == en else f"{es} / {en}"
    else:
        label = person.category
    band = _box_pt(layout, b["band"], origin)
    inner = (band[0] + 2 * mm, band[1], band[2] - 2 * mm, band[3])
    size, lines = fit_words(
        visual_words(label, BOLD),
        inner[2] - inner[0],
        inner[3] - inner[1],
        b["band"].max_pt,
        b["band"].min_pt,
    )
    texts += _place("band", lines, size, inner, align="center", valign="middle")

    event_line = f"{event.short_name.get(lang)} · {event_dates(event, lang)}"
    box = _box_pt(layout, b["event"], origin)
    size, lines = fit_words(
        [(w, REGULAR) for w in event_line.split()],
        box[2] - box[0],
        box[3] - box[1],
        b["event"].max_pt,
        b["event"].min_pt,
        max_lines=1,
    )
    texts += _place("event", lines, size, box)

    given = visual_words(person.given_name, REGULAR)
    family = visual_words(person.family_name, BOLD)
    box = _box_pt(layout, b["name"], origin)
    rtl = _needs_shaping(person.full_name)
    words = family + given if rtl else given + family
    if not words:
        words = [("—", BOLD)]
    size, lines = fit_words(
        words,
        box[2] - box[0],
        box[3] - box[1],
        b["name"].max_pt,
        b["name"].min_pt,
        prefer_split=(len(family) if rtl else len(given)) if given and family else None,
    )
    if rtl and len(lines) == 2 and given and family:
        lines = [lines[1], lines[0]]  # given name first (top), as for every other name
    texts += _place("name", lines, size, box, align="right" if rtl else "left")

    if person.organisation:
        box = _box_pt(layout, b["organisation"], origin)
        size, lines = fit_words(
            visual_words(person.organisation, REGULAR),
            box[2] - box[0],
            box[3] - box[1],
            b["organisation"].max_pt,
            b["organisation"].min_pt,
        )
        rtl_org = _needs_shaping(person.organisation)
        texts += _place("organisation", lines, size, box, align="right" if rtl_org else "left")

    if person.country:
        try:
            country_name = event.country(person.country).name.get(lang)
        except KeyError:
            country_name = ""
        line = f"{country_name} · {person.country}" if country_name else person.country
        box = _box_pt(layout, b["country"], origin)
        size, lines = fit_words(
            [(w, BOLD) for w in line.split()],
            box[2] - box[0],
            box[3] - box[1],
            b["country"].max_pt,
            b["country"].min_pt,
            max_lines=1,
        )
        texts += _place("country", lines, size, box)

    box = _box_pt(layout, b["code"], origin)
    size, lines = fit_words(
        [(codes.format_code(person.code), MONO)],
        box[2] - box[0],
        box[3] - box[1],
        b["code"].max_pt,
        b["code"].min_pt,
        max_lines=1,
    )
    texts += _place("code", lines, size, box, align="center", valign="middle")

    matrix = qr_matrix(person.code)
    qbox = _box_pt(layout, b["qr"], origin)
    side = min(qbox[2] - qbox[0], qbox[3] - qbox[1])
    module = side / (len(matrix) + 2 * QUIET_MODULES)
    qx = qbox[0] + (qbox[2] - qbox[0] - side) / 2
    qy = qbox[1] + (qbox[3] - qbox[1] - side) / 2
    qr = QRPlan(qx, qy, module, matrix)

    text_colour = "#000000" if _luminance(colour) > 0.55 else "#ffffff"
    return BadgePlan(
        tuple(texts),
        qr,
        colour,
        text_colour,
        (band[0], band[1], band[2] - band[0], band[3] - band[1]),
    )


def _draw_plan(c: canvas.Canvas, plan: BadgePlan) -> None:
    x, y, w, h = plan.band_rect
    c.setFillColor(HexColor(plan.band_colour))
    c.rect(x, y, w, h, stroke=0, fill=1)
    for t in plan.texts:
        c.setFillColor(HexColor(plan.band_text_colour) if t.box == "band" else black)
        c.setFont(t.font, t.size)
        c.drawString(t.x, t.baseline, t.text)
    q = plan.qr
    n = len(q.matrix)
    side = (n + 2 * QUIET_MODULES) * q.module
    c.setFillColor(white)
    c.rect(q.x, q.y, side, side, stroke=0, fill=1)  # the quiet zone stays white
    c.setFillColor(black)
    start = q.x + QUIET_MODULES * q.module
    top = q.y + side - QUIET_MODULES * q.module
    path = c.beginPath()
    for r, row in enumerate(q.matrix):
        y0 = top - (r + 1) * q.module
        col = 0
        while col < n:
            if row[col]:
                run = col
                while run < n and row[run]:
                    run += 1
                path.rect(start + col * q.module, y0, (run - col) * q.module, q.module)
                col = run
            else:
                col += 1
    c.drawPath(path, stroke=0, fill=1)


def _cut_marks(c: canvas.Canvas, layout: Layout) -> None:
    page_h = layout.page_h_mm * mm
    xs = sorted(
        {
            layout.left_mm + col * (layout.badge_w_mm + layout.gap_x_mm) + edge
            for col in range(layout.columns)
            for edge in (0, layout.badge_w_mm)
        }
    )
    ys = sorted(
        {
            layout.top_mm + row * (layout.badge_h_mm + layout.gap_y_mm) + edge
            for row in range(layout.rows)
            for edge in (0, layout.badge_h_mm)
        }
    )
    grid_left, grid_right = xs[0], xs[-1]
    grid_top, grid_bottom = ys[0], ys[-1]
    length, offset = 5.0, 1.0
    c.setStrokeColor(black)
    c.setLineWidth(0.3)
    for x in xs:
        c.line(
            x * mm,
            page_h - (grid_top - offset) * mm,
            x * mm,
            page_h - (grid_top - offset - length) * mm,
        )
        c.line(
            x * mm,
            page_h - (grid_bottom + offset) * mm,
            x * mm,
            page_h - (grid_bottom + offset + length) * mm,
        )
    for y in ys:
        c.line(
            (grid_left - offset) * mm,
            page_h - y * mm,
            (grid_left - offset - length) * mm,
            page_h - y * mm,
        )
        c.line(
            (grid_right + offset) * mm,
            page_h - y * mm,
            (grid_right + offset + length) * mm,
            page_h - y * mm,
        )


def render_badges(
    event: Event,
    people: Sequence[ParticipantInfo],
    layout: Layout,
    lang: str = "es",
    progress: object | None = None,
) -> bytes:
    """One PDF with a badge for each participant, ``layout.per_page`` to a page."""
    register_fonts()
    out = io.BytesIO()
    c = canvas.Canvas(
        out, pagesize=(layout.page_w_mm * mm, layout.page_h_mm * mm), pageCompression=1
    )
    c.setTitle(
        translate_to(lang, "badges", "{event} — badges").format(event=event.short_name.get(lang))
    )
    c.setCreator(f"Desk {__version__}")
    page_h = layout.page_h_mm * mm
    total = len(people)
    for i, person in enumerate(people):
        slot = i % layout.per_page
        if slot == 0 and i:
            c.showPage()
        if slot == 0 and layout.cut_marks:
            _cut_marks(c, layout)
        x_mm, y_mm = layout.badge_origin_mm(slot)
        _draw_plan(c, plan_badge(event, person, layout, (x_mm * mm, page_h - y_mm * mm), lang))
        if progress is not None and (i + 1) % 50 == 0:
            progress(i + 1, total)  # type: ignore[operator]
    c.showPage()
    c.save()
    return out.getvalue()
