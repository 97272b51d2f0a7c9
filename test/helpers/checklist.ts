import type { Advisor, Who } from '../../src/core/advisor.js';
import type { Plan, PlanStep } from '../../src/knowledge/types.js';
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

/** A small made-up plan for unit tests: step "ged" only without a diploma, step "degree" skipped with an associate degree. */
export function testPlan(id = 'demo', title = 'Demo goal'): Plan {
  const step = (sid: string, extra: Partial<PlanStep> = {}): PlanStep => ({
    id: sid,
    title: `Step ${sid}`,
    why: `Why ${sid}`,
    doneWhen: `Done when ${sid}`,
    topics: [],
    onlyIf: undefined,
    skipIf: undefined,
    ...extra,
  });
  return {
    id,
    title,
    summary: `Summary of ${title}`,
    steps: [step('ged', { onlyIf: { education: ['none'] } }), step('degree', { skipIf: { education: ['associate'] } }), step('exam')],
    sources: [],
    reviewed: '2026-01-01',
    file: `${id}.md`,
  };
}
