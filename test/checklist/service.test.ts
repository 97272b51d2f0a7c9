// Covers src/checklist/service.ts: starting a goal step by step, showing, marking and resetting a checklist, and quoting user text.
import { describe, expect, it } from 'vitest';
import { ChecklistService, checklistText, quoted, sanitizeLabel } from '../../src/checklist/service.js';
import { MemoryStore } from '../../src/store/memory.js';
import { realKnowledge, testPlan } from '../helpers/checklist.js';

const kb = { ...realKnowledge(), plans: [testPlan('demo', 'Demo goal'), testPlan('other', 'Other goal')] };
const now = () => new Date('2026-03-01T00:00:00Z');
const key = 'terminal:alice';

function service() {
  const store = new MemoryStore();
  return { store, checklist: new ChecklistService(kb, store, now) };
}

describe('start', () => {
  it('asks for the goal first, offering every plan', async () => {
    const reply = await service().checklist.start(key);
    expect(reply.kind).toBe('checklist');
    expect(reply.personal).toBe(true);
    expect(reply.choices.map((c) => c.action)).toEqual(['start:demo', 'start:other']);
  });

  it('offers only the plans a vague goal fits, and says so when none fits', async () => {
    const { checklist } = service();
    const vague = await checklist.start(key, 'goal');
    expect(vague.text).toMatch(/^"goal" fits more than one goal/);
    expect(vague.choices).toHaveLength(2);
    // A title names one plan, so the next question (education) comes.
    expect((await checklist.start(key, 'demo goal')).choices.map((c) => c.action)).toEqual(['start:demo:none', 'start:demo:high-school', 'start:demo:some-college', 'start:demo:associate', 'start:demo:bachelor']);
    const unknown = await checklist.start(key, 'astronaut');
    expect(unknown.text).toContain(`I don't have a plan called "astronaut"`);
    expect(unknown.choices).toHaveLength(2);
  });

  it('then asks for education and experience, noting input it did not recognise', async () => {
    const { checklist } = service();
    const edu = await checklist.start(key, 'demo', 'wizard school');
    expect(edu.text).toMatch(/^I didn't recognize "wizard school" as an education level/);
    const exp = await checklist.start(key, 'demo', 'ged');
    expect(exp.choices.map((c) => c.action)).toEqual(['start:demo:high-school:none', 'start:demo:high-school:office', 'start:demo:high-school:healthcare']);
  });

  it('stores the goal and profile and shows the checklist; a second goal says it switched and offers to keep the profile', async () => {
    const { store, checklist } = service();
    const first = await checklist.start(key, 'demo', 'high school', 'office');
    expect(first.checklist?.goal.id).toBe('demo');
    expect(first.checklist?.headline).toBe("Here's your checklist for **Demo goal**.");
    expect(await store.getPerson(key)).toMatchObject({ activeGoal: 'demo', profile: { education: 'high-school', experience: 'office' } });

    const ask = await checklist.start(key, 'other');
    expect(ask.choices[0]).toEqual({ label: 'Keep my profile (High school diploma or GED; office or filing work)', action: 'start:other:high-school:office' });
    const switched = await checklist.start(key, 'other', 'high-school', 'office');
    expect(switched.checklist?.headline).toMatch(/^Switched your goal to \*\*Other goal\*\*/);
  });

  it('reads a goal and a two-word education from typed words', async () => {
    const reply = await service().checklist.startFromWords(key, ['other', 'goal', 'high', 'school', 'healthcare']);
    expect(reply.checklist?.goal.id).toBe('other');
    expect(reply.checklist?.profile).toEqual({ education: 'high-school', experience: 'healthcare' });
  });
});

describe('show, mark and reset', () => {
  async function started() {
    const s = service();
    await s.checklist.start(key, 'demo', 'high-school', 'none');
    return s;
  }

  it('asks for a goal when the person has no checklist', async () => {
    const { checklist } = service();
    expect(await checklist.view(key)).toBeUndefined();
    expect((await checklist.show(key)).text).toMatch(/^You don't have a checklist yet/);
  });

  it('marks a step done once, says when it already was, and undoes it', async () => {
    const { store, checklist } = await started();
    expect((await checklist.mark(key, 2, true)).checklist?.headline).toBe('Nice work: "Step exam" is done.');
    expect((await store.getPerson(key))?.done).toEqual({ exam: now().toISOString() });
    expect((await checklist.mark(key, 'exam', true)).checklist?.headline).toBe('"Step exam" was already done.');
    expect((await checklist.mark(key, '2', false)).checklist?.headline).toBe('OK: "Step exam" is marked not done.');
    expect((await store.getPerson(key))?.done).toEqual({});
  });

  it('answers a step number outside the checklist with the valid range', async () => {
    const { checklist } = await started();
    const reply = await checklist.mark(key, 9, true);
    expect(reply.kind).toBe('notice');
    expect(reply.text).toMatch(/^Your checklist has steps 1 to 2\./);
  });

  it('asks before resetting, keeps the marks when cancelled, and clears them when confirmed', async () => {
    const { store, checklist } = await started();
    await checklist.mark(key, 1, true);
    const question = await checklist.reset(key, false);
    expect(question.choices.map((c) => c.action)).toEqual(['reset:confirm', 'reset:cancel']);
    expect((await checklist.reset(key, false, true)).checklist?.headline).toBe('OK, your checklist is unchanged.');
    expect((await store.getPerson(key))?.done).toHaveProperty('degree');
    const done = await checklist.reset(key, true);
    expect(done.checklist?.doneCount).toBe(0);
    expect((await store.getPerson(key))?.done).toEqual({});
  });

  it('writes the checklist as text with the next step explained', async () => {
    const { checklist } = await started();
    const text = checklistText((await checklist.view(key, 'Hi'))!);
    expect(text.split('\n').slice(0, 3)).toEqual(['Hi', '', '**Demo goal** (High school diploma or GED; no work experience yet)']);
    expect(text).toContain('[ ] 1. **Step degree** (next)\n    Why: Why degree\n    Done when: Done when degree');
    expect(text).toContain('[ ] 2. Step exam\n');
  });
});

describe('quoting user text', () => {
  it('strips markup and cuts labels to 40 characters', () => {
    expect(sanitizeLabel('<b>*hi*</b> there!')).toBe('bhib there');
    expect(sanitizeLabel('a'.repeat(50))).toHaveLength(40);
  });

  it('quotes plain English words and falls back for numbers or names', () => {
    expect(quoted('coding', 'that')).toBe('"coding"');
    expect(quoted('room 12', 'that')).toBe('that');
    expect(quoted('Xqzwvtrp', 'that')).toBe('that');
    expect(quoted('***', 'that')).toBe('that');
  });
});

// The exact words a person reads at each step (a changed word here changes what every surface shows).
describe('what the person reads', () => {
  async function started(profile: [string, string] = ['high-school', 'none']) {
    const s = service();
    await s.checklist.start(key, 'demo', ...profile);
    return s;
  }

  it('choosing a goal: a titled question listing each plan with its summary, the current goal marked', async () => {
    const { checklist } = await started();
    const reply = await checklist.start(key);
    expect(reply.title).toBe('Start a checklist');
    expect(reply.text).toBe('Which goal should your checklist work toward?\n\n- **Demo goal**: Summary of Demo goal\n- **Other goal**: Summary of Other goal');
    expect(reply.choices.map((c) => c.label)).toEqual(['Demo goal (current)', 'Other goal']);
    expect(checklist.plans().map((p) => p.id)).toEqual(['demo', 'other']);
  });

  it('a goal that fits several plans or none, typed in words that cannot be quoted back: "That" / "that"', async () => {
    const { checklist } = service();
    expect((await checklist.start(key, 'goal 1')).text).toMatch(/^I don't have a plan called that\. Choose one of these goals:\n\n- \*\*Demo goal\*\*/);
    expect((await checklist.start(key, 'goal')).text).toMatch(/^"goal" fits more than one goal\. Which one\?\n\n/);
    expect((await checklist.start(key, 'oal')).text).toMatch(/^That fits more than one goal\. Which one\?\n\n/);
  });

  it('the education question: the goal title as its heading and in bold, then the levels as choices', async () => {
    const { checklist } = service();
    const reply = await checklist.start(key, 'demo');
    expect(reply.title).toBe('Demo goal');
    expect(reply.text).toBe("**Demo goal.** What's your education so far?");
    expect(reply.choices.map((c) => c.label)).toEqual(['No diploma yet', 'High school diploma or GED', 'Certificate or some college', 'Associate degree in HIT or HIM', "Bachelor's degree"]);
    expect(reply.personal).toBe(true);
  });

  it('the experience question, with a note when the typed level was not recognised', async () => {
    const { checklist } = service();
    const asked = await checklist.start(key, 'demo', 'associate');
    expect(asked.title).toBe('Demo goal');
    expect(asked.text).toBe('And your work experience?');
    expect(asked.choices.map((c) => c.label)).toEqual(['No work experience yet', 'Office or filing work', 'Work in healthcare']);
    const noted = await checklist.start(key, 'demo', 'associate', 'astronaut');
    expect(noted.text).toBe(`I didn't recognize "astronaut" as an experience level. And your work experience?`);
    expect((await checklist.start(key, 'demo', 'associate', 'room 12')).text).toBe(`I didn't recognize that as an experience level. And your work experience?`);
  });

  it('starting the goal one already has again is not a switch', async () => {
    const { checklist } = await started();
    const again = await checklist.start(key, 'demo', 'high-school', 'none');
    expect(again.checklist?.headline).toBe("Here's your checklist for **Demo goal**.");
    const switched = await checklist.start(key, 'other', 'high-school', 'none');
    expect(switched.checklist?.headline).toBe('Switched your goal to **Other goal**. Steps you already finished stay done.');
  });

  it('the checklist reply is titled "Your checklist" and its text is the checklist as text', async () => {
    const { checklist } = await started();
    const reply = await checklist.show(key);
    expect(reply).toMatchObject({ kind: 'checklist', title: 'Your checklist', personal: true, visibility: 'private' });
    expect(reply.text).toBe(checklistText(reply.checklist!));
    expect(reply.text).toContain('**Demo goal** (High school diploma or GED; no work experience yet)');
  });

  it('a step that is not there: the range and an example in the same direction, with the checklist', async () => {
    const { checklist } = await started();
    const done = await checklist.mark(key, 'nope', true);
    expect(done.text).toBe('Your checklist has steps 1 to 2. Which one did you mean? For example `/checklist done 1`.');
    expect(done.checklist?.total).toBe(2);
    expect((await checklist.mark(key, 7, false)).text).toBe('Your checklist has steps 1 to 2. Which one did you mean? For example `/checklist undo 1`.');
  });

  it('undoing a step that is not done says it already was not done', async () => {
    const { checklist } = await started();
    expect((await checklist.mark(key, 1, false)).checklist?.headline).toBe('"Step degree" was already not done.');
  });

  it('marking or resetting without a checklist asks for a goal and changes nothing', async () => {
    const { store, checklist } = service();
    expect((await checklist.mark(key, 1, true)).text).toMatch(/^You don't have a checklist yet\. What's your goal\?/);
    expect((await checklist.reset(key, true)).text).toMatch(/^You don't have a checklist yet\. What's your goal\?/);
    expect(await store.getPerson(key)).toBeUndefined();
  });

  it('the reset question names the goal and says it cannot be undone; the confirmation says what happened', async () => {
    const { checklist } = await started();
    const question = await checklist.reset(key, false);
    expect(question.title).toBe('Reset your checklist?');
    expect(question.text).toBe('This marks every step of **Demo goal** as not done. It cannot be undone. Are you sure?');
    expect(question.choices.map((c) => c.label)).toEqual(['Yes, reset it', 'No, keep it']);
    expect((await checklist.reset(key, true)).checklist?.headline).toBe('Your checklist is reset: every step is marked not done.');
  });

  it('a typed goal: an id in any case, the words of a title in any spacing; blank words name no plan', async () => {
    const { checklist } = service();
    const words = await checklist.startFromWords(key, ['DEMO', 'bachelor', 'office']);
    expect(words.checklist?.goal.id).toBe('demo');
    expect(words.checklist?.profile).toEqual({ education: 'bachelor', experience: 'office' });
    expect((await checklist.start(key, '  Other   GOAL ')).title).toBe('Other goal');
    const blank = await checklist.start(key, '   ');
    expect(blank.text).toMatch(/^I don't have a plan called that\. Choose one of these goals:/);
    expect(blank.choices).toHaveLength(2);
  });
});

// Found by mutation testing (npm run mutation): behaviour no test above pinned.
describe('details a person sees', () => {
  it('the checklist text without a headline: title line, bar, a blank line, the steps, a blank line, the footer; done steps [x]', async () => {
    const { checklist } = service();
    await checklist.start(key, 'demo', 'high-school', 'none');
    await checklist.mark(key, 1, true);
    const view = (await checklist.view(key))!;
    expect(view.headline).toBeUndefined();
    expect(checklistText(view)).toBe(
      ['**Demo goal** (High school diploma or GED; no work experience yet)', view.progressBar, '', '[x] 1. Step degree', '[ ] 2. **Step exam** (next)\n    Why: Why exam\n    Done when: Done when exam', '', ...view.footer].join('\n'),
    );
    expect(view.footer.length).toBeGreaterThan(0);
  });

  it('an education level that cannot be quoted back is "that"; the questions are checklist replies', async () => {
    const { checklist } = service();
    const edu = await checklist.start(key, 'demo', 'room 12');
    expect(edu.text).toBe(`I didn't recognize that as an education level. **Demo goal.** What's your education so far?`);
    expect(edu.kind).toBe('checklist');
    expect((await checklist.start(key, 'demo', 'bachelor')).kind).toBe('checklist');
    await checklist.start(key, 'demo', 'bachelor', 'office');
    expect((await checklist.reset(key, false)).kind).toBe('checklist');
  });

  it('typed words: a two-word education, and a goal no plan has quoted back with its spaces', async () => {
    const { checklist } = service();
    const two = await checklist.startFromWords(key, ['demo', 'some', 'college', 'health', 'care']);
    expect(two.checklist?.profile).toEqual({ education: 'some-college', experience: 'healthcare' });
    expect((await checklist.startFromWords(key, ['pizza', 'chef'])).text).toMatch(/^I don't have a plan called "pizza chef"\./);
  });

  it('the reset question without a checklist asks for a goal instead', async () => {
    expect((await service().checklist.reset(key, false)).text).toMatch(/^You don't have a checklist yet\. What's your goal\?/);
  });

  it('an exact plan id wins over plans whose id or title contains it; hyphens may be typed as spaces', async () => {
    const plans = [testPlan('coder', 'Coder'), testPlan('coder-aapc', 'Certified coder'), testPlan('health-data', 'Work with data')];
    const own = new ChecklistService({ ...realKnowledge(), plans }, new MemoryStore(), now);
    expect((await own.start(key, 'coder')).title).toBe('Coder');
    expect((await own.start(key, 'Coder AAPC')).title).toBe('Certified coder');
    expect((await own.start(key, 'health da')).title).toBe('Work with data');
  });

  it('quoting: surrounding spaces dropped, runs of separators allowed, words the PHI guard flags never quoted', () => {
    expect(quoted('  coding  ', 'that')).toBe('"coding"');
    expect(quoted('medical--coding', 'that')).toBe('"medical--coding"');
    expect(quoted('patient name is mark', 'that')).toBe('that');
  });
});
