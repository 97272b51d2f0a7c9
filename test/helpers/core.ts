// Shared fixtures: the real knowledge base and a trained advisor, built once per test file.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Advisor, type AdvisorOptions, type Who } from '../../src/core/advisor.js';
import { Understanding } from '../../src/understanding/understand.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import { MemoryStore } from '../../src/store/memory.js';
import type { Store } from '../../src/store/port.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const knowledgeDir = path.join(repoRoot, 'knowledge');

let kb: KnowledgeBase | undefined;
export function realKnowledge(): KnowledgeBase {
  kb ??= loadKnowledge(knowledgeDir);
  return kb;
}

let understanding: Understanding | undefined;
/** One trained understanding per test file: training is the slow part, and it is read-only afterwards. */
export function sharedUnderstanding(): Understanding {
  understanding ??= new Understanding(realKnowledge());
  return understanding;
}

export function makeAdvisor(options: AdvisorOptions = {}, store: Store = new MemoryStore()): Advisor {
  return new Advisor(realKnowledge(), store, { understanding: sharedUnderstanding(), ...options });
}

export const terminalUser: Who = { person: 'tester', channel: 'terminal', surface: 'terminal' };

export function ask(advisor: Advisor, text: string, who: Who = terminalUser) {
  return advisor.ask({ ...who, text });
}
