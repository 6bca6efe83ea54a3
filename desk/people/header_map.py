"""Which column of a participant list holds which field, from its Spanish or English
header (``map_headers``: "Apellido(s)", "Correo electrónico", "Segundo apellido", "Nombre /
Apellido"…), and a full name split into given and family names by the Spanish convention
(``split_full_name``). desk/people/tabular.py reads the file; desk/people/importing.py puts the two
together."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from desk.errors import ImportFileError
from desk.i18n import translate
from desk.people.textnorm import fold

__all__ = ["FIELDS", "HeaderMap", "map_headers", "names_a_person", "split_full_name"]

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


def map_headers(headers: Sequence[str]) -> HeaderMap:
    """Which column holds which field; raises ImportFileError without name columns."""
    targets = [_classify(h) for h in headers]
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
    for index, (header, target) in enumerate(zip(headers, resolved, strict=True)):
        if target in (_GIVEN_MORE, _FAMILY_MORE):
            extra.setdefault(target[:-1], []).append(index)
        elif target is not None and target not in columns:
            columns[target] = index
        elif header.strip():
            unused.append(header)

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
    return HeaderMap(columns, tuple(unused), {k: tuple(v) for k, v in extra.items()})


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
