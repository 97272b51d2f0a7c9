// The core writes commands the way the knowledge base does (`/checklist start rhit`); before a reply leaves the core
// each of them becomes a reference (Reply.commands), so that every surface prints it in its own syntax and none has
// to find commands in text.
import { COMMAND_NAMES, commandMark, type CommandName, type CommandRef, type Reply } from '../contract/index.js';

const NAMES = new Set<string>(COMMAND_NAMES);
/** A code span holding a command: `/checklist done N`. Other code spans stay text. */
const COMMAND_SPAN = /`\/([a-z][a-z-]*)((?: [^`\n]*)?)`/g;

function extract(text: string, refs: CommandRef[]): string {
  // Every command span starts with "`/": a text without one (most answers, a few kilobytes each) is not scanned.
  if (!text.includes('`/')) return text;
  return text.replace(COMMAND_SPAN, (span, name: string, args: string) => {
    if (!NAMES.has(name)) return span;
    refs.push({ name: name as CommandName, args: args.trim().split(/\s+/).filter(Boolean) });
    return commandMark(refs.length - 1);
  });
}

/** Turns the commands in a reply's texts (text, notices, checklist headline and footer) into references, in place. */
export function referenceCommands(reply: Reply): Reply {
  const refs = reply.commands;
  reply.text = extract(reply.text, refs);
  reply.notices = reply.notices.map((n) => extract(n, refs));
  if (reply.checklist) {
    reply.checklist = { ...reply.checklist, footer: reply.checklist.footer.map((l) => extract(l, refs)), headline: reply.checklist.headline && extract(reply.checklist.headline, refs) };
  }
  return reply;
}
