// The person key (one person on one surface) and reply ids (short, unique, safe in a button value).
import { describe, expect, it } from 'vitest';
import { newReplyId } from '../../src/contract/ids.js';
import { personKey } from '../../src/contract/person.js';

describe('personKey', () => {
  it('keeps the same id on two surfaces apart', () => {
    expect(personKey('slack', 'U1')).toBe('slack:U1');
    expect(personKey('discord', 'U1')).not.toBe(personKey('slack', 'U1'));
  });
});

describe('newReplyId', () => {
  it('twelve hex characters, different every time', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newReplyId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{12}$/);
  });
});
