// LogLimiter: the first warning of a kind is logged, repeats within the window are counted, the next one reports the count.
import { describe, expect, it } from 'vitest';
import { LogLimiter } from '../../../adapters/slack/log-limit.js';
import { recordingLogger } from '../../helpers/logger.js';

function limiter(everyMs = 60_000) {
  const log = recordingLogger();
  let t = 1_000_000;
  const clock = { advance: (ms: number) => void (t += ms) };
  return { log, clock, limit: new LogLimiter(log, everyMs, () => t) };
}

describe('LogLimiter', () => {
  it('writes the first warning of a kind as given, at warn level', () => {
    const { log, limit } = limiter();
    limit.warn('bad-signature', { ip: '127.0.0.1' }, 'rejected a request');
    expect(log.entries).toEqual([{ level: 'warn', obj: { ip: '127.0.0.1' }, msg: 'rejected a request' }]);
  });

  it('drops repeats of the same kind inside the window', () => {
    const { log, clock, limit } = limiter();
    limit.warn('bad-signature', {}, 'rejected');
    clock.advance(1_000);
    limit.warn('bad-signature', {}, 'rejected');
    clock.advance(58_999);
    limit.warn('bad-signature', {}, 'rejected');
    expect(log.entries).toHaveLength(1);
  });

  it('once the window has passed, logs again and says how many were left out', () => {
    const { log, clock, limit } = limiter();
    limit.warn('too-large', { bytes: 1 }, 'body too large');
    limit.warn('too-large', { bytes: 2 }, 'body too large');
    limit.warn('too-large', { bytes: 3 }, 'body too large');
    clock.advance(60_000);
    limit.warn('too-large', { bytes: 4 }, 'body too large');
    expect(log.entries).toHaveLength(2);
    expect(log.entries[1]).toEqual({
      level: 'warn',
      obj: { bytes: 4, suppressed: 2 },
      msg: 'body too large (2 more like it in the last minute were not logged)',
    });
  });

  it('resets the count after reporting it', () => {
    const { log, clock, limit } = limiter();
    limit.warn('k', {}, 'm');
    limit.warn('k', {}, 'm');
    clock.advance(60_000);
    limit.warn('k', {}, 'm');
    clock.advance(60_000);
    limit.warn('k', {}, 'm');
    expect(log.entries.map((e) => e.msg)).toEqual(['m', 'm (1 more like it in the last minute were not logged)', 'm']);
    expect(log.entries[2]?.obj).toEqual({});
  });

  it('limits each kind separately', () => {
    const { log, limit } = limiter();
    limit.warn('bad-signature', {}, 'a');
    limit.warn('malformed', {}, 'b');
    limit.warn('bad-signature', {}, 'a');
    expect(log.entries.map((e) => e.msg)).toEqual(['a', 'b']);
  });

  it('honours a custom window', () => {
    const { log, clock, limit } = limiter(10);
    limit.warn('k', {}, 'm');
    clock.advance(9);
    limit.warn('k', {}, 'm');
    clock.advance(1);
    limit.warn('k', {}, 'm');
    expect(log.entries).toHaveLength(2);
    expect(log.entries[1]?.obj).toEqual({ suppressed: 1 });
  });
});
