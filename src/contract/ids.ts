// Short random ids for replies (48 random bits): unguessable enough that one person cannot rate another's answers by
// accident, or by working out the next id.
//
// The bits come from the operating system's random source, read 4 KB at a time (one read serves 682 ids). Node's
// own generators (globalThis.crypto, node:crypto) would do as well, but loading either loads Node's stream library
// with its hashes: several milliseconds of every one-off `chartpath ask`, for 6 bytes. Where there is no
// /dev/urandom (Windows), the Web Crypto generator is used.
import { closeSync, openSync, readSync } from 'node:fs';

const POOL_BYTES = 4096;
const ID_BYTES = 6;

let pool: Buffer | undefined;
let used = POOL_BYTES;
let osSource = process.platform !== 'win32';

function refill(buffer: Buffer): boolean {
  let fd: number | undefined;
  try {
    fd = openSync('/dev/urandom', 'r');
    let got = 0;
    while (got < buffer.length) {
      const n = readSync(fd, buffer, got, buffer.length - got, null);
      if (n <= 0) return false;
      got += n;
    }
    return true;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The next 6 bytes of the pool, refilled from /dev/urandom when it runs out; undefined where that cannot be read. */
function osBytes(): Buffer | undefined {
  if (!osSource) return undefined;
  if (used + ID_BYTES > POOL_BYTES) {
    pool ??= Buffer.allocUnsafeSlow(POOL_BYTES);
    if (!refill(pool)) {
      osSource = false;
      return undefined;
    }
    used = 0;
  }
  used += ID_BYTES;
  return pool!.subarray(used - ID_BYTES, used);
}

export function newReplyId(): string {
  return (osBytes() ?? Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(ID_BYTES)))).toString('hex');
}
