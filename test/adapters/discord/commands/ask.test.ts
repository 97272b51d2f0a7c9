// /ask: its definition (the question option capped at what the core reads) and that it hands the question to the core
// and answers in public.
import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { describe, expect, it } from 'vitest';
import * as ask from '../../../../adapters/discord/commands/ask.js';
import { makeReply } from '../../../../src/contract/index.js';
import { fakeCommandContext, fakeCommandInteraction } from '../../../helpers/discord-fakes.js';

const reply = () => makeReply({ id: 'r1', kind: 'answer', text: 'The RHIT is AHIMA\'s credential.' });
const withQuestion = (question: string) => Object.assign(fakeCommandInteraction(), { options: { getString: (name: string) => (name === 'question' ? question : null) } });

describe('/ask', () => {
  it('has one required question option, no longer than the core reads', () => {
    const json = ask.data({ plans: [], maxQuestion: 1000 }).toJSON();
    expect(json.name).toBe('ask');
    const [option] = json.options as { name: string; required: boolean; max_length: number }[];
    expect(option).toMatchObject({ name: 'question', required: true, max_length: 1000 });
    expect((ask.data({ plans: [], maxQuestion: 250 }).toJSON().options as { max_length: number }[])[0]!.max_length).toBe(250);
  });

  it('hands the question to the core as text, with the person from the context', async () => {
    const ctx = fakeCommandContext(reply());
    await ask.execute(withQuestion('what is the rhit?') as unknown as ChatInputCommandInteraction, ctx);
    expect(ctx.handled).toEqual([{ who: { person: 'u1', channel: 'c1', surface: 'discord', shared: true }, input: { kind: 'text', text: 'what is the rhit?' } }]);
  });

  it('answers in public (not ephemeral) with the core\'s reply', async () => {
    const i = withQuestion('what is the rhit?');
    await ask.execute(i as unknown as ChatInputCommandInteraction, fakeCommandContext(reply()));
    expect(i.calls.map((c) => c.op)).toEqual(['reply']);
    expect(i.calls[0]!.payload.flags ?? 0).not.toBe(MessageFlags.Ephemeral);
    expect(JSON.stringify(i.calls[0]!.payload)).toContain("The RHIT is AHIMA's credential.");
  });

  it('when the core is slow, defers in public (an answer is for the channel), then edits that reply', async () => {
    const i = withQuestion('what is the rhit?');
    await ask.execute(i as unknown as ChatInputCommandInteraction, fakeCommandContext(reply(), { slow: true }));
    expect(i.calls.map((c) => c.op)).toEqual(['deferReply', 'editReply']);
    expect(i.calls[0]!.payload).toEqual({});
  });
});
