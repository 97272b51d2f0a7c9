// A small validator for environment settings, shaped like the part of zod that src/config.ts used (text fields,
// refine, transform with ctx.addIssue, an object's safeParse) so the schema reads the same. Why not zod itself: loading
// zod costs about as long as starting Node, and every command reads its settings first, `chartpath ask` included.
// Messages are the config's own; a value outside an enum says "Invalid input", as zod's union did.

export const NEVER: never = Symbol('never') as never;
const INVALID = Symbol('invalid');

export interface Issue {
  path: string[];
  message: string;
}

export interface Ctx {
  addIssue(issue: { code: 'custom'; message: string }): void;
}

type Step = (value: unknown, ctx: Ctx) => unknown;

/** One setting: its steps run in order; the first problem stops the field, as a failed check stopped zod's chain. */
export class Field<T> {
  private constructor(private readonly steps: readonly Step[]) {}

  static of<T>(step: Step): Field<T> {
    return new Field<T>([step]);
  }

  refine(check: (value: T) => boolean, opts: { message: string }): Field<T> {
    return new Field<T>([...this.steps, (v, ctx) => (check(v as T) ? v : (ctx.addIssue({ code: 'custom', message: opts.message }), NEVER))]);
  }

  transform<U>(fn: (value: T, ctx: Ctx) => U): Field<U> {
    return new Field<U>([...this.steps, (v, ctx) => fn(v as T, ctx)]);
  }

  /** The value, or INVALID with the problem added to issues. */
  run(raw: unknown, key: string, issues: Issue[]): T | typeof INVALID {
    let failed = false;
    const ctx: Ctx = {
      addIssue: (issue) => {
        failed = true;
        issues.push({ path: [key], message: issue.message });
      },
    };
    let v = raw;
    for (const step of this.steps) {
      v = step(v, ctx);
      if (failed || v === NEVER) return INVALID;
    }
    return v as T;
  }
}

/** An optional text setting, trimmed; empty means not set. */
export const optionalText: Field<string | undefined> = Field.of((v, ctx) => {
  if (v === undefined) return undefined;
  if (typeof v !== 'string') {
    ctx.addIssue({ code: 'custom', message: 'Invalid input: expected string' });
    return NEVER;
  }
  const t = v.trim();
  return t === '' ? undefined : t;
});

/** One of the given words exactly (not trimmed), or empty / not set. */
export function optionalEnum<const W extends string>(words: readonly W[]): Field<W | undefined> {
  return Field.of((v, ctx) => {
    if (v === undefined || v === '') return undefined;
    if (typeof v === 'string' && (words as readonly string[]).includes(v)) return v;
    ctx.addIssue({ code: 'custom', message: 'Invalid input' });
    return NEVER;
  });
}

type Shape = Record<string, Field<unknown>>;
type Parsed<S extends Shape> = { [K in keyof S]: S[K] extends Field<infer T> ? T : never };

/** Every field read from env (other keys ignored); all problems reported together, in the order of the fields. */
export function object<S extends Shape>(shape: S) {
  return {
    safeParse(env: Record<string, string | undefined>): { success: true; data: Parsed<S> } | { success: false; error: { issues: Issue[] } } {
      const issues: Issue[] = [];
      const data: Record<string, unknown> = {};
      for (const key of Object.keys(shape)) {
        const v = shape[key]!.run(env[key], key, issues);
        if (v !== INVALID) data[key] = v;
      }
      return issues.length ? { success: false, error: { issues } } : { success: true, data: data as Parsed<S> };
    },
  };
}
