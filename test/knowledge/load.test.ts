// load.ts: reading knowledge/ into memory. Which files count (no README, no dot files), the intent built from a
// topic file, and each reading mistake reported with its file, line and field; loadKnowledge throws on errors only.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectKnowledge, loadKnowledge } from '../../src/knowledge/load.js';
import { KnowledgeError } from '../../src/knowledge/problems.js';
import { knowledgeDir } from '../helpers/core.js';

const temp = mkdtempSync(path.join(tmpdir(), 'chartpath-load-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let n = 0;
/** A copy of the real knowledge folder to edit. */
function copy(): string {
  const dir = path.join(temp, `kb${n++}`);
  cpSync(knowledgeDir, dir, { recursive: true });
  return dir;
}
const cpt = (dir: string) => path.join(dir, 'topics', 'coding', 'cpt.md');
const edit = (file: string, from: RegExp, to: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

describe('inspectKnowledge', () => {
  it('reads the real folder without problems, and builds each intent from its file', () => {
    const { kb, problems } = inspectKnowledge(knowledgeDir);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const intent = kb.byId.get('cpt')!;
    expect(intent.file).toBe(path.join('topics', 'coding', 'cpt.md'));
    expect(intent.answer).toBe(readFileSync(cpt(knowledgeDir), 'utf8').split(/\n---\n/)[1]!.trim());
    expect(intent.examples).toContain('what is CPT');
    expect(kb.root).toBe(knowledgeDir);
  });

  it('skips README files and dot files', () => {
    const dir = copy();
    writeFileSync(path.join(dir, 'topics', 'README.md'), 'not a topic');
    writeFileSync(path.join(dir, 'topics', '.draft.md'), 'not a topic either');
    const { kb, problems } = inspectKnowledge(dir);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(kb.intents.length).toBe(inspectKnowledge(knowledgeDir).kb.intents.length);
  });

  it('reports an id that is not the file name, an unknown field at its own line, and a missing field', () => {
    const dir = copy();
    edit(cpt(dir), /^id: cpt$/m, 'id: cpt-codes');
    const other = path.join(dir, 'topics', 'coding', 'become-coder.md');
    edit(other, /^group: (.*)$/m, 'group: $1\ncolour: blue');
    const mcp = path.join(dir, 'topics', 'coding', 'hcpcs.md');
    edit(mcp, /^title:.*\n/m, '');
    const problems = inspectKnowledge(dir).problems.filter((p) => p.severity === 'error');
    const file = path.join('topics', 'coding', 'cpt.md');
    const lines = readFileSync(cpt(dir), 'utf8').split('\n');
    expect(problems).toContainEqual({ file, line: lines.indexOf('id: cpt-codes') + 1, field: 'id', message: 'must match the file name ("cpt")', severity: 'error' });
    const otherLines = readFileSync(other, 'utf8').split('\n');
    expect(problems).toContainEqual(expect.objectContaining({ file: path.join('topics', 'coding', 'become-coder.md'), line: otherLines.indexOf('colour: blue') + 1, field: 'colour', message: 'unknown field "colour" (check the spelling)' }));
    expect(problems).toContainEqual(expect.objectContaining({ file: path.join('topics', 'coding', 'hcpcs.md'), field: 'title', message: 'is missing' }));
  });

  it('a folder that does not exist is one problem, not a crash', () => {
    const { problems } = inspectKnowledge(path.join(temp, 'missing'));
    expect(problems[0]).toMatchObject({ field: '(folder)', severity: 'error' });
  });
});

describe('loadKnowledge', () => {
  it('returns the knowledge when it reads cleanly and throws a KnowledgeError listing the errors otherwise', () => {
    expect(loadKnowledge(knowledgeDir).intents.length).toBeGreaterThan(10);
    const dir = copy();
    writeFileSync(path.join(dir, 'topics', 'coding', 'broken.md'), 'no front matter here');
    expect(() => loadKnowledge(dir)).toThrow(KnowledgeError);
    expect(() => loadKnowledge(dir)).toThrow(/broken\.md.*front matter/);
  });
});
