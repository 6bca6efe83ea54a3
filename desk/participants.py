"""Participants: derived keys, the search index, reading them out for screens and JSON."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Select, bindparam, delete, func, insert, select
from sqlalchemy.orm import Session

from desk import codes
from desk.event import Event
from desk.models import (
    MODE_IN_PERSON,
    MODE_ONLINE,
    STATUS_CANCELLED,
    STATUS_REGISTERED,
    Participant,
    ParticipantWord,
    Record,
    new_id,
)
from desk.textnorm import fold

# Search ranks: lower is better.
RANK_NAME = 0
RANK_ORGANISATION = 1
RANK_EMAIL = 2
RANK_COUNTRY = 3

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

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("created_at", "updated_at", "checked_in_at"):
            value = data[key]
            data[key] = value.isoformat().replace("+00:00", "Z") if value else None
        return data


@dataclass(frozen=True, slots=True)
class Counts:
    registered: int
    cancelled: int
    in_person: int
    online: int
    checked_in: int
    by_category: Mapping[str, int] = field(default_factory=dict)


def name_key(given_name: str, family_name: str) -> str:
    """The name as compared for duplicates: accents, case and punctuation ignored."""
    return fold(f"{given_name} {family_name}")


def sort_key(given_name: str, family_name: str) -> str:
    return fold(f"{family_name} {given_name}")


def email_key(email: str) -> str:
    return email.strip().casefold()


def index_words(
    event: Event,
    *,
    given_name: str,
    family_name: str,
    organisation: str,
    email: str,
    country: str | None,
) -> dict[str, int]:
    """Normalised word → best rank, for the search index."""
    ranked: dict[str, int] = {}

    def add(text: str, rank: int) -> None:
        for word in fold(text).split():
            if rank < ranked.get(word, 99):
                ranked[word] = rank

    add(f"{given_name} {family_name}", RANK_NAME)
    add(organisation, RANK_ORGANISATION)
    add(email, RANK_EMAIL)
    if country:
        try:
            names = event.country(country).name
            add(f"{names.es} {names.en}", RANK_COUNTRY)
        except KeyError:
            pass
        add(country, RANK_COUNTRY)
    return ranked


def derived_columns(values: Mapping[str, Any]) -> dict[str, str]:
    return {
        "name_key": name_key(values["given_name"], values["family_name"]),
        "sort_key": sort_key(values["given_name"], values["family_name"]),
        "email_key": email_key(values.get("email") or ""),
    }


def word_rows(event: Event, participant_id: str, values: Mapping[str, Any]) -> list[dict[str, Any]]:
    ranked = index_words(
        event,
        given_name=values["given_name"],
        family_name=values["family_name"],
        organisation=values.get("organisation") or "",
        email=values.get("email") or "",
        country=values.get("country"),
    )
    order = sort_key(values["given_name"], values["family_name"])
    return [
        {"word": w, "participant_id": participant_id, "rank": r, "sort_key": order}
        for w, r in ranked.items()
    ]


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
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The participants row and search-word rows of a new participant, for bulk inserts."""
    pid = new_id()
    row = {
        **blank_values(event),
        **values,
        **derived_columns(values),
        "id": pid,
        "code": code,
        "invitation_code": invitation_code,
        "source": source,
        "created_at": now,
        "updated_at": now,
        "created_desk": desk_id,
        "updated_desk": desk_id,
    }
    return row, word_rows(event, pid, values)


def reindex(session: Session, event: Event, participants: Iterable[Participant]) -> None:
    """Rewrite the search words of these participants."""
    plist = list(participants)
    if not plist:
        return
    ids = [p.id for p in plist]
    for chunk in _chunks(ids, 500):
        session.execute(delete(ParticipantWord).where(ParticipantWord.participant_id.in_(chunk)))
    rows: list[dict[str, Any]] = []
    for p in plist:
        rows += word_rows(event, p.id, _values(p))
    if rows:
        session.execute(insert(ParticipantWord), rows)


def _values(p: Participant) -> dict[str, Any]:
    return {f: getattr(p, f) for f in EDITABLE_FIELDS}


def _chunks(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def find_by_code(session: Session, text: str) -> Participant | None:
    """The participant whose badge code (or exact invitation code) this is, if any."""
    status, code = codes.classify(text)
    if status is codes.CodeStatus.VALID:
        found = session.scalar(select(Participant).where(Participant.code == code))
        if found is not None:
            return found
    if status is codes.CodeStatus.BAD_CHECK:
        return None
    return session.scalar(select(Participant).where(Participant.invitation_code == code))


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


INFO_FIELDS = (
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
INFO_COLUMNS = tuple(getattr(Participant, name) for name in INFO_FIELDS)


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
                *(getattr(r, name) for name in INFO_FIELDS),
                checked_in_at=at,
                checkin_desk=desk_id,
                badges_printed=printed.get(r.id, 0),
            )
        )
    return out


def all_participants(session: Session) -> list[ParticipantInfo]:
    rows = session.execute(info_select().order_by(Participant.sort_key, Participant.id)).all()
    return infos(session, rows)


def counts(session: Session) -> Counts:
    rows = session.execute(
        select(Participant.status, Participant.mode, Participant.category, func.count()).group_by(
            Participant.status, Participant.mode, Participant.category
        )
    ).all()
    registered = cancelled = in_person = online = 0
    by_category: Counter[str] = Counter()
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
    voided = select(Record.target_id).where(Record.kind == "void", Record.target_id.is_not(None))
    checked_in = session.scalar(
        select(func.count(func.distinct(Record.participant_id))).where(
            Record.kind == "checkin", Record.id.not_in(voided)
        )
    )
    return Counts(
        registered=registered,
        cancelled=cancelled,
        in_person=in_person,
        online=online,
        checked_in=checked_in or 0,
        by_category=dict(by_category),
    )
