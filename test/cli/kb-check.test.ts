// `chartpath kb check` (cli/kb-check.ts), in process: every error with file, line and field, then one summary line
// whose counts a curator can trust, and exit code 1 only when there are errors.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runKbCheck } from '../../src/cli/kb-check.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { knowledgeDir } from '../helpers/core.js';
import { knowledgeWithMissingTitle } from '../helpers/eval.js';

function check(root: string): { code: number; out: string } {
  const stream = new PassThrough();
  let out = '';
  stream.on('data', (d: Buffer) => (out += d.toString()));
  const code = runKbCheck(root, stream);
  return { code, out };
}

function edit(root: string, file: string, change: (text: string) => string): void {
  const full = path.join(root, file);
  const before = readFileSync(full, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(full, after);
}

describe('runKbCheck', () => {
  it('the repository knowledge base: only "OK" and the counts of what it holds; exit code 0', () => {
    const kb = loadKnowledge(knowledgeDir);
    const topics = kb.intents.filter((i) => i.kind === 'topic').length;
    const examples = kb.intents.reduce((n, i) => n + i.examples.length, 0);
    const { code, out } = check(knowledgeDir);
    expect(code).toBe(0);
    expect(out).toBe(`OK: ${topics} topics, ${kb.intents.length - topics} conversation intents, ${kb.plans.length} plans, ${examples} examples; 0 errors, 0 warnings\n`);
    expect(topics).toBeGreaterThan(10);
  });

  it('one error: its file, line and field, then "FAILED" and "1 error" (singular); exit code 1', () => {
    const root = knowledgeWithMissingTitle();
    const { code, out } = check(root);
    expect(code).toBe(1);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('error  topics/coding/become-coder.md:2  title: is missing');
    expect(lines[1]).toMatch(/^FAILED: \d+ topics, \d+ conversation intents, \d+ plans, \d+ examples; 1 error, 0 warnings$/);
  });

  it('two errors in two files: both listed, "2 errors" (plural)', () => {
    const root = knowledgeWithMissingTitle();
    edit(root, 'topics/coding/cpt.md', (t) => t.replace(/^ {2}- cpt codes\?$/m, '  - what is CPT'));
    const { code, out } = check(root);
    expect(code).toBe(1);
    expect(out).toContain('error  topics/coding/become-coder.md:2  title: is missing\n');
    expect(out).toMatch(/^error {2}topics\/coding\/cpt\.md:\d+ {2}examples\[1\]: repeats examples\[0\] \("what is CPT"\)$/m);
    expect(out).toMatch(/; 2 errors, 0 warnings\n$/);
  });
});
