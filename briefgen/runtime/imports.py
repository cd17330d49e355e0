"""briefgen's own import graph, read from the source (ast), not from what happens to be
imported: a cache key covers every module its stage may run, and a test can see circles.

An import inside a function counts like any other (it runs when the function does);
one under ``if TYPE_CHECKING:`` does not (it never runs).
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the briefgen package
PACKAGE = ROOT.name


@functools.cache
def module_files() -> dict[str, Path]:
    """Every module of briefgen by dotted name (a package by its __init__.py)."""
    out = {}
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _import_nodes(tree: ast.AST) -> Iterable[ast.Import | ast.ImportFrom]:
    """The imports that can run: all but those under ``if TYPE_CHECKING:``."""
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
        else:
            stack.extend(ast.iter_child_nodes(node))


def _resolve(module: str, node: ast.Import | ast.ImportFrom) -> list[str]:
    """The briefgen modules an import statement names."""
    known = module_files()
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        if node.level:
            package = module if known[module].name == "__init__.py" else module.rpartition(".")[0]
            for _ in range(node.level - 1):
                package = package.rpartition(".")[0]
            base = f"{package}.{base}" if base else package
        # `from pkg import name` names the submodule pkg.name when there is one.
        names = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
    out = []
    for name in names:
        while name and name not in known:
            name = name.rpartition(".")[0]
        if name:
            out.append(name)
    return out


@functools.cache
def imports_of(module: str) -> frozenset[str]:
    """The briefgen modules that running ``module`` may import, with the packages whose
    __init__ that runs first (those of the module's own packages are running already)."""
    tree = ast.parse(module_files()[module].read_bytes())
    own = {module.rsplit(".", i)[0] for i in range(module.count(".") + 1)}
    found: set[str] = set()
    for node in _import_nodes(tree):
        for target in _resolve(module, node):
            parts = target.split(".")
            for i in range(1, len(parts) + 1):
                name = ".".join(parts[:i])
                if name not in own or name == target:
                    found.add(name)
    found.discard(module)
    return frozenset(found)


def closure(roots: Iterable[str]) -> frozenset[str]:
    """``roots`` and every briefgen module they may import, directly or not, with the
    packages whose __init__ runs before each."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(imports_of(name))
            if "." in name:
                todo.append(name.rpartition(".")[0])
    return frozenset(seen)


def import_cycles(graph: dict[str, list[str]] | None = None) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm), of
    briefgen's import graph or of ``graph`` (module → the modules it imports)."""
    if graph is None:
        graph = {name: sorted(imports_of(name)) for name in module_files()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(name: str) -> None:
        index[name] = low[name] = len(index)
        stack.append(name)
        on_stack.add(name)
        for target in graph.get(name, ()):
            if target not in index:
                visit(target)
                low[name] = min(low[name], low[target])
            elif target in on_stack:
                low[name] = min(low[name], index[target])
        if low[name] == index[name]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == name:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for name in sorted(graph):
        if name not in index:
            visit(name)
    return sorted(out)
