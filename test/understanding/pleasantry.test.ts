// A pleasantry in front of a question (src/understanding/pleasantry.ts).
import { describe, expect, it } from 'vitest';
import { conversation } from '../helpers/conversation.js';
import { afterPleasantry, beforePassingOn, saysNewSubject, switchesSubject } from '../../src/understanding/pleasantry.js';

describe('afterPleasantry', () => {
  it.each([
    ['thx! and how long is it good for', 'how long is it good for'],
    ['ok cool. is there a cheaper option', 'is there a cheaper option'],
    ['thanks so much, what about the CCS?', 'what about the CCS?'],
    ['got it and where do I take the exam', 'where do I take the exam'],
    ['Anyway, on a totally separate note: how many people work in medical records?', 'how many people work in medical records?'],
    ['switching topics: what does a coder earn?', 'what does a coder earn?'],
    ['Other question: do records clerks ever work nights?', 'do records clerks ever work nights?'],
    ['Totally separate thing: what does the BLS say matters in this job?', 'what does the BLS say matters in this job?'],
  ])('"%s" asks "%s"', (text, rest) => {
    expect(afterPleasantry(text)).toBe(rest);
  });
  it.each(['thanks!', 'thank you for the help', 'ok', 'cool thanks', 'thanks, that helped a lot', 'okay. the first one', 'thanksgiving hours for the records office?'])(
    '"%s" is left whole',
    (text) => {
      expect(afterPleasantry(text)).toBeUndefined();
    },
  );
});

describe('switchesSubject', () => {
  it('a message opening with a new subject announced ("Other question:", "OK thanks. Totally separate thing:")', () => {
    for (const t of ['Other question: do records clerks ever work nights?', 'OK thanks. Totally separate thing: what does the BLS say?', 'on an unrelated note, is coding remote?', 'Separate worry: if a laptop with charts got stolen, how long would we have to tell people?'])
      expect(switchesSubject(t), t).toBe(true);
  });
  it('not a message that goes on with the same subject, nor one that only thanks', () => {
    for (const t of ['thanks! and how long is it good for', 'one more thing, is it hard?', 'what other questions are on the exam?', 'my other worry is the exam']) expect(switchesSubject(t), t).toBe(false);
  });
});

describe('saysNewSubject', () => {
  it('anywhere in the message: "ok unrelated to that, ...", "...another question: ..."', () => {
    for (const t of ['ok unrelated to that, my study group says AAPC was an academy', 'thanks! another question: is coding remote?']) expect(saysNewSubject(t), t).toBe(true);
    expect(saysNewSubject('my coworker says it is 10 years, who is right?')).toBe(false);
  });
});


describe('beforePassingOn', () => {
  it('a last sentence that only asks how to pass the answer on leaves the question told before it', () => {
    expect(beforePassingOn('One of my coders has the CCS and asked me how many CEUs she needs. What should I tell her?')).toBe('One of my coders has the CCS and asked me how many CEUs she needs.');
    expect(beforePassingOn('my clerk wants to know if the RHIT is worth it, what do I tell my clerk?')).toBeUndefined();
  });
  it('a message that is only that sentence, or has it in the middle, is left whole', () => {
    expect(beforePassingOn('What should I tell her?')).toBeUndefined();
    expect(beforePassingOn('What should I tell her? She asked about the CCS.')).toBeUndefined();
  });
});

describe('a supervisor passing a question on', () => {
  const { last } = conversation();
  it('"...how many CEUs she has to turn in. What should I tell her?" is the CCS question, not a medical one', () => {
    expect(last('I manage coding at a 200-bed hospital. One of my coders has the CCS and asked me how many CEUs she has to turn in and over what period. What should I tell her?').intent?.id).toBe('ccs');
  });
  it('what was told before it is still checked for declines', () => {
    expect(last('My mom has had chest pain since this morning. What should I tell her?').intent?.kind).not.toBe('topic');
  });
});
