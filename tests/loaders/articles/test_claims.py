"""How news attributes, hedges and denies: each pattern gives the claimant and modality it should.

The sentences are written for this test (not taken from the sample corpus)."""

from __future__ import annotations

import pytest

from news_text import claim_tuples, extract_text

from proxygraph.loaders.articles import Gazetteer, extract, parse_article
from proxygraph.ontology import Entity

KNOWN = Gazetteer([
    Entity("united-states", "State", "United States", ("US", "Washington")),
    Entity("iran", "State", "Iran", ("Tehran",)),
    Entity("israel", "State", "Israel"),
    Entity("us-dod", "StateOrgan", "US Department of Defense", ("Pentagon", "the Pentagon")),
    Entity("kataib-hezbollah", "ArmedGroup", "Kataib Hezbollah"),
    Entity("houthis", "ArmedGroup", "Houthis", ("Houthi",)),
    Entity("hezbollah", "ArmedGroup", "Hezbollah"),
    Entity("islamic-resistance-in-iraq", "Coalition", "Islamic Resistance in Iraq"),
    Entity("iraq", "State", "Iraq"),
    Entity("syria", "State", "Syria"),
    Entity("jordan", "State", "Jordan"),
])


def claims(body: str, published: str = "2024-03-06") -> set[tuple]:
    return claim_tuples(extract_text(body, KNOWN, published))


@pytest.mark.parametrize("body, expected", [
    ("The Iranian-backed Houthis fired a missile at a ship.",
     ("iran", "backs", "houthis", "reporter", "asserted")),
    ("Hezbollah, the Lebanese movement that is armed and funded by Tehran, fired rockets.",
     ("iran", "backs", "hezbollah", "reporter", "asserted")),
    ("Kataib Hezbollah is part of the Islamic Resistance in Iraq.",
     ("kataib-hezbollah", "member_of", "islamic-resistance-in-iraq", "reporter", "asserted")),
    ("The Islamic Resistance in Iraq, an umbrella group that includes Kataib Hezbollah, fired drones at a base.",
     ("kataib-hezbollah", "member_of", "islamic-resistance-in-iraq", "reporter", "asserted")),
])
def test_the_reporters_own_voice_is_asserted(body, expected):
    assert expected in claims(body)


def test_a_named_body_blames_another_for_an_attack():
    found = claims("A drone attack hit a base in Jordan on Sunday. The Pentagon blamed Kataib Hezbollah for the attack.")
    assert any(c[:2] == ("kataib-hezbollah", "perpetrated") and c[3:] == ("us-dod", "blamed") for c in found)


def test_an_anonymous_source_is_reported_by_the_reporter():
    found = claims("A drone attack hit a base in Jordan on Sunday. A person familiar with the matter said Kataib Hezbollah was behind the attack.")
    assert any(c[:2] == ("kataib-hezbollah", "perpetrated") and c[3:] == ("reporter", "reported") for c in found)


def test_a_hedge_is_a_suspicion():
    found = claims("A drone attack hit a base in Jordan on Sunday. US officials suspect Kataib Hezbollah carried out the attack.")
    assert any(c[:2] == ("kataib-hezbollah", "perpetrated") and c[3:] == ("united-states", "suspected") for c in found)


def test_a_group_claiming_an_attack():
    found = claims("The Islamic Resistance in Iraq claimed responsibility for a drone attack on a base in Syria on Monday.")
    assert any(c[:2] == ("islamic-resistance-in-iraq", "perpetrated") and c[3:] == ("islamic-resistance-in-iraq", "claimed_responsibility")
               for c in found)


def test_a_denial_is_its_own_claim_and_points_at_what_it_denies():
    body = ("A drone attack hit a base in Jordan on Sunday. Washington blamed Iran for the attack. "
            "Iran denied any role in the attack.")
    x = extract(parse_article(f"title: t\noutlet: Test Wire\npublished: 2024-01-30\n\n{body}\n"), KNOWN)
    denial = next(c for c in x.claims if c.modality == "denied")
    assert (denial.subject, denial.predicate, denial.claimant) == ("iran", "perpetrated", "iran")
    assert [x.claims[i].modality for i in denial.denies] == ["blamed"]


def test_acting_independently_denies_direction_not_backing():
    found = claims("Kataib Hezbollah is part of the Islamic Resistance in Iraq. "
                   "Tehran insists the groups it backs act independently.")
    assert ("iran", "backs", "islamic-resistance-in-iraq", "iran", "denied") in found


def test_a_negated_attribution_is_no_claim():
    found = claims("A drone attack hit a base in Jordan on Sunday. Washington has avoided blaming Iran for the attack.")
    assert not any(c[1] == "perpetrated" and c[0] == "iran" for c in found)


def test_a_conditional_event_is_no_event():
    found = claims("Hezbollah warned that if Israel launched a war on Lebanon, it would respond.")
    assert not any(c[1] == "perpetrated" and c[0] == "israel" for c in found)


def test_a_state_announcing_its_own_strike_claims_it():
    found = claims("The Pentagon said US forces had struck three facilities in Iraq on Tuesday.")
    assert any(c[:2] == ("united-states", "perpetrated") and c[3:] == ("us-dod", "claimed_responsibility") for c in found)


def test_a_sentence_final_attribution_covers_the_sentence():
    found = claims("US forces struck two facilities in Syria on Thursday, the Pentagon said.")
    assert any(c[1] == "located_in" and c[2] == "syria" and c[3] == "us-dod" for c in found)
