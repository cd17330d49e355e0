"""spaCy loaded ahead of time, in a forked process, while the build does other work.

Importing spaCy and loading its English pipeline takes one to two seconds, and a build
that extracts anything pays it before the first source is parsed. When a build can tell
at its start that sources are new or changed, it forks this host first: the host loads
the model while the build reads content/ and ingests, and then does the build's NLP
(extraction and the claim-sentence parses) with the model it holds, forking its own
workers from itself so that they share it. Only sources go in and facts come out,
pickled through a pipe.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from multiprocessing import Pipe
from multiprocessing.connection import Connection
from typing import Any

from briefgen.config import Config
from briefgen.records.facts import SourceFacts
from briefgen.records.source import Source
from briefgen.side_by_side import WorkerLostError, portable_error

_EXTRACT = "extract"
_PARSE = "parse"


class ExtractionHost:
    def __init__(self, config: Config) -> None:
        parent_end, child_end = Pipe()
        pid = os.fork()
        if pid == 0:  # the host: load, then serve, and leave without running any cleanup
            parent_end.close()
            try:
                _serve(child_end, config)
            finally:
                os._exit(0)
        child_end.close()
        self.pid = pid
        self.conn = parent_end
        self.closed = False

    def extract(self, sources: Sequence[Source]) -> Iterator[tuple[int, SourceFacts]]:
        """(index, facts) for each source, as run_all yields them. The host starts at
        once; the facts are received as the result is read."""
        self.conn.send((_EXTRACT, tuple(sources)))
        return self._extracted()

    def _extracted(self) -> Iterator[tuple[int, SourceFacts]]:
        while True:
            message = self._receive()
            if message[0] == "end":
                return
            yield message[1], message[2]

    def prefill_parses(self, texts: Sequence[str]) -> int:
        self.conn.send((_PARSE, tuple(texts)))
        return int(self._receive()[1])

    def _receive(self) -> tuple[Any, ...]:
        try:
            message: tuple[Any, ...] = self.conn.recv()
        except (EOFError, OSError) as exc:
            raise WorkerLostError(
                "the process that runs spaCy ended without a result; "
                "run again with --jobs 1 to run spaCy in the build's own process"
            ) from exc
        if message[0] == "error":
            raise message[1]
        return message

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        with suppress(OSError):
            self.conn.send(None)
        self.conn.close()
        # A host still loading, or one the build gave up on, is not waited for.
        with suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)


@contextmanager
def extraction_host(config: Config, *, wanted: bool) -> Iterator[ExtractionHost | None]:
    """A host when ``wanted`` and the build may use more than one process, else None."""
    if not wanted or config.job_count() <= 1 or not hasattr(os, "fork"):
        yield None
        return
    host = ExtractionHost(config)
    try:
        yield host
    finally:
        host.close()


def _serve(conn: Connection, config: Config) -> None:
    # Imported here: the build's own process never imports spaCy when a host does the NLP.
    from briefgen import extract
    from briefgen.nlp import load_pipeline
    from briefgen.parallel import run_all
    from briefgen.parse_cache import prefill_parses

    failure: BaseException | None = None
    try:
        load_pipeline(config.spacy_model)
    except BaseException as exc:  # noqa: BLE001 - reported when the build asks for NLP
        failure = portable_error(exc)
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        if failure is not None:
            conn.send(("error", failure))
            continue
        kind, payload = request
        try:
            if kind == _EXTRACT:
                for index, facts in run_all(extract.extract_source, payload, config):
                    conn.send(("item", index, facts))
                conn.send(("end",))
            else:
                conn.send(("end", prefill_parses(payload, config)))
        except BaseException as exc:  # noqa: BLE001 - raised again in the build's process
            conn.send(("error", portable_error(exc)))
