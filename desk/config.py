"""The defaults and limits of the settings the core has a say in (no Qt, nothing stored).

The window keeps its settings in QSettings and declares each of them once, with its key,
type, default and title, in ``ui/settings.py``. A setting whose meaning belongs to the core
takes its default and its allowed range from here, so that the core, the command line and
the window agree on them:

``BACKUP_INTERVAL_*``
    Minutes between two automatic backups (``desk.deskfiles.backup``; the window's timer and its
    Settings dialog). A stored value outside the range is brought into it
    (:func:`clamp_backup_interval`); one that is not a number reads as the default.

Nothing here reads or writes a setting: the core is handed values, never a settings store.
"""

from __future__ import annotations

import math

BACKUP_INTERVAL_DEFAULT = 5  # minutes: 24 automatic backups kept cover two hours
BACKUP_INTERVAL_MIN = 1
BACKUP_INTERVAL_MAX = 24 * 60


def clamp_backup_interval(minutes: object) -> int:
    """A backup interval setting as whole minutes within the allowed range; the default
    when it is not a number (``"10"`` → 10, ``0`` → 1, ``"soon"`` → 5)."""
    try:
        value = float(str(minutes))
    except ValueError:
        return BACKUP_INTERVAL_DEFAULT
    if math.isnan(value):
        return BACKUP_INTERVAL_DEFAULT
    return int(max(BACKUP_INTERVAL_MIN, min(BACKUP_INTERVAL_MAX, value)))
