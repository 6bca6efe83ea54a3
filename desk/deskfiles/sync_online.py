"""Online attendance in desk files (format version 2, see desk/deskfiles/sync_file.py): the
columns of the two tables, the query that reads them as stored, and the check of every
row a file brings.

Both tables are append-only (``OnlineInterval``, ``OnlineMatch`` in
desk/storage/models.py): a merge is a union by id (desk/deskfiles/sync_merge.py), so the
same attendance export imported at two desks, or one file merged twice, adds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, String, select

from desk.storage.db import stored_time
from desk.storage.models import (
    MATCH_METHODS,
    MATCH_NOT_PARTICIPANT,
    MATCH_RESET,
    ONLINE_SOURCES,
    OnlineInterval,
    OnlineMatch,
)

INTERVAL_COLUMNS = (
    "id",
    "source",
    "meeting_id",
    "file_sha256",
    "file_name",
    "line",
    "raw_name",
    "email",
    "upn",
    "identity",
    "join_at",
    "leave_at",
    "imported_at",
    "desk_id",
    "operator",
)
MATCH_COLUMNS = ("id", "identity", "participant_id", "method", "at", "desk_id", "operator")
INTERVAL_TIMES = tuple(INTERVAL_COLUMNS.index(c) for c in ("join_at", "leave_at", "imported_at"))
MATCH_TIMES = (MATCH_COLUMNS.index("at"),)
# A decision that names nobody: "not a participant", or taken back.
NOBODY = frozenset((MATCH_NOT_PARTICIPANT, MATCH_RESET))

TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")
_SHA256 = re.compile(r"[0-9a-f]{64}")


class BadRow(ValueError):
    """A row that is not what the format says (the reader refuses the file whole)."""


def _lengths(model: Any, columns: Sequence[str]) -> dict[int, int]:
    """Column position → the longest text the table holds (a server refuses longer)."""
    out = {}
    for i, name in enumerate(columns):
        kind = model.__table__.c[name].type
        if isinstance(kind, String) and kind.length:
            out[i] = kind.length
    return out


_INTERVAL_LENGTHS = _lengths(OnlineInterval, INTERVAL_COLUMNS)
_MATCH_LENGTHS = _lengths(OnlineMatch, MATCH_COLUMNS)
_LINE = INTERVAL_COLUMNS.index("line")
_SOURCE = INTERVAL_COLUMNS.index("source")
_SHA = INTERVAL_COLUMNS.index("file_sha256")
_JOIN, _LEAVE, _ = INTERVAL_TIMES
_PARTICIPANT, _METHOD = MATCH_COLUMNS.index("participant_id"), MATCH_COLUMNS.index("method")


def stored_select(model: type[OnlineInterval] | type[OnlineMatch]) -> Select[Any]:
    """Every column of ``model`` in the file's order, times as stored (text): the caller
    adds its ``where`` and order, and turns times into the file's form."""
    table = model.__table__
    columns, times = (
        (INTERVAL_COLUMNS, INTERVAL_TIMES)
        if model is OnlineInterval
        else (MATCH_COLUMNS, MATCH_TIMES)
    )
    return select(
        *(stored_time(table.c[c]) if i in times else table.c[c] for i, c in enumerate(columns))
    )


def _text(row: Sequence[Any], lengths: dict[int, int], nullable: Sequence[int] = ()) -> None:
    for i, longest in lengths.items():
        value = row[i]
        if value is None and i in nullable:
            continue
        if not isinstance(value, str) or len(value) > longest:
            raise BadRow(i)


def _times(row: Sequence[Any], where: Sequence[int]) -> None:
    for i in where:
        value = row[i]
        if not isinstance(value, str) or TIME.fullmatch(value) is None:
            raise BadRow(i)


def check_intervals(rows: Sequence[Sequence[Any]]) -> None:
    """BadRow unless every row (INTERVAL_COLUMNS order) is a connection as Desk stores it:
    text of the stored length, a known source, a SHA-256, a line number, times in the
    file's form with the leave not before the join, ids unique."""
    sources = frozenset(ONLINE_SOURCES)
    for row in rows:
        _text(row, _INTERVAL_LENGTHS)
        line = row[_LINE]
        if type(line) is not int or line < 1:
            raise BadRow(_LINE)
        if row[_SOURCE] not in sources:
            raise BadRow(_SOURCE)
        if _SHA256.fullmatch(row[_SHA]) is None:
            raise BadRow(_SHA)
        _times(row, INTERVAL_TIMES)
        if row[_LEAVE] < row[_JOIN]:  # the fixed form compares as the times do
            raise BadRow(_LEAVE)
    if len({r[0] for r in rows}) != len(rows):
        raise BadRow(0)


def check_matches(rows: Sequence[Sequence[Any]]) -> None:
    """BadRow unless every row (MATCH_COLUMNS order) is a decision as Desk stores it: a
    known method, a participant exactly when the method names somebody, ids unique."""
    methods = frozenset(MATCH_METHODS)
    for row in rows:
        _text(row, _MATCH_LENGTHS, nullable=(_PARTICIPANT,))
        method = row[_METHOD]
        if method not in methods:
            raise BadRow(_METHOD)
        if (row[_PARTICIPANT] is None) != (method in NOBODY):
            raise BadRow(_PARTICIPANT)
        _times(row, MATCH_TIMES)
    if len({r[0] for r in rows}) != len(rows):
        raise BadRow(0)
