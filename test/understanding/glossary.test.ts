// glossary.ts: "what does DRG stand for?" gets the part of a card that spells the abbreviation out, read from the
// cards' own text, when the classifier alone is not sure or picks a card that never uses it.
import { describe, expect, it } from 'vitest';
import { Glossary, spellsOut } from '../../src/understanding/glossary.js';
import { conversation } from '../helpers/conversation.js';
import { realKnowledge } from '../helpers/core.js';

const { last, partOf } = conversation();
const kb = realKnowledge();
const glossary = new Glossary(kb);
/** The text of the part a definition or decision points at. */
const spelledOut = (d: { intent?: { id: string } | undefined; part?: string | undefined } | undefined) =>
  kb.byId.get(d?.intent?.id ?? '')?.layout.parts.find((p) => p.label === d?.part)?.text ?? '';

describe('the glossary read from the cards', () => {
  it('finds "DRGs (diagnosis-related groups)" and "Office for Civil Rights (OCR)", where a card explains them', () => {
    expect(spelledOut(glossary.define('DRG'))).toMatch(/diagnosis-related group/i);
    expect(glossary.define('OCR')).toMatchObject({ intent: { id: 'hipaa-basics' }, part: partOf('hipaa-basics', /who enforces/i), acronym: 'OCR' });
  });
  it('takes a bracketed abbreviation only where the words before it spell it out: a source in brackets is no definition', () => {
    expect(spellsOut('diagnosis-related groups', 'DRG')).toBe(true);
    expect(spellsOut('the Office for Civil Rights', 'OCR')).toBe(true);
    expect(spellsOut('the link between providers and the billing office', 'BLS')).toBe(false);
    expect(glossary.define('BLS')).toBeUndefined();
  });
  it('reads a plural as the abbreviation ("DRGs") and keeps one that ends in S ("NCHS")', () => {
    expect(glossary.define('drgs')?.acronym).toBe('DRG');
    expect(glossary.define('NCHS')?.acronym).toBe('NCHS');
  });
  it('knows nothing the cards never spell out', () => {
    expect(glossary.define('XYZ')).toBeUndefined();
  });
  it('hears the meaning asked in the usual ways, and nothing else', () => {
    for (const q of ['what does drg stand for', 'What is DRG? My job description says I assign patients to DRG using software.', 'whats a DRG', 'DRG meaning?', 'define drg', 'what is DRG in medical coding?']) {
      expect(glossary.asked(q)?.acronym, q).toBe('DRG');
    }
    // A code asked for ("what's the DRG?"), a plain word in lower case ("what are hits"), and other questions are not.
    for (const q of ['what is the DRG for this inpatient stay', "what's the DRG?", 'how do DRGs affect pay', 'what is him', 'what are hits']) {
      expect(glossary.asked(q), q).toBeUndefined();
    }
  });
});

describe('reading the cards only when needed', () => {
  it('reads no card for a message that asks no meaning, or whose decided card already uses the word', () => {
    let read = 0;
    const counted = new Glossary({ ...kb, get intents() { read++; return kb.intents; } });
    const rhit = { intent: kb.byId.get('rhit'), confidence: 1, route: 'entity' as const, candidates: [], entity: 'rhit' };
    expect(counted.answer('how long is the rhit exam', rhit)).toBeUndefined();
    expect(counted.answer('what does rhit stand for', rhit)).toBeUndefined();
    expect(read).toBe(0);
    expect(counted.answer('what does drg stand for', { ...rhit, intent: undefined, route: 'unsure' })?.intent?.id).toBeDefined();
    expect(read).toBe(1);
  });
});

describe('deciding with the glossary', () => {
  it('answers "what does DRG stand for?" with the part of a card that spells it out, not "not sure"', () => {
    expect(spelledOut(last('what does drg stand for'))).toMatch(/diagnosis-related group/i);
  });
  it('answers it after another topic too, from the message alone', () => {
    expect(spelledOut(last('how long is the CCA exam', 'What is DRG? My job description say I assign patients to DRG using software.'))).toMatch(/diagnosis-related group/i);
  });
  it('prefers a card that explains the thing in its running text to the acronyms list: "what is CTR?" is the cancer registrar', () => {
    expect(last('What is CTR? My friend say she is one.')).toMatchObject({ intent: { id: 'specialty-roles' }, part: partOf('specialty-roles', /cancer registrar/i) });
  });
  it('leaves a code lookup declined and a card that uses the abbreviation as it is', () => {
    expect(last('what is the DRG for this inpatient stay').intent?.id).toBe('decline-code-lookup');
    expect(last('whats an EMR').intent?.id).toBe('ehr-basics');
  });
});
