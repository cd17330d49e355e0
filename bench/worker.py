"""What bench/run.py runs in a fresh process, under its memory monitor.

``build``: ``briefgen build`` (the real CLI command) with each stage function of
briefgen/build.py wrapped in a timer, so it measures whatever the stages do today.
``spacy``: the spaCy floor, ``nlp.pipe`` over the same paragraphs with the same pipeline.

Both write one JSON file. Times are time.monotonic() (one clock for every process on
Linux), so run.py can match its memory samples to the stages.
"""

from __future__ import annotations

import argparse
import functools
import json
import resource
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

# briefgen.build's module-level names → the stage each one is. A name that build.py
# no longer has is reported as missing, and its time shows up in "other".
STAGE_FUNCTIONS = {
    "load_valid_content": "load",
    "ingest_all": "ingest",
    "extract_all": "extract",
    # Merging and building the summarize corpus run side by side: one row for both.
    "merge_and_summarize": "merge+summarize",
    # The editor's corrections merged into the proposal (the first half of storing).
    "merge_with_edits": "store",
    # content/ validated and written while another process renders the pages in memory:
    # one row for both.
    "store_and_render": "store+render",
    # The rendered pages written into docs_dir.
    "write_rendered": "render",
    "publish_site": "mkdocs",
}


def cpu_seconds() -> float:
    """User + system time of this process and of every child it has waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


@dataclass
class StageCall:
    stage: str
    start: float
    end: float
    wall_s: float  # without the time of stages called from inside this one
    cpu_s: float


@dataclass
class Recorder:
    calls: list[StageCall] = field(default_factory=list)
    extracted: int | None = None
    sources: int | None = None
    paragraphs: int | None = None
    words: int | None = None
    texts: list[str] | None = None
    _nested: list[list[float]] = field(default_factory=list)

    def wrap(self, stage: str, func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def timed(*args: Any, **kwargs: Any) -> Any:
            start, cpu0 = time.monotonic(), cpu_seconds()
            self._nested.append([0.0, 0.0])
            try:
                result = func(*args, **kwargs)
            finally:
                end, cpu1 = time.monotonic(), cpu_seconds()
                inner_wall, inner_cpu = self._nested.pop()
                wall, cpu = end - start, cpu1 - cpu0
                if self._nested:
                    self._nested[-1][0] += wall
                    self._nested[-1][1] += cpu
                self.calls.append(StageCall(stage, start, end, wall - inner_wall, cpu - inner_cpu))
            self.observe(stage, result)
            return result

        return timed

    def observe(self, stage: str, result: Any) -> None:
        if stage == "ingest" and isinstance(result, tuple):
            texts = [p.text for source in result for p in getattr(source, "paragraphs", ())]
            self.sources = len(result)
            self.paragraphs = len(texts)
            self.words = sum(len(t.split()) for t in texts)
            self.texts = texts
        elif stage == "extract" and isinstance(result, tuple) and len(result) == 2:
            # extract_all returns (facts, how many sources ran NLP)
            self.extracted = result[1] if isinstance(result[1], int) else None


def instrument(recorder: Recorder) -> list[str]:
    """Wrap the stage functions that briefgen.build calls; return the names it lacks."""
    import briefgen.build as build

    missing = []
    for name, stage in STAGE_FUNCTIONS.items():
        func = getattr(build, name, None)
        if func is None:
            missing.append(name)
        else:
            setattr(build, name, recorder.wrap(stage, func))
    return missing


def _tree_bytes(folder: Path, pattern: str = "*") -> tuple[int, int]:
    files = [p for p in folder.rglob(pattern) if p.is_file()] if folder.is_dir() else []
    return len(files), sum(p.stat().st_size for p in files)


def run_build(args: argparse.Namespace) -> dict[str, Any]:
    from briefgen.cli import main
    from briefgen.config import load_config

    if args.proxy_extract:
        from bench.proxy import install

        install()
    recorder = Recorder()
    missing = instrument(recorder)
    argv = ["build", "--project", str(args.project), "-q", "--jobs", str(args.jobs)]
    if args.scheduler:
        argv += ["--scheduler", args.scheduler]
    if args.no_site:
        argv.append("--no-site")
    start, cpu0 = time.monotonic(), cpu_seconds()
    try:
        main.main(argv, prog_name="briefgen", standalone_mode=False)
    except SystemExit as exc:  # the CLI turns a BriefgenError into an exit code
        if exc.code not in (0, None):
            raise
    end, cpu1 = time.monotonic(), cpu_seconds()
    config = load_config(args.project)
    pages, _ = _tree_bytes(config.docs, "*.md")
    site_files, site_bytes = _tree_bytes(config.site)
    index = config.site / "search" / "search_index.json"
    if args.dump_texts and recorder.texts is not None:
        Path(args.dump_texts).write_text(json.dumps(recorder.texts), encoding="utf-8")
    return {
        "start": start,
        "end": end,
        "wall_s": end - start,
        "cpu_s": cpu1 - cpu0,
        "calls": [asdict(c) for c in recorder.calls],
        "missing_stage_functions": missing,
        "extracted": recorder.extracted,
        "sources": recorder.sources,
        "paragraphs": recorder.paragraphs,
        "words": recorder.words,
        "pages": pages,
        "site_files": site_files,
        "site_bytes": site_bytes if not args.no_site else None,
        "search_index_bytes": index.stat().st_size if index.exists() and not args.no_site else None,
        # Pagefind's whole bundle; a reader fetches a small part per query (search_bytes.py).
        "pagefind_bytes": _tree_bytes(config.site / "pagefind")[1]
        if (config.site / "pagefind").is_dir() and not args.no_site
        else None,
    }


def run_spacy(args: argparse.Namespace) -> dict[str, Any]:
    from briefgen.config import load_config
    from briefgen.nlp import load_pipeline

    texts = json.loads(Path(args.texts).read_text(encoding="utf-8"))
    words = sum(len(t.split()) for t in texts)
    t0, cpu0 = time.monotonic(), cpu_seconds()
    nlp = load_pipeline(load_config(args.project).spacy_model)
    t1, cpu1 = time.monotonic(), cpu_seconds()
    for _ in nlp.pipe(texts, n_process=args.n_process):
        pass
    t2, cpu2 = time.monotonic(), cpu_seconds()
    pipe = t2 - t1
    return {
        "start": t1,
        "end": t2,
        "load_s": t1 - t0,
        "load_cpu_s": cpu1 - cpu0,
        "wall_s": pipe,
        "cpu_s": cpu2 - cpu1,
        "words": words,
        "paragraphs": len(texts),
        "words_per_s": words / pipe if pipe > 0 else None,
        "words_per_cpu_s": words / (cpu2 - cpu1) if cpu2 > cpu1 else None,
        "n_process": args.n_process,
        "components": list(nlp.pipe_names),
        "model": f"{nlp.meta.get('name')}-{nlp.meta.get('version')}",
    }


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bench/worker.py")
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build")
    build.add_argument("--project", type=Path, required=True)
    build.add_argument("--jobs", type=int, default=0)
    build.add_argument("--no-site", action="store_true")
    build.add_argument("--dump-texts", type=Path)
    build.add_argument("--proxy-extract", action="store_true")
    build.add_argument("--scheduler")
    build.add_argument("--out", type=Path, required=True)
    spacy = sub.add_parser("spacy")
    spacy.add_argument("--texts", type=Path, required=True)
    spacy.add_argument("--n-process", type=int, default=1)
    spacy.add_argument("--project", type=Path, required=True)
    spacy.add_argument("--out", type=Path, required=True)
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    result = run_build(args) if args.command == "build" else run_spacy(args)
    args.out.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
