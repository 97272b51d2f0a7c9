// Finding a part of a topic by words, label, the thing named, or a topic all about the facet (src/understanding/part-finder.ts).
import { describe, expect, it } from 'vitest';
import { PartFinder } from '../../src/understanding/part-finder.js';
import { realKnowledge, sharedUnderstanding } from '../helpers/core.js';

const kb = realKnowledge();
const understanding = sharedUnderstanding();
const parts = new PartFinder(kb, understanding.ranker);
const topic = (id: string) => kb.byId.get(id)!;
const label = (id: string, pattern: RegExp) => topic(id).layout.parts.find((p) => pattern.test(p.label))!.label;

describe('PartFinder.closest', () => {
  it('the topic\'s own subject picks no part: "certified pay more" after pay is its certification part', () => {
    expect(parts.closest('does being certified pay more', topic('pay'))?.label).toBe(label('pay', /certif/i));
  });
  it('a clipped asked word finds its part ("cert"), but a part\'s shorter word is not a longer asked one ("exam" is not "examples")', () => {
    expect(parts.closest('is it more with a cert', topic('pay'))?.label).toBe(label('pay', /certif/i));
    expect(parts.closest('Examples besides hospitals?', topic('rhit'))?.label).not.toBe(label('rhit', /who awards/i));
  });
  it('last, a part whose label has an everyday field word: "do they teach coding systems?" after the coursework', () => {
    expect(parts.closest('Do they teach coding systems? Which ones?', topic('coursework'))?.label).toBe(label('coursework', /coding/i));
  });
  it('nothing shared, no part', () => {
    expect(parts.closest('hmm', topic('rhit'))).toBeUndefined();
  });
});

describe('PartFinder.byLabel', () => {
  it('two of a label\'s words name it; one does not', () => {
    const ranking = (text: string) => understanding.ranker.rank(text);
    expect(parts.byLabel(ranking('what about the HIPAA documentation itself?'), topic('record-retention'))?.label).toBe(label('record-retention', /hipaa documentation/i));
    expect(parts.byLabel(ranking('and the exam?'), topic('cca'))).toBeUndefined();
  });

  it("words of the topic's own title do not name one of its parts", () => {
    const ranking = understanding.ranker.rank('how long do those certificate programs usually take?');
    expect(parts.byLabel(ranking, topic('certificate-programs'))).toBeUndefined();
  });
});

describe('PartFinder.naming and allAbout', () => {
  it('the one part of a general topic that names the entity in context', () => {
    expect(parts.naming(topic('specialty-roles'), topic('specialty-roles'))?.label).toBe(label('specialty-roles', /cancer/i));
    expect(parts.naming(topic('rhit'), undefined)).toBeUndefined();
  });
  it('pay asked is the pay topic; a facet no single title is about is none', () => {
    expect(parts.allAbout('which one pays better')?.id).toBe('pay');
    expect(parts.allAbout('how long does it take')).toBeUndefined();
  });
});

describe('PartFinder.stems', () => {
  it('reads a knowledge-base text through the analyzer once and gives the same stems every time', () => {
    const text = topic('pay').layout.parts[0]!.label;
    const first = parts.stems(text);
    expect(first).toEqual(understanding.analyze(text).stems);
    expect(parts.stems(text)).toBe(first);
  });
});

describe('PartFinder.labelSharing', () => {
  it('finds the one part whose label has a word of the question ("privacy stuff": "Privacy and security")', () => {
    expect(parts.labelSharing('is there a cert for privacy stuff in HIM', topic('specialty-roles'))?.label).toBe('Privacy and security');
  });
  it('ignores the field\'s everyday words ("information" in HIM and in the ROI label) and finds none without a shared word', () => {
    expect(parts.labelSharing('health information management jobs', topic('specialty-roles'))).toBeUndefined();
    expect(parts.labelSharing('what jobs can i move into later', topic('specialty-roles'))).toBeUndefined();
  });
});

describe('PartFinder.byYear', () => {
  it('a year asked about picks the one part giving it: the May 2023 median after the pay', () => {
    expect(parts.byYear('what was it in the May 2023 numbers?', topic('pay'))?.label).toBe(label('pay', /older figures/i));
  });
  it('a year said in passing ("its 2025") picks nothing, nor a year no part gives', () => {
    expect(parts.byYear('do places still use paper charts?? its 2025', topic('cca'))).toBeUndefined();
    expect(parts.byYear('what was it in 1990?', topic('pay'))).toBeUndefined();
  });
});

describe('PartFinder.byFigure', () => {
  it('a dollar figure quoted picks the one part giving it, to the thousand ("$44k" is $44,090)', () => {
    expect(parts.byFigure('I saw $44k in an old book, where is that from?', topic('pay'))?.label).toBe(label('pay', /older figures/i));
    expect(parts.byFigure('someone said the top people make 80k', topic('pay'))?.label).toBe(label('pay', /whole occupation/i));
    expect(parts.byFigure('someone said 35,000 at the bottom', topic('pay'))).toBeUndefined(); // two parts give $35,xxx
  });
  it('no figure, or one no part gives, picks nothing', () => {
    expect(parts.byFigure('where is that from?', topic('pay'))).toBeUndefined();
    expect(parts.byFigure('I saw $99k somewhere', topic('pay'))).toBeUndefined();
  });
});

describe('PartFinder.byLabel and function words', () => {
  it('"than" names no part: "more than 500 patients" is not the "Fewer than 500" part', () => {
    const ranking = understanding.ranker.rank("what if it's more than 500 patients");
    expect(parts.byLabel(ranking, topic('breach-notification'))?.label).not.toBe(label('breach-notification', /fewer/i));
  });
});

describe('PartFinder.byTerm', () => {
  const analysis = (text: string) => understanding.analyze(text);
  it('a rare name in the question that one part names, the topic\'s own names aside: the CCDS after the CDIP', () => {
    expect(parts.byTerm(analysis('Which organization gives the CCDS one?'), topic('cdip'))?.label).toBe(label('cdip', /other cdi/i));
    expect(parts.byTerm(analysis('who gives the cdip'), topic('cdip'))).toBeUndefined();
  });
  it('an English word names no part, however rare ("safeguards", "percent")', () => {
    expect(parts.byTerm(analysis('what are the three kinds of safeguards?'), topic('hipaa-basics'))).toBeUndefined();
    expect(parts.byTerm(analysis('how much percent growth?'), topic('job-outlook'))).toBeUndefined();
  });
});

describe('PartFinder.sharingRareWords', () => {
  it('finds the part sharing rare words worth at least the score asked, and nothing below it', () => {
    const text = 'What were the actual dollar averages in that survey?';
    expect(parts.sharingRareWords(text, topic('pay'), 2)?.label).toBe(label('pay', /certification/i));
    expect(parts.sharingRareWords(text, topic('pay'), 50)).toBeUndefined();
    expect(parts.sharingRareWords('what is it', topic('pay'), 0.1)).toBeUndefined();
  });
});

describe('PartFinder.locallyClosest', () => {
  it('"where can I earn them cheap" after CEUs is the one part that alone says "earn", not the AAPC part that shares a rarer word', () => {
    expect(parts.locallyClosest('where can I earn them cheap', topic('continuing-education'))?.label).toBe(label('continuing-education', /where to earn/i));
  });
  it('nothing for a question whose words no single part has to itself', () => {
    expect(parts.locallyClosest('what does it all mean', topic('continuing-education'))).toBeUndefined();
    expect(parts.locallyClosest('what is it', topic('security-rule'))).toBeUndefined();
    // "hour" is in the direct answer and in the older figures: it tells no part apart.
    expect(parts.locallyClosest('What does that work out to per hour?', topic('pay'))).toBeUndefined();
    // "extra" is in both the AHIMA and the AAPC parts: it tells neither apart.
    expect(parts.locallyClosest('what about the extra ones', topic('continuing-education'))).toBeUndefined();
  });
});

describe('PartFinder.labelsNamedIn', () => {
  it('the parts whose whole label the message names, and not one it names only in part', () => {
    expect(parts.labelsNamedIn('cat ii vs cat iii', topic('cpt')).map((p) => p.label)).toEqual(['Category II', 'Category III']);
    expect(parts.labelsNamedIn('what about the other categories', topic('cpt'))).toEqual([]);
  });
});
