// The text pipeline shared by training and prediction: clean -> synonyms -> spelling -> stems.
import { PorterStemmer, wordTokenizer } from './natural.js';
import { cleanText, normalizeText } from './normalize.js';
import { PhraseReplacer } from './phrase-replacer.js';
import { Speller, type SpellerIndex } from './speller.js';
import { isEnglishWord } from '../privacy/english.js';

export interface Analysis {
  /** Canonical lowercase words after synonyms and spelling correction. */
  tokens: string[];
  /** Porter stems of the tokens, one per token. */
  stems: string[];
}

export interface AnalyzerOptions {
  synonyms?: Record<string, string>;
  /** Correct unknown words toward the training vocabulary (on by default). */
  spelling?: boolean;
}

const tokenize = (s: string): string[] => {
  // Without an ampersand (or the placeholder itself) the protection below changes nothing: most texts skip it.
  if (!s.includes('&') && !s.includes('AMPERSANDX')) return wordTokenizer.tokenize(s);
  // natural's WordTokenizer splits on "&"; keep "a&p"-style tokens whole by protecting the ampersand.
  return wordTokenizer.tokenize(s.replace(/&/g, 'AMPERSANDX')).map((t) => t.replace(/AMPERSANDX/g, '&'));
};

/** A text in which some run of characters other than letters, digits and "&" is not one plain space. */
const NOT_WORD_TO_FOLD = /[^\p{L}\p{N}& ]| {2}/u;

export class Analyzer {
  private readonly phrases: PhraseReplacer;
  private speller: Speller | undefined;
  private readonly stemCache = new Map<string, string>();

  constructor(private readonly options: AnalyzerOptions = {}) {
    this.phrases = new PhraseReplacer(options.synonyms ?? {}, tokenize);
  }

  /** The speller's vocabulary, for the model cache (undefined when spelling is off). */
  vocabulary(): [string, number][] | undefined {
    return this.speller?.vocabulary();
  }

  /** The speller's tables, for the compiled bundle (undefined when spelling is off). */
  spellerIndex(): SpellerIndex | undefined {
    return this.speller?.index();
  }

  /**
   * Rebuilds the speller from a vocabulary saved with `vocabulary()`, without reading the examples again; with the
   * tables of `spellerIndex()` (the compiled bundle) it is not even rebuilt, and not warmed up either: its tables are
   * built when the first unknown word needs them, so a start whose questions use known words never pays for them.
   */
  fitVocabulary(vocabulary: [string, number][] | undefined, index?: SpellerIndex): this {
    if (this.options.spelling === false || !vocabulary) this.speller = undefined;
    else this.speller = index ? Speller.fromIndex(index, isEnglishWord).remember(index.cache) : new Speller(vocabulary, isEnglishWord).warmUp();
    return this;
  }

  /** Learns the vocabulary the speller corrects toward. */
  fit(texts: Iterable<string>, extraWords: Iterable<string> = []): this {
    if (this.options.spelling === false) return this;
    this.speller = undefined;
    // Extra words (entity names, acronyms the answers use, synonyms) are read as a message's words are: "CHEA" and
    // "Certified Coding Associate" count as "chea", "certified", "coding" and "associate".
    const words: string[] = [];
    for (const w of extraWords) words.push(...this.words(w));
    for (const t of texts) words.push(...this.words(t));
    this.speller = new Speller(words, isEnglishWord).warmUp();
    return this;
  }

  /** Words after cleaning and synonyms (no spelling correction). */
  private words(text: string): string[] {
    const cleaned = cleanText(text);
    const lower = tokenize(normalizeText(cleaned));
    // The words as typed only matter to a case-sensitive synonym ("HIM") the text could hold: reading them (a Unicode
    // replacement and a second tokenizing) was about a fifth of an analysis, for the few texts that do.
    if (!this.phrases.readsCase(cleaned)) return this.phrases.replace(lower, lower);
    // (Most texts are words and single spaces already: then the replacement would give the same text.)
    const original = tokenize(NOT_WORD_TO_FOLD.test(cleaned) ? cleaned.replace(/[^\p{L}\p{N}&]+/gu, ' ') : cleaned);
    // Case-sensitive synonyms need the original spelling; it only lines up when no contraction changed the count.
    const aligned = original.length === lower.length ? original : lower;
    return this.phrases.replace(aligned, lower);
  }

  analyze(text: string): Analysis {
    let tokens = this.words(text);
    if (this.speller) {
      const speller = this.speller;
      const corrected = speller.correctMessage(tokens);
      // A corrected word may now form a synonym phrase ("hipa" -> ... ) so run the phrases once more.
      tokens = corrected.some((t, i) => t !== tokens[i]) ? this.phrases.replace(corrected, corrected) : corrected;
    }
    return { tokens, stems: tokens.map((t) => this.stem(t)) };
  }

  private stem(token: string): string {
    let s = this.stemCache.get(token);
    if (s === undefined) {
      s = /\d/.test(token) || token.includes('&') ? token : PorterStemmer.stem(token);
      if (this.stemCache.size > 50_000) this.stemCache.clear();
      this.stemCache.set(token, s);
    }
    return s;
  }
}
