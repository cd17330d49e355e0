"""Dev tool: quote recall and precision of ingest + extract on ../shared/dev/polnear.

    .venv/bin/python tests/extract/polnear_quote_score.py [--misses] [--flatten] [--strip]

--flatten first joins each article into one block (as a news API or a PDF delivers
it, written to a temporary folder outside the repository) to measure the paragraph
splitter: the quotations must come back as well as from the original paragraphs.
--strip first removes every quotation mark (apostrophes inside words stay), as text
from some APIs and PDFs arrives: the quotations must be found by their shape.

Gold: each annotated attribution whose content holds a quotation; its quoted stretches
(between matching marks) are what a quotation found by briefgen should cover. A gold
attribution is found when an extracted quotation shares at least half the words of
one of its stretches (the shorter's words); an extracted quotation is right when it
shares half its words with some stretch of the same file. The texts are read from
shared/ and never copied.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

from briefgen.config import Config
from briefgen.extract import extract_source
from briefgen.ingest import ingest_source

POLNEAR = Path(__file__).resolve().parents[3] / "shared" / "dev" / "polnear"
WORD = re.compile(r"[^\W_]+", re.UNICODE)
STRETCH = re.compile(r"[\"“”]([^\"“”]+)[\"”“]?|'([^']+)'")


def strip_marks(text: str) -> str:
    """The text with its quotation marks lost: double marks, backticks, and single marks
    at a word's edge (an apostrophe inside a word stays)."""
    text = re.sub(r"[\"“”«»„‟`]", "", text)
    return re.sub(r"(?<!\w)[‘']|[’'](?!\w)", "", text)


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def stretches(quote_text: str) -> list[list[str]]:
    found = [words(m.group(1) or m.group(2) or "") for m in STRETCH.finditer(quote_text)]
    found = [w for w in found if len(w) >= 2]
    return found or [words(quote_text)]


def overlap(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    shared = 0
    pool = list(b)
    for w in a:
        if w in pool:
            pool.remove(w)
            shared += 1
    return shared / min(len(a), len(b))


def main(show_misses: bool, flatten: bool, strip: bool = False) -> None:
    gold = json.loads((POLNEAR / "quotes.json").read_text(encoding="utf-8"))
    config = Config(project=POLNEAR)
    scratch = Path(tempfile.mkdtemp(prefix="polnear-flat-"))
    found_gold = total_gold = right = extracted = 0
    paragraphs = unannotated = 0
    for entry in gold:
        path = POLNEAR / "seeds" / entry["file"]
        if flatten or strip:
            (scratch / "seeds").mkdir(exist_ok=True)
            changed = scratch / "seeds" / entry["file"]
            text = path.read_text(encoding="utf-8")
            text = strip_marks(text) if strip else text
            text = " ".join(text.split()) if flatten else text
            changed.write_text(text, "utf-8")
            path, config = changed, Config(project=scratch)
        source = ingest_source(path, config)
        paragraphs += len(source.paragraphs)
        facts = extract_source(source, config)
        mine = [words(q.text) for q in facts.quotes]
        theirs = [stretches(q["text"]) for q in entry["quotes"]]
        for q, parts in zip(entry["quotes"], theirs, strict=True):
            total_gold += 1
            if any(overlap(m, p) >= 0.5 for m in mine for p in parts):
                found_gold += 1
            elif show_misses:
                print("MISS", entry["file"][:40], q["text"][:110])
        if not entry["quotes"]:
            # Annotated with no quotation at all: its quotation marks were ``…'' or
            # ''…'', which the annotation did not read as marks. Its quotations cannot
            # be scored (they are real; see --misses), so they count apart.
            unannotated += len(facts.quotes)
            for q in facts.quotes if show_misses else ():
                print("UNSCORED", entry["file"][:40], q.text[:110])
            continue
        for q, m in zip(facts.quotes, mine, strict=True):
            extracted += 1
            if any(overlap(m, p) >= 0.5 for parts in theirs for p in parts):
                right += 1
            elif show_misses:
                print("EXTRA", entry["file"][:40], q.text[:110])
    print(
        f"{len(gold)} articles, {paragraphs} paragraphs; "
        f"polnear quotes: recall {found_gold}/{total_gold} = {found_gold / total_gold:.3f}, "
        f"precision {right}/{extracted} = {right / max(extracted, 1):.3f} "
        f"(+{unannotated} quotations in articles annotated with none)"
    )


if __name__ == "__main__":
    main("--misses" in sys.argv, "--flatten" in sys.argv, "--strip" in sys.argv)
