// Slack distribution end to end, against the local fake of Slack: two workspaces (and one Enterprise Grid organisation)
// install ChartPath through /slack/install and /slack/oauth_redirect with the state checked; each one's events are
// answered with its own token; app_uninstalled (or tokens_revoked) from one deletes its installation and its people's
// data, on disk too, while the others keep working. The real Bolt app, HTTPReceiver and @slack/oauth, a real data file.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlack, type SlackSurface } from '../../../adapters/slack/index.js';
import { BOT_SCOPES } from '../../../adapters/slack/oauth.js';
import { FORM, FakeSlack, eventCallback, postSigned, slashCommandBody, type ApiCall } from './fake-slack.js';
import type { Core } from '../../../src/boot.js';
import { loadConfig } from '../../../src/config.js';
import { LowdbStore } from '../../../src/store/lowdb-store.js';
import { StoreInstallations } from '../../../src/store/installations.js';
import { makeAdvisor } from '../../helpers/core.js';
import { recordingLogger } from './harness.js';

const SIGNING_SECRET = 'oauth-test-signing-secret-8c1d';
const CLIENT_ID = '1111111111.2222222222';
const CLIENT_SECRET = 'oauth-test-client-secret-5e6f7a';
const STATE_SECRET = 'oauth-test-state-secret-0123456789abcdef';

/** What Slack's oauth.v2.access returns for each code the "browser" brings back. */
const GRANTS: Record<string, { team?: string; enterprise?: string }> = {
  'code-T1': { team: 'T0000TEAM1' },
  'code-T2': { team: 'T0000TEAM2' },
  'code-E1': { enterprise: 'E0000ORG01' },
};
const tokenOf = (key: string) => `xoxb-${key}-installed-bot-token`;
const botUserOf = (key: string) => `UB${key.slice(-5)}`;

function fakeSlack(): FakeSlack {
  const accessed = new Set<string>();
  return new FakeSlack({
    methods: {
      'oauth.v2.access': (call: ApiCall) => {
        const code = String(call.args.code);
        const grant = GRANTS[code];
        if (call.args.client_id !== CLIENT_ID || call.args.client_secret !== CLIENT_SECRET) return { ok: false, error: 'invalid_client_id' };
        if (!grant || accessed.has(code)) return { ok: false, error: 'invalid_code' };
        accessed.add(code);
        const key = grant.enterprise ?? grant.team!;
        return {
          ok: true,
          app_id: 'A0000001',
          authed_user: { id: 'UADMIN01' },
          scope: BOT_SCOPES.join(','),
          token_type: 'bot',
          access_token: tokenOf(key),
          bot_user_id: botUserOf(key),
          team: grant.team ? { id: grant.team, name: `Clinic ${grant.team.slice(-1)}` } : null,
          enterprise: grant.enterprise ? { id: grant.enterprise, name: 'Hospital Group' } : null,
          is_enterprise_install: Boolean(grant.enterprise),
        };
      },
      'auth.test': (call: ApiCall) => {
        const key = Object.values(GRANTS)
          .map((g) => g.enterprise ?? g.team!)
          .find((k) => call.token === tokenOf(k));
        if (!key) return undefined; // the fake's usual answer
        return { ok: true, url: 'https://fake.slack.test/', team: key, user: 'chartpath', team_id: key, user_id: botUserOf(key), bot_id: `B${key.slice(-5)}`, is_enterprise_install: key.startsWith('E') };
      },
    },
  });
}

let fake: FakeSlack;
let surface: SlackSurface;
let core: Core & { logger: ReturnType<typeof recordingLogger> };
let store: LowdbStore;
let dataDir: string;
let base: string;

beforeAll(async () => {
  fake = await fakeSlack().start();
  dataDir = mkdtempSync(path.join(tmpdir(), 'chartpath-oauth-'));
  store = await LowdbStore.open(dataDir);
  const advisor = makeAdvisor({}, store);
  const config = loadConfig({
    SLACK_CLIENT_ID: CLIENT_ID,
    SLACK_CLIENT_SECRET: CLIENT_SECRET,
    SLACK_STATE_SECRET: STATE_SECRET,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
  });
  core = { config, advisor, store, logger: recordingLogger(), installations: new StoreInstallations(store) };
  surface = await startSlack(core, { host: '127.0.0.1', port: 0, clientOptions: { retryConfig: { retries: 0 } } });
  base = `http://127.0.0.1:${surface.address!.port}`;
});

afterAll(async () => {
  await surface?.stop();
  await fake?.close();
  await store?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** GET /slack/install as a browser: the redirect to Slack's consent page and the state cookie. */
async function beginInstall(): Promise<{ state: string; cookie: string; location: URL }> {
  const res = await fetch(`${base}/slack/install`, { redirect: 'manual' });
  expect(res.status).toBe(302);
  const location = new URL(res.headers.get('location')!);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  return { state: location.searchParams.get('state')!, cookie, location };
}

/** Slack sends the browser back to /slack/oauth_redirect with the code and the state. */
function finishInstall(code: string, state: string, cookie: string | undefined) {
  return fetch(`${base}/slack/oauth_redirect?code=${encodeURIComponent(code)}&state=${encodeURIComponent(state)}`, { headers: cookie ? { cookie } : {} });
}

async function install(code: string): Promise<void> {
  const { state, cookie } = await beginInstall();
  const res = await finishInstall(code, state, cookie);
  expect(await res.text()).toContain('ChartPath is installed');
  expect(res.status).toBe(200);
}

function mentionFrom(team: string, user: string, text: string, extra: { enterprise?: string } = {}) {
  const ts = `${1_700_000_000 + Math.floor(Math.random() * 1e6)}.000100`;
  const body = eventCallback({ type: 'app_mention', user, text: `<@${botUserOf(extra.enterprise ?? team)}> ${text}`, channel: `C${team.slice(-5)}`, ts }, { teamId: team, botUserId: botUserOf(extra.enterprise ?? team) });
  if (extra.enterprise) {
    Object.assign(body, { enterprise_id: extra.enterprise });
    body.authorizations = [{ enterprise_id: extra.enterprise, team_id: null, user_id: botUserOf(extra.enterprise), is_bot: true, is_enterprise_install: true }];
  }
  return { body, ts };
}

async function answeredWith(team: string, user: string, text: string, extra: { enterprise?: string } = {}): Promise<ApiCall> {
  const { body, ts } = mentionFrom(team, user, text, extra);
  const res = await postSigned(`${base}/slack/events`, SIGNING_SECRET, JSON.stringify(body));
  expect(res.status).toBe(200);
  return fake.waitFor(() => fake.callsTo('chat.postMessage').find((c) => c.args.thread_ts === ts), 5000, `the answer in ${team}`);
}

async function slashFrom(team: string, user: string, text: string, id: string) {
  const res = await postSigned(`${base}/slack/events`, SIGNING_SECRET, slashCommandBody({ text, user_id: user, channel_id: `C${team.slice(-5)}`, team_id: team, response_url: fake.responseUrl(id) }), { contentType: FORM });
  expect(res.status).toBe(200);
  return fake.waitFor(() => fake.responses.find((r) => r.id === id), 5000, `the answer to ${id}`);
}

/** Every data file of the folder: chartpath.json, the people's journal, the other parts, their backups. */
function dataFiles(): string {
  return readdirSync(dataDir)
    .filter((f) => f.startsWith('chartpath') && statSync(path.join(dataDir, f)).isFile())
    .map((f) => readFileSync(path.join(dataDir, f), 'utf8'))
    .join('\n');
}

describe('Slack OAuth distribution', () => {
  it('/slack/install sends the browser to Slack with the bot scopes, the client id and a state bound to a cookie', async () => {
    const { state, cookie, location } = await beginInstall();
    expect(location.origin + location.pathname).toBe('https://slack.com/oauth/v2/authorize');
    expect(location.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(location.searchParams.get('scope')!.split(',').sort()).toEqual([...BOT_SCOPES].sort());
    expect(state.length).toBeGreaterThan(20);
    expect(cookie).toBe(`slack-app-oauth-state=${state}`);
  });

  it('refuses a redirect whose state is missing, forged or from another browser, and never exchanges its code', async () => {
    const before = fake.callsTo('oauth.v2.access').length;
    const first = await beginInstall();
    const second = await beginInstall();
    for (const [state, cookie] of [
      [first.state, undefined], // no cookie: not the browser that started
      [first.state, second.cookie], // another browser's session
      ['forged-state-value', 'slack-app-oauth-state=forged-state-value'], // not signed with SLACK_STATE_SECRET
    ] as const) {
      const res = await finishInstall('code-T1', state, cookie);
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('ChartPath was not installed');
    }
    expect(fake.callsTo('oauth.v2.access').length).toBe(before);
    expect(await core.installations!.list('slack')).toEqual([]);
  });

  it('two workspaces and an organisation install; each is answered with its own token', async () => {
    await install('code-T1');
    await install('code-T2');
    await install('code-E1');
    const exchanges = fake.callsTo('oauth.v2.access');
    expect(exchanges.map((c) => c.args.code)).toEqual(['code-T1', 'code-T2', 'code-E1']);
    expect(exchanges.every((c) => c.args.client_secret === CLIENT_SECRET)).toBe(true);
    const keys = (await core.installations!.list('slack')).map((r) => `${r.key}:${r.isEnterpriseInstall}`).sort();
    expect(keys).toEqual(['E0000ORG01:true', 'T0000TEAM1:false', 'T0000TEAM2:false']);
    expect(core.logger.entries.filter((e) => e.msg?.includes('ChartPath was installed')).length).toBe(3);

    const one = await answeredWith('T0000TEAM1', 'U0000PER01', 'what is the RHIT?');
    expect(one.token).toBe(tokenOf('T0000TEAM1'));
    const two = await answeredWith('T0000TEAM2', 'U0000PER02', 'what is HIPAA?');
    expect(two.token).toBe(tokenOf('T0000TEAM2'));
    // a workspace of the organisation (never installed on its own) through the org-wide installation
    const org = await answeredWith('T0000GRID9', 'W0000PER03', 'what is the CCA?', { enterprise: 'E0000ORG01' });
    expect(org.token).toBe(tokenOf('E0000ORG01'));
    expect(JSON.stringify(org.args.blocks)).toMatch(/CCA/);

    // each person's checklist is kept under their installation
    await slashFrom('T0000TEAM1', 'U0000PER01', 'checklist start rhit high-school none', 'oauth-t1-start');
    await slashFrom('T0000TEAM2', 'U0000PER02', 'checklist start rhit high-school none', 'oauth-t2-start');
    await store.flush();
    expect(Object.keys(store.data.people).sort()).toEqual(['slack:T0000TEAM1/U0000PER01', 'slack:T0000TEAM2/U0000PER02']);
  });

  it('app_uninstalled from one workspace deletes its installation and its people, on disk too; the other keeps working', async () => {
    expect(dataFiles()).toContain(tokenOf('T0000TEAM1'));
    expect(dataFiles()).toContain('U0000PER01');
    const uninstall = eventCallback({ type: 'app_uninstalled' }, { teamId: 'T0000TEAM1', botUserId: botUserOf('T0000TEAM1') });
    expect((await postSigned(`${base}/slack/events`, SIGNING_SECRET, JSON.stringify(uninstall))).status).toBe(200);
    await fake.waitFor(() => core.logger.entries.some((e) => e.msg?.includes('ChartPath was removed from T0000TEAM1')), 5000, 'the removal');
    await store.flush();

    expect((await core.installations!.list('slack')).map((r) => r.key).sort()).toEqual(['E0000ORG01', 'T0000TEAM2']);
    expect(Object.keys(store.data.people)).toEqual(['slack:T0000TEAM2/U0000PER02']);
    expect(Object.keys(store.data.contexts).some((k) => k.includes('T0000TEAM1'))).toBe(false);
    const onDisk = dataFiles(); // the data files, the journal and the backups
    expect(onDisk).not.toContain(tokenOf('T0000TEAM1'));
    expect(onDisk).not.toContain('U0000PER01');
    expect(onDisk).toContain(tokenOf('T0000TEAM2'));

    // the removed workspace is no longer answered; the other one is, with its own token
    const posts = fake.callsTo('chat.postMessage').length;
    const { body } = mentionFrom('T0000TEAM1', 'U0000PER01', 'what is the RHIT?');
    await postSigned(`${base}/slack/events`, SIGNING_SECRET, JSON.stringify(body));
    const two = await answeredWith('T0000TEAM2', 'U0000PER02', 'what is the RHIT?');
    expect(two.token).toBe(tokenOf('T0000TEAM2'));
    expect(fake.callsTo('chat.postMessage').slice(posts).map((c) => c.token)).toEqual([tokenOf('T0000TEAM2')]);
    const checklist = await slashFrom('T0000TEAM2', 'U0000PER02', 'checklist', 'oauth-t2-show');
    expect(JSON.stringify(checklist.body)).toMatch(/RHIT/);
  });

  it('tokens_revoked for the organisation\'s bot deletes the org-wide installation', async () => {
    const revoked = eventCallback({ type: 'tokens_revoked', tokens: { bot: [botUserOf('E0000ORG01')] } }, { teamId: 'T0000GRID9' });
    Object.assign(revoked, { enterprise_id: 'E0000ORG01' });
    revoked.authorizations = [{ enterprise_id: 'E0000ORG01', team_id: null, user_id: botUserOf('E0000ORG01'), is_bot: true, is_enterprise_install: true }];
    await postSigned(`${base}/slack/events`, SIGNING_SECRET, JSON.stringify(revoked));
    await fake.waitFor(() => core.logger.entries.some((e) => e.msg?.includes('ChartPath was removed from E0000ORG01')), 5000, 'the removal');
    expect((await core.installations!.list('slack')).map((r) => r.key)).toEqual(['T0000TEAM2']);
    await store.flush();
    expect(dataFiles()).not.toContain(tokenOf('E0000ORG01'));
  });

  it('keeps the OAuth secrets out of the log', () => {
    const logged = JSON.stringify(core.logger.entries);
    for (const secret of [CLIENT_SECRET, STATE_SECRET, tokenOf('T0000TEAM2')]) expect(logged).not.toContain(secret);
  });
});
