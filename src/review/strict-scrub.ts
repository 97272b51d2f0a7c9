// The second, stricter scrub for anything the review log keeps. The PHI guard decides whether a message looks like
// it carries identifiers; what it lets through may still hold a name or a number it could not place ("does okoro
// need to sign again?"). Here every name and number is masked unless it is field vocabulary: a word or number the
// knowledge base itself uses ("RHIT", "99213", "ICD-10"). Ordinary English words stay, so the question still reads.
import { inspectForPhi } from '../privacy/phi.js';
import { isEnglishWord } from '../privacy/english.js';
import { FIRST_NAMES, STOP_WORDS } from '../privacy/words.js';
import type { KnowledgeBase } from '../knowledge/types.js';

/** Vocabularies worked out ahead of time (the compiled bundle, src/bundle/), by the knowledge base they belong to. */
const prebuilt = new WeakMap<KnowledgeBase, readonly string[]>();

/** Words and numbers of the field: what the knowledge base's own questions, answers and titles use. */
export class FieldVocabulary {
  private readonly words = new Set<string>();
  /** nearly()'s answers by word (a few hundred look-ups each; people repeat their words), forgotten past a bound. */
  private readonly near = new Map<string, boolean>();

  /**
   * Hands over the `list()` of a vocabulary built from this same knowledge base: `of(kb)` then costs nothing, where
   * building it runs the PHI guard over every example (the slowest step of a first answer without it).
   */
  static provide(kb: KnowledgeBase, words: readonly string[]): void {
    prebuilt.set(kb, words);
  }

  /** The words, to save with the knowledge (see provide). */
  list(): string[] {
    return [...this.words];
  }

  constructor(texts: Iterable<string>, words?: readonly string[]) {
    if (words) {
      for (const w of words) this.words.add(w);
      return;
    }
    for (const text of texts) for (const m of text.matchAll(WORD)) this.words.add(keyOf(m[0]));
    // A first name the knowledge base happens to use ("Maria asked...") is still a name.
    for (const w of [...this.words]) if (FIRST_NAMES.has(w) && !isEnglishWord(w)) this.words.delete(w);
  }

  static of(kb: KnowledgeBase): FieldVocabulary {
    const words = prebuilt.get(kb);
    if (words) return new FieldVocabulary([], words);
    const texts: string[] = [];
    for (const intent of kb.intents) {
      texts.push(intent.title, intent.ask ?? '', intent.answer, ...(intent.entity?.names ?? []));
      // Examples written to teach the bot to decline patient lookups carry invented identifiers on purpose.
      if (intent.id === 'decline-patient-record') continue;
      for (const e of intent.examples) if (!inspectForPhi(e).kinds.length) texts.push(e);
    }
    for (const [from, to] of Object.entries(kb.vocabulary.synonyms)) texts.push(from, to);
    for (const plan of kb.plans) texts.push(plan.title, ...plan.steps.map((s) => s.title));
    return new FieldVocabulary(texts);
  }

  has(word: string): boolean {
    return this.words.has(keyOf(word));
  }

  /**
   * The words verdict() lets stay (a function of the word as written, this vocabulary and whether it starts a
   * sentence), by place: people repeat their words, and each verdict is several set and dictionary look-ups. Only
   * words that stay are kept (field words, English, stop words): a word masked as a possible name or number is never
   * remembered past its message, and is worked out again each time. Bounded.
   */
  private readonly staying = [new Set<string>(), new Set<string>()];

  /** What strictScrub puts in place of the word (undefined: the word stays). */
  verdictOf(word: string, sentenceStart: boolean): string | undefined {
    const staying = this.staying[sentenceStart ? 1 : 0]!;
    if (staying.has(word)) return undefined;
    const v = verdict(word, this, sentenceStart);
    if (v === undefined) {
      if (staying.size >= 10_000) staying.clear();
      staying.add(word);
    }
    return v;
  }

  /** One typing slip from a field word ("certifcation"): a misspelling curators want to see, not a name. */
  nearly(word: string): boolean {
    const w = keyOf(word);
    if (w.length < 6 || w.length > 30 || /\d/.test(w)) return false;
    let near = this.near.get(w);
    if (near === undefined) {
      near = this.oneSlipFromAWord(w);
      if (this.near.size >= 10_000) this.near.clear();
      this.near.set(w, near);
    }
    return near;
  }

  private oneSlipFromAWord(w: string): boolean {
    for (let i = 0; i < w.length; i++) {
      if (this.words.has(w.slice(0, i) + w.slice(i + 1))) return true;
      if (i + 1 < w.length && this.words.has(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2))) return true;
    }
    for (let i = 0; i <= w.length; i++) {
      for (let c = 97; c <= 122; c++) {
        const ch = String.fromCharCode(c);
        if (i < w.length && ch !== w[i] && this.words.has(w.slice(0, i) + ch + w.slice(i + 1))) return true;
        if (this.words.has(w.slice(0, i) + ch + w.slice(i))) return true;
      }
    }
    return false;
  }
}

/** A word with its inner punctuation ("icd-10", "o'neil", "e11.9"), or a run of other visible characters. */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’._-]*[\p{L}\p{N}])?/gu;
/** Digits joined by slashes are one number ("12/31/2025", "5/2023"): a date is masked whole, not digit group by group. */
const SLASHED = /\d(?:[\d/]*\d)?/y;
const TITLE_WORDS = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'miss']);
/** Abbreviations whose dot does not end a sentence: the name after "Dr." or "Mrs." is mid-sentence. */
const TITLE_DOT = /\b(?:dr|mr|mrs|ms|mx|st|prof|sr|jr)\.\s*$/i;
const keyOf = (word: string) => word.toLowerCase().replace(/['’]s$/, '');

export interface StrictScrub {
  text: string;
  /** How many words and numbers were masked. */
  masked: number;
}

/**
 * Masks every number and every possible name that is not field vocabulary: numbers become [number]; first names,
 * capitalised words inside a sentence, capitals and words that are neither English nor a slip of a field word
 * become [name]. Anything with an @ becomes [email].
 */
export function strictScrub(text: string, vocab: FieldVocabulary): StrictScrub {
  let masked = 0;
  let sentenceStart = true;
  let out = '';
  let at = 0;
  for (const m of text.matchAll(WORD)) {
    if (m.index < at) continue; // inside a slashed number already taken
    let word = m[0];
    const first = word.charCodeAt(0);
    if (first >= 0x30 && first <= 0x39) {
      SLASHED.lastIndex = m.index;
      const slashed = SLASHED.exec(text)?.[0];
      if (slashed && slashed.includes('/')) word = slashed;
    }
    const before = text.slice(at, m.index);
    // (Most words follow one space, which ends no sentence.)
    if (before !== ' ' && ((/[.!?:;]\s*$/.test(before) && !TITLE_DOT.test(text.slice(0, m.index))) || /\n/.test(before))) sentenceStart = true;
    out += before;
    const placeholder = vocab.verdictOf(word, sentenceStart);
    if (placeholder) {
      masked++;
      out += placeholder;
    } else out += word;
    at = m.index + word.length;
    sentenceStart = false;
  }
  out += text.slice(at);
  // An address written with symbols ("jo@x") is cut into words above; the @ itself marks it.
  if (out.includes('@')) {
    out = out.replace(/\S*@\S*/g, () => {
      masked++;
      return '[email]';
    });
  }
  return { text: out, masked };
}

function verdict(word: string, vocab: FieldVocabulary, sentenceStart: boolean): string | undefined {
  if (/\d/.test(word)) return vocab.has(word) ? undefined : '[number]';
  const key = keyOf(word);
  if (vocab.has(key)) {
    // A field word written as a name mid-sentence is still the field word ("the Privacy Rule", "an RHIT").
    return undefined;
  }
  if (STOP_WORDS.has(key) && !FIRST_NAMES.has(key)) return undefined; // "I", "Is", "Thanks"
  if (TITLE_WORDS.has(key)) return undefined; // "Dr.", "Mrs.": the name after them is what goes
  if (FIRST_NAMES.has(key) && !isEnglishWord(key)) return '[name]';
  const capitalised = /^\p{Lu}/u.test(word);
  const allCaps = word.length > 1 && word === word.toUpperCase();
  if (allCaps) return '[name]';
  if (capitalised && !sentenceStart) return '[name]';
  if (isEnglishWord(key)) return undefined;
  if (vocab.nearly(key)) return undefined;
  return '[name]';
}

/** Placeholders the scrubbers leave ("[name]", "[record-number]"...). */
export const PLACEHOLDER = /\[(?:name|email|phone|ssn|record-number|date|date-of-birth|date-of-service|address|zip|room|number)\]/;

/**
 * Why a line must not become a knowledge-base example (an empty list when it may): a placeholder, anything the
 * PHI guard flags at any level, or words and numbers outside the field's vocabulary. The reasons never repeat
 * the words themselves.
 */
export function identifierReasons(text: string, vocab: FieldVocabulary): string[] {
  const reasons: string[] = [];
  const placeholder = text.match(PLACEHOLDER);
  if (placeholder) reasons.push(`it has a placeholder (${placeholder[0]}) where personal details were`);
  const phi = inspectForPhi(text);
  const kinds = phi.kinds.filter((k) => !placeholder || !text.includes(`[${k}]`));
  if (kinds.length) reasons.push(`it looks like it names ${kinds.join(', ')}`);
  if (!placeholder) {
    const strict = strictScrub(text, vocab);
    if (strict.masked) reasons.push(`${strict.masked} word${strict.masked === 1 ? '' : 's'} or number${strict.masked === 1 ? ' is' : 's are'} not field vocabulary (it could be a name or an identifier)`);
  }
  return reasons;
}
