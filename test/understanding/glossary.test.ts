// glossary.ts: "what does DRG stand for?" gets the part of a card that spells the abbreviation out, read from the
// cards' own text, when the classifier alone is not sure or picks a card that never uses it.
import { describe, expect, it } from 'vitest';
import { Glossary } from '../../src/understanding/glossary.js';
import { conversation } from '../helpers/conversation.js';
import { realKnowledge } from '../helpers/core.js';

const { last, partOf } = conversation();
const glossary = new Glossary(realKnowledge());

describe('the glossary read from the cards', () => {
  it('finds "DRG, diagnosis-related group" (a glossary entry) and "(OEWS)" (an abbreviation in brackets)', () => {
    expect(glossary.define('DRG')).toMatchObject({ intent: { id: 'field-acronyms' }, acronym: 'DRG' });
    expect(glossary.define('OEWS')).toMatchObject({ intent: { id: 'job-outlook' }, part: partOf('job-outlook', /employment counts/i), acronym: 'OEWS' });
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
    for (const q of ['what is the DRG for this inpatient stay', 'how do DRGs affect pay', 'what is him']) expect(glossary.asked(q), q).toBeUndefined();
  });
});

describe('deciding with the glossary', () => {
  it('answers "what does DRG stand for?" with the acronyms card\'s part that spells it out, not "not sure"', () => {
    expect(last('what does drg stand for')).toMatchObject({ intent: { id: 'field-acronyms' }, part: partOf('field-acronyms', /specialty paths/i) });
  });
  it('answers it after another topic too, from the message alone', () => {
    expect(last('how long is the CCA exam', 'What is DRG? My job description say I assign patients to DRG using software.')).toMatchObject({ intent: { id: 'field-acronyms' } });
  });
  it('leaves a code lookup declined and a card that uses the abbreviation as it is', () => {
    expect(last('what is the DRG for this inpatient stay').intent?.id).toBe('decline-code-lookup');
    expect(last('whats an EMR').intent?.id).toBe('ehr-basics');
  });
});
