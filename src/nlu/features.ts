// Turns an analysed question into named features: word stems, stem pairs and character n-grams.
// Character n-grams make the model robust to typos the speller misses and to unseen word forms.
// The first letter of a feature's name tells its block (w, b, t, c, x), so the vectorizer can weight blocks.
import type { Analysis } from './analyzer.js';

export interface FeatureOptions {
  /** Use single stems as features. */
  wordUnigrams: boolean;
  /** Use pairs of neighbouring stems as features too (with a start-of-question marker). */
  wordBigrams: boolean;
  /** Use triples of neighbouring stems. */
  wordTrigrams: boolean;
  /** Use the unstemmed words as features as well. */
  tokenUnigrams: boolean;
  /** Character n-gram lengths; charMax 0 turns them off. */
  charMin: number;
  charMax: number;
  /**
   * 'word': n-grams inside each padded word (char_wb); 'text': across the whole question, spaces included;
   * 'both': 'word' plus the n-grams that span a space, as their own block 'x'.
   */
  charMode: 'word' | 'text' | 'both';
}

export const DEFAULT_FEATURES: FeatureOptions = {
  wordUnigrams: true,
  wordBigrams: true,
  wordTrigrams: false,
  tokenUnigrams: false,
  charMin: 3,
  charMax: 5,
  charMode: 'word',
};

export function extractFeatures(a: Analysis, options: FeatureOptions = DEFAULT_FEATURES): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (f: string) => counts.set(f, (counts.get(f) ?? 0) + 1);
  const { stems, tokens } = a;
  for (let i = 0; i < stems.length; i++) {
    if (options.wordUnigrams) add(`w ${stems[i]}`);
    if (options.wordBigrams) add(`b ${i > 0 ? stems[i - 1] : '^'} ${stems[i]}`);
    if (options.wordTrigrams && i > 0) add(`b ${i > 1 ? stems[i - 2] : '^'} ${stems[i - 1]} ${stems[i]}`);
  }
  if (options.tokenUnigrams) for (const t of tokens) add(`t ${t}`);
  if (options.charMax > 0) {
    if (options.charMode !== 'text') {
      for (const text of tokens) {
        const padded = ` ${text} `;
        for (let n = options.charMin; n <= options.charMax; n++) {
          for (let i = 0; i + n <= padded.length; i++) add(`c${padded.slice(i, i + n)}`);
        }
      }
    }
    if (options.charMode !== 'word' && tokens.length) {
      // With 'both', only the n-grams that span a space are new.
      const padded = ` ${tokens.join(' ')} `;
      for (let n = options.charMin; n <= options.charMax; n++) {
        for (let i = 0; i + n <= padded.length; i++) {
          const g = padded.slice(i, i + n);
          if (options.charMode === 'text') add(`c${g}`);
          else if (g.slice(1, -1).includes(' ')) add(`x${g}`); // a separate block, weighted on its own
        }
      }
    }
  }
  return counts;
}
