// The numbers behind "answer, not sure or decline". They are passed to Understanding (never changed at run
// time); `chartpath eval` measures them on realistic questions scored by facts (../shared/eval), and the
// untouched set in eval/holdout keeps the choice honest.
export interface Thresholds {
  /** A conversation or decline intent is taken when the classifier gives it at least this. */
  answer: number;
  /** A message is in the field when the classifier gives topics together at least this share... */
  topicMass: number;
  /** ...or at least this share when the message also uses the field's own words (RHIT, coding, records...). */
  topicMassWithField: number;
  /** A decline or conversation intent this sure is taken even when the message could lean on the conversation. */
  sureNonTopic: number;
  /** "Did you mean" shows topics at least this likely. */
  suggest: number;
}

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = { answer: 0.35, topicMass: 0.55, topicMassWithField: 0.3, sureNonTopic: 0.6, suggest: 0.04 };
