// Runs one system on one benchmark in its own process, so that peak memory is that system's alone.
// Usage (the benchmarks spawn it): worker <clinc150|braun> <system>; prints one JSON line on stdout.
import { loadBraun, loadClinc150, resplitBraun, type BraunCorpus, type Labelled } from './datasets.js';
import { auroc, microF1, paperThreshold, percentile, type Scored } from './metrics.js';
import { createSystem, type SystemName, type Task } from './systems.js';
import { NONE, type BenchSystem, type TopIntent } from '../peers/types.js';

let lastTrainCpuMs = 0;

/** Wall-clock training time; the CPU time of the process during it goes to lastTrainCpuMs (less sensitive to a busy machine). */
async function timedTrain(system: BenchSystem, examples: Labelled[]): Promise<number> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await system.train(examples);
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  lastTrainCpuMs = (used.user + used.system) / 1000;
  return wall;
}

async function predictAll(system: BenchSystem, rows: Labelled[], latenciesUs?: number[]): Promise<TopIntent[]> {
  const out: TopIntent[] = [];
  for (const r of rows) {
    const start = process.hrtime.bigint();
    const p = await system.predict(r.text);
    const end = process.hrtime.bigint();
    latenciesUs?.push(Number(end - start) / 1000);
    out.push(p);
  }
  return out;
}

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

async function runClinc(system: BenchSystem) {
  const data = loadClinc150();
  const trainMs = await timedTrain(system, data.train);
  const scored = (rows: Labelled[], preds: TopIntent[]): Scored[] =>
    preds.map((p, i) => ({ correct: p.intent === rows[i]!.intent && p.intent !== NONE, score: p.intent === NONE ? -Infinity : p.score }));
  const val = scored(data.val, await predictAll(system, data.val));
  const oosVal = scored(data.oosVal, await predictAll(system, data.oosVal));
  const latencies: number[] = [];
  const test = scored(data.test, await predictAll(system, data.test, latencies));
  const oosTest = scored(data.oosTest, await predictAll(system, data.oosTest, latencies));
  const threshold = paperThreshold(val, oosVal);
  const sorted = Float64Array.from(latencies).sort();
  const valAccepted = val.filter((r) => r.correct && r.score >= threshold).length + oosVal.filter((r) => r.score < threshold).length;
  return {
    inScopeAccuracy: test.filter((r) => r.correct && r.score >= threshold).length / test.length,
    oosRecall: oosTest.filter((r) => r.score < threshold).length / oosTest.length,
    threshold,
    valAccuracy151: valAccepted / (val.length + oosVal.length),
    top1Accuracy: test.filter((r) => r.correct).length / test.length,
    auroc: auroc(
      test.map((r) => r.score),
      oosTest.map((r) => r.score),
    ),
    trainMs,
    trainCpuMs: lastTrainCpuMs,
    predictP50Us: percentile(sorted, 0.5),
    predictP99Us: percentile(sorted, 0.99),
    predictMeanUs: latencies.reduce((s, x) => s + x, 0) / latencies.length,
    peakRssMb: peakRssMb(),
    setup: system.setup,
  };
}

/** Number of seeded re-splits per corpus for the resampled figures (BRAUN_RESPLITS=0 turns them off). */
const RESPLITS = Number(process.env.BRAUN_RESPLITS ?? 20);

async function scoreCorpus(name: SystemName, corpus: BraunCorpus, timing: { trainMs: number; trainCpuMs: number }) {
  const system = createSystem(name, 'braun');
  timing.trainMs += await timedTrain(system, corpus.train);
  timing.trainCpuMs += lastTrainCpuMs;
  const preds = await predictAll(system, corpus.test);
  return { setup: system.setup, pairs: preds.map((p, i) => ({ expected: corpus.test[i]!.intent, predicted: p.intent })) };
}

async function runBraun(name: SystemName) {
  const corpora = loadBraun();
  const result: Record<string, unknown> = {};
  const all: { expected: string; predicted: string }[] = [];
  const timing = { trainMs: 0, trainCpuMs: 0 };
  let setup = '';
  for (const corpus of corpora) {
    const scored = await scoreCorpus(name, corpus, timing);
    setup = scored.setup;
    const { pairs } = scored;
    result[corpus.name] = microF1(pairs);
    result[`${corpus.name}Correct`] = pairs.filter((p) => p.expected === p.predicted).length;
    result[`${corpus.name}Total`] = pairs.length;
    all.push(...pairs);
  }
  result.overall = microF1(all);
  result.overallCorrect = all.filter((p) => p.expected === p.predicted).length;
  result.overallTotal = all.length;
  result.trainMs = timing.trainMs;
  result.trainCpuMs = timing.trainCpuMs;
  if (RESPLITS > 0) {
    const resampled: Record<string, number> = {};
    const union: { expected: string; predicted: string }[] = [];
    for (const corpus of corpora) {
      const pairs: { expected: string; predicted: string }[] = [];
      for (let r = 1; r <= RESPLITS; r++) pairs.push(...(await scoreCorpus(name, resplitBraun(corpus, r), { trainMs: 0, trainCpuMs: 0 })).pairs);
      resampled[corpus.name] = microF1(pairs);
      union.push(...pairs);
    }
    resampled.overall = microF1(union);
    result.resampled = resampled;
  }
  result.peakRssMb = peakRssMb();
  result.setup = setup;
  return result;
}

async function main(): Promise<void> {
  const [task, name] = process.argv.slice(2) as [Task, SystemName];
  const result = task === 'clinc150' ? await runClinc(createSystem(name, task)) : await runBraun(name);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
});
