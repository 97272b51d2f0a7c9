// "Ask ChartPath" on a message: a message context-menu command that asks the core about the message's text.
import { ApplicationCommandType, InteractionContextType, type MessageContextMenuCommandInteraction } from 'discord.js';
import { describe, expect, it } from 'vitest';
import * as askMessage from '../../../../adapters/discord/commands/ask-message.js';
import { makeReply } from '../../../../src/contract/index.js';
import { fakeCommandContext, fakeCommandInteraction } from '../../../helpers/discord-fakes.js';

describe('Ask ChartPath (message context menu)', () => {
  it('is a message command named "Ask ChartPath", in servers and DMs', () => {
    const json = askMessage.data.toJSON() as { name: string; type: number; contexts: number[] };
    expect(json).toMatchObject({ name: 'Ask ChartPath', type: ApplicationCommandType.Message });
    expect(json.contexts).toEqual([InteractionContextType.Guild, InteractionContextType.BotDM]);
  });

  it('asks the core about the target message\'s text and answers with its reply', async () => {
    const ctx = fakeCommandContext(makeReply({ id: 'r1', kind: 'answer', text: 'CPC is AAPC\'s credential.' }));
    const i = Object.assign(fakeCommandInteraction(), { targetMessage: { content: 'is the cpc worth it?' } });
    await askMessage.execute(i as unknown as MessageContextMenuCommandInteraction, ctx);
    expect(ctx.handled).toEqual([{ who: { person: 'u1', channel: 'c1', surface: 'discord', shared: true }, input: { kind: 'text', text: 'is the cpc worth it?' } }]);
    expect(JSON.stringify(i.calls[0]!.payload)).toContain("CPC is AAPC's credential.");
  });
});
