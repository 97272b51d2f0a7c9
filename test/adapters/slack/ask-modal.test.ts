// adapters/slack/ask-modal.ts, its pure parts: the modal askModal() builds (the ids readSubmission reads back, Slack's
// input limit, the optional conversation picker with response_url_enabled, the privacy line) and readSubmission() on
// the view.state Slack sends. The shortcut-to-answer flow through Bolt is in ask-modal.e2e.test.ts.
import type { ViewOutput } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { ASK_MODAL, QUESTION_ACTION, QUESTION_BLOCK, WHERE_ACTION, WHERE_BLOCK, askModal, readSubmission } from '../../../adapters/slack/ask-modal.js';

const view = (values: Record<string, Record<string, Record<string, unknown>>>) => ({ state: { values } }) as unknown as ViewOutput;

describe('askModal', () => {
  const modal = askModal();
  const block = (id: string) => modal.blocks.find((b) => 'block_id' in b && b.block_id === id) as Record<string, any>;

  it('is the ask modal, with a required multi-line question field Slack caps at 3000 characters', () => {
    expect(modal).toMatchObject({ type: 'modal', callback_id: ASK_MODAL, submit: { text: 'Ask' } });
    const question = block(QUESTION_BLOCK);
    expect(question.optional).toBeUndefined();
    expect(question.element).toMatchObject({ type: 'plain_text_input', action_id: QUESTION_ACTION, multiline: true, max_length: 3000 });
  });

  it('asks where to answer in an optional conversation picker that gives the submission a response_url', () => {
    const where = block(WHERE_BLOCK);
    expect(where.optional).toBe(true);
    expect(where.element).toMatchObject({ type: 'conversations_select', action_id: WHERE_ACTION, response_url_enabled: true, default_to_current_conversation: true });
  });

  it('reminds the person never to share patient information', () => {
    expect(JSON.stringify(modal.blocks)).toContain('Never share patient information with ChartPath.');
  });
});

describe('readSubmission', () => {
  it('reads the question and the chosen conversation', () => {
    const v = view({ [QUESTION_BLOCK]: { [QUESTION_ACTION]: { value: 'what is the RHIT?' } }, [WHERE_BLOCK]: { [WHERE_ACTION]: { selected_conversation: 'C42' } } });
    expect(readSubmission(v)).toEqual({ question: 'what is the RHIT?', conversation: 'C42' });
  });

  it('an empty question is an empty string, and no conversation (null, or the block missing) is undefined', () => {
    expect(readSubmission(view({ [QUESTION_BLOCK]: { [QUESTION_ACTION]: { value: null } }, [WHERE_BLOCK]: { [WHERE_ACTION]: { selected_conversation: null } } }))).toEqual({ question: '', conversation: undefined });
    expect(readSubmission(view({}))).toEqual({ question: '', conversation: undefined });
  });
});
