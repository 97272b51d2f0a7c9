// Limits that keep every answer usable on every surface (the reply contract, src/contract/reply.ts).

/** An answer must fit one Discord message (2,000 characters) with room for its title and a notice. */
export const MAX_ANSWER_CHARS = 1800;
export const MIN_TOPIC_EXAMPLES = 15;
export const MIN_OTHER_EXAMPLES = 8;
/** Buttons cut labels at 80 characters on Discord and 75 on Slack; suggestions must fit whole on both. */
export const MAX_ASK_CHARS = 75;
export const MAX_TITLE_CHARS = 80;
