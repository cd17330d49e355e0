"""Issue 22, case 11: `briefgen serve` on a busy or unassignable address is one clear
error with an exit code, never a traceback, and nothing is built first."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from hardening_checks import assert_clean_failure
from hardening_support import run_cli


def test_a_busy_address_is_a_clear_error(story: Path) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        result = run_cli("serve", "--project", str(story), "--dev-addr", f"127.0.0.1:{port}")
    assert_clean_failure(result, exit_code=2, names=f"cannot serve on 127.0.0.1:{port}: ")
    assert "Address already in use" in result.output
    assert "--dev-addr HOST:PORT" in result.output


@pytest.mark.parametrize(
    ("address", "names"),
    [
        # TEST-NET-1 (RFC 5737): never an address of this machine.
        ("192.0.2.1:8000", "cannot serve on 192.0.2.1:8000: "),
        ("localhost", "--dev-addr must be HOST:PORT"),
        ("127.0.0.1:99999", "--dev-addr must be HOST:PORT with a port from 1 to 65535"),
    ],
)
def test_an_address_that_cannot_be_served_is_a_clear_error(
    story: Path, address: str, names: str
) -> None:
    result = run_cli("serve", "--project", str(story), "--dev-addr", address)
    assert_clean_failure(result, exit_code=2, names=names)
