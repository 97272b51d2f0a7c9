// Property-based fuzzing of both renderers (adapters/discord/render.ts, adapters/slack/render.ts): arbitrary Reply
// objects, with huge texts, control characters, lone surrogates, mention and markup attempts, many sources,
// suggestions, choices and topics, and checklists with many steps. Every rendered message must stay within the
// platform's limits as those modules export them, and nothing rendered may be able to mention anyone.
// npm test runs a few hundred inputs per property; `npm run fuzz` (FUZZ_RUNS=...) runs the full count.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as D from '../../adapters/discord/render.js';
import * as C from '../../adapters/discord/choices.js';
import * as S from '../../adapters/slack/render.js';
import * as H from '../../adapters/slack/home.js';
import type { ChecklistView } from '../../src/contract/index.js';
import { makeReply, type Reply, type ReplyKind } from '../../src/contract/index.js';
import { blockProblems, messageProblems } from '../adapters/slack/limits.js';

export const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
/** Per property, sized so that a full run stays within a few minutes (huge inputs are slow to generate and render). */
const TIMEOUT_MS = 60_000 + RUNS * 40;

const counts: Record<string, number> = {};
afterAll(() => {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`renderer fuzz: ${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ')}; total ${total} inputs`);
});

// ------------------------------------------------------------------------------------------------
// Hostile text
// ------------------------------------------------------------------------------------------------

const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d'];
const CONTROLS = [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)), '\u007f', '\u0085', '\u200b', '\u200e', '\u202e', '\u2028', '\u2029', '\u2060', '\ufeff', '\ufffd'];
const MENTIONS = [
  '@everyone', '@here', '@channel', '@Everyone', '@HERE', '<!channel>', '<!here>', '<!everyone>', '<!subteam^S0123|@team>', '<!date^1392734382^{date}|x>',
  '<@U0123ABCD>', '<@W0123>', '<@123456789012345678>', '<@!123456789012345678>', '<@&987654321098765432>', '<#C0123|general>', '<#555555555555555555>',
  '</ask:1234567890>', '<id:customize>', '<https://evil.example|click>', '<mailto:a@b.c|mail>', '@\u200beveryone', '＠everyone', '@ everyone',
];
const MARKUP = ['**', '*', '_', '__', '~', '~~', '`', '```', '||', '> ', '# ', '## ', '-# ', '- ', '[x](https://evil.example)', '&', '&amp;', '&lt;', '<', '>', '|', '\\', '\n', '\n\n', '\r\n', '\t', '😀', '👩‍⚕️', '/checklist done 2', '/quit'];

const word = fc.oneof(
  { weight: 8, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }) },
  { weight: 3, arbitrary: fc.constantFrom(...MENTIONS) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: fc.constantFrom(...CONTROLS) },
  { weight: 1, arbitrary: fc.constantFrom(...LONE_SURROGATES) },
  { weight: 1, arbitrary: fc.string({ minLength: 100, maxLength: 3000 }) },
);
const words = (max: number) => fc.tuple(fc.array(word, { maxLength: max }), fc.constantFrom(' ', ' ', ' ', '\n', '')).map(([ws, sep]) => ws.join(sep));
/** Huge texts: many kilobytes of prose, one enormous word, emoji (surrogate pairs everywhere), or hostile lines. */
const huge = fc.oneof(
  fc.tuple(fc.integer({ min: 5_000, max: 60_000 }), fc.constantFrom('word ', 'a', '😀', 'x\n', '@everyone ', '<@U1> ', '**bold** ', 'é\u0301 ', '\ud800')).map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length))),
  fc.array(fc.constantFrom(...MENTIONS, ...MARKUP, 'paragraph of text', '\n\n'), { minLength: 500, maxLength: 3000 }).map((ws) => ws.join(' ')),
);
const text = (maxWords = 40) => fc.oneof({ weight: 6, arbitrary: words(maxWords) }, { weight: 1, arbitrary: huge }, { weight: 1, arbitrary: fc.constant('') });

const id = fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,63}$/), fc.string({ maxLength: 300 }));
const payload = fc.oneof(
  id.map((i) => `topic:${i}`),
  id.map((i) => `step:${i}`),
  fc.constantFrom('checklist', 'forget:confirm', 'forget:cancel', 'start:rhit:high-school:none', 'fb:abcdEF12:up', 'fb:abcdEF12:down', ''),
  fc.string({ maxLength: 2500 }),
);
const action = fc.record({ label: text(8), action: payload });

const checklist: fc.Arbitrary<ChecklistView> = fc
  .record({
    steps: fc.array(
      fc.record({ id, title: text(12), why: text(30), doneWhen: text(12), done: fc.boolean(), learnMore: fc.array(fc.record({ label: text(8), action: id.map((i) => `topic:${i}`) }), { maxLength: 12 }) }),
      { maxLength: 150 },
    ),
    goalTitle: text(10),
    earlier: fc.array(fc.record({ id, title: text(6), doneCount: fc.nat(50), total: fc.nat(50) }), { maxLength: 5 }),
  })
  .map(({ steps, goalTitle, earlier }) => {
    const next = steps.findIndex((s) => !s.done);
    return {
      goal: { id: 'goal', title: goalTitle, summary: 'summary' },
      profile: { education: 'high-school', experience: 'none' },
      steps: steps.map((s, i) => ({ ...s, number: i + 1, next: i === next })),
      doneCount: steps.filter((s) => s.done).length,
      total: steps.length,
      progressBar: '[###-------] 3/10 (30%)',
    profileLabel: 'High school diploma or GED; no work experience yet',
    footer: [],
      earlierGoals: earlier,
    };
  });

const KINDS: ReplyKind[] = ['answer', 'clarify', 'decline', 'conversation', 'help', 'topics', 'checklist', 'forget', 'notice'];

const replyArb: fc.Arbitrary<Reply> = fc
  .record({
    id: fc.oneof(fc.constant('abcdEF12'), fc.string({ minLength: 1, maxLength: 60 })),
    kind: fc.constantFrom(...KINDS),
    title: fc.option(text(20), { nil: undefined }),
    text: text(400),
    sources: fc.array(
      fc.record({ title: text(12), url: fc.option(fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'https://a.test/x|y>z<w', 'https://a.test/(x)', 'https://a.test/?q=<@U1>'), fc.string({ maxLength: 3000 })), { nil: undefined }) }),
      { maxLength: 80 },
    ),
    reviewed: fc.option(text(6), { nil: undefined }),
    suggestions: fc.array(action, { maxLength: 80 }),
    choices: fc.array(action, { maxLength: 80 }),
    checklist: fc.option(checklist, { nil: undefined }),
    topics: fc.option(fc.array(fc.record({ group: id, title: text(6), topics: fc.array(fc.record({ id, title: text(8), ask: text(8) }), { maxLength: 60 }) }), { maxLength: 30 }), { nil: undefined }),
    notices: fc.array(text(60), { maxLength: 10 }),
    privacyWarning: fc.boolean(),
    personal: fc.boolean(),
    ratings: fc.boolean().map((b) => (b ? [{ label: '👍 Helpful', action: 'fb:abcd1234:up' }, { label: '👎 Not helpful', action: 'fb:abcd1234:down' }] : [])),
  })
  .map((r) => makeReply(r));

/** Every string in a value (for the well-formedness and mention checks). */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

const wellFormed = (s: string) => (s as string & { isWellFormed(): boolean }).isWellFormed();
/** Fails with every problem spelt out (expect() would cut the message short). */
function fail(problems: string[]): void {
  if (problems.length) throw new Error(problems.join('; '));
}

/** Where a string holds a lone surrogate (for readable failures). */
function loneSurrogates(list: string[]): string[] {
  return list
    .filter((s) => !wellFormed(s))
    .map((s) => {
      const i = [...s.matchAll(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g)][0]?.index ?? -1;
      return `lone surrogate at ${i} of ${s.length}: ${JSON.stringify(s.slice(Math.max(0, i - 20), i + 20))}`;
    });
}

/**
 * Runs a property RUNS times, counting the inputs it was given, and prints the count. A failure is reported by its
 * error, seed and path (the counterexample can be megabytes of text: replay it with fc.assert(..., { seed, path })).
 */
function run<Ts>(name: string, property: (count: () => void) => fc.IProperty<Ts>): void {
  counts[name] = 0;
  const details = fc.check(
    property(() => counts[name]!++),
    { numRuns: RUNS, endOnFailure: true },
  );
  console.log(`${name}: ${counts[name]} inputs`);
  if (details.failed) {
    const message = (details.errorInstance as Error | undefined)?.message ?? String(details.errorInstance);
    throw new Error(`${name} failed on input ${details.numRuns} (seed ${details.seed}, path "${details.counterexamplePath}"): ${message.slice(0, 3000)}`);
  }
}

// ------------------------------------------------------------------------------------------------
// Discord
// ------------------------------------------------------------------------------------------------

function discordProblems(m: D.DiscordMessage): string[] {
  const p: string[] = [];
  const check = (ok: boolean, what: string) => void (ok || p.push(what));
  check(JSON.stringify(m.allowedMentions) === JSON.stringify({ parse: [], repliedUser: false }), 'allowedMentions');
  check((m.content ?? '').length <= D.MAX_CONTENT, `content ${m.content?.length}`);
  check(Boolean(m.content || m.embeds.length || m.components.length), 'empty message');
  check(m.embeds.length <= D.MAX_EMBEDS_PER_MESSAGE, `${m.embeds.length} embeds`);
  check(m.embeds.reduce((n, e) => n + D.embedLength(e), 0) <= D.MAX_EMBED_TOTAL, 'embed total');
  for (const e of m.embeds) {
    check((e.title ?? '').length <= D.MAX_EMBED_TITLE, 'embed title');
    check((e.description ?? '').length <= D.MAX_EMBED_DESCRIPTION, 'embed description');
    check((e.fields ?? []).length <= D.MAX_EMBED_FIELDS, 'embed fields');
    for (const f of e.fields ?? []) check(f.name.length > 0 && f.name.length <= D.MAX_FIELD_NAME && f.value.length > 0 && f.value.length <= D.MAX_FIELD_VALUE, 'field');
    check((e.footer?.text ?? '').length <= D.MAX_FOOTER_TEXT, 'footer');
    check(Boolean(e.title || e.description || e.fields?.length || e.footer), 'empty embed');
  }
  check(m.components.length <= D.MAX_ACTION_ROWS, `${m.components.length} rows`);
  const ids = new Set<string>();
  for (const row of m.components) {
    check(row.components.length > 0 && row.components.length <= D.MAX_BUTTONS_PER_ROW, 'row size');
    for (const c of row.components as unknown as Record<string, any>[]) {
      check(typeof c.custom_id === 'string' && c.custom_id.length > 0 && c.custom_id.length <= D.MAX_CUSTOM_ID, 'custom_id');
      check(!ids.has(c.custom_id), `duplicate custom_id ${c.custom_id}`);
      ids.add(c.custom_id);
      if (c.type === 2) check(c.label.length > 0 && c.label.length <= D.MAX_BUTTON_LABEL, `label ${c.label.length}`);
      else {
        check(row.components.length === 1, 'a menu shares its row');
        check(c.options.length > 0 && c.options.length <= D.MAX_SELECT_OPTIONS, 'options');
        check(c.placeholder.length <= D.MAX_SELECT_PLACEHOLDER, 'placeholder');
        for (const o of c.options) check(o.label.length > 0 && o.label.length <= D.MAX_SELECT_OPTION_TEXT && o.value.length <= D.MAX_SELECT_OPTION_TEXT && (o.description ?? '').length <= D.MAX_SELECT_OPTION_TEXT, 'option');
      }
    }
  }
  // What Discord shows (custom ids and option values are payloads, never shown or parsed for mentions).
  const shown = [m.content ?? '', ...strings(m.embeds), ...m.components.flatMap((r) => (r.components as unknown as Record<string, any>[]).flatMap((c) => [c.label ?? '', c.placeholder ?? '', ...(c.options ?? []).flatMap((o: any) => [o.label, o.description ?? ''])]))].join('\n');
  const found = (re: RegExp) => {
    const m = re.exec(shown);
    return m ? JSON.stringify(shown.slice(Math.max(0, m.index - 30), m.index + 30)) : '';
  };
  const broadcast = found(/@(everyone|here)/i);
  const mention = found(/<[@#/]|<id:/);
  check(!broadcast, `broadcast mention in ${broadcast}`);
  check(!mention, `user, role, channel or command mention in ${mention}`);
  return p;
}

describe('Discord renderer', () => {
  it(`renderReply: every message within Discord's limits, nothing can mention anyone (${RUNS} inputs)`, () => {
    run('discord renderReply', (count) =>
      fc.property(replyArb, fc.boolean(), (reply, help) => {
        count();
        const out = D.renderReply(reply, help ? { commands: ['ask', 'checklist', 'help'] } : {});
        expect(out.messages.length).toBeGreaterThan(0);
        for (const m of [...out.messages, ...out.privateNotices]) fail(discordProblems(m));
        // A well-formed input stays well-formed: no cut ever lands inside a surrogate pair.
        if (strings(reply).every(wellFormed)) fail(loneSurrogates(strings([out.messages, out.privateNotices])));
      }),
    );
  }, TIMEOUT_MS);

  it(`autocomplete choices: at most 25, names and values within limits (${RUNS} inputs)`, () => {
    run('discord autocomplete', (count) =>
      fc.property(checklist, fc.array(fc.record({ id, title: text(10) }), { maxLength: 60 }), text(4), fc.constantFrom('done', 'undo') as fc.Arbitrary<'done' | 'undo'>, (view, plans, typed, mode) => {
        count();
        for (const choices of [C.stepChoices(view, typed, mode), C.planChoices(plans, typed)]) {
          expect(choices.length).toBeLessThanOrEqual(D.MAX_AUTOCOMPLETE_CHOICES);
          for (const c of choices) {
            expect(c.name.length).toBeGreaterThan(0);
            expect(c.name.length).toBeLessThanOrEqual(D.MAX_CHOICE_NAME);
            expect(c.value.length).toBeGreaterThan(0);
            expect(c.value.length).toBeLessThanOrEqual(D.MAX_CHOICE_VALUE);
            expect(c.name).not.toMatch(/@(everyone|here)|<[@#/]/i);
          }
        }
      }),
    );
  }, TIMEOUT_MS);
});

// ------------------------------------------------------------------------------------------------
// Slack
// ------------------------------------------------------------------------------------------------

/** Bare broadcasts (@channel...) must carry the word joiner escapeSlack adds; <!...>, <@...> and <#...> are refused by messageProblems. */
const broadcast = /@(channel|here|everyone)\b/i;

/** The texts Slack shows: text objects and a message's fallback text (button values and ids are payloads). */
function shown(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) shown(v, out);
  else if (value && typeof value === 'object') {
    const o = value as { type?: unknown; text?: unknown };
    if (typeof o.text === 'string' && (o.type === 'plain_text' || o.type === 'mrkdwn' || o.type === undefined)) out.push(o.text);
    for (const v of Object.values(value)) if (v && typeof v === 'object') shown(v, out);
  }
  return out;
}

const bareBroadcasts = (value: unknown) => shown(value).filter((s) => broadcast.test(s)).map((s) => `bare broadcast in ${JSON.stringify(s.slice(0, 200))}`);

describe('Slack renderer', () => {
  it(`renderReply: every message within Block Kit's limits, at most five, nothing can mention anyone (${RUNS} inputs)`, () => {
    run('slack renderReply', (count) =>
      fc.property(replyArb, fc.option(fc.oneof(fc.constant('/chartpath'), fc.string({ maxLength: 40 })), { nil: undefined }), (reply, command) => {
        count();
        const rendered = S.renderReply(reply, { command });
        const messages = S.allMessages(rendered);
        expect(rendered.messages.length).toBeGreaterThan(0);
        expect(rendered.messages.length).toBeLessThanOrEqual(S.MAX_MESSAGES_PER_REPLY);
        for (const m of messages) {
          fail(messageProblems(m));
          fail(bareBroadcasts(m));
        }
        if (strings(reply).every(wellFormed)) fail(loneSurrogates(strings(messages)));
      }),
    );
  }, TIMEOUT_MS);

  it(`renderHome: within the 100 blocks of a Home tab, nothing can mention anyone (${RUNS} inputs)`, () => {
    run('slack renderHome', (count) =>
      fc.property(replyArb, fc.option(text(40), { nil: undefined }), (reply, notice) => {
        count();
        const view = H.renderHome(reply, { notice });
        expect(view.type).toBe('home');
        fail(blockProblems(view.blocks, S.MAX_BLOCKS_PER_VIEW));
        fail(bareBroadcasts(view));
      }),
    );
  }, TIMEOUT_MS);
});

// ------------------------------------------------------------------------------------------------
// What the fuzzing found (fixed in the renderers), kept as plain examples
// ------------------------------------------------------------------------------------------------

describe('found by fuzzing', () => {
  it('Discord labels: removing ** or ` no longer joins "<" or "@" to what follows', () => {
    for (const label of ['<**#123456789012345678**', '<`@123456789012345678`', 'a <**/ask:1**>', '@**everyone**', '@`here`']) {
      const out = D.plainLabel(label, D.MAX_BUTTON_LABEL);
      expect(out).not.toMatch(/<[@#/]|@(everyone|here)/i);
    }
  });

  it('Slack text: control characters dropped, lone surrogates replaced, so the JSON stays the size of the text', () => {
    expect(S.escapeSlack('a\u0000b\u0010c\u007fd\te\nf')).toBe('abcd\te\nf');
    expect(S.escapeSlack('x\ud800y\udfffz 😀')).toBe('x\ufffdy\ufffdz 😀');
    const rendered = S.renderReply(makeReply({ id: 'abcdEF12', kind: 'notice', text: 'x', notices: ['\ud800'.repeat(40_000), '\u0010'.repeat(40_000)] }));
    for (const m of S.allMessages(rendered)) expect(messageProblems(m)).toEqual([]);
  });

  it('Slack: a broadcast word completed by a conversion ("@channel__x__" -> "@channel*x*") or a cut ("@channelzz" -> "@channel…") is defused too', () => {
    expect(S.toMrkdwn('@channel__x__')).toBe('@\u2060channel*x*');
    expect(S.toMrkdwn('hi @here__now__ and `@here`')).not.toMatch(/@here\*/);
    const title = `${'a'.repeat(S.MAX_HEADER_TEXT - 9)}@channelzzzz`; // the header is cut right after "@channel"
    const header = S.renderReply(makeReply({ id: 'abcdEF12', kind: 'answer', title, text: 'x' })).messages[0]!.blocks[0]!;
    expect(bareBroadcasts(header)).toEqual([]);
  });
});
