"""Expected failures. ``str(err)`` is a message a desk operator understands."""

from __future__ import annotations


class DeskError(Exception):
    """Base of every expected, operator-level failure."""


class EventFileError(DeskError):
    """An event file is missing or malformed; the message names the field."""


class DatabaseError(DeskError):
    """The database cannot be opened, is from a newer version, or is damaged."""


class ServerLost(DatabaseError):
    """A desk on a server lost it during a transaction: nothing of it was saved. Doing it
    again saves it on this desk's own file (desk.server.database)."""


class ImportFileError(DeskError):
    """A participant list cannot be read or has invalid rows (nothing was imported)."""


class UnknownCodeError(DeskError):
    """A scanned or typed badge code matches nobody."""


class NotFoundError(DeskError):
    """Something asked for by id does not exist."""


class ValidationError(DeskError):
    """Input that does not pass validation; ``field`` names the input at fault."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
