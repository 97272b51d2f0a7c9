// report-cv.ts: the report's cross-validation sections (heat map, per-intent table worst first, confused pairs), from a small evaluation.
import { describe, expect, it } from 'vitest';
import type { AcceptedFigures } from '../../src/eval/gate.js';
import { crossValidationSections } from '../../src/eval/report-cv.js';
import type { Evaluation } from '../../src/eval/run.js';

const intent = (id: string, group: string) => ({ id, kind: 'topic', group, title: `Title of ${id}`, file: `knowledge/${group}/${id}.md` });
const item = (kind: string, decline = false) => ({ id: 'q', kind, turns: ['?'], multiTurn: false, expect: [], forbid: [], decline, line: 1 });
const score = (intentId: string, f1: number, recall: number, precision = f1) => ({ intent: intentId, f1, recall, precision, support: 10 });

function evaluation(pairs: unknown[] = []): Evaluation {
  const intents = [intent('coding-a', 'coding'), intent('role-b', 'role'), intent('cert-c', 'certifications')];
  return {
    kb: { intents, byId: new Map(intents.map((i) => [i.id, i])) },
    sets: [
      {
        score: {
          results: [
            { answered: true, intent: 'role-b', passed: true, item: item('in') },
            { answered: true, intent: 'role-b', passed: false, item: item('in') },
            { answered: true, intent: 'role-b', passed: true, item: item('in', true) },
            { answered: true, intent: 'role-b', passed: true, item: item('oos') },
            { answered: false, intent: 'role-b', passed: true, item: item('in') },
          ],
        },
      },
      { score: undefined },
    ],
    cv: {
      confusion: new Map([
        ['coding-a', new Map([['coding-a', 7], ['role-b', 3]])],
        ['role-b', new Map([['role-b', 10]])],
        ['cert-c', new Map([['cert-c', 8], ['role-b', 2]])],
      ]),
      scores: [score('role-b', 0.95, 1), score('coding-a', 0.85, 0.7), score('cert-c', 0.7, 0.8)],
      pairs,
    },
  } as unknown as Evaluation;
}

const html = (e: Evaluation, accepted?: AcceptedFigures) => crossValidationSections(e, accepted).join('\n');
const rows = (out: string) => [...out.matchAll(/<tr id="intent-([^"]+)"/g)].map((m) => m[1]);
const row = (out: string, id: string) => out.slice(out.indexOf(`<tr id="intent-${id}"`)).split('</tr>')[0]!;

describe('crossValidationSections', () => {
  it('has the heat map, the per-intent table and the pairs, in that order', () => {
    const out = html(evaluation());
    const at = ['id="heatmap"', '<svg', 'id="intents"', 'id="pairs"'].map((s) => out.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(out).toContain('<rect class="cell"');
  });

  it('lists intents worst F1 first, red under 80% and yellow under 90%', () => {
    const out = html(evaluation());
    expect(rows(out)).toEqual(['cert-c', 'coding-a', 'role-b']);
    expect(row(out, 'cert-c')).toContain('class="bad"');
    expect(row(out, 'coding-a')).toContain('class="warn"');
    expect(row(out, 'role-b')).not.toMatch(/class="(bad|warn)"/);
  });

  it('says where an intent\'s examples went most and which intent it takes most from', () => {
    const out = html(evaluation());
    expect(row(out, 'coding-a')).toContain('<td>role-b <span class="sub">×3</span></td>');
    expect(row(out, 'role-b')).toContain('<td>coding-a <span class="sub">×3</span></td>');
  });

  it('counts the answered set questions per intent, leaving out ones that had to be declined and unanswered ones', () => {
    expect(row(html(evaluation()), 'role-b')).toContain('<td class="n">1/2</td>');
  });

  it('shows the recall change against accepted figures only when there are some', () => {
    expect(html(evaluation())).not.toContain('recall change');
    const out = html(evaluation(), { intentRecall: { 'coding-a': 0.75, 'role-b': 0.9 } } as unknown as AcceptedFigures);
    expect(out).toContain('<th>recall change</th>');
    expect(row(out, 'coding-a')).toContain('<td class="n down">-5.0</td>');
    expect(row(out, 'role-b')).toContain('<td class="n ">+10.0</td>');
    expect(row(out, 'cert-c')).toContain('<td class="n ">');
  });

  it('says so when nothing was confused', () => {
    expect(html(evaluation())).toContain('<p>No confusions at all.</p>');
  });

  it('shows each confused pair with its examples in both directions, and how many more there were', () => {
    const pair = { a: 'coding-a', b: 'role-b', total: 4, aAsB: 3, aAsBExamples: ['what is ICD <10>?', 'codes'], bAsA: 1, bAsAExamples: ['a job'] };
    const out = html(evaluation([pair]));
    expect(out).not.toContain('No confusions at all');
    expect(out).toContain('<h3>coding-a ↔ role-b: 4</h3>');
    expect(out).toContain('<p class="sub">Title of coding-a / Title of role-b</p>');
    expect(out).toContain('<p>3 examples of <b>coding-a</b> (knowledge/coding/coding-a.md) taken for <b>role-b</b>:</p>');
    expect(out).toContain('<li class="q">what is ICD &lt;10&gt;?</li>');
    expect(out).toContain('<li class="sub">and 1 more</li>');
    expect(out).toContain('<p>1 example of <b>role-b</b>');
  });

  it('leaves out a direction with no examples taken', () => {
    const pair = { a: 'coding-a', b: 'role-b', total: 3, aAsB: 3, aAsBExamples: ['x'], bAsA: 0, bAsAExamples: [] };
    expect(html(evaluation([pair]))).not.toContain('of <b>role-b</b>');
  });
});
