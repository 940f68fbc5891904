"""Word lists for finding and typing names in news: titles, occupations, kinds of organisations,
head words of groups, organs, sites and regions, place words, the world's states and capitals.

They are general vocabulary of how news names things; none holds the actors of a particular story.
"""

from __future__ import annotations

import re

__all__ = [
    "LOCATIVE", "TITLES", "GROUP_HEADS", "COALITION_HEADS", "ORGAN_HEADS", "ORG_HEADS", "AID", "HEADS",
    "GENERIC_HEADS", "MEDIA", "PLACE_WORDS", "OF_PLACE", "SITE_HEADS", "REGION_HEADS", "NOT_NAMES", "KNOWN_GROUPS",
    "TITLE_WORDS", "COUNTRIES", "COUNTRY_KEYS", "WORLD_CAPITALS", "NATIONALITIES", "TO_HEADS", "SHIP_WORDS",
    "OCCUPATIONS", "ORG_NOUNS", "APPOS_ORG", "APPOS_NP", "APPOS_KINDS", "ARMED", "LIST_TYPES", "ADDRESSEES",
    "ARMED_SERVICE", "DOCUMENTS", "GROUP_NOUNS", "APPOS_PLACE", "PLACE_KINDS", "ROLES", "AFTER_PLACE", "HIT_NOUNS", "STATE_ACRONYMS", "NOT_ACTORS", "HOLY", "COMPASS",
    "CONNECT", "WORLD_DEMONYMS", "STATE_NOUNS", "KNOWN_ORGANS", "STATE_SHORT", "ORG_SHORT",
]

LOCATIVE = {"in", "near", "at", "from", "outside", "across", "off", "into", "over", "to", "inside", "around", "toward", "towards", "of"}
TITLES = {
    "president", "secretary", "minister", "general", "gen", "lt", "col", "colonel", "maj", "major", "admiral", "adm",
    "sheikh", "commander", "spokesman", "spokeswoman", "spokesperson", "leader", "chief", "official", "adviser",
    "advisor", "envoy", "ambassador", "cleric", "mr", "mrs", "ms", "dr", "sgt", "capt", "captain", "brig",
    "premier", "king", "prince", "senator", "sen", "rep", "representative", "ayatollah", "imam", "sayyed", "sayyid",
    "head", "deputy", "founder", "emir", "cmdr", "lieutenant", "sergeant", "private", "specialist", "spc",
    "speaker", "director", "chairman", "chairwoman", "governor", "mayor", "pope", "patriarch", "marshal", "commodore", "haj",
    "hajj", "hajji", "mullah", "mufti", "hojatoleslam", "sheik", "shaykh", "corporal", "cpl", "pfc", "ensign", "sultan", "mp",
    "mk", "congressman", "congresswoman", "lawmaker", "legislator", "councillor", "councilor",
}
GROUP_HEADS = {
    "brigades", "brigade", "kataib", "kataeb", "harakat", "asaib", "saraya", "liwa", "ansar", "hezbollah", "hizbollah",
    "hizballah", "movement", "militia", "battalion", "battalions", "party", "jihad", "army", "mujahideen", "faction",
    "group", "jaish", "hashd", "badr", "nujaba", "fatemiyoun", "zainabiyoun", "legion", "units", "ashab", "jund", "usbat", "sarayat",
    "katibat", "tanzim", "jamaat", "ahrar", "jabhat", "fursan", "quwat", "faylaq", "kataeb", "alwiya", "tajammu",
}
COALITION_HEADS = {"resistance", "coalition", "alliance", "axis", "front", "umbrella", "mobilization", "mobilisation", "framework"}
ORGAN_HEADS = {
    "ministry", "department", "command", "corps", "guard", "guards", "administration", "pentagon", "navy",
    "council", "office", "agency", "directorate", "forces", "force", "military", "cabinet", "parliament",
    "treasury", "government", "intelligence", "commission", "authority", "congress", "senate", "knesset", "majlis", "service",
}
ORG_HEADS = {
    "carriers", "observatory", "company", "corp", "corporation", "inc", "ltd", "shipping", "maritime", "lines", "university", "institute",
    "committee", "cross", "crescent", "nations", "association", "union", "news", "times", "post", "journal",
    "bank", "foundation", "center", "centre", "watch", "agency", "tv", "television", "radio", "broadcasting",
    "organisation", "organization", "fund", "programme", "program", "management", "shipmanagement", "holdings", "logistics",
    "tankers", "navigation", "partners", "petroleum", "airways", "airlines", "industries", "technologies", "trading", "llc",
    "plc", "gmbh", "consulting", "group", "court", "tribunal", "league",
}
AID = {"refugee", "refugees", "relief", "aid", "rescue", "humanitarian", "rights", "children", "medical", "doctors"}
HEADS = GROUP_HEADS | COALITION_HEADS | ORGAN_HEADS | ORG_HEADS
# English head words of armed groups' and alliances' names ("Syrian Democratic Forces", "National Army").
GENERIC_HEADS = {"forces", "army", "front", "alliance", "coalition", "council", "party", "movement", "brigade", "brigades", "guard",
                "guards", "resistance", "mobilization", "mobilisation", "battalion", "battalions", "militia", "organisation", "organization"}
MEDIA = {"news", "tv", "television", "radio", "broadcasting", "times", "post", "journal", "press"}
# First words of Arabic place names ("Deir al-Balah", "Ras Isa", "Wadi Araba"): a place, not a person's "al-".
PLACE_WORDS = {"deir", "dayr", "tell", "tal", "tel", "ras", "jabal", "jebel", "wadi", "bir", "ain", "kafr", "kfar", "beit",
                "bayt", "khan", "jisr", "qasr", "marj", "hay", "mount", "lake", "cape", "bab", "kibbutz", "moshav", "kiryat", "qiryat"}
# "the town of X", "residents of X", "north of X": X is a place.
OF_PLACE = {"town", "city", "village", "district", "towns", "cities", "villages", "districts", "port", "suburb", "neighbourhood", "neighborhood", "residents",
             "outskirts", "suburbs", "streets", "centre", "center", "heart", "north", "south", "east", "west", "province",
             "governorate", "region", "capital", "mayor", "governor", "people", "stronghold", "bastion", "heartland", "enclave",
             "coast", "shores", "waters", "vicinity", "territory", "island", "islands", "area", "areas"}
SITE_HEADS = {"base", "airbase", "air", "camp", "tower", "airport", "port", "harbour", "harbor", "facility", "outpost", "garrison", "compound", "embassy", "consulate",
               "street", "road", "avenue", "square", "highway", "bridge", "boulevard", "crossing", "site", "mosque", "shrine", "hospital",
               "stadium", "cemetery", "church", "refinery", "mall", "prison", "checkpoint", "field", "oilfield"}
REGION_HEADS = {"sea", "gulf", "strait", "province", "governorate", "region", "strip", "valley", "bank", "heights", "desert", "coast", "channel", "mountains", "bay", "ocean", "peninsula", "kurdistan", "canal", "river", "plain", "plains", "basin", "hills", "delta"}
NOT_NAMES = {
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "they", "he", "she", "we", "i", "in", "on", "at",
    "but", "and", "or", "as", "after", "before", "since", "while", "when", "if", "though", "although", "some",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "read", "senior", "additional", "stay", "simply",
    "according", "meanwhile", "however", "also", "earlier", "later", "last", "next", "on", "for", "with", "by",
    "his", "her", "their", "our", "there", "here", "what", "who", "which", "why", "how", "one", "two", "three",
    "several", "many", "most", "more", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "officials", "us", "tuesday's", "palestinians", "palestinian", "muslim", "muslims",
    "christian", "arab", "arabs", "kurdish", "without", "despite", "during", "within", "among", "amid", "against", "between",
    "unlike", "like", "via", "throughout", "nobody", "nothing", "none", "no", "neither", "either", "every", "each", "both",
}
# Well-known armed groups a regional gazetteer may lack, by the names news uses for them.
KNOWN_GROUPS = {("islamic", "state"): "Islamic State", ("isis",): "Islamic State", ("isil",): "Islamic State",
               ("daesh",): "Islamic State", ("al", "qaeda"): "al-Qaeda", ("taliban",): "Taliban",
               ("wagner",): "Wagner Group", ("wagner", "group"): "Wagner Group"}
# States by the short names news gives them.
STATE_SHORT = {("uae",): "United Arab Emirates", ("ksa",): "Saudi Arabia", ("drc",): "Democratic Republic of the Congo",
               ("prc",): "China", ("dprk",): "North Korea"}
# International bodies by the short names news gives them ("the UN said", "the EU's naval mission").
ORG_SHORT = {("un",): "United Nations", ("eu",): "European Union", ("nato",): "NATO", ("icrc",): "International Committee of the Red Cross",
             ("wfp",): "World Food Programme", ("unhcr",): "UNHCR", ("unicef",): "UNICEF"}
# Intelligence and security services news names without a head word ("Mossad chief X", "the Shin Bet").
KNOWN_ORGANS = {("mossad",): "Mossad", ("shin", "bet"): "Shin Bet", ("shabak",): "Shin Bet", ("cia",): "CIA", ("fbi",): "FBI",
                ("mi6",): "MI6", ("gchq",): "GCHQ", ("fsb",): "FSB", ("gru",): "GRU", ("dgse",): "DGSE"}
# Words of an official title before a name: dropped from the name, and they make it a person.
TITLE_WORDS = TITLES | {
    "prime", "foreign", "defense", "defence", "interior", "state", "of", "vice", "supreme", "deputy", "press",
    "secretary-general", "army", "navy", "military", "rear", "brigadier", "major-general", "lieutenant-general",
    "national", "security", "adviser", "the", "affairs", "treasury", "under", "assistant", "acting", "former",
}
COUNTRIES = (
    "Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belarus Belgium "
    "Brazil Bulgaria Canada Chile China Colombia Croatia Cuba Cyprus Czechia Denmark Djibouti Egypt Eritrea Estonia "
    "Ethiopia Finland France Georgia Germany Greece Hungary India Indonesia Ireland Italy Japan Kazakhstan Kenya "
    "Kuwait Latvia Libya Lithuania Luxembourg Malaysia Malta Mexico Morocco Netherlands Nigeria Norway Oman Pakistan "
    "Palestine Panama Philippines Poland Portugal Qatar Romania Russia Serbia Singapore Slovakia Somalia Spain Sudan "
    "Sweden Switzerland Tajikistan Tunisia Turkey Turkmenistan Ukraine Uzbekistan Venezuela Vietnam Liberia Greece"
).split() + ["Saudi Arabia", "South Africa", "South Korea", "North Korea", "New Zealand", "United Arab Emirates",
            "Sri Lanka", "Marshall Islands", "Hong Kong", "Antigua and Barbuda", "Sierra Leone"]
COUNTRY_KEYS = {tuple(c.lower().split()) for c in COUNTRIES}
# Capitals of states besides those the gazetteer module knows (CAPITALS), for "officials in Manila";
# cities that share their name with another place or stand for more than a state are left out.
WORLD_CAPITALS = {
    "manila": "Philippines", "berlin": "Germany", "rome": "Italy", "madrid": "Spain", "kyiv": "Ukraine", "kiev": "Ukraine",
    "tokyo": "Japan", "seoul": "South Korea", "pyongyang": "North Korea", "islamabad": "Pakistan", "kabul": "Afghanistan",
    "manama": "Bahrain", "nicosia": "Cyprus", "athens": "Greece", "ottawa": "Canada", "canberra": "Australia",
    "hanoi": "Vietnam", "jakarta": "Indonesia", "dhaka": "Bangladesh", "khartoum": "Sudan", "mogadishu": "Somalia",
    "nairobi": "Kenya", "asmara": "Eritrea", "tunis": "Tunisia", "algiers": "Algeria", "rabat": "Morocco",
    "baku": "Azerbaijan", "yerevan": "Armenia", "tbilisi": "Georgia", "warsaw": "Poland", "stockholm": "Sweden",
    "oslo": "Norway", "copenhagen": "Denmark", "helsinki": "Finland", "vienna": "Austria", "lisbon": "Portugal",
    "dublin": "Ireland", "budapest": "Hungary", "bucharest": "Romania", "belgrade": "Serbia",
    "minsk": "Belarus", "astana": "Kazakhstan", "tashkent": "Uzbekistan", "dushanbe": "Tajikistan",
    "ashgabat": "Turkmenistan", "caracas": "Venezuela", "havana": "Cuba", "bogota": "Colombia", "pretoria": "South Africa",
    "abuja": "Nigeria", "valletta": "Malta", "riga": "Latvia", "vilnius": "Lithuania", "tallinn": "Estonia",
    "bratislava": "Slovakia", "prague": "Czechia", "zagreb": "Croatia", "monrovia": "Liberia", "freetown": "Sierra Leone",
    "colombo": "Sri Lanka", "majuro": "Marshall Islands", "brasilia": "Brazil", "tirana": "Albania",
}
# Adjectives of peoples, faiths and creeds: a lone one is no name ("the Islamist group", "Druze elders").
NATIONALITIES = {"palestinian", "palestinians", "kurdish", "arab", "persian", "shia", "shiite", "sunni", "druze", "yazidi", "emirati", "houthi",
                 "islamist", "jihadist", "salafist", "salafi", "alawite", "maronite", "christian", "jewish", "zionist", "baathist",
                 "turkmen", "ismaili", "wahhabi", "marxist", "islamic"}
# Nouns for armed groups and their alliances just before a name ("the Islamist group Hayat Tahrir al-Sham").
GROUP_NOUNS = {"group": "ArmedGroup", "militia": "ArmedGroup", "faction": "ArmedGroup", "outfit": "ArmedGroup",
               "alliance": "Coalition", "coalition": "Coalition"}
TO_HEADS = {"coalition", "committee", "council", "mission", "campaign", "force", "agency", "office", "embassy", "envoy", "ambassador", "delegation"}
SHIP_WORDS = {"ship", "vessel", "tanker", "carrier", "freighter", "destroyer", "frigate", "warship", "bulker", "containership", "cargo",
              "cruiser", "corvette", "submarine", "ferry", "trawler", "tugboat", "yacht", "dhow", "minesweeper", "gunboat", "boxship"}
# Occupations that, like a title, stand before a person's name ("the businessman Ali Hassan").
OCCUPATIONS = {
    "businessman", "businesswoman", "tycoon", "billionaire", "magnate", "entrepreneur", "investor", "banker",
    "journalist", "reporter", "correspondent", "photographer", "editor", "columnist", "blogger", "commentator",
    "activist", "dissident", "lawyer", "attorney", "judge", "prosecutor", "analyst", "researcher", "professor",
    "scholar", "academic", "historian", "economist", "writer", "author", "poet", "novelist", "artist", "singer",
    "actor", "actress", "doctor", "surgeon", "physician", "engineer", "politician", "lawmaker", "legislator",
    "mayor", "governor", "diplomat", "negotiator", "mediator", "preacher", "rabbi", "priest", "bishop", "cardinal",
    "executive", "ceo", "chairman", "chairwoman", "director", "owner", "pilot", "veteran", "philanthropist",
}
# Kinds of organisation that stand before an organisation's name ("the airline Sky Wings", "news agency WAFA").
ORG_NOUNS = {
    "airline", "company", "firm", "outlet", "broadcaster", "newspaper", "daily", "weekly", "magazine", "agency",
    "network", "website", "charity", "bank", "lender", "insurer", "manufacturer", "contractor", "conglomerate",
    "ngo", "consultancy", "publisher", "operator", "shipowner", "startup", "watchdog", "monitor",
    "giant", "platform", "provider", "maker", "producer", "broker", "shipper",
    "trader", "exporter", "importer", "refiner", "retailer", "supplier", "charterer",
}
# An apposition that says a name is an organisation of some kind ("Ambrey, a maritime security firm").
APPOS_ORG = re.compile(r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,4}(?:" + "|".join(sorted(ORG_NOUNS - {"monitor"})) + r")\b(?![’'])", re.I)
# An apposition that says a name is an armed group or an alliance of them ("the Valley Forces (VF), a militia
# alliance"): its head is the last such noun before the apposition's modifiers.
APPOS_NP = re.compile(r"(?:\s+\([A-Z]{2,6}\))?,\s+(?:a|an|the)\s+((?:[\w’'-]+\s+){0,4}?)(?=[\w’'-]+[,.;]|(?:backed|led|based|active|"
                      r"that|which|who|in|of|from|with|fighting|operating|loyal|made|formed|founded|linked|allied|aligned|affiliated|tied|"
                      r"responsible|accused|blamed|headed|funded|sponsored)\b)([\w’'-]+)?")
APPOS_KINDS = {"alliance": "Coalition", "coalition": "Coalition", "umbrella": "Coalition", "militia": "ArmedGroup",
                "faction": "ArmedGroup", "militias": "Coalition", "factions": "Coalition"}
ARMED = {"armed", "militant", "rebel", "paramilitary", "insurgent", "jihadist"}
# An apposition that says a name is a place ("Hodna, a town near the border", "Qayyarah, Iraq's main air base").
APPOS_PLACE = re.compile(r",\s+(?:a|an|the|[\w’'-]+['’]s)\s+(?:(?!(?:of|in|from|at|near)\b)[\w’'-]+\s+){0,3}?(city|town|village|port|capital|suburb|neighbourhood|"
                         r"neighborhood|island|province|region|governorate|district|base|airbase|camp|outpost)\b(?![’'])", re.I)
PLACE_KINDS = {"province": "Region", "region": "Region", "governorate": "Region", "island": "Region", "base": "Site",
               "airbase": "Site", "camp": "Site", "outpost": "Site"}
# A plural place noun after a list of names types every name of the list ("Ibb, Taiz and Marib provinces").
LIST_TYPES = {"provinces": "Region", "governorates": "Region", "regions": "Region", "states": "Region",
               "districts": "Settlement", "cities": "Settlement", "towns": "Settlement", "villages": "Settlement"}
# Bodies one tells something to, unlike the outlets one talks to ("told the Security Council", "told Reuters").
ADDRESSEES = {"nations", "council", "committee", "court", "congress", "parliament", "commission", "assembly", "senate",
               "ministry", "department", "mission", "embassy"}
# What a state's armed service has, after its acronym and perhaps a model name ("RAAF F-35 jets").
ARMED_SERVICE = re.compile(r"(?:\s+[A-Z][\w-]*)?\s+(?:jets?|warplanes?|fighter\s+jets?|bombers?|aircraft|warships?|destroyers?|"
                           r"frigates?|submarines?|helicopters?|gunboats?)\b")
# Roles in an apposition after a person's name ("Jane Roe, chief analyst at ...").
ROLES = "|".join(sorted(TITLES | OCCUPATIONS | {"fellow", "expert"}))
# Words that may follow a place named as a noun (unlike "correspondent" in "our Cairo correspondent").
AFTER_PLACE = {"and", "or", "on", "in", "at", "for", "to", "with", "from", "after", "before", "by", "since", "until", "last",
                "this", "earlier", "later", "as", "where", "which", "that", "but", "while", "when", "was", "is", "has", "had"}
HIT_NOUNS = {"strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "attack", "attacks", "assault", "bombing", "shelling", "offensive"}
# Acronyms of states and alliances, which own warplanes but are no armed service of their own.
STATE_ACRONYMS = {"us", "usa", "uk", "uae", "ksa", "prc", "dprk", "drc", "eu", "un", "nato"}
# First words of names that are no actor, place or event of a story: feasts and military operations' code names.
NOT_ACTORS = {"eid", "ramadan", "ashura", "arbaeen", "christmas", "easter", "hajj", "passover", "nowruz", "hanukkah",
               "diwali", "operation"}
# Head words of the names of texts: resolutions, treaties, laws ("Resolution 1701", "the Abraham Accords").
DOCUMENTS = {"resolution", "resolutions", "agreement", "accord", "accords", "treaty", "act", "law", "declaration", "convention",
             "charter", "protocol", "memorandum", "initiative", "plan", "deal", "doctrine"}
# Honorifics before a single name of a saint or a figure of religious history ("Imam Hussein", "Prophet Mohammed").
HOLY = {"imam", "prophet", "saint", "st"}
COMPASS = {"eastern", "western", "northern", "southern", "central", "north", "south", "east", "west"}
# Joining words inside a name, with the transliterations of the Arabic article ("Deir ez-Zor", "Ras al-Ain").
CONNECT = {"of", "al", "el", "bin", "ibn", "abu", "abd", "umm", "for", "in", "the", "ad", "as", "ash", "at", "bint", "ez", "es", "ed",
            "ar", "az", "adh", "ul", "ud", "von", "van", "der", "den", "de", "du", "da", "dos", "del"}
# Adjectives of the world's states besides those the gazetteer module knows (DEMONYMS).
WORLD_DEMONYMS = {
    "afghan": "Afghanistan", "indian": "India", "japanese": "Japan", "greek": "Greece", "italian": "Italy", "spanish": "Spain",
    "dutch": "Netherlands", "danish": "Denmark", "norwegian": "Norway", "swedish": "Sweden", "finnish": "Finland",
    "australian": "Australia", "canadian": "Canada", "indonesian": "Indonesia", "malaysian": "Malaysia", "ukrainian": "Ukraine",
    "belgian": "Belgium", "polish": "Poland", "swiss": "Switzerland", "austrian": "Austria", "portuguese": "Portugal",
    "libyan": "Libya", "sudanese": "Sudan", "somali": "Somalia", "eritrean": "Eritrea", "djiboutian": "Djibouti",
    "ethiopian": "Ethiopia", "tunisian": "Tunisia", "algerian": "Algeria", "moroccan": "Morocco", "azerbaijani": "Azerbaijan",
    "armenian": "Armenia", "cypriot": "Cyprus", "bangladeshi": "Bangladesh", "vietnamese": "Vietnam", "korean": "South Korea",
    "brazilian": "Brazil", "mexican": "Mexico", "kenyan": "Kenya", "nigerian": "Nigeria", "irish": "Ireland", "hungarian": "Hungary",
    "romanian": "Romania", "bulgarian": "Bulgaria", "serbian": "Serbia", "czech": "Czechia", "slovak": "Slovakia",
}
# Words after a state's adjective that make it the state acting ("Turkish warplanes", "the Greek government"),
# unlike a person's nationality ("Filipino seafarers", "Ukrainian nationals"), which is no mention of a state.
STATE_NOUNS = {
    "jets", "jet", "warplanes", "warplane", "aircraft", "forces", "troops", "soldiers", "military", "army", "navy", "air",
    "government", "officials", "authorities", "president", "prime", "foreign", "defence", "defense", "ministry", "drone",
    "drones", "strike", "strikes", "airstrike", "airstrikes", "warship", "warships", "frigate", "destroyer", "envoy",
    "ambassador", "embassy", "diplomats", "intelligence", "leader", "leadership", "counterpart", "delegation", "mediators",
    "mediation", "cabinet", "parliament", "coastguard", "coast", "regime", "security", "interior", "king", "crown", "minister",
}
