// The app manifest creates everything the adapter relies on, within Slack's manifest limits.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as yaml from 'yaml';
import { expect, it } from 'vitest';
import { ASK_GLOBAL_SHORTCUT } from '../../../adapters/slack/ask-modal.js';
import { ASK_MESSAGE_SHORTCUT } from '../../../adapters/slack/handlers.js';
import { DEFAULT_COMMAND } from '../../../adapters/slack/render.js';
import { repoRoot } from '../../helpers/core.js';

it('adapters/slack/manifest.yml: command, scopes, events, interactivity, App Home, Socket Mode', () => {
  const m = yaml.parse(readFileSync(path.join(repoRoot, 'adapters', 'slack', 'manifest.yml'), 'utf8')) as Record<string, any>;
  expect(m.display_information.name.length).toBeLessThanOrEqual(35);
  expect(m.display_information.description.length).toBeLessThanOrEqual(140);
  expect(m.display_information.long_description.length).toBeGreaterThanOrEqual(175);
  expect(m.features.app_home).toEqual({ home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false });
  expect(m.features.bot_user.display_name).toBeTruthy();
  const command = m.features.slash_commands[0];
  expect(command.command).toBe(DEFAULT_COMMAND);
  expect(command.command.length).toBeLessThanOrEqual(32);
  expect(command.usage_hint.length).toBeLessThanOrEqual(1000);
  expect(new Set(m.oauth_config.scopes.bot)).toEqual(new Set(['app_mentions:read', 'chat:write', 'commands', 'im:history']));
  expect(new Set(m.settings.event_subscriptions.bot_events)).toEqual(new Set(['app_mention', 'message.im', 'app_home_opened', 'app_uninstalled', 'tokens_revoked']));
  // Both shortcuts, with the callback ids the handlers listen for (a shortcut needs interactivity, not a scope).
  expect(m.features.shortcuts.map((s: Record<string, string>) => [s.type, s.callback_id])).toEqual([
    ['message', ASK_MESSAGE_SHORTCUT],
    ['global', ASK_GLOBAL_SHORTCUT],
  ]);
  for (const s of m.features.shortcuts) expect(s.description.length).toBeLessThanOrEqual(80);
  expect(m.settings.interactivity.is_enabled).toBe(true);
  expect(m.settings.socket_mode_enabled).toBe(true);
});
