"""The ``desk`` command: the core's command line, with the window for ``desk`` / ``desk gui``.

Qt is imported only when the window opens, so ``desk import`` and friends start fast.
"""

from __future__ import annotations

import sys
from typing import Any


def open_window(**options: Any) -> int:
    import faulthandler
    import os

    # QtMultimedia (camera, sounds) notes what the machine lacks (PipeWire, VA-API) on
    # stderr at every start: not for the operator. QT_LOGGING_RULES set by support wins.
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")
    from ui.app import run

    # A crash inside Qt kills the process with no Python traceback: this prints the
    # threads' stacks on stderr, for support and for the tests that run the real window.
    faulthandler.enable()
    return run(**options)


def self_test() -> int:
    from ui.selftest import main_self_test

    return main_self_test()


def main() -> int:
    from desk.cli import main as cli_main

    return cli_main(open_window=open_window, self_test=self_test)


if __name__ == "__main__":
    sys.exit(main())
