/**
 * A whisper.cpp model file (ggml format) with random weights: the real file layout, the
 * real multilingual vocabulary size and the shapes of every tensor the engine loads, at a
 * tiny width, so the engine loads and runs it in milliseconds. It transcribes nothing
 * meaningful; it lets tests drive the whole pipeline (decoding, chunking, progress,
 * cancel, resume) through the real engine where no real model can be downloaded.
 *
 *   npx tsx scripts/whisper-test-model.ts out.bin
 *
 * The layout follows whisper.cpp's loader (`whisper_model_load`): magic, hyperparameters,
 * mel filters, vocabulary, then each tensor as dims, name and float32 data.
 */
import { writeFileSync } from 'node:fs';
import { randomSource } from '../tests/unit/fuzz/malform.ts';

const GGML_MAGIC = 0x67676d6c;
const SPACE_TOKEN = 220;

export interface TestModelShape {
  /** 51865: multilingual, so a language such as Indonesian can be asked for. */
  nVocab: number;
  nAudioCtx: number;
  nState: number;
  nHead: number;
  nLayer: number;
  nTextCtx: number;
  nMels: number;
}

export const TINY_TEST_SHAPE: TestModelShape = { nVocab: 51865, nAudioCtx: 1500, nState: 32, nHead: 2, nLayer: 4, nTextCtx: 448, nMels: 80 };

/** The tensors whisper.cpp creates, with their ggml shapes (innermost dimension first). */
function tensors(s: TestModelShape): [string, number[]][] {
  const n = s.nState;
  const block = (prefix: string, cross: boolean): [string, number[]][] => {
    const attention = (name: string): [string, number[]][] => [
      [`${prefix}.${name}_ln.weight`, [n]],
      [`${prefix}.${name}_ln.bias`, [n]],
      [`${prefix}.${name}.query.weight`, [n, n]],
      [`${prefix}.${name}.query.bias`, [n]],
      [`${prefix}.${name}.key.weight`, [n, n]],
      [`${prefix}.${name}.value.weight`, [n, n]],
      [`${prefix}.${name}.value.bias`, [n]],
      [`${prefix}.${name}.out.weight`, [n, n]],
      [`${prefix}.${name}.out.bias`, [n]],
    ];
    return [
      [`${prefix}.mlp_ln.weight`, [n]],
      [`${prefix}.mlp_ln.bias`, [n]],
      [`${prefix}.mlp.0.weight`, [n, 4 * n]],
      [`${prefix}.mlp.0.bias`, [4 * n]],
      [`${prefix}.mlp.2.weight`, [4 * n, n]],
      [`${prefix}.mlp.2.bias`, [n]],
      ...attention('attn'),
      ...(cross ? attention('cross_attn') : []),
    ];
  };
  return [
    ['encoder.positional_embedding', [n, s.nAudioCtx]],
    ['encoder.conv1.weight', [3, s.nMels, n]],
    ['encoder.conv1.bias', [1, n]],
    ['encoder.conv2.weight', [3, n, n]],
    ['encoder.conv2.bias', [1, n]],
    ['encoder.ln_post.weight', [n]],
    ['encoder.ln_post.bias', [n]],
    ...Array.from({ length: s.nLayer }, (_, i) => block(`encoder.blocks.${i}`, false)).flat(),
    ['decoder.positional_embedding', [n, s.nTextCtx]],
    ['decoder.token_embedding.weight', [n, s.nVocab]],
    ['decoder.ln.weight', [n]],
    ['decoder.ln.bias', [n]],
    ...Array.from({ length: s.nLayer }, (_, i) => block(`decoder.blocks.${i}`, true)).flat(),
  ];
}

/** Whether whisper.cpp keeps a tensor in the model's weight type (float16 here): the weight matrices and the convolution kernels. */
function isHalf(name: string, dims: readonly number[]): boolean {
  if (name.includes('positional_embedding')) return false;
  if (name.startsWith('encoder.conv') && name.endsWith('.weight')) return true;
  return dims.length === 2 && name.endsWith('.weight');
}

/** A float as IEEE 754 half precision (round to nearest; the small values here need no subnormal care beyond flushing to zero). */
const scratch = new Float32Array(1);
const scratchBits = new Uint32Array(scratch.buffer);
function toHalf(value: number): number {
  scratch[0] = value;
  const x = scratchBits[0]!;
  const sign = (x >>> 16) & 0x8000;
  const exponent = ((x >>> 23) & 0xff) - 127 + 15;
  const mantissa = x & 0x7fffff;
  if (exponent <= 0) return sign;
  if (exponent >= 31) return sign | 0x7c00;
  return sign | (exponent << 10) | ((mantissa + 0x1000) >>> 13);
}

/** The model file's bytes. `words` become the ordinary tokens of the vocabulary, so its random output reads as words. */
export function whisperTestModel(shape: TestModelShape = TINY_TEST_SHAPE, words: readonly string[] = ['kata'], seed = 1): Uint8Array<ArrayBuffer> {
  // Seeded, so the same seed gives the same file.
  const next = randomSource(seed);
  const chunks: Uint8Array[] = [];
  const ints = (...values: number[]) => chunks.push(new Uint8Array(Int32Array.from(values).buffer));
  const floats = (count: number, make: () => number) => {
    const data = new Float32Array(count);
    for (let i = 0; i < count; i++) data[i] = make();
    chunks.push(new Uint8Array(data.buffer));
  };
  const halves = (count: number, make: () => number) => {
    const data = new Uint16Array(count);
    for (let i = 0; i < count; i++) data[i] = toHalf(make());
    chunks.push(new Uint8Array(data.buffer));
  };
  const encoder = new TextEncoder();

  chunks.push(new Uint8Array(Uint32Array.of(GGML_MAGIC).buffer));
  // n_vocab, n_audio_ctx, n_audio_state, n_audio_head, n_audio_layer, n_text_ctx, n_text_state, n_text_head, n_text_layer, n_mels, ftype (1: float16, as the published models)
  ints(shape.nVocab, shape.nAudioCtx, shape.nState, shape.nHead, shape.nLayer, shape.nTextCtx, shape.nState, shape.nHead, shape.nLayer, shape.nMels, 1);
  // Mel filters: n_mel × n_fft non-negative weights.
  const nFft = 201;
  ints(shape.nMels, nFft);
  floats(shape.nMels * nFft, () => next() * 0.02);
  // The ordinary tokens (the engine adds the special ones after them).
  const ordinary = 50257;
  ints(ordinary);
  for (let i = 0; i < ordinary; i++) {
    // Token 220 is the single space, as in Whisper's own vocabulary: the decoder looks it up by name.
    const bytes = encoder.encode(i === SPACE_TOKEN ? ' ' : ` ${words[i % words.length]}`);
    ints(bytes.length);
    chunks.push(bytes);
  }
  for (const [name, dims] of tensors(shape)) {
    const nameBytes = encoder.encode(name);
    // Matrices and convolution kernels are float16 in a float16 model; vectors and positional embeddings float32.
    const half = isHalf(name, dims);
    ints(dims.length, nameBytes.length, half ? 1 : 0);
    ints(...dims);
    chunks.push(nameBytes);
    const count = dims.reduce((a, b) => a * b, 1);
    // Layer-norm weights near one, everything else small, so activations stay finite.
    const make = name.endsWith('ln.weight') || name.endsWith('ln_post.weight') ? () => 1 : () => (next() - 0.5) * 0.2;
    if (half) halves(count, make);
    else floats(count, make);
  }
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: npx tsx scripts/whisper-test-model.ts <out.bin>');
    process.exit(2);
  }
  writeFileSync(out, whisperTestModel());
  console.log(`wrote ${out}`);
}
