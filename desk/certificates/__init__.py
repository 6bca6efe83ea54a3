"""Certificates of attendance (issue 14): who gets one, the verification code printed on
it, and the bilingual one-page PDF.

- :mod:`desk.certificates.codes`: a person's verification code (their badge code and a
  keyed checksum any desk with the data can recompute offline, nobody can make up without
  it) and :func:`~desk.certificates.codes.verify`.
- :mod:`desk.certificates.render`: the A4 PDF, Spanish and English on every page.
- :func:`certificates`: the people who meet the rule, with the agenda items they attended
  in person or online (``desk.doors.attendance.attended_items``), in family-name order.

Cancelled registrations never get a certificate; a registration merged into another
person counts as that person, whose certificate it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.doors import attendance
from desk.events.event import KIND_BREAK, KIND_MEAL, Event, Text
from desk.online.presence import IN_PERSON, ONLINE
from desk.online.rules import CertificateRule, certificate_rule
from desk.storage.models import STATUS_REGISTERED, Participant

__all__ = [
    "IN_PERSON",
    "ONLINE",
    "AttendedItem",
    "Certificate",
    "attended_list",
    "certificates",
    "select_certificates",
]


@dataclass(frozen=True, slots=True)
class AttendedItem:
    """One agenda item somebody attended, as a certificate lists it."""

    item_id: str
    title: Text
    day: date
    start: time
    end: time
    mode: str  # IN_PERSON | ONLINE

    def to_json(self) -> dict[str, str]:
        return {
            "item_id": self.item_id,
            "title_es": self.title.es,
            "title_en": self.title.en,
            "day": self.day.isoformat(),
            "start": f"{self.start:%H:%M}",
            "end": f"{self.end:%H:%M}",
            "mode": self.mode,
        }


@dataclass(frozen=True, slots=True)
class Certificate:
    """What one certificate says."""

    participant_id: str
    code: str  # the person's badge code
    verification: str  # desk.certificates.codes.certificate_code
    given_name: str
    family_name: str
    organisation: str
    items: tuple[AttendedItem, ...]

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


def attended_list(event: Event, attended: Mapping[str, str]) -> tuple[AttendedItem, ...]:
    """The items of ``attended`` (item id → mode) a certificate lists, in agenda order:
    breaks and meals are not sessions and are left out."""
    items = [
        AttendedItem(item.id, item.title, item.day, item.start, item.end, attended[item.id])
        for item in event.agenda
        if item.id in attended and item.kind not in (KIND_BREAK, KIND_MEAL)
    ]
    return tuple(sorted(items, key=lambda i: (i.day, i.start, i.end)))


def certificates(
    session: Session, event: Event, rule: CertificateRule | None = None
) -> list[Certificate]:
    """Everybody registered (not cancelled, not merged away) who meets ``rule`` (the saved
    rule by default), in family-name order, with what they attended."""
    return select_certificates(session, event, rule)[0]


def select_certificates(
    session: Session, event: Event, rule: CertificateRule | None = None
) -> tuple[list[Certificate], int]:
    """:func:`certificates`, and how many other registered people attended something but
    fall short of the rule."""
    from desk.certificates.codes import certificate_code

    rule = rule or certificate_rule(session)
    attended = attendance.attended_items(session, event)
    if not attended:
        return [], 0
    rows = session.execute(
        select(
            Participant.id,
            Participant.code,
            Participant.given_name,
            Participant.family_name,
            Participant.organisation,
        )
        .where(Participant.status == STATUS_REGISTERED)
        .order_by(Participant.sort_key, Participant.code)
    )
    out = []
    short = 0
    for pid, code, given, family, organisation in rows:
        mine = attended.get(pid)
        if not mine:
            continue
        if not rule.met(event, mine):
            short += 1
            continue
        out.append(
            Certificate(
                participant_id=pid,
                code=code,
                verification=certificate_code(pid, event.id, code),
                given_name=given,
                family_name=family,
                organisation=organisation or "",
                items=attended_list(event, mine),
            )
        )
    return out, short
