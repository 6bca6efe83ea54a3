"""desk/ is the domain core: importing any of it loads no Qt and no ui. (That no module of it
even names them, inside a function too, is read from the source in tests/test_structure.py.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import desk

CORE = Path(desk.__file__).parent


def test_core_loads_no_qt_and_no_ui() -> None:
    modules = sorted(
        "desk." + ".".join(p.relative_to(CORE).with_suffix("").parts)
        for p in CORE.rglob("*.py")
        if p.name != "__init__.py"
    )
    assert "desk.cli" in modules and "desk.people.importing" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "roots = ('PySide6', 'shiboken6', 'ui')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in roots)\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
