// Confidence thresholds, chosen on held-out data with `chartpath eval` (its threshold sweep prints
// in-scope accuracy against out-of-scope rejection at each value). Change them only with that evidence.
// 2026-11-22, eval/heldout.jsonl, knowledge base of 2,641 examples (in-scope / out-of-scope rejected / follow-ups):
// 0.25 -> 96.3% / 96.0% / 87.9%; 0.30 -> 95.5% / 96.8% / 87.9%; 0.35 -> 95.9% / 97.6% / 87.9%; 0.40 -> 95.2% / 97.6% / 84.5%.
export const THRESHOLDS = {
  /** At or above: answer (or decline) with the top intent. Below: say "not sure" and offer choices. */
  answer: 0.35,
  /** "Did you mean" shows topics at least this likely. */
  suggest: 0.04,
};
