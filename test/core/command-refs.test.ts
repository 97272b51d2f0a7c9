// core/command-refs.ts: a command in code marks (`/checklist start rhit`) anywhere a reply has text becomes a
// reference each surface prints its own way; anything else in code marks stays text.
import { describe, expect, it } from 'vitest';
import { commandMark, makeReply, type ChecklistView } from '../../src/contract/index.js';
import { referenceCommands } from '../../src/core/command-refs.js';

const checklist = (headline: string | undefined, footer: string[]): ChecklistView => ({
  goal: { id: 'rhit', title: 'Earn the RHIT', summary: '' },
  profile: { education: 'none', experience: 'none' },
  profileLabel: '',
  headline,
  steps: [],
  doneCount: 0,
  total: 0,
  progressBar: '',
  footer,
  earlierGoals: [],
});

describe('referenceCommands', () => {
  it('numbers the commands in order of the text, then the notices, with their arguments', () => {
    const reply = referenceCommands(
      makeReply({ id: 'r', kind: 'answer', text: 'Type `/checklist start rhit` or `/help`.', notices: ['Then `/checklist done  2 `.'] }),
    );
    expect(reply.text).toBe(`Type ${commandMark(0)} or ${commandMark(1)}.`);
    expect(reply.notices).toEqual([`Then ${commandMark(2)}.`]);
    expect(reply.commands).toEqual([
      { name: 'checklist', args: ['start', 'rhit'] },
      { name: 'help', args: [] },
      { name: 'checklist', args: ['done', '2'] },
    ]);
  });

  it('code that is not a known command, or not a command at all, stays as it is', () => {
    const text = 'Run `/frobnicate now`, see `ICD-10`, or `checklist`; a path `/usr/bin` too.';
    const reply = referenceCommands(makeReply({ id: 'r', kind: 'answer', text }));
    expect(reply.text).toBe(text);
    expect(reply.commands).toEqual([]);
  });

  it('the checklist headline and footer lines are referenced too, after the text, and the view is a new object', () => {
    const view = checklist('Marked. Undo with `/checklist undo 1`.', ['Mark steps with `/checklist done N`.', 'No command here.']);
    const reply = referenceCommands(makeReply({ id: 'r', kind: 'checklist', text: 'See `/topics`.', checklist: view }));
    expect(reply.commands.map((c) => [c.name, ...c.args].join(' '))).toEqual(['topics', 'checklist done N', 'checklist undo 1']);
    expect(reply.checklist!.footer).toEqual([`Mark steps with ${commandMark(1)}.`, 'No command here.']);
    expect(reply.checklist!.headline).toBe(`Marked. Undo with ${commandMark(2)}.`);
    expect(view.footer[0]).toBe('Mark steps with `/checklist done N`.'); // the view given is left alone
    const noHeadline = referenceCommands(makeReply({ id: 'r', kind: 'checklist', text: '', checklist: checklist(undefined, []) }));
    expect(noHeadline.checklist!.headline).toBeUndefined();
  });

  it('keeps references already in the reply: new ones are numbered after them', () => {
    const reply = makeReply({ id: 'r', kind: 'answer', text: `${commandMark(0)} and \`/bad\``, commands: [{ name: 'good', args: [] }] });
    referenceCommands(reply);
    expect(reply.text).toBe(`${commandMark(0)} and ${commandMark(1)}`);
    expect(reply.commands).toEqual([{ name: 'good', args: [] }, { name: 'bad', args: [] }]);
  });
});
