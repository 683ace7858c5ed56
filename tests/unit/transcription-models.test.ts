import { describe, expect, it } from 'vitest';
import { MODEL_SOURCE, modelUrl, readModelHeader, SUGGESTED_MODEL, whisperModel, WHISPER_MODELS } from '../../shared/transcription/models.ts';
import { TINY_TEST_SHAPE, whisperTestModel } from '../../scripts/whisper-test-model.ts';

// Made once: each is a few megabytes of random weights.
const tinyModel = whisperTestModel();

describe('whisper models', () => {
  it('lists the multilingual models, each with its exact size and SHA-256 at one fixed revision', () => {
    expect(WHISPER_MODELS.map((m) => m.name)).toEqual(['tiny', 'base', 'small', 'medium', 'large-v3-turbo', 'large-v3']);
    expect(WHISPER_MODELS.map((m) => m.bytes)).toEqual(WHISPER_MODELS.map((m) => m.bytes).toSorted((a, b) => a - b));
    expect(WHISPER_MODELS.every((m) => /^[0-9a-f]{64}$/.test(m.sha256))).toBe(true);
    expect(new Set(WHISPER_MODELS.map((m) => m.sha256)).size).toBe(WHISPER_MODELS.length);
    expect(MODEL_SOURCE).toMatch(/^https:\/\/huggingface\.co\/ggerganov\/whisper\.cpp\/resolve\/[0-9a-f]{40}\/$/);
    expect(modelUrl(whisperModel('small')!)).toBe(`${MODEL_SOURCE}ggml-small.bin`);
    expect(whisperModel(SUGGESTED_MODEL)).toBeDefined();
    expect(whisperModel('small.en')).toBeUndefined();
  });

  it('quotes memory and Indonesian accuracy only where a source gives them', () => {
    const known = WHISPER_MODELS.filter((m) => m.memoryMb !== null);
    expect(known.map((m) => m.memoryMb)).toEqual(known.map((m) => m.memoryMb).toSorted((a, b) => a! - b!));
    expect(whisperModel('large-v3-turbo')!.memoryMb).toBeNull();
    expect(WHISPER_MODELS.filter((m) => m.indonesianWer).map((m) => m.name)).toEqual(['large-v3']);
  });

  it('reads a model file\'s header: multilingual, and its size from its layers', { timeout: 60_000 }, () => {
    expect(readModelHeader(tinyModel, 'ggml-uji.bin', tinyModel.length)).toEqual({ vocabulary: 51865, multilingual: true, audioLayers: 4, size: 'tiny' });
    const three = whisperTestModel({ ...TINY_TEST_SHAPE, nLayer: 3 });
    expect(readModelHeader(three, 'ggml-uji.bin', three.length).size).toBeNull();
    // large-v3-turbo is large-v3's encoder with four decoder layers.
    const turbo = tinyModel.slice(0, 64);
    new DataView(turbo.buffer).setInt32(4 + 4 * 4, 32, true);
    new DataView(turbo.buffer).setInt32(4 + 8 * 4, 4, true);
    expect(readModelHeader(turbo, 'ggml-large-v3-turbo.bin', 1_624_555_275).size).toBe('large-v3-turbo');
  });

  it('refuses a file that is no whisper.cpp model, a truncated one and an English-only one, naming the file', { timeout: 60_000 }, () => {
    expect(() => readModelHeader(new TextEncoder().encode('PK\u0003\u0004 bukan model'), 'unduhan.zip', 21)).toThrow('unduhan.zip: not a whisper.cpp model file (ggml)');
    expect(() => readModelHeader(tinyModel.slice(0, 20), 'ggml-small.bin', 20)).toThrow('ggml-small.bin: not a whisper.cpp model file');
    const broken = tinyModel.slice(0, 64);
    new DataView(broken.buffer).setInt32(4 + 9 * 4, 7, true);
    expect(() => readModelHeader(broken, 'rusak.bin', tinyModel.length)).toThrow('rusak.bin: not a whisper.cpp model file');
    const english = whisperTestModel({ ...TINY_TEST_SHAPE, nVocab: 51864 });
    expect(() => readModelHeader(english, 'ggml-tiny.en.bin', english.length)).toThrow('ggml-tiny.en.bin: an English-only model (.en)');
    // A header with a width of 2^30 (whisper.cpp would abort the process on it), and one whose heads do not divide the width.
    const huge = tinyModel.slice(0, 64);
    new DataView(huge.buffer).setInt32(4 + 2 * 4, 2 ** 30, true);
    new DataView(huge.buffer).setInt32(4 + 6 * 4, 2 ** 30, true);
    expect(() => readModelHeader(huge, 'besar.bin', tinyModel.length)).toThrow('besar.bin: not a whisper.cpp model file');
    // A sound header over a file cut short: 48 bytes, or half the weights.
    expect(() => readModelHeader(tinyModel.slice(0, 64), 'ggml-tiny.bin', 48)).toThrow(/^ggml-tiny\.bin: the model file is cut short \(48 bytes; its header promises at least \d+\)/);
    const large = tinyModel.slice(0, 64);
    new DataView(large.buffer).setInt32(4 + 2 * 4, 1280, true);
    new DataView(large.buffer).setInt32(4 + 6 * 4, 1280, true);
    expect(() => readModelHeader(large, 'ggml-large.bin', 50_000_000)).toThrow('ggml-large.bin: the model file is cut short');
  });
});
