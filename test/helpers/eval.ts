// Shared by the evaluation tests: the real evaluation (run once per test file), small question sets and a
// damaged copy of the knowledge base.
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { DEFAULTS, SET_ABOUT } from '../../src/eval/command.js';
import { evaluate, type Evaluation, type SetSpec } from '../../src/eval/run.js';
import { knowledgeDir, realKnowledge, sharedUnderstanding } from './core.js';

/** The default sets, as `chartpath eval` reads them, plus one whose file does not exist. */
export const SETS: SetSpec[] = [
  ...(['dev', 'tune', 'tune2', 'holdout'] as const).map((name) => ({ name, file: DEFAULTS[name], about: SET_ABOUT[name], tunedOn: name !== 'holdout' })),
  { name: 'ghost', file: path.join(tmpdir(), 'chartpath-no-such-dir', 'questions.jsonl'), about: 'a set that does not exist', tunedOn: true },
];

let real: Promise<Evaluation> | undefined;
/** The full evaluation of the real knowledge base, with the sweep, as `chartpath eval` runs it. */
export function realEvaluation(): Promise<Evaluation> {
  real ??= evaluate(realKnowledge(), { sets: SETS, folds: DEFAULTS.folds, seed: DEFAULTS.seed, sweep: true, understanding: sharedUnderstanding() });
  return real;
}

/** A copy of knowledge/ in a new temporary folder. */
export function copyKnowledge(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'chartpath-kb-')), 'knowledge');
  cpSync(knowledgeDir, dir, { recursive: true });
  return dir;
}

/** A copy of knowledge/ with one error: become-coder.md without its title (reported at line 2). */
export function knowledgeWithMissingTitle(): string {
  const root = copyKnowledge();
  const file = path.join(root, 'topics', 'coding', 'become-coder.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*\n/m, ''));
  return root;
}

function findFile(root: string, id: string): string {
  for (const name of readdirSync(root)) {
    const full = path.join(root, name);
    if (statSync(full).isDirectory()) {
      const found = findFile(full, id);
      if (found) return found;
    } else if (name === `${id}.md`) return full;
  }
  return '';
}

function frontMatter(file: string) {
  const raw = readFileSync(file, 'utf8');
  const end = raw.indexOf('\n---', 4);
  return { doc: parseDocument(raw.slice(4, end)), rest: raw.slice(end + 1) };
}

const examplesOf = (file: string) => (frontMatter(file).doc.toJS() as { examples: string[] }).examples;

function setExamples(file: string, examples: string[]): void {
  const { doc, rest } = frontMatter(file);
  doc.set('examples', examples);
  writeFileSync(file, `---\n${doc.toString()}${rest}`);
}

/**
 * Damages a knowledge base the way a careless edit would: the first `share` of each intent's examples is
 * moved to the next intent of the list (the last one's to the first). Every intent keeps its number of
 * examples and every example stays unique, so `kb check` still passes: only the quality drops.
 */
export function rotateExamples(dir: string, ids: readonly string[], share: number): void {
  const files = ids.map((id) => findFile(dir, id));
  const before = files.map(examplesOf);
  const moved = before.map((examples) => examples.slice(0, Math.round(examples.length * share)));
  files.forEach((file, i) => {
    const incoming = moved[(i - 1 + files.length) % files.length]!;
    setExamples(file, [...incoming, ...before[i]!.slice(moved[i]!.length)]);
  });
}

/** A question set written to a new temporary file (JSON lines). */
export function writeSet(items: readonly object[], name = 'questions.jsonl'): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'chartpath-set-')), name);
  writeFileSync(file, items.map((i) => JSON.stringify(i)).join('\n') + '\n');
  return file;
}
