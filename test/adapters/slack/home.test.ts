// The App Home tab as laid out from the core's home reply (adapters/slack/home.ts).
import { describe, expect, it } from 'vitest';
import { renderHome } from '../../../adapters/slack/home.js';
import { ACTION_ASK_OPEN, MAX_BLOCKS_PER_VIEW } from '../../../adapters/slack/blocks.js';
import { makeReply } from '../../../src/contract/index.js';

const texts = (blocks: unknown[]) => JSON.stringify(blocks);

describe('renderHome', () => {
  it('says how to ask first, with the workspace\'s command, then the reply\'s text', () => {
    const view = renderHome(makeReply({ id: 'h1', kind: 'home', text: 'Start a checklist to track your next steps.' }), { command: '/cp' });
    expect(view.type).toBe('home');
    const all = texts(view.blocks);
    expect(all.indexOf('How to ask')).toBeGreaterThan(-1);
    expect(all).toContain('`/cp`');
    expect(all.indexOf('How to ask')).toBeLessThan(all.indexOf('Start a checklist'));
  });

  it('right after how to ask, a button to ask there (it opens the Ask ChartPath modal)', () => {
    const view = renderHome(makeReply({ id: 'h1', kind: 'home', text: 'x' }));
    const at = view.blocks.findIndex((b) => b.type === 'actions' && b.elements.some((e) => e.type === 'button' && e.action_id === ACTION_ASK_OPEN));
    expect(at).toBe(1);
    expect(texts([view.blocks[at]])).toContain('Ask a question');
  });

  it('puts a notice on top, as a warning', () => {
    const view = renderHome(makeReply({ id: 'h1', kind: 'home', text: 'x' }), { notice: 'Please wait a moment.' });
    expect(view.blocks[0]).toMatchObject({ type: 'context' });
    expect(texts([view.blocks[0]])).toContain(':warning: Please wait a moment.');
  });

  it('offers the topic browser when the reply has topics', () => {
    const topics = [{ group: 'certifications', title: 'Certifications', topics: [{ id: 'rhit', title: 'RHIT', ask: 'What is the RHIT?' }] }];
    const withTopics = texts(renderHome(makeReply({ id: 'h1', kind: 'home', text: 'x', topics } as never)).blocks);
    expect(withTopics).toContain('Or browse what I know');
    expect(texts(renderHome(makeReply({ id: 'h1', kind: 'home', text: 'x' })).blocks)).not.toContain('Or browse what I know');
  });

  it('stays within a Home tab\'s blocks, saying where the rest is', () => {
    const text = Array.from({ length: 4000 }, (_, i) => `Paragraph ${i} ${'word '.repeat(20)}`).join('\n\n');
    const view = renderHome(makeReply({ id: 'h1', kind: 'home', text }), { command: '/cp' });
    expect(view.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS_PER_VIEW);
    expect(texts([view.blocks.at(-1)])).toContain('more in `/cp checklist`');
  });
});
