"""seeds/sources.yaml: metadata a person gives for files that lack it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefgen.errors import BriefgenError, SourceError
from briefgen.yamlfile import InvalidDate, LineDict, parse_yaml

MANIFEST = "sources.yaml"
FIELDS = ("title", "outlet", "url", "published")


@dataclass(frozen=True)
class ManifestEntry:
    """What seeds/sources.yaml says of one file; None: not given."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    # Where the entry is written (for messages); not part of what it says.
    line: int | None = field(default=None, repr=False, compare=False)

    def published_date(self) -> dt.date | None:
        return dt.date.fromisoformat(self.published) if self.published else None


def read_manifest(path: Path) -> dict[str, ManifestEntry]:
    """Entries keyed by file name or stem, as written."""
    if not path.exists():
        return {}
    # Read like content/: aliases (alias bombs), nesting bombs, object tags and
    # duplicate keys are refused with the file and line.
    try:
        raw = parse_yaml(
            path.read_text(encoding="utf-8-sig"), str(path), path, place="seeds/sources.yaml"
        ).data
    except BriefgenError as exc:
        raise SourceError(exc.message, path=path, line=exc.line) from None
    except UnicodeDecodeError:
        raise SourceError("the file is not UTF-8 text", path=path) from None
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise SourceError(
            "expected a mapping of file names to {title, outlet, url, published}", path=path, line=1
        )
    lines = raw.key_lines if isinstance(raw, LineDict) else {}
    return {
        str(name): _entry(str(name), value, path, lines.get(str(name)))
        for name, value in raw.items()
    }


def _entry(name: str, value: Any, path: Path, line: int | None) -> ManifestEntry:
    if value is None:
        return ManifestEntry(line=line)
    if not isinstance(value, dict):
        raise SourceError(
            f"'{name}' must map to fields ({', '.join(FIELDS)}), not {_shown(value)}",
            path=path,
            line=line,
        )
    unknown = sorted(str(k) for k in value if k not in FIELDS)
    if unknown:
        line_of = getattr(value, "line_of", None)
        raise SourceError(
            f"'{name}': unknown field '{unknown[0]}'; valid fields: {', '.join(FIELDS)}",
            path=path,
            line=line_of(unknown[0]) if line_of is not None else line,
        )
    fields: dict[str, str | None] = {}
    for key in FIELDS:
        v = value.get(key)
        line_of = getattr(value, "line_of", None)
        if key == "published" and v is not None:
            v = _iso_date(v, name, path, line_of(key) if line_of is not None else line)
        elif v is not None and not isinstance(v, str):
            # A mapping, a list or a number is no title, outlet or URL (`outlet: 12`);
            # stored as its text it would show on the site as if someone wrote it so.
            raise SourceError(
                f"'{name}': {key} must be text, not {_shown(v)}; put it in quotes if the "
                "text is meant",
                path=path,
                line=line_of(key) if line_of is not None else line,
            )
        fields[key] = v
    return ManifestEntry(**fields, line=line)


def _iso_date(value: Any, name: str, path: Path, line: int | None) -> str:
    if isinstance(value, InvalidDate):
        raise SourceError(f"'{name}': published: {value.problem()}", path=path, line=line)
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise SourceError(
            f"'{name}': published must be a date like 2022-03-11, not {_shown(value)}",
            path=path,
            line=line,
        ) from None


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def entry_for(manifest: Mapping[str, ManifestEntry], path: Path) -> ManifestEntry | None:
    return manifest.get(path.name) or manifest.get(path.stem)
