// Compiling the knowledge base from its source files: read and validate every file, train, and read the knowledge
// through the analyzer, exactly as a start without a bundle would. Loaded only when a bundle has to be (re)built, so a
// start from the bundle never loads the YAML parser, the schemas or the trainer's set-up.
import { loadKnowledge } from '../knowledge/load.js';
import type { ClassifierSnapshot } from '../nlu/classifier.js';
import { FieldVocabulary } from '../review/strict-scrub.js';
import { Understanding } from '../understanding/understand.js';
import type { Compiled } from './format.js';

/** Reads, validates and trains from the source files (throws KnowledgeError on content mistakes). */
export function compileKnowledge(knowledgeDir: string): Compiled {
  const kb = loadKnowledge(knowledgeDir);
  const understanding = new Understanding(kb);
  const classifier = understanding.classifier;
  const snapshot: ClassifierSnapshot = { ...classifier.snapshot(), speller: classifier.analyzer.spellerIndex() };
  return { kb, snapshot, tables: understanding.tables(), fieldWords: FieldVocabulary.of(kb).list() };
}
