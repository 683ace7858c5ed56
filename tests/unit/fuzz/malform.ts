/**
 * Malformed inputs for the importer fuzz tests, generated from real files with a seeded
 * random source, so a failure can be replayed from its seed. Each mutation is one of the
 * ways files arrive broken: cut off, in another encoding or with stray byte-order marks,
 * with mixed line ends, unbalanced quotes, huge cells, binary junk, deep nesting, or
 * lines dropped, doubled and swapped.
 */

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const int = (random: Random, n: number) => Math.floor(random() * n);
const pick = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)]!;

const encoder = new TextEncoder();
const decodeUtf8 = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[i * 2] = text.charCodeAt(i) & 0xff;
    out[i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
}

function randomBytes(random: Random, n: number): Uint8Array {
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) bytes[i] = int(random, 256);
  return bytes;
}

function lines(text: string, random: Random, change: (all: string[], i: number) => void): string {
  const all = text.split('\n');
  if (all.length > 0) change(all, int(random, all.length));
  return all.join('\n');
}

const MUTATIONS: { name: string; apply(text: string, random: Random): string }[] = [
  { name: 'truncated', apply: (t, r) => t.slice(0, int(r, t.length + 1)) },
  { name: 'truncated mid-character', apply: (t, r) => decodeUtf8(encoder.encode(t).slice(0, int(r, encoder.encode(t).length + 1))) },
  { name: 'byte-order marks', apply: (t, r) => pick(r, ['\uFEFF\uFEFF', '\uFFFE', '\u00EF\u00BB\u00BF', '\uFEFF']) + t.slice(0, int(r, t.length + 1)) + (r() < 0.5 ? '\uFEFF' : '') + t.slice(int(r, t.length + 1)) },
  { name: 'UTF-16 read as UTF-8', apply: (t) => decodeUtf8(utf16le(t)) },
  { name: 'Windows-1252 read as UTF-8', apply: (t) => decodeUtf8(Uint8Array.from([...t].map((c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)))).replace(/e/g, '\u00e9') },
  { name: 'mixed line endings', apply: (t, r) => t.replace(/\n/g, () => pick(r, ['\n', '\r\n', '\r', '\n\r', '\r\r\n'])) },
  { name: 'unbalanced quote', apply: (t, r) => { const i = int(r, t.length + 1); return t.slice(0, i) + pick(r, ['"', "'", '""', '"\n']) + t.slice(i); } },
  { name: 'huge cell', apply: (t, r) => { const i = int(r, t.length + 1); return t.slice(0, i) + pick(r, ['x', ' ', ',', 'é', '"']).repeat(200_000 + int(r, 300_000)) + t.slice(i); } },
  { name: 'binary junk', apply: (t, r) => { const i = int(r, t.length + 1); return t.slice(0, i) + decodeUtf8(randomBytes(r, 1 + int(r, 200))) + t.slice(i); } },
  { name: 'all binary', apply: (_t, r) => decodeUtf8(randomBytes(r, int(r, 4000))) },
  { name: 'deeply nested', apply: (t, r) => { const depth = 10_000 + int(r, 90_000); const open = pick(r, ['[', '{"a":', '<Code>', '(']); const i = int(r, t.length + 1); return t.slice(0, i) + open.repeat(depth) + t.slice(i); } },
  {
    name: 'deeply nested, balanced',
    apply: (t, r) => {
      const depth = 1_000 + int(r, 50_000);
      const [open, close] = pick(r, [['[', ']'], ['{"a":', '}'], ['<Code guid="x" name="x" isCodable="true">', '</Code>'], ['{"segments":[', ']}']] as const);
      const i = int(r, t.length + 1);
      return t.slice(0, i) + open.repeat(depth) + (open.startsWith('{') ? '1' : '') + close.repeat(depth) + t.slice(i);
    },
  },
  { name: 'line dropped', apply: (t, r) => lines(t, r, (all, i) => all.splice(i, 1)) },
  { name: 'line doubled', apply: (t, r) => lines(t, r, (all, i) => all.splice(i, 0, all[i]!)) },
  { name: 'lines swapped', apply: (t, r) => lines(t, r, (all, i) => { const j = int(r, all.length); [all[i], all[j]] = [all[j]!, all[i]!]; }) },
  { name: 'characters flipped', apply: (t, r) => { const chars = [...t]; for (let k = 0; k < 1 + int(r, 8); k++) chars[int(r, chars.length)] = pick(r, [',', '"', ':', '{', '}', '[', ']', '<', '>', '\n', '\u0000', '-->', '\\', '4.9.9', '']); return chars.join(''); } },
  { name: 'empty or blank', apply: (_t, r) => pick(r, ['', ' ', '\n', '\uFEFF', '\r\n\r\n', '\t']) },
];

export interface Malformed {
  seed: number;
  mutation: string;
  text: string;
}

/** `count` malformed variants of the given valid files, with at least one of every mutation. */
export function* malformed(valid: readonly string[], count: number, seed = 1): Generator<Malformed> {
  for (let i = 0; i < count; i++) {
    const random = randomSource(seed * 100_003 + i);
    const mutation = MUTATIONS[i % MUTATIONS.length]!;
    let text = mutation.apply(pick(random, valid), random);
    // Some inputs get a second mutation on top of the first.
    if (random() < 0.3) text = pick(random, MUTATIONS.filter((m) => m.name !== 'huge cell' && m.name !== 'deeply nested')).apply(text, random);
    yield { seed: seed * 100_003 + i, mutation: mutation.name, text };
  }
}

/** The same variants as bytes, for importers that read bytes (Word documents). */
export function* malformedBytes(valid: readonly Uint8Array[], count: number, seed = 1): Generator<{ seed: number; mutation: string; bytes: Uint8Array }> {
  for (let i = 0; i < count; i++) {
    const random = randomSource(seed * 100_003 + i);
    const source = pick(random, valid);
    const kind = i % 4;
    let bytes: Uint8Array;
    if (kind === 0) bytes = source.slice(0, int(random, source.length + 1));
    else if (kind === 1) {
      bytes = source.slice();
      for (let k = 0; k < 1 + int(random, 20); k++) bytes[int(random, bytes.length)] = int(random, 256);
    } else if (kind === 2) bytes = randomBytes(random, int(random, 5000));
    else bytes = encoder.encode(decodeUtf8(source).slice(0, 3000));
    yield { seed: seed * 100_003 + i, mutation: ['truncated', 'bytes flipped', 'random bytes', 'text instead of a zip'][kind]!, bytes };
  }
}
