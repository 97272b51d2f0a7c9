// Which pieces of text a regular expression cannot match without: a list of strings such that any text it matches
// holds at least one of them. A cheap `includes` on each then rules out most texts before the expression runs, and
// says nothing about the rest (the expression still decides). Used where many large expressions are tried on every
// message and most of them match nothing (understanding/facets.ts).
//
// The reading is conservative: anything it does not understand, or cannot narrow down, counts as "any text"
// (no list, so no filter). Only expressions without flags, or with `i` alone, are read; `i` makes the strings
// lowercase, to be looked for in lowercased text (see mayMatch).

/**
 * What a piece of an expression can match: every string it can match (`exact`), or strings one of which it needs.
 * (Both fields always there, made by `reading`: readings of one shape keep the reader's code optimised.)
 */
interface Reading {
  /** All the strings it matches, when few; '' for an assertion. */
  exact: string[] | undefined;
  /** Strings one of which every match contains (none: no such strings known). */
  needs: string[] | undefined;
}

const exactly = (exact: string[]): Reading => ({ exact, needs: undefined });
const needing = (needs: string[] | undefined): Reading => ({ exact: undefined, needs });

/** Exact sets larger than this are read as what they need instead (the cross products of a concatenation grow fast). */
const MAX_EXACT = 16;
const ANY: Reading = needing(undefined);
const EMPTY: Reading = exactly(['']);

class Unreadable extends Error {}

const LOOKAROUND = /^\(\?<?[=!]/;
/** The characters with a meaning of their own outside a class. */
const SPECIAL = '\\^$.|?*+()[]{}';
// eslint-disable-next-line no-control-regex
const NOT_ASCII = /[^\x00-\x7f]/;
const QUANTIFIER = /[*+?]|\{(\d+)(,(\d*))?\}/y;

/** What every match needs, as strings (undefined: nothing known). */
function needsOf(r: Reading): string[] | undefined {
  const list = r.exact ?? r.needs;
  return list && !list.includes('') ? list : undefined;
}

function shortest(list: string[]): number {
  let n = Infinity;
  for (const s of list) if (s.length < n) n = s.length;
  return n;
}

/** The more telling of two lists: the one whose shortest string is longer, then the shorter list. */
function better(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a) return b;
  if (!b) return a;
  const sa = shortest(a);
  const sb = shortest(b);
  if (sa !== sb) return sa > sb ? a : b;
  return a.length <= b.length ? a : b;
}

/** Every string of a followed by one of b (each list holds no string twice; one of one string keeps that so). */
function cross(a: string[], b: string[]): string[] {
  if (b.length === 1) return b[0] === '' ? a : a.map((x) => x + b[0]);
  if (a.length === 1) return a[0] === '' ? b : b.map((y) => a[0] + y);
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

function alternate(a: Reading, b: Reading): Reading {
  if (a.exact && b.exact && a.exact.length + b.exact.length <= MAX_EXACT) return exactly([...new Set([...a.exact, ...b.exact])]);
  const na = needsOf(a);
  const nb = needsOf(b);
  // (A string twice is harmless here; requiredText keeps one.)
  return na && nb ? needing(na.concat(nb)) : ANY;
}

/** A recursive-descent reader of the expression's source (the syntax without the `u` or `v` flag). */
class Reader {
  private at = 0;

  constructor(
    private readonly src: string,
    private readonly lower: boolean,
  ) {}

  read(): Reading {
    const r = this.disjunction();
    if (this.at !== this.src.length) throw new Unreadable();
    return r;
  }

  private disjunction(): Reading {
    let r = this.alternative();
    while (this.src[this.at] === '|') {
      this.at++;
      r = alternate(r, this.alternative());
    }
    return r;
  }

  /**
   * A sequence of terms: exact while every term is (and the strings stay few); else what it needs is the most telling
   * of what its runs of exact terms need (each run's strings: "how much" from its letters) and its other terms need.
   */
  private alternative(): Reading {
    const start = [''];
    let exact: string[] | undefined = start;
    let run = start;
    let needs: string[] | undefined;
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      const t = this.term();
      const same = exact === run;
      exact = exact && t.exact && exact.length * t.exact.length <= MAX_EXACT ? cross(exact, t.exact) : undefined;
      if (t.exact && run.length * t.exact.length <= MAX_EXACT) run = same && exact ? exact : cross(run, t.exact);
      else {
        needs = better(better(needs, run.includes('') ? undefined : run), needsOf(t));
        run = t.exact ?? [''];
      }
    }
    return exact ? exactly(exact) : needing(better(needs, run.includes('') ? undefined : run));
  }

  private term(): Reading {
    const c = this.src[this.at]!;
    if (c === '^' || c === '$') {
      this.at++;
      return EMPTY;
    }
    const next = this.src[this.at + 1];
    if (c === '\\' && (next === 'b' || next === 'B')) {
      this.at += 2;
      return EMPTY;
    }
    if (c === '(' && next === '?' && LOOKAROUND.test(this.src.slice(this.at, this.at + 4))) {
      // A lookaround matches no text of its own.
      this.at += this.src[this.at + 2] === '<' ? 4 : 3;
      this.disjunction();
      this.expect(')');
      return EMPTY;
    }
    return this.quantified(this.atom());
  }

  private quantified(atom: Reading): Reading {
    const c = this.src[this.at];
    if (c !== '*' && c !== '+' && c !== '?' && c !== '{') return atom;
    QUANTIFIER.lastIndex = this.at;
    const q = QUANTIFIER.exec(this.src);
    if (!q) return atom;
    this.at += q[0].length;
    if (this.src[this.at] === '?') this.at++; // lazy: the same strings
    const min = q[0] === '+' ? 1 : q[0] === '*' || q[0] === '?' ? 0 : Number(q[1]);
    if (q[0] === '?') return alternate(atom, EMPTY);
    if (min === 0) return ANY;
    // At least once: whatever it needs once.
    const max = q[0] === '+' ? Infinity : q[2] === undefined ? min : q[3] === '' ? Infinity : Number(q[3]);
    return min === 1 && max === 1 ? atom : needing(needsOf(atom));
  }

  private atom(): Reading {
    const c = this.src[this.at]!;
    if (c === '(') {
      this.at++;
      if (this.src.startsWith('?:', this.at)) this.at += 2;
      else if (this.src.startsWith('?<', this.at)) {
        const end = this.src.indexOf('>', this.at);
        if (end < 0) throw new Unreadable();
        this.at = end + 1;
      } else if (this.src[this.at] === '?') throw new Unreadable();
      const r = this.disjunction();
      this.expect(')');
      return r;
    }
    if (c === '[') return this.characterClass();
    if (c === '.') {
      this.at++;
      return ANY;
    }
    if (c === '\\') return this.escape();
    if ('*+?{})]|'.includes(c)) throw new Unreadable();
    return this.literal();
  }

  /**
   * A run of plain characters read as one string ("how much": one term, not eight to join), short of its last
   * character when a quantifier follows (it repeats only that one).
   */
  private literal(): Reading {
    let end = this.at + 1;
    while (end < this.src.length && !SPECIAL.includes(this.src[end]!)) end++;
    if (end < this.src.length && end - this.at > 1 && '*+?{'.includes(this.src[end]!)) end--;
    const run = this.src.slice(this.at, end);
    // Under `i`, a run with anything but ASCII is read character by character (see char()).
    if (this.lower && NOT_ASCII.test(run)) return this.char(this.src[this.at++]!);
    this.at = end;
    return exactly([this.lower ? run.toLowerCase() : run]);
  }

  /** A literal character (any case under `i`: its lowercase form, looked for in lowercased text). */
  private char(c: string): Reading {
    if (!this.lower) return exactly([c]);
    // Only ASCII is lowered with certainty under `i` (other characters fold in ways lowercase text may not show).
    if (c.charCodeAt(0) >= 0x80) return ANY;
    return exactly([c.toLowerCase()]);
  }

  private escape(): Reading {
    const e = this.src[this.at + 1];
    if (e === undefined) throw new Unreadable();
    this.at += 2;
    if ('dDwWsSnrtfv0'.includes(e) || /[1-9]/.test(e)) {
      // Classes, control characters, NUL and back-references: not read.
      while (/[1-9]/.test(e) && /\d/.test(this.src[this.at] ?? '')) this.at++;
      return ANY;
    }
    if ('cxuk'.includes(e)) throw new Unreadable();
    // Any other escaped character stands for itself ("\.", "\$", "\-").
    if (/[A-Za-z]/.test(e)) throw new Unreadable();
    return this.char(e);
  }

  /** A class of a few plain characters ("[sz]", "['’]") is the set of them; any other class, any character. */
  private characterClass(): Reading {
    const end = this.classEnd();
    const body = this.src.slice(this.at + 1, end);
    this.at = end + 1;
    if (body.startsWith('^') || body.length === 0 || body.length > 4 || /[\\\]-]/.test(body)) return ANY;
    let r: Reading = exactly([]);
    for (const c of body) r = alternate(r, this.char(c));
    return r.exact?.length ? r : ANY;
  }

  /** Where the class that starts here ends (its "]"). */
  private classEnd(): number {
    let i = this.at + 1;
    if (this.src[i] === '^') i++;
    if (this.src[i] === ']') i++;
    for (; i < this.src.length; i++) {
      if (this.src[i] === '\\') i++;
      else if (this.src[i] === ']') return i;
    }
    throw new Unreadable();
  }

  private expect(c: string): void {
    if (this.src[this.at] !== c) throw new Unreadable();
    this.at++;
  }
}

/**
 * The strings one of which every text the expression matches holds, as a test to run before it: `mayMatch(text)` is
 * false only when the expression cannot match the text. Undefined when no such strings are known (any text may match,
 * as far as this reading goes). A string holding another of the list is left out: the shorter is found wherever it is.
 */
export function requiredText(re: RegExp): RequiredText | undefined {
  if (re.flags !== '' && re.flags !== 'i') return undefined;
  let needs: string[] | undefined;
  try {
    needs = needsOf(new Reader(re.source, re.flags === 'i').read());
  } catch (error) {
    if (error instanceof Unreadable) return undefined;
    throw error;
  }
  if (!needs) return undefined;
  // Shortest first: a string holding another of the list holds a shorter one, kept already (or one that one holds).
  const kept: string[] = [];
  for (const s of [...new Set(needs)].sort((a, b) => a.length - b.length)) if (!kept.some((t) => s.includes(t))) kept.push(s);
  return new RequiredText(kept, re.flags === 'i');
}

export class RequiredText {
  constructor(
    readonly strings: readonly string[],
    /** The strings are lowercase, to be found in the text lowercased (an `i` expression). */
    readonly lowercase: boolean,
  ) {}

  /** False only when the expression cannot match the text: none of the strings is in it. */
  mayMatch(text: string): boolean {
    const t = this.lowercase ? text.toLowerCase() : text;
    for (const s of this.strings) if (t.includes(s)) return true;
    return false;
  }
}
