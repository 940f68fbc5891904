"""The Financial Times article the project started from: every actor, event and claim the corpus
README lists, with the right claimant and modality (../shared/corpus/README.md)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from proxygraph.loaders.articles import Gazetteer, extract_file, to_json
from proxygraph.loaders.articles.loader import curated

FT = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "000_65f04f461b61a948.txt"
pytestmark = pytest.mark.skipif(not FT.exists(), reason="the shared corpus is not here")


@pytest.fixture(scope="module")
def doc(reference_graph):
    gaz = Gazetteer(curated(reference_graph.entities()))
    return to_json(extract_file(FT, gaz, published=dt.date(2024, 2, 8)))


def by_mention(doc, text):
    found = [e for e in doc["entities"] if any(text == re.sub(r"['’]s$", "", m["text"]) for m in e["mentions"])]
    found = found or [e for e in doc["entities"] if any(text in m["text"] for m in e["mentions"])]
    assert found, f"no entity mentioned as {text!r}"
    return found[0]


def has(doc, s, p, o, claimant=None, modality=None):
    return any(
        c["subject"] == s and c["predicate"] == p and c["object"] == o
        and (claimant is None or c["claimant"] == claimant) and (modality is None or c["modality"] == modality)
        for c in doc["claims"]
    )


@pytest.mark.parametrize("mention, etype", [
    ("Iran", "State"), ("Tehran", "State"), ("Kataib Hizbollah", "ArmedGroup"), ("Kataib Hezbollah", "ArmedGroup"),
    ("Islamic Resistance in Iraq", "Coalition"), ("central command", "StateOrgan"), ("Biden administration", "StateOrgan"),
    ("Houthi", "ArmedGroup"), ("Israel", "State"), ("Hamas", "ArmedGroup"), ("al-Saadi", "Person"),
])
def test_every_actor_is_found_with_its_type(doc, mention, etype):
    assert by_mention(doc, mention)["type"] == etype


def test_spellings_and_metonyms_fold_into_one_actor(doc):
    assert by_mention(doc, "Kataib Hizbollah")["id"] == by_mention(doc, "Kataib Hezbollah")["id"]
    assert by_mention(doc, "Tehran")["id"] == by_mention(doc, "Iran")["id"]
    assert by_mention(doc, "Washington")["id"] == by_mention(doc, "US")["id"]


def test_events_with_actor_place_date_and_toll(doc):
    ids = {e["id"]: e for e in doc["entities"]}
    us, iraq, syria, jordan = (by_mention(doc, n)["id"] for n in ("US", "Iraq", "Syria", "Jordan"))
    strike = by_mention(doc, "drone strike")["id"]                     # the 7 Feb strike in Iraq
    assert ids[strike]["type"] == "Strike"
    assert has(doc, us, "perpetrated", strike) and has(doc, strike, "located_in", iraq)
    jordan_attack = by_mention(doc, "drone attack")["id"]               # late January, 3 killed, 41 injured
    assert ids[jordan_attack]["type"] == "Attack" and has(doc, jordan_attack, "located_in", jordan)
    assert has(doc, strike, "retaliation_for", jordan_attack)
    weekend = by_mention(doc, "struck")["id"]                           # 85 targets, seven sites
    assert has(doc, us, "perpetrated", weekend) and has(doc, weekend, "located_in", iraq) and has(doc, weekend, "located_in", syria)
    yemen = by_mention(doc, "Yemen")["id"]
    houthi_strikes = by_mention(doc, "attacking")["id"]
    assert has(doc, us, "perpetrated", houthi_strikes) and has(doc, houthi_strikes, "located_in", yemen)
    gaza = by_mention(doc, "Gaza")["id"]
    assert has(doc, by_mention(doc, "Israel-Hamas war")["id"], "located_in", gaza)


def test_the_strike_killed_the_commander(doc):
    strike = by_mention(doc, "drone strike")["id"]
    saadi = by_mention(doc, "al-Saadi")["id"]
    assert has(doc, strike, "killed", saadi, "reporter", "reported")   # "a person familiar with the matter said"
    assert has(doc, saadi, "member_of", by_mention(doc, "Kataib Hezbollah")["id"], "reporter", "reported")


def test_claimants_and_modalities(doc):
    us, iran = by_mention(doc, "US")["id"], by_mention(doc, "Iran")["id"]
    iri, kh = by_mention(doc, "Islamic Resistance in Iraq")["id"], by_mention(doc, "Kataib Hizbollah")["id"]
    centcom = by_mention(doc, "central command")["id"]
    jordan_attack = by_mention(doc, "drone attack")["id"]
    strike = by_mention(doc, "drone strike")["id"]
    assert has(doc, iri, "perpetrated", jordan_attack, us, "blamed")
    assert has(doc, kh, "perpetrated", jordan_attack, us, "suspected")
    assert has(doc, iran, "backs", iri, "reporter", "asserted")        # "an umbrella group of Iranian-backed militias"
    assert has(doc, strike, "targeted", kh, centcom, "asserted")       # "central command said ... a Kataib Hizbollah commander"


def test_tehran_denies_directing_the_groups_it_backs(doc):
    iran = by_mention(doc, "Iran")["id"]
    denials = [c for c in doc["claims"] if c["modality"] == "denied"]
    assert any(c["subject"] == iran and c["predicate"] == "backs" and c["claimant"] == iran
               and c["attributes"].get("control") == "directed" for c in denials)
    denial = next(c for c in denials if c["predicate"] == "backs")
    denied = [c for c in doc["claims"] if c["id"] in denial["denies"]]
    assert denied and all(c["modality"] != "denied" for c in denied)


def test_relative_dates_resolve_against_the_publication_date(doc):
    dates = {d["text"]: (d["earliest"], d["latest"]) for d in doc["dates"]}
    assert dates["Wednesday"] == ("2024-02-07", "2024-02-07")
    assert dates["last weekend"][0] <= "2024-02-03" <= dates["last weekend"][1]
    assert dates["October 18"] == ("2023-10-18", "2023-10-18")
    assert dates["last month"] == ("2024-01-01", "2024-01-31")


def test_evidence_is_the_exact_sentence_with_offsets(doc):
    text = FT.read_text(encoding="utf-8")
    for c in doc["claims"]:
        assert text[c["start"]:c["end"]] == c["evidence"]


def test_page_furniture_is_not_content(doc):
    evidence = " ".join(c["evidence"] for c in doc["claims"])
    assert "sign up" not in evidence and "Read the full article" not in evidence
    assert doc["source"]["outlet"] == "Financial Times"
