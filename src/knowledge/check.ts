// Cross-file checks of the knowledge base: the mistakes a curator can make that a schema alone cannot see.
import { lineOfField } from './locate.js';
import { MAX_ANSWER_CHARS, MAX_ASK_CHARS, MAX_TITLE_CHARS, MIN_OTHER_EXAMPLES, MIN_TOPIC_EXAMPLES } from './limits.js';
import type { Problem } from './problems.js';
import { britishSpellings } from './spelling.js';
import type { Intent, KnowledgeBase } from './types.js';

/** Two examples that differ only in case, spacing or punctuation are the same example. */
export function exampleKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function checkIntent(intent: Intent, kb: KnowledgeBase, out: Problem[]): void {
  const at = (field: string, path: PropertyKey[], message: string, severity: Problem['severity'] = 'error') =>
    out.push({ file: intent.file, line: lineOfField(intent, path), field, message, severity });
  const isTopic = intent.kind === 'topic';
  const minExamples = isTopic ? MIN_TOPIC_EXAMPLES : MIN_OTHER_EXAMPLES;

  if (intent.examples.length < minExamples) {
    at('examples', ['examples'], `has ${intent.examples.length} example question${intent.examples.length === 1 ? '' : 's'}; needs at least ${minExamples}`);
  }
  if (!intent.answer) at('(answer)', [], 'the answer (the text after the front matter) is empty');
  if (intent.answer.length > MAX_ANSWER_CHARS) {
    at('(answer)', [], `the answer is ${intent.answer.length} characters; keep it under ${MAX_ANSWER_CHARS} so it fits one chat message`);
  }
  for (const { written, american } of britishSpellings(intent.answer)) {
    at('(answer)', [], `writes "${written}": ChartPath's readers are in the US, so write "${american}"`, 'warning');
  }
  if (intent.title.length > MAX_TITLE_CHARS) at('title', ['title'], `is ${intent.title.length} characters; keep it under ${MAX_TITLE_CHARS}`);

  if (isTopic) {
    if (!intent.group) at('group', ['group'], 'is missing (every topic belongs to a group of the topic browser)');
    if (!intent.ask) at('ask', ['ask'], 'is missing (the question a follow-up button asks for this topic)');
    else if (intent.ask.length > MAX_ASK_CHARS) at('ask', ['ask'], `is ${intent.ask.length} characters; keep it under ${MAX_ASK_CHARS} so it fits on a button`);
    if (!intent.sources.length) at('sources', ['sources'], 'is missing: every topic says where its facts come from');
    if (!intent.reviewed) at('reviewed', ['reviewed'], 'is missing: the date this answer was last checked against its sources');
    else if (intent.reviewed > today()) at('reviewed', ['reviewed'], 'is in the future');
    intent.sources.forEach((s, i) => {
      if (s.read > today()) at(`sources[${i}].read`, ['sources', i, 'read'], 'is in the future');
    });
    if (intent.related.length < 2) at('related', ['related'], 'list at least two related topics, so the answer can offer follow-up questions');
  } else {
    if (intent.group) at('group', ['group'], `only topics have a group (this file's kind is "${intent.kind}")`);
    if (intent.entity) at('entity', ['entity'], 'only topics can be about a named entity');
  }

  intent.related.forEach((rel, i) => {
    const target = kb.byId.get(rel);
    if (!target) at(`related[${i}]`, ['related', i], `"${rel}" is not the id of any topic`);
    else if (rel === intent.id) at(`related[${i}]`, ['related', i], 'a topic cannot be related to itself');
    else if (target.kind !== 'topic') at(`related[${i}]`, ['related', i], `"${rel}" is not a topic (it is a "${target.kind}" file)`);
  });
  if (new Set(intent.related).size !== intent.related.length) at('related', ['related'], 'lists the same topic twice');
}

export function checkKnowledge(kb: KnowledgeBase): Problem[] {
  const out: Problem[] = [];

  const seenIds = new Map<string, Intent>();
  for (const intent of kb.intents) {
    const first = seenIds.get(intent.id);
    if (first) out.push({ file: intent.file, line: lineOfField(intent, ['id']), field: 'id', message: `"${intent.id}" is already used by ${first.file}`, severity: 'error' });
    else seenIds.set(intent.id, intent);
  }

  for (const intent of kb.intents) checkIntent(intent, kb, out);

  const exampleOwner = new Map<string, { intent: Intent; index: number }>();
  for (const intent of kb.intents) {
    intent.examples.forEach((ex, index) => {
      const key = exampleKey(ex);
      const line = () => lineOfField(intent, ['examples', index]);
      if (!key) {
        out.push({ file: intent.file, line: line(), field: `examples[${index}]`, message: 'has no words in it', severity: 'error' });
        return;
      }
      const owner = exampleOwner.get(key);
      if (!owner) exampleOwner.set(key, { intent, index });
      else if (owner.intent === intent) out.push({ file: intent.file, line: line(), field: `examples[${index}]`, message: `repeats examples[${owner.index}] ("${ex}")`, severity: 'error' });
      else
        out.push({
          file: intent.file,
          line: line(),
          field: `examples[${index}]`,
          message: `"${ex}" is also an example of "${owner.intent.id}" (${owner.intent.file}); an example can teach only one intent`,
          severity: 'error',
        });
    });
  }

  const entityOwner = new Map<string, Intent>();
  for (const intent of kb.intents) {
    intent.entity?.names.forEach((name, i) => {
      const key = exampleKey(name);
      const owner = entityOwner.get(key);
      if (owner && owner !== intent)
        out.push({ file: intent.file, line: lineOfField(intent, ['entity', 'names', i]), field: `entity.names[${i}]`, message: `"${name}" already names the subject of "${owner.id}"`, severity: 'error' });
      else entityOwner.set(key, intent);
    });
  }

  const required = ['greeting', 'help', 'thanks', 'goodbye', 'about', 'decline'] as const;
  for (const kind of required) {
    if (kb.intents.length && !kb.intents.some((i) => i.kind === kind))
      out.push({ file: 'conversation/', field: 'kind', message: `no file has kind "${kind}"; the bot needs one to reply to such messages`, severity: 'error' });
  }

  for (const plan of kb.plans) {
    const stepIds = new Set<string>();
    plan.steps.forEach((step, i) => {
      for (const field of ['title', 'why', 'doneWhen'] as const) {
        for (const { written, american } of britishSpellings(step[field])) {
          out.push({ file: plan.file, line: lineOfField(plan, ['steps', i, field]), field: `steps[${i}].${field}`, message: `writes "${written}": ChartPath's readers are in the US, so write "${american}"`, severity: 'warning' });
        }
      }
      if (stepIds.has(step.id))
        out.push({ file: plan.file, line: lineOfField(plan, ['steps', i, 'id']), field: `steps[${i}].id`, message: `"${step.id}" is used by another step of this plan`, severity: 'error' });
      stepIds.add(step.id);
      step.topics.forEach((t, j) => {
        const target = kb.byId.get(t);
        if (!target || target.kind !== 'topic')
          out.push({ file: plan.file, line: lineOfField(plan, ['steps', i, 'topics', j]), field: `steps[${i}].topics[${j}]`, message: `"${t}" is not the id of any topic`, severity: 'error' });
      });
    });
    if (plan.reviewed > today()) out.push({ file: plan.file, line: lineOfField(plan, ['reviewed']), field: 'reviewed', message: 'is in the future', severity: 'error' });
  }
  const planIds = new Set<string>();
  for (const plan of kb.plans) {
    if (planIds.has(plan.id)) out.push({ file: plan.file, line: lineOfField(plan, ['id']), field: 'id', message: `"${plan.id}" is already used by another plan`, severity: 'error' });
    planIds.add(plan.id);
  }

  return out;
}
