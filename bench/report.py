"""The benchmark's results as a text table (the JSON is the same data, unformatted)."""

from __future__ import annotations

from typing import Any

MEMORY_TARGET_MB = 2048
EXTRACT_TARGET = 1.3  # extraction within 1.3x of the spaCy floor
OTHER_SHARE_TARGET = 0.25  # everything but extraction (and mkdocs) under 25% of the build
INCREMENTAL_TARGET = 0.10  # a rebuild under 10% of a full build, outside mkdocs


def _num(value: float | None, fmt: str = "{:.2f}") -> str:
    return "-" if value is None else fmt.format(value)


def _row(name: str, row: dict[str, Any]) -> str:
    return (
        f"  {name:<26}{_num(row.get('wall_s')):>9}{_num(row.get('cpu_s')):>9}"
        f"{_num(row.get('rss_mb'), '{:.0f}'):>10}{_num(row.get('pss_mb'), '{:.0f}'):>10}"
    )


def derived(size: dict[str, Any], jobs: int) -> dict[str, Any]:
    """The figures the issue sets targets for, from one size's measurements."""
    full = size["full"]
    stages = full["stages"]
    build_wall = full["build"]["wall_s"]
    extract = stages.get("extract", {}).get("wall_s", 0.0)
    mkdocs = stages.get("mkdocs", {}).get("wall_s", 0.0)
    out: dict[str, Any] = {
        "other_share": (build_wall - extract - mkdocs) / build_wall if build_wall else None,
        "peak_rss_mb": full["process"]["rss_mb"],
        "peak_pss_mb": full["process"]["pss_mb"],
        "memory_ok": full["process"]["rss_mb"] < MEMORY_TARGET_MB,
    }
    base = size.get("baselines")
    if base:
        floor = base["spacy_2"] if jobs >= 2 else base["spacy_1"]
        floor_s = floor["wall_s"] + floor["load_s"]
        out["extract_floor_s"] = floor_s
        out["extract_vs_floor"] = extract / floor_s if floor_s else None
        floor_cpu = floor["cpu_s"] + floor["load_cpu_s"]
        extract_cpu = stages.get("extract", {}).get("cpu_s", 0.0)
        out["extract_vs_floor_cpu"] = extract_cpu / floor_cpu if floor_cpu else None
        cli = base["mkdocs_cli"]["wall_s"]
        out["mkdocs_vs_cli"] = mkdocs / cli if cli else None
        pages = full["pages"]
        out["mkdocs_s_per_page"] = mkdocs / pages if pages else None
    return out


def format_size(size: dict[str, Any], jobs: int) -> str:
    full = size["full"]
    words = full["words"] or 0
    lines = [
        f"== {size['sources']} sources: {words:,} words in {full['paragraphs'] or 0:,} "
        f"paragraphs, {full['pages']} pages, jobs={jobs}",
        f"  {'stage':<26}{'wall s':>9}{'cpu s':>9}{'RSS MB':>10}{'PSS MB':>10}",
    ]
    for name, row in full["stages"].items():
        calls = row.get("calls") or 0
        lines.append(_row(f"{name} ({calls} calls)" if calls > 1 else name, row))
    lines.append(_row("build (in process)", full["build"]))
    lines.append(_row("process (+ start, imports)", full["process"]))
    if full["missing_stage_functions"]:
        missing = ", ".join(full["missing_stage_functions"])
        lines.append(f"  not timed (gone from briefgen/build.py): {missing}")
    base = size.get("baselines")
    if base:
        components = ", ".join(base["spacy_1"].get("components", []))
        lines.append(f"  baselines (spaCy {base['spacy_1'].get('model')}: {components})")
        for key in ("spacy_1", "spacy_2"):
            b = base[key]
            label = f"spaCy pipe n_process={b['n_process']}"
            lines.append(
                _row(label, b) + f"  {_num(b['words_per_s'], '{:,.0f}')} words/s, "
                f"{_num(b['words_per_cpu_s'], '{:,.0f}')} per CPU s (+{b['load_s']:.2f} s load)"
            )
        cli = base["mkdocs_cli"]
        lines.append(
            _row("mkdocs build (CLI)", cli) + f"  {_num(cli['s_per_page'], '{:.4f}')} s/page"
        )
    incremental = size.get("incremental")
    if incremental:
        lines.append("  incremental rebuilds (outside mkdocs, fraction of the full build)")
        for key, label in (
            ("yaml_edit", "after a YAML edit"),
            ("new_source", "after one new source"),
        ):
            inc = incremental[key]
            frac = inc["fraction_of_full"]
            mark = "" if frac is None else ("  ok" if frac < INCREMENTAL_TARGET else "  over 10%")
            lines.append(
                _row(label, inc["build"])
                + f"  {_num(frac, '{:.1%}')}, extracted {inc['extracted']}{mark}"
            )
    d = size["derived"]
    checks = [
        f"non-extract share (excl. mkdocs) {_num(d['other_share'], '{:.1%}')}",
        f"peak RSS {d['peak_rss_mb']:.0f} MB / PSS {d['peak_pss_mb']:.0f} MB "
        f"({'under' if d['memory_ok'] else 'OVER'} 2 GB)",
    ]
    if "extract_vs_floor" in d:
        checks.insert(
            0,
            f"extract / spaCy floor {_num(d['extract_vs_floor'], '{:.2f}x')} wall, "
            f"{_num(d['extract_vs_floor_cpu'], '{:.2f}x')} CPU",
        )
        checks.append(f"mkdocs in build / CLI {_num(d['mkdocs_vs_cli'], '{:.2f}x')}")
    lines.append("  " + "; ".join(checks))
    return "\n".join(lines)


def format_report(result: dict[str, Any]) -> str:
    meta = result["meta"]
    head = (
        f"briefgen bench {meta['date']} commit {meta['commit']}"
        f"{' (with uncommitted changes)' if meta['dirty'] else ''}"
        f", {meta['cpus']} cores, jobs={meta['jobs']}, python {meta['python']}, "
        f"spaCy {meta['spacy']}"
    )
    parts = [head]
    if meta["placeholder_stages"]:
        parts.append("placeholder stages: " + ", ".join(meta["placeholder_stages"]))
    if meta.get("proxy_extract"):
        parts.append("extract: the bench's stand-in (spaCy over every paragraph), not briefgen's")
    load = meta.get("loadavg_start")
    if load and meta["cpus"] and load[0] > 0.5 * meta["cpus"]:
        parts.append(
            f"warning: the machine was busy at the start (load {load[0]:.1f} on "
            f"{meta['cpus']} cores): wall times are inflated; CPU times are steadier"
        )
    for size in result["sizes"]:
        if "error" in size:
            parts.append(f"== {size['sources']} sources: FAILED\n{size['error']}")
        else:
            parts.append(format_size(size, meta["jobs"]))
    return "\n\n".join(parts)
