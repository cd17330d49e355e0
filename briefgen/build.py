"""`briefgen build`: a straight line of stages.

ingest → extract → merge (+ summarize) → store → render → publish. Per-source stages
are cached by content hash, so a rebuild after a YAML edit runs no NLP.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from briefgen import extract, ingest
from briefgen.config import Config
from briefgen.errors import FolderChangedError, SourceError
from briefgen.merge import merge_facts
from briefgen.nlp import load_pipeline
from briefgen.nlp.parse_cache import prefill_parses
from briefgen.publish import publish_site
from briefgen.records.content import Content
from briefgen.records.facts import SourceFacts
from briefgen.records.source import Paragraph, SkippedFile, Source
from briefgen.render import (
    RenderedPages,
    RenderedText,
    plan_pages,
    render_pages,
    write_rendered,
)
from briefgen.runtime.cluster import ClusterRunner, cluster_runner
from briefgen.runtime.extract_host import ExtractionHost, extraction_host
from briefgen.runtime.parallel import ResultCache, Runner, cache_key, code_fingerprint, run_all
from briefgen.runtime.progress import Reporter
from briefgen.runtime.side_by_side import run_side_by_side, share_items
from briefgen.store import (
    EditedContent,
    MergeOutcome,
    StoreResult,
    check_edits,
    load_valid_content,
    merge_with_edits,
    write_merged,
)
from briefgen.summarize import summarize_corpus
from briefgen.summarize.disputes import claim_sentence_texts
from briefgen.summarize.keypoints import warm_corroboration
from briefgen.summarize.sentence_memo import build_corpus
from briefgen.transaction import kill_point
from briefgen.yamlfile import read_mapping


@dataclass(frozen=True)
class BuildReport:
    sources: int
    extracted: int  # sources that ran NLP (the rest came from the cache)
    changed: tuple[str, ...]
    pages: int
    published: bool


@dataclass(frozen=True)
class _IngestJob:
    path_text: str
    manifest: ingest.ManifestEntry | None
    # The file's bytes, read here, for a job that runs on another machine.
    raw: bytes | None = None


def _ingest_one(job: _IngestJob, config: Config) -> Source | SkippedFile:
    path = Path(job.path_text)
    try:
        if job.raw is not None:
            return ingest.ingest_bytes(job.raw, path, config, job.manifest)
        return ingest.ingest_source(path, config, job.manifest)
    except SourceError as exc:
        # One odd file (an empty page, a PDF saved as .html) must not stop a briefing.
        return ingest.skipped_file(path, config, exc, raw=job.raw)


# Where the build's NLP runs when not in its own process: a spaCy host forked on this
# machine, or a Dask cluster (which also ingests).
NlpHost = ExtractionHost | ClusterRunner


@dataclass(frozen=True)
class _KeyedSource:
    job: _IngestJob
    key: str  # of the per-source ingest cache
    refused: SkippedFile | None = None  # the file could not even be read


def _keyed_sources(config: Config) -> list[_KeyedSource]:
    paths = ingest.discover_sources(config)
    manifest = ingest.load_manifest(config)
    ingest.check_manifest_names(manifest, paths, config)
    fingerprint = code_fingerprint("ingest", "records")
    keyed = []
    for path in paths:
        entry = ingest.entry_for(manifest, path)
        job = _IngestJob(str(path), entry)
        try:
            raw = ingest.read_source_bytes(path, config)
        except SourceError as exc:
            keyed.append(_KeyedSource(job, "", ingest.skipped_file(path, config, exc)))
            continue
        key = cache_key(fingerprint, path.name, raw, entry, config.seeds_dir)
        keyed.append(_KeyedSource(job, key))
    return keyed


def sources_to_ingest(config: Config) -> int:
    """How many sources are new or changed since the last build (their ingest is not
    cached): the build will most likely run spaCy on them. Reads the sources, parses
    nothing."""
    cache = ResultCache(config, "ingest")
    return sum(k.refused is None and not cache.has(k.key) for k in _keyed_sources(config))


def preload_spacy(new_sources: int, config: Config) -> bool:
    """Whether to load spaCy in a host process from the start: when a few sources are new,
    fewer than the processes the build may use, so that their ingest leaves a core idle.
    (With many, the ingest itself fills every core and the host would only compete.)"""
    return 0 < new_sources < config.job_count()


def ingest_all(
    config: Config, reporter: Reporter, host: NlpHost | None = None
) -> tuple[Source, ...]:
    """Every source in seeds/, cleaned. A file that yields no article is skipped with a
    warning and stands in as a source marked ``skipped`` (see stand_in)."""
    keyed = _keyed_sources(config)
    cache = ResultCache(config, "ingest")
    fingerprint = code_fingerprint("ingest", "records")
    results: list[Source | SkippedFile | None] = [k.refused for k in keyed]
    todo: list[tuple[int, _IngestJob, str]] = []
    for i, item in enumerate(keyed):
        if item.refused is not None:
            continue
        cached = cache.get(item.key)
        if isinstance(cached, Source | SkippedFile):
            results[i] = cached
        else:
            todo.append((i, item.job, item.key))
    jobs = [job for _, job, _ in todo]
    runner: Runner = run_all
    if isinstance(host, ClusterRunner):
        runner = host
        jobs = [
            replace(job, raw=ingest.read_source_bytes(Path(job.path_text), config)) for job in jobs
        ]
    label = f"ingest on {config.scheduler}" if runner is not run_all else "ingest"
    for j, source in reporter.track(runner(_ingest_one, jobs, config), len(jobs), label):
        index, _, key = todo[j]
        cache.put(key, source)
        results[index] = source
    done: list[Source] = []
    keys: list[str] = []
    for item, result in zip(keyed, results, strict=True):
        if isinstance(result, SkippedFile):
            if config.strict:
                raise SourceError(result.reason, path=result.file)
            source = stand_in(result, config)
            kept = " (kept the text of the last build that read it)" if source.paragraphs else ""
            reporter.warn(result.warning() + kept)
            # What stands in depends on content/ too: its text is part of the key.
            keys.append(cache_key(fingerprint, "stand-in", repr(source)))
            done.append(source)
        elif result is not None:
            keys.append(item.key)
            done.append(result)
    return _settle(tuple(done), tuple(keys), config)


def _settle(done: tuple[Source, ...], keys: tuple[str, ...], config: Config) -> tuple[Source, ...]:
    """Settling compares every source with every other (duplicates, shared dates); its
    result follows from the sources' own keys (``keys``), so a rebuild after a YAML edit
    skips it. The last settling's duplicate decisions are kept too: they answer every
    pair it compared, so a new article costs the comparisons of its own pairs."""
    cache = ResultCache(config, "ingest")
    fingerprint = code_fingerprint("ingest", "records")
    settle_key = cache_key(fingerprint, "settle", keys)
    settled = cache.get(settle_key)
    if isinstance(settled, tuple) and all(isinstance(s, Source) for s in settled):
        return settled
    runs_key = cache_key(fingerprint, "duplicate decisions")
    previous = cache.get(runs_key)
    fresh = ingest.settle_sources(
        done, config, previous if isinstance(previous, ingest.DuplicateRun) else None
    )
    cache.put(settle_key, fresh.sources)
    cache.put(runs_key, fresh.duplicates)
    return fresh.sources


def stand_in(skipped: SkippedFile, config: Config) -> Source:
    """What a skipped file contributes: the text its content/sources/ entry holds from the
    last build that read it, so that no fact an editor reviewed or cites loses its
    paragraph; else no text at all (it is then listed, not read). Marked ``skipped``."""
    previous = _previous_entry(config, skipped.id)
    paragraphs = tuple(
        Paragraph(id=str(p["id"]), text=str(p["text"]), heading=bool(p.get("heading", False)))
        for p in previous.get("paragraphs") or ()
        if isinstance(p, dict) and p.get("id") and isinstance(p.get("text"), str)
    )
    if not paragraphs:
        previous = {}

    def text_field(name: str) -> str | None:
        value = previous.get(name)
        return value if isinstance(value, str) and value else None

    published = previous.get("published")
    return Source(
        id=skipped.id,
        file=skipped.file,
        # The digest of the file whose text is shown: the old one when the text is kept.
        sha256=text_field("sha256") or skipped.sha256,
        title=text_field("title"),
        outlet=text_field("outlet"),
        url=text_field("url"),
        published=published if isinstance(published, dt.date) else None,
        published_basis=text_field("published_basis") or "unknown",
        published_certainty=text_field("published_certainty") or "none",
        author=text_field("author"),
        paragraphs=paragraphs,
        skipped=skipped.reason,
    )


def _previous_entry(config: Config, source_id: str) -> dict[str, Any]:
    """content/sources/<id>.yaml as plain data; {} when absent or unreadable (content/
    was validated before the build started, so this only guards odd cases)."""
    path = config.content / "sources" / f"{source_id}.yaml"
    return read_mapping(path, f"content/sources/{source_id}.yaml") or {}


def extraction_input(source: Source) -> str:
    """A source as its extraction's cache key sees it: without ``duplicate_of``, which no
    extractor reads and which one new article can move from copy to copy (at 10,000
    generated sources, one new source re-keyed 211 others and made them run NLP again)."""
    return repr(replace(source, duplicate_of=None))


def extract_all(
    sources: tuple[Source, ...],
    config: Config,
    reporter: Reporter,
    host: NlpHost | None = None,
) -> tuple[tuple[SourceFacts, ...], int]:
    """The facts of every source, from the cache or by NLP: in ``host`` (spaCy loaded
    there ahead of time, or a Dask cluster) when there is one, else in this process and
    its workers. The host is closed here, when the build's NLP is done: its memory is
    freed (or the cluster let go) before the merge, and its time counts in this stage."""
    cache = ResultCache(config, "extract")
    fingerprint = code_fingerprint("extract", "records", "nlp")
    results: list[SourceFacts | None] = [None] * len(sources)
    todo: list[tuple[int, str]] = []
    for i, source in enumerate(sources):
        if not source.paragraphs:
            # A skipped file with no text to stand in: nothing to parse.
            results[i] = SourceFacts(source_id=source.id)
            continue
        key = cache_key(fingerprint, config.spacy_model, extraction_input(source))
        cached = cache.get(key)
        if isinstance(cached, SourceFacts):
            results[i] = cached
        else:
            todo.append((i, key))
    if todo and host is None:
        # Loaded once here so that forked workers share it.
        load_pipeline(config.spacy_model)
    pending = [sources[i] for i, _ in todo]
    if not pending:
        run: Iterator[tuple[int, SourceFacts]] = iter(())
    elif host is None:
        run = run_all(extract.extract_source, pending, config)
    else:
        run = host.extract(pending)  # the host extracts while the claims are listed here
    # The dispute rules read parses of single claim sentences: those of the sources that
    # run NLP are parsed with the rest of it (across processes, or in the host), instead
    # of one by one in summarize. The other sources' are in the parse cache already.
    claims = [t for source in pending for t in claim_sentence_texts(source)]
    label = f"extract on {config.scheduler}" if isinstance(host, ClusterRunner) else "extract"
    for j, facts in reporter.track(run, len(pending), label):
        index, key = todo[j]
        cache.put(key, facts)
        results[index] = facts
    if todo:
        with reporter.stage("parse claim sentences"):
            parsed = prefill_parses(claims, config) if host is None else host.prefill_parses(claims)
        reporter.detail(f"parsed {parsed} claim sentences")
    if host is not None:
        host.close()  # the build's NLP is done: the model's memory is freed before merging
    return tuple(f for f in results if f is not None), len(todo)


def propose_content(
    config: Config, reporter: Reporter, host: NlpHost | None = None
) -> tuple[Content, int]:
    """ingest → extract → merge → summarize: what the sources say now."""
    sources = ingest_all(config, reporter, host)
    reporter.detail(f"ingested {len(sources)} sources")
    facts, extracted = extract_all(sources, config, reporter, host)
    with reporter.stage("merge and summarize"):
        return merge_and_summarize(sources, facts, config), extracted


def merge_and_summarize(
    sources: tuple[Source, ...], facts: tuple[SourceFacts, ...], config: Config
) -> Content:
    """The one stage that sees every source. Its result is a pure function of the sources,
    their facts and the settings, so a rebuild after a YAML edit takes it from the cache.
    ``facts`` must be what extract_all gives for ``sources``: the facts follow from the
    sources, the extractors' code and the model, so those stand for them in the key (the
    facts' own text would cost a fifth of a second to write out at 1,000 sources)."""
    cache = ResultCache(config, "proposal")
    key = cache_key(
        code_fingerprint("merge", "summarize", "records", "nlp"),
        code_fingerprint("extract", "records", "nlp"),
        config.title,
        config.spacy_model,
        tuple(repr(s) for s in sources),
    )
    cached = cache.get(key)
    if isinstance(cached, Content):
        return cached
    # The corpus summarize reads comes from the sources alone: built here while another
    # process merges the facts; while it merges, the paraphrases the key points count are
    # found (they depend on the corpus alone).
    corpus, merged = run_side_by_side(
        lambda: build_corpus(sources, config),
        lambda: merge_facts(sources, facts, config),
        config,
        meanwhile=warm_corroboration,
    )
    proposed = summarize_corpus(merged, corpus, config)
    cache.put(key, proposed)
    return proposed


def update_content(
    config: Config,
    reporter: Reporter,
    *,
    frozen: bool = False,
    render: bool = False,
) -> tuple[StoreResult, int, RenderedText | None]:
    """content/ brought up to date with the sources; with ``render``, its pages too, for
    write_rendered (rendered while content/ is validated and written). With
    ``config.strict``, a file that yields no article stops the build before anything is
    written (CI that must not publish a partial briefing)."""
    # A broken content/ stops the build before any work, and nothing is written. A
    # reference to an id an editor deleted or renamed is not broken: the merge fixes it.
    # A few new or changed sources mean a little NLP: spaCy loads in another process
    # meanwhile.
    with nlp_host(config) as host:
        edited = check_edits(config)
        kill_point()
        proposed, extracted = propose_content(config, reporter, host)
        kill_point()
    with reporter.stage("store content/" + (" and render" if render else "")):
        stored, rendered = _merge_and_store(proposed, edited, config, frozen=frozen, render=render)
    for note in stored.notes:
        reporter.info(note)
    for warning in stored.warnings:
        reporter.warn(warning)
    return stored, extracted, rendered


# An editor saving files during the write makes the build merge again with what they saved;
# one who keeps saving faster than a merge takes stops it (nothing written over them).
MERGE_TRIES = 3


def _merge_and_store(
    proposed: Content, edited: EditedContent, config: Config, *, frozen: bool, render: bool
) -> tuple[StoreResult, RenderedText | None]:
    for attempt in range(1, MERGE_TRIES + 1):
        outcome = merge_with_edits(proposed, config, edited)
        kill_point()
        try:
            return store_and_render(outcome, config, dry_run=frozen, render=render)
        except FolderChangedError:
            if attempt == MERGE_TRIES:
                raise
            edited = check_edits(config)
    raise AssertionError("unreachable")


@contextmanager
def nlp_host(config: Config) -> Iterator[NlpHost | None]:
    """The cluster when the configuration names a scheduler; else, when a few sources are
    new or changed, spaCy loading in another process meanwhile."""
    if config.scheduler is not None:
        with cluster_runner(config) as cluster:
            yield cluster
        return
    with extraction_host(config, wanted=preload_spacy(sources_to_ingest(config), config)) as host:
        yield host


def store_and_render(
    outcome: MergeOutcome, config: Config, *, dry_run: bool, render: bool
) -> tuple[StoreResult, RenderedText | None]:
    """Validate and write content/ and, with ``render``, render its pages meanwhile in
    another process. The pages stay in memory: written after content/ (write_rendered),
    never if it is refused, whose error is the one raised."""
    if not render:
        return write_merged(outcome, config, dry_run=dry_run), None
    # Every page is rendered by whichever of two processes is free: one starts at once,
    # this one joins in once content/ is validated and written (whose refusal is the
    # error raised). Rendering alone beside the write kept one core idle half the time.
    plan = plan_pages(outcome.content, config)
    stored, texts = share_items(
        len(plan.specs),
        plan.render,
        config,
        first=lambda: write_merged(outcome, config, dry_run=dry_run),
    )
    return stored, plan.rendered(texts)


def render_and_publish(
    config: Config,
    reporter: Reporter,
    *,
    publish: bool = True,
    rendered: RenderedText | None = None,
) -> tuple[RenderedPages, bool]:
    """Render content/ (or write ``rendered``, the pages of the content just stored) and
    publish the site."""
    if rendered is None:
        content, result = load_valid_content(config)
        for warning in result.warnings:
            reporter.warn(warning.render())
        rendered = render_pages(content, config)
    pages = write_rendered(rendered, config)
    reporter.detail(f"rendered {len(pages.pages)} pages into {config.docs_dir}/")
    if publish:
        with reporter.stage("publish"):
            publish_site(config, site_name=rendered.title or None)
    return pages, publish
