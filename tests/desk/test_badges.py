"""Badges: every awkward name fits its box in every layout, and every QR code decodes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from desk.arrival import codes
from desk.badges.layouts import LayoutError, all_layouts, get_layout, load_layout
from desk.badges.records import record_print, without_badge
from desk.badges.render import plan_badge, render_badges
from desk.errors import ValidationError
from desk.events.event import Event
from desk.people.participants import ParticipantInfo, all_participants
from desk.storage.db import Database
from desk.storage.models import utcnow
from tests.factory import Factory
from tests.printing_support import decode_qr_codes

AWKWARD = [
    (
        "María de los Ángeles",
        "Hernández Rodríguez de la O",
        "SV",
        "mfa",
        "Ministerio de Relaciones Exteriores de El Salvador",
    ),
    ("Ñuño", "Ibáñez", "GT", "diaspora_org", "Red de Guatemaltecos en el Exterior"),
    ("Zoë", "Ørsted", "CA", "speaker", "Global Affairs Canada"),
    ("محمد", "عبد الله", "JM", "iom", "منظمة الهجرة الدولية"),
    ("Αλέξανδρος", "Παπαδόπουλος", "US", "press", "Υπουργείο Εξωτερικών"),
    (
        "José",
        "Pérez",
        "MX",
        "staff",
        "Organización Internacional de Cooperación para el Desarrollo de la Diáspora"[:70],
    ),
    ("Ana", "Lara", "CR", "secretariat", ""),
    (
        "Wolfeschlegelsteinhausenbergerdorff",
        "Núñez-Quiñónez de la Santísima Trinidad",
        "PA",
        "guest",
        "X" * 70,
    ),
]


def person(given: str, family: str, country: str, category: str, org: str) -> ParticipantInfo:
    now = utcnow()
    return ParticipantInfo(
        id=codes.generate_code(),
        code=codes.generate_code(),
        invitation_code=None,
        given_name=given,
        family_name=family,
        country=country,
        organisation=org,
        position="",
        category=category,
        mode="in_person",
        email="",
        phone="",
        source="preregistered",
        status="registered",
        created_at=now,
        updated_at=now,
        created_desk="d",
        updated_desk="d",
    )


PEOPLE = [person(*a) for a in AWKWARD]


def test_the_four_layouts_exist() -> None:
    assert {"4x3", "a6", "cr80", "a4-8"} <= set(all_layouts())
    assert get_layout("a4-8").per_page == 8
    cr80 = get_layout("cr80")
    assert (cr80.badge_w_mm, cr80.badge_h_mm) == (85.6, 54)
    with pytest.raises(LayoutError, match="Unknown badge format"):
        get_layout("letter")


@pytest.mark.parametrize("layout_id", sorted(all_layouts()))
def test_awkward_names_stay_inside_their_boxes(event: Event, layout_id: str) -> None:
    layout = get_layout(layout_id)
    page_h = layout.page_h_mm * mm
    for slot, p in enumerate(PEOPLE):
        x_mm, y_mm = layout.badge_origin_mm(slot % layout.per_page)
        plan = plan_badge(event, p, layout, (x_mm * mm, page_h - y_mm * mm))
        kinds = {t.box for t in plan.texts}
        assert {"band", "event", "name", "code"} <= kinds
        for t in plan.texts:
            left, bottom, right, top = t.limits
            assert t.x >= left - 0.01, (layout_id, t)
            assert t.x + t.width <= right + 0.01, (layout_id, t)
            assert t.baseline + t.descent >= bottom - 0.01, (layout_id, t)
            assert t.baseline + t.ascent <= top + 0.01, (layout_id, t)
        name_lines = {round(t.baseline, 2) for t in plan.texts if t.box == "name"}
        assert len(name_lines) <= 2
        drawn = " ".join(t.text for t in plan.texts if t.box == "name")
        # Nothing of the name is lost (Arabic is drawn in visual order, so compare letters).
        if p.given_name.isascii() or "ñ" in p.given_name.lower():
            for word in (p.given_name + " " + p.family_name).split():
                assert word in drawn or len(p.family_name) > 30


def test_family_name_is_bold(event: Event) -> None:
    layout = get_layout("4x3")
    plan = plan_badge(event, PEOPLE[1], layout, (0, layout.page_h_mm * mm))
    fonts = {t.text: t.font for t in plan.texts if t.box == "name"}
    assert fonts["Ibáñez"].endswith("Bold") and not fonts["Ñuño"].endswith("Bold")


@pytest.mark.parametrize("layout_id", sorted(all_layouts()))
@pytest.mark.parametrize("dpi", [203, 300])
def test_every_qr_decodes_back_to_the_code(
    event: Event, tmp_path: Path, layout_id: str, dpi: int
) -> None:
    layout = get_layout(layout_id)
    pdf = tmp_path / f"{layout_id}.pdf"
    pdf.write_bytes(render_badges(event, PEOPLE, layout))
    pages = decode_qr_codes(pdf, dpi)
    assert len(pages) == -(-len(PEOPLE) // layout.per_page)
    found = [text for page in pages for text in page]
    assert sorted(found) == sorted(p.code for p in PEOPLE)


def test_500_badge_batch_decodes_on_every_page(
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    factory.add(db, 500, seed=500)
    with db.read() as session:
        people = all_participants(session)
    layout = get_layout("a4-8")
    pdf = tmp_path / "batch.pdf"
    pdf.write_bytes(render_badges(event, people, layout))
    pages = decode_qr_codes(pdf, 203)
    assert len(pages) == 63
    assert all(len(page) == min(8, 500 - 8 * i) for i, page in enumerate(pages))
    assert sorted(t for page in pages for t in page) == sorted(p.code for p in people)


def test_reprint_needs_a_reason(db: Database, factory: Factory) -> None:
    factory.add(db, 3)
    with db.read() as session:
        first = all_participants(session)[0]
        assert first.id in without_badge(session)
    with db.write() as session:
        record_print(session, first.id, desk_id=db.desk_id, operator="Ana")
    with db.write() as session, pytest.raises(ValidationError, match="reprint needs a reason"):
        record_print(session, first.id, desk_id=db.desk_id, operator="Ana")
    with db.write() as session:
        record_print(session, first.id, desk_id=db.desk_id, operator="Ana", reason="lost")
    with db.read() as session:
        again = next(p for p in all_participants(session) if p.id == first.id)
        assert again.badges_printed == 2
        assert first.id not in without_badge(session)


def test_a_malformed_layout_names_the_field(tmp_path: Path) -> None:
    good = json.loads(get_layout("4x3").path.read_text(encoding="utf-8"))
    cases = {
        "boxes.qr": lambda d: d["boxes"].pop("qr"),
        "boxes.name": lambda d: d["boxes"]["name"].update(w_mm=200),
        "page.width_mm": lambda d: d["page"].update(width_mm="wide"),
        "grid": lambda d: d["grid"].update(columns=3),
        "boxes.code": lambda d: d["boxes"]["code"].update(min_pt=20),
    }
    for field, spoil in cases.items():
        data = json.loads(json.dumps(good))
        spoil(data)
        path = tmp_path / "bad.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        with pytest.raises(LayoutError) as info:
            load_layout(path)
        assert field in str(info.value), (field, str(info.value))
    (tmp_path / "broken.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(LayoutError, match=r"broken\.json"):
        load_layout(tmp_path / "broken.json")
