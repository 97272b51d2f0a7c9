// The PHI guard: spots messages that look like they carry patient details, before anything is
// logged or stored, and produces a scrubbed copy with placeholders ("[phone]", "[name]"...).
// It errs on the side of warning: a false alarm costs a reminder, a miss could store a patient's data.

export type IdentifierKind = 'ssn' | 'phone' | 'email' | 'record-number' | 'date-of-birth' | 'date-of-service' | 'address' | 'name' | 'date' | 'zip';

export interface PhiFinding {
  /** True when the message looks like it carries a patient's (or another person's) identifiers. */
  detected: boolean;
  kinds: IdentifierKind[];
  /** The message with every identifier-like span replaced by a placeholder. */
  scrubbed: string;
}

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2}|(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\.?,?\\s+\\d{4})`;

const PATTERNS: { kind: IdentifierKind; re: RegExp; placeholder: string }[] = [
  { kind: 'email', re: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi, placeholder: '[email]' },
  { kind: 'ssn', re: /\b(?:ssn|social security(?: number| no\.?| #)?)\s*[:#]?\s*\d{3}[- ]?\d{2}[- ]?\d{4}\b|\b\d{3}-\d{2}-\d{4}\b/gi, placeholder: '[ssn]' },
  {
    kind: 'record-number',
    re: /\b(?:mrn|med(?:ical)? rec(?:ord)?s?(?: number| no\.?| #)?|record (?:number|no\.?|#)|chart (?:number|no\.?|#)|acct|account(?: number| no\.?| #)?|member id|patient id|pt id|policy(?: number| no\.?| #)?|claim(?: number| no\.?| #)|encounter(?: number| no\.?| #)|fin|visit(?: number| #))\s*(?:is|=|:|#|no\.?)?\s*#?\s*[a-z]{0,3}-?\d[\d-]{3,}\b/gi,
    placeholder: '[record-number]',
  },
  {
    kind: 'date-of-birth',
    re: new RegExp(`\\b(?:dob|d\\.o\\.b\\.?|date of birth|birth ?date|born(?: on)?|birthday)\\s*(?:is|was|:|-)?\\s*${DATE}`, 'gi'),
    placeholder: '[date-of-birth]',
  },
  {
    kind: 'date-of-service',
    re: new RegExp(`\\b(?:dos|date of service|admitted|admission date|discharged|discharge date|seen|visit(?:ed)?|surgery|procedure)\\s*(?:on|:|-|date)?\\s*${DATE}`, 'gi'),
    placeholder: '[date-of-service]',
  },
  {
    kind: 'address',
    re: /\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z0-9][\w'.-]*\s+){1,4}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|circle|cir|highway|hwy|parkway|pkwy)\b\.?(?:,?\s*(?:apt|unit|suite|#)\s*\w+)?/gi,
    placeholder: '[address]',
  },
  { kind: 'phone', re: /(?<![\w.-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}(?![\w-])/g, placeholder: '[phone]' },
];

const ANY_DATE = new RegExp(`\\b${DATE}\\b`, 'gi');
const ZIP = /\b\d{5}(?:-\d{4})\b/g;

// A person's name introduced by a patient reference or a title: "patient Maria Lopez", "Mr. Okafor", "name: Jane Doe".
// The cue words match in any case; the name itself must be capitalised, which is what sets it apart from ordinary words.
const anyCase = (word: string) => word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const NAME_CUES = ['patient', 'pt\\.?', 'client', 'resident', 'mr\\.?', 'mrs\\.?', 'ms\\.?', 'miss', 'dr\\.?', 'named', 'name is', 'name:', 'pt name:?', 'patient name:?', 'for', 'about', 'on', 'find', 'pull', 'look up', 'lookup'];
const NAME_AFTER_CUE = new RegExp(
  `\\b(?:${NAME_CUES.map(anyCase).join('|')})\\s+((?:[A-Z][a-z'’-]+|[A-Z]\\.)(?:\\s+(?:[A-Z][a-z'’-]+|[A-Z]\\.)){0,2}\\b)`,
  'g',
);
// "Lopez, Maria" as charts write it.
const NAME_LAST_FIRST = /\b([A-Z][a-z'’-]{1,20},\s+[A-Z][a-z'’-]{1,20})\b/g;
// Words that follow such cues without being names.
const NOT_NAMES = new Set(
  'I Im A An The My Our Your This That It HIPAA RHIT RHIA CCA CCS CPC CHDA CHPS COC CRC CEHRS CBCS AHIMA AAPC NHA CAHIIM ICD CPT HCPCS EHR EMR HIM HIT PHI ROI Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Medicare Medicaid Epic Cerner Meditech English Spanish Discord Slack Google ChartPath'.split(' '),
);
const PATIENT_CUE = /\b(?:patient|pt|pts|client|resident|member|his|her|their|mr|mrs|ms|chart|record|admitted|discharged|diagnos\w*|dob|mrn)\b/i;

function namesIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(NAME_AFTER_CUE)) {
    const words = (m[1] ?? '').split(/\s+/).filter((w) => !NOT_NAMES.has(w.replace(/[.'’]/g, '')));
    if (words.length && words.some((w) => w.length > 1)) found.push(words.join(' '));
  }
  for (const m of text.matchAll(NAME_LAST_FIRST)) {
    const [last, first] = (m[1] ?? '').split(/,\s+/);
    if (last && first && !NOT_NAMES.has(last) && !NOT_NAMES.has(first)) found.push(m[1]!);
  }
  return found;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function inspectForPhi(text: string): PhiFinding {
  const kinds = new Set<IdentifierKind>();
  let scrubbed = text;
  for (const { kind, re, placeholder } of PATTERNS) {
    scrubbed = scrubbed.replace(re, () => {
      kinds.add(kind);
      return placeholder;
    });
  }
  const names = namesIn(scrubbed);
  const hasDate = ANY_DATE.test(scrubbed);
  ANY_DATE.lastIndex = 0;
  const patientContext = PATIENT_CUE.test(text);
  // A bare date is ordinary ("I passed on 3/4/2024"); with a patient reference or a name it identifies someone.
  if (hasDate && (patientContext || names.length)) {
    scrubbed = scrubbed.replace(ANY_DATE, () => {
      kinds.add('date');
      return '[date]';
    });
  }
  if (ZIP.test(scrubbed)) {
    kinds.add('zip');
    scrubbed = scrubbed.replace(ZIP, '[zip]');
  }
  ZIP.lastIndex = 0;
  if (names.length) {
    for (const name of names) scrubbed = scrubbed.replace(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'g'), '[name]');
    kinds.add('name');
  }
  const strong = [...kinds].some((k) => k !== 'name' && k !== 'date');
  // A name alone is everyday talk ("my trainer Maria"); a name beside a patient reference or a date is a patient.
  const nameWithPatient = kinds.has('name') && (patientContext || kinds.has('date'));
  return { detected: strong || nameWithPatient, kinds: [...kinds], scrubbed };
}

/** The scrubbed text only: for anything written to a log or the unanswered list. */
export function scrub(text: string): string {
  return inspectForPhi(text).scrubbed;
}
