// companions(): the other topics a comparison ("rhit vs rhia") or a two-question message asks about, on the real knowledge base.
import { describe, expect, it } from 'vitest';
import type { Intent } from '../../src/knowledge/types.js';
import type { EntityMention } from '../../src/nlu/entities.js';
import { COMPARING, companions, inNamedOrder, namedSidesFirst } from '../../src/understanding/companions.js';
import { realKnowledge, sharedUnderstanding } from '../helpers/core.js';

const kb = realKnowledge();
const understanding = sharedUnderstanding();
const topic = (id: string): Intent => kb.byId.get(id)!;
const mentionsIn = (text: string): EntityMention[] => understanding.entities.find(understanding.ranker.rank(text).analysis);
const alsoAsked = (text: string, primary: string, mentions: EntityMention[] = mentionsIn(text)) =>
  companions(text, mentions, topic(primary), kb, understanding.ranker, understanding.thresholds).map((t) => t.id);

describe('inNamedOrder', () => {
  it('"...the CCS or the COC. What is the COC for?": the side the one question names comes first', () => {
    const text = "We're deciding whether to send our hospital outpatient coders for the CCS or the COC. What is the COC for?";
    expect(inNamedOrder(text, mentionsIn(text), [topic('ccs'), topic('coc')], kb).map((t) => t.id)).toEqual(['coc', 'ccs']);
    expect(inNamedOrder('the ccs or the coc?', mentionsIn('the ccs or the coc?'), [topic('coc'), topic('ccs')], kb).map((t) => t.id)).toEqual(['ccs', 'coc']);
  });
});

describe('companions', () => {
  it('"...and how often?" joined to a question asks it of the same thing: no companion of its own', () => {
    expect(alsoAsked('Who updates CPT and how often?', 'cpt')).toEqual([]);
  });
  it('answers the other named side of a comparison, never the primary topic itself', () => {
    expect(alsoAsked('rhit vs rhia', 'rhit')).toEqual(['rhia']);
    expect(alsoAsked('cca or ccs?', 'ccs')).toEqual(['cca']);
  });

  it('"is the ccs harder than the cca" compares the two named', () => {
    expect(alsoAsked('is the ccs harder than the cca', 'ccs')).toEqual(['cca']);
    expect(alsoAsked('is the ccs exam hard', 'ccs')).toEqual([]);
  });
  it('"why is the RHIA harder to get than the rhit" compares them too, with a few words between', () => {
    expect(alsoAsked('why is the RHIA harder to get than the rhit', 'rhit')).toEqual(['rhia']);
    expect(COMPARING.test('is the CCA quicker to earn than the CPC')).toBe(true);
  });
  it('a remark about the person ("took longer to study for than I expected") compares nothing', () => {
    expect(alsoAsked('the CCA took longer to study for than I expected, is the CCS worth it?', 'ccs')).toEqual([]);
    expect(alsoAsked('The CPC was harder for me than I thought, should I try the CRC next?', 'crc')).toEqual([]);
    expect(COMPARING.test("I'm finishing my RHIT faster this year than last")).toBe(false);
  });

  it('keeps the named sides in the order they were mentioned when the primary is neither', () => {
    expect(alsoAsked('rhit versus rhia', 'cca')).toEqual(['rhit', 'rhia']);
  });

  it('answers the second question joined to the first in one sentence', () => {
    expect(alsoAsked('what does a coder do and how much do they make', 'pay')).toEqual(['medical-coding-basics']);
  });

  it('adds at most two companions', () => {
    expect(alsoAsked('rhit vs rhia vs ccs', 'cca')).toEqual(['rhit', 'rhia']);
  });

  it('skips mentions of unknown topics and repeated ones', () => {
    const rhit = mentionsIn('rhit')[0]!;
    const ghost: EntityMention = { ...rhit, topic: 'no-such-topic' };
    expect(alsoAsked('rhit vs rhia', 'cca', [ghost, rhit, rhit])).toEqual(['rhit']);
  });

  it('finds nothing to compare when the message neither compares nor asks two questions', () => {
    expect(COMPARING.test('tell me about the rhit and the rhia')).toBe(false);
    expect(alsoAsked('tell me about the rhit and the rhia', 'rhia')).toEqual([]);
  });

  it('without two mentions, reads each side of the comparison on its own', () => {
    expect(alsoAsked('the rhit credential or the rhia credential', 'cca', [])).toEqual(['rhit', 'rhia']);
  });

  it('does not read one-word sides on their own', () => {
    expect(alsoAsked('rhit or rhia', 'cca', [])).toEqual([]);
  });

  it('answers each of two questions asked in separate sentences', () => {
    expect(alsoAsked('what is the CCA? how do I keep my HIPAA training current?', 'cca')).toEqual(['hipaa-training']);
  });

  it('ignores a second question that is not about the field', () => {
    expect(alsoAsked('what is the CCA? who won the world cup?', 'cca')).toEqual([]);
  });

  it('recognises comparing words only as whole words', () => {
    expect(COMPARING.test('which is better, rhit or rhia')).toBe(true);
    expect(COMPARING.test('the difference between them')).toBe(true);
    expect(COMPARING.test('what order do coders work in')).toBe(false);
  });
});

describe('namedSidesFirst', () => {
  const kb2 = realKnowledge();
  const t = (id: string) => kb2.byId.get(id)!;
  const mention = (topic: string) => ({ topic, type: t(topic).entity!.type, name: topic });
  it('drops a general topic beside two named things of one kind compared', () => {
    const sides = namedSidesFirst('whats the difference between cpc and coc', [mention('cpc'), mention('coc')], [t('roles-compared'), t('cpc'), t('coc')], () => undefined);
    expect(sides.map((s) => s.id)).toEqual(['cpc', 'coc']);
  });
  it('drops an organisation that only says whose the compared things are', () => {
    const text = "AHIMA's two coding credentials: what's the difference between the CCA and the CCS?";
    const sides = namedSidesFirst(text, [mention('professional-associations'), mention('cca'), mention('ccs')], [t('cca'), t('professional-associations'), t('ccs')], () => undefined);
    expect(sides.map((s) => s.id)).toEqual(['cca', 'ccs']);
  });
  it('changes nothing when an organisation and one credential are compared ("ahima or the cca?")', () => {
    const sides = [t('professional-associations'), t('cca')];
    expect(namedSidesFirst('ahima or the cca, which is better', [mention('professional-associations'), mention('cca')], sides, () => undefined)).toBe(sides);
  });
  it('keeps the topic the comparison is all about ("... which pays more")', () => {
    const sides = namedSidesFirst('rhit or rhia, which pays more', [mention('rhit'), mention('rhia')], [t('pay'), t('rhit'), t('rhia')], () => t('pay'));
    expect(sides.map((s) => s.id)).toEqual(['pay', 'rhit', 'rhia']);
  });
  it('changes nothing without a comparison, or with one named thing', () => {
    const sides = [t('roles-compared'), t('cpc'), t('coc')];
    expect(namedSidesFirst('tell me about cpc and coc', [mention('cpc'), mention('coc')], sides, () => undefined)).toBe(sides);
    expect(namedSidesFirst('cpc vs a clerk job', [mention('cpc')], sides, () => undefined)).toBe(sides);
  });
});
