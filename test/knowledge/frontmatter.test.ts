// Covers src/knowledge/frontmatter.ts: splitting a Markdown file's front matter, parsing YAML, and error and field lines.
import { describe, expect, it } from 'vitest';
import { parseYaml, splitFrontMatter } from '../../src/knowledge/frontmatter.js';

const file = ['---', 'id: cca', 'title: The CCA', 'sources:', '  - title: AHIMA', '    url: https://ahima.org', '---', '# Body', 'text'].join('\n');

describe('splitFrontMatter', () => {
  it('parses the front matter and returns the body after the closing fence', () => {
    const parsed = splitFrontMatter(file)!;
    expect(parsed.error).toBeUndefined();
    expect(parsed.data).toEqual({ id: 'cca', title: 'The CCA', sources: [{ title: 'AHIMA', url: 'https://ahima.org' }] });
    expect(parsed.body).toBe('# Body\ntext');
  });

  it('accepts a byte-order mark and Windows line ends', () => {
    const parsed = splitFrontMatter(`\uFEFF${file.replace(/\n/g, '\r\n')}`)!;
    expect(parsed.data).toMatchObject({ id: 'cca' });
    expect(parsed.body).toBe('# Body\r\ntext');
  });

  it('returns undefined for a file without front matter', () => {
    expect(splitFrontMatter('# Just a body\n')).toBeUndefined();
    expect(splitFrontMatter('---\nid: x\nno closing fence\n')).toBeUndefined();
  });

  it('gives file lines: a named field at its key, a list item at the item, a missing field at its nearest parent', () => {
    const parsed = splitFrontMatter(file)!;
    expect(parsed.lineAt(['title'])).toBe(3);
    expect(parsed.lineAt(['sources'])).toBe(4);
    expect(parsed.lineAt(['sources', 0])).toBe(5);
    expect(parsed.lineAt(['sources', 0, 'url'])).toBe(6);
    expect(parsed.lineAt(['sources', 0, 'missing'])).toBe(5);
  });

  it('reports invalid YAML with its file line and no data', () => {
    const parsed = splitFrontMatter(['---', 'id: x', 'title: [unclosed', '---', 'body'].join('\n'))!;
    expect(parsed.data).toBeUndefined();
    expect(parsed.error?.line).toBe(3);
    expect(parsed.error?.message).not.toContain('\n');
  });
});

describe('parseYaml', () => {
  it('uses the YAML 1.2 core schema, so "yes" and "no" stay strings', () => {
    expect(parseYaml('a: yes\nb: true\nc: 3').data).toEqual({ a: 'yes', b: true, c: 3 });
  });

  it('reads an empty document as an empty object', () => {
    expect(parseYaml('').data).toEqual({});
  });

  it('counts lines from the line the YAML starts on', () => {
    expect(parseYaml('a: 1\nb: 2', 10).lineAt(['b'])).toBe(11);
  });
});
