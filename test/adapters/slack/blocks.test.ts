// blocks.ts holds numbers and ids only: Slack's documented Block Kit limits, and action ids the handlers can route on.
import { describe, expect, it } from 'vitest';
import * as blocks from '../../../adapters/slack/blocks.js';

describe("Slack's Block Kit limits", () => {
  it('match the limits Slack documents', () => {
    // https://docs.slack.dev/reference/block-kit (blocks, block elements, composition objects).
    expect({
      section: blocks.MAX_SECTION_TEXT,
      blocksPerMessage: blocks.MAX_BLOCKS_PER_MESSAGE,
      blocksPerView: blocks.MAX_BLOCKS_PER_VIEW,
      actionsElements: blocks.MAX_ACTIONS_ELEMENTS,
      contextElements: blocks.MAX_CONTEXT_ELEMENTS,
      buttonText: blocks.MAX_BUTTON_TEXT,
      buttonValue: blocks.MAX_BUTTON_VALUE,
      header: blocks.MAX_HEADER_TEXT,
      optionText: blocks.MAX_OPTION_TEXT,
      optionValue: blocks.MAX_OPTION_VALUE,
      optionGroups: blocks.MAX_OPTION_GROUPS,
      options: blocks.MAX_OPTIONS,
      placeholder: blocks.MAX_PLACEHOLDER_TEXT,
      blockId: blocks.MAX_BLOCK_ID,
      actionId: blocks.MAX_ACTION_ID,
    }).toEqual({
      section: 3000,
      blocksPerMessage: 50,
      blocksPerView: 100,
      actionsElements: 25,
      contextElements: 10,
      buttonText: 75,
      buttonValue: 2000,
      header: 150,
      optionText: 75,
      optionValue: 150,
      optionGroups: 100,
      options: 100,
      placeholder: 150,
      blockId: 255,
      actionId: 255,
    });
  });

  it("keeps ChartPath's own caps inside Slack's", () => {
    expect(blocks.MAX_FALLBACK_TEXT).toBeLessThanOrEqual(40_000); // Slack truncates the fallback text there
    expect(blocks.MAX_MESSAGE_CHARS).toBeLessThan(blocks.MAX_BLOCKS_PER_MESSAGE * blocks.MAX_SECTION_TEXT);
    expect(blocks.MAX_MESSAGE_CHARS).toBeGreaterThanOrEqual(blocks.MAX_SECTION_TEXT); // one full section always fits
    expect(blocks.MAX_MESSAGES_PER_REPLY).toBe(5); // a response_url accepts five responses
  });
});

describe('action ids', () => {
  it('all start with the prefix the handlers listen on, and differ from each other', () => {
    const ids = [blocks.ACTION_BUTTON, blocks.ACTION_TOPIC_SELECT, blocks.ACTION_STEP];
    for (const id of ids) expect(id.startsWith(blocks.ACTION_PREFIX), id).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
