"""How wire copy tells an attack: its words, its toll, its dead, who owns it, and which later mention
is the same act (loaders/articles/event_rules.py and the event identity rules of resolve.py).

The sentences are invented for this test; the actors and places are made up or generic.
"""

from __future__ import annotations

from news_text import claim_tuples, extract_text

from proxygraph.loaders.articles import Gazetteer
from proxygraph.ontology import Entity

KNOWN = Gazetteer([
    Entity("al-shabaab", "ArmedGroup", "al-Shabaab"),
    Entity("islamic-state", "ArmedGroup", "Islamic State"),
    Entity("hezbollah", "ArmedGroup", "Hezbollah"),
    Entity("houthis", "ArmedGroup", "Houthis", ("Houthi",)),
    Entity("somalia", "State", "Somalia"),
    Entity("mali", "State", "Mali"),
    Entity("israel", "State", "Israel"),
    Entity("iran", "State", "Iran"),
    Entity("syria", "State", "Syria"),
    Entity("yemen", "State", "Yemen"),
    Entity("united-states", "State", "United States", ("US",)),
    Entity("mogadishu", "Settlement", "Mogadishu"),
    Entity("gao", "Settlement", "Gao"),
    Entity("tel-rimah", "Settlement", "Tel Rimah"),
    Entity("red-sea", "Region", "Red Sea"),
    Entity("nadia-karam", "Person", "Nadia Karam"),
    Entity("yusuf-dar", "Person", "Yusuf Dar"),
    Entity("hamid-rostami", "Person", "Hamid Rostami"),
])
EVENTS = ("Attack", "Strike", "Event", "Conflict")


def run(body: str):
    return extract_text(body, KNOWN, "2024-05-18")


def events(x) -> list:
    return [e for e in x.entities if e.type in EVENTS]


claims = claim_tuples


# -- the words for an attack -------------------------------------------------------------------------

def test_a_bomb_that_went_off_is_an_attack_the_group_then_claims():
    x = run("A car bomb went off outside a police station in Gao on Thursday, killing nine people. "
            "Islamic State claimed responsibility for the attack.")
    (ev,) = events(x)
    assert ev.type == "Attack" and ev.properties["fatalities"] == 9
    assert ("islamic-state", "perpetrated", ev.id, "islamic-state", "claimed_responsibility") in claims(x)
    assert (ev.id, "located_in", "gao", "reporter", "asserted") in claims(x)


def test_the_blast_refers_back_to_the_bombing_and_gives_its_toll():
    x = run("A suicide bomber struck a wedding hall in Gao on Wednesday. The blast left 11 dead and 30 wounded, a local official said.")
    (ev,) = events(x)
    assert ev.properties["fatalities"] == 11 and ev.properties["injuries"] == 30


def test_gunmen_storming_a_building_is_an_attack():
    x = run("Gunmen stormed a hotel in Mogadishu on Friday. al-Shabaab said it carried out the assault.")
    (ev,) = events(x)
    assert ("al-shabaab", "perpetrated", ev.id, "al-shabaab", "claimed_responsibility") in claims(x)


def test_what_caused_the_blast_is_no_author_of_the_attack():
    # "the blast was caused by an Israeli interceptor": an account of the blast, not a second author
    x = run("A rocket hit a playground in Tel Rimah on Saturday, killing four children. "
            "Hezbollah said the blast had been caused by an Israeli interceptor missile.")
    (ev,) = events(x)
    assert not [c for c in x.claims if c.predicate == "perpetrated" and c.subject == "israel" and c.claimant == "reporter"]


# -- who did it ---------------------------------------------------------------------------------------

def test_a_states_weapon_as_the_subject_is_the_states_act():
    x = run("An Israeli drone struck a motorcycle near Tel Rimah on Monday, killing two men.")
    (ev,) = events(x)
    assert ev.type == "Strike"
    assert ("israel", "perpetrated", ev.id, "reporter", "asserted") in claims(x)


def test_said_it_was_behind_the_attack_claims_it():
    x = run("Gunmen attacked an army post near Gao on Tuesday, killing five soldiers. "
            "Islamic State said it was behind the attack.")
    (ev,) = events(x)
    assert ("islamic-state", "perpetrated", ev.id, "islamic-state", "claimed_responsibility") in claims(x)


def test_people_killed_in_an_attack_did_not_carry_it_out():
    # "Three US soldiers were killed ... in a drone attack": the US was hit, it did not strike
    x = run("Three US soldiers were killed and 25 wounded in a drone attack on a desert outpost in Syria on Sunday.")
    (ev,) = events(x)
    assert not [c for c in x.claims if c.predicate == "perpetrated" and c.subject == "united-states"]
    assert (ev.id, "targeted", "united-states", "reporter", "asserted") in claims(x)
    assert ev.properties["fatalities"] == 3 and ev.properties["injuries"] == 25


# -- the toll and the dead ----------------------------------------------------------------------------

def test_a_toll_told_before_the_events_noun():
    x = run("Gunmen opened fire on a bus in Mogadishu on Monday. At least seven people were wounded in the attack, police said.")
    (ev,) = events(x)
    assert ev.properties.get("injuries") == 7


def test_the_named_dead_in_a_list_after_including():
    x = run("An Israeli strike on a flat in Tel Rimah on Tuesday killed six people, including Yusuf Dar and Nadia Karam.")
    (ev,) = events(x)
    got = claims(x)
    assert (ev.id, "killed", "yusuf-dar", "reporter", "asserted") in got
    assert (ev.id, "killed", "nadia-karam", "reporter", "asserted") in got


def test_a_rank_before_the_name_after_among_them():
    x = run("The April 2 strike in Tel Rimah killed five officers of the Guards, among them Brigadier General Hamid Rostami.")
    (ev,) = events(x)
    assert (ev.id, "killed", "hamid-rostami", "reporter", "asserted") in claims(x)


def test_the_dead_commander_named_in_a_later_sentence():
    x = run("An Israeli strike killed a senior Hezbollah commander near Tel Rimah on Tuesday, two security sources said. "
            "Hezbollah confirmed his death and named him as Yusuf Dar.")
    (ev,) = events(x)
    got = claims(x)
    assert (ev.id, "killed", "yusuf-dar", "reporter", "reported") in got  # the sources' account, told first
    assert (ev.id, "killed", "yusuf-dar", "hezbollah", "asserted") in got  # the group's naming


# -- which mention is which act -----------------------------------------------------------------------

def test_answered_with_strikes_answers_the_other_sides_acts():
    x = run("The Houthis fired two missiles at a tanker in the Red Sea on May 10. "
            "The United States answered with air strikes on Houthi radar sites in Yemen on May 12.")
    strike = next(e for e in events(x) if e.type == "Strike")
    attack = next(e for e in events(x) if e.type == "Attack")
    assert (strike.id, "retaliation_for", attack.id, "reporter", "asserted") in claims(x)


def test_a_plural_anaphor_refers_to_an_act_told_by_a_verb():
    x = run("US forces bombed four depots in Syria on Thursday. "
            "A monitoring group said two fighters were killed in the American raids.")
    (ev,) = events(x)
    assert ("united-states", "perpetrated", ev.id, "reporter", "asserted") in claims(x)


def test_the_attack_in_a_new_paragraph_is_the_storys_act_not_the_older_one_it_answered():
    x = run("Iran fired dozens of missiles at Israel on Saturday in retaliation for a strike on its embassy in Syria "
            "on April 1.\n\nThe April 1 strike killed five officers. Iran blamed Israel for that attack.\n\n"
            "Iran's envoy said the attack was an act of self-defence.\n\nIsrael said it had intercepted most of the missiles "
            "and that the attack had failed.")
    ids = {e.id: e for e in events(x)}
    iran_attack = next(i for i in ids if i.startswith("iran"))
    older = next(i for i in ids if i != iran_attack)
    mentions = {m[0] for m in ids[iran_attack].mentions}
    assert "attack" in mentions  # the later "the attack"s are Iran's
    assert ("israel", "perpetrated", older, "iran", "blamed") in claims(x)


def test_the_village_hit_is_where_the_strike_was_not_the_country_around_it():
    x = run("An Israeli strike on the village of Tel Rimah in southern Syria late on Monday killed a senior Hezbollah commander.")
    (ev,) = events(x)
    assert (ev.id, "located_in", "tel-rimah", "reporter", "asserted") in claims(x)
    assert (ev.id, "located_in", "syria", "reporter", "asserted") not in claims(x)


def test_answering_with_strikes_is_one_act_the_next_sentence_tells_more_of():
    # "responded with air strikes" (not "have answered with repeated strikes"): one answer, not a campaign
    x = run("Hezbollah fired rockets at Tel Rimah on Sunday. Israel responded with air strikes on Hezbollah posts, "
            "the army said. The Israeli strikes killed two fighters.")
    strikes = [e for e in events(x) if e.type == "Strike"]
    assert len(strikes) == 1 and strikes[0].properties.get("fatalities") == 2


def test_a_rising_toll_told_by_the_anaphor_is_the_same_act():
    x = run("A car bomb exploded outside a court in Gao on Monday, killing nine people. "
            "The blast killed 14 people, officials said later.")
    (ev,) = events(x)
    assert ev.properties["fatalities"] == 14


def test_opening_fire_on_people_is_an_attack():
    x = run("Islamic State gunmen opened fire on a bus near Gao on Monday, killing three people.")
    (ev,) = events(x)
    assert ev.type == "Attack" and ("islamic-state", "perpetrated", ev.id, "reporter", "asserted") in claims(x)


def test_a_states_diplomatic_premises_hit_are_the_state_hit():
    x = run("Iran said the strike on Iranian diplomatic premises in Tel Rimah on April 2 was a crime.")
    (ev,) = events(x)
    assert any(c.subject == ev.id and c.predicate == "targeted" and c.object == "iran" for c in x.claims)


def test_calling_ones_own_act_self_defence_claims_it():
    x = run("Iran fired dozens of missiles at Israel on Saturday.\n\n"
            "Iran's ambassador to the United Nations, Hamid Rostami, described the operation as an act of self-defence.")
    (ev,) = events(x)
    assert ("iran", "perpetrated", ev.id, "hamid-rostami", "claimed_responsibility") in claims(x)


def test_where_the_missiles_landed_is_where_the_attack_was():
    x = run("Iran fired dozens of drones and missiles at Israel on Saturday. "
            "An Israeli army spokesman said a few missiles had landed inside Israel.")
    (ev,) = events(x)
    assert any(c.subject == ev.id and c.predicate == "located_in" and c.object == "israel" and c.claimant != "reporter" for c in x.claims)


def test_a_ship_burning_somewhere_after_being_hit_was_hit_there():
    x = run("A bulk carrier was on fire in the Red Sea on Thursday after it was struck by a Houthi drone, the US military said.")
    (ev,) = events(x)
    assert (ev.id, "located_in", "red-sea", "united-states", "asserted") in claims(x)


def test_missiles_that_hit_it_hit_the_ship_named_before_and_later_mentions_are_that_attack():
    gaz = Gazetteer([*KNOWN.entities.values(), Entity("sea-falcon", "Site", "Sea Falcon"),
                     Entity("gulf-of-aden", "Region", "Gulf of Aden")])
    x = extract_text("The crew of the cargo ship Sea Falcon left the vessel in the Gulf of Aden after two missiles hit it "
                     "late on Tuesday. The Houthis claimed the attack.\n\nThe ship was sailing to Djibouti when it was struck. "
                     "A maritime agency said the crew had abandoned the ship after an attack. "
                     "A security firm said the Sea Falcon had been hit by two missiles.", gaz, "2024-05-18")
    (ev,) = events(x)
    got = claims(x)
    assert (ev.id, "targeted", "sea-falcon", "reporter", "asserted") in got
    assert (ev.id, "located_in", "gulf-of-aden", "reporter", "asserted") in got
    assert ("houthis", "perpetrated", ev.id, "houthis", "claimed_responsibility") in got


def test_a_campaign_told_by_who_wages_it_and_an_episode_of_it():
    campaign = Entity("houthi-shipping-campaign", "Conflict", "Houthi attacks on Red Sea shipping", properties={"date": "2023-11-19"})
    gaz = Gazetteer([*KNOWN.entities.values(), campaign])
    x = extract_text("A Houthi missile struck a tanker in the Red Sea on Tuesday. It was the deadliest attack yet in the campaign "
                     "the Houthis have waged against merchant ships in the Red Sea since November.", gaz, "2024-05-18")
    act = next(e for e in events(x) if e.type == "Attack")
    got = claims(x)
    assert ("houthis", "perpetrated", "houthi-shipping-campaign", "reporter", "asserted") in got
    assert (act.id, "part_of_event", "houthi-shipping-campaign", "reporter", "asserted") in got


def test_the_same_sides_undated_act_later_in_the_story_is_the_storys_act():
    gaz = Gazetteer([*KNOWN.entities.values(), Entity("idf", "StateOrgan", "Israel Defense Forces", ("Israeli military",)),
                     Entity("port-said-x", "Settlement", "Ras Kanda")])
    x = extract_text("Israeli warplanes bombed the port of Ras Kanda on Saturday.\n\n"
                     "The Israeli military said its jets had hit Houthi military targets in the port area. "
                     "A spokesman called the raid a long-range mission.", gaz, "2024-05-18")
    strikes = [e for e in events(x) if e.type == "Strike"]
    assert len(strikes) == 1


def test_the_first_time_x_had_struck_y_is_no_act_of_its_own():
    x = run("Israeli warplanes bombed a port in Yemen on Saturday. It was the first time Israel had openly struck Yemen "
            "since the Houthis started firing drones at it last October.")
    (ev,) = events(x)
    assert ev.properties.get("date") is not None and ev.properties["date"].month == 5


def test_a_drone_that_exploded_somewhere_is_an_attack_dated_by_the_opening_time():
    x = run("Before dawn on Friday a drone flew in from the sea and exploded in an apartment building in Tel Rimah, "
            "killing one man. The Houthis claimed the attack.")
    (ev,) = events(x)
    assert ev.properties.get("date") is not None
    got = claims(x)
    assert (ev.id, "located_in", "tel-rimah", "reporter", "asserted") in got
    assert ("houthis", "perpetrated", ev.id, "houthis", "claimed_responsibility") in got


def test_an_act_the_story_act_followed_is_not_the_story_act():
    # "The strike followed an attack that ...": two acts, even though the attack is told with no details
    x = run("Israeli warplanes bombed a port in Yemen on Saturday. The strike followed an attack that killed a man in "
            "Tel Rimah on Friday.")
    bombing = next(c.object for c in x.claims if c.predicate == "perpetrated" and c.subject == "israel")
    assert not [c for c in x.claims if c.subject == bombing and c.object == "tel-rimah"]


def test_an_act_a_day_before_the_story_act_is_another_act_on_another_day():
    x = run("US warplanes struck two depots of Islamic State in Syria early on Wednesday, a day after an American "
            "gunship killed fighters near Gao.")
    dated = sorted(str(e.properties.get("date")) for e in events(x))
    assert len(events(x)) == 2 and "2024-05-15" in dated


def test_the_act_of_those_a_strike_hit_is_not_that_strike():
    # "militants who had fired a missile at the base": their act, not the gunship's
    gaz = Gazetteer([*KNOWN.entities.values(), Entity("camp-delta", "Site", "Camp Delta")])
    x = extract_text("US warplanes struck two Islamic State depots in Syria on Wednesday, killing militants who had fired a "
                     "missile at Camp Delta.", gaz, "2024-05-18")
    strike = next(c.object for c in x.claims if c.predicate == "perpetrated" and c.subject == "united-states")
    assert (strike, "targeted", "camp-delta", "reporter", "asserted") not in claims(x)


def test_quoted_adjectives_keep_the_strikes_definite_and_one_act():
    x = run('US jets struck two Islamic State depots in Syria on Wednesday. The Pentagon said the "discrete, precision strikes" '
            "hit a command centre near Gao.")
    strikes = [e for e in events(x) if e.type == "Strike"]
    assert len(strikes) == 1


def test_a_weapon_that_killed_someone_is_an_attack_even_with_words_between():
    x = run("A drone launched by Hezbollah killed a man in Tel Rimah on Friday.")
    (ev,) = events(x)
    got = claims(x)
    assert ("hezbollah", "perpetrated", ev.id, "reporter", "asserted") in got
    assert (ev.id, "located_in", "tel-rimah", "reporter", "asserted") in got


def test_we_struck_them_is_the_speakers_side_not_the_speaker():
    gaz = Gazetteer([*KNOWN.entities.values(), Entity("dan-orr", "Person", "Dan Orr")])
    x = extract_text('Israeli warplanes bombed a port in Yemen on Saturday. "When they harmed our citizens, we struck them," '
                     "Dan Orr said.", gaz, "2024-05-18")
    assert not [c for c in x.claims if c.predicate == "perpetrated" and c.subject == "dan-orr"]
