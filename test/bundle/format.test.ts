// format.ts: the bundle's byte layout (magic, header length, one-byte header, 8-byte aligned arrays) and what decoding
// rebuilds (byId, the folder's current root); anything else is no bundle.
import { describe, expect, it } from 'vitest';
import { compileKnowledge } from '../../src/bundle/compile.js';
import { decodeBundle, encodeBundle } from '../../src/bundle/format.js';
import { knowledgeDir } from '../helpers/core.js';

const compiled = compileKnowledge(knowledgeDir);
const key = 'a'.repeat(32);
const buf = encodeBundle(key, compiled);

describe('encodeBundle', () => {
  it('starts with CPB1 and the header length, and the header is JSON in one-byte characters that begins with the key', () => {
    expect(buf.toString('latin1', 0, 4)).toBe('CPB1');
    const length = buf.readUInt32LE(4);
    const header = buf.subarray(8, 8 + length);
    expect([...header].every((b) => b < 0x80)).toBe(true);
    const parsed = JSON.parse(header.toString('latin1')) as { key: string; fieldWords: string[] };
    expect(parsed.key).toBe(key);
    expect(parsed.fieldWords).toEqual(compiled.fieldWords);
  });

  it('puts the arrays on an 8-byte boundary: the file ends with W, whole and aligned', () => {
    const W = compiled.snapshot.model.W;
    const wStart = buf.length - W.byteLength;
    expect(wStart % 4).toBe(0);
    const back = new Float32Array(buf.buffer.slice(buf.byteOffset + wStart, buf.byteOffset + buf.length));
    expect(back.length).toBe(W.length);
    expect(back[0]).toBe(W[0]);
    expect(back[W.length - 1]).toBe(W[W.length - 1]);
  });
});

describe('decodeBundle', () => {
  it('rebuilds byId from the intents and takes the root it is given, not the one it was built at', () => {
    const back = decodeBundle(buf, key, '/somewhere/else')!;
    expect(back.kb.root).toBe('/somewhere/else');
    expect(back.kb.byId.size).toBe(compiled.kb.byId.size);
    const first = compiled.kb.intents[0]!;
    expect(back.kb.byId.get(first.id)).toEqual(first);
  });

  it('refuses another magic, a header that is not JSON, and a buffer shorter than the magic', () => {
    const other = Buffer.from(buf);
    other.write('CPB2', 0, 'latin1');
    expect(decodeBundle(other, key, knowledgeDir)).toBeUndefined();
    const garbled = Buffer.from(buf);
    garbled.fill(0x7b, 8 + 50, 8 + 60); // '{' in the middle of the header
    expect(decodeBundle(garbled, key, knowledgeDir)).toBeUndefined();
    expect(decodeBundle(Buffer.from('CPB'), key, knowledgeDir)).toBeUndefined();
  });
});
