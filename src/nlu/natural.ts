// The parts of `natural` ChartPath uses. The package index takes ~0.8 s to load, pulls in dotenv (which prints to
// stdout), and would break `--json` output and the start-up target, so only the Porter stemmer's own modules load.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface Stemmer {
  stem(token: string): string;
}
interface Tokenizer {
  tokenize(text: string): string[];
}

export const PorterStemmer = require('natural/lib/natural/stemmers/porter_stemmer.js') as Stemmer;

// natural's WordTokenizer is this split and nothing more (split on the gaps, then `_.without(parts, '', ' ')`):
// written out here because its module loads underscore and natural's other tokenizers, a fifth of a one-question
// start. test/nlu/natural.test.ts checks it against natural's own on the same texts.
const WORD_GAPS = /[^A-Za-zА-Яа-я0-9_]+/;
export const wordTokenizer: Tokenizer = {
  tokenize: (text) => text.split(WORD_GAPS).filter((part) => part !== '' && part !== ' '),
};
