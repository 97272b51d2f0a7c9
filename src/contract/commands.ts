// Commands a person can give, and command references inside reply texts. Each surface has its own syntax for the
// same command (the terminal's `/checklist done 2`, Slack's `/chartpath checklist done 2`, Discord's
// `/checklist done step:2`, or no command at all for ratings, which are buttons there): the core therefore never
// writes a command into a text, only a reference that each surface prints its own way.

export type Command =
  | { name: 'ask'; question: string }
  | { name: 'help' }
  | { name: 'topics' }
  | { name: 'checklist-show' }
  | { name: 'checklist-start'; goal?: string | undefined; education?: string | undefined; experience?: string | undefined; words?: string[] | undefined }
  | { name: 'checklist-done'; step: string }
  | { name: 'checklist-undo'; step: string }
  | { name: 'checklist-reset'; confirmed: boolean }
  | { name: 'rate'; helpful: boolean; replyId?: string | undefined }
  | { name: 'forget'; confirmed: boolean }
  | { name: 'invalid'; message: string };

/** The commands a reference may name, as the terminal spells them. */
export const COMMAND_NAMES = ['ask', 'help', 'topics', 'checklist', 'good', 'bad', 'forget-me', 'quit'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** A command mentioned in a reply: `/checklist start rhit` is { name: 'checklist', args: ['start', 'rhit'] }. */
export interface CommandRef {
  name: CommandName;
  args: string[];
}

/**
 * A surface's way of writing a command reference: the text to show (Markdown, code marks included), or null when
 * the surface has no such command (lines of a list about it are left out; elsewhere it is dropped).
 */
export type CommandSyntax = (ref: CommandRef) => string | null;

/** Where reference n stands in a text: ⟦n⟧ (characters no knowledge file or phrase uses). */
export const COMMAND_MARK = /⟦(\d{1,3})⟧/g;
export const commandMark = (index: number) => `⟦${index}⟧`;

/** A text with its command references written in one surface's syntax. */
export function fillCommandRefs(text: string, refs: readonly CommandRef[], syntax: CommandSyntax): string {
  // Most texts (every answer of `ask --json` goes through here) name no command: nothing to fill, no line to drop.
  if (!text.includes('⟦')) return text;
  const print = (n: string) => {
    const ref = refs[Number(n)];
    return ref ? syntax(ref) : null;
  };
  return text
    .split('\n')
    .filter((line) => !/^\s*- /.test(line) || ![...line.matchAll(COMMAND_MARK)].some((m) => print(m[1]!) === null))
    .join('\n')
    .replace(COMMAND_MARK, (_m, n: string) => print(n) ?? '');
}

/** The terminal's syntax, which is also how the knowledge base writes commands: `/checklist done 2`. */
export const terminalSyntax: CommandSyntax = (ref) => `\`/${[ref.name, ...ref.args].join(' ')}\``;
