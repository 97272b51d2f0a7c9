// The pure renderer: any Reply fits Discord's limits, nothing can mention anyone, text survives splitting.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_ACTION_ROWS,
  MAX_BUTTON_LABEL,
  MAX_BUTTONS_PER_ROW,
  MAX_CONTENT,
  MAX_CUSTOM_ID,
  MAX_EMBED_DESCRIPTION,
  MAX_EMBED_FIELDS,
  MAX_EMBED_TITLE,
  MAX_EMBED_TOTAL,
  MAX_EMBEDS_PER_MESSAGE,
  MAX_FIELD_NAME,
  MAX_FIELD_VALUE,
  MAX_FOOTER_TEXT,
  MAX_SELECT_OPTION_TEXT,
  MAX_SELECT_OPTIONS,
  MAX_SELECT_PLACEHOLDER,
  embedLength,
  renderReply,
  sanitizeMarkdown,
  splitText,
  type DiscordMessage,
} from '../../../adapters/discord/render.js';
import type { ChecklistView } from '../../../src/contract/index.js';
import { planChoices, stepChoices } from '../../../adapters/discord/choices.js';
import { referenceCommands } from '../../../src/core/command-refs.js';
import { makeReply, type Reply, type ReplyKind } from '../../../src/contract/index.js';

const KINDS: ReplyKind[] = ['answer', 'clarify', 'decline', 'conversation', 'help', 'topics', 'checklist', 'forget', 'notice'];

function checkLimits(m: DiscordMessage): void {
  expect(m.allowedMentions).toEqual({ parse: [], repliedUser: false });
  expect((m.content ?? '').length).toBeLessThanOrEqual(MAX_CONTENT);
  expect(m.embeds.length).toBeLessThanOrEqual(MAX_EMBEDS_PER_MESSAGE);
  expect(m.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(MAX_EMBED_TOTAL);
  expect(m.content || m.embeds.length || m.components.length).toBeTruthy();
  for (const e of m.embeds) {
    expect((e.title ?? '').length).toBeLessThanOrEqual(MAX_EMBED_TITLE);
    expect((e.description ?? '').length).toBeLessThanOrEqual(MAX_EMBED_DESCRIPTION);
    expect((e.fields ?? []).length).toBeLessThanOrEqual(MAX_EMBED_FIELDS);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(MAX_FIELD_NAME);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.value.length).toBeLessThanOrEqual(MAX_FIELD_VALUE);
    }
    expect((e.footer?.text ?? '').length).toBeLessThanOrEqual(MAX_FOOTER_TEXT);
    expect(e.title || e.description || e.fields?.length || e.footer).toBeTruthy();
  }
  expect(m.components.length).toBeLessThanOrEqual(MAX_ACTION_ROWS);
  const ids = new Set<string>();
  for (const row of m.components) {
    expect(row.components.length).toBeGreaterThan(0);
    expect(row.components.length).toBeLessThanOrEqual(MAX_BUTTONS_PER_ROW);
    for (const c of row.components as any[]) {
      expect(c.custom_id.length).toBeLessThanOrEqual(MAX_CUSTOM_ID);
      expect(ids.has(c.custom_id)).toBe(false);
      ids.add(c.custom_id);
      if (c.type === 2) {
        expect(c.label.length).toBeGreaterThan(0);
        expect(c.label.length).toBeLessThanOrEqual(MAX_BUTTON_LABEL);
      } else {
        expect(row.components.length).toBe(1);
        expect(c.options.length).toBeLessThanOrEqual(MAX_SELECT_OPTIONS);
        expect(c.placeholder.length).toBeLessThanOrEqual(MAX_SELECT_PLACEHOLDER);
        for (const o of c.options) {
          expect(o.label.length).toBeLessThanOrEqual(MAX_SELECT_OPTION_TEXT);
          expect(o.value.length).toBeLessThanOrEqual(MAX_SELECT_OPTION_TEXT);
          expect((o.description ?? '').length).toBeLessThanOrEqual(MAX_SELECT_OPTION_TEXT);
        }
      }
    }
  }
}

/** Everything a message shows, as one string (custom ids and option values are payloads, never shown). */
function visible(m: DiscordMessage): string {
  const shown = m.components.flatMap((row) =>
    (row.components as any[]).flatMap((c) => [c.label, c.placeholder, ...(c.options ?? []).flatMap((o: any) => [o.label, o.description])]),
  );
  return JSON.stringify([m.content, m.embeds, shown]);
}

const nasty = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('@everyone', '@here', '<@123456789012345678>', '<@!1234567890>', '<@&987654321>', '<#555555555>', '</ask:1>', '# Heading', '-# small', '**bold', '`code', '\n\n', '\n', ' ', '😀', 'a'.repeat(300)),
  fc.lorem({ maxCount: 30 }),
);
const text = (max: number) => fc.array(nasty, { maxLength: max }).map((parts) => parts.join(' '));
const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,70}$/);
const action = fc.record({ label: text(6), action: fc.oneof(id.map((i) => `topic:${i}`), fc.string({ maxLength: 150 })) });

const view: fc.Arbitrary<ChecklistView> = fc
  .array(fc.record({ id, title: text(5), why: text(5), doneWhen: text(3), done: fc.boolean(), learnMore: fc.array(fc.record({ label: text(4), action: id.map((i) => `topic:${i}`) }), { maxLength: 8 }) }), { maxLength: 40 })
  .map((steps) => ({
    goal: { id: 'g', title: 'Goal', summary: 's' },
    profile: { education: 'none', experience: 'none' },
    steps: steps.map((s, i) => ({ ...s, number: i + 1, next: i === steps.findIndex((x) => !x.done) })),
    doneCount: steps.filter((s) => s.done).length,
    total: steps.length,
    progressBar: '█░',
    profileLabel: 'High school diploma or GED; no work experience yet',
    footer: [],
    earlierGoals: [],
  }));

const reply: fc.Arbitrary<Reply> = fc
  .record({
    kind: fc.constantFrom(...KINDS),
    title: fc.option(text(40), { nil: undefined }),
    text: fc.oneof(text(400), fc.constant(''), fc.lorem({ maxCount: 3000 })),
    sources: fc.array(fc.record({ title: text(20), url: fc.option(fc.oneof(fc.webUrl(), fc.string({ maxLength: 600 })), { nil: undefined }) }), { maxLength: 60 }),
    reviewed: fc.option(fc.string({ maxLength: 3000 }), { nil: undefined }),
    suggestions: fc.array(action, { maxLength: 40 }),
    choices: fc.array(action, { maxLength: 40 }),
    checklist: fc.option(view, { nil: undefined }),
    topics: fc.option(
      fc.array(fc.record({ group: id, title: text(8), topics: fc.array(fc.record({ id, title: text(5), ask: text(5) }), { maxLength: 40 }) }), { maxLength: 10 }),
      { nil: undefined },
    ),
    notices: fc.array(text(100), { maxLength: 5 }),
    privacyWarning: fc.boolean(),
    personal: fc.boolean(),
    ratings: fc.boolean().map((b) => (b ? [{ label: '👍 Helpful', action: 'fb:abcd1234:up' }, { label: '👎 Not helpful', action: 'fb:abcd1234:down' }] : [])),
  })
  .map((r) => makeReply({ id: 'abcdEF12', ...r }));

describe('renderReply', () => {
  it('keeps every message of ANY reply within Discord’s limits, and nothing can mention anyone', () => {
    fc.assert(
      fc.property(reply, (r) => {
        const out = renderReply(r, { commands: ['ask', 'help'] });
        expect(out.messages.length).toBeGreaterThan(0);
        expect(out.private).toBe(r.visibility === 'private');
        for (const m of [...out.messages, ...out.privateNotices]) {
          checkLimits(m);
          const shown = visible(m);
          expect(shown).not.toMatch(/@(everyone|here)/i);
          expect(shown).not.toMatch(/<[@#/]/);
        }
        if (r.privacyWarning && r.notices.some((n) => n.trim())) expect(out.privateNotices.length).toBeGreaterThan(0);
        if (!r.privacyWarning) expect(out.privateNotices).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('puts feedback buttons with the reply id on the last message, and keeps them when buttons are capped', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ label: `Question ${i}`, action: `topic:t${i}` }));
    const out = renderReply(makeReply({ id: 'abcdEF12', kind: 'answer', text: 'x', suggestions: many, choices: many.slice(0, 12), ratings: [{ label: 'Helpful', action: 'fb:abcdEF12:up' }, { label: 'Not helpful', action: 'fb:abcdEF12:down' }] }));
    const last = out.messages[out.messages.length - 1]!;
    const ids = last.components.flatMap((r) => r.components as any[]).map((c) => c.custom_id);
    expect(ids.slice(-2)).toEqual(['fb:abcdEF12:up', 'fb:abcdEF12:down']);
    expect(last.components).toHaveLength(5);
  });

  it('renders checklist steps as toggles (step:<id>) and forget-me confirmation as a danger button', () => {
    const v: ChecklistView = {
      goal: { id: 'rhit', title: 'Earn the RHIT', summary: '' },
      profile: { education: 'none', experience: 'none' },
      steps: [
        { number: 1, id: 'get-ged', title: 'Earn a GED', why: '', doneWhen: '', done: true, next: false, learnMore: [] },
        { number: 2, id: 'enroll', title: 'Enroll', why: '', doneWhen: '', done: false, next: true, learnMore: [{ label: 'What is CAHIIM?', action: 'topic:cahiim-accreditation' }] },
      ],
      doneCount: 1,
      total: 2,
      progressBar: '█████░░░░░ 1/2 (50%)',
    profileLabel: 'High school diploma or GED; no work experience yet',
    footer: [],
      earlierGoals: [],
    };
    const out = renderReply(makeReply({ id: 'x1x1', kind: 'checklist', title: 'Your checklist', text: `**Earn the RHIT**\n${v.progressBar}`, checklist: v, personal: true }));
    const bs = out.messages[0]!.components.flatMap((r) => r.components as any[]);
    expect(bs.map((b) => [b.custom_id, b.style, b.emoji?.name])).toEqual([
      ['step:get-ged:undo', 3, '✅'],
      ['step:enroll:done', 1, '⬜'],
      ['topic:cahiim-accreditation', 2, '📖'],
    ]);
    expect(out.messages[0]!.embeds[0]!.description).toContain(v.progressBar);

    const forget = renderReply(makeReply({ id: 'x2x2', kind: 'forget', text: 'Sure?', choices: [{ label: 'Yes', action: 'forget:confirm' }, { label: 'No', action: 'forget:cancel' }] }));
    expect(forget.messages[0]!.components[0]!.components.map((b: any) => b.style)).toEqual([4, 1]);
  });

  it('sends privacy notices apart, and other notices as the message content', () => {
    const warned = renderReply(makeReply({ id: 'a1a1', kind: 'answer', text: 'The answer', notices: ['Do not share patient details'], privacyWarning: true }));
    expect(warned.messages.map((m) => m.content)).toEqual([undefined]);
    expect(warned.privateNotices.map((m) => m.content)).toEqual(['⚠️ Do not share patient details']);
    const cut = renderReply(makeReply({ id: 'a2a2', kind: 'answer', text: 'The answer', notices: ['Your message was long'] }));
    expect(cut.messages[0]!.content).toBe('⚠️ Your message was long');
    expect(cut.privateNotices).toEqual([]);
  });
});

describe('splitText', () => {
  it('splits at paragraph breaks first, then lines, then words, never mid-word', () => {
    const para = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const text = [para(150), para(150), para(150)].join('\n\n');
    const parts = splitText(text, 2000);
    expect(parts.every((p) => p.length <= 2000)).toBe(true);
    expect(parts.join('\n\n')).toBe(text);
    const long = para(1000);
    const words = splitText(long, 500);
    expect(words.join(' ')).toBe(long);
    for (const w of words) expect(w).toMatch(/^word\d+( word\d+)*$/);
  });

  it('cuts a single word longer than the limit, without breaking a surrogate pair', () => {
    const parts = splitText('😀'.repeat(3000), 2000);
    expect(parts.every((p) => p.length <= 2000)).toBe(true);
    expect(parts.join('')).toBe('😀'.repeat(3000));
  });

  it('closes and reopens bold and code at a cut', () => {
    const parts = splitText(`**${'bold words '.repeat(300)}**`, 1000);
    for (const p of parts) expect((p.match(/\*\*/g) ?? []).length % 2).toBe(0);
  });

  it('keeps all the text of any input (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5000 }), fc.integer({ min: 20, max: 2000 }), (s, max) => {
        const parts = splitText(s, max);
        for (const p of parts) expect(p.length).toBeLessThanOrEqual(max);
        const squash = (x: string) => x.replace(/[\s*`]/g, '');
        expect(squash(parts.join(''))).toBe(squash(s));
      }),
      { numRuns: 150 },
    );
  });
});

describe('escaping and help', () => {
  it('defuses mentions and headings, keeps the rest', () => {
    const out = sanitizeMarkdown('@everyone <@123> <@&4> <#5> </ask:6>\n# Title\n  ## Sub\n-# tiny\n**bold** `code` - item');
    expect(out).not.toMatch(/@everyone|<[@#/]/);
    expect(out).toContain('\\# Title');
    expect(out).toContain('\\## Sub');
    expect(out).toContain('\\-# tiny');
    expect(out).toContain('**bold** `code` - item');
  });

  it('prints command references in Discord syntax: named options, rating buttons, no terminal-only commands', () => {
    const help = 'Intro\n\n- `/topics`: browse\n- `/good` or `/bad`: rate\n- `/quit`: leave (terminal only)\n- `/help`: this list\n- plain line\n\nType `/checklist start rhit`, then `/checklist done 2`.';
    const reply = referenceCommands(makeReply({ id: 'help1', kind: 'help', text: help }));
    const description = renderReply(reply).messages[0]!.embeds[0]!.description!;
    expect(description).toContain('- `/topics`: browse');
    expect(description).toContain('the **👍 Helpful** button or the **👎 Not helpful** button: rate');
    expect(description).not.toContain('/quit');
    expect(description).not.toContain('/good');
    expect(description).toContain('`/checklist start goal:rhit`, then `/checklist done step:2`');
    // Help on Discord starts with every way to ask there.
    expect(description).toMatch(/^\*\*How to ask:\*\* `\/ask`.*mention me.*direct message.*Ask ChartPath/);
  });
});

describe('choices', () => {
  const v = {
    steps: [
      { number: 1, id: 'a', title: 'First step', done: true },
      { number: 2, id: 'b', title: 'Second step', done: false },
      { number: 12, id: 'c', title: 'x'.repeat(200), done: false },
    ],
  } as unknown as ChecklistView;

  it('step autocomplete: not-done steps for done, done steps for undo, filtered, names capped at 100', () => {
    expect(stepChoices(v, '', 'done').map((c) => c.value)).toEqual(['b', 'c']);
    expect(stepChoices(v, '', 'undo')).toEqual([{ name: '1. First step (done)', value: 'a' }]);
    expect(stepChoices(v, '1', 'done').map((c) => c.value)).toEqual(['c']);
    expect(stepChoices(v, 'second', 'done').map((c) => c.value)).toEqual(['b']);
    expect(stepChoices(v, '', 'done')[1]!.name.length).toBeLessThanOrEqual(100);
    expect(stepChoices(undefined, '', 'done')).toEqual([]);
  });

  it('plan choices: at most 25, filtered by what was typed', () => {
    const plans = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, title: `Plan ${i}` }));
    expect(planChoices(plans)).toHaveLength(25);
    expect(planChoices(plans, 'plan 3').map((c) => c.value)).toEqual(['p3', 'p30', 'p31', 'p32', 'p33', 'p34', 'p35', 'p36', 'p37', 'p38', 'p39']);
  });
});

describe('the topic browser, as on Slack', () => {
  it('the menus offer the same topics, with the same labels and payloads, as Slack’s select (adapters/shared/buttons.ts)', async () => {
    const { renderReply: renderSlack } = await import('../../../adapters/slack/render.js');
    const topics = [
      { group: 'certs', title: 'Certifications', topics: [{ id: 'rhit', title: 'RHIT', ask: 'What is the RHIT?' }, { id: 'cca', title: 'CCA (entry level)', ask: 'What is the CCA?' }] },
      { group: 'roles', title: 'Roles', topics: [{ id: 'clerk', title: 'Records clerk', ask: 'What does a records clerk do?' }] },
    ];
    const reply = makeReply({ id: 'tp1', kind: 'topics', text: 'Pick one.', topics });
    const discord = renderReply(reply).messages.flatMap((m) => m.components).flatMap((row) => row.components) as { type: number; options?: { label: string; value: string }[] }[];
    const menuOptions = discord.filter((c) => c.options).flatMap((c) => c.options!.map((o) => [o.label, o.value]));
    const slack = renderSlack(reply).messages.flatMap((m) => m.blocks).flatMap((b) => (b.type === 'actions' ? b.elements : []));
    const selectOptions = slack.flatMap((e) => (e.type === 'static_select' ? e.option_groups.flatMap((g) => g.options.map((o) => [o.text.text, o.value])) : []));
    expect(menuOptions).toEqual([['RHIT', 'topic:rhit'], ['CCA (entry level)', 'topic:cca'], ['Records clerk', 'topic:clerk']]);
    expect(selectOptions).toEqual(menuOptions);
  });
});
