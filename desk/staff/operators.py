"""Operators with PINs, the supervisor PIN, and the audit log.

Operators
    Each desk keeps its own operators (name, role, salted scrypt hash of a 4–8 digit PIN)
    in one row of its ``meta`` table (key ``operators``, a JSON object). PINs are a desk
    setting: they never travel in desk files (``desk/deskfiles/sync_merge.py`` copies participants,
    records and desk names, not ``meta``), while every record still carries the name of
    its operator. Five wrong PINs in a row lock that name for 60 seconds; the count is
    kept in memory, per desk, and starts afresh when the program starts.

The supervisor PIN
    Voids, reprints, merging people, restores and exports with contact data need a
    supervisor's PIN (:func:`require_supervisor`). **While no supervisor is configured on
    this desk, these actions are open to everyone** (a fresh desk, a demo, the tests):
    :func:`supervisor_configured` says which case applies, and :func:`require_supervisor`
    then returns ``""`` instead of a supervisor's name.

The audit log
    What happened that is not a record (an import, an export, a backup, a restore, a
    merge of desk files, sign-in and sign-out, settings and operator changes, a
    supervisor's approval) is a row of the ``audit`` table, written by :func:`log` in the
    caller's transaction. :func:`audit_entries` lists those rows together with the
    records (check-ins, voids, door scans, badge prints, merges), newest first.
    Audit rows stay on the desk that wrote them; records travel between desks as always.
"""

from __future__ import annotations

import contextlib
import hashlib
import heapq
import hmac
import json
import re
import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from desk.arrival.checkin import void_checkin
from desk.badges.records import reason_label
from desk.errors import DeskError, ValidationError
from desk.events.event import Event
from desk.i18n import language, translate
from desk.people.textnorm import fold
from desk.storage.models import (
    RECORD_KINDS,
    AuditEntry,
    Desk,
    Meta,
    Participant,
    Record,
    new_id,
    utcnow,
)

ROLE_OPERATOR = "operator"
ROLE_SUPERVISOR = "supervisor"
ROLES = (ROLE_OPERATOR, ROLE_SUPERVISOR)

MAX_TRIES = 5  # wrong PINs in a row before a name is locked
LOCK_SECONDS = 60.0
PIN_PATTERN = re.compile(r"[0-9]{4,8}")
MAX_NAME = 100
META_KEY = "operators"
# scrypt cost: about 16 MiB and a few tens of milliseconds per PIN checked.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
# Rows read at a time while a free-text filter looks for matches (grows 4× a page).
TEXT_BATCH = 500
SALT_BYTES = 16
HASH_BYTES = 32

# Audit actions that are not records (records keep their kind: RECORD_KINDS).
IMPORT = "import"  # a participant list imported
EXPORT = "export"  # participants or the attendance report written to a file
BACKUP = "backup"  # a backup made by hand
RESTORE = "restore"  # a backup put in place of the database
SYNC_EXPORT = "sync_export"  # this desk's file written
SYNC_IMPORT = "sync_import"  # other desks' files merged into this desk
SIGN_IN = "sign_in"
SIGN_OUT = "sign_out"
SETTINGS = "settings"  # desk name, language, printer, backup interval…
OPERATORS = "operators"  # an operator added, changed or removed (never the PIN)
APPROVAL = "approval"  # a supervisor's PIN let a guarded action through
EDIT = "edit"  # a participant's details corrected (the fields, never their values)
ONLINE_IMPORT = "online_import"  # a Zoom or Teams attendance export imported
ONLINE_MATCH = "online_match"  # an online identity tied to a participant (or to nobody)
CERTIFICATES = "certificates"  # certificates of attendance written
KIOSK = "kiosk"  # a self check-in the kiosk refused: the person was sent to the desk
AUDIT_ACTIONS = (
    IMPORT,
    EXPORT,
    BACKUP,
    RESTORE,
    SYNC_EXPORT,
    SYNC_IMPORT,
    SIGN_IN,
    SIGN_OUT,
    SETTINGS,
    OPERATORS,
    APPROVAL,
    EDIT,
    ONLINE_IMPORT,
    ONLINE_MATCH,
    CERTIFICATES,
    KIOSK,
)
ACTIONS = AUDIT_ACTIONS + RECORD_KINDS

# What a supervisor's PIN guards (the ``what`` of an approval).
GUARD_VOID = "void"
GUARD_REPRINT = "reprint"
GUARD_MERGE = "merge"
GUARD_RESTORE = "restore"
GUARD_CONTACT_EXPORT = "contact_export"
GUARDED = (GUARD_VOID, GUARD_REPRINT, GUARD_MERGE, GUARD_RESTORE, GUARD_CONTACT_EXPORT)


# -- the audit table ------------------------------------------------------------------------


# -- errors ---------------------------------------------------------------------------------


class PermissionDenied(DeskError):
    """A guarded action without a valid supervisor's PIN: nothing was done."""


class PinRefused(DeskError):
    """A sign-in refused: wrong PIN, or the name is locked for a while."""


class WrongPin(PinRefused):
    pass


class LockedOut(PinRefused):
    def __init__(self, message: str, seconds: int) -> None:
        super().__init__(message)
        self.seconds = seconds


class UnknownOperator(DeskError):
    pass


# -- operators ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Operator:
    name: str
    role: str

    @property
    def is_supervisor(self) -> bool:
        return self.role == ROLE_SUPERVISOR


def _key(name: str) -> str:
    """How names are matched: "ana maría", "Ana Maria " and "ANA-MARIA" are one person."""
    return fold(name) or name.strip().casefold()


def check_pin(pin: str) -> str:
    """``pin`` if it is 4 to 8 digits, else a ValidationError on the field ``pin``."""
    if not isinstance(pin, str) or not PIN_PATTERN.fullmatch(pin):
        raise ValidationError(translate("operators", "A PIN is 4 to 8 digits."), field="pin")
    return pin


def hash_pin(pin: str, salt: bytes | None = None) -> dict[str, Any]:
    """A salted scrypt hash of ``pin`` with its parameters, ready to store as JSON."""
    salt = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
    digest = hashlib.scrypt(
        pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=HASH_BYTES
    )
    return {
        "salt": salt.hex(),
        "hash": digest.hex(),
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
    }


def pin_matches(stored: dict[str, Any], pin: str) -> bool:
    """Whether ``pin`` is the one hashed in ``stored`` (compared in constant time)."""
    try:
        salt = bytes.fromhex(stored["salt"])
        expected = bytes.fromhex(stored["hash"])
        n, r, p = (
            int(stored.get("n", SCRYPT_N)),
            int(stored.get("r", SCRYPT_R)),
            int(stored.get("p", SCRYPT_P)),
        )
    except (KeyError, TypeError, ValueError):
        return False
    digest = hashlib.scrypt(
        pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=256 * n * r + 2**20, dklen=len(expected)
    )
    return hmac.compare_digest(digest, expected)


def _load(session: Session) -> dict[str, dict[str, Any]]:
    row = session.get(Meta, META_KEY)
    if row is None or not row.value:
        return {}
    try:
        data = json.loads(row.value)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _save(session: Session, data: dict[str, dict[str, Any]]) -> None:
    session.merge(Meta(key=META_KEY, value=json.dumps(data, ensure_ascii=False, sort_keys=True)))
    session.flush()


def _find(data: dict[str, dict[str, Any]], name: str) -> str | None:
    key = _key(name)
    return next((stored for stored in data if _key(stored) == key), None)


def has_operators(session: Session) -> bool:
    return bool(_load(session))


def list_operators(session: Session) -> list[Operator]:
    """This desk's operators, by name."""
    data = _load(session)
    return sorted(
        (Operator(name, entry.get("role", ROLE_OPERATOR)) for name, entry in data.items()),
        key=lambda o: (_key(o.name), o.name),
    )


def supervisor_configured(session: Session) -> bool:
    """Whether this desk has a supervisor. While it has none, every action guarded by the
    supervisor's PIN is allowed (:func:`require_supervisor` returns ``""``)."""
    return any(entry.get("role") == ROLE_SUPERVISOR for entry in _load(session).values())


def set_operator(session: Session, name: str, pin: str, role: str = ROLE_OPERATOR) -> Operator:
    """Add an operator or give one a new PIN or role (in the caller's transaction). The
    caller checks the supervisor's PIN first when one is configured."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError(translate("operators", "Enter the operator's name."), field="name")
    if len(name) > MAX_NAME:
        raise ValidationError(
            translate("operators", "A name has at most %n characters.", None, MAX_NAME),
            field="name",
        )
    check_pin(pin)
    if role not in ROLES:
        raise ValidationError(translate("operators", "Unknown role {role}.").format(role=role))
    data = _load(session)
    old = _find(data, name)
    if old is not None:
        del data[old]
    data[name] = {"role": role, **hash_pin(pin)}
    _save(session, data)
    _tries.forget(_scope(session), _key(name))
    return Operator(name, role)


def remove_operator(session: Session, name: str) -> Operator:
    """Take an operator off this desk (their records keep their name)."""
    data = _load(session)
    found = _find(data, name)
    if found is None:
        raise UnknownOperator(_unknown_message(name))
    entry = data.pop(found)
    _save(session, data)
    return Operator(found, entry.get("role", ROLE_OPERATOR))


def _unknown_message(name: str) -> str:
    return translate("operators", "{name} is not an operator at this desk.").format(name=name)


# -- wrong tries ----------------------------------------------------------------------------


class _Tries:
    """Wrong PINs in a row, per (desk, name), in memory."""

    def __init__(self) -> None:
        self._wrong: dict[tuple[str, str], int] = {}
        self._locked_until: dict[tuple[str, str], float] = {}

    def locked_for(self, scope: str, key: str, now: float) -> int:
        """Seconds left (rounded up) while (scope, key) is locked, else 0."""
        until = self._locked_until.get((scope, key))
        if until is None:
            return 0
        if now >= until:
            del self._locked_until[(scope, key)]
            return 0
        return max(1, int(until - now + 0.999))

    def failed(self, scope: str, key: str, now: float) -> bool:
        """Count a wrong PIN; True when that one locked the name."""
        count = self._wrong.get((scope, key), 0) + 1
        if count >= MAX_TRIES:
            self._wrong.pop((scope, key), None)
            self._locked_until[(scope, key)] = now + LOCK_SECONDS
            return True
        self._wrong[(scope, key)] = count
        return False

    def forget(self, scope: str, key: str) -> None:
        self._wrong.pop((scope, key), None)
        self._locked_until.pop((scope, key), None)

    def clear(self) -> None:
        self._wrong.clear()
        self._locked_until.clear()


_tries = _Tries()
_SUPERVISOR_KEY = "\x00supervisor"  # wrong supervisor PINs count together


def reset_tries() -> None:
    """Forget every wrong try and lock (tests; a restart does the same)."""
    _tries.clear()


def _scope(session: Session) -> str:
    row = session.get(Meta, "desk_id")
    return row.value if row is not None else ""


def _locked_message(name: str, seconds: int) -> str:
    return translate(
        "operators", "Too many wrong PINs for {name}: try again in %n seconds.", None, seconds
    ).format(name=name)


def verify(session: Session, name: str, pin: str, *, now: float | None = None) -> Operator:
    """The operator ``name`` if ``pin`` is theirs; else WrongPin ("Wrong PIN for …"), or
    LockedOut after MAX_TRIES wrong PINs in a row (for LOCK_SECONDS, whatever the PIN)."""
    moment = time.monotonic() if now is None else now
    data = _load(session)
    found = _find(data, name)
    if found is None:
        raise UnknownOperator(_unknown_message(name.strip()))
    scope, key = _scope(session), _key(found)
    left = _tries.locked_for(scope, key, moment)
    if left:
        raise LockedOut(_locked_message(found, left), left)
    entry = data[found]
    if isinstance(pin, str) and PIN_PATTERN.fullmatch(pin) and pin_matches(entry, pin):
        _tries.forget(scope, key)
        return Operator(found, entry.get("role", ROLE_OPERATOR))
    if _tries.failed(scope, key, moment):
        wrong = translate("operators", "Wrong PIN for {name}.").format(name=found)
        seconds = int(LOCK_SECONDS)
        raise LockedOut(f"{wrong} {_locked_message(found, seconds)}", seconds)
    raise WrongPin(translate("operators", "Wrong PIN for {name}.").format(name=found))


def require_supervisor(session: Session, pin: str | None, *, now: float | None = None) -> str:
    """The name of the supervisor whose PIN ``pin`` is; ``""`` when this desk has no
    supervisor (guarded actions are then open). PermissionDenied otherwise, and for
    LOCK_SECONDS after MAX_TRIES wrong supervisor PINs in a row."""
    data = _load(session)
    supervisors = [(n, e) for n, e in data.items() if e.get("role") == ROLE_SUPERVISOR]
    if not supervisors:
        return ""
    needed = translate("operators", "This needs a supervisor's PIN.")
    moment = time.monotonic() if now is None else now
    scope = _scope(session)
    left = _tries.locked_for(scope, _SUPERVISOR_KEY, moment)
    if left:
        raise PermissionDenied(
            translate(
                "operators", "Too many wrong supervisor PINs: try again in %n seconds.", None, left
            )
        )
    if not pin:
        raise PermissionDenied(needed)
    if PIN_PATTERN.fullmatch(pin):
        for name, entry in sorted(supervisors, key=lambda s: _key(s[0])):
            if pin_matches(entry, pin):
                _tries.forget(scope, _SUPERVISOR_KEY)
                return name
    _tries.failed(scope, _SUPERVISOR_KEY, moment)
    raise PermissionDenied(needed)


# -- the audit log --------------------------------------------------------------------------


def log(
    session: Session,
    action: str,
    detail: str = "",
    *,
    desk_id: str,
    operator: str,
    at: datetime | None = None,
) -> str:
    """Add one audit row in the caller's transaction; returns its id. Never put a PIN or
    a participant's contact details in ``detail``."""
    entry = AuditEntry(
        id=new_id(),
        at=at or utcnow(),
        desk_id=desk_id,
        operator=operator or "",
        action=action,
        detail=detail or "",
    )
    session.add(entry)
    session.flush()
    return entry.id


def log_approval(
    session: Session,
    what: str,
    detail: str,
    *,
    supervisor: str,
    desk_id: str,
    operator: str,
    at: datetime | None = None,
) -> str | None:
    """Log that ``supervisor`` let ``operator`` do ``what`` (one of GUARDED); nothing when
    no supervisor was needed (``supervisor == ""``)."""
    if not supervisor:
        return None
    text = f"{what}: {detail}" if detail else what
    if operator and operator != supervisor:
        text = f"{text} ({operator})"
    return log(session, APPROVAL, text, desk_id=desk_id, operator=supervisor, at=at)


def void_with_supervisor(
    session: Session,
    participant_id: str,
    reason: str,
    pin: str | None,
    *,
    desk_id: str,
    operator: str,
    now: datetime | None = None,
) -> str:
    """Void a participant's check-in, only with a supervisor's PIN (when this desk has a
    supervisor); the approval is logged under the supervisor's name. Returns the void
    record's id. Nothing is written when the PIN is refused."""
    supervisor = require_supervisor(session, pin)
    person = session.get(Participant, participant_id)
    # The approval first: newest first, the audit view shows the void above it.
    log_approval(
        session,
        GUARD_VOID,
        person.full_name if person is not None else participant_id,
        supervisor=supervisor,
        desk_id=desk_id,
        operator=operator,
        at=now,
    )
    record_id = void_checkin(
        session, participant_id, reason, desk_id=desk_id, operator=operator, now=now
    )
    return record_id


def action_label(action: str) -> str:
    """An action (audit action, record kind or guarded action) in the current language."""
    labels = {
        IMPORT: translate("audit", "import"),
        EXPORT: translate("audit", "export"),
        BACKUP: translate("audit", "backup"),
        RESTORE: translate("audit", "restore"),
        SYNC_EXPORT: translate("audit", "desk file written"),
        SYNC_IMPORT: translate("audit", "desk files merged"),
        SIGN_IN: translate("audit", "sign-in"),
        SIGN_OUT: translate("audit", "sign-out"),
        SETTINGS: translate("audit", "settings"),
        OPERATORS: translate("audit", "operators"),
        APPROVAL: translate("audit", "supervisor approval"),
        EDIT: translate("audit", "participant edited"),
        ONLINE_IMPORT: translate("audit", "online attendance imported"),
        ONLINE_MATCH: translate("audit", "online attendance matched"),
        CERTIFICATES: translate("audit", "certificates of attendance"),
        KIOSK: translate("audit", "kiosk: sent to the desk"),
        "checkin": translate("audit", "check-in"),
        "void": translate("audit", "void"),
        "door": translate("audit", "door scan"),
        "print": translate("audit", "badge print"),
        "merge": translate("audit", "merge of participants"),
        GUARD_REPRINT: translate("audit", "reprint"),
        GUARD_CONTACT_EXPORT: translate("audit", "export with contact data"),
    }
    return labels.get(action, action)


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One line of the audit view (an audit row or a record)."""

    at: datetime
    desk_id: str
    desk_name: str
    operator: str
    action: str  # an audit action or a record kind
    action_label: str
    detail: str
    id: str
    is_record: bool


def _name(given: str | None, family: str | None) -> str:
    return f"{given or ''} {family or ''}".strip()


def _approval_detail(detail: str) -> str:
    what, sep, rest = detail.partition(": ")
    if what in GUARDED:
        return f"{action_label(what)}: {rest}" if sep else action_label(what)
    if detail in GUARDED:
        return action_label(detail)
    return detail


def _batches(first: int) -> Iterator[int]:
    size = first
    while True:
        yield size
        size = min(size * 4, 20_000)


def _audit_rows(
    session: Session,
    desks: dict[str, str],
    *,
    operator: str | None,
    action: str | None,
    since: datetime | None,
    until: datetime | None,
    first: int,
) -> Iterator[AuditRow]:
    a = AuditEntry
    query = select(a.id, a.at, a.desk_id, a.operator, a.action, a.detail)
    if operator is not None:
        query = query.where(a.operator == operator)
    if action is not None:
        query = query.where(a.action == action)
    if since is not None:
        query = query.where(a.at >= since)
    if until is not None:
        query = query.where(a.at < until)
    last: tuple[datetime, str] | None = None
    for size in _batches(first):
        page = query
        if last is not None:
            page = page.where(or_(a.at < last[0], and_(a.at == last[0], a.id < last[1])))
        rows = session.execute(page.order_by(a.at.desc(), a.id.desc()).limit(size)).all()
        for rid, at, desk_id, who, act, detail in rows:
            yield AuditRow(
                at=at,
                desk_id=desk_id,
                desk_name=desks.get(desk_id, desk_id[:8]),
                operator=who,
                action=act,
                action_label=action_label(act),
                detail=_approval_detail(detail) if act == APPROVAL else detail,
                id=rid,
                is_record=False,
            )
        if len(rows) < size:
            return
        last = (rows[-1][1], rows[-1][0])


def _record_detail(row: Any, names: dict[str, str], event: Event | None) -> str:
    kind = row.kind
    name = _name(row.given_name, row.family_name)
    parts = [name]
    if kind == "void" and row.reason:
        parts.append(row.reason)
    elif kind == "print" and row.reason:
        parts.append(reason_label(row.reason))
    elif kind == "merge" and row.target_id:
        parts.append(
            translate("audit", "absorbed {name}").format(
                name=names.get(row.target_id, row.target_id[:8])
            )
        )
    elif kind == "door":
        if row.item_id:
            title = row.item_id
            if event is not None:
                with contextlib.suppress(KeyError):
                    title = event.item(row.item_id).title.get(language())
            parts.append(title)
        if row.direction:
            parts.append(
                translate("audit", "in") if row.direction == "in" else translate("audit", "out")
            )
        if row.place:
            parts.append(row.place)
    return " · ".join(p for p in parts if p)


def _record_rows(
    session: Session,
    desks: dict[str, str],
    event: Event | None,
    *,
    operator: str | None,
    action: str | None,
    since: datetime | None,
    until: datetime | None,
    first: int,
) -> Iterator[AuditRow]:
    r, p = Record, Participant
    query = (
        select(
            r.id,
            r.kind,
            r.at,
            r.desk_id,
            r.operator,
            r.item_id,
            r.direction,
            r.reason,
            r.target_id,
            r.place,
            p.given_name,
            p.family_name,
        )
        .join(p, p.id == r.participant_id)
        # A merge copies the absorbed person's records (UUID 5 ids, desk/people/merging.py):
        # the originals are what happened, the copies would show everything twice.
        .where(func.substr(r.id, 15, 1) != "5")
    )
    if operator is not None:
        query = query.where(r.operator == operator)
    if action is not None:
        query = query.where(r.kind == action)
    if since is not None:
        query = query.where(r.at >= since)
    if until is not None:
        query = query.where(r.at < until)
    last: tuple[datetime, str] | None = None
    for size in _batches(first):
        page = query
        if last is not None:
            page = page.where(or_(r.at < last[0], and_(r.at == last[0], r.id < last[1])))
        rows = session.execute(page.order_by(r.at.desc(), r.id.desc()).limit(size)).all()
        targets = {row.target_id for row in rows if row.kind == "merge" and row.target_id}
        names = (
            {
                pid: _name(g, f)
                for pid, g, f in session.execute(
                    select(p.id, p.given_name, p.family_name).where(p.id.in_(targets))
                )
            }
            if targets
            else {}
        )
        for row in rows:
            yield AuditRow(
                at=row.at,
                desk_id=row.desk_id,
                desk_name=desks.get(row.desk_id, row.desk_id[:8]),
                operator=row.operator,
                action=row.kind,
                action_label=action_label(row.kind),
                detail=_record_detail(row, names, event),
                id=row.id,
                is_record=True,
            )
        if len(rows) < size:
            return
        last = (rows[-1].at, rows[-1].id)


def _matches(row: AuditRow, words: list[str]) -> bool:
    haystack = fold(f"{row.operator} {row.desk_name} {row.action_label} {row.detail}")
    return all(word in haystack for word in words)


def audit_entries(
    session: Session,
    *,
    event: Event | None = None,
    operator: str | None = None,
    action: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    text: str | None = None,
    limit: int = 1000,
) -> list[AuditRow]:
    """Who did what and when: the audit log and the records, newest first.

    ``operator`` and ``action`` (an audit action or a record kind) match exactly;
    ``since``/``until`` bound the time (UTC, until excluded); ``text`` keeps rows whose
    operator, desk, action or detail contain every word of it, ignoring accents and case.
    ``event`` names agenda items in door scans. At most ``limit`` rows."""
    desks = {d.id: d.name for d in session.scalars(select(Desk))}
    words = fold(text or "").split()
    first = limit + 1 if not words else max(limit * 2, TEXT_BATCH)
    streams = []
    if action is None or action not in RECORD_KINDS:
        streams.append(
            _audit_rows(
                session,
                desks,
                operator=operator,
                action=action,
                since=since,
                until=until,
                first=first,
            )
        )
    if action is None or action in RECORD_KINDS:
        streams.append(
            _record_rows(
                session,
                desks,
                event,
                operator=operator,
                action=action,
                since=since,
                until=until,
                first=first,
            )
        )
    out: list[AuditRow] = []
    for row in heapq.merge(*streams, key=lambda row: (row.at, row.id), reverse=True):
        if words and not _matches(row, words):
            continue
        out.append(row)
        if len(out) >= limit:
            break
    return out


def audit_operators(session: Session) -> list[str]:
    """Every operator name seen at this desk (records, audit rows, configured), by name."""
    names = set(session.scalars(select(Record.operator).distinct()))
    names |= set(session.scalars(select(AuditEntry.operator).distinct()))
    names |= {o.name for o in list_operators(session)}
    return sorted((n for n in names if n), key=lambda n: (_key(n), n))
