// Slash command choices and autocomplete: the goals of /checklist start and the person's own steps for done/undo.
import type { APIApplicationCommandOptionChoice } from 'discord.js';
import type { ChecklistView } from '../../src/contract/index.js';
import { MAX_AUTOCOMPLETE_CHOICES, MAX_CHOICE_NAME, MAX_CHOICE_VALUE, plainLabel } from './render.js';


export type Choice = APIApplicationCommandOptionChoice<string>;

export function choice(name: string, value: string): Choice | undefined {
  if (!value || value.length > MAX_CHOICE_VALUE) return undefined;
  return { name: plainLabel(name, MAX_CHOICE_NAME), value };
}

/** Goal choices for `/checklist start goal:` (at most 25: Discord's limit for static choices). */
export function planChoices(plans: readonly { id: string; title: string }[], query = ''): Choice[] {
  const q = query.trim().toLowerCase();
  return plans
    .filter((p) => !q || p.id.includes(q) || p.title.toLowerCase().includes(q))
    .flatMap((p) => {
      const c = choice(p.title, p.id);
      return c ? [c] : [];
    })
    .slice(0, MAX_AUTOCOMPLETE_CHOICES);
}

/**
 * Autocomplete for `/checklist done step:` and `undo step:`: the person's own steps, not-done ones for
 * "done" and done ones for "undo" (all steps when none fits), filtered by what was typed.
 */
export function stepChoices(view: ChecklistView | undefined, typed: string, mode: 'done' | 'undo'): Choice[] {
  if (!view) return [];
  const q = typed.trim().toLowerCase();
  const relevant = view.steps.filter((s) => (mode === 'done' ? !s.done : s.done));
  const pool = relevant.length ? relevant : view.steps;
  return pool
    .filter((s) => !q || String(s.number).startsWith(q) || s.title.toLowerCase().includes(q) || s.id.includes(q))
    .flatMap((s) => {
      const c = choice(`${s.number}. ${s.title}${s.done ? ' (done)' : ''}`, s.id);
      return c ? [c] : [];
    })
    .slice(0, MAX_AUTOCOMPLETE_CHOICES);
}
