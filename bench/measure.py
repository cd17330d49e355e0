"""One size of the benchmark: build, baselines and incremental rebuilds, as plain data.

Every run is a fresh process (a build in CI is one), started by ``run_measured`` so that
its memory is sampled from outside. The worker reports when each stage started and
ended; the samples between those times give the stage's peak memory.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bench.corpus import Corpus, make_project, write_variant
from bench.monitor import Measured, run_measured

ROOT = Path(__file__).resolve().parent.parent
WORKER = ROOT / "bench" / "worker.py"
STAGES = (
    "load",
    "ingest",
    "extract",
    "merge+summarize",
    "store",
    "store+render",
    "render",
    "mkdocs",
)


class BenchError(RuntimeError):
    pass


@dataclass(frozen=True)
class Settings:
    jobs: int
    seed: int
    baselines: bool
    incremental: bool
    interval: float
    proxy_extract: bool = False
    scheduler: str | None = None  # briefgen build --scheduler (a Dask cluster)
    search: str | None = None  # briefgen.yaml's search: (material, pagefind, auto)


def child_env() -> dict[str, str]:
    """The worktree's briefgen first on the path, whatever the venv's editable install says."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def _run(cmd: list[str], cwd: Path, settings: Settings, what: str) -> Measured:
    measured = run_measured(cmd, cwd=cwd, env=child_env(), interval=settings.interval)
    if measured.returncode != 0:
        tail = "\n".join((measured.stderr or measured.stdout).strip().splitlines()[-15:])
        raise BenchError(f"{what} failed (exit {measured.returncode}):\n{tail}")
    return measured


def build_flags(settings: Settings) -> list[str]:
    flags = ["--jobs", str(settings.jobs)]
    if settings.scheduler:
        flags += ["--scheduler", settings.scheduler]
    return [*flags, "--proxy-extract"] if settings.proxy_extract else flags


def run_worker(args: list[str], out: Path, cwd: Path, settings: Settings, what: str) -> Any:
    measured = _run([sys.executable, str(WORKER), *args, "--out", str(out)], cwd, settings, what)
    return measured, json.loads(out.read_text(encoding="utf-8"))


def stage_table(report: dict[str, Any], measured: Measured) -> dict[str, dict[str, Any]]:
    """Per stage: wall and CPU (summed over calls), peak memory (highest over calls)."""
    rows: dict[str, dict[str, Any]] = {}
    for call in report["calls"]:
        row = rows.setdefault(
            call["stage"], {"wall_s": 0.0, "cpu_s": 0.0, "rss_mb": 0.0, "pss_mb": 0.0, "calls": 0}
        )
        row["wall_s"] += call["wall_s"]
        row["cpu_s"] += call["cpu_s"]
        row["calls"] += 1
        row["rss_mb"] = max(row["rss_mb"], measured.peak_rss_mb(call["start"], call["end"]))
        row["pss_mb"] = max(row["pss_mb"], measured.peak_pss_mb(call["start"], call["end"]))
    ordered = {name: rows.pop(name) for name in STAGES if name in rows}
    ordered.update(rows)  # stages a newer worker knows and this table does not
    staged_wall = sum(r["wall_s"] for r in ordered.values())
    staged_cpu = sum(r["cpu_s"] for r in ordered.values())
    ordered["other"] = {
        "wall_s": max(0.0, report["wall_s"] - staged_wall),
        "cpu_s": max(0.0, report["cpu_s"] - staged_cpu),
        "rss_mb": None,
        "pss_mb": None,
        "calls": None,
    }
    return ordered


def build_summary(report: dict[str, Any], measured: Measured) -> dict[str, Any]:
    stages = stage_table(report, measured)
    mkdocs = stages.get("mkdocs", {}).get("wall_s", 0.0)
    return {
        "stages": stages,
        "build": {
            "wall_s": report["wall_s"],
            "cpu_s": report["cpu_s"],
            "wall_outside_mkdocs_s": report["wall_s"] - mkdocs,
            "rss_mb": measured.peak_rss_mb(report["start"], report["end"]),
            "pss_mb": measured.peak_pss_mb(report["start"], report["end"]),
        },
        "process": {
            "wall_s": measured.wall_s,
            "cpu_s": measured.cpu_s,
            "rss_mb": measured.peak_rss_mb(),
            "pss_mb": measured.peak_pss_mb(),
            "max_rss_one_process_mb": measured.max_rss_one_mb,
        },
        "extracted": report["extracted"],
        "sources": report["sources"],
        "paragraphs": report["paragraphs"],
        "words": report["words"],
        "pages": report["pages"],
        "site_bytes": report["site_bytes"],
        "search_index_bytes": report["search_index_bytes"],
        "pagefind_bytes": report.get("pagefind_bytes"),
        "missing_stage_functions": report["missing_stage_functions"],
    }


def edit_briefing_title(project: Path) -> Path:
    """An editor's correction: a new briefing title, written as a person would (one line)."""
    path = project / "content" / "briefing.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    title = (yaml.safe_load("".join(lines)) or {}).get("title") or "Briefing"
    for i, line in enumerate(lines):
        if line.startswith("title:"):
            # A JSON string is a valid YAML double-quoted scalar.
            lines[i] = f"title: {json.dumps(title + ' (edited)', ensure_ascii=False)}\n"
            break
    else:
        raise BenchError(f"{path}: no top-level title line to edit")
    path.write_text("".join(lines), encoding="utf-8")
    return path


def measure_size(
    corpus: Corpus, count: int, workdir: Path, settings: Settings, log: Any = print
) -> dict[str, Any]:
    here = workdir / f"n{count}"
    project = make_project(corpus, ROOT, here / "project", count, settings.seed)
    if settings.search:
        with (project.root / "briefgen.yaml").open("a", encoding="utf-8") as yaml:
            yaml.write(f"search: {settings.search}\n")
    texts = here / "texts.json"
    result: dict[str, Any] = {"sources": count, "generated_words": project.words}
    jobs = build_flags(settings)

    log(f"[{count}] full build")
    measured, report = run_worker(
        ["build", "--project", str(project.root), *jobs, "--dump-texts", str(texts)],
        here / "full.json",
        project.root,
        settings,
        "full build",
    )
    full = build_summary(report, measured)
    result["full"] = full

    if settings.baselines:
        result["baselines"] = _baselines(project.root, here, texts, full, settings, log)

    if settings.incremental:
        result["incremental"] = _incremental(corpus, project.root, count, here, full, settings, log)
    return result


def _baselines(
    project: Path,
    here: Path,
    texts: Path,
    full: dict[str, Any],
    settings: Settings,
    log: Any,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for n_process in (1, 2):
        log(f"[{full['sources']}] spaCy nlp.pipe n_process={n_process}")
        measured, report = run_worker(
            [
                "spacy",
                "--project",
                str(project),
                "--texts",
                str(texts),
                "--n-process",
                str(n_process),
            ],
            here / f"spacy{n_process}.json",
            project,
            settings,
            f"spaCy baseline n_process={n_process}",
        )
        report["rss_mb"] = measured.peak_rss_mb(report["start"], report["end"])
        report["pss_mb"] = measured.peak_pss_mb(report["start"], report["end"])
        report["process_wall_s"] = measured.wall_s
        out[f"spacy_{n_process}"] = report
    log(f"[{full['sources']}] mkdocs build (CLI, no briefgen)")
    measured = _run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "-q",
            "-f",
            "mkdocs.yml",
            "-d",
            str(here / "site-cli"),
        ],
        project,
        settings,
        "mkdocs build baseline",
    )
    pages = full["pages"] or 0
    out["mkdocs_cli"] = {
        "wall_s": measured.wall_s,
        "cpu_s": measured.cpu_s,
        "rss_mb": measured.peak_rss_mb(),
        "pss_mb": measured.peak_pss_mb(),
        "pages": pages,
        "s_per_page": measured.wall_s / pages if pages else None,
    }
    return out


def _incremental(
    corpus: Corpus,
    project: Path,
    count: int,
    here: Path,
    full: dict[str, Any],
    settings: Settings,
    log: Any,
) -> dict[str, Any]:
    base = full["build"]["wall_outside_mkdocs_s"]
    out: dict[str, Any] = {}
    jobs = build_flags(settings)

    def rebuild(name: str) -> None:
        measured, report = run_worker(
            ["build", "--project", str(project), *jobs, "--no-site"],
            here / f"{name}.json",
            project,
            settings,
            f"rebuild after {name}",
        )
        summary = build_summary(report, measured)
        wall = summary["build"]["wall_outside_mkdocs_s"]
        summary["fraction_of_full"] = wall / base if base > 0 else None
        out[name] = summary

    log(f"[{count}] rebuild after a YAML edit")
    edit_briefing_title(project)
    rebuild("yaml_edit")
    log(f"[{count}] rebuild after one new source")
    write_variant(corpus, project / "seeds", count, count + 1, settings.seed)
    rebuild("new_source")
    return out
