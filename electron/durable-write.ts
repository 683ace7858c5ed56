/**
 * Writing a file so that "saved" is true even if the power goes a moment later: the content
 * goes to a temporary file beside it, which is flushed to the disk, then renamed over the
 * target, and the folder is flushed too (as SQLite does), so the rename itself is on the
 * disk. An interrupted write leaves the old file whole.
 */
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeDurably(path: string, content: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const file = await open(temp, 'w');
  try {
    await file.writeFile(content);
    await file.sync();
  } catch (error) {
    await file.close();
    await rm(temp, { force: true });
    throw error;
  }
  await file.close();
  await rename(temp, path);
  await syncFolder(dirname(path));
}

/** The folder's entry flushed to the disk; Windows cannot open a folder, and its file system journals the rename itself. */
async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Not possible on this platform.
  } finally {
    await handle?.close();
  }
}
