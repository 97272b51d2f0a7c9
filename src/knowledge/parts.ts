// A topic's answer, read as addressable parts, so a narrow follow-up ("how long is the exam?") can be
// answered with the one part it asks about. Curators write nothing extra: a part is a bullet that starts
// with a bold label, as every answer already does ("- **The exam:** 2 hours, 105 questions...").

export interface AnswerPart {
  /** The bold label without its colon ("The exam"). */
  label: string;
  /** The whole bullet as written, label included. */
  text: string;
}

export interface AnswerLayout {
  /** The paragraph(s) before the first bullet: the direct answer. */
  lead: string;
  parts: AnswerPart[];
  /** What follows the bullets (usually "Confirm ... with AHIMA"). */
  tail: string;
}

/** The label a follow-up uses for the lead paragraph, when that is the part that answers it. */
export const LEAD_PART = 'In short';
/** The label of the "where does that come from?" part: the topic's sources, listed. */
export const SOURCES_PART = 'Where this comes from';

const LABELLED = /^-\s+\*\*([^*]+?):?\*\*:?\s*/;

export function layoutAnswer(answer: string): AnswerLayout {
  const lines = answer.split('\n');
  const lead: string[] = [];
  const tail: string[] = [];
  const parts: AnswerPart[] = [];
  let current: string[] | undefined;
  let label = '';
  const close = () => {
    if (current) parts.push({ label, text: current.join('\n').trim() });
    current = undefined;
  };
  for (const line of lines) {
    const bullet = /^-\s+/.test(line);
    if (bullet) {
      close();
      const m = LABELLED.exec(line);
      label = m ? m[1]!.trim() : '';
      current = [line];
    } else if (current && /^\s+\S/.test(line)) current.push(line);
    else if (current && !line.trim()) close();
    else if (parts.length || current) {
      close();
      tail.push(line);
    } else lead.push(line);
  }
  close();
  return { lead: lead.join('\n').trim(), parts: parts.filter((p) => p.label), tail: tail.join('\n').trim() };
}
