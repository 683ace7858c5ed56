/**
 * The one way Telaah unpacks a zip-based file (.qdpx, .docx): every entry is checked
 * before anything is unpacked, and only the entries asked for are unpacked. An entry
 * whose name leaves the archive's folder is refused, and so is an archive that would
 * unpack to too many entries, too many bytes, or an entry inflating suspiciously much (a
 * zip bomb); a file that is no zip is refused with the caller's own reason.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { ImportError } from './import-error.ts';
import { reason, type Reason } from './reasons.ts';

/** The bounds of every zip Telaah reads. */
export const ZIP_LIMITS = {
  entries: 10_000,
  unpackedBytes: 512 * 1024 * 1024,
  /** Unpacked size over packed size for an entry above 1 MB. */
  ratio: 200,
  /** The text part of a Word document: a four-hour transcript is a few megabytes. */
  docxText: 64 * 1024 * 1024,
} as const;

function unsafe(name: string): boolean {
  return name.startsWith('/') || name.startsWith('\\') || /^[a-zA-Z]:/.test(name) || name.split(/[\\/]/).includes('..') || name.includes('\0');
}

/** The wanted entries of the zip `bytes`, after every entry passed the checks. */
export function readZip(bytes: Uint8Array, file: string, wanted: (name: string) => boolean, notZip: Reason, maxWantedBytes: number = ZIP_LIMITS.unpackedBytes): Record<string, Uint8Array> {
  let total = 0;
  let entries = 0;
  const check = (info: UnzipFileInfo) => {
    if (unsafe(info.name)) throw new ImportError(file, null, reason('zip.unsafePath', { name: info.name }));
    entries++;
    total += info.originalSize;
    const bomb = info.originalSize > 1024 * 1024 && info.originalSize > info.size * ZIP_LIMITS.ratio;
    if (entries > ZIP_LIMITS.entries || total > ZIP_LIMITS.unpackedBytes || bomb) throw new ImportError(file, null, reason('zip.tooLarge'));
    const take = wanted(info.name);
    if (take && info.originalSize > maxWantedBytes) throw new ImportError(file, null, reason('zip.tooLarge'));
    return take;
  };
  try {
    return unzipSync(bytes, { filter: check });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(file, null, notZip);
  }
}
