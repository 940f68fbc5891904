"""Ties between actors and places told in passing (loaders/articles/ties.py): a group referred back
to by its nationality, towns placed by an adjective, outlets placed by their city, members counted
with a named one, a group naming or mourning its dead, a unit owned by a short name, blame inside a
description. The sentences are written for this test (not taken from any article of the project)."""

from __future__ import annotations

from news_text import claim_tuples, extract_text

from proxygraph.loaders.articles import Gazetteer
from proxygraph.loaders.articles.ties import nation_of_word
from proxygraph.ontology import Entity

KNOWN = Gazetteer([
    Entity("israel", "State", "Israel", ("Israeli",)),
    Entity("lebanon", "State", "Lebanon", ("Lebanese",)),
    Entity("syria", "State", "Syria", ("Syrian",)),
    Entity("iraq", "State", "Iraq", ("Iraqi",)),
    Entity("iran", "State", "Iran", ("Iranian", "Tehran")),
    Entity("yemen", "State", "Yemen", ("Yemeni",)),
    Entity("turkey", "State", "Turkey", ("Turkish",)),
    Entity("idf", "StateOrgan", "Israeli military", ("Israel Defense Forces",)),
    Entity("irgc", "StateOrgan", "Islamic Revolutionary Guard Corps", ("Revolutionary Guards", "IRGC")),
    Entity("quds-force", "StateOrgan", "Quds Force"),
    Entity("saraya-al-nasr", "ArmedGroup", "Saraya al-Nasr",
           properties={"description": "A Palestinian armed group in the West Bank, close to Iran."}),
    Entity("liwa-al-fajr", "ArmedGroup", "Liwa al-Fajr",
           properties={"description": "The most powerful Iran-aligned militia in Iraq."}),
    Entity("jaish-al-jabal", "ArmedGroup", "Jaish al-Jabal",
           properties={"description": "Lebanon's second Shia militia, founded in 1990."}),
    Entity("ansar-al-bahr", "ArmedGroup", "Ansar al-Bahr"),
    Entity("karim-nassar", "Person", "Karim Nassar"),
    Entity("walid-saleh", "Person", "Walid Saleh"),
    Entity("omar-hakim", "Person", "Omar Hakim"),
    Entity("hadi-mansour", "Person", "Hadi Mansour"),
    Entity("khalil-rahmani", "Person", "Khalil Rahmani"),
    Entity("nablus", "Settlement", "Nablus"),
    Entity("tyre", "Settlement", "Tyre"),
    Entity("sidon", "Settlement", "Sidon"),
    Entity("hodeidah", "Settlement", "Hodeidah"),
    Entity("mosul", "Settlement", "Mosul"),
    Entity("basra", "Settlement", "Basra"),
    Entity("al-minbar", "Organization", "Al-Minbar"),
    Entity("sawt-al-shaab", "Organization", "Sawt al-Shaab"),
])


def claims(body: str, published: str = "2024-09-20") -> set[tuple]:
    return claim_tuples(extract_text(body, KNOWN, published))


def test_nation_words():
    assert nation_of_word("Lebanese") == "lebanon"
    assert nation_of_word("Lebanon's") == "lebanon"
    assert nation_of_word("Palestinian") == "palestine"
    assert nation_of_word("Shia") is None


# -- a group referred back to by its nationality ------------------------------------------------------

def test_the_palestinian_group_is_the_palestinian_group_named_before():
    got = claims("Saraya al-Nasr fighters fired mortars at a checkpoint on Monday. Liwa al-Fajr has attacked "
                 "bases in Syria for months, and Liwa al-Fajr said on Tuesday it had launched drones at Israel. "
                 "Officials said the Palestinian group's raid on a checkpoint near Nablus on Wednesday killed two soldiers.")
    assert any(c[0] == "saraya-al-nasr" and c[1] == "perpetrated" for c in got if "raid" in c[2] or "nablus" in c[2])
    assert not any(c[0] == "liwa-al-fajr" and c[1] == "perpetrated" and "nablus" in c[2] for c in got)


def test_the_lebanese_militia_read_from_the_article_when_no_description():
    # Ansar al-Bahr has no description: "Yemen's Ansar al-Bahr" says where it is from
    got = claims("Yemen's Ansar al-Bahr said on Monday it had fired a missile at a tanker. Jaish al-Jabal "
                 "fighters clashed with Israeli troops on Tuesday. The Yemeni group's drone attack on the port "
                 "of Eilat on Wednesday caused no damage, the Israeli military said.")
    assert not any(c[0] == "jaish-al-jabal" and c[1] == "perpetrated" and "eilat" in c[2] for c in got)


def test_its_palestinian_ally_is_the_palestinian_group():
    got = claims("Saraya al-Nasr said on Sunday it had fired rockets at Israel. Jaish al-Jabal has shelled Israeli "
                 "posts every day since May, in what it calls solidarity with its Palestinian ally.")
    assert ("jaish-al-jabal", "allied_with", "saraya-al-nasr", "jaish-al-jabal", "asserted") in got \
        or ("saraya-al-nasr", "allied_with", "jaish-al-jabal", "jaish-al-jabal", "asserted") in got


def test_a_name_after_the_description_is_left_to_the_name():
    got = claims("Jaish al-Jabal fired rockets on Monday. The Iraqi militia Liwa al-Fajr said on Tuesday it had "
                 "launched drones at Israel.")
    assert not any(c[0] == "jaish-al-jabal" and c[3] == "jaish-al-jabal" and c[1] == "perpetrated" and "drone" in c[2] for c in got)


# -- places ------------------------------------------------------------------------------------------

def test_the_adjective_town_of_x():
    got = claims("Two people were wounded when a drone hit a car in the Lebanese coastal city of Tyre on Friday.")
    assert ("tyre", "located_in", "lebanon", "reporter", "asserted") in got


def test_the_possessive_port_city_of_x():
    got = claims("Warplanes struck fuel depots near Yemen's port city of Hodeidah overnight, residents said.")
    assert ("hodeidah", "located_in", "yemen", "reporter", "asserted") in got


def test_an_outlet_placed_by_its_city():
    got = claims("Sawt al-Shaab, a Mosul daily close to the militias, said the raid had killed four guards.")
    assert ("sawt-al-shaab", "located_in", "mosul", "reporter", "asserted") in got


def test_an_outlet_described_by_nationality_is_not_placed():
    got = claims("Al-Minbar, an Iraqi newspaper, said the raid had killed four guards.")
    assert not any(c[0] == "al-minbar" and c[1] == "located_in" for c in got)


# -- members counted with a named one ------------------------------------------------------------------

def test_x_and_three_other_group_fighters():
    got = claims("The Israeli military said it had killed Karim Nassar and three other Saraya al-Nasr fighters in "
                 "an air strike near Nablus on Thursday.")
    assert ("karim-nassar", "member_of", "saraya-al-nasr", "idf", "asserted") in got


def test_x_along_with_two_fellow_members():
    got = claims("Walid Saleh was killed along with two fellow Liwa al-Fajr commanders in a drone strike in Basra on Sunday.")
    assert ("walid-saleh", "member_of", "liwa-al-fajr", "reporter", "asserted") in got


def test_x_and_other_officials_of_a_state_is_no_membership():
    got = claims("Omar Hakim and two other Turkish officials met in Basra on Sunday.")
    assert not any(c[1] == "member_of" for c in got)


# -- a group naming or mourning its dead ----------------------------------------------------------------

def test_group_mourned_x_as_a_commander():
    got = claims("Liwa al-Fajr on Saturday mourned Hadi Mansour as a \"heroic commander\" and vowed revenge.")
    assert ("hadi-mansour", "member_of", "liwa-al-fajr", "liwa-al-fajr", "asserted") in got


def test_x_whom_the_group_hailed_as_a_martyr():
    got = claims("The dead included Omar Hakim, whom Jaish al-Jabal hailed as one of its founding leaders.")
    assert ("omar-hakim", "member_of", "jaish-al-jabal", "jaish-al-jabal", "asserted") in got


def test_group_confirmed_the_death_and_named_him():
    got = claims("An Israeli drone hit a car near Sidon on Monday. Jaish al-Jabal announced the death of one of its "
                 "commanders in a statement and identified him as Khalil Rahmani.")
    assert ("khalil-rahmani", "member_of", "jaish-al-jabal", "jaish-al-jabal", "asserted") in got


def test_named_him_without_a_death_of_its_own_is_no_membership():
    got = claims("Jaish al-Jabal accused a spy of helping Israel and named him as Khalil Rahmani.")
    assert not any(c[0] == "khalil-rahmani" and c[1] == "member_of" for c in got)


# -- a unit owned by a short name ------------------------------------------------------------------------

def test_the_guards_quds_force():
    got = claims("Iran's Revolutionary Guards said on Monday they would respond. Karim Nassar, an adviser to the "
                 "Guards' Quds Force, was killed in Syria on Sunday.")
    assert ("quds-force", "part_of", "irgc", "reporter", "asserted") in got


# -- blame inside a description --------------------------------------------------------------------------

def test_called_the_strike_an_escalation_by_x():
    got = claims("A drone strike hit a house in Tyre on Monday, killing three people. Al-Minbar, a Tyre newspaper "
                 "close to the militia, called the strike a reckless escalation by Israel.")
    assert any(c[:2] == ("israel", "perpetrated") and c[3:] == ("al-minbar", "blamed") for c in got)
    assert not any(c[3] == "jaish-al-jabal" for c in got)


# -- backing, listing and membership told in more ways (support.py) --------------------------------------

def test_receives_weapons_from_x():
    got = claims("Jaish al-Jabal receives most of its rockets and cash from Iran, according to analysts.")
    assert ("iran", "backs", "jaish-al-jabal", "reporter", "reported") in got


def test_gets_drones_from_x_said_by_a_state():
    got = claims("Liwa al-Fajr gets its drones directly from Tehran, the Israeli military said.")
    assert ("iran", "backs", "liwa-al-fajr", "idf", "asserted") in got


def test_an_iranian_proxy_in_apposition_and_as_predicate():
    assert ("iran", "backs", "ansar-al-bahr", "reporter", "asserted") in claims(
        "Ansar al-Bahr, an Iranian proxy, has threatened ships near Hodeidah for months.")
    assert ("syria", "backs", "jaish-al-jabal", "reporter", "asserted") in claims(
        "Analysts describe it differently, but Jaish al-Jabal is a Syrian client with its own aims.")


def test_a_proxy_word_without_a_state_adjective_is_nothing():
    got = claims("Ansar al-Bahr, a regional proxy, has threatened ships near Hodeidah for months.")
    assert not any(c[1] == "backs" for c in got)


def test_which_x_says_is_backed_by_y():
    got = claims("Liwa al-Fajr, which Israel says is armed by Iran, denied the charge on Monday.")
    assert ("iran", "backs", "liwa-al-fajr", "israel", "asserted") in got


def test_both_members_of():
    got = claims("Liwa al-Fajr and Saraya al-Nasr, both members of Jaish al-Jabal, praised the raid.")
    assert ("liwa-al-fajr", "member_of", "jaish-al-jabal", "reporter", "asserted") in got
    assert ("saraya-al-nasr", "member_of", "jaish-al-jabal", "reporter", "asserted") in got


def test_operates_under_the_umbrella_of():
    assert ("liwa-al-fajr", "part_of", "irgc", "reporter", "asserted") in claims(
        "Liwa al-Fajr operates nominally under the umbrella of the Islamic Revolutionary Guard Corps.")
    assert ("liwa-al-fajr", "member_of", "jaish-al-jabal", "reporter", "asserted") in claims(
        "Liwa al-Fajr fights under the banner of Jaish al-Jabal in the south.")


def test_under_sanctions_and_which_was_designated():
    assert ("syria", "sanctioned", "sawt-al-shaab", "reporter", "asserted") in claims(
        "Sawt al-Shaab has been under Syrian sanctions since 2019.")
    assert ("turkey", "sanctioned", "liwa-al-fajr", "reporter", "asserted") in claims(
        "Liwa al-Fajr, which Turkey designated a terrorist group in 2021, said it had fired drones at a base.")


def test_x_is_ys_closest_ally():
    got = claims("Jaish al-Jabal is Syria's most loyal ally in the region.")
    assert ("jaish-al-jabal", "allied_with", "syria", "reporter", "asserted") in got \
        or ("syria", "allied_with", "jaish-al-jabal", "reporter", "asserted") in got


def test_the_outlets_hedges():
    got = claims("Liwa al-Fajr allegedly carried out a drone attack on a base near Basra on Sunday.")
    assert any(c[0] == "liwa-al-fajr" and c[1] == "perpetrated" and c[3:] == ("reporter", "suspected") for c in got)
    assert ("iran", "backs", "jaish-al-jabal", "reporter", "reported") in claims(
        "Jaish al-Jabal reportedly receives funding from Iran.")
    assert ("iran", "backs", "liwa-al-fajr", "reporter", "suspected") in claims(
        "Iran is widely believed to have armed Liwa al-Fajr.")


# -- who speaks -----------------------------------------------------------------------------------------

def test_a_clause_after_said_is_no_inverted_speaker():
    # "X's spokesman, Y, said the group would ...": Y speaks; Y's role is the reporter's description
    got = claims("Jaish al-Jabal's spokesman, Karim Nassar, said the group would fire more rockets at Israel.")
    assert ("karim-nassar", "member_of", "jaish-al-jabal", "reporter", "asserted") in got
    assert not any(c[3] == "jaish-al-jabal" for c in got)


def test_a_possessive_author_in_speech_is_the_speakers_blame():
    # "Israel's raid on ..." in a speaker's words names the author (blamed), unlike an adjective label
    got = claims("Karim Nassar, a Jaish al-Jabal commander, said on Monday that the group's rockets were a "
                 "response to Israel's raid on a village near Tyre on Sunday.")
    assert any(c[:2] == ("israel", "perpetrated") and c[3:] == ("karim-nassar", "blamed") for c in got)


# -- more attribution ----------------------------------------------------------------------------------

DRONE = "A drone hit a base near Basra on Sunday. "


def test_a_charge_the_group_denied():
    got = claims(DRONE + "Turkey blamed the attack on Liwa al-Fajr, an accusation the group swiftly rejected.")
    assert any(c[:2] == ("liwa-al-fajr", "perpetrated") and c[3:] == ("turkey", "blamed") for c in got)
    assert any(c[:2] == ("liwa-al-fajr", "perpetrated") and c[3:] == ("liwa-al-fajr", "denied") for c in got)


def test_pointed_the_finger_at():
    got = claims(DRONE + "Turkey pointed the finger at Liwa al-Fajr and Jaish al-Jabal.")
    assert any(c[:2] == ("liwa-al-fajr", "perpetrated") and c[3:] == ("turkey", "blamed") for c in got)
    assert any(c[:2] == ("jaish-al-jabal", "perpetrated") and c[3:] == ("turkey", "blamed") for c in got)


def test_is_suspected_of_carrying_out():
    got = claims(DRONE + "Jaish al-Jabal is suspected of carrying out the attack.")
    assert any(c[:2] == ("jaish-al-jabal", "perpetrated") and c[3:] == ("reporter", "suspected") for c in got)
    got = claims(DRONE + "The Israeli military said Jaish al-Jabal was suspected of launching the attack.")
    assert any(c[:2] == ("jaish-al-jabal", "perpetrated") and c[3:] == ("idf", "suspected") for c in got)


def test_said_x_had_ordered_the_attack():
    got = claims(DRONE + "Turkey said Iran had personally ordered the attack.")
    assert any(c[:2] == ("iran", "perpetrated") and c[3:] == ("turkey", "blamed") for c in got)


def test_saying_after_a_blame_is_a_plain_statement():
    got = claims(DRONE + "Turkey held Iran responsible for the attack, saying Tehran had armed Liwa al-Fajr.")
    assert ("iran", "backs", "liwa-al-fajr", "turkey", "asserted") in got


def test_unnamed_governments_are_unnamed_sources():
    got = claims("Western governments say Iran arms and funds Liwa al-Fajr.")
    assert ("iran", "backs", "liwa-al-fajr", "reporter", "reported") in got


def test_supplies_weapons_to():
    assert ("iran", "backs", "ansar-al-bahr", "israel", "asserted") in claims(
        "Israel says the port is a conduit for the rockets that Iran ships to Ansar al-Bahr.")
    assert ("iran", "backs", "jaish-al-jabal", "idf", "asserted") in claims(
        "Iran has sent drones and cash to Jaish al-Jabal since 2019, according to the Israeli military.")
    assert not any(c[1] == "backs" for c in claims("Iran sent a delegation to Jaish al-Jabal on Monday."))


def test_he_had_been_a_member_of():
    got = claims("Walid Saleh was killed on Monday. Liwa al-Fajr said he had been a member of Jaish al-Jabal.")
    assert ("walid-saleh", "member_of", "jaish-al-jabal", "liwa-al-fajr", "asserted") in got


def test_what_he_called_national_aggression():
    got = claims("Israeli jets struck a depot near Hodeidah on Saturday. Karim Nassar, a spokesman for Ansar "
                 "al-Bahr, condemned what he called \"brutal Israeli aggression\" against Yemen.")
    assert any(c[:2] == ("israel", "perpetrated") and c[3:] == ("karim-nassar", "blamed") for c in got)
    # condemning an act the outlet names is no statement of who did it (docs/articles-gold.md 5.5)
    got = claims("Israeli jets struck a depot near Hodeidah on Saturday. Turkey condemned the Israeli aggression.")
    assert not any(c[3] == "turkey" for c in got)


def test_a_quotation_running_on_into_the_next_sentence():
    got = claims("\"We will not stop,\" Karim Nassar said on Monday. \"Iran arms Liwa al-Fajr, and everyone knows it.\"")
    assert ("iran", "backs", "liwa-al-fajr", "karim-nassar", "asserted") in got
    got = claims("\"We will not stop,\" Karim Nassar said on Monday. Iran arms Liwa al-Fajr, officials believe.")
    assert not any(c[3] == "karim-nassar" for c in got)


def test_other_ways_to_claim_an_attack():
    for said in ("Liwa al-Fajr acknowledged carrying out the attack.", "Liwa al-Fajr admitted responsibility for the attack.",
                 "Liwa al-Fajr took credit for the attack on Monday."):
        got = claims(DRONE + said)
        assert any(c[:2] == ("liwa-al-fajr", "perpetrated") and c[3:] == ("liwa-al-fajr", "claimed_responsibility") for c in got), said


def test_a_group_close_to_a_state_body():
    assert ("irgc", "backs", "liwa-al-fajr", "reporter", "asserted") in claims(
        "Liwa al-Fajr, which is close to Iran's Revolutionary Guards, denied any role on Monday.")
    assert ("irgc", "backs", "jaish-al-jabal", "reporter", "asserted") in claims(
        "Jaish al-Jabal is one of the militias closest to the Islamic Revolutionary Guard Corps.")
    # an outlet close to a group: no backing (only a state or its organ is a patron here)
    assert not any(c[1] == "backs" for c in claims("Al-Minbar, a newspaper close to Liwa al-Fajr, said two men died."))


# -- relations told across sentences -------------------------------------------------------------------

FIRED = "Liwa al-Fajr fired drones at a base near Basra on Sunday. "


def test_a_pronoun_subject_is_backed():
    assert ("iran", "backs", "liwa-al-fajr", "reporter", "asserted") in claims(FIRED + "It is backed by Iran.")
    assert ("iran", "backs", "liwa-al-fajr", "reporter", "reported") in claims(FIRED + "They are funded and armed by Iran, officials say.")


def test_the_groups_commander_in_apposition():
    assert ("walid-saleh", "member_of", "liwa-al-fajr", "reporter", "asserted") in claims(
        FIRED + "Walid Saleh, the group's commander in the south, was not hurt.")


def test_one_of_several_backed_factions():
    assert ("iran", "backs", "liwa-al-fajr", "reporter", "asserted") in claims(
        FIRED + "The militia is one of several Iran-backed factions in Iraq.")
    assert ("syria", "backs", "jaish-al-jabal", "reporter", "asserted") in claims(
        "Jaish al-Jabal, one of the most powerful Syrian-funded groups, fired rockets at a post.")


def test_which_the_state_funds():
    assert ("iran", "backs", "liwa-al-fajr", "reporter", "asserted") in claims(
        FIRED + "The group, which Iran funds and arms, has also fought in Syria.")


def test_led_by():
    assert ("walid-saleh", "leads", "liwa-al-fajr", "reporter", "asserted") in claims(FIRED + "The group is led by Walid Saleh.")
    assert ("walid-saleh", "leads", "jaish-al-jabal", "reporter", "asserted") in claims(
        "Jaish al-Jabal is headed by Walid Saleh, a former army officer.")


# -- sanctions -------------------------------------------------------------------------------------------

def test_coordinated_states_each_sanction():
    got = claims("Turkey and Syria imposed sanctions on Liwa al-Fajr on Monday.")
    assert ("turkey", "sanctioned", "liwa-al-fajr", "reporter", "asserted") in got
    assert ("syria", "sanctioned", "liwa-al-fajr", "reporter", "asserted") in got


def test_sanctions_meant_to_cut_off_the_groups_funding():
    got = claims(FIRED + "Turkey and Syria have answered with air strikes and with sanctions meant to cut off the group's funding.")
    assert ("turkey", "sanctioned", "liwa-al-fajr", "reporter", "asserted") in got
    assert ("syria", "sanctioned", "liwa-al-fajr", "reporter", "asserted") in got


def test_the_group_and_its_leader_are_both_sanctioned():
    got = claims(FIRED + "Turkey has imposed sanctions on the group and its leader, Walid Saleh.")
    assert ("turkey", "sanctioned", "liwa-al-fajr", "reporter", "asserted") in got
    assert ("turkey", "sanctioned", "walid-saleh", "reporter", "asserted") in got


def test_sanctioned_by_in_a_passive_or_apposition():
    assert ("turkey", "sanctioned", "liwa-al-fajr", "reporter", "asserted") in claims(
        "Liwa al-Fajr, a militia sanctioned by Turkey, fired drones at a base near Basra on Sunday.")
    assert ("turkey", "sanctioned", "jaish-al-jabal", "reporter", "asserted") in claims(
        "Jaish al-Jabal was designated a terrorist organisation by Turkey in 2020.")


# -- unnamed on purpose, hedged believers ------------------------------------------------------------------

def test_speakers_kept_unnamed_on_purpose_are_unnamed_sources():
    for who in ("Israeli officials, who asked not to be named,", "A senior Turkish official, who was not authorised to brief the media,"):
        got = claims(DRONE + who + " said Liwa al-Fajr was behind the attack.")
        assert any(c[:2] == ("liwa-al-fajr", "perpetrated") and c[3:] == ("reporter", "reported") for c in got), who
    got = claims(DRONE + "Turkey said Liwa al-Fajr was behind the attack.")
    assert any(c[:2] == ("liwa-al-fajr", "perpetrated") and c[3:] == ("turkey", "blamed") for c in got)


def test_unnamed_media_are_unnamed_sources():
    got = claims(DRONE + "According to Israeli media, Liwa al-Fajr carried out the attack.")
    assert any(c[:2] == ("liwa-al-fajr", "perpetrated") and c[3:] == ("reporter", "reported") for c in got)


def test_a_belief_at_the_end_of_the_sentence():
    got = claims(DRONE + "Liwa al-Fajr carried out the attack, Turkish intelligence officials believe.")
    assert any(c[:2] == ("liwa-al-fajr", "perpetrated") and c[3:] == ("turkey", "suspected") for c in got)


def test_a_compound_is_no_nationality_of_the_group():
    got = claims("Saraya al-Nasr fighters fired mortars at a checkpoint on Monday. Jaish al-Jabal said on Tuesday it had "
                 "launched drones at Israel. The Syrian-backed Palestinian group's raid near Nablus on Wednesday killed two soldiers.")
    assert not any(c[0] == "jaish-al-jabal" and c[1] == "perpetrated" and "nablus" in c[2] for c in got)


# -- denials -----------------------------------------------------------------------------------------------

def test_denies_that_it_supplies_weapons():
    got = claims("Iran denies that it provides weapons to Liwa al-Fajr.")
    assert ("iran", "backs", "liwa-al-fajr", "iran", "denied") in got
    got = claims("Iran denied it arms Liwa al-Fajr.")
    assert ("iran", "backs", "liwa-al-fajr", "iran", "denied") in got
    assert ("iran", "backs", "liwa-al-fajr", "reporter", "asserted") not in got


def test_the_group_dismissed_the_claims_in_the_next_sentence():
    got = claims(DRONE + "Turkey blamed Liwa al-Fajr. The group dismissed the claims as baseless.")
    assert any(c[:2] == ("liwa-al-fajr", "perpetrated") and c[3:] == ("liwa-al-fajr", "denied") for c in got)


def test_distanced_itself_from_the_attack():
    got = claims(DRONE + "Liwa al-Fajr distanced itself from the attack.")
    assert any(c[:2] == ("liwa-al-fajr", "perpetrated") and c[3:] == ("liwa-al-fajr", "denied") for c in got)


def test_a_group_claims_its_own_act_not_the_other_sides_told_last():
    x = extract_text("Drones hit a base near Basra on Friday. Turkish jets bombed a depot near Mosul on Saturday. "
                     "Liwa al-Fajr claimed the attack within hours.", KNOWN, "2024-09-20")
    got = claim_tuples(x)
    turkish = {c[2] for c in got if c[:2] == ("turkey", "perpetrated")}
    assert turkish
    assert not any(c[0] == "liwa-al-fajr" and c[2] in turkish for c in got)


# -- labels and accusations -------------------------------------------------------------------------------

def test_pro_state_labels():
    assert ("iran", "backs", "liwa-al-fajr", "reporter", "asserted") in claims(
        "The pro-Iranian militia Liwa al-Fajr fired rockets at a base near Basra on Sunday.")
    assert ("syria", "backs", "jaish-al-jabal", "reporter", "asserted") in claims(
        "A pro-Syrian group, Jaish al-Jabal, fired rockets at a post near Tyre on Sunday.")


def test_aligned_with_and_predicate_compounds():
    assert ("iran", "backs", "ansar-al-bahr", "reporter", "asserted") in claims(
        "Ansar al-Bahr, which is closely aligned with Iran, fired drones at a tanker.")
    assert ("iran", "backs", "ansar-al-bahr", "reporter", "asserted") in claims("Ansar al-Bahr is Iran-aligned, analysts agree.")


def test_passive_accusations():
    assert ("iran", "backs", "liwa-al-fajr", "reporter", "reported") in claims("Iran is accused of arming Liwa al-Fajr.")
    got = claims("Iran has been accused by Israel of supplying Jaish al-Jabal with rockets.")
    assert ("iran", "backs", "jaish-al-jabal", "israel", "blamed") in got
    assert not any(c[0] == "israel" and c[1] == "backs" for c in got)
    assert ("iran", "backs", "jaish-al-jabal", "reporter", "asserted") not in got
    got = claims(DRONE + "Liwa al-Fajr is accused of carrying out the attack.")
    assert any(c[:2] == ("liwa-al-fajr", "perpetrated") and c[3:] == ("reporter", "reported") for c in got)


def test_an_accusation_of_supplying_is_no_statement_of_the_outlet():
    got = claims("Israel accused Iran of supplying Jaish al-Jabal with rockets.")
    assert ("iran", "backs", "jaish-al-jabal", "israel", "blamed") in got
    assert ("iran", "backs", "jaish-al-jabal", "reporter", "asserted") not in got


def test_the_states_allies_including():
    got = claims("Syria's allies in the region, including Jaish al-Jabal and Liwa al-Fajr, condemned the raid.")
    assert ("jaish-al-jabal", "allied_with", "syria", "reporter", "asserted") in got
    assert ("liwa-al-fajr", "allied_with", "syria", "reporter", "asserted") in got


def test_a_member_of_the_state_led_front():
    got = claims("Liwa al-Fajr, a member of the Syrian-led Jaish al-Jabal, fired drones at a base near Basra.")
    assert ("liwa-al-fajr", "member_of", "jaish-al-jabal", "reporter", "asserted") in got


# -- a piece built around the statements of several officials ---------------------------------------------

MANY = ("Drones struck a fuel depot near Mosul on Tuesday, killing two guards, Iraqi officials said.\n"
        "Turkish Defence Minister Omar Hakim said Liwa al-Fajr had carried out the attack. \"They will pay for this,\" "
        "Hakim told reporters in Ankara. \"Iran arms them and Iran directs them.\"\n"
        "Iran's foreign ministry spokesman, Khalil Rahmani, rejected the accusation. He said Tehran had no role in the "
        "attack and that the group made its own decisions.\n"
        "Liwa al-Fajr's spokesman, Walid Saleh, said the group had not been involved, adding that Jaish al-Jabal was to blame.\n")


def test_several_officials_each_keep_their_words():
    got = claims(MANY)
    perp = {(c[0], c[3], c[4]) for c in got if c[1] == "perpetrated"}
    assert ("liwa-al-fajr", "omar-hakim", "blamed") in perp
    assert ("iran", "backs", "liwa-al-fajr", "omar-hakim", "asserted") in got        # the quotation runs on
    assert ("iran", "backs", "liwa-al-fajr", "khalil-rahmani", "denied") in got      # "rejected the accusation"
    assert ("iran", "khalil-rahmani", "denied") in perp                              # "He said Tehran had no role"
    assert ("liwa-al-fajr", "walid-saleh", "denied") in perp                         # "had not been involved"
    assert ("jaish-al-jabal", "walid-saleh", "blamed") in perp                       # "was to blame"
    assert not any(c[0] == "khalil-rahmani" and c[1] == "perpetrated" for c in got)


# -- a denial against a counter-claim ----------------------------------------------------------------------

PITCH = "A rocket hit a football pitch in Tyre on Saturday, killing ten children. "


def test_a_counter_claim_caused_by_the_other_side():
    got = claims(PITCH + "Israel said Liwa al-Fajr had fired the rocket. Liwa al-Fajr denied firing it, saying the blast "
                         "was caused by an Israeli interceptor missile.")
    perp = {(c[0], c[3], c[4]) for c in got if c[1] == "perpetrated"}
    assert {("liwa-al-fajr", "israel", "blamed"), ("liwa-al-fajr", "liwa-al-fajr", "denied"), ("israel", "liwa-al-fajr", "blamed")} <= perp


def test_said_the_group_was_responsible():
    got = claims(PITCH + "Liwa al-Fajr denied any involvement, but Israel said the group was responsible.")
    perp = {(c[0], c[3], c[4]) for c in got if c[1] == "perpetrated"}
    assert {("liwa-al-fajr", "israel", "blamed"), ("liwa-al-fajr", "liwa-al-fajr", "denied")} <= perp


def test_responsible_for_something_else_is_no_blame():
    got = claims(PITCH + "Israel said Jaish al-Jabal is responsible for security in the area.")
    assert not any(c[1] == "perpetrated" for c in got)


def test_a_town_on_a_states_coast():
    got = claims("Warplanes bombed the port of Hodeidah on Yemen's Red Sea coast on Saturday.")
    assert ("hodeidah", "located_in", "yemen", "reporter", "asserted") in got


def test_a_group_named_twice_in_the_sentence():
    got = claims("The raid near Nablus killed Karim Nassar and two other Saraya al-Nasr fighters, Saraya al-Nasr said on Monday.")
    assert ("karim-nassar", "member_of", "saraya-al-nasr", "saraya-al-nasr", "asserted") in got
    got = claims("Israeli warplanes bombed the port of Hodeidah on Yemen's coast, a day after a Yemeni drone hit Tel Aviv.")
    assert ("hodeidah", "located_in", "yemen", "reporter", "asserted") in got
