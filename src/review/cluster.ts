// Groups similar logged questions so a curator reviews a handful of groups, not hundreds of lines.
// Greedy single pass over stem sets (Jaccard similarity): the log holds at most a few thousand
// short questions, and a pass is fast, deterministic and easy to explain.
import type { Analyzer } from '../nlu/analyzer.js';

export interface Groupable {
  id: string;
  text: string;
}

export interface Group<T extends Groupable> {
  members: T[];
}

const STOP = new Set(['a', 'an', 'the', 'is', 'are', 'do', 'doe', 'i', 'you', 'to', 'of', 'for', 'in', 'on', 'and', 'or', 'what', 'how', 'can', 'my', 'me', 'it', 'be', 'with', 'about', 'there']);

function stemSet(analyzer: Analyzer, text: string): Set<string> {
  return new Set(analyzer.analyze(text).stems.filter((s) => !STOP.has(s)));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

export function groupSimilar<T extends Groupable>(items: T[], analyzer: Analyzer, threshold = 0.34): Group<T>[] {
  const groups: { members: T[]; stems: Set<string>[] }[] = [];
  for (const item of items) {
    const stems = stemSet(analyzer, item.text);
    let best: (typeof groups)[number] | undefined;
    let bestScore = threshold;
    for (const g of groups) {
      // Average similarity to the group's members: one shared word does not pull a question in.
      const score = g.stems.reduce((s, x) => s + jaccard(stems, x), 0) / g.stems.length;
      if (score >= bestScore) {
        best = g;
        bestScore = score;
      }
    }
    if (best) {
      best.members.push(item);
      best.stems.push(stems);
    } else groups.push({ members: [item], stems: [stems] });
  }
  // Biggest gaps first; ties keep the order the questions arrived in.
  return groups.map((g) => ({ members: g.members })).sort((a, b) => b.members.length - a.members.length);
}
