// The same text inspected twice in a row (the advisor, then `ask --json` echoing it scrubbed) gives the same finding,
// and a caller changing its copy changes nothing for the next caller.
import { describe, expect, it } from 'vitest';
import { inspectForPhi, scrub } from '../../src/privacy/phi.js';

describe('inspectForPhi asked again with the same text', () => {
  it('gives the same finding, as a fresh copy', () => {
    const text = 'pt John Reyes DOB 03/14/1962 MRN 88120045, how do I release his records?';
    const first = inspectForPhi(text);
    first.kinds.push('zip');
    first.scrubbed = 'changed';
    const second = inspectForPhi(text);
    expect(second.detected).toBe(true);
    expect(second.kinds).not.toContain('zip');
    expect(second.scrubbed).toBe(scrub(text));
    expect(second.scrubbed).not.toContain('Reyes');
    expect(inspectForPhi('how do I become an RHIT?')).toEqual({ detected: false, kinds: [], scrubbed: 'how do I become an RHIT?' });
  });
});
