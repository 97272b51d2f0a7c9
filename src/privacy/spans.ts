// The guard's working record: which stretches of a message were claimed by which detector, sorted and
// non-overlapping (the first detector to claim a stretch keeps it, so detectors run in order of trust).

export type IdentifierKind = 'ssn' | 'phone' | 'email' | 'record-number' | 'date-of-birth' | 'date-of-service' | 'address' | 'name' | 'date' | 'zip' | 'room';

/** 'initials' is a name found only through a date beside it ("JT 03/14/1962"): reported and scrubbed as a name. */
export type SpanKind = IdentifierKind | 'initials';

export interface Span {
  start: number;
  end: number;
  kind: SpanKind;
}

/** Accepted spans, kept sorted and non-overlapping; the first detector to claim a stretch of text keeps it. */
export class Spans {
  readonly list: Span[] = [];
  add(start: number, end: number, kind: SpanKind): boolean {
    if (end <= start) return false;
    const list = this.list;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && list[lo - 1]!.end > start) return false;
    if (lo < list.length && list[lo]!.start < end) return false;
    list.splice(lo, 0, { start, end, kind });
    return true;
  }
  /** Every match of re (global), or of some of its groups (re needs the d flag); a rejected match lets the search resume one character later. */
  addAll(text: string, re: RegExp, kind: SpanKind, group: number | number[] = 0, accept?: (m: RegExpExecArray) => boolean): void {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (accept && !accept(m)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      if (group === 0) this.add(m.index, m.index + m[0].length, kind);
      else {
        // The first group that took part gives the start, the last one the end.
        const groups = typeof group === 'number' ? [group] : group;
        const parts = groups.map((g) => m!.indices?.[g]).filter((x): x is [number, number] => !!x);
        if (parts.length) this.add(parts[0]![0], parts[parts.length - 1]![1], kind);
      }
      if (m[0].length === 0) re.lastIndex++;
    }
  }
}

export const digitCount = (s: string) => s.replace(/\D/g, '').length;
