"""The people who run the desk: signing in and out, this desk's operators and their
PINs, and the desk's settings.

Each function is one write transaction with its audit row (``sign_in``, ``sign_out``,
``operators``, ``settings``). While this desk has operators, signing in needs the
operator's PIN (five wrong PINs lock the name for a minute, see desk/staff/operators.py); a desk
without operators takes a name. Adding, changing or removing an operator needs the
supervisor's PIN while this desk has a supervisor, and is then logged under the
supervisor's name; a PIN is never written to the log.
"""

from __future__ import annotations

from dataclasses import dataclass

from desk.errors import ValidationError
from desk.i18n import translate
from desk.staff import operators as ops
from desk.staff.operators import Operator
from desk.storage.db import Database


@dataclass(frozen=True, slots=True)
class Logged:
    """An audit row written by :func:`sign_out` or :func:`record_settings_change`."""

    audit_id: str


def _name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError(translate("operators", "Enter the operator's name."), field="name")
    return name


def sign_in(db: Database, name: str, pin: str | None = None) -> Operator:
    """Who signs in at this desk: with operators configured, the operator ``name`` if
    ``pin`` is theirs (WrongPin, LockedOut, UnknownOperator otherwise: nothing logged);
    on a desk without operators, anyone by name."""
    name = _name(name)
    with db.write() as session:
        if ops.has_operators(session):
            operator = ops.verify(session, name, pin or "")
        else:
            operator = Operator(name, ops.ROLE_OPERATOR)
        ops.log(session, ops.SIGN_IN, "", desk_id=db.desk_id, operator=operator.name)
    return operator


def sign_out(db: Database, *, operator: str) -> Logged:
    """``operator`` leaves the desk (another one signs in, the window closes)."""
    with db.write() as session:
        audit_id = ops.log(session, ops.SIGN_OUT, "", desk_id=db.desk_id, operator=operator)
    return Logged(audit_id)


def _role_label(role: str) -> str:
    # The operators dialog's words (already translated).
    if role == ops.ROLE_SUPERVISOR:
        return translate("OperatorsDialog", "Supervisor")
    return translate("OperatorsDialog", "Operator")


def save_operator(
    db: Database,
    name: str,
    pin: str,
    role: str = ops.ROLE_OPERATOR,
    *,
    operator: str,
    supervisor_pin: str | None = None,
) -> Operator:
    """Add an operator, or give one a new PIN or role. ValidationError on ``name`` or
    ``pin`` (checked first); PermissionDenied without the supervisor's PIN while this desk
    has a supervisor. Logged under the supervisor's name when one approved."""
    ops.check_pin(pin)
    with db.write() as session:
        supervisor = ops.require_supervisor(session, supervisor_pin)
        saved = ops.set_operator(session, name, pin, role)
        ops.log(
            session,
            ops.OPERATORS,
            translate("OperatorsDialog", "{name}: PIN set, role {role}").format(
                name=saved.name, role=_role_label(saved.role)
            ),
            desk_id=db.desk_id,
            operator=supervisor or operator,
        )
    return saved


def remove_operator(
    db: Database, name: str, *, operator: str, supervisor_pin: str | None = None
) -> Operator:
    """Take an operator off this desk (their records keep their name). UnknownOperator
    for a name that is not one; PermissionDenied as for :func:`save_operator`."""
    with db.write() as session:
        supervisor = ops.require_supervisor(session, supervisor_pin)
        removed = ops.remove_operator(session, name)
        ops.log(
            session,
            ops.OPERATORS,
            translate("OperatorsDialog", "{name} removed").format(name=removed.name),
            desk_id=db.desk_id,
            operator=supervisor or operator,
        )
    return removed


def record_settings_change(db: Database, detail: str, *, operator: str) -> Logged:
    """Log that this desk's settings changed (desk name, language, printer, backup
    interval…). The settings themselves live where they are kept (the desk's name in
    the database, the rest in the window's settings); ``detail`` says what changed."""
    with db.write() as session:
        audit_id = ops.log(session, ops.SETTINGS, detail, desk_id=db.desk_id, operator=operator)
    return Logged(audit_id)
