"""What an event cluster's match must give, found the slow way: same_event against one
member of every distinct shape (another source's where there is one), then the best
key-word overlap. The indexed EventCluster.match is tested against this."""

from __future__ import annotations

from briefgen.merge.event_clusters import EventCluster
from briefgen.merge.same_event import ReportedEvent, overlap, same_event


def match_by_every_shape(
    cluster: EventCluster, ev: ReportedEvent, actor_kinds: dict[str, str]
) -> float | None:
    same = any(
        same_event(
            ev,
            next((o for s, o in by.items() if s != ev.source), None) or by[ev.source],
            actor_kinds,
        )
        for by in cluster.shapes.values()
    )
    best = max(overlap(ev.keywords, shape[0]) for shape in cluster.shapes)
    return best if same else None
