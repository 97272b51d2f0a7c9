// At most four sources under an answer, the bodies that issue the facts first (AHIMA, AAPC, BLS, HHS...),
// so a reader sees where to confirm a fact before any secondary page.
import type { ReplySource } from '../contract/index.js';

export const MAX_SOURCES = 4;

const PRIMARY = /(^|\.)(ahima\.org|aapc\.com|bls\.gov|hhs\.gov|cms\.gov|cdc\.gov|ama-assn\.org|cahiim\.org|nhanow\.com|onetonline\.org|onetcenter\.org|federalregister\.gov|who\.int|ecfr\.gov|congress\.gov)$/i;

function isPrimary(s: ReplySource): boolean {
  if (!s.url) return false;
  try {
    return PRIMARY.test(new URL(s.url).hostname);
  } catch {
    return false;
  }
}

/** Primary sources first (in the order written), then the rest, at most MAX_SOURCES, no repeats. */
export function pickSources(sources: readonly ReplySource[], max = MAX_SOURCES): ReplySource[] {
  const seen = new Set<string>();
  const unique = sources.filter((s) => {
    const key = s.url ?? s.title;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...unique.filter(isPrimary), ...unique.filter((s) => !isPrimary(s))].slice(0, max);
}
