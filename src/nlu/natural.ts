// The parts of `natural` ChartPath uses, loaded one module at a time: the package index takes ~0.8 s to load,
// pulls in dotenv (which prints to stdout), and would break `--json` output and the start-up target.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface Stemmer {
  stem(token: string): string;
}
interface Tokenizer {
  tokenize(text: string): string[];
}

export const PorterStemmer = require('natural/lib/natural/stemmers/porter_stemmer.js') as Stemmer;
const { WordTokenizer } = require('natural/lib/natural/tokenizers/regexp_tokenizer.js') as { WordTokenizer: new () => Tokenizer };
export const wordTokenizer: Tokenizer = new WordTokenizer();

interface DistanceOptions {
  insertion_cost?: number;
  deletion_cost?: number;
  substitution_cost?: number;
}
const distances = require('natural/lib/natural/distance/levenshtein_distance.js') as {
  DamerauLevenshteinDistance(a: string, b: string, options?: DistanceOptions): number;
};
export const damerauLevenshtein = (a: string, b: string): number => distances.DamerauLevenshteinDistance(a, b);
