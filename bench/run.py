"""Benchmark briefgen on generated briefings of several sizes (`make bench`).

    python bench/run.py                       # 5, 100 and 1,000 sources
    python bench/run.py --sizes 5,100 --json bench/out/bench.json

Per size and per stage: wall time, CPU time (with child processes) and peak memory
(RSS and PSS of the whole process tree); beside them the spaCy floor (nlp.pipe over the
same paragraphs, one process and two) and a plain `mkdocs build` of the same Markdown;
then rebuilds after a YAML edit and after one new source. See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make the worktree's packages importable
    sys.path.insert(0, str(ROOT))

from bench.corpus import analyse_seeds  # noqa: E402
from bench.measure import BenchError, Settings, measure_size  # noqa: E402
from bench.report import derived, format_report  # noqa: E402

STAGE_MODULES = ("ingest", "extract", "merge", "summarize", "render")


def parse_sizes(text: str) -> list[int]:
    try:
        sizes = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"sizes must be numbers separated by commas: {text!r}"
        ) from None
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("sizes must be 1 or more")
    return sizes


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bench/run.py", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sizes",
        type=parse_sizes,
        default=[5, 100, 1000],
        help="numbers of sources, comma-separated (default: 5,100,1000)",
    )
    parser.add_argument(
        "--jobs", "-j", type=int, default=0, help="briefgen --jobs (default 0: all cores)"
    )
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated corpus")
    parser.add_argument(
        "--workdir", type=Path, help="where to generate the projects (default: a temporary folder)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the generated projects")
    parser.add_argument(
        "--no-baselines", action="store_true", help="skip the spaCy and mkdocs baselines"
    )
    parser.add_argument(
        "--no-incremental",
        action="store_true",
        help="skip the rebuilds after an edit and after a new source",
    )
    parser.add_argument(
        "--interval",
        type=float,
        default=0.1,
        help="memory sampling interval in seconds (default 0.1)",
    )
    parser.add_argument(
        "--proxy-extract",
        action="store_true",
        help="time a stand-in extractor (spaCy over every paragraph) instead "
        "of briefgen's, e.g. while the real one is a placeholder",
    )
    parser.add_argument(
        "--scheduler",
        help="run ingest and extraction on a Dask cluster: briefgen build --scheduler "
        "ADDRESS (e.g. local:2 for a LocalCluster of two workers beside the process pool)",
    )
    parser.add_argument(
        "--search",
        choices=("auto", "material", "pagefind"),
        help="the generated projects' search: setting (default: briefgen's, auto)",
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="print only the table")
    return parser.parse_args(argv)  # fmt: skip


def _git(*args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return ""
    return done.stdout.strip()


def placeholder_stages() -> list[str]:
    """Stage packages whose docstring still calls them a placeholder."""
    import importlib

    found = []
    for name in STAGE_MODULES:
        module = importlib.import_module(f"briefgen.{name}")
        if "placeholder" in (module.__doc__ or "").lower():
            found.append(name)
    return found


def metadata(jobs: int) -> dict[str, Any]:
    import spacy

    from briefgen.config import Config

    return {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": _git("rev-parse", "--short=12", "HEAD") or "unknown",
        "dirty": bool(_git("status", "--porcelain", "--", "briefgen", "bench")),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "jobs": Config(project=ROOT, jobs=jobs).job_count(),
        "placeholder_stages": placeholder_stages(),
        "loadavg_start": os.getloadavg(),
    }


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    log = (lambda _msg: None) if args.quiet else (lambda msg: print(msg, file=sys.stderr))
    settings = Settings(
        jobs=args.jobs,
        seed=args.seed,
        baselines=not args.no_baselines,
        incremental=not args.no_incremental,
        interval=args.interval,
        proxy_extract=args.proxy_extract,
        scheduler=args.scheduler,
        search=args.search,
    )
    from briefgen.config import load_config
    from briefgen.nlp import load_pipeline

    log("analysing the seeds (spaCy NER) to vary them")
    example = load_config(ROOT)
    corpus = analyse_seeds(example.seeds, load_pipeline(example.spacy_model))
    result: dict[str, Any] = {"meta": metadata(args.jobs), "sizes": []}
    result["meta"]["proxy_extract"] = args.proxy_extract
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="briefgen-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        for count in args.sizes:
            try:
                size = measure_size(corpus, count, workdir, settings, log)
                size["derived"] = derived(size, result["meta"]["jobs"])
            except BenchError as exc:
                size = {"sources": count, "error": str(exc)}
            size["loadavg_after"] = os.getloadavg()
            result["sizes"].append(size)
            if not args.keep:
                shutil.rmtree(workdir / f"n{count}", ignore_errors=True)
    finally:
        if not args.keep and args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    if args.keep:
        log(f"projects kept in {workdir}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(format_report(result))
    return 1 if any("error" in s for s in result["sizes"]) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
