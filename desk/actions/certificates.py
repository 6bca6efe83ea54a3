"""Certificates of attendance: issuing them as PDF files and checking a verification code,
the one way the window and ``desk certificates`` do it.

:func:`issue_certificates` reads who meets the rule from one snapshot of the database,
writes the PDF (one page per person) or one PDF per person into a folder, each file
atomically and an existing file kept as ``NAME.bak`` (desk.storage.fileio), then logs
one ``certificates`` audit row. Nobody meeting the rule writes and logs nothing.
:func:`verify_certificate` changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desk.certificates import Certificate, select_certificates
from desk.certificates.codes import Verification, verify
from desk.certificates.render import file_name, render_certificates
from desk.errors import DeskError
from desk.events.event import Event
from desk.i18n import translate
from desk.online.rules import CertificateRule, certificate_rule
from desk.staff import operators as ops
from desk.storage.db import Database
from desk.storage.fileio import atomic_write

LANGUAGES = ("es", "en")
Progress = Callable[[int, int], object]  # (done, total)


@dataclass(frozen=True, slots=True)
class Issued:
    """What :func:`issue_certificates` wrote."""

    count: int  # certificates (people)
    paths: tuple[Path, ...]  # the PDF, or one per person; () when nobody met the rule
    rule: CertificateRule
    rule_text: str  # the rule in the operator's words ("at least 6 agenda items")
    short: int  # people who attended something but fall short of the rule
    names: tuple[str, ...]  # who got one, in the files' order
    lang: str
    folder: Path | None = None  # one file per person: where

    @property
    def where(self) -> Path | None:
        """The folder of one-per-person files, else the PDF (None: nothing written)."""
        return self.folder or (self.paths[0] if self.paths else None)


def _pdf_target(out: Path) -> Path:
    if out.is_dir():
        raise DeskError(
            translate(
                "certificates",
                "{path} is a folder: give a file name such as certificates.pdf, or ask for "
                "one file per person.",
            ).format(path=out)
        )
    return out


def _folder_target(out: Path) -> Path:
    if out.exists() and not out.is_dir():
        raise DeskError(
            translate(
                "certificates", "{path} is a file: one file per person needs a folder."
            ).format(path=out)
        )
    return out


def issue_certificates(
    db: Database,
    event: Event,
    out: Path | str,
    *,
    rule: CertificateRule | None = None,
    lang: str = "es",
    one_file_per_person: bool = False,
    operator: str,
    progress: Progress | None = None,
) -> Issued:
    """Write the certificates of everybody who meets ``rule`` (None: the saved rule), with
    ``lang`` as the main language: one PDF at ``out``, or with ``one_file_per_person``
    one PDF per person in the folder ``out`` (``CODE-Family-Name.pdf``). Then one
    ``certificates`` audit row."""
    if lang not in LANGUAGES:
        raise DeskError(
            translate(
                "certificates", "The language of a certificate is es or en, not {lang}."
            ).format(lang=lang)
        )
    out = Path(out)
    target = _folder_target(out) if one_file_per_person else _pdf_target(out)
    with db.read() as session:
        rule = rule or certificate_rule(session)
        certs, short = select_certificates(session, event, rule)
    rule_text = rule.describe(event)
    names = tuple(c.full_name for c in certs)
    if not certs:
        return Issued(0, (), rule, rule_text, short, (), lang)
    paths = _write(target, event, certs, lang, one_file_per_person, progress)
    with db.write() as session:
        ops.log(
            session,
            ops.CERTIFICATES,
            translate(
                "certificates", "{target}: %n certificates ({rule})", None, len(certs)
            ).format(target=target.name, rule=rule_text),
            desk_id=db.desk_id,
            operator=operator,
        )
    return Issued(
        len(certs),
        paths,
        rule,
        rule_text,
        short,
        names,
        lang,
        target if one_file_per_person else None,
    )


def _writer(data: bytes) -> Callable[[BinaryIO], object]:
    return lambda handle: handle.write(data)


def _write(
    target: Path,
    event: Event,
    certs: list[Certificate],
    lang: str,
    one_file_per_person: bool,
    progress: Progress | None,
) -> tuple[Path, ...]:
    if not one_file_per_person:
        pdf = render_certificates(event, certs, lang)
        if progress is not None:
            progress(len(certs), len(certs))
        return (atomic_write(target, _writer(pdf)),)
    written = []
    for i, cert in enumerate(certs):
        page = render_certificates(event, [cert], lang)
        written.append(atomic_write(target / file_name(cert), _writer(page)))
        if progress is not None:
            progress(i + 1, len(certs))
    return tuple(written)


def verify_certificate(db: Database, event: Event, code: str) -> Verification:
    """Check a verification code as typed, scanned or pasted (never raises for a wrong one)."""
    with db.read() as session:
        return verify(session, event, code)
