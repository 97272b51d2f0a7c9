// The PHI guard on its labelled sets (test/privacy/*.jsonl): recall on identifier-bearing messages,
// false-alarm rate on ordinary career questions, identifiers that survive scrubbing, and the per-message cost.
// Run: npm run bench:phi   (add --verbose to list every miss and false alarm)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspectForPhi } from '../src/privacy/phi.js';

interface Labelled {
  text: string;
  phi: boolean;
  kinds: string[];
  identifiers?: string[];
  note: string;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const verbose = process.argv.includes('--verbose');

/** The labelled sets (test/privacy/README.md): the first three were tuned on; the clerk set was written before the clerk-shorthand changes and never tuned on. */
const SETS = [
  { file: 'phi-set.jsonl', what: 'main set (tuned on)', recall: 0.97, falseAlarms: 0.015 },
  { file: 'phi-holdout.jsonl', what: 'second set, written after the first tuning', recall: 0.95, falseAlarms: 0.02 },
  { file: 'phi-clerk-dev.jsonl', what: 'clerk shorthand (tuned on)', recall: 0.97, falseAlarms: 0.02 },
  { file: 'phi-clerk-set.jsonl', what: 'clerk set, written before the guard changed (never tuned on)', recall: 0.9, falseAlarms: 2 / 40 },
];

function load(file: string): Labelled[] {
  return readFileSync(path.join(root, 'test/privacy', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);
}

function report(file: string, what: string, targetRecall: number, targetAlarms: number): string[] {
  const set = load(file);
  const positives = set.filter((s) => s.phi);
  const negatives = set.filter((s) => !s.phi);
  const misses = positives.filter((s) => !inspectForPhi(s.text).detected);
  const alarms = negatives.filter((s) => inspectForPhi(s.text).detected);
  const leaks: string[] = [];
  for (const s of positives) {
    const scrubbed = inspectForPhi(s.text).scrubbed.toLowerCase();
    for (const id of s.identifiers ?? []) if (scrubbed.includes(id.toLowerCase())) leaks.push(`${id}  <-  ${s.text}`);
  }
  const recall = (positives.length - misses.length) / positives.length;
  const falseAlarmRate = alarms.length / negatives.length;
  console.log(`${file}: ${what}; ${positives.length} identifier-bearing, ${negatives.length} ordinary`);
  console.log(`  recall            ${(recall * 100).toFixed(1)}%  (${positives.length - misses.length}/${positives.length})   target >= ${(targetRecall * 100).toFixed(0)}%`);
  console.log(`  false alarms      ${(falseAlarmRate * 100).toFixed(2)}%  (${alarms.length}/${negatives.length})   target <= ${(targetAlarms * 100).toFixed(1)}%`);
  console.log(`  identifiers left in scrubbed text: ${leaks.length}`);
  const lines: string[] = [];
  for (const m of misses) lines.push(`  MISS   [${file}] ${m.text}`);
  for (const a of alarms) lines.push(`  ALARM  [${file}] ${a.text}   -> ${inspectForPhi(a.text).kinds.join(',')}`);
  for (const l of leaks) lines.push(`  LEAK   [${file}] ${l}`);
  return lines;
}

function main(): void {
  const details = SETS.flatMap((s) => report(s.file, s.what, s.recall, s.falseAlarms));

  // Per-message cost: warm up, then time whole passes over every set and keep the best pass (least noise).
  const texts = SETS.flatMap((s) => load(s.file).map((x) => x.text));
  for (let i = 0; i < 20; i++) for (const t of texts) inspectForPhi(t);
  let best = Infinity;
  let sink = 0;
  for (let pass = 0; pass < 30; pass++) {
    const t0 = performance.now();
    for (const t of texts) sink += inspectForPhi(t).scrubbed.length;
    best = Math.min(best, performance.now() - t0);
  }
  const perMessageUs = (best * 1000) / texts.length;

  // Adversarial input: 100 KB built to make a backtracking pattern try every position.
  const adversarial = ['a'.repeat(100_000), '1'.repeat(100_000), '1-'.repeat(50_000), 'a.'.repeat(50_000), 'Mr '.repeat(33_000), 'Aa, '.repeat(25_000), '12 Aa '.repeat(16_000), 'pt '.repeat(33_000) + '@', 'okoro '.repeat(16_000), 'a at '.repeat(20_000), 'room 1 '.repeat(14_000), 'one two '.repeat(12_000)];
  let worstMs = 0;
  for (const a of adversarial) {
    const t0 = performance.now();
    inspectForPhi(a);
    worstMs = Math.max(worstMs, performance.now() - t0);
  }

  console.log(`mean time per message ${perMessageUs.toFixed(1)} µs over ${texts.length} messages (best of 30 passes)   budget < 50 µs`);
  console.log(`worst 100 KB adversarial input ${worstMs.toFixed(1)} ms`);
  if (verbose) for (const d of details) console.log(d);
  else if (details.length) console.log(`(${details.length} misses, false alarms or leaks: --verbose lists them)`);
  if (sink < 0) console.log(sink);
}

main();
