// Command references: the core turns commands in its texts into data; each surface prints them its own way.
import { describe, expect, it } from 'vitest';
import { discordSyntax, slackSyntax } from '../../adapters/shared/commands.js';
import { fillCommandRefs, makeReply, terminalSyntax } from '../../src/contract/index.js';
import { referenceCommands } from '../../src/core/command-refs.js';

const text = 'Type `/checklist start rhit` for a plan; rate with `/good` or `/bad`.\n\n- `/quit`: leave (terminal only)\n- `/help`: this list\n\nA path `/etc/passwd` and `code` stay text.';

describe('command references', () => {
  const reply = referenceCommands(makeReply({ id: 'r1', kind: 'conversation', text, notices: ['Type `/help` to see more.'] }));

  it('the core keeps no command in its text, only references to data', () => {
    expect(reply.text).not.toMatch(/`\/(checklist|good|bad|quit|help)/);
    expect(reply.commands).toEqual([
      { name: 'checklist', args: ['start', 'rhit'] },
      { name: 'good', args: [] },
      { name: 'bad', args: [] },
      { name: 'quit', args: [] },
      { name: 'help', args: [] },
      { name: 'help', args: [] },
    ]);
    expect(reply.text).toContain('`/etc/passwd`'); // not a command of ours
  });

  it('the terminal prints them as the knowledge base wrote them (the text comes back unchanged)', () => {
    expect(fillCommandRefs(reply.text, reply.commands, terminalSyntax)).toBe(text);
    expect(fillCommandRefs(reply.notices[0]!, reply.commands, terminalSyntax)).toBe('Type `/help` to see more.');
  });

  it('Slack prints subcommands of its slash command and leaves out terminal-only lines', () => {
    const slack = fillCommandRefs(reply.text, reply.commands, slackSyntax('/careers'));
    expect(slack).toContain('`/careers checklist start rhit`');
    expect(slack).toContain('`/careers good` or `/careers bad`');
    expect(slack).toContain('- `/careers help`: this list');
    expect(slack).not.toContain('quit');
  });

  it('Discord prints its own slash commands with named options, and buttons for ratings', () => {
    const discord = fillCommandRefs(reply.text, reply.commands, discordSyntax);
    expect(discord).toContain('`/checklist start goal:rhit`');
    expect(discord).toContain('rate with the **👍 Helpful** button or the **👎 Not helpful** button');
    expect(discord).not.toMatch(/\/good|\/bad|quit/);
    expect(discordSyntax({ name: 'checklist', args: ['done', 'N'] })).toBe('`/checklist done step:N`');
    expect(discordSyntax({ name: 'checklist', args: [] })).toBe('`/checklist show`');
    expect(discordSyntax({ name: 'checklist', args: ['reset'] })).toBe('`/checklist reset`');
  });
});

// Found by mutation testing: which lines a missing command takes with it.
describe('fillCommandRefs: lines about a command the surface lacks', () => {
  const refs = [
    { name: 'help' as const, args: [] },
    { name: 'quit' as const, args: [] },
  ];
  const noQuit = (ref: { name: string }) => (ref.name === 'quit' ? null : `<${ref.name}>`);

  it('a text naming no command comes back as it is (lists, dashes, brackets and all); one mark is enough to fill', () => {
    const plain = ['Steps:', '- apply', '  - wait ⟧ [0]', '', '- ', 'done ⟦x⟧'].join('\n');
    expect(fillCommandRefs(plain, refs, noQuit)).toBe(plain);
    expect(fillCommandRefs(`${plain}\n- ⟦1⟧ leaves\nor ⟦0⟧`, refs, noQuit)).toBe(`${plain}\nor <help>`);
  });

  it('a list line (also indented) naming it goes; any other line keeps its text without the reference', () => {
    const text = ['Commands:', '- ⟦0⟧ shows help', '  - ⟦1⟧ leaves', 'Type ⟦1⟧ to leave, or ⟦0⟧.', 'a - ⟦1⟧', '- ⟦0⟧ or ⟦1⟧'].join('\n');
    expect(fillCommandRefs(text, refs, noQuit)).toBe(['Commands:', '- <help> shows help', 'Type  to leave, or <help>.', 'a - '].join('\n'));
  });

  it('a reference to no command prints nothing', () => {
    expect(fillCommandRefs('see ⟦7⟧.', refs, noQuit)).toBe('see .');
  });
});
