// src/eval/command.ts: `chartpath eval`'s options turned into a run. Every unusable input is refused with exit code 2
// and one line on stderr, before any cross-validation; paths are read relative to the working folder given.
// (test/eval/gate.test.ts runs --accept and --gate in full through the CLI.)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULTS, runEvalCommand, SET_ABOUT, type EvalCliOptions } from '../../src/eval/command.js';
import { knowledgeDir, repoRoot } from '../helpers/core.js';

const cwd = mkdtempSync(path.join(tmpdir(), 'chartpath-evalcmd-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

async function run(opts: EvalCliOptions) {
  let stdout = '';
  let stderr = '';
  const sink = (add: (s: string) => void) => new Writable({ write: (chunk: Buffer, _e, done) => (add(chunk.toString()), done()) });
  const code = await runEvalCommand({ knowledge: knowledgeDir, ...opts }, { stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)), cwd });
  return { code, stdout, stderr };
}

describe('runEvalCommand refuses unusable input with exit code 2 and says why', () => {
  it.each<[string, EvalCliOptions, string]>([
    ['--gate with --accept', { gate: true, accept: true }, 'use --gate or --accept, not both'],
    ['one fold', { folds: '1' }, '--folds "1" is not valid'],
    ['a fraction of a fold', { folds: '2.5' }, '--folds "2.5" is not valid'],
    ['a seed that is not a whole number', { seed: 'abc' }, '--seed "abc" is not valid'],
    ['a negative tolerance', { tolerance: '-1' }, '--tolerance "-1" is not valid'],
    ['a per-intent tolerance that is no number', { intentTolerance: 'Infinity' }, '--intent-tolerance "Infinity" is not valid'],
    ['the removed --followups', { followups: 'f.jsonl' }, '--followups is gone: follow-ups are the conv items of each question set'],
    ['--heldout and --holdout both', { heldout: 'a.jsonl', holdout: 'b.jsonl' }, '--heldout is the old name of --holdout: give one'],
  ])('%s', async (_name, opts, message) => {
    expect(await run(opts)).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });

  it('--gate without accepted figures: the missing file, read relative to the working folder', async () => {
    const r = await run({ gate: true, accepted: 'nowhere/accepted.json' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^${path.join(cwd, 'nowhere', 'accepted.json')}: cannot read the accepted figures .*chartpath eval --accept`));
  });

  it('a broken question set (the old --heldout name works as --holdout): its file and line, before any cross-validation', async () => {
    writeFileSync(path.join(cwd, 'broken.jsonl'), `${JSON.stringify({ id: 'a', kind: 'in', q: 'x' })}\n${JSON.stringify({ id: 'a', kind: 'in', q: 'y' })}\n`);
    // Cross-validation would refuse 100000 folds (a RangeError, thrown): the set's error comes first.
    const r = await run({ heldout: 'broken.jsonl', folds: '100000' });
    expect(r).toEqual({ code: 2, stdout: '', stderr: `${path.join(cwd, 'broken.jsonl')}:2: the id "a" is used twice\n` });
  });
});

describe('the defaults', () => {
  it('the sets are the repository\'s (dev beside it in ../shared), each described; 5 folds, seed 1', () => {
    expect(DEFAULTS.folds).toBe(5);
    expect(DEFAULTS.seed).toBe(1);
    expect(DEFAULTS.dev).toBe(path.join(repoRoot, '..', 'shared', 'eval', 'dev-questions.jsonl'));
    for (const name of Object.keys(SET_ABOUT) as (keyof typeof SET_ABOUT)[]) {
      if (name !== 'dev') expect(DEFAULTS[name]).toBe(path.join(repoRoot, 'eval', name, 'questions.jsonl'));
      expect(SET_ABOUT[name].endsWith(name.startsWith('holdout') ? 'measure only' : 'tuned on'), name).toBe(true);
    }
  });
});
