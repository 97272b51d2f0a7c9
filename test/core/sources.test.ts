// sources.ts: at most four sources under an answer, the bodies that issue the facts first, no repeats.
import { describe, expect, it } from 'vitest';
import { MAX_SOURCES, pickSources } from '../../src/core/sources.js';

const s = (title: string, url?: string) => ({ title, ...(url ? { url } : {}) });

describe('pickSources', () => {
  it('puts primary bodies first in the order written, then the rest, at most four', () => {
    const picked = pickSources([
      s('A blog', 'https://blog.example.com/rhit'),
      s('AHIMA', 'https://www.ahima.org/certification'),
      s('A forum', 'https://forum.example.org'),
      s('BLS', 'https://bls.gov/ooh'),
      s('A book'),
      s('Another blog', 'https://b.example.net'),
    ]);
    expect(MAX_SOURCES).toBe(4);
    expect(picked.map((p) => p.title)).toEqual(['AHIMA', 'BLS', 'A blog', 'A forum']);
  });

  it('drops repeats by url, or by title when there is no url', () => {
    const picked = pickSources([s('AAPC', 'https://aapc.com/x'), s('AAPC again', 'https://aapc.com/x'), s('Notes'), s('Notes')], 10);
    expect(picked.map((p) => p.title)).toEqual(['AAPC', 'Notes']);
  });

  it('does not take a look-alike host or a broken url for a primary body', () => {
    const picked = pickSources([s('Fake', 'https://notahima.org/x'), s('Broken', 'not a url'), s('CMS', 'https://www.cms.gov/')], 3);
    expect(picked.map((p) => p.title)).toEqual(['CMS', 'Fake', 'Broken']);
  });
});

describe('pickSources, asked again', () => {
  it('reads each url for itself every time: the same title under another url, the same url under another title', () => {
    const first = pickSources([s('Guide', 'https://guide.example.com/a'), s('Guide', 'https://www.ahima.org/a')]);
    expect(first.map((p) => p.url)).toEqual(['https://www.ahima.org/a', 'https://guide.example.com/a']);
    // Asked again, in the other order and with other titles: the answer follows the url, never an earlier list.
    const again = pickSources([s('Elsewhere', 'https://www.ahima.org/a'), s('Guide', 'https://guide.example.com/a'), s('Guide 2', 'https://guide.example.com/b')]);
    expect(again.map((p) => p.title)).toEqual(['Elsewhere', 'Guide', 'Guide 2']);
    for (let i = 0; i < 3; i++) expect(pickSources([s('x', 'https://notahima.org/'), s('y', 'https://aapc.com/')]).map((p) => p.title)).toEqual(['y', 'x']);
  });
});
