// What reaches Bolt over HTTP, checked first (Bolt 5's HTTPReceiver buffers up to 4 MB before it checks a signature,
// and a signed body of `null` throws outside its error handling, which took the whole process down):
// - only a small body is buffered before the signature is checked (413 past MAX_BODY_BYTES);
// - the signature and timestamp are verified here (401), and the warning is rate-limited in the log;
// - a signed body that is not an object of the shape Slack sends gets a 400 (null, a number, a list, an event
//   without its event, a payload that is not JSON...): nothing that can throw inside Bolt gets through;
// - a signed slash command or button click replayed within Slack's five-minute window is acknowledged and not
//   applied again, also after a restart (the record is in the store). Events are recognised by event_id (handlers.ts).
// The buffered body is handed on as `rawBody`, which Bolt reuses instead of reading the stream again.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { HTTPReceiver } from '@slack/bolt';
import type { Logger } from '../../src/index.js';
import type { PersistedIds } from './dedupe.js';
import { LogLimiter } from './log-limit.js';

/** Slack's payloads are a few KB; our own App Home view, the largest thing clicked, stays far below this. */
export const MAX_BODY_BYTES = 256 * 1024;
const WINDOW_SECONDS = 5 * 60;
const FORM = 'application/x-www-form-urlencoded';

export interface RequestGuardOptions {
  signingSecret: string;
  path: string;
  seen: PersistedIds;
  logger: Logger;
  now?: () => number;
  maxBodyBytes?: number;
}

type Verdict = { ok: true } | { ok: false; status: number; kind: string; msg: string };

export function guardRequests(receiver: HTTPReceiver, options: RequestGuardOptions): void {
  const inner = receiver.requestListener;
  const now = options.now ?? Date.now;
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const warnings = new LogLimiter(options.logger, 60_000, now);

  const refuse = (res: ServerResponse, status: number, kind: string, msg: string, obj: object = {}) => {
    warnings.warn(kind, { surface: 'slack', status, ...obj }, msg);
    if (!res.headersSent) {
      res.writeHead(status, { connection: 'close' });
      res.end();
    }
  };

  receiver.requestListener = (req, res) => {
    if (req.method !== 'POST' || (req.url ?? '').split('?')[0] !== options.path) return inner(req, res);
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      refuse(res, 413, 'too-large', `refused a Slack request whose body is larger than ${limit} bytes`, { bytes: declared });
      req.resume();
      return;
    }
    void readBody(req, limit).then(
      async (body) => {
        if (body === undefined) {
          refuse(res, 413, 'too-large', `refused a Slack request whose body is larger than ${limit} bytes`);
          return;
        }
        const text = body.toString('utf8');
        const contentType = req.headers['content-type'];
        // Slack's connectivity check carries no signature; Bolt answers it (and strips anything else from the body).
        if (contentType === FORM && parseQuery(text).ssl_check === '1') return handOn(req, res, body);
        const signed = verify(req, text, options.signingSecret, now);
        if (!signed.ok) return refuse(res, signed.status, signed.kind, signed.msg);
        const shape = checkShape(text, contentType);
        if (!shape.ok) return refuse(res, shape.status, shape.kind, shape.msg);
        // A replay of a command or a click is the same timestamp and body: remembered for the window plus a margin.
        // (Events go on to handlers.ts, which knows them by event_id, so a retried event is logged as such.)
        if (!isEvent(text, contentType)) {
          const key = `r:${createHash('sha256').update(`${signed.timestamp}:${text}`).digest('hex').slice(0, 32)}`;
          // Recorded before it is applied, so a restart or another process still knows it; a store that cannot be
          // reached must not block the answer (it is applied, at worst twice on a replay during the outage).
          const first = await options.seen.remember([key]).catch((error: unknown) => {
            options.logger.warn({ surface: 'slack', err: error }, 'could not record a Slack request as handled');
            return true;
          });
          if (!first) {
            warnings.warn('replay', { surface: 'slack' }, 'acknowledged a replayed Slack request without applying it again');
            res.writeHead(200);
            res.end();
            return;
          }
        }
        handOn(req, res, body);
      },
      (error: unknown) => {
        refuse(res, 400, 'unreadable', 'could not read a Slack request body', { err: error });
      },
    ).catch((error: unknown) => refuse(res, 400, 'guard', 'could not check a Slack request', { err: error }));
  };

  function handOn(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
    try {
      inner(req, res);
    } catch (error) {
      refuse(res, 400, 'bolt', 'Bolt could not take a Slack request', { err: error });
    }
  }
}

/** Reads at most limit bytes; undefined (and the rest discarded) when the body is larger. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
}

/** Slack's v0 signature over "v0:<timestamp>:<body>", with a timestamp within five minutes either way. */
function verify(req: IncomingMessage, body: string, secret: string, now: () => number): { ok: true; timestamp: number } | Extract<Verdict, { ok: false }> {
  const signature = header(req, 'x-slack-signature');
  const ts = Number(header(req, 'x-slack-request-timestamp'));
  const bad = (msg: string) => ({ ok: false as const, status: 401, kind: 'signature', msg: `refused a Slack request: ${msg}` });
  if (!signature || !Number.isInteger(ts)) return bad('no signature or timestamp');
  if (Math.abs(Math.floor(now() / 1000) - ts) > WINDOW_SECONDS) return bad('its timestamp is more than five minutes away');
  const m = /^v0=([0-9a-f]{64})$/.exec(signature);
  if (!m) return bad('the signature is not a v0 signature');
  const expected = createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest();
  const given = Buffer.from(m[1]!, 'hex');
  if (!timingSafeEqual(expected, given)) return bad('the signature does not match (check SLACK_SIGNING_SECRET)');
  return { ok: true, timestamp: ts };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function isEvent(body: string, contentType: string | undefined): boolean {
  if (contentType === FORM) return false;
  try {
    const parsed = JSON.parse(body) as unknown;
    return isObject(parsed) && parsed.type === 'event_callback';
  } catch {
    return false;
  }
}

/** The body parsed as Bolt will parse it, and of a shape Bolt can handle; 400 otherwise. */
function checkShape(body: string, contentType: string | undefined): Verdict {
  const malformed = (what: string): Verdict => ({ ok: false, status: 400, kind: 'malformed', msg: `refused a signed Slack request: ${what}` });
  let parsed: unknown;
  try {
    if (contentType === FORM) {
      const form = parseQuery(body);
      if (typeof form.payload === 'string') {
        parsed = JSON.parse(form.payload);
        if (!isObject(parsed) || typeof parsed.type !== 'string') return malformed('its payload is not an interaction');
        return { ok: true };
      }
      if (form.payload !== undefined) return malformed('it has more than one payload');
      parsed = form;
      if (form.command !== undefined && typeof form.command !== 'string') return malformed('its command is not one command');
      return { ok: true };
    }
    parsed = JSON.parse(body);
  } catch {
    return malformed('its body is not valid JSON');
  }
  if (!isObject(parsed)) return malformed('its body is not an object');
  if (parsed.type === 'event_callback') {
    if (!isObject(parsed.event) || typeof parsed.event.type !== 'string') return malformed('an event callback without an event');
    if (typeof parsed.event_id !== 'string') return malformed('an event callback without an event id');
  }
  if (parsed.type === 'url_verification' && typeof parsed.challenge !== 'string') return malformed('a URL verification without a challenge');
  return { ok: true };
}
