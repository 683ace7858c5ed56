/**
 * A recording file as speech recognition takes it, on the command line: WAV through
 * Telaah's own reader (its refusals name the sample format), every other format the
 * player takes (mp3, m4a/aac, ogg, opus, flac, webm) through `@audio/decode`, a maintained
 * pure-JavaScript/WebAssembly decoder, so no ffmpeg or native build is needed. The app
 * decodes with the browser's own decoder instead.
 */
import decode from '@audio/decode';
import { ImportError } from '../shared/formats/import-error.ts';
import { reason } from '../shared/formats/reasons.ts';
import { isWav, mixDown, readWav, type Audio } from '../shared/transcription/audio.ts';

export async function readRecording(bytes: Uint8Array, file: string): Promise<Audio> {
  if (isWav(bytes)) return readWav(bytes, file);
  let channels: Float32Array[];
  let rate: number;
  try {
    ({ channelData: channels, sampleRate: rate } = await decode(bytes));
  } catch {
    throw new ImportError(file, null, reason('audio.unsupported'));
  }
  if (!channels?.length || !channels[0]?.length || !(rate > 0)) throw new ImportError(file, null, reason('audio.unsupported'));
  return { samples: mixDown(channels), rate };
}
