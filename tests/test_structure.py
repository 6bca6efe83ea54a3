"""The shape of the code (issue 18): the core stays free of the window, the window's modules
import one another without a circle, and no module grows past a size one can read.

The import graph is read from the source with ``ast``: an import at the top of a module, one
inside a function and one under ``if TYPE_CHECKING:`` all count (a function-level import
hides a circle, it does not remove it; a type-checking import does not run, but a module
typed against another still depends on it: a small ``Protocol`` cuts such a tie, see
ui/parts.py). That importing the core loads no Qt at all, through any package, is checked
by running it: tests/desk/test_layers.py.
"""

from __future__ import annotations

import ast
from collections.abc import Container, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 800
WINDOW_ROOTS = ("ui", "PySide6", "shiboken6")  # what the core must not import


@dataclass(frozen=True)
class Import:
    module: str  # the imported module, absolute
    line: int
    typing_only: bool  # under ``if TYPE_CHECKING:``


def module_files(package: str, root: Path = ROOT) -> dict[str, Path]:
    """Every module of ``package`` (a folder under ``root``) by dotted name."""
    found = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _walk(node: ast.AST, typing_only: bool = False) -> Iterator[tuple[ast.AST, bool]]:
    """Every node below ``node``, with whether it sits under ``if TYPE_CHECKING:``."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child.test):
            for stmt in child.body:
                yield stmt, True
                yield from _walk(stmt, True)
            for stmt in child.orelse:
                yield stmt, typing_only
                yield from _walk(stmt, typing_only)
            continue
        yield child, typing_only
        yield from _walk(child, typing_only)


def imports_of(module: str, path: Path, known: Container[str]) -> list[Import]:
    """What ``module`` imports, anywhere in it. ``from a import b`` is ``a.b`` when that is
    one of the ``known`` modules, else ``a``."""
    is_package = path.name == "__init__.py"
    found: list[Import] = []
    for node, typing_only in _walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [Import(a.name, node.lineno, typing_only) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: from the module's package
                package = module.split(".")
                if not is_package:
                    package = package[:-1]
                package = package[: len(package) - (node.level - 1)]
                base = ".".join(package + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.append(Import(sub if sub in known else base, node.lineno, typing_only))
    return found


def import_graph(package: str, root: Path = ROOT) -> dict[str, set[str]]:
    """Module → the modules of the same package it imports (at run time or for the type
    checker), and the packages (``__init__``) those live in, save its own."""
    modules = module_files(package, root)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        own = {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 1)}
        targets: set[str] = set()
        for imp in imports_of(name, path, modules):
            parts = imp.module.split(".")
            for i in range(1, len(parts) + 1):
                target = ".".join(parts[:i])
                if target in modules and target not in own and target != name:
                    targets.add(target)
        graph[name] = targets
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each as one
    shortest circle through its first module, that module repeated at the end."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)

    found = []
    for component in sorted(components):
        start, members = component[0], set(component)
        # Breadth-first inside the component, from start back to start.
        paths = {start: [start]}
        queue = [start]
        circle: list[str] = []
        while queue and not circle:
            node = queue.pop(0)
            for nxt in sorted(graph[node] & members):
                if nxt == start:
                    circle = [*paths[node], start]
                    break
                if nxt not in paths:
                    paths[nxt] = [*paths[node], nxt]
                    queue.append(nxt)
        found.append(circle)
    return found


def _components_text(graph: dict[str, set[str]]) -> str:
    lines = []
    for circle in circles(graph):
        members = set(circle)
        lines.append(" -> ".join(circle))
        for name in sorted(members):
            inside = sorted(graph[name] & members)
            lines.append(f"    {name} imports {', '.join(inside)}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- the tests


def test_the_core_imports_nothing_of_the_window() -> None:
    core = module_files("desk")
    bad = [
        f"{module} (line {imp.line}) imports {imp.module}"
        for module, path in core.items()
        for imp in imports_of(module, path, core)
        if imp.module.split(".")[0] in WINDOW_ROOTS
    ]
    assert not bad, "desk/ is the core; it must not import the window:\n" + "\n".join(bad)


def test_the_graph_reads_every_kind_of_import(tmp_path: Path) -> None:
    files = {
        "w/__init__.py": "",
        "w/a.py": "import os\nfrom w import b\nfrom desk.storage.db import Database\n",
        "w/b.py": "def later():\n    from w.c import thing\n",
        "w/c.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import w.a\n",
        "w/p/__init__.py": "from . import q\n",
        "w/p/q.py": "from .. import d\nfrom .r import x\n",
        "w/p/r.py": "import w.d\n",
        "w/d.py": "import w.p.r\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert import_graph("w", tmp_path) == {
        "w": set(),
        "w.a": {"w.b"},  # the top of the module; nothing outside the package
        "w.b": {"w.c"},  # inside a function
        "w.c": {"w.a"},  # for the type checker: it counts too
        "w.p": {"w.p.q"},
        "w.p.q": {"w.d", "w.p.r"},  # relative
        "w.p.r": {"w.d"},
        "w.d": {"w.p", "w.p.r"},  # w.p.r runs w/p/__init__.py first
    }
    assert circles(import_graph("w", tmp_path)) == [
        ["w.a", "w.b", "w.c", "w.a"],
        ["w.d", "w.p.r", "w.d"],  # the shortest
    ]


def test_circles_are_found() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "e": {"e", "d"}}
    assert circles(graph) == [["a", "b", "c", "a"]]


def test_no_import_circle_among_the_window_modules() -> None:
    graph = import_graph("ui")
    assert not circles(graph), "import circles among ui modules:\n" + _components_text(graph)


def _long_modules() -> list[str]:
    out = []
    for package in ("desk", "ui"):
        for path in module_files(package).values():
            n = len(path.read_text(encoding="utf-8").splitlines())
            if n > MAX_LINES:
                out.append(f"{path.relative_to(ROOT)}: {n} lines")
    return out


def test_no_module_is_longer_than_800_lines() -> None:
    long = _long_modules()
    assert not long, f"modules over {MAX_LINES} lines:\n" + "\n".join(long)


def test_every_pyside6_wheel_keeps_the_python_3_11_pairing() -> None:
    """PySide6 6.12.0 aborts Python 3.11 ("none_dealloc"): Essentials and Addons (the
    camera and the sounds) are both held below 6.12 there, and only there."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    requirements = project["project"]["dependencies"]
    for wheel in ("PySide6-Essentials", "PySide6-Addons"):
        old = [r for r in requirements if r.startswith(wheel) and "< '3.12'" in r]
        new = [r for r in requirements if r.startswith(wheel) and ">= '3.12'" in r]
        assert len(old) == 1 and "<6.12" in old[0], wheel
        assert len(new) == 1 and "<6.12" not in new[0], wheel
