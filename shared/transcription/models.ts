/**
 * The Whisper models a researcher can choose, and a model file checked before any engine
 * reads it. Every figure is quoted from a named source, none is measured here:
 * - exact size and SHA-256 of each ggml file: the Hugging Face repository
 *   ggerganov/whisper.cpp at revision 5359861c (the Git LFS object of each file), the
 *   revision the download URLs name so the checksums cannot drift;
 * - memory while transcribing: whisper.cpp's README ("Memory usage"), which lists no
 *   figure for large-v3-turbo;
 * - parameters and speed relative to large: OpenAI's Whisper README (measured on English
 *   speech on an A100 GPU, so only the order carries over to a laptop CPU);
 * - Indonesian word error rate: OpenAI's Whisper README, figure "WER breakdown by
 *   language" (large-v3 on Common Voice 15 and FLEURS). For the smaller models the
 *   Whisper paper (Radford et al. 2022, appendix D) publishes figures that are not
 *   quoted here because they could not be checked against the source.
 */
import { ImportError } from '../formats/import-error.ts';
import { reason } from '../formats/reasons.ts';

export type ModelName = 'tiny' | 'base' | 'small' | 'medium' | 'large-v3-turbo' | 'large-v3';

export interface WhisperModel {
  name: ModelName;
  file: string;
  /** Exact size of the file in bytes. */
  bytes: number;
  sha256: string;
  /** Memory while transcribing, as whisper.cpp estimates it, in megabytes; null where it lists none. */
  memoryMb: number | null;
  parametersM: number;
  /** Speed relative to large (OpenAI's README; English, A100). */
  relativeSpeed: number;
  /** Published Indonesian word error rate in percent, where a checked source gives one. */
  indonesianWer: { commonVoice15: number; fleurs: number } | null;
}

/** Where the desktop app downloads a model: one fixed revision, so a file always matches its checksum. */
export const MODEL_SOURCE = 'https://huggingface.co/ggerganov/whisper.cpp/resolve/5359861c739e955e79d9a303bcbc70fb988958b1/';

export const WHISPER_MODELS: readonly WhisperModel[] = [
  { name: 'tiny', file: 'ggml-tiny.bin', bytes: 77_691_713, sha256: 'be07e048e1e599ad46341c8d2a135645097a538221678b7acdd1b1919c6e1b21', memoryMb: 273, parametersM: 39, relativeSpeed: 10, indonesianWer: null },
  { name: 'base', file: 'ggml-base.bin', bytes: 147_951_465, sha256: '60ed5bc3dd14eea856493d334349b405782ddcaf0028d4b5df4088345fba2efe', memoryMb: 388, parametersM: 74, relativeSpeed: 7, indonesianWer: null },
  { name: 'small', file: 'ggml-small.bin', bytes: 487_601_967, sha256: '1be3a9b2063867b937e64e2ec7483364a79917e157fa98c5d94b5c1fffea987b', memoryMb: 852, parametersM: 244, relativeSpeed: 4, indonesianWer: null },
  { name: 'medium', file: 'ggml-medium.bin', bytes: 1_533_763_059, sha256: '6c14d5adee5f86394037b4e4e8b59f1673b6cee10e3cf0b11bbdbee79c156208', memoryMb: 2100, parametersM: 769, relativeSpeed: 2, indonesianWer: null },
  { name: 'large-v3-turbo', file: 'ggml-large-v3-turbo.bin', bytes: 1_624_555_275, sha256: '1fc70f774d38eb169993ac391eea357ef47c88757ef72ee5943879b7e8e2bc69', memoryMb: null, parametersM: 809, relativeSpeed: 8, indonesianWer: null },
  { name: 'large-v3', file: 'ggml-large-v3.bin', bytes: 3_095_033_483, sha256: '64d182b440b98d5203c4f9bd541544d84c605196c4f7b845dfa11fb23594d1e2', memoryMb: 3900, parametersM: 1550, relativeSpeed: 1, indonesianWer: { commonVoice15: 7.2, fleurs: 6.1 } },
];

/** The model a dialog offers first: accurate enough for Indonesian talk, light enough for a student's laptop. */
export const SUGGESTED_MODEL: ModelName = 'small';

export const modelUrl = (model: WhisperModel): string => MODEL_SOURCE + model.file;

export function whisperModel(name: string): WhisperModel | undefined {
  return WHISPER_MODELS.find((m) => m.name === name);
}

/** What a model file says of itself in its header. */
export interface ModelHeader {
  vocabulary: number;
  /** Speaks more than English: a language such as Indonesian can be asked for. */
  multilingual: boolean;
  audioLayers: number;
  /** The standard size the layers match, if any. */
  size: ModelName | null;
}

const GGML_MAGIC = 0x67676d6c;
const SIZE_BY_LAYERS: Record<string, ModelName> = { '4/4': 'tiny', '6/6': 'base', '12/12': 'small', '24/24': 'medium', '32/4': 'large-v3-turbo', '32/32': 'large-v3' };

/**
 * A whisper.cpp model file's header, or a refusal naming the file: not a ggml model at all
 * (a zip, an ONNX or PyTorch file, a download that stopped early), or one that cannot
 * transcribe Indonesian (an English-only `.en` model).
 */
export function readModelHeader(bytes: Uint8Array, file: string, fileBytes: number): ModelHeader {
  if (bytes.length < 48) throw new ImportError(file, null, reason('model.notGgml'));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== GGML_MAGIC) throw new ImportError(file, null, reason('model.notGgml'));
  const int = (i: number) => view.getInt32(4 + i * 4, true);
  const [vocabulary, audioCtx, audioState, audioHeads, audioLayers, textCtx, textState, , textLayers, mels] = Array.from({ length: 10 }, (_, i) => int(i)) as number[];
  // Bounds far beyond every Whisper model (large-v3: 51,866 tokens, 1,280 wide, 32 layers, 1,500 frames): a header outside them is not a model, and whisper.cpp would abort on it.
  const within = (v: number, max: number) => v > 0 && v <= max;
  const sane =
    within(vocabulary!, 1 << 20) && within(audioCtx!, 1 << 14) && within(audioState!, 1 << 13) && within(audioHeads!, 256) && within(audioLayers!, 256) &&
    within(textCtx!, 1 << 14) && textState === audioState && within(textLayers!, 256) && (mels === 80 || mels === 128) && audioState! % audioHeads! === 0;
  if (!sane) throw new ImportError(file, null, reason('model.notGgml'));
  // The weights the header promises, at two bits each at the least (below any quantisation whisper.cpp offers): a file smaller than that was cut short.
  const n = audioState!;
  const weights = mels! * n * 3 + n * n * 3 + audioCtx! * n + audioLayers! * 12 * n * n + vocabulary! * n + textCtx! * n + textLayers! * 16 * n * n;
  if (fileBytes < weights / 4) throw new ImportError(file, null, reason('model.truncated', { size: fileBytes, expected: Math.ceil(weights / 4) }));
  const multilingual = vocabulary! >= 51865;
  if (!multilingual) throw new ImportError(file, null, reason('model.englishOnly'));
  return { vocabulary: vocabulary!, multilingual, audioLayers: audioLayers!, size: SIZE_BY_LAYERS[`${audioLayers}/${textLayers}`] ?? null };
}
