// `chartpath ask` and `chartpath checklist` load only what they need (issue 16): never the chat platforms' libraries,
// nor the eval and review commands; `ask` from the compiled bundle not even the YAML parser, the schema library or
// the logger. Each run records every module the process loaded (ESM through a loader hook, CommonJS from require's cache).
// The runs use the compiled modules one by one (CHARTPATH_UNBUNDLED), whose names say what they are; the build's
// one-file script of a plain `ask` (scripts/bundle-cli.mjs) is checked at the end, by the packages and built-ins it loads.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/core.js';

const dir = mkdtempSync(path.join(tmpdir(), 'chartpath-lazy-'));
const list = path.join(dir, 'loaded.txt');
const hooks = path.join(dir, 'hooks.mjs');
const preload = path.join(dir, 'preload.mjs');
writeFileSync(hooks, `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { appendFileSync(${JSON.stringify(list)}, url + '\\n'); return next(url, context); }\n`);
writeFileSync(
  preload,
  `import { register, createRequire } from 'node:module';\nimport { appendFileSync } from 'node:fs';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\nconst require = createRequire(import.meta.url);\nprocess.on('exit', () => appendFileSync(${JSON.stringify(list)}, Object.keys(require.cache).concat(process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => 'builtin:' + m.slice(13))).join('\\n') + '\\n'));\n`,
);
const env = { DATA_DIR: path.join(dir, 'data') };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function loaded(args: string[], bundle = false): Promise<string[]> {
  writeFileSync(list, '');
  const r = await runCli(args, { env: { ...env, NODE_OPTIONS: `--import=${pathToFileURL(preload).href}`, CHARTPATH_UNBUNDLED: bundle ? '' : '1' } });
  expect(r.code, r.stderr).toBe(0);
  return readFileSync(list, 'utf8').split('\n').filter(Boolean);
}

const hits = (modules: string[], patterns: RegExp[]) => modules.filter((m) => patterns.some((p) => p.test(m)));
const PLATFORMS = [/node_modules[/\\]discord\.js[/\\]/, /node_modules[/\\]@discordjs[/\\]/, /node_modules[/\\]@slack[/\\]/, /[/\\]adapters[/\\](discord|slack)[/\\]/];
const COMMANDS = [/[/\\]src[/\\]eval[/\\]/, /[/\\]src[/\\]cli[/\\]review\./, /[/\\]src[/\\]review[/\\](review|cluster|add-examples)\./];

describe('loading only what a command needs', () => {
  beforeAll(async () => {
    // The first start compiles the bundle (that reads the YAML files); the runs below start from it.
    expect((await runCli(['warm'], { env })).code).toBe(0);
  }, 120_000);

  it('the recorder sees modules at all (so an empty list below means something)', async () => {
    const modules = await loaded(['ask', '--json', 'what does rhit stand for']);
    expect(hits(modules, [/[/\\]src[/\\]core[/\\]advisor\.js$/])).toHaveLength(1);
    // A CommonJS module too (natural's stemmer, through require).
    expect(hits(modules, [/natural[/\\]lib[/\\]natural[/\\]stemmers[/\\]porter_stemmer\.js$/])).not.toHaveLength(0);
  });

  it('a plain ask does not load the option parser; any other command line does', async () => {
    expect(hits(await loaded(['ask', '--json', 'what does rhit stand for']), [/commander/])).toEqual([]);
    expect(hits(await loaded(['ask', '--json', '--', 'what does rhit stand for']), [/commander/])).not.toHaveLength(0);
  });

  it('ask: no Discord, no Slack, no eval or review command; from the bundle no YAML, zod, pino or full natural', async () => {
    const modules = await loaded(['ask', '--json', 'what does rhit stand for']);
    expect(hits(modules, PLATFORMS)).toEqual([]);
    expect(hits(modules, COMMANDS)).toEqual([]);
    expect(hits(modules, [/node_modules[/\\](js-yaml|yaml|zod|pino|lowdb)[/\\]/, /natural[/\\]lib[/\\]natural[/\\]index\.js$/, /[/\\]src[/\\]knowledge[/\\](load|schema|frontmatter)\./])).toEqual([]);
  });

  it('ask: node:crypto stays unloaded (nothing is hashed when the bundle is fresh; reply ids come from the OS)', async () => {
    const modules = await loaded(['ask', '--json', 'what does rhit stand for']);
    expect(hits(modules, [/^builtin:fs$/])).not.toHaveLength(0); // the recorder sees built-in modules at all
    expect(hits(modules, [/^builtin:crypto$/, /^builtin:internal\/crypto\/webcrypto$/])).toEqual([]);
  });

  it('ask --json: no terminal renderer and no picocolors (a plain-text answer loads them)', async () => {
    const renderer = [/[/\\]terminal[/\\]render-text\.js$/, /node_modules[/\\]picocolors[/\\]/];
    expect(hits(await loaded(['ask', '--json', 'what does rhit stand for']), renderer)).toEqual([]);
    expect(hits(await loaded(['ask', 'what does rhit stand for']), renderer)).not.toHaveLength(0);
  });

  it('checklist: no Discord, no Slack, no eval or review command', async () => {
    const modules = await loaded(['checklist', 'show', '--json', '--user', 'lazy-test']);
    expect(hits(modules, PLATFORMS)).toEqual([]);
    expect(hits(modules, COMMANDS)).toEqual([]);
  });

  it('from the build\'s script: a plain ask loads no compiled module, chat platform, option parser, YAML, zod or pino', async (ctx) => {
    if (!existsSync(path.join(repoRoot, 'dist', 'src', 'cli-bundle', 'ask.cjs'))) ctx.skip(); // built without esbuild: no script
    // `npm test` builds the script first; after a tsc alone it is stale, and the compiled modules below run instead.
    const modules = await loaded(['ask', '--json', 'what does rhit stand for'], true);
    expect(hits(modules, [/[/\\]dist[/\\]src[/\\]/])).toEqual([]);
    expect(hits(modules, [...PLATFORMS, /commander/, /node_modules[/\\](js-yaml|yaml|zod|pino|lowdb)[/\\]/, /natural[/\\]lib[/\\]natural[/\\]index\.js$/])).toEqual([]);
    expect(hits(modules, [/natural[/\\]lib[/\\]natural[/\\]stemmers[/\\]porter_stemmer\.js$/])).not.toHaveLength(0); // it did answer
  });
});
