"""Per-source work (ingest, extraction, claim parses) on a Dask cluster.

``--scheduler tcp://host:port`` (or ``scheduler:`` in briefgen.yaml) sends the sources the
per-source cache lacks to an existing cluster; ``local:N`` starts a LocalCluster of N
worker processes on this machine. What travels: the job (a source's bytes and name, or
its cleaned text) and the configuration out, the records back; never the spaCy model,
which each worker loads once (the plugin below) from its own installation. The
cross-source stages stay in the build's process.

The cluster is reached only when there is work to send (a rebuild with nothing new never
connects) and closed before the cross-source stages, which fork: a process holding a
client's threads must not fork.
"""

from __future__ import annotations

import signal
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from types import FrameType
from typing import Any, TypeVar

from briefgen.config import Config
from briefgen.errors import BriefgenError, ConfigError
from briefgen.extract import extract_source
from briefgen.nlp import parse_cache
from briefgen.records.facts import SourceFacts
from briefgen.records.source import Source
from briefgen.runtime.parallel import code_fingerprint

In = TypeVar("In")
Out = TypeVar("Out")

CONNECT_TIMEOUT = 10  # seconds to reach a scheduler before saying it is unreachable
# The code that computes the records: a worker running other code would give other content.
_FINGERPRINTED = ("ingest", "extract", "records", "nlp")


class ClusterError(BriefgenError):
    """The Dask cluster lost work it could not finish (a worker died again and again)."""

    exit_code = 11


def _remember_interrupts(interrupted: threading.Event) -> Callable[[], None]:
    """Ctrl-C raises KeyboardInterrupt as usual and is also remembered. Python drops an
    exception raised while a finaliser runs, and Dask's futures run finalisers in this
    thread all the time: a Ctrl-C that lands in one would be lost and the build would go
    on (seen under load in the Ctrl-C test). Returns what puts the old handler back."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    previous = signal.getsignal(signal.SIGINT)

    def on_interrupt(signum: int, frame: FrameType | None) -> None:
        interrupted.set()
        raise KeyboardInterrupt

    def restore() -> None:
        signal.signal(signal.SIGINT, previous)

    signal.signal(signal.SIGINT, on_interrupt)
    return restore


def _raise_if(interrupted: threading.Event) -> None:
    if interrupted.is_set():
        raise KeyboardInterrupt


def _worker_fingerprint() -> str:
    return code_fingerprint(*_FINGERPRINTED)


class ClusterRunner:
    """Runs per-source jobs on the cluster, with the signature of parallel.run_all; the
    client is made at the first job, so a build with nothing new never connects."""

    def __init__(self, config: Config) -> None:
        assert config.scheduler is not None
        self.address = config.scheduler
        self.config = config
        self.client: Any = None
        self.cluster: Any = None
        self.dask: Any = None  # the distributed module, imported when first needed

    def __call__(
        self, func: Callable[[In, Config], Out], items: Sequence[In], config: Config
    ) -> Iterator[tuple[int, Out]]:
        if not items:
            return iter(())
        return self._run(func, items, config)

    def _run(
        self, func: Callable[[In, Config], Out], items: Sequence[In], config: Config
    ) -> Iterator[tuple[int, Out]]:
        client = self._connect()  # first: it says what to install when Dask is missing
        token = _token()
        # No retries of a job that raised: a source's error is the same on any worker. A
        # worker that dies is another matter: the scheduler sends its jobs elsewhere.
        futures = [
            client.submit(func, item, config, key=f"briefgen-{func.__name__}-{i}-{token}")
            for i, item in enumerate(items)
        ]
        index = {future.key: i for i, future in enumerate(futures)}
        interrupted = threading.Event()
        restore = _remember_interrupts(interrupted)
        try:
            # As they finish, so that the progress bar moves with the cluster.
            for future in self.dask.as_completed(futures):
                _raise_if(interrupted)
                yield index[future.key], self._result(future, items[index[future.key]])
            _raise_if(interrupted)
        except BaseException:
            # A failed source, Ctrl-C, or a consumer that stops: nothing left running.
            with suppress(Exception):
                client.cancel(futures, force=True)
            raise
        finally:
            restore()

    def extract(self, sources: Sequence[Source]) -> Iterator[tuple[int, SourceFacts]]:
        """(index, facts) for each source, as ExtractionHost.extract gives them."""
        return self(extract_source, sources, self.config)

    def prefill_parses(self, texts: Sequence[str]) -> int:
        """The claim sentences parsed on the workers, into this project's parse cache."""
        return parse_cache.prefill_parses(texts, self.config, runner=self)

    def _result(self, future: Any, item: Any) -> Any:
        try:
            return future.result()
        except self.dask.KilledWorker as exc:
            raise ClusterError(
                f"a Dask worker died each time it ran this job ({exc}); the scheduler "
                "retried it on another worker and gave up. Check the workers' memory "
                "and logs, or build without --scheduler",
                path=_job_name(item, self.config),
            ) from None

    def _connect(self) -> Any:
        if self.client is not None:
            return self.client
        try:
            import distributed  # an optional dependency, and a heavy one
        except ImportError:
            raise ConfigError(
                f"--scheduler {self.address} needs Dask: pip install 'briefgen[distributed]'"
            ) from None
        self.dask = distributed
        if self.address.startswith("local:"):
            workers = int(self.address.removeprefix("local:"))
            try:
                self.cluster = distributed.LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,  # spaCy is CPU-bound: one source per process
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address=None,
                )
            except (OSError, RuntimeError, TimeoutError) as exc:
                raise ConfigError(
                    f"could not start a Dask LocalCluster of {workers} workers "
                    f"({_reason(exc)}); build without --scheduler"
                ) from None
            self.client = distributed.Client(self.cluster)
        else:
            try:
                self.client = distributed.Client(self.address, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError, ValueError) as exc:
                raise ConfigError(
                    f"cannot reach the Dask scheduler at {self.address} ({_reason(exc)}); "
                    "start one (`dask scheduler`) or give another address with "
                    "--scheduler / scheduler: in briefgen.yaml"
                ) from None
        self._check_workers()
        from briefgen.runtime.cluster_plugin import SpacyOnWorker

        self.client.register_plugin(SpacyOnWorker(self.config.spacy_model))
        return self.client

    def _check_workers(self) -> None:
        """Workers must run this briefgen: other code would give other content."""
        self.client.wait_for_workers(1, timeout=CONNECT_TIMEOUT * 6)
        ours = _worker_fingerprint()
        theirs = self.client.run(_worker_fingerprint)
        different = sorted(addr for addr, print_ in theirs.items() if print_ != ours)
        if different:
            raise ConfigError(
                f"the Dask workers at {', '.join(different)} run another version of "
                "briefgen's ingest and extraction code than this build; install the "
                "same briefgen on every worker"
            )

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None


@contextmanager
def cluster_runner(config: Config) -> Iterator[ClusterRunner | None]:
    """A runner on the configured cluster, or None when the build runs on this machine."""
    if config.scheduler is None:
        yield None
        return
    runner = ClusterRunner(config)
    try:
        yield runner
    finally:
        runner.close()


def _token() -> str:
    return uuid.uuid4().hex[:12]


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _job_name(item: Any, config: Config) -> str:
    """The source a job belongs to, for an error message."""
    for attr in ("file", "path_text"):
        value = getattr(item, attr, None)
        if isinstance(value, str):
            with suppress(ValueError):
                return Path(value).relative_to(config.project).as_posix()
            return value
    return "a batch of claim sentences"
