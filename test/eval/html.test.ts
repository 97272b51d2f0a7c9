// The evaluation report's escaping and number formatting: questions and titles come from people, so every one
// must reach the HTML as text, and every SVG coordinate must be a finite, short number.
import { describe, expect, it } from 'vitest';
import { esc, num, pct } from '../../src/eval/html.js';

describe('esc', () => {
  it('escapes the five characters that can end an element or an attribute value', () => {
    expect(esc(`<script>alert("x" & 'y')</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;');
  });

  it('escapes an ampersand once (an entity in the text stays visible as typed)', () => {
    expect(esc('R&amp;D')).toBe('R&amp;amp;D');
  });

  it('leaves other text alone and accepts numbers', () => {
    expect(esc('what is the RHIT? é ü')).toBe('what is the RHIT? é ü');
    expect(esc(42)).toBe('42');
  });
});

describe('num', () => {
  it('rounds to two decimals', () => {
    expect(num(1.23456)).toBe('1.23');
    expect(num(-1.006)).toBe('-1.01');
    expect(num(10)).toBe('10');
  });

  it('gives 0 for NaN and infinities, which would break an SVG attribute', () => {
    expect(num(Number.NaN)).toBe('0');
    expect(num(Number.POSITIVE_INFINITY)).toBe('0');
    expect(num(Number.NEGATIVE_INFINITY)).toBe('0');
  });
});

describe('pct', () => {
  it('writes a share as a percentage, one decimal by default', () => {
    expect(pct(0.8766)).toBe('87.7%');
    expect(pct(1)).toBe('100.0%');
    expect(pct(0.5, 0)).toBe('50%');
  });
});
