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
import { addNumberPatterns, addSpelledDigits, addWordyEmails } from './detectors.js';
import { findNames, isOrdinary, isStaffName, namesAfterRooms, PARTICLES, startTypoBudget, tokenize, type Token } from './names.js';
import { ANY_FULL_DATE, AT_WORD, CARE_UNIT, CLERK_CONTEXT, EMAIL, EVENT, NAME_CONTEXT, PATIENT_REF, RESIDENCE, SCHOOL_WORDS, SHORT_DATE, STREET_NAMED, STRONG_EVENT } from './patterns.js';
import { Spans, type IdentifierKind } from './spans.js';
import { NAME_SUFFIXES } from './words.js';

export type { IdentifierKind } from './spans.js';

export interface PhiFinding {
  /** True when the message looks like it carries a patient's (or another person's) identifiers. */
  detected: boolean;
  kinds: IdentifierKind[];
  /** The message with every identifier-like span replaced by a placeholder. */
  scrubbed: string;
}

/**
 * The last finding, for the same text asked again at once: the advisor inspects a question and `ask --json` then
 * echoes it scrubbed (toJson), which was a second full pass. It is dropped when the event loop next turns, so no
 * message outlives its own answer here.
 */
let last: { text: string; finding: PhiFinding } | undefined;

export function inspectForPhi(text: string): PhiFinding {
  if (last === undefined) setImmediate(forget);
  else if (last.text === text) return { ...last.finding, kinds: [...last.finding.kinds] };
  const finding = inspect(text);
  last = { text, finding: { ...finding, kinds: [...finding.kinds] } };
  return finding;
}

function forget(): void {
  last = undefined;
}

function inspect(text: string): PhiFinding {
  const spans = new Spans();
  startTypoBudget(32);

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

/** The scrubbed text only: for anything written to a log or the unanswered list. */
export function scrub(text: string): string {
  return inspectForPhi(text).scrubbed;
}