// Parity (registered by http.e2e.test.ts): the same question gives the same answer content in the terminal and on Slack (as actually sent by the
// Bolt app over HTTP), and on Discord when its renderer exists. Formatting differs; the words, the sources, the
// reviewed date and the follow-ups do not.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { textsOf } from './fake-slack.js';
import { fillCommandRefs, terminalSyntax } from '../../../src/contract/index.js';
import { discordSyntax, slackSyntax } from '../../../adapters/shared/commands.js';
import { renderText } from '../../../src/terminal/render-text.js';
import type { Reply } from '../../../src/contract/index.js';
import { repoRoot } from '../../helpers/core.js';
import type { Harness } from './harness.js';

type Block = Record<string, any>;

const QUESTIONS = [
  'what is the RHIT',
  'do I need a degree to be a medical records clerk?',
  'what does hipaa mean for my job',
  'how do i become a medical coder',
  'what is icd-10-cm',
  'what should I study first, rhit or cca?',
];

/** The words of a text, whatever the formatting: entities decoded, links reduced to their titles, marks removed. */
function words(text: string): string {
  return text
    .replace(/<(https?:[^|>]+)\|([^>]*)>/g, '$2')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\u2060/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

/** Sources as the terminal prints them: "  - title <url>". */
function terminalSources(out: string): { title: string; url?: string }[] {
  const part = out.split('Sources:\n')[1]?.split(/\n(?!  - )/)[0] ?? '';
  return part
    .split('\n')
    .filter((l) => l.startsWith('  - '))
    .map((l) => {
      const m = /^ {2}- (.*?)(?: <(https?:\/\/[^>]+)>)?$/.exec(l)!;
      return m[2] ? { title: m[1]!, url: m[2] } : { title: m[1]! };
    });
}

/** Sources as Slack shows them: "• <url|title>" or "• title" lines of the Sources section. */
function slackSources(blocks: Block[]): { title: string; url?: string }[] {
  const section = blocks.find((b) => b.type === 'section' && String(b.text.text).startsWith('*Sources*'));
  if (!section) return [];
  return String(section.text.text)
    .split('\n')
    .slice(1)
    .map((l) => {
      const s = l.replace(/^• /, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      const m = /^<(https?:[^|>]+)\|(.*)>$/.exec(s);
      return m ? { title: m[2]!, url: m[1]! } : { title: s };
    });
}

/** Registers the parity tests against a running harness (shared with the HTTP end-to-end tests: one trained core). */
export function parityTests(harness: () => Harness): void {
  let discordRender: ((reply: Reply) => unknown) | undefined;

  beforeAll(async () => {
    const discordFile = path.join(repoRoot, 'adapters', 'discord', 'render.ts');
    if (existsSync(discordFile)) {
      const mod = (await import(pathToFileURL(discordFile).href)) as { renderReply?: (reply: Reply) => unknown };
      if (typeof mod.renderReply === 'function') discordRender = mod.renderReply;
    }
  });
  describe('the same question, the same answer content on every surface', () => {
    it.each(QUESTIONS.map((q, i) => [q, i] as const))('%s', async (question, i) => {
      const h = harness();
      const { advisor } = h.core;
      // terminal: the core's reply as the terminal renders it (colour off)
      const terminalReply = await advisor.ask({ text: question, person: `parity-${i}`, channel: 'terminal', surface: 'terminal' });
      const terminal = renderText(terminalReply, { color: false });

      // Slack: what the real Bolt app sent for /chartpath ask <question>
      const { responses } = await h.slash(`ask ${question}`, { user: `U0PARITY${i}` });
      const blocks = (responses[0]!.body.blocks ?? []) as Block[];
      const header = blocks.find((b) => b.type === 'header');
      const body = blocks
        .filter((b) => b.type === 'section' && !String(b.text.text).startsWith('*Sources*'))
        .map((b) => b.text.text as string)
        .join('\n');

      // the answer text: word for word; only commands are written in each surface's syntax (`/chartpath checklist ...`)
      expect(words(body)).toBe(words(fillCommandRefs(terminalReply.text, terminalReply.commands, slackSyntax())));
      expect(words(terminal)).toContain(words(fillCommandRefs(terminalReply.text, terminalReply.commands, terminalSyntax)));
      // the title
      if (terminalReply.title && terminalReply.kind === 'answer') {
        expect(header?.text.text).toBe(terminalReply.title);
        expect(terminal.split('\n')[0]).toBe(terminalReply.title);
      }
      // sources, with their links
      expect(slackSources(blocks)).toEqual(terminalSources(terminal));
      // reviewed date
      const reviewed = /Reviewed (\d{4}-\d{2}-\d{2})/.exec(terminal)?.[1];
      if (reviewed) expect(JSON.stringify(blocks)).toContain(`Reviewed ${reviewed}`);
      // follow-ups: same questions, same order (Slack may shorten a label to 75 characters)
      const labels = blocks
        .filter((b) => b.type === 'actions')
        .flatMap((b) => b.elements)
        .filter((e: Block) => e.type === 'button' && String(e.value).startsWith('topic:'))
        .map((e: Block) => String(e.text.text));
      const terminalLabels = [...terminalReply.choices, ...terminalReply.suggestions].map((a) => a.label);
      expect(labels.length).toBe(terminalLabels.length);
      labels.forEach((l, j) => expect(terminalLabels[j]!.startsWith(l.replace(/…$/, '').trimEnd())).toBe(true));

      // Discord, when its renderer exists: the same words in what it would send
      if (discordRender) {
        const discordReply = await advisor.ask({ text: question, person: `parity-dc-${i}`, channel: 'discord', surface: 'discord' });
        const discordWords = words(textsOf(discordRender(discordReply)).join('\n'));
        expect(discordWords).toContain(words(fillCommandRefs(terminalReply.text, terminalReply.commands, discordSyntax)));
        for (const s of terminalSources(terminal)) expect(discordWords).toContain(words(s.title));
      }
    });

    it('compared with Discord too when adapters/discord/render.ts exists', () => {
      if (existsSync(path.join(repoRoot, 'adapters', 'discord', 'render.ts'))) expect(discordRender).toBeTypeOf('function');
    });
  });
}
