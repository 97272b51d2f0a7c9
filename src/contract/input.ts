// What a surface hands the core's single entry point, handle(who, input).
import type { Command } from './commands.js';

export type Input =
  /** A question in the person's words (a mention, a DM, /ask, "Ask ChartPath" on a message). */
  | { kind: 'text'; text: string }
  /**
   * A command line as typed, without the surface's own command name ("checklist done 2" after Slack's /chartpath,
   * "/checklist done 2" in the terminal). Empty is help. A line that is not a command is a question, or with
   * `strict` (the terminal, where only slash lines come here) an unknown command.
   */
  | { kind: 'line'; text: string; strict?: boolean | undefined }
  /** A command a surface built from its own structured options (Discord's slash commands). */
  | { kind: 'command'; command: Command }
  /** A button, menu or checkbox: a payload of actions.ts. */
  | { kind: 'action'; payload: unknown }
  /** What a home screen shows (Slack's Home tab): the checklist, or a way to start one. */
  | { kind: 'home' };
