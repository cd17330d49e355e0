"""Count event titles that are fragments, on folders of real news (read in place).

    python3 tools/title_fragments.py DIR... [--examples N]

Each DIR is a folder of seeds (a `seeds/` inside it is used when there is one; a
folder of incident folders, each with `seeds/`, is read incident by incident). Every
source is ingested and extracted as `briefgen build` would (no content/ is written) and
every event title is judged against the parse of the sentence it was made from:

- it ends on a word that asks for more (an article, a preposition, an auxiliary …);
- a verb the title keeps lost, in the cut, a dependent the verb needs to be a clause:
  its object, attribute, predicative complement, particle, open clausal complement,
  dative, or the clause it says (other than a saying given with its quoted opening);
- a passive verb the title ends on lost the argument phrase right after it ("was left
  [with two bullet holes]", "was taken [to hospital]"): a phrase headed by a preposition
  that introduces an argument rather than a setting (to, into, onto, with, as);
- it has no subject with a finite verb (parsed on its own): "Real bullets used",
  "Calumet City to speak to police";
- it is longer than the limit, or has an unclosed quotation or bracket.

The title's words are aligned to the sentence's tokens in order; names briefgen says in
place of a phrase do not align and are skipped. Prints the count and the share of
fragments, then examples (the title and the reason; never the article's text beyond it).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from briefgen import build
from briefgen.config import load_config
from briefgen.extract.titles import ENDS_INCOMPLETE, MAX_TITLE_WORDS
from briefgen.nlp import load_pipeline
from briefgen.runtime.progress import Reporter
from briefgen.scaffold import init_project

NEEDED_DEPS = frozenset({"dobj", "attr", "acomp", "oprd", "prt", "xcomp", "dative", "ccomp"})
ARGUMENT_PREPS = frozenset({"to", "into", "onto", "with", "as"})


def _aligned(sentence_tokens: list[str], title_words: list[str]) -> list[int]:
    """Indexes of the sentence tokens the title keeps, matched in order."""
    out: list[int] = []
    at = 0
    for word in title_words:
        for j in range(at, len(sentence_tokens)):
            if sentence_tokens[j] == word:
                out.append(j)
                at = j + 1
                break
    return out


def _words(text: str) -> list[str]:
    nlp = load_pipeline()
    return [t.lower_ for t in nlp.tokenizer(text) if not t.is_punct and not t.is_space]


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _is_clause(text: str) -> bool:
    """A subject and a finite verb: "Police fired shots", not "Real bullets used"."""
    # (read as a sentence: without its full stop a title parses as a noun phrase)
    for token in load_pipeline()(text.rstrip(".") + "."):
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.pos_ not in ("VERB", "AUX"):
            continue
        verb = token.head
        helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"]
        # a participle with an active subject is a past tense the tagger misread
        misread = token.dep_ == "nsubj" and verb.tag_ == "VBN"
        if verb.tag_ in FINITE_TAGS or helpers or misread:
            return True
    return False


def problem(title: str, sentence: str) -> str | None:
    """Why ``title`` is a fragment of ``sentence``, or None when it is a whole clause."""
    words = title.split()
    if not words:
        return "empty"
    if len(words) > MAX_TITLE_WORDS + 2:
        return "too long"
    if words[-1].strip("\"'“”‘’,.;:").lower() in ENDS_INCOMPLETE:
        return f"ends on {words[-1]!r}"
    if title.count('"') % 2 or title.count("(") != title.count(")"):
        return "an unclosed quotation or bracket"
    if not _is_clause(title.split(': "')[0]):
        return "no finite verb with a subject"
    doc = load_pipeline()(sentence)
    tokens = [t for t in doc if not t.is_punct and not t.is_space]
    kept = {tokens[j].i for j in _aligned([t.lower_ for t in tokens], _words(title))}
    said = ': "' in title
    last = max(kept) if kept else -1
    for i in sorted(kept):
        verb = doc[i]
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for child in verb.children:
            if child.dep_ not in NEEDED_DEPS or child.i in kept:
                continue
            if child.dep_ == "ccomp" and said:
                continue
            if child.dep_ == "dobj" and child.i < verb.i:
                continue  # "what he did": the object stands before, in another clause
            return f"{verb.text!r} lost its {child.dep_} {child.text!r}"
        gapped = verb.dep_ == "conj" and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children
        )
        helper = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")] if gapped else []
        if verb.tag_ == "VBN" and helper and not any(c.i in kept for c in helper):
            return f"{verb.text!r} lost its helper {helper[0].text!r}"
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if passive and i == last:
            nxt = [c for c in verb.children if c.i > verb.i and c.dep_ == "prep"]
            dated = nxt and any(t.ent_type_ in ("DATE", "TIME") for t in nxt[0].subtree)
            if nxt and nxt[0].lower_ in ARGUMENT_PREPS and nxt[0].i not in kept and not dated:
                return f"{verb.text!r} lost its complement {nxt[0].text!r} …"
    return None


def _seed_folders(root: Path) -> Iterator[Path]:
    if (root / "seeds").is_dir():
        yield root / "seeds"
    elif any(p.suffix in (".txt", ".html", ".md") for p in root.iterdir()):
        yield root
    else:
        for sub in sorted(root.iterdir()):
            if sub.is_dir() and (sub / "seeds").is_dir():
                yield sub / "seeds"


def events_of(seeds: Path, project: Path) -> list[tuple[str, str]]:
    """(title, sentence) of every event extraction finds in ``seeds``."""
    init_project(project)
    for f in sorted(seeds.iterdir()):
        if f.is_file() and f.name not in ("expected.yaml", "quotes.json"):
            (project / "seeds" / f.name).write_bytes(f.read_bytes())
    config = load_config(project)
    reporter = Reporter(verbosity=0)
    sources = build.ingest_all(config, reporter)
    facts, _ = build.extract_all(sources, config, reporter)
    return [(e.title, e.sentence) for f in facts for e in f.events]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--examples", type=int, default=40)
    args = parser.parse_args(argv)
    found: list[tuple[str, str, str]] = []
    total = 0
    with tempfile.TemporaryDirectory() as tmp:
        n = 0
        for root in args.dirs:
            for seeds in _seed_folders(root):
                n += 1
                for title, sentence in events_of(seeds, Path(tmp) / f"p{n}"):
                    total += 1
                    why = problem(title, sentence)
                    if why is not None:
                        found.append((seeds.parent.name, title, why))
    share = len(found) / total if total else 0.0
    print(f"titles {total}  fragments {len(found)}  share {share:.3f}")
    for where, title, why in found[: args.examples]:
        print(f"  {where}: {title}  [{why}]")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
