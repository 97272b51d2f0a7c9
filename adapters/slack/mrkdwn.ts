// Text for Slack: escaping (&, <, > and broadcasts), the core's Markdown as mrkdwn, plain_text for labels, links, and
// the text blocks (sections, contexts, headers) cut to Slack's limits with the shared splitter.
import { fit as fitAny, flatLabel, isSafeUrl, splitText as splitAny, type CutGuard } from '../shared/text.js';
import { MAX_HEADER_TEXT, MAX_LINK_URL, MAX_CONTEXT_ELEMENTS, MAX_SECTION_TEXT, type ContextBlock, type HeaderBlock, type MrkdwnText, type PlainText, type SectionBlock } from './blocks.js';

/**
 * Escapes text for Slack: &, < and > become entities (Slack's rule), so no `<!channel>`, `<@U…>` or `<url>` can form;
 * control characters are dropped and lone surrogates replaced (U+FFFD).
 * Bare @channel / @here / @everyone get an invisible word joiner so no client can parse them as a broadcast either.
 */
export function escapeSlack(text: string): string {
  return (
    text
      // Control characters (but tab and newline) are dropped and lone surrogates replaced: Slack cannot show them, and
      // each would become a six-character JSON escape, bloating the payload far past the size its text suggests.
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Every @channel / @here / @everyone, even inside a longer word: a later cut ("@channelX" -> "@channel…") or
      // conversion ("@channel__x__" -> "@channel*x*") must not be able to complete one.
      .replace(/@(channel|here|everyone)/gi, '@\u2060$1')
  );
}

/**
 * The core's Markdown (**bold**, "- " bullets, `code`) as Slack mrkdwn (*bold*, "• " bullets, `code`), escaped.
 * Code spans are kept as they are (escaped only). Command references must be filled in before (shared/commands.ts).
 */
export function toMrkdwn(markdown: string): string {
  const escaped = escapeSlack(markdown.replace(/\r\n?/g, '\n'));
  return escaped
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? part : inlineMrkdwn(part)))
    .join('');
}

const BOLD_MARK = '\u0001';

function inlineMrkdwn(text: string): string {
  return (
    text
      // headings (not in the core's contract, harmless to support): bold lines
      .replace(/^[ \t]*#{1,6}[ \t]+(.+)$/gm, (_m, s: string) => `${BOLD_MARK}${s.trim()}${BOLD_MARK}`)
      // bullets: "- item", "* item", "+ item"
      .replace(/^([ \t]*)[-*+][ \t]+/gm, '$1• ')
      // **bold** and __bold__
      .replace(/\*\*(?=\S)([^\n]*?\S)\*\*/g, `${BOLD_MARK}$1${BOLD_MARK}`)
      .replace(/__(?=\S)([^\n]*?\S)__/g, `${BOLD_MARK}$1${BOLD_MARK}`)
      // *italic* (Markdown) is _italic_ in mrkdwn
      .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])/g, '$1_$2_')
      // [title](https://url): a link
      .replace(/\[([^\]\n]+)\]\((https?:\/\/[^\s()]+)\)/g, (_m, title: string, url: string) => linkOrTitle(url, title, true))
      .replaceAll(BOLD_MARK, '*')
  );
}

/** Removes Markdown marks for plain_text fields (button labels, headers), then escapes. */
export function toPlain(markdown: string): string {
  return escapeSlack(flatLabel(markdown));
}

/** Slack's markup a cut must not split: an entity like &amp; or a link we wrote (<url|title>; every other < is escaped). */
const slackGuard: CutGuard = (text, start, end) => {
  let cut = Math.min(end, text.length);
  if (cut >= text.length) return text.length;
  const amp = text.lastIndexOf('&', cut - 1);
  if (amp >= start && amp > cut - 6) {
    const semi = text.indexOf(';', amp);
    if (semi === -1 || semi >= cut) cut = amp;
  }
  const lt = text.lastIndexOf('<', cut - 1);
  if (lt >= start) {
    const gt = text.indexOf('>', lt);
    if (gt === -1 || gt >= cut) cut = lt > start ? lt : cut;
  }
  return cut;
};

/** Splits escaped text into chunks of at most `max` characters (never inside an entity, a link or a surrogate pair). */
export function splitText(text: string, max: number = MAX_SECTION_TEXT): string[] {
  return splitAny(text, max, { guard: slackGuard });
}

/** Fits already-escaped text into `max` characters, ending with "…" when cut. */
export function fit(text: string, max: number): string {
  return fitAny(text, max, slackGuard);
}

export function plain(text: string, max: number): PlainText {
  const t = fit(text, max);
  return { type: 'plain_text', text: t.trim() ? t : '…', emoji: true };
}

export function mrkdwn(text: string): MrkdwnText {
  return { type: 'mrkdwn', text, verbatim: true };
}

function safeUrl(url: string | undefined): string | undefined {
  // Characters that would end or split Slack's <url|title> syntax are percent-encoded; & becomes &amp; (Slack's rule).
  return isSafeUrl(url, MAX_LINK_URL) ? url.replace(/\|/g, '%7C').replace(/&/g, '&amp;') : undefined;
}

/** <url|title>, or the title alone when the URL is unusable. `escapedTitle` says the title is already escaped. */
export function linkOrTitle(url: string | undefined, title: string, escapedTitle = false): string {
  const label = fit(escapedTitle ? title : escapeSlack(title.replace(/\s+/g, ' ').trim()), 300) || 'link';
  const safe = safeUrl(url?.replace(/&amp;/g, '&'));
  return safe ? `<${safe}|${label}>` : label;
}

export function sections(text: string): SectionBlock[] {
  return splitText(text, MAX_SECTION_TEXT).map((chunk) => ({ type: 'section', text: mrkdwn(chunk) }));
}

export function contexts(lines: string[]): ContextBlock[] {
  const blocks: ContextBlock[] = [];
  let current: MrkdwnText[] = [];
  let size = 0;
  for (const chunk of lines.flatMap((l) => splitText(l, MAX_SECTION_TEXT))) {
    if (current.length && (current.length >= MAX_CONTEXT_ELEMENTS || size + chunk.length > MAX_SECTION_TEXT)) {
      blocks.push({ type: 'context', elements: current });
      current = [];
      size = 0;
    }
    current.push(mrkdwn(chunk));
    size += chunk.length;
  }
  if (current.length) blocks.push({ type: 'context', elements: current });
  return blocks;
}

export function header(title: string): HeaderBlock | undefined {
  const text = toPlain(title);
  return text ? { type: 'header', text: plain(text, MAX_HEADER_TEXT) } : undefined;
}
