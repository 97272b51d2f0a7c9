// The speller's worst case (issue 12): messages at the MAX_INPUT_CHARS limit made of long near-words, each two
// letters away from a word of the vocabulary, so that every word asks for the expensive two-edit search.
// Prints the first message of a fresh speller (cold) and the worst and median of the rest, wall and CPU time.
// Run: npm run bench:speller
import { MAX_INPUT_CHARS_LIMIT } from '../src/config.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { Analyzer } from '../src/nlu/analyzer.js';
import { Speller } from '../src/nlu/speller.js';
import { packageRoot } from '../src/paths.js';
import path from 'node:path';

const kb = loadKnowledge(path.join(packageRoot, 'knowledge'));
const analyzer = new Analyzer({ synonyms: kb.vocabulary.synonyms }).fit(kb.intents.flatMap((i) => i.examples));
const vocabulary = analyzer.vocabulary()!;
const long = vocabulary.map(([w]) => w).filter((w) => w.length >= 8 && /^[a-z]+$/.test(w));

/**
 * A message of `chars` characters: long vocabulary words with their third and second-to-last letters changed (to
 * letters that vary with the seed, so no two messages share words and no answer comes from the speller's cache).
 */
export function craftedMessage(chars: number, seed: number): string[] {
  const words: string[] = [];
  let length = 0;
  for (let i = seed; length < chars; i++) {
    const w = long[(i * 7919) % long.length]!.split('');
    w[2] = 'qxjzvkwy'[(seed + i) % 8]!;
    w[w.length - 2] = 'zqkxjvyw'[(seed * 3 + i) % 8]!;
    words.push(w.join(''));
    length += w.length + 1;
  }
  return words;
}

const speller = new Speller(vocabulary).warmUp();
// Loading and training above leave garbage; collect it now (npm run bench:speller passes --expose-gc), so the pause
// of that collection is not counted as the speller's.
const messages = Array.from({ length: 500 }, (_, k) => craftedMessage(MAX_INPUT_CHARS_LIMIT, 1 + k * 37));
(globalThis as { gc?: () => void }).gc?.();
const wall: number[] = [];
for (const words of messages) {
  const t0 = performance.now();
  speller.correctMessage(words);
  wall.push(performance.now() - t0);
}
const sorted = [...wall.slice(1)].sort((a, b) => a - b);
const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
console.log(`speller on crafted ${MAX_INPUT_CHARS_LIMIT}-character messages (the MAX_INPUT_CHARS limit), ${long.length} long vocabulary words`);
console.log(`  first message (fresh speller, warmed at start-up)  ${wall[0]!.toFixed(2)} ms   budget <= 5 ms`);
console.log(`  next ${sorted.length}: median ${at(0.5).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms, worst ${sorted[sorted.length - 1]!.toFixed(2)} ms (wall time: a busy machine inflates the worst)`);
console.log(`  work of the last message: ${speller.lastWork.lookups} look-ups, ${speller.lastWork.scans} two-edit scans (the per-message bounds)`);
