// `chartpath checklist`: the checklist, scriptable (for curators testing plans, or other tools).
import type { Advisor, Who } from '../core/advisor.js';
import { EDUCATION_LEVELS, EXPERIENCE_LEVELS, fillCommandRefs, terminalSyntax, type Command, type Reply } from '../contract/index.js';
import { renderText } from '../terminal/render-text.js';

export interface ChecklistCliOptions {
  user: string;
  json?: boolean;
  goal?: string;
  education?: string;
  experience?: string;
}

export function checklistCommand(action: string, step: string | undefined, o: ChecklistCliOptions): Command {
  switch (action) {
    case 'show':
      return { name: 'checklist-show' };
    case 'start':
      return { name: 'checklist-start', goal: o.goal, education: o.education, experience: o.experience };
    case 'done':
    case 'undo':
      if (!step) return { name: 'invalid', message: `Say which step, e.g. \`chartpath checklist --user ${o.user} ${action} 2\`.` };
      return action === 'done' ? { name: 'checklist-done', step } : { name: 'checklist-undo', step };
    case 'reset':
      // Naming the action on a command line is the confirmation: a script cannot click "Yes".
      return { name: 'checklist-reset', confirmed: true };
    default:
      return { name: 'invalid', message: `Unknown action "${action}". Use show, start, done N, undo N or reset.` };
  }
}

export async function runChecklistCli(advisor: Advisor, action: string, step: string | undefined, o: ChecklistCliOptions, out: NodeJS.WritableStream): Promise<number> {
  // The terminal chat's person is "local" on the terminal surface: `--user local` is the same checklist.
  const who: Who = { person: o.user, channel: 'cli', surface: 'terminal' };
  const reply: Reply = await advisor.run(who, checklistCommand(action, step, o));
  // A start without every option comes back as a question with choices: in a script that is an error.
  const incomplete = action === 'start' && reply.choices.length > 0;
  const view = await advisor.checklist(who);
  if (o.json) {
    out.write(
      `${JSON.stringify({
        ok: !incomplete && reply.kind !== 'notice',
        user: o.user,
        message: reply.checklist ? undefined : fillCommandRefs(reply.text, reply.commands, terminalSyntax),
        choices: incomplete ? reply.choices.map((c) => ({ label: c.label, value: c.action.split(':').pop() })) : undefined,
        checklist: view ?? null,
      })}\n`,
    );
  } else {
    out.write(`${renderText(reply, { color: false })}\n`);
    if (incomplete) out.write(`\nGive all of --goal (${advisor.plans().map((p) => p.id).join(', ')}), --education (${EDUCATION_LEVELS.join(', ')}) and --experience (${EXPERIENCE_LEVELS.join(', ')}).\n`);
  }
  return incomplete || reply.kind === 'notice' ? 1 : 0;
}
