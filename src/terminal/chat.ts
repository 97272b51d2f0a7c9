// The terminal surface: the chat that `npm start` runs when no platform token is configured (and `chartpath chat`).
import { createInterface } from 'node:readline';
import pc from 'picocolors';
import type { Advisor, Who } from '../core/advisor.js';
import type { Reply, ReplyAction } from '../contract/index.js';
import { numberedActions, renderText } from './render-text.js';

export interface ChatOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  color?: boolean;
  who?: Who;
}

const BANNER = `ChartPath: career advice for health-information work (records clerk, HIT, coding, health data).
Ask a question in your own words, or type /help. /quit leaves.`;

export async function runChat(advisor: Advisor, options: ChatOptions = {}): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const color = options.color ?? (pc.isColorSupported && Boolean((output as NodeJS.WriteStream).isTTY));
  const who: Who = options.who ?? { person: 'local', channel: 'terminal', surface: 'terminal' };
  const rl = createInterface({ input, output, terminal: Boolean((input as NodeJS.ReadStream).isTTY) });
  const prompt = color ? pc.bold(pc.blue('you › ')) : 'you › ';
  let options_: ReplyAction[] = [];

  const handle = async (text: string) => {
    const picked = /^\d{1,2}$/.test(text) ? options_[Number(text) - 1] : undefined;
    if (picked) return show(await advisor.handle(who, { kind: 'action', payload: picked.action }));
    if (text.startsWith('/')) return show(await advisor.handle(who, { kind: 'line', text, strict: true }));
    return show(await advisor.handle(who, { kind: 'text', text }));
  };

  const show = (reply: Reply) => {
    options_ = numberedActions(reply);
    const body = renderText(reply, { color }, { numbered: true });
    output.write(`\n${color ? pc.green('chartpath › ') : 'chartpath › '}${body}\n\n`);
  };

  output.write(`${color ? pc.bold(BANNER) : BANNER}\n\n`);
  rl.setPrompt(prompt);
  rl.prompt();
  // The async iterator queues lines, so pasted or piped input is answered line by line, none lost.
  for await (const line of rl) {
    const text = line.trim();
    // A terminal's convention: "exit" or "quit" typed alone leaves too (people type it before they read /help).
    if (/^\/(quit|exit|bye)$/i.test(text) || /^(quit|exit)$/i.test(text)) break;
    if (text) await handle(text);
    rl.prompt();
  }
  rl.close();
  output.write('Goodbye! Your checklist is saved for next time.\n');
}
