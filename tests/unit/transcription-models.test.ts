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
    expect(readModelHeader(tinyModel, 'ggml-uji.bin')).toEqual({ vocabulary: 51865, multilingual: true, audioLayers: 4, size: 'tiny' });
    expect(readModelHeader(whisperTestModel({ ...TINY_TEST_SHAPE, nLayer: 3 }), 'ggml-uji.bin').size).toBeNull();
    // large-v3-turbo is large-v3's encoder with four decoder layers.
    const turbo = tinyModel.slice(0, 64);
    new DataView(turbo.buffer).setInt32(4 + 4 * 4, 32, true);
    new DataView(turbo.buffer).setInt32(4 + 8 * 4, 4, true);
    expect(readModelHeader(turbo, 'ggml-large-v3-turbo.bin').size).toBe('large-v3-turbo');
  });

  it('refuses a file that is no whisper.cpp model, a truncated one and an English-only one, naming the file', { timeout: 60_000 }, () => {
    expect(() => readModelHeader(new TextEncoder().encode('PK\u0003\u0004 bukan model'), 'unduhan.zip')).toThrow('unduhan.zip: not a whisper.cpp model file (ggml)');
    expect(() => readModelHeader(tinyModel.slice(0, 20), 'ggml-small.bin')).toThrow('ggml-small.bin: not a whisper.cpp model file');
    const broken = tinyModel.slice(0, 64);
    new DataView(broken.buffer).setInt32(4 + 9 * 4, 7, true);
    expect(() => readModelHeader(broken, 'rusak.bin')).toThrow('rusak.bin: not a whisper.cpp model file');
    expect(() => readModelHeader(whisperTestModel({ ...TINY_TEST_SHAPE, nVocab: 51864 }), 'ggml-tiny.en.bin')).toThrow('ggml-tiny.en.bin: an English-only model (.en)');
  });
});
