// The peer for `npm run bench`: the same knowledge base answered by natural's BayesClassifier, as a command
// with the same shape as `chartpath ask --json` (one question, or one JSON line per stdin line).
import { createInterface } from 'node:readline';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { packageRoot } from '../../src/paths.js';
import { NaturalBayesSystem } from './natural-bayes.js';

const kb = loadKnowledge(process.env.KNOWLEDGE_DIR ?? `${packageRoot}/knowledge`);
const bayes = new NaturalBayesSystem();
await bayes.train(kb.intents.flatMap((i) => i.examples.map((text) => ({ text, intent: i.id }))));

const answer = (text: string) => {
  const top = bayes.predict(text);
  const intent = kb.byId.get(top.intent);
  return JSON.stringify({ text, intent: top.intent, confidence: top.score, answered: intent?.kind === 'topic', answer: intent?.answer ?? '' });
};

const question = process.argv.slice(2).join(' ');
if (question) process.stdout.write(`${answer(question)}\n`);
else for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) process.stdout.write(`${answer(line)}\n`);
