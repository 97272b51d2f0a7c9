// `chartpath ask`: one question, or (with --json and no question) every line of standard input.
import { boot } from '../boot.js';
import { askOnce, askStream } from './ask.js';
import { stdoutSync } from './stdout-sync.js';

export async function runAsk(question: string, json: boolean): Promise<void> {
  const core = await boot({ memory: true, defaultLogLevel: 'warn', noRateLimit: true });
  if (!question.trim()) return void (await askStream(core.advisor, process.stdin, process.stdout));
  // One JSON line has no colours to decide: it is written without making process.stdout (see stdout-sync.ts).
  if (json) return askOnce(core.advisor, question, true, stdoutSync, false);
  // Colours only on a terminal: picocolors is not even loaded for a pipe.
  const color = Boolean(process.stdout.isTTY) && (await import('picocolors')).default.isColorSupported;
  await askOnce(core.advisor, question, false, process.stdout, color);
}
