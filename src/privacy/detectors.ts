// The detectors made of patterns: each adds the spans it finds (SSNs, dates of birth, phones, record numbers,
// addresses, ZIP codes, spelled-out digits, e-mail addresses in words). The order in each is the order of trust.
import { isEnglishWord } from './english.js';
import { ACRONYMS, NOT_INITIALS, STOP_WORDS } from './words.js';
import {
  AGE_OVER_89,
  ALNUM_ID,
  CAPITAL_INITIALS_DATE,
  CODE_SETS,
  DASHED_NUMBER,
  DOB,
  DOTTED_INITIALS_DATE,
  HASH_NUMBER,
  LETTER_CODE,
  LONG_NUMBER,
  MAIL_PROVIDERS,
  NOT_DOTTED_INITIALS,
  NOT_HANDLES,
  NUMBER_CUE,
  PARTIAL_SSN,
  PHONE_CUED,
  PHONE_NANP,
  PHONE_WORDS,
  PO_BOX,
  RECORD_CUED,
  ROOM,
  ROUTE,
  SPELLED_DIGITS,
  SSN_BARE,
  SSN_CUED,
  SSN_MASKED,
  SSN_WORD,
  STREET_CAP,
  STREET_CUED,
  STREET_SENT,
  TLDS,
  WORDY_EMAIL,
  YEAR_WORD,
  ZIP_CUED,
  ZIP_PLUS4,
  ZIP_WITH_STATE,
} from './patterns.js';
import { digitCount, type IdentifierKind, type Spans } from './spans.js';

export function acceptRecord(m: RegExpExecArray): boolean {
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

export function acceptDashed(m: RegExpExecArray): boolean {
  const groups = m[0].split('-');
  if (digitCount(m[0]) < 7) return false;
  // "2019-2022", "99202-99215": ranges of years or codes.
  if (groups.length === 2 && groups[0]!.length === groups[1]!.length && groups[0]!.length >= 4) return false;
  return true;
}

/** The identifiers made of digits: SSNs, dates of birth, phones, record numbers, addresses, ZIP codes. */
export function addNumberPatterns(text: string, spans: Spans): void {
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


/** Digits spelled out, four or more in a row after a number word, seven or more anywhere. */
export function addSpelledDigits(text: string, spans: Spans): void {
  SPELLED_DIGITS.lastIndex = 0;
  for (const m of text.matchAll(SPELLED_DIGITS)) {
    const words = m[0].split(/[\s,-]+/).filter(Boolean).length;
    if (words < 7 && !NUMBER_CUE.test(text)) continue;
    const kind: IdentifierKind = SSN_WORD.test(text) && words === 9 ? 'ssn' : PHONE_WORDS.test(text) && words >= 7 ? 'phone' : 'record-number';
    spans.add(m.index, m.index + m[0].length, kind);
  }
}

/** E-mail addresses written in words. */
export function addWordyEmails(text: string, spans: Spans): void {
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
