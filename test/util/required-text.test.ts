// The strings an expression needs (required-text.ts) may only ever rule out texts the expression cannot match: a
// filter that says "cannot" of a text it matches would change which facet a question asks. Checked on hand-made
// cases and on every facet pattern over every question of the held-out sets.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTRACTIONS } from '../../src/nlu/normalize.js';
import { FACETS, FALLBACK_FACETS } from '../../src/understanding/facets.js';
import { requiredText } from '../../src/util/required-text.js';
import { RequiredTextSet } from '../../src/util/required-text-set.js';

/** The strings in alphabetical order (their order in the list says nothing). */
const strings = (re: RegExp) => requiredText(re)?.strings.slice().sort();

describe('requiredText', () => {
  it('reads literals, groups, alternatives and optional parts', () => {
    expect(strings(/\bhow much\b/)).toEqual(['how much']);
    expect(strings(/\b(costs?|fees?)\b/)).toEqual(['cost', 'fee']);
    expect(strings(/organi[sz]ation/)).toEqual(['organisation', 'organization']);
    expect(strings(/\bwho (do|does) (they|you) talk\b/)).toEqual(['who do they talk', 'who do you talk', 'who does they talk', 'who does you talk']);
  });

  it('knows nothing of what may match anything', () => {
    expect(strings(/\w+/)).toBeUndefined();
    expect(strings(/a|\d/)).toBeUndefined();
    expect(strings(/(abc)?/)).toBeUndefined();
    expect(strings(/x*/)).toBeUndefined();
    expect(strings(/[^a]bc/)).toEqual(['bc']);
  });

  it('leaves lookarounds out and keeps what a repeated part needs', () => {
    expect(strings(/(?<!not )\bgood(?= for)/)).toEqual(['good']);
    expect(strings(/(ab)+c/)).toEqual(['ab']);
    expect(strings(/\$\d+ max/)).toEqual([' max']);
  });

  it('lowercases the strings of a case-insensitive expression and reads no other flags', () => {
    const r = requiredText(/\bRHIT\b/i)!;
    expect(r.strings).toEqual(['rhit']);
    expect(r.mayMatch('Is the RHIT hard?')).toBe(true);
    expect(requiredText(/rhit/g)).toBeUndefined();
    expect(requiredText(/rhit/u)).toBeUndefined();
    expect(requiredText(/caf\u00e9/i)).toBeUndefined();
  });

  it('gives up on syntax it does not read', () => {
    expect(requiredText(/a{2/)).toBeUndefined();
    expect(requiredText(/\p{L}x/)).toBeUndefined();
  });
});

const heldOut = (): string[] => {
  const root = path.join(import.meta.dirname, '..', '..', 'eval');
  const out: string[] = [];
  for (const dir of readdirSync(root).filter((d) => d.startsWith('holdout'))) {
    const file = path.join(root, dir, 'questions.jsonl');
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').filter(Boolean)) {
      const item = JSON.parse(line) as { q?: string; turns?: { q: string }[] };
      out.push(...(item.q ? [item.q] : (item.turns ?? []).map((t) => t.q)));
    }
  }
  return out;
};

describe('RequiredTextSet over the facets', () => {
  it('never rules out a facet whose pattern matches a held-out question', () => {
    const patterns = [...FACETS, ...FALLBACK_FACETS].map((f) => f.asks);
    const set = new RequiredTextSet(patterns.map(requiredText));
    const questions = heldOut();
    expect(questions.length).toBeGreaterThan(1000);
    let ruledOut = 0;
    for (const q of questions) {
      for (const text of [q, q.toLowerCase()]) {
        const may = set.mayMatch(text);
        patterns.forEach((re, i) => {
          if (re.test(text)) expect(may[i], `${re.source.slice(0, 40)} on ${text}`).toBe(1);
          else if (!may[i]) ruledOut++;
        });
      }
    }
    // And it does rule most of them out, or it would only cost time.
    expect(ruledOut).toBeGreaterThan(questions.length * patterns.length);
  });
});

describe('requiredText over the contractions', () => {
  it('never rules out a contraction pattern that matches a held-out question', () => {
    const patterns = CONTRACTIONS.map(([p]) => new RegExp(p.source));
    const needs = patterns.map(requiredText);
    expect(needs.every(Boolean)).toBe(true);
    for (const q of heldOut()) {
      const text = q.toLowerCase();
      patterns.forEach((re, i) => {
        if (re.test(text)) expect(needs[i]!.mayMatch(text), `${re.source} on ${text}`).toBe(true);
      });
    }
  });
});
