"""What a merge of desk files did, for the operator: the counts, and what a person should
look at (a participant edited at two desks, one badge checked in at two desks, likely
duplicate walk-ins), in words in the current language (desk/deskfiles/sync_merge.py makes it)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from desk.arrival import codes
from desk.counted import (
    NEW_PARTICIPANTS,
    NEW_RECORDS,
    PARTICIPANTS,
    RECORDS,
    UPDATED,
    counted,
    listed,
)
from desk.deskfiles.sync_file import FileSummary, parse_time
from desk.events.display import local_time
from desk.events.event import Event
from desk.i18n import translate
from desk.storage.models import RECORD_KINDS


@dataclass(frozen=True, slots=True)
class EditConflict:
    """One participant edited at two desks: ``kept`` won, ``other`` was overwritten."""

    participant_id: str
    code: str
    name: str
    kept_desk: str
    kept_at: str
    other_desk: str
    other_at: str
    fields: tuple[str, ...]  # where the two versions differ


@dataclass(frozen=True, slots=True)
class DoubleCheckin:
    """One badge checked in at two (or more) desks: all records kept, counted once."""

    participant_id: str
    code: str
    name: str
    desks: tuple[str, ...]  # desk ids, in the order of the check-ins
    times: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LikelyDuplicate:
    """Two participants that may be one person registered twice."""

    first_id: str
    first_code: str
    first_name: str
    second_id: str
    second_code: str
    second_name: str
    reason: str  # "email" or "country"


@dataclass(frozen=True, slots=True)
class MergeReport:
    files: tuple[FileSummary, ...]
    new_records: Mapping[str, int]  # by kind
    known_records: int
    new_participants: int
    updated_participants: int
    new_desks: int
    copied_records: int = 0  # records of merged registrations copied (desk.people.merging)
    desk_names: Mapping[str, str] = field(default_factory=dict)
    edit_conflicts: tuple[EditConflict, ...] = ()
    double_checkins: tuple[DoubleCheckin, ...] = ()
    likely_duplicates: tuple[LikelyDuplicate, ...] = ()
    new_online_intervals: int = 0  # connections of online attendance exports
    new_online_matches: int = 0  # decisions on who an online identity is

    @property
    def new_record_count(self) -> int:
        return sum(self.new_records.values())

    @property
    def conflicts(self) -> int:
        return len(self.edit_conflicts) + len(self.double_checkins) + len(self.likely_duplicates)

    def to_json(self) -> dict[str, Any]:
        return {
            "files": [asdict(f) for f in self.files],
            "new_records": dict(self.new_records),
            "known_records": self.known_records,
            "new_participants": self.new_participants,
            "updated_participants": self.updated_participants,
            "new_desks": self.new_desks,
            "copied_records": self.copied_records,
            "desk_names": dict(self.desk_names),
            "edit_conflicts": [asdict(c) for c in self.edit_conflicts],
            "double_checkins": [
                {**asdict(c), "desks": list(c.desks), "times": list(c.times)}
                for c in self.double_checkins
            ],
            "likely_duplicates": [asdict(c) for c in self.likely_duplicates],
            "new_online_intervals": self.new_online_intervals,
            "new_online_matches": self.new_online_matches,
        }

    def lines(self, event: Event) -> list[str]:
        """The report as an operator reads it, in the current language."""

        def desk(desk_id: str) -> str:
            return self.desk_names.get(desk_id) or desk_id[:8]

        def when(text: str) -> str:
            return local_time(event, parse_time(text), with_date=True)

        out = []
        for f in self.files:
            out.append(
                translate(
                    "sync",
                    "{file}: from {desk}, written {time}: {counts}.",
                ).format(
                    file=f.file,
                    desk=f.desk_name,
                    time=when(f.exported_at),
                    counts=listed(
                        counted(PARTICIPANTS, f.participants),
                        counted(RECORDS, f.records),
                        *online_counts(f.online_intervals, f.online_matches),
                    ),
                )
            )
        people = self.new_record_count or self.new_participants or self.updated_participants
        online = self.new_online_intervals or self.new_online_matches
        if not (people or online):
            out.append(
                translate("sync", "Nothing new: everything in these files was here already.")
            )
        elif people:
            out.append(
                translate(
                    "sync",
                    "Merged: {counts} ({kinds}).",
                ).format(
                    counts=listed(
                        counted(NEW_PARTICIPANTS, self.new_participants),
                        counted(UPDATED, self.updated_participants),
                        counted(NEW_RECORDS, self.new_record_count),
                    ),
                    kinds=kinds_text(self.new_records),
                )
            )
        if online:
            out.append(
                translate("sync", "Online attendance merged: {counts}.").format(
                    counts=listed(
                        translate(
                            "sync", "%n new online connections", None, self.new_online_intervals
                        ),
                        translate("sync", "%n new identifications", None, self.new_online_matches),
                    )
                )
            )
        if self.known_records:
            out.append(
                translate(
                    "sync",
                    "%n records were here already (not added twice).",
                    None,
                    self.known_records,
                )
            )
        for c in self.edit_conflicts:
            out.append(
                translate(
                    "sync",
                    "Edited at two desks: {name} ({code}). Kept the version of {desk} "
                    "({time}), not the one of {other_desk} ({other_time}); they differ in: "
                    "{fields}. Check it.",
                ).format(
                    name=c.name,
                    code=codes.format_code(c.code),
                    desk=desk(c.kept_desk),
                    time=when(c.kept_at),
                    other_desk=desk(c.other_desk),
                    other_time=when(c.other_at),
                    fields=", ".join(c.fields),
                )
            )
        for d in self.double_checkins:
            places = ", ".join(
                f"{desk(k)} {when(t)}" for k, t in zip(d.desks, d.times, strict=True)
            )
            out.append(
                translate(
                    "sync",
                    "Checked in at two desks: {name} ({code}): {places}. Counted once.",
                ).format(name=d.name, code=codes.format_code(d.code), places=places)
            )
        for dup in self.likely_duplicates:
            reason = (
                translate("sync", "same e-mail")
                if dup.reason == "email"
                else translate("sync", "same country")
            )
            out.append(
                translate(
                    "sync",
                    "Maybe the same person twice: {name} ({code}) and {other} ({other_code}), "
                    "same name, {reason}. Check them.",
                ).format(
                    name=dup.first_name,
                    code=codes.format_code(dup.first_code),
                    other=dup.second_name,
                    other_code=codes.format_code(dup.second_code),
                    reason=reason,
                )
            )
        return out


def online_counts(intervals: int, matches: int) -> list[str]:
    """Online connections and identifications in words, for a file that has any."""
    if not (intervals or matches):
        return []
    return [
        translate("sync", "%n online connections", None, intervals),
        translate("sync", "%n identifications", None, matches),
    ]


def kinds_text(by_kind: Mapping[str, int]) -> str:
    """Record counts by kind in words: "12 check-ins, 30 door scans" ("0" for none)."""

    def label(kind: str, n: int) -> str:
        if kind == "checkin":
            return translate("sync", "%n check-ins", None, n)
        if kind == "door":
            return translate("sync", "%n door scans", None, n)
        if kind == "print":
            return translate("sync", "%n badge prints", None, n)
        if kind == "void":
            return translate("sync", "%n cancellations", None, n)
        if kind == "merge":
            return translate("sync", "%n merges", None, n)
        return f"{n} {kind}"

    parts = [label(k, n) for k in RECORD_KINDS if (n := by_kind.get(k))]
    return ", ".join(parts) or "0"
