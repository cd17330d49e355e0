"""ROUGE-2 of briefgen's key points against our reference summaries, beside a lead baseline.

    python3 tools/rouge_keypoints.py [--keep DIR]      (briefgen on PATH)

For each story of tests/rouge/references/ (ferry, border, arrest: the story seeds under
tests/stories/; seeds: this repository's seeds/), the story is extracted into a fresh
`briefgen init` project (`briefgen extract`, no site), and scored:

- key points: the texts of `summary` in content/briefing.yaml, in order;
- lead baseline: the sources' lead sentences in source order (by published date, then
  id): every source's first sentence, then every source's second, and so on, headings
  left out, cut to the key points' word count.

ROUGE-2 recall, precision and F1 over lower-cased word bigrams (counts clipped, as in
Lin 2004), pure Python. The references are ours (see tests/rouge/references/README.md).
Prints one line per story and the mean; the last line is JSON.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
REFERENCES = ROOT / "tests" / "rouge" / "references"
STORIES = {
    "ferry": ROOT / "tests" / "stories" / "ferry" / "seeds",
    "border": ROOT / "tests" / "stories" / "border" / "seeds",
    "arrest": ROOT / "tests" / "stories" / "arrest" / "seeds",
    "seeds": ROOT / "seeds",
}
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
# a full stop, question or exclamation mark (a closing quotation mark after it) and a space
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def bigrams(text: str) -> Counter[tuple[str, str]]:
    w = words(text)
    return Counter(zip(w, w[1:], strict=False))


def rouge2(candidate: str, reference: str) -> dict[str, float]:
    cand, ref = bigrams(candidate), bigrams(reference)
    hit = sum((cand & ref).values())
    recall = hit / sum(ref.values()) if ref else 0.0
    precision = hit / sum(cand.values()) if cand else 0.0
    f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
    return {"recall": recall, "precision": precision, "f1": f1}


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def lead_baseline(content: Path, n_words: int) -> str:
    """The sources' lead sentences, round by round in source order, cut to n_words."""
    docs = []
    for path in sorted((content / "sources").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if data.get("duplicate_of"):
            continue
        paras = [p["text"] for p in data.get("paragraphs") or [] if not p.get("heading")]
        sents = [s for p in paras for s in sentences(p)]
        docs.append((str(data.get("published") or ""), str(data.get("id")), sents))
    docs.sort(key=lambda d: (d[0], d[1]))
    out: list[str] = []
    for round_ in range(max((len(d[2]) for d in docs), default=0)):
        for _, _, sents in docs:
            if round_ < len(sents):
                out.extend(sents[round_].split())
            if len(out) >= n_words:
                return " ".join(out[:n_words])
    return " ".join(out[:n_words])


def key_points(content: Path) -> str:
    briefing = yaml.safe_load((content / "briefing.yaml").read_text(encoding="utf-8")) or {}
    return " ".join(p["text"] for p in briefing.get("summary") or [])


def extract(seeds: Path, project: Path) -> Path:
    subprocess.run(["briefgen", "init", str(project)], check=True, capture_output=True)
    for f in sorted(seeds.iterdir()):
        if f.is_file():
            shutil.copy(f, project / "seeds" / f.name)
    subprocess.run(
        ["briefgen", "extract", "--project", str(project)], check=True, capture_output=True
    )
    return project / "content"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep", type=Path, help="keep the extracted projects here")
    args = parser.parse_args(argv)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        for name, seeds in STORIES.items():
            project = base / name
            if project.exists():
                shutil.rmtree(project)
            content = extract(seeds, project)
            reference = (REFERENCES / f"{name}.txt").read_text(encoding="utf-8")
            points = key_points(content)
            baseline = lead_baseline(content, len(points.split()))
            results[name] = {
                "key_points": rouge2(points, reference),
                "lead": rouge2(baseline, reference),
                "words": len(points.split()),
            }
    for name, r in results.items():
        kp, lead = r["key_points"], r["lead"]
        print(
            f"{name:8} words {r['words']:4}  key points R {kp['recall']:.3f} F {kp['f1']:.3f}"
            f"  lead R {lead['recall']:.3f} F {lead['f1']:.3f}"
        )
    mean = {
        side: {
            m: sum(r[side][m] for r in results.values()) / len(results) for m in ("recall", "f1")
        }
        for side in ("key_points", "lead")
    }
    print(
        f"mean              key points R {mean['key_points']['recall']:.3f} "
        f"F {mean['key_points']['f1']:.3f}  lead R {mean['lead']['recall']:.3f} "
        f"F {mean['lead']['f1']:.3f}"
    )
    print(json.dumps({"stories": results, "mean": mean}, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
