"""The supervisor's PIN inside an action.

Voids, merging people, restores and exports with contact data need a supervisor's PIN
while this desk has a supervisor (``desk.staff.operators.GUARDED``; without one they are open
and no approval is logged). An action that changes the database checks the PIN with
:func:`approve` inside its own write transaction: the approval (an audit row under the
supervisor's name), the change and the action's audit row are then written together, or
nothing is (a wrong PIN raises ``PermissionDenied`` and rolls everything back). An action
whose work is a file checks the PIN read-only first with :func:`check`, so that a refusal
writes no file, and logs the approval with its audit row once the file is written.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from desk.staff import operators as ops
from desk.storage.db import Database


def approve(
    session: Session, what: str, detail: str, pin: str | None, *, desk_id: str, operator: str
) -> str:
    """In the caller's write transaction: the supervisor whose PIN ``pin`` is (``""`` when
    this desk has none) and their approval of ``what`` logged; PermissionDenied otherwise."""
    supervisor = ops.require_supervisor(session, pin)
    ops.log_approval(
        session, what, detail, supervisor=supervisor, desk_id=desk_id, operator=operator
    )
    return supervisor


def check(db: Database, pin: str | None) -> str:
    """Read-only: the supervisor whose PIN ``pin`` is (``""`` when this desk has none);
    PermissionDenied otherwise. Nothing is logged: the caller logs the approval with
    :func:`log_approval` in the transaction that records what was done."""
    with db.read() as session:
        return ops.require_supervisor(session, pin)


def log_approval(
    session: Session, what: str, detail: str, supervisor: str, *, desk_id: str, operator: str
) -> None:
    """The approval :func:`check` found, logged in the caller's transaction (nothing when
    no supervisor was needed)."""
    ops.log_approval(
        session, what, detail, supervisor=supervisor, desk_id=desk_id, operator=operator
    )
