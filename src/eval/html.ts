// Escaping for the report: every piece of text (questions, titles, ids) goes through here, in element
// content and in attribute values alike.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A number for an SVG coordinate or a CSS length: finite and short. */
export function num(x: number): string {
  if (!Number.isFinite(x)) return '0';
  return String(Math.round(x * 100) / 100);
}

export const pct = (x: number, digits = 1): string => `${(x * 100).toFixed(digits)}%`;
