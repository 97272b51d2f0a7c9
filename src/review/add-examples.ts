// Adds example questions to a knowledge file by inserting lines into its `examples:` list, so that
// everything else in the file (comments, quoting, order, the answer) stays exactly as the curator wrote it.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

export class EditError extends Error {}

/** A YAML scalar on one line, quoted only when it has to be. */
function scalar(text: string): string {
  return stringify(text.replace(/\s+/g, ' ').trim(), { lineWidth: 0 }).trimEnd();
}

export function insertExamples(fileText: string, questions: string[]): string {
  const lines = fileText.split('\n');
  if (lines[0]?.trim() !== '---') throw new EditError('the file does not start with a front matter block');
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) throw new EditError('the front matter block is not closed with "---"');
  const start = lines.findIndex((l, i) => i > 0 && i < end && /^examples:\s*(#.*)?$/.test(l));
  if (start < 0) throw new EditError('the front matter has no block list "examples:" to add to');
  // The list runs while lines are items ("  - ..."), their continuations (deeper indent), blanks or comments.
  let last = start;
  let indent = '  ';
  for (let i = start + 1; i < end; i++) {
    const line = lines[i]!;
    const item = /^(\s*)- /.exec(line);
    if (item) {
      indent = item[1]!;
      last = i;
    } else if (/^\s+\S/.test(line) && !/^\s*#/.test(line)) last = i;
    else if (line.trim() === '' || /^\s*#/.test(line)) continue;
    else break;
  }
  const added = questions.map((q) => `${indent}- ${scalar(q)}`);
  lines.splice(last + 1, 0, ...added);
  return lines.join('\n');
}

/** Inserts the questions into the file and proves the result still parses with exactly those examples added. */
export function addExamplesToFile(file: string, questions: string[]): void {
  const before = readFileSync(file, 'utf8');
  const after = insertExamples(before, questions);
  const fm = (text: string) => parse(text.split(/\r?\n---[ \t]*\r?\n/)[0]!.replace(/^---[ \t]*\r?\n/, ''), { schema: 'core' }) as { examples?: unknown[] };
  const oldExamples = fm(before).examples ?? [];
  const newExamples = fm(after).examples ?? [];
  const expected = [...oldExamples, ...questions.map((q) => q.replace(/\s+/g, ' ').trim())];
  if (JSON.stringify(newExamples) !== JSON.stringify(expected)) throw new EditError('the edited file would not read back as intended; it was left unchanged');
  writeFileSync(file, after);
}
