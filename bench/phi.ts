// The PHI guard on its labelled set (test/privacy/phi-set.jsonl): recall on identifier-bearing messages,
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
const setFile = path.join(root, 'test/privacy/phi-set.jsonl');
const verbose = process.argv.includes('--verbose');

function main(): void {
  const set = readFileSync(setFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);
  const positives = set.filter((s) => s.phi);
  const negatives = set.filter((s) => !s.phi);
  const misses = positives.filter((s) => !inspectForPhi(s.text).detected);
  const alarms = negatives.filter((s) => inspectForPhi(s.text).detected);
  const leaks: string[] = [];
  for (const s of positives) {
    const scrubbed = inspectForPhi(s.text).scrubbed.toLowerCase();
    for (const id of s.identifiers ?? []) if (scrubbed.includes(id.toLowerCase())) leaks.push(`${id}  <-  ${s.text}`);
  }

  // Per-message cost: warm up, then time whole passes over the set and keep the best pass (least noise).
  const texts = set.map((s) => s.text);
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
  const adversarial = ['a'.repeat(100_000), '1'.repeat(100_000), '1-'.repeat(50_000), 'a.'.repeat(50_000), 'Mr '.repeat(33_000), 'Aa, '.repeat(25_000), '12 Aa '.repeat(16_000), 'pt '.repeat(33_000) + '@'];
  let worstMs = 0;
  for (const a of adversarial) {
    const t0 = performance.now();
    inspectForPhi(a);
    worstMs = Math.max(worstMs, performance.now() - t0);
  }

  const recall = (positives.length - misses.length) / positives.length;
  const falseAlarmRate = alarms.length / negatives.length;
  console.log(`PHI guard on ${set.length} labelled messages (${positives.length} identifier-bearing, ${negatives.length} ordinary)`);
  console.log(`  recall            ${(recall * 100).toFixed(1)}%  (${positives.length - misses.length}/${positives.length})   target >= 97%`);
  console.log(`  false-alarm rate  ${(falseAlarmRate * 100).toFixed(2)}%  (${alarms.length}/${negatives.length})   target <= 1.5%`);
  console.log(`  identifiers left in scrubbed text: ${leaks.length}`);
  console.log(`  mean time per message ${perMessageUs.toFixed(1)} µs (best of 30 passes)   budget < 50 µs`);
  console.log(`  worst 100 KB adversarial input ${worstMs.toFixed(1)} ms`);
  if (verbose || misses.length + alarms.length + leaks.length <= 20) {
    for (const m of misses) console.log(`  MISS   ${m.text}`);
    for (const a of alarms) console.log(`  ALARM  ${a.text}   -> ${inspectForPhi(a.text).kinds.join(',')}`);
    for (const l of leaks) console.log(`  LEAK   ${l}`);
  }
  if (sink < 0) console.log(sink);
}

main();
