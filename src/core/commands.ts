// Text commands, shared by the terminal ("/checklist done 2") and Slack ("/chartpath checklist done 2").
// Parsing only: the Advisor carries them out. Discord passes the same Command from its options.
import type { Command } from '../contract/index.js';
import { PHRASES } from './phrases.js';

const REPLY_ID = /^[A-Za-z0-9_-]{4,32}$/;

const USAGE = {
  done: 'Tell me which step: `/checklist done 2` (the step number from your checklist).',
  undo: 'Tell me which step: `/checklist undo 2` (the step number from your checklist).',
  checklist: 'Checklist commands: `/checklist` (show), `/checklist start`, `/checklist done N`, `/checklist undo N`, `/checklist reset`.',
};

/**
 * Parses a command line without its leading slash (and, on Slack, without "/chartpath").
 * Returns undefined for a line that is not a command; free text is a question.
 */
export function parseCommand(line: string): Command | undefined {
  const words = line.trim().split(/\s+/).filter(Boolean);
  const head = (words[0] ?? '').toLowerCase().replace(/^\//, '');
  const rest = words.slice(1);
  const alone = rest.length === 0;
  // Command words also start ordinary questions ("help me choose", "up to date training?", "plan for a coder"):
  // they are commands only in the exact shapes below; anything else is a question (undefined).
  switch (head) {
    case 'ask':
      return rest.length ? { name: 'ask', question: rest.join(' ') } : { name: 'invalid', message: 'Add your question after `ask`, for example `ask what is the RHIT?`' };
    case 'help':
    case '?':
      return alone ? { name: 'help' } : undefined;
    case 'topics':
    case 'topic':
      return alone ? { name: 'topics' } : undefined;
    case 'good':
    case 'helpful':
    case 'up':
    case 'bad':
    case 'unhelpful':
    case 'down': {
      const helpful = ['good', 'helpful', 'up'].includes(head);
      if (alone) return { name: 'rate', helpful };
      return rest.length === 1 && REPLY_ID.test(rest[0]!) ? { name: 'rate', helpful, replyId: rest[0] } : undefined;
    }
    case 'forget-me':
    case 'forgetme':
    case 'forget': {
      const args = head === 'forget' ? (rest[0]?.toLowerCase() === 'me' ? rest.slice(1) : undefined) : rest;
      if (!args || args.length > 1) return undefined;
      const confirm = (args[0] ?? '').toLowerCase();
      if (confirm && !['confirm', 'yes', '--yes'].includes(confirm)) return undefined;
      return { name: 'forget', confirmed: Boolean(confirm) };
    }
    case 'plan':
    case 'checklist':
    case 'checklists': {
      const sub = (rest[0] ?? 'show').toLowerCase();
      const args = rest.slice(1);
      switch (sub) {
        case 'show':
        case 'view':
        case 'next':
          return args.length && head === 'plan' ? undefined : { name: 'checklist-show' };
        case 'start':
        case 'new':
        case 'switch':
          // Typed words may hold multi-word values ("health data", "high school"): the service sorts them out.
          return { name: 'checklist-start', words: args };
        case 'done':
        case 'check':
        case 'complete':
          return args[0] ? { name: 'checklist-done', step: args[0] } : { name: 'invalid', message: USAGE.done };
        case 'undo':
        case 'uncheck':
          return args[0] ? { name: 'checklist-undo', step: args[0] } : { name: 'invalid', message: USAGE.undo };
        case 'reset':
        case 'clear':
          // A reset cannot be undone: it asks first, unless the line already says yes.
          return { name: 'checklist-reset', confirmed: ['confirm', 'yes', '--yes'].includes((args[0] ?? '').toLowerCase()) };
        default:
          return head === 'plan' ? undefined : { name: 'invalid', message: USAGE.checklist };
      }
    }
    default:
      return undefined;
  }
}

/** A typed command line: empty is help; a line that is not a command is a question, or with `strict` an unknown command. */
export function parseLine(text: string, strict: boolean): Command {
  const line = text.trim();
  if (!line) return { name: 'help' };
  const parsed = parseCommand(line);
  if (parsed) return parsed;
  if (strict) return { name: 'invalid', message: PHRASES.unknownCommand(line.split(/\s/)[0]!.replace(/^\//, '').slice(0, 30)) };
  return { name: 'ask', question: line };
}
