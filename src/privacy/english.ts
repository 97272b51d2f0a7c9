// Is a lowercase word ordinary English? The PHI guard asks this to tell a surname ("pt okoro", "darnell okoro")
// from an ordinary word ("patient portal", "grace period"). The list (english-words.txt, 64k words from SCOWL)
// is read on first use only: most messages never put a word where a name could be.
// The file is kept sorted, and a word is looked up by binary search in its text: reading it is one file read, where
// building a Set of 64k words took a noticeable share of a one-question start (test/privacy/english.test.ts checks the order).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../paths.js';

/** The words, one a line, sorted, comments dropped; '' when the list could not be read. */
let list: string | undefined;

function load(): string {
  if (list === undefined) {
    try {
      const text = readFileSync(path.join(packageRoot, 'src', 'privacy', 'english-words.txt'), 'utf8');
      // The comment lines are all at the top.
      let start = 0;
      while (text[start] === '#' || text[start] === '\n') {
        const end = text.indexOf('\n', start);
        start = end < 0 ? text.length : end + 1;
      }
      list = text.slice(start).replace(/\n+$/, '');
    } catch {
      // Without the list every unknown word may be a name: the guard errs towards more reminders, never fewer.
      list = '';
    }
  }
  return list;
}

/** A Set of the words, built once a process has looked up more than a few messages need (a running bot): a look-up in it is faster than the search. */
let set: Set<string> | undefined;
let lookups = 0;
const LOOKUPS_BEFORE_SET = 2_000;

/** Binary search over the sorted lines of the list (offsets, not an index: nothing is built). */
function listed(word: string): boolean {
  if (set) return set.has(word);
  const text = load();
  if (++lookups > LOOKUPS_BEFORE_SET) {
    set = new Set(text.split('\n').filter(Boolean));
    return set.has(word);
  }
  if (!word || word.includes('\n')) return false;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = text.lastIndexOf('\n', mid - 1) + 1;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line === word) return true;
    if (line < word) lo = end + 1;
    else hi = start;
  }
  return false;
}

/** The whole list, for the tests. */
export function englishWordList(): string[] {
  const text = load();
  return text ? text.split('\n') : [];
}

/** Chat shorthand that is not in a dictionary but is never a name. */
const SHORTHAND = new Set(
  'u ur ya yo pls plz thx tho cuz bc wanna gonna gotta kinda sorta lemme dunno idk tbh imo imho lol omg ok okay yall btw fyi asap hr rn irl dm pm am etc vs wrt aka hmm hm ugh nah yep yup nope cant wont dont didnt doesnt isnt wasnt aint im ive id youre theyre thats whats hows wheres whos lets shes hes'.split(' '),
);

/** Words of the field that a dictionary lacks. */
const FIELD = new Set(
  'ehr emr emrs ehrs phi hipaa hitech rhit rhia cca ccs cpc coc crc cdip chda chps cehrs cbcs cpb cpma ahima aapc nha icd cpt hcpcs drg drgs mpi roi cdi him hit telehealth ekg ecg mri xray xrays ct er ed icu lpn rn np pa cna cma ceu ceus mbi npi covid coder coders mrn mrns dob dos prn op pt pts dx hx rx tx sx fx meds labs preauth precert inpatient outpatient eob eobs copay copays deductible coinsurance clearinghouse epic cerner meditech allscripts athena nextgen eclinicalworks onboarding upskill upskilling reskill resume resumes linkedin indeed glassdoor handshake internship internships externship externships practicum capstone'.split(
    ' ',
  ),
);

export function isEnglishWord(word: string): boolean {
  const w = word.toLowerCase();
  return FIELD.has(w) || SHORTHAND.has(w) || listed(w) || listed(w.replace(/['’]/g, '')) || inflected(w) || hyphenated(w);
}

/** "breach-response", "follow-up": every part an English word (a name's parts are not: "smith-okoro"). */
function hyphenated(w: string): boolean {
  if (!w.includes('-')) return false;
  const parts = w.split('-');
  return parts.length <= 3 && parts.every((p) => p.length > 1 && (listed(p) || inflected(p) || FIELD.has(p)));
}

/** Plurals, past tenses and -ing forms the list may lack ("coders", "faxed"). */
function inflected(w: string): boolean {
  const words = { has: listed };
  if (w.length < 5) return false;
  if (w.endsWith('s') && words.has(w.slice(0, -1))) return true;
  if (w.endsWith('es') && words.has(w.slice(0, -2))) return true;
  if (w.endsWith('ed') && (words.has(w.slice(0, -2)) || words.has(w.slice(0, -1)))) return true;
  if (w.endsWith('ing') && (words.has(w.slice(0, -3)) || words.has(`${w.slice(0, -3)}e`))) return true;
  return false;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

const nearCache = new Map<string, boolean>();

/** One typing mistake away from an English word ("recrods", "certifcation"): a typo, not a name. */
export function nearEnglishWord(word: string): boolean {
  const w = word.toLowerCase();
  if (w.length < 5 || w.length > 30) return false;
  let near = nearCache.get(w);
  if (near === undefined) {
    near = oneEditAway(w);
    if (nearCache.size >= 10_000) nearCache.clear();
    nearCache.set(w, near);
  }
  return near;
}

function oneEditAway(w: string): boolean {
  const words = { has: listed };
  for (let i = 0; i < w.length; i++) {
    if (words.has(w.slice(0, i) + w.slice(i + 1))) return true; // a letter too many
    if (i + 1 < w.length && words.has(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2))) return true; // two swapped
  }
  for (let i = 0; i <= w.length; i++) {
    for (const c of LETTERS) {
      if (i < w.length && c !== w[i] && words.has(w.slice(0, i) + c + w.slice(i + 1))) return true; // one wrong
      if (words.has(w.slice(0, i) + c + w.slice(i))) return true; // one left out
    }
  }
  return false;
}
