// NLP.js v4: the Nlp class of @nlpjs/nlp (what node-nlp's NlpManager wraps) with English from
// @nlpjs/lang-en-min, its NluNeural classifier and default settings, nothing saved to disk.
import { createRequire } from 'node:module';
import type { Labelled } from '../lib/datasets.js';
import { NONE, type BenchSystem, type TopIntent } from './types.js';

const require = createRequire(import.meta.url);

interface NlpResult {
  intent: string;
  score: number;
  classifications?: { intent: string; score: number }[];
}
interface Nlp {
  settings: Record<string, unknown>;
  addLanguage(locale: string): void;
  addDocument(locale: string, text: string, intent: string): void;
  train(): Promise<unknown>;
  process(locale: string, text: string): Promise<NlpResult>;
}

export class NlpjsSystem implements BenchSystem {
  readonly name = 'nlpjs';
  readonly setup: string;
  private nlp: Nlp | undefined;

  /**
   * @param useNoneThreshold true: answer with Nlp.process's intent, which is "None" below its default threshold
   *   (0.5), as NlpManager does; false: the classifier's own top intent and score (for the benchmark's threshold).
   */
  constructor(private readonly useNoneThreshold: boolean) {
    this.setup = useNoneThreshold
      ? '@nlpjs/nlp Nlp + @nlpjs/lang-en-min, defaults (NluNeural; "None" below its threshold 0.5, as NlpManager)'
      : '@nlpjs/nlp Nlp + @nlpjs/lang-en-min, defaults (NluNeural); score = top classification before its 0.5 "None" rule';
  }

  async train(examples: Labelled[]): Promise<void> {
    const { containerBootstrap } = require('@nlpjs/core') as {
      containerBootstrap(): { use(x: unknown): void; get(name: string): unknown; registerConfiguration(tag: string, config: object, overwrite: boolean): void };
    };
    const { Nlp } = require('@nlpjs/nlp') as { Nlp: unknown };
    const { LangEn } = require('@nlpjs/lang-en-min') as { LangEn: unknown };
    const container = containerBootstrap();
    // NLP.js's own defaults for every NLU ('nlu-??'), except that it should not print each training epoch.
    container.registerConfiguration(
      'nlu-??',
      { keepStopwords: true, nonefeatureValue: 1, nonedeltaMultiplier: 1.2, spellCheck: false, spellCheckDistance: 1, filterZeros: true, log: false },
      true,
    );
    container.use(Nlp);
    container.use(LangEn);
    const nlp = container.get('nlp') as Nlp;
    nlp.settings.autoSave = false;
    nlp.settings.autoLoad = false;
    nlp.settings.log = false;
    nlp.addLanguage('en');
    for (const e of examples) nlp.addDocument('en', e.text, e.intent);
    await nlp.train();
    this.nlp = nlp;
  }

  async predict(text: string): Promise<TopIntent> {
    if (!this.nlp) throw new Error('not trained');
    const out = await this.nlp.process('en', text);
    if (this.useNoneThreshold) return { intent: out.intent, score: out.score };
    const top = out.classifications?.[0];
    if (!top || top.intent === NONE) return { intent: NONE, score: -Infinity };
    return { intent: top.intent, score: top.score };
  }
}
