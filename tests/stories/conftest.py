"""The hand-written multi-outlet stories under tests/stories/, built through the pipeline."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from briefgen import build
from briefgen.config import load_config
from briefgen.merge import merge_facts
from briefgen.records.content import Content, Ref
from briefgen.runtime.progress import Reporter
from briefgen.scaffold import init_project
from briefgen.summarize import summarize

STORIES = Path(__file__).resolve().parent


def build_story(name: str, project: Path, leave_out: tuple[str, ...] = ()) -> Content:
    """Build tests/stories/NAME in ``project``, less the files named in ``leave_out``."""
    init_project(project)
    for f in sorted((STORIES / name / "seeds").iterdir()):
        if f.name not in leave_out:
            shutil.copy(f, project / "seeds" / f.name)
    manifest = project / "seeds" / "sources.yaml"
    if leave_out and manifest.exists():
        # An entry naming a file that is not there is refused: leave it out too.
        entries = yaml.safe_load(manifest.read_text(encoding="utf-8"))
        kept = {k: v for k, v in entries.items() if k not in leave_out}
        manifest.write_text(yaml.safe_dump(kept, allow_unicode=True), encoding="utf-8")
    config = load_config(project)
    reporter = Reporter(verbosity=0)
    sources = build.ingest_all(config, reporter)
    facts, _ = build.extract_all(sources, config, reporter)
    return summarize(merge_facts(sources, facts, config), sources, config)


def outlets(refs: tuple[Ref, ...]) -> list[str]:
    """Sources by the two-character prefix of their file names."""
    return sorted({r.source[:2] for r in refs})
