"""Participant lists (CSV/XLSX exports of online registration forms) → participants.

All or nothing: every row is checked first; if any row is invalid nothing is written and
the error lists every bad line with its number and reason. Re-importing a list updates
the people already known and never duplicates them: a row matches a participant by badge
or invitation code, else by e-mail (case ignored), else by normalised name and country.
The same person twice in one file is one participant, and the report names the repeated
line. A new participant who may be somebody already registered, or another row (the
duplicate matcher, :mod:`desk.people.matching`: accents, case and word order ignored, a
missing second name, one typo per word, the same phone…), is added all the same and listed
once, with their likeliest match and why, for a person to check. The caller owns the
transaction (``with db.write() as session``).

Categories: a row's category cell wins; a row without one (every row of a list with no
category column) gets the category of the first matching :class:`CategoryRule`
(organisation, e-mail domain or category cell contains its text, accents and case
ignored), else the :class:`CategoryChoice`'s category for the whole file, else the
event's default — and the report says how many people get each. A category cell that is
no category of the event is reported per value, with the closest category.

Columns Desk does not use are kept per person as extra fields (``extra``: header → text).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.arrival import codes
from desk.counted import NEW, ROWS_READ, UNCHANGED, UPDATED, counted, listed
from desk.errors import DeskError, ImportFileError
from desk.events.display import category_label
from desk.events.event import Event
from desk.i18n import language, translate
from desk.people.header_map import HeaderMap, map_headers, split_full_name
from desk.people.import_categories import (
    CategoryChoice,
    CategoryCount,
    SuggestedRule,
    UnknownCategory,
    category_counts,
    closest_category,
    suggest_rules,
)
from desk.people.matching import MIN_SCORE, Person, compare
from desk.people.matching_import import best_matches
from desk.people.participants import (
    EDITABLE_FIELDS,
    WordRow,
    blank_values,
    dump_extra,
    email_key,
    insert_participants,
    is_email,
    load_extra,
    name_key,
    new_participant_rows,
    update_participant,
)
from desk.people.tabular import Table, read_headers, read_table
from desk.people.textnorm import fold
from desk.storage.db import bulk_work
from desk.storage.models import (
    MODE_IN_PERSON,
    MODE_ONLINE,
    SOURCE_PREREGISTERED,
    STATUS_MERGED,
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
SIMILAR_SHOWN = 20  # similar lines the report lists; it counts the others


class ImportCancelled(DeskError):
    """The operator cancelled the import; nothing was imported."""


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    message: str


class ImportRowsError(ImportFileError):
    """Some rows are invalid; nothing was imported."""

    def __init__(
        self,
        path: Path,
        problems: list[RowProblem],
        categories: Sequence[UnknownCategory] = (),
        event: Event | None = None,
    ) -> None:
        self.path = path
        self.problems = problems
        self.categories = tuple(categories)
        lines = {p.line for p in problems}
        for c in self.categories:
            lines.update(c.lines)
        head = translate(
            "import", "{file}: nothing was imported, %n lines have problems:", None, len(lines)
        ).format(file=path.name)
        body = [
            translate("import", "line {line}: {problem}").format(line=p.line, problem=p.message)
            for p in problems
        ]
        if event is not None and self.categories:
            body += [c.line(event) for c in self.categories]
            body.append(
                translate(
                    "import",
                    "Known categories: {known}. Correct the list, or give a rule that maps "
                    "the value to a category.",
                ).format(known=", ".join(c.id for c in event.categories))
            )
        super().__init__("\n".join([head, *body]))


@dataclass(frozen=True, slots=True)
class Repeat:
    line: int
    first_line: int
    reason: str


@dataclass(frozen=True, slots=True)
class Similar:
    """A new participant who may be another row or somebody already registered (the
    likeliest match only): added all the same, listed for a person to check."""

    line: int
    other: str  # the other line's number, or the participant's name
    code: str | None = None  # the participant's badge code when ``other`` is a participant
    # The two as the matcher saw them, and whether the row's e-mail and phone are its own
    # (not an office's): the reason is told when asked (most are never shown).
    people: tuple[Person, Person, bool, bool] | None = field(
        default=None, repr=False, compare=False
    )

    @property
    def reason(self) -> str:
        """Why they may be one person, in the current language ("Same name; same country")."""
        if self.people is None:
            return ""
        a, b, email_ok, phone_ok = self.people
        match = compare(a, b, email_ok=email_ok, phone_ok=phone_ok)
        return match.text() if match is not None else ""


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
    unused_columns: tuple[str, ...] = ()  # kept as extra fields
    similar: tuple[Similar, ...] = ()
    dry_run: bool = False
    created_ids: tuple[str, ...] = field(default=(), repr=False)
    category_column: bool = True  # the list has a category column
    categories: tuple[CategoryCount, ...] = ()  # the people of the list, by category
    choice: CategoryChoice = field(default_factory=CategoryChoice)
    default_label: str = ""  # the event's default category, for "everybody gets …"
    # Rows left with the default category whose organisation names another category.
    suggested: tuple[SuggestedRule, ...] = ()

    def lines(self, more_similar: str | None = None) -> list[str]:
        """The report as an operator reads it, in the current language. Similar people
        beyond the first ``SIMILAR_SHOWN`` are counted, on a line that ends with
        ``more_similar`` (where to see them all; ``desk duplicates`` by default)."""
        out = [
            translate("import", "{file}: {counts}.").format(
                file=self.file,
                counts=listed(
                    counted(ROWS_READ, self.rows),
                    counted(NEW, self.created),
                    counted(UPDATED, self.updated),
                    counted(UNCHANGED, self.unchanged),
                ),
            )
        ]
        for r in self.repeated:
            out.append(
                translate(
                    "import", "Line {line} repeats line {first} ({reason}): one participant."
                ).format(line=r.line, first=r.first_line, reason=r.reason)
            )
        out += self._similar_lines(more_similar)
        if not self.category_column:
            if not self.choice:
                out.append(
                    translate(
                        "import",
                        "The list has no category column: everybody gets the category "
                        "“{label}”. Choose a category for the whole file, or rules.",
                    ).format(label=self.default_label)
                )
            else:
                labels = {c.category: c.label for c in self.categories}
                default = self.choice.default
                text = translate("import", "The list has no category column")
                if self.choice.rules:
                    text += ": " + translate(
                        "import", "%n rules chosen", None, len(self.choice.rules)
                    )
                if default:
                    text += (", " if self.choice.rules else ": ") + translate(
                        "import", "“{label}” for everybody else"
                    ).format(label=labels.get(default, default))
                out.append(text + ".")
        if self.categories:
            parts = []
            for c in self.categories:
                part = f"{c.label} ({c.category}): {c.people}"
                if c.by_rule:
                    part += " " + translate("import", "(%n by rule)", None, c.by_rule)
                parts.append(part)
            out.append(translate("import", "Categories: {counts}.").format(counts="; ".join(parts)))
        if self.suggested:
            out.append(
                translate(
                    "import",
                    "Organisations that name a category (rules you may want): {rules}.",
                ).format(
                    rules="; ".join(
                        translate("import", "“{rule}” (%n rows)", None, r.rows).format(
                            rule=r.argument
                        )
                        for r in self.suggested
                    )
                )
            )
        if self.unused_columns:
            out.append(
                translate("import", "Columns kept as extra fields: {columns}.").format(
                    columns=", ".join(self.unused_columns)
                )
            )
        if self.dry_run:
            out.append(translate("import", "Dry run: nothing was saved."))
        return out

    def _similar_lines(self, more: str | None) -> list[str]:
        out = []
        for sim in self.similar[:SIMILAR_SHOWN]:
            if sim.code is None:
                text = translate(
                    "import",
                    "Line {line} may be the same person as line {other} ({reason}): kept as "
                    "two participants; check them.",
                )
            else:
                text = translate(
                    "import",
                    "Line {line} may be {other} ({code}), already registered ({reason}): "
                    "added as a new participant; check them.",
                )
            code = codes.format_code(sim.code) if sim.code else ""
            reason = sim.reason[:1].lower() + sim.reason[1:]
            out.append(text.format(line=sim.line, other=sim.other, code=code, reason=reason))
        hidden = len(self.similar) - SIMILAR_SHOWN
        if hidden > 0:
            if more is None:
                more = (
                    translate(
                        "import", "after the import, see the full list with `desk duplicates`"
                    )
                    if self.dry_run
                    else translate("import", "see the full list with `desk duplicates`")
                )
            out.append(
                translate("import", "… and %n more: {where}.", None, hidden).format(where=more)
            )
        return out


@dataclass(slots=True)
class _Row:
    line: int
    values: dict[str, Any]  # LIST_FIELDS present in the file (blank cells left out)
    code: str | None = None
    invitation_code: str | None = None
    email_key: str = ""
    name_country: str = ""  # normalised name and country: "jose luis hernandez nunez|SV"
    extra: dict[str, str] = field(default_factory=dict)  # kept columns, blank cells left out
    by_rule: bool = False  # the category came from a rule
    no_category: bool = False  # no category cell

    def rekey(self) -> None:
        self.email_key, self.name_country = _keys(self.values)


def _parse_row(
    event: Event,
    hmap: HeaderMap,
    line: int,
    cells: tuple[str, ...],
    choice: CategoryChoice,
    unknown: dict[str, list[int]],
) -> tuple[_Row | None, list[RowProblem]]:
    problems: list[str] = []
    values: dict[str, Any] = {}
    by_rule = False

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
    cat = event.lookup_category(category) if category else None
    if cat is not None:
        values["category"] = cat
    elif choice:
        if choice.rules:
            email = hmap.value(cells, "email")
            texts = [
                fold(values.get("organisation", "")),
                fold(email.rpartition("@")[2]) if "@" in email else "",
                fold(category),
            ]
            cat = choice.match(texts)
            by_rule = cat is not None
        if cat is None and not category:
            cat = choice.default
        if cat is not None:
            values["category"] = cat
    if category and cat is None:
        unknown.setdefault(category, []).append(line)

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

    row = _Row(
        line, values, extra=hmap.kept_values(cells), by_rule=by_rule, no_category=not category
    )
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


def _merge_repeats(rows: list[_Row]) -> tuple[list[_Row], list[Repeat]]:
    """The same person twice in one file becomes one row (later non-blank cells win); the
    same name and country with two e-mails are two registrations (the matcher lists
    them)."""
    by_code: dict[str, _Row] = {}
    by_email: dict[str, _Row] = {}
    by_name: dict[str, _Row] = {}
    kept: list[_Row] = []
    repeats: list[Repeat] = []
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
            first = None
        if first is None:
            kept.append(row)
            first = row
        else:
            repeats.append(Repeat(row.line, first.line, reason))
            first.values.update(row.values)
            first.extra.update(row.extra)
            first.by_rule = row.by_rule if "category" in row.values else first.by_rule
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
    return kept, repeats


def read_list(
    event: Event,
    path: Path,
    progress: Progress | None = None,
    choice: CategoryChoice | None = None,
) -> tuple[Table, HeaderMap, list[_Row], list[Repeat]]:
    """Read and check every row of a list, or raise with every bad line."""
    table = read_table(path)
    hmap = map_headers(table.headers)
    choice = choice or CategoryChoice()
    parsed: list[_Row] = []
    problems: list[RowProblem] = []
    unknown: dict[str, list[int]] = {}
    total = len(table.rows)
    for i, r in enumerate(table.rows, 1):
        row, errs = _parse_row(event, hmap, r.line, r.cells, choice, unknown)
        if row is not None:
            parsed.append(row)
        problems += errs
        if progress and i % PROGRESS_EVERY == 0:
            progress(i, total * 2)
    if problems or unknown:
        categories = [
            UnknownCategory(value, tuple(lines), closest_category(event, value))
            for value, lines in sorted(unknown.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        ]
        raise ImportRowsError(path, problems, categories, event)
    rows, repeats = _merge_repeats(parsed)
    return table, hmap, rows, repeats


def list_headers(path: Path | str) -> tuple[str, ...]:
    """The headers of a list, from its first lines (ImportFileError when unreadable)."""
    return read_headers(Path(path))


def import_participants(
    session: Session,
    event: Event,
    path: Path | str,
    *,
    desk_id: str,
    dry_run: bool = False,
    progress: Progress | None = None,
    choice: CategoryChoice | None = None,
) -> ImportReport:
    """Import a participant list inside the caller's write transaction; ``choice`` gives
    the category of rows without one (see the module docstring)."""
    with bulk_work():
        return _import(
            session, event, Path(path), desk_id, dry_run, progress, choice or CategoryChoice()
        )


def _similar(created: list[Person], existing: Sequence[Any]) -> list[Similar]:
    """Each new participant's likeliest match among the people already registered and the
    rows before it, if any (:func:`desk.people.matching_import.best_matches`)."""
    if not created:
        return []
    known = [e for e in existing if e.status != STATUS_MERGED]
    people = [Person(e.id, e.given_name, e.family_name, e.email, e.phone, e.country) for e in known]
    out = []
    for best in best_matches(created, people, MIN_SCORE):
        row = created[best.row]
        if best.registered:
            e = known[best.other]
            name = f"{e.family_name}, {e.given_name}"
            pair = (row, people[best.other], best.email_ok, best.phone_ok)
            out.append(Similar(int(str(row.key)), name, e.code, pair))
        else:
            other = created[best.other]
            pair = (row, other, best.email_ok, best.phone_ok)
            out.append(Similar(int(str(row.key)), str(other.key), None, pair))
    return out


def _import(
    session: Session,
    event: Event,
    path: Path,
    desk_id: str,
    dry_run: bool,
    progress: Progress | None,
    choice: CategoryChoice,
) -> ImportReport:
    table, hmap, rows, repeats = read_list(event, path, progress, choice)
    total = len(table.rows)
    got: Counter[str] = Counter()
    got_by_rule: Counter[str] = Counter()
    # Organisations of the rows without a category cell left with the event's default
    # category (by no choice, or by choosing it for the whole file), for suggestions.
    default = event.default_category
    uncategorised = [
        r.values.get("organisation", "")
        for r in rows
        if r.no_category
        and not r.by_rule
        and r.values.get("category", default) == default
        and r.values.get("organisation")
    ]

    existing = session.execute(
        select(
            Participant.id,
            Participant.code,
            Participant.invitation_code,
            Participant.email_key,
            Participant.name_key,
            Participant.country,
            Participant.extra,
            Participant.status,
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
    created: list[Person] = []  # the new participants, for the duplicate matcher
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
            if namesake is not None and not _other_email(email, namesake.email_key):
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
            got[row.values.get("category") or match.category] += 1
            got_by_rule[row.values.get("category") or match.category] += row.by_rule
            if row.extra:
                known = load_extra(match.extra)
                merged = {**known, **row.extra}
                if merged != known:
                    diff["extra"] = dump_extra(merged)
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
            values = {**defaults, **row.values, "extra": row.extra}
            got[values["category"]] += 1
            got_by_rule[values["category"]] += row.by_rule
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
            created.append(
                Person(
                    row.line,
                    values["given_name"],
                    values["family_name"],
                    values.get("email") or "",
                    values.get("phone") or "",
                    values.get("country"),
                )
            )
        if progress and i % PROGRESS_EVERY == 0:
            progress(total + i, total * 2)
    if problems:
        raise ImportRowsError(path, problems)
    similar = _similar(created, existing)

    if not dry_run:
        insert_participants(session, new_rows, new_words)
        for match, diff in changes:
            old = {f: getattr(match, f) for f in LIST_FIELDS}
            old["extra"] = match.extra
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
        unused_columns=tuple(key for key, _ in hmap.kept),
        similar=tuple(similar),
        dry_run=dry_run,
        created_ids=tuple(r["id"] for r in new_rows),
        category_column="category" in hmap.columns,
        categories=category_counts(event, got, got_by_rule),
        choice=choice,
        default_label=category_label(event, event.default_category, language()),
        suggested=suggest_rules(event, uncategorised) if uncategorised else (),
    )
