// Splits a Markdown file into its YAML front matter and body. Parsing uses js-yaml (fast when cold,
// which is what start-up needs); the position-aware `yaml` Document is built only when an error
// has to point at a line.
import { createRequire } from 'node:module';
import jsYaml from 'js-yaml';
import type { Document, LineCounter } from 'yaml';

// The `yaml` package is needed only to point at a line when something is wrong: load it then, not at start-up.
const require = createRequire(import.meta.url);
const yamlLib = () => require('yaml') as typeof import('yaml');

export interface YamlSource {
  /** The parsed value, or undefined when the YAML is invalid (see `error`). */
  data: unknown;
  error: { line: number; message: string } | undefined;
  /** 1-based line in the file of the value at a path, when it can be found. */
  lineAt(path: readonly PropertyKey[]): number | undefined;
}

export interface FrontMatterFile extends YamlSource {
  body: string;
}

/** Parses YAML text that starts at line `firstLine` of its file. */
export function parseYaml(text: string, firstLine = 1): YamlSource {
  let data: unknown;
  let error: YamlSource['error'];
  try {
    data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) ?? {};
  } catch (e) {
    const err = e as { mark?: { line: number }; reason?: string; message: string };
    error = { line: (err.mark?.line ?? 0) + firstLine, message: err.reason ?? err.message.split('\n')[0] ?? 'invalid YAML' };
  }
  let doc: Document.Parsed | undefined;
  let counter: LineCounter | undefined;
  const lineAt = (path: readonly PropertyKey[]) => {
    if (!doc) {
      const { LineCounter: Counter, parseDocument } = yamlLib();
      counter = new Counter();
      doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
    }
    // A named field is reported at its key's line (a block list's value starts on the next line).
    const last = path.at(-1);
    if (typeof last === 'string') {
      const parent = doc.getIn(path.slice(0, -1) as unknown[], true) as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | undefined;
      const key = (path.length === 1 ? (doc.contents as typeof parent) : parent)?.items?.find((p) => p.key?.value === last)?.key;
      if (key?.range) return counter!.linePos(key.range[0]).line + firstLine - 1;
    }
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return counter!.linePos(node.range[0]).line + firstLine - 1;
    }
    return undefined;
  };
  return { data, error, lineAt };
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(text: string): FrontMatterFile | undefined {
  const source = text.replace(/^\uFEFF/, '');
  const match = FENCE.exec(source);
  if (!match) return undefined;
  // The YAML starts on line 2, after the opening fence.
  return { ...parseYaml(match[1] ?? '', 2), body: source.slice(match[0].length) };
}
