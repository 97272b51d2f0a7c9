// Text fitting shared by every surface: splitting long text into messages or blocks, cutting a label to its limit,
// and telling a link that is safe to write. Each surface passes its own limits and, where its markup has spans that
// must not be cut (Slack's &amp; and <url|title>), a guard that moves a cut before them.

/** Moves a cut at `cut` (between start and the end of text) back to a place the markup allows; returns the new cut. */
export type CutGuard = (text: string, start: number, cut: number) => number;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** A cut never leaves half of a surrogate pair behind. */
function safeCut(text: string, start: number, cut: number, guard?: CutGuard): number {
  let at = guard ? guard(text, start, cut) : cut;
  if (isHighSurrogate(text.charCodeAt(at - 1))) at--;
  return at > start ? at : Math.min(start + 1, text.length);
}

/** Bold and code markers left open in a piece (Markdown-like markup: **bold**, `code`). */
function openMarkers(text: string): { bold: boolean; code: boolean } {
  const code = (text.match(/`/g) ?? []).length % 2 === 1;
  const bold = (text.replace(/`[^`]*`/g, '').match(/\*\*/g) ?? []).length % 2 === 1;
  return { bold, code };
}

export interface SplitOptions {
  guard?: CutGuard | undefined;
  /** Close `**` and `` ` `` left open at a cut and reopen them in the next piece (Discord's Markdown). */
  rebalance?: boolean | undefined;
}

/**
 * Splits a text into pieces of at most `max` characters: at paragraph breaks, else line breaks, else spaces (in the
 * second half of a piece when possible); a single word longer than `max` is cut. Blank pieces are dropped.
 */
export function splitText(text: string, max: number, options: SplitOptions = {}): string[] {
  if (max < 8) throw new RangeError('splitText: max must be at least 8');
  const out: string[] = [];
  let rest = text;
  const budget = options.rebalance ? max - 4 : max; // room to close and reopen ** and `
  while (rest.length > max) {
    let cut = -1;
    let skip = 0;
    for (const sep of ['\n\n', '\n', ' ']) {
      const at = rest.lastIndexOf(sep, budget);
      if (at > 0 && at >= budget / 2) {
        [cut, skip] = [at, sep.length];
        break;
      }
    }
    if (cut < 0) {
      const at = Math.max(rest.lastIndexOf('\n', budget - 1), rest.lastIndexOf(' ', budget - 1));
      [cut, skip] = at > 0 ? [at, 1] : [safeCut(rest, 0, budget, options.guard), 0];
    } else if (options.guard) {
      const guarded = options.guard(rest, 0, cut);
      if (guarded !== cut) [cut, skip] = [safeCut(rest, 0, guarded), 0];
    }
    let head = rest.slice(0, cut).trimEnd();
    let tail = rest.slice(cut + skip).replace(/^\n+/, '');
    if (options.rebalance) {
      const open = openMarkers(head);
      if (open.code) [head, tail] = [`${head}\``, `\`${tail}`];
      if (open.bold) [head, tail] = [`${head}**`, `**${tail}`];
    }
    if (head.trim()) out.push(head);
    rest = tail;
  }
  if (rest.trim()) out.push(rest);
  return out;
}

/** Cuts a text to `max` characters, at a word boundary when one is near, ending with "…". */
export function fit(text: string, max: number, guard?: CutGuard): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  let cut = max - 1;
  const space = text.lastIndexOf(' ', cut);
  if (space >= Math.floor(max * 0.6)) cut = space;
  return `${text.slice(0, safeCut(text, 0, cut, guard)).trimEnd()}…`;
}

/** One line for places without markup (buttons, options, titles): no ** or ` marks, no control characters. */
export function flatLabel(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An http(s) URL without spaces or angle brackets, within `max` characters; anything else is shown as its title only. */
export function isSafeUrl(url: string | undefined, max: number): url is string {
  return typeof url === 'string' && url.length <= max && /^https?:\/\/[^\s<>]+$/i.test(url);
}
