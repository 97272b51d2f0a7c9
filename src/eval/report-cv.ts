// The cross-validation part of the HTML report: the confusion heat map, the per-intent table (worst first)
// and the most confused pairs with the examples that went the wrong way.
import { heatMapSvg, intentOrder } from './charts.js';
import type { AcceptedFigures } from './gate.js';
import { esc, pct } from './html.js';
import type { Evaluation } from './run.js';
import { mustDecline } from './sets.js';

const bar = (share: number) => `<span class="bar${share < 0.8 ? ' low' : ''}" style="width:${Math.round(share * 60)}px"></span>`;

function topOf(row: ReadonlyMap<string, number> | undefined, keep: (key: string) => boolean): [string, number] | undefined {
  let best: [string, number] | undefined;
  for (const [k, n] of row ?? []) if (keep(k) && (!best || n > best[1])) best = [k, n];
  return best;
}

/** Per intent: the questions of the sets answered with it (to be answered, not declined), and how many passed. */
function answeredInSets(e: Evaluation): Map<string, { passed: number; total: number }> {
  const counts = new Map<string, { passed: number; total: number }>();
  for (const s of e.sets) {
    for (const r of s.score?.results ?? []) {
      if (!r.answered || !r.intent || mustDecline(r.item)) continue;
      const c = counts.get(r.intent) ?? { passed: 0, total: 0 };
      c.passed += r.passed ? 1 : 0;
      c.total += 1;
      counts.set(r.intent, c);
    }
  }
  return counts;
}

export function crossValidationSections(e: Evaluation, accepted: AcceptedFigures | undefined): string[] {
  const out: string[] = [];
  const byId = e.kb.byId;
  const order = intentOrder(e.kb);
  const inSets = answeredInSets(e);
  // Heat map.
  out.push(
    '<h2 id="heatmap">Confusion matrix (cross-validation)</h2>',
    '<div class="how"><p><b>How to read it.</b> Each row is an intent, each column the intent the classifier chose for that row\'s examples; intents are grouped as in the topic browser (the coloured bands), conversation intents last. Green squares on the diagonal are right answers; every red square off the diagonal is a confusion, darker when it takes a larger share of the row. Hover over a square for the counts. Red squares that cluster inside one band are topics of one group that overlap; a red square far from the diagonal is a surprising confusion worth reading in the <a href="#pairs">confused pairs</a>.</p></div>',
    `<div class="scroll">${heatMapSvg(order, e.cv.confusion)}</div>`,
  );

  // Per-intent table.
  const mostTakenFor = (id: string) => topOf(e.cv.confusion.get(id), (p) => p !== id);
  const takesFrom = (id: string) => {
    let best: [string, number] | undefined;
    for (const [expected, row] of e.cv.confusion) {
      if (expected === id) continue;
      const n = row.get(id) ?? 0;
      if (n && (!best || n > best[1])) best = [expected, n];
    }
    return best;
  };
  const scores = [...e.cv.scores].sort((a, b) => a.f1 - b.f1 || a.recall - b.recall || a.intent.localeCompare(b.intent));
  out.push(
    '<h2 id="intents">Per intent, worst first</h2>',
    `<div class="how"><p><b>How to read it.</b> <i>Recall</i>: the share of an intent's own examples the classifier gave back to it (low recall: its examples look like another intent's; add examples that say what is particular about it). <i>Precision</i>: of everything the classifier put in this intent, the share that belonged there (low precision: it swallows other intents' questions; make its examples less generic). <i>Taken for</i> is where its examples went most often, <i>takes from</i> the intent it swallowed most. <i>In the sets</i> counts the questions of the question sets whose last reply was this intent's answer, and how many of them carried the expected facts. Rows under 80% F1 are red, under 90% yellow.${accepted ? ' <i>Recall change</i> compares with the accepted figures.' : ''}</p></div>`,
    '<table>',
    `<tr><th>intent</th><th>group</th><th>examples</th><th>precision</th><th>recall</th><th>F1</th>${accepted ? '<th>recall change</th>' : ''}<th>taken for</th><th>takes from</th><th>in the sets</th><th>file</th></tr>`,
  );
  for (const s of scores) {
    const intent = byId.get(s.intent);
    const cls = s.f1 < 0.8 ? 'bad' : s.f1 < 0.9 ? 'warn' : '';
    const taken = mostTakenFor(s.intent);
    const takes = takesFrom(s.intent);
    const held = inSets.get(s.intent);
    const before = accepted?.intentRecall[s.intent];
    const delta = before === undefined ? 0 : Math.round((s.recall - before) * 1000) / 10 || 0;
    const change = before === undefined ? '' : `${delta >= 0 ? '+' : ''}${delta.toFixed(1)}`;
    out.push(
      `<tr id="intent-${esc(s.intent)}"${cls ? ` class="${cls}"` : ''}>` +
        `<td><b>${esc(s.intent)}</b><br><span class="sub">${esc(intent?.title ?? '')}</span></td>` +
        `<td>${esc(intent?.kind === 'topic' ? (intent.group ?? '') : (intent?.kind ?? ''))}</td>` +
        `<td class="n">${s.support}</td>` +
        `<td class="n">${esc(pct(s.precision))}${bar(s.precision)}</td>` +
        `<td class="n">${esc(pct(s.recall))}${bar(s.recall)}</td>` +
        `<td class="n">${esc(pct(s.f1))}</td>` +
        (accepted ? `<td class="n ${change.startsWith('-') ? 'down' : ''}">${esc(change)}</td>` : '') +
        `<td>${taken ? `${esc(taken[0])} <span class="sub">×${taken[1]}</span>` : ''}</td>` +
        `<td>${takes ? `${esc(takes[0])} <span class="sub">×${takes[1]}</span>` : ''}</td>` +
        `<td class="n">${held ? esc(`${held.passed}/${held.total}`) : ''}</td>` +
        `<td><code>${esc(intent?.file ?? '')}</code></td></tr>`,
    );
  }
  out.push('</table>');

  // Confused pairs.
  out.push(
    '<h2 id="pairs">Most confused pairs</h2>',
    '<div class="how"><p><b>How to read it.</b> Pairs of intents whose examples were mistaken for each other in cross-validation, both directions added up. Under each direction are the examples that went the wrong way: read them and ask whether they really belong where they are. Usually the fix is to rewrite or add examples so that each side says what is different about it (the README\'s advice), or, when the two topics truly overlap, to merge or sharpen the topics themselves.</p></div>',
  );
  if (!e.cv.pairs.length) out.push('<p>No confusions at all.</p>');
  for (const p of e.cv.pairs) {
    const dir = (from: string, to: string, n: number, list: string[]) =>
      n
        ? `<p>${esc(`${n} example${n === 1 ? '' : 's'} of `)}<b>${esc(from)}</b> ${esc(`(${byId.get(from)?.file ?? ''})`)} taken for <b>${esc(to)}</b>:</p><ul>${list.map((q) => `<li class="q">${esc(q)}</li>`).join('')}${n > list.length ? `<li class="sub">${esc(`and ${n - list.length} more`)}</li>` : ''}</ul>`
        : '';
    out.push(
      `<div class="pair"><h3>${esc(`${p.a} ↔ ${p.b}: ${p.total}`)}</h3><p class="sub">${esc(`${byId.get(p.a)?.title ?? p.a} / ${byId.get(p.b)?.title ?? p.b}`)}</p>` +
        dir(p.a, p.b, p.aAsB, p.aAsBExamples) +
        dir(p.b, p.a, p.bAsA, p.bAsAExamples) +
        '</div>',
    );
  }

  return out;
}
