// Button payloads (Reply.suggestions / choices / ratings / checklist steps), built and parsed here only. A surface
// sends back whatever a person's client claims, so anything malformed becomes "unknown", never an exception.
//
//   topic:<id>              answer that topic
//   part:<id>:<n>           answer part n of that topic
//   fb:<replyId>:up|down    rate an answer
//   step:<stepId>:done|undo set a checklist step's state (idempotent: a repeated click changes nothing)
//   start[:goal[:education[:experience]]]   start a plan, asking for what is missing
//   checklist               show the checklist
//   forget:confirm|cancel   answer the forget-me question
//   reset:confirm|cancel    answer the checklist-reset question
// Ids are at most 64 characters, which keeps the longest payload within Discord's 100-character custom_id.

export type Action =
  | { kind: 'topic'; topic: string }
  | { kind: 'part'; topic: string; part: number }
  | { kind: 'rate'; replyId: string; helpful: boolean }
  | { kind: 'step'; step: string; done: boolean }
  | { kind: 'start'; goal?: string | undefined; education?: string | undefined; experience?: string | undefined }
  | { kind: 'checklist' }
  | { kind: 'forget'; confirmed: boolean }
  | { kind: 'reset'; confirmed: boolean }
  | { kind: 'unknown' };

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const REPLY_ID = /^[A-Za-z0-9_-]{4,32}$/;

export const actionPayload = {
  topic: (id: string) => `topic:${id}`,
  part: (id: string, index: number) => `part:${id}:${index}`,
  rate: (replyId: string, helpful: boolean) => `fb:${replyId}:${helpful ? 'up' : 'down'}`,
  step: (id: string, done: boolean) => `step:${id}:${done ? 'done' : 'undo'}`,
  start: (...parts: string[]) => ['start', ...parts].join(':'),
  checklist: () => 'checklist',
  forget: (confirmed: boolean) => (confirmed ? 'forget:confirm' : 'forget:cancel'),
  reset: (confirmed: boolean) => (confirmed ? 'reset:confirm' : 'reset:cancel'),
};

function yesNo(kind: 'forget' | 'reset', parts: string[]): Action {
  return parts.length === 1 && (parts[0] === 'confirm' || parts[0] === 'cancel') ? { kind, confirmed: parts[0] === 'confirm' } : { kind: 'unknown' };
}

export function parseAction(payload: unknown): Action {
  if (typeof payload !== 'string' || payload.length > 200) return { kind: 'unknown' };
  const [kind, ...parts] = payload.split(':');
  const allIds = parts.every((p) => ID.test(p));
  switch (kind) {
    case 'topic':
      return parts.length === 1 && allIds ? { kind: 'topic', topic: parts[0]! } : { kind: 'unknown' };
    case 'part':
      return parts.length === 2 && allIds && /^(0|[1-9]\d?)$/.test(parts[1]!) ? { kind: 'part', topic: parts[0]!, part: Number(parts[1]) } : { kind: 'unknown' };
    case 'fb':
      return parts.length === 2 && REPLY_ID.test(parts[0]!) && (parts[1] === 'up' || parts[1] === 'down')
        ? { kind: 'rate', replyId: parts[0]!, helpful: parts[1] === 'up' }
        : { kind: 'unknown' };
    case 'step':
      return parts.length === 2 && ID.test(parts[0]!) && (parts[1] === 'done' || parts[1] === 'undo')
        ? { kind: 'step', step: parts[0]!, done: parts[1] === 'done' }
        : { kind: 'unknown' };
    case 'start':
      return parts.length <= 3 && allIds ? { kind: 'start', goal: parts[0], education: parts[1], experience: parts[2] } : { kind: 'unknown' };
    case 'checklist':
      return parts.length === 0 ? { kind: 'checklist' } : { kind: 'unknown' };
    case 'forget':
    case 'reset':
      return yesNo(kind, parts);
    default:
      return { kind: 'unknown' };
  }
}
