// What a person sees when a message carries identifiers: a private reminder, and still an answer to the
// career question that is left once the identifiers are scrubbed.
import { describe, expect, it } from 'vitest';
import { PHRASES } from '../../src/core/phrases.js';
import { MemoryStore } from '../../src/store/memory.js';
import { ask, makeAdvisor } from '../helpers/core.js';

const store = new MemoryStore();
const advisor = makeAdvisor({}, store);

describe('the reply to a message with identifiers', () => {
  const mixed: [string, string][] = [
    ['my patient John Reyes DOB 4/5/1970 needs his records released, how does ROI work?', 'release-of-information'],
    ['patient Ahmed Farouk, DOB 2/2/1982, wants his records, how long do I have to respond under HIPAA', 'right-of-access'],
    ["I found a chart for Gideon Marsh DOB 11/4/1969 in the breakroom, what's the breach notification rule?", 'breach-notification'],
    ['what continuing ed counts for RHIT? btw patient Liesel Brandt mrn 00551234 wants an amendment', 'rhit'],
    // Asked right after the RHIT question (same person): its own clear topic stands, the RHIT in context does not take it.
    ['do I need a degree to be a coder? asking cause I fixed ssn 221-90-4432 on a chart today and liked it', 'become-coder'],
  ];
  it.each(mixed)('%s: reminds privately and still answers the career question', async (text, topic) => {
    const reply = await ask(advisor, text);
    expect(reply.privacyWarning).toBe(true);
    expect(reply.notices[0]).toBe(PHRASES.privacy);
    expect(reply.answered).toBe(true);
    expect(reply.intent).toBe(topic);
  });

  it('without a career question left, gives the reminder and the privacy-only notice', async () => {
    // A fresh conversation: no earlier topic for a follow-up to attach to.
    const reply = await ask(advisor, 'Can you pull up the chart for Maria Gonzalez, DOB 04/12/1978?', { person: 'someone-else', channel: 'dm', surface: 'slack' });
    expect(reply.privacyWarning).toBe(true);
    expect(reply.answered).toBe(false);
    expect(reply.personal).toBe(true);
    expect(reply.notices).toContain(PHRASES.privacy);
    expect(reply.text).toBe(PHRASES.privacyOnly);
  });

  it('never echoes an identifier back', async () => {
    const reply = await ask(advisor, 'pt john reyes dob 4/5/70 wants records, call 312-555-0188');
    const shown = [reply.text, ...reply.notices, ...reply.suggestions.map((s) => s.label), ...reply.choices.map((c) => c.label)].join('\n');
    expect(shown).not.toMatch(/reyes|4\/5\/70|555-0188/i);
  });

  it('keeps nothing of such a message in the unanswered log, and gives no reminder for an ordinary question', async () => {
    const before = store.data.unanswered.length;
    await ask(advisor, 'Reyes, John - DOB 04/05/1970, release to attorney?');
    expect(store.data.unanswered.length).toBe(before);
    const ordinary = await ask(advisor, 'I passed the RHIT on 3/4/2024, how do I keep it active?');
    expect(ordinary.privacyWarning).toBe(false);
    expect(ordinary.notices).not.toContain(PHRASES.privacy);
  });
});
