import { describe, expect, it } from 'vitest';
import { askedClauses, askingSpans, joinedQuestions, questionSentences, sentenceSpans, splitSentences } from '../../src/nlu/sentences.js';

describe('splitSentences', () => {
  it('splits on full stops, exclamation and question marks followed by a space', () => {
    expect(splitSentences("I'm 52. I did retail for 20 years! Do I need a degree? Thanks")).toEqual([
      "I'm 52.",
      'I did retail for 20 years!',
      'Do I need a degree?',
      'Thanks',
    ]);
  });

  it('splits on line breaks and trims each sentence', () => {
    expect(splitSentences('  first line  \n\n  second line\nthird')).toEqual(['first line', 'second line', 'third']);
  });

  it('does not split inside a number or an abbreviation without a space after the dot', () => {
    expect(splitSentences('ICD-10.CM costs $1.50 each')).toEqual(['ICD-10.CM costs $1.50 each']);
  });

  it('drops pieces with no letter or digit', () => {
    expect(splitSentences('Hello. ... !!! ? World')).toEqual(['Hello.', 'World']);
    expect(splitSentences('   ')).toEqual([]);
  });
});

describe('questionSentences', () => {
  it('keeps the sentences with a question mark', () => {
    expect(questionSentences('I worked in retail for years. Coding sounds good? I like computers.')).toEqual(['Coding sounds good?']);
  });

  it('keeps the sentences that start with a question word, in any case, even without a question mark', () => {
    expect(questionSentences('I am a cashier. How do I become a coder. What does it cost')).toEqual(['How do I become a coder.', 'What does it cost']);
    expect(questionSentences('i like data. can i work from home')).toEqual(['can i work from home']);
  });

  it('needs the question word as a whole word at the start', () => {
    // "Howard", "Isabel" and "Cancel" start with question words but are not questions.
    expect(questionSentences('Howard told me. Isabel agreed. Cancel that. I know what to do.')).toEqual([]);
  });

  it('returns nothing for a message that asks nothing', () => {
    expect(questionSentences('I finished my certificate last week. I start Monday!')).toEqual([]);
  });
});

describe('askedClauses', () => {
  it('keeps only the clause that asks in a sentence of context', () => {
    expect(askedClauses('i work in the medical record department, my father has high sugar, which tablet is good for him')).toEqual([
      'which tablet is good for him',
    ]);
  });

  it('keeps the last clause of a sentence with a question mark, and questions that start a sentence', () => {
    expect(askedClauses("I'm a records clerk. How do I prevent falls? I need ideas, any tips?")).toEqual(['How do I prevent falls?', 'any tips?']);
  });

  it('finds nothing in a message that asks nothing', () => {
    expect(askedClauses('I work in medical records, I like it.')).toEqual([]);
  });
});

describe('joinedQuestions', () => {
  it('splits a sentence that asks two things at the joining word', () => {
    expect(joinedQuestions('what does a coder do and how much do they make')).toEqual(['what does a coder do', 'how much do they make']);
    expect(joinedQuestions("what's the median pay, how fast is the field growing, and how many jobs are there?")).toEqual([
      "what's the median pay",
      'how fast is the field growing',
      'how many jobs are there?',
    ]);
  });
  it('reads past a few words announcing the questions ("3 quick ones:")', () => {
    expect(joinedQuestions("3 quick ones: what's the median pay, how fast is it growing?")).toEqual(["what's the median pay", 'how fast is it growing?']);
    expect(joinedQuestions('Two things: how long is the CCA exam and what does it cost')).toEqual(['how long is the CCA exam', 'what does it cost']);
    // A hedge before the first question word ("So: roughly how long...").
    expect(joinedQuestions('So: roughly how long do certificate programs take, and which program do I need for the RHIT?')).toEqual([
      'So: roughly how long do certificate programs take',
      'which program do I need for the RHIT?',
    ]);
    // A subject before the colon is no announcement: its questions are asked of it.
    expect(joinedQuestions('CPC exam: how long is it, and what does it cost?')).toEqual([]);
    // A colon after a longer statement is no announcement.
    expect(joinedQuestions('I have been a records clerk for nine years now and wonder: what is the CCA, and how do I prepare')).toEqual([]);
  });
  it('leaves one question, and a statement with "and", alone', () => {
    expect(joinedQuestions('how long do hospitals keep records and charts?')).toEqual([]);
    expect(joinedQuestions('I work days and what I want is a remote job')).toEqual([]);
  });
});

describe('sentenceSpans and askingSpans', () => {
  const story =
    'So I did two years as a nurse aide and honestly the constant patient contact wore me out. I like puzzles and I am good with computers, and my friends keep telling me to try something quieter. How much of the job is talking to people and how much is at a desk?';

  it('sentenceSpans: where each sentence stands in the text', () => {
    const spans = sentenceSpans('First one.  Second?\nThird');
    expect(spans.map(([s, e]) => 'First one.  Second?\nThird'.slice(s, e))).toEqual(['First one.', 'Second?', 'Third']);
  });

  it('askingSpans: in a long story, only the sentences that ask', () => {
    expect(askingSpans(story)?.map(([s, e]) => story.slice(s, e))).toEqual(['How much of the job is talking to people and how much is at a desk?']);
  });

  it('askingSpans: nothing for a short message, or a story that asks nothing or little else', () => {
    expect(askingSpans('I was a nurse. Is it a good job?')).toBeUndefined();
    expect(askingSpans(story.replace('?', '.').replace('How much', 'Most'))).toBeUndefined();
    const allQuestions = 'What is the exam like for people like me? Why would anyone take it this year? How long is it exactly? When do the results come out? Where do you sit for it? Who runs the testing centers? Is it hard for a beginner? Is it paid by the employer?';
    expect(allQuestions.split(/\s+/).length).toBeGreaterThanOrEqual(40);
    expect(askingSpans(allQuestions)).toBeUndefined();
  });
});
