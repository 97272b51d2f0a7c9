// Confidence thresholds, chosen on held-out data with `chartpath eval` (its threshold sweep prints
// in-scope accuracy against out-of-scope rejection at each value). Change them only with that evidence.
export const THRESHOLDS = {
  /** At or above: answer (or decline) with the top intent. Below: say "not sure" and offer choices. */
  answer: 0.35,
  /** "Did you mean" shows topics at least this likely. */
  suggest: 0.04,
};
