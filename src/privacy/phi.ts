// The PHI guard: spots messages that look like they carry patient details, before anything is
// logged or stored, and produces a scrubbed copy with placeholders ("[phone]", "[name]"...).
// It errs on the side of warning: a false alarm costs a reminder, a miss could store a patient's data.
//
// How it decides (the labelled set and the borderline rules are in test/privacy/):
// - Identifiers that are identifying on their own always count: e-mail addresses, SSNs, phone and fax
//   numbers, record/account/member/claim numbers, street addresses and PO boxes, ZIP codes beside a state,
//   dates of birth, dates of service (a date next to "admitted", "DOS", "discharged"...), ages over 89.
// - A person's name counts when something ties it to care or to another identifier: a patient reference
//   ("pt", "patient"), a health or record word ("chart", "labs", "admitted"...), a date or another identifier.
//   A first name alone ("my boss Maria") is everyday talk and does not count.
// - Any other full date counts only beside a patient reference or a name ("I passed on 3/4/2024" does not), and so do
//   a day without a year ("pt okeke 4/4 visit"), a room or bed number ("rm 412 mrs. petrakis") and a ZIP code
//   ("jobs near 60614" is a job search).
// - Clerks' shorthand counts too: a surname after "pt", "Mr."... in any case, "Last, First" and capitals, initials
//   beside a date, numbers with spaces, dashes or letters after a record word, digits spelled out, the last four
//   of an SSN, e-mail addresses in words ("jdoe at gmail dot com"), a street named after "lives on", "moved to".
//   A word is a surname rather than an ordinary word when it is not English (english.ts).
// - Names beside a staff word ("my instructor Ms. Delgado", "Mr. Kim from HR") are colleagues, not patients: they
//   are scrubbed from anything kept but raise no alarm.
//
// Every pattern is linear: no nested unbounded quantifiers over overlapping characters, bounded windows
// between a cue and its value, and token-by-token name scanning. Inputs are capped by the core (1,000
// characters), but even 100 KB of hostile text is inspected in milliseconds.
import { isEnglishWord, nearEnglishWord } from './english.js';
import { ACRONYMS, FIRST_NAMES, NAME_SUFFIXES, NOT_INITIALS, PROPER_WORDS, STAFF_WORDS, STOP_WORDS, WORD_NAMES } from './words.js';

export type IdentifierKind = 'ssn' | 'phone' | 'email' | 'record-number' | 'date-of-birth' | 'date-of-service' | 'address' | 'name' | 'date' | 'zip' | 'room';

export interface PhiFinding {
  /** True when the message looks like it carries a patient's (or another person's) identifiers. */
  detected: boolean;
  kinds: IdentifierKind[];
  /** The message with every identifier-like span replaced by a placeholder. */
  scrubbed: string;
}

/** 'initials' is a name found only through a date beside it ("JT 03/14/1962"): reported and scrubbed as a name. */
type SpanKind = IdentifierKind | 'initials';

interface Span {
  start: number;
  end: number;
  kind: SpanKind;
}

/** A case-insensitive copy of a pattern's letters, for patterns that must stay case-sensitive elsewhere. */
function anyCaseRe(pattern: string): string {
  return pattern.replace(/\\.|[a-z]/g, (c) => (c.length === 1 ? `[${c}${c.toUpperCase()}]` : c));
}

// ---------------------------------------------------------------------------------------------------
// Dates

const MONTHS = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ORD = '(?:st|nd|rd|th)?';
/** A date with a day and a year: 4/5/1970, 04-05-70, 4.5.1970, 1970-04-05, April 5, 1970, 5th May 1982. */
const FULL_DATE =
  `(?:\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})|\\d{1,2}-\\d{1,2}-(?:\\d{4}|\\d{2})|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2}` +
  `|${MONTHS}\\.?\\s{1,3}\\d{1,2}${ORD},?\\s{1,3}(?:19|20)\\d{2}|\\d{1,2}${ORD}\\s{1,3}(?:of\\s{1,3})?${MONTHS}\\.?,?\\s{1,3}(?:19|20)\\d{2})`;
/** Also accepted right after a cue: a day without a year (4/2, March 3) and compact 19700405. */
const CUED_DATE = `(?:${FULL_DATE}|(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\\d|0?[1-9])|${MONTHS}\\.?\\s{1,3}\\d{1,2}${ORD}|(?:19|20)\\d{6}|[01]\\d[0-3]\\d(?:19|20)\\d{2})`;
const DATE_END = '(?![\\w/]|\\.\\d)';
const DATE_START = '(?<![\\w/.-])';
const ANY_FULL_DATE = new RegExp(`${DATE_START}${FULL_DATE}${DATE_END}`, 'gi');

// A cue, then at most four words, then a date. Separators and words use disjoint classes, so each way of
// reaching the date is unique and the window costs a bounded amount per cue.
const SEP = '[\\s,:;()=#"\'\\[\\]]+';
const WORD = '[^\\s,:;()=#"\'\\[\\]]{1,30}';
const windowTo = (cue: string, value: string) => new RegExp(`\\b(${cue})(?:${SEP}${WORD}){0,4}?${SEP}(${value})${DATE_END}`, 'gid');

const DOB_CUE = 'dob|d\\.o\\.b\\.?|date of birth|birth ?date|birthday|b-day|born(?: on)?';
/** A date or a range of dates ("11/02/2024-11/05/2024", "3/3 to 3/9/2025"). */
const CUED_DATES = `${CUED_DATE}(?:\\s{0,2}(?:-|–|to|thru|through)\\s{0,2}${CUED_DATE})?`;
const DOB = windowTo(DOB_CUE, CUED_DATE);
// Cues that mark a date as a date of care on their own, and weaker ones that need a patient reference.
const STRONG_EVENT = new Set(['dos', 'date of service', 'admitted', 'admission', 'readmitted', 're-admitted', 'discharged', 'discharge', 'surgery', 'procedure', 'operation', 'delivered', 'died', 'passed away', 'deceased', 'death', 'colonoscopy', 'biopsy', 'mri', 'seen', 'saw', 'visit', 'visited']);
const EVENT_CUE =
  'dos|date of service|(?:re-?)?admitted|admission|discharged?|surgery|procedure|operation|delivered|died|passed away|deceased|death|colonoscopy|biopsy|mri|x-?ray|ct scan|scan|labs?|' +
  'seen(?=\\s+(?:on|at|in|by)\\b|\\s+\\d)|saw|visit(?:ed)?|expired|transferred|fell|injured|tested|appt|appointment|came in|came to|ER|ED|ICU';
const EVENT = windowTo(EVENT_CUE, CUED_DATES);
const SCHOOL_WORDS = /\b(?:program|school|college|university|class|course|cohort|team|job|role|department|position)\b/i;

/** A day and month without a year ("4/4", "11/15"): a date only in a message about a patient or a named person. */
const SHORT_DATE = /(?<![\w/.-])(?:1[0-2]|0?[1-9])\/(?:3[01]|[12]\d|0?[1-9])(?![\w/]|\.\d)/g;
// Initials beside a date: "JT 03/14/1962", "r.m. dob 11/2/58", "initials AO, born 3/30/1971", "a.p. (2/9/2001)".
const BIRTH_WORDS = 'dob|d\\.o\\.b\\.?|born(?:\\s+on)?|birth\\s?date|b-day|birthday';
const INITIALS_GAP = `[\\s,:;()\\[\\]-]{1,4}(?:(?:${BIRTH_WORDS})[\\s,:;()\\[\\]-]{1,4})?`;
const DOTTED_INITIALS_DATE = new RegExp(`(?<![\\w.])((?:[A-Za-z]\\.){2,3})(?![\\w])${INITIALS_GAP}(${FULL_DATE})${DATE_END}`, 'dgi');
const CAPITAL_INITIALS_DATE = new RegExp(`(?<![\\w.])([A-Z]{2,3})(?![\\w.])${anyCaseRe(INITIALS_GAP)}(${anyCaseRe(FULL_DATE)})${DATE_END}`, 'dg');
const NOT_DOTTED_INITIALS = new Set(['i.e.', 'e.g.', 'a.m.', 'p.m.', 'u.s.', 'm.d.', 'd.o.', 'r.n.', 'n.p.', 'p.s.', 'b.s.', 'a.s.', 'm.s.', 'b.a.', 'm.a.', 'u.k.', 'd.c.']);

const AGE_OVER_89 = /\b(?:9\d|1[01]\d)[\s-]?(?:y\/?o\b|yo\b|yrs?\.?(?:[\s-]old)?\b|years?[\s-]old\b|year-old\b)/gi;

// ---------------------------------------------------------------------------------------------------
// Numbers, contacts, places

const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6}/gi;
const SSN_CUED = /\b(?:ssn|ss ?#|ss no\.?|ss number|social security(?: number| no\.?| #)?|social)(?:\s{0,3}(?:is|was|:|#|=|-)){0,2}\s{0,3}(\d{3}[- .]?\d{2}[- .]?\d{4})(?![\w-])/dgi;
const SSN_BARE = /(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])/g;
/** A masked SSN that still shows the last four: "xxx-xx-3357", "***-**-5146". */
const SSN_MASKED = /(?<![\w*-])[x*]{3}[- ]?[x*]{2}[- ]?\d{4}(?![\w-])/gi;
/** An SSN word anywhere in the message: then a lone four-digit number after a cue is its last four. */
const SSN_WORD = /\b(?:ssn|ss#?|ss no|social(?: security)?|soc sec)(?![\w])/i;
// The cue, at most five words, then the four digits: "last 4 of her social is 6291", "ssn ending in 0418", "ss#, 7720".
const PARTIAL_SSN =
  /\b(last\s(?:4|four)(?:\s(?:digits|numbers))?|end(?:s|ing|ed)?(?:\s(?:in|with))?|ssn|ss#?|social(?:\ssecurity)?)(?:[\s,:#.=-]{1,3}[A-Za-z']{1,12}){0,5}?[\s,:#.=-]{1,3}(\d{4})(?![\w-])/dgi;
const YEAR_WORD = /\b(?:in|since|by|until|till|before|after|from|of|for|year|class)[\s,:#.=-]{1,3}$/i;

// Digits spelled out: "mrn is four four seven two nine one eight", "nine oh three five".
const DIGIT_WORD = '(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine)';
const SPELLED_DIGITS = new RegExp(`\\b${DIGIT_WORD}(?:[\\s,-]{1,3}${DIGIT_WORD}){3,}\\b`, 'gi');
const NUMBER_CUE = /\b(?:mrn|ssn|social|account|acct|number|num|no\.|id|member|policy|claim|encounter|enc|chart|record|phone|call|callback|cell|fax|text|dob|zip|medicare|medicaid)\b|#/i;
const PHONE_WORDS = /\b(?:phone|call|callback|cell|fax|text|mobile|reach)\b/i;

const EXT = '(?:\\s{0,2}(?:x|ext\\.?|extension)\\s{0,2}\\d{1,6})?';
const PHONE_NANP = new RegExp(`(?<![\\w.+/-])(?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[\\s.-]?)\\d{3}[\\s.-]?\\d{4}(?![\\w-]|\\.\\d)${EXT}`, 'gi');
// After a phone word: shorter and foreign numbers too ("phone 555-0134", "mobile: 07700 900123").
const PHONE_CUED = /\b(?:phone|ph|tel|telephone|cell|cellphone|mobile|fax|callback|call back|call|text|contact|reach)\b(?:[\s:#.]{1,3}(?:no\.?|number|num|is|at|me|him|her|them|on)){0,3}[\s:#.]{1,3}(\+?\(?\d[\d\s().-]{5,18}\d)(?![\w-])/dgi;

// A record, account, member, claim... number: the cue, optional "number"/"#"/":", optional uppercase
// prefix ("WQ 88120045"), then a token with at least four digits.
const RECORD_CUE =
  'mrns?|mr(?=\\s{0,2}#)|med(?:ical)?\\s{1,2}rec(?:ord)?s?\\.?|records?|charts?|acct|accounts?|member(?:ship)?|subscriber|policy|claims?|enc|encounter|csn|fin|har|visit|' +
  'patient|pt|case|accession|specimen|rx|order|ref|reference|id|insurance|medicare|medicaid|mbi|beneficiary|guarantor|invoice|confirmation|file';
const RECORD_CUED = new RegExp(
  // Groups after the first are joined by a dash or a space and hold a digit early: "4471 2093", "CLM 2024 00918", "WX7 7701 442".
  `\\b(?:${RECORD_CUE})(?![\\w])(?:\\s{0,2}(?:#|:|=|\\bno\\b\\.?|\\bnumber\\b|\\bnum\\b|\\bnbr\\b|\\bid\\b|\\bis\\b)){0,3}\\s{0,2}(?:([A-Za-z]{1,4}) )?([A-Za-z0-9]{1,24}(?:(?:-|[ ](?=[A-Za-z]{0,4}\\d))[A-Za-z0-9]{1,12}){0,5})(?![\\w-])`,
  'dgi',
);
const LONG_NUMBER = /(?<![\w$.,/-])\d{7,}(?![\w/-]|[.,]\d)/g;
/** Digit groups joined by dashes, seven digits or more: "00-551-2934" (year and code ranges are let through). */
const DASHED_NUMBER = /(?<![\w$.,/-])\d{1,6}(?:-\d{1,6}){1,4}(?![\w/-]|[.,]\d)/g;
const HASH_NUMBER = /(?<![\w&])#\s?\d{4,}(?![\w-])/g;
const ALNUM_ID = /(?<![\w-])[a-z]{1,4}-?\d{6,}[a-z]?(?![\w-])/gi;
/** Capitals, then digit groups: "ZGP 8812 40", "YHB-221-9930" (code sets such as "CPT 99213 99214" are let through). */
const LETTER_CODE = /(?<![\w-])([A-Z]{1,4}\d?)[ -](\d{2,6}(?:[ -]\d{1,6}){1,3})(?![\w-])/dg;

// E-mail addresses in words: "dmarchetti at gmail dot com", "rosie_b72 (at) hotmail (dot) com", "rgreer at aol".
const AT_WORD = /\bat\b|\(at\)|\[at\]/i;
const W_DOT = '(?:\\(dot\\)|\\[dot\\]|\\bdot\\b|\\.)';
const W_AT = '(?:\\(at\\)|\\[at\\]|\\bat\\b)';
const HANDLE = '[A-Za-z0-9_+-]{1,40}';
const WORDY_EMAIL = new RegExp(
  `(?<![\\w.@])(${HANDLE}(?:\\s{0,2}${W_DOT}\\s{0,2}${HANDLE}){0,3})\\s{0,2}${W_AT}\\s{0,2}([A-Za-z0-9-]{1,40})((?:\\s{0,2}${W_DOT}\\s{0,2}[A-Za-z0-9-]{1,20}){0,3})`,
  'dgi',
);
const TLDS = new Set(['com', 'net', 'org', 'edu', 'gov', 'us', 'co', 'io', 'info', 'biz', 'me', 'mil']);
const MAIL_PROVIDERS = new Set(['gmail', 'yahoo', 'hotmail', 'outlook', 'aol', 'icloud', 'comcast', 'protonmail', 'proton', 'msn', 'live', 'att', 'verizon', 'sbcglobal', 'ymail', 'mail', 'gmx', 'zoho', 'earthlink', 'charter', 'cox', 'bellsouth']);
const NOT_HANDLES = new Set(['me', 'us', 'him', 'her', 'them', 'it', 'you', 'i', 'we', 'they', 'she', 'he', 'work', 'works', 'worked', 'job', 'jobs', 'intern', 'interned', 'email', 'mail', 'emails', 'address', 'is', 'was', 'or', 'and', 'the', 'a', 'an', 'to', 'from', 'him/her']);

const SUFFIX = 'street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter|circle|cir|highway|hwy|parkway|pkwy|trail|trl|square|sq|pike|alley';
const anyCase = (words: string) => words.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const UNIT = `(?:,?\\s{0,2}(?:${anyCase('apt|apartment|unit|suite|ste|rm|room|fl|floor')}\\.?|#)\\s{0,2}#?\\s{0,2}[A-Za-z0-9-]{1,6}\\b)?`;
// Without a cue the street name must be capitalised ("1423 Maple Ave"), so "3 days a week in court" is no address.
const CAP_WORD = "(?:\\d{1,3}(?:st|nd|rd|th)|[A-Z][A-Za-z'.-]{0,20})";
const STREET_CAP = new RegExp(`(?<![\\w/.,-])\\d{1,6}[A-Za-z]?\\s{1,2}(?:[NSEWnsew]\\.?\\s{1,2})?(?:${CAP_WORD}\\s{1,2}){0,3}${CAP_WORD}\\s{1,2}(?:${anyCase(SUFFIX)})\\b\\.?${UNIT}`, 'g');
// After an address cue any case goes ("lives at 32 elm st apt 3"), and a suffix is not needed ("lives at 47 rue de la Paix").
const LOW_WORD = "(?:\\d{1,3}(?:st|nd|rd|th)|[a-z][a-z'.-]{0,20})";
const ADDRESS_CUE = 'lives? at|living at|lives? on|resides? at|address(?: is| on file| on the chart)?|home is';
const SENDING_CUE = 'mail(?:ed)? (?:it |them |the records |records )?to|send (?:it |them |the records |records )?to|ship (?:it |them |the cd |the records )?to|moved to';
const STREET_CUED = new RegExp(`\\b(?:${ADDRESS_CUE})[\\s:]{1,3}(\\d{1,6}[a-z]?\\s{1,2}(?:[nsew]\\.?\\s{1,2})?(?:${LOW_WORD}\\s{1,2}){0,3}(?:(?:${SUFFIX})\\b\\.?|${LOW_WORD})${UNIT})`, 'dgi');
// After "send to", "moved to" the street suffix is required: "moved to 3 days remote" is no address.
const STREET_SENT = new RegExp(`\\b(?:${SENDING_CUE})[\\s:]{1,3}(\\d{1,6}[a-z]?\\s{1,2}(?:[nsew]\\.?\\s{1,2})?(?:${LOW_WORD}\\s{1,2}){0,3}${LOW_WORD}\\s{1,2}(?:${SUFFIX})\\b\\.?${UNIT})`, 'dgi');
// A street without a number, after a word about where someone lives or is sent: "lives on Wickersham Lane",
// "moved to old mill rd", "her house on Pemberton Ave" (the clinic "on Main Street" has no such word).
const RESIDENCE_CUE = 'lives?|living|lived|resides?|residing|stays?|staying|moved|address(?:\\s(?:is|was|now))?|house|home|place|apartment|condo|trailer';
const STREET_NAMED = new RegExp(
  `\\b(?:${RESIDENCE_CUE})(?:\\s(?:over|out|down|up|now|still|back|is|was))?\\s(?:on|off|at|to|in)\\s((?:(?!(?:the|a|an|my|his|her|their|our|your|this|that)\\b)[A-Za-z][A-Za-z'.-]{0,20}\\s){1,3}(?:${SUFFIX})\\b\\.?)`,
  'dgi',
);
/** Room and bed numbers: "rm 412", "room 7", "bed 22", "3B bed 2". They identify someone only beside a name. */
const ROOM = /(?<![\w-])(?:(?:\d{1,2}[A-Za-z]\s{1,2})?(?:bed|bd)\s?#?\s?\d{1,3}[A-Za-z]?|(?:room|rm)\.?\s?#?\s?(?:\d{1,4}[A-Za-z]?|[A-Za-z]\d{1,4})(?:\s{0,2},?\s{0,2}(?:bed|bd)\s?#?\s?[A-Za-z0-9]{1,3})?)(?![\w-])/gi;
const ROUTE = /(?<![\w/.,-])\d{1,6}\s{1,2}(?:route|rte|highway|hwy|county road|state route)\s{1,2}\d{1,4}\b/gi;
const PO_BOX = /\b(?:p\.?\s?o\.?\s{0,2}box|post office box)\s{0,2}#?\s{0,2}\d{1,6}\b/gi;
const STATES = 'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR';
const ZIP_WITH_STATE = new RegExp(`\\b(?:${STATES})\\.?\\s{1,2}(\\d{5}(?:-\\d{4})?)(?![\\w-])`, 'dg');
const ZIP_PLUS4 = /(?<![\w-])\d{5}-\d{4}(?![\w-])/g;
const ZIP_CUED = /\bzip(?: ?code)?[\s:#]{1,3}(\d{5}(?:-\d{4})?)(?![\w-])/dgi;

// ---------------------------------------------------------------------------------------------------
// Names and context

/** A patient reference; "patient access", "patient portal"... are job titles and systems, not a patient. */
const PATIENT_REF =
  /\b(?:patient|patient's|resident)\b(?!\s(?:access|portal|registration|financial|experience|advocate|advocacy|care|safety|privacy|rights|information|identif\w*|data|accounts?|accounting|satisfaction|education|engagement|services?|relations|records? (?:clerk|specialist|job))\b)|\b[Pp]t(?:'s|\.)?(?=[\s,:]|$)/;
/** Words that tie a name to care or records ("Darius Freeman's chart", "Tom Reilly on meds"). Plural record words
 *  ("2 charts an hour") count only when someone's ("his records", "Nora's notes"). */
const NAME_CONTEXT =
  /\b(?:patient|pt|resident|dob|mrn|chart|record|file|results?|labs?|biopsy|mri|x-?rays?|xrays?|imaging|scans?|meds|medications?|prescriptions?|diagnos(?:is|ed)|dx|admitted|admission|discharged?|surgery|op note|bill|billed|itemized|visit|flu shot|shots?|vaccin\w*|immuniz\w*|allerg\w*|baby|births?|born|pregnan\w*|therapy|psych|sepsis|hospice|authorization|amendment|insurance|claim|died|deceased|expired|sick|cancer|covid|tested)\b(?!\s(?:cod(?:e|es|ing|er|ers)|clerk|clerks|specialist|specialists|class|course|program|job|jobs|team|exam|department|management|technician)\b)|(?:\b(?:his|her|their|my)|['’]s?)\s(?:\S{1,20}\s)?(?:records|charts|notes|files|claims|visits|bills)\b/i;

/** Care settings written in capitals ("in the ER"); lowercase "ed" is also "continuing ed". */
const CARE_UNIT = /\b(?:ER|ED|ICU)\b/;
/** What a records desk does with a person's records: a name beside these is someone's records being handled. */
const CLERK_CONTEXT =
  /\b(?:releas(?:e|ed|ing)(?! of information)|consent|amend(?:ment)?|statements?|itemized|refund|balance|copay|face ?sheet|mpi|mrns?|merg(?:e|ed|ing)|duplicate|op (?:note|report)|ekg|ecg|colonoscopy|mammogram|ultrasound|sleep study|immunizations?|vaccines?|allergy|notes|films|x-?rays|discharge|admits?|caregiver|guardian|lawyer|attorney|subpoena|requested|requesting|signed|on the phone|at the (?:window|desk)|front desk|walk-in|dropped off|pick(?:ed)? up|faxed?|mailed|portal invite|insurance card|requisition|label|scan(?:ned)? queue|misfiled|wrong chart|deceased|appointment|who looked|advance directive|(?:has|have|with) (?:2|two|3|three|multiple|duplicate) (?:charts|mrns|records|accounts)|living will|poa|power of attorney|info (?:on|about)|information (?:on|about)|(?:sister|brother|daughter|son|wife|husband|mother|father|mom|dad|family|niece|nephew|neighbor)(?:['’]s)? (?:wants|is asking|asking|asked|called))\b/i;

const TITLES = new Set(['mr', 'mrs', 'ms', 'mx', 'miss', 'sgt', 'sra', 'sr']);
const PATIENT_CUES = new Set(['patient', 'pt', 'pts', 'resident', 'beneficiary', 'guarantor', 're']);
const EXPLICIT_CUES = new Set(['name', 'named', 'lastname', 'firstname', 'surname']);
const DETERMINERS = new Set(['a', 'an', 'the', 'any', 'no', 'my', 'your', 'his', 'her', 'their', 'our', 'its', 'this', 'that', 'same', 'full', 'legal', 'real']);
const PARTICLES = new Set(['de', 'la', 'del', 'van', 'von', 'da', 'di', 'le', 'du', 'der', 'den', 'bin', 'al', 'el', 'mc', 'st']);

const TOKEN = /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’]*(?:-[A-Za-z\u00C0-\u024F'’]+)*/g;
// Unambiguous: each repetition starts with a capital or a separator, so a failing token is rejected in linear time.
const CAPITALISED = /^(?:[A-Z\u00C0-\u00DE]['’])?[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F]+(?:[A-Z][a-z\u00DF-\u024F]+|['’-][A-Z\u00C0-\u00DE]?[a-z\u00DF-\u024F]+)*$/;
const ALL_CAPS_NAME = /^[A-Z]{4,}(?:['’-][A-Z]+)?$/;
const LOWER_NAME = /^[a-z\u00DF-\u024F][a-z\u00DF-\u024F'’-]*$/;

interface Token {
  text: string;
  /** Lowercase, without a possessive 's. */
  key: string;
  start: number;
  end: number;
  possessive: boolean;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0];
    let possessive = false;
    if (/['’]s$/i.test(word)) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (/['’]$/.test(word)) word = word.slice(0, -1);
    if (!word) continue;
    tokens.push({ text: word, key: word.toLowerCase(), start: m.index, end: m.index + word.length, possessive });
  }
  return tokens;
}

const gap = (text: string, a: Token, b: Token) => text.slice(a.end + (a.possessive ? 2 : 0), b.start);
const spaceOnly = (g: string) => g.length > 0 && g.length <= 2 && /^[ \t]+$/.test(g);
const commaGap = (g: string) => /^,[ \t]{0,2}$/.test(g);

const isCap = (t: Token) => t.text.length <= 40 && CAPITALISED.test(t.text);
const isStop = (t: Token) => STOP_WORDS.has(t.key);
const isOrdinary = (t: Token) => STOP_WORDS.has(t.key) || PROPER_WORDS.has(t.key) || ACRONYMS.has(t.key);
/** A capitalised token that can be part of a name found without any cue. */
const capName = (t: Token) => isCap(t) && (!isOrdinary(t) || (FIRST_NAMES.has(t.key) && !STOP_WORDS.has(t.key)));
/** A token that can be a surname once a cue or a first name has opened the name: anything but a stop word. */
const surnameOk = (t: Token) => (isCap(t) || LOWER_NAME.test(t.text) || ALL_CAPS_NAME.test(t.text)) && !isStop(t) && !ACRONYMS.has(t.key) && t.key.length > 1;
/** A word that can only be a name where a name may stand: not ordinary, and not an English word ("okoro", not "portal"). */
const unknownWord = (t: Token) =>
  t.key.length > 1 && !isOrdinary(t) && !NAME_SUFFIXES.has(t.key) && !TITLES.has(t.key) && !EXPLICIT_CUES.has(t.key) && !PATIENT_CUES.has(t.key) && !isEnglishWord(t.key);
/** The same in lowercase, and not one slip from an English word either ("recrods" is a typo, not a name). */
const lowerUnknown = (t: Token) => LOWER_NAME.test(t.text) && t.key.length > 2 && unknownWord(t);
/**
 * The typo test costs a few hundred look-ups; a message gets a bounded number of them (a real question needs a
 * handful). Past the budget a word counts as no typo, so a flood of odd words finds more names, never fewer.
 */
let typoBudget = 0;
const isTypo = (key: string) => typoBudget-- > 0 && nearEnglishWord(key);
/** Capitals that can be a name: "TERESHKOVA", "ANNA" (not "CERNER", "EXAM"). */
const capsNameWord = (t: Token) => ALL_CAPS_NAME.test(t.text) && !ACRONYMS.has(t.key) && !PROPER_WORDS.has(t.key) && !STOP_WORDS.has(t.key);

/** A name as token indices, both inclusive. */
interface NameHit {
  from: number;
  to: number;
}

/** Extends a name from token i while the next tokens are single-space separated name words (at most 3 words). */
function extend(text: string, tokens: Token[], i: number, ok: (t: Token) => boolean, max = 3): number {
  let j = i;
  let words = 1;
  while (words < max && j + 1 < tokens.length && !tokens[j]!.possessive && spaceOnly(gap(text, tokens[j]!, tokens[j + 1]!))) {
    const next = tokens[j + 1]!;
    if (PARTICLES.has(next.key) && j + 2 < tokens.length && ok(tokens[j + 2]!)) {
      j += 2;
      words++;
      continue;
    }
    if (NAME_SUFFIXES.has(next.key)) {
      j++;
      break;
    }
    // A middle initial: "Reginald P. Oyelowo".
    if (/^[A-Z]$/.test(next.text) && j + 2 < tokens.length && /^\.?[ \t]{1,2}$/.test(gap(text, next, tokens[j + 2]!)) && ok(tokens[j + 2]!)) {
      j += 2;
      words++;
      continue;
    }
    if (!ok(next)) break;
    j++;
    words++;
  }
  return j;
}

/** "Reyes, John" / "okeke, chinwe": a comma and one more name word after the token at j. */
function lastFirst(text: string, tokens: Token[], j: number, ok: (t: Token) => boolean): number {
  const next = tokens[j + 1];
  if (next && !tokens[j]!.possessive && commaGap(gap(text, tokens[j]!, next)) && ok(next)) return j + 1;
  return j;
}

function findNames(text: string, tokens: Token[]): NameHit[] {
  const hits: NameHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const after = gap(text, t, tokens[i + 1] ?? t);
    // 1. A title: "Mr. Okafor", "mrs hernandez", "Ms. Dolores Whitacre".
    if (TITLES.has(t.key) && i + 1 < tokens.length && /^\.?[ \t]{1,2}$/.test(after) && (t.key !== 'miss' || isCap(tokens[i + 1]!))) {
      const first = tokens[i + 1]!;
      if (surnameOk(first) && (isCap(first) || !PROPER_WORDS.has(first.key))) {
        const end = extend(text, tokens, i + 1, surnameOk);
        hits.push({ from: i + 1, to: end });
        i = end + 1;
        continue;
      }
    }
    // 2. A patient or name cue: "pt john reyes", "patient: Harold Whitfield", "name: jane doe", "pt okeke, chinwe".
    // "name" after "a", "the", "any"... is the noun ("a diagnosis without a name"), unless "is" or ":" follows.
    const nounName = (t.key === 'name' || t.key === 'names') && DETERMINERS.has(tokens[i - 1]?.key ?? '') && !/^\s*:/.test(after) && tokens[i + 1]?.key !== 'is';
    const explicit = (EXPLICIT_CUES.has(t.key) && !nounName) || ((t.key === 'first' || t.key === 'last') && tokens[i + 1]?.key === 'name');
    // "baby boy hendricks", "baby girl castellano": a newborn's chart name.
    const newborn = (t.key === 'boy' || t.key === 'girl') && tokens[i - 1]?.key === 'baby';
    if (PATIENT_CUES.has(t.key) || explicit || newborn) {
      let k = i + 1;
      if (tokens[k]?.key === 'name') k++;
      // "pt is darnell washington", "patient name is", "named"
      while (k < tokens.length && (tokens[k]!.key === 'is' || tokens[k]!.key === 'named' || tokens[k]!.key === 'name') && k - i <= 3) k++;
      const cand = tokens[k];
      if (cand && k > i && /^[\s,:(.-]{1,4}$/.test(gap(text, tokens[k - 1]!, cand))) {
        const isExplicit = explicit || tokens[k - 1]!.key === 'name' || tokens[k - 1]!.key === 'named';
        let end = -1;
        if (isCap(cand) && !isOrdinary(cand)) {
          end = lastFirst(text, tokens, extend(text, tokens, k, surnameOk), surnameOk);
        } else if (ALL_CAPS_NAME.test(cand.text) && !ACRONYMS.has(cand.key)) {
          const lf = lastFirst(text, tokens, k, (x) => ALL_CAPS_NAME.test(x.text) && !ACRONYMS.has(x.key));
          if (lf > k) end = lf;
        } else if (LOWER_NAME.test(cand.text) && !isStop(cand)) {
          const next = tokens[k + 1];
          const surnameFollows = !!next && spaceOnly(gap(text, cand, next)) && surnameOk(next) && LOWER_NAME.test(next.text);
          if ((FIRST_NAMES.has(cand.key) && (!WORD_NAMES.has(cand.key) || surnameFollows)) || isExplicit) {
            end = extend(text, tokens, k, (x) => surnameOk(x) && !PROPER_WORDS.has(x.key) || FIRST_NAMES.has(x.key) || (surnameOk(x) && LOWER_NAME.test(x.text)), isExplicit ? 2 : 3);
          } else if (unknownWord(cand)) {
            // A surname alone: "pt vandermolen", "patient szymanski says", "pt is mcnulty".
            end = lastFirst(text, tokens, extend(text, tokens, k, (x) => LOWER_NAME.test(x.text) && unknownWord(x), 2), (x) => surnameOk(x) && LOWER_NAME.test(x.text));
          } else {
            const lf = lastFirst(text, tokens, k, (x) => surnameOk(x) && LOWER_NAME.test(x.text));
            if (lf > k) end = lf;
          }
        }
        if (end >= k) {
          hits.push({ from: k, to: end });
          i = end + 1;
          continue;
        }
      }
    }
    // 3. Introducing oneself: "im mary collins", "I'm Sarah Kim", "this is John".
    const selfCue = t.key === 'im' || t.key === "i'm" || t.key === 'i’m' || ((t.key === 'i' || t.key === 'this') && (tokens[i + 1]?.key === 'am' || tokens[i + 1]?.key === 'is'));
    if (selfCue) {
      const k = t.key.length > 1 && t.key !== 'this' ? i + 1 : i + 2;
      const cand = tokens[k];
      if (cand && FIRST_NAMES.has(cand.key) && !isStop(cand) && /^[\s,]{1,3}$/.test(gap(text, tokens[k - 1]!, cand))) {
        const end = extend(text, tokens, k, (x) => surnameOk(x) && !PROPER_WORDS.has(x.key));
        hits.push({ from: k, to: end });
        i = end + 1;
        continue;
      }
    }
    // 4. A lowercase first name and surname owning something: "bobby tran's chart".
    if (FIRST_NAMES.has(t.key) && LOWER_NAME.test(t.text) && !isStop(t) && i + 1 < tokens.length) {
      const next = tokens[i + 1]!;
      if (next.possessive && LOWER_NAME.test(next.text) && surnameOk(next) && !PROPER_WORDS.has(next.key) && spaceOnly(gap(text, t, next))) {
        hits.push({ from: i, to: i + 1 });
        i += 2;
        continue;
      }
      // A lowercase first name and a surname that is no English word: "darnell okoro", "sergio del toro-amaya".
      const viaParticle = PARTICLES.has(next.key) && i + 2 < tokens.length && spaceOnly(gap(text, next, tokens[i + 2]!));
      const surname = viaParticle ? tokens[i + 2]! : next;
      if (spaceOnly(gap(text, t, next)) && LOWER_NAME.test(surname.text) && unknownWord(surname)) {
        const end = extend(text, tokens, i, (x) => LOWER_NAME.test(x.text) && unknownWord(x));
        hits.push({ from: i, to: Math.max(end, viaParticle ? i + 2 : i + 1) });
        i = Math.max(end, viaParticle ? i + 2 : i + 1) + 1;
        continue;
      }
    }
    // "lindqvist, hannah": a lowercase surname that is no English word, a comma and a first name.
    if (lowerUnknown(t) && i + 1 < tokens.length && commaGap(gap(text, t, tokens[i + 1]!)) && FIRST_NAMES.has(tokens[i + 1]!.key) && !WORD_NAMES.has(tokens[i + 1]!.key) && !isTypo(t.key)) {
      hits.push({ from: i, to: i + 1 });
      i += 2;
      continue;
    }
    // Two lowercase words in a row that are neither English nor a typo of it: "kateryna bondarenko".
    if (lowerUnknown(t) && i + 1 < tokens.length && spaceOnly(gap(text, t, tokens[i + 1]!)) && lowerUnknown(tokens[i + 1]!) && !(isTypo(t.key) && isTypo(tokens[i + 1]!.key))) {
      hits.push({ from: i, to: i + 1 });
      i += 2;
      continue;
    }
    // Capitals without a comma: "TERESHKOVA ANNA", "KOWALSKI STEFAN" (at least one of them no English word).
    if (capsNameWord(t) && i + 1 < tokens.length && spaceOnly(gap(text, t, tokens[i + 1]!)) && capsNameWord(tokens[i + 1]!)) {
      const next = tokens[i + 1]!;
      const nameLike = (x: Token) => FIRST_NAMES.has(x.key) || !isEnglishWord(x.key);
      if (nameLike(t) && nameLike(next) && (!isEnglishWord(t.key) || !isEnglishWord(next.key))) {
        hits.push({ from: i, to: i + 1 });
        i += 2;
        continue;
      }
    }
    // 5. Without a cue: two or three capitalised name words ("Harold Whitfield"), or "Last, First".
    if (capName(t)) {
      const end = extend(text, tokens, i, (x) => capName(x) || (isCap(x) && !isStop(x) && !ACRONYMS.has(x.key) && !PROPER_WORDS.has(x.key)));
      if (end > i) {
        const lf = lastFirst(text, tokens, end, capName);
        hits.push({ from: i, to: lf });
        i = lf + 1;
        continue;
      }
      const lf = lastFirst(text, tokens, i, capName);
      if (lf > i) {
        hits.push({ from: i, to: extend(text, tokens, lf, capName) });
        i = lf + 1;
        continue;
      }
    }
    if (ALL_CAPS_NAME.test(t.text) && !ACRONYMS.has(t.key)) {
      // The first name may be short when it cannot be a word: "NAKAMURA, KEI".
      let lf = lastFirst(text, tokens, i, (x) => !ACRONYMS.has(x.key) && (ALL_CAPS_NAME.test(x.text) || (/^[A-Z]{2,3}$/.test(x.text) && (FIRST_NAMES.has(x.key) || !isEnglishWord(x.key)))));
      if (lf > i) {
        // "WASHBURNE, LEROY J": a middle initial.
        const initial = tokens[lf + 1];
        if (initial && /^[A-Z]$/.test(initial.text) && spaceOnly(gap(text, tokens[lf]!, initial))) lf++;
        hits.push({ from: i, to: lf });
        i = lf + 1;
        continue;
      }
    }
    i++;
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------------

/** Accepted spans, kept sorted and non-overlapping; the first detector to claim a stretch of text keeps it. */
class Spans {
  readonly list: Span[] = [];
  add(start: number, end: number, kind: SpanKind): boolean {
    if (end <= start) return false;
    const list = this.list;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && list[lo - 1]!.end > start) return false;
    if (lo < list.length && list[lo]!.start < end) return false;
    list.splice(lo, 0, { start, end, kind });
    return true;
  }
  /** Every match of re (global), or of some of its groups (re needs the d flag); a rejected match lets the search resume one character later. */
  addAll(text: string, re: RegExp, kind: SpanKind, group: number | number[] = 0, accept?: (m: RegExpExecArray) => boolean): void {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (accept && !accept(m)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      if (group === 0) this.add(m.index, m.index + m[0].length, kind);
      else {
        // The first group that took part gives the start, the last one the end.
        const groups = typeof group === 'number' ? [group] : group;
        const parts = groups.map((g) => m!.indices?.[g]).filter((x): x is [number, number] => !!x);
        if (parts.length) this.add(parts[0]![0], parts[parts.length - 1]![1], kind);
      }
      if (m[0].length === 0) re.lastIndex++;
    }
  }
}

const digitCount = (s: string) => s.replace(/\D/g, '').length;

function acceptRecord(m: RegExpExecArray): boolean {
  const prefix = m[1];
  const token = m[2] ?? '';
  // A spaced prefix must look like a code ("WQ 88120045"), not a word ("claim was 99213").
  if (prefix !== undefined && prefix !== prefix.toUpperCase()) return false;
  const digits = digitCount(token);
  if (digits < 4) return false;
  // A bare year is not a record number ("medical records 2024", "member since 2019").
  if (prefix === undefined && /^(?:19|20)\d{2}$/.test(token)) return false;
  return true;
}

function acceptDashed(m: RegExpExecArray): boolean {
  const groups = m[0].split('-');
  if (digitCount(m[0]) < 7) return false;
  // "2019-2022", "99202-99215": ranges of years or codes.
  if (groups.length === 2 && groups[0]!.length === groups[1]!.length && groups[0]!.length >= 4) return false;
  return true;
}

/** The identifiers made of digits: SSNs, dates of birth, phones, record numbers, addresses, ZIP codes. */
function addNumberPatterns(text: string, spans: Spans): void {
  spans.addAll(text, SSN_CUED, 'ssn', 1);
  spans.addAll(text, SSN_BARE, 'ssn');
  spans.addAll(text, SSN_MASKED, 'ssn');
  if (SSN_WORD.test(text)) {
    spans.addAll(text, PARTIAL_SSN, 'ssn', 2, (m) => {
      // "ssn rules since 2019": a year after "since", "in"... is no part of a number.
      const before = m[0].slice(0, m.indices![2]![0] - m.index);
      return !(/^(?:19|20)\d{2}$/.test(m[2]!) && YEAR_WORD.test(before));
    });
  }
  spans.addAll(text, DOB, 'date-of-birth', 2);
  spans.addAll(text, AGE_OVER_89, 'date-of-birth');
  spans.addAll(text, PHONE_NANP, 'phone');
  // Only the number (and its code prefix) goes: "MRN [record-number]" still reads as a question about an MRN.
  spans.addAll(text, RECORD_CUED, 'record-number', [1, 2], acceptRecord);
  spans.addAll(text, PHONE_CUED, 'phone', 1, (m) => {
    const d = digitCount(m[1] ?? '');
    return d >= 7 && d <= 15;
  });
  spans.addAll(text, PO_BOX, 'address');
  spans.addAll(text, STREET_CAP, 'address');
  spans.addAll(text, STREET_CUED, 'address', 1);
  spans.addAll(text, STREET_SENT, 'address', 1);
  spans.addAll(text, ROUTE, 'address');
  spans.addAll(text, ZIP_WITH_STATE, 'zip', 1);
  spans.addAll(text, ZIP_PLUS4, 'zip');
  spans.addAll(text, ZIP_CUED, 'zip', 1);
  spans.addAll(text, LONG_NUMBER, 'record-number');
  spans.addAll(text, DASHED_NUMBER, 'record-number', 0, acceptDashed);
  spans.addAll(text, HASH_NUMBER, 'record-number');
  spans.addAll(text, ALNUM_ID, 'record-number');
  spans.addAll(text, LETTER_CODE, 'record-number', 0, (m) => !ACRONYMS.has(m[1]!.toLowerCase()) && !CODE_SETS.has(m[1]!.toLowerCase()) && digitCount(m[2]!) >= 6);
  spans.addAll(text, ROOM, 'room');
  for (const re of [DOTTED_INITIALS_DATE, CAPITAL_INITIALS_DATE]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const initials = m[1]!;
      if (NOT_DOTTED_INITIALS.has(initials.toLowerCase()) || NOT_INITIALS.has(initials.toLowerCase()) || ACRONYMS.has(initials.toLowerCase())) continue;
      spans.add(m.indices![1]![0], m.indices![1]![1], 'initials');
      spans.add(m.indices![2]![0], m.indices![2]![1], 'date');
    }
  }
}

/** Code sets and citations written as capitals and digit groups: "CPT 99213 99214", "CFR 164 512". */
const CODE_SETS = new Set(['cpt', 'icd', 'hcpcs', 'drg', 'cfr', 'usc', 'ub', 'cms', 'ndc', 'loinc', 'snomed', 'rev', 'pos', 'him', 'hit', 'soc', 'isbn', 'page', 'pp', 'ch', 'sec', 'q', 'v', 'z']);

/** Digits spelled out, four or more in a row after a number word, seven or more anywhere. */
function addSpelledDigits(text: string, spans: Spans): void {
  SPELLED_DIGITS.lastIndex = 0;
  for (const m of text.matchAll(SPELLED_DIGITS)) {
    const words = m[0].split(/[\s,-]+/).filter(Boolean).length;
    if (words < 7 && !NUMBER_CUE.test(text)) continue;
    const kind: IdentifierKind = SSN_WORD.test(text) && words === 9 ? 'ssn' : PHONE_WORDS.test(text) && words >= 7 ? 'phone' : 'record-number';
    spans.add(m.index, m.index + m[0].length, kind);
  }
}

/** E-mail addresses written in words. */
function addWordyEmails(text: string, spans: Spans): void {
  WORDY_EMAIL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORDY_EMAIL.exec(text))) {
    const handle = m[1]!;
    const domain = m[2]!.toLowerCase();
    const tail = (m[3] ?? '').split(/\(dot\)|\[dot\]|\bdot\b|\./i).map((x) => x.trim().toLowerCase()).filter(Boolean);
    const lastHandleWord = handle.split(/\s+/).pop()!.toLowerCase();
    const handleParts = handle.split(/\s*(?:\(dot\)|\[dot\]|\bdot\b|\.)\s*/i).filter(Boolean);
    const plainWord = handleParts.length === 1 && /^[a-z]+$/i.test(handle) && (isEnglishWord(handle) || STOP_WORDS.has(handle.toLowerCase()));
    let ok = false;
    if (!NOT_HANDLES.has(lastHandleWord) && !NOT_HANDLES.has(handle.toLowerCase())) {
      const tld = tail.length ? tail[tail.length - 1]! : '';
      if (TLDS.has(tld)) ok = !plainWord || MAIL_PROVIDERS.has(domain);
      else if (MAIL_PROVIDERS.has(domain)) ok = !plainWord;
    }
    if (!ok) {
      WORDY_EMAIL.lastIndex = m.index + 1;
      continue;
    }
    // Only as far as the domain's known ending: "rgreer at aol, can i" keeps ", can i".
    let end = m.indices![2]![1];
    if (tail.length && TLDS.has(tail[tail.length - 1]!)) end = m.index + m[0].length;
    spans.add(m.index, end, 'email');
    WORDY_EMAIL.lastIndex = end;
  }
}

/** Words that may stand between a room or bed number and the name it belongs to ("bed 22 on 4 west, Hollingsworth"). */
const ROOM_GAP_WORDS = new Set(['is', 'its', 'it', 's', 'pt', 'patient', 'on', 'in', 'at', 'the', 'west', 'east', 'north', 'south', 'wing', 'floor', 'icu', 'unit', 'bed', 'room', 'rm', 'who', 'whos', 'with', 'mr', 'mrs', 'ms', 'miss', 'a', 'b', 'c', 'd']);

/** The name right after a room or bed number: "room 402, kaminski", "ICU bed 11, Pham". */
function namesAfterRooms(text: string, tokens: Token[], spans: Spans): NameHit[] {
  const hits: NameHit[] = [];
  let k = 0;
  for (const room of spans.list.filter((s) => s.kind === 'room')) {
    // Rooms come in text order: the token pointer only moves forward.
    while (k < tokens.length && tokens[k]!.start < room.end) k++;
    if (k >= tokens.length) break;
    while (k < tokens.length && tokens[k]!.start - room.end <= 30 && ROOM_GAP_WORDS.has(tokens[k]!.key)) k++;
    const cand = tokens[k];
    if (!cand || cand.start - room.end > 30) continue;
    if ((isCap(cand) && !isOrdinary(cand) && !isEnglishWord(cand.key)) || (LOWER_NAME.test(cand.text) && unknownWord(cand)) || (capsNameWord(cand) && !isEnglishWord(cand.key))) {
      hits.push({ from: k, to: extend(text, tokens, k, (x) => surnameOk(x) && !isEnglishWord(x.key)) });
    }
  }
  return hits;
}

/** A name with a staff word within three words either side is a colleague or a teacher, not a patient. */
function isStaffName(tokens: Token[], h: NameHit): boolean {
  for (let k = Math.max(0, h.from - 3); k <= Math.min(tokens.length - 1, h.to + 3); k++) {
    if ((k < h.from || k > h.to) && STAFF_WORDS.has(tokens[k]!.key)) return true;
  }
  return false;
}

export function inspectForPhi(text: string): PhiFinding {
  const spans = new Spans();
  typoBudget = 32;

  // Every pattern but the emails and the names needs a digit; most questions have none, so skip them all then.
  const hasDigit = /\d/.test(text);
  if (text.includes('@')) spans.addAll(text, EMAIL, 'email');
  if (AT_WORD.test(text)) addWordyEmails(text, spans);
  if (hasDigit) addNumberPatterns(text, spans);
  addSpelledDigits(text, spans);
  spans.addAll(text, STREET_NAMED, 'address', 1);

  const tokens = tokenize(text);
  const hits = [...findNames(text, tokens), ...(hasDigit ? namesAfterRooms(text, tokens, spans) : [])];
  const patientRef = PATIENT_REF.test(text);
  const names: Token[] = [];
  let patientNames = 0;
  for (const h of hits) {
    const first = tokens[h.from]!;
    const last = tokens[h.to]!;
    if (spans.add(first.start, last.end, 'name')) {
      for (let k = h.from; k <= h.to; k++) names.push(tokens[k]!);
      if (!isStaffName(tokens, h)) patientNames++;
    }
  }
  const initials = spans.list.some((s) => s.kind === 'initials');
  const person = patientRef || patientNames > 0 || initials;

  // Dates next to a care event; the weaker cues ("seen", "fell", "ER") only with a patient reference or a name.
  for (const m of hasDigit ? text.matchAll(EVENT) : []) {
    const cue = (m[1] ?? '').toLowerCase();
    const strong = STRONG_EVENT.has(cue);
    if (!strong && !person) continue;
    const between = m[0].slice(m[1]!.length, m.indices![2]![0] - m.index!);
    if ((cue.startsWith('admi') || cue === 'transferred') && SCHOOL_WORDS.test(between)) continue;
    spans.add(m.indices![2]![0], m.indices![2]![1], 'date-of-service');
  }
  // Any other date identifies someone when the message is about a patient or names a person.
  if (person && hasDigit) {
    spans.addAll(text, ANY_FULL_DATE, 'date');
    spans.addAll(text, SHORT_DATE, 'date');
  }

  // A name's words elsewhere in the message ("John Reyes ... Mr. Reyes") go too.
  if (names.length) {
    const keys = new Set(names.filter((n) => n.key.length > 2 && !isOrdinary(n) && !NAME_SUFFIXES.has(n.key) && !PARTICLES.has(n.key)).map((n) => n.key));
    for (const t of tokens) if (keys.has(t.key)) spans.add(t.start, t.end, 'name');
  }

  const kinds = new Set<IdentifierKind>();
  for (const s of spans.list) kinds.add(s.kind === 'initials' ? 'name' : s.kind);
  // Identifying on their own: everything but names, other dates, rooms and ZIP codes.
  const strong = [...kinds].some((k) => !WEAK_KINDS.has(k));
  // A name alone is everyday talk ("my trainer Maria Lopez"); beside a patient, a health word or a date it is a patient.
  const nameWithPatient =
    patientNames > 0 && (patientRef || kinds.has('date') || kinds.has('room') || NAME_CONTEXT.test(text) || CLERK_CONTEXT.test(text) || CARE_UNIT.test(text));
  // A room or bed number beside a name ("the patient in room 12" alone is a lookup the classifier declines); a ZIP
  // code beside a patient reference, a name, or where someone lives.
  const placed = (kinds.has('room') && (patientNames > 0 || initials)) || (kinds.has('zip') && (person || RESIDENCE.test(text) || CLERK_CONTEXT.test(text)));
  const detected = strong || (kinds.has('date') && person) || nameWithPatient || placed;

  let scrubbed = text;
  if (spans.list.length) {
    const sorted = [...spans.list].sort((a, b) => a.start - b.start);
    let out = '';
    let at = 0;
    for (const s of sorted) {
      out += text.slice(at, s.start) + `[${s.kind === 'initials' ? 'name' : s.kind}]`;
      at = s.end;
    }
    scrubbed = out + text.slice(at);
  }
  return { detected, kinds: [...kinds], scrubbed };
}

const WEAK_KINDS = new Set<IdentifierKind>(['name', 'date', 'room', 'zip']);
/** Where someone lives: a ZIP code beside these is an address, not a job search. */
const RESIDENCE = /\b(?:lives?|lived|living|moved|address|resides?|home)\b/i;

/** The scrubbed text only: for anything written to a log or the unanswered list. */
export function scrub(text: string): string {
  return inspectForPhi(text).scrubbed;
}
