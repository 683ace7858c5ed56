import { describe, expect, it } from 'vitest';
import { formatTime, parseTime } from '../../shared/formats/timestamp.ts';
import { parseTranscriptTxt, writeTranscriptTxt } from '../../shared/formats/transcript-txt.ts';
import { fixture } from './sample-project.ts';

describe('timestamps', () => {
  it('reads hh:mm:ss, mm:ss and tenths', () => {
    expect(parseTime('01:02:03')).toBe(3723);
    expect(parseTime('02:03')).toBe(123);
    expect(parseTime('00:00:01.5')).toBe(1.5);
    expect(parseTime('00:61:00')).toBeNull();
    expect(parseTime('jam dua')).toBeNull();
  });
  it('writes hours always and tenths only when present', () => {
    expect(formatTime(123)).toBe('00:02:03');
    expect(formatTime(3723.5)).toBe('01:02:03.5');
  });
});

describe('the plain-text transcript format', () => {
  it('reads the sample FGD into speaker turns with times', () => {
    const turns = parseTranscriptTxt(fixture('fgd-sukamaju.txt'), 'fgd-sukamaju.txt');
    expect(turns).toHaveLength(26);
    expect(turns[1]).toMatchObject({ speaker: 'Bu Sari', timestamp: 41, line: 3 });
    expect(turns[1]?.text).toMatch(/^Saya Sari, pendamping PKH/);
  });

  it('joins a line without a label to the turn above it', () => {
    const turns = parseTranscriptTxt(fixture('fgd-sukamaju.txt'), 'fgd-sukamaju.txt');
    const sari = turns.find((t) => t.timestamp === 112);
    expect(sari?.text).toMatch(/diterima utuh\. Kadang kami juga membantu KPM yang kartunya terblokir\.$/);
  });

  it('accepts a BOM, CRLF line ends, [mm:ss] times, turns without time and without speaker', () => {
    const text = '\uFEFF[01:05] Moderator: Silakan.\r\n\r\nBu Sari: Baik, Pak.\r\n\r\nSuara tidak jelas di rekaman.\r\n';
    expect(parseTranscriptTxt(text, 'x.txt')).toEqual([
      { speaker: 'Moderator', timestamp: 65, text: 'Silakan.', line: 1 },
      { speaker: 'Bu Sari', timestamp: null, text: 'Baik, Pak.', line: 3 },
      { speaker: null, timestamp: null, text: 'Suara tidak jelas di rekaman.', line: 5 },
    ]);
  });

  it('does not take a clock time inside the text for a speaker label', () => {
    const [turn] = parseTranscriptTxt('Pak Dedi: Rapat jam 10:30 di kecamatan.', 'x.txt');
    expect(turn).toMatchObject({ speaker: 'Pak Dedi', text: 'Rapat jam 10:30 di kecamatan.' });
  });

  it('round-trips: what it writes reads back to the same turns', () => {
    const turns = parseTranscriptTxt(fixture('fgd-sukamaju.txt'), 'fgd-sukamaju.txt');
    const again = parseTranscriptTxt(writeTranscriptTxt(turns), 'again.txt');
    expect(again.map(({ line: _, ...t }) => t)).toEqual(turns.map(({ line: _, ...t }) => t));
  });

  it('names the file and line of a bad timestamp', () => {
    expect(() => parseTranscriptTxt('Moderator: Mulai.\n\n[1:2:3:4] Bu Sari: Ya.', 'fgd.txt')).toThrowError(
      'fgd.txt:3: "[1:2:3:4]" is not a time; write [hh:mm:ss] or [mm:ss]',
    );
  });

  it('refuses an empty file', () => {
    expect(() => parseTranscriptTxt('\n\n', 'kosong.txt')).toThrow('kosong.txt: the transcript has no turns');
  });
});
