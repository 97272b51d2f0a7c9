// Slack text: escaping, Markdown to mrkdwn, plain_text labels, links, and text cut to Slack's limits without breaking markup.
import { describe, expect, it } from 'vitest';
import { MAX_CONTEXT_ELEMENTS, MAX_HEADER_TEXT, MAX_SECTION_TEXT } from '../../../adapters/slack/blocks.js';
import { contexts, escapeSlack, fit, header, linkOrTitle, mrkdwn, plain, sections, splitText, toMrkdwn, toPlain } from '../../../adapters/slack/mrkdwn.js';

const WJ = '\u2060';
/** Every & in escaped text starts a whole entity, and every < a whole <link>. */
const wholeMarkup = (chunk: string) => !/&(?!amp;|lt;|gt;)/.test(chunk) && !/<[^>]*$/.test(chunk);

describe('escapeSlack', () => {
  it("turns &, < and > into entities so no Slack markup can form", () => {
    expect(escapeSlack('<!channel> & <@U123> <https://x.test|y>')).toBe('&lt;!channel&gt; &amp; &lt;@U123&gt; &lt;https://x.test|y&gt;');
  });

  it('breaks every bare broadcast with a word joiner, in any case and inside words', () => {
    expect(escapeSlack('hi @channel, @Here and @everyoneX')).toBe(`hi @${WJ}channel, @${WJ}Here and @${WJ}everyoneX`);
  });

  it('drops control characters but keeps tabs and newlines, and replaces lone surrogates', () => {
    expect(escapeSlack('a\u0000b\u0007c\td\ne\u007f')).toBe('abc\td\ne');
    expect(escapeSlack('x\ud83dy')).toBe('x\ufffdy');
    expect(escapeSlack('ok \ud83d\ude00')).toBe('ok \ud83d\ude00');
  });
});

describe('toMrkdwn', () => {
  it('writes bold, italic, bullets and headings the mrkdwn way', () => {
    expect(toMrkdwn('**RHIT** is *good*\n- one\n* two\n## Next')).toBe('*RHIT* is _good_\n• one\n• two\n*Next*');
  });

  it('leaves code spans as they are, escaped only', () => {
    expect(toMrkdwn('run `/checklist **start** <x>` now')).toBe('run `/checklist **start** &lt;x&gt;` now');
  });

  it('turns a Markdown link to http(s) into a Slack link and leaves other schemes as text', () => {
    expect(toMrkdwn('see [AHIMA](https://www.ahima.org/a?b=1&c=2)')).toBe('see <https://www.ahima.org/a?b=1&amp;c=2|AHIMA>');
    expect(toMrkdwn('[x](javascript:alert(1))')).toBe('[x](javascript:alert(1))');
  });

  it('normalises Windows line ends', () => {
    expect(toMrkdwn('- a\r\n- b')).toBe('• a\n• b');
  });
});

describe('toPlain and linkOrTitle', () => {
  it('drops Markdown marks from labels and escapes them', () => {
    expect(toPlain('**RHIT** vs `RHIA` <b>')).toBe('RHIT vs RHIA &lt;b&gt;');
  });

  it('encodes | and & in a link so the <url|title> syntax cannot break', () => {
    expect(linkOrTitle('https://x.test/a|b?c=1&d=2', 'A & B')).toBe('<https://x.test/a%7Cb?c=1&amp;d=2|A &amp; B>');
  });

  it('shows only the title for an unusable URL, and "link" for an empty title', () => {
    expect(linkOrTitle('ftp://x.test', 'Files <here>')).toBe('Files &lt;here&gt;');
    expect(linkOrTitle(undefined, 'No url')).toBe('No url');
    expect(linkOrTitle('https://x.test', '   ')).toBe('<https://x.test|link>');
  });
});

describe('fitting text to limits', () => {
  it('fit leaves short text alone and ends cut text with an ellipsis within the limit', () => {
    expect(fit('short', 10)).toBe('short');
    const cut = fit('word '.repeat(20), 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('never cuts inside an entity or a link', () => {
    const text = `${'a'.repeat(8)}&amp;${'b'.repeat(3)} <https://x.test|t>`;
    for (let max = 9; max < text.length; max++) expect(wholeMarkup(fit(text, max)), `max ${max}`).toBe(true);
    const chunks = splitText(`${'x '.repeat(40)}&lt;tag&gt; <https://x.test|a link> `.repeat(5), 50);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(50);
      expect(wholeMarkup(chunk), chunk).toBe(true);
    }
  });

  it('plain gives plain_text with emoji, and an ellipsis for blank text', () => {
    expect(plain('Hello', 75)).toEqual({ type: 'plain_text', text: 'Hello', emoji: true });
    expect(plain('   ', 75).text).toBe('…');
  });

  it('mrkdwn is verbatim, so Slack does not link or mention on its own', () => {
    expect(mrkdwn('*x*')).toEqual({ type: 'mrkdwn', text: '*x*', verbatim: true });
  });
});

describe('blocks of text', () => {
  it('splits a long text into sections within the section limit, losing no words', () => {
    const words = Array.from({ length: 1500 }, (_, i) => `w${i}`);
    const blocks = sections(words.join(' '));
    expect(blocks.length).toBeGreaterThan(1);
    for (const b of blocks) expect(b.text.text.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
    expect(blocks.map((b) => b.text.text).join(' ').split(/\s+/)).toEqual(words);
  });

  it('starts a new context block after the element limit or when the text would pass the section limit', () => {
    const short = contexts(Array.from({ length: MAX_CONTEXT_ELEMENTS + 2 }, (_, i) => `line ${i}`));
    expect(short.map((b) => b.elements.length)).toEqual([MAX_CONTEXT_ELEMENTS, 2]);
    const long = contexts(['a'.repeat(2000), 'b'.repeat(2000)]);
    expect(long.map((b) => b.elements.length)).toEqual([1, 1]);
  });

  it('header is plain text cut to the header limit, and none for an empty title', () => {
    expect(header('**RHIT** basics')).toEqual({ type: 'header', text: { type: 'plain_text', text: 'RHIT basics', emoji: true } });
    expect(header('x'.repeat(400))!.text.text.length).toBeLessThanOrEqual(MAX_HEADER_TEXT);
    expect(header('  ')).toBeUndefined();
  });
});
