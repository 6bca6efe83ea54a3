"""Participant lists (CSV/XLSX exports of online registration forms) → participants.

All or nothing: every row is checked first; if any row is invalid nothing is written and
the error lists every bad line with its number and reason. Re-importing a list updates
the people already known and never duplicates them: a row matches a participant by badge
or invitation code, else by e-mail (case ignored), else by normalised name and country.
The same person twice in one file is one participant, and the report names the repeated
line. The caller owns the transaction (``with db.write() as session``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.arrival import codes
from desk.errors import DeskError, ImportFileError
from desk.events.event import Event
from desk.i18n import translate
from desk.people.header_map import HeaderMap, map_headers, split_full_name
from desk.people.participants import (
    EDITABLE_FIELDS,
    WordRow,
    blank_values,
    email_key,
    insert_participants,
    is_email,
    name_key,
    new_participant_rows,
    update_participant,
)
from desk.people.tabular import Table, read_table
from desk.people.textnorm import fold
from desk.storage.db import bulk_work
from desk.storage.models import (
    MODE_IN_PERSON,
    MODE_ONLINE,
    SOURCE_PREREGISTERED,
    Participant,
    utcnow,
)

Progress = Callable[[int, int], None]

# Fields a list can set on a participant: all that people edit but the status.
LIST_FIELDS = tuple(f for f in EDITABLE_FIELDS if f != "status")
_MODES = {
    MODE_IN_PERSON: (
        "presencial",
        "in person",
        "in-person",
        "inperson",
        "onsite",
        "on site",
        "face to face",
        "cara a cara",
        "presencialmente",
        "si",
        "yes",
        "fisico",
        "fisica",
    ),
    MODE_ONLINE: (
        "virtual",
        "online",
        "en linea",
        "remoto",
        "remote",
        "zoom",
        "a distancia",
        "virtualmente",
        "web",
    ),
}
_MODE_LOOKUP = {fold(v): mode for mode, values in _MODES.items() for v in values}
_MODE_LOOKUP.update({fold(m): m for m in _MODES})
PROGRESS_EVERY = 500


class ImportCancelled(DeskError):
    """The operator cancelled the import; nothing was imported."""


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    message: str


class ImportRowsError(ImportFileError):
    """Some rows are invalid; nothing was imported."""

    def __init__(self, path: Path, problems: list[RowProblem]) -> None:
        self.path = path
        self.problems = problems
        head = translate(
            "import", "{file}: nothing was imported, {count} line(s) have problems:"
        ).format(file=path.name, count=len(problems))
        body = [
            translate("import", "line {line}: {problem}").format(line=p.line, problem=p.message)
            for p in problems
        ]
        super().__init__("\n".join([head, *body]))


@dataclass(frozen=True, slots=True)
class Repeat:
    line: int
    first_line: int
    reason: str


@dataclass(frozen=True, slots=True)
class Similar:
    """A row with the name and country of another row or participant but another e-mail:
    kept apart (two e-mails mean two registrations), listed for a person to check."""

    line: int
    other: str  # the other line's number, or the participant's name
    code: str | None = None  # the participant's badge code when ``other`` is a participant


@dataclass(frozen=True, slots=True)
class ImportReport:
    file: str
    kind: str
    encoding: str | None
    delimiter: str | None
    rows: int
    created: int
    updated: int
    unchanged: int
    repeated: tuple[Repeat, ...] = ()
    unused_columns: tuple[str, ...] = ()
    similar: tuple[Similar, ...] = ()
    dry_run: bool = False
    created_ids: tuple[str, ...] = field(default=(), repr=False)

    def lines(self) -> list[str]:
        """The report as an operator reads it, in the current language."""
        out = [
            translate(
                "import",
                "{file}: {rows} rows read, {created} new, {updated} updated, {unchanged} unchanged.",  # noqa: E501
            ).format(
                file=self.file,
                rows=self.rows,
                created=self.created,
                updated=self.updated,
                unchanged=self.unchanged,
            )
        ]
        for r in self.repeated:
            out.append(
                translate(
                    "import", "Line {line} repeats line {first} ({reason}): one participant."
                ).format(line=r.line, first=r.first_line, reason=r.reason)
            )
        for sim in self.similar:
            if sim.code is None:
                out.append(
                    translate(
                        "import",
                        "Line {line} has the name and country of line {other} but another "
                        "e-mail: kept as two participants; check them.",
                    ).format(line=sim.line, other=sim.other)
                )
            else:
                out.append(
                    translate(
                        "import",
                        "Line {line} has the name and country of {other} ({code}) but another "
                        "e-mail: added as a new participant; check them.",
                    ).format(line=sim.line, other=sim.other, code=codes.format_code(sim.code))
                )
        if self.unused_columns:
            out.append(
                translate("import", "Columns not used: {columns}.").format(
                    columns=", ".join(self.unused_columns)
                )
            )
        if self.dry_run:
            out.append(translate("import", "Dry run: nothing was saved."))
        return out


@dataclass(slots=True)
class _Row:
    line: int
    values: dict[str, Any]  # LIST_FIELDS present in the file (blank cells left out)
    code: str | None = None
    invitation_code: str | None = None
    email_key: str = ""
    name_country: str = ""  # normalised name and country: "jose luis hernandez nunez|SV"

    def rekey(self) -> None:
        self.email_key, self.name_country = _keys(self.values)


def _parse_row(
    event: Event, hmap: HeaderMap, line: int, cells: tuple[str, ...]
) -> tuple[_Row | None, list[RowProblem]]:
    problems: list[str] = []
    values: dict[str, Any] = {}

    given = hmap.value(cells, "given_name").strip()
    family = hmap.value(cells, "family_name").strip()
    full = hmap.value(cells, "full_name").strip()
    if not given and not family and full:
        given, family = split_full_name(full)
    if not given and not family:
        problems.append(translate("import", "no name"))
    values["given_name"] = given
    values["family_name"] = family

    for name in ("organisation", "position", "phone"):
        text = hmap.value(cells, name).strip()
        if text:
            values[name] = text

    country = hmap.value(cells, "country").strip()
    if country:
        iso = event.lookup_country(country)
        if iso is None:
            problems.append(
                translate("import", "unknown country “{country}”").format(country=country)
            )
        else:
            values["country"] = iso

    category = hmap.value(cells, "category").strip()
    if category:
        cat = event.lookup_category(category)
        if cat is None:
            problems.append(
                translate("import", "unknown category “{category}” (known: {known})").format(
                    category=category, known=", ".join(c.id for c in event.categories)
                )
            )
        else:
            values["category"] = cat

    mode = hmap.value(cells, "mode").strip()
    if mode:
        found = _MODE_LOOKUP.get(fold(mode))
        if found is None:
            problems.append(
                translate(
                    "import", "attendance “{mode}” is neither in person (presencial) nor online"
                ).format(mode=mode)
            )
        else:
            values["mode"] = found

    email = hmap.value(cells, "email").strip()
    if email:
        if not is_email(email):
            problems.append(
                translate("import", "“{email}” is not an e-mail address").format(email=email)
            )
        else:
            values["email"] = email

    row = _Row(line, values)
    raw_code = hmap.value(cells, "code").strip()
    if raw_code:
        status, code = codes.classify(raw_code)
        if status is codes.CodeStatus.VALID:
            row.code = code
        elif status is codes.CodeStatus.BAD_CHECK:
            problems.append(
                translate("import", "badge code “{code}” has a wrong check character").format(
                    code=raw_code
                )
            )
        else:
            row.invitation_code = code
    if problems:
        return None, [RowProblem(line, "; ".join(problems))]
    return row, []


def _keys(values: dict[str, Any]) -> tuple[str, str]:
    """The row's e-mail key and its name-and-country key."""
    name = name_key(values["given_name"], values["family_name"])
    return email_key(values.get("email") or ""), f"{name}|{values.get('country') or ''}"


def _other_email(email: str, other_email: str) -> bool:
    """Two different e-mail addresses: two registrations, not one person written twice."""
    return bool(email and other_email and email != other_email)


def _merge_repeats(rows: list[_Row]) -> tuple[list[_Row], list[Repeat], list[Similar]]:
    """The same person twice in one file becomes one row (later non-blank cells win)."""
    by_code: dict[str, _Row] = {}
    by_email: dict[str, _Row] = {}
    by_name: dict[str, _Row] = {}
    kept: list[_Row] = []
    repeats: list[Repeat] = []
    similar: list[Similar] = []
    same_code = translate("import", "same code")
    same_email = translate("import", "same e-mail")
    same_name = translate("import", "same name and country")
    for row in rows:
        row.rekey()
        email, name = row.email_key, row.name_country
        first: _Row | None = None
        reason = ""
        for key, table, why in (
            (row.code or row.invitation_code, by_code, same_code),
            (email, by_email, same_email),
            (name, by_name, same_name),
        ):
            if key and key in table:
                first, reason = table[key], why
                break
        if first is not None and table is by_name and _other_email(email, first.email_key):
            similar.append(Similar(row.line, f"{first.line}"))
            first = None
        if first is None:
            kept.append(row)
            first = row
        else:
            repeats.append(Repeat(row.line, first.line, reason))
            first.values.update(row.values)
            first.code = first.code or row.code
            first.invitation_code = first.invitation_code or row.invitation_code
            first.rekey()
        for key, table in (
            (first.code or first.invitation_code, by_code),
            (first.email_key, by_email),
            (first.name_country, by_name),
        ):
            if key:
                table.setdefault(key, first)
    return kept, repeats, similar


def read_list(
    event: Event, path: Path, progress: Progress | None = None
) -> tuple[Table, HeaderMap, list[_Row], list[Repeat], list[Similar]]:
    """Read and check every row of a list, or raise with every bad line."""
    table = read_table(path)
    hmap = map_headers(table.headers)
    parsed: list[_Row] = []
    problems: list[RowProblem] = []
    total = len(table.rows)
    for i, r in enumerate(table.rows, 1):
        row, errs = _parse_row(event, hmap, r.line, r.cells)
        if row is not None:
            parsed.append(row)
        problems += errs
        if progress and i % PROGRESS_EVERY == 0:
            progress(i, total * 2)
    if problems:
        raise ImportRowsError(path, problems)
    rows, repeats, similar = _merge_repeats(parsed)
    return table, hmap, rows, repeats, similar


def import_participants(
    session: Session,
    event: Event,
    path: Path | str,
    *,
    desk_id: str,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import a participant list inside the caller's write transaction."""
    with bulk_work():
        return _import(session, event, Path(path), desk_id, dry_run, progress)


def _import(
    session: Session,
    event: Event,
    path: Path,
    desk_id: str,
    dry_run: bool,
    progress: Progress | None,
) -> ImportReport:
    table, hmap, rows, repeats, similar = read_list(event, path, progress)
    total = len(table.rows)

    existing = session.execute(
        select(
            Participant.id,
            Participant.code,
            Participant.invitation_code,
            Participant.email_key,
            Participant.name_key,
            Participant.country,
            *(getattr(Participant, f) for f in LIST_FIELDS),
        )
    ).all()
    by_code: dict[str, Any] = {}
    by_email: dict[str, Any] = {}
    by_name: dict[str, Any] = {}
    for e in existing:
        by_code[e.code] = e
        if e.invitation_code:
            by_code[e.invitation_code] = e
        if e.email_key:
            by_email.setdefault(e.email_key, e)
        by_name.setdefault(f"{e.name_key}|{e.country or ''}", e)
    used_codes = set(by_code)
    defaults = blank_values(event)

    now = utcnow()
    new_rows: list[dict[str, Any]] = []
    new_words: list[WordRow] = []
    changes: list[tuple[Any, dict[str, Any]]] = []
    unchanged = 0
    problems: list[RowProblem] = []
    for i, row in enumerate(rows, 1):
        email, name = row.email_key, row.name_country
        match = (
            (row.code and by_code.get(row.code))
            or (row.invitation_code and by_code.get(row.invitation_code))
            or (email and by_email.get(email))
        )
        if not match:
            namesake = by_name.get(name)
            if namesake is not None and _other_email(email, namesake.email_key):
                similar.append(
                    Similar(
                        row.line, f"{namesake.family_name}, {namesake.given_name}", namesake.code
                    )
                )
            else:
                match = namesake
        if match:
            if row.code and row.code != match.code:
                problems.append(
                    RowProblem(
                        row.line,
                        translate(
                            "import",
                            "badge code “{code}” differs from the code {known} of the participant "
                            "with the same e-mail or name",
                        ).format(
                            code=codes.format_code(row.code), known=codes.format_code(match.code)
                        ),
                    )
                )
                continue
            diff = {
                k: v
                for k, v in row.values.items()
                if v != getattr(match, k) and (v or k.endswith("name"))
            }
            if row.invitation_code and not match.invitation_code:
                diff["invitation_code"] = row.invitation_code
            if diff:
                changes.append((match, diff))
            else:
                unchanged += 1
        else:
            code = row.code
            if code is None:
                code = codes.generate_code()
                while code in used_codes:
                    code = codes.generate_code()
            used_codes.add(code)
            values = {**defaults, **row.values}
            participant, words = new_participant_rows(
                event,
                values,
                code=code,
                invitation_code=row.invitation_code,
                source=SOURCE_PREREGISTERED,
                desk_id=desk_id,
                now=now,
            )
            new_rows.append(participant)
            new_words += words
        if progress and i % PROGRESS_EVERY == 0:
            progress(total + i, total * 2)
    if problems:
        raise ImportRowsError(path, problems)

    if not dry_run:
        insert_participants(session, new_rows, new_words)
        for match, diff in changes:
            old = {f: getattr(match, f) for f in LIST_FIELDS}
            update_participant(session, event, match.id, old, diff, desk_id=desk_id, now=now)
    if progress:
        progress(total * 2, total * 2)
    return ImportReport(
        file=path.name,
        kind=table.kind,
        encoding=table.encoding,
        delimiter=table.delimiter,
        rows=total,
        created=len(new_rows),
        updated=len(changes),
        unchanged=unchanged,
        repeated=tuple(repeats),
        unused_columns=hmap.unused,
        similar=tuple(similar),
        dry_run=dry_run,
        created_ids=tuple(r["id"] for r in new_rows),
    )
