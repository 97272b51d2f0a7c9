// What a message is about when the field's words only surround it (src/understanding/subjects.ts).
import { describe, expect, it } from 'vitest';
import { outsideCondition, Subjects } from '../../src/understanding/subjects.js';
import { realKnowledge, sharedUnderstanding } from '../helpers/core.js';

const understanding = sharedUnderstanding();
const subjects = new Subjects(realKnowledge(), understanding.ranker, understanding.scope, understanding.entities);
const rank = (text: string) => understanding.ranker.rank(text);
const stems = (text: string) => understanding.analyze(text).stems;

describe('Subjects', () => {
  it('namesTheUnknown: a word of four letters or more that no topic uses', () => {
    expect(subjects.namesTheUnknown(understanding.analyze('refinance my mortgage').stems)).toBe(true);
    expect(subjects.namesTheUnknown(understanding.analyze('rhit exam cost').stems)).toBe(false);
    expect(subjects.namesTheUnknown(understanding.analyze('can we give it to the patient himself').stems)).toBe(false);
  });
  it('namesTheUnknown: a word that compares ("easier", "quicker") names no subject, known to the topics or not', () => {
    expect(subjects.namesTheUnknown(stems('which is easier to get into'))).toBe(false);
    expect(subjects.namesTheUnknown(stems('which is quicker'))).toBe(false);
    expect(subjects.namesTheUnknown(stems('which is quicker, zumba or pilates'))).toBe(true);
  });
  it('unknownSubject: "which is better, pizza or tacos?" has no word of its own a topic knows, however the topics rank', () => {
    expect(subjects.unknownSubject(rank('which is better, pizza or tacos?'), [], [])).toBe(true);
    expect(subjects.unknownSubject(rank('which is better, a certificate or tacos?'), [], [])).toBe(false);
  });
  it('asksAboutTheUnknown: "I\'m an RHIT. How do I refinance my mortgage?" asks about the mortgage', () => {
    expect(subjects.asksAboutTheUnknown("I'm an RHIT. How do I refinance my mortgage?")).toBe(true);
    expect(subjects.asksAboutTheUnknown("I'm an RHIT. How many CEUs do I need?")).toBe(false);
  });
  it('unknownSubject: a short question about something no topic knows, unless it names the field', () => {
    const r = rank('what do audiologists make');
    expect(subjects.unknownSubject(r, [], [])).toBe(true);
    expect(subjects.unknownSubject(r, [], ['records'])).toBe(false);
  });
  it('askingClausesDecline: a question no field word is in, wrapped in the field\'s words, is declined', () => {
    const text = "I'm studying for the RHIT, but what's the best anime on netflix right now?";
    const d = subjects.askingClausesDecline(text, rank(text), understanding.scope.fieldTerms(text));
    expect(d?.intent.kind).toMatch(/decline/);
    const inField = 'I work in medical records at a clinic, how many CEUs does the RHIT need?';
    expect(subjects.askingClausesDecline(inField, rank(inField), understanding.scope.fieldTerms(inField))).toBeUndefined();
  });
});

describe('outsideCondition', () => {
  const u = sharedUnderstanding();
  it('drops the condition a message ends with ("... if we\'re swamped"), not one it starts with', () => {
    expect(outsideCondition(u.analyze("can we get more time if we're swamped"))).not.toContain('swamp');
    expect(outsideCondition(u.analyze('if I fail can I retake it'))).toEqual(u.analyze('if I fail can I retake it').stems);
  });
});
