import { describe, expect, it } from 'vitest';
import { formatProblem, KnowledgeError, type Problem } from '../../src/knowledge/problems.js';

const problem = (over: Partial<Problem> = {}): Problem => ({ file: 'topics/role/pay.md', field: 'sources', message: 'needs at least one source', severity: 'error', ...over });

describe('formatProblem', () => {
  it('names the file and line, the field and the message, after the severity', () => {
    expect(formatProblem(problem({ line: 12 }))).toBe('error  topics/role/pay.md:12  sources: needs at least one source');
  });
  it('leaves the line out when it is not known, and says "warning" for a warning', () => {
    expect(formatProblem(problem({ severity: 'warning' }))).toBe('warning  topics/role/pay.md  sources: needs at least one source');
  });
});

describe('KnowledgeError', () => {
  it('counts the errors (not the warnings) and lists them, pointing to kb check', () => {
    const e = new KnowledgeError([problem(), problem({ severity: 'warning', field: 'examples' }), problem({ field: 'title', message: 'is missing' })]);
    expect(e.name).toBe('KnowledgeError');
    expect(e.message.split('\n')[0]).toBe('The knowledge base has 2 errors (run `chartpath kb check` for the full list):');
    expect(e.message).toContain('title: is missing');
    expect(e.message).not.toContain('examples:');
    expect(e.problems).toHaveLength(3);
  });
  it('says "1 error" for one, and lists at most ten', () => {
    expect(new KnowledgeError([problem()]).message).toContain('has 1 error (');
    const many = Array.from({ length: 14 }, (_, i) => problem({ field: `f${i}` }));
    expect(new KnowledgeError(many).message.split('\n')).toHaveLength(11);
  });
});
