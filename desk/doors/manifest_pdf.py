"""The field visit's bus manifest as an A4 PDF for the driver and security (reportlab).

Who is on the list (everyone scanned for the bus, or only those on board and not back
yet), with their phone, when they boarded and when they came back; the table's header row
is repeated on every page, pages are numbered "page X of Y", and the last page has
signature lines for the driver and security. Fonts are the embedded DejaVu of the badges,
so every accent prints.

``manifest_rows`` gives the cells as people read them; the door screen shows the same.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from desk import i18n
from desk.badges.render import BOLD, REGULAR, register_fonts
from desk.doors.attendance import ManifestEntry, place_label
from desk.events.display import category_label, country_name, day_label, item_time_range, local_time
from desk.events.event import AgendaItem, Event
from desk.people.participants import ParticipantInfo

NONE = "—"
PAGE = landscape(A4)
MARGIN = 12 * mm


def _in(lang: str) -> Callable[[str, str], str]:
    """``translate`` for ``lang`` rather than the current language (the PDF may be made
    off the UI thread, in the language chosen when it was asked for)."""

    return lambda context, text: i18n.translate_to(lang, context, text)


def returned_text(event: Event, entry: ManifestEntry) -> str:
    """When the person came back, or "—" while they are on board."""
    if entry.returned_at is None or entry.on_board:
        return NONE
    return local_time(event, entry.returned_at)


def manifest_rows(event: Event, entries: Sequence[ManifestEntry], lang: str) -> list[list[str]]:
    """Per person: family name, given name, country, category, organisation, phone, bus,
    boarded at, returned at ("—" when not back)."""
    rows = []
    for e in entries:
        p: ParticipantInfo = e.participant
        rows.append(
            [
                p.family_name,
                p.given_name,
                country_name(event, p.country, lang),
                category_label(event, p.category, lang),
                p.organisation,
                p.phone,
                e.place or "",
                local_time(event, e.boarded_at) if e.boarded_at else NONE,
                returned_text(event, e),
            ]
        )
    return rows


class _NumberedCanvas(canvas.Canvas):
    """A canvas that writes "page X of Y" once the number of pages is known."""

    def __init__(self, *args: Any, page_text: str = "", footer: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._page_text = page_text
        self._footer = footer

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(REGULAR, 8)
            self.setFillColor(colors.black)
            width, _height = self._pagesize
            self.drawString(MARGIN, MARGIN / 2, self._footer)
            self.drawRightString(
                width - MARGIN,
                MARGIN / 2,
                self._page_text.format(page=self._pageNumber, pages=total),
            )
            super().showPage()
        super().save()


def render_manifest(
    event: Event,
    item: AgendaItem,
    entries: Sequence[ManifestEntry],
    *,
    place: str | None = None,
    on_board_only: bool = True,
    now: datetime,
    lang: str = "es",
) -> bytes:
    """The manifest of ``entries`` (already filtered by ``place`` and ``on_board_only``:
    those only say what the list is) as PDF bytes."""
    register_fonts()
    translate = _in(lang)
    styles = {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20),
        "sub": ParagraphStyle("sub", fontName=REGULAR, fontSize=10.5, leading=14),
        "big": ParagraphStyle("big", fontName=BOLD, fontSize=13, leading=17, spaceBefore=4),
        "cell": ParagraphStyle("cell", fontName=REGULAR, fontSize=8.5, leading=10.5),
        "head": ParagraphStyle("head", fontName=BOLD, fontSize=8.5, leading=10.5),
        "num": ParagraphStyle(
            "num", fontName=REGULAR, fontSize=8.5, leading=10.5, alignment=TA_RIGHT
        ),
        "sign": ParagraphStyle("sign", fontName=REGULAR, fontSize=10, leading=13),
    }

    def para(text: str, style: str = "cell") -> Paragraph:
        return Paragraph(escape(text), styles[style])

    short = event.short_name.get(lang)
    title = item.title.get(lang)
    bus = place_label(event, item, place) if place else translate("manifest", "All buses")
    generated = now.astimezone(event.tz)
    heading = translate("manifest", "Bus manifest")
    if on_board_only:
        count_text = translate("manifest", "On board, not back yet: {count}")
        scope = translate("manifest", "Only people who boarded and have not come back yet.")
    else:
        count_text = translate("manifest", "People on this list: {count}")
        scope = translate("manifest", "Everyone scanned for this bus, with their return.")
    story: list[Flowable] = [
        para(f"{heading} — {short}", "title"),
        para(title, "sub"),
        para(
            " · ".join(
                [
                    f"{day_label(item.day, lang)}, {item_time_range(item)}",
                    translate("manifest", "Bus: {bus}").format(bus=bus),
                    translate("manifest", "Generated at {time}").format(
                        time=generated.strftime("%H:%M")
                    ),
                ]
            ),
            "sub",
        ),
        para(count_text.format(count=len(entries)), "big"),
        para(scope, "sub"),
        Spacer(1, 4 * mm),
    ]
    headers = [
        translate("manifest", "No."),
        translate("manifest", "Family name"),
        translate("manifest", "Given name"),
        translate("manifest", "Country"),
        translate("manifest", "Category"),
        translate("manifest", "Organisation"),
        translate("manifest", "Phone"),
        translate("manifest", "Bus"),
        translate("manifest", "Boarded at"),
        translate("manifest", "Returned at"),
    ]
    # Widths in mm for the landscape page (273 mm between the margins).
    widths = [8, 36, 30, 25, 30, 58, 30, 16, 20, 20]
    data: list[list[Any]] = [[para(h, "head") for h in headers]]
    for number, row in enumerate(manifest_rows(event, entries, lang), start=1):
        data.append([para(str(number), "num"), *(para(cell) for cell in row)])
    if entries:
        table = LongTable(data, colWidths=[w * mm for w in widths], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE3EA")),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                    (
                        "ROWBACKGROUNDS",
                        (0, 1),
                        (-1, -1),
                        [colors.white, colors.HexColor("#F3F5F7")],
                    ),
                    ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#9AA5B1")),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        story.append(table)
    else:
        story.append(para(translate("manifest", "Nobody is on this list."), "big"))
    line = "_" * 34
    signatures = Table(
        [
            [
                para(translate("manifest", "Driver: name and signature"), "sign"),
                para(translate("manifest", "Security: name and signature"), "sign"),
            ],
            [para(line, "sign"), para(line, "sign")],
        ],
        colWidths=[(PAGE[0] - 2 * MARGIN) / 2] * 2,
    )
    signatures.setStyle(TableStyle([("TOPPADDING", (0, 1), (-1, 1), 18)]))
    story += [Spacer(1, 10 * mm), KeepTogether([signatures])]

    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{heading} — {short} — {bus}",
        author=short,
    )
    footer = f"{short} · {title[:90]} · {bus}"
    page_text = translate("manifest", "Page {page} of {pages}")
    doc.build(
        story,
        canvasmaker=lambda *a, **k: _NumberedCanvas(*a, page_text=page_text, footer=footer, **k),
    )
    return out.getvalue()
