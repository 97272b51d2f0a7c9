// Checks incoming text before anything else: empty, unreadable or too long.
import { cleanText } from '../nlu/normalize.js';

export type PreparedInput =
  | { ok: true; text: string; truncated: boolean }
  | { ok: false; reason: 'empty' | 'unreadable' };

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function prepareInput(raw: unknown, maxChars: number): PreparedInput {
  const text = typeof raw === 'string' ? raw : '';
  if (!text.trim()) return { ok: false, reason: 'empty' };
  let truncated = false;
  let cut = text;
  if (cut.length > maxChars) {
    truncated = true;
    cut = cut.slice(0, maxChars);
    const space = cut.lastIndexOf(' ');
    if (space > maxChars * 0.8) cut = cut.slice(0, space);
    // Never leave half of a surrogate pair behind.
    if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  }
  // Whether there is a letter or digit at all (not how many: collecting every one was a tenth of this step's cost).
  if (!LETTER_OR_DIGIT.test(cleanText(cut))) return { ok: false, reason: 'unreadable' };
  return { ok: true, text: cut, truncated };
}
