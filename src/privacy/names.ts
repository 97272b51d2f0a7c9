// Finding people's names in a message, token by token: after a title or a patient cue, a lowercase first name and
// surname, "Last, First", capitals, and the name right after a room number. Which names count is phi.ts's decision.
import { isEnglishWord, nearEnglishWord } from './english.js';
import { ACRONYMS, FIRST_NAMES, NAME_SUFFIXES, PROPER_WORDS, STAFF_WORDS, STOP_WORDS, WORD_NAMES } from './words.js';
import type { Spans } from './spans.js';

export const TITLES = new Set(['mr', 'mrs', 'ms', 'mx', 'miss', 'sgt', 'sra', 'sr']);
export const PATIENT_CUES = new Set(['patient', 'pt', 'pts', 'resident', 'beneficiary', 'guarantor', 're']);
export const EXPLICIT_CUES = new Set(['name', 'named', 'lastname', 'firstname', 'surname']);
export const DETERMINERS = new Set(['a', 'an', 'the', 'any', 'no', 'my', 'your', 'his', 'her', 'their', 'our', 'its', 'this', 'that', 'same', 'full', 'legal', 'real']);
export const PARTICLES = new Set(['de', 'la', 'del', 'van', 'von', 'da', 'di', 'le', 'du', 'der', 'den', 'bin', 'al', 'el', 'mc', 'st']);

export const TOKEN = /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’]*(?:-[A-Za-z\u00C0-\u024F'’]+)*/g;
// Unambiguous: each repetition starts with a capital or a separator, so a failing token is rejected in linear time.
export const CAPITALISED = /^(?:[A-Z\u00C0-\u00DE]['’])?[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F]+(?:[A-Z][a-z\u00DF-\u024F]+|['’-][A-Z\u00C0-\u00DE]?[a-z\u00DF-\u024F]+)*$/;
export const ALL_CAPS_NAME = /^[A-Z]{4,}(?:['’-][A-Z]+)?$/;
export const LOWER_NAME = /^[a-z\u00DF-\u024F][a-z\u00DF-\u024F'’-]*$/;

export interface Token {
  text: string;
  /** Lowercase, without a possessive 's. */
  key: string;
  start: number;
  end: number;
  possessive: boolean;
}

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0];
    let possessive = false;
    // A final "'s" (any case of s) or a final apostrophe, straight or curly: read by character code (every token).
    const last = word.charCodeAt(word.length - 1);
    if ((last === 0x73 || last === 0x53) && isApostrophe(word.charCodeAt(word.length - 2))) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (isApostrophe(last)) word = word.slice(0, -1);
    if (!word) continue;
    tokens.push({ text: word, key: word.toLowerCase(), start: m.index, end: m.index + word.length, possessive });
  }
  return tokens;
}

export const gap = (text: string, a: Token, b: Token) => text.slice(a.end + (a.possessive ? 2 : 0), b.start);
export const spaceOnly = (g: string) => g.length > 0 && g.length <= 2 && /^[ \t]+$/.test(g);
export const commaGap = (g: string) => /^,[ \t]{0,2}$/.test(g);

export const isCap = (t: Token) => t.text.length <= 40 && CAPITALISED.test(t.text);
export const isStop = (t: Token) => STOP_WORDS.has(t.key);
export const isOrdinary = (t: Token) => STOP_WORDS.has(t.key) || PROPER_WORDS.has(t.key) || ACRONYMS.has(t.key);
/** A capitalised token that can be part of a name found without any cue. */
export const capName = (t: Token) => isCap(t) && (!isOrdinary(t) || (FIRST_NAMES.has(t.key) && !STOP_WORDS.has(t.key)));
/** A token that can be a surname once a cue or a first name has opened the name: anything but a stop word. */
export const surnameOk = (t: Token) => (isCap(t) || LOWER_NAME.test(t.text) || ALL_CAPS_NAME.test(t.text)) && !isStop(t) && !ACRONYMS.has(t.key) && t.key.length > 1;
/** A word that can only be a name where a name may stand: not ordinary, and not an English word ("okoro", not "portal"). */
export const unknownWord = (t: Token) =>
  t.key.length > 1 && !isOrdinary(t) && !NAME_SUFFIXES.has(t.key) && !TITLES.has(t.key) && !EXPLICIT_CUES.has(t.key) && !PATIENT_CUES.has(t.key) && !isEnglishWord(t.key);
/** The same in lowercase, and not one slip from an English word either ("recrods" is a typo, not a name). */
export const lowerUnknown = (t: Token) => LOWER_NAME.test(t.text) && t.key.length > 2 && unknownWord(t);
/**
 * The typo test costs a few hundred look-ups; a message gets a bounded number of them (a real question needs a
 * handful). Past the budget a word counts as no typo, so a flood of odd words finds more names, never fewer.
 */
let typoBudget = 0;
/** Gives a new message its budget of typo look-ups (inspectForPhi, once per message). */
export function startTypoBudget(lookups: number): void {
  typoBudget = lookups;
}
export const isTypo = (key: string) => typoBudget-- > 0 && nearEnglishWord(key);
/** Capitals that can be a name: "TERESHKOVA", "ANNA" (not "CERNER", "EXAM"). */
export const capsNameWord = (t: Token) => ALL_CAPS_NAME.test(t.text) && !ACRONYMS.has(t.key) && !PROPER_WORDS.has(t.key) && !STOP_WORDS.has(t.key);

/** A name as token indices, both inclusive. */
export interface NameHit {
  from: number;
  to: number;
}

/** Extends a name from token i while the next tokens are single-space separated name words (at most 3 words). */
export function extend(text: string, tokens: Token[], i: number, ok: (t: Token) => boolean, max = 3): number {
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
export function lastFirst(text: string, tokens: Token[], j: number, ok: (t: Token) => boolean): number {
  const next = tokens[j + 1];
  if (next && !tokens[j]!.possessive && commaGap(gap(text, tokens[j]!, next)) && ok(next)) return j + 1;
  return j;
}

export function findNames(text: string, tokens: Token[]): NameHit[] {
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
    // Both rules below start with this (a dozen look-ups): asked once.
    const unknownLower = lowerUnknown(t);
    // "lindqvist, hannah": a lowercase surname that is no English word, a comma and a first name.
    if (unknownLower && i + 1 < tokens.length && commaGap(gap(text, t, tokens[i + 1]!)) && FIRST_NAMES.has(tokens[i + 1]!.key) && !WORD_NAMES.has(tokens[i + 1]!.key) && !isTypo(t.key)) {
      hits.push({ from: i, to: i + 1 });
      i += 2;
      continue;
    }
    // Two lowercase words in a row that are neither English nor a typo of it: "kateryna bondarenko".
    if (unknownLower && i + 1 < tokens.length && spaceOnly(gap(text, t, tokens[i + 1]!)) && lowerUnknown(tokens[i + 1]!) && !(isTypo(t.key) && isTypo(tokens[i + 1]!.key))) {
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

/** Words that may stand between a room or bed number and the name it belongs to ("bed 22 on 4 west, Hollingsworth"). */
export const ROOM_GAP_WORDS = new Set(['is', 'its', 'it', 's', 'pt', 'patient', 'on', 'in', 'at', 'the', 'west', 'east', 'north', 'south', 'wing', 'floor', 'icu', 'unit', 'bed', 'room', 'rm', 'who', 'whos', 'with', 'mr', 'mrs', 'ms', 'miss', 'a', 'b', 'c', 'd']);

/** The name right after a room or bed number: "room 402, kaminski", "ICU bed 11, Pham". */
export function namesAfterRooms(text: string, tokens: Token[], spans: Spans): NameHit[] {
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
export function isStaffName(tokens: Token[], h: NameHit): boolean {
  for (let k = Math.max(0, h.from - 3); k <= Math.min(tokens.length - 1, h.to + 3); k++) {
    if ((k < h.from || k > h.to) && STAFF_WORDS.has(tokens[k]!.key)) return true;
  }
  return false;
}
