"""Entry script of the built app (build.spec): the same as the ``desk`` console script
(``ui.launcher:main``), plus ``desk --self-test`` with one more check that only a build
with the window in it can make: the main window opens (offscreen) on a temporary
database, which proves every ``ui`` module and the Qt libraries they use were bundled.

``desk --self-test`` never touches the user's database, backups or settings.
"""

from __future__ import annotations

import sys


def main() -> int:
    if sys.argv[1:] == ["--self-test"]:
        from ui.selftest import main_self_test

        return main_self_test(window=True)
    from ui.launcher import main as launcher_main

    return launcher_main()


if __name__ == "__main__":
    sys.exit(main())
