// The PHI guard on commands: only the text a person typed into a command is inspected, and a command that carries
// patient details gets the private privacy reply (and nothing of it is echoed back).
import { describe, expect, it } from 'vitest';
import { guardCommand } from '../../src/core/command-guard.js';
import { PHRASES } from '../../src/core/phrases.js';

const PHI = 'pt John Reyes dob 3/4/1961';

describe('guardCommand', () => {
  it('checklist start: the goal, education, experience and free words are all inspected', () => {
    for (const command of [
      { name: 'checklist-start' as const, goal: PHI },
      { name: 'checklist-start' as const, education: PHI },
      { name: 'checklist-start' as const, experience: PHI },
      { name: 'checklist-start' as const, words: ['rhit', PHI] },
    ]) {
      const guarded = guardCommand(command);
      expect(guarded, JSON.stringify(command)).toBeDefined();
      expect(guarded!.kinds).toEqual(expect.arrayContaining(['name', 'date-of-birth']));
    }
  });

  it('the reply is the private privacy notice: reminder first, marked as a warning, no echo of the details', () => {
    const { reply } = guardCommand({ name: 'checklist-done', step: PHI })!;
    expect(reply).toMatchObject({ kind: 'notice', text: PHRASES.privacyOnly, personal: true, privacyWarning: true, visibility: 'private' });
    expect(reply.notices[0]).toBe(PHRASES.privacy);
    expect(JSON.stringify(reply)).not.toContain('Reyes');
  });

  it('free words are read as one text, word by word', () => {
    expect(guardCommand({ name: 'checklist-start', words: ['pt', 'John', 'Reyes', 'dob', '3/4/1961'] })).toBeDefined();
  });

  it('step and reply ids are inspected too', () => {
    expect(guardCommand({ name: 'checklist-undo', step: PHI })).toBeDefined();
    expect(guardCommand({ name: 'rate', helpful: true, replyId: PHI })).toBeDefined();
  });

  it('ordinary commands and ordinary text pass', () => {
    expect(guardCommand({ name: 'checklist-start', goal: 'rhit', education: 'high school', words: ['coding'] })).toBeUndefined();
    expect(guardCommand({ name: 'checklist-done', step: '2' })).toBeUndefined();
    expect(guardCommand({ name: 'rate', helpful: false })).toBeUndefined();
    expect(guardCommand({ name: 'checklist-start' })).toBeUndefined();
  });

  it('commands without typed text are never inspected, whatever else they hold', () => {
    expect(guardCommand({ name: 'invalid', message: PHI })).toBeUndefined();
    expect(guardCommand({ name: 'help' })).toBeUndefined();
  });
});
