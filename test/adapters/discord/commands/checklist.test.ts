// /checklist: its definition (fixed goal choices or autocomplete), each subcommand as the core's command, a private
// reply, and autocomplete of goals and steps.
import { type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { describe, expect, it } from 'vitest';
import * as checklist from '../../../../adapters/discord/commands/checklist.js';
import { makeReply } from '../../../../src/contract/index.js';
import { fakeCommandContext, fakeCommandInteraction } from '../../../helpers/discord-fakes.js';

const plans = [
  { id: 'records-clerk', title: 'Become a medical records clerk' },
  { id: 'rhit', title: 'Earn the RHIT' },
];
const reply = () => makeReply({ id: 'r1', kind: 'checklist', text: 'Your checklist' });
const withOptions = (sub: string, values: Record<string, string> = {}) =>
  Object.assign(fakeCommandInteraction(), {
    options: {
      getSubcommand: () => sub,
      getString: (name: string, required?: boolean) => {
        if (values[name] === undefined && required) throw new Error(`missing ${name}`);
        return values[name] ?? null;
      },
    },
  });

async function commandFor(sub: string, values?: Record<string, string>) {
  const ctx = fakeCommandContext(reply());
  const i = withOptions(sub, values);
  await checklist.execute(i as unknown as ChatInputCommandInteraction, ctx);
  return { command: (ctx.handled[0]!.input as { command: unknown }).command, calls: i.calls };
}

describe('/checklist definition', () => {
  it('has start, show, done, undo and reset; a few goals are fixed choices', () => {
    const json = checklist.data({ plans }).toJSON() as { options: { name: string; options?: { name: string; choices?: unknown[]; autocomplete?: boolean }[] }[] };
    expect(json.options.map((o) => o.name)).toEqual(['start', 'show', 'done', 'undo', 'reset']);
    const goal = json.options[0]!.options!.find((o) => o.name === 'goal')!;
    expect(goal.choices).toHaveLength(2);
    expect(goal.autocomplete).toBeFalsy();
  });
  it('with no plans (or too many), the goal autocompletes instead', () => {
    const json = checklist.data({ plans: [] }).toJSON() as { options: { options?: { name: string; autocomplete?: boolean }[] }[] };
    expect(json.options[0]!.options!.find((o) => o.name === 'goal')!.autocomplete).toBe(true);
  });
});

describe('/checklist subcommands', () => {
  it('start hands over the goal, education and experience given, leaving out the rest', async () => {
    expect((await commandFor('start', { goal: 'rhit', education: 'hs' })).command).toEqual({ name: 'checklist-start', goal: 'rhit', education: 'hs', experience: undefined });
  });
  it('done and undo hand over the step; reset asks to confirm first; show is the default', async () => {
    expect((await commandFor('done', { step: '2' })).command).toEqual({ name: 'checklist-done', step: '2' });
    expect((await commandFor('undo', { step: 'diploma' })).command).toEqual({ name: 'checklist-undo', step: 'diploma' });
    expect((await commandFor('reset')).command).toEqual({ name: 'checklist-reset', confirmed: false });
    expect((await commandFor('show')).command).toEqual({ name: 'checklist-show' });
  });
  it('a slow core defers privately: a checklist is personal', async () => {
    const ctx = fakeCommandContext(reply(), { slow: true });
    const i = withOptions('show');
    await checklist.execute(i as unknown as ChatInputCommandInteraction, ctx);
    expect(i.calls[0]).toMatchObject({ op: 'deferReply', payload: { flags: 64 } });
  });
});

describe('/checklist autocomplete', () => {
  const autocompleting = (focused: { name: string; value: string }, sub: string | null) => {
    const responses: unknown[] = [];
    const interaction = { options: { getFocused: () => focused, getSubcommand: () => sub }, respond: async (c: unknown) => void responses.push(c) };
    return { interaction: interaction as unknown as AutocompleteInteraction, responses };
  };
  it('goals: the plans matching what was typed', async () => {
    const ctx = fakeCommandContext(reply());
    (ctx.core.advisor as unknown as { plans: () => typeof plans }).plans = () => plans;
    const { interaction, responses } = autocompleting({ name: 'goal', value: 'rhit' }, 'start');
    await checklist.autocomplete(interaction, ctx);
    expect(responses).toEqual([[{ name: 'Earn the RHIT', value: 'rhit' }]]);
  });
  it('anything else: no choices', async () => {
    const { interaction, responses } = autocompleting({ name: 'education', value: '' }, 'start');
    await checklist.autocomplete(interaction, fakeCommandContext(reply()));
    expect(responses).toEqual([[]]);
  });
});
