// Who is asking, on which surface: what every adapter hands the core, stripped of every platform type.

/** The surfaces ChartPath runs on. The terminal covers the chat, `chartpath ask` and the eval (one name, not two). */
export const SURFACES = ['terminal', 'discord', 'slack'] as const;
export type Surface = (typeof SURFACES)[number];

/** Who is asking, on which surface and where: enough for the core to find their state and context. */
export interface Who {
  /** The person's id on their surface (a Discord user id, a Slack user id, "local" in the terminal). */
  person: string;
  /** Where the conversation happens (channel, DM or thread id); context is kept per person and channel. */
  channel: string;
  surface: Surface;
  /** True when the bot was addressed in a shared channel (a mention): rate-limited per channel as well. */
  shared?: boolean | undefined;
}

/** One incoming free-text message. */
export interface Message extends Who {
  text: string;
}

/** People are identified per surface: the same number on Discord and Slack is two different people. */
export function personKey(surface: Surface, person: string): string {
  return `${surface}:${person}`;
}

// The profile a checklist is personalised with: its vocabulary is shared by the store, the knowledge base's plans and
// the surfaces (Discord offers the levels as fixed choices).
export const EDUCATION_LEVELS = ['none', 'high-school', 'some-college', 'associate', 'bachelor'] as const;
export type Education = (typeof EDUCATION_LEVELS)[number];

export const EDUCATION_LABELS: Record<Education, string> = {
  none: 'No diploma yet',
  'high-school': 'High school diploma or GED',
  'some-college': 'Certificate or some college',
  associate: 'Associate degree in HIT or HIM',
  bachelor: "Bachelor's degree",
};

export const EXPERIENCE_LEVELS = ['none', 'office', 'healthcare'] as const;
export type Experience = (typeof EXPERIENCE_LEVELS)[number];

export const EXPERIENCE_LABELS: Record<Experience, string> = {
  none: 'No work experience yet',
  office: 'Office or filing work',
  healthcare: 'Work in healthcare',
};

export interface Profile {
  education: Education;
  experience: Experience;
}
