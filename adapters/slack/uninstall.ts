// When a workspace removes ChartPath (app_uninstalled) or revokes its bot token (tokens_revoked), what ChartPath keeps
// for it goes: the installation (and its token) and everything about the people who used ChartPath there. Bolt
// delivers these two events without an authorisation step, so they arrive even though the token no longer works.
import type { App } from '@slack/bolt';
import type { Core } from '../../src/index.js';
import type { Installations } from '../../src/index.js';
import { installationKey, installationPeoplePrefix, slackInstallationStore } from './oauth.js';

export type UninstallMode =
  | { kind: 'oauth'; installations: Installations }
  /** One workspace, one token: every Slack person came through it. */
  | { kind: 'single'; botUserId: string; onRemoved: (error: Error) => void };

export function registerUninstallHandlers(app: App, core: Core, mode: UninstallMode): void {
  const log = core.logger;

  async function removeInstallation(where: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean }, why: string): Promise<void> {
    if (mode.kind === 'single') {
      const people = await core.advisor.forgetPeople('slack', '');
      const error = new Error(
        `The Slack app was removed from the workspace (${why}); the data of its ${people} people was deleted. SLACK_BOT_TOKEN no longer works: reinstall the app and set the new token, or unset the Slack settings.`,
      );
      log.error({ surface: 'slack', event: why, people }, error.message);
      mode.onRemoved(error);
      return;
    }
    const store = slackInstallationStore(mode.installations, log);
    const record = await store.find(where);
    const key = record?.key ?? installationKey(where);
    if (!key) {
      log.warn({ surface: 'slack', event: why }, 'Slack: a removal event without a workspace or organisation id was ignored');
      return;
    }
    if (record) await mode.installations.delete('slack', record.key);
    const people = await core.advisor.forgetPeople('slack', installationPeoplePrefix(key));
    log.info(
      { surface: 'slack', event: why, installation: key, hadInstallation: Boolean(record), people },
      `Slack: ChartPath was removed from ${key}; its installation and the data of its ${people} people were deleted`,
    );
  }

  app.event('app_uninstalled', async ({ context }) => {
    await removeInstallation(context, 'app_uninstalled');
  });

  app.event('tokens_revoked', async ({ event, context }) => {
    const bots = (event as { tokens?: { bot?: string[] } }).tokens?.bot ?? [];
    if (!bots.length) return; // only people's own (user) tokens, which ChartPath never asks for
    if (mode.kind === 'single') {
      if (bots.includes(mode.botUserId)) await removeInstallation(context, 'tokens_revoked');
      return;
    }
    const record = await slackInstallationStore(mode.installations, log).find(context);
    const botUserId = (record?.data as { bot?: { userId?: string } } | undefined)?.bot?.userId;
    if (!record || !botUserId || bots.includes(botUserId)) await removeInstallation(context, 'tokens_revoked');
  });
}
