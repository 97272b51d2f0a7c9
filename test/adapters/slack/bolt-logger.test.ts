// boltLogger: Bolt's logger interface mapped onto ours; debug is dropped, levels filter, errors are kept as err.
import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { boltLogger } from '../../../adapters/slack/bolt-logger.js';
import { recordingLogger } from '../../helpers/logger.js';

describe('boltLogger', () => {
  it('joins string arguments into one message under the component name', () => {
    const log = recordingLogger();
    boltLogger(log).info('socket', 'connected', 3);
    expect(log.entries).toEqual([{ level: 'info', obj: { component: 'slack-sdk' }, msg: 'socket connected 3' }]);
  });

  it('never writes debug output (it would carry whole request bodies)', () => {
    const log = recordingLogger();
    const l = boltLogger(log);
    l.setLevel(LogLevel.DEBUG);
    l.debug('body', '{"text":"my salary is"}');
    expect(log.entries).toEqual([]);
  });

  it('starts at info level', () => {
    expect(boltLogger(recordingLogger()).getLevel()).toBe(LogLevel.INFO);
  });

  it('passes the first Error as err and puts its message in the text', () => {
    const log = recordingLogger();
    const first = new Error('boom');
    boltLogger(log, 'bolt-app').error('failed:', first, new Error('second'));
    expect(log.entries).toHaveLength(1);
    expect(log.entries[0]).toEqual({ level: 'error', obj: { component: 'bolt-app', err: first }, msg: 'failed: boom second' });
  });

  it('caps the message at 500 characters', () => {
    const log = recordingLogger();
    boltLogger(log).warn('x'.repeat(600));
    expect(log.entries[0]?.msg).toBe('x'.repeat(500));
  });

  it('leaves out undefined arguments', () => {
    const log = recordingLogger();
    boltLogger(log).warn('a', undefined, 'b');
    expect(log.entries[0]?.msg).toBe('a b');
  });

  it('at warn level drops info but keeps warn and error', () => {
    const log = recordingLogger();
    const l = boltLogger(log);
    l.setLevel(LogLevel.WARN);
    l.info('i');
    l.warn('w');
    l.error('e');
    expect(log.entries.map((e) => [e.level, e.msg])).toEqual([['warn', 'w'], ['error', 'e']]);
    expect(l.getLevel()).toBe(LogLevel.WARN);
  });

  it('at error level writes errors only', () => {
    const log = recordingLogger();
    const l = boltLogger(log);
    l.setLevel(LogLevel.ERROR);
    l.info('i');
    l.warn('w');
    l.error('e');
    expect(log.entries.map((e) => e.level)).toEqual(['error']);
  });

  it('at debug level still writes info', () => {
    const log = recordingLogger();
    const l = boltLogger(log);
    l.setLevel(LogLevel.DEBUG);
    l.info('i');
    expect(log.entries.map((e) => e.level)).toEqual(['info']);
  });

  it('uses the name given by setName from then on', () => {
    const log = recordingLogger();
    const l = boltLogger(log);
    l.setName('socket-mode');
    l.info('hello');
    expect(log.entries[0]?.obj).toEqual({ component: 'socket-mode' });
  });
});
