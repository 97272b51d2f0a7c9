// adapters/discord/scale.ts, its own logic: shardOptions (DISCORD_SHARDS "auto" or a fixed total, all shards in this
// process) and the sweepers' filters (the bot's own user and member never age out, everyone else does). The client at
// scale against the fake Discord is in scale.e2e.test.ts.
import { describe, expect, it } from 'vitest';
import { shardOptions, sweepers } from '../../../adapters/discord/scale.js';

describe('shardOptions', () => {
  it('"auto" or nothing leaves the count to Discord; a number runs shards 0..n-1 here', () => {
    expect(shardOptions(undefined)).toEqual({ shards: 'auto' });
    expect(shardOptions('auto')).toEqual({ shards: 'auto' });
    expect(shardOptions(3)).toEqual({ shards: [0, 1, 2], shardCount: 3 });
    expect(shardOptions(1)).toEqual({ shards: [0], shardCount: 1 });
  });
});

describe('sweepers', () => {
  const client = { user: { id: 'BOT' } };
  const filterOf = (name: 'users' | 'guildMembers') => (sweepers()[name] as { filter: () => (v: unknown) => boolean }).filter();

  it('users and members age out, except the bot itself', () => {
    for (const name of ['users', 'guildMembers'] as const) {
      const sweep = filterOf(name);
      expect(sweep({ id: 'U1', client }), name).toBe(true);
      expect(sweep({ id: 'BOT', client }), name).toBe(false);
    }
  });
});
