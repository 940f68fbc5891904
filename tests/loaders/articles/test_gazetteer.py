"""Names fold across spellings and transliterations, without merging different names."""

from __future__ import annotations

import pytest

from proxygraph.loaders.articles import Gazetteer
from proxygraph.loaders.articles.gazetteer import similar
from proxygraph.ontology import Entity

KNOWN = [
    Entity("kataib-hezbollah", "ArmedGroup", "Kataib Hezbollah", ("KH",)),
    Entity("hezbollah", "ArmedGroup", "Hezbollah"),
    Entity("hamas", "ArmedGroup", "Hamas"),
    Entity("abu-baqir-al-saadi", "Person", "Abu Baqir al-Saadi"),
    Entity("united-states", "State", "United States", ("US", "Washington")),
]


@pytest.mark.parametrize("text, expected", [
    ("Kataib Hizbollah said", "kataib-hezbollah"),
    ("Kata'ib Hizballah said", "kataib-hezbollah"),
    ("Kataeb Hezbollah said", "kataib-hezbollah"),
    ("Kataib Hezbollah’s operations", "kataib-hezbollah"),
    ("Hizbollah fired", "hezbollah"),
    ("Hizballah fired", "hezbollah"),
    ("Abu Baqer al-Sa'adi was killed", "abu-baqir-al-saadi"),
    ("officials in Washington said", "united-states"),
])
def test_spelling_variants_find_the_known_entity(text, expected):
    found = Gazetteer(KNOWN).find(text)
    assert [m.entity_id for m in found] == [expected]


def test_the_longest_name_wins():
    assert [m.entity_id for m in Gazetteer(KNOWN).find("Kataib Hezbollah and Hezbollah")] == ["kataib-hezbollah", "hezbollah"]


@pytest.mark.parametrize("a, b", [("hamas", "homs"), ("iran", "iraq"), ("saadi", "sadr")])
def test_different_names_do_not_fold(a, b):
    assert not similar(a, b)


def test_lower_case_words_are_not_acronyms_or_names():
    assert Gazetteer(KNOWN).find("they told us about hamas") == []


def test_a_surname_alone_finds_a_known_person():
    assert [m.entity_id for m in Gazetteer(KNOWN).find("Al-Saadi was in charge")] == ["abu-baqir-al-saadi"]


def test_an_acronym_with_a_possessive_is_the_acronym():
    known = [*KNOWN, Entity("european-union", "Coalition", "European Union", ("EU",))]
    gaz = Gazetteer(known)
    assert [m.entity_id for m in gaz.find("the KH's drones and the EU’s envoy")] == ["kataib-hezbollah", "european-union"]
    assert [m.entity_id for m in gaz.find("US officials said the KHs were")] == ["united-states"]  # no possessive, no acronym
    assert gaz.find("it's what kh's critics say") == []  # lower case: no name, and "it's" keeps its s
