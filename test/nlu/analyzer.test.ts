import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/nlu/analyzer.js';
import { cleanText, normalizeText } from '../../src/nlu/normalize.js';
import { realKnowledge } from '../helpers/core.js';

describe('normalisation', () => {
  it('lowercases, expands contractions and drops punctuation', () => {
    expect(normalizeText(cleanText("What's the RHIT? I don't know!!"))).toBe('what is the rhit i do not know');
  });

  it('removes emoji, mentions, links and control characters but keeps the words', () => {
    expect(normalizeText(cleanText('🙂 <@123456> hey @everyone\u0000 see https://x.y/z about HIPAA 👍🏽'))).toBe('hey see about hipaa');
  });

  it('shortens letters repeated for emphasis', () => {
    expect(normalizeText('helloooooo sooooo')).toBe('helloo soo');
  });

  it('keeps a&p together', () => {
    expect(normalizeText(cleanText('do I need A & P?'))).toBe('do i need a&p');
  });
});

describe('the analyzer with the real vocabulary', () => {
  const kb = realKnowledge();
  const analyzer = new Analyzer({ synonyms: kb.vocabulary.synonyms }).fit(kb.intents.flatMap((i) => i.examples));

  it('leaves real English words alone though the examples never use them', () => {
    // "resident keeps falling" once read as "president keeps failing", "cakes" as "makes".
    expect(analyzer.analyze('one resident keeps falling').tokens).toEqual(['one', 'resident', 'keeps', 'falling']);
    expect(analyzer.analyze('selling cakes').tokens).toEqual(['selling', 'cakes']);
  });

  it('corrects misspellings the examples do not contain', () => {
    expect(analyzer.analyze('rhit certificaton').tokens).toContain('certification');
    expect(analyzer.analyze('what educatoin do I need').tokens).toContain('education');
    expect(analyzer.analyze('what is hippa').tokens).toContain('hipaa');
    expect(analyzer.analyze('medcal records').tokens).toContain('medical');
  });

  it('leaves words the examples use alone, even when one letter from a commoner word', () => {
    expect(analyzer.analyze('where is the authorization form').tokens).toContain('form');
  });

  it('expands the field nicknames, matching capitalised acronyms only when capitalised', () => {
    expect(analyzer.analyze('what is HIM').tokens.join(' ')).toContain('health information management');
    expect(analyzer.analyze('should I hire him').tokens).toContain('him');
    expect(analyzer.analyze('is med term hard').tokens.join(' ')).toContain('medical terminology');
    expect(analyzer.analyze('do I need A&P').tokens.join(' ')).toContain('anatomy and physiology');
    expect(analyzer.analyze('health info tech jobs').tokens.join(' ')).toContain('health information technician');
  });

  it('joins code-set names however they are written', () => {
    for (const form of ['ICD-10-CM', 'icd 10 cm', 'icd10-cm', 'ICD10CM']) expect(analyzer.analyze(form).tokens, form).toEqual(['icd10cm']);
  });

  it('never fails on junk', () => {
    for (const junk of ['', '   ', '\u0000\u0001', '💥💥', '\ud800', '<script>alert(1)</script>', 'x'.repeat(100_000)]) {
      expect(() => analyzer.analyze(junk)).not.toThrow();
    }
  });
});

describe('extra words for the speller', () => {
  it('are read as a message\'s words are: "CHEA" given in capitals is a known word, never corrected to "chda"', () => {
    const examples = ['what is the chda', 'chda exam', 'is the chda worth it'];
    expect(new Analyzer().fit(examples).analyze('recognized by chea').tokens).toContain('chda');
    expect(new Analyzer().fit(examples, ['CHEA']).analyze('recognized by chea').tokens).toContain('chea');
    expect(new Analyzer().fit(examples, ['Council of the CHEA Group']).analyze('chea group').tokens).toContain('chea');
  });
});
