"""Word classes the attribution rules use, each documented once.

Classes overlap on purpose: "call" is a direct cue, a fragment verb and a naming verb; "spokesman"
is an unnamed source, a role and a title. The overlaps are listed in tests/test_lexicon.py.
"""

from __future__ import annotations

# Verbs whose clausal complement is reported speech (indirect quotes).
# Dependency labels of a clause's subject (active, passive); with "csubj" a clause as subject, with
# "expl" a clause that has a subject of its own ("there is …")
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
SUBJECTS_OR_CLAUSE = SUBJECTS | {"csubj"}
SUBJECTS_OR_EXPLETIVE = SUBJECTS | {"expl"}

INDIRECT_VERBS = frozenset("""
say tell report warn add claim announce argue insist deny confirm state allege indicate promise
estimate note testify explain stress acknowledge admit suggest write tweet post predict reveal
disclose declare assert maintain contend comment remark mention caution emphasise
emphasize recall complain concede observe vow pledge threaten advise agree disagree conclude
assure inform reiterate underline highlight point hint signal speculate theorize theorise
guarantee forecast boast brag lament clarify specify recount
describe characterise characterize
""".split())

# Verbs that attribute a direct quote next to them ("…,” she said / he asked: “…”).
DIRECT_VERBS = INDIRECT_VERBS | frozenset("""
ask continue begin conclude joke quip shout scream yell exclaim plead beg urge demand reply
answer wonder muse laugh sigh recount tell call describe label dub term characterise
characterize refer praise criticise criticize slam blast write tweet post
""".split())

# Verbs that take a quoted fragment as a description: describe X as “…”, call it “…”.
FRAGMENT_VERBS = frozenset("""
describe call label dub term characterise characterize brand deem refer praise criticise
criticize slam blast denounce condemn hail say warn urge promise vow declare add tell
""".split())

# Verbs taking a non-finite complement that is still reported speech: promised to pay.
NONFINITE_VERBS = frozenset("promise vow pledge threaten urge ask call advise warn".split())

# Films and recordings that present someone speaking: "footage of Clinton asking, “…”".
DEPICTION_NOUNS = frozenset("footage video clip recording tape audio film image picture photo".split())

# Verbs that present someone speaking: "a video shows Trump saying …", "he quoted Obama saying …".
DEPICTING_VERBS = frozenset("show hear see watch feature depict quote cite film record catch capture".split())

# Findings of studies and data are not statements (evaluation convention).
RESEARCH_NOUNS = frozenset("""
study research data survey analysis model poll finding evidence figure statistic result
experiment trial paper test
""".split())

# What studies do with their findings ("the study found"): not speech when a research noun is the subject.
RESEARCH_VERBS = frozenset("find show suggest indicate reveal demonstrate".split())

# Verbs that frame what comes next as more of the same speech: "continued by noting", "ended by saying".
SEQUENCE_VERBS = frozenset("continue begin end respond reply conclude close open follow".split())

# "a programme called “Learning Together”": a bare participle that names a thing is no speech
NAMING_VERBS = frozenset("call name dub term title label brand know".split())

# Unnamed sources: the head noun of the subject phrase.
ANONYMOUS_NOUNS = frozenset("""
official officials source sources people person resident residents witness witnesses investigator
investigators authority authorities firefighter firefighters rescuer rescuers report reports media
press observer observers analyst analysts expert experts diplomat diplomats aide aides employee
employees staff member members insider insiders worker workers neighbour neighbor neighbours
neighbors relative relatives family friend friends colleague colleagues activist activists
protester protesters critic critics supporter supporters student students doctor doctors officer
officers driver passenger passengers survivor survivors victim victims someone anyone man woman
men women individual individuals representative representatives researcher researchers
scientist scientists organiser organizer organisers organizers leader leaders lawmaker lawmakers
legislator legislators politician politicians publicist spokesperson spokesman spokeswoman
prosecutor prosecutors lawyer lawyers attorney attorneys manager owner head chief director mayor
governor minister president commander journalist journalists reporter reporters correspondent
""".split())

# Institutions named by a common noun ("the army said").
ORG_NOUNS = frozenset("""
academy institute foundation police army navy military government ministry department agency company court council committee
commission party campaign parliament administration embassy university hospital club team union
organisation organization firm office service bureau board senate congress cabinet regime
kremlin pentagon white house coast guard guard force forces airline operator authority
prosecutor's newspaper paper broadcaster channel station website site outlet magazine
""".split())

# Kinds of institution, not one institution: "the company said" in nine articles is nine companies.
# Unless the article gives it a name, such a speaker is unnamed ("the army", "the police" of a
# place are one body, and stay institutions).
KIND_NOUNS = frozenset("""
company firm corporation newspaper paper website site magazine airline outlet broadcaster channel station
network campaign organization organisation foundation club union operator board bank publication
""".split())

# The people around a person, an unnamed group ("Clinton's team", "the Trump team"), not an organisation.
ENTOURAGE_NOUNS = frozenset("team staff camp entourage circle".split())

# Institutions a bare noun names without an article ("Police said …" = "The police said …").
BARE_INSTITUTION_NOUNS = frozenset("police military congress parliament".split())

# Things that speak for their owner: "its website", "the Internal Revenue Service website".
DOC_NOUNS = frozenset("""
website site statement account release post tweet page feed blog channel newsletter
""".split())

# Reports and counts that speak for whoever made them ("CNN's projections", "its polling", "a report
# by the ministry", "the report said" after the ministry is named); without a maker, research
# nouns are findings, not statements.
REPORT_NOUNS = frozenset("""
report projection polling poll estimate calculation count tally figure statistic analysis survey data
assessment
""".split())

# Descriptions that point back to a named organisation ("the industry publication", "the website").
BACK_ORG_NOUNS = frozenset("""
publication newspaper paper website site outlet magazine broadcaster database tabloid daily network
agency company firm airline
""".split())

# What people say or write that then speaks for them: "a speech Mrs. Clinton delivered", "Ivana Trump's
# brief", "Axelrod's memoir", "a comment that described …".
SPOKEN_NOUNS = frozenset("""
speech remark comment address interview op-ed column essay memoir book letter memo brief
""".split())

# Verbs by which someone makes what they say: "a speech she delivered", "he made a comment that …".
MAKING_VERBS = frozenset("make give deliver issue write publish release post send pen offer".split())

# Records that speak for an institution: "according to agreed facts heard in court".
RECORD_NOUNS = frozenset("""
fact document record filing indictment affidavit testimony transcript complaint lawsuit ruling judgment
judgement verdict minute
""".split())

# Plural nouns for people named together earlier ("the defendants", "both officers").
GROUP_NOUNS = frozenset("""
defendant officer man woman brother sister suspect accused couple pair player lawyer twin parent
""".split())

# Roles that point back to a person introduced with them ("the spokesman" → John Kirby).
ROLE_NOUNS = frozenset("""
spokesman spokeswoman spokesperson governor president minister mayor chief head director leader
prosecutor lawyer attorney judge senator secretary ambassador commissioner chairman chairwoman
ceo founder coach captain commander general officer manager owner premier chancellor king queen
publicist author researcher professor sheriff
""".split())

# Documents whose words are read out ("Trump's statement read: “…”").
DOCUMENT_NOUNS = DOC_NOUNS | RECORD_NOUNS | frozenset("letter note message".split())

# Titles written before a name ("Senator", "Gen."); never a name on their own.
TITLES = frozenset("""
mr mrs ms miss dr prof professor president vice sen senator rep representative gov governor
minister premier chancellor king queen prince princess pope sir dame lord lady judge justice
general gen col colonel capt captain lt lieutenant sgt sergeant officer detective chief mayor
secretary ambassador commissioner director inspector superintendent speaker leader chairman
chairwoman chair deputy spokesman spokeswoman spokesperson admiral commander major pastor father
rabbi imam bishop archbishop cardinal sheikh emir sultan coach dean
""".split())

# Occupations written before a name like a title ("Broadcaster Piers Morgan"); none is a common
# first name, so a name that starts with one is the occupation and then the name.
OCCUPATIONS = frozenset("""
broadcaster journalist reporter correspondent columnist commentator presenter anchor editor publisher
author novelist writer poet playwright historian economist scientist researcher physicist astronomer
biologist chemist geologist archaeologist anthropologist psychologist sociologist analyst activist
campaigner lawyer attorney barrister solicitor actor actress comedian singer musician rapper composer
filmmaker photographer artist designer architect engineer entrepreneur businessman businesswoman
billionaire tycoon investor philanthropist footballer cricketer astronaut explorer blogger vlogger
youtuber influencer lawmaker legislator congressman congresswoman councillor councilman councilwoman
diplomat envoy candidate nominee chef surgeon paramedic firefighter
""".split())

# Words a story uses for a person it has named ("the GOP nominee", "the New York businessman", "Obama's former
# campaign strategist"); not the words for sources it never names ("the official", "the source", "an aide").
DESCRIBED_PERSON_NOUNS = (OCCUPATIONS | ROLE_NOUNS | frozenset("""
nominee candidate senator congressman congresswoman businessman businesswoman mogul billionaire strategist
frontrunner front-runner hopeful contender incumbent challenger veteran lawmaker adviser advisor rival
""".split())) - frozenset("official source spokesman spokeswoman spokesperson analyst officer".split())

# Of those, the words a story uses bare for the person it is about ("the candidate said", "the businessman
# replied"); "the judge", "the mayor" alone more often mean someone it never names.
ANAPHORIC_PERSON_NOUNS = frozenset("""
nominee candidate senator congressman congresswoman businessman businesswoman mogul billionaire tycoon
frontrunner front-runner hopeful contender incumbent challenger lawmaker
""".split())

# Everything that can stand before a name without being part of it.
NAME_PREFIXES = TITLES | OCCUPATIONS

# News outlets and platforms whose bare name the NER may take for a person.
OUTLET_WORDS = frozenset("""
reuters afp ap bloomberg politico axios cnn bbc nbc cbs abc fox msnbc npr pbs itv sky tass
ria interfax xinhua kyodo yonhap bernama aljazeera al-jazeera haaretz ynet dpa ansa efe anadolu
wikinews twitter facebook youtube instagram tiktok x telegram buzzfeed vox vice newsweek
""".split())

# Endings of outlet names ("… Times", "….com").
OUTLET_SUFFIXES = ("news", "times", "post", "journal", "herald", "agency", "press", "tribune",
                   "guardian", "telegraph", "gazette", "radio", "tv", "television", "network",
                   "broadcasting", "wire", "daily", "magazine", "review", "chronicle", "observer",
                   "independent", "mail", "express", "sun", "mirror", "standard", ".com", "online",
                   "today", "insider", "examiner", "bulletin", "courier", "dispatch", "register")

# Pronouns that refer back to a person.
PERSON_PRONOUNS = frozenset("he she him her his hers".split())

# Pronouns that refer back to a group (people named together, officials, an institution).
PLURAL_PRONOUNS = frozenset("they them".split())

# Pronouns that refer back to an institution.
ORG_PRONOUNS = frozenset("it its".split())

# A speaker named again as the subject of the next clause ("he said", "they said").
THIRD_PERSON_SUBJECTS = frozenset("he she they".split())
# The narrator or the speaker's own group: "I told her", "we said".
FIRST_PERSON_SINGULAR = frozenset("i me".split())
FIRST_PERSON_PLURAL = frozenset({"we"})
SPEAKER_PRONOUNS = PERSON_PRONOUNS | FIRST_PERSON_SINGULAR
GROUP_PRONOUNS = PLURAL_PRONOUNS | FIRST_PERSON_PLURAL

# Capitalised words that stand before a surname without being a first name.
NOT_FIRST_NAMES = frozenset("""
The A An And But Mr Mrs Ms Dr President Minister Senator Governor Mayor Chief Officer General Judge
Pope Prince King Queen Secretary Spokesman Spokeswoman Director Professor Coach Captain Justice
Representative Sheriff Detective Sergeant Lieutenant Colonel Major Admiral Commissioner Chairman
When While After Before Since If In On At For From With By Of To As
""".split())

# Head words that make a capitalised phrase an institution ("… Agency", "Air Force").
INSTITUTION_HEADS = frozenset("""
academy agency force forces service office ministry department council committee commission board bureau guard
police army navy court party university association institute centre center company corporation
authority administration campaign organisation organization foundation union federation
""".split())

# Honorifics that say a person's gender ("Mr. Obama" is not Michelle Obama).
HONORIFIC_GENDER = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female", "sir": "male",
                    "dame": "female", "lady": "female", "lord": "male"}

# Role words that say a person's gender ("her husband, Frank Fiorina"; "the spokeswoman").
MALE_ROLE_WORDS = frozenset("""
husband father son brother uncle nephew grandfather grandson widower boyfriend spokesman chairman congressman
councilman businessman king prince duke emperor
""".split())
FEMALE_ROLE_WORDS = frozenset("""
wife mother daughter sister aunt niece grandmother granddaughter widow girlfriend spokeswoman chairwoman
congresswoman councilwoman businesswoman queen princess duchess empress actress
""".split())

# Relatives named beside the person a story is about ("she vented to her husband, Frank Fiorina"): a
# relative named once does not take over the family name the story keeps using for its subject.
KIN_NOUNS = frozenset("""
husband wife son daughter father mother brother sister uncle aunt nephew niece cousin grandfather
grandmother grandson granddaughter widow widower spouse stepfather stepmother stepson stepdaughter
father-in-law mother-in-law son-in-law daughter-in-law brother-in-law sister-in-law ex-wife ex-husband
boyfriend girlfriend fiancé fiancée fiance fiancee
""".split())

# Pronouns by the gender they agree with.
MALE_PRONOUNS = frozenset("he him his himself".split())
FEMALE_PRONOUNS = frozenset("she her hers herself".split())

# Members of a party or movement: "Republicans said", "a Democrat", "the Wisconsin Republican" name people,
# never an organisation (the party itself is "the Republican Party", "the GOP").
PARTY_MEMBER_NOUNS = frozenset("""
republican republicans democrat democrats independent independents libertarian libertarians conservative
conservatives liberal liberals progressive progressives tory tories socialist socialists
""".split())
