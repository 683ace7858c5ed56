import { describe, expect, it } from 'vitest';
import { knownModel, readModelHeader, sha1Hex, WHISPER_MODELS } from '../../shared/transcription/models.ts';
import { TINY_TEST_SHAPE, whisperTestModel } from '../../scripts/whisper-test-model.ts';

// Made once: each is a few megabytes of random weights.
const tinyModel = whisperTestModel();

describe('whisper models', () => {
  it('lists the multilingual sizes from smallest to largest, as their sources give them', () => {
    expect(WHISPER_MODELS.map((m) => m.name)).toEqual(['tiny', 'base', 'small', 'medium', 'large-v3']);
    for (const key of ['diskMb', 'memoryMb', 'parametersM'] as const) {
      const values = WHISPER_MODELS.map((m) => m[key]);
      expect(values, key).toEqual([...values].sort((a, b) => a - b));
    }
    expect(WHISPER_MODELS.every((m) => /^[0-9a-f]{40}$/.test(m.sha1))).toBe(true);
  });

  it('reads a model file\'s header: multilingual, and its size from its layers', { timeout: 60_000 }, () => {
    expect(readModelHeader(tinyModel, 'ggml-uji.bin')).toEqual({ vocabulary: 51865, multilingual: true, audioLayers: 4, size: 'tiny' });
    expect(readModelHeader(whisperTestModel({ ...TINY_TEST_SHAPE, nLayer: 3 }), 'ggml-uji.bin').size).toBeNull();
  });

  it('refuses a file that is no whisper.cpp model, a truncated one and an English-only one, naming the file', { timeout: 60_000 }, () => {
    expect(() => readModelHeader(new TextEncoder().encode('PK\u0003\u0004 bukan model'), 'unduhan.zip')).toThrow('unduhan.zip: not a whisper.cpp model file (ggml)');
    expect(() => readModelHeader(tinyModel.slice(0, 20), 'ggml-small.bin')).toThrow('ggml-small.bin: not a whisper.cpp model file');
    const broken = tinyModel.slice(0, 64);
    new DataView(broken.buffer).setInt32(4 + 9 * 4, 7, true);
    expect(() => readModelHeader(broken, 'rusak.bin')).toThrow('rusak.bin: not a whisper.cpp model file');
    expect(() => readModelHeader(whisperTestModel({ ...TINY_TEST_SHAPE, nVocab: 51864 }), 'ggml-tiny.en.bin')).toThrow('ggml-tiny.en.bin: an English-only model (.en)');
  });

  it('knows a listed model by its SHA-1, and says nothing of one it does not list', async () => {
    expect(await sha1Hex(new TextEncoder().encode('abc'))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(await knownModel(tinyModel)).toBeNull();
  });
});
