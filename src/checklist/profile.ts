// Reads a profile from what people type ("ged", "high school", "AA in HIM") or from option values.
import { EDUCATION_LEVELS, EXPERIENCE_LEVELS, type Education, type Experience } from '../contract/index.js';

const EDUCATION_ALIASES: Record<string, Education> = {
  none: 'none',
  'no diploma': 'none',
  'none yet': 'none',
  'no-diploma': 'none',
  'high-school': 'high-school',
  'high school': 'high-school',
  highschool: 'high-school',
  hs: 'high-school',
  ged: 'high-school',
  diploma: 'high-school',
  'some-college': 'some-college',
  'some college': 'some-college',
  certificate: 'some-college',
  college: 'some-college',
  associate: 'associate',
  associates: 'associate',
  "associate's": 'associate',
  aas: 'associate',
  aa: 'associate',
  as: 'associate',
  bachelor: 'bachelor',
  bachelors: 'bachelor',
  "bachelor's": 'bachelor',
  ba: 'bachelor',
  bs: 'bachelor',
  degree: 'bachelor',
};

const EXPERIENCE_ALIASES: Record<string, Experience> = {
  none: 'none',
  no: 'none',
  'no experience': 'none',
  office: 'office',
  filing: 'office',
  'office or filing': 'office',
  clerical: 'office',
  admin: 'office',
  healthcare: 'healthcare',
  'health care': 'healthcare',
  hospital: 'healthcare',
  clinic: 'healthcare',
  medical: 'healthcare',
};

function clean(s: string): string {
  return s.toLowerCase().replace(/[^a-z' -]/g, ' ').replace(/\s+/g, ' ').trim();
}

export function parseEducation(input: string | undefined): Education | undefined {
  if (!input) return undefined;
  const s = clean(input);
  if ((EDUCATION_LEVELS as readonly string[]).includes(s)) return s as Education;
  return EDUCATION_ALIASES[s];
}

export function parseExperience(input: string | undefined): Experience | undefined {
  if (!input) return undefined;
  const s = clean(input);
  if ((EXPERIENCE_LEVELS as readonly string[]).includes(s)) return s as Experience;
  return EXPERIENCE_ALIASES[s];
}
