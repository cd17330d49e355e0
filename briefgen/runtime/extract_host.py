"""spaCy loaded ahead of time, in a forked process, while the build does other work.

Importing spaCy and loading its English pipeline takes one to two seconds, and a build
that extracts anything pays it before the first source is parsed. When a build can tell
at its start that a few sources are new or changed, it forks this host first: the host
loads the model while the build reads content/ and ingests, and then does the build's
NLP (extraction and the claim-sentence parses) with the model it holds, forking its own
workers from itself so that they share it. Only sources go in and facts come out.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from multiprocessing.connection import Connection

from briefgen import extract
from briefgen.config import Config
from briefgen.nlp import load_pipeline
from briefgen.nlp.parse_cache import prefill_parses
from briefgen.records.facts import SourceFacts
from briefgen.records.source import Source
from briefgen.runtime.parallel import run_all
from briefgen.runtime.side_by_side import ForkedWorker, can_fork, portable_error, send_failure

_EXTRACT = "extract"
_PARSE = "parse"
_END = "end"


class ExtractionHost:
    def __init__(self, config: Config) -> None:
        self.worker = ForkedWorker(
            lambda conn: _serve(conn, config),
            lost="the process that runs spaCy",
            advice="run spaCy in the build's own process",
        )

    def extract(self, sources: Sequence[Source]) -> Iterator[tuple[int, SourceFacts]]:
        """(index, facts) for each source, as run_all yields them. The host starts at
        once; the facts are received as the result is read."""
        self.worker.send((_EXTRACT, tuple(sources)))
        return self._extracted()

    def _extracted(self) -> Iterator[tuple[int, SourceFacts]]:
        while (message := self.worker.receive()) != _END:
            yield message

    def prefill_parses(self, texts: Sequence[str]) -> int:
        self.worker.send((_PARSE, tuple(texts)))
        parsed: int = self.worker.receive()
        return parsed

    def close(self) -> None:
        """End the host (still loading, idle, or given up on) and free its memory."""
        self.worker.stop()


@contextmanager
def extraction_host(config: Config, *, wanted: bool) -> Iterator[ExtractionHost | None]:
    """A host when ``wanted`` and the build may use more than one process, else None."""
    if not wanted or not can_fork(config):
        yield None
        return
    host = ExtractionHost(config)
    try:
        yield host
    finally:
        host.close()


def _serve(conn: Connection, config: Config) -> None:
    failure: BaseException | None = None
    try:
        load_pipeline(config.spacy_model)
    except BaseException as exc:  # noqa: BLE001 - reported when the build asks for NLP
        failure = portable_error(exc)
    while True:
        try:
            kind, payload = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if failure is not None:
                raise failure
            if kind == _EXTRACT:
                for item in run_all(extract.extract_source, payload, config):
                    conn.send(item)
                conn.send(_END)
            else:
                conn.send(prefill_parses(payload, config))
        except BaseException as exc:  # noqa: BLE001 - raised again in the build's process
            send_failure(conn, exc)
