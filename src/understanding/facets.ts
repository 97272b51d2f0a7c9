// Which part of a topic a question asks about: the exam, the cost, eligibility, keeping a credential...
// Used for follow-ups ("how long is the exam?" after the CCA) so they get that part, not the whole card.
import { LEAD_PART, SOURCES_PART, type AnswerLayout, type AnswerPart } from '../knowledge/parts.js';
import { ASKS_ABOUT_A_PLACE } from './places.js';
import { requiredText } from '../util/required-text.js';
import { RequiredTextSet } from '../util/required-text-set.js';

export interface Facet {
  name: string;
  /** Words in a question that ask for this facet. */
  asks: RegExp;
  /** Words in a part's label that answer it. */
  label: RegExp;
  /** Words in a part's text that answer it, when no label says so. */
  text?: RegExp;
}

// "how long is it?", "and how long?", "how much time do u get?": a length asked of what was just said, with no name of its own.
export const TIME_OF_IT = /\bhow much time (do |does |would |will )?(you|u|i|we|they) (get|have)\b|\bhow long is (it|that|this)\s*\??$|^\W*(and |so )?how long\W*$/;
// "what is it?", "so what does that mean?": only what the thing named is.
export const WHAT_IS_IT = /^\W*(?:(?:so|and|ok|okay|but)\W+)?(?:what(?: even| exactly| actually)?(?:'s| is| are|s) (?:it|that|this|they|those|these)|what (?:does|do) (?:it|that|this|they) (?:mean|stand for))\W*$/i;
// "what are they for exactly?": what the thing in context is for, which its direct answer says (a follow-up only: asked
// alone of something named, it asks more than what the thing is).
const WHAT_IT_IS_FOR = /^\W*(?:(?:so|and|ok|okay|but)\W+)?what(?: even| exactly| actually)?(?:'s| is| are|s) (?:it|that|this|they|those|these)(?: used| even| actually| really)? for(?: exactly| then)?\W*$/i;

// Parts that give a deadline ("One extension", "Timing"), asked as "how soon" or as a bare "time limit?".
const DEADLINE_LABEL = /deadline|timing|when|time limit|turnaround|extension/;
const DEADLINE_TEXT = /\b\d+ (calendar )?days\b/i;
// Parts that say where a rule does not apply, asked as "are there exceptions?" or "does it apply when...?".
const EXCEPTIONS_LABEL = /exception|not apply|exempt|not included|exclu/;

export const FACETS: readonly Facet[] = [
  // Before the cost: "what does it cost to keep it up?" asks about keeping it (the renewal part says what that takes).
  { name: 'renewal', asks: /\bupkeep\b|\b(so|that|or) (i|you|u|we|she|he|they) (don'?t|do not|won'?t|wont) lose (it|them|my|the|her|his|their)\b|\bwhich (courses?|classes|webinars?|trainings?|activities|events) (count|qualify)\b|\b(keep (it|them|my|the)(?! (medical |health |patient |patients'? |old |paper |these |those )*(records?|files?|charts?|documents?|data|information|copies|logs?|forms?|authori[sz]ations?)\b)|keep (it )?(up|active|current)|renew\w*|maintain|ceus?|recert\w*|expires?|(?<!\bwho (is|are) (it|that|this|they) )good for(?=\s*([?.!]|$|life\b|ever\b|\d|a year\b|years\b|how long\b)))/, label: /keep|renew|ceu|recertif|maintain/ },
  { name: 'cost', asks: /\b(costs?|fees?|price|charge|charges|charging|(?<!\bby )how much\b(?! (time|longer|experience|school))(?![^?.!]*\b(make|makes|making|earn|earns|earning|paid|(it|they|the job|jobs|employers?|hospitals?|clinics?|coding|the work) pays?(?! for (it|the (exam|test)|school|training|tuition)\b)|salary|wages?|to pass|score|hour|hourly|(they|you|u|we|people|he|she|clerks|coders|techs) (get|gets)(?! (charged|billed)\b)|(they|you|u|we|people|he|she|clerks|coders|techs) take home)\b)|expensive|cheap|cheaper|cheapest|afford|tuition|pays? for)\b|\b(is|are|was) (it|that|this|they|the [\w-]+) (really |actually |always |totally )?free\b|^\W*(it|that|this) (is|was) free\b|\b(for|at no) (free|charge|cost)\b|\bfree of charge\b|\$\d[\d,.]*(?: \w+){0,3} (max|maximum|limit|cap|most|allowed|normal|reasonable|too much)\b/, label: /cost|fee|price|tuition/, text: /\$\d|\bfees?\b/i },
  // "what's the next credential up, and do I qualify?": the next step (whose part says what it takes), before eligibility.
  { name: 'next', asks: /\bwhat (comes )?(after|next)\b|\bnext step\b|\bthen what\b|\bnext (credential|cert|certification|level)\b|\bnext one up\b/, label: /next|after/ },
  { name: 'eligibility', asks: /\b(do|does|would|will) (i|you|u|she|he|we|they|a candidate|candidates|someone|people|applicants?) (still |really |actually )?(need|require) (any |prior |previous |some |much |real |actual )?([\w-]+ )?experience\b|\b(is|are) (any |prior |previous |some )?([\w-]+ )?experience (required|needed|necessary|mandatory|a must)\b|\b(my |work |job |on-the-job |coding )?experience (count|counts|work|qualify|substitute|replace)( (instead|for it|in place))?\b|^\W*(any |what |how much )?(experience|exp|work experience) (needed|required|necessary|need|recommended)\W*$|\b(am i|are you|is she|is he|are they|are we|would i be|will i be) (even |still |actually |really )?(allowed|eligible|qualified) to (take|sit|sit for|apply for|test)\b|\b(do|would|will|does) (i|you|u|she|he|we|they) (have|has) (enough|what it takes)( (experience|years|background|time))? to (sit|take|apply|qualify|test)\b|\b((what|which) (kind of |type of )?(school|schooling|education|degree|program|training) (do|would|will|does) (i|you|one|someone) need( for (it|that|this|them|that one|this one))?\s*\??$|do (i|you) need (a |an )?(degree|diploma|school|college) for (it|that|this|them)|qualify|elig(?:ib\w*)?|requirements?|prereq(?:uisites?|s)?|need to (have|take|do) before|who can (take|sit)|recommended (before|to have|first)|before (taking|sitting|testing|(i|you|we|they|she|he) (can |could )?(take|sit|test))|how much experience|(years|months) of (\S+ )?experience|\b(\d+|one|two|three|four|five|six) (years?|yrs?|months?) (of )?(\S+ )?experience|based on (my |your |work |job )?(\S+ )?experience|experience (do|would|will) (i|you) need|can i (take|sit|get) (it|that|this) with(out)?|without (a |an |any )?(degree|diploma|college|school|schooling|experience|training)|(need|have) to be (an? )?[\w-]+( \w+)? (first|before)|what (do |does |would )?(i|you|u|one|someone|we) need (?![^?.!]*\b(bring|wear|pack|know|study|have with)\b)[^?.!]{0,25}\b(to (sit|take)|allowed|eligible))\b|\bcan i (still |even |actually )?(take|sit for|sit|get) (it|that|this)( or not)?\s*\??\s*$|\b(could|can) (i|you|u|we) (still |even |actually |really |already )?(sit for|sit|take) ((it|that|this|one|either|them) )?(right now|now|yet|already|today)\b|\bwhat (do |does |would )?(i|you|u|one|someone|we) (need|must have) (for|to) (apply|applying)\b|\b(do|would|will) (i|you|u|we|one) (still |even |really |actually )?(need|have to (go to|do|finish|attend)) (a |an |the )?(degree|diploma|school|schooling|college|program|classes|coursework|(coding |work |job |any )?experience) (first|before)\b|\b(recommended|suggested) (paths?|routes?)\b/, label: /eligib|requirement|who can/ },
  { name: 'issuer', asks: /\bwho (?:(?:inside|in|at|within) (?:\w+ ){1,3})?(?:actually |really |exactly )?(awards|offers|gives|give|runs|issues|administers|grants|maintains|keeps|updates|publishes|owns|make|makes|made|created|develops|is in charge|enforces|enforce|oversees|regulates)\b(?! (more|most|better|the most|money))|\bwhich (organi[sz]ation|body|group)\b|\bwho(?:'s| is) (the )?(cop|police|policeman|watchdog|enforcer|referee)\b|\bwho (actually |really )?(comes after|goes after|polices|punishes|fines)\b|\bwho(?:'s| is)? (actually |really )?(checking|checks|monitoring|monitors|making sure|makes sure)\b|\bwho(?:'s| is| are) (making|creating|publishing|writing|issuing|running|updating|maintaining) (it|them|that|this|those|these|the [\w-]+)\b/, label: /who awards|who offers|who runs|who grants|who is in charge|who decides|who maintains|who publishes|who owns|who enforces|enforce/, text: /\benforce[sd]?\b|\b(belong|belongs) to\b|\b(owned|awarded|issued|maintained|delivered|run) by\b/i },
  // "does the patient have to sign something for that?": the authorization a disclosure needs.
  { name: 'authorization', asks: /\b(have to|has to|need to|needs to|must|got to|gotta) sign\b|\bsign (something|anything|a form|a release|an authori[sz]ation|a consent|off)\b|\b(consent|permission|authori[sz]ation|release) forms?\b|\bwritten (permission|consent)\b/, label: /authoriz/ },
  // "so who do they actually talk to?": the people a role works with (no patients, for coders).
  { name: 'colleagues', asks: /\bwho (do|does|would|will|did) (they|coders|clerks|you|i|he|she|we) (actually |really |usually |mostly |typically |even )?(talk|speak|work|deal|interact|communicate) (to|with)\b|\b(do|does|would|will) (they|coders|clerks|you|i|techs|technicians) (ever |actually |really )?(work|deal|interact) (directly )?with (the )?patients\b|\bpatient contact\b|\b(have to|need to|gotta|got to|would i|will i|do i|do you) (\w+ )?(deal|work|interact|be) (w|with|around|near) (the |real |actual )?patients\b|\b(see|touch|talk to) (the |real |actual )?patients\b/, label: /who they work with|working with others|^people$/ },
  // "what's driving that growth?": why demand grows.
  { name: 'growth-reason', asks: /\bwhat(?:'s| is| are|s)? (driving|behind|causing|fueling|fuelling)\b|\bwhy (is|are) (it|that|the field|the job|jobs|demand|employment) (still )?(growing|increasing|rising|in demand)\b|\breasons? (for|behind) (the |that |this )?(growth|demand)\b/, label: /why it grows/ },
  // "what kind of stuff do they cover?" asks what a code set or a course holds, not whom it covers.
  { name: 'covers', asks: /\bwhat (kind of |kinds of |sort of |type of |types of )?(stuff|things|services|items|topics|codes|subjects)? ?(do|does|would|will) (it|they|that|this|those|these|the [\w-]+( [\w-]+)?)( codes)? (cover|include|contain|list)\b|\bwhat(?:'s| is| are) (covered|included|in it)\b|\b(does|do|would|will) (it|they|that|this|those|these|level (ii|2|two))( also| even)? (cover|include) (stuff|things|items|services|codes|supplies|equipment|ones)? ?(like|such as)\b/, label: /^what ([\w%-]+ ){0,2}(usually )?covers/ },
  { name: 'audience', asks: /^\W*who (is it |it's |its )?for\W*$|\bwhat (does|do|would|will) (someone|somebody|a person|people|one|holders?) (with|holding) (it|that|this|one|the|an?)( [\w-]+)?( credential| cert| certification)? (actually |really )?do\b|\bwho (is it|it is|are they|is this) for\b|\bwho('s| is| are) (it|this|that|they) (meant |made |designed |aimed )?for\b|\bfor beginners?\b|\bwho uses (it|them|this|that)\b|\b(does|do) (it|that|this|they) (apply to|cover)\b|^\W*(it|that|this|they) (apply|applies) to\b|\bwho (has|needs) to follow\b|\bwhich (one |of (the|those|these|them) (two |2 )?)?(fits|suits|works) (better|best)\b|\b(fits|suits) (us|me|our [\w-]+|my [\w-]+) (better|best)\b|\b(are|is) (they|we|those|these|(our |the )?(vendors?|contractors?)) (also |still |even )?(on the hook|covered|liable|bound by (it|that|this|hipaa))\b|\bfor (which|what) (kind|type|sort) of (person|people|worker|workers|job)\b|\bwhat (kind|type|sort) of (person|people) (is it|it is|is this|are they) for\b/, label: /who it'?s for|who they'?re for|who must|who uses|who it covers|where you'll meet/ },
  // "where do RHITs usually work?": the places that employ them.
  { name: 'settings', asks: /\bwhere (do|does|can|could|would|will|might) (\w+ ){1,3}(usually |typically |mostly |normally )?(work|get hired|be employed|find (a )?jobs?)\b|\bwhat (kind of |kinds of |types of )?(places|employers|settings|facilities|workplaces) (hire|employ)\b|\bwho (actually |really |usually |typically |mostly )?(hires|employs)\b|\bwhere (they|he|she|you|people|\w+s) (are |is )?(usually |typically |mostly |normally )?working\b/, label: /settings|\bwhere\b.*\bwork|employ/, text: /\bsettings such as\b|\bhospitals\b[^.;]{0,60}\b(clinics|long-term care|physician (offices|practices)|insurers|payers|vendors)\b/i },
  // "do I need the RHIT for this job?": whether a job requires it, which the topic about needing a certification answers.
  { name: 'required', asks: /\b(i|you|one|we|someone) (really |actually |even |still |also )?(need|have to have|have to get|must have)( to (have|get))? (the |a |an |my )?[\w-]+( (cert|certification|certificate|credential|license))? (for|to (get|land|do))( (this|that|the|a|an|my|any|such))?( [\w-]+)? (job|jobs|work|position|role)\b|\b(required|mandatory|needed) (for|to get) (the |a |this |that )?(job|jobs|work|position)\b|\b(i|you|u|one|we|someone) (really |actually |even |still |also )?(need|have to have|must have) (it|that|this|one|the [\w-]+|an? [\w-]+) to (work|get hired|be hired|get a job)\b/, label: /^do i need a cert/ },
  // "how often do I have to do it?" after HIPAA training.
  // "is that yearly? what's the hourly?" after the pay: the hourly figure, wherever the pay topic gives it.
  { name: 'hourly', asks: /\bhourly\b|\b(per|an|by the|for (one|1|an)) hour\b(?! (shift|day|drive|away))/, label: /hourly/, text: /\$\d[\d,.]* (an|per) hour\b|\bhourly\b/i },
  { name: 'frequency', asks: /\bhow often\b|\bhow (frequently|regularly)\b|\b(every|each|once a) year\b|\b(is|are) (it|that|this|they) (yearly|annual)\b|\b(do|redo|repeat|renew) (it|that|this|them) (yearly|annually)\b/, label: /how often|yearly|annual|frequen|update|chang/, text: /\bevery (two|2|three|3|five|5) years\b/i },
  // Before the notice: "what's the deadline to tell the patients?" asks when, not how. A "time limit to do something"
  // is a deadline here; a bare "time limit?" is read after the exam (the 'deadline' facet below).
  { name: 'timing', asks: /^\W*\d+ (calendar |business )?days\W*$|\bhow (fast|soon|quickly)\b|\bhow long do (we|i|you|they|providers|hospitals) have\b|\bhow long (does|do) (a|an|the|my|our|your) [\w-]+ have to (?!(be )?(keep|kept|retain|retained|store|stored|hold|held|save|saved|maintain|maintained|work|study)\b)|\bhow long (until|before)\b|\bdeadlines?\b|\bhow many days\b|\btime (limits?|caps?) (to|for|on) (?!(the |an? )?([\w-]+ )?(exam|test)\b)|\bturnaround\b|\bwithin how\b|\bmiss(ed|ing)? (the|a|our) (deadline|\d+ days|date)\b|\bextensions?\b|\b(make|made|get|getting) it (done )?in time\b|\b(run|running|ran) late\b|\btake (any )?longer\b|\b(more|extra|additional) time\b/, label: DEADLINE_LABEL, text: DEADLINE_TEXT },
  // "do we have to tell the patient?" after a breach: how people are told (HHS and the media are told otherwise).
  // Who must be told ("who do we have to tell?"): the part that names them, not how they are told.
  { name: 'recipients', asks: /\bwho else\b[^?.!]{0,40}\b(tell|notify|inform|report (it |this |that )?to)\b|\bwho (do|does|must|should|would) (we|i|you|u|they|the [\w-]+) (have to |need to |got to )?(tell|notify|inform|report (it |this |that )?to)\b|\bwho (has|needs) to be (told|notified|informed)\b/, label: /^$/, text: /\bnotify\b[^.;]{0,60}\b(each|every|affected|hhs|media|individuals?|persons?|people)\b/i },
  { name: 'notice', asks: /\b(tell|notify|inform|let) (the |our |a |each )?(patients?|people|individuals?|persons?|them|him|her)\b/, label: /told|notif|notice/ },
  { name: 'pay', asks: /\b(pays?(?! for (it|the (exam|test|course|class|program|membership|certification|cert)|school|training|tuition|my|your|her|his|our|their)\b)|paid(?! (staff|employees|workers|volunteers|positions?|members|people|leaders|officers)\b)|salary|salaries|wages?|(earn|earns)(?! (it|them|that|this|one|the|a|an|my|your|his|her|their|credentials?|certs?|certifications?|ceus?|degrees?)\b)|make more|makes more)\b|\b(how much|what) (do|does|did|would|will|can|could) (they|you|i|we|he|she|it|one|those|these|people|someone)( \w+)? (make|bring in)\b|\bhow much (do|does|did|would|will|can|could) (an? |the )?[\w-]+s? (usually |typically |actually |really )?(make|bring in)\b|\b(how much|what) (do|does|did|would|will|can|could) ((an?|the|most|new|entry[- ]level|experienced|certified) )?([\w-]+ ){0,2}[\w-]+ (usually |typically |actually |really |normally )?(make|bring in|take home)(?=\s*([?.!,]|$)|\s+(a year|an hour|a month|per|yearly|annually|hourly|starting|at|in|with|on average|these days|now|right now|after|out of|fresh|to start|as)\b)/, label: /pay|salary|wage|earn/ },
  // "what do the highest paid ones make?", "the low and high ends of the scale": the spread of the pay.
  { name: 'range', asks: /\b(highest|top)[- ](paid|earners?|end|10|ten)\b|\bhigh(er)?[- ]end\b|\b(low|lower|lowest|bottom)( ends?)? (and|to|&|vs\.?|or) (the )?(high|higher|highest|top)\b|\b(pay |salary |wage )?range\b|\bspread\b|\bhow high (can|does|do) (it|pay|the pay|salary|salaries|wages)\b|\bmost (you|they|i|one|someone) can (make|earn)\b/, label: /whole occupation|range/, text: /\btop 10%/ },
  // "how does that compare with a few years ago?" after the pay: the older figures the card lists.
  { name: 'older', asks: /\b(a few|a couple of|couple|some|several|\d+|two|three|five|ten) (years?|yrs?) (ago|back)\b|\bback (then|in the day)\b|\b(compare|compared|comparison) (with|to) (before|earlier|the past|previous years|past years|last year)\b|\bhow (has|have) (it|that|this|pay|the pay|they|the numbers?|the figures?) changed\b|\b(older|earlier|previous|prior|past|last) (figures|numbers|data|years|editions?|projections?|forecasts?|estimates?|reports?)\b/, label: /older|earlier|previous|^other (figures|percentages|numbers|rates)/ },
  // "how big does it gotta be before the feds need to know right away?" after breach notification: the size that
  // makes HHS be told at once.
  { name: 'threshold', asks: /\bhow (big|large|bad|many (people|patients|records|individuals|persons))\b[^?.!]{0,40}\bbefore\b|\bthreshold\b|\bcut-?off\b|\bat what (size|number|point)\b/, label: /^500 or more/ },
  // "do u ever have to tell the news" after breach notification: when the media must be told (its media part).
  { name: 'media', asks: /\b(tell|notify|inform|call|alert|contact|go to) (the )?(news|media|press|newspapers?|tv|reporters?|local news)\b|\b(news|media) (outlets?|notice|notification)\b|\b(in|on) the news\b/, label: /^$/, text: /\bmedia\b/i },
  // "can extras roll over to the next cycle?" after CEUs: whether extra CEUs carry over (the renewal rules say).
  { name: 'carry-over', asks: /\b(carry|roll|bank)(ing|ed)? (them |it |those |extras? |extra (ones|ceus?|credits?|hours) )?(over|forward)\b|\b(roll|carry|move|transfer|apply)(ing|ed)? (the |my |her |his |their |any |those |these )?(surplus|extras?|extra (ceus?|credits?|hours|ones)|leftovers?|excess)( ceus?| credits?| hours)? (in)?to (the )?next\b|\bcarry-?over\b|\broll-?over\b/, label: /^$/, text: /\bcarr(y|ies)[- ]?over\b|\bno carry-over\b/i },
  // "do they check them" after the CEUs: whether and how often the issuer audits what people report.
  { name: 'audit', asks: /\bhonou?r system\b|\b(they|aapc|ahima|nha) (ever |actually |really )(check|verify|audit)s? (it|them|that|those|these)\b|\b(do|does|will|would|could|can) (they|aapc|ahima|nha|anyone|someone|somebody) (ever |actually |really |even )?(check|verify|audit|double[- ]check)( on)?( them| it| that| those| these| my \w+)?\W*$|\b(get|gets|getting|be|been) audited\b|\bhow (often|many) (do they|are|get) (audit|check|audited|checked)\b/, label: /audit/, text: /\baudit/i },
  // "whats the main thing they do all day" after what a clerk does: the core of the work, day to day.
  { name: 'duties', asks: /\bwhat (do|does|would|will) (they|you|u|he|she|i|one|a clerk|clerks|a coder|coders|a tech|techs)( \w+)? (actually |even |usually |really |mostly )?do (all day|every day|each day|day to day|on a (typical|normal|regular|usual) day|at work)\b|\b(main|typical|daily|day-to-day|day to day|everyday) (thing|things|tasks?|duties|work|job)\b[^?.!]{0,25}\b(do|does|doing)\b|\b(daily|day-to-day|day to day) (tasks?|duties)\b/, label: /^(core work|(daily |main |typical )?duties|day to day|a typical day)/ },
  // "what do the codes actually look like?" after HCPCS: what one looks like written down (its format).
  { name: 'format', asks: /\bhow (a |an |the |each |my |our |these |those )?([\w-]+ ){0,2}(codes?|numbers?) (should|does|do|is supposed to|are supposed to|must) look\b|\bhow (should|does|do) (a |an |the )?([\w-]+ ){0,2}codes? look\b|\bwhat (do|does|would|will) ((the |a |an |those |these |its |their |each )?([\w-]+ )?(codes?|entry|entries)|it|they|that|this|one|ones) (actually |even |usually |really )?look like\b|\b(code|number) (format|structure)\b|\b(format|structure) of (the |a |an )?([\w-]+ ){0,3}(codes?|numbers?)\b|\bhow (is|are) (a |the )?([\w-]+ ){0,3}codes? (structured|formatted|built|written)\b|\bhow (long|short|big) (can|is|are|do|does|would|will) (a |an |the |each |these |those |their |its )?([\w-]+ )?(codes?|entry|entries)( (be|get|run))?\b|\bhow many (characters|chars|digits|letters|places)\b/, label: /looks? like|format/, text: /\b(characters|digits)\b/i },
  // "can I do that part time?": the hours and shifts.
  { name: 'schedule', asks: /\bpart[- ]?time\b|\bfull[- ]?time\b|\b(night|evening|overnight|weekend) (shifts?|hours|work)\b|\bwork(ing)? (nights|weekends)\b|\bwhat hours\b|\b(work|works|working|worked|be|end up|ends up|stuck|staff)( [\w-]+){0,2} (on|at|in the|during the) (nights?|weekends?)\b|\bday shifts?\b/, label: /schedule|hours|shift|part[- ]time/ },
  // "how fast is it growing?" after the outlook: the projected growth, given as a percentage.
  { name: 'growth', asks: /\bhow (fast|quickly|much)\b[^?.!]{0,25}\bgrow\w*|\bgrowth rate\b|\b(is|are) (it|that|the field|the job|jobs|demand) (still )?(growing|shrinking)\b/, label: /^$/, text: /\b(ris\w*|grow\w*|increas\w*)\b[^.;]{0,15}\d+(\.\d+)?%/i },
  // "and in california?" after the pay: what the sources say about places (often that they have no figures by state).
  { name: 'place', asks: new RegExp(`${ASKS_ABOUT_A_PLACE.source}|\\bsame (everywhere|in (every|each|all) states?)\\b|\\bvar(y|ies) (by|from) state\\b`), label: /\bstates?\b|\bcity\b|\bregion|\blocation/, text: /\b(by|per|each|every|in your) (state|city|region|area)\b|\bstate laws?\b/i },
  { name: 'length', asks: new RegExp(`^\\W*(hrs?|hours?|mins?|minutes?|yrs?|years?|length|duration)\\W*$|${TIME_OF_IT.source}|\\bhow long (does|do|will|would|is the program|is the degree|to)\\b(?![^?.!]*\\b((finish|complete) (it|the (exam|test))|(for|on|of) (the |that |this )?(exam|test))\\b)|\\bhow many (years|months|weeks)\\b|\\bduration\\b`), label: /length|how long|time/, text: /\b(\d+|one|two|three|four|six|nine)[- ](years?|months?|semesters?|weeks?|hours?|minutes?)\b/i },
  // "where do I take it?" of a credential: where its exam is taken (its card names the test delivery vendor).
  { name: 'exam-where', asks: /\bwhere (do|can|could|would|should|will|does|did) (i|you|u|we|one|people|someone|they) (go to )?(take|sit|sit for|write|do|book|schedule) (it|that|this|them|the (exam|test|rhit|rhia|cca|ccs|cpc|certification exam))\b|\bwhere (is|are) (it|the exam|the test|they|those exams) (taken|given|held|offered)\b|\bwhere (do|can|could|would|should|will) (i|you|u|we|one|people|they) (go to )?test\b|\btest(ing)? cent(er|re)s?\b/, label: /^$/, text: /\bpearson vue\b|\btest(ing)? cent(er|re)/i },
  // "is it online?" of a credential asks how its exam is delivered: where its card says (on computer, Pearson VUE).
  { name: 'exam-online', asks: /^\W*(is|are) (it|that|this|they|the exam|the test) online\b|\bcan (i|you|u|we) (take|sit|sit for) (it|that|this|the exam|the test) (online|from home|remotely|at home)\b|\b(online|remote) (exam|test)\b|\b(exam|test) online\b/, label: /^$/, text: /\bon (a )?computer\b|\bpearson vue\b|\bproctor|\bonline\b/i },
  { name: 'online', asks: /\b(online|remote(ly)?|distance|from home)\b/, label: /online|remote|home/, text: /\bonline\b|\bremote(ly)?\b|\bproctor/i },
  // "do all programs have to be accredited?": whether it is required at all.
  { name: 'voluntary', asks: /^\W*(is it |is that |so )?(mandatory|required|optional|voluntary|compulsory|a must)\W*$|\b(do|does|must) (all|every|each|most) ([\w-]+ ){1,3}(have to|need to|got to|must) (be|get|have)\b|\b(is|are) (it|that|this|they|accreditation|certification|(that|this|the) (accreditation|certification|credential|program|exam)) (even |really |actually )?(required|mandatory|voluntary|optional|compulsory)\b/, label: /voluntary|optional/, text: /\bvoluntary\b/i },
  { name: 'accreditation', asks: /\baccredit\w*\b/, label: /accredit/ },
  { name: 'history', asks: /\bwhen (was|were) (it|they|that|this) (first |originally )?(created|made|introduced|established|developed|set up)\b|\bhow far back (does|do|did) (it|they|that|this|the [\w-]+) go\b|\b(always|originally) (go |gone |went |been )?(by|under) (that|this|the same|its) name\b|\bused to be called\b|\boriginal(ly)? (name|called)\b|\b(first|old|former|earlier|previous) name\b|\bhow long has\b|\b(signed|passed|enacted|founded|created|started|made) when\b|\bbeen around\b|\bfounded\b|\bhistory\b|\bhow old\b|\bwhich (one |of (them|the two|those|these) )?((is|was) (the )?(more old|older|oldest)|(came|started|began) (first|earlier))\b|\bwhen did (it|they) (first |originally )?(start|begin)\b|^\W*when (it|they) (start|started|begin|began)\b|\bwhen did (the us|the united states|we|they|hospitals|providers|everyone|the country) (start|begin|switch to|move to|adopt) (using|to use|with|it|that|this)\b|\bwhen (was|were) (it|that|this|they|the (final )?(rule|law|act|regulation|standard)) (passed|signed|enacted|created|founded|started|made|introduced|adopted|written|published|issued|released|finali[sz]ed)\b|\bwhen did (the )?(who|world health (organization|assembly)|congress|hhs|cms|ama|aapc|ahima|nchs|the us|the united states|they) (adopt|approve|release|publish|introduce|create)( it| that| this| them)?\b|\bwhat year (was|did|were)\b|\b(from|since) when\b|\b(called|named) before\b|\bold name\b|\b(different|another|other|older|previous) name\b|\brenamed\b|\bused to be (called|named)\b|\bwhat (was|were) (it|that|this|they) (called|named)\b/, label: /history|founded|origin/, text: /\bfounded\b|\b(since|from|in) (the )?([A-Z][a-z]+ (\d{1,2}, )?)?(19|20)\d\d\b|\b(published|enacted|signed|passed|adopted|issued|introduced)\b[^.;]{0,30}\b(19|20)\d\d\b|\bformerly\b|\bused to be called\b/ },
  // After the attributes: "how much is the exam?" asks the cost and "can I take the exam online?" the online part;
  // the exam's own part answers what only it can ("how many questions", "is it hard?").
  // "is it hard?" after a credential asks how hard its exam is (the exam part gives the pass rates).
  // "can she take the exam before she actually walks at graduation?": whether the exam can be taken before finishing
  // school, which a credential's eligibility says (AHIMA's early testing in the last term).
  { name: 'early-testing', asks: /\b(take|sit for|sit|do|write|schedule) (it|that|the (exam|test|boards?)|the [a-z]{3,4} (exam|test)?) (early|before (she |he |i |you |they |we )?(actually )?(graduat\w*|walks?|finish\w*|complet\w*|gets? (my|her|his|their|the) degree))\b|\b(test|testing) early\b|\bearly testing\b|\b(while|when) (i'?m|i am|she'?s|she is|he'?s|he is|they'?re|they are|you'?re|you are) (still )?(in school|in (my|her|his|their|your|the) (final|last) (term|semester|quarter)|a student)\b|\bbefore (graduating|graduation)\b[^?.!]{0,30}\b(exam|test|sit)\b/, label: /eligib/, text: /\b(test|take it|sit) early\b|\blast term\b/i },
  // "do all of them count toward my score?": the unscored pretest items, wherever a card says which questions do not count.
  { name: 'unscored', asks: /\b(do|does|will|would) (all|every|each)( one)?( of)? ((the )?(questions|items)|(them|those|these)(?=[^?.!]*\b(score|scored|grade|pass|passing)\b))( really| actually)? (count|get scored|counted)\b|\b(all|every|each) (of the )?(questions?|items?) (count|counts|scored|graded)\b|\bunscored\b|\bpre-?test (questions?|items?)\b/, label: /^$/, text: /\bunscored\b|\bpretest\b/i },
  { name: 'exam', asks: /^\W*(harder|easier|tougher)\W*$|\bwhat(?:'s| is|s) passing\b|\bpass(ing)? (grade|mark|percent|percentage|line)\b|\bpass(ing)?\s*%|\b(fake|unscored|experimental|pretest|trial) (questions?|items?|ones)\b|\bquestions?\b[^?.!]{0,30}\b(fake|unscored|not (counting|counted|scored)|(do not|don'?t) count)\b|\bcalculators?\b|\bnumber crunchers?\b|\b(exams?|tests?|time limits?|how many (questions|qs|q's)|pass(ing)? (rate|score)|score|sit for|format|retake|how (hard|difficult|tough)(?! (is it |it is )?to (?!(pass|take|study|prepare|sit)\b))|(is|was) (it|that|this) (hard|difficult|tough|easy)(?! to (?!(pass|take|study|prepare|sit)\b))|(it|that|this) (is|was) (hard|difficult|tough|easy)(?! to (?!(pass|take|study|prepare|sit)\b))|retry|retries|try again|(code )?books? (are |is )?(allowed|permitted)|open[- ]book|bring (my |the |a |any )?(code )?books?|how many (times|attempts|tries)|(harder|easier|tougher) (than|to pass)|which (one )?(is |one is |exam is )?(harder|easier|tougher)|sign up( for (it|that|the (exam|test)))?\s*\??$|register (for )?(it|that|the (exam|test))|registration|schedule (it|the exam|the test)|where (do|can) (i|you) take|test cent(er|re)|(finish|complete) (it|the (exam|test))\s*\??$)\b/, label: /exam|test/ },
  // A bare "time limit?" asks the exam's length of a credential (above) and, of a card with no exam, its deadline.
  { name: 'deadline', asks: /\btime limits?\b/, label: DEADLINE_LABEL, text: DEADLINE_TEXT },
  // "which section of the regulations is that in?": where the rule is written (a part naming the CFR section).
  { name: 'citation', asks: /\b(which|what) (section|part|regulation|regulations|statute|cfr|citation|subpart)\b|\b(section|part|subpart) of (the )?(law|regulations?|rules?|cfr|hipaa|code)\b|\bcfr\b|\bwhere (in|is (it|that|this) in|are (they|those|these) in) the (law|regs?|regulations?|rules?|cfr)\b|\b(the|a) (cite|citation) for\b|\bneed the cite\b/, label: /where it is|legal basis|citation/, text: /\b\d+ CFR\b|§/ },
  // "is there another org's version of that?" after the CDIP: the competing credential its card names.
  { name: 'alternative', asks: /\b(another|other|different|competing|rival)\b[^?.!]{0,25}\b(version|credential|certification|cert|option|equivalent|org|orgs|organi[sz]ation)\b|\balternatives?\b|\bequivalent\b/, label: /other (\w+ )?(credential|cert)|alternative|instead|competing/ },
  // "does it apply when we send records to the treating doctor?": where the rule applies or not (its exceptions part).
  { name: 'applies', asks: /(?<!\b(how|where|when|why) )\b(does|do) (it|that|this|they) (still |even |also )?apply (to|when|if|in)\b/, label: EXCEPTIONS_LABEL },
  // "How many people actually hold it?": a count of holders, which a card gives in its text ("AHIMA counted 7,972 CCAs").
  { name: 'holders', asks: /\bhow many (people|coders|ppl|folks|professionals|techs|clerks)?\s*(actually |really |even |currently )?(hold|have|has|earned|got) (it|that|this|one|the [\w-]+)\b|\bhow many (holders|ccas|rhits|rhias|cpcs|ccss)\b/, label: /holders/, text: /\bcounted [\d,]+\b/i },
  { name: 'sources', asks: /^\W*(links?|urls?|website|site|ref|refs)\W*$|\bwhere(?:'s| is| does| did| do)?\s+(?:that|this|the|those|these|you|u)\b[^?.!]{0,30}\bfrom\b|\b(?:sources?|cite|citations?)\b|\bwho says\b|\bsays who\b|\baccording to (who|whom)\b|\bhow do you know\b/, label: /^$/ },
  // "why does it matter?", "is it worth it?", "is that legit?": why the thing counts. A part labelled for it, or
  // else the direct answer, which says what the thing is for.
  { name: 'why', asks: /^\W*(so )?why (care|bother|should i care|does it matter|it matters|is it important)\W*$|\bwhy (does|do|is|would|should) (it|that|this|they|those)\b.*\b(matter|matters|important|count|care)\b|\b(is|are) (it|that|this|they) (even )?worth (it|the)\b|\b(is|are) (it|that|this|they) (legit|legitimate|worth|recogni[sz]ed?|accepted|respected|valuable|important)\b|\bwhy (it'?s|its|is it|are they|they'?re) (so |even |that )?(important|needed|required|a big deal)\b/, label: /why|worth|value|matter/, text: /\S/ },
];

// Question words as people type them in chat ("wen did it start?", "wat is it for?").
const CHAT_SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/\bwen\b/g, 'when'],
  [/\b(wat|wut|wht|waht|whta)\b/g, 'what'],
  [/\b(hw|hwo)\b/g, 'how'],
  [/\bteh\b/g, 'the'],
  [/\breqs\b/g, 'requirements'],
  [/\breq\b/g, 'requirement'],
  // "which 1 is harder": the digit for "one".
  [/\b(which|the other|that|this) 1\b/g, '$1 one'],
];

// "once im eligible how long do i have to book it": being eligible is when, not what is asked (the booking window).
const ONCE_ELIGIBLE = /\b(once|after|when|as soon as) (i'?m|im|i am|you'?re|you are|u r|she'?s|she is|he'?s|he is|they'?re|they are|i become|you become|i get|i'?m declared|i'?ve been declared) (officially |finally )?((approved|confirmed|deemed|found|declared) (as |to be )?)?(eligible|approved|cleared)\b/g;

/** The message lowercased, with chat spellings of question words written out, for the facets' patterns. */
function asTyped(text: string): string {
  let t = text.toLowerCase();
  for (const [typed, word] of CHAT_SPELLINGS) t = t.replace(typed, word);
  return t.replace(ONCE_ELIGIBLE, '$1 then');
}

// One message is asked about its facets many times while it is understood (each candidate topic's part, the
// follow-up rules, the decision's `asked`): the last answer is kept, since the facets depend on the text alone.
let lastText: string | undefined;
let lastFacets: readonly Facet[] = [];

/** The facets a question asks about, most specific first (the exam before "how long"). */
export function facetsAsked(text: string): readonly Facet[] {
  if (text !== lastText) {
    const t = asTyped(text);
    const may = mayAsk(t);
    lastFacets = Object.freeze(examLength(FACETS.filter((f, i) => (may === undefined || may[i] === 1) && f.asks.test(t)), t));
    lastText = text;
  }
  return lastFacets;
}

// "And CCS exam, how long is it?": how long the exam is, the exam's part, when nothing else named could take time.
const TAKES_TIME = /\b(program|degree|school|course|class|training|certificate|experience|cycle|wait|window|career|job|process|study|studying|prep|prepare|preparing|results?|scores?|book|schedule)\b/i;
function examLength(found: Facet[], t: string): Facet[] {
  const exam = found.some((f) => f.name === 'exam');
  return exam && found.some((f) => f.name === 'length') && !TAKES_TIME.test(t) ? found.filter((f) => f.name !== 'length') : found;
}

// Most facets' patterns match nothing in a given message, and running them all was a tenth of an answer. The strings
// each pattern cannot match without (util/required-text.ts) rule most of them out first, all in one pass over the
// text. Working those out takes tens of milliseconds, so only a process that has read this many texts does it (a
// one-off `ask` never does); until then every pattern runs, as it did before. The facets found are the same.
const FILTER_AFTER_TEXTS = 100;
let textsRead = 0;
let required: RequiredTextSet | undefined;

/** For each of FACETS, 0 when its pattern cannot match t; undefined while there is no filter yet. */
function mayAsk(t: string): Uint8Array | undefined {
  if (!required && ++textsRead > FILTER_AFTER_TEXTS) required = new RequiredTextSet(FACETS.map((f) => requiredText(f.asks)));
  return required?.mayMatch(t);
}

/** The facet of the main list with this name. */
export function facetNamed(name: string | undefined): Facet | undefined {
  return FACETS.find((f) => f.name === name);
}

/** The part of a topic that answers the facet, if the topic has one. */
export function partFor(layout: AnswerLayout, facet: Facet): AnswerPart | undefined {
  // Every topic names its sources: "where's that number from?" is always answerable.
  if (facet.name === 'sources') return { label: SOURCES_PART, text: '' };
  const labelled = layout.parts.find((p) => facet.label.test(p.label.toLowerCase()));
  // A part labelled for it that only says our sources lack it yields to one that gives it: "how soon do I have to
  // schedule it?" is AHIMA's 120 days, not "AHIMA extensions: our sources don't give these rules".
  if (!facet.text || (labelled && (!SAYS_SOURCES_LACK.test(labelled.text) || facet.text.test(labelled.text)))) return labelled;
  // No part is labelled for it: the direct answer may say it ("within 30 calendar days"), else a part that does.
  if (facet.text.test(layout.lead)) return { label: LEAD_PART, text: layout.lead };
  return layout.parts.find((p) => p !== labelled && facet.text!.test(p.text)) ?? labelled;
}

const SAYS_SOURCES_LACK = /\b(don'?t|do not|doesn'?t|does not) (give|say|list|confirm)\b|\bnot (in|confirmed in) our sources\b|\bcan'?t confirm\b/i;

/** The first facet the question asks that the topic answers with a part of its own. */
export function askedPart(text: string, layout: AnswerLayout): { facet: Facet; part: AnswerPart } | undefined {
  for (const facet of facetsAsked(text)) {
    const part = partFor(layout, facet);
    if (part) return { facet, part };
  }
  return undefined;
}

// Questions a follow-up asks in everyday words ("where do I even start?", "who has to take it?"). They are read
// only for a message already tied to the topic in context that matched nothing else, never to decide whether a
// message is a follow-up: in a message of its own, these words say nothing about the topic.
/** A follow-up's everyday way of asking for a facet of the main list: answered by the same parts. */
const askedAs = (name: string, asks: RegExp): Facet => ({ ...facetNamed(name)!, asks });

export const FALLBACK_FACETS: readonly Facet[] = [
  // "do certified coders earn more?" after the pay: what a credential adds (the part giving certified people's figures).
  // Only a follow-up: asked alone, it is the pay topic's whole question.
  { name: 'certified-pay', asks: /\b(certified|certification|credentials?|credentialed|certs?)\b[^?.!]{0,50}\b(earn|earns|make|makes|paid|pays?|salary|salaries|wages?|money)\b|\b(earn|earns|make|makes|paid|pays?|salary|salaries|wages?|money)\b[^?.!]{0,50}\b(certified|certification|credential|cert)\b/, label: /^$/, text: /\bcertified\b[^.]*(\$\d|\d+%)/i },
  { name: 'start', asks: /\bwhere (do|should|would|can) (i|you|we|one) (even )?(start|begin)\b|\bfirst (step|thing)\b|\bhow (do|would|should|can) (i|you|we) (even )?(start|begin|get started)\b|\bhow (do|would|should|can) (i|you|we) (even )?get (it|that|this|one)\s*\??$|\bhow (do|would|should|can) (i|you|we) (even )?become (one|that|it)\b/, label: /eligib|requirement|how to qualify/, text: /\S/ },
  // "what if I fail?": the exam part says what the sources give on retakes.
  askedAs('exam', /\bwhat (if|happens if|happens when|do i do if) (i|you|we|someone) (fail|don'?t pass|do not pass)\b|\bif (i|you) fail\b/),
  { name: 'prepare', asks: /\b(prepare|prep|study|studying|practice)\b/, label: /exam|test|prepar|study/ },
  askedAs('audience', /\bwho (has|needs|have|must|is required|are required|is supposed) to (take|do|get|complete|follow|have|pass)\b|\bwho (takes|needs|gets) (it|that|this|them)\b|\b(is|are) (it|that|this|they) (only |just |mainly |mostly )?(for|meant for|used (in|at|by))\b|\bwho (should|would|could)(n'?t| not)? (get|take|have|do|consider|want|go for) (it|that|this|one|them)\b|\bwho is (it|that|this) good for\b/),
  { name: 'jobs', asks: /\b(what|which) (kind of |kinds of |type of |types of |sort of )?(jobs?|positions?|roles?|careers?|work)\b[^?.!]*\b(with|after|from) (it|that|this|them)\b|\b(what|which) (kind of |kinds of |type of |types of |sort of )?(jobs?|positions?|roles?|careers?) [^?.!]*\b(after|afterwards|with it)\s*\??$|\bwhere (can|could|would) (i|you) work\b|\bwhat (can|could) (i|you) do (with|after)( (it|that|this|one|them))?\s*\??$/, label: /opens|leads to|jobs?\b|roles?\b|where it fits|who it'?s for|settings/, text: /\bjobs?\b/i },
  askedAs('why', /\bwhy (should|would|do|does) (i|we|you|anyone|people|employers) (even )?care\b|\bwhy (does|would) (it|that|this) matter\b|\bwhat'?s the point\b/),
  { name: 'examples', asks: /^\W*(examples?|for example|e\.?g\.?)\W*$|\b(give me|show me|any|some|with) (an |a few |some )?examples?\b|\bfor (example|instance)\s*\??$|\blike what\s*\??$|\b(is|are) (an? |the |my |your )?[\w' -]{2,30} (one of them|one of those|on the list|on that list|in the list|included|counted)\b|\bdoes (an? |the |my )?[\w' -]{2,30} count\b/, label: /example|identifier|what counts|list/ },
  // "how do I get rid of the A?" after the CPC-A.
  { name: 'remove', asks: /\b(get rid of|gets rid of|getting rid of|remove|removes|drop|drops|take off|takes off|lose|shake|ditch|get past|move past) (the |that |this )?(a|apprentice|it|that|designation|status)\b|\bget (it|that|the a) (removed|dropped|taken off)\b|\bget (the )?a off\b|\b(take|takes|taking|took|get|gets|drop|drops) (the |that |this |my |her |his )?(a|apprentice|designation|status) (off|away)\b/, label: /remov/ },
  // "are there exceptions?" after the minimum necessary standard: where the rule does not apply.
  { name: 'exceptions', asks: /\bexceptions?\b|\b(not|aren'?t|isn'?t|never) entitled (to|for)\b|\bexempt\b|\b(stuff|things|anything|something|parts?|records?) (a |the )?(they|you|u|patients?|people|we|person|someone) (cant|can'?t|cannot|can not|don'?t|do not) (get|see|have|ask for|access)\b|\bexclud\w*|\b(not|isn'?t|aren'?t) (included|covered)\b|\bleft out\b|\b(does|do)(n'?t| not) (it |that |this |they )?apply\b|\bwhen (does|do)(n'?t| not) (it|that|this|they) apply\b/, label: EXCEPTIONS_LABEL },
  // "we're short staffed, can we get more time?" after the right of access: the extension its rule allows.
  { name: 'extension', asks: /\b(more|extra|additional) (time|days)\b|\bextensions?\b|\bextend\w*|\b(make|made|making) (it|that|them|the \w+) longer\b|\b(can'?t|cannot|can not|couldn'?t|won'?t|don'?t|do not) (make|meet|hit|manage) (that|it|this|the deadline|the \d+ days|in time)\b/, label: /extension|extend/, text: /\bextension\b|\bextend/i },
  // "what is it?" after a card named in one word ("cdip"): what it is, the direct answer.
  { name: 'definition', asks: new RegExp(`${WHAT_IS_IT.source}|${WHAT_IT_IS_FOR.source}`, 'i'), label: /^$/, text: /\S/ },
  // "does the US use it yet?" after ICD-11: where it stands today.
  { name: 'status', asks: /^\W*(and |so |what about |in )?(the )?(us|usa|u\.s\.?a?|america|united states|the states)\W*$|\bwhere(?:'s| is| are) (the us|the usa|the u\.s\.?|america|the united states|we)( at)?\b|\b(use|uses|using|adopt|adopted|adopting|switch|switched|switching)\b[^?.!]{0,20}\b(yet|now|already)\b|\bwhen will (the us|we|they|it|hospitals)\b[^?.!]{0,20}\b(switch|move|adopt|use|start)\b/, label: /switch|uses today|adopt/ },
  // "The exam is how much long? I must plan the day off." after the CPC: the exam of the credential in context.
  askedAs('exam', /^\W*the (exam|test)\b/),
  // "how many ppl even do this job?" after the outlook: how many people hold the job (a count of jobs or workers).
  { name: 'headcount', asks: /\bhow many (of (those|these|the|them) )?(people|ppl|folks|workers|jobs|positions)\b(?![^?.!]*\b(from home|remotely|pass|passed)\b)|\bhow big is (the field|this field|the workforce)\b|\bnumber of (jobs|workers|people)\b/, label: /^$/, text: /\b\d{1,3},\d{3} (jobs|people|workers|medical records)/i },
  { name: 'share', asks: /\bhow many (of (them|us|you|those) )?(people )?(actually |really )?(do|does|are|have|get|pass|work)( it| that| this| them| so| there| from home| remotely)?\s*\??\s*$|\bwhat (percent|percentage|share|portion)\b|\bwhat %|\bhow common\b/, label: /^$/, text: /\d%|\bpercent/i },
];

/** The part a follow-up's everyday question asks for (FALLBACK_FACETS); the direct answer counts as a part. */
export function fallbackPart(text: string, layout: AnswerLayout): AnswerPart | undefined {
  const t = asTyped(text);
  for (const facet of FALLBACK_FACETS) {
    if (!facet.asks.test(t)) continue;
    const part = partFor(layout, facet);
    if (part) return part;
  }
  return undefined;
}
