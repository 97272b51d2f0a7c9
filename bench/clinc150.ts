// CLINC150 "full", the oos-threshold protocol of Larson et al. (2019): train on `train` (150 intents x 100),
// choose the out-of-scope threshold that maximises 151-way accuracy on `val` + `oos_val`, then report
// in-scope accuracy on `test` and out-of-scope recall on `oos_test`. Run: npm run bench:clinc150
import { loadClinc150, MissingDataError, datasetsDir } from './lib/datasets.js';
import { machine, num, pct, ratio, runWorker, selectedSystems, table } from './lib/runner.js';
import { ENGINE_OVERRIDES } from './lib/systems.js';

async function main(): Promise<void> {
  const started = performance.now();
  const data = loadClinc150(); // fails early, with a clear message, when the data is missing
  const systems = selectedSystems();
  console.log(`CLINC150 full (${datasetsDir()}): train ${data.train.length}, val ${data.val.length} + oos_val ${data.oosVal.length}, test ${data.test.length} + oos_test ${data.oosTest.length}`);
  console.log(`${machine()}; one system at a time, each in its own process\n`);
  const results: Record<string, Record<string, unknown>> = {};
  for (const name of systems) {
    process.stderr.write(`  ${name}...`);
    const t = performance.now();
    results[name] = await runWorker('clinc150', name);
    process.stderr.write(` ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  }
  const cols = ['in-scope %', 'OOS recall %', 'threshold', 'top-1 %', 'AUROC', 'train s', 'train CPU s', 'p50 us', 'p99 us', 'peak RSS MB'];
  const fields: [string, (x: unknown) => string][] = [
    ['inScopeAccuracy', (x) => pct(x, 2)],
    ['oosRecall', (x) => pct(x, 1)],
    ['threshold', (x) => num(x, 3)],
    ['top1Accuracy', (x) => pct(x, 2)],
    ['auroc', (x) => num(x, 3)],
    ['trainMs', (x) => num(typeof x === 'number' ? x / 1000 : x, 1)],
    ['trainCpuMs', (x) => num(typeof x === 'number' ? x / 1000 : x, 1)],
    ['predictP50Us', (x) => num(x, 0)],
    ['predictP99Us', (x) => num(x, 0)],
    ['peakRssMb', (x) => num(x, 0)],
  ];
  console.log(table(['system', ...cols], systems.map((s) => [s, ...fields.map(([f, fmt]) => fmt(results[s]![f]))])));
  const base = results.chartpath;
  const peers = systems.filter((s) => s !== 'chartpath');
  if (base && peers.length) {
    console.log('\nratio of each peer to chartpath (higher is better for the first four, lower for the rest)');
    const ratioFields = ['inScopeAccuracy', 'oosRecall', 'top1Accuracy', 'auroc', 'trainMs', 'predictP50Us', 'predictP99Us', 'peakRssMb'];
    console.log(table(['system', 'in-scope', 'OOS recall', 'top-1', 'AUROC', 'train', 'p50', 'p99', 'peak RSS'], peers.map((s) => [s, ...ratioFields.map((f) => ratio(results[s]![f], base[f]))])));
  }
  console.log('\nsetup:');
  for (const s of systems) console.log(`  ${s}: ${String(results[s]!.setup)}`);
  console.log(`  chartpath overrides for this data set: ${JSON.stringify(ENGINE_OVERRIDES.clinc150)}`);
  console.log(`  threshold: exact search over validation scores (paper rule); latency per query over test + oos_test`);
  console.log(`total run time ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  const json: Record<string, unknown> = {};
  for (const s of systems) {
    const { setup: _setup, ...figures } = results[s]!;
    json[s] = figures;
  }
  console.log(JSON.stringify({ dataset: 'clinc150', systems: json }));
}

main().catch((err: unknown) => {
  console.error(err instanceof MissingDataError ? err.message : err);
  process.exit(1);
});
