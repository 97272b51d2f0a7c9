#!/usr/bin/env node
// Lists every .ts module under src/ and adapters/ that has no same-path test
// (src/a/b.ts -> test/a/b.test.ts, adapters/x/y.ts -> test/adapters/x/y.test.ts).
// Modules with no runtime behaviour (no function, arrow, class or `new`) are
// listed apart as type/constant files. Usage: node scripts/missing-tests.mjs [root]
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = process.argv[2] ?? process.cwd();
const walk = (dir) =>
  existsSync(dir)
    ? readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
      })
    : [];
const testPath = (rel) =>
  rel.startsWith('src/') ? join('test', rel.slice(4).replace(/\.ts$/, '.test.ts')) : join('test', rel.replace(/\.ts$/, '.test.ts'));
const hasBehaviour = (text) => {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  return /\bfunction\b|=>|\bclass\b|\bnew\s/.test(code.replace(/^\s*(export\s+)?(type|interface)\b[\s\S]*?^[}\S].*$/gm, ''));
};

const modules = [...walk(join(root, 'src')), ...walk(join(root, 'adapters'))].map((p) => relative(root, p)).sort();
const missing = modules.filter((rel) => !existsSync(join(root, testPath(rel))));
const plain = missing.filter((rel) => !hasBehaviour(readFileSync(join(root, rel), 'utf8')));
const behaviour = missing.filter((rel) => !plain.includes(rel));
// A test at the module's path under another suffix (b.e2e.test.ts): still missing, but named beside it.
const nearby = (rel) => {
  const want = testPath(rel);
  const dir = join(root, want, '..');
  const stem = want.split('/').pop().replace(/\.test\.ts$/, '.');
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.startsWith(stem) && n.endsWith('.test.ts')) : [];
};
console.log(`${modules.length} modules, ${modules.length - missing.length} with a same-path test, ${missing.length} without`);
console.log(`\nwithout, with behaviour (${behaviour.length}):`);
for (const rel of behaviour) {
  const near = nearby(rel);
  console.log(`  ${rel}  (${testPath(rel)})${near.length ? `  [beside it: ${near.join(', ')}]` : ''}`);
}
console.log(`\nwithout, type/constant only (${plain.length}):`);
for (const rel of plain) console.log(`  ${rel}`);
