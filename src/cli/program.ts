// The `chartpath` commands as commander reads them (README.md "Command line"); main.ts loads this for every command
// line but the plain `ask` (see there).
import { Command } from 'commander';
import { loadConfig, loadDotEnv } from '../config.js';
// A type only (erased at build): the eval code itself is still loaded when `chartpath eval` runs, never before.
import type { EvalCliOptions } from '../eval/command.js';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('chartpath')
    .description('A career advisor for health-information careers: records clerk, health information technician, coder, health data analyst.')
    .showHelpAfterError()
    .action(async () => {
      const { boot } = await import('../boot.js');
      const { runChat } = await import('../terminal/chat.js');
      const core = await boot({ defaultLogLevel: 'error' });
      await runChat(core.advisor);
      await core.store.close();
    });

  program
    .command('start')
    .description('start every surface whose tokens are set (Discord, Slack), or the terminal chat when none are')
    .action(async () => {
      const { start } = await import('../start.js');
      await start();
    });

  program
    .command('ask')
    .description('answer one question; with --json and no question, answer each line of standard input')
    .argument('[question...]', 'the question (quote it, or leave it out to read standard input)')
    .option('--json', 'print JSON: one object, or one object per input line')
    .action(async (words: string[], opts: { json?: boolean }) => {
      const question = words.join(' ');
      if (!question.trim() && !opts.json) {
        program.error('Give a question, for example: chartpath ask "what is the RHIT?" (or use --json to read one question per line from standard input)');
      }
      const { runAsk } = await import('./run-ask.js');
      await runAsk(question, Boolean(opts.json));
    });

  program
    .command('checklist')
    .description('show or change a checklist from a script (the terminal chat is user "local")')
    .argument('[action]', 'show, start, done, undo or reset', 'show')
    .argument('[step]', 'the step number or id, for done and undo')
    .option('--user <id>', 'whose checklist', 'local')
    .option('--goal <goal>', 'for start: the goal (a plan id, e.g. rhit)')
    .option('--education <level>', 'for start: none, high-school, some-college, associate or bachelor')
    .option('--experience <level>', 'for start: none, office or healthcare')
    .option('--json', 'print JSON')
    .action(async (action: string, step: string | undefined, opts: { user: string; goal?: string; education?: string; experience?: string; json?: boolean }) => {
      const { boot } = await import('../boot.js');
      const { runChecklistCli } = await import('./checklist.js');
      const core = await boot({ defaultLogLevel: 'warn', noRateLimit: true });
      process.exitCode = await runChecklistCli(core.advisor, action, step, opts, process.stdout);
      await core.store.close();
    });

  program
    .command('review')
    .description('review questions the bot could not answer: group them, add them as examples, or mark them out of scope')
    .option('--list', 'list the open groups and exit')
    .option('--json', 'with --list: print JSON')
    .option('--add <group>', 'add the questions of this group number as examples...')
    .option('--to <intent>', '...to this intent')
    .option('--out-of-scope <group>', 'mark this group number as out of scope')
    .action(async (opts: { list?: boolean; json?: boolean; add?: string; to?: string; outOfScope?: string }) => {
      const { loadConfig, loadDotEnv } = await import('../config.js');
      const { openStore } = await import('../store/open.js');
      const { silentLogger } = await import('../log.js');
      const { runReview } = await import('./review.js');
      loadDotEnv();
      const config = loadConfig();
      const store = await openStore(config, silentLogger);
      try {
        process.exitCode = await runReview(config.knowledgeDir, store, opts, { input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY) });
      } finally {
        await store.close();
      }
    });

  program
    .command('eval')
    .description('measure answer quality by the facts in each reply: question sets fresh and after an opener, cross-validation, a topicMass sweep and an HTML report; --gate checks against eval/accepted.json')
    .option('--folds <k>', 'cross-validation folds (default 5)')
    .option('--seed <n>', 'seed of the fold split (default 1)')
    .option('--dev <file>', "the maintainers' development set (default ../shared/eval/dev-questions.jsonl)")
    .option('--tune <file>', 'tuning set (default eval/tune/questions.jsonl)')
    .option('--tune2 <file>', 'second tuning set (default eval/tune2/questions.jsonl)')
    .option('--holdout <file>', 'held-out set, never tuned on (default eval/holdout/questions.jsonl)')
    .option('--holdout2 <file>', 'second held-out set, written blind, never tuned on (default eval/holdout2/questions.jsonl)')
    .option('--holdout3 <file>', 'third held-out set, written blind, never tuned on (default eval/holdout3/questions.jsonl)')
    .option('--tune3 <file>', 'third tuning set, career-site style (default eval/tune3/questions.jsonl)')
    .option('--tune4 <file>', 'fourth tuning set, weighted to conversations (default eval/tune4/questions.jsonl)')
    .option('--tune5 <file>', 'fifth tuning set, twin of holdout5 (default eval/tune5/questions.jsonl)')
    .option('--holdout5 <file>', 'fifth held-out set, twin of tune5, never tuned on (default eval/holdout5/questions.jsonl)')
    .option('--tune6 <file>', 'sixth tuning set, terse style, twin of holdout6 (default eval/tune6/questions.jsonl)')
    .option('--tune7 <file>', 'seventh tuning set, follow-up conversations (default eval/tune7/questions.jsonl)')
    .option('--tune8 <file>', 'eighth tuning set, twin of holdout8 (default eval/tune8/questions.jsonl)')
    .option('--holdout8 <file>', 'eighth held-out set, twin of tune8, never tuned on (default eval/holdout8/questions.jsonl)')
    .option('--holdout9 <file>', 'ninth held-out set, written blind, never tuned on (default eval/holdout9/questions.jsonl)')
    .option('--tune9 <file>', 'ninth tuning set, twin of holdout10 (default eval/tune9/questions.jsonl)')
    .option('--tune10 <file>', 'tenth tuning set, eighty conversations (default eval/tune10/questions.jsonl)')
    .option('--holdout10 <file>', 'tenth held-out set, twin of tune9, never tuned on (default eval/holdout10/questions.jsonl)')
    .option('--tune11 <file>', 'eleventh tuning set, a hundred conversations (default eval/tune11/questions.jsonl)')
    .option('--tune12 <file>', 'twelfth tuning set, a hundred conversations in chat style (default eval/tune12/questions.jsonl)')
    .option('--tune13 <file>', 'thirteenth tuning set, a hundred longer conversations (default eval/tune13/questions.jsonl)')
    .option('--holdout11 <file>', 'eleventh held-out set, never tuned on (default eval/holdout11/questions.jsonl)')
    .option('--tune14 <file>', 'fourteenth tuning set, a hundred conversations weighted to narrow follow-ups (default eval/tune14/questions.jsonl)')
    .option('--holdout12 <file>', 'twelfth held-out set, never tuned on (default eval/holdout12/questions.jsonl)')
    .option('--tune15 <file>', 'fifteenth tuning set, a hundred study-server conversations (default eval/tune15/questions.jsonl)')
    .option('--holdout13 <file>', 'thirteenth held-out set, never tuned on (default eval/holdout13/questions.jsonl)')
    .option('--tune16 <file>', 'sixteenth tuning set, a hundred conversations from people at every stage (default eval/tune16/questions.jsonl)')
    .option('--holdout14 <file>', 'fourteenth held-out set, never tuned on (default eval/holdout14/questions.jsonl)')
    .option('--tune17 <file>', 'seventeenth tuning set, a hundred conversations: follow-ups, moves, comparisons, going back (default eval/tune17/questions.jsonl)')
    .option('--holdout15 <file>', 'fifteenth held-out set, never tuned on (default eval/holdout15/questions.jsonl)')
    .option('--tune18 <file>', 'eighteenth tuning set, a hundred conversations: long and terse follow-ups, unusual words, going back (default eval/tune18/questions.jsonl)')
    .option('--holdout16 <file>', 'sixteenth held-out set, never tuned on (default eval/holdout16/questions.jsonl)')
    .option('--tune19 <file>', 'nineteenth tuning set, a hundred conversations replying as to a coworker (default eval/tune19/questions.jsonl)')
    .option('--holdout17 <file>', 'seventeenth held-out set, never tuned on (default eval/holdout17/questions.jsonl)')
    .option('--tune20 <file>', 'twentieth tuning set, a hundred conversations (default eval/tune20/questions.jsonl)')
    .option('--holdout18 <file>', 'eighteenth held-out set, never tuned on (default eval/holdout18/questions.jsonl)')
    .option('--tune21 <file>', 'twenty-first tuning set, a hundred conversations (default eval/tune21/questions.jsonl)')
    .option('--holdout19 <file>', 'nineteenth held-out set, never tuned on (default eval/holdout19/questions.jsonl)')
    .option('--tune22 <file>', 'twenty-second tuning set, a hundred conversations (default eval/tune22/questions.jsonl)')
    .option('--holdout20 <file>', 'twentieth held-out set, never tuned on (default eval/holdout20/questions.jsonl)')
    .option('--tune23 <file>', 'twenty-third tuning set (default eval/tune23/questions.jsonl)')
    .option('--holdout21 <file>', 'twenty-first held-out set, never tuned on (default eval/holdout21/questions.jsonl)')
    .option('--holdout22 <file>', 'twenty-second held-out set, never tuned on (default eval/holdout22/questions.jsonl)')
    .option('--tune24 <file>', 'twenty-fourth tuning set (default eval/tune24/questions.jsonl)')
    .option('--holdout23 <file>', 'twenty-third held-out set, never tuned on (default eval/holdout23/questions.jsonl)')
    .option('--holdout24 <file>', 'twenty-fourth held-out set, never tuned on (default eval/holdout24/questions.jsonl)')
    .option('--tune25 <file>', 'twenty-fifth tuning set (default eval/tune25/questions.jsonl)')
    .option('--holdout25 <file>', 'twenty-fifth held-out set, never tuned on (default eval/holdout25/questions.jsonl)')
    .option('--holdout26 <file>', 'twenty-sixth held-out set, never tuned on (default eval/holdout26/questions.jsonl)')
    .option('--tune26 <file>', 'twenty-sixth tuning set: careers named in passing (default eval/tune26/questions.jsonl)')
    .option('--tune27 <file>', 'twenty-seventh tuning set: follow-ups in other topics\' words (default eval/tune27/questions.jsonl)')
    .option('--holdout27 <file>', 'twenty-seventh held-out set, never tuned on (default eval/holdout27/questions.jsonl)')
    .option('--holdout28 <file>', 'twenty-eighth held-out set, never tuned on (default eval/holdout28/questions.jsonl)')
    .option('--holdout6 <file>', 'sixth held-out set, twin of tune6, never tuned on (default eval/holdout6/questions.jsonl)')
    .option('--holdout4 <file>', 'fourth held-out set, twin of tune3, never tuned on (default eval/holdout4/questions.jsonl)')
    .option('--report <file>', 'where to write the HTML report (default reports/eval.html)')
    .option('--no-report', 'do not write the report')
    .option('--json', 'print one JSON object with the figures instead of the tables')
    .option('--gate', 'fail (exit 1) when a figure dropped more than the tolerance below eval/accepted.json')
    .option('--accept', 'record the current figures in eval/accepted.json')
    .option('--accepted <file>', 'the accepted figures (default eval/accepted.json)')
    .option('--tolerance <points>', 'how many points a figure may drop (default 1.5)')
    .option('--intent-tolerance <points>', "how many points an intent's CV recall may drop before it is named (default 15)")
    .option('--knowledge <dir>', 'the knowledge folder (default KNOWLEDGE_DIR or knowledge/)')
    .action(async (opts: EvalCliOptions) => {
      const { runEvalCommand } = await import('../eval/command.js');
      process.exitCode = await runEvalCommand(opts);
    });

  program
    .command('warm')
    .description('compile the knowledge base now (validate, train) into DATA_DIR/cache, so every start is fast (npm install and npm run build run this)')
    .option('--quiet', 'print nothing, and never fail (for install scripts)')
    .action(async (opts: { quiet?: boolean }) => {
      try {
        const started = performance.now();
        const { boot } = await import('../boot.js');
        const core = await boot({ memory: true, defaultLogLevel: 'error', noRateLimit: true });
        const k = core.knowledge!;
        const how = k.from === 'bundle' ? 'was already compiled' : k.written ? 'compiled' : 'compiled but could not be written';
        if (!opts.quiet) process.stdout.write(`Knowledge bundle ${how} in ${Math.round(performance.now() - started)} ms (${k.file}).\n`);
      } catch (error) {
        if (!opts.quiet) throw error;
      }
    });

  const kb = program.command('kb').description('knowledge base tools');
  kb.command('check')
    .description('check every knowledge file and report mistakes with file, line and field')
    .action(async () => {
      loadDotEnv();
      const config = loadConfig();
      const { runKbCheck } = await import('./kb-check.js');
      process.exitCode = runKbCheck(config.knowledgeDir);
    });

  return program;
}
