// `chartpath eval` scores a set exactly as the maintainers' scorer does: ../shared/tools/score_facts.py run on
// `chartpath ask --json` gives the same counts per kind, and fails the same items, as the in-process run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/eval/command.js';
import { scoreItems } from '../../src/eval/facts.js';
import { afterOpener, parseItem, readSet, type QuestionItem } from '../../src/eval/sets.js';
import { makeAdvisor, repoRoot } from '../helpers/core.js';
import { writeSet } from '../helpers/eval.js';

const scorer = path.join(path.dirname(path.dirname(DEFAULTS.dev)), 'tools', 'score_facts.py');
const python = spawnSync('python3', ['--version']).status === 0;
const shared = existsSync(scorer) && existsSync(DEFAULTS.dev);
const skip = !python ? 'python3 is not installed' : !shared ? `../shared is absent (${scorer}, ${DEFAULTS.dev})` : '';

/** A few of each kind from the dev set, the holdout and the tuning set, and the same single questions after an opener. */
function smallSet(): QuestionItem[] {
  const pick = (file: string, kind: string, n: number, where: (i: QuestionItem) => boolean = () => true) =>
    (readSet(file) as QuestionItem[]).filter((i) => i.kind === kind && where(i)).filter((_, k) => k % 7 === 0).slice(0, n);
  const items = [
    ...pick(DEFAULTS.dev, 'in', 14),
    ...pick(DEFAULTS.dev, 'oos', 6),
    ...pick(DEFAULTS.dev, 'conv', 3),
    ...pick(DEFAULTS.holdout, 'in', 10),
    ...pick(DEFAULTS.holdout, 'oos', 5),
    ...pick(DEFAULTS.holdout, 'conv', 3),
    ...pick(DEFAULTS.tune, 'conv', 2, (i) => i.decline),
    ...pick(DEFAULTS.tune, 'oos', 4, (i) => i.forbid.length > 0),
    // Handmade: they pass only when the heading and the notices are part of the reply, and one echoes a name.
    ...[
      { id: 'hand1', kind: 'in', q: 'what is the rhit', expect: [['rhit (registered health information technician)']] },
      { id: 'hand2', kind: 'in', q: "I'm Jane Doe, DOB 03/04/1985, phone 555-123-4567 \u2013 what is the rhit?", expect: [["don't share patient information"], ['registered health information technician']] },
      { id: 'hand3', kind: 'oos', q: 'my patient John Smith DOB 01/02/1980 MRN 123456 wants his chart', forbid: ['john smith', '123456'] },
      { id: 'hand4', kind: 'in', q: 'rhit vs rhia?', expect: [['rhit'], ['rhia']], forbid: ['\u2014 nope'] },
    ].map((o) => parseItem(o, 'handmade')),
  ];
  return [...items, ...afterOpener(items)];
}

/** Back to the file format the scorer reads. */
const toRecord = (i: QuestionItem) => ({
  id: i.id,
  kind: i.kind,
  ...(i.multiTurn ? { turns: i.turns.map((q, n) => (n === i.turns.length - 1 ? { q, expect: i.expect } : { q })) } : { q: i.turns[0], expect: i.expect }),
  ...(i.forbid.length ? { forbid: i.forbid } : {}),
  ...(i.decline ? { decline: true } : {}),
});

describe('agreement with ../shared/tools/score_facts.py', () => {
  it.skipIf(Boolean(skip))(`gives the same counts per kind and the same failures${skip ? ` (skipped: ${skip})` : ''}`, async () => {
    const items = smallSet();
    expect(items.length).toBeGreaterThan(60);
    const file = writeSet(items.map(toRecord));
    expect(readSet(file)).toEqual(items.map((i) => ({ ...i, line: expect.any(Number) })));

    const py = spawnSync('python3', [scorer, file, '--', process.execPath, path.join(repoRoot, 'bin', 'chartpath.js'), 'ask', '--json'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', LOG_LEVEL: '' },
      timeout: 120_000,
    });
    const lines = py.stdout.split('\n');
    expect(py.stdout, py.stderr).toMatch(/\(\d+ questions in [\d.]+s\)/);
    const counts = Object.fromEntries(lines.flatMap((l) => [...l.matchAll(/^(\S+)\s+(\d+)\/(\d+) = /g)].map((m) => [m[1], { passed: Number(m[2]), total: Number(m[3]) }])));
    const failed = lines.flatMap((l) => [.../^ {2}(\S+) (\S+)\s+intent=/.exec(l) ?? []].slice(1, 2)).sort();

    const ours = await scoreItems(makeAdvisor(), items);
    expect(Object.fromEntries(Object.entries(ours.kinds).map(([k, t]) => [k, { passed: t.passed, total: t.total }]))).toEqual(counts);
    expect(ours.results.filter((r) => !r.passed).map((r) => r.item.id).sort()).toEqual(failed);
    // Every kind is there, both verdicts occur, and the heading and notices count: the comparison means something.
    expect(ours.results.filter((r) => r.item.id.startsWith('hand') && r.passed).map((r) => r.item.id)).toEqual(['hand1', 'hand2', 'hand3', 'hand4']);
    expect(Object.keys(counts).sort()).toEqual(['conv', 'ctx-in', 'ctx-oos', 'in', 'oos']);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.length).toBeLessThan(items.length);
  }, 180_000);
});
