// The button plan both surfaces lay out: order, kinds, the step buttons' idempotent payloads, no duplicates.
import { describe, expect, it } from 'vitest';
import { plannedButtons, topicMenu } from '../../../adapters/shared/buttons.js';
import { makeReply, type ChecklistView } from '../../../src/contract/index.js';

const view: ChecklistView = {
  goal: { id: 'rhit', title: 'Earn the RHIT', summary: '' },
  profile: { education: 'high-school', experience: 'none' },
  profileLabel: 'x',
  steps: [
    { number: 1, id: 'a', title: 'A', why: '', doneWhen: '', done: true, next: false, learnMore: [{ label: 'What is A?', action: 'topic:a' }] },
    { number: 2, id: 'b', title: 'B', why: '', doneWhen: '', done: false, next: true, learnMore: [{ label: 'What is B?', action: 'topic:b' }] },
  ],
  doneCount: 1,
  total: 2,
  progressBar: '',
  footer: [],
  earlierGoals: [],
};

describe('plannedButtons', () => {
  it('choices, steps, suggestions, learn-more (of the next step only), ratings, in that order', () => {
    const reply = makeReply({
      id: 'r',
      kind: 'checklist',
      text: '',
      checklist: view,
      choices: [{ label: 'Yes, reset it', action: 'reset:confirm' }, { label: 'No', action: 'reset:cancel' }],
      suggestions: [{ label: 'S', action: 'topic:s' }],
      ratings: [{ label: 'Helpful', action: 'fb:abcd1234:up' }],
    });
    expect(plannedButtons(reply, { steps: true }).map((b) => [b.kind, b.action])).toEqual([
      ['danger', 'reset:confirm'],
      ['choice', 'reset:cancel'],
      ['step', 'step:a:undo'],
      ['step', 'step:b:done'],
      ['suggestion', 'topic:s'],
      ['learn', 'topic:b'],
      ['rating', 'fb:abcd1234:up'],
    ]);
    expect(plannedButtons(reply, { steps: false }).some((b) => b.kind === 'step')).toBe(false);
  });

  it('keeps the first of two buttons with the same payload, and drops empty payloads', () => {
    const reply = makeReply({ id: 'r', kind: 'answer', text: '', choices: [{ label: 'One', action: 'topic:x' }, { label: '', action: '' }], suggestions: [{ label: 'Two', action: 'topic:x' }] });
    expect(plannedButtons(reply, { steps: true }).map((b) => b.label)).toEqual(['One']);
  });
});

// Found by mutation testing: which choices are drawn as dangerous, and that an empty payload is no button.
describe('plannedButtons: kinds of choices', () => {
  it('only a yes to delete or to reset is dangerous', () => {
    const reply = makeReply({
      id: 'r',
      kind: 'forget',
      text: '',
      choices: [
        { label: 'Delete', action: 'forget:confirm' },
        { label: 'Keep', action: 'forget:cancel' },
        { label: 'Reset', action: 'reset:confirm' },
        { label: 'Topic', action: 'topic:rhit' },
        { label: 'Nothing', action: '' },
      ],
    });
    expect(plannedButtons(reply, { steps: true }).map((b) => [b.action, b.kind])).toEqual([
      ['forget:confirm', 'danger'],
      ['forget:cancel', 'choice'],
      ['reset:confirm', 'danger'],
      ['topic:rhit', 'choice'],
    ]);
  });

  it('step buttons are labelled with their number and title', () => {
    expect(plannedButtons(makeReply({ id: 'r', kind: 'checklist', text: '', checklist: view }), { steps: true }).filter((b) => b.kind === 'step').map((b) => b.label)).toEqual(['1. A', '2. B']);
  });
});

describe('topicMenu', () => {
  it('the topic browser’s choices: groups in order, each topic labelled with its title and asked by topic:<id>', () => {
    const topics = [
      { group: 'certs', title: 'Certifications', topics: [{ id: 'rhit', title: 'RHIT', ask: 'What is the RHIT?' }, { id: 'cca', title: 'CCA', ask: 'What is the CCA?' }] },
      { group: 'roles', title: 'Roles', topics: [{ id: 'clerk', title: 'Records clerk', ask: 'What does a records clerk do?' }] },
    ];
    expect(topicMenu({ topics })).toEqual([
      { title: 'Certifications', options: [{ label: 'RHIT', action: 'topic:rhit' }, { label: 'CCA', action: 'topic:cca' }] },
      { title: 'Roles', options: [{ label: 'Records clerk', action: 'topic:clerk' }] },
    ]);
    expect(topicMenu({})).toEqual([]);
  });
});
