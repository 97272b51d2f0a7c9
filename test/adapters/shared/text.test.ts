// The one text splitter and fitter both surfaces use.
import { describe, expect, it } from 'vitest';
import { fit, flatLabel, isSafeUrl, splitText } from '../../../adapters/shared/text.js';

describe('splitText', () => {
  it('keeps short text whole and drops blank text', () => {
    expect(splitText('short', 100)).toEqual(['short']);
    expect(splitText('  \n ', 100)).toEqual([]);
  });

  it('cuts at paragraphs first, then lines, then spaces, each piece within the limit', () => {
    const para = 'word '.repeat(30).trim(); // 149 characters
    expect(splitText(`${para}\n\n${para}\n\n${para}`, 300)).toEqual([`${para}\n\n${para}`, para]);
    const lines = Array.from({ length: 10 }, (_, i) => `line ${i} ${'x'.repeat(20)}`).join('\n');
    for (const piece of splitText(lines, 100)) {
      expect(piece.length).toBeLessThanOrEqual(100);
      expect(piece.startsWith('line ')).toBe(true);
    }
    for (const piece of splitText('abc def '.repeat(100), 50)) expect(piece).toMatch(/^(abc def ?)+$|^(abc def )*abc( def)?$/);
  });

  it('cuts a word longer than the limit, never inside a surrogate pair', () => {
    expect(splitText('a'.repeat(250), 100).map((p) => p.length)).toEqual([100, 100, 50]);
    for (const piece of splitText('😀'.repeat(100), 51)) expect([...piece].every((c) => c === '😀')).toBe(true);
  });

  it('with rebalance, closes and reopens bold and code at a cut', () => {
    const pieces = splitText(`**${'bold words '.repeat(20)}**`, 60, { rebalance: true });
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(60);
      expect((p.match(/\*\*/g) ?? []).length % 2).toBe(0);
    }
  });

  it('a guard moves a cut before markup that must stay whole', () => {
    const text = `${'x'.repeat(95)}&amp;${'y'.repeat(20)}`;
    const guard = (t: string, start: number, cut: number) => {
      const amp = t.lastIndexOf('&', cut - 1);
      return amp >= start && t.indexOf(';', amp) >= cut ? amp : cut;
    };
    const [first] = splitText(text, 98, { guard });
    expect(first).toBe('x'.repeat(95));
  });

  it('refuses a limit too small to make progress', () => {
    expect(() => splitText('abc', 7)).toThrow(RangeError);
  });
});

describe('fit, flatLabel, isSafeUrl', () => {
  it('fit cuts with an ellipsis, at a word when one is near', () => {
    expect(fit('short', 10)).toBe('short');
    expect(fit('one two three four', 12)).toBe('one two…');
    expect(fit('abcdefghijkl', 5)).toBe('abcd…');
    expect(fit('abc', 1)).toBe('…');
    expect(fit(`${'😀'.repeat(5)}`, 4)).toBe('😀…');
  });

  it('flatLabel removes markers and control characters', () => {
    expect(flatLabel('**Bold** `code`\n\u0007 x  ')).toBe('Bold code x');
  });

  it('isSafeUrl accepts http(s) links within the limit only', () => {
    expect(isSafeUrl('https://www.ahima.org/rhit', 100)).toBe(true);
    for (const bad of [undefined, 'javascript:alert(1)', 'https://a b', 'https://a<b>', 'ftp://x', `https://${'a'.repeat(100)}`]) expect(isSafeUrl(bad, 100)).toBe(false);
  });
});
