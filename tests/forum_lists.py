"""Participant lists as the forum's registration forms exported them: no category column,
and columns Desk does not use (dietary needs, accessibility, interpretation language)."""

from __future__ import annotations

from pathlib import Path

HEADERS_ES = (
    "Nombre",
    "Apellidos",
    "País",
    "Institución",
    "Cargo",
    "Correo electrónico",
    "Teléfono",
    "Dieta",
    "Necesidades de accesibilidad",
    "Idioma de interpretación",
)
ROWS_ES = (
    (
        "Nicolás Josué",
        "Dellano Núñez",
        "El Salvador",
        "Ministerio de Relaciones Exteriores",
        "Director",
        "ndellano@rree.gob.sv",
        "+503 2231 1000",
        "Vegetariana",
        "",
        "Español",
    ),
    (
        "María José",
        "Hernández Peña",
        "Guatemala",
        "Cancillería de Guatemala",
        "Asesora",
        "mjhernandez@minex.gob.gt",
        "",
        "Sin gluten",
        "Silla de ruedas",
        "Inglés",
    ),
    (
        "José Luis",
        "Ñuño Ibáñez",
        "México",
        "Instituto de los Mexicanos en el Exterior",
        "Coordinador",
        "jl.nuno@ime.gob.mx",
        "",
        "Ninguna",
        "",
        "Español",
    ),
    (
        "Ana Lucía",
        "O'Neil Cruz",
        "Honduras",
        "Asociación Hondureños en Houston",
        "Presidenta",
        "ana@hhouston.org",
        "",
        "vegetariana",
        "Intérprete de lengua de señas",
        "Inglés",
    ),
    ("Pedro", "de la O", "Costa Rica", "OIM", "Oficial", "pdelao@iom.int", "", "", "", ""),
)
HEADERS_EN = ("First name", "Last name", "Country", "Organization", "Email", "Dietary needs")
ROWS_EN = (
    ("Grace", "O'Connor", "Canada", "Global Affairs Canada", "grace@international.gc.ca", "Vegan"),
    ("Luis", "Peña", "United States", "Casa de Maryland", "luis@casademd.org", "N/A"),
    ("Ivette", "Sánchez", "El Salvador", "Cancillería", "isanchez@rree.gob.sv", "vegan"),
)


def write_csv(path: Path) -> Path:
    """The Spanish list: semicolons, UTF-8 with BOM (as Excel writes it)."""
    lines = [";".join(HEADERS_ES), *(";".join(row) for row in ROWS_ES)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))
    return path


def write_xlsx(path: Path) -> Path:
    """The English list as a workbook."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(list(HEADERS_EN))
    for row in ROWS_EN:
        ws.append(list(row))
    wb.save(path)
    return path
