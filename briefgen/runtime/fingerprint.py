"""The code a cached result depends on: every briefgen module its stage may run.

A stage names its own packages or modules ("extract", "nlp/parsed_doc.py"); the fingerprint covers
those and every briefgen module they import, found from the source (runtime/imports),
so a cache cannot outlive a change to a helper its stage imports from elsewhere.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from briefgen.runtime.imports import PACKAGE, ROOT, closure, module_files


def _modules_named(part: str) -> set[str]:
    """ "extract" (a package: all of it) or "nlp/parsed_doc.py" (one module) as module names."""
    name = f"{PACKAGE}.{part.removesuffix('.py').replace('/', '.')}"
    found = {m for m in module_files() if m == name or m.startswith(f"{name}.")}
    if not found:
        raise ValueError(f"no briefgen module or package named '{part}'")
    return found


def code_files(*parts: str) -> tuple[Path, ...]:
    """The source files behind ``parts`` and everything they import, in a stable order."""
    roots = set().union(*(_modules_named(p) for p in parts))
    files = module_files()
    return tuple(sorted((files[m] for m in closure(roots)), key=lambda p: p.as_posix()))


@functools.cache
def code_fingerprint(*parts: str) -> str:
    """A hash of the code that computes a result: a change to any module the named
    packages or modules import invalidates the results cached under it."""
    digest = hashlib.sha256()
    for path in code_files(*parts):
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
