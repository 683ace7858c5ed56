import { mixDown, SPEECH_RATE } from '../../../shared/transcription/audio.ts';

/** A recording in any format the browser plays, as 16 kHz mono samples (the browser's decoder resamples it). */
export async function decodeRecording(recording: Blob): Promise<Float32Array> {
  const context = new OfflineAudioContext(1, 1, SPEECH_RATE);
  const audio = await context.decodeAudioData(await recording.arrayBuffer());
  return mixDown(Array.from({ length: audio.numberOfChannels }, (_, c) => audio.getChannelData(c)));
}
