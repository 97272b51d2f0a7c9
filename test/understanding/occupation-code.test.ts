// knowledge/vocabulary.yml reads "O*NET code" as O*NET's occupation number: asking for the occupation's number is
// a question about job titles, while asking for a diagnosis or procedure code is still declined as a code lookup.
import { describe, expect, it } from 'vitest';
import { conversation } from '../helpers/conversation.js';

const { last } = conversation();

describe("an occupation's O*NET code is not a code lookup", () => {
  it.each(["what's the O*NET code for this job?", 'onet code for records clerks'])('"%s" is the job titles topic', (text) => {
    expect(last(text).intent?.id).toBe('job-titles');
  });
  it('a diagnosis code is still declined, fresh and after the job titles', () => {
    expect(last("what's the code for hypertension").intent?.id).toBe('decline-code-lookup');
    expect(last("what's the O*NET code for this job?", "what's the code for hypertension").intent?.id).toBe('decline-code-lookup');
  });
});
