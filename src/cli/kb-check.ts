// `chartpath kb check`: every mistake in the knowledge base, with file, line and field. Exit code 1 on errors.
import { inspectKnowledge } from '../knowledge/load.js';
import { formatProblem } from '../knowledge/problems.js';

export function runKbCheck(root: string, out: NodeJS.WritableStream = process.stdout): number {
  const { kb, problems } = inspectKnowledge(root);
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  for (const p of [...errors, ...warnings]) out.write(`${formatProblem(p)}\n`);
  const topics = kb.intents.filter((i) => i.kind === 'topic');
  const examples = kb.intents.reduce((n, i) => n + i.examples.length, 0);
  out.write(
    `${errors.length ? 'FAILED' : 'OK'}: ${topics.length} topics, ${kb.intents.length - topics.length} conversation intents, ` +
      `${kb.plans.length} plans, ${examples} examples; ${errors.length} error${errors.length === 1 ? '' : 's'}, ` +
      `${warnings.length} warning${warnings.length === 1 ? '' : 's'}\n`,
  );
  return errors.length ? 1 : 0;
}
