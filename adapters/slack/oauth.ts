// Slack distribution (OAuth v2, @slack/oauth through Bolt's HTTPReceiver): any workspace, or a whole Enterprise Grid
// organisation, installs ChartPath at /slack/install; its installation (with its own bot token) is kept in the
// store behind src/store/installations.ts, and every event is answered with the token of the installation it came
// through. People are kept per installation ("<installation>/<user>"), so removing the app from one workspace deletes
// exactly that workspace's people.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context, HTTPReceiverOptions, Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import { INSTALL_PATH, OAUTH_REDIRECT_PATH, type SlackOAuthSettings } from '../../src/index.js';
import type { Logger } from '../../src/index.js';
import type { InstallationRecord, Installations } from '../../src/index.js';

/** The bot scopes ChartPath asks for; manifest.yml lists the same (test/adapters/slack/manifest.test.ts checks it). */
export const BOT_SCOPES = ['app_mentions:read', 'chat:write', 'commands', 'im:history'] as const;

export { INSTALL_PATH, OAUTH_REDIRECT_PATH };

type Where = { teamId?: string | undefined; enterpriseId?: string | undefined; isEnterpriseInstall?: boolean | undefined };

/** The installation an event belongs to: the organisation for an org-wide install, else the workspace. */
export function installationKey(where: Where): string | undefined {
  if (where.isEnterpriseInstall && where.enterpriseId) return where.enterpriseId;
  return where.teamId ?? where.enterpriseId;
}

/** OAuth mode: the person id the core sees, "<installation>/<user>" (single-workspace mode keeps the bare user id). */
export function personInInstallation(context: Context, userId: string): string {
  const key = installationKey(context);
  if (!key) throw new Error('an event without a workspace or organisation id: cannot tell whose installation it came through');
  return `${key}/${userId}`;
}

/** The prefix of the person id of everyone of one installation, for deleting them all (the core makes the keys). */
export function installationPeoplePrefix(key: string): string {
  return `${key}/`;
}

function recordOf(installation: Installation): Omit<InstallationRecord, 'installedAt' | 'updatedAt'> {
  const enterpriseId = installation.enterprise?.id;
  const teamId = installation.team?.id;
  const isEnterpriseInstall = Boolean(installation.isEnterpriseInstall);
  const key = installationKey({ teamId, enterpriseId, isEnterpriseInstall });
  if (!key) throw new Error('Slack returned an installation without a workspace or organisation id');
  return { platform: 'slack', key, teamId, enterpriseId, isEnterpriseInstall, data: installation };
}

/** @slack/oauth's InstallationStore over ChartPath's installations. */
export function slackInstallationStore(installations: Installations, logger: Logger): InstallationStore & { find(where: Where): Promise<InstallationRecord | undefined> } {
  const find = async (where: Where): Promise<InstallationRecord | undefined> => {
    // An org-wide installation answers for every workspace of the organisation.
    if (where.isEnterpriseInstall && where.enterpriseId) return installations.get('slack', where.enterpriseId);
    return (where.teamId ? await installations.get('slack', where.teamId) : undefined) ?? (where.enterpriseId ? await installations.get('slack', where.enterpriseId) : undefined);
  };
  return {
    find,
    async storeInstallation(installation: Installation): Promise<void> {
      const record = recordOf(installation);
      const stored = await installations.put(record);
      const name = record.isEnterpriseInstall ? installation.enterprise?.name : installation.team?.name;
      logger.info(
        { surface: 'slack', installation: record.key, enterprise: record.isEnterpriseInstall, reinstall: stored.installedAt !== stored.updatedAt },
        `Slack: ChartPath was installed ${record.isEnterpriseInstall ? 'for the organisation' : 'in the workspace'} ${record.key}${name ? ` (${name})` : ''}`,
      );
    },
    async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
      const record = await find(query);
      if (!record) throw new Error(`no installation for ${installationKey(query) ?? 'an unknown workspace'}: install the app at ${INSTALL_PATH}`);
      return record.data as Installation;
    },
    async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
      const record = await find(query);
      if (record) await installations.delete('slack', record.key);
    },
  };
}

function page(res: ServerResponse, status: number, title: string, body: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>${body}</p></body></html>`);
}

/** The HTTPReceiver options that turn on /slack/install and /slack/oauth_redirect. */
export function oauthReceiverOptions(
  settings: SlackOAuthSettings,
  store: InstallationStore,
  clientOptions: NonNullable<HTTPReceiverOptions['installerOptions']>['clientOptions'],
  logger: Logger,
): Pick<HTTPReceiverOptions, 'clientId' | 'clientSecret' | 'stateSecret' | 'redirectUri' | 'installationStore' | 'scopes' | 'installerOptions'> {
  return {
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    stateSecret: settings.stateSecret,
    redirectUri: settings.redirectUri,
    installationStore: store,
    scopes: [...BOT_SCOPES],
    installerOptions: {
      installPath: INSTALL_PATH,
      redirectUriPath: OAUTH_REDIRECT_PATH,
      // /slack/install sends the browser straight to Slack's consent page (with a state cookie checked on return).
      directInstall: true,
      stateVerification: true,
      // oauth.v2.access and auth.test through SLACK_API_URL and the outbound proxy.
      clientOptions,
      callbackOptions: {
        success: (installation: Installation, _options: unknown, _req: IncomingMessage, res: ServerResponse) => {
          const where = installation.isEnterpriseInstall ? `your organisation${installation.enterprise?.name ? ` ${installation.enterprise.name}` : ''}` : `${installation.team?.name ?? 'your workspace'}`;
          page(res, 200, 'ChartPath is installed', `ChartPath was added to ${escapeHtml(where)}. Type <code>/chartpath help</code> in Slack to start. You can close this page.`);
        },
        failure: (error: Error & { code?: string }, _options: unknown, _req: IncomingMessage, res: ServerResponse) => {
          logger.warn({ surface: 'slack', code: error.code, err: error }, `Slack: an installation did not complete (${error.code ?? error.message})`);
          page(res, 400, 'ChartPath was not installed', `The installation did not complete (${escapeHtml(error.code ?? 'error')}). Start again from <a href="${INSTALL_PATH}">${INSTALL_PATH}</a> in the same browser.`);
        },
      },
    },
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
