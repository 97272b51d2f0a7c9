// env-fields.ts directly: optionalText, optionalEnum, refine/transform chains and object().safeParse (order, all issues).
import { describe, expect, it } from 'vitest';
import { object, optionalEnum, optionalText } from '../src/env-fields.js';

const parse = <S extends Parameters<typeof object>[0]>(shape: S, env: Record<string, string | undefined>) => object(shape).safeParse(env);

describe('optionalText', () => {
  it('trims, and reads empty or blank as not set', () => {
    expect(parse({ A: optionalText, B: optionalText, C: optionalText, D: optionalText }, { A: '  x y ', B: '', C: '   ' })).toEqual({
      success: true,
      data: { A: 'x y', B: undefined, C: undefined, D: undefined },
    });
  });

  it('refuses a value that is not a string', () => {
    const env = { A: 5 } as unknown as Record<string, string>;
    expect(parse({ A: optionalText }, env)).toEqual({ success: false, error: { issues: [{ path: ['A'], message: 'Invalid input: expected string' }] } });
  });
});

describe('optionalEnum', () => {
  const level = optionalEnum(['info', 'debug']);

  it('accepts one of the words exactly, and empty or missing as not set', () => {
    expect(parse({ L: level }, { L: 'debug' })).toEqual({ success: true, data: { L: 'debug' } });
    expect(parse({ L: level }, { L: '' })).toEqual({ success: true, data: { L: undefined } });
    expect(parse({ L: level }, {})).toEqual({ success: true, data: { L: undefined } });
  });

  it('says "Invalid input" for any other value, a padded or differently cased word included', () => {
    for (const v of ['warn', ' info', 'INFO']) {
      expect(parse({ L: level }, { L: v })).toEqual({ success: false, error: { issues: [{ path: ['L'], message: 'Invalid input' }] } });
    }
  });
});

describe('refine and transform', () => {
  const port = optionalText
    .refine((v) => v === undefined || /^\d+$/.test(v), { message: 'must be digits' })
    .transform((v) => (v === undefined ? 8080 : Number(v)))
    .refine((n) => n <= 65535, { message: 'must be at most 65535' });

  it('runs the steps in order on a valid value', () => {
    expect(parse({ PORT: port }, { PORT: ' 3000 ' })).toEqual({ success: true, data: { PORT: 3000 } });
    expect(parse({ PORT: port }, {})).toEqual({ success: true, data: { PORT: 8080 } });
  });

  it('stops a field at its first problem', () => {
    expect(parse({ PORT: port }, { PORT: 'abc' })).toEqual({ success: false, error: { issues: [{ path: ['PORT'], message: 'must be digits' }] } });
    expect(parse({ PORT: port }, { PORT: '70000' })).toEqual({ success: false, error: { issues: [{ path: ['PORT'], message: 'must be at most 65535' }] } });
  });

  it('lets a transform report a problem through ctx.addIssue and stop the field', () => {
    let after = 0;
    const field = optionalText
      .transform((v, ctx) => {
        if (v === 'bad') ctx.addIssue({ code: 'custom', message: 'is bad' });
        return v;
      })
      .transform((v) => (after++, v));
    expect(parse({ F: field }, { F: 'bad' })).toEqual({ success: false, error: { issues: [{ path: ['F'], message: 'is bad' }] } });
    expect(after).toBe(0);
  });
});

describe('object().safeParse', () => {
  it('reports every field with a problem, in the order of the shape, and ignores other keys', () => {
    const shape = { B: optionalEnum(['on', 'off']), A: optionalEnum(['x']), C: optionalText };
    expect(parse(shape, { A: 'y', B: 'maybe', C: 'fine', OTHER: 'z' })).toEqual({
      success: false,
      error: { issues: [{ path: ['B'], message: 'Invalid input' }, { path: ['A'], message: 'Invalid input' }] },
    });
    expect(parse({ C: optionalText }, { C: 'fine', OTHER: 'z' })).toEqual({ success: true, data: { C: 'fine' } });
  });
});
