// /checklist start|show|done|undo|reset — the personal next-steps checklist. Every reply is ephemeral.
import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import { EDUCATION_LABELS, EDUCATION_LEVELS, EXPERIENCE_LABELS, EXPERIENCE_LEVELS, type Command } from '../../../src/contract/index.js';
import { planChoices, stepChoices } from '../choices.js';
import { respondToCommand } from '../delivery.js';
import { MAX_AUTOCOMPLETE_CHOICES } from '../render.js';
import { slashCommand, type CommandContext, type DefinitionContext } from './types.js';

/** The goal option lists the plans as fixed choices when there are 1 to 25 of them, else autocompletes. */
export function data({ plans }: DefinitionContext) {
  const goalChoices = planChoices(plans);
  const fixedGoals = plans.length > 0 && plans.length <= MAX_AUTOCOMPLETE_CHOICES && goalChoices.length === plans.length;
  return slashCommand('checklist', 'Your personal checklist of next steps')
    .addSubcommand((s) =>
      s
        .setName('start')
        .setDescription('Start (or switch to) a goal; I ask for anything you leave out')
        .addStringOption((o) => {
          o.setName('goal').setDescription('What you are working toward');
          return fixedGoals ? o.addChoices(...goalChoices) : o.setAutocomplete(true);
        })
        .addStringOption((o) =>
          o
            .setName('education')
            .setDescription('Your education so far')
            .addChoices(...EDUCATION_LEVELS.map((e) => ({ name: EDUCATION_LABELS[e], value: e }))),
        )
        .addStringOption((o) =>
          o
            .setName('experience')
            .setDescription('Your work experience')
            .addChoices(...EXPERIENCE_LEVELS.map((x) => ({ name: EXPERIENCE_LABELS[x], value: x }))),
        ),
    )
    .addSubcommand((s) => s.setName('show').setDescription('Show your checklist and progress'))
    .addSubcommand((s) =>
      s
        .setName('done')
        .setDescription('Mark a step as done')
        .addStringOption((o) => o.setName('step').setDescription('The step (number or name)').setRequired(true).setAutocomplete(true)),
    )
    .addSubcommand((s) =>
      s
        .setName('undo')
        .setDescription('Mark a step as not done')
        .addStringOption((o) => o.setName('step').setDescription('The step (number or name)').setRequired(true).setAutocomplete(true)),
    )
    .addSubcommand((s) => s.setName('reset').setDescription('Mark every step of your checklist as not done (asks to confirm first)'));
}

function toCommand(interaction: ChatInputCommandInteraction): Command {
  const o = interaction.options;
  switch (o.getSubcommand()) {
    case 'start':
      return {
        name: 'checklist-start',
        goal: o.getString('goal') ?? undefined,
        education: o.getString('education') ?? undefined,
        experience: o.getString('experience') ?? undefined,
      };
    case 'done':
      return { name: 'checklist-done', step: o.getString('step', true) };
    case 'undo':
      return { name: 'checklist-undo', step: o.getString('step', true) };
    case 'reset':
      return { name: 'checklist-reset', confirmed: false };
    default:
      return { name: 'checklist-show' };
  }
}

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  await respondToCommand(interaction, ctx.core.advisor.handle(ctx.who(interaction), { kind: 'command', command: toCommand(interaction) }), true, ctx.delivery);
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const sub = interaction.options.getSubcommand(false);
  if (focused.name === 'goal') {
    await interaction.respond(planChoices(ctx.core.advisor.plans(), String(focused.value)));
    return;
  }
  if (focused.name === 'step' && (sub === 'done' || sub === 'undo')) {
    const view = await ctx.core.advisor.checklist(ctx.who(interaction));
    await interaction.respond(stepChoices(view, String(focused.value), sub));
    return;
  }
  await interaction.respond([]);
}
