import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inspectKnowledge } from '../../src/knowledge/load.js';
import { formatProblem } from '../../src/knowledge/problems.js';
import { knowledgeDir } from '../helpers/core.js';

const examples = (prefix: string, n = 15) => Array.from({ length: n }, (_, i) => `  - ${prefix} question number ${i}`).join('\n');

function topic(id: string, extra: Partial<Record<'examples' | 'related' | 'sources' | 'reviewed' | 'body' | 'head', string>> = {}): string {
  return `---
id: ${id}
title: Topic ${id}
group: role
ask: What about ${id}?
${extra.head ?? ''}examples:
${extra.examples ?? examples(id)}
related: ${extra.related ?? '[other-a, other-b]'}
${extra.sources ?? 'sources:\n  - title: A source\n    url: https://example.org/a\n    read: 2026-01-01'}
${extra.reviewed ?? 'reviewed: 2026-01-02'}
---
${extra.body ?? `The answer about ${id}.`}
`;
}

const conversation = (kind: string) => `---
id: ${kind}
kind: ${kind}
title: ${kind}
examples:
${examples(kind, 8)}
---
A ${kind} reply.
`;

let dir: string;
function kbWith(files: Record<string, string>): string {
  dir = mkdtempSync(path.join(tmpdir(), 'chartpath-kb-'));
  const all = {
    'topics/role/other-a.md': topic('other-a', { related: '[other-b, main]' }),
    'topics/role/other-b.md': topic('other-b', { related: '[other-a, main]' }),
    ...Object.fromEntries(['greeting', 'help', 'thanks', 'goodbye', 'about', 'decline'].map((k) => [`conversation/${k}.md`, conversation(k)])),
    ...files,
  };
  for (const [rel, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function errors(root: string) {
  return inspectKnowledge(root).problems.filter((p) => p.severity === 'error');
}

describe('the knowledge check', () => {
  it('passes on the real knowledge base, which meets the scope of issue 2', () => {
    const { kb, problems } = inspectKnowledge(knowledgeDir);
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    const topics = kb.intents.filter((i) => i.kind === 'topic');
    expect(topics.length).toBeGreaterThanOrEqual(40);
    for (const t of topics) expect(t.examples.length, t.id).toBeGreaterThanOrEqual(15);
    for (const kind of ['greeting', 'help', 'thanks', 'goodbye', 'about', 'decline'] as const) expect(kb.intents.some((i) => i.kind === kind), kind).toBe(true);
  });

  it('the real knowledge base writes American spelling (its readers are in the US)', () => {
    const { problems } = inspectKnowledge(knowledgeDir);
    expect(problems.filter((p) => /readers are in the US/.test(p.message)).map(formatProblem)).toEqual([]);
  });

  it('warns, with file and field, of a British spelling in an answer', () => {
    const { problems } = inspectKnowledge(kbWith({ 'topics/role/main.md': topic('main', { body: 'Employers value organisation and will recognise a licence.' }) }));
    const spelling = problems.filter((p) => /readers are in the US/.test(p.message));
    expect(spelling.map((p) => p.message)).toEqual([
      'writes "organisation": ChartPath\'s readers are in the US, so write "organization"',
      'writes "recognise": ChartPath\'s readers are in the US, so write "recognize"',
      'writes "licence": ChartPath\'s readers are in the US, so write "license"',
    ]);
    expect(spelling[0]).toMatchObject({ file: path.join('topics', 'role', 'main.md'), field: '(answer)', severity: 'warning' });
  });

  it('accepts a small valid knowledge base', () => {
    expect(errors(kbWith({ 'topics/role/main.md': topic('main') }))).toEqual([]);
  });

  it('names file, line and field for invalid front matter', () => {
    const [p] = errors(kbWith({ 'topics/role/main.md': '---\nid: main\n  title: [oops\n---\nbody\n' }));
    expect(p).toMatchObject({ file: path.join('topics', 'role', 'main.md'), field: '(front matter)' });
    expect(p!.line).toBe(3);
    expect(p!.message).toMatch(/invalid YAML/);
  });

  it('reports a missing id and an unknown field by name', () => {
    const problems = errors(kbWith({ 'topics/role/main.md': topic('main').replace('id: main\n', '').replace('title:', 'titel: x\ntitle:') }));
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['id', 'titel']));
    expect(problems.find((p) => p.field === 'id')!.message).toMatch(/missing/);
  });

  it('reports duplicate ids with the other file', () => {
    const problems = errors(kbWith({ 'topics/role/main.md': topic('main'), 'topics/education/main.md': topic('main', { examples: examples('different') }) }));
    const dup = problems.find((p) => p.field === 'id' && /already used/.test(p.message));
    expect(dup?.message).toContain('main.md');
  });

  it('reports too few examples and the same example under two intents, with the line of the example', () => {
    const problems = errors(
      kbWith({
        'topics/role/main.md': topic('main', { examples: `${examples('main', 13)}\n  - Other-A question number 3!` }),
      }),
    );
    expect(problems.find((p) => p.field === 'examples')?.message).toMatch(/needs at least 15/);
    // main.md is read first, so the later file (other-a.md, examples[3]) gets the report.
    const shared = problems.find((p) => /also an example of/.test(p.message));
    expect(shared).toMatchObject({ file: path.join('topics', 'role', 'other-a.md'), field: 'examples[3]', line: 10 });
    expect(shared!.message).toMatch(/also an example of "main" \(topics\/role\/main\.md\)/);
  });

  it('reports broken related links, missing sources and reviewed date, and answers too long for chat', () => {
    const problems = errors(
      kbWith({
        'topics/role/main.md': topic('main', { related: '[other-a, nowhere]', sources: '', reviewed: '', body: 'x'.repeat(1900) }),
      }),
    );
    const fields = problems.map((p) => `${p.field}: ${p.message}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^related\[1\]: "nowhere" is not the id of any topic/),
        expect.stringMatching(/^sources: is missing/),
        expect.stringMatching(/^reviewed: is missing/),
        expect.stringMatching(/^\(answer\): the answer is 1900 characters/),
      ]),
    );
  });

  it('reports a vocabulary entry whose reading contains the word it replaces, with its line', () => {
    const problems = errors(kbWith({ 'topics/role/main.md': topic('main'), 'vocabulary.yml': 'synonyms:\n  hippa: hipaa\n  coder: medical coder\n' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'vocabulary.yml', line: 3 });
    expect(problems[0]!.message).toMatch(/contains "coder" again/);
    expect(errors(kbWith({ 'topics/role/main.md': topic('main'), 'vocabulary.yml': 'synonyms:\n  med coder: medical coder\n' }))).toEqual([]);
  });

  it('reports a bad date and a bad url with their fields', () => {
    const problems = errors(
      kbWith({ 'topics/role/main.md': topic('main', { sources: 'sources:\n  - title: S\n    url: example.org\n    read: 2026-13-45' }) }),
    );
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['sources[0].url', 'sources[0].read']));
  });
});
