// THE END-TO-END CHECK: every labelled message goes through a real Advisor with the real knowledge base, the
// real lowdb store on disk and the real pino logger at debug level. Answers are rated unhelpful (so the
// unhelpful-answer log is written too), the store is closed, and then every file in the data directory and
// every log line is searched for every identifier of every identifier-bearing message.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Advisor, type Who } from '../../src/core/advisor.js';
import { SURFACES } from '../../src/contract/index.js';
import { PHRASES } from '../../src/core/phrases.js';
import type { Reply } from '../../src/contract/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { createLogger } from '../../src/log.js';
import { LowdbStore } from '../../src/store/lowdb-store.js';
import { knowledgeDir } from '../helpers/core.js';
import { loadSet, SET_NAMES, type Labelled } from './phi-set.js';

const messages: (Labelled & { set: string })[] = SET_NAMES.flatMap((name) => loadSet(name).map((m) => ({ ...m, set: name })));
const identifiers = messages.filter((m) => m.phi).flatMap((m) => (m.identifiers ?? []).map((id) => ({ id, text: m.text })));

/**
 * Whether id occurs in haystack as itself, not inside a longer word or number: "4/2" does not occur in
 * "3/4/2024" and "John" does not occur in "Johnson", but "00482913" occurs in "MRN 00482913".
 */
function occurs(haystack: string, id: string): boolean {
  const h = haystack.toLowerCase();
  const needle = id.toLowerCase();
  const edge = /[a-z0-9/]/;
  for (let at = h.indexOf(needle); at >= 0; at = h.indexOf(needle, at + 1)) {
    const before = at > 0 ? h[at - 1]! : ' ';
    const after = h[at + needle.length] ?? ' ';
    const startsAlnum = /[a-z0-9]/.test(needle[0]!);
    const endsAlnum = /[a-z0-9]/.test(needle[needle.length - 1]!);
    if ((!startsAlnum || !edge.test(before)) && (!endsAlnum || !edge.test(after))) return true;
  }
  return false;
}

// A fixed clock whose timestamps (ISO and epoch) cannot be mistaken for any identifier of the set.
const NOW = new Date('2031-07-19T08:00:00.000Z');

let dataDir: string;
const logLines: string[] = [];
const replyIds = new Set<string>();
const privacyReplies: { message: Labelled & { set: string }; reply: Reply }[] = [];
let rated = 0;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'chartpath-phi-'));
  const sink = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      logLines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createLogger({ level: 'debug', destination: sink });
  const store = await LowdbStore.open(dataDir);
  const advisor = new Advisor(loadKnowledge(knowledgeDir), store, { logger, now: () => NOW });
  for (const [i, message] of messages.entries()) {
    const who: Who = { person: `person-${i % 11}`, channel: `channel-${i % 5}`, surface: SURFACES[i % SURFACES.length]!, shared: i % 2 === 0 };
    // Both ways in: a free-text message and the /ask command.
    const reply = i % 3 === 2 ? await advisor.run(who, { name: 'ask', question: message.text }) : await advisor.ask({ ...who, text: message.text });
    replyIds.add(reply.id);
    if (message.phi) privacyReplies.push({ message, reply });
    if (!reply.ratings.length) continue;
    // Rate answers unhelpful through the three paths a surface has: the command with an id, "the last answer", and the button.
    rated++;
    if (i % 3 === 0) await advisor.run(who, { name: 'rate', helpful: false, replyId: reply.id });
    else if (i % 3 === 1) {
      // The core noted the answer as this person's last one when it gave it.
      await advisor.run(who, { name: 'rate', helpful: false });
    } else {
      await advisor.act(who, `fb:${reply.id}:up`);
      await advisor.act(who, `fb:${reply.id}:down`);
    }
  }
  await store.close();
}, 120_000);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('end to end: no identifier reaches a file or a log', () => {
  it('uses a set whose identifiers never appear in an ordinary message (or the check would prove nothing)', () => {
    const ordinary = messages.filter((m) => !m.phi);
    const clashes = identifiers.filter(({ id }) => ordinary.some((o) => occurs(o.text, id)));
    expect(clashes).toEqual([]);
  });

  it('exercised the paths that write: answers, unanswered and unhelpful logs, feedback, the privacy log line', () => {
    // The data folder's three files (src/store/file-layout.ts), read as one document.
    const data = Object.assign({}, ...['chartpath.json', 'chartpath-conversations.json', 'chartpath-ratings.json'].map((f) => JSON.parse(readFileSync(path.join(dataDir, f), 'utf8')))) as {
      unanswered: { reason: string }[];
      feedback: unknown[];
      replies: Record<string, unknown>;
    };
    expect(rated).toBeGreaterThan(100);
    expect(data.feedback.length).toBeGreaterThan(100);
    expect(Object.keys(data.replies).length).toBeGreaterThan(100);
    expect(data.unanswered.some((u) => u.reason === 'low-confidence')).toBe(true);
    expect(data.unanswered.some((u) => u.reason === 'unhelpful')).toBe(true);
    expect(logLines.some((l) => l.includes('patient details'))).toBe(true);
  });

  it(`finds none of ${identifiers.length} identifiers in any file of the data directory`, () => {
    const files = filesUnder(dataDir);
    expect(files.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const file of files) {
      let text = readFileSync(file, 'utf8');
      // Random reply ids and the fixed clock are the system's own values, not message content.
      for (const id of replyIds) text = text.split(id).join('<id>');
      text = text.replace(/"id":\s*"[\w-]+"/g, '"id":"<id>"');
      text = text.split(NOW.toISOString()).join('<now>').split(String(NOW.getTime())).join('<now>');
      for (const { id, text: from } of identifiers) if (occurs(text, id)) found.push(`${path.basename(file)}: ${id}  (from: ${from})`);
    }
    expect(found).toEqual([]);
  });

  it(`finds none of the identifiers in any log line`, () => {
    expect(logLines.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const line of logLines) {
      // pino's own metadata (time, pid, hostname) is not message content.
      const { time: _time, pid: _pid, hostname: _hostname, ...content } = JSON.parse(line) as Record<string, unknown>;
      const text = JSON.stringify(content);
      for (const { id, text: from } of identifiers) if (occurs(text, id)) found.push(`${id}  (from: ${from})  in  ${text}`);
    }
    expect(found).toEqual([]);
  });

  it('answers identifier-bearing messages with the privacy reminder: all of the tuned sets, >= 90% of the clerk set', () => {
    const without = (set: string) => privacyReplies.filter(({ message, reply }) => message.set === set && (!reply.privacyWarning || !reply.notices.includes(PHRASES.privacy)));
    // The guard's recall on the sets it was tuned on is 100%, so every one of them carries the reminder.
    for (const set of ['phi-set.jsonl', 'phi-holdout.jsonl', 'phi-clerk-dev.jsonl']) expect(without(set).map(({ message }) => message.text)).toEqual([]);
    const clerk = privacyReplies.filter(({ message }) => message.set === 'phi-clerk-set.jsonl').length;
    expect(1 - without('phi-clerk-set.jsonl').length / clerk).toBeGreaterThanOrEqual(0.9);
  });
});
