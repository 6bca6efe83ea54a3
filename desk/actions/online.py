"""Online attendance: importing a Zoom or Teams attendance export, deciding who its
unmatched people are, and the rules of online presence and of certificates.

Reading the file happens before the transaction (a broken file changes nothing); storing
it, its automatic matches and its ``online_import`` audit row are one transaction. A
decision on an online identity (this participant, not a participant, undone) is an
``online_matches`` row and an ``online_match`` audit row, in one transaction. Matches are
records: they travel in desk files and to the server like check-ins.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.errors import DeskError, NotFoundError
from desk.events.event import Event
from desk.i18n import translate
from desk.online import presence
from desk.online.matching import EMAIL_PREFIX, NAME_PREFIX, UPN_PREFIX, Directory, name_forms
from desk.online.parse import read_online_file
from desk.online.rules import (
    CertificateRule,
    OnlineRule,
    set_certificate_rule,
    set_online_rule,
)
from desk.online.store import store_file
from desk.people.participants import ParticipantInfo, email_key, find_by_code, infos_by_ids
from desk.people.search import search
from desk.people.textnorm import fold
from desk.staff import operators as ops
from desk.storage.db import Database
from desk.storage.models import (
    MATCH_MANUAL,
    MATCH_NOT_PARTICIPANT,
    MATCH_RESET,
    STATUS_CANCELLED,
    OnlineInterval,
    OnlineMatch,
    new_id,
    utcnow,
)

CANDIDATES = 5  # people offered for an unmatched identity


@dataclass(frozen=True, slots=True)
class OnlineImport:
    """What :func:`import_online` did."""

    file_name: str
    source: str
    sha256: str
    already_imported: bool
    rows_read: int
    intervals: int
    matched: int
    unmatched: int
    not_participants: int
    new_matches: int
    per_item: dict[str, int]


def zone(name: str | None, event: Event) -> ZoneInfo:
    """The time zone called ``name`` (the event's when None or empty)."""
    if not name:
        return event.tz
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise DeskError(
            translate(
                "online", "{zone} is not a time zone (for example America/El_Salvador)."
            ).format(zone=name)
        ) from None


def import_online(
    db: Database,
    event: Event,
    path: Path | str,
    *,
    tz: str | None = None,
    day_first: bool | None = None,
    operator: str,
    now: datetime | None = None,
) -> OnlineImport:
    """Import a Zoom or Teams attendance export whole (OnlineFileError naming the line
    for a broken file or a row outside the event's days, DateOrderNeeded when the file
    leaves the day/month order open and ``day_first`` is None: nothing is stored)."""
    path = Path(path)
    parsed = read_online_file(path, tz=zone(tz, event), day_first=day_first)
    now = now or utcnow()
    with db.write() as session:
        stored = store_file(
            session,
            event,
            parsed,
            file_name=path.name,
            desk_id=db.desk_id,
            operator=operator,
            now=now,
        )
        if not stored.already_imported:
            ops.log(
                session,
                ops.ONLINE_IMPORT,
                translate(
                    "online",
                    "{file}: %n connections, {matched} matched, {unmatched} to review",
                    None,
                    stored.intervals,
                ).format(file=path.name, matched=stored.matched, unmatched=stored.unmatched),
                desk_id=db.desk_id,
                operator=operator,
                at=now,
            )
    return OnlineImport(
        path.name,
        parsed.source,
        parsed.sha256,
        stored.already_imported,
        stored.rows_read,
        stored.intervals,
        stored.matched,
        stored.unmatched,
        stored.not_participants,
        stored.new_matches,
        stored.per_item,
    )


@dataclass(frozen=True, slots=True)
class Unidentified:
    """An online identity nobody has decided on yet, with its connections."""

    identity: str
    raw_name: str
    email: str
    upn: str
    rows: int
    minutes: int  # connected, overlaps merged
    first_join: datetime
    candidates: tuple[ParticipantInfo, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "identity": self.identity,
            "raw_name": self.raw_name,
            "email": self.email,
            "upn": self.upn,
            "connections": self.rows,
            "minutes": self.minutes,
            "first_join": self.first_join.isoformat(),
            "candidates": [{"code": p.code, "name": p.full_name} for p in self.candidates],
        }


def _undecided(session: Session) -> set[str]:
    decided = presence.decisions(session)
    idents = set(session.scalars(select(OnlineInterval.identity).distinct()))
    return {i for i in idents if i not in decided or decided[i][1] == MATCH_RESET}


def unmatched(db: Database, event: Event) -> list[Unidentified]:
    """The identities waiting for a decision, first connected first."""
    with db.read() as session:
        waiting = _undecided(session)
        if not waiting:
            return []
        rows = session.execute(
            select(
                OnlineInterval.identity,
                OnlineInterval.raw_name,
                OnlineInterval.email,
                OnlineInterval.upn,
                OnlineInterval.join_at,
                OnlineInterval.leave_at,
            ).order_by(OnlineInterval.join_at, OnlineInterval.id)
        ).all()
        groups: dict[str, list[tuple[str, str, str, datetime, datetime]]] = {}
        for ident, name, email, upn, join, leave in rows:
            if ident in waiting:
                groups.setdefault(ident, []).append((name, email, upn, join, leave))
        directory = Directory.load(session)
        out = []
        for ident, group in groups.items():
            name = next((g[0] for g in group if g[0]), "")
            email = next((g[1] for g in group if g[1]), "")
            upn = next((g[2] for g in group if g[2]), "")
            spans = presence.merged((g[3], g[4]) for g in group)
            minutes = round(sum((b - a).total_seconds() for a, b in spans) / 60)
            ids = set().union(*(directory.by_name(g[0]) for g in group))
            ids |= directory.by_email(email) | directory.by_email(upn)
            found = list(infos_by_ids(session, sorted(ids)))
            if len(found) < CANDIDATES:
                for form in name_forms(name):
                    for hit in search(session, event, form, limit=CANDIDATES).hits:
                        if hit.id not in ids and hit.status != STATUS_CANCELLED:
                            ids.add(hit.id)
                            found.append(hit)
            out.append(
                Unidentified(
                    ident,
                    name,
                    email,
                    upn,
                    len(group),
                    minutes,
                    group[0][3],
                    tuple(found[:CANDIDATES]),
                )
            )
    return sorted(out, key=lambda u: (u.first_join, u.identity))


@dataclass(frozen=True, slots=True)
class Matched:
    """What :func:`match` decided: the identities, and who they are now (None: nobody)."""

    identities: tuple[str, ...]
    participant: ParticipantInfo | None
    method: str


def identities_for(session: Session, who: str) -> list[str]:
    """The stored identities ``who`` names: an identity itself, an e-mail or UPN, or a
    display name as the file has it (accents and case aside)."""
    text = who.strip()
    if not text:
        return []
    wanted = {text, EMAIL_PREFIX + email_key(text), UPN_PREFIX + email_key(text)}
    wanted |= {NAME_PREFIX + form for form in name_forms(text)}
    found = set(
        session.scalars(
            select(OnlineInterval.identity).where(OnlineInterval.identity.in_(wanted)).distinct()
        )
    )
    folded = fold(text)
    named = session.execute(
        select(OnlineInterval.identity, OnlineInterval.raw_name).where(
            func.lower(OnlineInterval.raw_name) == text.lower()
        )
    ).all()
    found |= {ident for ident, _ in named}
    if not found:
        found |= {
            ident
            for ident, raw in session.execute(
                select(OnlineInterval.identity, OnlineInterval.raw_name).distinct()
            )
            if fold(raw) == folded
        }
    return sorted(found)


def match(
    db: Database,
    event: Event,
    who: str,
    code: str | None,
    *,
    operator: str,
    undo: bool = False,
    now: datetime | None = None,
) -> Matched:
    """Decide who the online identity (or identities) ``who`` is: the participant whose
    badge or invitation code is ``code``, nobody of ours (``code`` None), or undecided
    again (``undo``: back to the review list)."""
    now = now or utcnow()
    with db.write() as session:
        idents = identities_for(session, who)
        if not idents:
            raise NotFoundError(
                translate(
                    "online",
                    "Nobody called or written “{who}” is in the online attendance imported "
                    "so far. See desk online unmatched.",
                ).format(who=who)
            )
        person = None
        if undo:
            method = MATCH_RESET
        elif code is None:
            method = MATCH_NOT_PARTICIPANT
        else:
            found = find_by_code(session, code)
            if found is None:
                raise NotFoundError(
                    translate("online", "No participant has the code {code}.").format(code=code)
                )
            method = MATCH_MANUAL
            person = infos_by_ids(session, [found.id])[0]
        for ident in idents:
            session.add(
                OnlineMatch(
                    id=new_id(),
                    identity=ident,
                    participant_id=person.id if person else None,
                    method=method,
                    at=now,
                    desk_id=db.desk_id,
                    operator=operator,
                )
            )
        if undo:
            detail = translate("online", "{who}: back to review").format(who=who)
        elif person is None:
            detail = translate("online", "{who}: not a participant").format(who=who)
        else:
            detail = translate("online", "{who} is {code}").format(who=who, code=person.code)
        ops.log(session, ops.ONLINE_MATCH, detail, desk_id=db.desk_id, operator=operator, at=now)
    return Matched(tuple(idents), person, method)


def save_online_rule(db: Database, rule: OnlineRule, *, operator: str) -> None:
    """Keep the rule of online presence for every desk command and screen of this database."""
    with db.write() as session:
        set_online_rule(session, rule)
        ops.log(
            session,
            ops.SETTINGS,
            translate(
                "online",
                "online presence: %n min of an item, or {percent} % of it when that is less",
                None,
                rule.min_minutes,
            ).format(percent=rule.min_percent),
            desk_id=db.desk_id,
            operator=operator,
        )


def save_certificate_rule(
    db: Database, event: Event, rule: CertificateRule, *, operator: str
) -> None:
    """Keep the rule of certificates of attendance."""
    with db.write() as session:
        set_certificate_rule(session, rule)
        ops.log(
            session,
            ops.SETTINGS,
            translate("online", "certificates: {rule}").format(rule=rule.describe(event)),
            desk_id=db.desk_id,
            operator=operator,
        )
