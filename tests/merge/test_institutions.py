"""Institutions named head first and head last: joined per distinct naming, the clusters
are those of comparing every mention with every other (the rule as first written)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.merge.actors import _Clusters, _join_institutions, _Mention, institution_namings
from briefgen.records.facts import ActorMention

NAMES = (
    "Health Ministry",
    "Ministry of Health",
    "Ministry of Public Health",
    "Public Health Ministry",
    "Emergencies Ministry",
    "Ministry of Emergency Situations",
    "Interior Ministry",
    "Ministry of the Interior",
    "Ministry of Health and Interior",
    "Defence Council",
    "Council of Defence",
    "Red Cross",
)


def pairwise(mentions: list[_Mention]) -> dict[int, list[int]]:
    uf = _Clusters(len(mentions))
    keys = list(institution_namings(mentions))
    for i, head_first, head, words_a in keys:
        for j, other_first, other_head, words_b in keys:
            if head_first and not other_first and head == other_head and words_b <= words_a:
                uf.union(i, j)
    return uf.groups()


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(NAMES), st.sampled_from(("organization", "person"))),
        max_size=14,
    )
)
def test_institutions_cluster_as_every_pair_compared(named: list[tuple[str, str]]) -> None:
    mentions = [
        _Mention(f"s{k}", ActorMention(key=f"a{k}", name=name, kind=kind))
        for k, (name, kind) in enumerate(named)
    ]
    uf = _Clusters(len(mentions))
    _join_institutions(mentions, uf)
    assert uf.groups() == pairwise(mentions)
