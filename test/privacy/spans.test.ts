// The guard's span record: sorted, never overlapping, the first claim on a stretch of text wins.
import { describe, expect, it } from 'vitest';
import { digitCount, Spans } from '../../src/privacy/spans.js';

describe('Spans.add', () => {
  it('keeps spans sorted and refuses any overlap with one already taken', () => {
    const s = new Spans();
    expect(s.add(10, 20, 'phone')).toBe(true);
    expect(s.add(0, 5, 'name')).toBe(true);
    expect(s.add(19, 25, 'date')).toBe(false); // overlaps the end of 10-20
    expect(s.add(5, 11, 'date')).toBe(false); // overlaps the start of 10-20
    expect(s.add(12, 14, 'date')).toBe(false); // inside
    expect(s.add(20, 22, 'zip')).toBe(true); // touching is not overlapping
    expect(s.add(5, 10, 'room')).toBe(true);
    expect(s.list.map((x) => [x.start, x.end, x.kind])).toEqual([
      [0, 5, 'name'],
      [5, 10, 'room'],
      [10, 20, 'phone'],
      [20, 22, 'zip'],
    ]);
  });

  it('an empty or inverted span is no span', () => {
    const s = new Spans();
    expect(s.add(3, 3, 'name')).toBe(false);
    expect(s.add(4, 2, 'name')).toBe(false);
    expect(s.list).toEqual([]);
  });
});

describe('Spans.addAll', () => {
  it('adds every match, or the stretch from the first to the last matched group', () => {
    const s = new Spans();
    s.addAll('call 555 1234 or 555 9876', /(\d{3}) (\d{4})/dg, 'phone', [1, 2]);
    expect(s.list.map((x) => [x.start, x.end])).toEqual([
      [5, 13],
      [17, 25],
    ]);
    const whole = new Spans();
    whole.addAll('mrn 1234', /mrn (\d+)/dg, 'record-number');
    expect(whole.list).toEqual([{ start: 0, end: 8, kind: 'record-number' }]);
    const group = new Spans();
    group.addAll('mrn 1234', /mrn (\d+)/dg, 'record-number', 1);
    expect(group.list).toEqual([{ start: 4, end: 8, kind: 'record-number' }]);
  });

  it('a rejected match lets the search resume one character later, so an overlapping match is still found', () => {
    const s = new Spans();
    // "12345": the first match "1234" is rejected; one character on, "2345" is accepted.
    s.addAll('12345', /\d{4}/g, 'record-number', 0, (m) => m[0] !== '1234');
    expect(s.list).toEqual([{ start: 1, end: 5, kind: 'record-number' }]);
  });

  it('resets the pattern first, whatever an earlier search left in lastIndex', () => {
    const re = /\d+/g;
    re.lastIndex = 3;
    const s = new Spans();
    s.addAll('12 34', re, 'record-number');
    expect(s.list.map((x) => x.start)).toEqual([0, 3]);
  });

  it('a pattern that can match nothing does not loop', () => {
    const s = new Spans();
    s.addAll('abc', /x*/g, 'name');
    expect(s.list).toEqual([]);
  });
});

it('digitCount counts digits only', () => {
  expect(digitCount('(555) 123-4567 x12')).toBe(12);
  expect(digitCount('none')).toBe(0);
});
