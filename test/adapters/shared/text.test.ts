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

// Boundaries that mutation testing (npm run mutation) found unpinned: each test below fails if its limit moves by one.
describe('splitText and fit at their edges', () => {
  it('a cut lands between surrogate pairs at the first and last high surrogates, and never moves off a whole pair', () => {
    for (const ch of ['\u{10000}', '\u{10FFFF}', '😀']) {
      const pieces = splitText(ch.repeat(20), 9);
      expect(pieces.join(''), ch).toBe(ch.repeat(20));
      for (const p of pieces) expect(p.length % 2, ch).toBe(0);
    }
    // an even limit falls after a whole pair: nothing moves back
    expect(splitText('😀'.repeat(100), 50).map((p) => p.length)).toEqual([50, 50, 50, 50]);
  });

  it('a guard that allows no cut at all still makes progress, one character at a time', () => {
    expect(splitText('abcdefghijk', 8, { guard: (_t, start) => start })).toEqual(['a', 'b', 'c', 'defghijk']);
  });

  it('with rebalance, code left open at a cut is closed and reopened, and bold inside code is not counted', () => {
    const [head, tail] = splitText('`aaaaaaaaaa bbbbbbbbbbbbbb`', 16, { rebalance: true });
    expect(head).toBe('`aaaaaaaaaa`');
    expect(tail).toBe('`bbbbbbbbbbbbbb`');
    expect(splitText('`a**b` cccccccccccccccc', 16, { rebalance: true })[0]).toBe('`a**b`');
  });

  it('the smallest limit is 8; text of exactly the limit is one piece', () => {
    expect(splitText('abc', 8)).toEqual(['abc']);
    expect(() => splitText('abc', 7)).toThrow('splitText: max must be at least 8');
    expect(splitText('abc def gh', 10)).toEqual(['abc def gh']);
  });

  it('pieces lose the spaces before a cut and the extra line breaks after it; blank pieces are dropped', () => {
    expect(splitText('aaaaaa  \n\nbbbbbbbb', 12)).toEqual(['aaaaaa', 'bbbbbbbb']);
    expect(splitText('aaaaaa\n\n\n\n\nbbbbbb', 8)).toEqual(['aaaaaa', 'bbbbbb']);
    expect(splitText(`${' '.repeat(20)}abcdefgh`, 10)).toEqual(['abcdefgh']);
  });

  it('fit: text of exactly the limit is whole; a limit of 0 is empty; spaces before the ellipsis go', () => {
    expect(fit('abcde', 5)).toBe('abcde');
    expect(fit('abc', 0)).toBe('');
    expect(fit('one two   three', 10)).toBe('one two…');
  });

  it('flatLabel turns a control character into a space; isSafeUrl takes a URL of exactly the limit, http too, and only from its start', () => {
    expect(flatLabel('a\u0007b')).toBe('a b');
    const url = `https://a.org/${'x'.repeat(6)}`;
    expect(isSafeUrl(url, url.length)).toBe(true);
    expect(isSafeUrl(url, url.length - 1)).toBe(false);
    expect(isSafeUrl('http://a.org', 100)).toBe(true);
    expect(isSafeUrl('see https://a.org', 100)).toBe(false);
  });
});

// Found by mutation testing (npm run mutation): where a cut goes, and what the pieces keep, in cases above left open.
describe('splitText: where the cut goes', () => {
  it('a paragraph break in the first half of a piece is passed over for a space in its second half', () => {
    expect(splitText('aa\n\nbbbbbbbbbb cccccccccc', 20)).toEqual(['aa\n\nbbbbbbbbbb', 'cccccccccc']);
  });

  it('with no break in the second half, the last line break or space before the limit, whichever is later', () => {
    expect(splitText(`a b\n${'c'.repeat(20)}`, 10)).toEqual(['a b', 'cccccccccc', 'cccccccccc']);
    expect(splitText(`a\nb ${'c'.repeat(20)}`, 10)).toEqual(['a\nb', 'cccccccccc', 'cccccccccc']);
  });

  it('a space just past the limit is not a place to cut (the piece would be too long)', () => {
    for (const sep of [' ', '\n']) {
      const pieces = splitText(`a${sep}${'b'.repeat(9)}${sep}${'c'.repeat(5)}`, 10);
      expect(pieces).toEqual(['a', 'bbbbbbbbb', 'ccccc']);
    }
  });

  it('the next piece loses every line break at its start, and keeps the paragraph breaks inside it', () => {
    expect(splitText(`aaaaa${'\n'.repeat(8)}bbb`, 8)).toEqual(['aaaaa', 'bbb']);
    expect(splitText('aaaaaaa bbbbbbb\n\nccc', 10)).toEqual(['aaaaaaa', 'bbbbbbb', 'ccc']);
  });

  it('a guard also moves a cut made at a space, when the space is inside markup that must stay whole', () => {
    // Slack's <url|title>: a space inside the title is no place to cut; the cut moves before the "<".
    const guard = (t: string, start: number, cut: number) => {
      const open = t.lastIndexOf('<', cut - 1);
      return open >= start && t.lastIndexOf('>', cut - 1) < open ? open : cut;
    };
    const text = `see ${'x'.repeat(10)} <https://e.o|a title> now`;
    const pieces = splitText(text, 30, { guard });
    expect(pieces[0]).toBe(`see ${'x'.repeat(10)} `.trimEnd());
    expect(pieces[1]).toBe('<https://e.o|a title> now');
    expect(splitText(text, 30)[0]).toBe(`see ${'x'.repeat(10)} <https://e.o|a`); // without the guard
    // Where the guard leaves a cut at a space alone, the space goes with the cut, as without a guard.
    expect(splitText('aaaa bbbb cccc', 10, { guard })).toEqual(['aaaa bbbb', 'cccc']);
  });

  it('without rebalance the markers are left as they are; with it, text without any marker gets none', () => {
    expect(splitText('aaaa **bold text here** more', 12)).toEqual(['aaaa **bold', 'text here**', 'more']);
    // (rebalance keeps 4 characters of each piece free for the markers it may add)
    expect(splitText('aaaa bbbb cccc dddd', 10, { rebalance: true })).toEqual(['aaaa', 'bbbb', 'cccc dddd']);
  });
});

describe('fit: surrogate pairs', () => {
  it('a cut after the high half of a pair moves before the pair, wherever the pair is', () => {
    expect(fit('ab😀cdef', 4)).toBe('ab…');
    expect(fit('abc😀def', 5)).toBe('abc…');
  });
});
