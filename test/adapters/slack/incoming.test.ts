// What arrives from Slack, as the core reads it (adapters/slack/incoming.ts).
import { describe, expect, it } from 'vitest';
import { fromSlackText, isDirectChannel } from '../../../adapters/slack/incoming.js';

describe('fromSlackText', () => {
  it('reads Slack text back as the plain question: no live mentions or broadcasts, channel and link labels kept', () => {
    expect(fromSlackText('<@UBOT0001> what is the RHIT? <!channel> <!here|here> <#C123|general> <https://x.test|site> A &amp; B &lt;3')).toBe(
      'what is the RHIT? #general site A & B <3',
    );
  });
  it('keeps a bare link as its URL, drops an unlabelled channel and a date, and collapses the spaces left behind', () => {
    expect(fromSlackText('see <https://ahima.org> in <#C999>   on <!date^1392734382^{date}|Feb 18>  ok')).toBe('see https://ahima.org in on ok');
  });
  it('gives an empty question for no text', () => {
    expect(fromSlackText(undefined)).toBe('');
    expect(fromSlackText('  <@U1>  ')).toBe('');
  });
});

describe('isDirectChannel', () => {
  it('is true for direct-message channels (D...) only', () => {
    expect(isDirectChannel('D024BE91L')).toBe(true);
    expect(isDirectChannel('C024BE91L')).toBe(false);
    expect(isDirectChannel('G024BE91L')).toBe(false);
    expect(isDirectChannel(undefined)).toBe(false);
  });
});
