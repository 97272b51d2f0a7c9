// Fixed phrases of the core, in one place so that every surface says the same thing.
export const PHRASES = {
  empty: 'Ask me anything about careers in health information, for example "Do I need a degree to be a medical records clerk?" Type `/help` to see what I can do.',
  emergency:
    'If someone may be in danger right now, call 911 (or your local emergency number) immediately, and get help from the people near you. I am a career advisor and cannot give medical advice.',
  unreadable:
    "I couldn't read that as a question. Try writing it in words, for example \"What is the RHIT?\" Type `/help` to see what I can do.",
  truncated: (limit: number) => `Your message was long, so I read only its first ${limit} characters.`,
  privacy:
    "Please don't share patient information here (names with birth dates, record or account numbers, SSNs, phone numbers, addresses). I didn't store it. For a real patient's records, follow your facility's release-of-information process.",
  privacyOnly:
    "That looks like it contains patient details, so I haven't kept it. I can't look up or discuss a patient's records; I can answer career questions about health information work.",
  rateLimited: (seconds: number) => `You're sending messages faster than I can keep up. Please wait about ${seconds} seconds and try again.`,
  channelRateLimited: (seconds: number) => `This channel is asking a lot of questions at once. Please wait about ${seconds} seconds, or ask me in a direct message.`,
  error: 'Sorry, something went wrong on my side while answering that. Please try again in a moment.',
  feedbackThanks: 'Thanks for the feedback! It helps the team improve my answers.',
  feedbackSorry: "Thanks for telling me. I've noted it so the team can improve that answer.",
  feedbackUnknown: "I couldn't find that answer any more (it may be too old to rate). Ask again and rate the new answer.",
  forgetAsk:
    'This will delete everything I keep about you: your profile, checklists and progress, conversation context and the links to your feedback. It cannot be undone. Are you sure?',
  forgetDone: "Done: I've deleted everything I kept about you. If you come back, you'll start fresh.",
  forgetNothing: "I don't keep anything about you right now, so there was nothing to delete.",
  forgetCancelled: 'OK, nothing was deleted.',
  unknownAction: "That button doesn't work any more. Ask your question again, or type `/help`.",
  unknownCommand: (name: string) => `I don't know the command "${name}". Type \`/help\` to see the commands.`,
};
