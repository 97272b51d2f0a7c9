#!/usr/bin/env node
// Thin launcher: the program itself is compiled TypeScript in dist/ (built by `npm install` via the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('ChartPath is not built yet. Run `npm install` (or `npm run build`) in the project folder first.\n');
  process.exit(1);
}
await import(entry.href);
