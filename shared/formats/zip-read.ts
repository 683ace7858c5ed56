/**
 * The one way Telaah unpacks a zip-based file (.qdpx, .docx): every entry is checked
 * before anything is unpacked, and only the entries asked for are unpacked. An entry
 * whose name leaves the archive's folder is refused, and so is an archive that would
 * unpack to too many entries, too many bytes, or an entry inflating suspiciously much (a
 * zip bomb), or that names an entry twice; an entry unpacked is checked against the
 * checksum and size the archive states for it; a file that is no zip is refused with the
 * caller's own reason.
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

/** CRC-32 (the zip format's, polynomial 0xEDB88320) of `bytes`. */
const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Each entry's checksum and unpacked size as the archive's central directory states them, by name. */
function centralDirectory(bytes: Uint8Array): Map<string, { crc: number; size: number }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stated = new Map<string, { crc: number; size: number }>();
  // The end-of-central-directory record, found from the end (a comment may follow it).
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return stated;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names = new TextDecoder();
  for (let n = 0; n < count && at + 46 <= bytes.length && view.getUint32(at, true) === 0x02014b50; n++) {
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    stated.set(names.decode(bytes.subarray(at + 46, at + 46 + nameLength)), { crc: view.getUint32(at + 16, true), size: view.getUint32(at + 24, true) });
    at += 46 + nameLength + extra + comment;
  }
  return stated;
}

/**
 * The wanted entries of the zip `bytes`, after every entry passed the checks: a name given
 * twice (which copy would be read?), and an unpacked entry whose checksum or size is not
 * what the archive states (damaged, or a central directory that lies), are refused by name.
 */
export function readZip(bytes: Uint8Array, file: string, wanted: (name: string) => boolean, notZip: Reason, maxWantedBytes: number = ZIP_LIMITS.unpackedBytes): Record<string, Uint8Array> {
  let total = 0;
  let entries = 0;
  const names = new Set<string>();
  const check = (info: UnzipFileInfo) => {
    if (unsafe(info.name)) throw new ImportError(file, null, reason('zip.unsafePath', { name: info.name }));
    if (names.has(info.name)) throw new ImportError(file, null, reason('zip.entryTwice', { name: info.name }));
    names.add(info.name);
    entries++;
    total += info.originalSize;
    const bomb = info.originalSize > 1024 * 1024 && info.originalSize > info.size * ZIP_LIMITS.ratio;
    if (entries > ZIP_LIMITS.entries || total > ZIP_LIMITS.unpackedBytes || bomb) throw new ImportError(file, null, reason('zip.tooLarge'));
    const take = wanted(info.name);
    if (take && info.originalSize > maxWantedBytes) throw new ImportError(file, null, reason('zip.tooLarge'));
    return take;
  };
  let unpacked: Record<string, Uint8Array>;
  try {
    unpacked = unzipSync(bytes, { filter: check });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(file, null, notZip);
  }
  const stated = centralDirectory(bytes);
  for (const [name, content] of Object.entries(unpacked)) {
    const entry = stated.get(name);
    // A Zip64 entry states its size elsewhere (0xFFFFFFFF here); its checksum still tells.
    const sizeWrong = entry !== undefined && entry.size !== 0xffffffff && entry.size !== content.length;
    if (!entry || sizeWrong || entry.crc !== crc32(content)) throw new ImportError(file, null, reason('zip.damaged', { name }));
  }
  return unpacked;
}
