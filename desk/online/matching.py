"""Who an online connection is: its identity, and the participant it matches.

A row of a Zoom or Teams export says who connected the way the platform knew them: an
e-mail when they were signed in (Teams also a UPN, which can differ from the e-mail), and
a display name that people type themselves ("Ana P. (Invitado)", "015_Carlos López",
"Pérez, Ana", "JANSSENS JAN (EXT)"). Every row gets an *identity* (:func:`identity`): the
case-folded e-mail, else the UPN, else the cleaned, folded name; every row of one identity
is the same person, and a match (``online_matches``) ties an identity to a participant.

Automatic matching (:func:`auto_match`) tries, in order: the e-mail, then the UPN, against
the participants' e-mail addresses (case-folded); then each cleaned form of the name
(:func:`name_forms`) against the participants' names in both orders (given family, family
given). Only a single candidate is taken; anything else waits for a person to decide.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.people.participants import email_key
from desk.people.textnorm import fold
from desk.storage.models import (
    MATCH_EMAIL,
    MATCH_NAME,
    MATCH_UPN,
    STATUS_CANCELLED,
    STATUS_MERGED,
    Participant,
)

EMAIL_PREFIX = "email:"
UPN_PREFIX = "upn:"
NAME_PREFIX = "name:"

# What platforms and people add to a display name: guest and external markers.
_MARKERS = re.compile(
    r"\((?:ext|external|externo|externa|guest|invitado|invitada|invitado/a|invité|invitée|"
    r"convidado|convidada|ospite|gast|unverified|no verificado)\)",
    re.IGNORECASE,
)
# Numbered prefixes: "015_", "15 - ", "3. ", "#12 ".
_NUMBER_PREFIX = re.compile(r"^\s*#?\d+\s*[_.\-:)]?\s*")
# Zoom's rename: "Current name (Original name)".
_RENAMED = re.compile(r"^(?P<current>[^()]*?)\s*\((?P<original>[^()]+)\)\s*$")


def clean_name(raw: str) -> str:
    """The display name without guest markers and numbered prefixes, spaces normalised."""
    text = _MARKERS.sub(" ", raw)
    text = _NUMBER_PREFIX.sub("", text)
    return " ".join(text.split())


def name_forms(raw: str) -> tuple[str, ...]:
    """The folded forms a display name may stand for, most likely first: the cleaned name,
    both names of a Zoom rename, and "Family, Given" read as "Given Family"."""
    cleaned = clean_name(raw)
    parts = [cleaned]
    renamed = _RENAMED.match(cleaned)
    if renamed:
        parts = [renamed["current"], renamed["original"]]
    forms: list[str] = []
    for part in parts:
        part = clean_name(part)
        if "," in part:
            family, _, given = part.partition(",")
            forms.append(fold(f"{given} {family}"))
        forms.append(fold(part))
    return tuple(dict.fromkeys(f for f in forms if f))


def identity(raw_name: str, email: str, upn: str) -> str:
    """Who a row is: ``email:…``, else ``upn:…``, else ``name:…`` (the first name form)."""
    if email.strip():
        return EMAIL_PREFIX + email_key(email)
    if upn.strip():
        return UPN_PREFIX + email_key(upn)
    forms = name_forms(raw_name)
    return NAME_PREFIX + (forms[0] if forms else fold(raw_name))


@dataclass(frozen=True, slots=True)
class Directory:
    """The registered participants' e-mails and names, for matching many rows at once."""

    emails: dict[str, set[str]]
    names: dict[str, set[str]]

    @classmethod
    def load(cls, session: Session) -> Directory:
        emails: dict[str, set[str]] = {}
        names: dict[str, set[str]] = {}
        rows = session.execute(
            select(
                Participant.id, Participant.email_key, Participant.name_key, Participant.sort_key
            ).where(Participant.status.not_in((STATUS_MERGED, STATUS_CANCELLED)))
        )
        for pid, email, name, sort in rows:
            if email:
                emails.setdefault(email, set()).add(pid)
            for key in {name, sort}:
                if key:
                    names.setdefault(key, set()).add(pid)
        return cls(emails, names)

    def by_email(self, address: str) -> set[str]:
        return self.emails.get(email_key(address), set()) if address.strip() else set()

    def by_name(self, raw_name: str) -> set[str]:
        found: set[str] = set()
        for form in name_forms(raw_name):
            found |= self.names.get(form, set())
        return found


def auto_match(
    directory: Directory, rows: Iterable[tuple[str, str, str]]
) -> tuple[str, str] | None:
    """(participant id, method) for an identity's rows (raw name, e-mail, UPN), or None
    when no single participant is certain."""
    rows = list(rows)
    for method, index in ((MATCH_EMAIL, 1), (MATCH_UPN, 2)):
        found: set[str] = set()
        for row in rows:
            found |= directory.by_email(row[index])
        if len(found) == 1:
            return next(iter(found)), method
        if len(found) > 1:
            return None
    names: set[str] = set()
    for raw_name, _email, _upn in rows:
        names |= directory.by_name(raw_name)
    if len(names) == 1:
        return next(iter(names)), MATCH_NAME
    return None
