/**
 * The generated whisper.cpp test model read back by the rules of whisper.cpp's loader
 * (`whisper_model_load`): magic, hyperparameters, mel filters, vocabulary, then every
 * tensor the engine creates for those hyperparameters, once, with its element count.
 */
import { describe, expect, it } from 'vitest';
import { TINY_TEST_SHAPE, whisperTestModel } from '../../scripts/whisper-test-model.ts';

describe('the generated whisper test model', () => {
  it('has the layout whisper.cpp loads', { timeout: 60_000 }, () => {
    const bytes = whisperTestModel();
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let at = 0;
    const int = () => ((at += 4), view.getInt32(at - 4, true));
    expect(view.getUint32(0, true)).toBe(0x67676d6c);
    at = 4;
    const [nVocab, nAudioCtx, nAudioState, , nAudioLayer, nTextCtx, nTextState, , nTextLayer, nMels, ftype] = Array.from({ length: 11 }, int);
    expect([nVocab, nAudioCtx, nAudioState, nTextState, nMels, ftype]).toEqual([51865, TINY_TEST_SHAPE.nAudioCtx, TINY_TEST_SHAPE.nState, TINY_TEST_SHAPE.nState, 80, 1]);
    const [melCount, fftCount] = [int(), int()];
    at += melCount * fftCount * 4;
    const tokens = int();
    const words: string[] = [];
    for (let i = 0; i < tokens; i++) {
      const length = int();
      words.push(new TextDecoder().decode(bytes.subarray(at, at + length)));
      at += length;
    }
    // The decoder looks the single space up by name.
    expect(words[220]).toBe(' ');
    const seen = new Map<string, number>();
    while (at < bytes.length) {
      const [dims, nameLength, type] = [int(), int(), int()];
      const shape = Array.from({ length: dims }, int);
      const name = new TextDecoder().decode(bytes.subarray(at, at + nameLength));
      at += nameLength;
      const count = shape.reduce((a, b) => a * b, 1);
      // A float16 model: weight matrices and convolution kernels in float16, the rest float32, as whisper.cpp creates them.
      const half = !name.includes('positional_embedding') && name.endsWith('.weight') && (dims === 2 || name.startsWith('encoder.conv'));
      expect(type, name).toBe(half ? 1 : 0);
      at += count * (half ? 2 : 4);
      expect(seen.has(name), name).toBe(false);
      seen.set(name, count);
    }
    expect(at).toBe(bytes.length);
    // As many tensors as whisper.cpp creates: 7 encoder, 15 per encoder layer, 4 decoder, 24 per decoder layer.
    expect(seen.size).toBe(7 + 15 * nAudioLayer! + 4 + 24 * nTextLayer!);
    expect(seen.get('decoder.token_embedding.weight')).toBe(nTextState! * nVocab!);
    expect(seen.get('encoder.positional_embedding')).toBe(nAudioState! * nAudioCtx!);
    expect(seen.get('decoder.positional_embedding')).toBe(nTextState! * nTextCtx!);
  });
});
