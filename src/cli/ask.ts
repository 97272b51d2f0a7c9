// `chartpath ask`: one question as text or JSON, or many questions from stdin (one per line) as JSON lines.
// Only what `ask --json "..."` needs is imported up front: the terminal renderer (and picocolors, a CommonJS module that
// makes Node load its CommonJS lexer) only for a text answer, readline only for questions on stdin.
import { once } from 'node:events';
import type { Advisor } from '../core/advisor.js';
import { toJson } from '../core/ask-json.js';
import type { TextOut } from './stdout-sync.js';

export { toJson, type AskJson } from '../core/ask-json.js';

const who = (channel: string) => ({ person: 'local', channel, surface: 'terminal' as const });

export async function askOnce(advisor: Advisor, question: string, json: boolean, out: TextOut, color: boolean): Promise<void> {
  const reply = await advisor.ask({ ...who('once'), text: question });
  if (json) out.write(`${JSON.stringify(toJson(question, reply))}\n`);
  else out.write(`${(await import('../terminal/render-text.js')).renderText(reply, { color })}\n`);
}

interface Line {
  text: string;
  session: string | undefined;
}

function parseLine(line: string): Line {
  const trimmed = line.trim();
  if (trimmed.startsWith('{')) {
    try {
      const obj = JSON.parse(trimmed) as unknown;
      if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
        const o = obj as Record<string, unknown>;
        const text = typeof o.text === 'string' ? o.text : '';
        const session = typeof o.session === 'string' || typeof o.session === 'number' ? String(o.session) : undefined;
        return { text, session };
      }
    } catch {
      // Not JSON after all: it is a question that happens to start with a brace.
    }
  }
  return { text: line, session: undefined };
}

/** Exactly one output line per input line, in order, whatever the line holds. */
export async function askStream(advisor: Advisor, input: NodeJS.ReadableStream, out: NodeJS.WritableStream): Promise<number> {
  const { createInterface } = await import('node:readline');
  const rl = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  // Answers to lines that arrived together go out in one write; the write happens as soon as the event loop
  // turns, so a program that sends one line and waits for its answer never waits on a buffer.
  // Backpressure: when the reader is slower than the answers, no more lines are read until it has caught up
  // (out.write returned false: wait for 'drain'), so memory stays bounded however much input waits.
  let pending = '';
  let scheduled = false;
  let blocked: Promise<unknown> | undefined;
  const flush = () => {
    scheduled = false;
    if (pending && !out.write(pending)) blocked ??= once(out, 'drain').finally(() => (blocked = undefined));
    pending = '';
  };
  for await (const raw of rl) {
    if (blocked) await blocked;
    n++;
    const { text, session } = parseLine(raw);
    const reply = await advisor.ask({ ...who(session !== undefined ? `session:${session}` : `line:${n}`), text });
    pending += `${JSON.stringify(toJson(text, reply))}\n`;
    if (pending.length > 1 << 16) flush();
    else if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  }
  flush();
  if (blocked) await blocked;
  return n;
}
