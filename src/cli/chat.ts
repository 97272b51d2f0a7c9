// The terminal chat: the embedded default when no platform token is configured.
import { createInterface } from 'node:readline/promises';
import pc from 'picocolors';
import type { Advisor, Who } from '../core/advisor.js';
import { parseCommand } from '../core/commands.js';
import type { Reply, ReplyAction } from '../core/reply.js';
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

  const show = (reply: Reply) => {
    advisor.noteShown(who, reply);
    options_ = numberedActions(reply);
    const body = renderText(reply, { color }, { numbered: true });
    output.write(`\n${color ? pc.green('chartpath › ') : 'chartpath › '}${body}\n\n`);
  };

  output.write(`${color ? pc.bold(BANNER) : BANNER}\n\n`);
  let closed = false;
  rl.on('close', () => {
    closed = true;
  });
  while (!closed) {
    let line: string;
    try {
      line = await rl.question(prompt);
    } catch {
      break; // input ended (Ctrl-D or end of a piped file)
    }
    const text = line.trim();
    if (!text) continue;
    if (/^\/(quit|exit|bye)$/i.test(text)) break;
    const picked = /^\d{1,2}$/.test(text) ? options_[Number(text) - 1] : undefined;
    if (picked) {
      show(await advisor.act(who, picked.action));
      continue;
    }
    if (text.startsWith('/')) {
      const command = parseCommand(text.slice(1));
      show(command ? await advisor.run(who, command) : await advisor.run(who, { name: 'invalid', message: `I don't know the command "${text.split(/\s/)[0]!.slice(0, 30)}". Type /help to see the commands.` }));
      continue;
    }
    show(await advisor.ask({ ...who, text }));
  }
  rl.close();
  output.write('Goodbye! Your checklist is saved for next time.\n');
}
