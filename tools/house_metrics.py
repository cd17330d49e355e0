"""The measurable "Done when" items of issue 16, for a checkout of briefgen.

    python3 tools/house_metrics.py [REPO]     (default: this repository)

Counts, from the source alone: loose top-level modules, lines under store/, functions
over 60 lines, imports inside functions (those under `if TYPE_CHECKING:` aside), import
circles (a module importing a package's submodule runs the package's __init__ first),
and templates or assets kept twice (the same bytes at two paths, golden trees and symlinks aside).
"""

from __future__ import annotations

import ast
import hashlib
import sys
from collections import defaultdict
from pathlib import Path

# Tarjan's search for import circles is briefgen's own (the layout test uses it too).
from briefgen.runtime.imports import import_cycles


def _modules(pkg: Path) -> dict[str, Path]:
    out = {}
    for path in sorted(pkg.rglob("*.py")):
        parts = path.relative_to(pkg.parent).with_suffix("").parts
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


def _is_tc(test: ast.expr) -> bool:
    return getattr(test, "id", getattr(test, "attr", None)) == "TYPE_CHECKING"


def _walk(node: ast.AST, in_function: bool, out: list[tuple[ast.AST, bool]]) -> None:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_tc(child.test):
            for sub in child.orelse:
                _walk(sub, in_function, out)
            continue
        if isinstance(child, (ast.Import, ast.ImportFrom)):
            out.append((child, in_function))
        inner = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef))
        _walk(child, inner, out)


def _targets(module: str, node: ast.AST, known: dict[str, Path]) -> list[str]:
    if isinstance(node, ast.Import):
        names = [a.name for a in node.names]
    else:
        assert isinstance(node, ast.ImportFrom)
        base = node.module or ""
        if node.level:
            pkg = module if known[module].name == "__init__.py" else module.rpartition(".")[0]
            for _ in range(node.level - 1):
                pkg = pkg.rpartition(".")[0]
            base = f"{pkg}.{base}" if base else pkg
        names = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
    out = []
    for name in names:
        while name and name not in known:
            name = name.rpartition(".")[0]
        if name:
            out.append(name)
    return out


def measure(repo: Path) -> dict[str, object]:
    pkg = repo / "briefgen"
    known = _modules(pkg)
    graph: dict[str, set[str]] = defaultdict(set)
    long_functions = []
    lazy = 0
    for module, path in known.items():
        tree = ast.parse(path.read_bytes())
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > 60:
                    long_functions.append(f"{module}.{node.name} {length}")
        found: list[tuple[ast.AST, bool]] = []
        _walk(tree, False, found)
        own = {module.rsplit(".", i)[0] for i in range(module.count(".") + 1)}
        graph[module]
        for node, in_function in found:
            lazy += in_function
            for target in _targets(module, node, known):
                parts = target.split(".")
                for i in range(1, len(parts) + 1):
                    name = ".".join(parts[:i])
                    if (name not in own or name == target) and name != module:
                        graph[module].add(name)
    store_lines = sum(len(p.read_bytes().splitlines()) for p in (pkg / "store").rglob("*.py"))
    by_bytes: dict[str, list[str]] = defaultdict(list)
    for path in sorted(repo.rglob("*")):
        rel = path.relative_to(repo).as_posix()
        # A symlink is one file under two names, not a second copy to keep in step.
        skip = path.is_symlink() or rel.startswith(
            (".", "tests/golden/", "site/", "docs_build/", "build/")
        )
        if (
            path.is_file()
            and not skip
            and (path.suffix in (".j2", ".css") or path.name == "mkdocs.yml")
        ):
            by_bytes[hashlib.sha256(path.read_bytes()).hexdigest()].append(rel)
    twice = sorted(paths for paths in by_bytes.values() if len(paths) > 1)
    return {
        "loose top-level modules": len([p for p in pkg.glob("*.py") if p.name != "__init__.py"]),
        "store/ lines": store_lines,
        "functions over 60 lines": sorted(long_functions),
        "imports inside functions": lazy,
        "import circles": import_cycles({m: sorted(t) for m, t in graph.items()}),
        "templates or assets kept twice": twice,
    }


def main() -> None:
    repo = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[1])
    for name, value in measure(repo).items():
        if isinstance(value, list):
            print(f"{name}: {len(value)}")
            for item in value:
                print(f"    {item}")
        else:
            print(f"{name}: {value}")


if __name__ == "__main__":
    main()
