"""The verification code of a certificate of attendance, and checking one.

A verification code is the person's badge code, a dash and six symbols::

    7KQ2M9XC4RTBHN5E-K3W9QZ      (printed 7KQ2-M9XC-4RTB-HN5E-K3W9QZ)

The six symbols are the first 30 bits of HMAC-SHA256 keyed with the participant's
internal id (a random UUID that no badge, list or certificate prints) over the event id
and the badge code, in the badge codes' Crockford alphabet. Any desk holding the
database recomputes them offline; without it nobody can make one up (one guess in a
billion), and a code changed by one symbol fails.

:func:`verify` takes whatever was typed or pasted — any case, spaces or dashes anywhere,
``I``/``L`` for 1 and ``O`` for 0, the code inside a longer line — and always answers
with a :class:`Verification`, never an exception: not a code, unknown, forged, a
cancelled or merged registration, or valid with the person's name, organisation, the
items they attended now (in person or online) and whether they meet the rule today.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from enum import Enum
from functools import partial
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.arrival.codes import ALPHABET, CODE_LENGTH, CodeStatus, classify, format_code
from desk.certificates import AttendedItem, attended_list
from desk.doors import attendance
from desk.events.event import Event
from desk.i18n import translate
from desk.online.rules import CertificateRule, certificate_rule
from desk.people.participants import merged_person
from desk.storage.models import STATUS_CANCELLED, STATUS_MERGED, Participant

MAC_LENGTH = 6
LENGTH = CODE_LENGTH + MAC_LENGTH  # without the dash
_ALIASES = str.maketrans({"I": "1", "L": "1", "O": "0"})
_SEPARATORS = re.compile(r"[\s\-_./'´`,;:+]+")
_SYMBOLS = frozenset(ALPHABET)
# A code inside a longer paste ("Código: 7KQ2-M9XC-4RTB-HN5E-K3W9QZ."): four groups of
# four and one of six, separators optional, not part of a longer word.
# Overlapping candidates: only one whose badge code has a right check symbol counts.
_EMBEDDED = re.compile(
    r"(?<![0-9A-Z])(?=([0-9A-Z]{4}(?:[\s-]?[0-9A-Z]{4}){3}[\s-]?[0-9A-Z]{6})(?![0-9A-Z]))"
)


def _mac(participant_id: str, event_id: str, code: str) -> str:
    digest = hmac.new(
        participant_id.encode(), f"{event_id}\n{code}".encode(), hashlib.sha256
    ).digest()
    value = int.from_bytes(digest[:4]) >> (32 - 5 * MAC_LENGTH)
    return "".join(ALPHABET[(value >> (5 * i)) & 31] for i in range(MAC_LENGTH - 1, -1, -1))


def certificate_code(participant_id: str, event_id: str, code: str) -> str:
    """The verification code of ``code``'s certificate for ``event_id`` (what the QR holds)."""
    return f"{code}-{_mac(participant_id, event_id, code)}"


def format_certificate_code(verification: str) -> str:
    """For people: the badge code in groups of four, then the six symbols."""
    code, _, mac = verification.partition("-")
    return f"{format_code(code)}-{mac}"


def parse(text: str) -> str | None:
    """Typed or pasted text → the verification code (``CODE-MAC``), or None. The badge
    code in it must be one (its check symbol right), which also finds the code in a
    pasted line whatever else the line says."""

    def canonical(raw: str) -> str | None:
        raw = _SEPARATORS.sub("", raw).upper().translate(_ALIASES)
        if len(raw) != LENGTH or not set(raw) <= _SYMBOLS:
            return None
        if classify(raw[:CODE_LENGTH])[0] is not CodeStatus.VALID:
            return None  # not a badge code: its check symbol is wrong
        return f"{raw[:CODE_LENGTH]}-{raw[CODE_LENGTH:]}"

    found = canonical(text.strip())
    if found is not None:
        return found
    for match in _EMBEDDED.finditer(text.upper()):
        found = canonical(match.group(1))
        if found is not None:
            return found
    return None


class Status(Enum):
    VALID = "valid"
    NOT_A_CODE = "not_a_code"  # not the shape of a verification code
    UNKNOWN = "unknown"  # no participant has this badge code here
    FORGED = "forged"  # the badge code exists, the six symbols are not its
    CANCELLED = "cancelled"
    MERGED = "merged"  # a registration merged into another person's


@dataclass(frozen=True, slots=True)
class Verification:
    """What checking a verification code found (``valid``: a genuine certificate of a
    registration that stands; ``meets_rule``: whether it would be issued today)."""

    status: Status
    code: str  # the verification code read, or the text as typed when it is none
    name: str = ""
    organisation: str = ""
    participant_code: str = ""
    items: tuple[AttendedItem, ...] = ()
    meets_rule: bool = False
    rule: str = ""  # the rule, described
    merged_into: str = ""  # the badge code of the person a merged registration is now

    @property
    def valid(self) -> bool:
        return self.status is Status.VALID

    @property
    def in_person(self) -> int:
        return sum(1 for i in self.items if i.mode == "in_person")

    @property
    def online(self) -> int:
        return sum(1 for i in self.items if i.mode == "online")

    def message(self) -> str:
        """One line for the operator."""
        if self.status is Status.VALID:
            return translate("certificates", "Valid certificate: {name}").format(name=self.name)
        if self.status is Status.NOT_A_CODE:
            return translate(
                "certificates",
                "Invalid: “{text}” is not a certificate code (16 symbols, a dash, 6 symbols).",
            ).format(text=self.code)
        if self.status is Status.UNKNOWN:
            return translate(
                "certificates", "Invalid: no participant of this event has the code {code}."
            ).format(code=format_certificate_code(self.code))
        if self.status is Status.FORGED:
            return translate(
                "certificates",
                "Invalid: {code} was not issued by Desk (a symbol is wrong, or it was made up).",
            ).format(code=format_certificate_code(self.code))
        if self.status is Status.CANCELLED:
            return translate(
                "certificates", "Invalid: the registration of {name} was cancelled."
            ).format(name=self.name)
        return translate(
            "certificates",
            "Invalid: this registration of {name} was merged into another; their "
            "certificate has the code of {code}.",
        ).format(name=self.name, code=format_code(self.merged_into) if self.merged_into else "?")

    def to_json(self) -> dict[str, Any]:
        return {
            "valid": self.valid,
            "status": self.status.value,
            "code": self.code,
            "name": self.name,
            "organisation": self.organisation,
            "participant_code": self.participant_code,
            "items": [item.to_json() for item in self.items],
            "in_person": self.in_person,
            "online": self.online,
            "meets_rule": self.meets_rule,
            "rule": self.rule,
        }


def verify(
    session: Session, event: Event, text: str, rule: CertificateRule | None = None
) -> Verification:
    """Check a verification code as typed, scanned or pasted (see the module's doc)."""
    code = parse(text)
    if code is None:
        return Verification(Status.NOT_A_CODE, " ".join(text.split())[:80])
    badge = code.partition("-")[0]
    person = session.scalar(select(Participant).where(Participant.code == badge))
    if person is None:
        return Verification(Status.UNKNOWN, code)
    if not hmac.compare_digest(certificate_code(person.id, event.id, badge), code):
        return Verification(Status.FORGED, code)
    found = partial(
        Verification,
        code=code,
        name=person.full_name,
        organisation=person.organisation or "",
        participant_code=badge,
    )
    if person.status == STATUS_CANCELLED:
        return found(Status.CANCELLED)
    if person.status == STATUS_MERGED:
        target = merged_person(session, person)
        into = target.code if target is not person else ""
        return found(Status.MERGED, merged_into=into)
    rule = rule or certificate_rule(session)
    attended = attendance.attended_items(session, event).get(person.id, {})
    return found(
        Status.VALID,
        items=attended_list(event, attended),
        meets_rule=bool(attended) and rule.met(event, attended),
        rule=rule.describe(event),
    )
