"""The rules of online attendance and of certificates, kept in the database.

Both rules are the event's, not a desk's: the window's settings and every ``desk``
command read the same values, stored as ``meta`` rows (``online_min_minutes``,
``online_min_percent``, ``certificate_min_items`` or ``certificate_min_percent``).

- :class:`OnlineRule`: somebody is present online at an agenda item when their merged
  connections overlap it by at least min(``min_minutes``, ``min_percent`` % of the item).
- :class:`CertificateRule`: a certificate of attendance goes to whoever attended at least
  ``min_items`` sessions, or ``min_percent`` % of the first day's sessions, in person or
  online. Sessions are the agenda items whose attendance is taken, breaks and meals left
  out: a certificate lists what people came for, not lunch.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.errors import DeskError
from desk.events.event import KIND_BREAK, KIND_MEAL, AgendaItem, Event
from desk.i18n import translate
from desk.storage.models import Meta

MIN_MINUTES_DEFAULT = 15
MIN_PERCENT_DEFAULT = 50
CERTIFICATE_PERCENT_DEFAULT = 50

_MIN_MINUTES = "online_min_minutes"
_MIN_PERCENT = "online_min_percent"
_CERT_ITEMS = "certificate_min_items"
_CERT_PERCENT = "certificate_min_percent"


@dataclass(frozen=True, slots=True)
class OnlineRule:
    min_minutes: int = MIN_MINUTES_DEFAULT
    min_percent: int = MIN_PERCENT_DEFAULT

    def __post_init__(self) -> None:
        if not 1 <= self.min_minutes <= 24 * 60:
            raise DeskError(
                translate("online", "The minimum time online must be 1 to 1440 minutes.")
            )
        if not 1 <= self.min_percent <= 100:
            raise DeskError(translate("online", "The minimum share of an item must be 1 to 100 %."))

    def threshold(self, start: datetime, end: datetime) -> timedelta:
        """How long somebody must be connected during [start, end) to count."""
        return min(timedelta(minutes=self.min_minutes), (end - start) * self.min_percent / 100)


@dataclass(frozen=True, slots=True)
class CertificateRule:
    """Exactly one of ``min_items`` and ``min_percent``."""

    min_items: int | None = None
    min_percent: int | None = None

    def __post_init__(self) -> None:
        if (self.min_items is None) == (self.min_percent is None):
            raise DeskError(
                translate(
                    "online",
                    "A certificate rule is either a number of sessions or a percentage "
                    "of the first day's sessions.",
                )
            )
        if self.min_items is not None and not 1 <= self.min_items <= 1000:
            raise DeskError(translate("online", "The number of sessions must be 1 to 1000."))
        if self.min_percent is not None and not 1 <= self.min_percent <= 100:
            raise DeskError(translate("online", "The percentage must be 1 to 100."))

    def required(self, event: Event) -> int:
        """How many agenda items a person must have attended."""
        if self.min_items is not None:
            return self.min_items
        sessions = len(day_one_sessions(event))
        assert self.min_percent is not None
        return max(1, -(-sessions * self.min_percent // 100))  # rounded up

    def describe(self, event: Event) -> str:
        if self.min_items is not None:
            return translate("online", "at least %n sessions", None, self.min_items)
        return translate(
            "online", "at least {percent} % of the first day's sessions ({n} of {total})"
        ).format(
            percent=self.min_percent,
            n=self.required(event),
            total=len(day_one_sessions(event)),
        )

    def met(self, event: Event, attended: set[str] | dict[str, str]) -> bool:
        """Whether somebody who attended these agenda items gets a certificate."""
        counted = sessions(event) if self.min_items is not None else day_one_sessions(event)
        return len({item.id for item in counted} & set(attended)) >= self.required(event)


def sessions(event: Event) -> tuple[AgendaItem, ...]:
    """The agenda items whose attendance is taken, breaks and meals left out."""
    return tuple(
        item
        for item in event.agenda
        if item.attendance and item.kind not in (KIND_BREAK, KIND_MEAL)
    )


def day_one_sessions(event: Event) -> tuple[AgendaItem, ...]:
    """The first day's sessions."""
    return tuple(item for item in sessions(event) if item.day == event.start_date)


def _meta(session: Session, *keys: str) -> dict[str, int]:
    rows = session.execute(select(Meta.key, Meta.value).where(Meta.key.in_(keys)))
    out = {}
    for key, value in rows:
        try:
            out[key] = int(value)
        except ValueError:
            continue  # a damaged value reads as the default
    return out


def online_rule(session: Session) -> OnlineRule:
    stored = _meta(session, _MIN_MINUTES, _MIN_PERCENT)
    try:
        return OnlineRule(
            stored.get(_MIN_MINUTES, MIN_MINUTES_DEFAULT),
            stored.get(_MIN_PERCENT, MIN_PERCENT_DEFAULT),
        )
    except DeskError:
        return OnlineRule()


def certificate_rule(session: Session) -> CertificateRule:
    stored = _meta(session, _CERT_ITEMS, _CERT_PERCENT)
    try:
        if _CERT_ITEMS in stored:
            return CertificateRule(min_items=stored[_CERT_ITEMS])
        return CertificateRule(min_percent=stored.get(_CERT_PERCENT, CERTIFICATE_PERCENT_DEFAULT))
    except DeskError:
        return CertificateRule(min_percent=CERTIFICATE_PERCENT_DEFAULT)


def set_online_rule(session: Session, rule: OnlineRule) -> None:
    session.merge(Meta(key=_MIN_MINUTES, value=str(rule.min_minutes)))
    session.merge(Meta(key=_MIN_PERCENT, value=str(rule.min_percent)))


def set_certificate_rule(session: Session, rule: CertificateRule) -> None:
    for key in (_CERT_ITEMS, _CERT_PERCENT):
        found = session.get(Meta, key)
        if found is not None:
            session.delete(found)
    session.flush()
    if rule.min_items is not None:
        session.merge(Meta(key=_CERT_ITEMS, value=str(rule.min_items)))
    else:
        session.merge(Meta(key=_CERT_PERCENT, value=str(rule.min_percent)))
