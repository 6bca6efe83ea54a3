"""User actions: one function per thing a person at the desk means to do.

An action takes the :class:`~desk.storage.db.Database` and plain arguments (the operator's name, a
supervisor's PIN where a rule needs one; the desk is ``db.desk_id``), opens its own
transaction, enforces the rules (the supervisor's approval for voids, merges, restores and
exports with contact data, see :mod:`desk.actions.guard`), writes its audit row in that
same transaction (the ``desk.staff.operators`` action constants; a check-in, door scan, void,
badge print or merge is a record, its own line in the activity log) and returns a frozen
result. A refused or failed action writes nothing. Slow file work (exports, desk files,
backups, restores) does its file part outside the transaction; each module says how its
audit row follows.

The window (``ui/ops.py`` runs them) and the ``desk`` command both call these functions,
so a rule lives in one place. Below them, the services of ``desk/`` take a ``Session``
and never commit.

Modules: :mod:`~desk.actions.checkin` (check in by code or chosen person, void),
:mod:`~desk.actions.people` (walk-in, edit, merge), :mod:`~desk.actions.door` (door scan,
undo), :mod:`~desk.actions.lists` (import, sample participants, exports),
:mod:`~desk.actions.deskfiles` (sync, backup, restore), :mod:`~desk.actions.staff` (sign
in and out, operators, settings), :mod:`~desk.actions.badges` (recording printed badges).
"""
