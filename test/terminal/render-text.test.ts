// render-text.ts: how a reply reads in a terminal. Plain text without colour (a pipe must not get escape codes or
// Markdown marks), command references in the terminal's own syntax, sources and review date, and numbered options in
// the order the chat picks them by number.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandMark, makeReply, type Reply } from '../../src/contract/index.js';
import { numberedActions, renderText } from '../../src/terminal/render-text.js';
import { runScript } from '../helpers/cli.js';
import { repoRoot } from '../helpers/core.js';

const plain = { color: false };

function answer(extra: Partial<Reply> = {}): Reply {
  return makeReply({
    id: 'r1',
    kind: 'answer',
    title: 'The RHIT',
    text: `The **RHIT** is a credential. See \`AHIMA\`. Track it with ${commandMark(0)}.`,
    commands: [{ name: 'checklist', args: ['start', 'rhit'] }],
    sources: [{ title: 'AHIMA', url: 'https://www.ahima.org/' }, { title: 'A book' }],
    reviewed: '2026-01-02',
    suggestions: [
      { label: 'What is the RHIA?', action: 'ask:rhia' },
      { label: 'Salary?', action: 'ask:salary' },
    ],
    ratings: [{ label: 'Helpful', action: 'rate:r1:up' }],
    ...extra,
  });
}

describe('renderText without colour', () => {
  it('title, text without Markdown marks, commands as typed in the terminal, sources with links, review date', () => {
    const out = renderText(answer(), plain);
    expect(out).toBe(
      [
        'The RHIT',
        'The RHIT is a credential. See AHIMA. Track it with /checklist start rhit.',
        'Sources:\n  - AHIMA <https://www.ahima.org/>\n  - A book\nReviewed 2026-01-02',
        'You could also ask:\n  - What is the RHIA?\n  - Salary?',
      ].join('\n\n'),
    );
    expect(out).not.toMatch(/\u001b\[/);
  });

  it('a title only for answers; notices first, marked with "!", their command references filled in', () => {
    const out = renderText(
      makeReply({ id: 'n', kind: 'notice', title: 'Not shown', text: 'Slow down.', notices: [`Try ${commandMark(0)} later.`], commands: [{ name: 'help', args: [] }] }),
      plain,
    );
    expect(out).toBe('! Try /help later.\n\nSlow down.');
  });

  it('numbered: choices first under "Choose:", then suggestions under "You could also ask:", and how to rate', () => {
    const reply = answer({ choices: [{ label: 'RHIT', action: 'pick:rhit' }, { label: 'RHIA', action: 'pick:rhia' }] });
    const out = renderText(reply, plain, { numbered: true });
    expect(out).toContain('Choose:\n  [1] RHIT\n  [2] RHIA\nYou could also ask:\n  [3] What is the RHIA?\n  [4] Salary?');
    expect(out.endsWith('Was this helpful? Type /good or /bad.')).toBe(true);
    expect(numberedActions(reply).map((a) => a.action)).toEqual(['pick:rhit', 'pick:rhia', 'ask:rhia', 'ask:salary']);
  });

  it('numbered suggestions alone are headed "You could also ask:"; without ratings there is no rating line', () => {
    const out = renderText(answer({ ratings: [] }), plain, { numbered: true });
    expect(out).toContain('You could also ask:\n  [1] What is the RHIA?\n  [2] Salary?');
    expect(out).not.toMatch(/Choose:|Was this helpful/);
  });

  it('no sources, review date or options: only the text', () => {
    expect(renderText(makeReply({ id: 'c', kind: 'conversation', text: 'Hello!' }), plain, { numbered: true })).toBe('Hello!');
  });
});

describe('renderText with colour', () => {
  // picocolors decides colour support once, when it loads (never in this test process, whose output is no terminal):
  // a child with FORCE_COLOR renders the reply, so the escape codes are the real ones.
  it('bold and code become terminal styles, notices yellow, the answer title bold green, sources dim', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chartpath-render-'));
    const script = path.join(dir, 'render.mjs');
    writeFileSync(
      script,
      `const { renderText } = await import(${JSON.stringify(path.join(repoRoot, 'dist/src/terminal/render-text.js'))});
      process.stdout.write(renderText(${JSON.stringify(answer({ notices: ['Careful: **now**.'] }))}, { color: true }));`,
    );
    const { stdout, code } = await runScript(script, [], { cleanEnv: true, env: { FORCE_COLOR: '1' } });
    expect(code).toBe(0);
    const esc = (open: number, close: number, s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
    const [bold, green, yellow, cyan, dim] = [(s: string) => esc(1, 22, s), (s: string) => esc(32, 39, s), (s: string) => esc(33, 39, s), (s: string) => esc(36, 39, s), (s: string) => esc(2, 22, s)];
    expect(stdout).toContain(yellow(`! Careful: ${bold('now')}.`));
    expect(stdout).toContain(bold(green('The RHIT')));
    expect(stdout).toContain(`The ${bold('RHIT')} is a credential. See ${cyan('AHIMA')}. Track it with ${cyan('/checklist start rhit')}.`);
    expect(stdout).toContain(dim('Sources:\n  - AHIMA <https://www.ahima.org/>\n  - A book\nReviewed 2026-01-02'));
    expect(stdout).not.toContain('**');
  });
});
