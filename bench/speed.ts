// `npm run bench`: cold start of `chartpath ask --json` as a ratio to a bare `node -e 0`, per-answer latency, stdin
// throughput and the peak RSS of `npm start` with both surfaces, each beside natural's BayesClassifier on the same
// knowledge base, in the same run (issue 16's targets). The machine is shared and noisy: compare within one run.
import { spawn, spawnSync } from 'node:child_process';
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
/** Cold-start runs per system after one warm-up (the maintainers' check uses 7). */
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 7);
const COLD_QUESTION = 'what does rhit stand for';
const LINES = 2000;
// Each command is a program and its arguments. ChartPath runs as its users start it (`chartpath`, `npx chartpath`): the
// launcher itself, so its shebang's node flags apply; the peer and bare Node through this Node.
const chartpathCli = [path.join(packageRoot, 'bin', 'chartpath.js'), 'ask', '--json'];
const bayesCli = [process.execPath, path.join(packageRoot, 'dist', 'bench', 'peers', 'bayes-cli.js')];
const bareNode = [process.execPath, '-e', '0'];

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

function run([program, ...args]: string[], input: string, env: Record<string, string> = {}): Promise<{ ms: number; firstLineMs: number; lines: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let firstLineMs = 0;
    let lines = 0;
    const child = spawn(program!, args, { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, LOG_LEVEL: 'error', NO_COLOR: '1', ...env } });
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

/** Wall time of a whole process, spawn to exit (ms). */
function wholeProcess(args: string[], env: Record<string, string> = {}): Promise<number> {
  return run(args, '', env).then((r) => r.ms);
}

/**
 * Cold start, process to first answer, whole process: one warm-up run each, then COLD_RUNS rounds, each round running
 * bare Node, chartpath and the peer back to back (so a busy moment hits all three). The data folder holds the bundle,
 * as after `npm install` (chartpath) - the peer has nothing to cache and trains every time.
 */
async function coldStart(dataDir: string): Promise<{ bare: number; chartpath: number; bayes: number }> {
  const bare = () => wholeProcess(bareNode);
  const cp = () => wholeProcess([...chartpathCli, COLD_QUESTION], { DATA_DIR: dataDir });
  const by = () => wholeProcess([...bayesCli, COLD_QUESTION]);
  await bare();
  await cp();
  await by();
  const t = { bare: [] as number[], chartpath: [] as number[], bayes: [] as number[] };
  for (let i = 0; i < COLD_RUNS; i++) {
    t.bare.push(await bare());
    t.chartpath.push(await cp());
    t.bayes.push(await by());
  }
  return { bare: median(t.bare), chartpath: median(t.chartpath), bayes: median(t.bayes) };
}

/** Peak RSS (MB) of a process answering the questions on stdin: polled from /proc while it runs (VmHWM only grows). */
function peakRssOf([program, ...args]: string[], input: string, env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(program!, args, { stdio: ['pipe', 'ignore', 'inherit'], env: { ...process.env, LOG_LEVEL: 'error', ...env } });
    let peak = 0;
    const poll = setInterval(() => {
      try {
        peak = Math.max(peak, Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0));
      } catch {
        // gone already
      }
    }, 5);
    child.on('error', reject);
    child.on('close', () => {
      clearInterval(poll);
      resolve(Math.round(peak / 102.4) / 10);
    });
    child.stdin.end(input);
  });
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

const dataDir = mkdtempSync(path.join(tmpdir(), 'chartpath-speed-'));
await run([...chartpathCli, 'compile the bundle'], '', { DATA_DIR: dataDir });
const cold = await coldStart(dataDir);
// `npm start` with Discord and Slack against the loopback fakes (bench/start-rss.ts, through tsx: the fakes are test code).
const rssRun = spawnSync(process.execPath, ['--import', 'tsx', path.join(packageRoot, 'bench', 'start-rss.ts')], { cwd: packageRoot, encoding: 'utf8', env: { ...process.env, BENCH_DATA_DIR: dataDir } });
const startRss = (JSON.parse(rssRun.stdout.trim().split('\n').pop() ?? '{}') as { peakRssMb?: number }).peakRssMb ?? NaN;
if (rssRun.status !== 0) console.error(`start-rss failed:\n${rssRun.stderr}`);
const input = `${qs.join('\n')}\n`;
const cpStdinRss = await peakRssOf(chartpathCli, input, { DATA_DIR: dataDir });
const bayesStdinRss = await peakRssOf(bayesCli, input);
const cpThroughput = await throughput(chartpathCli, qs);
const bayesThroughput = await throughput(bayesCli, qs);

const r = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
console.log(
  table(
    ['measure', 'chartpath', 'natural-bayes', 'bayes / chartpath'],
    [
      [`cold start, whole process: chartpath ask --json "${COLD_QUESTION}" (ms, median of ${COLD_RUNS})`, cold.chartpath.toFixed(0), cold.bayes.toFixed(0), r(cold.bayes, cold.chartpath)],
      [`cold start as a ratio to bare \`node -e 0\` (${cold.bare.toFixed(0)} ms in this run)`, `${(cold.chartpath / cold.bare).toFixed(2)}x`, `${(cold.bayes / cold.bare).toFixed(2)}x`, '-'],
      ['classification latency p50 (us)', chartpathClassify.p50Us.toFixed(1), bayesClassify.p50Us.toFixed(1), r(bayesClassify.p50Us, chartpathClassify.p50Us)],
      ['classification latency p99 (us)', chartpathClassify.p99Us.toFixed(1), bayesClassify.p99Us.toFixed(1), r(bayesClassify.p99Us, chartpathClassify.p99Us)],
      ['full answer latency p50 / p99 (us, advisor.ask)', `${chartpathAnswer.p50Us.toFixed(1)} / ${chartpathAnswer.p99Us.toFixed(1)}`, '-', '-'],
      [`stdin throughput, ${LINES} lines incl. start-up, model cached (answers/s)`, cpThroughput.perSecond.toFixed(0), bayesThroughput.perSecond.toFixed(0), r(bayesThroughput.perSecond, cpThroughput.perSecond)],
      [`stdin throughput after the first answer (answers/s)`, cpThroughput.steadyPerSecond.toFixed(0), bayesThroughput.steadyPerSecond.toFixed(0), r(bayesThroughput.steadyPerSecond, cpThroughput.steadyPerSecond)],
      [`stdin wall time for ${LINES} lines (ms)`, cpThroughput.totalMs.toFixed(0), bayesThroughput.totalMs.toFixed(0), r(bayesThroughput.totalMs, cpThroughput.totalMs)],
      [`peak RSS answering ${LINES} stdin lines (MB)`, cpStdinRss.toFixed(1), bayesStdinRss.toFixed(1), r(bayesStdinRss, cpStdinRss)],
      ['peak RSS of `npm start`, Discord and Slack (loopback fakes), after one answer on each (MB)', startRss.toFixed(1), '-', '-'],
    ],
  ),
);
console.log('\nTargets (issue 16): cold start <= 2.5x bare Node; in-process answer p50 <= 100 us, p99 <= 1 ms; >= 5,000 answers/s on stdin after the first; npm start <= 150 MB.');
console.log('Cold start: DATA_DIR holds the compiled bundle (as after npm install); natural-bayes has nothing to cache and trains on every start. npm start RSS: the chartpath process (npm\'s wrapper not counted).');
console.log(
  JSON.stringify({
    benchmark: 'speed',
    systems: {
      bareNodeMs: Math.round(cold.bare),
      chartpath: { coldStartMs: Math.round(cold.chartpath), coldStartRatio: cold.chartpath / cold.bare, npmStartPeakRssMb: startRss, stdinPeakRssMb: cpStdinRss, classifyP50Us: chartpathClassify.p50Us, classifyP99Us: chartpathClassify.p99Us, answerP50Us: chartpathAnswer.p50Us, answerP99Us: chartpathAnswer.p99Us, stdinAnswersPerSecond: Math.round(cpThroughput.perSecond), stdinSteadyAnswersPerSecond: Math.round(cpThroughput.steadyPerSecond) },
      'natural-bayes': { coldStartMs: Math.round(cold.bayes), coldStartRatio: cold.bayes / cold.bare, stdinPeakRssMb: bayesStdinRss, classifyP50Us: bayesClassify.p50Us, classifyP99Us: bayesClassify.p99Us, stdinAnswersPerSecond: Math.round(bayesThroughput.perSecond), stdinSteadyAnswersPerSecond: Math.round(bayesThroughput.steadyPerSecond) },
    },
  }),
);
