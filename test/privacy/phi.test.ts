// phi.ts itself: what inspectForPhi decides from the spans it gathers (strong identifiers alone, weak ones only
// beside a person), how it scrubs, the one-entry cache that hands back copies, and scrub().
import { describe, expect, it } from 'vitest';
import { inspectForPhi, scrub } from '../../src/privacy/phi.js';

describe('inspectForPhi', () => {
  it('"our breach-response tabletop exercise" is no name; a hyphenated name after a patient cue still is', () => {
    expect(scrub("For our breach-response tabletop exercise next month, the scenario is a misdirected mailing that exposed about 1,200 patients' records")).not.toContain('[name]');
    expect(inspectForPhi('patient mary-jane watson-smith dob 3/4/1950').kinds).toContain('name');
  });
  it('a question with no identifiers is not detected and comes back unchanged', () => {
    const f = inspectForPhi('How do I become a certified coding specialist?');
    expect(f).toEqual({ detected: false, kinds: [], scrubbed: 'How do I become a certified coding specialist?' });
  });

  it('an identifier that is identifying on its own is detected and replaced by its placeholder', () => {
    const f = inspectForPhi('can I fax records to 312-555-0199 for her');
    expect(f.detected).toBe(true);
    expect(f.kinds).toEqual(['phone']);
    expect(f.scrubbed).toBe('can I fax records to [phone] for her');
  });

  it('a full date counts only beside a patient reference', () => {
    const alone = inspectForPhi('I passed my exam on 3/4/2024');
    expect(alone.detected).toBe(false);
    expect(alone.scrubbed).toBe('I passed my exam on 3/4/2024');
    const patient = inspectForPhi('the patient came back on 3/4/2024');
    expect(patient.detected).toBe(true);
    expect(patient.kinds).toContain('date');
    expect(patient.scrubbed).toBe('the patient came back on [date]');
  });

  it('a strong care cue makes a date a date of service without a patient reference', () => {
    const f = inspectForPhi('discharged 11/02/2024, how long to code it?');
    expect(f.detected).toBe(true);
    expect(f.kinds).toEqual(['date-of-service']);
    expect(f.scrubbed).toBe('discharged [date-of-service], how long to code it?');
  });

  it('"admitted to the program" is school, not care', () => {
    expect(inspectForPhi('I was admitted to the program on 8/15/2024').kinds).not.toContain('date-of-service');
  });

  it('a name beside a staff word is scrubbed but raises no alarm; beside a patient cue it does', () => {
    const staff = inspectForPhi('my instructor Ms. Delgado said to study');
    expect(staff.detected).toBe(false);
    expect(staff.scrubbed).not.toContain('Delgado');
    const patient = inspectForPhi('pt john reyes needs his chart');
    expect(patient.detected).toBe(true);
    expect(patient.kinds).toContain('name');
  });

  it("scrubs a name's words again wherever they recur in the message", () => {
    const f = inspectForPhi('patient John Reyes called; Mr. Reyes wants his labs');
    expect(f.scrubbed).not.toMatch(/Reyes/);
    expect(f.scrubbed.match(/\[name\]/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('asked the same text twice in a row, returns an equal finding whose kinds can be changed without harm', () => {
    const text = 'ssn 123-45-6789 and email a.b@example.com';
    const first = inspectForPhi(text);
    first.kinds.push('room');
    const second = inspectForPhi(text);
    expect([...second.kinds].sort()).toEqual(['email', 'ssn']);
    expect(second.scrubbed).toBe('ssn [ssn] and email [email]');
    second.kinds.push('zip'); // the cached answer must not be the one handed out
    expect([...inspectForPhi(text).kinds].sort()).toEqual(['email', 'ssn']);
  });
});

describe('scrub', () => {
  it('returns only the scrubbed text', () => {
    expect(scrub('reach me at jdoe@example.org')).toBe('reach me at [email]');
    expect(scrub('what does an RHIT do?')).toBe('what does an RHIT do?');
  });
});
