// The three corpora of Braun et al. (2017): Chatbot, AskUbuntu, WebApplications. Train on the sentences marked
// training: true, test on the rest. Every sentence gets one intent ("None" is an intent like the others), so
// micro-F1 equals accuracy; "overall" is micro-F1 over the union of the three test sets. Run: npm run bench:braun
import { BRAUN_CORPORA, loadBraun, MissingDataError, datasetsDir } from './lib/datasets.js';
import { machine, num, ratio, runWorker, selectedSystems, table } from './lib/runner.js';
import { ENGINE_OVERRIDES } from './lib/systems.js';

async function main(): Promise<void> {
  const started = performance.now();
  const corpora = loadBraun();
  const systems = selectedSystems();
  console.log(`Braun et al. corpora (${datasetsDir()}): ${corpora.map((c) => `${c.name} ${c.train.length} train / ${c.test.length} test`).join(', ')}`);
  console.log(`${machine()}; one system at a time, each in its own process\n`);
  const results: Record<string, Record<string, unknown>> = {};
  for (const name of systems) {
    process.stderr.write(`  ${name}...`);
    const t = performance.now();
    results[name] = await runWorker('braun', name);
    process.stderr.write(` ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  }
  const names = [...BRAUN_CORPORA.map(([n]) => n), 'overall'];
  const cell = (r: Record<string, unknown>, n: string) => `${num(r[n], 3)} (${String(r[`${n}Correct`])}/${String(r[`${n}Total`])})`;
  console.log(table(['system (micro-F1, correct/total)', ...names, 'train ms', 'peak RSS MB'], systems.map((s) => [s, ...names.map((n) => cell(results[s]!, n)), num(results[s]!.trainMs, 0), num(results[s]!.peakRssMb, 0)])));
  if (systems.every((s) => results[s]!.resampled)) {
    const n = process.env.BRAUN_RESPLITS ?? '20';
    console.log(`\nresampled: mean micro-F1 over ${n} seeded re-splits per corpus that keep each intent's official training count`);
    console.log(table(['system', ...names], systems.map((s) => [s, ...names.map((c) => num((results[s]!.resampled as Record<string, number>)[c], 3))])));
  }
  const base = results.chartpath;
  const peers = systems.filter((s) => s !== 'chartpath');
  if (base && peers.length) {
    console.log('\nratio of each peer to chartpath');
    console.log(table(['system', ...names, 'train', 'peak RSS'], peers.map((s) => [s, ...[...names, 'trainMs', 'peakRssMb'].map((n) => ratio(results[s]![n], base[n]))])));
  }
  console.log('\nsetup:');
  for (const s of systems) console.log(`  ${s}: ${String(results[s]!.setup)}`);
  console.log(`  chartpath overrides for this data set: ${JSON.stringify(ENGINE_OVERRIDES.braun)}`);
  console.log('  overall = micro-F1 over the union of the three test sets (274 sentences)');
  console.log(`total run time ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  const json: Record<string, unknown> = {};
  for (const s of systems) {
    const { setup: _setup, ...figures } = results[s]!;
    json[s] = figures;
  }
  console.log(JSON.stringify({ dataset: 'braun', systems: json }));
}

main().catch((err: unknown) => {
  console.error(err instanceof MissingDataError ? err.message : err);
  process.exit(1);
});
