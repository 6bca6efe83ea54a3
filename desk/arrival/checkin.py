"""Check-in, voids, walk-in registration, edits and a participant's history.

Every function takes the caller's session and never commits: the caller owns the
transaction (``with db.write() as session``). State is derived from append-only records:
a check-in is a ``checkin`` record; undoing it is a ``void`` record that points at it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.arrival import codes
from desk.badges.records import reason_label
from desk.errors import DeskError, NotFoundError, ValidationError
from desk.events.display import category_label, country_name, local_time, moment_label
from desk.events.event import Event
from desk.i18n import language, translate
from desk.people.matching import (
    WALK_IN_MIN_SCORE,
    Match,
    Person,
    compare,
    phone_key,
    prepare,
    typo_variants,
)
from desk.people.participants import (
    EDITABLE_FIELDS,
    MATCH_COLUMNS,
    RANK_NAME,
    ParticipantInfo,
    blank_values,
    desk_names,
    find_by_code,
    infos_by_ids,
    insert_participants,
    is_email,
    new_participant_rows,
    update_participant,
)
from desk.people.textnorm import fold
from desk.storage.models import (
    MODE_ONLINE,
    MODES,
    SOURCE_WALK_IN,
    STATUS_CANCELLED,
    STATUS_MERGED,
    STATUS_REGISTERED,
    Desk,
    Participant,
    ParticipantWord,
    Record,
    add_record,
    utcnow,
)


class Outcome(Enum):
    CHECKED_IN = "checked_in"  # checked in now
    ALREADY = "already"  # checked in before (when, where, by whom)
    NEEDS_CONFIRMATION = "needs_confirmation"  # registered online, arriving in person
    CANCELLED = "cancelled"  # registration cancelled: not checked in
    UNKNOWN_CODE = "unknown_code"  # a well-formed code nobody has
    BAD_CHECK = "bad_check"  # looks like a code, but its check character is wrong


@dataclass(frozen=True, slots=True)
class CheckinResult:
    outcome: Outcome
    code: str  # the code as read (normalised)
    participant: ParticipantInfo | None = None
    at: datetime | None = None  # this check-in, or the earlier one
    desk_id: str | None = None
    desk_name: str | None = None
    operator: str | None = None
    record_id: str | None = None

    @property
    def ok(self) -> bool:
        """The person is checked in (now or before)."""
        return self.outcome in (Outcome.CHECKED_IN, Outcome.ALREADY)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: datetime
    kind: str  # checkin, void, print, door
    desk_name: str
    operator: str
    detail: str  # reason, agenda item, direction…
    record_id: str
    voided: bool = False


class FormError(ValidationError):
    """Several fields are wrong; ``errors`` maps each field to its message."""

    def __init__(self, errors: dict[str, str]) -> None:
        first = next(iter(errors.items()))
        super().__init__("\n".join(errors.values()), field=first[0])
        self.errors = errors


def _desk_name(session: Session, desk_id: str) -> str:
    desk = session.get(Desk, desk_id)
    return desk.name if desk is not None else desk_id[:8]


def active_checkin(session: Session, participant_id: str) -> Record | None:
    """The participant's first check-in that no void cancels, if any."""
    voided = select(Record.target_id).where(
        Record.kind == "void", Record.participant_id == participant_id
    )
    return session.scalar(
        select(Record)
        .where(
            Record.participant_id == participant_id,
            Record.kind == "checkin",
            Record.id.not_in(voided),
        )
        .order_by(Record.at)
        .limit(1)
    )


def _info(session: Session, participant_id: str) -> ParticipantInfo:
    found = infos_by_ids(session, [participant_id])
    if not found:
        raise NotFoundError(translate("checkin", "This participant no longer exists."))
    return found[0]


def check_in_participant(
    session: Session,
    participant_id: str,
    *,
    desk_id: str,
    operator: str,
    confirm_online: bool = False,
    now: datetime | None = None,
) -> CheckinResult:
    """Check in one participant (chosen from a search, or found by code)."""
    person = session.get(Participant, participant_id)
    if person is None:
        raise NotFoundError(translate("checkin", "This participant no longer exists."))
    code = person.code
    if person.status == STATUS_CANCELLED:
        return CheckinResult(Outcome.CANCELLED, code, _info(session, participant_id))
    earlier = active_checkin(session, participant_id)
    if earlier is not None:
        return CheckinResult(
            Outcome.ALREADY,
            code,
            _info(session, participant_id),
            at=earlier.at,
            desk_id=earlier.desk_id,
            desk_name=_desk_name(session, earlier.desk_id),
            operator=earlier.operator,
            record_id=earlier.id,
        )
    if person.mode == MODE_ONLINE and not confirm_online:
        return CheckinResult(Outcome.NEEDS_CONFIRMATION, code, _info(session, participant_id))
    record = add_record(
        session, "checkin", participant_id, desk_id=desk_id, operator=operator, at=now
    )
    return CheckinResult(
        Outcome.CHECKED_IN,
        code,
        _info(session, participant_id),
        at=record.at,
        desk_id=desk_id,
        desk_name=_desk_name(session, desk_id),
        operator=operator,
        record_id=record.id,
    )


def check_in(
    session: Session,
    text: str,
    *,
    desk_id: str,
    operator: str,
    confirm_online: bool = False,
    now: datetime | None = None,
) -> CheckinResult:
    """Check in whoever's badge or invitation code ``text`` is (scanner or keyboard)."""
    status, code = codes.classify(text)
    if status is codes.CodeStatus.BAD_CHECK:
        return CheckinResult(Outcome.BAD_CHECK, code)
    person = find_by_code(session, text)
    if person is None:
        return CheckinResult(Outcome.UNKNOWN_CODE, code)
    return check_in_participant(
        session,
        person.id,
        desk_id=desk_id,
        operator=operator,
        confirm_online=confirm_online,
        now=now,
    )


def void_checkin(
    session: Session,
    participant_id: str,
    reason: str,
    *,
    desk_id: str,
    operator: str,
    now: datetime | None = None,
) -> str:
    """Cancel the participant's check-in with a void record (never a deletion)."""
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            translate("checkin", "Say why the check-in is voided."), field="reason"
        )
    earlier = active_checkin(session, participant_id)
    if earlier is None:
        raise DeskError(translate("checkin", "This participant is not checked in."))
    record = add_record(
        session,
        "void",
        participant_id,
        desk_id=desk_id,
        operator=operator,
        at=now,
        target_id=earlier.id,
        reason=reason,
    )
    return record.id


def history(session: Session, event: Event, participant_id: str) -> list[HistoryEntry]:
    """Everything that happened to a participant, oldest first."""
    records = session.scalars(
        select(Record).where(Record.participant_id == participant_id).order_by(Record.at)
    ).all()
    voided = {r.target_id for r in records if r.kind == "void"}
    desks = desk_names(session)
    out = []
    for r in records:
        detail = reason_label(r.reason) if r.kind == "print" and r.reason else r.reason or ""
        if r.kind == "void" and r.reason == "merge superseded":  # desk/people/merging.py
            detail = translate("merging", "voided by a merge")
        if r.kind == "door" and r.item_id:
            try:
                detail = event.item(r.item_id).title.get(language())
            except KeyError:
                detail = r.item_id
            if r.direction:
                way = translate("audit", "in") if r.direction == "in" else translate("audit", "out")
                detail = f"{detail} ({way})"
        out.append(
            HistoryEntry(
                at=r.at,
                kind=r.kind,
                desk_name=desks.get(r.desk_id, r.desk_id[:8]),
                operator=r.operator,
                detail=detail,
                record_id=r.id,
                voided=r.id in voided,
            )
        )
    return out


def validate(event: Event, values: dict[str, Any]) -> dict[str, Any]:
    """Cleaned values of a form (walk-in or edit), or FormError naming every bad field."""
    clean = {k: (v.strip() if isinstance(v, str) else v) for k, v in values.items()}
    errors: dict[str, str] = {}
    if "given_name" in clean and not clean["given_name"]:
        errors["given_name"] = translate("checkin", "Enter the given name.")
    if "family_name" in clean and not clean["family_name"]:
        errors["family_name"] = translate("checkin", "Enter the family name.")
    if clean.get("country"):
        try:
            event.country(clean["country"])
        except KeyError:
            errors["country"] = translate("checkin", "Choose a country from the list.")
    elif "country" in clean:  # emptied on purpose; a change that leaves it out keeps it
        clean["country"] = None
    if "category" in clean:
        try:
            event.category(clean["category"])
        except KeyError:
            errors["category"] = translate("checkin", "Choose a category from the list.")
    if "mode" in clean and clean["mode"] not in MODES:
        errors["mode"] = translate("checkin", "Choose in person or online.")
    if clean.get("email") and not is_email(clean["email"]):
        errors["email"] = translate(
            "checkin", "“{email}” is not an e-mail address (name@example.org)."
        ).format(email=clean["email"])
    if "status" in clean and clean["status"] not in (STATUS_REGISTERED, STATUS_CANCELLED):
        errors["status"] = translate("checkin", "Unknown registration status.")
    if errors:
        raise FormError(errors)
    return clean


def likely_duplicates(
    session: Session, values: dict[str, Any], limit: int = 10
) -> list[ParticipantInfo]:
    """People who may be the one about to be registered, best first (see
    :func:`walk_in_matches` for why each one)."""
    return [person for person, _match in walk_in_matches(session, values, limit)]


_CHUNK = 500  # bound values per statement (SQLite's and PostgreSQL's limits are higher)


def walk_in_matches(
    session: Session,
    values: dict[str, Any],
    limit: int = 10,
    min_score: int = WALK_IN_MIN_SCORE,
) -> list[tuple[ParticipantInfo, Match]]:
    """People who may be the one about to be registered, with the reason, best first
    (:mod:`desk.people.matching`: name words in any order, accents ignored, a name
    without some words, one typo per word, the same e-mail or phone).

    The database is asked only for candidates: people with two name words (or words one
    letter away, through the word index), the same e-mail (through its words) or the same
    phone digits; those are then judged in memory. A few milliseconds at 50,000 people."""
    newcomer = prepare(
        Person(
            "",
            values.get("given_name") or "",
            values.get("family_name") or "",
            values.get("email") or "",
            values.get("phone") or "",
            values.get("country") or None,
        )
    )
    w = ParticipantWord
    ids: set[str] = set()
    if len(newcomer.evidence) >= 2:
        # People with two of the newcomer's name words (or words one letter away): the
        # index answers, and only those people come back. One statement (a few hundred
        # values a word; SQLite takes 32,766 and PostgreSQL 65,535).
        variants = sorted({v for word in newcomer.evidence[:12] for v in typo_variants(word)})
        ids.update(
            session.scalars(
                select(w.participant_id)
                .where(w.word.in_(variants), w.rank == RANK_NAME)
                .group_by(w.participant_id)
                .having(func.count() >= 2)
            )
        )
    if newcomer.email:
        local = set(fold(newcomer.email.partition("@")[0]).split())
        if local:  # people with every word of the address's local part, then the address
            with_words = (
                select(w.participant_id)
                .where(w.word.in_(sorted(local)))
                .group_by(w.participant_id)
                .having(func.count() == len(local))
            )
            same_words = list(session.scalars(with_words))
            for start in range(0, len(same_words), _CHUNK):
                ids.update(
                    session.scalars(
                        select(Participant.id).where(
                            Participant.id.in_(same_words[start : start + _CHUNK]),
                            Participant.email_key == newcomer.email,
                        )
                    )
                )
    digits = phone_key(values.get("phone") or "")
    if len(digits) >= 7:
        pattern = "%" + "%".join(digits[-8:]) + "%"
        ids.update(session.scalars(select(Participant.id).where(Participant.phone.like(pattern))))
    if not ids:
        return []
    found: list[tuple[str, Match]] = []
    candidates = sorted(ids)
    for start in range(0, len(candidates), _CHUNK):
        rows = session.execute(
            select(*MATCH_COLUMNS).where(
                Participant.id.in_(candidates[start : start + _CHUNK]),
                Participant.status != STATUS_MERGED,
            )
        )
        for row in rows:
            match = compare(newcomer, Person(*row))
            if match is not None and match.score >= min_score:
                found.append((row.id, match))
    found.sort(key=lambda x: (-x[1].score, x[0]))
    found = found[:limit]
    people = {p.id: p for p in infos_by_ids(session, [pid for pid, _ in found])}
    return [(people[pid], match) for pid, match in found if pid in people]


def register_walk_in(
    session: Session,
    event: Event,
    values: dict[str, Any],
    *,
    desk_id: str,
    operator: str,
    check_in_now: bool = True,
    now: datetime | None = None,
) -> tuple[ParticipantInfo, CheckinResult | None]:
    """A new participant registered at the desk, checked in at once."""
    clean = validate(event, {**blank_values(event), **values})
    now = now or utcnow()
    used = True
    code = codes.generate_code()
    while used:
        used = session.scalar(select(Participant.id).where(Participant.code == code)) is not None
        if used:
            code = codes.generate_code()
    fields = {k: clean[k] for k in EDITABLE_FIELDS if k in clean}
    row, words = new_participant_rows(
        event,
        fields,
        code=code,
        invitation_code=None,
        source=SOURCE_WALK_IN,
        desk_id=desk_id,
        now=now,
    )
    insert_participants(session, [row], words)
    result = None
    if check_in_now:
        result = check_in_participant(
            session, row["id"], desk_id=desk_id, operator=operator, confirm_online=True, now=now
        )
    return _info(session, row["id"]), result


def edit_participant(
    session: Session,
    event: Event,
    participant_id: str,
    changes: dict[str, Any],
    *,
    desk_id: str,
    now: datetime | None = None,
) -> ParticipantInfo:
    """Correct a participant's details (name corrections are common at the desk)."""
    person = session.get(Participant, participant_id)
    if person is None:
        raise NotFoundError(translate("checkin", "This participant no longer exists."))
    if person.status == STATUS_MERGED:
        raise DeskError(
            translate("checkin", "This registration was merged into another participant.")
        )
    clean = validate(event, {k: v for k, v in changes.items() if k in EDITABLE_FIELDS})
    old = {f: getattr(person, f) for f in EDITABLE_FIELDS}
    diff = {k: v for k, v in clean.items() if old.get(k) != v}
    if "extra" in changes:  # the list's other columns, edited in the details
        from desk.people.participants import dump_extra

        old["extra"] = person.extra
        if dump_extra(changes["extra"]) != person.extra:
            diff["extra"] = dump_extra(changes["extra"])
    if diff:
        session.expunge(person)
        update_participant(
            session, event, participant_id, old, diff, desk_id=desk_id, now=now or utcnow()
        )
    return _info(session, participant_id)


@dataclass(frozen=True, slots=True)
class Description:
    """What the screen (and ``desk checkin``) says about a result, in the current language."""

    headline: str  # CHECKED IN at 09:12 / UNKNOWN CODE …
    person: str  # the name, large on screen
    details: str  # country · category · organisation


def describe(event: Event, result: CheckinResult, now: datetime | None = None) -> Description:
    lang = language()
    p = result.participant
    person = details = ""
    if p is not None:
        person = p.full_name
        country = country_name(event, p.country, lang)
        category = category_label(event, p.category, lang)
        details = " · ".join(x for x in (country, category, p.organisation) if x)
    shown = codes.format_code(result.code) if result.code else ""
    outcome = result.outcome
    if outcome is Outcome.CHECKED_IN and result.at is not None:
        headline = translate("checkin", "CHECKED IN at {time}").format(
            time=local_time(event, result.at)
        )
    elif outcome is Outcome.ALREADY and result.at is not None:
        headline = translate(
            "checkin", "ALREADY CHECKED IN {time} · {desk} · by {operator}"
        ).format(
            time=moment_label(event, result.at, now),  # hoy 08:45, ayer 17:10, 23/05 …
            desk=result.desk_name,
            operator=result.operator or "?",
        )
    elif outcome is Outcome.NEEDS_CONFIRMATION:
        headline = translate(
            "checkin", "REGISTERED ONLINE: confirm that this person attends in person"
        )
    elif outcome is Outcome.CANCELLED:
        headline = translate("checkin", "REGISTRATION CANCELLED: not checked in")
    else:
        headline = code_headline(shown, bad_check=outcome is Outcome.BAD_CHECK)
    return Description(headline, person, details)


def code_headline(shown: str, *, bad_check: bool) -> str:
    """What a desk or a door says of a code that finds nobody: one character wrong (the
    check character does not match), or a well-formed code nobody has."""
    if bad_check:
        return translate(
            "checkin", "INVALID CODE {code}: a character is wrong (misread or mistyped)"
        ).format(code=shown)
    return translate("checkin", "UNKNOWN CODE {code}: nobody has this code").format(code=shown)
