// The knowledge check on scope.yml: a curator's mistake is reported with its file, line and field.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inspectKnowledge } from '../../src/knowledge/load.js';
import { formatProblem } from '../../src/knowledge/problems.js';

const examples = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `  - ${prefix} question number ${i}`).join('\n');

const topic = (id: string, related: string) => `---
id: ${id}
title: Topic ${id}
group: role
ask: What about ${id}?
examples:
${examples(id, 15)}
related: ${related}
sources:
  - title: A source
    url: https://example.org/a
    read: 2026-01-01
reviewed: 2026-01-02
---
The answer about ${id}.
`;

const conversation = (id: string, kind: string) => `---
id: ${id}
kind: ${kind}
title: ${id}
examples:
${examples(id, 8)}
---
A ${id} reply.
`;

// A valid scope.yml; the tests below break one thing at a time. Line numbers matter: keep the layout.
const SCOPE = `# a tiny scope
field_terms:
  - coding
record_words:
  - records
health_settings:
  - hospital
not_careers:
  - nursing home
near_miss_careers:
  - nurse
employer_internal:
  always:
    - pto
  with_workplace:
    - salary
  workplace:
    - our hospital
declines:
  - reply: emergency
    unless: [code]
    phrases:
      - chest pain
  - reply: decline
    phrases:
      - lawsuit
`;

let dir: string | undefined;
function kbWithScope(scope: string): string {
  dir = mkdtempSync(path.join(tmpdir(), 'chartpath-scope-'));
  const files: Record<string, string> = {
    'topics/role/other-a.md': topic('other-a', '[other-b, other-c]'),
    'topics/role/other-b.md': topic('other-b', '[other-a, other-c]'),
    'topics/role/other-c.md': topic('other-c', '[other-a, other-b]'),
    ...Object.fromEntries(['greeting', 'help', 'thanks', 'goodbye', 'about', 'decline'].map((k) => [`conversation/${k}.md`, conversation(k, k)])),
    'scope.yml': scope,
  };
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const errors = (root: string) => inspectKnowledge(root).problems.filter((p) => p.severity === 'error');
/** The errors reported against scope.yml (the rest of the tiny knowledge base is valid, see the first test). */
const scopeErrors = (root: string) => errors(root).filter((p) => p.file === 'scope.yml');

describe('the knowledge check of scope.yml', () => {
  it('accepts the tiny valid scope and loads its lists', () => {
    const root = kbWithScope(SCOPE);
    expect(errors(root).map(formatProblem)).toEqual([]);
    const { kb } = inspectKnowledge(root);
    expect(kb.scope.nearMissCareers).toEqual(['nurse']);
    expect(kb.scope.declines).toEqual([
      { reply: 'emergency', unless: ['code'], phrases: ['chest pain'] },
      { reply: 'decline', unless: [], phrases: ['lawsuit'] },
    ]);
  });

  it('reports a misspelt field with the file, its line and its name', () => {
    const problems = errors(kbWithScope(SCOPE.replace('near_miss_careers:', 'near_mis_careers:')));
    const typo = problems.find((p) => p.field === 'near_mis_careers');
    expect(typo, problems.map(formatProblem).join('\n')).toBeDefined();
    // The line of the misspelt field itself, where the curator has to look.
    expect(typo).toMatchObject({ file: 'scope.yml', line: 10, severity: 'error' });
    expect(typo!.message).toMatch(/unknown field "near_mis_careers"/);
    // The correct name is now missing, too, and said so.
    const missing = problems.find((p) => p.field === 'near_miss_careers');
    expect(missing?.message).toMatch(/missing/);
    expect(missing?.file).toBe('scope.yml');
  });

  it('reports an empty phrase list with the file, the line of the field and its name', () => {
    const problems = scopeErrors(kbWithScope(SCOPE.replace('near_miss_careers:\n  - nurse\n', 'near_miss_careers: []\n')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'scope.yml', field: 'near_miss_careers', line: 10, severity: 'error' });
    expect(problems[0]!.message).toMatch(/at least one phrase/);
    expect(formatProblem(problems[0]!)).toMatch(/^error {2}scope\.yml:10 {2}near_miss_careers: /);
  });

  it('loads the optional subject terms, and reports an empty list of them with its line', () => {
    const withSubjects = SCOPE.replace('record_words:', 'subject_terms:\n  - code set\nrecord_words:');
    expect(inspectKnowledge(kbWithScope(withSubjects)).kb.scope.subjectTerms).toEqual(['code set']);
    const problems = scopeErrors(kbWithScope(SCOPE.replace('record_words:', 'subject_terms: []\nrecord_words:')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'scope.yml', field: 'subject_terms', line: 4, severity: 'error' });
  });

  it('names a nested field and its line: an empty list of phrases inside a decline', () => {
    const problems = scopeErrors(kbWithScope(SCOPE.replace('    phrases:\n      - lawsuit\n', '    phrases: []\n')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'scope.yml', field: 'declines[1].phrases', line: 25 });
  });

  it('names a nested misspelt field: "alway" under employer_internal', () => {
    const problems = errors(kbWithScope(SCOPE.replace('  always:', '  alway:')));
    const typo = problems.find((p) => p.field === 'employer_internal.alway');
    expect(typo, problems.map(formatProblem).join('\n')).toBeDefined();
    expect(typo).toMatchObject({ file: 'scope.yml', line: 13 });
    expect(typo!.message).toMatch(/unknown field "alway" \(check the spelling\)/);
  });

  it('reports invalid YAML with its line', () => {
    const problems = errors(kbWithScope(SCOPE.replace('  - coding\n', '  - [coding\n')));
    expect(problems[0]).toMatchObject({ file: 'scope.yml', field: '(file)' });
    expect(problems[0]!.message).toMatch(/invalid YAML/);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a decline whose reply is no conversation file of the knowledge base', () => {
    const problems = errors(kbWithScope(SCOPE.replace('  - reply: decline\n', '  - reply: decline-nowhere\n')));
    const bad = problems.find((p) => p.file === 'scope.yml' && /decline-nowhere/.test(p.message));
    expect(bad, problems.map(formatProblem).join('\n') || 'no problem reported').toBeDefined();
  });
});
