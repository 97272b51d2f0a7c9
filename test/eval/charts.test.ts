// charts.ts: the report's intent order, and the SVG heat map and sweep curve (cells, colours, positions, escaping).
import { describe, expect, it } from 'vitest';
import { CURVE_SERIES, curveSvg, heatMapSvg, intentOrder, type OrderedIntent } from '../../src/eval/charts.js';
import type { Intent, KnowledgeBase } from '../../src/knowledge/types.js';

const intent = (id: string, kind: Intent['kind'], group?: string): Intent => ({ id, title: `Title of ${id}`, kind, group }) as unknown as Intent;
const kb = (intents: Intent[]) => ({ intents }) as unknown as KnowledgeBase;
const ordered = (...ids: string[]): OrderedIntent[] => ids.map((id) => ({ id, title: id, band: 'role', bandTitle: 'The role' }));
const count = (svg: string, re: RegExp) => svg.match(re)?.length ?? 0;

describe('intentOrder', () => {
  it('puts topics by group in the browser order, then conversation intents by kind, file order within each', () => {
    const order = intentOrder(kb([
      intent('thanks-1', 'thanks'),
      intent('cert-b', 'topic', 'certifications'),
      intent('hello', 'greeting'),
      intent('role-a', 'topic', 'role'),
      intent('cert-a', 'topic', 'certifications'),
      intent('odd', 'topic', 'no-such-group'),
    ]));
    expect(order.map((o) => o.id)).toEqual(['role-a', 'cert-b', 'cert-a', 'odd', 'hello', 'thanks-1']);
  });

  it('names the band: the group title for topics, "conversation: kind" for the rest', () => {
    const [role, conv] = intentOrder(kb([intent('hi', 'greeting'), intent('role-a', 'topic', 'role')]));
    expect(role).toEqual({ id: 'role-a', title: 'Title of role-a', band: 'role', bandTitle: 'The role' });
    expect(conv).toEqual({ id: 'hi', title: 'Title of hi', band: 'greeting', bandTitle: 'conversation: greeting' });
  });
});

describe('heatMapSvg', () => {
  const confusion = new Map([
    ['a', new Map([['a', 9], ['b', 1]])],
    ['b', new Map([['b', 0], ['gone', 4]])],
  ]);

  it('draws one cell per non-empty pair of intents in the order, skipping zero counts and unknown ids', () => {
    const svg = heatMapSvg(ordered('a', 'b'), confusion);
    expect(count(svg, /<rect class="cell"/g)).toBe(2);
    expect(svg).toContain('data-expected="a" data-predicted="a" data-count="9"');
    expect(svg).toContain('data-expected="a" data-predicted="b" data-count="1"');
    expect(svg).not.toContain('data-predicted="gone"');
    expect(svg).toContain('aria-label="Confusion matrix of the cross-validation, 2 intents"');
  });

  it('colours right answers green and mistakes red, shaded by the share of the row', () => {
    const svg = heatMapSvg(ordered('a', 'b'), confusion);
    // right: 0.2 + 0.8 * 0.9 = 0.92; mistaken: 0.3 + 2.8 * 0.1 = 0.58
    expect(svg).toContain('fill="#2e7d32" fill-opacity="0.92" data-expected="a" data-predicted="a"');
    expect(svg).toContain('fill="#c62828" fill-opacity="0.58" data-expected="a" data-predicted="b"');
    expect(svg).toContain('<title>a: 9 of 10 examples right (90.0%)</title>');
    expect(svg).toContain('<title>a taken for b: 1 of 10 examples (10.0%)</title>');
  });

  it('places a cell at its column and row (labels at least 8 characters wide: left = top = 67)', () => {
    const svg = heatMapSvg(ordered('a', 'b'), confusion);
    expect(svg).toContain('<rect class="cell" x="78.5" y="67.5" width="10" height="10" fill="#c62828"');
  });

  it('escapes ids and titles', () => {
    const order = [{ id: 'x<y', title: 'A & "B"', band: 'role', bandTitle: "Role's" }];
    const svg = heatMapSvg(order, new Map([['x<y', new Map([['x<y', 1]])]]));
    expect(svg).not.toContain('x<y');
    expect(svg).toContain('data-expected="x&lt;y"');
    expect(svg).toContain('x&lt;y: A &amp; &quot;B&quot;');
    expect(svg).toContain('Role&#39;s (1)');
  });
});

describe('curveSvg', () => {
  const points = [
    { x: 0, values: { in: 0.9, oos: 0.8 } },
    { x: 1, values: { in: 0.95, oos: 0.85 } },
  ];

  it('draws a line and a legend entry for each series that has values, and none for the others', () => {
    const svg = curveSvg(points, 0.5, 'threshold');
    expect(count(svg, /<path /g)).toBe(2);
    expect(count(svg, /<circle /g)).toBe(4);
    expect(svg).toContain(`>${CURVE_SERIES[0]!.label}</text>`);
    expect(svg).not.toContain(CURVE_SERIES[2]!.label);
  });

  it('maps x across the plot (52 to 690) and marks the current value', () => {
    const svg = curveSvg(points, 0.5, 'threshold');
    expect(svg).toContain('<line x1="371" y1="38"');
    expect(svg).toContain('>current 0.5</text>');
    expect(svg).toMatch(/<path d="M52 [\d.]+ L690 [\d.]+"/);
  });

  it('starts the y axis at most at 50%, lower when a value is lower', () => {
    const high = curveSvg(points, 0.5, 't');
    expect(high).toContain('>50%</text>');
    expect(high).not.toContain('>40%</text>');
    const low = curveSvg([{ x: 0, values: { in: 0.33 } }, { x: 1, values: { in: 0.5 } }], 0.5, 't');
    expect(low).toContain('>30%</text>');
    expect(low).not.toContain('>20%</text>');
  });

  it('draws a single point without dividing by zero', () => {
    const svg = curveSvg([{ x: 0.4, values: { in: 0.9 } }], 0.4, 't');
    expect(svg).not.toMatch(/NaN|Infinity/);
    expect(svg).toContain('<circle cx="52"');
  });

  it('escapes the axis label and titles', () => {
    const svg = curveSvg(points, 0.5, 'a<b');
    expect(svg).toContain('aria-label="a&lt;b sweep"');
    expect(svg).not.toContain('a<b');
    expect(svg).toContain('<title>0.00: in: answered with the facts 90.0%</title>');
  });
});
