// terminal/chat.ts, in process: what each typed line becomes for the core (a number picks the last reply's option, a
// slash line is a strict command, anything else a question), the words around the replies, and how the chat ends.
// The end-to-end runs of `chartpath` (test/cli/chat.test.ts) show the same chat as a person sees it.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Who } from '../../src/core/advisor.js';
import type { Input, Reply } from '../../src/contract/index.js';
import { runChat } from '../../src/terminal/chat.js';
import { makeAdvisor } from '../helpers/core.js';

/** Runs the chat over the given lines (then end of input); returns what it wrote and what the core was handed. */
async function chat(lines: string[], who?: Who): Promise<{ out: string; inputs: Input[]; whos: Who[]; replies: Reply[] }> {
  const advisor = makeAdvisor();
  const inputs: Input[] = [];
  const whos: Who[] = [];
  const replies: Reply[] = [];
  const handle = advisor.handle.bind(advisor);
  advisor.handle = async (w, input) => {
    whos.push(w);
    inputs.push(input);
    const reply = await handle(w, input);
    replies.push(reply);
    return reply;
  };
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (d: Buffer) => (out += d.toString()));
  input.end(lines.map((l) => `${l}\n`).join(''));
  await runChat(advisor, { input, output, color: false, ...(who ? { who } : {}) });
  return { out, inputs, whos, replies };
}

describe('runChat', () => {
  it('greets, asks the core each question as text, and says goodbye at the end of the input', async () => {
    const { out, inputs, whos } = await chat(['what is the RHIT?']);
    expect(out.startsWith('ChartPath: career advice for health-information work')).toBe(true);
    expect(out).toContain('Ask a question in your own words, or type /help. /quit leaves.');
    expect(inputs).toEqual([{ kind: 'text', text: 'what is the RHIT?' }]);
    expect(whos).toEqual([{ person: 'local', channel: 'terminal', surface: 'terminal' }]);
    expect(out).toMatch(/you › \nchartpath › [^\n]*RHIT/);
    expect(out).toMatch(/\[1\] /); // numbered follow-ups
    expect(out.endsWith('Goodbye! Your checklist is saved for next time.\n')).toBe(true);
  }, 60_000);

  it("a number picks that option of the last reply (its action); a number with no such option is a question", async () => {
    const { inputs, replies } = await chat(['what is the RHIT?', '1', '2', '99']);
    const first = [...replies[0]!.choices, ...replies[0]!.suggestions];
    const second = [...replies[1]!.choices, ...replies[1]!.suggestions];
    expect(first.length).toBeGreaterThan(0);
    expect(second.length).toBeGreaterThan(1);
    expect(inputs[1]).toEqual({ kind: 'action', payload: first[0]!.action });
    expect(inputs[2]).toEqual({ kind: 'action', payload: second[1]!.action }); // the options of the reply just shown
    expect(inputs[3]).toEqual({ kind: 'text', text: '99' });
  }, 60_000);

  it('a slash line goes to the core as a strict command line; blank lines and surrounding spaces are ignored', async () => {
    const { out, inputs } = await chat(['   ', '  /topics  ', '', '/nonsense']);
    expect(inputs).toEqual([
      { kind: 'line', text: '/topics', strict: true },
      { kind: 'line', text: '/nonsense', strict: true },
    ]);
    expect(out).toMatch(/Certifications:/);
    expect(out).toMatch(/I don't know the command "nonsense"/);
  }, 60_000);

  it('/quit, /exit and /bye (any case), and a bare "exit" or "quit", end the chat; later lines are not read', async () => {
    for (const quit of ['/quit', '/EXIT', '/Bye', 'exit', 'Quit']) {
      const { out, inputs } = await chat(['hello', quit, 'what is the RHIA?']);
      expect(inputs).toEqual([{ kind: 'text', text: 'hello' }]);
      expect(out.endsWith('Goodbye! Your checklist is saved for next time.\n')).toBe(true);
    }
  }, 60_000);

  it('answers as the person it is given', async () => {
    const who: Who = { person: 'someone', channel: 'cli', surface: 'terminal' };
    expect((await chat(['hi'], who)).whos).toEqual([who]);
  }, 60_000);
});
