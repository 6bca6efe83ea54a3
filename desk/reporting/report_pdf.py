"""The attendance report as one A4 page (PDF): the event, the day, the time it was made,
the big numbers, the check-in and attendance charts of :mod:`desk.reporting.charts` and a compact
table of the agenda items with their tables or buses; shrunk to fit whatever the agenda."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Any
from xml.sax.saxutils import escape

from desk.doors.attendance import is_field_visit
from desk.doors.tally import Snapshot
from desk.events.display import (
    category_label,
    country_name,
    day_label,
    event_dates,
    item_time_range,
    zone_label,
)
from desk.events.event import AgendaItem, Event
from desk.i18n import QT_TRANSLATE_NOOP
from desk.reporting.charts import (
    arrivals_chart,
    arrivals_on,
    attendance_chart,
    checkin_chart,
    from_snapshot,
    number,
)
from desk.reporting.report_data import dietary_lines, place_label, report_text

# (category → (in person, online), country → (in person, online)) of the people there.
Attendees = tuple[dict[str, tuple[int, int]], dict[str, tuple[int, int]]]
COUNTRY_LINES = 8  # the countries with most people; the others on one line


def render_pdf(
    event: Event,
    items: Sequence[AgendaItem],
    snapshot: Snapshot,
    *,
    day: date | None,
    lang: str,
    now: datetime,
    attendees: Attendees | None = None,
) -> bytes:
    """The page. ``attendees`` (when online attendance was imported: the people at the
    report's items by category and by country, desk.reporting.report_data.attendees_by_group)
    adds in person, online and total to the table of items, and a table of each under it;
    without it the table gives the people there (all in person)."""
    hybrid = attendees is not None
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import (
        KeepInFrame,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    from desk.badges.render import BOLD, REGULAR, register_fonts

    register_fonts()
    tr = lambda text: report_text(lang, text)  # noqa: E731
    margin = 14 * mm
    # The frame's own padding (6 pt a side) comes off too, or a full page would not fit it.
    width, height = A4[0] - 2 * margin - 12, A4[1] - 2 * margin - 12
    ink = colors.HexColor("#1A1A1A")
    muted = colors.HexColor("#5F6368")
    styles = {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=15, leading=19, textColor=ink),
        "sub": ParagraphStyle("sub", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=muted),
        "big": ParagraphStyle(
            "big", fontName=BOLD, fontSize=20, leading=23, alignment=TA_CENTER, textColor=ink
        ),
        "label": ParagraphStyle(
            "label", fontName=REGULAR, fontSize=8, leading=10, alignment=TA_CENTER, textColor=muted
        ),
        "cell": ParagraphStyle("cell", fontName=REGULAR, fontSize=7.5, leading=9),
        "sub_cell": ParagraphStyle(
            "sub_cell", fontName=REGULAR, fontSize=7, leading=8.5, textColor=muted, leftIndent=8
        ),
        "head": ParagraphStyle("head", fontName=BOLD, fontSize=7.5, leading=9),
        "num": ParagraphStyle("num", fontName=REGULAR, fontSize=7.5, leading=9, alignment=TA_RIGHT),
        "num_head": ParagraphStyle(
            "num_head", fontName=BOLD, fontSize=7.5, leading=9, alignment=TA_RIGHT
        ),
    }

    def para(text: str, style: str) -> Paragraph:
        return Paragraph(escape(text), styles[style])

    c = snapshot.counts
    data = from_snapshot(snapshot, event, now=now)
    wanted = {item.id for item in items}
    data = replace(
        data,
        attendance=tuple(a for a in data.attendance if a.item_id in wanted),
        current_item=None,
    )
    short = event.short_name.get(lang)
    scope = day_label(day, lang) if day else event_dates(event, lang)
    generated = now.astimezone(event.tz).strftime("%Y-%m-%d %H:%M")
    story: list[Any] = [
        para(f"{tr(QT_TRANSLATE_NOOP('reports', 'Attendance report'))} — {short}", "title"),
        para(
            " · ".join(
                [
                    scope,
                    event.venue.get(lang),
                    tr(QT_TRANSLATE_NOOP("reports", "Generated at {time}, {zone}")).format(
                        time=generated, zone=zone_label(event, lang, now)
                    ),
                ]
            ),
            "sub",
        ),
        Spacer(1, 4 * mm),
    ]
    pct = round(100 * c.checked_in / c.registered) if c.registered else 0
    bigs = [
        (
            f"{number(c.checked_in, lang)} / {number(c.registered, lang)}",
            tr(QT_TRANSLATE_NOOP("reports", "checked in / registered ({pct} %)")).format(pct=pct),
        ),
        (number(c.in_person, lang), tr(QT_TRANSLATE_NOOP("reports", "registered in person"))),
        (number(c.online, lang), tr(QT_TRANSLATE_NOOP("reports", "registered online"))),
    ]
    if day is not None:
        on_day = sum(n for slot, n in data.arrivals if slot.date() == day)
        bigs.append((number(on_day, lang), tr(QT_TRANSLATE_NOOP("reports", "checked in that day"))))
    else:
        bigs.append((number(c.cancelled, lang), tr(QT_TRANSLATE_NOOP("reports", "cancelled"))))
    numbers = Table(
        [[para(v, "big") for v, _ in bigs], [para(t, "label") for _, t in bigs]],
        colWidths=[width * 1.5 / (len(bigs) + 0.5)] + [width / (len(bigs) + 0.5)] * (len(bigs) - 1),
    )
    numbers.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEF2F8")),
                ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story += [numbers, Spacer(1, 5 * mm)]
    categories = sum(1 for cat in event.categories if c.by_category.get(cat.id))
    check_height = min(200.0, 34 + 12.0 * (categories + 1))
    story.append(checkin_chart(event, data, width, check_height, lang, font_size=8.5))
    if day is not None and arrivals_on(data, day):
        # One day: when people arrived that day, under how many did.
        story += [
            Spacer(1, 3 * mm),
            arrivals_chart(event, data, width, 90, lang, day=day, font_size=8),
        ]
    story.append(Spacer(1, 4 * mm))
    attend_height = min(200.0, 24 + (10.5 if day else 12.0) * max(2, len(items)))
    story += [
        attendance_chart(event, data, width, attend_height, lang, font_size=8.5, highlight=False)
    ]
    story.append(Spacer(1, 4 * mm))
    field_visit_items = any(is_field_visit(i) for i in items)
    inside_head = (
        QT_TRANSLATE_NOOP("reports", "Inside / not back")
        if field_visit_items
        else QT_TRANSLATE_NOOP("reports", "Inside")
    )
    # Without online data: People | Inside | …; with it: In person | Online | Total | Inside.
    counted_heads = (
        [
            para(tr(QT_TRANSLATE_NOOP("reports", "In person")), "num_head"),
            para(tr(QT_TRANSLATE_NOOP("reports", "Online")), "num_head"),
            para(tr(QT_TRANSLATE_NOOP("reports", "Total")), "num_head"),
        ]
        if hybrid
        else [para(tr(QT_TRANSLATE_NOOP("reports", "People")), "num_head")]
    )
    rows: list[list[Any]] = [
        [
            para(tr(QT_TRANSLATE_NOOP("reports", "Time")), "head"),
            para(tr(QT_TRANSLATE_NOOP("reports", "Agenda item")), "head"),
            *counted_heads,
            para(tr(inside_head), "num_head"),
            para(tr(QT_TRANSLATE_NOOP("reports", "Not checked in at desk")), "num_head"),
            para(tr(QT_TRANSLATE_NOOP("reports", "Catering")), "head"),
        ]
    ]
    sub_rows: list[int] = []
    if hybrid:
        # Eight columns: the numbers' columns as narrow as their headers' longest words.
        def fit(cell: Paragraph, least: float) -> float:
            words = cell.text.split() or [""]
            return max(least, max(stringWidth(w, BOLD, 7.5) for w in words) + 8)

        least = [15, 12, 12, 14, 19, 12]  # mm: headers on two or three lines
        widths = [22 * mm, 0.0] + [
            fit(cell, n * mm) for cell, n in zip(rows[0][2:], least, strict=True)
        ]
    else:
        widths = [26 * mm, 0.0, 17 * mm, 18 * mm, 22 * mm, 24 * mm]
    widths[1] = width - sum(widths)
    # Tables, buses and dietary needs are of the people in the room: the in-person column.
    pad: list[Any] = [None, None] if hybrid else []
    for item in items:
        a = snapshot.item(item.id)
        clock = item_time_range(item)
        if day is None and item.day != event.start_date:
            clock = f"{item.day:%d/%m}  {clock}"
        rows.append(
            [
                para(clock, "cell"),
                para(item.title.get(lang), "cell"),  # whole, wrapped to the column
                *(
                    [para(number(a.in_person, lang), "num"), para(number(a.online, lang), "num")]
                    if hybrid
                    else []
                ),
                para(number(a.count, lang), "num"),
                para(number(a.inside, lang), "num"),
                para(number(a.not_checked_in, lang), "num"),
                para(tr(QT_TRANSLATE_NOOP("reports", "yes")) if item.catering else "", "cell"),
            ]
        )
        for need, n in dietary_lines(item, a, lang):  # breaks and meals: for catering
            sub_rows.append(len(rows))
            rows.append(
                [None, para(need, "sub_cell"), para(number(n, lang), "num"), *pad, None, None, None]
            )
        for place, n in a.by_place.items():
            sub_rows.append(len(rows))
            rows.append(
                [
                    None,
                    para(place_label(item, place, lang), "sub_cell"),
                    para(number(n, lang), "num"),
                    *pad,
                    para(number(a.inside_by_place.get(place, 0), lang), "num"),
                    None,
                    None,
                ]
            )

    def group_table(title: str, lines: list[tuple[str, int, int]], room: float) -> Table:
        """Title | In person | Online | Total, a line per group, then the total: people
        at one item or more, in person if in the room at any."""
        body: list[list[Any]] = [
            [
                para(title, "head"),
                para(tr(QT_TRANSLATE_NOOP("reports", "In person")), "num_head"),
                para(tr(QT_TRANSLATE_NOOP("reports", "Online")), "num_head"),
                para(tr(QT_TRANSLATE_NOOP("reports", "Total")), "num_head"),
            ],
        ]
        total = (sum(line[1] for line in lines), sum(line[2] for line in lines))
        everybody = (tr(QT_TRANSLATE_NOOP("reports", "Total")), *total)
        for label, here, there in [*lines, everybody]:
            text, num = ("head", "num_head") if label is everybody[0] else ("cell", "num")
            body.append(
                [
                    para(label, text),
                    *(para(number(v, lang), num) for v in (here, there, here + there)),
                ]
            )
        numbers = widths[2:5]
        out = Table(body, colWidths=[room - sum(numbers), *numbers])
        out.setStyle(
            TableStyle(
                [
                    *style[:7],
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("LINEABOVE", (0, -1), (-1, -1), 0.8, ink),
                ]
            )
        )
        return out

    table = Table(rows, colWidths=widths, repeatRows=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE3EA")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ink),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#C9D1DA")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("FONTSIZE", (0, 0), (-1, -1), 7),  # the empty cells of the table/bus rows
        ("LEADING", (0, 0), (-1, -1), 8.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    table.setStyle(TableStyle(style))
    story.append(table)
    if attendees is not None:
        by_category, by_country = attendees
        categories_seen = [cat.id for cat in event.categories if cat.id in by_category]
        categories_seen += sorted(set(by_category) - set(categories_seen))
        category_lines = [
            (category_label(event, k, lang), *by_category[k]) for k in categories_seen
        ]
        country_lines = sorted(
            (
                (
                    country_name(event, k, lang)
                    or tr(QT_TRANSLATE_NOOP("reports", "(no country)")),
                    *n,
                )
                for k, n in by_country.items()
            ),
            key=lambda line: (-line[1] - line[2], line[0]),
        )
        if len(country_lines) > COUNTRY_LINES + 1:
            rest = country_lines[COUNTRY_LINES:]
            other = tr(QT_TRANSLATE_NOOP("reports", "Other countries ({n})"))
            country_lines = [
                *country_lines[:COUNTRY_LINES],
                (
                    other.format(n=len(rest)),
                    sum(line[1] for line in rest),
                    sum(line[2] for line in rest),
                ),
            ]
        half = (width - 6 * mm) / 2
        pair = Table(
            [
                [
                    group_table(
                        tr(QT_TRANSLATE_NOOP("reports", "Attendees by category")),
                        category_lines,
                        half,
                    ),
                    None,
                    group_table(
                        tr(QT_TRANSLATE_NOOP("reports", "Attendees by country")),
                        country_lines,
                        half,
                    ),
                ]
            ],
            colWidths=[half, 6 * mm, half],
        )
        pair.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        story += [Spacer(1, 4 * mm), pair]
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=f"{tr(QT_TRANSLATE_NOOP('reports', 'Attendance report'))} — {short}",
        author=short,
    )
    # Whatever the agenda, one page: shrink the whole summary when it would not fit.
    doc.build([KeepInFrame(width, height, story, mode="shrink")])
    return out.getvalue()
