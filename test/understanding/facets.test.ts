import { describe, expect, it } from 'vitest';
import { LEAD_PART, layoutAnswer } from '../../src/knowledge/parts.js';
import { askedPart, facetsAsked, fallbackPart, partFor, FACETS, FALLBACK_FACETS } from '../../src/understanding/facets.js';

const names = (text: string) => facetsAsked(text).map((f) => f.name);
const facet = (name: string) => FACETS.find((f) => f.name === name)!;

const credential = layoutAnswer(
  [
    'The **XYZ** is a credential. It costs a reasonable fee.',
    '',
    '- **Who awards it:** the XYZ Association, founded in 1928.',
    '- **Eligibility:** a high school diploma.',
    '- **The exam:** 2 hours, 105 questions, taken online with a remote proctor.',
    '- **Keeping it:** 20 CEUs every two years.',
    '',
    'Confirm on the website.',
  ].join('\n'),
);

const program = layoutAnswer(
  [
    'A certificate program is short.',
    '',
    '- **What you study:** terminology and coding.',
    '- **Where:** community colleges; usually $3,000 to $5,000 in all.',
    '- **Typical path:** 9 months full time.',
  ].join('\n'),
);

describe('facetsAsked', () => {
  it('reads "how long is the exam?" as the exam, not as a length', () => {
    expect(names('how long is the exam?')).toEqual(['exam']);
  });

  it('reads how long a program takes as a length', () => {
    expect(names('how long does the program take')).toEqual(['length']);
    expect(names('how many months is it')).toEqual(['length']);
  });

  it('reads cost words, in any case', () => {
    for (const q of ['what does it cost', 'What are the FEES', 'is it expensive', 'can I afford it', 'how much is it', 'what is the tuition']) {
      expect(names(q), q).toContain('cost');
    }
  });

  it('"how much they get" is what people earn, not a price', () => {
    expect(names('And the lowest and highest people, how much they get?')).toEqual(['range']);
    expect(names('how much do coders take home')).not.toContain('cost');
    expect(names('how much to get the CPC?')).toContain('cost');
  });

  it('does not read "how much time" or "how much experience" as a cost', () => {
    expect(names('how much time does it take')).not.toContain('cost');
    expect(names('how much experience do I need')).not.toContain('cost');
  });

  it('reads the history of an organisation, not its length', () => {
    expect(names('how long has AHIMA been around')).toEqual(['history']);
    expect(names('when was it founded')).toEqual(['history']);
  });

  it('reads eligibility, renewal and who awards a credential', () => {
    expect(names('do I qualify')).toEqual(['eligibility']);
    expect(names('is she on one of the recommended paths')).toEqual(['eligibility']);
  });
  it('reads "And CCS exam, how long is it?" as the exam, and "how long is the exam prep?" as a length too', () => {
    expect(names('And CCS exam, how long is it?')).toEqual(['exam']);
    expect(names('how long is the program before the exam, is it long?')).toContain('length');
    expect(names('how do I renew it')).toEqual(['renewal']);
    expect(names('who awards the credential')).toEqual(['issuer']);
    expect(names('Who is checking that hospitals follow it?')).toContain('issuer');
    expect(names('who makes sure clinics follow HIPAA')).toContain('issuer');
  });

  it('reads "does it cover stuff like wheelchairs" as what a thing covers', () => {
    expect(names('does it cover stuff like wheelchairs')).toContain('covers');
    expect(names('does level 2 include things such as ambulance rides')).toContain('covers');
    expect(names('does it cover me')).not.toContain('covers');
  });

  it('reads "once I\'m eligible" as when, not as eligibility asked: the booking window is', () => {
    expect(names('k and once im eligible how long do i have to book it')).not.toContain('eligibility');
    expect(names('k and once im eligible how long do i have to book it')[0]).toBe('timing');
    expect(names("Once I'm approved as eligible, how long do I have to schedule it?")).not.toContain('eligibility');
    expect(names('am i eligible')).toEqual(['eligibility']);
  });

  it('reads the clipped words of chat: "exam elig?", "prereqs?"', () => {
    expect(names('exam elig?')).toContain('eligibility');
    expect(names('prereqs?')).toEqual(['eligibility']);
    expect(names('prereq for the cca')).toEqual(['eligibility']);
  });

  it('reads "do I need to be a nurse first?" as eligibility (something required before), not "be a nurse" alone', () => {
    expect(names('do i need to be a nurse first?')).toEqual(['eligibility']);
    expect(names('do you have to be a coder before?')).toEqual(['eligibility']);
    expect(names('i want to be a nurse')).toEqual([]);
  });

  it('finds several facets in one question, the exam after what is asked of it', () => {
    expect(names('how much is the exam fee')).toEqual(['cost', 'exam']);
  });

  it('finds nothing in a question that asks for no part', () => {
    expect(names('what is a medical records clerk')).toEqual([]);
    // Whole words: "contest" is not a test, "costume" not a cost.
    expect(names('a contest costume')).toEqual([]);
  });
});

describe('partFor and askedPart', () => {
  it('finds the part whose label answers the facet', () => {
    expect(partFor(credential, facet('exam'))?.label).toBe('The exam');
    expect(partFor(credential, facet('renewal'))?.label).toBe('Keeping it');
    expect(partFor(credential, facet('eligibility'))?.label).toBe('Eligibility');
  });

  it("falls back to a part's text when no label names the facet", () => {
    expect(partFor(program, facet('cost'))?.label).toBe('Where');
    expect(partFor(program, facet('length'))?.label).toBe('Typical path');
    expect(partFor(credential, facet('history'))?.label).toBe('Who awards it');
    expect(partFor(credential, facet('online'))?.label).toBe('The exam');
  });

  it('finds who owns or runs something in the part that says whom it belongs to ("exams belong to CCHIIM")', () => {
    const exams = layoutAnswer('How the exams work.\n\n- **Formats:** multiple choice and cases.\n- **AHIMA:** exams belong to its certification commission (CCHIIM).');
    expect(partFor(exams, facet('issuer'))?.label).toBe('AHIMA');
    expect(askedPart('and who actually owns them?', exams)?.part.label).toBe('AHIMA');
  });

  it('finds nothing when the topic has no part for the facet', () => {
    expect(partFor(program, facet('renewal'))).toBeUndefined();
    expect(askedPart('how do I renew it', program)).toBeUndefined();
  });

  it('answers "how long is the exam?" with the exam part', () => {
    expect(askedPart('how long is the exam?', credential)).toMatchObject({ facet: { name: 'exam' }, part: { label: 'The exam' } });
  });

  it('takes the first facet asked that the topic has a part for', () => {
    // "what does the exam cost" asks the cost: the program's part with a price, the credential's direct answer (it names the fee).
    expect(askedPart('what does the exam cost', program)).toMatchObject({ facet: { name: 'cost' }, part: { label: 'Where' } });
    expect(askedPart('what does the exam cost', credential)).toMatchObject({ facet: { name: 'cost' }, part: { label: LEAD_PART } });
    // With no cost in it at all, the exam part answers.
    const noFee = layoutAnswer(['The **XYZ** is a credential.', '', '- **The exam:** 2 hours.'].join('\n'));
    expect(askedPart('what does the exam cost', noFee)).toMatchObject({ facet: { name: 'exam' }, part: { label: 'The exam' } });
  });

  it('finds no part for a question that asks for none', () => {
    expect(askedPart('tell me more', credential)).toBeUndefined();
  });
});

describe('facets added for follow-ups people type', () => {
  it('"can she take the exam before she actually walks at graduation?" asks about early testing, before the exam itself', () => {
    expect(names('Can she take the exam before she actually walks at graduation, or does she have to wait until after?')[0]).toBe('early-testing');
    expect(names('can I test early')).toContain('early-testing');
    expect(names('how long is the exam')).not.toContain('early-testing');
  });
  it('"are they on the hook too?" asks who it applies to', () => {
    expect(names('What about our outside transcription vendor - are they on the hook too?')).toContain('audience');
    expect(names('is our vendor covered')).toContain('audience');
    expect(names('is it covered by insurance at the clinic')).not.toContain('audience');
  });
  it('"how long do u get for the test" asks the exam, not a length of its own', () => {
    expect(names('how long do u get for the test')).toEqual(['exam']);
    expect(names('how long does the program take')).toContain('length');
  });
  it('"do u ever have to tell the news" asks about notifying the media', () => {
    expect(names('do u ever have to tell the news')).toContain('media');
    expect(names('do we notify the media')).toContain('media');
    expect(names('any news on the exam changes')).not.toContain('media');
  });
  it('"by how much?" is an amount of change, not a price', () => {
    expect(names('Can that deadline be extended, and by how much?')).not.toContain('cost');
    expect(names('how much does it cost')).toContain('cost');
  });
  it('"how does that compare with a few years ago?" asks for older figures', () => {
    expect(names('How does that compare with a few years ago?')).toContain('older');
    expect(names('how has pay changed')).toContain('older');
    expect(names('I worked retail for 5 years before this')).not.toContain('older');
  });
  it('"what does someone with that credential actually do?" asks who it is for (the jobs its holders do)', () => {
    expect(names('What does someone with that credential actually do that an RHIT doesn\'t?')).toContain('audience');
    expect(names('what do people with the CCS do')).toContain('audience');
    expect(names('what does someone do on the first day')).not.toContain('audience');
  });
  it('"does a candidate need prior coding experience?" asks the eligibility', () => {
    expect(names('Does a candidate need prior coding experience?')).toContain('eligibility');
    expect(names('is experience required')).toContain('eligibility');
    expect(names('do they need experience first')).toContain('eligibility');
    expect(names('I have experience in retail')).not.toContain('eligibility');
    expect(names('which one asks more before you test')).toContain('eligibility');
  });
  it('"what do the highest paid ones make?" and "the low and high ends of the scale" ask the range of the pay', () => {
    expect(names('what do the highest paid ones make')).toContain('range');
    expect(names('And what do the low and high ends of the scale look like?')).toContain('range');
    expect(names('whats the range')).toContain('range');
    expect(names('what do the lowest paid ones make?')).not.toContain('range');
  });
  it('"what\'s the upkeep?", "so I don\'t lose it", "which courses count" ask how a credential is kept', () => {
    expect(names("once i have it, what's the upkeep?")).toContain('renewal');
    expect(names("After I pass, what I must do so I don't lose it?")).toContain('renewal');
    expect(names('Is there any fine print on which courses count?')).toContain('renewal');
    expect(names('did I lose my wallet at the test center')).not.toContain('renewal');
  });
  it('"how far back does the organization go? did it always go by that name?" asks its history', () => {
    expect(names('How far back does the organization go?')).toContain('history');
    expect(names('Did it always go by that name?')).toContain('history');
    expect(names('how far is the test center')).not.toContain('history');
    expect(names('when was it first created?')).toContain('history');
  });
  it('"how big does it gotta be before the feds need to know?" asks the size that makes HHS be told at once', () => {
    expect(names('how big does it gotta be before the feds need to know right away')).toContain('threshold');
    expect(names('how many patients before we have to tell HHS')).toContain('threshold');
    expect(names('how big is the field')).not.toContain('threshold');
  });
  it('"how much is it for one hour?" asks the hourly figure', () => {
    expect(names('OK, back to the new number - how much is it for one hour?')).toContain('hourly');
    expect(names('is the exam one hour')).not.toContain('hourly');
  });
  it('"which of the two fits better?" asks who each is for', () => {
    expect(names('So for our inpatient coding unit, which of the two fits better?')).toContain('audience');
    expect(names('which one suits me best')).toContain('audience');
    expect(names('which one is cheaper')).not.toContain('audience');
  });
  it('"so i wouldnt have to deal w patients?" asks whom the work is with', () => {
    expect(names('so i wouldnt have to deal w patients?')).toContain('colleagues');
    expect(names('do coders see patients')).toContain('colleagues');
    expect(names('how do patients get their records')).not.toContain('colleagues');
  });
  it('"can she roll the surplus into the next one?", "structure of a Level II code", "the same everywhere?"', () => {
    expect(names('Can she roll the surplus into the next one?')).toContain('carry-over');
    expect(names("What's the structure of a Level II code?")).toContain('format');
    expect(names('Is that the same everywhere in the US?')).toContain('place');
    expect(names('is the exam the same format for everyone')).not.toContain('place');
  });
  it('"can extras roll over to the next cycle?" asks whether CEUs carry over', () => {
    expect(names('can extras roll over to the next cycle')).toContain('carry-over');
    expect(names('can i carry extra ceus forward')).toContain('carry-over');
    expect(names('how do i roll out the new ehr')).not.toContain('carry-over');
  });
  it('"do they check them" after CEUs asks about audits', () => {
    expect(names('do they check them')).toContain('audit');
    expect(names('can I get audited')).toContain('audit');
    expect(names('do they check your background before hiring you')).not.toContain('audit');
  });
  it('"whats the main thing they do all day" asks the duties', () => {
    expect(names('whats the main thing they do all day')).toContain('duties');
    expect(names('what do coders actually do on a typical day')).toContain('duties');
    expect(names('what do they do with the records after 6 years')).not.toContain('duties');
  });
  it('"what do the codes actually look like?" asks the format', () => {
    expect(names('what do the codes actually look like')).toContain('format');
    expect(names('what does a cpt code look like')).toContain('format');
    expect(names('what does the job look like day to day')).not.toContain('format');
  });
  it('"do all programs have to be accredited?" asks whether it is voluntary; "and if we can\'t make that?" asks for an extension', () => {
    expect(names('Do all programs have to be accredited by them?')[0]).toBe('voluntary');
    expect(names('is accreditation even required')).toContain('voluntary');
    expect(names('what does it accredit')).not.toContain('voluntary');
    expect(FALLBACK_FACETS.find((f) => f.name === 'extension')!.asks.test("and if we can't make that?")).toBe(true);
  });
  it('"does the patient have to sign something for that?" asks for the authorization', () => {
    expect(names('does the patient have to sign something for that')).toContain('authorization');
    expect(names('do we need a release form')).toContain('authorization');
    expect(names('how do i sign up for the exam')).not.toContain('authorization');
  });
  it('"who do they actually talk to?" asks whom a role works with; "what\'s driving that growth?" why demand grows', () => {
    expect(names('so who do they actually talk to then')).toContain('colleagues');
    expect(names('Do they work directly with patients?')).toContain('colleagues');
    expect(names("What's driving that growth?")).toContain('growth-reason');
    expect(names('why is demand growing')).toContain('growth-reason');
    expect(names('how fast is it growing')).not.toContain('growth-reason');
  });
  it('"who is making them?" asks the issuer; "when they start" (no "did") the history', () => {
    expect(names('Ok so who is making them then?')).toContain('issuer');
    expect(names('when they start')).toContain('history');
  });
  it('"it is free?" asks the cost; "can the hospital make it longer?" an extension; "who give it" the issuer; "what i need for apply" eligibility', () => {
    expect(names('it is free?')).toContain('cost');
    expect(names('is the copy free for the patient')).toContain('cost');
    expect(names('free online ICD-10 course?')).not.toContain('cost');
    expect(FALLBACK_FACETS.find((f) => f.name === 'extension')!.asks.test('the 30 day you say, hospital can make it longer?')).toBe(true);
    expect(names('the second one, who give it')).toContain('issuer');
    expect(names('what i need for apply')).toContain('eligibility');
  });
  it('"what kind of stuff do they cover?" asks what a thing holds (its "What ... covers" part), before whom it covers', () => {
    expect(names('And the Level II codes, what kind of stuff do they cover?')[0]).toBe('covers');
    const layout = layoutAnswer('HCPCS has two levels.\n\n- **What Level II covers:** supplies.\n- **Who it covers:** everyone.');
    expect(askedPart('what do they cover?', layout)?.part.label).toBe('What Level II covers');
    expect(names('does it cover paper records?')).not.toContain('covers');
  });
  it('"how much" asks the cost, unless it asks what someone makes', () => {
    expect(names('how much is it')).toContain('cost');
    expect(names('how much do CPC coders make')).not.toContain('cost');
    expect(names('how much does an rhit earn a year')).not.toContain('cost');
  });

  it('a fee named in a part answers the cost when no part is labelled for it', () => {
    const fees = layoutAnswer(['The **ABC** is a credential.', '', '- **The exam:** 100 questions. Fees vary with delivery.'].join('\n'));
    expect(askedPart('how much is it', fees)?.part.label).toBe('The exam');
  });

  it('"how often" and "every year" ask the frequency; an annual salary does not', () => {
    expect(names('how often do i have to do it')).toContain('frequency');
    expect(names('do we redo it every year')).toContain('frequency');
    expect(names("what's the annual salary")).not.toContain('frequency');
  });

  it('signing up and "is it hard" ask about the exam; "who uses it" and "does it apply to" ask who it is for', () => {
    expect(names('where do i sign up')).toContain('exam');
    expect(names('is it hard')).toContain('exam');
    expect(names('who uses it')).toContain('audience');
    expect(names("who's it meant for")).toContain('audience');
    expect(names('does it apply to me')).toContain('audience');
  });
});

describe('facets that share words with other questions', () => {
  it('"how much to pass" asks the exam, not the cost; "who makes more" asks pay, not who issues it', () => {
    expect(names('how much do i need to pass the exam')).not.toContain('cost');
    expect(names('how much do i need to pass the exam')).toContain('exam');
    expect(names('who makes more money')).not.toContain('issuer');
    expect(names('who maintains it')).toContain('issuer');
  });
});

describe('fallbackPart: everyday follow-up questions', () => {
  const label = (text: string, layout = credential) => fallbackPart(text, layout)?.label;
  it('"where do I even start?" and "what\'s the first step?" ask for eligibility, else the direct answer', () => {
    expect(label('where do i even start')).toBe('Eligibility');
    expect(label("what's the first step")).toBe('Eligibility');
    expect(label('where do i even start', program)).toBe(LEAD_PART);
  });
  it('"how do I get it?" starts, "how do I get it removed?" does not', () => {
    expect(label('how do i get it?')).toBe('Eligibility');
    expect(label('ok how do i get it removed')).toBeUndefined();
  });
  it('preparing or studying asks about the exam', () => {
    expect(label('how do i prepare for it')).toBe('The exam');
    expect(label('how do i prepare for it', layoutAnswer('A role.\n\n- **Where:** hospitals.'))).toBeUndefined();
  });
  it('"who has to take it?" and "what jobs can I get with it?" ask who it is for', () => {
    const hipaa = layoutAnswer('Training is required.\n\n- **Who must be trained:** all workforce members.\n- **How often:** not stated.');
    expect(label('who has to take it', hipaa)).toBe('Who must be trained');
    const chda = layoutAnswer("A credential.\n\n- **Who awards it:** AHIMA.\n- **Who it's for:** health data analysts.");
    expect(label('what kind of jobs can i get with it', chda)).toBe("Who it's for");
    expect(label('who awards it', chda)).toBeUndefined();
  });
  it('"how many actually do?" asks for a share, found where a percentage is', () => {
    const remote = layoutAnswer('Many do: **55%** of coders worked remotely.\n\n- **Starting out:** on site.');
    expect(label('how many actually do', remote)).toBe(LEAD_PART);
    expect(label('how many actually do', program)).toBeUndefined();
  });
  it('none of these decides whether a message is a follow-up', () => {
    expect(names('where do i even start')).toEqual([]);
    expect(names('who has to take it')).toEqual([]);
  });
  it('"do all of them count toward my score?" asks for the part that says which questions are unscored', () => {
    const exams = layoutAnswer('How exams work.\n\n- **AHIMA:** on computer; some questions are unscored pretest items.\n- **Fees:** they change.');
    expect(askedPart('Do all of them count toward my score?', exams)?.part.label).toBe('AHIMA');
    expect(names('do all of the questions count')).toContain('unscored');
    expect(names('do all of my CEUs from webinars count')).not.toContain('unscored');
  });
  it('"are there any records a patient can\'t get?" asks what is left out', () => {
    const access = layoutAnswer('Patients may get copies.\n\n- **Who may ask:** the patient.\n- **Not included:** psychotherapy notes.');
    expect(label("Are there any records a patient can't get under it?", access)).toBe('Not included');
    expect(label('are there records they cant see', access)).toBe('Not included');
  });
  it('removing the apprentice "A" is its own question; removing anything else is not', () => {
    const cpc = layoutAnswer('A credential.\n\n- **Removing the A:** 2 years of experience.\n- **Keeping it:** 36 CEUs.');
    expect(label('how do i get rid of the a part', cpc)).toBe('Removing the A');
    expect(label('ok how do i get it removed', cpc)).toBe('Removing the A');
    expect(label('how long till they take the A off', cpc)).toBe('Removing the A');
    expect(label('how do i remove my ex from my phone plan', cpc)).toBeUndefined();
  });
});

describe('finishing the exam', () => {
  it('"how long do I get to finish it?" asks about the exam, not a length', () => {
    expect(names('how long do i get to finish it')).toEqual(['exam']);
    expect(names('how long does the program take')).toEqual(['length']);
  });
});

describe('fallbackPart: failing the exam', () => {
  it('"what if I fail?" asks about the exam (its retake rules), in no other words', () => {
    expect(fallbackPart('what if i fail', credential)?.label).toBe('The exam');
    expect(fallbackPart('what happens if you fail', credential)?.label).toBe('The exam');
    expect(fallbackPart('what if it fails to load', credential)).toBeUndefined();
  });
});


describe('the share of people, asked as an everyday follow-up', () => {
  const share = FALLBACK_FACETS.find((f) => f.name === 'share')!;
  it('"how many actually do?" and "how many of them work from home?" ask the share', () => {
    expect(share.asks.test('how many actually do?')).toBe(true);
    expect(share.asks.test('how many of them work from home')).toBe(true);
  });
  it('a question with a subject of its own ("how many people work as medical records specialists in the US?") does not', () => {
    expect(share.asks.test('roughly how many people work as medical records specialists in the us?')).toBe(false);
  });
});

describe('question words as people type them in chat', () => {
  it('"hw much is it", "wat year was it passed" and "wen did it start" ask as their spelled-out forms do', () => {
    expect(facetsAsked('hw much is it').map((f) => f.name)).toContain('cost');
    expect(facetsAsked('wat year was it passed').map((f) => f.name)).toContain('history');
    expect(facetsAsked('wen did it start').map((f) => f.name)).toContain('history');
  });
  it('"teh exam is how long?" opens with the exam, as "the exam is how long?" does', () => {
    const layout = { lead: 'x', parts: [{ label: 'The exam', text: '4 hours' }] };
    expect(fallbackPart('teh exam is how long?', layout as never)?.label).toBe('The exam');
  });
});

describe('follow-ups in the word order of other languages and other words for the same ask', () => {
  it('"It is hard?" asks how hard the exam is, as "is it hard?" does', () => {
    expect(names('It is hard?')).toContain('exam');
    expect(names('that was tough')).toContain('exam');
  });
  it('"How many times I can retry?" and "can I try again?" ask about retakes (the exam)', () => {
    expect(names('How many times I can retry?')).toContain('exam');
    expect(names('can i try again')).toContain('exam');
  });
  it('"can i take it without degree" asks eligibility, as "with" a degree does', () => {
    expect(names('can i take it without degree')).toContain('eligibility');
    expect(names('is it ok without any experience')).toContain('eligibility');
  });
  it('"is it recognize?" asks whether it counts (why), as "is it recognized?" does', () => {
    expect(names('is it recognize in other country?')).toContain('why');
  });
  it('"who should not take it" asks who it is for', () => {
    const everyday = (text: string) => FALLBACK_FACETS.filter((f) => f.asks.test(text)).map((f) => f.name);
    expect(everyday('who should not take it')).toEqual(['audience']);
    expect(everyday("who shouldn't get it")).toEqual(['audience']);
  });
});

describe('where people work, what they make, and where they live', () => {
  it('"where do RHITs usually work?" and "who hires CCAs?" ask for the work settings', () => {
    expect(names('where do RHITs usually work?')).toContain('settings');
    expect(names('who hires CCAs')).toContain('settings');
    expect(names('where do i take the exam')).not.toContain('settings');
  });
  it('"how much do RHITs make?" asks the pay, as "how much do they make?" does; "how much does it cost to make a copy" does not', () => {
    expect(names('how much do RHITs make')).toContain('pay');
    expect(names('how much does a CPC usually make')).toContain('pay');
    expect(names('how much does it cost to make a copy of my record')).not.toContain('pay');
    // "what does a coder make?" with the job in up to three words, and what it takes home "a year" or "starting out".
    expect(names('what does a medical coder make?')).toContain('pay');
    expect(names('what do records clerks make starting out')).toContain('pay');
    expect(names('what do I need to make the switch')).not.toContain('pay');
  });
  it('earning a credential is not pay: "which credential replaces your RHIT once you earn it?"', () => {
    expect(names('Which AHIMA credential replaces your RHIT once you earn it?')).not.toContain('pay');
    expect(names('how much do coders earn')).toContain('pay');
  });
  it('"and in california?" asks about a place, answered by a part labelled for places or one that says "by state"', () => {
    expect(names('and in california?')).toEqual(['place']);
    const pay = layoutAnswer('Intro.\n\n- **Median:** $50,250.\n- **Not in our sources:** pay by state, city or employer.');
    expect(partFor(pay, facet('place'))?.label).toBe('Not in our sources');
    // A part that merely mentions a state ("state associations") is not about places.
    const orgs = layoutAnswer('Intro.\n\n- **AHIMA:** works with its component state associations.');
    expect(partFor(orgs, facet('place'))).toBeUndefined();
  });
});

describe('what a thing was called before', () => {
  it('"what was it called before" asks its history, answered by the part that says "formerly" or "used to be called"', () => {
    expect(names('the outpatient one, what was it called before')).toContain('history');
    expect(names('whats the old name')).toContain('history');
    const layout = layoutAnswer('The COC is AAPC\'s outpatient credential. It used to be called the CPC-H.\n\n- **The exam:** 100 questions.');
    expect(partFor(layout, facet('history'))?.label).toBe(LEAD_PART);
  });
  it('"it apply to me as clerk?" asks who it covers, as "does it apply to me?" does', () => {
    expect(names('it apply to me as clerk?')).toContain('audience');
  });
});

describe('"is it hard?" is the exam, "is it hard to find a job?" is not', () => {
  it.each(['is it hard?', 'is it hard to pass', 'how hard is it to pass', 'It is hard?', 'is it difficult to study for'])('"%s" asks about the exam', (text) => {
    expect(names(text)).toContain('exam');
  });
  it.each(['is it hard to find a job', 'how hard is it to get hired', 'is it tough to get a remote job'])('"%s" does not', (text) => {
    expect(names(text)).not.toContain('exam');
  });
});

describe('whether a job requires it', () => {
  it.each(['And I need the RHIT for this job?', 'do i need the cpc to get a coding job', 'is the RHIT required for the job', 'do you really need a certification for that job'])(
    '"%s" asks whether it is required',
    (text) => {
      expect(names(text)).toContain('required');
    },
  );
  it.each(['what do i need for the rhit', 'i need a job', 'how long is the rhit exam'])('"%s" does not', (text) => {
    expect(names(text)).not.toContain('required');
  });
});

describe('facets for where a rule is written, its date, its issuer inside a body, and a rival credential', () => {
  const rule = layoutAnswer(
    [
      'The **ABC Rule** protects some records (45 CFR 164.502(b)).',
      '',
      '- **Electronic only:** paper is covered elsewhere.',
      '- **Where it is:** final rule published February 20, 2003; text at 45 CFR Part 160.',
      '',
      'Not legal advice.',
    ].join('\n'),
  );
  const rival = layoutAnswer(['The **XYZ** is a credential.', '', '- **Eligibility:** a diploma.', '- **The other XYZ credential:** a rival body offers the QRS.'].join('\n'));

  it('"which section of the regulations is that in?" asks where the rule is written', () => {
    expect(names('which section of the regulations is that in?')).toContain('citation');
    expect(askedPart('which section of the regulations is that in?', rule)?.part.label).toBe('Where it is');
    // A topic whose direct answer cites the CFR answers with it when no part is labelled for it.
    expect(partFor(layoutAnswer('The **standard** is at 45 CFR 164.502(b).\n\n- **Who:** everyone.'), facet('citation'))?.label).toBe(LEAD_PART);
  });

  it('"when was the final rule published" asks the history, answered by the part giving the year it was published', () => {
    expect(names('when was the final rule published')).toContain('history');
    expect(askedPart('when was the final rule published', rule)?.part.label).toBe('Where it is');
  });

  it('"who inside that organization actually owns the exams?" asks who issues it before the exam', () => {
    expect(names('and who inside that organization actually owns the exams?')[0]).toBe('issuer');
    expect(names('who in the office makes more')).not.toContain('issuer');
  });

  it('"is there another org\'s version of that" asks for the rival credential the card names', () => {
    expect(names("is there another org's version of that")).toContain('alternative');
    expect(askedPart("is there another org's version of that", rival)?.part.label).toBe('The other XYZ credential');
    expect(names('is there another exam date')).not.toContain('alternative');
  });
});

describe('history in a date written out', () => {
  it('"from when is it used?" finds a direct answer that says "since October 1, 2015"', () => {
    const codeSet = layoutAnswer('The **XYZ** code set has been the standard since October 1, 2015.\n\n- **Who:** everyone.');
    expect(names('From when it is used in America?')).toContain('history');
    expect(askedPart('From when it is used in America?', codeSet)?.part.label).toBe(LEAD_PART);
  });
});

describe('more everyday ways of asking for a part', () => {
  it('"can i still take it or not?" asks the eligibility, also with the question mark at the end', () => {
    expect(names('so can i still take it or not?')).toEqual(['eligibility']);
    // Taking "it" online asks how an exam is delivered first (a program's card finds its online part by the text).
    expect(names('can i take it online?')).toEqual(['exam-online', 'online']);
  });

  it('recert, open book, an older name, who enforces it and "the cite" ask their parts', () => {
    expect(names('do i have to recert')).toEqual(['renewal']);
    expect(names('are code books allowed?')).toEqual(['exam']);
    expect(names('is it open book')).toEqual(['exam']);
    expect(names('did it used to have a different name?')).toEqual(['history']);
    expect(names('who enforces it')).toEqual(['issuer']);
    expect(names('where are they in the regs')).toContain('citation');
    expect(names('need the cite for that')).toContain('citation');
  });

  it('"how much time do u get" and "how long is it?" ask a length, found in hours too', () => {
    expect(names('and how much time u get for it')).toEqual(['length']);
    expect(names('how long is it?')).toEqual(['length']);
    expect(names('how long is it going to be before i hear back')).not.toContain('length');
    expect(partFor(credential, facet('length'))?.label).toBe('The exam');
  });

  it('"what % pass" asks the share and "what is excluded" the exceptions, only as a follow-up', () => {
    const rule = layoutAnswer('The **rule** applies to everyone.\n\n- **Exceptions:** treatment is not included.\n- **Pass rate:** 60% pass.');
    expect(fallbackPart('what % pass', rule)?.label).toBe('Pass rate');
    expect(fallbackPart('what is excluded', rule)?.label).toBe('Exceptions');
    expect(names('what % pass')).toEqual([]);
  });
});

describe('a dollar figure, more time and growth', () => {
  it('"is $6.50 the max?" asks the cost; a pay figure quoted does not', () => {
    expect(names('is $6.50 the max?')).toEqual(['cost']);
    expect(names('median pay is $48,780 but a website says $50,250')).not.toContain('cost');
  });

  it('"can we get more time?" asks for the extension a rule allows, only as a follow-up', () => {
    const rule = layoutAnswer('The **rule** gives 30 days.\n\n- **Fees:** cost-based.\n- **One extension:** up to 30 more days.');
    expect(fallbackPart("we're short staffed, can we get more time?", rule)?.label).toBe('One extension');
    expect(names('can we get more time?')).not.toContain('extension');
  });

  it('"how fast is it growing?" asks the growth, found where a rise is given as a percentage (not any percentage)', () => {
    const outlook = layoutAnswer('Jobs are rising **7% from 2024 to 2034**.\n\n- **Not in our sources:** the growth label.\n- **Pass rate:** 60% pass.');
    expect(names('how fast is it growing?')).toContain('growth');
    expect(askedPart('how fast is it growing?', outlook)?.part.label).toBe(LEAD_PART);
    const payOnly = layoutAnswer('Clerks earn a median of $48,780.\n\n- **With a credential:** 10% more in one survey.');
    expect(askedPart('is it growing?', payOnly)).toBeUndefined();
  });
});

describe('the hourly figure and where people work, in everyday words', () => {
  it('"what\'s the hourly?" asks the hourly figure, found where a pay is given an hour; "how much per hour" is no cost', () => {
    const pay = layoutAnswer('The median is **$50,250 a year ($24.16 an hour)**.\n\n- **With a credential:** more pay.');
    expect(names("is that yearly? what's the hourly?")[0]).toBe('hourly');
    expect(askedPart("is that yearly? what's the hourly?", pay)?.part.label).toBe(LEAD_PART);
    expect(names('how much per hour')).toEqual(['hourly']);
    expect(names("it's an hour drive from me")).toEqual([]);
  });

  it('"where they are working usually?" asks the settings', () => {
    expect(names('where they are working usually?')).toEqual(['settings']);
  });
});

describe('settings named in a part about who a credential is for', () => {
  it('"where do they work?" finds the part listing hospitals and the other employers', () => {
    const rhia = layoutAnswer('The **RHIA** is for managers.\n\n- **Who it\'s for:** managers in hospitals, clinics and long-term care, and at insurers.\n- **Cost:** unknown.');
    expect(askedPart('where they are working usually?', rhia)?.part.label).toBe("Who it's for");
    const oneMention = layoutAnswer('The **XYZ** is a credential.\n\n- **Exam:** taken at hospitals.');
    expect(askedPart('where do they usually work?', oneMention)).toBeUndefined();
  });
});

describe('a part that only says the sources lack it', () => {
  const exams = layoutAnswer(
    [
      'Each body runs its exams.',
      '',
      '- **AHIMA:** taken through Pearson VUE; schedule within 120 days of becoming eligible.',
      "- **AHIMA extensions and retakes:** AHIMA's own pages in our sources don't give these rules.",
      "- **Fees:** about $117 in one guide; NHA's pages don't confirm it.",
      '- **Keeping it:** renew every two years with a fee.',
    ].join('\n'),
  );
  it('yields to a part that gives what is asked ("how soon do I have to schedule it?" is the 120 days)', () => {
    expect(askedPart('how soon do i hav to schedule it?', exams)?.part.label).toBe('AHIMA');
  });
  it('stays when it gives the answer itself beside its caveat (a fee named "unconfirmed")', () => {
    expect(askedPart("what's the price of it?", exams)?.part.label).toBe('Fees');
  });
});

describe('"is it online?" of a credential', () => {
  it('asks how its exam is delivered, found where the card says on computer or Pearson VUE', () => {
    const cred = layoutAnswer('The **XYZ** is a credential.\n\n- **Who awards it:** the XYZ body; the exam is taken on computer through Pearson VUE.\n- **Cost:** $100.');
    expect(names('is it online')[0]).toBe('exam-online');
    expect(askedPart('is it online', cred)?.part.label).toBe('Who awards it');
    expect(names('can i do it online')).not.toContain('exam-online');
  });
});

describe('"where do I take it?" of a credential', () => {
  it('asks where its exam is taken, found where the card names Pearson VUE, not the exam part', () => {
    const cred = layoutAnswer('The **XYZ** is a credential.\n\n- **Who awards it:** the XYZ body; the exam is taken on computer through Pearson VUE.\n- **The exam:** 2 hours, 100 questions.');
    expect(names('and where do i take it?')[0]).toBe('exam-where');
    expect(askedPart('and where do i take it?', cred)?.part.label).toBe('Who awards it');
    expect(askedPart('is there a testing center near me', cred)?.part.label).toBe('Who awards it');
    expect(names('where do coders usually work')).not.toContain('exam-where');
  });
});

describe('"how long does a clinic have to..."', () => {
  it('to do something is a deadline; to keep records is how long they are kept', () => {
    expect(names('How long does a clinic have to notify the patients after finding one?')[0]).toBe('timing');
    expect(names('how long does a hospital have to keep records')).not.toContain('timing');
  });
});

describe('"time limit"', () => {
  it('to do something is a deadline; a bare one asks the exam first, and the deadline of a card with no exam', () => {
    expect(names('is there a time limit to respond to a request')[0]).toBe('timing');
    expect(names('time limit?')).toEqual(['exam', 'deadline']);
    expect(names('what is the time limit for the RHIT exam')).not.toContain('timing');
    const credential = layoutAnswer('The **XYZ** is a credential.\n\n- **Who awards it:** schedule within 120 days.\n- **The exam:** 2 hours.');
    const rule = layoutAnswer('Patients may get copies.\n\n- **Who may ask:** the patient.\n- **One extension:** 30 more days.');
    expect(askedPart('time limit?', credential)?.part.label).toBe('The exam');
    expect(askedPart('time limit?', rule)?.part.label).toBe('One extension');
  });
});

describe('"do certified people earn more?" after the pay', () => {
  it('is the part giving certified people\'s figures, and only as a follow-up', () => {
    const pay = layoutAnswer('The median is $50,000.\n\n- **Lower end:** the lowest 10% earned under $35,000.\n- **Credentials:** certified respondents averaged about $60,000, roughly 27% more.');
    expect(fallbackPart('Is certified coder earn more than coder without certification?', pay)?.label).toBe('Credentials');
    expect(fallbackPart('what do the lowest paid earn', pay)).toBeUndefined();
    expect(names('do certified coders earn more?')).not.toContain('certified-pay');
  });
});

describe('eligibility, the pass mark and the next credential, as people ask them', () => {
  it('"what do u need to sit for it" and "what I need to be allowed to take this exam" ask the eligibility first', () => {
    expect(names('what do u need to sit for rhit')[0]).toBe('eligibility');
    expect(names('What I need to be allowed to take this exam?')[0]).toBe('eligibility');
    expect(names('what do i need to know about the exam')).not.toContain('eligibility');
  });
  it('"whats passing" asks the exam; "the next credential up, and do I qualify?" the next step before the eligibility', () => {
    expect(names('whats passing')).toEqual(['exam']);
    expect(names("What's the next credential up, and do I qualify?")).toEqual(['next', 'eligibility']);
  });
});

describe('"how many people do this job?" after the outlook', () => {
  it('is the part counting the jobs, and "how many of them work from home" is not a head count', () => {
    const outlook = layoutAnswer('There were about 194,800 jobs in 2024.\n\n- **Why:** an aging population.\n- **Remote:** 55% work from home.');
    expect(fallbackPart('how many ppl even do this job', outlook)?.label).toBe(LEAD_PART);
    expect(fallbackPart('how many people work from home', outlook)?.label).toBe('Remote');
  });
});

describe('"when did WHO adopt it?"', () => {
  it('asks its history: the part saying when it was adopted, not a part titled "when the US will switch"', () => {
    const icd = layoutAnswer('**XYZ** is the newest revision. The assembly adopted it on May 25, 2019.\n\n- **When the US will switch:** no date is set.');
    expect(names('When did WHO adopt it?')).toEqual(['history']);
    expect(askedPart('When did WHO adopt it?', icd)?.part.label).toBe(LEAD_PART);
  });
});

describe('"does it apply when...?"', () => {
  it('asks where the rule applies or not: its exceptions part', () => {
    const rule = layoutAnswer('The **rule** limits what is shared.\n\n- **Who it covers:** everyone.\n- **Where it does not apply:** disclosures for treatment.');
    expect(askedPart('Does it apply when we send records to a physician treating the patient?', rule)?.part.label).toBe('Where it does not apply');
    expect(names('does the rule apply to me')).not.toContain('applies');
    expect(names('how do they apply for a copy?')).not.toContain('applies');
  });
});

describe('"what can I do after?"', () => {
  it('asks what a program or credential leads to', () => {
    const degree = layoutAnswer('An **associate degree** takes two years.\n\n- **Where:** colleges.\n- **What it opens:** technician jobs and the RHIT.');
    expect(fallbackPart('what can i do after', degree)?.label).toBe('What it opens');
    expect(fallbackPart('what can i do after work to study', degree)).toBeUndefined();
  });
});


describe('terse chat follow-ups', () => {
  it('"reqs?", "which 1 harder", a bare "how long" and "what is it" ask their parts', () => {
    expect(names('reqs?')).toEqual(['eligibility']);
    expect(names('which 1 harder')).toEqual(['exam']);
    expect(names('how long')).toEqual(['length']);
    expect(names('how long until i hear back')).not.toContain('length');
    expect(fallbackPart('what is it', credential)?.label).toBe(LEAD_PART);
    expect(fallbackPart('what is it worth', credential)).toBeUndefined();
  });
  it('"in cali" names a place', () => {
    expect(names('in cali')).toEqual(['place']);
  });
});

describe('session 28: wider asking', () => {
  it('"How many of those jobs are there right now?" is a head count too', () => {
    const outlook = layoutAnswer('There were about 194,800 jobs in 2024.\n\n- **Why:** an aging population.\n- **Remote:** 55% work from home.');
    expect(fallbackPart('How many of those jobs are there right now?', outlook)?.label).toBe(LEAD_PART);
  });
  it('"is that accreditation mandatory for schools?" asks whether it is voluntary', () => {
    expect(names('is that accreditation mandatory for schools?')).toContain('voluntary');
  });
  it('"keep the medical records" is retention, not keeping a credential; "keep it current" still is', () => {
    expect(names('how long hipaa say we must keep the medical records?')).not.toContain('renewal');
    expect(names('how long do we keep patient files')).not.toContain('renewal');
    expect(names('what do I need to keep it current?')).toContain('renewal');
  });
  it('"good for" asks how long a credential lasts only when it ends the question, not "is the outlook good for clerks?"', () => {
    expect(names('how long is it good for?')).toContain('renewal');
    expect(names('Is the job outlook good for medical records specialists?')).not.toContain('renewal');
  });
});

describe('how long a code can be', () => {
  it('"how long can a code be" and "how many characters" ask what a code looks like, found by the characters a part gives', () => {
    expect(names('how long can a code be')).toContain('format');
    expect(names('how many characters in a pcs code')).toContain('format');
    expect(names('how long is the exam')).not.toContain('format');
    const codes = layoutAnswer('ICD has two versions.\n\n- **CM:** diagnoses. Codes run 3 to 7 characters.\n- **Who:** CDC.');
    expect(askedPart('how long can a code be', codes)?.part.label).toBe('CM');
  });
});

describe('terse and everyday words for a detail', () => {
  it.each([
    ['length?', 'length'],
    ['mandatory?', 'voluntary'],
    ['pass mark?', 'exam'],
    ['passing %?', 'exam'],
    ['where do i test', 'exam-where'],
    ['they really check it, or is only honor system?', 'audit'],
    ['or is it just the honor system', 'audit'],
    ['hipaa signed when', 'history'],
    ['What was its first name?', 'history'],
    ['how a correct code should look like?', 'format'],
    ['can my work experience count instead of the degree?', 'eligibility'],
    ['Going by what you said, do I have enough to sit for it?', 'eligibility'],
    ['who else besides the patients do we have to tell?', 'recipients'],
    ['am I even allowed to take that exam with only a GED', 'eligibility'],
    ['or do I need coding experience first?', 'eligibility'],
    ["who's the cop on the beat for hipaa", 'issuer'],
    ['can i bring one of those little number crunchers in with me?', 'exam'],
    ["so who's the cop on the beat for it? like who actually comes after you", 'issuer'],
    ['my friend say some questions are like fake and not counting, is true?', 'exam'],
  ])('"%s" asks %s', (text, facetName) => {
    expect(names(text)).toContain(facetName);
  });
  it('"whats the catch with the A and how do i shake it" asks about removing the A', () => {
    const cpc = layoutAnswer('The CPC.\n\n- **Removing the A:** two years of experience.\n- **Cost:** $399.');
    expect(fallbackPart('ok whats the catch with the A and how do i shake it', cpc)?.label).toBe('Removing the A');
  });
  it('"any part of the record they\'re not entitled to look at?" asks what is not included', () => {
    const access = layoutAnswer('Patients may see their record.\n\n- **Timing:** 30 days.\n- **Not included:** psychotherapy notes.');
    expect(fallbackPart("is there any part of the record they're not entitled to look at?", access)?.label).toBe('Not included');
  });
  it('a bare "required" is not asked inside a longer question', () => {
    expect(names('what is required for the rhit')).not.toContain('voluntary');
  });
});

describe('testing while still in the last term', () => {
  it('"could I sit for it next spring while I\'m still in my final term?" asks about testing early', () => {
    expect(names("could I sit for it next spring while I'm still in my final term?")).toContain('early-testing');
    expect(names('could I sit for it next spring?')).not.toContain('early-testing');
  });
});

describe('what it is for', () => {
  it('"what are they for exactly" asks what the thing in context is, as "what is it?" does', () => {
    const cpt = layoutAnswer('CPT is the code set for procedures.\n\n- **Category III:** temporary codes.');
    expect(fallbackPart('what are they for exactly', cpt)?.label).toBe(LEAD_PART);
    expect(fallbackPart('what is it used for?', cpt)?.label).toBe(LEAD_PART);
    expect(fallbackPart('what are they for patients', cpt)).toBeUndefined();
  });
});

describe('"which one is older?"', () => {
  it('asks when each began, as "how old" does', () => {
    expect(names('Which one is more old?')).toContain('history');
    expect(names('which of them came first')).toContain('history');
    expect(names('which one is the better first cert')).not.toContain('history');
  });
});

describe('"who actually hires them?"', () => {
  it('asks where they work, answered by a part that lists settings', () => {
    expect(names('so who actually hires COCs? like what kind of places')).toContain('settings');
    const coc = layoutAnswer('A credential.\n\n- **Who awards it:** AAPC.\n- **Who it\'s for:** facility coders in settings such as emergency departments and ASCs.');
    expect(askedPart('so who actually hires COCs?', coc)?.part.label).toBe("Who it's for");
  });
});

describe('"paid staff"', () => {
  it('asks who runs something, not what anyone earns', () => {
    expect(names('Who is running them, paid staff?')).not.toContain('pay');
    expect(names('are the chapter leaders paid staff or volunteers')).not.toContain('pay');
    expect(names('how much are coders paid')).toContain('pay');
  });
});

describe('more ways to ask when', () => {
  it('"a time cap for when I must book it" is a deadline; "when did they first start offering it" is its history', () => {
    expect(names('is there a time cap for when i must book it')).toContain('timing');
    expect(names('when did they first start offering it')).toContain('history');
    expect(names('when did they start the exam')).not.toContain('timing');
  });
});

describe('what the review found too wide', () => {
  it('"how much do we get charged" is still a price; "what kind of places can I take the exam at?" is not where they work', () => {
    expect(names('how much do we get charged for copies?')).toContain('cost');
    expect(names('what kind of places can I take the exam at?')).not.toContain('settings');
  });
  it('"how long do the records have to be kept" is no deadline; "which one is first" is no history; CEUs counting are not exam questions', () => {
    expect(names('how long do the records have to be kept')).not.toContain('timing');
    expect(names('how long does the clinic have to be kept')).not.toContain('timing');
    expect(names('which one is first, the RHIT or the CCA?')).not.toContain('history');
    expect(names('I did 3 webinars. Do all of them count?')).not.toContain('unscored');
  });
});

describe('nights and day shifts', () => {
  it('"do hospital staff end up on nights?" and "only day shift?" ask the schedule', () => {
    expect(names('Back to the schedule question - do hospital staff end up on nights?')).toContain('schedule');
    expect(names('is this normal for this job? Or only day shift?')).toContain('schedule');
    expect(names('what do coders do on a typical day')).not.toContain('schedule');
    // Studying or testing at night or on weekends is not the job's hours.
    expect(names('can i study at night')).not.toContain('schedule');
    expect(names('can i take classes on weekends')).not.toContain('schedule');
    expect(names('do coders work on weekends')).toContain('schedule');
  });
});

describe('"pay for" is a price, "how much does it pay" is earnings', () => {
  it('reads the verb by what follows it', () => {
    expect(names('And who I must pay for it, AHIMA or AAPC?')).not.toContain('pay');
    expect(names('how much do i pay for the exam')).toContain('cost');
    expect(names('how much does it pay')).toEqual(['pay']);
    // Who pays decides: the person paying asks a price, an employer paying is a wage.
    expect(names('how much do I have to pay')).toContain('cost');
    expect(names('how much do you pay in dues')).toContain('cost');
    expect(names('what do hospitals pay for coders')).toContain('pay');
    expect(names('what does it pay for a beginner')).toContain('pay');
    expect(names('who pays for the exam')).toContain('cost');
  });
});
