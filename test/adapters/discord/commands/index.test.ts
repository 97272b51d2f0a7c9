// The registry of Discord commands: every command module once, their definitions, and the table that dispatches by name.
import { describe, expect, it } from 'vitest';
import { buildCommand, commandDefinitions, commandModules, commandTable } from '../../../../adapters/discord/commands/index.js';
import * as checklist from '../../../../adapters/discord/commands/checklist.js';

const ctx = { plans: [{ id: 'rhit', title: 'Earn the RHIT' }], maxQuestion: 1000 };

describe('the command registry', () => {
  it('defines the six commands, each once, in registration order', () => {
    expect(commandDefinitions(ctx).map((d) => d.name)).toEqual(['ask', 'checklist', 'topics', 'help', 'forget-me', 'Ask ChartPath']);
  });
  it('builds a definition that depends on the knowledge base from it (the checklist\'s goals)', () => {
    const json = buildCommand(checklist, ctx).toJSON() as { options: { options?: { name: string; choices?: { value: string }[] }[] }[] };
    expect(json.options[0]!.options!.find((o) => o.name === 'goal')!.choices!.map((c) => c.value)).toEqual(['rhit']);
  });
  it('dispatches by the name Discord sends: each module under its own name', () => {
    const table = commandTable(ctx);
    expect([...table.keys()]).toEqual(['ask', 'checklist', 'topics', 'help', 'forget-me', 'Ask ChartPath']);
    expect(table.get('checklist')).toBe(checklist);
    expect(new Set(table.values()).size).toBe(commandModules.length);
  });
});
