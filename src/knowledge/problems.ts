// A mistake in the knowledge base, located precisely enough for a curator to fix it.
export interface Problem {
  file: string;
  line?: number | undefined;
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${p.severity === 'error' ? 'error' : 'warning'}  ${where}  ${p.field}: ${p.message}`;
}

export class KnowledgeError extends Error {
  constructor(readonly problems: Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(
      `The knowledge base has ${errors.length} error${errors.length === 1 ? '' : 's'} (run \`chartpath kb check\` for the full list):\n` +
        errors.slice(0, 10).map(formatProblem).join('\n'),
    );
    this.name = 'KnowledgeError';
  }
}
