// Shared by the evaluation tests: the real evaluation (run once per test file), small question sets and a
// damaged copy of the knowledge base.
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { DEFAULTS, SET_ABOUT } from '../../src/eval/command.js';
import type { CrossValidation } from '../../src/eval/crossval.js';
import { tallyKinds, type ItemResult, type ItemsScore, type NarrowFollowUps } from '../../src/eval/facts.js';
import { driftOf, evaluate, figuresOf, type Evaluation, type SetResult, type SetSpec } from '../../src/eval/run.js';
import { DEFAULT_THRESHOLDS } from '../../src/understanding/thresholds.js';
import { knowledgeDir, realKnowledge, repoRoot, sharedUnderstanding } from './core.js';

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

/** A result of one item (for handmade evaluations). */
export function itemResult(id: string, kind: string, passed: boolean, why = passed ? '' : 'missing x'): ItemResult {
  return { item: { id, kind, turns: [`question ${id}`], expect: [], forbid: [], multiTurn: false, decline: false, line: 1 }, passed, why, intent: null, confidence: 0.5, answered: passed, answer: `answer ${id}` };
}

/** A set's score from its item results (the narrow follow-ups as given). */
export function setScore(results: ItemResult[], narrow: NarrowFollowUps = { replies: 0, meanLength: 0, meanCard: 0, ratio: 0 }): ItemsScore {
  return { results, kinds: tallyKinds(results), narrow };
}

/**
 * A small handmade evaluation of the real knowledge base (no cross-validation run): two intents scored, one confused
 * pair, a dev and a holdout set and a missing one, no sweep. Figures and drift are computed the way evaluate() does.
 */
export function handmadeEvaluation(): Evaluation {
  const kb = realKnowledge();
  const [a, b] = kb.intents.filter((i) => i.kind === 'topic').map((i) => i.id);
  const score = (intent: string, support: number, correct: number, f1: number) => ({ intent, support, predictedCount: support, correct, precision: f1, recall: f1, f1 });
  const cv: CrossValidation = {
    folds: 5,
    seed: 1,
    items: [
      { text: 'qa1', expected: a!, predicted: a!, confidence: 0.9, fold: 0 },
      { text: 'qa2', expected: a!, predicted: b!, confidence: 0.4, fold: 1 },
      { text: 'qb1', expected: b!, predicted: b!, confidence: 0.8, fold: 2 },
    ],
    accuracy: 2 / 3,
    macroF1: 0.61234567,
    scores: [score(a!, 2, 1, 0.5), score(b!, 1, 1, 0.75)],
    confusion: new Map([[a!, new Map([[a!, 1], [b!, 1]])], [b!, new Map([[b!, 1]])]]),
    pairs: [{ a: a!, b: b!, total: 1, aAsB: 1, bAsA: 0, aAsBExamples: ['qa2'], bAsAExamples: [] }],
  };
  const sets: SetResult[] = [
    { spec: { name: 'dev', file: path.join(repoRoot, 'eval', 'dev.jsonl'), about: 'the dev set', tunedOn: true }, score: setScore([itemResult('d1', 'in', true), itemResult('d2', 'in', true), itemResult('d3', 'oos', true)]) },
    {
      spec: { name: 'holdout', file: path.join(repoRoot, 'eval', 'holdout.jsonl'), about: 'never tuned on', tunedOn: false },
      score: setScore([itemResult('h1', 'in', true), itemResult('h2', 'in', false), itemResult('h3', 'oos', true), itemResult('h4', 'either', false)], { replies: 2, meanLength: 100.4, meanCard: 400.6, ratio: 0.25061 }),
    },
    { spec: { name: 'ghost', file: path.join(repoRoot, 'eval', 'ghost.jsonl'), about: 'missing', tunedOn: true } },
  ];
  return { kb, thresholds: { ...DEFAULT_THRESHOLDS }, cv, sets, drift: driftOf(sets), sweep: undefined, figures: figuresOf(cv, sets), timings: { crossValidation: 1.23456, sets: 2, sweep: 0, total: 3.23456 } };
}
