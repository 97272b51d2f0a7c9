// plain-ask.ts: which command lines are a plain `ask` (run without the option parser, and from the build's script).
import { describe, expect, it } from 'vitest';
import { plainAsk } from '../../src/cli/plain-ask.js';

describe('plainAsk', () => {
  it('a question, with or without --json anywhere, is a plain ask; its words are joined', () => {
    expect(plainAsk(['ask', 'what', 'is', 'the', 'rhit'])).toEqual({ question: 'what is the rhit', json: false });
    expect(plainAsk(['ask', '--json', 'what is the rhit'])).toEqual({ question: 'what is the rhit', json: true });
    expect(plainAsk(['ask', 'what is the rhit', '--json'])).toEqual({ question: 'what is the rhit', json: true });
  });

  it('--json alone is a plain ask of standard input (an empty question)', () => {
    expect(plainAsk(['ask', '--json'])).toEqual({ question: '', json: true });
  });

  it('anything commander would read differently is not: another option, "--", no question, another command', () => {
    expect(plainAsk(['ask', '--help'])).toBeUndefined();
    expect(plainAsk(['ask', '--', 'what is the rhit'])).toBeUndefined();
    expect(plainAsk(['ask'])).toBeUndefined();
    expect(plainAsk(['ask', '   '])).toBeUndefined();
    expect(plainAsk(['checklist', 'show'])).toBeUndefined();
    expect(plainAsk([])).toBeUndefined();
  });
});
