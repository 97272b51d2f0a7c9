// The PHI guard on its labelled set: recall, false alarms, scrubbing, speed and hostile input.
// The figures are printed in the test names: npx vitest run test/privacy --reporter=verbose
import { describe, expect, it } from 'vitest';
import { inspectForPhi, scrub } from '../../src/privacy/phi.js';
import { describeFigures, figures, loadSet } from './phi-set.js';

const set = loadSet('phi-set.jsonl');
const holdout = loadSet('phi-holdout.jsonl');
const clerkDev = loadSet('phi-clerk-dev.jsonl');
const clerk = loadSet('phi-clerk-set.jsonl');
const main = figures(set);
const fresh = figures(holdout);
const clerkDevFigures = figures(clerkDev);
const clerkFigures = figures(clerk);

describe('the labelled set', () => {
  it('is big enough and well formed', () => {
    const positives = set.filter((s) => s.phi);
    expect(positives.length).toBeGreaterThanOrEqual(200);
    expect(set.length - positives.length).toBeGreaterThanOrEqual(300);
    for (const s of [...set, ...holdout, ...clerkDev, ...clerk]) {
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

  it(`phi-clerk-dev.jsonl (clerk shorthand, tuned on): ${describeFigures(clerkDevFigures)} (targets: recall >= 97%, false alarms <= 2%)`, () => {
    for (const m of clerkDevFigures.misses) console.log(`  missed: ${m.text}`);
    for (const a of clerkDevFigures.alarms) console.log(`  false alarm: ${a.text}`);
    expect(clerkDevFigures.recall).toBeGreaterThanOrEqual(0.97);
    expect(clerkDevFigures.falseAlarmRate).toBeLessThanOrEqual(0.02);
  });

  it(`phi-clerk-set.jsonl (written before the guard changed, never tuned on): ${describeFigures(clerkFigures)} (required: recall >= 90%, at most 2 of 40 false alarms)`, () => {
    console.log(`PHI guard on phi-clerk-set.jsonl: ${describeFigures(clerkFigures)}`);
    expect(clerkFigures.recall).toBeGreaterThanOrEqual(0.9);
    expect(clerkFigures.alarms.length).toBeLessThanOrEqual(2);
  });

  it('leaves none of an identifier-bearing message’s identifiers in the scrubbed text', () => {
    const leaks: string[] = [];
    for (const s of [...set, ...holdout, ...clerkDev, ...clerk].filter((x) => x.phi)) {
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

  // Its time per message (budget < 50 µs) is measured by `npm run bench:phi`, not here: a timed assertion fails on
  // a loaded machine (76 µs seen with four jobs on two cores) and proves nothing about behaviour.

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
  it('clerk shorthand: surnames after pt / Mr. in any case, Last, First and capitals, initials with a date', () => {
    for (const text of [
      'pt oyewole needs his op report faxed',
      'mrs achterberg dropped off a form for her husband’s records',
      'pull the chart for marcus delaney, his attorney faxed a request',
      'found a loose page for delgadillo, maria in the scan queue',
      'KOWALSKI STEFAN is showing as deceased',
      'MK 04/02/1955 wants her records released',
      'pt d.w. dob 9/9/63 asking for her chart',
      'baby girl castellano needs her birth record corrected',
    ])
      expect(detected(text), text).toBe(true);
  });
  it('clerk shorthand: room and bed with a name, numbers with spaces, dashes, # or letters, spelled digits, partial SSNs', () => {
    expect(inspectForPhi('room 14 is mr. ashworth and his daughter wants the chart').kinds).toEqual(expect.arrayContaining(['room', 'name']));
    expect(inspectForPhi('ICU bed 11, Pham, family requesting records').kinds).toContain('room');
    for (const text of ['mrn 5529 1187 shows two admits', 'claim no. CLM 2023 44120 was denied', 'member id XQP 4410 77 isn’t in the system', 'enc # V-88213 has no signature', 'her mrn is three three one nine zero four two'])
      expect(inspectForPhi(text).kinds, text).toContain('record-number');
    for (const text of ['last four of his social are 5528', 'ssn ending 9013, the name matches', 'xxx-xx-4410 on the form']) expect(inspectForPhi(text).kinds, text).toContain('ssn');
    expect(scrub('mrn 5529 1187 shows two admits')).toBe('mrn [record-number] shows two admits');
  });
  it('clerk shorthand: e-mail addresses in words and streets without a number', () => {
    expect(scrub('email is kmorrow at gmail dot com')).toBe('email is [email]');
    expect(scrub('his email is rgreer at aol, can i send labs')).toBe('his email is [email], can i send labs');
    expect(scrub('she lives on Sycamore Court now')).toBe('she lives on [address] now');
    expect(detected('pt moved to birch hollow rd')).toBe(true);
  });
  it('career talk with names, numbers and dates stays quiet: teachers, “Dr. Smith said”, exam dates, CPT codes, pay, job-search ZIP codes', () => {
    for (const text of [
      'Ms. Hashimoto my HIM director wants me to get the RHIA by 2026',
      'Dr. Patel said coding is a good career for introverts',
      'my CPC exam is 5/17/2025 at 9am, can I bring the code books?',
      'CPT 99203 and 99204 are new patient codes right?',
      'is $52k good for a coder with 2 yrs experience in 2025',
      'jobs near 77004 for medical records',
      'remote coding jobs in NY 10016 area?',
      'Mr. Kim from HR said they hire RHITs',
      'I used to work at yahoo, can I move into health data?',
      'the clinic on Main Street is hiring coders',
      'is a diagnosis without a name phi',
      'I have two kids and one on the way, can I study part time?',
    ])
      expect(detected(text), text).toBe(false);
  });
  it('puts a placeholder where each identifier was', () => {
    expect(scrub('pt John Reyes DOB 4/5/1970, call (312) 555-0188 or jr@example.com')).toBe('pt [name] DOB [date-of-birth], call [phone] or [email]');
  });
});
