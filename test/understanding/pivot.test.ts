// pivot.ts: "what about medical records specialists?" just after "what does a pharmacy tech make?" was declined asks
// the declined question again of this field. The pieces, then the rule through Understanding.decide.
import { describe, expect, it } from 'vitest';
import { askedAgainOf, CAREER_SLOT, declinedFrame, pivotSubject } from '../../src/understanding/pivot.js';
import { conversation } from '../helpers/conversation.js';

const { decide } = conversation();

describe('pivotSubject', () => {
  it.each([
    ['what about medical records specialists?', 'medical records specialists'],
    ['ok how about for coders then?', 'coders'],
    ['and medical records?', 'medical records'],
    ['but for a records clerk?', 'records clerk'],
    ['i meant medical records', 'medical records'],
    ['sorry, I was asking about health information technicians', 'health information technicians'],
    ['medical coding instead?', 'medical coding'],
  ])('"%s" asks about "%s"', (text, subject) => {
    expect(pivotSubject(text)).toBe(subject);
  });
  it.each(['what about you?', 'and then?', 'how long is the exam?', 'what about the exam for the cca and how much does it cost and where do i sign up for it?', 'medical records'])(
    '"%s" is no pivot',
    (text) => {
      expect(pivotSubject(text)).toBeUndefined();
    },
  );
});

describe('declinedFrame and askedAgainOf', () => {
  it('takes the career out of a short question and puts the subject in its place', () => {
    const text = 'What does a pharmacy tech make?';
    const frame = declinedFrame(text, { start: 12, end: 25 });
    expect(frame).toBe(`What does a ${CAREER_SLOT} make?`);
    expect(askedAgainOf(frame!, 'coder')).toBe('What does a coder make?');
  });
  it('keeps no frame of a long message: a story is not a question to ask again', () => {
    const text = 'my sister is a pharmacy tech and she says the pay is fine but the hours are long and she is tired of standing all day, is that normal?';
    expect(declinedFrame(text, { start: text.indexOf('pharmacy'), end: text.indexOf('pharmacy') + 13 })).toBeUndefined();
  });
});

describe('the declined question asked again of this field', () => {
  const declinedAfter = (text: string) => {
    const d = decide(text, undefined);
    expect(d.intent?.id, `"${text}" is declined as another career`).toBe('decline-other-careers');
    return { declined: d.declined, at: 0 };
  };

  it('the scope decline of a short career question keeps the question with the career taken out', () => {
    expect(declinedAfter('What does a pharmacy tech make?').declined).toBe(`What does a ${CAREER_SLOT} make?`);
  });
  it.each([
    ['What does a pharmacy tech make?', 'what about medical records specialists?', 'pay'],
    ['can paralegals work from home?', 'how about medical coders?', 'remote-work'],
    ['do phlebotomists need a certification?', 'what about medical records clerks?', 'certification-overview'],
  ])('"%s" then "%s" is %s', (first, second, topic) => {
    expect(decide(second, declinedAfter(first)).intent?.id).toBe(topic);
  });
  it('without the declined question the same message is read on its own (the rule is what answers it)', () => {
    expect(decide('what about medical records specialists?', undefined).intent?.id).not.toBe('pay');
  });
  it('a pivot to no subject of the field is not answered from the declined question', () => {
    expect(decide('what about you?', declinedAfter('is nursing school hard?')).intent?.kind).not.toBe('topic');
  });
  it('a question asked again that would be declined is not: the message is read on its own', () => {
    const again = decide('what about a coder?', declinedAfter('can a paralegal tell me if my boss broke the law?'));
    expect(decide('can a coder tell me if my boss broke the law?', undefined).intent?.kind).toBe('decline');
    expect(again.intent?.id).toBe(decide('what about a coder?', undefined).intent?.id);
  });
  it('a subject that is no job of the field ("what about HIPAA training?") is a question of its own', () => {
    expect(decide('what about HIPAA training?', declinedAfter('What does a pharmacy tech make?')).intent?.id).toBe('hipaa-basics');
  });
  it('another career in the pivot is declined again', () => {
    expect(decide('what about dental assistants?', declinedAfter('What does a pharmacy tech make?')).intent?.id).toBe('decline-other-careers');
  });
});

describe('a short question asking what one topic is all about', () => {
  it.each(['what does a medical coder make?', 'how much does a coder make', 'what do health information technicians make a year'])('"%s" is the pay topic', (text) => {
    expect(decide(text, undefined).intent?.id).toBe('pay');
  });
  it('a long message that mentions pay on the way keeps its own reading', () => {
    const text = 'I did a coding certificate and I work the front desk, the pay is low, but which credential should I get first to move into coding at a hospital?';
    expect(decide(text, undefined).intent?.id).not.toBe('pay');
  });
});
