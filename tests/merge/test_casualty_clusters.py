"""merge_casualties' clustering asks only the clusters of a figure's kind, count and
scope, and each distinct place and date of a cluster once: it must form the clusters that
asking same_figure of every member forms."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.merge.casualties import _cluster, _Figure, same_figure
from briefgen.records.content import Ref
from briefgen.records.facts import CasualtyFact

PLACES = [None, "Kyiv", "Lutsk", "central Kyiv", "the port city of Odesa", "Odesa", "Lutsk region"]
DAYS = [None, dt.date(2024, 3, 1), dt.date(2024, 3, 2)]

_figure = st.tuples(
    st.sampled_from(["killed", "injured"]),
    st.integers(1, 3),
    st.sampled_from(["story", "background"]),
    st.sampled_from(PLACES),
    st.sampled_from(DAYS),
)


def _cluster_pairwise(figures: list[_Figure]) -> list[list[_Figure]]:
    """The rule as it reads: a figure joins the first cluster whose every member it matches."""
    clusters: list[list[_Figure]] = []
    for fig in figures:
        for cluster in clusters:
            if all(same_figure(fig.fact, other.fact) for other in cluster):
                cluster.append(fig)
                break
        else:
            clusters.append([fig])
    return clusters


@settings(max_examples=300, deadline=None)
@given(st.lists(_figure, max_size=25))
def test_the_indexed_clusters_are_the_pairwise_clusters(spec) -> None:  # type: ignore[no-untyped-def]
    figures = [
        _Figure(
            f"s{n}",
            CasualtyFact(
                key=f"k{n}",
                kind=kind,
                count=count,
                qualifier="",
                victims=None,
                place=place,
                date=day,
                claimed_by=(),
                ref=Ref(f"s{n}", "p1"),
                scope=scope,
            ),
        )
        for n, (kind, count, scope, place, day) in enumerate(spec)
    ]
    assert _cluster(figures) == _cluster_pairwise(figures)
