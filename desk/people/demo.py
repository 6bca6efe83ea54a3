"""Realistic synthetic participants for trying Desk and for benchmarks.

People from the RCM member countries (and a few observers) with the names such lists
really hold: accents, ñ, two family names, particles (de, de la, del); categories in the
proportions the event file gives; e-mail addresses and phone numbers that look right.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.arrival import codes
from desk.events.event import Event
from desk.people.participants import WordRow, insert_participants, new_participant_rows
from desk.people.textnorm import fold
from desk.storage.models import (
    MODE_IN_PERSON,
    MODE_ONLINE,
    SOURCE_PREREGISTERED,
    Participant,
    utcnow,
)

GIVEN_F = (
    "María",
    "Ana",
    "Carmen",
    "Sofía",
    "Lucía",
    "Inés",
    "Begoña",
    "Verónica",
    "Mónica",
    "Ángela",
    "Ximena",
    "Noemí",
    "Valentina",
    "Camila",
    "Daniela",
    "Marisol",
    "Zoila",
    "Fátima",
    "Belén",
    "Rocío",
    "Araceli",
    "Nuria",
    "Cindy",
    "Larisa",
    "Karla",
    "Wendy",
    "Yesenia",
    "Jennifer",
    "Rosa",
    "Dolores",
    "Guadalupe",
    "Concepción",
    "Aída",
    "Gabriela",
)
GIVEN_M = (
    "José",
    "Luis",
    "Jorge",
    "Andrés",
    "Óscar",
    "Raúl",
    "Ramón",
    "Martín",
    "Héctor",
    "Julián",
    "Íñigo",
    "Nicolás",
    "Álvaro",
    "Tomás",
    "Rubén",
    "Jesús",
    "Sebastián",
    "Mateo",
    "Germán",
    "Efraín",
    "Iván",
    "Adrián",
    "Cristóbal",
    "Gerardo",
    "Bryan",
    "Kevin",
    "Ismael",
    "Ezequiel",
    "Moisés",
    "Carlos",
    "Francisco",
    "Juan",
)
SECOND_F = (
    "Isabel",
    "Elena",
    "Fernanda",
    "de los Ángeles",
    "del Carmen",
    "Eugenia",
    "Inés",
    "Andrea",
    "Mariela",
    "José",
    "Alejandra",
    "Guadalupe",
)
SECOND_M = (
    "Alejandro",
    "José",
    "Antonio",
    "Esteban",
    "Ernesto",
    "Josué",
    "Manuel",
    "Enrique",
    "Armando",
    "de Jesús",
    "Francisco",
)
GIVEN_EN = (
    "John",
    "Mary",
    "Kevin",
    "Sarah",
    "Michael",
    "Olivia",
    "Daniel",
    "Chloé",
    "Zoë",
    "Noël",
    "Jean-Pierre",
    "Émilie",
    "Renée",
    "Patrick",
    "Aisha",
    "Devon",
    "Shanice",
    "Marlon",
)
FAMILY_ES = (
    "Hernández",
    "Rodríguez",
    "Martínez",
    "López",
    "González",
    "Pérez",
    "Sánchez",
    "Ramírez",
    "Flores",
    "Gómez",
    "Díaz",
    "Reyes",
    "Cruz",
    "Morales",
    "Ortiz",
    "Gutiérrez",
    "Chávez",
    "Ramos",
    "Núñez",
    "Peña",
    "Castañeda",
    "Ibáñez",
    "Muñoz",
    "Zúñiga",
    "Beltrán",
    "Orellana",
    "Menjívar",
    "Alvarado",
    "Quiñónez",
    "Argueta",
    "Escobar",
    "Batres",
    "Guzmán",
    "Mejía",
    "Portillo",
    "Aguilar",
    "Villalobos",
    "Solís",
    "Cáceres",
    "Fuentes",
    "Sandoval",
    "Rivas",
    "Henríquez",
    "Márquez",
    "Valdés",
    "Jiménez",
    "Avilés",
    "Brenes",
    "Ulloa",
    "Mora",
    "Pineda",
    "Velásquez",
    "Lara",
    "Portal",
    "Dellano",
    "Ruíz",
    "Cañas",
    "Duarte",
)
PARTICLE_FAMILY = (
    "de la Cruz",
    "de León",
    "del Cid",
    "de la O",
    "de Paz",
    "del Valle",
    "de Jesús",
    "de los Santos",
    "de la Rosa",
)
FAMILY_EN = (
    "Smith",
    "Brown",
    "Campbell",
    "Williams",
    "O'Brien",
    "MacDonald",
    "Tremblay",
    "Gagnon",
    "Roy",
    "Côté",
    "Bouchard",
    "Young",
    "Thompson",
    "Reid",
    "Grant",
    "Clarke",
    "Ørsted",
)
COUNTRY_WEIGHTS = {
    "SV": 30,
    "GT": 8,
    "HN": 8,
    "MX": 9,
    "NI": 5,
    "CR": 6,
    "PA": 5,
    "DO": 6,
    "BZ": 3,
    "CA": 4,
    "US": 8,
    "JM": 2,
    "CL": 2,
    "CO": 2,
    "EC": 1,
    "PE": 1,
}
ENGLISH_SPEAKING = {"BZ", "CA", "US", "JM"}
PHONE_PREFIX = {
    "SV": "+503",
    "GT": "+502",
    "HN": "+504",
    "MX": "+52",
    "NI": "+505",
    "CR": "+506",
    "PA": "+507",
    "DO": "+1809",
    "BZ": "+501",
    "CA": "+1613",
    "US": "+1202",
    "JM": "+1876",
    "CL": "+56",
    "CO": "+57",
    "EC": "+593",
    "PE": "+51",
}
DOMAIN = {
    "SV": "rree.gob.sv",
    "GT": "minex.gob.gt",
    "HN": "sre.gob.hn",
    "MX": "sre.gob.mx",
    "NI": "cancilleria.gob.ni",
    "CR": "rree.go.cr",
    "PA": "mire.gob.pa",
    "DO": "mirex.gob.do",
    "BZ": "mfa.gov.bz",
    "CA": "international.gc.ca",
    "US": "state.gov",
    "JM": "mfaft.gov.jm",
    "CL": "minrel.gob.cl",
    "CO": "cancilleria.gov.co",
    "EC": "cancilleria.gob.ec",
    "PE": "rree.gob.pe",
}
ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "mfa": ("Ministerio de Relaciones Exteriores de {country}", "Dirección de Asuntos Consulares"),
    "diaspora_agency": (
        "Viceministerio de Diáspora y Movilidad Humana",
        "Instituto de los Mexicanos en el Exterior",
        "Dirección de Vinculación con la Diáspora",
        "Consejo Nacional para las Comunidades en el Exterior",
    ),
    "sv_institution": (
        "Ministerio de Educación, Ciencia y Tecnología",
        "Ministerio de Salud",
        "Ministerio de Trabajo y Previsión Social",
        "Dirección General de Migración y Extranjería",
        "Banco Central de Reserva de El Salvador",
        "Alcaldía Municipal de Intipucá",
    ),
    "observer": (
        "ACNUR – Agencia de la ONU para los Refugiados",
        "Comité Internacional de la Cruz Roja",
        "UNICEF",
        "Comisión Interamericana de Derechos Humanos",
        "SICA",
    ),
    "rncom": ("Red Regional de Organizaciones Civiles para las Migraciones (RNCOM)",),
    "diaspora_org": (
        "Asociación de Salvadoreños en Los Ángeles",
        "Fundación Intipucá en Washington",
        "Red de Guatemaltecos en el Exterior",
        "Diáspora Hondureña en Houston",
        "Comunidad Dominicana en Nueva York",
        "Unión de Nicaragüenses en Costa Rica",
    ),
    "speaker": ("The New School", "Universidad Centroamericana José Simeón Cañas", "FLACSO"),
    "iom": ("Organización Internacional para las Migraciones (OIM)",),
    "secretariat": ("Secretaría Técnica de la Conferencia Regional sobre Migración",),
    "press": ("La Prensa Gráfica", "El Diario de Hoy", "Canal 10", "Agencia EFE"),
    "staff": ("Presidencia Pro Tempore de El Salvador – CRM",),
    "guest": ("Invitado especial", "Embajada de España", "Banco Interamericano de Desarrollo"),
}
POSITIONS = (
    "Director de Asuntos Consulares",
    "Directora de Vinculación con la Diáspora",
    "Jefe de Departamento",
    "Oficial de Programas",
    "Coordinadora Regional",
    "Asesor",
    "Vicecónsul",
    "Cónsul General",
    "Presidenta",
    "Periodista",
    "Técnico de Logística",
    "Investigadora",
    "Especialista en Migración",
    "Secretario Técnico",
)


def _name(rng: random.Random, country: str) -> tuple[str, str]:
    if country in ENGLISH_SPEAKING and rng.random() < 0.7:
        return rng.choice(GIVEN_EN), rng.choice(FAMILY_EN)
    female = rng.random() < 0.5
    given = rng.choice(GIVEN_F if female else GIVEN_M)
    if rng.random() < 0.45:
        second_given = rng.choice(SECOND_F if female else SECOND_M)
        if second_given != given:
            given = f"{given} {second_given}"
    first = rng.choice(PARTICLE_FAMILY) if rng.random() < 0.08 else rng.choice(FAMILY_ES)
    second = rng.choice(FAMILY_ES if rng.random() < 0.9 else PARTICLE_FAMILY)
    family = first if rng.random() < 0.15 or second == first else f"{first} {second}"
    return given, family


def generate(event: Event, count: int, seed: int | None = None) -> Iterator[dict[str, Any]]:
    """``count`` participants' editable values (no codes, no ids)."""
    rng = random.Random(seed)
    categories = [c.id for c in event.categories]
    shares = [c.share for c in event.categories]
    countries = list(COUNTRY_WEIGHTS)
    weights = list(COUNTRY_WEIGHTS.values())
    for n in range(count):
        category = rng.choices(categories, shares)[0]
        if category in ("sv_institution", "staff"):
            country = "SV"
        elif category in ("mfa", "diaspora_agency"):
            country = rng.choice([c.code for c in event.members])
        else:
            country = rng.choices(countries, weights)[0]
        given, family = _name(rng, country)
        country_name = event.country(country).name.es
        org = rng.choice(ORGANISATIONS.get(category, ORGANISATIONS["guest"]))
        org = org.format(country=country_name)
        local = ".".join(fold(f"{given.split()[0]} {family.split()[-1]}").split())
        domain = (
            DOMAIN.get(country, "correo.org")
            if category in ("mfa",)
            else rng.choice(
                (
                    "gmail.com",
                    "outlook.com",
                    "yahoo.com",
                    "hotmail.com",
                    DOMAIN.get(country, "org.sv"),
                )
            )
        )
        prefix = PHONE_PREFIX.get(country, "+503")
        yield {
            "given_name": given,
            "family_name": family,
            "country": country,
            "organisation": org,
            "position": rng.choice(POSITIONS),
            "category": category,
            "mode": MODE_ONLINE if rng.random() < 0.15 else MODE_IN_PERSON,
            "email": f"{local}{n}@{domain}",
            "phone": f"{prefix} {rng.randint(2000, 7999)} {rng.randint(1000, 9999)}",
        }


def add_demo(
    session: Session, event: Event, count: int, *, desk_id: str, seed: int | None = None
) -> int:
    """Add ``count`` synthetic participants inside the caller's transaction."""
    used = set(session.scalars(select(Participant.code)))
    now = utcnow()
    rows: list[dict[str, Any]] = []
    words: list[WordRow] = []
    for values in generate(event, count, seed):
        code = codes.generate_code()
        while code in used:
            code = codes.generate_code()
        used.add(code)
        row, w = new_participant_rows(
            event,
            values,
            code=code,
            invitation_code=None,
            source=SOURCE_PREREGISTERED,
            desk_id=desk_id,
            now=now,
        )
        rows.append(row)
        words += w
    insert_participants(session, rows, words)
    return len(rows)
