// Places people name when they ask how something differs where they live ("and in california?", "pay in my
// state?"): the US states, their usual abbreviations in prose, and everyday ways of saying "where I live".

const STATES = [
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire',
  'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania',
  'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington',
  'west virginia', 'wisconsin', 'wyoming', 'puerto rico', 'district of columbia',
  // How people say some of them in chat.
  'cali', 'socal', 'norcal', 'nyc', 'philly', 'carolina',
];

// "in my state", "near me", "where I live", "by state", "which city": a place without its name.
const SOME_PLACE =
  '(in|for|around) (my|your|our|their|a|each|every|different) (state|city|area|region|town|county)s?|near me|where (i|we) live|(by|per|each|every|which) (state|city|region)|(big|small|rural) (city|cities|town|towns|area|areas)';

/** Words in a question that name a place, or ask about one. */
export const ASKS_ABOUT_A_PLACE = new RegExp(`\\b(${STATES.join('|')}|${SOME_PLACE})\\b`);
