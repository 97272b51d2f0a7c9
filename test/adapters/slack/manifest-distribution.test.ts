// The manifest is ready for distribution: the scopes the OAuth flow asks for are the manifest's, an Enterprise Grid
// organisation can install it org-wide, and the events that say the app was removed are subscribed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as yaml from 'yaml';
import { expect, it } from 'vitest';
import { BOT_SCOPES, OAUTH_REDIRECT_PATH } from '../../../adapters/slack/oauth.js';
import { repoRoot } from '../../helpers/core.js';

it('manifest.yml: the OAuth scopes, org-wide installs, the removal events, the redirect URL path', () => {
  const text = readFileSync(path.join(repoRoot, 'adapters', 'slack', 'manifest.yml'), 'utf8');
  const m = yaml.parse(text) as Record<string, any>;
  expect([...m.oauth_config.scopes.bot].sort()).toEqual([...BOT_SCOPES].sort());
  expect(m.settings.org_deploy_enabled).toBe(true);
  expect(m.settings.event_subscriptions.bot_events).toEqual(expect.arrayContaining(['app_uninstalled', 'tokens_revoked']));
  expect(text).toContain(`#   - https://chartpath.example.org${OAUTH_REDIRECT_PATH}`);
});
