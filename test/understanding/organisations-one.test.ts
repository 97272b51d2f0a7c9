// organisations-one.ts: "the ACDIS one" after the CDIP is the part of the CDIP card that names ACDIS.
import { describe, expect, it } from 'vitest';
import { conversation } from '../helpers/conversation.js';

const { last, partOf } = conversation();

describe('"the <organisation> one" after a card that names that organisation in one part', () => {
  it('"what does the ACDIS one ask of someone like me?" after the CDIP is the CDIP part about the ACDIS credential', () => {
    expect(last('what is the CDIP', 'what does the ACDIS one ask of someone like me?')).toMatchObject({ intent: { id: 'cdip' }, part: partOf('cdip', /other CDI/i) });
  });
  it('the organisation named otherwise is read on its own: "what does ACDIS do?" after the CDIP', () => {
    expect(last('what is the CDIP', 'what does ACDIS do?').part).not.toBe(partOf('cdip', /other CDI/i));
  });
  it('with nothing in context, "the ACDIS one" is not a part of any card', () => {
    expect(last('what does the ACDIS one ask of someone like me?').part).toBeUndefined();
  });
});
