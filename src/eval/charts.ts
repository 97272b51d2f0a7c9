// The report's pictures as plain SVG strings (no browser, no canvas): the confusion-matrix heat map and
// the topic-mass curve. Every text goes through esc().
import { GROUPS, INTENT_KINDS, type Intent, type KnowledgeBase } from '../knowledge/types.js';
import { esc, num, pct } from './html.js';

export interface OrderedIntent {
  id: string;
  title: string;
  /** The topic group, or the conversation kind ("greeting", "decline"...). */
  band: string;
  bandTitle: string;
}

/** Topics by group in the topic browser's order, then conversation intents by kind; file order within each. */
export function intentOrder(kb: KnowledgeBase): OrderedIntent[] {
  const groupRank = new Map<string, number>(Object.keys(GROUPS).map((g, i) => [g, i]));
  const kindRank = new Map<string, number>(INTENT_KINDS.map((k, i) => [k, i]));
  const rank = (i: Intent) => (i.kind === 'topic' ? (groupRank.get(i.group ?? '') ?? 99) : 100 + (kindRank.get(i.kind) ?? 99));
  return kb.intents
    .map((intent, position) => ({ intent, position }))
    .sort((a, b) => rank(a.intent) - rank(b.intent) || a.position - b.position)
    .map(({ intent }) => {
      const band = intent.kind === 'topic' ? (intent.group ?? 'other') : intent.kind;
      const bandTitle = intent.kind === 'topic' ? (GROUPS[intent.group as keyof typeof GROUPS] ?? band) : `conversation: ${intent.kind}`;
      return { id: intent.id, title: intent.title, band, bandTitle };
    });
}

const BAND_COLOURS = ['#4e79a7', '#f28e2b', '#59a14f', '#b07aa1', '#76b7b2', '#edc948', '#9c755f', '#e15759', '#bab0ac', '#86bcb6', '#d37295', '#fabfd2', '#b6992d', '#499894', '#8cd17d', '#79706e'];

/**
 * The confusion matrix as a heat map: rows are the expected intent, columns the predicted one, both in
 * `order`. One <rect class="cell"> per non-empty (expected, predicted) pair, with a <title> for hovering.
 * The diagonal (right answers) is green, the rest red; the shade is the share of the row's examples.
 */
export function heatMapSvg(order: readonly OrderedIntent[], confusion: ReadonlyMap<string, ReadonlyMap<string, number>>): string {
  const n = order.length;
  const cell = 11;
  const labelChars = Math.max(8, ...order.map((o) => o.id.length));
  const labelW = Math.ceil(labelChars * 6.1) + 8;
  const band = 6;
  const left = labelW + band + 4;
  const top = labelW + band + 4;
  const size = n * cell;
  const legendH = 48;
  const width = left + size + 16;
  const height = top + size + legendH;
  const index = new Map(order.map((o, i) => [o.id, i]));
  const bands = [...new Set(order.map((o) => o.band))];
  const colour = (b: string) => BAND_COLOURS[bands.indexOf(b) % BAND_COLOURS.length]!;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="heatmap" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Confusion matrix of the cross-validation, ${n} intents">`,
    `<rect x="${left}" y="${top}" width="${size}" height="${size}" fill="#fafafa" stroke="#ccc"/>`,
  );
  // Group bands and separators.
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && order[i]!.band === order[start]!.band) continue;
    const o = order[start]!;
    const y = top + start * cell;
    const x = left + start * cell;
    const len = (i - start) * cell;
    const title = `<title>${esc(o.bandTitle)} (${i - start})</title>`;
    parts.push(`<rect x="${left - band - 2}" y="${y}" width="${band}" height="${len}" fill="${colour(o.band)}">${title}</rect>`);
    parts.push(`<rect x="${x}" y="${top - band - 2}" width="${len}" height="${band}" fill="${colour(o.band)}">${title}</rect>`);
    if (start > 0) {
      parts.push(`<line x1="${left}" y1="${y}" x2="${left + size}" y2="${y}" stroke="#bbb" stroke-width="0.6"/>`);
      parts.push(`<line x1="${x}" y1="${top}" x2="${x}" y2="${top + size}" stroke="#bbb" stroke-width="0.6"/>`);
    }
    start = i;
  }
  // Labels.
  parts.push('<g class="labels" font-family="Helvetica, Arial, sans-serif" font-size="9.5" fill="#333">');
  order.forEach((o, i) => {
    const c = top + i * cell + cell / 2 + 3.3;
    parts.push(`<text x="${left - band - 5}" y="${num(c)}" text-anchor="end"><title>${esc(`${o.id}: ${o.title}`)}</title>${esc(o.id)}</text>`);
    const x = left + i * cell + cell / 2 + 3.3;
    parts.push(`<text transform="translate(${num(x)} ${top - band - 5}) rotate(-90)" text-anchor="start"><title>${esc(`${o.id}: ${o.title}`)}</title>${esc(o.id)}</text>`);
  });
  parts.push('</g>');
  // Cells.
  parts.push('<g class="cells">');
  for (const o of order) {
    const row = confusion.get(o.id);
    if (!row) continue;
    let total = 0;
    for (const v of row.values()) total += v;
    const r = index.get(o.id)!;
    for (const [predicted, count] of row) {
      const c = index.get(predicted);
      if (c === undefined || count <= 0) continue;
      const share = count / total;
      const right = predicted === o.id;
      const fill = right ? '#2e7d32' : '#c62828';
      const opacity = right ? 0.2 + 0.8 * share : Math.min(1, 0.3 + 2.8 * share);
      const title = right
        ? `${o.id}: ${count} of ${total} examples right (${pct(share)})`
        : `${o.id} taken for ${predicted}: ${count} of ${total} examples (${pct(share)})`;
      parts.push(
        `<rect class="cell" x="${left + c * cell + 0.5}" y="${top + r * cell + 0.5}" width="${cell - 1}" height="${cell - 1}" fill="${fill}" fill-opacity="${num(opacity)}" data-expected="${esc(o.id)}" data-predicted="${esc(predicted)}" data-count="${count}"><title>${esc(title)}</title></rect>`,
      );
    }
  }
  parts.push('</g>');
  // Axis captions and legend.
  const ly = top + size + 18;
  parts.push(
    `<g font-family="Helvetica, Arial, sans-serif" font-size="11" fill="#333">`,
    `<text x="${left}" y="${ly}">rows: the intent an example belongs to; columns: what the classifier chose</text>`,
    `<rect x="${left}" y="${ly + 10}" width="10" height="10" fill="#2e7d32"/><text x="${left + 14}" y="${ly + 19}">right (darker = more of the row)</text>`,
    `<rect x="${left + 210}" y="${ly + 10}" width="10" height="10" fill="#c62828"/><text x="${left + 224}" y="${ly + 19}">mistaken (darker = more of the row)</text>`,
    '</g>',
    '</svg>',
  );
  return parts.join('\n');
}

export interface CurveSeries {
  key: string;
  label: string;
  colour: string;
  dash?: string;
  width: number;
}

/** The sweep's lines: one per kind of question. */
export const CURVE_SERIES: readonly CurveSeries[] = [
  { key: 'in', label: 'in: answered with the facts', colour: '#1f77b4', width: 2.5 },
  { key: 'oos', label: 'oos: declined', colour: '#e8710a', width: 2.5 },
  { key: 'ctx-in', label: 'ctx-in: the same after an opener', colour: '#1f77b4', dash: '6 4', width: 1.8 },
  { key: 'ctx-oos', label: 'ctx-oos: the same after an opener', colour: '#e8710a', dash: '6 4', width: 1.8 },
  { key: 'conv', label: "conv: a conversation's last turn", colour: '#2ca02c', width: 1.4 },
];

export interface CurvePoint {
  x: number;
  /** Shares in [0, 1], by series key. */
  values: Record<string, number | undefined>;
}

/** Each series against the swept value (x), with the current value marked. */
export function curveSvg(points: readonly CurvePoint[], current: number, xLabel: string, series: readonly CurveSeries[] = CURVE_SERIES): string {
  const W = 940;
  const H = 420;
  const m = { left: 52, right: 250, top: 44, bottom: 44 };
  const pw = W - m.left - m.right;
  const ph = H - m.top - m.bottom;
  const xs = points.map((p) => p.x);
  const x0 = xs.length ? Math.min(...xs) : 0;
  const x1 = xs.length && Math.max(...xs) > x0 ? Math.max(...xs) : x0 + 1;
  const values = points.flatMap((p) => series.map((s) => p.values[s.key]).filter((v): v is number => v !== undefined));
  const yMin = values.length ? Math.max(0, Math.min(0.5, Math.floor((Math.min(...values) - 0.02) * 10) / 10)) : 0;
  const x = (t: number) => m.left + ((t - x0) / (x1 - x0)) * pw;
  const y = (v: number) => m.top + (1 - (v - yMin) / (1 - yMin)) * ph;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="curve" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(xLabel)} sweep" font-family="Helvetica, Arial, sans-serif" font-size="11">`,
    `<rect x="${m.left}" y="${m.top}" width="${pw}" height="${ph}" fill="#fcfcfc" stroke="#ccc"/>`,
  ];
  for (const t of xs) {
    parts.push(`<line x1="${num(x(t))}" y1="${m.top}" x2="${num(x(t))}" y2="${m.top + ph}" stroke="#eee"/>`);
    parts.push(`<text x="${num(x(t))}" y="${m.top + ph + 15}" text-anchor="middle" fill="#555">${esc(t.toFixed(2))}</text>`);
  }
  for (let v = yMin; v <= 1.0001; v += 0.1) {
    parts.push(`<line x1="${m.left}" y1="${num(y(v))}" x2="${m.left + pw}" y2="${num(y(v))}" stroke="#eee"/>`);
    parts.push(`<text x="${m.left - 6}" y="${num(y(v) + 4)}" text-anchor="end" fill="#555">${Math.round(v * 100)}%</text>`);
  }
  parts.push(`<text x="${m.left + pw / 2}" y="${H - 8}" text-anchor="middle" fill="#333">${esc(xLabel)}</text>`);
  parts.push(`<line x1="${num(x(current))}" y1="${m.top - 6}" x2="${num(x(current))}" y2="${m.top + ph}" stroke="#b00020" stroke-width="1.5" stroke-dasharray="4 3"/>`);
  parts.push(`<text x="${num(x(current) + 4)}" y="${m.top - 9}" fill="#b00020" font-weight="bold">${esc(`current ${current}`)}</text>`);
  series.forEach((s, i) => {
    const pts = points.filter((p) => p.values[s.key] !== undefined);
    if (!pts.length) return;
    const d = pts.map((p, j) => `${j ? 'L' : 'M'}${num(x(p.x))} ${num(y(p.values[s.key]!))}`).join(' ');
    parts.push(`<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
    for (const p of pts) {
      parts.push(
        `<circle cx="${num(x(p.x))}" cy="${num(y(p.values[s.key]!))}" r="3" fill="${s.colour}" fill-opacity="0.85"><title>${esc(`${p.x.toFixed(2)}: ${s.label} ${pct(p.values[s.key]!)}`)}</title></circle>`,
      );
    }
    const ly = m.top + 10 + i * 20;
    const lx = m.left + pw + 14;
    parts.push(`<line x1="${lx}" y1="${ly}" x2="${lx + 26}" y2="${ly}" stroke="${s.colour}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
    parts.push(`<text x="${lx + 32}" y="${ly + 4}" fill="#333">${esc(s.label)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}
