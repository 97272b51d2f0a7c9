// The PHI guard on its labelled set: recall, false alarms, scrubbing, speed and hostile input.
// The figures are printed in the test names: npx vitest run test/privacy --reporter=verbose
import { describe, expect, it } from 'vitest';
import { inspectForPhi, scrub } from '../../src/privacy/phi.js';
import { describeFigures, figures, loadSet, meanMicros } from './phi-set.js';

const set = loadSet('phi-set.jsonl');
const holdout = loadSet('phi-holdout.jsonl');
const main = figures(set);
const fresh = figures(holdout);

describe('the labelled set', () => {
  it('is big enough and well formed', () => {
    const positives = set.filter((s) => s.phi);
    expect(positives.length).toBeGreaterThanOrEqual(200);
    expect(set.length - positives.length).toBeGreaterThanOrEqual(300);
    for (const s of [...set, ...holdout]) {
      if (s.phi) expect(s.identifiers?.length, s.text).toBeGreaterThan(0);
      for (const id of s.identifiers ?? []) expect(s.text.toLowerCase(), `${id} is not in its message`).toContain(id.toLowerCase());
    }
  });
});

describe('the PHI guard', () => {
  it(`phi-set.jsonl: ${describeFigures(main)} (targets: recall >= 97%, false alarms <= 1.5%)`, () => {
    console.log(`PHI guard on phi-set.jsonl: ${describeFigures(main)}`);
    for (const m of main.misses) console.log(`  missed: ${m.text}`);
    for (const a of main.alarms) console.log(`  false alarm: ${a.text}`);
    expect(main.recall).toBeGreaterThanOrEqual(0.97);
    expect(main.falseAlarmRate).toBeLessThanOrEqual(0.015);
  });

  it(`phi-holdout.jsonl: ${describeFigures(fresh)} (required: recall >= 95%, false alarms <= 2%)`, () => {
    console.log(`PHI guard on phi-holdout.jsonl: ${describeFigures(fresh)}`);
    expect(fresh.recall).toBeGreaterThanOrEqual(0.95);
    expect(fresh.falseAlarmRate).toBeLessThanOrEqual(0.02);
  });

  it('leaves none of an identifier-bearing message’s identifiers in the scrubbed text', () => {
    const leaks: string[] = [];
    for (const s of [...set, ...holdout].filter((x) => x.phi)) {
      const scrubbed = inspectForPhi(s.text).scrubbed.toLowerCase();
      for (const id of s.identifiers ?? []) if (scrubbed.includes(id.toLowerCase())) leaks.push(`${id}  <-  ${s.text}`);
      expect(scrub(s.text)).toBe(inspectForPhi(s.text).scrubbed);
    }
    expect(leaks).toEqual([]);
  });

  it('leaves ordinary questions readable: only names and numbers it could not tell apart are replaced', () => {
    const changed = set.filter((s) => !s.phi && scrub(s.text) !== s.text);
    // Scrubbing an ordinary question is harmless (it only shortens the unanswered log), but it should be rare.
    expect(changed.length / set.filter((s) => !s.phi).length).toBeLessThan(0.05);
  });

  const micros = meanMicros(set.map((s) => s.text));
  it(`costs ${micros.toFixed(1)} µs per message on average (budget: well under 50 µs)`, () => {
    console.log(`PHI guard mean time per message: ${micros.toFixed(1)} µs`);
    expect(micros).toBeLessThan(50);
  });

  const hostile: [string, string][] = [
    ['letters', 'a'.repeat(100_000)],
    ['digits', '1'.repeat(100_000)],
    ['digit-dash', '1-'.repeat(50_000)],
    ['letter-dot', 'a.'.repeat(50_000)],
    ['almost e-mails', 'a@a.'.repeat(25_000)],
    ['titles', 'Mr '.repeat(33_000)],
    ['capitalised words', 'Aa '.repeat(33_000)],
    ['last, first', 'Aa, '.repeat(25_000)],
    ['all caps, comma', 'AAAA, '.repeat(16_000)],
    ['street-like', '12 Aa '.repeat(16_000)],
    ['patient cues', 'pt '.repeat(33_000) + '@'],
    ['dob cues', 'dob 1 '.repeat(16_000)],
    ['record cues', 'mrn 1-'.repeat(16_000)],
    ['address cues', 'lives at 1 a '.repeat(8_000)],
    ['phone cues', 'phone 1 '.repeat(12_000)],
    ['short dates', '1/1 '.repeat(25_000)],
  ];
  it.each(hostile)('inspects 100 KB of %s in milliseconds (no catastrophic backtracking)', (_, text) => {
    const t0 = performance.now();
    inspectForPhi(text);
    const ms = performance.now() - t0;
    // Linear patterns take tens of milliseconds here even on a busy machine; a backtracking one takes seconds.
    expect(ms).toBeLessThan(1000);
  });
});

describe('borderline rules (test/privacy/README.md)', () => {
  const detected = (text: string) => inspectForPhi(text).detected;
  it('a coworker’s first name is not PHI; a patient’s name with a health detail is', () => {
    expect(detected('my boss Maria said I should get the CCA')).toBe(false);
    expect(detected('patient Maria Lopez wants her lab results')).toBe(true);
    expect(detected('mrs hernandez called again asking for her husband’s test results')).toBe(true);
  });
  it('codes, scores, salaries, times and the user’s own exam dates are not PHI', () => {
    for (const text of ['CPT 99213 vs 99214?', 'is Z00.00 common?', 'I passed the RHIT on 3/4/2024', 'the exam starts at 3:30', '$50,250 a year', 'HCPCS G0438', 'my interview is in room 12'])
      expect(detected(text), text).toBe(false);
  });
  it('a date of birth, a date of service and any record number are PHI', () => {
    expect(inspectForPhi('DOB 07/19/1944').kinds).toContain('date-of-birth');
    expect(inspectForPhi('she was admitted 02/11/2025').kinds).toContain('date-of-service');
    expect(inspectForPhi('acct# 55-2231 got billed twice').kinds).toContain('record-number');
  });
  it('puts a placeholder where each identifier was', () => {
    expect(scrub('pt John Reyes DOB 4/5/1970, call (312) 555-0188 or jr@example.com')).toBe('pt [name] DOB [date-of-birth], call [phone] or [email]');
  });
});
