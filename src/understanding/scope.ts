// Decisions about scope taken on the message alone, before the classifier or any conversation context:
// an emergency, a neighbouring career asked about for itself, a fact only the person's employer knows, a
// request for someone's record, legal or medical advice, spam and injection. The lists are knowledge/scope.yml,
// which curators edit.
import type { ScopeLists } from '../knowledge/types.js';
import { blankOut, PhraseList } from '../nlu/phrase-list.js';

/** The reply id of the emergency line (it is not a knowledge file: it is always the same words). */
export const EMERGENCY = 'emergency';
export const OTHER_CAREERS = 'decline-other-careers';
export const EMPLOYER_INTERNAL = 'decline-employer';
export const PATIENT_RECORD = 'decline-patient-record';

export type ScopeVerdict = { kind: 'decline'; reply: string; why: string } | { kind: 'open'; fieldTerms: string[] };

// "Jonathan Pierce's chart", "Maria's labs": somebody's own record, asked for by name.
// The privacy guard has already replaced names and numbers with placeholders ("[name]'s chart").
const NAMED_CHART = /(?:\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|\[name\])['\u2019]s\s+(?:chart|record|records|medical records?|file|labs?|lab results|results|diagnosis|medications?|discharge summary)\b/;
// "what medications is patient [record-number] on?": a particular patient's data, asked for.
const PATIENT_DATA = /\b(?:medications?|meds|diagnos[ie]s|results?|labs?|codes?|allergies|admitted|discharged)\b[^.?!]{0,40}\bpatient\s+\[[a-z-]+\]|\bpatient\s+\[[a-z-]+\]\s+(?:currently\s+)?(?:on|taking|prescribed|diagnosed|admitted)\b/i;

// Just before a career's name: the person says it is not what they want or are ("not gonna be a", "don't want to be a").
const RULED_OUT = /\b(not|never|no longer|don'?t want to|do not want to)\b(\s+\w+){0,3}\s+(be|become|am|a|an)\s+(an?\s+)?$|\bnot\s+an?\s+$/i;

// Just before a career's name: the person wants to move into it ("switch to being an", "go back to school for").
const MOVING_TO = /\b(switch(ing)? (careers? )?to( being)?|change (careers? )?to|become|becoming|go(ing)? back to school for|school for|train(ing)? (to be|as)|leave \w+ (for|to be)|move (in)?to|moving (in)?to)\s+(an?\s+)?$/i;

interface DeclineRule {
  reply: string;
  phrases: PhraseList;
  unless: PhraseList;
}

export class Scope {
  private readonly field: PhraseList;
  private readonly recordWords: PhraseList;
  private readonly healthSettings: PhraseList;
  private readonly careers: PhraseList;
  private readonly notCareers: PhraseList;
  private readonly internalAlways: PhraseList;
  private readonly internalNearWork: PhraseList;
  private readonly workplace: PhraseList;
  private readonly rules: DeclineRule[];
  /** The emergency rules, tried before everything else, and the others, tried last (split once, not per message). */
  private readonly emergencyRules: DeclineRule[];
  private readonly otherRules: DeclineRule[];

  constructor(lists: ScopeLists) {
    this.field = new PhraseList(lists.fieldTerms);
    this.recordWords = new PhraseList(lists.recordWords);
    this.healthSettings = new PhraseList(lists.healthSettings);
    this.careers = new PhraseList(lists.nearMissCareers);
    this.notCareers = new PhraseList(lists.notCareers);
    this.internalAlways = new PhraseList(lists.employerInternal.always);
    this.internalNearWork = new PhraseList(lists.employerInternal.withWorkplace);
    this.workplace = new PhraseList(lists.employerInternal.workplace);
    this.rules = lists.declines.map((d) => ({ reply: d.reply, phrases: new PhraseList(d.phrases), unless: new PhraseList(d.unless) }));
    this.emergencyRules = this.rules.filter((r) => r.reply === EMERGENCY);
    this.otherRules = this.rules.filter((r) => r.reply !== EMERGENCY);
  }

  /** The reply ids the rules can give, for the knowledge check. */
  get replies(): string[] {
    return [...new Set([OTHER_CAREERS, EMPLOYER_INTERNAL, PATIENT_RECORD, ...this.rules.map((r) => r.reply)])];
  }

  /** The field's words in a text: its own terms, or records words beside a health setting. */
  fieldTerms(text: string): string[] {
    const own = this.field.find(text).map((h) => h.phrase);
    if (own.length) return own;
    const records = this.recordWords.find(text);
    return records.length && this.healthSettings.has(blankOut(text, records)) ? records.map((h) => h.phrase) : [];
  }

  judge(text: string): ScopeVerdict {
    for (const rule of this.emergencyRules) {
      const hit = this.match(rule, text);
      if (hit) return { kind: 'decline', reply: rule.reply, why: hit };
    }
    if (NAMED_CHART.test(text) || PATIENT_DATA.test(text)) return { kind: 'decline', reply: PATIENT_RECORD, why: "someone's chart, by name" };
    // "I'm not gonna be a nurse", "I don't want to be a paralegal": a career ruled out is not the subject.
    const careers = this.careers.find(blankOut(text, this.notCareers.find(text))).filter((hit) => !RULED_OUT.test(text.slice(Math.max(0, hit.start - 30), hit.start)));
    // The neighbouring career's own words ("court records clerk") do not count as the field's, and only the
    // field's own terms (not records work in a health setting) outweigh a career named for itself.
    const withoutCareers = blankOut(text, careers);
    if (careers.length && !this.field.has(withoutCareers)) return { kind: 'decline', reply: OTHER_CAREERS, why: careers[0]!.phrase };
    // Leaving the field for another career ("I'm in HIM and want to switch to being an x-ray tech"): the field is
    // where the person comes from, the other career where they are going, and no field word comes after it.
    const leaving = careers.find((hit) => MOVING_TO.test(text.slice(Math.max(0, hit.start - 40), hit.start)) && !this.field.has(withoutCareers.slice(hit.end)));
    if (leaving) return { kind: 'decline', reply: OTHER_CAREERS, why: leaving.phrase };
    const fieldTerms = this.fieldTerms(withoutCareers);
    const internal = this.internalAlways.find(text)[0] ?? (this.workplace.has(text) ? this.internalNearWork.find(text)[0] : undefined);
    if (internal) return { kind: 'decline', reply: EMPLOYER_INTERNAL, why: internal.phrase };
    for (const rule of this.otherRules) {
      const hit = this.match(rule, text);
      if (hit) return { kind: 'decline', reply: rule.reply, why: hit };
    }
    return { kind: 'open', fieldTerms };
  }

  private match(rule: DeclineRule, text: string): string | undefined {
    const hit = rule.phrases.find(text)[0];
    return hit && !rule.unless.has(text) ? hit.phrase : undefined;
  }
}
