// Commands carry text the person typed too ("/checklist start <anything>", "/checklist done <anything>"): it passes
// the PHI guard like a question does, before anything is stored, logged or echoed back.
import { inspectForPhi } from '../privacy/phi.js';
import type { Command } from '../contract/index.js';
import { noticeReply } from './compose.js';
import { PHRASES } from './phrases.js';
import type { Reply } from '../contract/index.js';

/** What of a command came from the person (questions are guarded where they are answered). */
function typedText(command: Command): string {
  switch (command.name) {
    case 'checklist-start':
      return [...(command.words ?? []), command.goal, command.education, command.experience].filter((x): x is string => typeof x === 'string').join(' ');
    case 'checklist-done':
    case 'checklist-undo':
      return command.step;
    case 'rate':
      return command.replyId ?? '';
    default:
      return '';
  }
}

/** The private privacy reply when a command's text looks like it carries patient details; undefined otherwise. */
export function guardCommand(command: Command): { reply: Reply; kinds: string[] } | undefined {
  const text = typedText(command);
  if (!text) return undefined;
  const phi = inspectForPhi(text);
  if (!phi.detected) return undefined;
  const reply = noticeReply(PHRASES.privacyOnly, { personal: true });
  reply.notices.unshift(PHRASES.privacy);
  reply.privacyWarning = true;
  return { reply, kinds: phi.kinds };
}
