/**
 * GUIDs for exported REFI-QDA objects. They are derived from a seed (the study id and the
 * object's place) rather than drawn at random, so exporting the same study twice gives
 * the same file, and another tool re-importing it sees the same codes.
 */

/** 32-bit FNV-1a over the UTF-16 units of `text`, started from `seed`. */
function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function stableGuid(seed: string): string {
  const hex = [0x811c9dc5, 0x050c5d1f, 0x1b873593, 0x27d4eb2f].map((s) => fnv1a(seed, s).toString(16).padStart(8, '0')).join('');
  // Version 5-style marks keep the value a well-formed RFC 4122 UUID.
  const v = `${hex.slice(0, 12)}5${hex.slice(13, 16)}${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17)}`;
  return `${v.slice(0, 8)}-${v.slice(8, 12)}-${v.slice(12, 16)}-${v.slice(16, 20)}-${v.slice(20, 32)}`;
}
