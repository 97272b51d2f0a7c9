// Splits a Markdown file into its YAML front matter and body, and parses YAML with the `yaml` package (the project's
// one YAML library): one parse gives the data, the errors with their lines, and the positions that point a curator at
// a field. Start-up no longer parses YAML at all (it reads the compiled bundle, src/bundle/), so parsing speed only
// matters to `kb check`, the eval and a bundle rebuild.
import { LineCounter, parseDocument } from 'yaml';

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
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, schema: 'core' });
  let data: unknown;
  let error: YamlSource['error'];
  const first = doc.errors[0];
  if (first) {
    // Reported where the parser gave up (the end of the last error's span): a bad indent is often noticed on the line
    // before, as a "nested mapping", but the line to fix is the one after.
    const at = Math.max(...doc.errors.map((e) => counter.linePos(e.pos[1]).line));
    error = { line: at + firstLine - 1, message: first.message.split('\n')[0] ?? 'invalid YAML' };
  } else {
    data = doc.toJS() ?? {};
  }
  const lineAt = (path: readonly PropertyKey[]) => {
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
