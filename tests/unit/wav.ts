/** WAV files written for tests. */

/** A WAV file's bytes: `channels` interleaved, integer PCM of `bits` or 32-bit float. */
export function wav(channels: Float32Array[], rate: number, bits: 8 | 16 | 24 | 32, float = false): Uint8Array {
  const frames = channels[0]!.length;
  const width = bits / 8;
  const data = new DataView(new ArrayBuffer(frames * channels.length * width));
  for (let f = 0; f < frames; f++) {
    channels.forEach((ch, c) => {
      const at = (f * channels.length + c) * width;
      const v = ch[f]!;
      if (float) data.setFloat32(at, v, true);
      else if (bits === 8) data.setUint8(at, Math.round(v * 127) + 128);
      else if (bits === 16) data.setInt16(at, Math.round(v * 32767), true);
      else if (bits === 24) {
        const n = Math.round(v * 8388607);
        data.setUint8(at, n & 0xff);
        data.setUint8(at + 1, (n >> 8) & 0xff);
        data.setInt8(at + 2, n >> 16);
      } else data.setInt32(at, Math.round(v * 2147483647), true);
    });
  }
  const out = new Uint8Array(44 + data.byteLength);
  wavHeader(out, frames, rate, channels.length, bits, float);
  out.set(new Uint8Array(data.buffer), 44);
  return out;
}

/** Writes the 44-byte header of a WAV file of `frames` frames into the start of `file`. */
export function wavHeader(file: Uint8Array, frames: number, rate: number, channels: number, bits: number, float = false): void {
  const width = bits / 8;
  const bytes = frames * channels * width;
  const header = new DataView(file.buffer, file.byteOffset, 44);
  const text = (at: number, s: string) => [...s].forEach((ch, i) => header.setUint8(at + i, ch.charCodeAt(0)));
  text(0, 'RIFF');
  header.setUint32(4, 36 + bytes, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  header.setUint32(16, 16, true);
  header.setUint16(20, float ? 3 : 1, true);
  header.setUint16(22, channels, true);
  header.setUint32(24, rate, true);
  header.setUint32(28, rate * channels * width, true);
  header.setUint16(32, channels * width, true);
  header.setUint16(34, bits, true);
  text(36, 'data');
  header.setUint32(40, bytes, true);
}
