// Messages that ask about a neighbouring career or an employer's own matters, found by a review of session 34's scope
// rules (which had let them through to a topic answer). Each must be declined or answered "not sure", never with a card.
import { describe, expect, it } from 'vitest';
import { ask, makeAdvisor } from '../helpers/core.js';

const NOT_OURS = [
  "what does a pharmacy tech do if someone asks for a refill early?",
  "The NCLEX keeps getting harder, how do I pass it?",
  "how much salary should a paralegal ask for starting out?",
  "Is it true a nursing degree gives you more job options?",
  "the medical assistant program i wanted costs 12k, is it worth the money??",
  "What kind of hours does a sonographer keep if she wants a family?",
  "the ptcb exam says I need a training program first, which programs are accredited?",
  "Is nursing 4 years of school or can I do it faster?",
  "sonography 2 year degree vs 4 year, which pays more?",
  "Can I become a LPN 1 year program online?",
  "dental hygienist 2 years or bachelors, which is better?",
  "respiratory therapy 2 year degree salary?",
  "pay for a pharmacist 10 years in?",
  "nurse 5 years experience salary in california?",
  "paralegal, 2 years of college enough to get hired?",
  "phlebotomist 1 year, how much I can earn in new york?",
  "EMT - I wanna know how long the course is",
  "Paralegal, i want to know how long the school takes",
  "CNA: need info on my state exam",
  "rad tech: I'm wondering what the pay is",
  "I'm interested in phlebotomy, how do I get into it?",
  "I was accepted to nursing school, will my experience as a caregiver help?",
  "I am new to pharmacy tech stuff, what would help me pass the exam?",
  "I'm really into sonography, is it hard to get into the programs?",
  "im kinda into nursing, would my volunteering help me get into a program?",
  "How many yrs as a nurse do you need to switch to travel work?",
  "My son is a paramedic and has been for twelve years now, working out of a busy county station. He is thinking about what comes next for him. Does he need a degree to become a supervisor? How much more would he make?",
  "whats the minimum necessary schooling for a phlebotomist",
  "How many continuing education units do nurses need to renew?",
  "Do pharmacy technicians need continuing education units to keep the PTCB?",
  "Is the NCRA certification worth it for court reporting?",
  "Does the privacy rule apply to bank tellers?",
  "Is the security rule covered on the CompTIA Security+ exam?",
  "what breach notification rules does a bookkeeper need to know?",
  "Is the CMA exam heavy on medical codes?",
  "Do EMTs learn diagnosis codes in the EMT course?",
  "I work in HIM at Mercy General. Heard there are layoffs coming. Will the coders be affected?",
  "There's a rumor at Lakeside Health that coding is going offshore. Is it true?",
  "Our coding department got new productivity standards this month. What are they?",
  "I work at Northside Clinic. They changed the remote work policy. Can I still work from home?",
  "I'm a clerk at my hospital. The layoffs start in March. Who gets cut first?",
  "my phlebotomy instructor keeps saying the NHA exam is easy. whats the pass score?",
];

describe('questions about other careers and employers, named in the ways that leaked once', () => {
  const advisor = makeAdvisor();
  it.each(NOT_OURS.map((text, i) => [text, i]))('is not answered with a topic: %s', async (text, i) => {
    const reply = await ask(advisor, text, { person: `p${i}`, channel: `c${i}`, surface: 'terminal' });
    expect(reply.answered, `${reply.intent}`).toBe(false);
  });
});
