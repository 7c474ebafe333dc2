"""The reporting-cue lexicon: verbs that introduce speech, writing or stance. Data."""
from __future__ import annotations

REPORTING_VERBS = set("""
say tell add warn insist accuse deny announce write tweet claim argue explain note state
declare confirm suggest acknowledge admit stress emphasise emphasize predict promise vow
pledge urge describe ask reply respond comment report complain caution allege maintain
assert recall concede reveal indicate signal hint threaten boast joke quip recount testify
estimate forecast propose demand agree criticise criticize praise blame dismiss reject
question conclude continue contend counter observe remark mention disclose advise
reiterate repeat lament plead shout yell whisper scream post declare brand label dub
point chant
call believe think hope expect fear
""".split())

# Verbs that make an event even without a target entity ("Mr Park resigned").
EVENT_VERBS = set("""
invite meet visit sue appoint sanction sign attend announce arrest elect fire resign launch
acquire buy sell open close win lose approve reject ban block kill attack strike charge
convict sentence release free nominate hire sack dismiss award fine raid seize invade
withdraw join leave host welcome criticise criticize praise accuse threaten agree settle
merge invest cut raise lower introduce propose pass veto vote protest march negotiate
condemn impose lift order deport extradite pardon honour honor endorse defeat beat
""".split())
# Verbs too light or too common to be events of their own.
NON_EVENT_VERBS = set("""
be have do say tell add write tweet make get go take come see know think believe want
seem become let use keep give put try call describe ask note continue expect hope fear
""".split())

# Stance, evidence and wanting: attribution whose content is an object or an infinitive as
# well as a clause ("X criticised the plan", "the poll shows Y ahead", "X wants to run").
STANCE_VERBS = set("""
want prefer oppose back endorse criticise criticize praise defend reject blame thank
urge refuse promise vow pledge propose applaud slam attack mock challenge condemn welcome
show find reveal suggest indicate demonstrate ask call demand accuse deny dismiss question
see view regard consider deem know believe think feel fear worry expect hope wish plan intend
aim seek look decide decline agree offer cite mention describe portray characterize characterise name
list identify label brand dub discuss express voice echo recall remember acknowledge
recognize recognise concede admit favor favour tout hail champion promote advocate embrace
denounce decry blast rip fault threaten recommend request predict forecast estimate rate
highlight stress emphasize emphasise compare answer address reference dispute contest doubt
announce declare confirm release issue share tweet post write read
""".split())
# Verbs of thought and perception: their object is content only as a judgement ("sees
# him as an asset"), never a thing seen ("saw the tunnels").
JUDGING_VERBS = set("""
see view find know think feel believe hope fear worry expect wish remember recall regard consider
""".split())
# Light verbs that attribute only with a word of speech as their object ("made the
# argument", "offered their thoughts", "delivered a speech on trade").
LIGHT_VERBS = set("""
make give deliver issue share express raise voice offer lay put cast draw
""".split())
SPEECH_NOUNS = set("""
argument case point comment comments remark remarks statement speech thought thoughts view
views concern concerns question questions claim claims promise pledge warning message
assessment opinion description evaluation criticism praise defense defence critique
explanation prediction estimate forecast proposal plan vision appeal plea call demand request
complaint accusation allegation denial apology condolence condolences prayers support
endorsement objection objections doubt doubts fear fears hope hopes praise testimony account
version theory interpretation analysis verdict judgment judgement picture portrait sense
vote votes ballot
""".split())

# Speech and advocacy with a prepositional object as the content: "spoke about the
# economy", "called for a ban", "campaigned against the deal".
PREP_CUES = set("""
talk speak comment write testify warn complain argue joke boast tweet post rant lecture
report remark reflect brag muse weigh fret worry ask call push advocate vote campaign press
lobby fight rail lash hit agitate plead appeal rally caution inquire refer point respond
focus apologize apologise
""".split())
CONTENT_PREPOSITIONS = {"about", "on", "of", "for", "against", "over", "regarding"}
# "spoke to reporters" names the listener; only these verbs say something with "to".
TO_CUES = {"refer", "point", "respond"}
# Nouns of speech and stance: "Trump's criticism of Clinton", "her comments about the
# deal"; the possessor is the speaker, the object of the preposition the content.
STATEMENT_NOUNS = set("""
criticism comments comment remarks remark views view concerns concern questions
question message words statement claim claims assertion argument call calls attack attacks
praise defense defence endorsement opposition rejection warning warnings promise pledge
response reply assessment opinion description accusation accusations denial
""".split())

# Sources that are not people: "Ms Marsh led in Monday's poll", "the latest poll has
# her ahead".
EVIDENCE_NOUNS = set("""
poll polls survey surveys study studies report reports ranking rankings analysis tally count
census estimate estimates projection projections forecast data average
""".split())
