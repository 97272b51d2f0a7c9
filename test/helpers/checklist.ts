import type { Advisor, Who } from '../../src/core/advisor.js';
import { parseCommand } from '../../src/core/commands.js';
import { personKey } from '../../src/contract/index.js';
import { makeAdvisor as makeCoreAdvisor, realKnowledge } from './core.js';

export { realKnowledge };

/** A fresh advisor (memory store) and a terminal person to drive it. */
export function makeAdvisor(person: string): { advisor: Advisor; who: Who; key: string } {
  const who: Who = { person, channel: 'terminal', surface: 'terminal' };
  return { advisor: makeCoreAdvisor(), who, key: personKey('terminal', person) };
}

/** Types a line into the core the way the terminal chat does. */
export async function type(advisor: Advisor, who: Who, line: string) {
  const command = line.startsWith('/') ? parseCommand(line.slice(1)) : undefined;
  return command ? advisor.run(who, command) : advisor.ask({ ...who, text: line });
}
