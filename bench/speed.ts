// `npm run bench`: start-up to first answer, per-answer latency and stdin throughput of `chartpath ask --json`,
// each beside natural's BayesClassifier on the same knowledge base, in the same run (issue 2's speed targets).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Advisor } from '../src/core/advisor.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { packageRoot } from '../src/paths.js';
import { MemoryStore } from '../src/store/memory.js';
import { percentile } from './lib/metrics.js';
import { machine, table } from './lib/runner.js';
import { NaturalBayesSystem } from './peers/natural-bayes.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LINES = 2000;
const chartpathCli = [path.join(packageRoot, 'bin', 'chartpath.js'), 'ask', '--json'];
const bayesCli = [path.join(packageRoot, 'dist', 'bench', 'peers', 'bayes-cli.js')];

function questions(): string[] {
  const heldout = readFileSync(path.join(packageRoot, 'eval', 'holdout', 'questions.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { q?: string; turns?: { q: string }[] })
    .flatMap((item) => (item.q ? [item.q] : (item.turns ?? []).map((t) => t.q)));
  const out: string[] = [];
  for (let i = 0; out.length < LINES; i++) out.push(heldout[i % heldout.length]!);
  return out;
}

function run(args: string[], input: string, env: Record<string, string> = {}): Promise<{ ms: number; firstLineMs: number; lines: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let firstLineMs = 0;
    let lines = 0;
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, LOG_LEVEL: 'error', NO_COLOR: '1', ...env } });
    child.stdout.on('data', (d: Buffer) => {
      if (!firstLineMs) firstLineMs = performance.now() - t0;
      lines += d.toString().split('\n').length - 1;
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ ms: performance.now() - t0, firstLineMs, lines }) : reject(new Error(`${args.join(' ')} exited ${code}`))));
    child.stdin.end(input);
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Cold: an empty data folder each run (chartpath trains and writes its model cache). Warm: the cache is there. */
async function startup(args: string[]): Promise<{ cold: number; warm: number }> {
  const cold: number[] = [];
  for (let i = 0; i < RUNS; i++) cold.push((await run([...args, 'what is the RHIT?'], '', { DATA_DIR: mkdtempSync(path.join(tmpdir(), 'chartpath-speed-')) })).firstLineMs);
  const dir = mkdtempSync(path.join(tmpdir(), 'chartpath-speed-'));
  await run([...args, 'what is the RHIT?'], '', { DATA_DIR: dir });
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) warm.push((await run([...args, 'what is the RHIT?'], '', { DATA_DIR: dir })).firstLineMs);
  return { cold: median(cold), warm: median(warm) };
}

async function throughput(args: string[], input: string[]): Promise<{ perSecond: number; totalMs: number; steadyPerSecond: number }> {
  const times: number[] = [];
  const steady: number[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), 'chartpath-speed-'));
  await run([...args, 'warm the model cache'], '', { DATA_DIR: dir });
  for (let i = 0; i < Math.max(1, Math.ceil(RUNS / 2)); i++) {
    const r = await run(args, `${input.join('\n')}\n`, { DATA_DIR: dir });
    if (r.lines !== input.length) throw new Error(`expected ${input.length} answers, got ${r.lines}`);
    times.push(r.ms);
    // After the first answer is out: the rate of a process that is already running.
    steady.push(((input.length - 1) / (r.ms - r.firstLineMs)) * 1000);
  }
  const totalMs = median(times);
  return { perSecond: (input.length / totalMs) * 1000, totalMs, steadyPerSecond: median(steady) };
}

function latencies(fn: (q: string) => unknown, qs: string[]): { p50Us: number; p99Us: number } {
  for (const q of qs.slice(0, 200)) fn(q); // warm up the JIT, as a long-running bot is
  const times = new Float64Array(qs.length);
  for (let i = 0; i < qs.length; i++) {
    const t = performance.now();
    fn(qs[i]!);
    times[i] = (performance.now() - t) * 1000;
  }
  times.sort();
  return { p50Us: percentile(times, 0.5), p99Us: percentile(times, 0.99) };
}

async function asyncLatencies(fn: (q: string) => Promise<unknown>, qs: string[]): Promise<{ p50Us: number; p99Us: number }> {
  for (const q of qs.slice(0, 200)) await fn(q);
  const times = new Float64Array(qs.length);
  for (let i = 0; i < qs.length; i++) {
    const t = performance.now();
    await fn(qs[i]!);
    times[i] = (performance.now() - t) * 1000;
  }
  times.sort();
  return { p50Us: percentile(times, 0.5), p99Us: percentile(times, 0.99) };
}

const qs = questions();
console.log(`ChartPath speed benchmark: ${machine()}; ${RUNS} runs each (median); ${LINES} questions from eval/holdout/questions.jsonl\n`);

const kb = loadKnowledge(path.join(packageRoot, 'knowledge'));
const advisor = new Advisor(kb, new MemoryStore());
const bayes = new NaturalBayesSystem();
await bayes.train(kb.intents.flatMap((i) => i.examples.map((text) => ({ text, intent: i.id }))));
let n = 0;
const chartpathAnswer = await asyncLatencies((q) => advisor.ask({ text: q, person: 'bench', channel: `c${n++}`, surface: 'terminal' }), qs);
const chartpathClassify = latencies((q) => advisor.understanding.decide(q, undefined), qs);
const bayesClassify = latencies((q) => bayes.predict(q), qs);

const cpStart = await startup(chartpathCli);
const bayesStart = await startup(bayesCli);
const cpThroughput = await throughput(chartpathCli, qs);
const bayesThroughput = await throughput(bayesCli, qs);

const r = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
console.log(
  table(
    ['measure', 'chartpath', 'natural-bayes', 'bayes / chartpath'],
    [
      ['start-up to first answer, cold (ms, whole process)', cpStart.cold.toFixed(0), bayesStart.cold.toFixed(0), r(bayesStart.cold, cpStart.cold)],
      ['start-up to first answer, model cached (ms)', cpStart.warm.toFixed(0), bayesStart.warm.toFixed(0), r(bayesStart.warm, cpStart.warm)],
      ['classification latency p50 (us)', chartpathClassify.p50Us.toFixed(1), bayesClassify.p50Us.toFixed(1), r(bayesClassify.p50Us, chartpathClassify.p50Us)],
      ['classification latency p99 (us)', chartpathClassify.p99Us.toFixed(1), bayesClassify.p99Us.toFixed(1), r(bayesClassify.p99Us, chartpathClassify.p99Us)],
      ['full answer latency p50 / p99 (us, advisor.ask)', `${chartpathAnswer.p50Us.toFixed(1)} / ${chartpathAnswer.p99Us.toFixed(1)}`, '-', '-'],
      [`stdin throughput, ${LINES} lines incl. start-up, model cached (answers/s)`, cpThroughput.perSecond.toFixed(0), bayesThroughput.perSecond.toFixed(0), r(bayesThroughput.perSecond, cpThroughput.perSecond)],
      [`stdin throughput after the first answer (answers/s)`, cpThroughput.steadyPerSecond.toFixed(0), bayesThroughput.steadyPerSecond.toFixed(0), r(bayesThroughput.steadyPerSecond, cpThroughput.steadyPerSecond)],
      [`stdin wall time for ${LINES} lines (ms)`, cpThroughput.totalMs.toFixed(0), bayesThroughput.totalMs.toFixed(0), r(bayesThroughput.totalMs, cpThroughput.totalMs)],
    ],
  ),
);
console.log('\nTargets (issue 2): start-up under 1,000 ms; over 2,000 answers per second in stdin mode.');
console.log('Cold = an empty DATA_DIR (chartpath trains its classifier and caches it); cached = every later start. natural-bayes has no cache (both rows train).');
console.log(
  JSON.stringify({
    benchmark: 'speed',
    systems: {
      chartpath: { startupColdMs: Math.round(cpStart.cold), startupMs: Math.round(cpStart.warm), classifyP50Us: chartpathClassify.p50Us, classifyP99Us: chartpathClassify.p99Us, answerP50Us: chartpathAnswer.p50Us, answerP99Us: chartpathAnswer.p99Us, stdinAnswersPerSecond: Math.round(cpThroughput.perSecond), stdinSteadyAnswersPerSecond: Math.round(cpThroughput.steadyPerSecond) },
      'natural-bayes': { startupColdMs: Math.round(bayesStart.cold), startupMs: Math.round(bayesStart.warm), classifyP50Us: bayesClassify.p50Us, classifyP99Us: bayesClassify.p99Us, stdinAnswersPerSecond: Math.round(bayesThroughput.perSecond), stdinSteadyAnswersPerSecond: Math.round(bayesThroughput.steadyPerSecond) },
    },
  }),
);
