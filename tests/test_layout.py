"""The shape of the code: briefgen's modules import each other without circles."""

from __future__ import annotations

import ast
import textwrap

from briefgen.runtime.imports import _import_nodes, import_cycles, imports_of


def test_briefgen_has_no_import_circle() -> None:
    assert import_cycles() == []


def test_a_circle_is_found_however_long() -> None:
    graph = {"a": ["b"], "b": ["c"], "c": ["a", "d"], "d": []}
    assert import_cycles(graph) == [["a", "b", "c"]]
    assert import_cycles({"a": ["b"], "b": []}) == []


def test_an_import_inside_a_function_counts_and_one_for_type_checking_does_not() -> None:
    source = textwrap.dedent(
        """
        from typing import TYPE_CHECKING
        if TYPE_CHECKING:
            from briefgen.store import read
        def late():
            from briefgen.store.read import dump_yaml
        """
    )
    found = {
        node.module for node in _import_nodes(ast.parse(source)) if isinstance(node, ast.ImportFrom)
    }
    assert found == {"typing", "briefgen.store.read"}


def test_importing_a_module_of_a_package_runs_the_package_first() -> None:
    # config reads YAML with briefgen.yamlfile, outside store: importing anything under
    # store/ would run store/__init__, which imports config (the circle this replaced).
    assert "briefgen.store" not in imports_of("briefgen.config")
    # store.decode names only briefgen.kinds.schema; kinds/__init__ runs all the same.
    assert "briefgen.kinds" in imports_of("briefgen.store.decode")
    # The kinds are below store: render reads them without running store.
    assert "briefgen.store" not in imports_of("briefgen.render.pages")
