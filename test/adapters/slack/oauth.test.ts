// adapters/slack/oauth.ts, its own logic without Slack: which installation an event belongs to (an org-wide install
// answers for the organisation, else the workspace), the person key the core sees in OAuth mode, and the
// InstallationStore over ChartPath's installations (stored under the right key, found for a workspace of an org-wide
// install, deleted). The browser install flow through Bolt is in oauth.e2e.test.ts.
import type { Context, Installation } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { installationKey, installationPeoplePrefix, personInInstallation, slackInstallationStore } from '../../../adapters/slack/oauth.js';
import { StoreInstallations } from '../../../src/store/installations.js';
import { MemoryStore } from '../../../src/store/memory.js';
import { recordingLogger } from '../../helpers/logger.js';

describe('installationKey and personInInstallation', () => {
  it('an org-wide install is keyed by the organisation, a workspace install by the workspace', () => {
    expect(installationKey({ teamId: 'T1', enterpriseId: 'E1', isEnterpriseInstall: true })).toBe('E1');
    expect(installationKey({ teamId: 'T1', enterpriseId: 'E1', isEnterpriseInstall: false })).toBe('T1');
    expect(installationKey({ enterpriseId: 'E1' })).toBe('E1');
    expect(installationKey({})).toBeUndefined();
  });

  it('the core sees "<installation>/<user>", and its prefix is what deleting an installation’s people uses', () => {
    expect(personInInstallation({ teamId: 'T1' } as Context, 'U1')).toBe('T1/U1');
    expect(personInInstallation({ teamId: 'T1', enterpriseId: 'E1', isEnterpriseInstall: true } as Context, 'U1')).toBe('E1/U1');
    expect(personInInstallation({ teamId: 'T1' } as Context, 'U1').startsWith(installationPeoplePrefix('T1'))).toBe(true);
    // ...and never another installation whose id starts the same way (T10 is not T1).
    expect(personInInstallation({ teamId: 'T10' } as Context, 'U1').startsWith(installationPeoplePrefix('T1'))).toBe(false);
    expect(() => personInInstallation({} as Context, 'U1')).toThrow(/without a workspace or organisation id/);
  });
});

describe('slackInstallationStore', () => {
  const workspace = { team: { id: 'T1', name: 'Clinic' }, isEnterpriseInstall: false, bot: { token: 'xoxb-t1' } } as unknown as Installation;
  const org = { team: undefined, enterprise: { id: 'E1', name: 'Health Org' }, isEnterpriseInstall: true, bot: { token: 'xoxb-e1' } } as unknown as Installation;

  function setup() {
    const store = new MemoryStore();
    const logger = recordingLogger();
    return { store, logger, slack: slackInstallationStore(new StoreInstallations(store), logger) };
  }

  it('stores a workspace and an organisation under their keys, and logs each install by name', async () => {
    const s = setup();
    await s.slack.storeInstallation(workspace);
    await s.slack.storeInstallation(org);
    expect(await s.store.getInstallation('slack', 'T1')).toMatchObject({ key: 'T1', teamId: 'T1', isEnterpriseInstall: false, data: workspace });
    expect(await s.store.getInstallation('slack', 'E1')).toMatchObject({ key: 'E1', enterpriseId: 'E1', isEnterpriseInstall: true, data: org });
    expect(s.logger.entries.map((e) => e.msg)).toEqual(['Slack: ChartPath was installed in the workspace T1 (Clinic)', 'Slack: ChartPath was installed for the organisation E1 (Health Org)']);
  });

  it('finds the workspace’s own installation, or the organisation’s for any of its workspaces', async () => {
    const s = setup();
    await s.slack.storeInstallation(workspace);
    await s.slack.storeInstallation(org);
    expect(await s.slack.fetchInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false })).toEqual(workspace);
    expect(await s.slack.fetchInstallation({ teamId: 'T9', enterpriseId: 'E1', isEnterpriseInstall: false })).toEqual(org);
    expect(await s.slack.fetchInstallation({ teamId: 'T1', enterpriseId: 'E1', isEnterpriseInstall: true })).toEqual(org);
    await expect(s.slack.fetchInstallation({ teamId: 'T404', enterpriseId: undefined, isEnterpriseInstall: false })).rejects.toThrow(/no installation for T404: install the app at \/slack\/install/);
  });

  it('deletes the installation an event’s query finds, and nothing else', async () => {
    const s = setup();
    await s.slack.storeInstallation(workspace);
    await s.slack.storeInstallation(org);
    await s.slack.deleteInstallation!({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false });
    expect(await s.store.getInstallation('slack', 'T1')).toBeUndefined();
    expect(await s.store.getInstallation('slack', 'E1')).toBeDefined();
  });

  it('an installation with neither a workspace nor an organisation id is refused', async () => {
    const s = setup();
    await expect(s.slack.storeInstallation({ isEnterpriseInstall: false } as unknown as Installation)).rejects.toThrow(/without a workspace or organisation id/);
  });
});
