// The HTML report a curator opens to decide which examples to add or rewrite: one self-contained file
// (inline CSS and SVG, no scripts), every text escaped.
import path from 'node:path';
import { curveSvg, heatMapSvg, intentOrder } from './charts.js';
import { checkGate, type AcceptedFigures, type GateResult } from './gate.js';
import { esc, pct } from './html.js';
import type { Evaluation } from './run.js';
import { describeRow } from './sweep.js';

export interface ReportOptions {
  accepted?: AcceptedFigures | undefined;
  tolerance?: number | undefined;
  intentTolerance?: number | undefined;
  now?: Date;
}

const CSS = `
body { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #222; margin: 0 auto; max-width: 1180px; padding: 16px 28px 60px; line-height: 1.45; }
h1 { margin-bottom: 4px; } h2 { margin-top: 40px; border-bottom: 2px solid #ddd; padding-bottom: 4px; }
.meta { color: #666; font-size: 13px; }
.how { background: #f4f7fb; border-left: 4px solid #4e79a7; padding: 8px 14px; font-size: 14px; margin: 10px 0 14px; }
.how p { margin: 4px 0; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
.card { border: 1px solid #ddd; border-radius: 6px; padding: 10px 14px; min-width: 150px; }
.card .v { font-size: 26px; font-weight: bold; } .card .l { font-size: 12px; color: #555; } .card .d { font-size: 12px; }
.up { color: #2e7d32; } .down { color: #c62828; } .flat { color: #777; }
.verdict { padding: 8px 12px; border-radius: 4px; font-weight: bold; display: inline-block; }
.verdict.pass { background: #e8f5e9; color: #1b5e20; } .verdict.fail { background: #ffebee; color: #b71c1c; }
table { border-collapse: collapse; font-size: 13px; width: 100%; margin: 8px 0; }
th, td { border-bottom: 1px solid #e5e5e5; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f5f5f5; position: sticky; top: 0; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.bad td { background: #fff1f0; } tr.warn td { background: #fffbea; } tr.mark td { background: #eef6ff; font-weight: bold; }
.bar { display: inline-block; height: 8px; background: #4e79a7; vertical-align: middle; margin-left: 4px; }
.bar.low { background: #c62828; }
.sub { color: #666; font-size: 12px; }
code { font-size: 12px; background: #f3f3f3; padding: 0 3px; border-radius: 3px; }
.scroll { overflow-x: auto; border: 1px solid #eee; padding: 6px; }
.pair { border: 1px solid #e3e3e3; border-radius: 6px; padding: 8px 12px; margin: 10px 0; }
.pair h3 { margin: 0 0 4px; font-size: 15px; }
.pair ul { margin: 2px 0 6px; padding-left: 22px; font-size: 13px; }
.q { font-style: italic; }
svg .cell:hover { stroke: #000; stroke-width: 1.5; }
`;

function figureCard(label: string, value: number, detail: string, accepted: number | undefined): string {
  let delta = '';
  if (accepted !== undefined) {
    const d = Math.round((value - accepted) * 1000) / 10 || 0;
    const cls = Math.abs(d) < 0.05 ? 'flat' : d > 0 ? 'up' : 'down';
    delta = `<div class="d ${cls}">${esc(`${d >= 0 ? '+' : ''}${d.toFixed(1)} points vs accepted ${pct(accepted)}`)}</div>`;
  }
  return `<div class="card"><div class="v">${esc(pct(value))}</div><div class="l">${esc(label)}</div><div class="sub">${esc(detail)}</div>${delta}</div>`;
}

const bar = (share: number) => `<span class="bar${share < 0.8 ? ' low' : ''}" style="width:${Math.round(share * 60)}px"></span>`;

export function renderReport(e: Evaluation, options: ReportOptions = {}): string {
  const kb = e.kb;
  const accepted = options.accepted;
  const gate: GateResult | undefined = accepted
    ? checkGate(e.figures, accepted, { tolerance: options.tolerance, intentTolerance: options.intentTolerance })
    : undefined;
  const now = options.now ?? new Date();
  const order = intentOrder(kb);
  const byId = kb.byId;
  const topics = kb.intents.filter((i) => i.kind === 'topic').length;
  const out: string[] = [];
  const h = e.heldout;
  const f = e.followups;

  out.push(
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>ChartPath evaluation report</title>',
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<h1>ChartPath evaluation report</h1>',
    `<p class="meta">${esc(
      `Generated ${now.toISOString().replace('T', ' ').slice(0, 16)} UTC from ${kb.root}: ${topics} topics, ${kb.intents.length - topics} conversation intents, ` +
        `${e.cv.items.length} examples. Answer threshold ${e.threshold}. Cross-validation: ${e.cv.folds} folds, seed ${e.cv.seed}.`,
    )}</p>`,
  );

  // Summary.
  out.push(
    '<h2 id="summary">Summary</h2>',
    '<div class="how"><p><b>What these numbers are.</b> <i>CV accuracy</i> and <i>macro-F1</i> come from cross-validation: the examples are split into folds, and each fold is predicted by a classifier trained on the others, so every example is judged by a model that never saw it. Macro-F1 weighs every intent the same, so one badly served topic shows. The <i>held-out</i> figures come from questions written without looking at the examples, asked one by one through the real advisor; <i>follow-ups</i> are the second and later turns of short conversations, which only make sense with what was said before.</p></div>',
    '<div class="cards">',
    figureCard('CV accuracy', e.cv.accuracy, `${e.cv.items.filter((i) => i.expected === i.predicted).length}/${e.cv.items.length} examples`, accepted?.cvAccuracy),
    figureCard('CV macro-F1', e.cv.macroF1, `mean over ${e.cv.scores.length} intents`, accepted?.cvMacroF1),
    figureCard('held-out in-scope accuracy', h.inScope.share, `${h.inScope.correct}/${h.inScope.total} topic questions`, accepted?.heldoutInScope),
    figureCard('out-of-scope rejection', h.oosRejection.share, `${h.oosRejection.correct}/${h.oosRejection.total} not answered`, accepted?.oosRejection),
    figureCard('follow-up accuracy', f.followups.share, `${f.followups.correct}/${f.followups.total} later turns`, accepted?.followupAccuracy),
    figureCard('conversation replies', h.conversation.share, `${h.conversation.correct}/${h.conversation.total} greetings, thanks...`, undefined),
    '</div>',
  );
  if (gate && accepted) {
    const failed = gate.checks.filter((c) => c.failed).map((c) => c.label);
    out.push(
      `<p><span class="verdict ${gate.passed ? 'pass' : 'fail'}">${esc(
        gate.passed
          ? `Quality gate: passes (no gated figure dropped more than ${gate.tolerance} points, or one question on a small set, below the figures accepted ${accepted.acceptedAt})`
          : `Quality gate: FAILS (${failed.join(', ')} dropped more than ${gate.tolerance} points, or one question on a small set, below the figures accepted ${accepted.acceptedAt})`,
      )}</span></p>`,
    );
    if (gate.worse.length) {
      out.push(
        `<p>${esc(`Intents whose CV recall dropped more than ${gate.intentTolerance} points: `)}${gate.worse
          .map((w) => `<a href="#intent-${esc(w.intent)}">${esc(w.intent)}</a> ${esc(`${pct(w.accepted)} → ${pct(w.current)}`)}`)
          .join(', ')}</p>`,
      );
    }
  } else {
    out.push('<p class="sub">No accepted figures to compare with (eval/accepted.json): run <code>chartpath eval --accept</code> to record them.</p>');
  }
  out.push(
    '<p class="sub">Where to start: the intents at the top of the <a href="#intents">per-intent table</a>, the <a href="#pairs">confused pairs</a> (with the examples that went wrong) and the <a href="#misses">held-out misses</a> (real questions the bot got wrong: the best source of new examples).</p>',
  );

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
    `<div class="how"><p><b>How to read it.</b> <i>Recall</i>: the share of an intent's own examples the classifier gave back to it (low recall: its examples look like another intent's; add examples that say what is particular about it). <i>Precision</i>: of everything the classifier put in this intent, the share that belonged there (low precision: it swallows other intents' questions; make its examples less generic). <i>Taken for</i> is where its examples went most often, <i>takes from</i> the intent it swallowed most. <i>Held-out</i> counts the independent questions answered right. Rows under 80% F1 are red, under 90% yellow.${accepted ? ' <i>Recall change</i> compares with the accepted figures.' : ''}</p></div>`,
    '<table>',
    `<tr><th>intent</th><th>group</th><th>examples</th><th>precision</th><th>recall</th><th>F1</th>${accepted ? '<th>recall change</th>' : ''}<th>taken for</th><th>takes from</th><th>held-out</th><th>file</th></tr>`,
  );
  for (const s of scores) {
    const intent = byId.get(s.intent);
    const cls = s.f1 < 0.8 ? 'bad' : s.f1 < 0.9 ? 'warn' : '';
    const taken = mostTakenFor(s.intent);
    const takes = takesFrom(s.intent);
    const held = h.byIntent[s.intent];
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
        `<td class="n">${held ? esc(`${held.correct}/${held.total}`) : ''}</td>` +
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

  // Held-out misses.
  const misses = h.outcomes.filter((o) => !o.correct);
  const kindOrder = { 'in-scope': 0, oos: 1, conversation: 2 } as const;
  misses.sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || (a.question.intent ?? a.question.category ?? '').localeCompare(b.question.intent ?? b.question.category ?? ''));
  const kindLabel = { 'in-scope': 'topic question', oos: 'out of scope', conversation: 'conversation' } as const;
  out.push(
    '<h2 id="misses">Held-out misses</h2>',
    `<div class="how"><p><b>How to read it.</b> Questions from <code>${esc(path.basename(h.file))}</code> the advisor got wrong at the current threshold (${esc(String(e.threshold))}). A <i>topic question</i> is a miss when it is not answered with the expected topic: "not sure" means its top confidence was below the threshold (the topic needs examples phrased like this question), another topic id means it was answered wrongly (the two topics' examples need to say what is different). An <i>out-of-scope</i> miss is a question the bot should have declined but answered: a decline intent (conversation/decline-*.md) needs an example like it. Confidence is the advisor's confidence for the reply it gave.</p></div>`,
    `<p>${esc(`${misses.length} misses: ${h.inScope.total - h.inScope.correct} of ${h.inScope.total} topic questions, ${h.oosRejection.total - h.oosRejection.correct} of ${h.oosRejection.total} out-of-scope questions, ${h.conversation.total - h.conversation.correct} of ${h.conversation.total} conversation messages.`)}</p>`,
    '<table><tr><th>kind</th><th>question</th><th>expected</th><th>got</th><th>confidence</th></tr>',
  );
  for (const o of misses) {
    const expected = o.question.oos ? `out of scope (${o.question.category ?? 'other'})` : o.question.intent!;
    out.push(
      `<tr><td>${esc(kindLabel[o.kind])}</td><td class="q">${esc(o.question.text)}</td><td>${esc(expected)}</td><td>${esc(o.got)}</td><td class="n">${esc(o.confidence.toFixed(2))}</td></tr>`,
    );
  }
  out.push('</table>');

  const fuMisses = f.turns.filter((t) => !t.correct && t.position > 0);
  out.push(
    '<h3 id="followup-misses">Follow-up misses</h3>',
    `<p class="sub">${esc(`Later turns of the conversations in ${path.basename(f.file)} answered with the wrong topic (${fuMisses.length} of ${f.followups.total}). The earlier turns are shown: the question only makes sense with them.`)}</p>`,
    '<table><tr><th>conversation</th><th>earlier turns</th><th>question</th><th>expected</th><th>got</th><th>confidence</th></tr>',
  );
  for (const t of fuMisses) {
    out.push(
      `<tr><td>${esc(t.turn.session)}</td><td class="sub">${t.previous.map((p) => esc(p)).join('<br>')}</td><td class="q">${esc(t.turn.text)}</td><td>${esc(t.turn.intent)}</td><td>${esc(t.got)}</td><td class="n">${esc(t.confidence.toFixed(2))}</td></tr>`,
    );
  }
  out.push('</table>');

  // Threshold sweep.
  out.push('<h2 id="threshold">Answer threshold</h2>');
  if (e.sweep) {
    const s = e.sweep;
    const cur = s.rows.find((r) => r.threshold === s.current)!;
    const best = s.rows.find((r) => r.threshold === s.best)!;
    out.push(
      '<div class="how"><p><b>How to read it.</b> The bot answers only when its top confidence reaches the answer threshold (src/core/thresholds.ts); below it, it says it is not sure and offers choices. Raising the threshold turns away more out-of-scope questions (orange rises) but also more real ones (blue falls). Each point is the real advisor run at that threshold on the held-out questions; the dotted blue line is the same for the knowledge base\'s own examples in cross-validation. The recommended threshold maximises the balanced figure (the mean of in-scope accuracy and out-of-scope rejection); change the threshold only when the gain is clear, and re-run the gate.</p></div>',
      `<p>${esc(
        s.best === s.current
          ? `The current threshold ${s.current} is also the best balanced one (${describeRow(cur)}).`
          : `Best balanced threshold: ${s.best} (${describeRow(best)}). Current: ${s.current} (${describeRow(cur)}).`,
      )}</p>`,
      `<div class="scroll">${curveSvg(s)}</div>`,
      '<table><tr><th>threshold</th><th>held-out in-scope</th><th>out-of-scope rejected</th><th>balanced</th><th>conversation</th><th>follow-ups</th><th>CV in-scope</th><th></th></tr>',
    );
    for (const r of s.rows) {
      const marks = [r.threshold === s.current ? 'current' : '', r.threshold === s.best ? 'best balanced' : ''].filter(Boolean).join(', ');
      out.push(
        `<tr${marks ? ' class="mark"' : ''}><td class="n">${esc(r.threshold.toFixed(2))}</td><td class="n">${esc(pct(r.inScope))}</td><td class="n">${esc(pct(r.oosRejection))}</td><td class="n">${esc(pct(r.balanced))}</td><td class="n">${esc(pct(r.conversation))}</td><td class="n">${esc(pct(r.followups))}</td><td class="n">${r.cvInScope === undefined ? '' : esc(pct(r.cvInScope))}</td><td>${esc(marks)}</td></tr>`,
      );
    }
    out.push('</table>');
  } else {
    out.push('<p class="sub">The threshold sweep was not run.</p>');
  }

  out.push(
    `<p class="sub">${esc(`Made by chartpath eval in ${e.timings.total.toFixed(1)} s. Regenerate with: npx chartpath eval (npm run eval).`)}</p>`,
    '</body>',
    '</html>',
    '',
  );
  return out.join('\n');
}

function topOf(row: ReadonlyMap<string, number> | undefined, keep: (key: string) => boolean): [string, number] | undefined {
  let best: [string, number] | undefined;
  for (const [k, n] of row ?? []) if (keep(k) && (!best || n > best[1])) best = [k, n];
  return best;
}
