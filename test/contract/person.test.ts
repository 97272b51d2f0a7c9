// The person key (one person on one surface); reply ids are tested at ids.ts's path.
import { describe, expect, it } from 'vitest';
import { personKey } from '../../src/contract/person.js';

describe('personKey', () => {
  it('keeps the same id on two surfaces apart', () => {
    expect(personKey('slack', 'U1')).toBe('slack:U1');
    expect(personKey('discord', 'U1')).not.toBe(personKey('slack', 'U1'));
  });
});
