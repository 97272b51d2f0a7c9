// Reads knowledge/ into memory and reports every mistake with its file, line and field.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { Plan } from './types.js';
import { parseYaml, splitFrontMatter } from './frontmatter.js';
import type { Problem } from './problems.js';
import { KnowledgeError } from './problems.js';
import { intentSchema, planSchema, scopeSchema, vocabularySchema } from './schema.js';
import type { Intent, KnowledgeBase, ScopeLists, Vocabulary } from './types.js';
import { checkKnowledge } from './check.js';
import { rememberLocation } from './locate.js';
import { layoutAnswer } from './parts.js';

function listFiles(dir: string, ext: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of entries) {
    if (name.startsWith('.')) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, ext));
    else if (name.endsWith(ext) && name.toLowerCase() !== 'readme.md') out.push(full);
  }
  return out;
}

function fieldName(issuePath: readonly PropertyKey[]): string {
  return issuePath.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(front matter)';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const key of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

function zodProblems(
  file: string,
  issues: z.core.$ZodIssue[],
  locate: (p: readonly PropertyKey[]) => number | undefined,
  data: unknown,
): Problem[] {
  return issues.map((issue) => {
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`;
    if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) message = 'is missing';
    const field = issue.code === 'unrecognized_keys' ? fieldName([...issue.path, issue.keys[0] ?? '']) : fieldName(issue.path);
    // An unknown field is reported at its own line, where the curator has to look.
    const line = issue.code === 'unrecognized_keys' ? (locate([...issue.path, issue.keys[0] ?? '']) ?? locate(issue.path)) : locate(issue.path);
    return { file, line, field, message, severity: 'error' as const };
  });
}

function readIntent(root: string, full: string, problems: Problem[]): Intent | undefined {
  const file = path.relative(root, full);
  const fm = splitFrontMatter(readFileSync(full, 'utf8'));
  if (!fm) {
    problems.push({ file, field: '(front matter)', message: 'the file must start with a front matter block between two "---" lines', severity: 'error' });
    return undefined;
  }
  if (fm.error) {
    problems.push({ file, line: fm.error.line, field: '(front matter)', message: `invalid YAML: ${fm.error.message}`, severity: 'error' });
    return undefined;
  }
  const parsed = intentSchema.safeParse(fm.data);
  if (!parsed.success) {
    problems.push(...zodProblems(file, parsed.error.issues, fm.lineAt, fm.data));
    return undefined;
  }
  const d = parsed.data;
  const stem = path.basename(full, '.md');
  if (d.id !== stem) {
    problems.push({ file, line: fm.lineAt(['id']), field: 'id', message: `must match the file name ("${stem}")`, severity: 'error' });
  }
  const intent: Intent = {
    id: d.id,
    kind: d.kind,
    title: d.title,
    group: d.group,
    ask: d.ask,
    examples: d.examples,
    answer: fm.body.trim(),
    layout: layoutAnswer(fm.body.trim()),
    related: d.related ?? [],
    sources: d.sources ?? [],
    reviewed: d.reviewed,
    entity: d.entity,
    deferTo: d.defer_to ?? [],
    onlyWith: d.only_with ?? [],
    file,
  };
  rememberLocation(intent, fm.lineAt);
  return intent;
}

function readYaml(root: string, full: string, problems: Problem[]): { file: string; data: unknown; locate: (p: readonly PropertyKey[]) => number | undefined } | undefined {
  const file = path.relative(root, full);
  const y = parseYaml(readFileSync(full, 'utf8'));
  if (y.error) {
    problems.push({ file, line: y.error.line, field: '(file)', message: `invalid YAML: ${y.error.message}`, severity: 'error' });
    return undefined;
  }
  return { file, data: y.data, locate: y.lineAt };
}

function readPlan(root: string, full: string, problems: Problem[]): Plan | undefined {
  const y = readYaml(root, full, problems);
  if (!y) return undefined;
  const parsed = planSchema.safeParse(y.data);
  if (!parsed.success) {
    problems.push(...zodProblems(y.file, parsed.error.issues, y.locate, y.data));
    return undefined;
  }
  const d = parsed.data;
  const stem = path.basename(full).replace(/\.ya?ml$/, '');
  if (d.id !== stem) problems.push({ file: y.file, line: y.locate(['id']), field: 'id', message: `must match the file name ("${stem}")`, severity: 'error' });
  const plan: Plan = {
    id: d.id,
    title: d.title,
    summary: d.summary,
    sources: d.sources,
    reviewed: d.reviewed,
    file: y.file,
    steps: d.steps.map((s) => ({ id: s.id, title: s.title, why: s.why, doneWhen: s.done_when, topics: s.topics, onlyIf: s.only_if, skipIf: s.skip_if })),
  };
  rememberLocation(plan, y.locate);
  return plan;
}

function readVocabulary(root: string, problems: Problem[]): Vocabulary {
  const full = path.join(root, 'vocabulary.yml');
  const empty: Vocabulary = { synonyms: {} };
  try {
    statSync(full);
  } catch {
    return empty;
  }
  const y = readYaml(root, full, problems);
  if (!y) return empty;
  const parsed = vocabularySchema.safeParse(y.data);
  if (!parsed.success) {
    problems.push(...zodProblems(y.file, parsed.error.issues, y.locate, y.data));
    return empty;
  }
  return { synonyms: Object.fromEntries(Object.entries(parsed.data.synonyms).map(([k, v]) => [k, v.toLowerCase()])) };
}

const EMPTY_SCOPE: ScopeLists = { fieldTerms: [], subjectTerms: [], recordWords: [], healthSettings: [], notCareers: [], nearMissCareers: [], employerInternal: { always: [], withWorkplace: [], workplace: [] }, declines: [] };

/** knowledge/scope.yml. Optional (a knowledge base without it makes no decisions on scope before the classifier). */
function readScope(root: string, problems: Problem[], intents: readonly Intent[]): ScopeLists {
  const full = path.join(root, 'scope.yml');
  try {
    statSync(full);
  } catch {
    return EMPTY_SCOPE;
  }
  const y = readYaml(root, full, problems);
  if (!y) return EMPTY_SCOPE;
  const parsed = scopeSchema.safeParse(y.data);
  if (!parsed.success) {
    problems.push(...zodProblems(y.file, parsed.error.issues, y.locate, y.data));
    return EMPTY_SCOPE;
  }
  const d = parsed.data;
  // Each decline names the reply it gives: the emergency line, or a decline or abuse file of conversation/.
  const replies = new Set(intents.filter((i) => i.kind === 'decline' || i.kind === 'abuse').map((i) => i.id));
  d.declines.forEach((x, i) => {
    if (x.reply !== 'emergency' && !replies.has(x.reply)) {
      problems.push({ file: y.file, line: y.locate(['declines', i, 'reply']), field: `declines[${i}].reply`, message: `"${x.reply}" is not a decline in conversation/ (nor "emergency")`, severity: 'error' });
    }
  });
  return {
    fieldTerms: d.field_terms,
    subjectTerms: d.subject_terms ?? [],
    recordWords: d.record_words,
    healthSettings: d.health_settings,
    notCareers: d.not_careers,
    nearMissCareers: d.near_miss_careers,
    employerInternal: { always: d.employer_internal.always, withWorkplace: d.employer_internal.with_workplace, workplace: d.employer_internal.workplace, not: d.employer_internal.not ?? [] },
    declines: d.declines.map((x) => ({ reply: x.reply, unless: x.unless ?? [], phrases: x.phrases })),
  };
}

export interface Inspection {
  kb: KnowledgeBase;
  problems: Problem[];
}

/** Reads and checks everything; never throws for content mistakes (they are returned as problems). */
export function inspectKnowledge(root: string): Inspection {
  const problems: Problem[] = [];
  try {
    if (!statSync(root).isDirectory()) throw new Error('not a folder');
  } catch {
    problems.push({ file: root, field: '(folder)', message: 'the knowledge folder does not exist (set KNOWLEDGE_DIR or run from the project folder)', severity: 'error' });
  }
  const intents: Intent[] = [];
  for (const full of [...listFiles(path.join(root, 'topics'), '.md'), ...listFiles(path.join(root, 'conversation'), '.md')]) {
    const intent = readIntent(root, full, problems);
    if (intent) intents.push(intent);
  }
  const plans: Plan[] = [];
  for (const full of [...listFiles(path.join(root, 'plans'), '.yml'), ...listFiles(path.join(root, 'plans'), '.yaml')]) {
    const plan = readPlan(root, full, problems);
    if (plan) plans.push(plan);
  }
  const vocabulary = readVocabulary(root, problems);
  const scope = readScope(root, problems, intents);
  const byId = new Map<string, Intent>();
  for (const i of intents) if (!byId.has(i.id)) byId.set(i.id, i);
  const kb: KnowledgeBase = { intents, byId, vocabulary, scope, plans, root };
  problems.push(...checkKnowledge(kb));
  return { kb, problems };
}

/** For start-up: the knowledge base, or a KnowledgeError listing what to fix. */
export function loadKnowledge(root: string): KnowledgeBase {
  const { kb, problems } = inspectKnowledge(root);
  if (problems.some((p) => p.severity === 'error')) throw new KnowledgeError(problems);
  return kb;
}
