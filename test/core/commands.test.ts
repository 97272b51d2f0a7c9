// commands.ts: typed command lines become Commands only in their exact shapes; anything else is a question.
import { describe, expect, it } from 'vitest';
import { parseCommand, parseLine } from '../../src/core/commands.js';
import { PHRASES } from '../../src/core/phrases.js';

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

describe('parseCommand: the other words for each command', () => {
  it.each([
    ['topic', { name: 'topics' }],
    ['helpful', { name: 'rate', helpful: true }],
    ['up', { name: 'rate', helpful: true }],
    ['bad', { name: 'rate', helpful: false }],
    ['unhelpful', { name: 'rate', helpful: false }],
    ['checklists', { name: 'checklist-show' }],
    ['checklist view', { name: 'checklist-show' }],
    ['checklist new rhit', { name: 'checklist-start', words: ['rhit'] }],
    ['checklist switch coder', { name: 'checklist-start', words: ['coder'] }],
    ['checklist check 2', { name: 'checklist-done', step: '2' }],
    ['checklist complete 2', { name: 'checklist-done', step: '2' }],
    ['checklist undo 2', { name: 'checklist-undo', step: '2' }],
    ['checklist clear yes', { name: 'checklist-reset', confirmed: true }],
  ])('"%s"', (line, command) => {
    expect(parseCommand(line)).toEqual(command);
  });

  it('explains what is missing after ask and after checklist undo', () => {
    expect(parseCommand('ask')).toEqual({ name: 'invalid', message: 'Add your question after `ask`, for example `ask what is the RHIT?`' });
    expect(parseCommand('checklist undo')).toEqual({ name: 'invalid', message: 'Tell me which step: `/checklist undo 2` (the step number from your checklist).' });
  });

  it('a rating takes one reply id, never two', () => {
    expect(parseCommand('good r_abc123 r_def456')).toBeUndefined();
  });

  it('"forget" is a command only as "forget me"; more than one word after it is a question', () => {
    expect(parseCommand('forget')).toBeUndefined();
    expect(parseCommand('forget it')).toBeUndefined();
    expect(parseCommand('forget me')).toEqual({ name: 'forget', confirmed: false });
    expect(parseCommand('forget-me yes please')).toBeUndefined();
    expect(parseCommand('forget me yes now')).toBeUndefined();
  });

  it('"checklist show" with more words still shows the checklist; only "plan ..." with more words is a question', () => {
    expect(parseCommand('checklist show all')).toEqual({ name: 'checklist-show' });
    expect(parseCommand('plan show all')).toBeUndefined();
  });
});

describe('parseLine: an unknown command', () => {
  it('is named without its slash and at most 30 characters', () => {
    const name = 'x'.repeat(40);
    expect(parseLine(`/${name} now`, true)).toEqual({ name: 'invalid', message: PHRASES.unknownCommand('x'.repeat(30)) });
    expect(parseLine('/dance now', true)).toEqual({ name: 'invalid', message: PHRASES.unknownCommand('dance') });
  });
});
