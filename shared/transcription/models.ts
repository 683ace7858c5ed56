/**
 * The Whisper models a researcher can choose, and a model file checked before any engine
 * reads it. Figures are quoted, not measured here:
 * - file size, memory and SHA-1 of the ggml files: whisper.cpp's model list
 *   (huggingface.co/ggerganov/whisper.cpp, README; "Mem" is whisper.cpp's own estimate);
 * - parameters and speed relative to large: OpenAI's Whisper README (measured on English
 *   speech on an A100 GPU, so only the order matters on a laptop CPU).
 * Indonesian accuracy per model is published in the Whisper paper (Radford et al. 2022,
 * appendix D); it is not quoted here until it can be checked against the source.
 */
import { ImportError } from '../formats/import-error.ts';
import { reason } from '../formats/reasons.ts';

export interface WhisperModel {
  name: 'tiny' | 'base' | 'small' | 'medium' | 'large-v3';
  file: string;
  /** Megabytes on disk, as whisper.cpp lists them. */
  diskMb: number;
  /** Memory while transcribing, as whisper.cpp estimates it, in megabytes. */
  memoryMb: number;
  /** SHA-1 of the file, as whisper.cpp publishes it. */
  sha1: string;
  parametersM: number;
  /** Speed relative to large (OpenAI's README; English, A100). */
  relativeSpeed: number;
}

export const WHISPER_MODELS: readonly WhisperModel[] = [
  { name: 'tiny', file: 'ggml-tiny.bin', diskMb: 75, memoryMb: 390, sha1: 'bd577a113a864445d4c299885e0cb97d4ba92b5f', parametersM: 39, relativeSpeed: 10 },
  { name: 'base', file: 'ggml-base.bin', diskMb: 142, memoryMb: 500, sha1: '465707469ff3a37a2b9b8d8f89f2f99de7299dac', parametersM: 74, relativeSpeed: 7 },
  { name: 'small', file: 'ggml-small.bin', diskMb: 466, memoryMb: 1000, sha1: '55356645c2b361a969dfd0ef2c5a50d530afd8d5', parametersM: 244, relativeSpeed: 4 },
  { name: 'medium', file: 'ggml-medium.bin', diskMb: 1500, memoryMb: 2600, sha1: 'fd9727b6e1217c2f614f9b698455c4ffd82463b4', parametersM: 769, relativeSpeed: 2 },
  { name: 'large-v3', file: 'ggml-large-v3.bin', diskMb: 2900, memoryMb: 4700, sha1: 'ad82bf6a9043ceed055076d0fd39f5f186ff8062', parametersM: 1550, relativeSpeed: 1 },
];

/** What a model file says of itself in its header. */
export interface ModelHeader {
  vocabulary: number;
  /** Speaks more than English: a language such as Indonesian can be asked for. */
  multilingual: boolean;
  audioLayers: number;
  /** The standard size the layers match, if any. */
  size: WhisperModel['name'] | null;
}

const GGML_MAGIC = 0x67676d6c;
const SIZE_BY_LAYERS: Record<number, WhisperModel['name']> = { 4: 'tiny', 6: 'base', 12: 'small', 24: 'medium', 32: 'large-v3' };

/**
 * A whisper.cpp model file's header, or a refusal naming the file: not a ggml model at all
 * (a zip, an ONNX or PyTorch file, a download that stopped early), or one that cannot
 * transcribe Indonesian (an English-only `.en` model).
 */
export function readModelHeader(bytes: Uint8Array, file: string): ModelHeader {
  if (bytes.length < 48) throw new ImportError(file, null, reason('model.notGgml'));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== GGML_MAGIC) throw new ImportError(file, null, reason('model.notGgml'));
  const int = (i: number) => view.getInt32(4 + i * 4, true);
  const [vocabulary, audioCtx, audioState, audioHeads, audioLayers, textCtx, textState, , textLayers, mels] = Array.from({ length: 10 }, (_, i) => int(i)) as number[];
  const sane = vocabulary! > 0 && audioCtx! > 0 && audioState! > 0 && audioHeads! > 0 && audioLayers! > 0 && textCtx! > 0 && textState === audioState && textLayers! > 0 && (mels === 80 || mels === 128);
  if (!sane) throw new ImportError(file, null, reason('model.notGgml'));
  const multilingual = vocabulary! >= 51865;
  if (!multilingual) throw new ImportError(file, null, reason('model.englishOnly'));
  return { vocabulary: vocabulary!, multilingual, audioLayers: audioLayers!, size: SIZE_BY_LAYERS[audioLayers!] ?? null };
}

/** The SHA-1 of a file as hex, to compare with the published one. */
export async function sha1Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-1', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The listed model a file is, by its checksum, or null for one Telaah does not list (a fine-tuned model, say). */
export async function knownModel(bytes: Uint8Array<ArrayBuffer>): Promise<WhisperModel | null> {
  const sum = await sha1Hex(bytes);
  return WHISPER_MODELS.find((m) => m.sha1 === sum) ?? null;
}
