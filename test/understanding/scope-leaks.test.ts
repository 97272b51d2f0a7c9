// Messages that ask about a neighbouring career or an employer's own matters, found by two reviews of session 34's scope
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

// The second review: a colleague or relative with the career, asked about it; an employer's matter asked "usually".
const NOT_OURS_EITHER = [
  "My phlebotomist said the certification exam is really hard, how long should I study for it?",
  "Our medical assistant keeps asking whether she needs to be certified to give injections in Ohio. Does she?",
  "One of our pharmacy techs left for CVS because they pay $21 an hour. Is that normal pay in Florida?",
  "Our paramedic kept saying the NREMT is easy. How many times can you retake it?",
  "My sister nurse said her license exam is very hard, how many questions it have?",
  "Our RN keeps complaining that she needs 30 CEUs every two years, is that true in every state?",
  "My dental assistant said hygiene school is only 2 years. Is that right, and what does it cost?",
  "My social worker said she got her license after 3000 supervised hours, is that the same in every state?",
  "One of my nurses asked if she can go travel after just 1 year experience, is that enough?",
  "My pharmacist said pharmacy school is 6 years, can you get in without the PCAT?",
  "Our CNA keeps saying she wants to go back for her license. Which is faster, online or in-person program?",
  "Our medical assistant left last week. Which certification should I require for her replacement?",
  "my rad tech said u need to be registered to work anywhere. how long is the program usually?",
  "One of our EMTs just left for fire academy, how long is the academy and does it pay during training?",
  "My wife has been an RN for twelve years in the ICU. Her license renews next spring and she is scrambling and not sure what counts for it. Her unit educator was no help at all. How many continuing education units does she need in Ohio, and can she do them online?",
  "My buddy is a pharmacy tech at Walgreens and has been for three years now. He is thinking about getting his national certification this year because the raise is decent. He says the exam covers a lot of drug code sets. Which code sets does he need to know for his exam?",
  "Heard a rumor our HIM department is getting outsourced next quarter. When would a hospital usually announce something like that?",
  "I need to swap a shift with Denise next Friday at Mercy General. Usually who approves that?",
  "The parking garage at St. Luke's is always full by 7am. Where do employees usually park?",
  "Our PTO accrual got cut in half this year. Is that legal for a hospital to do?",
  "Open enrollment closes Friday at my clinic. Which health plan do hospital workers typically choose?",
  "I forgot my Epic password again. How long does it usually take IT to reset it?",
  "My paycheck was short this week. Typically how long does it take a hospital to fix it?",
  "There is a hiring freeze at our hospital. Typically how long do they last?",
  "We got an email about layoffs at Lakeside Health. Will a hospital usually lay off the coders first?",
  "The cafeteria at our hospital closes at 2. Usually is there anywhere else to eat on night shift?",
  "Rumors say our coding team will get a raise in July. How much do hospitals usually give?",
  "my manager posted the new schedule at our clinic. normally when do they post the next one?",
  "One of our nurses asked me how long the NCLEX results take to come back. Do you know?",
  "My CNA said the state skills test has 5 tasks, which ones are usually on it?",
  "Our phlebotomists keep asking for a raise, how much do they usually make in Texas?",
  "Our pharmacy tech said he needs to renew every 2 years, how many CE hours is that?",
  "One of my paralegals asked if the certificate is worth it or she should just get experience, what do you think?",
  "The whole coding team got a letter about layoffs at our hospital last week and nobody is talking. My manager will not say anything. In general, how long does a hospital have to give notice before it lays off coders?",
  "We keep hearing rumors about a merger at Mercy General. It has everyone nervous. Legally, do they have to keep our PTO balances?",
  "I am a coder at St. Marys. Our dress code got stricter this month. Can hospitals legally make coders wear scrubs?",
  "At our clinic the wifi is horrible in the back office. Normally how do hospitals handle that for coders?",
  "My granddaughter wants to be a pharmacy tech, how long is the program?",
];

describe('questions about other careers and employers, named in the ways that leaked once', () => {
  const advisor = makeAdvisor();
  it.each([...NOT_OURS, ...NOT_OURS_EITHER].map((text, i) => [text, i]))('is not answered with a topic: %s', async (text, i) => {
    const reply = await ask(advisor, text, { person: `p${i}`, channel: `c${i}`, surface: 'terminal' });
    expect(reply.answered, `${reply.intent}`).toBe(false);
  });
});
