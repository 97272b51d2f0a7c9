// toJson(): the `chartpath ask --json` object built from a Reply, field by field.
import { describe, expect, it } from 'vitest';
import { commandMark, makeReply, type Reply } from '../../src/contract/index.js';
import { toJson } from '../../src/core/ask-json.js';

const answer = (over: Partial<Reply> = {}): Reply =>
  makeReply({ id: 'r1', kind: 'answer', title: 'RHIT', text: 'A two-year credential.', intent: 'rhit', confidence: 0.8, answered: true, ...over });

describe('toJson', () => {
  it('copies intent and answered, and rounds the confidence to four decimals', () => {
    const json = toJson('what is the rhit', answer({ confidence: 0.123456 }));
    expect(json.intent).toBe('rhit');
    expect(json.answered).toBe(true);
    expect(json.confidence).toBe(0.1235);
  });

  it('gives a reply without an intent a null intent', () => {
    const json = toJson('hello', makeReply({ id: 'r2', kind: 'conversation', text: 'Hi!' }));
    expect(json.intent).toBeNull();
    expect(json.answered).toBe(false);
    expect(json.confidence).toBe(0);
  });

  it('echoes an ordinary question unchanged and scrubs an identifier out of it', () => {
    expect(toJson('what is the rhit?', answer()).text).toBe('what is the rhit?');
    const scrubbed = toJson('my ssn is 123-45-6789, what is the rhit?', answer()).text;
    expect(scrubbed).not.toContain('123-45-6789');
    expect(scrubbed).toContain('what is the rhit?');
  });

  it('joins notices, the heading of an answer and the text with blank lines', () => {
    const json = toJson('q', answer({ notices: ['Input was cut short.'] }));
    expect(json.answer).toBe('Input was cut short.\n\nRHIT\n\nA two-year credential.');
  });

  it('leaves out the heading of a reply that is not an answer', () => {
    const json = toJson('q', makeReply({ id: 'r3', kind: 'help', title: 'Help', text: 'Ask me anything.' }));
    expect(json.answer).toBe('Ask me anything.');
  });

  it('writes command references in the terminal syntax', () => {
    const text = `Start one with ${commandMark(0)}.`;
    const json = toJson('q', answer({ title: undefined, text, commands: [{ name: 'checklist', args: ['start', 'rhit'] }] }));
    expect(json.answer).toBe('Start one with `/checklist start rhit`.');
  });

  it('keeps a source url only when there is one, and suggestions by label', () => {
    const json = toJson(
      'q',
      answer({
        sources: [{ title: 'AHIMA', url: 'https://www.ahima.org' }, { title: 'A handbook' }],
        suggestions: [{ label: 'How long is the exam?', action: 'ask:exam' }],
      }),
    );
    expect(json.sources).toEqual([{ title: 'AHIMA', url: 'https://www.ahima.org' }, { title: 'A handbook' }]);
    expect(Object.keys(json.sources[1]!)).toEqual(['title']);
    expect(json.suggestions).toEqual(['How long is the exam?']);
  });
});
