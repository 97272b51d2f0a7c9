// Rules over the source text of src/, adapters/ and bench/ that no single module's test can see (issue 13, "Tidy").
// Types are named by `import type` at the top of a file, never by an inline `import('...').Name` or
// `typeof import('...')`: those hid two import cycles once, and no cycle check reads them as imports of types.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/core.js';

function sources(dir: string): string[] {
  return readdirSync(path.join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => path.join(dir, f));
}

/** A type written as an inline import: `import('x').Name`, `typeof import('x')`. A runtime `import('x').then(...)` is not one. */
const INLINE_IMPORT_TYPE = /typeof\s+import\s*\(|import\s*\(\s*['"][^'"]+['"]\s*\)\s*\.(?!then\b|catch\b|finally\b)[A-Za-z_$]/;

describe('inline import() types', () => {
  it('finds one when there is one, and not a dynamic import that is called', () => {
    expect(INLINE_IMPORT_TYPE.test("(opts: import('../eval/command.js').EvalCliOptions) => {")).toBe(true);
    expect(INLINE_IMPORT_TYPE.test("let m: typeof import('pino');")).toBe(true);
    expect(INLINE_IMPORT_TYPE.test("const { boot } = await import('../boot.js');")).toBe(false);
    expect(INLINE_IMPORT_TYPE.test("import('undici').then((m) => m.fetch)")).toBe(false);
  });

  it('none in src/, adapters/ or bench/', () => {
    const found = ['src', 'adapters', 'bench'].flatMap((dir) =>
      sources(dir).flatMap((file) =>
        readFileSync(path.join(repoRoot, file), 'utf8')
          .split('\n')
          .flatMap((line, i) => (INLINE_IMPORT_TYPE.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
      ),
    );
    expect(found).toEqual([]);
  });
});
