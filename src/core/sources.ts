// At most four sources under an answer, the bodies that issue the facts first (AHIMA, AAPC, BLS, HHS...),
// so a reader sees where to confirm a fact before any secondary page.
import type { ReplySource } from '../contract/index.js';

export const MAX_SOURCES = 4;

const PRIMARY = /(^|\.)(ahima\.org|aapc\.com|bls\.gov|hhs\.gov|cms\.gov|cdc\.gov|ama-assn\.org|cahiim\.org|nhanow\.com|onetonline\.org|onetcenter\.org|federalregister\.gov|who\.int|ecfr\.gov|congress\.gov)$/i;

/**
 * Each url's answer, kept: the urls are the knowledge base's (a few hundred), and parsing them again under every answer
 * was about 2% of it. Bounded all the same, should sources ever come from elsewhere.
 */
const primaryByUrl = new Map<string, boolean>();
const MAX_REMEMBERED_URLS = 10_000;

function isPrimaryUrl(url: string): boolean {
  try {
    return PRIMARY.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

function isPrimary(s: ReplySource): boolean {
  if (!s.url) return false;
  let primary = primaryByUrl.get(s.url);
  if (primary === undefined) {
    primary = isPrimaryUrl(s.url);
    if (primaryByUrl.size >= MAX_REMEMBERED_URLS) primaryByUrl.clear();
    primaryByUrl.set(s.url, primary);
  }
  return primary;
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
  const primary = unique.map(isPrimary);
  return [...unique.filter((_, i) => primary[i]), ...unique.filter((_, i) => !primary[i])].slice(0, max);
}
