// EvalDataError: a problem with the evaluation's input, told apart from a crash by its class and name.
import { describe, expect, it } from 'vitest';
import { EvalDataError } from '../../src/eval/errors.js';

describe('EvalDataError', () => {
  it('is an Error with its own name and the message it was given', () => {
    const error = new EvalDataError('accepted.json: not JSON');
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(EvalDataError);
    expect(error.name).toBe('EvalDataError');
    expect(error.message).toBe('accepted.json: not JSON');
    expect(String(error)).toBe('EvalDataError: accepted.json: not JSON');
  });

  it('an ordinary Error is not one', () => {
    expect(new Error('x')).not.toBeInstanceOf(EvalDataError);
  });
});
