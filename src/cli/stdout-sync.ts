// Standard output for a one-off `chartpath ask --json "..."`, written straight to file descriptor 1.
// process.stdout is a stream: making it loads Node's whole stream library (several milliseconds of a start that
// scripts pay on every question), only to write one line and exit. Writing the descriptor is what Node itself does when
// standard output is a file; for a pipe or a terminal it is the same bytes in the same order.
import { writeSync } from 'node:fs';

/** How long to wait before writing again when a non-blocking pipe is full (EAGAIN), in milliseconds. */
const FULL_PIPE_WAIT_MS = 1;

/** Something `askOnce` can write its answer to: a stream, or this writer. */
export interface TextOut {
  write(text: string): unknown;
}

/**
 * Writes all of `text` to `fd` before returning. A reader that went away (EPIPE: `chartpath ask ... | head -c 10`)
 * ends the writing quietly, as a shell pipeline expects; any other error is thrown.
 */
export function writeAllSync(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  let pause: Int32Array | undefined;
  while (written < bytes.length) {
    try {
      written += writeSync(fd, bytes, written, bytes.length - written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return;
      if (code !== 'EAGAIN') throw error;
      // A parent that made its end of the pipe non-blocking, and a reader slower than us: wait a moment and retry.
      Atomics.wait((pause ??= new Int32Array(new SharedArrayBuffer(4))), 0, 0, FULL_PIPE_WAIT_MS);
    }
  }
}

/** Standard output as a TextOut that writes synchronously (see above). */
export const stdoutSync: TextOut = { write: (text: string) => writeAllSync(1, text) };
