"""Atomic file writes: temp file in the same folder, flush, fsync, rename.

A file that already exists is never overwritten without a backup: the previous version
is kept next to it as ``NAME.bak``.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from desk.errors import DeskError
from desk.i18n import translate


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not possible on Windows; the rename is still atomic there
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write(
    path: Path, write: Callable[[BinaryIO], object], *, keep_backup: bool = True
) -> Path:
    """Write ``path`` through ``write(file)`` so that readers see the old or the new file, whole."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise DeskError(
            translate("files", "Cannot write {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if keep_backup and path.exists():
            os.replace(path, path.with_name(path.name + ".bak"))
        os.replace(tmp, path)
        _fsync_dir(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise DeskError(
            translate("files", "Cannot write {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return path
