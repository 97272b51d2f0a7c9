// commands.ts: typed command lines become Commands only in their exact shapes; anything else is a question.
import { describe, expect, it } from 'vitest';
import { parseCommand, parseLine } from '../../src/core/commands.js';

describe('parseCommand', () => {
  it('reads the simple commands, with or without a leading slash, in any case', () => {
    expect(parseCommand('help')).toEqual({ name: 'help' });
    expect(parseCommand('/HELP')).toEqual({ name: 'help' });
    expect(parseCommand('?')).toEqual({ name: 'help' });
    expect(parseCommand('topics')).toEqual({ name: 'topics' });
    expect(parseCommand('ask what is the RHIT?')).toEqual({ name: 'ask', question: 'what is the RHIT?' });
  });

  it('leaves questions that start with a command word as questions', () => {
    expect(parseCommand('help me choose a program')).toBeUndefined();
    expect(parseCommand('up to date training?')).toBeUndefined();
    expect(parseCommand('plan for a coder')).toBeUndefined();
    expect(parseCommand('forget about it')).toBeUndefined();
    expect(parseCommand('what is rhit')).toBeUndefined();
  });

  it('reads ratings, with a reply id only when it looks like one', () => {
    expect(parseCommand('good')).toEqual({ name: 'rate', helpful: true });
    expect(parseCommand('down')).toEqual({ name: 'rate', helpful: false });
    expect(parseCommand('bad r_123abc')).toEqual({ name: 'rate', helpful: false, replyId: 'r_123abc' });
    expect(parseCommand('good job')).toBeUndefined(); // "job" is too short to be a reply id
    expect(parseCommand('good r1 r2')).toBeUndefined();
  });

  it('asks before forgetting unless the line confirms', () => {
    expect(parseCommand('forget-me')).toEqual({ name: 'forget', confirmed: false });
    expect(parseCommand('forget me yes')).toEqual({ name: 'forget', confirmed: true });
    expect(parseCommand('forgetme --yes')).toEqual({ name: 'forget', confirmed: true });
    expect(parseCommand('forget-me please')).toBeUndefined();
  });

  it('reads the checklist sub-commands and explains a missing step', () => {
    expect(parseCommand('checklist')).toEqual({ name: 'checklist-show' });
    expect(parseCommand('checklist start rhit high school')).toEqual({ name: 'checklist-start', words: ['rhit', 'high', 'school'] });
    expect(parseCommand('checklist done 2')).toEqual({ name: 'checklist-done', step: '2' });
    expect(parseCommand('checklist uncheck 3')).toEqual({ name: 'checklist-undo', step: '3' });
    expect(parseCommand('checklist done')).toMatchObject({ name: 'invalid', message: expect.stringContaining('/checklist done 2') });
    expect(parseCommand('checklist reset')).toEqual({ name: 'checklist-reset', confirmed: false });
    expect(parseCommand('checklist reset confirm')).toEqual({ name: 'checklist-reset', confirmed: true });
    expect(parseCommand('checklist dance')).toMatchObject({ name: 'invalid' });
    expect(parseCommand('plan dance')).toBeUndefined();
    expect(parseCommand('plan next')).toEqual({ name: 'checklist-show' });
    expect(parseCommand('plan next week')).toBeUndefined();
  });
});

describe('parseLine', () => {
  it('an empty line is help; free text is a question, or with strict an unknown command', () => {
    expect(parseLine('   ', false)).toEqual({ name: 'help' });
    expect(parseLine('what is rhit', false)).toEqual({ name: 'ask', question: 'what is rhit' });
    const strict = parseLine('/dance now', true);
    expect(strict.name).toBe('invalid');
    expect((strict as { message: string }).message).toContain('dance');
    expect(parseLine('/topics', true)).toEqual({ name: 'topics' });
  });
});
