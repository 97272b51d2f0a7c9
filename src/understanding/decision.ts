// What Understanding.decide hands the advisor: the topic (or decline, or conversation intent) to answer, how it
// was found, and what the advisor keeps for the next message.
import type { Intent } from '../knowledge/types.js';
import type { Prediction } from '../nlu/classifier.js';

export type Route =
  | 'scope' // decided on the message alone by knowledge/scope.yml (emergency, other career, employer-internal)
  | 'classifier' // the message's own best intent
  | 'entity' // a short question naming one entity ("cca?")
  | 'deferred' // a general topic handed to the named entity's own topic
  | 'context' // resolved with the previous turn ("how long is the exam?")
  | 'confirm' // "yes" to a single "did you mean"
  | 'unresolved' // a follow-up that could not be tied to anything: says so and offers choices
  | 'unsure'; // nothing confident enough

export interface Decision {
  intent: Intent | undefined;
  confidence: number;
  route: Route;
  /** The best topics, for "did you mean" when unsure. */
  candidates: Prediction[];
  /** The entity the question (or its context) is about, remembered for the next turn. */
  entity: string | undefined;
  /** A follow-up asked for one part of the topic (the label of that part): answer just that part. */
  part?: string | undefined;
  /** With a part: another part of the same topic the message also asks or speaks of, given after it. */
  besidePart?: string | undefined;
  /** More topics answered in the same reply: the other side of a comparison, the second question of two. */
  also?: Intent[] | undefined;
  /** Topics the conversation is comparing with this one: kept in the context for "which one...?", not answered now. */
  compared?: Intent[] | undefined;
  /** For an unresolved follow-up: the topic whose parts to offer. */
  offer?: Intent[] | undefined;
  /** The facet the message asked about (length, cost...), kept for "and a bachelor's?" after a whole card. */
  asked?: string | undefined;
  /** The name the message used for its topic's entity, when the topic lists several ("AAPC" among the associations). */
  named?: string | undefined;
  /** The message looked like an emergency: the reply leads with the emergency line. */
  emergency?: boolean | undefined;
  /** Declined as another career's question, that career taken out ("What does a {career} make?"): kept for "what about medical records?" next. */
  declined?: string | undefined;
}
