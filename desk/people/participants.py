"""Participants: derived keys, the search index, reading them out for screens and JSON."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Integer, Select, Text, bindparam, cast, func, select, update
from sqlalchemy.orm import Session

from desk.arrival import codes
from desk.events.event import Event
from desk.people.header_map import is_dietary, no_dietary_need
from desk.people.textnorm import fold
from desk.storage.db import bulk_insert, indexes_built_after
from desk.storage.models import (
    MODE_IN_PERSON,
    MODE_ONLINE,
    STATUS_CANCELLED,
    STATUS_MERGED,
    STATUS_REGISTERED,
    Desk,
    Meta,
    Participant,
    ParticipantWord,
    Record,
    new_id,
)

# Search ranks: lower is better.
RANK_NAME = 0
RANK_ORGANISATION = 1
RANK_EMAIL = 2
RANK_EXTRA = 3  # a word of a list's other columns ("vegetariana", "inglés")

EDITABLE_FIELDS = (
    "given_name",
    "family_name",
    "country",
    "organisation",
    "position",
    "category",
    "mode",
    "email",
    "phone",
    "status",
)


@dataclass(frozen=True, slots=True)
class ParticipantInfo:
    """A participant as screens, the CLI and other threads see it (no live ORM object)."""

    id: str
    code: str
    invitation_code: str | None
    given_name: str
    family_name: str
    country: str | None
    organisation: str
    position: str
    category: str
    mode: str
    email: str
    phone: str
    source: str
    status: str
    created_at: datetime
    updated_at: datetime
    created_desk: str
    updated_desk: str
    checked_in_at: datetime | None = None
    checkin_desk: str | None = None
    badges_printed: int = 0
    # The list's other columns: original header → text ("Dieta": "Vegetariana").
    extra: Mapping[str, str] = field(default_factory=dict)

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("created_at", "updated_at", "checked_in_at"):
            value = data[key]
            data[key] = value.isoformat().replace("+00:00", "Z") if value else None
        data["extra"] = dict(self.extra)
        return data


@dataclass(frozen=True, slots=True)
class Counts:
    registered: int
    cancelled: int
    in_person: int
    online: int
    checked_in: int
    by_category: Mapping[str, int] = field(default_factory=dict)
    checked_in_by_category: Mapping[str, int] = field(default_factory=dict)
    # Registered in person and checked in (``checked_in`` also counts people registered
    # online who came after all): in person, checked in against registered.
    checked_in_person: int = 0
    in_person_by_category: Mapping[str, int] = field(default_factory=dict)
    checked_in_person_by_category: Mapping[str, int] = field(default_factory=dict)


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def is_email(text: str) -> bool:
    """Looks like an e-mail address (name@domain.tld); nothing stricter is useful at a desk."""
    return bool(_EMAIL.match(text))


def name_key(given_name: str, family_name: str) -> str:
    """The name as compared for duplicates: accents, case and punctuation ignored."""
    # Folded part by part: given and family names repeat, so fold's cache answers most.
    return f"{fold(given_name)} {fold(family_name)}".strip()


def sort_key(given_name: str, family_name: str) -> str:
    return f"{fold(family_name)} {fold(given_name)}".strip()


def email_key(email: str) -> str:
    return email.strip().casefold()


# Short words that only cost index rows when they come from organisations or countries
# ("Ministerio de Relaciones Exteriores de Guatemala"); in names they are kept ("de la O").
STOP_WORDS = frozenset(
    [
        "a",
        "al",
        "and",
        "de",
        "del",
        "e",
        "el",
        "en",
        "for",
        "in",
        "la",
        "las",
        "los",
        "of",
        "para",
        "por",
        "the",
        "y",
    ]
)


_country_words_cache: dict[tuple[str, str], tuple[str, ...]] = {}


def country_words(event: Event, code: str) -> tuple[str, ...]:
    """Index words of a country: its names in Spanish and English and its ISO code."""
    key = (event.id, code)
    words = _country_words_cache.get(key)
    if words is None:
        try:
            names = event.country(code).name
            text = f"{names.es} {names.en} {code}"
        except KeyError:
            text = code
        words = tuple(dict.fromkeys(w for w in fold(text).split() if w not in STOP_WORDS))
        _country_words_cache[key] = words
    return words


# -- extra fields: a list's other columns, stored as one JSON object per person -----------

Extra = Mapping[str, str] | str | None  # as given: a mapping, stored JSON text, or nothing


def load_extra(value: Extra) -> dict[str, str]:
    """The extra fields of a stored (JSON text) or given value; {} for none or bad text."""
    if not value:
        return {}
    if isinstance(value, str):
        if value == "{}":
            return {}
        try:
            loaded = json.loads(value)
        except ValueError:
            return {}
        value = loaded if isinstance(loaded, dict) else {}
    return {str(k): str(v) for k, v in value.items() if k and v is not None and str(v) != ""}


def dump_extra(value: Extra) -> str:
    """Extra fields as stored: a JSON object in the list's column order ("{}" for none)."""
    if isinstance(value, str):
        value = load_extra(value)
    if not value:
        return "{}"
    return json.dumps(dict(value), ensure_ascii=False, separators=(",", ":"))


def dietary_need(value: Extra) -> str:
    """The dietary need among extra fields (columns such as "Dieta", "Dietary needs"), as
    written; "" when none is given or it says none ("Ninguna", "N/A")."""
    fields = load_extra(value)
    needs = [v.strip() for k, v in fields.items() if is_dietary(k) and not no_dietary_need(v)]
    return "; ".join(n for n in needs if n)[:200]


def search_words(values: Mapping[str, Any]) -> dict[str, int]:
    """Normalised word → best rank, for the word index: names, organisation, e-mail, and
    the values of the extra fields.

    Countries are not in the word index (each participant has one; the search finds
    them through ``participants.country``), which keeps the index a fifth smaller."""
    ranked: dict[str, int] = {}
    for word in fold(values["given_name"]).split():
        ranked[word] = RANK_NAME
    for word in fold(values["family_name"]).split():
        ranked[word] = RANK_NAME
    for word in fold(values.get("organisation") or "").split():
        if word not in STOP_WORDS and word not in ranked:
            ranked[word] = RANK_ORGANISATION
    email = values.get("email") or ""
    if email:
        local, _, domain = email.partition("@")
        for word in (*fold(local).split(), *fold(domain).split()[:1]):  # "rree", "gmail"
            if word not in ranked:
                ranked[word] = RANK_EMAIL
    extra = values.get("extra")
    if extra and extra != "{}":
        for text in load_extra(extra).values():
            for word in fold(text).split():
                if word not in STOP_WORDS and word not in ranked:
                    ranked[word] = RANK_EXTRA
    return ranked


WORD_COLUMNS = ("word", "participant_id", "rank", "sort_key")
WordRow = tuple[str, str, int, str]


def index_columns(
    event: Event, participant_id: str, values: Mapping[str, Any]
) -> tuple[dict[str, str], list[WordRow]]:
    """The columns derived from a participant's values, and their search-index rows."""
    ranked = search_words(values)
    order = sort_key(values["given_name"], values["family_name"])
    country = country_words(event, values["country"]) if values.get("country") else ()
    derived = {
        "name_key": name_key(values["given_name"], values["family_name"]),
        "sort_key": order,
        "email_key": email_key(values.get("email") or ""),
        # Every word between spaces: other query terms are checked with LIKE '% term%'.
        "search_text": " " + " ".join([*ranked, *country]) + " ",
        "dietary": dietary_need(values.get("extra")),
    }
    return derived, [(w, participant_id, r, order) for w, r in ranked.items()]


def blank_values(event: Event) -> dict[str, Any]:
    """Defaults for every editable field of a new participant."""
    return {
        "given_name": "",
        "family_name": "",
        "country": None,
        "organisation": "",
        "position": "",
        "category": event.default_category,
        "mode": MODE_IN_PERSON,
        "email": "",
        "phone": "",
        "status": STATUS_REGISTERED,
    }


def new_participant_rows(
    event: Event,
    values: Mapping[str, Any],
    *,
    code: str,
    invitation_code: str | None,
    source: str,
    desk_id: str,
    now: datetime,
) -> tuple[dict[str, Any], list[WordRow]]:
    """The participants row and search-index rows of a new participant, for bulk inserts."""
    pid = new_id()
    full = {**blank_values(event), **values}
    derived, words = index_columns(event, pid, full)
    row = {
        **full,
        **derived,
        "id": pid,
        "code": code,
        "invitation_code": invitation_code,
        "source": source,
        "created_at": now,
        "updated_at": now,
        "created_desk": desk_id,
        "updated_desk": desk_id,
        "extra": dump_extra(full.get("extra")),
    }
    return row, words


PARTICIPANTS_VERSION = "participants_version"


def participants_changed(session: Session) -> None:
    """Count a change to the participants table (insert, edit, merge), so live counts know
    to read people again without comparing 50,000 rows."""
    conn = session.connection()
    meta = Meta.__table__
    bumped = conn.execute(
        update(meta)
        .where(meta.c.key == PARTICIPANTS_VERSION)
        .values(value=cast(cast(meta.c.value, Integer) + 1, Text))
    )
    if bumped.rowcount == 0:
        conn.execute(meta.insert().values(key=PARTICIPANTS_VERSION, value="1"))


def participants_version(session: Session) -> str:
    return session.scalar(select(Meta.value).where(Meta.key == PARTICIPANTS_VERSION)) or "0"


def insert_participants(
    session: Session, rows: Sequence[dict[str, Any]], words: list[WordRow]
) -> None:
    """Bulk insert of new participants and their index rows (Core, one statement each).

    Index rows go in key order: a B-tree fills several times faster that way."""
    if not rows:
        return
    conn = session.connection()
    table = Participant.__table__
    columns = [c.name for c in table.columns]
    with indexes_built_after(conn, table, len(rows)):
        _insert_rows(conn, table, columns, rows, words)
    participants_changed(session)


def _insert_rows(
    conn: Any, table: Any, columns: list[str], rows: Sequence[dict[str, Any]], words: list[WordRow]
) -> None:
    values = itemgetter(*columns)
    # A new registration is nobody's merge: rows need not say so. Extra fields are stored
    # as JSON text ("{}" for none: rows of older desk files have None).
    rows_in = [
        values(
            r
            if "merged_into" in r and type(r.get("extra")) is str
            else {**r, "merged_into": r.get("merged_into"), "extra": dump_extra(r.get("extra"))}
        )
        for r in rows
    ]
    bulk_insert(conn, table, columns, rows_in)
    words.sort(key=itemgetter(0))  # by word: the index B-tree then fills in order
    bulk_insert(conn, ParticipantWord.__table__, WORD_COLUMNS, words)


def update_participant(
    session: Session,
    event: Event,
    participant_id: str,
    old: Mapping[str, Any],
    changes: Mapping[str, Any],
    *,
    desk_id: str,
    now: datetime,
) -> None:
    """Apply ``changes`` to a participant whose current editable values are ``old`` (and
    extra fields, read when ``old`` leaves them out), and keep the search index in step."""
    conn = session.connection()
    if "extra" not in old:
        stored = conn.execute(
            select(Participant.extra).where(Participant.id == participant_id)
        ).scalar()
        old = {**old, "extra": stored or "{}"}
    if "extra" in changes:
        changes = {**changes, "extra": dump_extra(changes["extra"])}
    new = {**{f: old[f] for f in (*EDITABLE_FIELDS, "extra") if f in old}, **changes}
    old_words = search_words(old)
    derived, words = index_columns(event, participant_id, new)
    conn.execute(
        update(Participant)
        .where(Participant.id == participant_id)
        .values(**changes, **derived, updated_at=now, updated_desk=desk_id)
    )
    table = ParticipantWord.__table__
    conn.execute(
        table.delete().where(
            table.c.word == bindparam("w"), table.c.participant_id == bindparam("pid")
        ),
        [{"w": w, "pid": participant_id} for w in old_words],
    )
    bulk_insert(conn, table, WORD_COLUMNS, words)
    participants_changed(session)


def _chunks(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def find_by_code(session: Session, text: str) -> Participant | None:
    """The participant whose badge code (or exact invitation code) this is, if any; for a
    registration merged into another, that other person."""
    status, code = codes.classify(text)
    found = None
    if status is codes.CodeStatus.VALID:
        found = session.scalar(select(Participant).where(Participant.code == code))
    if found is None and status is not codes.CodeStatus.BAD_CHECK:
        found = session.scalar(select(Participant).where(Participant.invitation_code == code))
    return None if found is None else merged_person(session, found)


def merged_person(session: Session, participant: Participant) -> Participant:
    """The person a (possibly merged) registration stands for now."""
    seen = {participant.id}
    while participant.status == STATUS_MERGED and participant.merged_into:
        following = session.get(Participant, participant.merged_into)
        if following is None or following.id in seen:
            break
        seen.add(following.id)
        participant = following
    return participant


# Built once: a list bound at execution costs far less than one built into each statement.
_RECORDS_OF = select(
    Record.id, Record.kind, Record.participant_id, Record.at, Record.desk_id, Record.target_id
).where(
    Record.participant_id.in_(bindparam("ids", expanding=True)),
    Record.kind.in_(("checkin", "void", "print")),
)


def record_state(
    session: Session, participant_ids: Sequence[str]
) -> tuple[dict[str, tuple[datetime, str]], dict[str, int]]:
    """For these participants: id → (time, desk id) of their first check-in that was not
    voided, and id → number of badges printed. One query over their records."""
    checkins: list[tuple[str, str, datetime, str]] = []
    voided: set[str] = set()
    printed: Counter[str] = Counter()
    for chunk in _chunks(list(participant_ids), 500):
        for rid, kind, pid, at, desk_id, target in session.execute(_RECORDS_OF, {"ids": chunk}):
            if kind == "checkin":
                checkins.append((rid, pid, at, desk_id))
            elif kind == "void" and target:
                voided.add(target)
            elif kind == "print":
                printed[pid] += 1
    state: dict[str, tuple[datetime, str]] = {}
    for rid, pid, at, desk_id in sorted(checkins, key=lambda c: c[2]):
        if rid not in voided:
            state.setdefault(pid, (at, desk_id))
    return state, dict(printed)


# A participant's stored fields, in this order: the first fields of ParticipantInfo, and the
# participant columns of a desk file (desk/deskfiles/sync_file.py, which requires each of
# them in every file it reads: a field added here must not make the files of older desks
# unreadable).
PARTICIPANT_FIELDS = (
    "id",
    "code",
    "invitation_code",
    "given_name",
    "family_name",
    "country",
    "organisation",
    "position",
    "category",
    "mode",
    "email",
    "phone",
    "source",
    "status",
    "created_at",
    "updated_at",
    "created_desk",
    "updated_desk",
)
INFO_COLUMNS = (*(getattr(Participant, name) for name in PARTICIPANT_FIELDS), Participant.extra)
# What the duplicate matcher reads of a participant, in the order of matching.Person.
MATCH_COLUMNS = (
    Participant.id,
    Participant.given_name,
    Participant.family_name,
    Participant.email,
    Participant.phone,
    Participant.country,
)


def info_select() -> Select[Any]:
    """SELECT of the columns a ParticipantInfo is made of (cheaper than ORM objects)."""
    return select(*INFO_COLUMNS)


_INFO_BY_IDS = info_select().where(Participant.id.in_(bindparam("ids", expanding=True)))


def infos_by_ids(session: Session, ids: Sequence[str]) -> list[ParticipantInfo]:
    """ParticipantInfo of these ids, in the same order (unknown ids left out)."""
    found: dict[str, Any] = {}
    for chunk in _chunks(list(ids), 500):
        found.update((r.id, r) for r in session.execute(_INFO_BY_IDS, {"ids": chunk}))
    return infos(session, [found[i] for i in ids if i in found])


def infos(session: Session, rows: Sequence[Any]) -> list[ParticipantInfo]:
    """Frozen snapshots, with their derived state, of rows of ``info_select()`` (or ORM
    participants)."""
    state, printed = record_state(session, [r.id for r in rows])
    out = []
    for r in rows:
        at, desk_id = state.get(r.id, (None, None))
        out.append(
            ParticipantInfo(
                **{name: getattr(r, name) for name in PARTICIPANT_FIELDS},
                checked_in_at=at,
                checkin_desk=desk_id,
                badges_printed=printed.get(r.id, 0),
                extra=load_extra(getattr(r, "extra", None)),
            )
        )
    return out


def all_participants(session: Session) -> list[ParticipantInfo]:
    """Everyone (registrations merged into another person left out), by family name."""
    rows = session.execute(
        info_select()
        .where(Participant.status != STATUS_MERGED)
        .order_by(Participant.sort_key, Participant.id)
    ).all()
    return infos(session, rows)


def counts(session: Session) -> Counts:
    rows = session.execute(
        select(Participant.status, Participant.mode, Participant.category, func.count()).group_by(
            Participant.status, Participant.mode, Participant.category
        )
    ).all()
    registered = cancelled = in_person = online = 0
    by_category: Counter[str] = Counter()
    in_person_by_category: Counter[str] = Counter()
    for status, mode, category, n in rows:
        if status == STATUS_CANCELLED:
            cancelled += n
            continue
        if status == STATUS_REGISTERED:
            registered += n
            by_category[category] += n
            if mode == MODE_ONLINE:
                online += n
            elif mode == MODE_IN_PERSON:
                in_person += n
                in_person_by_category[category] += n
    voided = select(Record.target_id).where(Record.kind == "void", Record.target_id.is_not(None))
    checked_rows = session.execute(
        select(
            Participant.category,
            Participant.mode,
            func.count(func.distinct(Record.participant_id)),
        )
        .join(Participant, Participant.id == Record.participant_id)
        .where(
            Record.kind == "checkin",
            Record.id.not_in(voided),
            Participant.status != STATUS_MERGED,
        )
        .group_by(Participant.category, Participant.mode)
    ).all()
    checked_by_category: Counter[str] = Counter()
    checked_person_by_category: Counter[str] = Counter()
    for category, mode, n in checked_rows:
        checked_by_category[category] += n
        if mode == MODE_IN_PERSON:
            checked_person_by_category[category] += n
    checked_by_category = +checked_by_category
    checked_in = sum(checked_by_category.values())
    return Counts(
        registered=registered,
        cancelled=cancelled,
        in_person=in_person,
        online=online,
        checked_in=checked_in,
        by_category=dict(by_category),
        checked_in_by_category=dict(checked_by_category),
        checked_in_person=sum(checked_person_by_category.values()),
        in_person_by_category=dict(in_person_by_category),
        checked_in_person_by_category=dict(checked_person_by_category),
    )


def desk_names(session: Session) -> dict[str, str]:
    """Every known desk's name, by desk id."""
    return {d.id: d.name for d in session.scalars(select(Desk))}


def registered_ids(session: Session, category_id: str | None = None) -> list[str]:
    """Registered (not cancelled) participants, of one category if given, by family name."""
    query = select(Participant.id).where(Participant.status == STATUS_REGISTERED)
    if category_id is not None:
        query = query.where(Participant.category == category_id)
    return list(session.scalars(query.order_by(Participant.sort_key, Participant.id)))


def first_participant_id(session: Session) -> str | None:
    """Somebody to show in a preview: the first participant by family name."""
    return session.scalar(select(Participant.id).order_by(Participant.sort_key).limit(1))
