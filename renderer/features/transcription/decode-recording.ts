import { SPEECH_RATE } from '../../../shared/transcription/audio.ts';

/** A recording in any format the browser plays, as 16 kHz mono samples (the browser's decoder resamples it). */
export async function decodeRecording(recording: Blob): Promise<Float32Array> {
  const context = new OfflineAudioContext(1, 1, SPEECH_RATE);
  const audio = await context.decodeAudioData(await recording.arrayBuffer());
  const mono = new Float32Array(audio.length);
  for (let c = 0; c < audio.numberOfChannels; c++) {
    const channel = audio.getChannelData(c);
    for (let i = 0; i < mono.length; i++) mono[i]! += channel[i]! / audio.numberOfChannels;
  }
  return mono;
}
