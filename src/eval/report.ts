// The HTML report a curator opens to decide which examples and answers to change: one self-contained file
// (inline CSS and SVG, no scripts), every text escaped.
import { curveSvg, type CurvePoint } from './charts.js';
import { checkGate, type AcceptedFigures, type GateResult } from './gate.js';
import { esc, pct } from './html.js';
import { crossValidationSections } from './report-cv.js';
import { DRIFT_POINTS, relative, type Evaluation } from './run.js';
import { SWEEP_KINDS } from './sweep.js';
import { driftLine, narrowLine, thresholdsText } from './text.js';

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

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function summarySection(e: Evaluation, accepted: AcceptedFigures | undefined, gate: GateResult | undefined): string[] {
  const out: string[] = [
    '<h2 id="summary">Summary</h2>',
    `<div class="how"><p><b>What these numbers are.</b> Each question set is asked through the real advisor and every reply is scored by its <i>facts</i>: an <code>in</code> question passes when the bot answered and the reply holds one of the expected strings of every group; an <code>oos</code> question passes when the bot declined, redirected or said it was not sure. <code>conv</code> items are short conversations scored on their last turn; <code>ctx-in</code> and <code>ctx-oos</code> are the set's single questions asked again as the second turn after an unrelated career question. The dev and tune sets are tuned on; the holdout set never is: when dev and holdout drift more than ${DRIFT_POINTS} points apart, the bot is being fitted to the dev set. <i>CV accuracy</i> and <i>macro-F1</i> come from cross-validation of the classifier on the knowledge base's own examples.</p></div>`,
    '<div class="cards">',
    figureCard('CV accuracy', e.cv.accuracy, `${e.cv.items.filter((i) => i.expected === i.predicted).length}/${e.cv.items.length} examples`, accepted?.cvAccuracy),
    figureCard('CV macro-F1', e.cv.macroF1, `mean over ${e.cv.scores.length} intents`, accepted?.cvMacroF1),
    '</div>',
    '<table><tr><th>set</th><th>kind</th><th>passed</th><th>share</th>' + (accepted ? '<th>accepted</th><th>change</th>' : '') + '</tr>',
  ];
  for (const s of e.sets) {
    if (!s.score) {
      out.push(`<tr><td><b>${esc(s.spec.name)}</b></td><td colspan="${accepted ? 5 : 3}" class="sub">${esc(`${relative(s.spec.file)}: not found, skipped`)}</td></tr>`);
      continue;
    }
    for (const [kind, t] of Object.entries(s.score.kinds)) {
      const before = accepted?.sets[s.spec.name]?.kinds[kind];
      const check = gate?.checks.find((c) => c.key === `${s.spec.name}.${kind}`);
      const d = before ? Math.round((t.share - before.share) * 1000) / 10 || 0 : 0;
      const cls = check?.failed ? ' class="bad"' : '';
      out.push(
        `<tr${cls}><td><b>${esc(s.spec.name)}</b> <span class="sub">${esc(s.spec.about)}</span></td><td>${esc(kind)}</td><td class="n">${esc(`${t.passed}/${t.total}`)}</td><td class="n">${esc(pct(t.share))}</td>` +
          (accepted
            ? `<td class="n">${before ? esc(`${before.passed}/${before.total} ${pct(before.share)}`) : ''}</td><td class="n ${d < 0 ? 'down' : d > 0 ? 'up' : 'flat'}">${before ? esc(`${d >= 0 ? '+' : ''}${d.toFixed(1)}`) : ''}</td>`
            : '') +
          '</tr>',
      );
    }
  }
  out.push('</table>', `<p>${esc(driftLine(e))}</p>`);
  out.push(`<p class="sub">${e.sets.filter((s) => s.score).map((s) => esc(`${s.spec.name}: ${narrowLine(s.score!)}`)).join('<br>')}</p>`);
  if (gate && accepted) {
    const failed = gate.checks.filter((c) => c.failed).map((c) => c.label);
    out.push(
      `<p><span class="verdict ${gate.passed ? 'pass' : 'fail'}">${esc(
        gate.passed
          ? `Quality gate: passes (no gated figure dropped more than ${gate.tolerance} points, or one question on a small set, below the figures accepted ${accepted.acceptedAt})`
          : `Quality gate: FAILS (${failed.join(', ')} dropped more than ${gate.tolerance} points, or one question on a small set, below the figures accepted ${accepted.acceptedAt})`,
      )}</span></p>`,
    );
    for (const s of gate.skipped) out.push(`<p class="sub">${esc(`${s.set}: not measured (${s.file} not found): its accepted figures are skipped, not failed.`)}</p>`);
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
    '<p class="sub">Where to start: the <a href="#failures">failures</a> of the tuning sets (real questions whose reply lacked a fact or answered what it should have declined), then the intents at the top of the <a href="#intents">per-intent table</a> and the <a href="#pairs">confused pairs</a>.</p>',
  );
  return out;
}

function failuresSection(e: Evaluation): string[] {
  const out: string[] = [
    '<h2 id="failures">Failures</h2>',
    '<div class="how"><p><b>How to read it.</b> Every scored item whose last reply failed, set by set. <i>missing</i> names the first string of each expected group the reply lacked; <i>not answered</i> means the bot declined or was not sure; <i>answered</i> on an out-of-scope item means it should have declined; <i>echoed</i> means a forbidden string appeared. <i>Got</i> is the intent and confidence of the reply; its opening is shown beneath. The holdout set is for measuring only: read its failures to understand, never to tune.</p></div>',
  ];
  for (const s of e.sets) {
    const failed = (s.score?.results ?? []).filter((r) => !r.passed && r.item.kind !== 'either');
    if (!s.score) continue;
    out.push(
      `<h3>${esc(`${s.spec.name}: ${failed.length} of ${s.score.results.length}`)}</h3>`,
      '<table><tr><th>id</th><th>kind</th><th>question</th><th>why</th><th>got</th></tr>',
    );
    for (const r of failed) {
      out.push(
        `<tr><td>${esc(r.item.id)}</td><td>${esc(r.item.kind)}</td><td class="q">${r.item.turns.map((t) => esc(t)).join('<br>')}</td><td>${esc(r.why)}</td>` +
          `<td>${esc(`${r.intent ?? '-'} (${r.confidence.toFixed(2)})`)}<br><span class="sub">${esc(shorten(r.answer.replace(/\s+/g, ' '), 160))}</span></td></tr>`,
      );
    }
    out.push('</table>');
  }
  return out;
}

function sweepSection(e: Evaluation): string[] {
  const out: string[] = ['<h2 id="threshold">Topic-mass sweep</h2>'];
  const s = e.sweep;
  if (!s) return [...out, '<p class="sub">The sweep was not run.</p>'];
  const kinds = SWEEP_KINDS.filter((k) => s.rows.some((r) => r.kinds[k]));
  const points: CurvePoint[] = s.rows.map((r) => ({ x: r.thresholds.topicMass, values: Object.fromEntries(kinds.map((k) => [k, r.kinds[k]?.share])) }));
  out.push(
    `<div class="how"><p><b>How to read it.</b> A message is taken as a question of the field when the classifier gives the topics together at least <i>topicMass</i> of its confidence (or <i>topicMassWithField</i> = topicMass − 0.2 when it uses the field's own words); below that it is declined or answered "not sure". Each point is the same trained model read with that value (src/understanding/thresholds.ts; nothing is changed in place), asked the ${esc(s.sets.join(' + '))} sets, never the holdout. Raising topicMass declines more out-of-scope questions (orange rises) and answers fewer real ones (blue falls). Change the value only when the gain is clear, then check the holdout and re-run the gate.</p></div>`,
    `<div class="scroll">${curveSvg(points, s.current, 'topicMass (topicMassWithField = topicMass - 0.2)')}</div>`,
    `<table><tr><th>topicMass</th><th>with field</th>${kinds.map((k) => `<th>${esc(k)}</th>`).join('')}<th></th></tr>`,
  );
  for (const r of s.rows) {
    const current = r.thresholds.topicMass === s.current;
    out.push(
      `<tr${current ? ' class="mark"' : ''}><td class="n">${esc(r.thresholds.topicMass.toFixed(2))}</td><td class="n">${esc(r.thresholds.topicMassWithField.toFixed(2))}</td>` +
        kinds.map((k) => `<td class="n">${r.kinds[k] ? esc(`${pct(r.kinds[k].share)} (${r.kinds[k].passed}/${r.kinds[k].total})`) : ''}</td>`).join('') +
        `<td>${current ? 'current' : ''}</td></tr>`,
    );
  }
  out.push('</table>');
  return out;
}

export function renderReport(e: Evaluation, options: ReportOptions = {}): string {
  const kb = e.kb;
  const accepted = options.accepted;
  const gate: GateResult | undefined = accepted
    ? checkGate(e.figures, accepted, { tolerance: options.tolerance, intentTolerance: options.intentTolerance })
    : undefined;
  const now = options.now ?? new Date();
  const topics = kb.intents.filter((i) => i.kind === 'topic').length;
  return [
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
        `${e.cv.items.length} examples. Thresholds: ${thresholdsText(e.thresholds)}. ` +
        `Cross-validation: ${e.cv.folds} folds, seed ${e.cv.seed}.`,
    )}</p>`,
    ...summarySection(e, accepted, gate),
    ...failuresSection(e),
    ...crossValidationSections(e, accepted),
    ...sweepSection(e),
    `<p class="sub">${esc(`Made by chartpath eval in ${e.timings.total.toFixed(1)} s. Regenerate with: npx chartpath eval (npm run eval).`)}</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
