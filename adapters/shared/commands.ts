// How each surface writes the core's command references (see src/contract/commands.ts) and says how to ask.
import { fillCommandRefs, type CommandRef, type CommandSyntax, type Reply } from '../../src/contract/index.js';

/** Discord's slash commands take named options (`/checklist done step:2`); ratings are the buttons under an answer. */
export const discordSyntax: CommandSyntax = (ref: CommandRef) => {
  const [sub, arg] = ref.args;
  switch (ref.name) {
    case 'good':
      return 'the **👍 Helpful** button';
    case 'bad':
      return 'the **👎 Not helpful** button';
    case 'quit':
      return null;
    case 'ask':
      return '`/ask`';
    case 'checklist': {
      if (!sub) return '`/checklist show`';
      const option = sub === 'start' ? 'goal' : sub === 'done' || sub === 'undo' ? 'step' : undefined;
      return `\`/checklist ${sub}${option && arg ? ` ${option}:${arg}` : ''}\``;
    }
    default:
      return `\`/${ref.name}\``;
  }
};

/** Slack has one slash command; the core's commands are its subcommands. */
export function slackSyntax(command = '/chartpath'): CommandSyntax {
  return (ref) => (ref.name === 'quit' ? null : `\`${[command, ref.name, ...ref.args].join(' ')}\``);
}

/** A reply's text (or one of its notices or checklist lines) with its command references in the surface's syntax. */
export function words(reply: Pick<Reply, 'commands'>, text: string, syntax: CommandSyntax): string {
  return fillCommandRefs(text, reply.commands, syntax);
}

/** What /help says first on each surface: every way to ask there. */
export const HOW_TO_ASK = {
  discord: '**How to ask:** `/ask` and your question, mention me in a channel, or send me a direct message. On any message: **Apps > Ask ChartPath** asks me about it.',
  slack: (command = '/chartpath') =>
    `**How to ask:** \`${command}\` and your question, mention me in a channel, send me a direct message, or use a shortcut: **Ask ChartPath** on any message (its ⋮ menu) or from the shortcuts menu.`,
};

/** The help reply's text on a surface: how to ask there, then the core's help. */
export function helpText(reply: Reply, syntax: CommandSyntax, howToAsk: string): string {
  return `${howToAsk}\n\n${words(reply, reply.text, syntax)}`;
}
