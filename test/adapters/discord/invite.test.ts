// The invite asks for what the bot needs, Send Messages in Threads included (replies in threads and forum posts fail
// without it), and the README's invite URL is the one the code computes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { expect, it } from 'vitest';
import { INVITE_PERMISSION_BITS, inviteUrl } from '../../../adapters/discord/scale.js';
import { repoRoot } from '../../helpers/core.js';

it('the invite permissions: view, send, send in threads, embed links, read history; nothing more', () => {
  const granted = new PermissionsBitField(INVITE_PERMISSION_BITS);
  expect(granted.toArray().sort()).toEqual(['EmbedLinks', 'ReadMessageHistory', 'SendMessages', 'SendMessagesInThreads', 'ViewChannel']);
  expect(granted.has(PermissionFlagsBits.SendMessagesInThreads)).toBe(true);
  expect(INVITE_PERMISSION_BITS).toBe(274877991936n);
});

it("adapters/discord/README.md shows the computed invite URL and not the old one without threads", () => {
  const readme = readFileSync(path.join(repoRoot, 'adapters', 'discord', 'README.md'), 'utf8');
  expect(readme).toContain(inviteUrl('YOUR_APPLICATION_ID'));
  expect(readme).not.toMatch(/[?&]permissions=84992\b/);
});
