"""Which column of a participant list holds which field, from its Spanish or English
header (``map_headers``: "Apellido(s)", "Correo electrónico", "Segundo apellido", "Nombre /
Apellido"…), and a full name split into given and family names by the Spanish convention
(``split_full_name``). desk/people/tabular.py reads the file; desk/people/importing.py puts the two
together."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from desk.errors import ImportFileError
from desk.i18n import LANGUAGES, translate, translate_to
from desk.people.textnorm import fold

__all__ = [
    "FIELDS",
    "HeaderMap",
    "is_dietary",
    "map_headers",
    "names_a_person",
    "no_dietary_need",
    "split_full_name",
]

FIELDS = (
    "given_name",
    "family_name",
    "full_name",
    "country",
    "organisation",
    "position",
    "category",
    "email",
    "phone",
    "mode",
    "code",
)

_NAME = "name?"  # "Nombre" / "Name": given name next to a family-name column, else full name
_GIVEN_MORE = "given_name+"  # "Segundo nombre": joined after the given name
_FAMILY_MORE = "family_name+"  # "Segundo apellido": joined after the family name

_SYNONYMS: dict[str, tuple[str, ...]] = {
    _NAME: (
        "Nombre",
        "Nombres",
        "Name",
        "Names",
        "Nombre del participante",
        "Nombre participante",
        "Nombre de la persona",
        "Participant name",
        "Attendee name",
    ),
    "given_name": (
        "Primer nombre",
        "Nombre de pila",
        "First name",
        "First names",
        "Firstname",
        "Given name",
        "Given names",
        "Forename",
        "Forenames",
    ),
    _GIVEN_MORE: ("Segundo nombre", "Otros nombres", "Middle name", "Middle names"),
    "family_name": (
        "Apellido",
        "Apellidos",
        "Primer apellido",
        "Apellido paterno",
        "Last name",
        "Last names",
        "Lastname",
        "Family name",
        "Family names",
        "Surname",
        "Surnames",
        "First surname",
    ),
    _FAMILY_MORE: (
        "Segundo apellido",
        "Apellido materno",
        "Second surname",
        "Second last name",
    ),
    "full_name": (
        "Nombre completo",
        "Nombres completos",
        "Nombre y apellido",
        "Nombres y apellidos",
        "Apellidos y nombres",
        "Nombre completo del participante",
        "Full name",
        "Fullname",
        "Complete name",
        "Name and surname",
        "First and last name",
        "Participante",
        "Participant",
        "Asistente",
        "Attendee",
    ),
    "country": (
        "Country code",
        "Código de país",
        "País",
        "Country",
        "País de residencia",
        "País de origen",
        "País que representa",
        "Country of residence",
        "Country of origin",
        "Nacionalidad",
        "Nationality",
        "Delegación",
        "Delegation",
    ),
    "organisation": (
        "Institución",
        "Organización",
        "Organisation",
        "Organization",
        "Institution",
        "Entidad",
        "Dependencia",
        "Agency",
        "Company",
        "Empresa",
        "Organismo",
        "Afiliación",
        "Affiliation",
        "Employer",
        "Nombre de la institución",
        "Nombre de la organización",
        "Institución u organización",
        "Institución que representa",
        "Organización que representa",
    ),
    "position": (
        "Cargo",
        "Puesto",
        "Position",
        "Job title",
        "Título del cargo",
        "Cargo que desempeña",
        "Cargo actual",
        "Puesto de trabajo",
        "Ocupación",
        "Occupation",
    ),
    "category": (
        "Category code",
        "Código de categoría",
        "Categoría",
        "Category",
        "Tipo de participante",
        "Categoría de participante",
        "Participant type",
        "Participant category",
        "Perfil",
        "Profile",
        "Rol en el evento",
        "Role in the event",
    ),
    "email": (
        "Correo electrónico",
        "Correo",
        "Correo-e",
        "E-mail",
        "Email",
        "Mail",
        "Email address",
        "E-mail address",
        "Dirección de correo electrónico",
        "Dirección de correo",
        "Correo electrónico del participante",
    ),
    "phone": (
        "Teléfono",
        "Teléfonos",
        "Tel",
        "Celular",
        "Móvil",
        "Phone",
        "Telephone",
        "Mobile",
        "Mobile phone",
        "Mobile number",
        "Cell phone",
        "Cellphone",
        "Phone number",
        "WhatsApp",
        "Número de teléfono",
        "Número de celular",
        "Número de WhatsApp",
        "Teléfono celular",
        "Teléfono móvil",
        "Teléfono de contacto",
    ),
    "mode": (
        "Modalidad",
        "Modalidad de participación",
        "Modalidad de asistencia",
        "Attendance",
        "Attendance mode",
        "Participation",
        "Participation mode",
        "Mode",
    ),
    "code": (
        "Código",
        "Código de invitación",
        "Código de gafete",
        "Código QR",
        "Code",
        "Badge code",
        "Invitation code",
        "Badge ID",
        "QR",
        "QR code",
    ),
}

_PLURAL_MARK = re.compile(r"\(\s*(?:e?s|as|os)\s*\)", re.IGNORECASE)
_LEADING_NUMBER = re.compile(r"^\d+ ")
_PARTS = re.compile(r"[/|()\[\]]")


def _key(header: str) -> str:
    """Header → comparison key: no "(s)", accents, case, punctuation, numbering or spaces."""
    folded = fold(_PLURAL_MARK.sub("", header))
    return _LEADING_NUMBER.sub("", folded).replace(" ", "")


_LOOKUP: dict[str, str] = {
    _key(synonym): target for target, synonyms in _SYNONYMS.items() for synonym in synonyms
}


def _classify(header: str) -> str | None:
    """The field (or _NAME / _GIVEN_MORE / _FAMILY_MORE) a header names, or None."""
    whole = _key(header)
    if not whole:
        return None
    if whole in _LOOKUP:
        return _LOOKUP[whole]
    found: list[str] = []
    for part in _PARTS.split(_PLURAL_MARK.sub("", header)):
        key = _key(part)
        if key in _LOOKUP:
            found.append(_LOOKUP[key])
    if not found:
        return None
    kinds = set(found)
    if kinds <= {_NAME, "given_name", "family_name"} and len(kinds) > 1 and "family_name" in kinds:
        return "full_name"  # "Nombre / Apellido" in one column
    # The most specific wins: any field over the ambiguous "Nombre"; then the first part.
    return max(found, key=lambda target: target != _NAME)


# Columns Desk keeps as extra fields but also understands: dietary needs, counted for
# catering (the original header stays the key of the field).
_DIETARY = frozenset(
    _key(h)
    for h in (
        "Dieta",
        "Dieta especial",
        "Tipo de dieta",
        "Dietary needs",
        "Dietary requirements",
        "Dietary restrictions",
        "Dietary preferences",
        "Diet",
        "Special diet",
        "Restricciones alimentarias",
        "Restricciones alimenticias",
        "Restricción alimentaria",
        "Necesidades alimentarias",
        "Necesidades alimenticias",
        "Requerimientos alimenticios",
        "Requerimientos alimentarios",
        "Preferencia alimentaria",
        "Preferencias alimentarias",
        "Alimentación",
        "Alergias alimentarias",
        "Food allergies",
        "Food restrictions",
        "Food preferences",
        "Meal preference",
        "Meal preferences",
        "Menú",
        "Menu",
    )
)
_DIETARY_STEMS = ("diet", "aliment")
_NO_NEED = frozenset(
    fold(v)
    for v in (
        "no",
        "ninguna",
        "ninguno",
        "nada",
        "none",
        "no aplica",
        "n/a",
        "na",
        "not applicable",
        "nothing",
        "no tengo",
        "ninguna en particular",
        "sin restricciones",
        "sin restricción",
        "no restrictions",
        "no restriction",
        "normal",
        "regular",
        "0",
    )
)


def is_dietary(header: str) -> bool:
    """Whether a column holds dietary needs ("Dieta", "Dietary needs", "Restricciones
    alimentarias", "Alimentación"…), whatever the case, accents or numbering."""
    if _key(header) in _DIETARY:
        return True
    return any(w.startswith(_DIETARY_STEMS) for w in fold(header).split())


def no_dietary_need(value: str) -> bool:
    """Whether a dietary cell says there is none ("", "Ninguna", "N/A", "-", "No")."""
    folded = fold(value)
    return not folded or folded in _NO_NEED


def names_a_person(header: str) -> bool:
    """Whether a header can name a whole person ("Nombre completo", or a plain "Nombre"
    with no family-name column beside it): a list of one such column is still a list."""
    return _classify(header) in ("full_name", _NAME)


@dataclass(frozen=True)
class HeaderMap:
    columns: dict[str, int]  # field -> column index
    unused: tuple[str, ...]  # headers not used, in file order
    # Further columns joined after a field, in order: "Segundo apellido", "Segundo nombre".
    extra: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # The columns Desk does not use, kept per person as extra fields: (key, column index),
    # the key being the header (numbered "Notas (2)" when a header repeats).
    kept: tuple[tuple[str, int], ...] = ()

    def kept_values(self, cells: Sequence[str]) -> dict[str, str]:
        """The row's extra fields: kept column → text, blank cells left out."""
        width = len(cells)
        return {key: cells[i] for key, i in self.kept if i < width and cells[i]}

    def value(self, cells: Sequence[str], name: str) -> str:
        """The field's text in a row: its column, then its extra columns, space-separated."""
        index = self.columns.get(name)
        if index is None:
            return ""
        if name not in self.extra:
            return cells[index] if index < len(cells) else ""
        indexes = (index, *self.extra[name])
        parts = (cells[i] for i in indexes if i < len(cells))
        return " ".join(p for p in parts if p)


@cache
def _desk_export_titles() -> tuple[frozenset[str], frozenset[str]]:
    """Desk's own participant export, in every language: the title that marks such a
    file, and the columns Desk worked out itself (country and category names, check-in,
    badges…), which a list read back must not keep as extra fields."""
    from desk.people.export import COLUMN_TITLES

    derived: tuple[str, ...] = ("country_name", "category_label", "source", "status")
    derived += ("checked_in_at", "checkin_desk", "badges_printed")
    marks, own = set(), set()
    for lang in LANGUAGES:
        marks.add(_key(translate_to(lang, "export", COLUMN_TITLES["checked_in_at"])))
        own |= {_key(translate_to(lang, "export", COLUMN_TITLES[c])) for c in derived}
    return frozenset(marks), frozenset(own)


def map_headers(headers: Sequence[str]) -> HeaderMap:
    """Which column holds which field; raises ImportFileError without name columns."""
    marks, own = _desk_export_titles()
    keys_ = [_key(h) for h in headers]
    derived = own if marks & set(keys_) else frozenset()  # a Desk export read back
    targets = [
        None if key in derived else _classify(h) for h, key in zip(headers, keys_, strict=True)
    ]
    has_family = any(t in ("family_name", _FAMILY_MORE) for t in targets)
    name_as = "given_name" if has_family else "full_name"

    resolved = [name_as if t == _NAME else t for t in targets]
    # A lone "Segundo apellido" / "Segundo nombre" is the field itself.
    for main, more in (("given_name", _GIVEN_MORE), ("family_name", _FAMILY_MORE)):
        if main not in resolved and more in resolved:
            resolved[resolved.index(more)] = main

    columns: dict[str, int] = {}
    extra: dict[str, list[int]] = {}
    unused: list[str] = []
    kept: list[tuple[str, int]] = []
    keys: set[str] = set()
    for index, (header, target) in enumerate(zip(headers, resolved, strict=True)):
        if target in (_GIVEN_MORE, _FAMILY_MORE):
            extra.setdefault(target[:-1], []).append(index)
        elif target is not None and target not in columns:
            columns[target] = index
        elif header.strip() and _key(header) in derived:
            unused.append(header)  # Desk's own reading of the list, not the list's data
        elif header.strip():
            unused.append(header)
            key = header.strip()
            n = 1
            while key in keys:
                n += 1
                key = f"{header.strip()} ({n})"
            keys.add(key)
            kept.append((key, index))

    has_names = ("given_name" in columns and "family_name" in columns) or "full_name" in columns
    if not has_names:
        shown = ", ".join(h for h in headers if h.strip()) or "-"
        message = translate(
            "import",
            "No name columns found. Expected 'Nombre(s)' / 'First name' and "
            "'Apellido(s)' / 'Last name' (or 'Nombre completo' / 'Full name'). "
            "Columns in the file: {columns}",
        )
        raise ImportFileError(message.format(columns=shown))
    return HeaderMap(columns, tuple(unused), {k: tuple(v) for k, v in extra.items()}, tuple(kept))


_PARTICLES = frozenset(
    {
        "de",
        "del",
        "la",
        "las",
        "los",
        "y",
        "da",
        "das",
        "do",
        "dos",
        "di",
        "van",
        "von",
        "der",
        "den",
        "du",
        "san",
        "santa",
    }
)


def split_full_name(text: str) -> tuple[str, str]:
    """(given, family) from a full name, by the Spanish convention.

    "Family, Given" (with a comma) is split at the comma. Otherwise the words are grouped into
    units, a particle (de, del, la, las, los, y, san, van, von, …) sticking to the word that
    follows it, so "de los Ángeles" or "de la Cruz" count as one unit. Then: 1 unit → given
    only; 2 → 1 given + 1 family; 3 → 1 given + 2 family; 4 or more → 2 given + the rest.
    "María de los Ángeles Hernández" → ("María", "de los Ángeles Hernández").
    """
    if "," in text:
        family, _, given = text.partition(",")
        given, family = " ".join(given.split()), " ".join(family.split())
        if given and family:
            return given, family
        text = given or family
    units: list[str] = []
    pending: list[str] = []
    for word in text.split():
        if word.casefold() in _PARTICLES and units:
            pending.append(word)
            continue
        units.append(" ".join([*pending, word]))
        pending = []
    if pending:  # trailing particles stay with the last word
        units[-1] = " ".join([units[-1], *pending])
    if not units:
        return "", ""
    given_count = 1 if len(units) <= 3 else 2
    return " ".join(units[:given_count]), " ".join(units[given_count:])
