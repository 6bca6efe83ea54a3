#!/usr/bin/env python3
"""PNG renders of a sample badge in every layout, for the README.

.venv/bin/python scripts/badge-samples.py [--out docs/badges] [--dpi 150]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pypdfium2 as pdfium

from desk.arrival import codes
from desk.badges.layouts import all_layouts
from desk.badges.render import render_badges
from desk.events.event import default_event
from desk.people.participants import ParticipantInfo
from desk.storage.models import utcnow

SAMPLES = [
    (
        "María de los Ángeles",
        "Hernández Rodríguez de la O",
        "SV",
        "mfa",
        "Ministerio de Relaciones Exteriores",
    ),
    ("Ñuño", "Ibáñez", "GT", "diaspora_org", "Red de Guatemaltecos en el Exterior"),
    ("Zoë", "Ørsted", "CA", "speaker", "The New School"),
    ("محمد", "عبد الله", "JM", "iom", "منظمة الهجرة الدولية"),
    ("Αλέξανδρος", "Παπαδόπουλος", "US", "press", "Υπουργείο Εξωτερικών"),
    ("Larisa", "Lara", "CR", "iom", "OIM – Organización Internacional para las Migraciones"),
    ("Gerardo", "Pérez", "SV", "secretariat", "Presidencia Pro Tempore de El Salvador – CRM"),
    ("Wendy", "Quiñónez Argueta", "HN", "rncom", "Red Regional de Organizaciones Civiles"),
]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("docs/badges"))
    parser.add_argument("--dpi", type=int, default=150)
    args = parser.parse_args()
    event = default_event()
    now = utcnow()
    people = [
        ParticipantInfo(
            id=str(i),
            code=codes.generate_code(),
            invitation_code=None,
            given_name=g,
            family_name=f,
            country=c,
            organisation=o,
            position="",
            category=cat,
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
        for i, (g, f, c, cat, o) in enumerate(SAMPLES)
    ]
    args.out.mkdir(parents=True, exist_ok=True)
    for layout_id, layout in all_layouts().items():
        batch = people if layout.per_page > 1 else people[:1]
        pdf = pdfium.PdfDocument(render_badges(event, batch, layout))
        image = pdf[0].render(scale=args.dpi / 72).to_pil()
        target = args.out / f"{layout_id}.png"
        image.convert("P", palette=1, colors=64).save(target, optimize=True)
        print(target, image.size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
