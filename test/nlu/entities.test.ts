// Covers src/nlu/entities.ts: finding named entities (credentials, laws...) in analysed questions.
import { describe, expect, it } from 'vitest';
import { EntityMatcher } from '../../src/nlu/entities.js';
import { Analyzer } from '../../src/nlu/analyzer.js';
import type { Intent } from '../../src/knowledge/types.js';
import { realKnowledge } from '../helpers/core.js';

const base = realKnowledge().intents[0]!;
const intent = (id: string, entity?: Intent['entity']): Intent => ({ ...base, id, entity });
const intents = [
  intent('cca', { type: 'credential', names: ['CCA', 'Certified Coding Associate'] }),
  intent('hipaa', { type: 'law', names: ['HIPAA'] }),
  intent('privacy-rule', { type: 'law', names: ['HIPAA Privacy Rule', 'Privacy Rule'] }),
  intent('associate', { type: 'credential', names: ['Associate Degree', 'Associate'] }),
  intent('greeting'),
];
const analyzer = new Analyzer({ spelling: false });
const matcher = new EntityMatcher(intents, analyzer);
const find = (text: string) => matcher.find(analyzer.analyze(text));

describe('EntityMatcher', () => {
  it('finds each entity with its topic, type, the name found and token position', () => {
    expect(find('how long is the cca exam')).toEqual([{ topic: 'cca', type: 'credential', name: 'CCA', at: 4 }]);
    expect(find('is a certified coding associate paid well')[0]).toMatchObject({ topic: 'cca', name: 'Certified Coding Associate', at: 2 });
    expect(find('hello there')).toEqual([]);
  });

  it('prefers the longest name at a position and does not match names inside it again', () => {
    expect(find('the HIPAA privacy rule').map((m) => m.topic)).toEqual(['privacy-rule']);
    expect(find('hipaa and the cca').map((m) => m.topic)).toEqual(['hipaa', 'cca']);
    // "associate" names another topic, but here it is part of the CCA's name.
    expect(find('a certified coding associate').map((m) => m.topic)).toEqual(['cca']);
    expect(find('an associate degree').map((m) => m.topic)).toEqual(['associate']);
  });

  it('needs every token of a name', () => {
    expect(find('certified coding')).toEqual([]);
  });

  it('lists each topic once, at its first mention', () => {
    expect(find('cca or certified coding associate, then privacy rule and cca')).toEqual([
      { topic: 'cca', type: 'credential', name: 'CCA', at: 0 },
      { topic: 'privacy-rule', type: 'law', name: 'Privacy Rule', at: 6 },
    ]);
  });

  it('keeps the analysed names and can be rebuilt from them without analysing again', () => {
    expect(matcher.names).toEqual([['cca'], ['certified', 'coding', 'associate'], ['hipaa'], ['hipaa', 'privacy', 'rule'], ['privacy', 'rule'], ['associate', 'degree'], ['associate']]);
    const noAnalysis = { analyze: () => { throw new Error('analysed'); } } as unknown as Analyzer;
    const rebuilt = new EntityMatcher(intents, noAnalysis, matcher.names);
    expect(rebuilt.find(analyzer.analyze('cca and hipaa'))).toEqual(find('cca and hipaa'));
  });

  it('gives the speller every entity name', () => {
    expect(EntityMatcher.words(intents)).toEqual(['CCA', 'Certified Coding Associate', 'HIPAA', 'HIPAA Privacy Rule', 'Privacy Rule', 'Associate Degree', 'Associate']);
  });
});

describe('EntityMatcher.acronyms', () => {
  it('lists the acronyms of the titles and answers (three to eight capitals or digits), once each', () => {
    const kb = realKnowledge();
    const acronyms = EntityMatcher.acronyms(kb.intents);
    expect(acronyms).toContain('CHEA');
    expect(acronyms).toContain('ACDIS');
    expect(acronyms.filter((a) => a === 'AHIMA')).toHaveLength(1);
    expect(acronyms).not.toContain('HR'); // the answers say HR, but two letters are too short to be a name worth keeping
  });
});
