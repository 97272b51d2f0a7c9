// Limits that keep every answer usable on every surface (SPEC section 4).

/** An answer must fit one Discord message (2,000 characters) with room for its title and a notice. */
export const MAX_ANSWER_CHARS = 1800;
export const MIN_TOPIC_EXAMPLES = 15;
export const MIN_OTHER_EXAMPLES = 8;
/** Button labels on Discord are cut at 80 characters; suggestions must fit whole. */
export const MAX_ASK_CHARS = 80;
export const MAX_TITLE_CHARS = 80;
