"""A Ctrl-C during work on the cluster is remembered even where Python drops it."""

from __future__ import annotations

import gc
import signal
import threading

import pytest

from briefgen.runtime.cluster import _raise_if, _remember_interrupts


class _Finaliser:
    """Raises Ctrl-C from its finaliser, where Python reports and drops any exception."""

    def __del__(self) -> None:
        signal.raise_signal(signal.SIGINT)


# Python reports the dropped exception; here that is the point.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_ctrl_c_dropped_in_a_finaliser_is_still_raised() -> None:
    before = signal.getsignal(signal.SIGINT)
    interrupted = threading.Event()
    restore = _remember_interrupts(interrupted)
    try:
        _Finaliser()  # dropped at once: its finaliser runs here, and the Ctrl-C is lost
        gc.collect()
        assert interrupted.is_set()
        with pytest.raises(KeyboardInterrupt):
            _raise_if(interrupted)
    finally:
        restore()
    assert signal.getsignal(signal.SIGINT) is before


def test_without_a_ctrl_c_nothing_is_raised() -> None:
    interrupted = threading.Event()
    restore = _remember_interrupts(interrupted)
    restore()
    _raise_if(interrupted)
