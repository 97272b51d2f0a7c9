// Slack's Block Kit as ChartPath uses it: the documented limits, the action ids of our interactive elements and the
// shapes of the blocks we build. Types and numbers only.
// --- Slack's limits (https://docs.slack.dev/reference/block-kit) ---
/** Text of a section block (and of any text object we send). */
export const MAX_SECTION_TEXT = 3000;
/** Blocks in one message. */
export const MAX_BLOCKS_PER_MESSAGE = 50;
/** Blocks in a Home tab (or modal) view. */
export const MAX_BLOCKS_PER_VIEW = 100;
/** Elements in one actions block. */
export const MAX_ACTIONS_ELEMENTS = 25;
/** Elements in one context block. */
export const MAX_CONTEXT_ELEMENTS = 10;
/** Text of a button. */
export const MAX_BUTTON_TEXT = 75;
/** Value of a button (the core's payload travels here unchanged). */
export const MAX_BUTTON_VALUE = 2000;
/** plain_text of a header block. */
export const MAX_HEADER_TEXT = 150;
/** Text of an option (select menus, checkboxes) and of an option group label. */
export const MAX_OPTION_TEXT = 75;
/** Value of an option. */
export const MAX_OPTION_VALUE = 150;
/** Option groups in one select menu, and options in one group. */
export const MAX_OPTION_GROUPS = 100;
export const MAX_OPTIONS = 100;
/** Characters of option text in one select menu (keeps a message small). */
export const MAX_SELECT_CHARS = 6000;
/** Placeholder of a select menu. */
export const MAX_PLACEHOLDER_TEXT = 150;
/** block_id and action_id. */
export const MAX_BLOCK_ID = 255;
export const MAX_ACTION_ID = 255;
/** A link we write into mrkdwn; longer URLs are shown as their title only. */
export const MAX_LINK_URL = 2000;
/** The top-level `text` fallback (Slack truncates at 40,000; notifications show far less). */
export const MAX_FALLBACK_TEXT = 3000;
/** Total text in one message: Slack refuses very large messages (msg_too_long) well before 50 full sections. */
export const MAX_MESSAGE_CHARS = 12_000;
/** Messages one reply may become: a response_url accepts five responses. */
export const MAX_MESSAGES_PER_REPLY = 5;

/** The slash command as created by manifest.yml. */
export const DEFAULT_COMMAND = '/chartpath';

// --- action ids: every interactive element we render starts with this prefix ---
export const ACTION_PREFIX = 'cp_';
export const ACTION_BUTTON = 'cp_btn'; // followed by _<n>: buttons whose value is a core payload
export const ACTION_TOPIC_SELECT = 'cp_topic'; // static select whose selected value is a core payload
export const ACTION_STEP = 'cp_step'; // checkbox of one checklist step; the block_id is the core payload step:<id>
/** The Home tab's "Ask a question" button: it opens the Ask ChartPath modal (ask-modal.ts), so it is no core payload. */
export const ACTION_ASK_OPEN = 'chartpath_ask_open';

// --- Block Kit shapes we produce ---
export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}
export interface MrkdwnText {
  type: 'mrkdwn';
  text: string;
  /** true: Slack does not auto-link names, channels or URLs in this text. */
  verbatim?: boolean;
}
export interface OptionObject {
  text: PlainText | MrkdwnText;
  value: string;
}
export interface ButtonElement {
  type: 'button';
  text: PlainText;
  action_id: string;
  value: string;
  style?: 'primary' | 'danger';
}
export interface StaticSelectElement {
  type: 'static_select';
  action_id: string;
  placeholder: PlainText;
  option_groups: { label: PlainText; options: OptionObject[] }[];
}
export interface CheckboxesElement {
  type: 'checkboxes';
  action_id: string;
  options: OptionObject[];
  initial_options?: OptionObject[];
}
export interface SectionBlock {
  type: 'section';
  block_id?: string;
  text: MrkdwnText;
  accessory?: CheckboxesElement;
}
export interface HeaderBlock {
  type: 'header';
  text: PlainText;
}
export interface ContextBlock {
  type: 'context';
  elements: MrkdwnText[];
}
export interface ActionsBlock {
  type: 'actions';
  elements: (ButtonElement | StaticSelectElement)[];
}
export interface DividerBlock {
  type: 'divider';
}
export type SlackBlock = SectionBlock | HeaderBlock | ContextBlock | ActionsBlock | DividerBlock;

export interface SlackMessage {
  /** Plain fallback for notifications and clients without Block Kit (escaped, like every text). */
  text: string;
  blocks: SlackBlock[];
}

export interface HomeView {
  type: 'home';
  blocks: SlackBlock[];
}

export interface RenderedReply {
  /** The reply, in order; usually one message. */
  messages: SlackMessage[];
  /** When the reply carries a privacy warning: its notices, to be shown only to the person. */
  privateNotice?: SlackMessage | undefined;
  /** The core's decision: only the person may see the reply (ephemeral). */
  private: boolean;
}

export interface RenderOptions {
  /** The slash command as the person typed it (default /chartpath): command references are printed with it. */
  command?: string | undefined;
}
