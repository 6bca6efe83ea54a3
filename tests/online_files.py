"""Attendance exports as Zoom and Teams write them, for tests.

Layouts from real exports (../shared/research/hybrid-and-multidesk.md, part 1): Zoom's
meeting participant export with its optional meeting block, the webinar attendee report
with its sections and ``--`` for people who did not attend, Teams' three-section report in
UTF-16LE with tabs. Times are given as naive local times of the forum (San Salvador).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path


@dataclass(frozen=True)
class Conn:
    """One connection: who, and from when until when (local time, naive)."""

    name: str
    email: str
    join: datetime
    leave: datetime
    upn: str = ""


def at(clock: str, day: int = 1) -> datetime:
    """A local time of the forum: day 1 is 23 May 2022."""
    h, m = map(int, clock.split(":")[:2])
    s = int(clock.split(":")[2]) if clock.count(":") == 2 else 0
    return datetime(2022, 5, 22 + day, h, m, s)


def _us(t: datetime) -> str:  # 05/23/2022 09:54:15 AM
    return t.strftime("%m/%d/%Y %I:%M:%S %p")


def _dmy(t: datetime) -> str:  # 23/05/2022 09:54
    return t.strftime("%d/%m/%Y %H:%M")


def _iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


ZOOM_STYLES = {"us": _us, "dmy": _dmy, "iso": _iso}
ZOOM_HEADERS = {
    "en": (
        "Name (Original Name)",
        "User Email",
        "Join Time",
        "Leave Time",
        "Duration (Minutes)",
        "Guest",
    ),
    "es": (
        "Nombre (nombre original)",
        "Correo electrónico del usuario",
        "Hora de ingreso",
        "Hora de salida",
        "Duración (minutos)",
        "Invitado",
    ),
    "it": (
        "Nome (nome originale)",
        "E-mail utente",
        "Ora di ingresso",
        "Ora di uscita",
        "Durata (minuti)",
        "Ospite",
    ),
    "pt": (
        "Nome (nome original)",
        "E-mail do usuário",
        "Hora de entrada",
        "Hora de saída",
        "Duração (minutos)",
        "Convidado",
    ),
    "fr": (
        "Nom (nom d'origine)",
        "E-mail de l'utilisateur",
        "Heure d'arrivée",
        "Heure de départ",
        "Durée (minutes)",
        "Invité",
    ),
}


def _csv_cell(value: str, delimiter: str = ",") -> str:
    if any(ch in value for ch in (delimiter, '"', "\n")):
        return '"' + value.replace('"', '""') + '"'
    return value


def _minutes(c: Conn) -> str:
    return str(max(1, -(-int((c.leave - c.join).total_seconds()) // 60)))  # rounded up


def zoom_meeting(
    path: Path,
    rows: Sequence[Conn],
    *,
    meeting_block: bool = True,
    bom: bool = True,
    headers: str = "en",
    date_style: str = "us",
    consent_column: bool = False,
    meeting_id: str = "845 1234 5678",
) -> Path:
    """Zoom's meeting participant export (Reports → Usage → Participants, CSV)."""
    fmt = ZOOM_STYLES[date_style]
    lines = []
    if meeting_block:
        start = min(c.join for c in rows) if rows else at("09:00")
        end = max(c.leave for c in rows) if rows else at("17:00")
        lines.append(
            "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants"
        )
        lines.append(
            f"{meeting_id},Foro diásporas RCM 2022,{fmt(start)},{fmt(end)},"
            f"secretaria@crmsv.org,{int((end - start).total_seconds() // 60)},{len(rows)}"
        )
        lines.append("")
    header = list(ZOOM_HEADERS[headers])
    if consent_column:
        header.append("Recording Consent")
    lines.append(",".join(_csv_cell(h) for h in header))
    for c in rows:
        cells = [
            c.name,
            c.email,
            fmt(c.join),
            fmt(c.leave),
            _minutes(c),
            "No" if c.email else "Yes",
        ]
        if consent_column:
            cells.append("Yes")
        lines.append(",".join(_csv_cell(v) for v in cells))
    text = "\r\n".join(lines) + "\r\n"
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path


def zoom_webinar(
    path: Path,
    attendees: Sequence[Conn],
    *,
    panelists: Sequence[Conn] = (),
    absent: Sequence[str | tuple[str, str]] = (),
) -> Path:
    """Zoom's webinar attendee report: sections; ``--`` for those who did not attend
    (``absent``: names, or (name, e-mail) pairs, of people registered who never came)."""
    lines = [
        "Attendee Report",
        "Report Generated:,05/23/2022 06:01 PM",
        "Topic,Webinar ID,Actual Start Time,Actual Duration (minutes),# Registered,"
        "# Cancelled,Unique Viewers,Total Users,Max Concurrent Views",
        "Foro diásporas RCM 2022 (webinar),912 3456 7890,05/23/2022 08:55 AM,485,120,2,"
        f"{len(attendees)},{len(attendees)},80",
        "Host Details",
        "Attended,User Name (Original Name),Email,Join Time,Leave Time,"
        "Time in Session (minutes),Is Guest,Country/Region Name",
        "Yes,Secretaría CRM,secretaria@crmsv.org,05/23/2022 08:55:02 AM,"
        "05/23/2022 05:01:10 PM,487,No,El Salvador",
        "Panelist Details",
        "Attended,User Name (Original Name),Email,Join Time,Leave Time,"
        "Time in Session (minutes),Is Guest,Country/Region Name",
    ]
    for c in panelists:
        lines.append(
            f"Yes,{_csv_cell(c.name)},{c.email},{_us(c.join)},{_us(c.leave)},{_minutes(c)},"
            "No,El Salvador"
        )
    lines += [
        "Attendee Details",
        "Attended,User Name (Original Name),First Name,Last Name,Email,Registration Time,"
        "Approval Status,Join Time,Leave Time,Time in Session (minutes),Is Guest,"
        "Country/Region Name",
    ]
    for c in attendees:
        given, _, family = c.name.partition(" ")
        lines.append(
            f"Yes,{_csv_cell(c.name)},{_csv_cell(given)},{_csv_cell(family)},{c.email},"
            f"05/20/2022 10:00:00 AM,approved,{_us(c.join)},{_us(c.leave)},{_minutes(c)},"
            "Yes,Guatemala"
        )
    for person in absent:
        name, email = (person, "") if isinstance(person, str) else person
        given, _, family = name.partition(" ")
        lines.append(
            f"No,{_csv_cell(name)},{_csv_cell(given)},{_csv_cell(family)},{email},"
            "05/20/2022 10:00:00 AM,approved,--,--,--,--,Honduras"
        )
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


TEAMS_WORDS = {
    "en": {
        "summary": "1. Summary",
        "title": "Meeting title",
        "attended": "Attended participants",
        "start": "Start time",
        "end": "End time",
        "duration": "Meeting duration",
        "average": "Average attendance time",
        "participants": "2. Participants",
        "participants_header": "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\t"
        "Participant ID (UPN)\tRole",
        "activities": "3. In-Meeting Activities",
        "activities_header": "Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole",
        "role": "Attendee",
    },
    "es": {
        "summary": "1. Resumen",
        "title": "Título de la reunión",
        "attended": "Participantes que asistieron",
        "start": "Hora de inicio",
        "end": "Hora de finalización",
        "duration": "Duración de la reunión",
        "average": "Tiempo medio de asistencia",
        "participants": "2. Participantes",
        "participants_header": "Nombre\tPrimera unión\tÚltima salida\tDuración en la reunión\t"
        "Correo electrónico\tId. de participante (UPN)\tRol",
        "activities": "3. Actividades en la reunión",
        "activities_header": "Nombre\tHora de unión\tHora de salida\tDuración\t"
        "Correo electrónico\tRol",
        "role": "Asistente",
    },
}


def _teams_time(t: datetime, style: str) -> str:
    if style == "dmy":  # 23/5/22, 09:30:17
        return f"{t.day}/{t.month}/{t:%y}, {t:%H:%M:%S}"
    if style == "dmy4":  # 23/5/2022, 09:30:17
        return f"{t.day}/{t.month}/{t:%Y}, {t:%H:%M:%S}"
    # 5/23/22, 9:30:17 AM
    return f"{t.month}/{t.day}/{t:%y}, {int(t.strftime('%I'))}:{t:%M:%S} {t:%p}"


def _teams_duration(d: timedelta) -> str:  # 1h 27m 51s
    s = int(d.total_seconds())
    h, m, sec = s // 3600, s % 3600 // 60, s % 60
    return " ".join(p for p in (f"{h}h" if h else "", f"{m}m" if m else "", f"{sec}s") if p)


def _teams_upn(c: Conn, upn_differs: bool) -> str:
    if c.upn:
        return c.upn
    if upn_differs and "@" in c.email:  # the organisation's account, not the mail address
        local, _, domain = c.email.partition("@")
        return f"{local.replace('.', '')}@{domain.split('.')[0]}.onmicrosoft.com"
    return c.email


def _write_teams(path: Path, lines: Sequence[str], encoding: str) -> Path:
    text = "\r\n".join(lines) + "\r\n"
    if encoding == "utf-16":  # what Teams writes: UTF-16LE with its BOM
        path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    else:
        path.write_bytes(text.encode(encoding))
    return path


def teams(
    path: Path,
    activities: Sequence[Conn],
    *,
    participants: Sequence[Conn] | None = None,
    encoding: str = "utf-16",
    date_style: str = "dmy",
    upn_differs: bool = False,
    sections: bool = True,
    lang: str = "en",
    title: str = "Foro diásporas – sala virtual",
) -> Path:
    """Teams' attendance report: UTF-16LE with BOM (``encoding``: "utf-16", or e.g.
    "utf-8-sig"), tab-separated despite ``.csv``, three sections: "1. Summary",
    "2. Participants" (one row per person: first join, last leave, the UPN) and
    "3. In-Meeting Activities" (one row per session, no UPN; left out when ``sections``
    is False). ``participants`` replaces the rows of section 2 (default: made from
    ``activities``); a Conn's ``upn`` goes to section 2 only, else ``upn_differs`` makes
    one unlike the e-mail. ``date_style``: "dmy" (23/5/22, 09:30:17), "dmy4"
    (23/5/2022, 09:30:17) or "mdy" (5/23/22, 9:30:17 AM); ``lang``: "en" or "es"."""
    words = TEAMS_WORDS[lang]

    def fmt(t: datetime) -> str:
        return _teams_time(t, date_style)

    everyone = [*activities, *(participants or ())]
    start = min(c.join for c in everyone)
    end = max(c.leave for c in everyone)
    if participants is None:
        people: dict[str, list[Conn]] = {}
        for c in activities:
            people.setdefault(c.name, []).append(c)
        participants = [
            Conn(
                name,
                conns[0].email,
                min(c.join for c in conns),
                max(c.leave for c in conns),
                conns[0].upn,
            )
            for name, conns in people.items()
        ]
    lines = [
        words["summary"],
        f"{words['title']}\t{title}",
        f"{words['attended']}\t{len(participants)}",
        f"{words['start']}\t{fmt(start)}",
        f"{words['end']}\t{fmt(end)}",
        f"{words['duration']}\t{_teams_duration(end - start)}",
        f"{words['average']}\t1h 2m 3s",
        "",
        words["participants"],
        words["participants_header"],
    ]
    for p in participants:
        lines.append(
            f"{p.name}\t{fmt(p.join)}\t{fmt(p.leave)}\t{_teams_duration(p.leave - p.join)}\t"
            f"{p.email}\t{_teams_upn(p, upn_differs)}\t{words['role']}"
        )
    if sections:
        lines += ["", words["activities"], words["activities_header"]]
        for c in activities:
            lines.append(
                f"{c.name}\t{fmt(c.join)}\t{fmt(c.leave)}\t{_teams_duration(c.leave - c.join)}\t"
                f"{c.email}\t{words['role']}"
            )
    return _write_teams(path, lines, encoding)


def teams_legacy(path: Path, activities: Sequence[Conn], *, encoding: str = "utf-16") -> Path:
    """The pre-2021 Teams list: ``Full Name, User Action, Timestamp``, one Joined and one
    Left event per connection, in time order, US dates (5/23/2022, 9:30:17 AM)."""
    events = []
    for c in activities:
        events += [(c.join, c.name, "Joined"), (c.leave, c.name, "Left")]
    lines = ["Full Name\tUser Action\tTimestamp"]
    for t, name, action in sorted(events):
        stamp = f"{t.month}/{t.day}/{t:%Y}, {int(t.strftime('%I'))}:{t:%M:%S} {t:%p}"
        lines.append(f"{name}\t{action}\t{stamp}")
    return _write_teams(path, lines, encoding)
