import { describe, expect, it } from 'vitest';
import { layoutAnswer } from '../../src/knowledge/parts.js';
import { realKnowledge } from '../helpers/core.js';

const card = [
  'The **CCA** is an entry-level credential.',
  'It shows basic coding competency.',
  '',
  '- **Who awards it:** AHIMA, since 2002.',
  '- **The exam:** 2 hours, 105 questions.',
  '  Retakes need a 30-day wait.',
  '  Fees may change.',
  '- **Keeping it**: 20 CEUs every two years.',
  '',
  'Confirm the current fee on ahima.org.',
  'Rules change.',
].join('\n');

describe('layoutAnswer', () => {
  const layout = layoutAnswer(card);

  it('reads the paragraphs before the first bullet as the lead', () => {
    expect(layout.lead).toBe('The **CCA** is an entry-level credential.\nIt shows basic coding competency.');
  });

  it('reads each bullet that starts with a bold label as a part, label without its colon', () => {
    expect(layout.parts.map((p) => p.label)).toEqual(['Who awards it', 'The exam', 'Keeping it']);
    expect(layout.parts[0]!.text).toBe('- **Who awards it:** AHIMA, since 2002.');
  });

  it('accepts the colon outside the bold label as well', () => {
    expect(layout.parts[2]).toEqual({ label: 'Keeping it', text: '- **Keeping it**: 20 CEUs every two years.' });
  });

  it('keeps indented continuation lines with their bullet', () => {
    expect(layout.parts[1]!.text).toBe('- **The exam:** 2 hours, 105 questions.\n  Retakes need a 30-day wait.\n  Fees may change.');
  });

  it('reads what follows the bullets as the tail', () => {
    expect(layout.tail).toBe('Confirm the current fee on ahima.org.\nRules change.');
  });

  it('leaves bullets without a bold label out of the parts, without losing the labelled ones after them', () => {
    const l = layoutAnswer('Lead.\n\n- plain bullet\n- **Cost:** $199\n\nTail.');
    expect(l.parts).toEqual([{ label: 'Cost', text: '- **Cost:** $199' }]);
    expect(l.lead).toBe('Lead.');
    expect(l.tail).toBe('Tail.');
  });

  it('treats a non-indented line right after a bullet as the tail, not as part of the bullet', () => {
    const l = layoutAnswer('Lead.\n- **Cost:** $199\nConfirm on aapc.com.');
    expect(l.parts).toEqual([{ label: 'Cost', text: '- **Cost:** $199' }]);
    expect(l.tail).toBe('Confirm on aapc.com.');
  });

  it('reads an answer without bullets as all lead', () => {
    expect(layoutAnswer('Just a paragraph.\nAnd another line.')).toEqual({ lead: 'Just a paragraph.\nAnd another line.', parts: [], tail: '' });
  });

  it('reads an answer that starts with bullets as having no lead', () => {
    const l = layoutAnswer('- **A:** one\n- **B:** two');
    expect(l.lead).toBe('');
    expect(l.parts.map((p) => p.label)).toEqual(['A', 'B']);
    expect(l.tail).toBe('');
  });
});

describe('the real knowledge base, read as parts', () => {
  const kb = realKnowledge();
  const topics = kb.intents.filter((i) => i.kind === 'topic');

  it('gives every topic a lead and parts whose text is found in its answer', () => {
    for (const t of topics) {
      expect(t.layout.lead.length, t.id).toBeGreaterThan(0);
      for (const p of t.layout.parts) {
        expect(p.label.length, t.id).toBeGreaterThan(0);
        expect(t.answer, `${t.id}: ${p.label}`).toContain(p.text);
      }
    }
  });

  it('reads the CCA card as a lead, its labelled bullets and the closing line', () => {
    const cca = kb.byId.get('cca')!;
    expect(cca.layout.lead).toMatch(/^The \*\*CCA\*\*/);
    const exam = cca.layout.parts.find((p) => /exam/i.test(p.label));
    expect(exam?.text).toContain('105 questions');
    expect(cca.layout.tail).toMatch(/^Confirm/);
    expect(cca.layout.tail).not.toContain('- **');
  });
});
