"""What each build added or revised: the change log in content/changes.yaml.

The store stage appends one change set per build that brought something new (new
sources, new or revised figures, new events, new quotes by notable speakers), dated
with the build's date. The log lives in content/ because it is part of the briefing's
history: git keeps it with the facts, and a rebuild with nothing new leaves it (and the
"What's new" page and feed made from it) byte for byte as it was.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace

from briefgen.errors import ConfigError
from briefgen.records import content as c

# A speaker is notable when at least this many sources mention them: their new quotes
# are news; a bystander's are not.
NOTABLE_SOURCES = 2


def build_date() -> dt.date:
    """Today (UTC), or SOURCE_DATE_EPOCH's day, so that a build can be reproduced."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None or not epoch.strip():
        return dt.datetime.now(dt.timezone.utc).date()
    try:
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date()
    except (ValueError, OverflowError, OSError):
        raise ConfigError(
            f"SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not {epoch!r}"
        ) from None


def _notable(content: c.Content) -> set[str]:
    return {
        actor.id
        for actor in content.actors
        if len({ref.source for ref in actor.mentions}) >= NOTABLE_SOURCES
    }


def change_set(before: c.Content, after: c.Content, day: dt.date) -> c.ChangeSet:
    """What ``after`` has that ``before`` had not (ids in the order of their files)."""
    old_sources = {s.id for s in before.sources}
    old_figures = {x.id: x for x in before.casualties}
    old_events = {e.id for e in before.events}
    old_quotes = {q.id for q in before.quotes}
    notable = _notable(after)
    new_figures: list[str] = []
    revised: list[str] = []
    for figure in after.casualties:
        old = old_figures.get(figure.id)
        if old is None:
            updates = figure.supersedes is not None and figure.supersedes in old_figures
            (revised if updates else new_figures).append(figure.id)
        elif (old.count, old.qualifier) != (figure.count, figure.qualifier):
            revised.append(figure.id)
    return c.ChangeSet(
        date=day,
        sources=tuple(s.id for s in after.sources if s.id not in old_sources),
        figures=tuple(new_figures),
        revised=tuple(revised),
        events=tuple(e.id for e in after.events if e.id not in old_events),
        quotes=tuple(q.id for q in after.quotes if q.id not in old_quotes and q.speaker in notable),
    )


def record_changes(before: c.Content, after: c.Content, day: dt.date | None = None) -> c.Content:
    """``after`` with its change log: ``before``'s, plus this build's change set if it
    brought anything. A log's first change set (a new briefing, or one that kept no log
    yet) lists everything there is: what a reader arriving now finds."""
    since = before if before.changes else c.Content(briefing=before.briefing)
    found = change_set(since, after, day or build_date())
    log = before.changes if found.is_empty() else (*before.changes, found)
    return replace(after, changes=log)
