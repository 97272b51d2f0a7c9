// The PHI guard's regular expressions: dates, numbers, contacts and places, and the words that tie a name to care.
// Every pattern is linear (see phi.ts): bounded windows between a cue and its value, no nested unbounded quantifiers.

/** A case-insensitive copy of a pattern's letters, for patterns that must stay case-sensitive elsewhere. */
export function anyCaseRe(pattern: string): string {
  return pattern.replace(/\\.|[a-z]/g, (c) => (c.length === 1 ? `[${c}${c.toUpperCase()}]` : c));
}

// ---------------------------------------------------------------------------------------------------
// Dates

export const MONTHS = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
export const ORD = '(?:st|nd|rd|th)?';
/** A date with a day and a year: 4/5/1970, 04-05-70, 4.5.1970, 1970-04-05, April 5, 1970, 5th May 1982. */
export const FULL_DATE =
  `(?:\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})|\\d{1,2}-\\d{1,2}-(?:\\d{4}|\\d{2})|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2}` +
  `|${MONTHS}\\.?\\s{1,3}\\d{1,2}${ORD},?\\s{1,3}(?:19|20)\\d{2}|\\d{1,2}${ORD}\\s{1,3}(?:of\\s{1,3})?${MONTHS}\\.?,?\\s{1,3}(?:19|20)\\d{2})`;
/** Also accepted right after a cue: a day without a year (4/2, March 3) and compact 19700405. */
export const CUED_DATE = `(?:${FULL_DATE}|(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\\d|0?[1-9])|${MONTHS}\\.?\\s{1,3}\\d{1,2}${ORD}|(?:19|20)\\d{6}|[01]\\d[0-3]\\d(?:19|20)\\d{2})`;
export const DATE_END = '(?![\\w/]|\\.\\d)';
export const DATE_START = '(?<![\\w/.-])';
export const ANY_FULL_DATE = new RegExp(`${DATE_START}${FULL_DATE}${DATE_END}`, 'gi');

// A cue, then at most four words, then a date. Separators and words use disjoint classes, so each way of
// reaching the date is unique and the window costs a bounded amount per cue.
export const SEP = '[\\s,:;()=#"\'\\[\\]]+';
export const WORD = '[^\\s,:;()=#"\'\\[\\]]{1,30}';
export const windowTo = (cue: string, value: string) => new RegExp(`\\b(${cue})(?:${SEP}${WORD}){0,4}?${SEP}(${value})${DATE_END}`, 'gid');

export const DOB_CUE = 'dob|d\\.o\\.b\\.?|date of birth|birth ?date|birthday|b-day|born(?: on)?';
/** A date or a range of dates ("11/02/2024-11/05/2024", "3/3 to 3/9/2025"). */
export const CUED_DATES = `${CUED_DATE}(?:\\s{0,2}(?:-|–|to|thru|through)\\s{0,2}${CUED_DATE})?`;
export const DOB = windowTo(DOB_CUE, CUED_DATE);
// Cues that mark a date as a date of care on their own, and weaker ones that need a patient reference.
export const STRONG_EVENT = new Set(['dos', 'date of service', 'admitted', 'admission', 'readmitted', 're-admitted', 'discharged', 'discharge', 'surgery', 'procedure', 'operation', 'delivered', 'died', 'passed away', 'deceased', 'death', 'colonoscopy', 'biopsy', 'mri', 'seen', 'saw', 'visit', 'visited']);
export const EVENT_CUE =
  'dos|date of service|(?:re-?)?admitted|admission|discharged?|surgery|procedure|operation|delivered|died|passed away|deceased|death|colonoscopy|biopsy|mri|x-?ray|ct scan|scan|labs?|' +
  'seen(?=\\s+(?:on|at|in|by)\\b|\\s+\\d)|saw|visit(?:ed)?|expired|transferred|fell|injured|tested|appt|appointment|came in|came to|ER|ED|ICU';
export const EVENT = windowTo(EVENT_CUE, CUED_DATES);
export const SCHOOL_WORDS = /\b(?:program|school|college|university|class|course|cohort|team|job|role|department|position)\b/i;

/** A day and month without a year ("4/4", "11/15"): a date only in a message about a patient or a named person. */
export const SHORT_DATE = /(?<![\w/.-])(?:1[0-2]|0?[1-9])\/(?:3[01]|[12]\d|0?[1-9])(?![\w/]|\.\d)/g;
// Initials beside a date: "JT 03/14/1962", "r.m. dob 11/2/58", "initials AO, born 3/30/1971", "a.p. (2/9/2001)".
export const BIRTH_WORDS = 'dob|d\\.o\\.b\\.?|born(?:\\s+on)?|birth\\s?date|b-day|birthday';
export const INITIALS_GAP = `[\\s,:;()\\[\\]-]{1,4}(?:(?:${BIRTH_WORDS})[\\s,:;()\\[\\]-]{1,4})?`;
export const DOTTED_INITIALS_DATE = new RegExp(`(?<![\\w.])((?:[A-Za-z]\\.){2,3})(?![\\w])${INITIALS_GAP}(${FULL_DATE})${DATE_END}`, 'dgi');
export const CAPITAL_INITIALS_DATE = new RegExp(`(?<![\\w.])([A-Z]{2,3})(?![\\w.])${anyCaseRe(INITIALS_GAP)}(${anyCaseRe(FULL_DATE)})${DATE_END}`, 'dg');
export const NOT_DOTTED_INITIALS = new Set(['i.e.', 'e.g.', 'a.m.', 'p.m.', 'u.s.', 'm.d.', 'd.o.', 'r.n.', 'n.p.', 'p.s.', 'b.s.', 'a.s.', 'm.s.', 'b.a.', 'm.a.', 'u.k.', 'd.c.']);

export const AGE_OVER_89 = /\b(?:9\d|1[01]\d)[\s-]?(?:y\/?o\b|yo\b|yrs?\.?(?:[\s-]old)?\b|years?[\s-]old\b|year-old\b)/gi;

// ---------------------------------------------------------------------------------------------------
// Numbers, contacts, places

export const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6}/gi;
export const SSN_CUED = /\b(?:ssn|ss ?#|ss no\.?|ss number|social security(?: number| no\.?| #)?|social)(?:\s{0,3}(?:is|was|:|#|=|-)){0,2}\s{0,3}(\d{3}[- .]?\d{2}[- .]?\d{4})(?![\w-])/dgi;
export const SSN_BARE = /(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])/g;
/** A masked SSN that still shows the last four: "xxx-xx-3357", "***-**-5146". */
export const SSN_MASKED = /(?<![\w*-])[x*]{3}[- ]?[x*]{2}[- ]?\d{4}(?![\w-])/gi;
/** An SSN word anywhere in the message: then a lone four-digit number after a cue is its last four. */
export const SSN_WORD = /\b(?:ssn|ss#?|ss no|social(?: security)?|soc sec)(?![\w])/i;
// The cue, at most five words, then the four digits: "last 4 of her social is 6291", "ssn ending in 0418", "ss#, 7720".
export const PARTIAL_SSN =
  /\b(last\s(?:4|four)(?:\s(?:digits|numbers))?|end(?:s|ing|ed)?(?:\s(?:in|with))?|ssn|ss#?|social(?:\ssecurity)?)(?:[\s,:#.=-]{1,3}[A-Za-z']{1,12}){0,5}?[\s,:#.=-]{1,3}(\d{4})(?![\w-])/dgi;
export const YEAR_WORD = /\b(?:in|since|by|until|till|before|after|from|of|for|year|class)[\s,:#.=-]{1,3}$/i;

// Digits spelled out: "mrn is four four seven two nine one eight", "nine oh three five".
export const DIGIT_WORD = '(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine)';
export const SPELLED_DIGITS = new RegExp(`\\b${DIGIT_WORD}(?:[\\s,-]{1,3}${DIGIT_WORD}){3,}\\b`, 'gi');
export const NUMBER_CUE = /\b(?:mrn|ssn|social|account|acct|number|num|no\.|id|member|policy|claim|encounter|enc|chart|record|phone|call|callback|cell|fax|text|dob|zip|medicare|medicaid)\b|#/i;
export const PHONE_WORDS = /\b(?:phone|call|callback|cell|fax|text|mobile|reach)\b/i;

export const EXT = '(?:\\s{0,2}(?:x|ext\\.?|extension)\\s{0,2}\\d{1,6})?';
export const PHONE_NANP = new RegExp(`(?<![\\w.+/-])(?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[\\s.-]?)\\d{3}[\\s.-]?\\d{4}(?![\\w-]|\\.\\d)${EXT}`, 'gi');
// After a phone word: shorter and foreign numbers too ("phone 555-0134", "mobile: 07700 900123").
export const PHONE_CUED = /\b(?:phone|ph|tel|telephone|cell|cellphone|mobile|fax|callback|call back|call|text|contact|reach)\b(?:[\s:#.]{1,3}(?:no\.?|number|num|is|at|me|him|her|them|on)){0,3}[\s:#.]{1,3}(\+?\(?\d[\d\s().-]{5,18}\d)(?![\w-])/dgi;

// A record, account, member, claim... number: the cue, optional "number"/"#"/":", optional uppercase
// prefix ("WQ 88120045"), then a token with at least four digits.
export const RECORD_CUE =
  'mrns?|mr(?=\\s{0,2}#)|med(?:ical)?\\s{1,2}rec(?:ord)?s?\\.?|records?|charts?|acct|accounts?|member(?:ship)?|subscriber|policy|claims?|enc|encounter|csn|fin|har|visit|' +
  'patient|pt|case|accession|specimen|rx|order|ref|reference|id|insurance|medicare|medicaid|mbi|beneficiary|guarantor|invoice|confirmation|file';
export const RECORD_CUED = new RegExp(
  // Groups after the first are joined by a dash or a space and hold a digit early: "4471 2093", "CLM 2024 00918", "WX7 7701 442".
  `\\b(?:${RECORD_CUE})(?![\\w])(?:\\s{0,2}(?:#|:|=|\\bno\\b\\.?|\\bnumber\\b|\\bnum\\b|\\bnbr\\b|\\bid\\b|\\bis\\b)){0,3}\\s{0,2}(?:([A-Za-z]{1,4}) )?([A-Za-z0-9]{1,24}(?:(?:-|[ ](?=[A-Za-z]{0,4}\\d))[A-Za-z0-9]{1,12}){0,5})(?![\\w-])`,
  'dgi',
);
export const LONG_NUMBER = /(?<![\w$.,/-])\d{7,}(?![\w/-]|[.,]\d)/g;
/** Digit groups joined by dashes, seven digits or more: "00-551-2934" (year and code ranges are let through). */
export const DASHED_NUMBER = /(?<![\w$.,/-])\d{1,6}(?:-\d{1,6}){1,4}(?![\w/-]|[.,]\d)/g;
export const HASH_NUMBER = /(?<![\w&])#\s?\d{4,}(?![\w-])/g;
export const ALNUM_ID = /(?<![\w-])[a-z]{1,4}-?\d{6,}[a-z]?(?![\w-])/gi;
/** Capitals, then digit groups: "ZGP 8812 40", "YHB-221-9930" (code sets such as "CPT 99213 99214" are let through). */
export const LETTER_CODE = /(?<![\w-])([A-Z]{1,4}\d?)[ -](\d{2,6}(?:[ -]\d{1,6}){1,3})(?![\w-])/dg;

// E-mail addresses in words: "dmarchetti at gmail dot com", "rosie_b72 (at) hotmail (dot) com", "rgreer at aol".
export const AT_WORD = /\bat\b|\(at\)|\[at\]/i;
export const W_DOT = '(?:\\(dot\\)|\\[dot\\]|\\bdot\\b|\\.)';
export const W_AT = '(?:\\(at\\)|\\[at\\]|\\bat\\b)';
export const HANDLE = '[A-Za-z0-9_+-]{1,40}';
export const WORDY_EMAIL = new RegExp(
  `(?<![\\w.@])(${HANDLE}(?:\\s{0,2}${W_DOT}\\s{0,2}${HANDLE}){0,3})\\s{0,2}${W_AT}\\s{0,2}([A-Za-z0-9-]{1,40})((?:\\s{0,2}${W_DOT}\\s{0,2}[A-Za-z0-9-]{1,20}){0,3})`,
  'dgi',
);
export const TLDS = new Set(['com', 'net', 'org', 'edu', 'gov', 'us', 'co', 'io', 'info', 'biz', 'me', 'mil']);
export const MAIL_PROVIDERS = new Set(['gmail', 'yahoo', 'hotmail', 'outlook', 'aol', 'icloud', 'comcast', 'protonmail', 'proton', 'msn', 'live', 'att', 'verizon', 'sbcglobal', 'ymail', 'mail', 'gmx', 'zoho', 'earthlink', 'charter', 'cox', 'bellsouth']);
export const NOT_HANDLES = new Set(['me', 'us', 'him', 'her', 'them', 'it', 'you', 'i', 'we', 'they', 'she', 'he', 'work', 'works', 'worked', 'job', 'jobs', 'intern', 'interned', 'email', 'mail', 'emails', 'address', 'is', 'was', 'or', 'and', 'the', 'a', 'an', 'to', 'from', 'him/her']);

export const SUFFIX = 'street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter|circle|cir|highway|hwy|parkway|pkwy|trail|trl|square|sq|pike|alley';
export const anyCase = (words: string) => words.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
export const UNIT = `(?:,?\\s{0,2}(?:${anyCase('apt|apartment|unit|suite|ste|rm|room|fl|floor')}\\.?|#)\\s{0,2}#?\\s{0,2}[A-Za-z0-9-]{1,6}\\b)?`;
// Without a cue the street name must be capitalised ("1423 Maple Ave"), so "3 days a week in court" is no address.
export const CAP_WORD = "(?:\\d{1,3}(?:st|nd|rd|th)|[A-Z][A-Za-z'.-]{0,20})";
export const STREET_CAP = new RegExp(`(?<![\\w/.,-])\\d{1,6}[A-Za-z]?\\s{1,2}(?:[NSEWnsew]\\.?\\s{1,2})?(?:${CAP_WORD}\\s{1,2}){0,3}${CAP_WORD}\\s{1,2}(?:${anyCase(SUFFIX)})\\b\\.?${UNIT}`, 'g');
// After an address cue any case goes ("lives at 32 elm st apt 3"), and a suffix is not needed ("lives at 47 rue de la Paix").
export const LOW_WORD = "(?:\\d{1,3}(?:st|nd|rd|th)|[a-z][a-z'.-]{0,20})";
export const ADDRESS_CUE = 'lives? at|living at|lives? on|resides? at|address(?: is| on file| on the chart)?|home is';
export const SENDING_CUE = 'mail(?:ed)? (?:it |them |the records |records )?to|send (?:it |them |the records |records )?to|ship (?:it |them |the cd |the records )?to|moved to';
export const STREET_CUED = new RegExp(`\\b(?:${ADDRESS_CUE})[\\s:]{1,3}(\\d{1,6}[a-z]?\\s{1,2}(?:[nsew]\\.?\\s{1,2})?(?:${LOW_WORD}\\s{1,2}){0,3}(?:(?:${SUFFIX})\\b\\.?|${LOW_WORD})${UNIT})`, 'dgi');
// After "send to", "moved to" the street suffix is required: "moved to 3 days remote" is no address.
export const STREET_SENT = new RegExp(`\\b(?:${SENDING_CUE})[\\s:]{1,3}(\\d{1,6}[a-z]?\\s{1,2}(?:[nsew]\\.?\\s{1,2})?(?:${LOW_WORD}\\s{1,2}){0,3}${LOW_WORD}\\s{1,2}(?:${SUFFIX})\\b\\.?${UNIT})`, 'dgi');
// A street without a number, after a word about where someone lives or is sent: "lives on Wickersham Lane",
// "moved to old mill rd", "her house on Pemberton Ave" (the clinic "on Main Street" has no such word).
export const RESIDENCE_CUE = 'lives?|living|lived|resides?|residing|stays?|staying|moved|address(?:\\s(?:is|was|now))?|house|home|place|apartment|condo|trailer';
export const STREET_NAMED = new RegExp(
  `\\b(?:${RESIDENCE_CUE})(?:\\s(?:over|out|down|up|now|still|back|is|was))?\\s(?:on|off|at|to|in)\\s((?:(?!(?:the|a|an|my|his|her|their|our|your|this|that)\\b)[A-Za-z][A-Za-z'.-]{0,20}\\s){1,3}(?:${SUFFIX})\\b\\.?)`,
  'dgi',
);
/** Room and bed numbers: "rm 412", "room 7", "bed 22", "3B bed 2". They identify someone only beside a name. */
export const ROOM = /(?<![\w-])(?:(?:\d{1,2}[A-Za-z]\s{1,2})?(?:bed|bd)\s?#?\s?\d{1,3}[A-Za-z]?|(?:room|rm)\.?\s?#?\s?(?:\d{1,4}[A-Za-z]?|[A-Za-z]\d{1,4})(?:\s{0,2},?\s{0,2}(?:bed|bd)\s?#?\s?[A-Za-z0-9]{1,3})?)(?![\w-])/gi;
export const ROUTE = /(?<![\w/.,-])\d{1,6}\s{1,2}(?:route|rte|highway|hwy|county road|state route)\s{1,2}\d{1,4}\b/gi;
export const PO_BOX = /\b(?:p\.?\s?o\.?\s{0,2}box|post office box)\s{0,2}#?\s{0,2}\d{1,6}\b/gi;
export const STATES = 'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR';
export const ZIP_WITH_STATE = new RegExp(`\\b(?:${STATES})\\.?\\s{1,2}(\\d{5}(?:-\\d{4})?)(?![\\w-])`, 'dg');
export const ZIP_PLUS4 = /(?<![\w-])\d{5}-\d{4}(?![\w-])/g;
export const ZIP_CUED = /\bzip(?: ?code)?[\s:#]{1,3}(\d{5}(?:-\d{4})?)(?![\w-])/dgi;

// ---------------------------------------------------------------------------------------------------
// Names and context

/** A patient reference; "patient access", "patient portal"... are job titles and systems, not a patient. */
export const PATIENT_REF =
  /\b(?:patient|patient's|resident)\b(?!\s(?:access|portal|registration|financial|experience|advocate|advocacy|care|safety|privacy|rights|information|identif\w*|data|accounts?|accounting|satisfaction|education|engagement|services?|relations|records? (?:clerk|specialist|job))\b)|\b[Pp]t(?:'s|\.)?(?=[\s,:]|$)/;
/** Words that tie a name to care or records ("Darius Freeman's chart", "Tom Reilly on meds"). Plural record words
 *  ("2 charts an hour") count only when someone's ("his records", "Nora's notes"). */
export const NAME_CONTEXT =
  /\b(?:patient|pt|resident|dob|mrn|chart|record|file|results?|labs?|biopsy|mri|x-?rays?|xrays?|imaging|scans?|meds|medications?|prescriptions?|diagnos(?:is|ed)|dx|admitted|admission|discharged?|surgery|op note|bill|billed|itemized|visit|flu shot|shots?|vaccin\w*|immuniz\w*|allerg\w*|baby|births?|born|pregnan\w*|therapy|psych|sepsis|hospice|authorization|amendment|insurance|claim|died|deceased|expired|sick|cancer|covid|tested)\b(?!\s(?:cod(?:e|es|ing|er|ers)|clerk|clerks|specialist|specialists|class|course|program|job|jobs|team|exam|department|management|technician)\b)|(?:\b(?:his|her|their|my)|['’]s?)\s(?:\S{1,20}\s)?(?:records|charts|notes|files|claims|visits|bills)\b/i;

/** Care settings written in capitals ("in the ER"); lowercase "ed" is also "continuing ed". */
export const CARE_UNIT = /\b(?:ER|ED|ICU)\b/;
/** What a records desk does with a person's records: a name beside these is someone's records being handled. */
export const CLERK_CONTEXT =
  /\b(?:releas(?:e|ed|ing)(?! of information)|consent|amend(?:ment)?|statements?|itemized|refund|balance|copay|face ?sheet|mpi|mrns?|merg(?:e|ed|ing)|duplicate|op (?:note|report)|ekg|ecg|colonoscopy|mammogram|ultrasound|sleep study|immunizations?|vaccines?|allergy|notes|films|x-?rays|discharge|admits?|caregiver|guardian|lawyer|attorney|subpoena|requested|requesting|signed|on the phone|at the (?:window|desk)|front desk|walk-in|dropped off|pick(?:ed)? up|faxed?|mailed|portal invite|insurance card|requisition|label|scan(?:ned)? queue|misfiled|wrong chart|deceased|appointment|who looked|advance directive|(?:has|have|with) (?:2|two|3|three|multiple|duplicate) (?:charts|mrns|records|accounts)|living will|poa|power of attorney|info (?:on|about)|information (?:on|about)|(?:sister|brother|daughter|son|wife|husband|mother|father|mom|dad|family|niece|nephew|neighbor)(?:['’]s)? (?:wants|is asking|asking|asked|called))\b/i;

/** Code sets and citations written as capitals and digit groups: "CPT 99213 99214", "CFR 164 512". */
export const CODE_SETS = new Set(['cpt', 'icd', 'hcpcs', 'drg', 'cfr', 'usc', 'ub', 'cms', 'ndc', 'loinc', 'snomed', 'rev', 'pos', 'him', 'hit', 'soc', 'isbn', 'page', 'pp', 'ch', 'sec', 'q', 'v', 'z']);

/** Where someone lives: a ZIP code beside these is an address, not a job search. */
export const RESIDENCE = /\b(?:lives?|lived|living|moved|address|resides?|home)\b/i;
