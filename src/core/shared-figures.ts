// A comparison answered part by part ("is there any difference between the two in length or passing score?" after
// the CPC's and the CRC's exams): the figures every side's part states, said once, so a reader need not find them
// in each. Only figures with a unit count (hours, questions, CEUs, years, percentages, dollars); the wording is ours.

// "4 hours", "100 multiple-choice questions", "30 CEUs", "70%", "$399": a number and what it counts.
const FIGURE = /\$\d[\d,]*(?:\.\d+)?|\b\d[\d,]*(?:\.\d+)?(?:%| percent\b| (?:(?:multiple-choice|scored|unscored) )?(?:hours?|minutes?|questions?|CEUs?|years?|months?|days?)\b)/gi;

function figuresOf(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of text.matchAll(FIGURE)) {
    const shown = m[0].replace(/ (multiple-choice|scored|unscored) /i, ' ');
    found.set(canonical(shown), shown);
  }
  return found;
}

/** "4 hours" and "4 hour", "70%" and "70 percent" are one figure. */
function canonical(figure: string): string {
  return figure.toLowerCase().replace(/,/g, '').replace(/ percent$/, '%').replace(/s$/, '');
}

/** "**The same for both:** 4 hours, 70%." when every side states those figures; nothing when they share none. */
export function sharedFiguresLine(partTexts: readonly string[]): string | undefined {
  if (partTexts.length < 2) return undefined;
  const [first, ...rest] = partTexts.map(figuresOf);
  const shared = [...first!.entries()].filter(([key]) => rest.every((f) => f.has(key))).map(([, shown]) => shown);
  if (!shared.length) return undefined;
  return `**The same for ${partTexts.length === 2 ? 'both' : `all ${partTexts.length}`}:** ${shared.join(', ')}.`;
}
