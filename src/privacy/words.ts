// Word lists for the PHI guard's name finder. All entries are lowercase.
//
// FIRST_NAMES: common given names (US census and SSA lists, plus frequent Hispanic, African, South and
// East Asian names). It is used only to accept a *lowercase* name after a patient cue ("pt john reyes") and
// to let a capitalised common word open a name ("Grace Abernathy"). Names missing from it are still found
// when they are capitalised or follow an explicit cue ("name:", "Mr.", "Last, First").
//
// STOP_WORDS: ordinary English and health-information words; never part of a name.
// PROPER_WORDS: places, organisations, products, months: capitalised, but not a person's name unless a cue
// ("Mr.", "pt", a first name) says so ("darnell washington").

const split = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

export const FIRST_NAMES = split(`
aaron abdul abigail abraham ada adam adriana ahmad ahmed aisha alan albert alberto alejandra alejandro alex alexander
alexandra alexis alfredo ali alice alicia alison allison alma alvin amanda amber amelia amina amir amit amy ana andre
andrea andres andrew angel angela angelica angie anita ann anna anne annie anthony antonio april arjun arthur ashley
audrey austin ava barbara beatriz ben benjamin bernard bernice beth betty beverly bianca bill billy bobby bonnie brad
bradley brandon brenda brian brittany brooke bruce bryan caleb camila carl carla carlos carmen carol caroline carolyn
carrie catherine cecilia charles charlotte chen cheryl chinwe chloe chris christian christina christine christopher
cindy claire clara claudia cody colleen connie craig crystal curtis cynthia daisy dale dan dana daniel danielle darius
darnell darryl dave david dawn dean debbie deborah debra deepa denise dennis derek derrick desiree destiny diana diane
diego dolores dominic don donald donna doris dorothy douglas dwayne dylan ebony eddie edgar eduardo edward edwin eileen
elaine eleanor elena elijah elizabeth ella ellen emeka emily emma enrique eric erica erik erin ernest esperanza esther
ethan eugene eva evelyn faith farah fatima felicia felix fernando fiona frances francisco frank fred gabriel gabriela
gail gary gene george gerald gina gladys glen glenn gloria grace greg gregory guadalupe gustavo hailey hannah harold
harry hassan hazel heather hector heidi helen henry herbert hiroshi holly howard hugo hyun ian ibrahim imani irene isaac
isabel isabella ivan jack jackie jacob jacqueline jaime jamal james jamie jan jane janet janice jared jasmine jason javier
jay jean jeff jeffrey jennifer jenny jeremy jerome jerry jesse jessica jesus jill jim jimmy jin jo joan joana joanne joe
joel john johnny jon jonathan jordan jorge jose joseph josephine josh joshua joy joyce juan juana judith judy julia julian
julie june justin kai karen karina kate katherine kathleen kathryn kathy katie kayla keiko keisha keith kelly ken kenji
kenneth kevin kim kimberly kristen kurt kyle lakshmi lamar lance larry latoya laura lauren lawrence leah lee leon leonard
leslie li liam lillian lily linda ling lisa liz logan lois lorenzo lori louis louise lucas lucia lucy luis luke lydia
lynn madison malik mandy manuel marcus margaret maria marian marie marilyn mario marisol mark marlene martha martin
marvin mary mason mateo matthew maureen max megan mei melanie melissa melvin mia michael michele michelle miguel mike
mildred min mohammed monica morgan muhammad nadia nancy naomi natalie nathan nathaniel neil nicholas nicole noah nora
norma olga olivia omar oscar pablo pam pamela patricia patrick paul paula pedro peggy peter philip phillip phyllis
priya rachel rafael rahul raj ralph ramon randy raul ravi ray raymond rebecca regina renee rhonda ricardo richard rick
rita rob robert roberto robin rodney roger ron ronald rosa rose ruben ruby russell ruth ryan sally sam samantha samuel
sandra sandy sanjay santiago sara sarah scott sean sebastian sergio shannon sharon shawn sheila shirley sofia sonia
sophia stacy stanley stephanie stephen steve steven sue sunita susan suzanne sylvia tamara tamika tammy tanya tara
ted teresa terrell terry theresa thomas tiffany tim timothy tina todd tom tommy tony tracy travis troy tyler tyrone
valentina valerie vanessa veronica vicki victor victoria vikram vincent virginia walter wanda wayne wei wendy william
willie xin yolanda yuki yusuf zachary zoe
`);

export const STOP_WORDS = split(`
a about above after again against ago ahead all almost alone along already also although always am among an and another
any anybody anyone anything anyway anyways apart are around as ask asked asking asks at away back bad be became because
become becoming been before being below best better between both but by can cannot cant could couldnt did didnt do does
doesnt doing done dont down during each early either else enough especially even ever every everyone everything exactly
few first for from further get gets getting give given go goes going gone good got great had hardly has hasnt have
havent having he hello help her here hers herself hey hi him himself his how however i if im in instead into is isnt it
its itself ive just kind know last later least less let like likely little lot lots made make makes making many may maybe
me mean meant might mine more most much must my myself need needs never new next no nobody none nor not nothing now of
off often oh ok okay old on once one only or other others otherwise our ours out over own per perhaps please plus pls
probably quite rather re really right same say says see seem seems several shall she should shouldnt since so some
somebody someone something sometimes soon sorry still such sure than thank thanks that thats the their theirs them then
there these they thing things think this those though through thru thus to today together tomorrow too toward under
unless until up upon us use used very via want wanted wants was wasnt way we well went were what whatever when where
whether which while who whole whom whose why will with within without won wont would wouldnt yes yet yesterday you your
yours yourself yeah yep nope hmm lol btw fyi asap thx ty dear team everybody anyone hiya
able add added again agree allowed answer anymore apply applied applies asking attach attached based begin call called
calling calls came cancel cancelled care change changed check checked checking choose come comes coming complete confirm
could count counts cover covered covers deal decide demand demanding denied deny do does email emailed emailing end enter
entered explain fax faxed faxing fill find fix fixed found free gave get given handle handled handles happen happened
hear heard hold housed keep keeps kept knew learn learned leave left let look looked looking lost mail mailed mailing
means meet merge merged met miss missed missing move moved moving note noted open opened order ordered paid pass passed
pay pick print printed pull pulled put read ready reach received request requested requesting requests return returned
said saw says scan scanned see seen send sending sent set share shared show showed shows sign signed start started stay
still take taking talk tell telling think told took try trying update updated upload wait want wants wrote yelled
angry upset wrong right correct incorrect late early urgent new old real fake full partial whole complete final
first second third last next other same different duplicate double
patient patients pt pts resident residents client clients member members family mom dad mother father husband wife son
daughter sister brother aunt uncle cousin grandma grandpa grandmother grandfather neighbor neighbour friend boss manager
supervisor coworker director instructor teacher doctor doc nurse lawyer attorney guardian guarantor caller person people
man woman guy girl baby child kid kids
chart charts record records file files note notes result results report reports summary lab labs bill bills claim claims
account accounts visit visits admission discharge encounter procedure surgery diagnosis order orders form forms copy
copies request release authorization amendment portal access date dates birth dob mrn ssn id number name names phone
address email room bed floor unit suite apt box
medical medicine health healthcare information info technology tech technician technicians management manager
administrator admin coding coder coders code codes billing biller specialist specialists clerk clerks analyst analytics
data documentation improvement integrity privacy security compliance officer officers quality revenue cycle registration
scheduling front desk office department services service system systems program programs course courses class classes
school college university community state national american association academy council board institute foundation
registered certified certification certifications certificate professional associate associates bachelor bachelors
master masters degree degrees diploma exam exams test tests practice clinical outpatient inpatient physician physicians
hospital hospitals clinic clinics center centre general memorial regional county city valley mercy saint st sacred
heart children university medical rehab hospice nursing home facility facilities practice group network
release records information technician administration act rule rules law laws standard standards breach notification
minimum necessary access right rights retention security privacy portability accountability electronic personal
protected insurance insurer payer payers medicare medicaid tricare commercial federal
`);

/** Places, organisations, products, months and days: capitalised but not people (they may still be surnames after a cue). */
export const PROPER_WORDS = split(`
level levels international classification classifications diseases disease procedures procedural terminology
modification edition guidelines guideline category chapter section part appendix
cancer tumor tumour registrar registrars registry oncology cardiology radiology pathology pediatrics pediatric surgical
emergency trauma behavioral mental dental vision pharmacy laboratory rehabilitation orthopedic orthopedics obstetrics
epic cerner meditech allscripts athena athenahealth nextgen eclinicalworks oracle indeed linkedin glassdoor google
microsoft excel word windows zoom teams slack discord chartpath youtube reddit facebook
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december jan feb mar apr jun jul aug sep sept oct nov dec spring summer fall winter morning afternoon
evening night week weeks month months year years day days hour hours minute minutes time
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana
iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska
nevada hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode island tennessee texas utah
vermont virginia washington wisconsin wyoming puerto rico guam columbia america usa canada
chicago houston phoenix philadelphia antonio diego dallas san jose austin jacksonville columbus charlotte indianapolis
seattle denver boston detroit nashville memphis portland vegas louisville baltimore milwaukee albuquerque tucson fresno
sacramento atlanta miami oakland minneapolis tulsa cleveland tampa orlando pittsburgh cincinnati dayton kansas omaha
raleigh springfield franklin los angeles francisco lake salt des moines new orleans st louis
north south east west northern southern eastern western upper lower central
street avenue road boulevard lane drive court way place terrace circle highway parkway route
vue pearson prometric psi ahima aapc nha cahiim hipaa hitech hhs ocr cms cdc bls
`);

/** Tokens that may close a name ("carlos mendoza jr"). */
export const NAME_SUFFIXES = split('jr sr ii iii iv');

/** First names that are also everyday words ("can a patient sue me"): lowercase, they need a surname after them. */
export const WORD_NAMES = split(`
art bill bob buck chase crystal daisy dawn destiny don eve faith frank gene grace guy hazel heather holly hope ivy jack
jan jay jo joy june ken lee mark max may min pat ray rob robin rose ruby sandy sue summer ted tom will
`);

/** Uppercase abbreviations that are never names, even in "LAST, FIRST" form. */
export const ACRONYMS = split(`
rhit rhia cca ccs ccsp ccs-p cpc coc crc cdip chda chps cehrs cbcs cpb cpma ahima aapc nha cahiim icd cpt hcpcs ehr emr
him hit phi roi hipaa hitech drg drgs ms-drg apc hcc mbi npi tin ein ssn mrn dob dos csn fin har acct er ed icu or
usa cms hhs ocr bls faq ceu ceus gpa ged ama apa pdf fax attn asap fyi epic cerner
`);

/** Words that make a nearby name a colleague, teacher or contact rather than a patient ("my instructor Ms. Delgado"). */
export const STAFF_WORDS = split(`
instructor instructors teacher teachers professor prof dean director manager supervisor boss coworker co-worker
colleague mentor recruiter recruiters hr advisor adviser counselor coach tutor classmate trainer preceptor author
interviewer chair coordinator lead principal ceo cfo cio owner interviewing hiring career admissions registrar
reference references
`);

/** Two or three capitals that are abbreviations, not someone's initials ("ER 3/4/2025" is no person). */
export const NOT_INITIALS = split(`
er ed or hr id va us uk md do rn pa np ct ok tv am pm it ai ml dm him hit roi phi ehr emr cms ceu gpa ged sat act mri
ekg ecg icu pt ot st dob dos mrn ssn fyi eta eod eob poa pcp ent ob gyn cna cma lpn ms mba jd phd bsn asn aas bs ba
ma na no hi yes ny la dc nj tx ca fl il oh ga nc az co wa ma mi mn wi pr aapc cpc cca ccs rhit rhia nha ahima est pst
cst mst edt pdt cdt q1 q2 q3 q4 ie eg ps iv po bp hr
`);
