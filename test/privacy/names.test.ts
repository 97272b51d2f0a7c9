// names.ts on its own: the tokenizer, the name finder's cues, and the staff-word rule.
import { describe, expect, it } from 'vitest';
import { findNames, isStaffName, tokenize } from '../../src/privacy/names.js';

/** The names findNames returns for a text, as the text they cover. */
function names(text: string): string[] {
  const tokens = tokenize(text);
  return findNames(text, tokens).map((h) => text.slice(tokens[h.from]!.start, tokens[h.to]!.end));
}

describe('tokenize', () => {
  it('splits words, drops a possessive and a trailing apostrophe, and keeps offsets into the text', () => {
    const text = "Mrs. O'Brien's chart, the nurses' notes";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Mrs', "O'Brien", 'chart', 'the', 'nurses', 'notes']);
    const obrien = tokens[1]!;
    expect(obrien).toMatchObject({ key: "o'brien", possessive: true });
    expect(text.slice(obrien.start, obrien.end)).toBe("O'Brien");
    expect(tokens[4]!.possessive).toBe(false);
  });

  it('keeps hyphenated and accented names whole', () => {
    expect(tokenize('José García-Lopez').map((t) => t.text)).toEqual(['José', 'García-Lopez']);
  });
});

describe('findNames', () => {
  it('finds a surname after a title or a patient cue, in any case', () => {
    expect(names('can mr. petrakis get his records')).toEqual(['petrakis']);
    expect(names('pt john reyes is asking')).toContain('john reyes');
  });

  it('finds a capitalised first and last name', () => {
    expect(names('I called Grace Abernathy yesterday')).toEqual(['Grace Abernathy']);
  });

  it('does not take ordinary capitalised words, places or certifications for names', () => {
    expect(names('How do I get my RHIT in New York?')).toEqual([]);
    expect(names('Is Epic or Cerner used at Mercy Hospital?')).toEqual([]);
  });
});

describe('isStaffName', () => {
  it('is true when a staff word sits within three words of the name, false otherwise', () => {
    const staffText = 'my instructor Ms. Delgado said so';
    const staffTokens = tokenize(staffText);
    const [staffHit] = findNames(staffText, staffTokens);
    expect(staffHit).toBeDefined();
    expect(isStaffName(staffTokens, staffHit!)).toBe(true);

    const patientText = 'the patient Ms. Delgado said so';
    const patientTokens = tokenize(patientText);
    const [patientHit] = findNames(patientText, patientTokens);
    expect(patientHit).toBeDefined();
    expect(isStaffName(patientTokens, patientHit!)).toBe(false);
  });
});
