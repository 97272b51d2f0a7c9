// The pure Block Kit renderer: Markdown to mrkdwn, Slack's command syntax, escaping, splitting, and Slack's limits
// for ANY Reply (fuzzed with fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as R from '../../../adapters/slack/render.js';
import * as H from '../../../adapters/slack/home.js';
import { referenceCommands } from '../../../src/core/command-refs.js';
import type { ChecklistView } from '../../../src/contract/index.js';
import { makeReply, type Reply, type ReplyKind } from '../../../src/contract/index.js';
import { blockProblems, controlSequences, messageProblems } from './limits.js';

const texts = (m: R.SlackMessage) => JSON.stringify(m.blocks);
const allText = (m: R.SlackMessage) => m.blocks.map((b) => (b.type === 'section' ? b.text.text : '')).join('\n');

describe('text conversion', () => {
  it('turns the core Markdown into mrkdwn: **bold**, "- " bullets, `code`', () => {
    expect(R.toMrkdwn('The **RHIT** is\n- one\n- two `code **x**`')).toBe('The *RHIT* is\n• one\n• two `code **x**`');
    expect(R.toMrkdwn('an *aside* here')).toBe('an _aside_ here');
    expect(R.toMrkdwn('5 * 3 = 15')).toBe('5 * 3 = 15');
  });

  it('escapes &, < and > so no mention, broadcast or link can form', () => {
    const out = R.toMrkdwn('A & B <!channel> <@U123> <https://evil.example|click> @here');
    expect(out).toContain('A &amp; B &lt;!channel&gt; &lt;@U123&gt; &lt;https://evil.example|click&gt;');
    expect(out).not.toMatch(/<[!@#h]/);
    expect(out).not.toContain('@here');
    expect(controlSequences(out)).toEqual([]);
  });

  it("writes the core's commands as subcommands of the Slack command and drops terminal-only ones", () => {
    const help = '- `/topics`: browse\n- `/checklist start`, then `show`, `done N`\n- `/good` or `/bad`\n- `/forget-me`: delete\n- `/quit`: leave (terminal only)\n- `/help`: this list';
    const say = (text: string, command?: string) => allText(R.renderReply(referenceCommands(makeReply({ id: 'ref1', kind: 'conversation', text })), { command }).messages[0]!);
    const out = say(help);
    expect(out).toContain('`/chartpath topics`');
    expect(out).toContain('`/chartpath checklist start`');
    expect(out).toContain('`/chartpath good` or `/chartpath bad`');
    expect(out).toContain('`/chartpath forget-me`');
    expect(out).toContain('`/chartpath help`');
    expect(out).not.toContain('/quit');
    expect(out).not.toMatch(/(^|[^h ])\/checklist/);
    // Only the core's command references are rewritten: a path in a link or plain text stays as written.
    expect(say('see https://www.ahima.org/help and/or `/checklist`', '/careers')).toContain('see https://www.ahima.org/help and/or `/careers checklist`');
    expect(R.toMrkdwn('and/or /checklist')).toBe('and/or /checklist');
  });

  it('splits long text at paragraphs, then lines, then words, and cuts a single over-long word', () => {
    const para = 'word '.repeat(300).trim(); // 1,499 characters
    const text = [para, para, para].join('\n\n');
    const chunks = R.splitText(text, 3000);
    expect(chunks).toHaveLength(2);
    expect(chunks[0]).toBe(`${para}\n\n${para}`);
    expect(R.splitText('a'.repeat(7000), 3000).map((c) => c.length)).toEqual([3000, 3000, 1000]);
    for (const c of R.splitText('abc def '.repeat(1000), 100)) {
      expect(c.length).toBeLessThanOrEqual(100);
      expect(c).not.toMatch(/^\S*[a-z]\S*$/.test(c) ? /x^/ : /(^|\s)(bc|c|de|ef|f|ab|d) /); // no word cut in two
    }
    // never inside an entity or a surrogate pair
    const entityText = escapeAll('<'.repeat(1000));
    for (const c of R.splitText(entityText, 101)) expect(c).toMatch(/^(&lt;)+$/);
    for (const c of R.splitText('😀'.repeat(500), 51)) expect([...c].every((ch) => ch === '😀')).toBe(true);
  });
});

function escapeAll(s: string): string {
  return R.escapeSlack(s);
}

// ---------------------------------------------------------------------------------------------------------
// Fuzzing: every rendered message stays within Slack's limits for any Reply
// ---------------------------------------------------------------------------------------------------------

const nasty = fc.constantFrom('<!channel>', '<@U123>', '<#C1|x>', '&', '&amp;', '<', '>', '**', '*', '`', '_', '~', '😀', '\n', '\n\n', '- ', '/checklist done 2', '@here', '|', 'https://a.test/x?a=1&b=2');
const word = fc.oneof(
  { weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
  { weight: 3, arbitrary: nasty },
  { weight: 1, arbitrary: fc.string({ minLength: 100, maxLength: 5000 }) },
);
const text = (maxWords: number) => fc.array(word, { maxLength: maxWords }).map((ws) => ws.join(' '));
const longText = fc.oneof(text(40), text(3000), fc.string({ maxLength: 20_000 }));
const action = fc.record({ label: fc.oneof(text(8), fc.string({ maxLength: 300 })), action: fc.oneof(fc.constant('topic:rhit'), fc.string({ minLength: 1, maxLength: 2500 })) });
const kinds: ReplyKind[] = ['answer', 'clarify', 'decline', 'conversation', 'help', 'topics', 'checklist', 'forget', 'notice'];

const checklistView: fc.Arbitrary<ChecklistView> = fc
  .record({
    steps: fc.array(
      fc.record({ id: fc.oneof(fc.constantFrom('a', 'b', 'get-ged'), fc.string({ maxLength: 300 })), title: text(30), why: longText, doneWhen: text(30), done: fc.boolean(), next: fc.boolean(), learnMore: fc.array(fc.record({ label: text(20), action: fc.string({ maxLength: 80 }) }), { maxLength: 30 }) }),
      { maxLength: 130 },
    ),
    goalTitle: text(20),
  })
  .map(({ steps, goalTitle }) => ({
    goal: { id: 'g', title: goalTitle, summary: 's' },
    profile: { education: 'high-school', experience: 'none' },
    steps: steps.map((s, i) => ({ ...s, number: i + 1 })),
    doneCount: steps.filter((s) => s.done).length,
    total: steps.length,
    progressBar: '█░ 1/2 (50%)',
    profileLabel: 'High school diploma or GED; no work experience yet',
    footer: [],
    earlierGoals: [],
  }));

const replyArb: fc.Arbitrary<Reply> = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 40 }),
    kind: fc.constantFrom(...kinds),
    title: fc.option(text(60), { nil: undefined }),
    text: longText,
    sources: fc.array(fc.record({ title: text(40), url: fc.option(fc.oneof(fc.webUrl(), fc.string({ maxLength: 3000 })), { nil: undefined }) }), { maxLength: 40 }),
    reviewed: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
    suggestions: fc.array(action, { maxLength: 60 }),
    choices: fc.array(action, { maxLength: 60 }),
    notices: fc.array(longText, { maxLength: 12 }),
    privacyWarning: fc.boolean(),
    personal: fc.boolean(),
    ratings: fc.boolean().map((b) => (b ? [{ label: '👍 Helpful', action: 'fb:abcd1234:up' }, { label: '👎 Not helpful', action: 'fb:abcd1234:down' }] : [])),
    topics: fc.option(fc.array(fc.record({ group: fc.string(), title: text(20), topics: fc.array(fc.record({ id: fc.string({ maxLength: 200 }), title: text(10), ask: text(10) }), { maxLength: 120 }) }), { maxLength: 120 }), { nil: undefined }),
    checklist: fc.option(checklistView, { nil: undefined }),
  })
  .map((r) => makeReply(r));

describe('Slack limits for any Reply', () => {
  it('renderReply: every message within the limits, at most five messages, nothing that can mention anyone', () => {
    fc.assert(
      fc.property(replyArb, fc.option(fc.string({ maxLength: 40 }), { nil: undefined }), (reply, command) => {
        const rendered = R.renderReply(reply, { command });
        expect(rendered.messages.length).toBeGreaterThan(0);
        expect(rendered.messages.length).toBeLessThanOrEqual(R.MAX_MESSAGES_PER_REPLY);
        for (const m of R.allMessages(rendered)) expect(messageProblems(m)).toEqual([]);
        if (reply.privacyWarning && reply.notices.some((n) => n.trim())) expect(rendered.privateNotice).toBeDefined();
      }),
      { numRuns: 150, endOnFailure: true },
    );
  });

  it('renderHome: within the 100 blocks of a Home tab', () => {
    fc.assert(
      fc.property(replyArb, fc.option(longText, { nil: undefined }), (reply, notice) => {
        const view = H.renderHome(reply, { notice });
        expect(view.type).toBe('home');
        expect(blockProblems(view.blocks, R.MAX_BLOCKS_PER_VIEW)).toEqual([]);
      }),
      { numRuns: 100, endOnFailure: true },
    );
  });

  it('splitText: chunks within the limit, nothing lost but the separators', () => {
    fc.assert(
      fc.property(longText, fc.integer({ min: 8, max: 4000 }), (t, max) => {
        const chunks = R.splitText(t, max);
        for (const c of chunks) expect(c.length).toBeLessThanOrEqual(max);
        expect(chunks.join('').replace(/\s/g, '')).toBe(t.replace(/\s/g, ''));
      }),
      { numRuns: 200, endOnFailure: true },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// What a reply looks like
// ---------------------------------------------------------------------------------------------------------

describe('renderReply', () => {
  const answer = makeReply({
    id: 'abcDEF12',
    kind: 'answer',
    title: 'RHIT <b>',
    text: 'The **RHIT** is AHIMA\'s credential.\n\n- one\n- two',
    sources: [{ title: 'AHIMA | RHIT', url: 'https://www.ahima.org/rhit?a=1&b=2' }, { title: 'A book' }],
    reviewed: '2026-11-22',
    suggestions: [{ label: 'How long is the RHIT exam and what does it cover in detail, with all the sections listed?', action: 'topic:rhit-exam' }],
    ratings: [
      { label: '👍 Helpful', action: 'fb:abcDEF12:up' },
      { label: '👎 Not helpful', action: 'fb:abcDEF12:down' },
    ],
    answered: true,
    intent: 'rhit',
  });

  it('an answer: header, text, sources as links, reviewed date, follow-ups and feedback buttons with the core payloads', () => {
    const [m, ...more] = R.renderReply(answer).messages;
    expect(more).toEqual([]);
    expect(m!.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'RHIT &lt;b&gt;', emoji: true } });
    expect(m!.blocks[1]).toMatchObject({ type: 'section', text: { type: 'mrkdwn', text: "The *RHIT* is AHIMA's credential.\n\n• one\n• two" } });
    expect(texts(m!)).toContain('<https://www.ahima.org/rhit?a=1&amp;b=2|AHIMA | RHIT>');
    expect(texts(m!)).toContain('• A book');
    expect(texts(m!)).toContain('Reviewed 2026-11-22');
    const buttons = m!.blocks.filter((b): b is R.ActionsBlock => b.type === 'actions').flatMap((b) => b.elements) as R.ButtonElement[];
    expect(buttons.map((b) => b.value)).toEqual(['topic:rhit-exam', 'fb:abcDEF12:up', 'fb:abcDEF12:down']);
    expect(buttons[0]!.text.text.length).toBeLessThanOrEqual(R.MAX_BUTTON_TEXT);
    expect(buttons[0]!.text.text.endsWith('…')).toBe(true);
    expect(m!.text).toContain('The *RHIT*');
  });

  it('a privacy warning: notices apart (for the person only), the answer without them', () => {
    const rendered = R.renderReply({ ...answer, privacyWarning: true, notices: ["Please don't share patient information here."] });
    expect(rendered.privateNotice?.text).toContain("Please don't share patient information");
    expect(rendered.messages.map(texts).join()).not.toContain('patient information');
    const plainNotice = R.renderReply({ ...answer, notices: ['Your message was long.'] });
    expect(plainNotice.privateNotice).toBeUndefined();
    expect(texts(plainNotice.messages[0]!)).toContain('Your message was long.');
  });

  it('a long answer is split into several sections at paragraph boundaries', () => {
    const para = `${'Health information '.repeat(90)}end.`;
    const m = R.renderReply(makeReply({ id: 'x1234', kind: 'answer', text: [para, para, para].join('\n\n') })).messages[0]!;
    const sections = m.blocks.filter((b): b is R.SectionBlock => b.type === 'section');
    expect(sections.length).toBeGreaterThan(1);
    for (const s of sections) {
      expect(s.text.text.length).toBeLessThanOrEqual(R.MAX_SECTION_TEXT);
      expect(s.text.text.startsWith('Health')).toBe(true);
      expect(s.text.text.endsWith('end.')).toBe(true);
    }
  });

  it('a checklist: one checkbox per step whose block_id is the core payload step:<id>, done steps ticked', () => {
    const view: ChecklistView = {
      goal: { id: 'rhit', title: 'Earn the RHIT', summary: '' },
      profile: { education: 'high-school', experience: 'none' },
      steps: [
        { number: 1, id: 'get-ged', title: 'Earn a GED', why: 'w', doneWhen: 'd', done: true, next: false, learnMore: [] },
        { number: 2, id: 'cahiim', title: 'Enroll', why: 'Because', doneWhen: 'Enrolled', done: false, next: true, learnMore: [{ label: 'x', action: 'topic:cahiim-programs' }] },
      ],
      doneCount: 1,
      total: 2,
      progressBar: '█████░░░░░ 1/2 (50%)',
      profileLabel: 'High school diploma or GED; no work experience yet',
      headline: "Here's your checklist.",
      footer: ['Mark a step with `/checklist done N`; undo with `/checklist undo N`.'],
      earlierGoals: [],
    };
    const text = "Here's your checklist.\n\n**Earn the RHIT** (x)\n█████░░░░░ 1/2 (50%)\n\n[x] 1. Earn a GED\n[ ] 2. **Enroll** (next)\n    Why: Because\n    Done when: Enrolled\n\nMark a step with `/checklist done N`; undo with `/checklist undo N`.";
    const m = R.renderReply(referenceCommands(makeReply({ id: 'c1234', kind: 'checklist', title: 'Your checklist', text, checklist: view, personal: true }))).messages[0]!;
    const steps = m.blocks.filter((b): b is R.SectionBlock => b.type === 'section' && Boolean(b.accessory));
    expect(steps.map((s) => s.block_id)).toEqual(['step:get-ged:undo', 'step:cahiim:undo']);
    expect(steps[0]!.accessory!.initial_options).toHaveLength(1);
    expect(steps[1]!.accessory!.initial_options).toBeUndefined();
    expect(steps[1]!.text.text).toContain('Why: Because');
    const all = texts(m);
    expect(all).not.toContain('[x] 1.'); // the plain list is replaced by the checkboxes
    expect(all).toContain('/chartpath checklist done N');
    expect(all).toContain('Earn the RHIT');
    expect(all).toContain('topic:cahiim-programs');
  });
});

describe('retry memory', () => {
  it('an event id is new once within the window, and new again after it', async () => {
    const { RecentIds } = await import('../../../adapters/slack/dedupe.js');
    let now = 0;
    const recent = new RecentIds(1000, 3, () => now);
    expect(recent.firstTime('Ev1')).toBe(true);
    expect(recent.firstTime('Ev1')).toBe(false);
    now = 999;
    expect(recent.firstTime('Ev1')).toBe(false);
    now = 2500;
    expect(recent.firstTime('Ev1')).toBe(true);
    for (const id of ['a', 'b', 'c', 'd']) recent.firstTime(id);
    expect(recent.firstTime('Ev1')).toBe(true); // the oldest is forgotten beyond maxSize
  });
});
