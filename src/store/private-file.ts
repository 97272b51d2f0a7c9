// Writing the embedded store's files: atomically (a temporary file, then a rename, so a reader or a crash never sees
// half a file) and readable by the owner only. No temporary file survives a failed write (a full disk).
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';

/** Only the owner may list the data folder or read its files. */
export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;

export class StoreError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'StoreError';
  }
}

/** The writes the store makes, as a seam: tests inject a full disk (ENOSPC) here; everything else is the real fs. */
export interface StoreFs {
  writeFile(file: string, text: string, mode: number): Promise<void>;
  writeFileSync(file: string, text: string, mode: number): void;
}

export const realFs: StoreFs = {
  writeFile: (file, text, mode) => writeFile(file, text, { mode }),
  writeFileSync: (file, text, mode) => writeFileSync(file, text, { mode }),
};

/** Writes text to a file atomically (temporary file, then rename), readable by the owner only; no temp file survives a failure. */
export async function writeAtomic(fs: StoreFs, file: string, text: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await fs.writeFile(temp, text, FILE_MODE);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    throw error;
  }
}

export function writeAtomicSync(fs: StoreFs, file: string, text: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, text, FILE_MODE);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
