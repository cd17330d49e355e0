"""A stance found n times (an accusation against every denial of it) is kept once with
weight n: the majority an actor keeps must be the one n copies give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.summarize.claims import Speaker
from briefgen.summarize.disputes import Stance, _settle_turncoats

SPEAKERS = [Speaker("a-kiboko", True), Speaker("Police", False), Speaker("police", False)]
_stance = st.builds(
    lambda speaker, polarity, index: Stance("the accusations against X", polarity, speaker, index),
    st.sampled_from(SPEAKERS),
    st.sampled_from([1, -1]),
    st.integers(0, 3),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_stance, max_size=20))
def test_weighted_stances_settle_as_their_copies_do(found) -> None:  # type: ignore[no-untyped-def]
    weights: dict[Stance, int] = {}
    for s in found:
        weights[s] = weights.get(s, 0) + 1
    copies = _settle_turncoats([(s, 1) for s in found])
    weighted = _settle_turncoats(list(weights.items()))
    assert list(dict.fromkeys(copies)) == list(dict.fromkeys(weighted))


def test_one_accusation_denied_three_times_outweighs_two_denials_by_its_maker() -> None:
    police = Speaker("Police", False)
    accusation = Stance("t", 1, police, 0)
    denials = [Stance("t", -1, police, 5), Stance("t", -1, police, 6)]
    settled = _settle_turncoats([(accusation, 3), (denials[0], 1), (denials[1], 1)])
    assert {s.polarity for s in settled} == {1}
