"""Which event mentions of an article are one event. The sentences are written for this test."""

from __future__ import annotations

from proxygraph.loaders.articles import Gazetteer, extract, parse_article
from proxygraph.ontology import Entity

KNOWN = Gazetteer([
    Entity("houthis", "ArmedGroup", "Houthis", ("Houthi",)),
    Entity("united-states", "State", "United States", ("US",)),
    Entity("gulf-of-aden", "Region", "Gulf of Aden"),
    Entity("red-sea", "Region", "Red Sea"),
])


def events(body: str) -> list[str]:
    x = extract(parse_article(f"title: t\noutlet: Test Wire\npublished: 2024-03-06\n\n{body}\n"), KNOWN)
    return sorted(e.id for e in x.entities if e.type in ("Attack", "Strike", "Event", "Conflict"))


def test_the_same_actors_undated_act_in_the_next_sentence_is_the_same_act():
    body = ("The Houthis said they had hit a cargo ship in the Gulf of Aden. "
            "A Houthi drone struck the Panama-flagged bulk carrier Sea Lark, causing a fire, officials said.")
    assert len(events(body)) == 1


def test_the_same_actors_act_on_something_else_is_another_act():
    body = ("The Houthis struck the tanker Blue Heron, the group said. "
            "A Houthi drone struck the bulk carrier Sea Lark, officials said.")
    assert len(events(body)) == 2


def test_a_trigger_inside_another_triggers_words_is_the_same_event():
    campaign = Entity("shipping-attacks", "Conflict", "Houthi attacks on Red Sea shipping", properties={"date": "2023-11-19"})
    gaz = Gazetteer([*KNOWN.entities.values(), campaign])
    body = "Since November the Houthis have launched repeated attacks on shipping in the Red Sea."
    x = extract(parse_article(f"title: t\noutlet: Test Wire\npublished: 2024-03-06\n\n{body}\n"), gaz)
    assert [e.id for e in x.entities if e.type in ("Attack", "Strike", "Conflict")] == ["shipping-attacks"]
