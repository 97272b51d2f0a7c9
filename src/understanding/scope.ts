// Decisions about scope taken on the message alone, before the classifier or any conversation context:
// an emergency, a neighbouring career asked about for itself, a fact only the person's employer knows, a
// request for someone's record, legal or medical advice, spam and injection. The lists are knowledge/scope.yml,
// which curators edit.
import type { ScopeLists } from '../knowledge/types.js';
import { blankOut, PhraseList, type PhraseHit } from '../nlu/phrase-list.js';
import { askingSpans, sentenceSpans } from '../nlu/sentences.js';

/** The reply id of the emergency line (it is not a knowledge file: it is always the same words). */
export const EMERGENCY = 'emergency';
export const OTHER_CAREERS = 'decline-other-careers';
export const EMPLOYER_INTERNAL = 'decline-employer';
export const PATIENT_RECORD = 'decline-patient-record';

export type ScopeVerdict =
  // `career`: where the one other career asked about stands in the message (for "what about medical records?" next).
  | { kind: 'decline'; reply: string; why: string; career?: { start: number; end: number } | undefined }
  | { kind: 'open'; fieldTerms: string[]; careersAside?: string[] };

// "Jonathan Pierce's chart", "Maria's labs": somebody's own record, asked for by name.
// The privacy guard has already replaced names and numbers with placeholders ("[name]'s chart").
const NAMED_CHART = /(?:\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|\[name\])['\u2019]s\s+(?:chart|record|records|medical records?|file|labs?|lab results|results|diagnosis|medications?|discharge summary)\b/;
// "what medications is patient [record-number] on?": a particular patient's data, asked for.
const PATIENT_DATA = /\b(?:medications?|meds|diagnos[ie]s|results?|labs?|codes?|allergies|admitted|discharged)\b[^.?!]{0,40}\bpatient\s+\[[a-z-]+\]|\bpatient\s+\[[a-z-]+\]\s+(?:currently\s+)?(?:on|taking|prescribed|diagnosed|admitted)\b/i;

// An employer named ("Mercy General", "Lakeside Health", "St. Luke's", "st lukes"): a workplace, as "our hospital" is,
// so that its own matters ("...'s internal turnaround target") are left to it. A saint's name counts with its "'s"
// (hospitals are St. Mary's and St. Luke's; the cities St. Paul and St. Cloud are not employers, nor St. Louis).
const NAMED_EMPLOYER = /\b(?:[Ss]t\.?|[Ss]aint)\s+(?![Ll]ouis\b)[A-Za-z]+(?:'s|s)\b|\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:General|Memorial|Health(?:care)?|Medical(?:\s+Center)?|Hospital|Clinic|Regional|Health\s+System|Medical\s+Group)\b/;

// "our coding department", "my HIM team": one employer's unit named by the work it does, as "our department" is
// ("my local hospital" or "my dream clinic" is no employer of the person's).
const OWN_UNIT = /\b(?:our|my)\s+(?:(?:inpatient|outpatient|hospital|clinic)\s+)?(?:coding|him|hit|records?|medical records|billing|cdi|roi|registration|scanning|privacy|compliance|revenue cycle|health information)\s+(?:department|dept|unit|team|office|staff)\b/i;

// Just before a career's name: the person says it is not what they want or are ("not gonna be a", "don't want to be a").
const RULED_OUT = /\b(not|never|no longer|don'?t want to|do not want to)\b(\s+\w+){0,3}\s+(be|become|am|a|an)\s+(an?\s+)?$|\bnot\s+an?\s+$/i;

// Just before a career's name: the person wants to move into it ("switch to being an", "go back to school for").
const MOVING_TO = /\b(switch(ing)? (careers? )?to( being)?|change (careers? )?to|become|becoming|(?:i|my (?:son|daughter|kid|child)) wants? to be|go(ing)? back to school for|school for|train(ing)? (to be|as)|leave \w+ (for|to be)|move (in)?to|moving (in)?to)\s+(an?\s+)?$/i;

// Around a career's name: what the person thinks this field requires ("do I need to be a nurse first?", "I thought
// you needed a nursing degree") or what they compare it with ("is it easier than nursing school?"). "What do I need
// to become a pharmacy technician?" asks about that career: the requirement needs "first", "before" or "thought".
const THOUGHT_REQUIRED = /\bthought (you|u|i|we|they|one) (need|needed|had to|have to|must)( to)?( be| become| have| get)? (an?\s+)?$/i;
const REQUIRED = /\b((need|needs|needed|have|has|had|required|require|requires|must) (to )?(be|have|hold|get)|need|needs|needed|require|requires) (an?\s+)?$/i;
const REQUIRED_AFTER = /^(\s+(degree|license|licence|background|school|experience))?\s+(first|before|too|as well)\b/i;
const COMPARED = /\b((easier|harder|better|worse|faster|quicker|cheaper|shorter|longer|less stressful|more stable) than (\w+\s+)?|instead of (\w+\s+)?|compared (to|with) )$/i;

// Just before a career's name: the person is, or was, one ("I'm a CNA", "after ten years as an LPN").
const WHO_I_AM =
  /\b(i'?m|i am|im|i was|i'?ve been|i have been|i used to be|worked as|work as|working as|worked in|years as|years in|currently|former|formerly|ex-?|retired|my background is( in)?|background in|coming from|came from|experience as|experience in|(?:my|our) (?:only |current |old |last |first )?job (?:so far |now |before |right now )?(?:is|was))\s+(an?\s+)?$/i;
// ...or studied for it and stopped ("after one semester of nursing prereqs"), unless the story is about going back.
const STUDIED_FOR = /\b(?:(?:semesters?|years?|months?) of|dropped out of|quit)\s+$/i;
const GOING_BACK = /\b(go back|going back|went back|get back|finish|finishing|return|returning|re-?enroll|transfer (my )?credits|my license|my licence)\b/i;
// ...and what is asked is whether that carries over: then the career is who is asking, not what is asked about.
const CARRIES_OVER = /\b(experience|background|help|helps|count|counts|transfer|transfers|useful|leg up|advantage|head start|easier|harder|switch|switching|change careers|move into|get into)\b/i;

interface DeclineRule {
  reply: string;
  phrases: PhraseList;
  unless: PhraseList;
}

export class Scope {
  private readonly field: PhraseList;
  private readonly subjectTerms: PhraseList;
  private readonly recordWords: PhraseList;
  private readonly healthSettings: PhraseList;
  private readonly careers: PhraseList;
  private readonly notCareers: PhraseList;
  private readonly internalAlways: PhraseList;
  private readonly notInternal: PhraseList;
  private readonly internalNearWork: PhraseList;
  private readonly workplace: PhraseList;
  private readonly rules: DeclineRule[];
  /** The emergency rules, tried before everything else, and the others, tried last (split once, not per message). */
  private readonly emergencyRules: DeclineRule[];
  private readonly otherRules: DeclineRule[];

  constructor(lists: ScopeLists) {
    this.field = new PhraseList(lists.fieldTerms);
    this.subjectTerms = new PhraseList(lists.subjectTerms);
    this.recordWords = new PhraseList(lists.recordWords);
    this.healthSettings = new PhraseList(lists.healthSettings);
    this.careers = new PhraseList(lists.nearMissCareers);
    this.notCareers = new PhraseList(lists.notCareers);
    this.internalAlways = new PhraseList(lists.employerInternal.always);
    this.notInternal = new PhraseList(lists.employerInternal.not ?? []);
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

  /** The field's words in a text: its own terms, its subjects' terms, or records words beside a health setting. */
  fieldTerms(text: string): string[] {
    const own = this.field.find(text).map((h) => h.phrase);
    if (own.length) return own;
    const subjects = this.subjectTerms.find(text).map((h) => h.phrase);
    if (subjects.length) return subjects;
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
    const named = this.careers.find(blankOut(text, this.notCareers.find(text)));
    // Whether a career stands in a sentence the message asks with (in a long story, only some of them do).
    const spans = named.length ? askingSpans(text) : undefined;
    const asked = (hit: PhraseHit) => !spans || spans.some(([start, end]) => hit.start >= start && hit.start < end);
    const careers = named.filter((hit) => !this.notAsked(text, hit.start, hit.end, asked(hit)));
    const careersAside = named.length > careers.length ? named.filter((hit) => !careers.includes(hit)).map((hit) => hit.phrase) : undefined;
    // A neighbouring career's own words ("court records clerk"), asked about or not, do not count as the field's; only the
    // field's own terms (not records work in a health setting) outweigh a career named for itself.
    const withoutCareers = blankOut(text, named);
    if (careers.length && !this.field.has(withoutCareers)) {
      const career = careers.length === 1 ? { start: careers[0]!.start, end: careers[0]!.end } : undefined;
      return { kind: 'decline', reply: OTHER_CAREERS, why: careers[0]!.phrase, career };
    }
    // Leaving the field for another career ("I'm in HIM and want to switch to being an x-ray tech"): the field is
    // where the person comes from, the other career where they are going, and no field word comes after it, or none
    // in its own sentence ("fastest way to become an LPN? HIM is boring me to death").
    const leaving = careers.find(
      (hit) => MOVING_TO.test(text.slice(Math.max(0, hit.start - 40), hit.start)) && (!this.field.has(withoutCareers.slice(hit.end)) || !this.field.has(sentenceAround(withoutCareers, hit))),
    );
    if (leaving) return { kind: 'decline', reply: OTHER_CAREERS, why: leaving.phrase };
    const fieldTerms = this.fieldTerms(withoutCareers);
    const atWork = this.workplace.has(text) || NAMED_EMPLOYER.test(text) || OWN_UNIT.test(text);
    // "...plan around my kid's schedule": a family's or a school's matter is not the employer's.
    const ofWork = blankOut(text, this.notInternal.find(text));
    const internal = this.internalAlways.find(ofWork)[0] ?? (atWork ? this.internalNearWork.find(ofWork)[0] : undefined);
    if (internal) return { kind: 'decline', reply: EMPLOYER_INTERNAL, why: internal.phrase };
    for (const rule of this.otherRules) {
      const hit = this.match(rule, text);
      if (hit) return { kind: 'decline', reply: rule.reply, why: hit };
    }
    return careersAside ? { kind: 'open', fieldTerms, careersAside } : { kind: 'open', fieldTerms };
  }

  /**
   * A career named but not asked about: ruled out ("I'm not gonna be a nurse"), taken for a requirement or a
   * comparison of this field ("do I need to be a nurse first?"), or the asker's own past when the question is
   * whether it carries over ("I was an LPN for 10 years, would that make it easier?") or, in a long story, when it is
   * told outside the sentences that ask ("I did 2 years as a CNA and the patient contact wore me out. ... How much of
   * the job is talking to clinical people?"). Someone else's career told in a story stays asked about ("My son is
   * deciding between respiratory therapy and sonography... which one pays better?").
   */
  private notAsked(text: string, start: number, end: number, inAskingSentence: boolean): boolean {
    const before = text.slice(Math.max(0, start - 40), start);
    if (RULED_OUT.test(before.slice(-30)) || THOUGHT_REQUIRED.test(before) || COMPARED.test(before)) return true;
    if (REQUIRED.test(before) && REQUIRED_AFTER.test(text.slice(end))) return true;
    if (STUDIED_FOR.test(before) && !inAskingSentence && !GOING_BACK.test(text)) return true;
    return WHO_I_AM.test(before) && (!inAskingSentence || CARRIES_OVER.test(text.slice(0, start) + ' ' + text.slice(end)));
  }

  private match(rule: DeclineRule, text: string): string | undefined {
    const hit = rule.phrases.find(text)[0];
    return hit && !rule.unless.has(text) ? hit.phrase : undefined;
  }
}

/** The sentence of a text that holds a hit (the whole text when the hit stands between sentences). */
function sentenceAround(text: string, hit: PhraseHit): string {
  const span = sentenceSpans(text).find(([start, end]) => hit.start >= start && hit.start < end);
  return span ? text.slice(span[0], span[1]) : text;
}
