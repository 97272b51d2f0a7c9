// Covers src/knowledge/locate.ts: remembering where a loaded item came from, so checks can name a field's line.
import { describe, expect, it } from 'vitest';
import { lineOfField, rememberLocation } from '../../src/knowledge/locate.js';
import { splitFrontMatter } from '../../src/knowledge/frontmatter.js';

describe('rememberLocation and lineOfField', () => {
  it("answers a field's line from the locator remembered for that item", () => {
    const parsed = splitFrontMatter('---\nid: cca\ntitle: The CCA\n---\nbody')!;
    const item = { id: 'cca' };
    rememberLocation(item, parsed.lineAt);
    expect(lineOfField(item, ['title'])).toBe(3);
    expect(lineOfField(item, ['id'])).toBe(2);
  });

  it('keeps one locator per item, the latest one remembered', () => {
    const a = {};
    const b = {};
    rememberLocation(a, () => 10);
    rememberLocation(b, (path) => path.length);
    expect(lineOfField(a, ['x'])).toBe(10);
    expect(lineOfField(b, ['x', 0])).toBe(2);
    rememberLocation(a, () => 20);
    expect(lineOfField(a, ['x'])).toBe(20);
  });

  it('knows no line for an item it was never told about, even an equal-looking one', () => {
    rememberLocation({ id: 'x' }, () => 5);
    expect(lineOfField({ id: 'x' }, ['id'])).toBeUndefined();
  });
});
