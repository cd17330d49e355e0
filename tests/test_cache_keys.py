"""What a cache key covers: every briefgen module its stage imports.

A result cached under a fingerprint of some packages' code goes stale when a module
those packages import from elsewhere changes (the proposal cache once left out
nlp/parsed_doc.py and nlp/parse_cache.py, which the dispute rules run). The oracle here is
Python itself: a fresh interpreter imports the stage's packages, and every briefgen
module it loads must be in the files the stage's fingerprint hashes.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen.runtime import fingerprint
from briefgen.runtime.imports import ROOT, module_files


def _stages() -> list[tuple[str, ...]]:
    """The parts named by every code_fingerprint(...) call in briefgen, as written."""
    found = set()
    for path in sorted(ROOT.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_bytes())):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) == "code_fingerprint"
                and node.args
                and all(isinstance(a, ast.Constant) for a in node.args)
            ):
                found.add(tuple(str(a.value) for a in node.args))  # type: ignore[union-attr]
    return sorted(found)


STAGES = _stages()


def _loaded_by_importing(parts: tuple[str, ...]) -> set[str]:
    """The briefgen modules a fresh interpreter loads to import the stage's modules."""
    roots = sorted(set().union(*(fingerprint._modules_named(p) for p in parts)))
    script = (
        "import importlib, json, sys\n"
        f"for name in {roots!r}: importlib.import_module(name)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == 'briefgen')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    return set(json.loads(out))


def _missing(parts: tuple[str, ...], covered: set[Path]) -> list[str]:
    files = module_files()
    return sorted(m for m in _loaded_by_importing(parts) if files[m] not in covered)


def test_every_cached_stage_is_found() -> None:
    # ingest, its per-source memos, extract, the proposal, the sentences, content/'s YAML,
    # the claim sentences' parses
    assert ("ingest", "records") in STAGES
    assert ("extract", "records", "nlp") in STAGES
    assert ("merge", "summarize", "records", "nlp") in STAGES
    assert ("store", "records") in STAGES
    assert ("nlp/parsed_doc.py",) in STAGES  # the parse cache's file, by the code of its columns
    assert len(STAGES) >= 6


@pytest.mark.parametrize("parts", STAGES, ids=["+".join(p) for p in STAGES])
def test_a_stage_key_covers_every_module_the_stage_imports(parts: tuple[str, ...]) -> None:
    assert _missing(parts, set(fingerprint.code_files(*parts))) == []


def test_the_proposal_key_covers_the_parses_the_dispute_rules_read() -> None:
    paths = {p.relative_to(ROOT).as_posix() for p in fingerprint.code_files("merge", "summarize")}
    assert {"nlp/parsed_doc.py", "nlp/parse_cache.py", "nlp/__init__.py"} <= paths


def test_a_key_of_the_named_packages_alone_is_caught_leaving_modules_out() -> None:
    # The check above fails for a fingerprint listed by hand: the proposal's packages
    # without their imports leave out the modules the dispute rules run (the parses,
    # the process machinery they are computed with).
    parts = ("merge", "summarize", "records")
    by_hand = {module_files()[m] for p in parts for m in fingerprint._modules_named(p)}
    missing = _missing(parts, by_hand)
    assert "briefgen.nlp.parse_cache" in missing and "briefgen.nlp.parsed_doc" in missing
    assert "briefgen.runtime.parallel" in missing


def test_leaving_out_one_imported_module_is_caught() -> None:
    parts = ("merge", "summarize", "records", "nlp")
    covered = set(fingerprint.code_files(*parts))
    left_out = module_files()["briefgen.runtime.pickle_files"]
    assert left_out in covered
    assert _missing(parts, covered - {left_out}) == ["briefgen.runtime.pickle_files"]


def test_a_fingerprint_changes_with_any_file_it_covers(monkeypatch: pytest.MonkeyPatch) -> None:
    parts = ("merge", "summarize", "records", "nlp")
    before = fingerprint.code_fingerprint.__wrapped__(*parts)
    target = next(p for p in fingerprint.code_files(*parts) if p.name == "parsed_doc.py")
    real = Path.read_bytes

    def edited(path: Path) -> bytes:
        return real(path) + (b"\n# edited\n" if path == target else b"")

    monkeypatch.setattr(Path, "read_bytes", edited)
    assert fingerprint.code_fingerprint.__wrapped__(*parts) != before
