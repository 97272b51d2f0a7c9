// Through the advisor: a question declined as another career's is kept for the next message only ("what about
// medical records?" asks it again of this field), never when it carried patient details, and only until another
// decline replaces it.
import { describe, expect, it } from 'vitest';
import { personKey, type Who } from '../../src/contract/index.js';
import { MemoryStore } from '../../src/store/memory.js';
import { ask, makeAdvisor } from '../helpers/core.js';

const store = new MemoryStore();
const advisor = makeAdvisor({}, store);
let n = 0;
const fresh = (): Who => ({ person: `pivot${n++}`, channel: 'c', surface: 'terminal' });
const contextOf = (who: Who) => store.getContext(`${personKey(who.surface, who.person)}|${who.channel}`, Date.now());

async function talk(who: Who, ...messages: string[]) {
  const replies = [];
  for (const m of messages) replies.push(await ask(advisor, m, who));
  return replies;
}

describe('a declined career question, then "what about ...?"', () => {
  it('answers the same question for this field', async () => {
    const [declined, pivot] = await talk(fresh(), 'What does a pharmacy tech make?', 'what about medical records specialists?');
    expect(declined).toMatchObject({ answered: false, intent: 'decline-other-careers' });
    expect(pivot).toMatchObject({ answered: true, intent: 'pay' });
  });
  it('thanks in between keeps the declined question', async () => {
    const replies = await talk(fresh(), 'can paralegals work from home?', 'thanks', 'how about medical coders?');
    expect(replies.at(-1)).toMatchObject({ answered: true, intent: 'remote-work' });
  });
  it('another decline in between replaces it', async () => {
    const who = fresh();
    await talk(who, 'What does a pharmacy tech make?', 'can you write my essay about the civil war');
    expect((await contextOf(who))?.declined).toBeUndefined();
  });
  it('a topic answered next drops it', async () => {
    const who = fresh();
    await talk(who, 'What does a pharmacy tech make?');
    expect((await contextOf(who))?.declined).toContain('{career}');
    await talk(who, 'what is the rhit?');
    expect((await contextOf(who))?.declined).toBeUndefined();
  });
  it('a question with a name or number the stricter scrub would mask is not kept either', async () => {
    const who = fresh();
    await talk(who, 'What does a pharmacy tech at Kessler make in 2025?');
    expect((await contextOf(who))?.declined).toBeUndefined();
  });
  it('a question that carried patient details is never kept', async () => {
    const who = fresh();
    const [reply] = await talk(who, 'What does a pharmacy tech make? ask John Smith DOB 03/14/1962');
    expect(reply!.privacyWarning).toBe(true);
    expect((await contextOf(who))?.declined).toBeUndefined();
  });
});
