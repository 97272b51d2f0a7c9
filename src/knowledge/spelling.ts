// ChartPath's readers work in US health care and search in US English ("organization", not "organisation"): the
// answers use the American spelling of the words a curator is most likely to write the British way. `kb check` warns.

const BRITISH: ReadonlyArray<[RegExp, string]> = [
  [/\borganis(ation|ations|ed|e|es|ing|ational)\b/i, 'organiz$1'],
  [/\brecognis(e|ed|es|ing|able)\b/i, 'recogniz$1'],
  [/\b(analys)(e|ed|ing)\b/i, 'analyz$2'],
  [/\b(speciali|prioriti|summari|authori|standardi|digiti|computeri|categori|utili|minimi|maximi)s(e|ed|es|ing|ation|ations)\b/i, '$1z$2'],
  [/\blicence(s|d)?\b/i, 'license$1'],
  [/\bcentre(s)?\b/i, 'center$1'],
  [/\bpractis(e|ed|es|ing)\b/i, 'practic$1'],
  [/\benrol(s|ment|ments)?\b/i, 'enroll$1'],
  [/\b(colo|behavio|favo|hono|labo)ur(s|ed|ing)?\b/i, '$1r$2'],
  [/\bprogramme(s)?\b/i, 'program$1'],
];

/** Each British spelling in the text with its American form, in the order of the list. */
export function britishSpellings(text: string): { written: string; american: string }[] {
  const out: { written: string; american: string }[] = [];
  for (const [pattern, american] of BRITISH) {
    const m = pattern.exec(text);
    if (m) out.push({ written: m[0], american: m[0].replace(pattern, american).toLowerCase() });
  }
  return out;
}
