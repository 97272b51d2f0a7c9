// add-examples.ts: inserting example questions into a knowledge file's `examples:` list, leaving every other line as
// the curator wrote it, and refusing files it cannot edit safely.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addExamplesToFile, EditError, insertExamples } from '../../src/review/add-examples.js';

const temp = mkdtempSync(path.join(tmpdir(), 'chartpath-add-examples-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const topic = [
  '---',
  'id: rhit',
  'title: RHIT', // a comment-free line
  'examples:',
  '    - what is rhit   # the first one',
  '    - >-',
  '      a folded',
  '      example',
  '',
  '    # more later',
  'links: []',
  '---',
  'The answer.',
].join('\n');

describe('insertExamples', () => {
  it("adds the questions after the list's last item, at its indent, and touches nothing else", () => {
    const out = insertExamples(topic, ['how long is the  rhit\texam', 'is it "hard"?']).split('\n');
    const before = topic.split('\n');
    expect(out.slice(0, 8)).toEqual(before.slice(0, 8));
    expect(out[8]).toBe('    - how long is the rhit exam');
    expect(out[9]).toBe('    - is it "hard"?');
    expect(out.slice(10)).toEqual(before.slice(8));
  });

  it('quotes a question only when YAML needs it', () => {
    const out = insertExamples(topic, ['rhit: worth it?', '- a dash first']);
    expect(out).toContain(`    - "rhit: worth it?"`);
    expect(out).toMatch(/ {4}- ["']- a dash first["']/);
  });

  it('refuses a file without front matter, an unclosed one, or one without a block examples list', () => {
    expect(() => insertExamples('id: x\n', ['q'])).toThrow(EditError);
    expect(() => insertExamples('---\nid: x\nexamples:\n  - a\n', ['q'])).toThrow('not closed');
    expect(() => insertExamples('---\nid: x\nexamples: [a, b]\n---\n', ['q'])).toThrow('no block list');
  });
});

describe('addExamplesToFile', () => {
  it('writes the file when it reads back with exactly those examples added', () => {
    const file = path.join(temp, 'rhit.md');
    writeFileSync(file, topic);
    addExamplesToFile(file, ['new question']);
    expect(readFileSync(file, 'utf8')).toBe(insertExamples(topic, ['new question']));
  });
});
