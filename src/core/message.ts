// What an adapter hands the core: one incoming message, stripped of every platform type.

export const SURFACES = ['terminal', 'cli', 'discord', 'slack'] as const;
export type Surface = (typeof SURFACES)[number];

export interface Message {
  text: string;
  /** The person's id on their surface (a Discord user id, a Slack user id, "local" in the terminal). */
  person: string;
  /** Where the conversation happens (channel, DM or thread id); context is kept per person and channel. */
  channel: string;
  surface: Surface;
  /** True when the bot was addressed in a shared channel (a mention): rate-limited per channel as well. */
  shared?: boolean | undefined;
}

/** People are identified per surface: the same number on Discord and Slack is two different people. */
export function personKey(surface: Surface, person: string): string {
  return `${surface}:${person}`;
}
