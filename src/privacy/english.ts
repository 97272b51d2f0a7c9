// Is a lowercase word ordinary English? The PHI guard asks this to tell a surname ("pt okoro", "darnell okoro")
// from an ordinary word ("patient portal", "grace period"). The list (english-words.txt, 64k words from SCOWL)
// is read on first use only: most messages never put a word where a name could be.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../paths.js';

let words: Set<string> | undefined;

function load(): Set<string> {
  if (!words) {
    const set = new Set<string>();
    try {
      const text = readFileSync(path.join(packageRoot, 'src', 'privacy', 'english-words.txt'), 'utf8');
      for (const line of text.split('\n')) if (line && line[0] !== '#') set.add(line.trim());
    } catch {
      // Without the list every unknown word may be a name: the guard errs towards more reminders, never fewer.
    }
    words = set;
  }
  return words;
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
  return FIELD.has(w) || SHORTHAND.has(w) || load().has(w) || load().has(w.replace(/['’]/g, '')) || inflected(w);
}

/** Plurals, past tenses and -ing forms the list may lack ("coders", "faxed"). */
function inflected(w: string): boolean {
  const set = load();
  if (w.length < 5) return false;
  if (w.endsWith('s') && set.has(w.slice(0, -1))) return true;
  if (w.endsWith('es') && set.has(w.slice(0, -2))) return true;
  if (w.endsWith('ed') && (set.has(w.slice(0, -2)) || set.has(w.slice(0, -1)))) return true;
  if (w.endsWith('ing') && (set.has(w.slice(0, -3)) || set.has(`${w.slice(0, -3)}e`))) return true;
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
  const set = load();
  for (let i = 0; i < w.length; i++) {
    if (set.has(w.slice(0, i) + w.slice(i + 1))) return true; // a letter too many
    if (i + 1 < w.length && set.has(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2))) return true; // two swapped
  }
  for (let i = 0; i <= w.length; i++) {
    for (const c of LETTERS) {
      if (i < w.length && c !== w[i] && set.has(w.slice(0, i) + c + w.slice(i + 1))) return true; // one wrong
      if (set.has(w.slice(0, i) + c + w.slice(i))) return true; // one left out
    }
  }
  return false;
}
