// Each surface's way of writing the core's command references, and what its help says first.
import { describe, expect, it } from 'vitest';
import { discordSyntax, helpText, HOW_TO_ASK, slackSyntax, words } from '../../../adapters/shared/commands.js';
import { commandMark, makeReply, type CommandRef } from '../../../src/contract/index.js';

const ref = (name: CommandRef['name'], ...args: string[]): CommandRef => ({ name, args });

describe('discordSyntax', () => {
  it('writes slash commands with named options, ratings as the buttons, and has no quit', () => {
    expect(discordSyntax(ref('checklist', 'done', '2'))).toBe('`/checklist done step:2`');
    expect(discordSyntax(ref('checklist', 'undo', '3'))).toBe('`/checklist undo step:3`');
    expect(discordSyntax(ref('checklist', 'start', 'rhit'))).toBe('`/checklist start goal:rhit`');
    expect(discordSyntax(ref('checklist', 'start'))).toBe('`/checklist start`');
    expect(discordSyntax(ref('checklist', 'reset', 'x'))).toBe('`/checklist reset`');
    expect(discordSyntax(ref('checklist'))).toBe('`/checklist show`');
    expect(discordSyntax(ref('ask', 'what is the rhit'))).toBe('`/ask`');
    expect(discordSyntax(ref('forget-me'))).toBe('`/forget-me`');
    expect(discordSyntax(ref('good'))).toBe('the **👍 Helpful** button');
    expect(discordSyntax(ref('bad'))).toBe('the **👎 Not helpful** button');
    expect(discordSyntax(ref('quit'))).toBeNull();
  });
});

describe('slackSyntax', () => {
  it('makes every command a subcommand of the one slash command, and has no quit', () => {
    expect(slackSyntax()(ref('checklist', 'done', '2'))).toBe('`/chartpath checklist done 2`');
    expect(slackSyntax('/cp')(ref('help'))).toBe('`/cp help`');
    expect(slackSyntax()(ref('quit'))).toBeNull();
  });
});

describe('words and helpText', () => {
  const reply = makeReply({ id: 'r', kind: 'help', text: `Type ${commandMark(0)} to start.\n- ${commandMark(1)} leaves`, commands: [ref('checklist', 'start'), ref('quit')] });

  it('fills the references in a surface’s syntax; a list line about a command it lacks is left out', () => {
    expect(words(reply, reply.text, slackSyntax())).toBe('Type `/chartpath checklist start` to start.');
    expect(words(reply, reply.text, discordSyntax)).toBe('Type `/checklist start` to start.');
  });

  it('help starts with how to ask on that surface, then the core’s help', () => {
    expect(helpText(reply, slackSyntax('/cp'), HOW_TO_ASK.slack('/cp'))).toBe(`${HOW_TO_ASK.slack('/cp')}\n\nType \`/cp checklist start\` to start.`);
    expect(HOW_TO_ASK.slack('/cp')).toContain('`/cp` and your question');
    expect(HOW_TO_ASK.slack()).toContain('`/chartpath` and your question');
    expect(HOW_TO_ASK.discord).toContain('`/ask`');
  });
});
