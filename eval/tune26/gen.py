#!/usr/bin/env python3
"""Generate questions.jsonl for set tune26 (prefix fk / fkc).

Focus: messages that NAME a neighbouring career (nursing, phlebotomy, pharmacy tech, medical
assistant, paralegal, court clerk, EMT/paramedic, radiology tech, respiratory therapist, dental
assistant, insurer biller, social worker, teacher...).  Answerable items mention the career only
incidentally; declines ask about the career itself.

Every item is data in this file.  Expected facts come only from seed-facts.md or [C]/[1] lines
of career-facts.md.  Each fact key may be scored at most twice (asserted below).
"""
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Facts: key -> (text used in the note, confidence mark)
# ---------------------------------------------------------------------------
FACTS = {
    "rhit_elig": ("RHIT eligibility: CAHIIM-accredited associate-level HIM program, no experience-only route", "C"),
    "min_nec": ("minimum necessary standard and its exception for treatment disclosures/requests", "C"),
    "sched_bls": ("BLS: many hours at a computer, most work full time, no direct patient care", "C"),
    "cdi": ("CDIP is AHIMA's CDI credential; ACDIS CCDS accepts RN/RHIA/RHIT/MD/DO + 2 years", "C"),
    "liaison": ("BLS: coders give no direct patient care but meet nurses and others to clarify diagnoses", "C"),
    "cca_elig": ("CCA eligibility: HS diploma; 6 months coding experience or PCAP recommended, not required", "C"),
    "sched_cos": ("CareerOneStop: 24/7 facilities may need evening or overnight shifts; most full time", "C"),
    "settings": ("AHIMA work settings: most RHITs in hospitals; also physician practices, nursing homes, law and insurance firms", "C"),
    "cm_nchs": ("ICD-10-CM is maintained by CDC's NCHS", "C"),
    "pay_median": ("BLS median pay May 2024 $50,250 / $24.16 an hour", "C"),
    "cpt_ama": ("CPT owned by the AMA (CPT Editorial Panel), updated annually, new codes Jan 1", "C"),
    "hcpcs2": ("HCPCS Level II maintained by CMS: ambulance, DMEPOS, drugs; one letter + 4 digits", "C"),
    "cpc_format": ("CPC exam: 100 multiple-choice questions, 4 hours, 70%, open code book", "C"),
    "coc": ("COC (formerly CPC-H) is AAPC's hospital outpatient / ASC facility coding credential", "C"),
    "coursework": ("program coursework: medical terminology, A&P, ICD/CPT/HCPCS, reimbursement, law, ethics", "seed"),
    "auth": ("valid HIPAA authorization elements incl. expiration date/event and signature and date", "C"),
    "cca_format": ("CCA exam: 2 hours, 105 questions (90 scored + 15 pretest)", "C"),
    "growth7": ("BLS projected growth 2024-34 +7%", "C"),
    "cert_len": ("certificate programs usually take 1-2 semesters", "C"),
    "phi_forms": ("PHI covers any form: electronic, paper and oral", "C"),
    "remote_new": ("new coders often start in entry-level on-site jobs; AAPC 55% remote", "1"),
    "icd10_date": ("ICD-10-CM/PCS replaced ICD-9-CM effective October 1, 2015", "C"),
    "sched_vault": ("Vault: 40-hour week is the norm, part-time work sometimes available", "1"),
    "pcs_cms": ("ICD-10-PCS: 7 alphanumeric characters, maintained by CMS", "C"),
    "breach60": ("breach notice to individuals without unreasonable delay, no later than 60 days", "C"),
    "hs_ojt": ("HS diploma/GED baseline; many employers train on the job", "seed"),
    "no_license": ("usually no license or certification needed for a clerk job; certification recommended", "seed"),
    "ocr": ("HHS Office for Civil Rights enforces HIPAA Privacy and Security Rules", "C"),
    "access30": ("right of access: act within 30 days, one 30-day extension with written notice", "C"),
    "training": ("covered entity must train all workforce members and apply sanctions", "1"),
    "doc6": ("HIPAA compliance documentation (incl. authorizations) kept 6 years", "C"),
    "chps": ("CHPS eligibility: bachelor's + 2 years privacy/security experience (other routes)", "1"),
    "crc": ("CRC is AAPC's risk adjustment (HCC) coding credential", "C"),
    "qualities": ("BLS important qualities: analytical, detail oriented, integrity, interpersonal", "C"),
    "aapc_pay": ("AAPC 2021 survey: certified about $60,097, 27% more than non-certified", "1"),
    "texas": ("StartRight: Texas is the state with the highest employment", "1"),
    "ctr": ("cancer registrars: CTR credential from NCRA", "C"),
    "programs": ("certificates to associate degrees in HIT/HIM at community colleges and technical schools", "seed"),
    "aapc_noproof": ("AAPC exams need no proof of education or experience; passers without it get CPC-A", "C"),
    # conversation facts
    "rhia_elig": ("RHIA eligibility: CAHIIM-accredited bacc/master's HIM program or post-bacc certificate", "C"),
    "recert80": ("AHIMA recertification: 2-year cycle, at least 80% of CEUs in HIIM domains", "C"),
    "drs": ("right of access covers the designated record set, except psychotherapy notes", "C"),
    "cpca": ("CPC-A removed after 2 years experience (or 1 year + 80-hour course)", "C"),
    "ccs_elig": ("CCS: HS diploma required; recommended routes incl. CCA + 1 year, coursework incl. pharmacology", "1"),
    "cpt_outpt": ("ICD-10-PCS is inpatient; CPT/HCPCS continue for outpatient and physician procedures", "C"),
    "safe_harbor": ("Safe Harbor: geographic units below state removed; first 3 ZIP digits allowed if area >20,000", "C"),
    "coop": ("Official ICD-10-CM/PCS guidelines approved by the Cooperating Parties: AHA, AHIMA, CMS, NCHS", "1"),
    "early": ("early testing for RHIT/RHIA in the last term of a CAHIIM-accredited program", "C"),
    "ahima1928": ("AHIMA began in 1928 as the Association of Record Librarians of North America", "C"),
    "growth_reason": ("BLS reason for growth: more people in older age groups", "C"),
    "chda": ("CHDA is for health data analysts; 30 CEUs every 2 years", "1"),
    "office_exp": ("experience with filing or other office tasks may boost chances of getting hired", "seed"),
    "retention": ("HIPAA has no medical-record retention requirement; state law governs", "C"),
    "ctr_ce": ("CTR maintenance: 20 continuing education hours every two years", "1"),
    "employment": ("employment 194,800 (2024) vs 194,300 (2022); +7% projected", "1"),
    "nha_elig": ("NHA eligibility: HS/GED plus training program or 1 year supervised work experience", "C"),
    "security": ("Security Rule covers electronic PHI only; paper/oral under the Privacy Rule", "C"),
    "aapc_ceu": ("AAPC CEU policy: earned within the 2-year period, no carry-over", "1"),
    "breach500": ("breach of 500+: notify HHS Secretary; >500 residents of a state: media", "C"),
    "mortality": ("US uses WHO ICD-10 for mortality (death certificates), ICD-10-CM for morbidity", "C"),
    "sched120": ("AHIMA exams must be scheduled within 120 days of eligibility", "C"),
}

STYLES = ("terse", "plain", "web", "supervisor", "nonnative", "long", "facts")


def f_note(fact, career, mention, style, follow=None):
    text, mark = FACTS[fact]
    parts = [f"F: {text} ({mark})", f"career={career} ({mention})"]
    if follow:
        parts.append(f"follow-up={follow}")
    parts.append(style)
    return "; ".join(parts)


def d_note(what, career, style, follow=None):
    parts = [f"D-other-career: {what}", f"career={career}"]
    if follow:
        parts.append(f"follow-up={follow}")
    parts.append(style)
    return "; ".join(parts)


ITEMS = []
FACT_USE = Counter()


def add_in(n, fact, career, mention, style, q, expect, forbid=()):
    FACT_USE[fact] += 1
    ITEMS.append({"id": f"fk{n:03d}", "kind": "in", "q": q, "expect": expect,
                  "forbid": list(forbid), "note": f_note(fact, career, mention, style)})


def add_oos(n, what, career, style, q):
    ITEMS.append({"id": f"fk{n:03d}", "kind": "oos", "q": q, "expect": [], "forbid": [],
                  "note": d_note(what, career, style)})


# Common alternative groups
CCA = [" cca", "(cca", "certified coding associate"]
TWO_YEARS = ["2 years", "two years", "2-year", "two-year", "every two", "every 2"]

# ---------------------------------------------------------------------------
# Step 1: single questions, kind "in" (fk001-fk040): career mentioned incidentally
# ---------------------------------------------------------------------------
add_in(1, "rhit_elig", "LPN", "own past job", "long",
       "I've been an LPN for 8 years, mostly long-term care, and between the short staffing and my knees I'm "
       "done with floor work. A friend in HIM said I should get my RHIT since I already know charting inside out. "
       "Can I sit for the RHIT on my nursing experience, or do I have to go back to school for it? I'd rather "
       "not waste money on an exam I'm not allowed to take.",
       [["cahiim"], ["associate"]])

add_in(2, "min_nec", "charge nurse", "colleague in a story", "supervisor",
       "Our charge nurse keeps asking my clerks for whole charts when all she really needs is the discharge "
       "summary or the med list. Does minimum necessary apply to requests like that, or does anything a nurse "
       "asks for get a pass?",
       [["minimum necessary"], ["treatment"]])

add_in(3, "sched_bls", "nurse", "comparison", "terse",
       "is coding less stressful than nursing lol",
       [["computer"], ["full time", "full-time", "patient care", "detail"]])

add_in(4, "cdi", "RN", "supposed requirement", "plain",
       "Do I need to be a nurse first to get into CDI? Every clinical documentation person at my hospital is an "
       "RN, and I'm an RHIT with four years in coding.",
       [["cdip", "certified documentation improvement"],
        ["ccds", "acdis", "not required", "don't have to be", "do not have to be", "not necessarily",
         "doesn't have to be", "not only"]])

add_in(5, "liaison", "doctors and nurses", "people a coder works with", "web",
       "do medical coders have to talk to doctors and nurses a lot",
       [["clarify", "clarif"], ["patient care", "interpersonal", "discrepanc"]])

add_in(6, "cca_elig", "medical assistant", "transferable background", "plain",
       "Does medical assistant experience help for the CCA? I've been an MA at a family practice for three "
       "years, rooming patients, doing referrals and some prior auths, but no actual coding.",
       [CCA, ["6 months", "six months", "pcap", "high school"]])

add_in(7, "sched_cos", "ER unit secretary", "workplace setting / own current job", "long",
       "I'm a unit secretary in the ER at a level II trauma center and I've been on 7p-7a for almost four years. "
       "I like the paperwork side way more than the chaos, and our HIM manager mentioned they might have an "
       "opening for a health information tech. Before I get my hopes up: do HIM techs basically work days, or "
       "do hospitals keep them on evening and overnight shifts too? I have two kids so it really matters.",
       [["evening", "overnight"], ["full time", "full-time", "24/7", "24 hours", "24-hour", "around the clock"]])

add_in(8, "settings", "paralegal", "family member in a story", "plain",
       "My sister is a paralegal and she says law firms hire people with the RHIT credential. Is that true, or "
       "is she mixing it up with something else? I thought RHITs only work in hospitals.",
       [["law"], ["hospital"]])

add_in(9, "cm_nchs", "pharmacy technician", "own past job", "nonnative",
       "I was pharmacy technician in Philippines for 5 year, now I live in US and I study medical coding. Who is "
       "making the ICD-10-CM codes here, is it WHO or the US government? I want to buy the correct book.",
       [["nchs", "national center for health statistics"]])

add_in(10, "pay_median", "phlebotomist", "own current job / comparison", "facts",
       "I'm a phlebotomist making $19 an hour. What's the BLS median pay for medical records specialists, "
       "hourly and yearly, and what year is that number from?",
       [["50,250", "24.16"], ["2024"]])

add_in(11, "cpt_ama", "respiratory therapists", "colleagues in a story", "supervisor",
       "I run a small coding team and the respiratory therapy department keeps emailing us asking why their "
       "treatments get coded the way they do. Before I answer them: who actually maintains CPT, and how often "
       "does it change?",
       [["american medical association", " ama", "(ama"],
        ["annual", "every year", "january 1", "jan 1", "yearly", "once a year"]])

add_in(12, "hcpcs2", "EMT", "own past job", "plain",
       "I worked as an EMT for four years before starting my coding certificate, so I'm curious: which code set "
       "are ambulance services billed under? Is it CPT or something else?",
       [["hcpcs"], ["level ii", "level 2"]])

add_in(13, "cpc_format", "dental assistant", "own current job", "terse",
       "dental asst here, is the cpc exam open book? how many questions",
       [["100"], ["open book", "open-book", "code book", "codebook", "manual"]])

add_in(14, "coc", "radiology techs", "workplace setting", "long",
       "Long story short, I've been doing front desk and scheduling at a hospital-owned imaging center for two "
       "years. I'm surrounded by rad techs all day but I have zero interest in doing scans myself, what I like is "
       "the billing side. Our outpatient imaging charges get coded by someone in the hospital's outpatient coding "
       "unit, and she told me her AAPC credential is specifically for hospital outpatient facility coding, not the "
       "CPC. I forgot to write it down. Which credential is that?",
       [[" coc", "(coc", "certified outpatient coder"]])

add_in(15, "coursework", "biology teacher", "own current job / transferable background", "nonnative",
       "I am teacher of high school biology for 12 years. Is my anatomy knowledge useful to become medical records "
       "technician? Which courses they teach in a health information program?",
       [["terminology"], ["reimbursement", "healthcare law", "health care law", "ethics", "classification"]])

add_in(16, "auth", "social worker", "colleague in a story", "supervisor",
       "One of our hospital social workers asked my ROI clerk for a patient's records to help with a housing "
       "application, and the patient filled out some form. For my staff training: what has to be on a valid "
       "HIPAA authorization before we can release records on it?",
       [["expiration", "expire"], ["signature", "signed"]])

add_in(17, "cca_format", "CNA", "own current job", "facts",
       "I'm a CNA at a nursing home studying for coding on the side. How many questions is the CCA exam and how "
       "long do you get?",
       [["105"], ["2 hours", "two hours", "2-hour", "two-hour", "120 minutes"]])

add_in(18, "growth7", "registered nurse", "comparison", "web",
       "medical records specialist vs registered nurse job growth 2024-2034",
       [["7%", "7 percent", "seven percent"]])

add_in(19, "cert_len", "paramedic", "own past job", "plain",
       "I was a paramedic for ten years and my back is shot. How long do medical coding certificate programs "
       "usually take? I can't do another two-year program right now.",
       [["semester"]])

add_in(20, "phi_forms", "court clerk", "outsider in a story", "supervisor",
       "A clerk from the county court calls our HIM office every week wanting records faxed over, and it made me "
       "realize my new hires don't really know what PHI covers. Does HIPAA protect paper and spoken information "
       "too, or only what's in the EHR?",
       [["oral", "verbal", "spoken"], ["paper"]])

add_in(21, "settings", "nurse", "family member in a story", "nonnative",
       "My mother is nurse in hospital and she say coders and record technicians only can work in hospital. Is "
       "true? Where else they can work?",
       [["nursing home", "nursing care", "long-term care"], ["physician", "doctor"]])

add_in(22, "remote_new", "pharmacy technician", "own current job", "terse",
       "pharm tech thinking of switching to coding. can i work remote right away or no",
       [["on-site", "onsite", "on site", "in-person", "in person", "in the office", "entry-level", "entry level"]])

add_in(23, "icd10_date", "medical biller at an insurer", "family member in a story", "long",
       "My husband has been a medical biller at a big insurance company for years and we got into a silly "
       "argument at dinner. I did my medical records training way back when everything was ICD-9, then took "
       "time off for the kids, and now I'm getting back into the field. He says everything went over to ICD-10 "
       "in 2015, I thought it was earlier, like 2013. Who's right, and what was the exact date?",
       [["october 1, 2015", "oct 1, 2015", "oct. 1, 2015", "october 1 2015", "10/1/2015", "2015-10-01"]])

add_in(24, "sched_vault", "middle school teacher", "own current job", "plain",
       "I'm a middle school teacher and I'd like to try medical records work part-time before quitting teaching. "
       "Is part-time work actually a thing in this field, or is it all full-time?",
       [["part-time", "part time"], ["40-hour", "40 hour", "full time", "full-time"]])

add_in(25, "pcs_cms", "x-ray tech", "own current job", "facts",
       "I'm an x-ray tech learning coding. How many characters does every ICD-10-PCS code have, and who maintains "
       "that code set?",
       [["7 characters", "seven characters", "7-character", "seven-character", "7 alphanumeric",
         "seven alphanumeric"],
        [" cms", "(cms", "centers for medicare"]])

add_in(26, "breach60", "respiratory therapist", "colleague in a story", "plain",
       "A respiratory therapist at my hospital left a folder of patient notes in the cafeteria and now everyone "
       "is talking about breaches. In general, when something does count as a breach, how long does a hospital "
       "have to notify the patients?",
       [["60 days", "60 calendar days", "sixty days", "60-day", "sixty calendar days"]])

add_in(27, "hs_ojt", "CNA", "own current job", "web",
       "cna to medical records clerk without a degree possible?",
       [["high school", " ged", "(ged", "diploma"], ["on-the-job", "on the job"]])

add_in(28, "no_license", "dental assistant", "own current job", "terse",
       "dental assistant, office mgr wants me to take over our records. do i need a license for that?",
       [["license"], ["recommend", "improve", "competitive", "advancement", "boost"]])

add_in(29, "ocr", "phlebotomist", "own current job", "nonnative",
       "I work phlebotomy in hospital lab 2 years and now I take HIPAA class for medical records. Which government "
       "office is enforce HIPAA?",
       [["office for civil rights", " ocr", "(ocr"]])

add_in(30, "access30", "LPN", "own current job", "long",
       "I'm an LPN at a busy family clinic and I'm also halfway through an HIT certificate. Patients constantly "
       "stop me in the hallway asking how to get copies of their records. I always point them to the medical "
       "records window, but I'd like to actually know the rule since it'll be my job soon enough. Once a patient "
       "asks for their records, how long does the clinic have to respond, and can that deadline be pushed back?",
       [["30 days", "30 calendar days", "thirty days", "30-day", "thirty calendar days"], ["extension", "extend"]])

add_in(31, "training", "pharmacy technicians", "colleagues in a story", "supervisor",
       "Our pharmacy techs keep walking into HIM asking my staff to pull records for med reconciliation, so I'm "
       "building a HIPAA refresher for the department. Is training required for every workforce member, even "
       "non-clinical people like my scanning clerks?",
       [["all workforce", "every workforce", "all members", "all staff", "entire workforce", "workforce members",
         "all employees", "all of your workforce"],
        ["sanction"]])

add_in(32, "doc6", "paralegal", "own current job", "facts",
       "Paralegal here, our firm requests medical records constantly, so I got curious about the HIPAA side. How "
       "long must a covered entity keep its HIPAA documentation, like policies and signed authorizations?",
       [["6 years", "six years", "6-year", "six-year"]])

add_in(33, "chps", "social worker", "own past job", "nonnative",
       "I was social worker in hospital 6 years, I have bachelor degree. Now I interest in privacy side of health "
       "information. For CHPS certification, what I need to be eligible?",
       [["2 years", "two years", "2-year", "two-year"], ["privacy"]])

add_in(34, "crc", "ER unit clerk", "workplace setting / own current job", "terse",
       "er unit clerk trying to get into coding. whats a CRC and who is it for",
       [["risk adjustment", "risk-adjustment"]])

add_in(35, "qualities", "medical assistant", "comparison", "web",
       "medical assistant vs medical records specialist skills needed",
       [["detail"], ["integrity", "analytical", "interpersonal"]])

add_in(36, "aapc_pay", "surgical technologist", "family member in a story", "nonnative",
       "My cousin is surgical technologist and she tell me coders earn more money when they have certification. "
       "How much more? Is there some survey about it?",
       [["27%", "27 percent"], ["aapc"]])

add_in(37, "texas", "home health aide", "own current job", "facts",
       "I'm a home health aide looking at moving into medical records. Which state employs the most medical "
       "records specialists?",
       [["texas"]])

add_in(38, "ctr", "oncology nurses", "colleagues / workplace setting", "long",
       "I do scheduling at an outpatient oncology clinic. The oncology nurses were chatting at lunch about a "
       "cancer registrar opening at the main hospital, and it sounded like exactly my kind of job, detail work, "
       "data, following patients over time, no needles. One of them said you need a special credential but "
       "nobody remembered the name or who gives it. What credential do cancer registrars get, and from which "
       "organization?",
       [[" ctr", "(ctr", "certified tumor registrar"], ["ncra", "national cancer registrars"]])

add_in(39, "programs", "high school teacher", "outsider in a story", "supervisor",
       "I'm an HIM director and a high school teacher asked me to talk at their career day about working in "
       "medical records. What kinds of schools and programs should I tell students about?",
       [["certificate"], ["associate"]])

add_in(40, "aapc_noproof", "EMT / CNA", "supposed requirement", "web",
       "do you need clinical experience like emt or cna to take the cpc exam",
       [[" cpc-a", "(cpc-a", "apprentice"], ["aapc"]])

# ---------------------------------------------------------------------------
# Step 1b: single questions, kind "oos" (fk041-fk070): the career itself is asked about
# ---------------------------------------------------------------------------
add_oos(41, "how to become an RN, ADN vs BSN", "registered nurse", "plain",
        "How do I become a registered nurse? Is an associate degree in nursing enough or do I need a BSN?")
add_oos(42, "NCLEX question count", "registered nurse", "terse",
        "how many questions on the nclex rn now")
add_oos(43, "LPN pay in a state", "LPN", "web",
        "lpn salary texas 2025")
add_oos(44, "CNA state exam skills part", "CNA", "nonnative",
        "I want to take CNA state exam next month. What skills they are testing in the skills part?")
add_oos(45, "best phlebotomy certification", "phlebotomist", "long",
        "Okay so here's my situation. I'm 34, three kids, I've been doing front desk at a dentist's office for "
        "years and I need something that pays a bit better without going back to school for four years. My "
        "neighbor works in a hospital lab and says phlebotomy is quick to get into and there are always openings. "
        "I found a couple of local courses but they all push different certifications. Which phlebotomy "
        "certification is the best one to get, and do hospitals care which agency it's from?")
add_oos(46, "PTCB exam and state pharmacy tech licensing", "pharmacy technician", "plain",
        "What's the PTCB exam like, and do I also need to be registered with the state board of pharmacy to work "
        "as a pharmacy technician?")
add_oos(47, "is medical assisting a good career, CMA vs RMA", "medical assistant", "terse",
        "is medical asisstant a good carreer? cma or rma better")
add_oos(48, "ABA-approved paralegal programs", "paralegal", "web",
        "aba approved paralegal certificate online how long")
add_oos(49, "court clerk duties and civil service exam", "court clerk", "plain",
        "What does a court clerk actually do day to day, and do you have to pass a civil service exam to get "
        "hired?")
add_oos(50, "EMT course length and NREMT", "EMT", "nonnative",
        "How long is the EMT basic course and after it how I can pass the NREMT exam? Is it difficult?")
add_oos(51, "paramedic median pay", "paramedic", "facts",
        "What's the median annual pay for paramedics according to BLS?")
add_oos(52, "radiologic technologist school and ARRT exam", "radiology tech", "long",
        "I'm a medical records clerk at a mid-size hospital and my desk is right next to radiology, so I watch the "
        "rad techs all day and honestly their job looks a lot more interesting than scanning loose paperwork. "
        "My manager would probably let me drop to part-time if I went back to school. How long is x-ray tech "
        "school usually, and what is the ARRT exam like?")
add_oos(53, "respiratory therapist licensing", "respiratory therapist", "terse",
        "resp therapist license requirements?")
add_oos(54, "dental assistant radiography permit", "dental assistant", "nonnative",
        "dental assistant in california need x-ray certificate for take x-rays? where I get it")
add_oos(55, "nursing school prerequisites, switch away from HIM", "nurse (switch away from HIM)", "plain",
        "I'm an RHIT and I want to go to nursing school. What prerequisites do I need to apply?")
add_oos(56, "LCSW supervised hours", "social worker", "facts",
        "How many supervised clinical hours do you need for the LCSW, and how is it different from an LSW?")
add_oos(57, "alternative teacher certification", "teacher", "long",
        "I've got a bachelor's in biology, I'm 41, and after years of temp office jobs (including a stint filing "
        "charts at a clinic, which I did not love) I think what I actually want is to teach high school science. "
        "Everyone says there's a teacher shortage. How does alternative teacher certification work and how "
        "long does it usually take before I can be in a classroom?")
add_oos(58, "becoming a health insurance claims adjuster", "claims adjuster at an insurer", "web",
        "how to become a health insurance claims adjuster do i need state license")
add_oos(59, "surgical tech vs scrub nurse pay", "surgical tech", "terse",
        "surgcal tech vs scrub nurse which pays more")
add_oos(60, "sonographer pay and outlook", "sonographer", "facts",
        "How much do diagnostic medical sonographers earn, and what's their job outlook?")
add_oos(61, "paralegal school length, switch away from coding", "paralegal (switch away from HIM)", "long",
        "I've been coding for six years, CPC, mostly orthopedics, and I'm completely burned out on productivity "
        "quotas and denials. I keep thinking about becoming a paralegal instead, since I'm good with documents and "
        "deadlines. How long does paralegal school take, and is it worth it money-wise compared to what I make now?")
add_oos(62, "LPN programs for working adults", "LPN", "supervisor",
        "I manage a clinic and one of my medical assistants wants to become an LPN. Which LPN programs work for "
        "people who have a full-time job, and how long do they usually run? I'd like to support her.")
add_oos(63, "foreign nurse licensure in the US", "nurse", "nonnative",
        "In my country I was nurse for 9 years. How I can get nursing license in USA? I need to pass some exam?")
add_oos(64, "CNA hourly pay", "CNA", "facts",
        "What's the average hourly pay for a CNA in a nursing home?")
add_oos(65, "pharmacy tech training length, switch away from HIT", "pharmacy technician (switch away)", "terse",
        "hit student, thinking of switching to pharm tech instead. how long is the training")
add_oos(66, "phlebotomist duties for a resume", "phlebotomist", "web",
        "phlebotomist job duties list for resume")
add_oos(67, "phlebotomy training and certification for staff", "phlebotomist", "supervisor",
        "I'm an HIM manager and two of my file clerks are asking me about becoming phlebotomists. How long is "
        "phlebotomy training and which certification would they need?")
add_oos(68, "EMT vs paramedic scope", "EMT / paramedic", "nonnative",
        "what is difference between EMT and paramedic? paramedic can do more things, what exactly?")
add_oos(69, "is respiratory therapy a good career, accredited RT schools", "respiratory therapist", "supervisor",
        "I'm an HIM director and my daughter wants to be a respiratory therapist. Is that a good career, and how "
        "do we find accredited respiratory therapy programs?")
add_oos(70, "court clerk exam and salary, switch away from HIM", "court clerk (switch away)", "long",
        "I have worked in medical records for 3 years in a hospital, mostly scanning and release of information. "
        "I like the legal side of ROI a lot, subpoenas and court orders are my favorite part of the job, so I am "
        "thinking to change to a court clerk job at the county courthouse. What exam do they give for court "
        "clerk and what is the salary?")


# ---------------------------------------------------------------------------
# Step 2: conversations (fkc001-fkc040)
# ---------------------------------------------------------------------------
def add_conv(n, fact, career, mention, follow, style, opener, last, expect):
    FACT_USE[fact] += 1
    ITEMS.append({"id": f"fkc{n:03d}", "kind": "conv",
                  "turns": [{"q": opener}, {"q": last, "expect": expect}],
                  "note": f_note(fact, career, mention, style, follow)})


def add_decl(n, what, career, follow, style, opener, last):
    ITEMS.append({"id": f"fkc{n:03d}", "kind": "conv", "decline": True,
                  "turns": [{"q": opener}, {"q": last, "expect": []}],
                  "note": d_note(what, career, style, follow)})


# 2a: answerable conversations (fkc001-fkc025): last turn mentions a career incidentally
add_conv(1, "rhia_elig", "RN", "own past job", "eligibility-check on the earlier credential", "long",
         "What's the difference between the RHIT and the RHIA?",
         "Okay, that helps. So here's my situation: I already have a bachelor's in nursing from when I worked as an "
         "RN, about twelve years ago, before I moved into utilization review and then into our HIM department "
         "as a records analyst. I'm not going back for another four-year degree at this point in my life. Would my "
         "nursing bachelor's get me in to take the RHIA, or what would I need on top of it?",
         [["cahiim"], ["post-baccalaureate", "post-bacc", "certificate"]])

add_conv(2, "recert80", "CNA", "colleague comparison", "ellipsis", "terse",
         "how many CEUs do i need to keep my RHIT?",
         "my coworker's a cna and she only needs like 12 hrs lol. do mine all have to be HIM topics or can some be anything",
         [["80%", "80 percent", "eighty percent"]])

add_conv(3, "drs", "nurses", "colleagues in a story", "related-topic", "supervisor",
         "What does a release of information clerk actually do?",
         "Related problem on my side: the nurses on our floors keep telling patients to 'just ask HIM for "
         "everything'. When a patient asks for their own records, does their right of access cover every part of "
         "the chart, or are some things left out?",
         [["designated record set"], ["psychotherapy"]])

add_conv(4, "cpca", "phlebotomist", "own current job", "pronoun (the exam from turn 1)", "terse",
         "what does the cpc exam cover",
         "if my only job so far is phlebotomy and i pass it, do i get stuck with the apprentice thing? how do i get rid of it",
         [[" cpc-a", "(cpc-a", "apprentice"], TWO_YEARS])

add_conv(5, "ccs_elig", "unit secretary", "own past job / workplace", "eligibility-check", "plain",
         "What is the CCS credential?",
         "I have my CCA now and about a year of coding at the hospital where I used to be a unit secretary. Is "
         "that enough to go for it?",
         [["1 year", "one year"], ["recommend", "not required", "high school"]])

add_conv(6, "cpt_outpt", "surgical tech", "family member in a story", "comparison across turns", "plain",
         "Which code set do hospital coders use for inpatient procedures?",
         "My brother is a surgical tech and he says the surgeon's office codes the same surgery with something "
         "different. What would that be?",
         [["cpt", "current procedural terminology"]])

add_conv(7, "min_nec", "ICU nurse", "colleague in a story", "applied-scenario", "supervisor",
         "Can you explain HIPAA's minimum necessary rule in plain terms?",
         "So when an ICU nurse calls down wanting old records for a patient she's treating right now, do my clerks "
         "have to trim what they send her?",
         [["treatment"]])

add_conv(8, "safe_harbor", "teacher", "own current job", "applied-scenario", "long",
         "What are the 18 HIPAA identifiers?",
         "Thanks. Some context: I teach health sciences at a career-tech high school, and a local hospital offered "
         "me old charts for a classroom exercise on abstracting, stripped of identifiers. My students would love "
         "to see some geography in the data, like comparing neighborhoods, so I was hoping to keep the ZIP codes. "
         "Is keeping the ZIP code allowed under that list, or does it all have to go?",
         [["3 digits", "three digits", "first 3", "first three", "3-digit", "three-digit"], ["20,000"]])

add_conv(9, "coop", "RN", "family member in a story", "challenge", "plain",
         "Who maintains ICD-10-CM?",
         "And who decides the official coding guidelines? My aunt is an RN and she swears each hospital just makes "
         "up its own.",
         [["cooperating parties"], [" aha", "(aha", "american hospital association"]])

add_conv(10, "early", "dental assistant", "own past job", "pronoun (the exam from turn 1)", "nonnative",
         "Is the RHIT exam hard? How long is it?",
         "I am in last semester of my HIT program, before I was dental assistant and I want to change job fast. "
         "Can I take it before I graduate?",
         [["early"], ["last term", "final term", "last semester", "final semester", "before graduat",
                      "before you graduate", "before you've graduated"]])

add_conv(11, "ahima1928", "nurse", "family member in a story", "back-reference to turn 1", "terse",
         "what does AHIMA stand for",
         "huh. my great grandma was a nurse in the 1920s and said records people had some other name back then. "
         "when did ahima start and what was it called",
         [["1928"], ["record librarians"]])

add_conv(12, "hcpcs2", "respiratory therapists", "colleagues in a story", "applied-scenario", "facts",
         "What is HCPCS Level II used for?",
         "So the home oxygen equipment our respiratory therapists set patients up with would get one of those "
         "codes? What format are the codes?",
         [["letter"], ["4 digits", "four digits", "4 numbers", "four numbers", "4-digit", "four-digit",
                       "4 numeric", "four numeric"]])

add_conv(13, "growth_reason", "LPN", "family member in a story", "why-question on turn 1", "nonnative",
         "What is the job outlook for medical records specialists?",
         "My mother is retired LPN and she ask me why this job is growing. What reason BLS gives?",
         [["older", "aging", "ageing", "age group", "elderly"]])

add_conv(14, "chda", "math teacher", "own current job", "pronoun (the credential from turn 1)", "terse",
         "whats the CHDA",
         "im a hs math teacher so the stats part sounds fun. how many ceus would i need to keep it",
         [["30 ceu", "30 continuing", "30 c"], TWO_YEARS])

add_conv(15, "office_exp", "medical assistant", "transferable background", "ellipsis", "web",
         "Do medical records clerks need a degree?",
         "medical assistant 2 yrs front desk scanning check-in experience help get hired records clerk?",
         [["filing", "office"]])

add_conv(16, "retention", "paralegal", "colleague in a story", "challenge", "long",
         "How long do hospitals have to keep medical records?",
         "Hmm, that's not what I heard. I work in the records department of a small hospital and last week a "
         "paralegal from one of the law firms that requests records from us all the time told me, very "
         "confidently, that HIPAA itself says records must be kept 7 years, and that we're breaking federal law if "
         "we destroy anything sooner. My supervisor wasn't around so I just nodded. Is she right?",
         [["state"], ["does not", "doesn't", "not include", "no medical record retention", "no retention",
                      "not set", "no federal"]])

add_conv(17, "ctr_ce", "oncology nurses", "colleagues in a story", "pronoun (the credential from turn 1)", "facts",
         "What is a CTR in health information?",
         "The oncology nurses I work with complain about their CE load. How many CE hours would I need for that "
         "one, and how often?",
         [["20 continuing", "20 ce", "20 hours", "20 c"], TWO_YEARS])

add_conv(18, "employment", "radiology tech", "colleague in a story", "challenge / comparison over time", "facts",
         "How many people work as medical records specialists in the US?",
         "Is that more or less than a couple of years ago? A radiology tech at work keeps saying the field is "
         "shrinking because of AI.",
         [["194,800", "194,300"], ["7%", "7 percent", "seven percent"]])

add_conv(19, "ccs_elig", "pharmacy technician", "own past job / transferable background", "related detail", "plain",
         "Do I need to know anatomy to be a coder?",
         "I went through pharmacy tech school years ago, so I know drug names pretty well. Does AHIMA list "
         "pharmacology as recommended coursework for the CCS?",
         [["pharmacology"], ["pathophysiology", "anatomy", "terminology"]])

add_conv(20, "nha_elig", "medical assistant", "own current job", "eligibility-check", "nonnative",
         "What is CEHRS certification?",
         "I work 1 year as front desk medical assistant, but I never did training program. I can still take this "
         "exam?",
         [["one year", "1 year", "12 months"], ["supervised", "work experience"]])

add_conv(21, "security", "paramedics", "outsiders in a story", "applied-scenario", "supervisor",
         "What does the HIPAA Security Rule cover?",
         "The paramedics drop paper run sheets at our ER desk and my clerks scan them later. Are the paper copies "
         "under the Security Rule too?",
         [["electronic"], ["privacy rule"]])

add_conv(22, "aapc_ceu", "dental hygienist", "family member in a story", "topic-switch", "web",
         "How much do medical coders make?",
         "different q: aapc ceus carry over to next cycle? (wife's a dental hygienist and hers roll over lol)",
         [["carry", "roll over", "rollover", "roll-over", "rolled over"],
          ["2-year", "two-year", "2 year", "two year", "every two", "every 2"]])

add_conv(23, "breach500", "EMT crew", "outsiders in a hypothetical", "applied-scenario", "supervisor",
         "What counts as a breach under HIPAA?",
         "Say an ambulance service's tablet with 600 patients' unencrypted run reports, all from our county, got "
         "stolen from the EMT crew's truck. Besides the patients, who else has to be told?",
         [["secretary", "hhs"], ["media"]])

add_conv(24, "mortality", "paramedic", "family member in a story", "topic-switch within coding", "long",
         "Is ICD-11 being used in the US yet?",
         "Okay, related thing that came up at home. My husband is a paramedic and he was saying that when someone "
         "dies in the field, the death certificate ends up coded with the same codes hospitals use for billing. "
         "I told him I didn't think that was right, but I couldn't explain why. Which ICD version is used for "
         "death certificates in the US?",
         [["icd-10"], ["mortality", "world health organi", "(who)", "who version"]])

add_conv(25, "sched120", "elementary teacher", "own current job", "follow-up on turn 1", "nonnative",
         "Who gives the AHIMA certification exams, where do you take them?",
         "I am teacher in elementary school, I only free in summer. After I become eligible, how much time I have "
         "to schedule the exam?",
         [["120"]])

# 2b: decline conversations (fkc026-fkc040): last turn asks about the neighbouring career itself
add_decl(26, "asks nursing CEU requirements", "nurse", "lookalike follow-up ('same for nurses?')", "terse",
         "how many CEUs do RHITs need every two years",
         "is it the same for nurses?")
add_decl(27, "asks phlebotomist pay", "phlebotomist", "lookalike follow-up ('how much do they make')", "facts",
         "Half my lab team are phlebotomists and a couple of them want to move into medical records. Do records "
         "clerks need a certification to get hired?",
         "ok and phlebotomists, how much do they make on average?")
add_decl(28, "asks NCLEX format", "registered nurse", "explicit other-career question", "plain",
         "How long is the CCA exam?",
         "My roommate takes the NCLEX next month. How many questions is that one?")
add_decl(29, "asks pharmacy tech schooling", "pharmacy technician", "ellipsis ('and for a pharmacy tech?')", "web",
         "what schooling does a health information technician need",
         "and for pharmacy tech? same kind of program?")
add_decl(30, "asks dental radiography certificate", "dental assistant", "explicit other-career question", "nonnative",
         "HIPAA is applying to dental offices also?",
         "ok thank you. I am dental assistant, I need certificate for take x-rays in my state?")
add_decl(31, "asks nursing school prerequisites (switch away from HIM)", "nurse (switch away)",
         "switch away from HIM", "long",
         "What's the RHIA and how is it different from what I have?",
         "Honestly I'm asking because I've been an RHIT for five years and I want out. I've done coding, ROI, "
         "now chart analysis, and I've realized I want to take care of patients, not their paperwork. I'm "
         "looking at accelerated nursing programs near me. What prerequisites do nursing schools usually want, "
         "and will any of my HIT classes count?")
add_decl(32, "asks paralegal certificate jobs and length", "paralegal", "comparison turned into other career", "plain",
         "What jobs can I get with a CCS?",
         "What about a paralegal certificate, what jobs would that get me and how long is the program?")
add_decl(33, "asks court clerk duties and pay", "court clerk", "ellipsis ('and a court clerk?')", "terse",
         "what does a medical records clerk do",
         "and a court clerk? like at the courthouse. whats their job and pay")
add_decl(34, "asks EMT certification", "EMT", "explicit other-career question", "web",
         "Is certification required to work as a medical coder?",
         "emt certification how to get nremt")
add_decl(35, "asks radiologic tech programs and career", "radiology tech", "family member asking about the career",
         "long",
         "Where do RHITs work besides hospitals?",
         "Thanks, I'm asking for my daughter, who is a senior and trying to decide between HIT and something "
         "more hands-on. Her guidance counselor keeps pushing radiology tech. How long do radiology tech programs "
         "take to get to the ARRT exam, and is it a good career for her?")
add_decl(36, "asks respiratory therapist pay", "respiratory therapist", "ellipsis ('and respiratory therapists?')",
         "facts",
         "What's the median pay for medical records specialists?",
         "and respiratory therapists?")
add_decl(37, "asks CMA vs RMA for hiring medical assistants", "medical assistant", "supervisor hiring other staff",
         "supervisor",
         "What skills should I look for when hiring records clerks?",
         "I also hire medical assistants for our clinic. Should I require the CMA or the RMA, and what's the "
         "difference between them?")
add_decl(38, "asks CNA program length and state test", "CNA", "ellipsis ('and CNA programs?')", "nonnative",
         "How long are coding certificate programs?",
         "and CNA program, how many weeks is it and what is in the state test?")
add_decl(39, "asks whether an MSW is needed for social work", "social worker", "switch to the other career", "terse",
         "do social workers need a signed authorization to get records from HIM",
         "thinking of becoming one actually. do i need an msw to be a social worker")
add_decl(40, "asks claims examiner licensing at an insurer", "claims examiner at an insurer",
         "supervisor asking for a staff member", "supervisor",
         "What's the difference between a medical coder and a medical biller?",
         "One of my billers wants to move to the insurance side as a claims examiner. What license would she need "
         "for that job?")


# ---------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------
over = {k: v for k, v in FACT_USE.items() if v > 2}
assert not over, f"facts tested more than twice: {over}"
assert set(FACT_USE) <= set(FACTS)

if __name__ == "__main__":
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for it in ITEMS:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    kinds = Counter(("conv-decline" if it.get("decline") else it["kind"]) for it in ITEMS)
    styles = Counter(it["note"].rsplit("; ", 1)[1] for it in ITEMS)
    print(len(ITEMS), dict(kinds))
    print(dict(styles))
