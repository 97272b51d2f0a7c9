// adapters/slack/uninstall.ts, the decisions of its two listeners, called directly through a recording stand-in for
// Bolt's App: which tokens_revoked events mean ChartPath's bot lost its token (not people's own tokens, not another
// bot's), that single-workspace mode reports the removal as fatal, and that in OAuth mode only the installation the
// event came through is deleted. Erasing the people of an installation end to end is in uninstall.e2e.test.ts.
import type { App } from '@slack/bolt';
import { describe, expect, it, vi } from 'vitest';
import { registerUninstallHandlers } from '../../../adapters/slack/uninstall.js';
import type { Core } from '../../../src/boot.js';
import { StoreInstallations } from '../../../src/store/installations.js';
import { MemoryStore } from '../../../src/store/memory.js';
import { recordingLogger } from '../../helpers/logger.js';

type Listener = (args: Record<string, unknown>) => Promise<void>;

function setup(kind: 'single' | 'oauth') {
  const events = new Map<string, Listener>();
  const app = { event: (name: string, fn: Listener) => void events.set(name, fn) } as unknown as App;
  const store = new MemoryStore();
  const logger = recordingLogger();
  const installations = new StoreInstallations(store);
  const onRemoved = vi.fn();
  // People are forgotten through the core, which makes their keys: the adapter hands it only Slack's person ids.
  const forgetPeople = vi.fn(async (_surface: string, _prefix: string) => 0);
  const core = { store, logger, advisor: { forgetPeople } } as unknown as Core;
  registerUninstallHandlers(app, core, kind === 'single' ? { kind, botUserId: 'UBOT', onRemoved } : { kind, installations });
  return { events, installations, onRemoved, logger, store, forgetPeople };
}

describe('single workspace', () => {
  it('only a revoked token of this bot removes it (fatal); people’s own tokens and other bots are not ChartPath’s', async () => {
    const s = setup('single');
    const revoked = s.events.get('tokens_revoked')!;
    await revoked({ event: { tokens: { oauth: ['U1'] } }, context: { teamId: 'T1' } });
    await revoked({ event: { tokens: { bot: ['UOTHER'] } }, context: { teamId: 'T1' } });
    expect(s.onRemoved).not.toHaveBeenCalled();
    await revoked({ event: { tokens: { bot: ['UOTHER', 'UBOT'] } }, context: { teamId: 'T1' } });
    expect(s.onRemoved).toHaveBeenCalledTimes(1);
    expect(s.onRemoved.mock.calls[0]![0].message).toMatch(/removed from the workspace \(tokens_revoked\).*SLACK_BOT_TOKEN no longer works/);
  });

  it('app_uninstalled is always this workspace: every Slack person is forgotten through the core', async () => {
    const s = setup('single');
    await s.events.get('app_uninstalled')!({ context: { teamId: 'T1' } });
    expect(s.onRemoved.mock.calls[0]![0].message).toMatch(/\(app_uninstalled\)/);
    expect(s.forgetPeople.mock.calls).toEqual([['slack', '']]);
  });
});

describe('OAuth', () => {
  const put = (i: StoreInstallations, key: string, botUserId: string, org = false) =>
    i.put({ platform: 'slack', key, ...(org ? { enterpriseId: key } : { teamId: key }), isEnterpriseInstall: org, data: { bot: { userId: botUserId } } });

  it('app_uninstalled deletes the installation it came through and no other', async () => {
    const s = setup('oauth');
    await put(s.installations, 'T1', 'UB1');
    await put(s.installations, 'T2', 'UB2');
    await s.events.get('app_uninstalled')!({ context: { teamId: 'T1' } });
    expect(await s.installations.get('slack', 'T1')).toBeUndefined();
    expect(await s.installations.get('slack', 'T2')).toBeDefined();
    // Its people by their Slack ids ("T1/<user>"); the core turns them into keys.
    expect(s.forgetPeople.mock.calls).toEqual([['slack', 'T1/']]);
  });

  it('tokens_revoked removes an installation only when its own bot’s token is among the revoked', async () => {
    const s = setup('oauth');
    await put(s.installations, 'T1', 'UB1');
    await s.events.get('tokens_revoked')!({ event: { tokens: { bot: ['UB9'] } }, context: { teamId: 'T1' } });
    expect(await s.installations.get('slack', 'T1')).toBeDefined();
    await s.events.get('tokens_revoked')!({ event: { tokens: { bot: ['UB1'] } }, context: { teamId: 'T1' } });
    expect(await s.installations.get('slack', 'T1')).toBeUndefined();
  });

  it('revoked user tokens alone never remove an installation, even one whose bot id is not known', async () => {
    const s = setup('oauth');
    await s.installations.put({ platform: 'slack', key: 'T3', teamId: 'T3', isEnterpriseInstall: false, data: {} });
    await s.events.get('tokens_revoked')!({ event: { tokens: { oauth: ['U1'] } }, context: { teamId: 'T3' } });
    expect(await s.installations.get('slack', 'T3')).toBeDefined();
  });

  it('a removal event without any workspace or organisation id is ignored with a warning', async () => {
    const s = setup('oauth');
    await put(s.installations, 'T1', 'UB1');
    await s.events.get('app_uninstalled')!({ context: {} });
    expect(await s.installations.get('slack', 'T1')).toBeDefined();
    expect(s.logger.entries.map((e) => [e.level, e.msg])).toEqual([['warn', 'Slack: a removal event without a workspace or organisation id was ignored']]);
  });
});
