// The shares of the classifier's reading that route a message in Understanding.decide (understand.ts): when a
// message's own reading is a guess, when a decline stands against the conversation. Constants, never changed at run time.

// A message's own best topic below this share is a guess among many; below the second, it still yields to a part of
// the topic in context asked in everyday words ("we're short staffed, can we get more time?").
export const GUESS_SHARE = 0.15, WEAK_OWN_SHARE = 0.3;
// An organisation named in a question this clearly about a topic of its own says whose it is ("how do AHIMA CEUs work?").
export const CLEAR_BESIDE_ORGANISATION = 0.4;

// A classifier decline this sure stands even against a follow-up that asks a part of the topic in context.
export const VERY_SURE_DECLINE = 0.9;

// From this many words, a message tied to the context only by a pronoun says something of its own (see decide),
// and is declined when the classifier leans this far to declining.
export const WEAK_FOLLOW_UP_DECLINE_MASS = 0.6;
export const WEAK_FOLLOW_UP_DECLINE_WORDS = 7;

// A message's own best topic at this share or more is a clear reading of its own, when nothing in the context
// answers it; at the higher share, even when the context has a part it could be asking for (standsAlone).
export const CLEAR_OWN_SHARE = 0.5;
export const VERY_CLEAR_OWN_SHARE = 0.6;
// The message's own reading of a general topic at this share hands over to the thing the context names.
export const DEFERRED_OWN_SHARE = 0.2;
// The message's own reading at this share answers a part the topic in context lacks.
export const OWN_PART_SHARE = 0.15;
// The message's own reading at this share answers, in words of the field, a follow-up no part of the context answers.
export const GUESS_OWN_SHARE = 0.2;
// Rare words shared with a part worth this much (BM25 idf, summed) tie a message with no reading of its own to it.
export const SPOKEN_OF_SCORE = 2;
// The share a message that points back ("it", "those") needs for a reading of its own in another group than the context's.
export const POINTING_OWN_PART_SHARE = 0.4;
