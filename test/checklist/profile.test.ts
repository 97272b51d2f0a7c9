// parseEducation / parseExperience: a profile read from what people type or from option values.
import { describe, expect, it } from 'vitest';
import { EDUCATION_LEVELS, EXPERIENCE_LEVELS } from '../../src/contract/index.js';
import { parseEducation, parseExperience } from '../../src/checklist/profile.js';

describe('parseEducation', () => {
  it.each(EDUCATION_LEVELS)('accepts the option value %s as it is', (level) => {
    expect(parseEducation(level)).toBe(level);
  });

  it.each([
    ['GED', 'high-school'],
    ['High School', 'high-school'],
    ['hs', 'high-school'],
    ['no diploma', 'none'],
    ['some college', 'some-college'],
    ["Associate's", 'associate'],
    ['AA', 'associate'],
    ["bachelor's", 'bachelor'],
    ['degree', 'bachelor'],
  ])('reads "%s" as %s', (typed, level) => {
    expect(parseEducation(typed)).toBe(level);
  });

  it('ignores case, punctuation, digits and extra spaces', () => {
    expect(parseEducation('  HIGH   school!! ')).toBe('high-school');
    expect(parseEducation('B.S.')).toBeUndefined(); // "b s": the dots become a space, not an alias
    expect(parseEducation('bachelors 2019')).toBe('bachelor');
  });

  it('gives nothing for empty or unknown input', () => {
    expect(parseEducation(undefined)).toBeUndefined();
    expect(parseEducation('')).toBeUndefined();
    expect(parseEducation('phd')).toBeUndefined();
  });
});

describe('parseExperience', () => {
  it.each(EXPERIENCE_LEVELS)('accepts the option value %s as it is', (level) => {
    expect(parseExperience(level)).toBe(level);
  });

  it.each([
    ['no experience', 'none'],
    ['No', 'none'],
    ['Filing', 'office'],
    ['clerical', 'office'],
    ['Health care', 'healthcare'],
    ['hospital', 'healthcare'],
  ])('reads "%s" as %s', (typed, level) => {
    expect(parseExperience(typed)).toBe(level);
  });

  it('gives nothing for empty or unknown input', () => {
    expect(parseExperience(undefined)).toBeUndefined();
    expect(parseExperience('')).toBeUndefined();
    expect(parseExperience('retail')).toBeUndefined();
  });
});
