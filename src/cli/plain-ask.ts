// `chartpath ask [--json] <words>` with nothing commander would read differently (no other option, no "--"): such a
// command line runs without loading commander. Scripts start this one most often, and the option parser was a tenth of
// its start. Every other command line, and this one's mistakes (no question), go through commander as before.

export interface PlainAsk {
  question: string;
  json: boolean;
}

export function plainAsk(argv: string[]): PlainAsk | undefined {
  if (argv[0] !== 'ask' || argv.slice(1).some((a) => a !== '--json' && a.startsWith('-'))) return undefined;
  const json = argv.includes('--json');
  const question = argv.slice(1).filter((a) => a !== '--json').join(' ');
  return question.trim() || json ? { question, json } : undefined;
}
