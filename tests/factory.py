"""The one factory for test data: realistic people (accents, ñ, compound family names)
and participant-list files written exactly as real exports are."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desk.events.event import Event
from desk.people.demo import add_demo, generate
from desk.storage.db import Database

# People whose names test accent-folding and particles, always present in lists.
NOTABLE = (
    {
        "given_name": "José Luis",
        "family_name": "Hernández Núñez",
        "country": "SV",
        "organisation": "Ministerio de Relaciones Exteriores",
        "category": "mfa",
        "email": "jl.hernandez@rree.gob.sv",
    },
    {
        "given_name": "María de los Ángeles",
        "family_name": "Peña de la O",
        "country": "MX",
        "organisation": "Instituto de los Mexicanos en el Exterior",
        "category": "diaspora_agency",
        "email": "mpena@sre.gob.mx",
    },
    {
        "given_name": "Ñuño",
        "family_name": "Ibáñez",
        "country": "GT",
        "organisation": "Red de Guatemaltecos en el Exterior",
        "category": "diaspora_org",
        "email": "nuno.ibanez@gmail.com",
    },
    {
        "given_name": "Zoë",
        "family_name": "Ørsted",
        "country": "CA",
        "organisation": "Global Affairs Canada",
        "category": "mfa",
        "email": "zoe.orsted@international.gc.ca",
    },
    {
        "given_name": "Larisa",
        "family_name": "Lara",
        "country": "CR",
        "organisation": "OIM – Organización Internacional para las Migraciones",
        "category": "iom",
        "email": "llara@iom.int",
    },
)

HEADERS_ES = (
    "Nombre(s)",
    "Apellido(s)",
    "País",
    "Institución",
    "Cargo",
    "Categoría",
    "Correo electrónico",
    "Teléfono",
    "Modalidad",
)
HEADERS_EN = (
    "First name",
    "Last name",
    "Country",
    "Organisation",
    "Position",
    "Category",
    "Email",
    "Phone",
    "Attendance",
)
# What `desk participants --json` promises for each participant (DESIGN.md §9).
JSON_FIELDS = (
    "id",
    "code",
    "given_name",
    "family_name",
    "country",
    "organisation",
    "category",
    "mode",
    "email",
    "source",
    "status",
    "checked_in_at",
    "checkin_desk",
    "badges_printed",
)
FIELDS = (
    "given_name",
    "family_name",
    "country",
    "organisation",
    "position",
    "category",
    "email",
    "phone",
    "mode",
)


class Factory:
    def __init__(self, event: Event) -> None:
        self.event = event

    def people(self, count: int, seed: int = 7) -> list[dict[str, Any]]:
        """``count`` people: the notable ones first, then synthetic ones."""
        notable = [
            {"position": "Director", "phone": "+503 2231 1000", "mode": "in_person", **p}
            for p in NOTABLE
        ]
        out = notable[:count]
        if count > len(out):
            out += list(generate(self.event, count - len(out), seed=seed))
        return out

    def add(self, db: Database, count: int, seed: int = 7) -> None:
        """``count`` synthetic participants straight into the database."""
        with db.write() as session:
            add_demo(session, self.event, count, desk_id=db.desk_id, seed=seed)

    def list_rows(self, people: Sequence[dict[str, Any]], lang: str = "es") -> list[list[str]]:
        """People as an online form exports them (country names, category labels, modes)."""
        rows = []
        for p in people:
            country = self.event.country(p["country"]).name.get(lang) if p.get("country") else ""
            category = self.event.category(p["category"]).label.get(lang)
            mode = {
                "in_person": "Presencial" if lang == "es" else "In person",
                "online": "Virtual" if lang == "es" else "Online",
            }[p.get("mode", "in_person")]
            rows.append(
                [
                    p["given_name"],
                    p["family_name"],
                    country,
                    p.get("organisation", ""),
                    p.get("position", ""),
                    category,
                    p.get("email", ""),
                    p.get("phone", ""),
                    mode,
                ]
            )
        return rows

    def write_csv(
        self,
        path: Path,
        people: Sequence[dict[str, Any]] = (),
        *,
        rows: Sequence[Sequence[str]] | None = None,
        headers: Sequence[str] = HEADERS_ES,
        lang: str = "es",
        encoding: str = "utf-8",
        delimiter: str = ",",
        newline: str = "\r\n",
    ) -> Path:
        """A CSV exactly as written by a spreadsheet: encoding, delimiter and line ends."""
        body = rows if rows is not None else self.list_rows(people, lang)

        def cell(value: str) -> str:
            if any(ch in value for ch in (delimiter, '"', "\n", "\r")):
                return '"' + value.replace('"', '""') + '"'
            return value

        lines = [delimiter.join(cell(h) for h in headers)]
        lines += [delimiter.join(cell(str(v)) for v in row) for row in body]
        path.write_bytes((newline.join(lines) + newline).encode(encoding))
        return path

    def write_xlsx(
        self,
        path: Path,
        people: Sequence[dict[str, Any]],
        headers: Sequence[str] = HEADERS_EN,
        lang: str = "en",
    ) -> Path:
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.append(list(headers))
        for row in self.list_rows(people, lang):
            ws.append(row)
        wb.save(path)
        return path
