// An independent check of Slack's Block Kit limits, applied to everything the bot renders or sends.
import * as R from '../../../adapters/slack/render.js';

/** Every `<` in a text must open a link we wrote (<https://...|title>): no <!channel>, <@U…>, <#C…> or <!date…>. */
export function controlSequences(text: string): string[] {
  const bad: string[] = [];
  for (const m of text.matchAll(/<[^>]*>?/g)) {
    if (!/^<https?:\/\/[^\s|<>]+\|[^<>]+>$/.test(m[0])) bad.push(m[0]);
  }
  return bad;
}

function checkText(where: string, text: unknown, max: number, problems: string[], kind?: 'plain_text' | 'mrkdwn'): void {
  if (typeof text !== 'string') return void problems.push(`${where}: text is not a string`);
  if (!text.trim()) problems.push(`${where}: empty text`);
  if (text.length > max) problems.push(`${where}: ${text.length} > ${max} characters`);
  const bad = controlSequences(text);
  if (bad.length) problems.push(`${where}: control sequence ${bad[0]}`);
  if (kind === 'plain_text' && /<http/.test(text)) problems.push(`${where}: link syntax in plain_text`);
}

function checkTextObject(where: string, obj: unknown, max: number, problems: string[], allowed: ('plain_text' | 'mrkdwn')[]): void {
  const o = obj as { type?: string; text?: unknown } | undefined;
  if (!o || !allowed.includes(o.type as 'plain_text')) return void problems.push(`${where}: text object of type ${o?.type}`);
  checkText(where, o.text, max, problems, o.type as 'plain_text');
}

/** Problems with a list of blocks (empty when everything is within Slack's limits). */
export function blockProblems(blocks: unknown[], maxBlocks: number): string[] {
  const problems: string[] = [];
  if (!Array.isArray(blocks)) return ['blocks is not an array'];
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks > ${maxBlocks}`);
  const blockIds = new Set<string>();
  blocks.forEach((raw, i) => {
    const b = raw as Record<string, any>;
    const where = `block ${i} (${b.type})`;
    if (b.block_id !== undefined) {
      if (typeof b.block_id !== 'string' || b.block_id.length > R.MAX_BLOCK_ID) problems.push(`${where}: block_id too long`);
      if (blockIds.has(b.block_id)) problems.push(`${where}: duplicate block_id ${b.block_id}`);
      blockIds.add(b.block_id);
    }
    switch (b.type) {
      case 'section':
        checkTextObject(where, b.text, R.MAX_SECTION_TEXT, problems, ['mrkdwn', 'plain_text']);
        if (b.accessory) {
          const a = b.accessory;
          if (a.type !== 'checkboxes') problems.push(`${where}: unexpected accessory ${a.type}`);
          if (!Array.isArray(a.options) || a.options.length < 1 || a.options.length > 10) problems.push(`${where}: checkboxes need 1-10 options`);
          for (const o of a.options ?? []) {
            checkTextObject(`${where} option`, o.text, R.MAX_OPTION_TEXT, problems, ['plain_text', 'mrkdwn']);
            if (typeof o.value !== 'string' || o.value.length > R.MAX_OPTION_VALUE) problems.push(`${where}: option value too long`);
          }
          if (typeof a.action_id !== 'string' || a.action_id.length > R.MAX_ACTION_ID) problems.push(`${where}: bad action_id`);
        }
        break;
      case 'header':
        checkTextObject(where, b.text, R.MAX_HEADER_TEXT, problems, ['plain_text']);
        break;
      case 'context':
        if (!Array.isArray(b.elements) || b.elements.length < 1 || b.elements.length > R.MAX_CONTEXT_ELEMENTS) problems.push(`${where}: ${b.elements?.length} elements`);
        for (const e of b.elements ?? []) checkTextObject(where, e, R.MAX_SECTION_TEXT, problems, ['mrkdwn', 'plain_text']);
        break;
      case 'actions': {
        if (!Array.isArray(b.elements) || b.elements.length < 1 || b.elements.length > R.MAX_ACTIONS_ELEMENTS) problems.push(`${where}: ${b.elements?.length} elements`);
        const actionIds = new Set<string>();
        for (const e of b.elements ?? []) {
          if (typeof e.action_id !== 'string' || e.action_id.length > R.MAX_ACTION_ID) problems.push(`${where}: bad action_id`);
          if (actionIds.has(e.action_id)) problems.push(`${where}: duplicate action_id ${e.action_id}`);
          actionIds.add(e.action_id);
          if (e.type === 'button') {
            checkTextObject(`${where} button`, e.text, R.MAX_BUTTON_TEXT, problems, ['plain_text']);
            if (typeof e.value !== 'string' || !e.value || e.value.length > R.MAX_BUTTON_VALUE) problems.push(`${where}: button value length ${e.value?.length}`);
          } else if (e.type === 'static_select') {
            checkTextObject(`${where} placeholder`, e.placeholder, R.MAX_PLACEHOLDER_TEXT, problems, ['plain_text']);
            const groups = e.option_groups ?? [];
            if (!groups.length || groups.length > R.MAX_OPTION_GROUPS) problems.push(`${where}: ${groups.length} option groups`);
            for (const g of groups) {
              checkTextObject(`${where} group label`, g.label, R.MAX_OPTION_TEXT, problems, ['plain_text']);
              if (!g.options?.length || g.options.length > R.MAX_OPTIONS) problems.push(`${where}: group with ${g.options?.length} options`);
              for (const o of g.options ?? []) {
                checkTextObject(`${where} option`, o.text, R.MAX_OPTION_TEXT, problems, ['plain_text']);
                if (typeof o.value !== 'string' || o.value.length > R.MAX_OPTION_VALUE) problems.push(`${where}: option value too long`);
              }
            }
          } else problems.push(`${where}: unexpected element ${e.type}`);
        }
        break;
      }
      case 'divider':
        break;
      default:
        problems.push(`${where}: unexpected block type`);
    }
  });
  return problems;
}

/** Problems with one message payload: blocks plus the `text` fallback. */
export function messageProblems(message: { text?: unknown; blocks?: unknown }): string[] {
  const problems = blockProblems((message.blocks ?? []) as unknown[], R.MAX_BLOCKS_PER_MESSAGE);
  checkText('fallback text', message.text, R.MAX_FALLBACK_TEXT, problems);
  const size = JSON.stringify(message.blocks ?? []).length;
  if (size > 4 * R.MAX_MESSAGE_CHARS) problems.push(`message JSON is ${size} characters`);
  return problems;
}
