"""Disputes on the hand-written story and on one-paragraph sets written for each rule."""

from __future__ import annotations

import dataclasses

from briefgen.config import Config
from briefgen.merge import merge_facts
from briefgen.records.content import Content
from briefgen.records.source import Source
from briefgen.summarize.corpus import Corpus
from briefgen.summarize.disputes import find_disputes
from briefgen.summarize.figures import casualty_disputes

from .conftest import make_source


def _disputes(sources: tuple[Source, ...], content: Content, config: Config):  # type: ignore[no-untyped-def]
    return find_disputes(Corpus.build(sources), content, config)


def test_progress_claimed_and_denied_is_a_dispute(
    story_sources: tuple[Source, ...], story_content: Content, config: Config
) -> None:
    disputes = _disputes(story_sources, story_content, config)
    progress = next(d for d in disputes if "progress" in d.about)
    actors = [s.actor for s in progress.sides]
    assert actors[0] == "abdel-fattah-al-burhan"
    assert "mohamed-hamdan" in actors or "omar-saeed" in actors
    burhan = progress.sides[0]
    assert {r.source for r in burhan.sources} >= {"a1", "b1"}


def test_a_denied_attack_is_a_dispute_between_accuser_and_denier(
    story_sources: tuple[Source, ...], story_content: Content, config: Config
) -> None:
    disputes = _disputes(story_sources, story_content, config)
    attack = next(d for d in disputes if "Omdurman" in d.about and "attack" in d.about)
    actors = [s.actor for s in attack.sides]
    assert "rapid-support-forces" in actors
    assert any(a and "officials" in a for a in actors)


def test_differing_figures_are_a_dispute_unless_one_supersedes_the_other(
    story_content: Content,
) -> None:
    disputes = casualty_disputes(story_content)
    assert len(disputes) == 1
    counts = sorted(s.claim for s in disputes[0].sides)
    assert counts == ["15 people killed", "at least 12 people killed"]
    twelve = next(c for c in story_content.casualties if c.count == 12)
    fifteen = next(c for c in story_content.casualties if c.count == 15)
    updated = dataclasses.replace(
        story_content,
        casualties=(twelve, dataclasses.replace(fifteen, supersedes=twelve.id)),
    )
    assert casualty_disputes(updated) == []


def test_agreement_is_not_a_dispute(config: Config) -> None:
    sources = (
        make_source(
            "x1",
            [
                "The foreign minister said on Monday that the talks had made real progress "
                "toward a deal.",
                "His counterpart also said there had been progress in the talks on Monday.",
            ],
        ),
        make_source(
            "x2",
            [
                "Officials from both delegations said the talks had produced progress on "
                "prisoner exchanges.",
            ],
        ),
    )
    content = merge_facts(sources, (), config)
    assert _disputes(sources, content, config) == ()


def test_a_negated_denial_is_not_a_denial(config: Config) -> None:
    sources = (
        make_source(
            "y1",
            [
                "Rockets struck a school in the town of Karvel on Tuesday, killing four people, "
                "regional officials said.",
                "The defence minister did not deny the strike on the school.",
            ],
        ),
    )
    content = merge_facts(sources, (), config)
    assert _disputes(sources, content, config) == ()


def test_an_accusation_and_the_accused_party_denial_is_a_dispute(config: Config) -> None:
    sources = (
        make_source(
            "z1",
            [
                "Environmental prosecutors accused the mining company Orex of poisoning the "
                "river with cyanide, officials said on Monday.",
            ],
        ),
        make_source(
            "z2",
            [
                "Orex denied the allegations in a brief statement issued by its head office "
                "on Tuesday.",
            ],
        ),
    )
    content = merge_facts(sources, (), config)
    disputes = _disputes(sources, content, config)
    assert len(disputes) == 1
    assert "Orex" in disputes[0].about
    sides = {s.actor: [r.source for r in s.sources] for s in disputes[0].sides}
    assert sides == {"Environmental prosecutors": ["z1"], "Orex": ["z2"]}


def _with_actors(sources: tuple[Source, ...], config: Config, *names: tuple[str, str, str]):  # type: ignore[no-untyped-def]
    """Content whose actors are (source, name, kind) mentions."""
    from briefgen.records.content import Ref
    from briefgen.records.facts import ActorMention, SourceFacts

    facts = tuple(
        SourceFacts(
            s.id,
            actors=tuple(
                ActorMention(name.lower(), name, kind, refs=(Ref(s.id, "p1"),))
                for sid, name, kind in names
                if sid == s.id
            ),
        )
        for s in sources
    )
    return merge_facts(sources, facts, config)


def test_a_rejected_accusation_answers_the_accusation_just_before_it(config: Config) -> None:
    sources = (
        make_source(
            "r1",
            [
                "Opposition lawmaker Dana Kerimova said at least 40 people had died in the "
                "floods and accused the authorities of hiding the real toll.",
                "Interior Minister Aidar Bekov rejected the accusation on Tuesday.",
            ],
        ),
    )
    content = _with_actors(
        sources,
        config,
        ("r1", "Dana Kerimova", "person"),
        ("r1", "Aidar Bekov", "person"),
    )
    disputes = _disputes(sources, content, config)
    assert len(disputes) == 1
    assert {s.actor for s in disputes[0].sides} == {"dana-kerimova", "aidar-bekov"}


def test_a_claim_against_a_company_and_the_company_denial_is_a_dispute(config: Config) -> None:
    sources = (
        make_source(
            "s1",
            [
                "Villagers and engineer Omar Tashiev say the mine's owner, Orex Mining, "
                "ignored repeated warnings about the tailings dam.",
                "The company denied receiving any written warning from the villagers.",
            ],
        ),
    )
    content = _with_actors(
        sources,
        config,
        ("s1", "Omar Tashiev", "person"),
        ("s1", "Orex Mining", "organization"),
    )
    disputes = _disputes(sources, content, config)
    assert len(disputes) == 1
    assert "Orex Mining" in disputes[0].about
    assert {s.actor for s in disputes[0].sides} == {"omar-tashiev", "orex-mining"}


def test_a_reported_action_without_a_denial_is_no_dispute(config: Config) -> None:
    sources = (
        make_source(
            "t1",
            [
                "Engineer Omar Tashiev says Orex Mining repaired the tailings dam in April.",
                "The company said it would publish the inspection report next month.",
            ],
        ),
    )
    content = _with_actors(
        sources,
        config,
        ("t1", "Omar Tashiev", "person"),
        ("t1", "Orex Mining", "organization"),
    )
    assert _disputes(sources, content, config) == ()


def test_an_accusation_made_with_a_rival_toll_joins_that_toll_dispute(config: Config) -> None:
    from briefgen.records.content import Ref
    from briefgen.records.facts import ActorMention, CasualtyFact, SourceFacts

    sources = (
        make_source(
            "f1",
            [
                "The interior ministry said 21 people had been killed in the floods.",
                "Opposition lawmaker Dana Kerimova said at least 40 people had died in the "
                "floods and accused the authorities of hiding the real toll.",
                "Interior Minister Aidar Bekov rejected the accusation on Tuesday.",
            ],
        ),
    )

    def toll(key: str, count: int, qualifier: str, who: str, para: str) -> CasualtyFact:
        return CasualtyFact(
            key, "killed", count, qualifier, "people", None, None, (who,), Ref("f1", para)
        )

    facts = (
        SourceFacts(
            "f1",
            actors=tuple(
                ActorMention(n.lower(), n, "person", refs=(Ref("f1", p),))
                for n, p in (("Dana Kerimova", "p2"), ("Aidar Bekov", "p3"))
            ),
            casualties=(
                toll("k21", 21, "exact", "interior ministry", "p1"),
                toll("k40", 40, "at_least", "dana kerimova", "p2"),
            ),
        ),
    )
    content = merge_facts(sources, facts, config)
    disputes = _disputes(sources, content, config)
    assert len(disputes) == 1
    assert "killed" in disputes[0].about
    assert {s.actor for s in disputes[0].sides} == {
        "interior ministry",
        "dana-kerimova",
        "aidar-bekov",
    }


def test_the_ministry_is_never_an_organisation_without_ministry_in_its_name(
    config: Config,
) -> None:
    from briefgen.summarize.claims import ActorIndex

    sources = (
        make_source(
            "m1",
            [
                "NATO said on Monday that it would send more troops to the region.",
                "The ministry denied that any troops had crossed the border.",
                "Orex Mining said the tailings dam had been inspected in April.",
                "The company denied receiving any written warning.",
            ],
        ),
    )
    content = _with_actors(
        sources, config, ("m1", "NATO", "organization"), ("m1", "Orex Mining", "organization")
    )
    corpus = Corpus.build(sources)
    actors = ActorIndex(content)
    assert actors.last_organization(corpus, 1, "ministry") is None
    found = actors.last_organization(corpus, 3, "company")
    assert found is not None and found.actor == "orex-mining"


def test_the_accuser_speaks_for_an_attack_not_whoever_else_the_sentence_quotes(
    config: Config,
) -> None:
    sources = (
        make_source(
            "w1",
            [
                "Rebel leaders accused government forces of shelling a clinic in the town of "
                "Marvik on Monday, while local doctors said no one was hurt.",
                "The army denied shelling the clinic.",
            ],
        ),
        make_source(
            "w2",
            [
                "Talks between the two sides are due to resume in Geneva next month.",
                "Aid agencies said food prices had doubled since the spring.",
                "The United Nations appealed for more funds for the region.",
                "Heavy rain has cut several roads in the north of the country.",
            ],
        ),
    )
    content = merge_facts(sources, (), config)
    disputes = _disputes(sources, content, config)
    assert len(disputes) == 1
    actors = {(s.actor or "").lower() for s in disputes[0].sides}
    assert not any("doctors" in a for a in actors)
    assert any("rebel" in a for a in actors) and any("army" in a for a in actors)


def test_the_rules_keep_no_parse_after_find_disputes(
    story_sources: tuple[Source, ...], story_content: Content, config: Config
) -> None:
    from briefgen.summarize import disputes

    rules = [disputes._assessments, disputes._object_of, disputes._has_attack]
    rules += [disputes._denial_verb, disputes._names_casualties]
    assert len(disputes._FORGET_PARSES) == len(rules)  # every cached rule is forgotten
    assert _disputes(story_sources, story_content, config)
    assert all(rule.cache_info().currsize == 0 for rule in rules)  # type: ignore[attr-defined]
