// Renders a Reply as terminal text: colour where the terminal supports it, plain text otherwise.
import pc from 'picocolors';
import { fillCommandRefs, terminalSyntax, type Reply, type ReplyAction } from '../contract/index.js';

export interface TextStyle {
  color: boolean;
}

function markdown(text: string, style: TextStyle): string {
  if (!style.color) return text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/`([^`]+)`/g, '$1');
  return text.replace(/\*\*(.+?)\*\*/g, (_, s: string) => pc.bold(s)).replace(/`([^`]+)`/g, (_, s: string) => pc.cyan(s));
}

/** The numbered options a person can pick by typing the number (choices first, then suggestions). */
export function numberedActions(reply: Reply): ReplyAction[] {
  return [...reply.choices, ...reply.suggestions];
}

export function renderText(reply: Reply, style: TextStyle, options: { numbered?: boolean } = {}): string {
  const dim = (s: string) => (style.color ? pc.dim(s) : s);
  const out: string[] = [];
  const words = (text: string) => fillCommandRefs(text, reply.commands, terminalSyntax);
  // Notices are Markdown too (Slack and Discord render theirs): a command in one must not show its code marks.
  for (const n of reply.notices) out.push(style.color ? pc.yellow(`! ${markdown(words(n), style)}`) : `! ${markdown(words(n), style)}`);
  if (reply.title && reply.kind === 'answer') out.push(style.color ? pc.bold(pc.green(reply.title)) : reply.title);
  out.push(markdown(words(reply.text), style));
  const meta: string[] = [];
  if (reply.sources.length) {
    meta.push('Sources:');
    for (const s of reply.sources) meta.push(`  - ${s.title}${s.url ? ` <${s.url}>` : ''}`);
  }
  if (reply.reviewed) meta.push(`Reviewed ${reply.reviewed}`);
  if (meta.length) out.push(dim(meta.join('\n')));
  const actions = numberedActions(reply);
  if (options.numbered && actions.length) {
    const heading = reply.choices.length ? 'Choose:' : 'You could also ask:';
    const firstSuggestion = reply.choices.length;
    const lines = actions.map((a, i) => `  [${i + 1}] ${a.label}`);
    if (reply.choices.length && reply.suggestions.length) lines.splice(firstSuggestion, 0, 'You could also ask:');
    out.push(`${heading}\n${lines.join('\n')}`);
  } else if (reply.suggestions.length) {
    out.push(dim(`You could also ask:\n${reply.suggestions.map((s) => `  - ${s.label}`).join('\n')}`));
  }
  if (options.numbered && reply.ratings.length) out.push(dim('Was this helpful? Type /good or /bad.'));
  return out.join('\n\n');
}
