"""Word lists for names: honorifics, titles, gendered words, name order. Data, not logic."""
from __future__ import annotations

from .given_names import FEMALE, MALE

# Honorifics stay in the mention text ("Mr Ji") but out of the entity name.
HONORIFICS = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
    "dr": None, "dr.": None, "prof": None, "prof.": None, "sir": "m", "dame": "f",
    "lord": "m", "lady": "f", "mx": None, "mx.": None,
    "madam": "f", "madame": "f", "mdm": "f", "mdm.": "f", "mme": "f", "mme.": "f",
    # Spanish and Portuguese, before a given name: "Doña Refugio", "Dona Cida" ("Don" is
    # left out: it is a given name in English, "Don Carter").
    "doña": "f", "dona": "f",
}
# Titles and roles before a name are recorded as attributes, never part of the name.
TITLES = {
    "president", "vice", "prime", "minister", "chancellor", "secretary", "senator", "sen.",
    "rep.", "representative", "governor", "gov.", "mayor", "king", "queen", "prince",
    "princess", "pope", "general", "gen.", "colonel", "col.", "captain", "capt.", "judge",
    "justice", "chairman", "chairwoman", "chair", "leader", "ambassador", "premier",
    "chief", "executive", "director", "commissioner", "spokesman", "spokeswoman",
    "spokesperson", "officer", "sheriff", "inspector", "detective", "sergeant", "sgt.",
    "lt.", "lieutenant", "admiral", "coach", "bishop", "archbishop", "cardinal", "rabbi",
    "imam", "reverend", "rev.", "defector", "ceo", "founder", "speaker", "deputy",
    "foreign", "finance", "defence", "defense", "trade", "interior", "health", "attorney",
    "professor", "prosecutor", "magistrate", "superintendent", "constable", "commander",
    "councillor", "councilman", "councilwoman", "marshal", "corporal", "dean", "treasurer",
    "sheikh", "sheikha", "emir", "sultan", "ayatollah", "pastor",
}
# Nouns for people that a news lead opens with ("A businessman accused of ...").
PERSON_NOUNS = {
    "man", "woman", "boy", "girl", "businessman", "businesswoman", "founder", "judge", "boss",
    "defector", "soldier", "teacher", "student", "farmer", "pensioner", "doctor", "nurse",
    "lawyer", "father", "mother", "son", "daughter", "teenager", "driver", "pilot",
    "officer", "activist", "artist", "writer", "author", "singer", "actor", "actress",
    "player", "striker", "coach", "manager", "executive", "billionaire", "tycoon",
    "politician", "lawmaker", "senator", "minister", "mayor", "priest", "scientist",
    "researcher", "journalist", "reporter", "photographer", "refugee", "migrant", "worker",
    "engineer", "banker", "trader", "investor", "entrepreneur", "chef", "veteran", "survivor",
    "mountaineer", "climber", "runner", "swimmer", "cyclist", "champion", "grandmother",
    "grandfather", "widow", "widower", "pharmacist", "surgeon", "professor", "diplomat",
    "developer", "architect", "landlord", "tenant", "councillor", "councilman", "official",
    "candidate", "defendant", "suspect", "physician", "economist", "designer", "inventor",
    "owner", "musician", "composer", "novelist", "poet", "painter", "sculptor", "potter",
    "dancer", "athlete", "footballer", "cricketer", "boxer", "goalkeeper", "captain",
    "campaigner", "protester", "volunteer", "firefighter", "detective", "prosecutor",
    "chairman", "chairwoman", "caver", "fisherman", "miner", "shopkeeper", "baker",
    "victim", "resident", "assistant", "agent", "witness", "spokesman", "spokeswoman", "aide",
    "deputy", "rival", "partner", "colleague", "friend", "neighbour", "neighbor", "defender",
    "winger", "midfielder", "forward", "pitcher", "catcher", "batsman", "bowler", "opener",
    "spinner", "rider", "jockey", "sprinter", "pianist", "cellist", "violinist", "guitarist",
    "broker", "smuggler", "guide", "mountaineer", "curler", "restorer", "seller", "vendor",
    "dealer", "collector", "mentor", "cameraman", "camerawoman", "porter",
    # Trades the same way, so that "a former accountant ... the accountant" is one person
    # too; not words for anyone at all ("a patient", "a customer"), nor relations ("the
    # incumbent"), which are read elsewhere.
    "accountant", "analyst", "auditor", "bandleader", "broadcaster", "presenter", "clerk",
    "cashier", "cleaner", "carpenter", "plumber", "electrician", "mechanic", "builder",
    "labourer", "laborer", "contractor", "contestant", "consultant", "adviser", "advisor",
    "attorney", "solicitor", "barrister", "paramedic", "midwife", "dentist", "therapist",
    "psychologist", "psychiatrist", "veterinarian", "chemist", "biologist", "physicist",
    "geologist", "historian", "archaeologist", "anthropologist", "lecturer", "tutor",
    "headteacher", "headmaster", "headmistress", "intern", "apprentice", "waiter", "waitress",
    "bartender", "cook", "butcher", "grocer", "cyclist", "prisoner", "inmate", "detainee",
    "convict", "fugitive", "gunman", "attacker", "assailant", "thief", "robber", "burglar",
    "killer", "murderer", "hostage", "captive", "guard", "bodyguard", "policeman",
    "policewoman", "constable", "sergeant", "inspector", "lieutenant", "commander", "colonel",
    "admiral", "sailor", "pilot", "astronaut", "farmhand", "rancher", "herder", "shepherd",
    "fisherwoman", "boatman", "ferryman", "driver", "cabbie", "trucker", "courier", "postman",
    "postwoman", "janitor", "caretaker", "carer", "nanny", "housekeeper", "gardener", "tailor",
    "weaver", "jeweller", "jeweler", "goldsmith", "blacksmith", "potter", "photographer",
    "filmmaker", "producer", "editor", "publisher", "columnist", "correspondent", "blogger",
    "comedian", "rapper", "drummer", "bassist", "saxophonist", "trumpeter", "conductor",
    "organist", "choreographer", "playwright", "screenwriter", "poet", "translator",
    "interpreter", "librarian", "curator", "auctioneer", "landowner", "homeowner", "landlady",
    "lodger", "squatter", "neighbour", "passer-by", "philanthropist", "benefactor",
    "whistleblower", "informant", "negotiator", "investigator", "ombudsman", "magistrate",
    "juror", "claimant", "plaintiff", "complainant", "appellant", "co-founder", "cofounder",
    "supervisor", "foreman", "trainee", "recruit", "referee", "umpire", "trainer", "skipper",
    "goalscorer", "scorer", "batter", "quarterback", "wrestler", "fighter", "judoka", "skier",
    "skater", "golfer", "jockey", "rower", "diver", "surfer", "marathoner", "gymnast",
    "weightlifter", "lifeguard", "ranger", "warden", "missionary", "nun", "monk", "pastor",
    "vicar", "preacher", "imam", "rabbi", "cleric", "mother-in-law", "father-in-law",
    # Who an accident or rescue story is about ("A hiker from Denver ... was found alive").
    "hiker", "walker", "camper", "motorist", "pedestrian", "passenger", "tourist",
}
# A role word and the titles that give it: "the judge" is "Justice Ngozi Okafor", "the
# sergeant" is "Sgt. Luis Montoya".
TITLE_SYNONYMS = {"judge": {"judge", "justice", "magistrate"}, "coach": {"coach", "manager"},
                  "manager": {"manager", "coach"}, "sergeant": {"sergeant", "sgt.", "sgt"},
                  "professor": {"professor", "prof.", "prof"}, "senator": {"senator", "sen.", "sen"},
                  "governor": {"governor", "gov.", "gov"}, "general": {"general", "gen.", "gen"},
                  "colonel": {"colonel", "col.", "col"}, "captain": {"captain", "capt.", "capt"},
                  "lieutenant": {"lieutenant", "lt.", "lt"}, "representative": {"representative", "rep.", "rep"},
                  "inspector": {"inspector", "insp.", "insp"}, "detective": {"detective", "det.", "det"},
                  "superintendent": {"superintendent", "supt.", "supt"}, "doctor": {"doctor", "dr"}}
FEMALE_WORDS = {
    "she", "her", "hers", "herself", "sister", "wife", "mother", "daughter", "widow",
    "woman", "girl", "actress", "chairwoman", "spokeswoman", "businesswoman", "queen",
    "princess", "aunt", "niece", "grandmother", "girlfriend", "congresswoman", "lady", "sheikha",
}
MALE_WORDS = {
    "he", "him", "his", "himself", "brother", "husband", "father", "son", "widower", "man",
    "boy", "actor", "chairman", "spokesman", "businessman", "king", "prince", "uncle",
    "nephew", "grandfather", "boyfriend", "congressman", "sheikh", "emir", "sultan",
}
PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
# Kin words: the relative's gender, their generation against the possessor's ("her
# father" is one older, "his son" one younger) and whether they are kin by marriage.
KIN_WORDS = {
    "father": ("m", 1, False), "mother": ("f", 1, False), "dad": ("m", 1, False),
    "mum": ("f", 1, False), "mom": ("f", 1, False), "grandfather": ("m", 2, False),
    "grandmother": ("f", 2, False), "uncle": ("m", 1, False), "aunt": ("f", 1, False),
    "son": ("m", -1, False), "daughter": ("f", -1, False), "grandson": ("m", -2, False),
    "granddaughter": ("f", -2, False), "nephew": ("m", -1, False), "niece": ("f", -1, False),
    "brother": ("m", 0, False), "sister": ("f", 0, False), "cousin": (None, 0, False),
    "husband": ("m", 0, True), "wife": ("f", 0, True), "widow": ("f", 0, True), "widower": ("m", 0, True),
    # Relatives by marriage, written with hyphens: one word here, five tokens in a Doc.
    "father-in-law": ("m", 1, False), "mother-in-law": ("f", 1, False),
    "son-in-law": ("m", -1, False), "daughter-in-law": ("f", -1, False),
    "brother-in-law": ("m", 0, False), "sister-in-law": ("f", 0, False),
}

# Family names that usually come first in Korean and Chinese names ("Ji Seong-ho",
# "Xi Jinping"): "Mr Ji" then refers to the first token, not the last.
EAST_ASIAN_FAMILY_NAMES = set("""
kim lee park choi jung jeong kang cho yoon jang lim han oh seo shin kwon hwang ahn song
hong yoo ko moon son bae baek heo nam sim noh ha kwak sung cha joo woo min ryu na jin ji
eom chae won cheon bang kong hyun ham pyo yeo chu do seok sun ri pak
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng
liang xie tang feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng
wei su lu ding ren shen yao cui zhong tan fan liao shi jia xia fu fang zou xiong bai meng
qin qiu hou yin xue yan duan lei long tao mao hao gu gong shao wan qian dai mo xi
chan wong cheung leung lau kwok tse yip fung tsang lam mak chow siu hui yeung kwan chiu lai ho
chua goh teo ng ong koh tay wee chia seah toh quek heng yap
nguyen tran pham hoang huynh vu vo dang bui ngo duong
""".split())  # Korean; Mandarin; Cantonese, Hokkien and Teochew romanisations; Vietnamese

# A "person" whose name ends in one of these is an organisation ("Hanbit Marine").
# Last words of an event's name ("the Victoria Harbour Open", "the Kenyatta Cup").
EVENT_WORDS = {"open", "cup", "championship", "championships", "games", "trophy", "prize", "award",
               "awards", "marathon", "festival", "masters", "classic", "tournament", "derby", "olympics"}
ORG_HEAD_WORDS = {
    "marine", "group", "shipping", "ltd", "ltd.", "inc", "inc.", "corp", "corp.", "co",
    "co.", "plc", "llc", "bank", "union", "council", "ministry", "trust", "agency",
    "authority", "association", "institute", "university", "party", "company", "holdings",
    "partners", "industries", "motors", "airlines", "foundation", "committee", "commission",
    "department", "office", "court", "police", "army", "navy", "federation", "society",
    "centre", "center", "board", "energy", "systems", "technologies", "media", "news",
    "state", "spa", "ag", "nv", "sa", "gmbh", "bv", "ab", "asa", "oyj", "bancorp",
    # sectors and commodities a company is named for ("Cordillera Copper"); not those that
    # are also common surnames (Gold, Steel, Power)
    "copper", "mining", "mines", "oil", "petroleum", "foods", "pharma", "pharmaceuticals",
    "chemicals", "electronics", "telecom", "telecoms", "airways", "logistics", "ventures",
    "securities", "insurance", "resources", "minerals", "metals", "cement", "textiles",
    "breweries", "construction", "properties", "software", "solutions", "capital",
    "robotics", "aerospace", "automotive", "biotech", "therapeutics", "semiconductor",
    "semiconductors", "networks", "communications", "telecommunications", "labs",
    "laboratories", "studios", "entertainment", "pictures", "records", "publishing", "hotels",
    "resorts", "financial", "investments", "realty", "developments", "engineering",
    "consulting", "analytics", "dynamics", "automation", "devices", "instruments",
    "materials", "works", "dairy", "dairies", "plastics", "beverages", "brewing", "fisheries", "utilities", "electric",
    "railways", "airways", "express", "wireless", "digital", "interactive", "apparel",
    "cosmetics", "healthcare", "hospital", "clinic", "logistics", "trading", "exchange",
    "investors", "associates", "brothers", "enterprises", "services", "products", "stores",
    "markets", "mills", "lines",
}
# A "person" holding one of these words is no name at all: units and the shorthand of
# market reports ("U.S. Dlrs", "Revs 35.1 mln vs").
NOT_NAME_WORDS = {"dlrs", "dlr", "mln", "bln", "pct", "cts", "stg", "revs", "vs", "vs."}
# A "person" whose first or last word is one of these is a sports club ("Deportivo Ribera",
# "Racing Almadén", "Stockport County").
CLUB_FIRST_WORDS = {"deportivo", "racing", "real", "atlético", "atletico", "sporting", "club",
                    "fc", "cf", "ac", "afc", "inter", "dynamo", "dinamo", "olympique", "union"}
CLUB_LAST_WORDS = {"fc", "cf", "afc", "sc", "united", "city", "rovers", "wanderers", "athletic",
                   "albion", "hotspur", "county"}
# Common Japanese family names: "Sano Keiko", written family name first, is a person even
# where the model tags the name an organisation.
JAPANESE_FAMILY_NAMES = frozenset("""
sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada
sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto
yamashita ishikawa nakajima maeda fujita ogawa goto okada hasegawa murakami kondo ishii
saito sakamoto endo aoki fujii nishimura fukuda ota miura fujiwara okamoto matsuda nakagawa
nakano harada ono tamura takeuchi kaneko wada nakayama ishida ueda morita hara shibata sakai
kudo yokoyama miyazaki miyamoto uchida takagi ando taniguchi ohno maruyama imai takada
fujimoto takeda murata ueno sugiyama masuda sugawara hirano otsuka chiba kubo matsui iwasaki
sakurai kinoshita noguchi matsuo nomura kikuchi sano onishi sugimoto arai hamada kuroda
matsuda yasuda nagai kawaguchi
""".split())
# A "person" whose last word is one of these is a place or a building ("Victoria Falls",
# "Charles River", "Grace Church").
PLACE_NOUNS = {  # not those that are surnames too (Hill, Park, Hall, Lane, Church, Tower, Lake)
    "falls", "river", "mountain", "mountains", "valley", "island", "islands", "sea",
    "ocean", "street", "road", "avenue", "square", "station", "airport", "stadium", "arena",
    "cathedral", "mosque", "temple", "gardens", "beach", "desert", "canal", "harbour",
    "harbor", "county", "district", "province", "city", "town", "village", "palace",
}
# A "person" whose first word is one of these is a place ("San Francisco", "Fort Worth").
PLACE_PREFIXES = {"san", "santa", "santo", "são", "sao", "los", "las", "fort", "port", "lake", "mount",
                  "st", "st.", "saint"}
# A "person" right after one of these nouns is an organisation ("the Stuttgart machine
# tool maker Brenner Werkzeugbau", "the lender Carrow").
ORG_DESCRIBERS = {
    "maker", "manufacturer", "company", "firm", "group", "bank", "retailer", "carmaker",
    "automaker", "chipmaker", "developer", "startup", "start-up", "insurer", "lender",
    "broadcaster", "publisher", "newspaper", "brand", "chain", "conglomerate", "producer",
    "supplier", "operator", "airline", "club", "agency", "charity", "label", "builder",
}
# "the company" and "the firm" refer back to the latest organisation named.
GENERIC_ORG_NOUNS = {"company", "firm", "group", "organisation", "organization"}

# Common given names with a clear usual gender: a weak clue, used only when nothing in
# the text (honorific, gendered noun, pronoun) says otherwise.
FEMALE_GIVEN_NAMES = set("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty
margaret sandra ashley kimberly emily donna michelle carol amanda melissa deborah stephanie
rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole
helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane
ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan
andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice
jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella
theresa diana natalie brittany charlotte marie kayla alexis lori hillary nikki condoleezza
nancy elizabeth kamala michelle melania ivanka huma carly sheryl oprah angela theresa
jacinda ursula christine nicola priya aisha fatima leila yasmin mei ying hana yuki
lucia ana carmen isabel sofia elena gabriela valentina camila paula daniela mariana
fernanda rosa beatriz marta pilar ines juana adriana alejandra carolina claudia monica
natalia silvia veronica ximena mariam maryam layla noor nour zainab khadija amina yasmine
rania salma huda samira lina dina reem nadia farah mona anjali pooja neha sunita anita
kavita meera lakshmi deepa divya shreya nandita kavya radha geeta rekha asha usha ngozi
chioma adaeze amaka nneka funmilayo folake yetunde abena akua efua adwoa ingrid astrid
sigrid birgit greta heidi francoise sophie claire camille chiara giulia francesca olga
natasha svetlana irina tatiana anastasia ewa agnieszka katarzyna keiko yuko haruka yumi
akiko sakura aiko naomi emi mika yoko hanako michiko tomoko eileen siobhan aoife niamh
""".split())
MALE_GIVEN_NAMES = set("""
james robert john michael david william richard joseph thomas charles christopher daniel
matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse
jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy
vincent ralph eugene russell bobby mason philip louis barack bernie bernard ted marco jeb
rand mitt mike chris newt rick ben bill hugh boris vladimir emmanuel jinping
narendra recep mohammed muhammad ahmed ali omar hassan ivan dmitri sergei
luis carlos miguel jorge pedro andres ernesto alejandro diego fernando javier manuel
rafael ricardo sergio pablo francisco antonio eduardo roberto raul alberto enrique
gustavo hector joao mario oscar rodrigo santiago victor mohamed ahmad umar hussein khalid
faisal abdullah ibrahim youssef yusuf mahmoud mustafa tariq karim nabil samir walid hamza
bilal rashid saeed salman sultan ziad imran arjun rahul raj ravi vikram amit anil sanjay
suresh ramesh rajesh prakash vijay ashok deepak manoj sunil arun ajay rohit karan aditya
nikhil pranab mahesh ganesh dinesh naveen chinedu emeka chukwudi ifeanyi obinna tunde
segun femi kunle babatunde olusegun kwame kofi kwaku yaw musa hans klaus jurgen stefan
lars anders sven pierre jacques francois giovanni luca matteo alexei mikhail pavel tomas
piotr krzysztof hiroshi takeshi kenji haruto daiki kenta takashi satoshi kazuo ichiro
shinzo taro owen gareth colm liam sean declan niall
""".split())
# The wider lists of many languages (given_names.py), where they do not contradict these.
FEMALE_GIVEN_NAMES |= FEMALE - MALE_GIVEN_NAMES
MALE_GIVEN_NAMES |= MALE - FEMALE_GIVEN_NAMES
GIVEN_NAMES = FEMALE_GIVEN_NAMES | MALE_GIVEN_NAMES


# Person nouns a company is called too: "Salomon Brothers, the investment banker,".
FIRM_NOUNS = set("""banker broker trader producer owner investor partner adviser advisor manager
developer publisher builder miner rival agent contractor dealer seller vendor collector""".split())


# English short forms of given names, each with the names it shortens (general knowledge):
# "Ray" is Raymond Kessler where the article names no other Raymond or Ray.
_DIMINUTIVE_TABLE = """
al: albert alan alfred  alex: alexander alexandra  andy: andrew  ben: benjamin
beth: elizabeth  bill: william  billy: william  bob: robert  bobby: robert  cathy: catherine
charlie: charles  chris: christopher christine christina  chuck: charles  dan: daniel
danny: daniel  dave: david  deb: deborah  debbie: deborah  dick: richard  don: donald
doug: douglas  ed: edward edwin  eddie: edward  fred: frederick  greg: gregory  jack: john
jake: jacob  jim: james  jimmy: james  jen: jennifer  jenny: jennifer  jeff: jeffrey
joe: joseph  joey: joseph  kate: katherine catherine kathleen  katie: katherine catherine
ken: kenneth  larry: lawrence  liz: elizabeth  matt: matthew  meg: margaret  mike: michael
mick: michael  nick: nicholas  pat: patrick patricia  peggy: margaret  pete: peter
phil: philip phillip  ray: raymond  rick: richard  rob: robert  ron: ronald  sam: samuel samantha
sandy: sandra alexander  steve: steven stephen  sue: susan  ted: edward theodore
tim: timothy  tom: thomas  tommy: thomas  tony: anthony  vic: victor victoria  will: william
"""


def _diminutives(table: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    short = ""
    for word in table.split():
        if word.endswith(":"):
            short = word[:-1]
        else:
            out.setdefault(short, set()).add(word)
    return out


DIMINUTIVES = _diminutives(_DIMINUTIVE_TABLE)
