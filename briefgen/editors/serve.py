"""`briefgen serve`: the site on a local address, rebuilt as the project changes.

It watches seeds/, content/, site_templates/ and the settings (briefgen.yaml,
mkdocs.yml), and rebuilds only what changed: a new or changed article or setting runs
the build's content step (NLP for that article only, the rest from the cache); an edit
of content/ or of a template only renders (no NLP, and the editor's files are not
rewritten while they have them open). Browsers reload when a rebuild succeeds. A
rebuild that fails prints its `file:line` error and the server keeps the last good site.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.livereload import LiveReloadServer

from briefgen.build import render_and_publish, update_content
from briefgen.config import CONFIG_FILE, Config
from briefgen.errors import BriefgenError, ConfigError, ContentError, PublishError
from briefgen.publish import briefing_title
from briefgen.publish.mkdocs_site import MkDocsException, build_site
from briefgen.runtime.progress import Reporter
from briefgen.transaction import project_lock

# A rebuild waits this long for a `briefgen build` that holds the project.
LOCK_WAIT_SECONDS = 60.0

Snapshot = dict[str, tuple[int, int]]


def parse_address(dev_addr: str) -> tuple[str, int]:
    host, sep, port = dev_addr.rpartition(":")
    host = host.strip("[]")  # [::1]:8000
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ConfigError(
            f"--dev-addr must be HOST:PORT with a port from 1 to 65535, not {dev_addr!r}"
        )
    return host, int(port)


class ProjectWatch:
    """What changed in the project since the last rebuild, by file size and mtime."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.last = self.snapshot()

    def _source_paths(self) -> list[Path]:
        return [self.config.seeds, self.config.project / CONFIG_FILE]

    def _render_paths(self) -> list[Path]:
        return [self.config.content, self.config.templates, self.config.mkdocs_yml]

    def watched(self) -> list[Path]:
        return self._source_paths() + self._render_paths()

    def snapshot(self) -> Snapshot:
        found: Snapshot = {}
        for root in self.watched():
            paths = sorted(root.rglob("*")) if root.is_dir() else [root]
            for path in paths:
                with contextlib.suppress(OSError):
                    if path.is_file():
                        stat = path.stat()
                        found[path.as_posix()] = (stat.st_size, stat.st_mtime_ns)
        return found

    def changed(self) -> str | None:
        """'sources' (seeds or settings), 'render' (content, templates) or None."""
        now = self.snapshot()
        moved = {p for p in set(now) | set(self.last) if now.get(p) != self.last.get(p)}
        if not moved:
            return None
        sources = [p.as_posix() for p in self._source_paths()]
        if any(p == s or p.startswith(s + "/") for p in moved for s in sources):
            return "sources"
        return "render"

    def remember(self) -> None:
        self.last = self.snapshot()


def build_into(config: Config, site_dir: Path, reporter: Reporter, what: str) -> None:
    """Bring the served site up to date: content/ first when ``what`` is 'sources'."""
    with project_lock(config.project, wait_seconds=LOCK_WAIT_SECONDS):
        rendered = None
        if what == "sources":
            _, _, rendered = update_content(config, reporter, render=True)
        pages, _ = render_and_publish(config, reporter, publish=False, rendered=rendered)
    try:
        build_site(
            config.mkdocs_yml,
            config.docs,
            site_dir,
            site_name=briefing_title(config) or "Briefing",
        )
    except MkDocsException as exc:
        raise PublishError(f"mkdocs build failed: {exc}", path=config.mkdocs_yml) from None
    reporter.info(f"built {len(pages.pages)} pages")


def _make_server(builder: Callable[[], None], host: str, port: int, root: Path) -> Any:
    class Server(LiveReloadServer):
        """Bound before the first build, so a busy address fails at once; serve() then
        binds nothing twice."""

        bound = False

        def server_bind(self) -> None:
            if not self.bound:
                super().server_bind()

        def server_activate(self) -> None:
            if not self.bound:
                super().server_activate()
                self.bound = True

    server = Server(builder=builder, host=host, port=port, root=str(root))
    try:
        server.server_bind()
        server.server_activate()
    except OSError as exc:
        server.server_close()
        reason = exc.strerror or str(exc)
        raise ConfigError(
            f"cannot serve on {host}:{port}: {reason}; give a free local address with "
            "--dev-addr HOST:PORT"
        ) from None
    return server


def serve(
    load: Callable[[], Config],
    reporter: Reporter,
    dev_addr: str,
    say: Callable[[str, bool], None],
) -> None:
    """Serve until interrupted; ``load`` reads the settings (again after briefgen.yaml
    changes); ``say(message, is_error)`` talks to the terminal."""
    host, port = parse_address(dev_addr)
    settings = {"now": load()}
    config = settings["now"]
    site_dir = Path(tempfile.mkdtemp(prefix="briefgen-serve-"))
    watch = ProjectWatch(config)

    def rebuild() -> None:
        what = watch.changed()
        if what is None:
            return  # our own writes to content/, or a file saved unchanged
        try:
            if what == "sources":
                settings["now"] = load()  # briefgen.yaml may be what changed
            build_into(settings["now"], site_dir, reporter, what)
        except BriefgenError as exc:
            problems = exc.problems if isinstance(exc, ContentError) else [exc]
            for problem in problems:
                say(f"error: {problem.render()}", True)
            say("the site is not updated: still serving the last good build", True)
        finally:
            watch.remember()

    server = _make_server(rebuild, host, port, site_dir)
    try:
        build_into(config, site_dir, reporter, "sources")
        watch.remember()
        for path in watch.watched():
            if path.exists():
                server.watch(str(path))
        say(f"Serving on {server.url}", False)
        with contextlib.suppress(KeyboardInterrupt):
            server.serve()
    finally:
        server.shutdown()
        shutil.rmtree(site_dir, ignore_errors=True)
