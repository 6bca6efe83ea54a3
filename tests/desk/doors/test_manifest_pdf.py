from __future__ import annotations

from datetime import datetime, timedelta

import pypdfium2 as pdfium
import pytest

from desk.doors.attendance import OUT, manifest, scan
from desk.doors.manifest_pdf import render_manifest
from desk.events.event import Event
from desk.people.participants import ParticipantInfo, all_participants
from desk.storage.db import Database
from tests.factory import Factory

ITEM = "d2-field-visit"


def at(event: Event, clock: str) -> datetime:
    h, m = map(int, clock.split(":"))
    return datetime(2022, 5, 24, h, m, tzinfo=event.tz)


@pytest.fixture
def people(db: Database, event: Event, factory: Factory) -> list[ParticipantInfo]:
    """60 people on two buses at 07:30; the first ten of Bus 1 back at 16:05."""
    factory.add(db, 60)
    with db.read() as session:
        found = all_participants(session)
    with db.write() as session:
        for i, p in enumerate(found):
            scan(
                session,
                event,
                ITEM,
                p.code,
                place=f"Bus {1 + i % 2}",
                desk_id=db.desk_id,
                operator="Luis",
                now=at(event, "07:30"),
            )
        for p in found[0:20:2]:
            scan(
                session,
                event,
                ITEM,
                p.code,
                direction=OUT,
                place="Bus 1",
                desk_id=db.desk_id,
                operator="Luis",
                now=at(event, "16:05"),
            )
    return found


def pages_text(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def test_the_manifest_lists_those_not_back_with_phone(db, event, people) -> None:  # type: ignore[no-untyped-def]
    with db.read() as session:
        entries = manifest(session, event, ITEM, place="Bus 1", on_board_only=True)
    assert len(entries) == 20
    pdf = render_manifest(
        event,
        event.item(ITEM),
        entries,
        place="Bus 1",
        on_board_only=True,
        now=at(event, "16:20"),
        lang="es",
    )
    pages = pages_text(pdf)
    text = "\n".join(pages)
    assert "Foro de Diásporas CRM 2022" in text or event.short_name.es in text
    assert "Visita de campo" in text and "24 de mayo de 2022" in text
    assert "Bus 1" in text and "16:20" in text
    assert "20" in text
    back = {p.id for p in people[0:20:2]}
    for e in entries:
        p = e.participant
        assert p.id not in back
        assert p.family_name in text.replace("\r\n", " ").replace("\n", " ") or p.phone in text
        assert p.phone in text
    for p in people[0:20:2]:
        assert p.phone not in text  # came back: not on the list
    assert pages[-1].count("_") >= 20  # signature lines
    assert f"1 of {len(pages)}" in pages[0] or f"1 de {len(pages)}" in pages[0]


def test_everyone_on_all_buses_with_page_numbers_and_headers(db, event, people) -> None:  # type: ignore[no-untyped-def]
    with db.read() as session:
        entries = manifest(session, event, ITEM)
    pdf = render_manifest(
        event, event.item(ITEM), entries, on_board_only=False, now=at(event, "16:30"), lang="en"
    )
    pages = pages_text(pdf)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Family name" in page and "Boarded" in page  # the header row repeats
    text = "\n".join(pages)
    assert "All buses" in text and "People on this list: 60" in text
    assert "16:05" in text and "—" in text  # returned, and not back


def test_an_empty_manifest_says_so(event) -> None:  # type: ignore[no-untyped-def]
    pdf = render_manifest(
        event, event.item(ITEM), [], place="Bus 3", now=at(event, "08:00"), lang="en"
    )
    text = pages_text(pdf)[0]
    assert "Nobody is on this list." in text and "Bus 3" in text


def test_accents_survive(db, event, people) -> None:  # type: ignore[no-untyped-def]
    with db.read() as session:
        entries = manifest(session, event, ITEM)
    accented = [e for e in entries if any(ch in e.participant.family_name for ch in "áéíóúñÑØ")]
    assert accented
    pdf = render_manifest(
        event,
        event.item(ITEM),
        entries,
        on_board_only=False,
        now=at(event, "09:00") + timedelta(hours=1),
    )
    text = "\n".join(pages_text(pdf))
    for e in accented:
        assert e.participant.family_name.split()[0] in text
