import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ZIP_LIMITS } from '../../shared/formats/zip-read.ts';
import { parseCueTime } from '../../shared/formats/cues.ts';
import { tokenizeHtml } from '../../shared/formats/html-text.ts';
import { applySpeakerMap, defaultChoices, readSpeakerMap, speakerLabels, speakerMapFromChoices, turnsFromChoices, type SpeakerChoice } from '../../shared/formats/speaker-map.ts';
import { parseTranscriptFile, writeTranscriptFile } from '../../shared/formats/transcript-file.ts';
import { UntimedTurn } from '../../shared/formats/transcript-timed.ts';
import { strToU8, zipSync } from 'fflate';
import { codedStudy, fixture } from './sample-project.ts';
import { forExport } from '../../shared/anonymise.ts';
import { createStudy, emptyProject } from '../../shared/study.ts';
import { importTranscript, transcriptOf } from '../../shared/transcript.ts';

/**
 * Real exports from other tools, kept beside the project in ../shared/formats/transcripts
 * (see SOURCES.md there). A checkout without them skips these tests and says so.
 */
const SAMPLES = fileURLToPath(new URL('../../../shared/formats/transcripts/', import.meta.url));
const itWithSamples = existsSync(SAMPLES) ? it : it.skip;

function sample(name: string): string {
  return readFileSync(`${SAMPLES}${name}`, 'utf8');
}

const shape = (turns: { speaker: string | null; timestamp: number | null; text: string }[]) => turns.map((t) => [t.speaker, t.timestamp, t.text]);

describe('cue times', () => {
  it('reads padded, hour-less, unpadded and comma times', () => {
    expect(parseCueTime('00:00:01.500')).toBe(1.5);
    expect(parseCueTime('00:11.000')).toBe(11);
    expect(parseCueTime('0:0:1.130')).toBeCloseTo(1.13);
    expect(parseCueTime('00:01:46,260')).toBeCloseTo(106.26);
    expect(parseCueTime('1:75:00.000')).toBeNull();
  });
});

describe('WebVTT', () => {
  itWithSamples('reads Whisper’s hour-less cues', () => {
    expect(shape(parseTranscriptFile('jfk.vtt', sample('jfk.vtt')))).toEqual([
      [null, 0, 'And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.'],
    ]);
  });

  itWithSamples('reads legacy MS Teams voice tags with unpadded times', () => {
    expect(shape(parseTranscriptFile('teams_timeframe.vtt', sample('teams_timeframe.vtt')))).toEqual([
      ['Yuri Bakulin', 0, 'There you go.'],
      ['Adrian Petrescu', 0.21, 'Why hello there, Yuri.'],
    ]);
  });

  itWithSamples('reads current MS Teams cues with ids and multi-line payloads', () => {
    const turns = parseTranscriptFile('example-transcript.vtt', sample('example-transcript.vtt'));
    expect(turns).toHaveLength(12);
    expect(turns[1]).toMatchObject({ speaker: 'Jane Doe', timestamp: 13.13, text: 'Nice. I am the student being interviewed, and I have many things to say.' });
    expect(new Set(speakerLabels(turns))).toEqual(new Set(['John Smith', 'Jane Doe']));
  });

  it('merges consecutive cues of one speaker, skips notes and decodes entities', () => {
    expect(shape(parseTranscriptFile('fgd-teams.vtt', fixture('fgd-teams.vtt')))).toEqual([
      ['Moderator', 4.12, 'Selamat siang Bapak Ibu, kita mulai diskusinya ya.'],
      ['Bu Sari', 10.01, 'Baik, Bu. Di Kecamatan Sukamaju kami mendampingi KPM setiap kali pencairan di e-Warong. Kalau stok beras terlambat, kami hubungi pemasok & Bulog.'],
      ['Pak Dedi', 22.4, 'TKSK biasanya yang mencocokkan data usulan desa dengan DTKS.'],
    ]);
  });

  it('names the line of a missing header, a cue without time and a bad time', () => {
    expect(() => parseTranscriptFile('a.vtt', '00:01.000 --> 00:02.000\nHalo')).toThrow('a.vtt:1: a WebVTT file must begin with "WEBVTT"');
    expect(() => parseTranscriptFile('a.vtt', 'WEBVTT\n\n1\nHalo tanpa waktu\n')).toThrow('a.vtt:3: cue without a time line');
    expect(() => parseTranscriptFile('a.vtt', 'WEBVTT\n\n00:01.000 --> 00:02.000\nHalo\n\n00:0x.000 --> 00:03.000\nLagi\n')).toThrow('a.vtt:6: "00:0x.000" is not a cue time');
    expect(() => parseTranscriptFile('a.vtt', 'WEBVTT\n\n00:05.000 --> 00:02.000\nHalo\n')).toThrow('a.vtt:3: the cue ends (00:02.000) before it starts (00:05.000)');
    expect(() => parseTranscriptFile('a.srt', '1\n00:00:05,000 --> 00:00:02,000\nHalo\n')).toThrow('a.srt:2: the cue ends');
  });
});

describe('SubRip', () => {
  itWithSamples('reads Whisper’s SRT', () => {
    expect(shape(parseTranscriptFile('jfk.srt', sample('jfk.srt')))).toEqual([
      [null, 0, 'And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.'],
    ]);
  });

  itWithSamples('carries an Otter.ai speaker name to the following cues until it changes', () => {
    const turns = parseTranscriptFile('B2+80_otter_ai.srt', sample('B2+80_otter_ai.srt'));
    expect(turns[0]).toMatchObject({ speaker: 'Wangchuk', timestamp: 106.26 });
    expect(turns[1]?.speaker).not.toBe('Wangchuk');
    expect(new Set(speakerLabels(turns))).toEqual(new Set(['Wangchuk', 'Clare', 'Ives', 'Jamyang', 'Unknown', 'Wanchen']));
    expect(turns.every((t, i) => i === 0 || t.speaker !== turns[i - 1]?.speaker)).toBe(true);
    expect(turns).toHaveLength(225);
  });

  it('joins the cues of one speaker into a turn and strips markup', () => {
    expect(shape(parseTranscriptFile('fgd-otter.srt', fixture('fgd-otter.srt')))).toEqual([
      ['Moderator', 3.5, 'Bagaimana peran pendamping dalam mengelola keuangan e-Warong?'],
      ['Bu Rina', 8, 'Kami mengajari pengurus membuat buku kas harian. Setiap sore uang masuk dan keluar dicatat, lalu dicocokkan dengan stok.'],
      ['Pak Joko', 17.3, 'Kalau TKSK lebih sering mengingatkan saja, belum ada pelatihan.'],
    ]);
  });

  it('names the line of a block without a time', () => {
    expect(() => parseTranscriptFile('b.srt', '1\n00:00:01,000 --> 00:00:02,000\nHalo\n\n2\nTanpa waktu\n')).toThrow('b.srt:5: cue without a time line');
  });
});

describe('Whisper JSON', () => {
  itWithSamples('reads the Whisper CLI’s output', () => {
    expect(shape(parseTranscriptFile('jfk.json', sample('jfk.json')))).toEqual([
      [null, 0, 'And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.'],
    ]);
  });

  it('starts a turn at each speaker change and at pauses longer than the gap', () => {
    const turns = parseTranscriptFile('fgd-whisperx.json', fixture('fgd-whisperx.json'));
    expect(shape(turns)).toEqual([
      ['SPEAKER_00', 1.02, 'Ibu Bapak, silakan ceritakan pengalaman dengan mesin EDC.'],
      ['SPEAKER_01', 5.1, 'Mesin EDC sering gangguan sinyal di desa kami. Jadi transaksi kami catat manual dulu.'],
      ['SPEAKER_01', 16.4, 'Setelah sinyal kembali, baru kami input ulang.'],
      ['SPEAKER_00', 19.5, 'Terima kasih, Pak.'],
    ]);
    expect(parseTranscriptFile('fgd-whisperx.json', fixture('fgd-whisperx.json'), { gapSeconds: 10 })).toHaveLength(3);
  });

  it('marks every turn unchecked, as a speech recogniser wrote it, and the session keeps the mark', () => {
    const turns = parseTranscriptFile('fgd-whisperx.json', fixture('fgd-whisperx.json'));
    expect(turns.every((t) => t.unchecked === true)).toBe(true);
    const project = importTranscript(emptyProject(createStudy('Draf', 2024)), 'FGD', turns, 'fgd-whisperx.json');
    expect(project.turns.map((t) => t.unchecked)).toEqual([true, true, true, true]);
    expect(parseTranscriptFile('fgd.txt', 'Moderator: Selamat pagi.').every((t) => t.unchecked === undefined)).toBe(true);
  });

  it('keeps the words of a draft with their times and certainty, from Whisper and WhisperX alike', () => {
    const whisper = {
      segments: [
        { start: 1, end: 3.1, text: ' Dana PKH cair.', words: [{ word: ' Dana', start: 1, end: 1.4, probability: 0.98 }, { word: ' PKH', start: 1.5, end: 2.1, probability: 0.32 }, { word: ' cair.', start: 2.2, end: 3.1, probability: 0.91 }] },
        { start: 3.4, end: 4.6, text: ' Di desa.', words: [{ word: ' Di', start: 3.4, end: 3.6, probability: 0.99 }, { word: ' desa.', start: 3.7, end: 4.6, probability: 0.88 }] },
      ],
    };
    const [turn] = parseTranscriptFile('draf.json', JSON.stringify(whisper));
    expect(turn!.text).toBe('Dana PKH cair. Di desa.');
    expect(turn!.words).toEqual([
      { text: 'Dana', start: 1, end: 1.4, p: 0.98 },
      { text: 'PKH', start: 1.5, end: 2.1, p: 0.32 },
      { text: 'cair.', start: 2.2, end: 3.1, p: 0.91 },
      { text: 'Di', start: 3.4, end: 3.6, p: 0.99 },
      { text: 'desa.', start: 3.7, end: 4.6, p: 0.88 },
    ]);
    // WhisperX: `score`, and a word it could not align (a number) has no times and is left out.
    const whisperx = { segments: [{ start: 0, end: 2, text: ' Ada 250 KPM.', speaker: 'SPEAKER_01', words: [{ word: 'Ada', start: 0, end: 0.3, score: 0.7 }, { word: '250' }, { word: 'KPM.', start: 1.2, end: 2, score: 0.4 }] }] };
    expect(parseTranscriptFile('x.json', JSON.stringify(whisperx))[0]!.words).toEqual([
      { text: 'Ada', start: 0, end: 0.3, p: 0.7 },
      { text: 'KPM.', start: 1.2, end: 2, p: 0.4 },
    ]);
    // The session keeps them on its turns.
    const project = importTranscript(emptyProject(createStudy('Draf', 2024)), 'FGD', [turn!], 'draf.json');
    expect(project.turns[0]!.words).toHaveLength(5);
  });

  it('names what is wrong with broken JSON', () => {
    expect(() => parseTranscriptFile('w.json', '{\n"segments": [\n  {"start": 1,,}\n]}')).toThrow(/^w\.json:3: not valid JSON$/);
    expect(() => parseTranscriptFile('w.json', '{"text": "hanya teks"}')).toThrow('w.json: expected Whisper JSON with a "segments" list');
    expect(() => parseTranscriptFile('w.json', '{"segments": [{"start": 0, "end": 1, "text": "a"}, {"start": "satu", "end": 2, "text": "b"}]}')).toThrow(
      'w.json: segments[1]: needs numeric "start" and "end" and a "text"',
    );
  });
});

describe('oTranscribe', () => {
  itWithSamples('reads a real .otr: each timestamp starts a turn at its time, a new paragraph starts one too', () => {
    const turns = parseTranscriptFile('input_otr.otr', sample('input_otr.otr'));
    expect(turns).toHaveLength(16);
    expect(turns[0]?.timestamp).toBeCloseTo(9.483782);
    expect(turns.every((t) => t.speaker === null && t.text !== '')).toBe(true);
    // The file's second paragraph begins with text typed before any timestamp.
    expect(turns.filter((t) => t.timestamp === null).map((t) => t.text)).toEqual(['རྗེས་ལུས་རེད་འདུག་']);
    const times = turns.flatMap((t) => (t.timestamp === null ? [] : [t.timestamp]));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('takes typed (bold) names as speakers and carries them to the next paragraph', () => {
    expect(shape(parseTranscriptFile('fgd-otranscribe.otr', fixture('fgd-otranscribe.otr')))).toEqual([
      ['Moderator', 5.2, 'Apa peran pendamping dalam kewirausahaan KUBE?'],
      ['Bu Sari', 11.75, 'Kami dorong anggota menjual kerupuk di e-Warong. Hasilnya lumayan & rutin.'],
      ['Bu Sari', null, 'Kadang juga menjual pulsa.'],
      ['Pak Dedi', 24, 'Di kecamatan kami belum ada, Bu.'],
    ]);
  });

  it('refuses a file without oTranscribe text', () => {
    expect(() => parseTranscriptFile('x.otr', '{"media": "a.mp3"}')).toThrow('x.otr: expected an oTranscribe file with a "text" field');
    expect(() => parseTranscriptFile('x.otr', 'bukan json')).toThrow('x.otr: not valid JSON');
  });

  it('reads markup as text and never as anything more', () => {
    expect(tokenizeHtml('<p onclick="x()">a &lt;script&gt; <img src=x onerror=alert(1)></p>')).toEqual([
      { kind: 'open', name: 'p', attributes: { onclick: 'x()' }, selfClosing: false },
      { kind: 'text', text: 'a <script> ' },
      { kind: 'open', name: 'img', attributes: { src: 'x', onerror: 'alert(1)' }, selfClosing: false },
      { kind: 'close', name: 'p' },
    ]);
  });
});

describe('transcript files by extension', () => {
  it('refuses an unknown format', () => {
    expect(() => parseTranscriptFile('rekaman.mp3', 'ID3')).toThrow('rekaman.mp3: unknown transcript format "mp3"');
  });

  it.each(['txt', 'docx', 'srt', 'vtt'] as const)('writes %s that reads back to the same turns', async (format) => {
    const turns = parseTranscriptFile('fgd-sukamaju.txt', fixture('fgd-sukamaju.txt'));
    const session = { title: 'FGD Sukamaju', date: '2019-03-14', place: 'Aula Kecamatan', moderator: 'Dr. Wulan', noteTaker: 'Andi' };
    const again = parseTranscriptFile(`x.${format}`, await writeTranscriptFile(format, turns, session, 'id'));
    expect(shape(again)).toEqual(shape(turns));
  });

  it.each(['txt', 'docx', 'srt', 'vtt'] as const)('keeps time marks inside turns in %s, where they were', async (format) => {
    const turns = [
      { speaker: 'Moderator', timestamp: 3, text: 'Silakan, Bu.' },
      { speaker: 'Bu Sari', timestamp: 5.5, text: 'Dana cair [00:00:09.5] bulan lalu, [00:00:14] lalu kami [00:00:20] datang.' },
      { speaker: 'Pak Dedi', timestamp: 25, text: '[00:00:26] Betul.' },
    ];
    const again = parseTranscriptFile(`x.${format}`, await writeTranscriptFile(format, turns));
    expect(shape(again)).toEqual(shape(turns));
  });

  it('refuses to write subtitles for a turn without a time', async () => {
    await expect(writeTranscriptFile('srt', [{ speaker: 'A', timestamp: 1, text: 'a' }, { speaker: 'B', timestamp: null, text: 'b' }])).rejects.toThrow(UntimedTurn);
  });
});

describe('speaker mapping', () => {
  const turns = parseTranscriptFile('fgd-whisperx.json', fixture('fgd-whisperx.json'));

  it('renames labels to participants and merges two labels into one', () => {
    const map = readSpeakerMap('from,to\nSPEAKER_00,Moderator\nSPEAKER_01,Pak Dedi\n', 'peta.csv', turns);
    expect(speakerLabels(applySpeakerMap(turns, map))).toEqual(['Moderator', 'Pak Dedi']);
  });

  it('names the row of a label that is not in the transcript, an empty target and a repeated label', () => {
    expect(() => readSpeakerMap('from,to\nSPEAKER_09,Bu Sari\n', 'peta.csv', turns)).toThrow('peta.csv:2: speaker "SPEAKER_09" does not occur in the transcript');
    expect(() => readSpeakerMap('from,to\nSPEAKER_00,\n', 'peta.csv', turns)).toThrow('peta.csv:2: no participant given for "SPEAKER_00"');
    expect(() => readSpeakerMap('from,to\nSPEAKER_00,A\nSPEAKER_00,B\n', 'peta.csv', turns)).toThrow('peta.csv:3: speaker "SPEAKER_00" is mapped twice');
  });
});

describe('the speaker mapping step', () => {
  it('guesses participants by label or pseudonym, and new participants for the rest', () => {
    const people = [
      { label: 'Moderator', pseudonym: 'P01' },
      { label: 'Bu Sari', pseudonym: 'P02' },
    ];
    expect([...defaultChoices(['Moderator', 'SPEAKER_01', 'P02'], people)]).toEqual([
      ['Moderator', { kind: 'participant', label: 'Moderator' }],
      ['SPEAKER_01', { kind: 'new', label: 'SPEAKER_01' }],
      ['P02', { kind: 'participant', label: 'Bu Sari' }],
    ]);
  });

  it('brings back Telaah’s own .txt, .docx, .srt and .vtt exports (named by pseudonym) as the same turns of the same participants, consecutive turns of one speaker included', async () => {
    const project = codedStudy();
    const session = project.sessions[0]!;
    // Two turns in a row by one speaker, as happens when a transcriber splits a long answer.
    const sari = project.participants.find((p) => p.label === 'Bu Sari')!;
    const [first, second] = project.turns.filter((t) => t.sessionId === session.id);
    second!.speakerId = first!.speakerId = sari.id;
    const turns = transcriptOf(forExport(project), session.id);
    for (const format of ['txt', 'docx', 'srt', 'vtt'] as const) {
      const written = await writeTranscriptFile(format, turns, session, 'id');
      const read = parseTranscriptFile(`kembali.${format}`, written);
      expect(read.map((t) => [t.speaker, t.timestamp, t.text]), format).toEqual(turns.map((t) => [t.speaker, t.timestamp, t.text]));
      // Into the same study: every pseudonym is the participant who has it, and no one new is made.
      const back = importTranscript(project, 'FGD kembali', read, `kembali.${format}`);
      expect(back.participants, format).toHaveLength(project.participants.length);
      const again = back.turns.filter((t) => t.sessionId === back.sessions.at(-1)!.id);
      expect(again.map((t) => t.speakerId), format).toEqual(project.turns.filter((t) => t.sessionId === session.id).map((t) => t.speakerId));
    }
  });

  it('follows merges to what the other label becomes, and survives a merge loop', () => {
    const map = speakerMapFromChoices(
      new Map<string, SpeakerChoice>([
        ['SPEAKER_00', { kind: 'participant', label: 'Moderator' }],
        ['SPEAKER_01', { kind: 'new', label: 'Bu Wati' }],
        ['SPEAKER_02', { kind: 'merge', into: 'SPEAKER_01' }],
        ['A', { kind: 'merge', into: 'B' }],
        ['B', { kind: 'merge', into: 'A' }],
      ]),
    );
    expect(Object.fromEntries(map)).toEqual({ SPEAKER_00: 'Moderator', SPEAKER_01: 'Bu Wati', SPEAKER_02: 'Bu Wati', A: 'A', B: 'B' });
  });
});

describe('Word documents', () => {
  /** A .docx as Word saves it: runs split mid-word, bold names, proofing marks, a title and a details table. */
  function wordDocument(body: string): Uint8Array {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`;
    return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) });
  }
  const p = (inner: string, style = '') => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${inner}</w:p>`;
  const r = (text: string, bold = false) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;

  it('reads turns typed as paragraphs, with times, bold names and runs split anywhere', () => {
    const doc = wordDocument(
      p(r('Catatan FGD Desa Mekarsari'), 'Heading1') +
        '<w:tbl><w:tr><w:tc>' + p(r('Tempat: Balai desa')) + '</w:tc></w:tr></w:tbl>' +
        p(r('[00:01:05] ') + r('Moderator', true) + r(': Silakan Bu, ceri') + '<w:proofErr w:type="spellStart"/>' + r('takan.')) +
        p(r('Bu Rina', true) + r(':') + '<w:r><w:tab/></w:r>' + r('Kami mengajari pengurus &amp; anggota.')) +
        p(r('Lanjutan kalimat Bu Rina.')) +
        '<w:p/>' +
        p(r('Pak Joko: Setuju.')),
    );
    expect(shape(parseTranscriptFile('catatan.docx', doc))).toEqual([
      ['Moderator', 65, 'Silakan Bu, ceritakan.'],
      ['Bu Rina', null, 'Kami mengajari pengurus & anggota. Lanjutan kalimat Bu Rina.'],
      ['Pak Joko', null, 'Setuju.'],
    ]);
  });

  it('names the paragraph of a bad time, and refuses a file that is no Word document', () => {
    const doc = wordDocument(p(r('Moderator: Mulai.')) + p(r('[1:2:3:4] Bu Sari: Ya.')));
    expect(() => parseTranscriptFile('catatan.docx', doc)).toThrow('catatan.docx:2: "[1:2:3:4]" is not a time');
    expect(() => parseTranscriptFile('palsu.docx', new TextEncoder().encode('bukan zip'))).toThrow('palsu.docx: not a Word document (.docx) that can be read');
  });
});

describe('Word documents read defensively', () => {
  const documentXml = (body: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

  it('reads a plain document, and refuses entity declarations, unsafe entries and a text part that would unpack too large', () => {
    const ok = zipSync({ 'word/document.xml': strToU8(documentXml(paragraph('Moderator: Selamat pagi.'))) });
    expect(parseTranscriptFile('fgd.docx', ok).map((t) => t.text)).toEqual(['Selamat pagi.']);
    const entity = `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>${documentXml(paragraph('&b;')).replace(/^<\?xml[^>]*>/, '')}`;
    expect(() => parseTranscriptFile('xxe.docx', zipSync({ 'word/document.xml': strToU8(entity) }))).toThrow('xxe.docx: DOCTYPE and ENTITY declarations are refused');
    expect(() => parseTranscriptFile('jahat.docx', zipSync({ 'word/document.xml': strToU8(documentXml(paragraph('Ya.'))), '../evil.txt': strToU8('x') }))).toThrow('jahat.docx: refused: the archive holds an entry outside its own folder');
    const huge = zipSync({ 'word/document.xml': new Uint8Array(ZIP_LIMITS.docxText + 1) }, { level: 9 });
    expect(() => parseTranscriptFile('besar.docx', huge)).toThrow('besar.docx: refused: the archive would unpack to too many or too large files');
    expect(() => parseTranscriptFile('rusak.docx', strToU8('bukan zip'))).toThrow('rusak.docx: not a Word document (.docx) that can be read');
  });
});

describe('a document header line read as a speaker', () => {
  it('is left out by default when a details label ("Tanggal") comes once before the talk, and can be left out by choice', () => {
    const txt = 'Tanggal: 14/03/2019\n\nTempat: Balai Desa\n\nModerator: Selamat pagi.\n\nBu Sari: Pagi, Pak.\n\nModerator: Mari mulai.\n';
    const turns = parseTranscriptFile('fgd.txt', txt);
    expect(speakerLabels(turns)).toEqual(['Tanggal', 'Tempat', 'Moderator', 'Bu Sari']);
    const choices = defaultChoices(speakerLabels(turns), [{ label: 'Moderator', pseudonym: 'P01' }], turns);
    expect(choices.get('Tanggal')).toEqual({ kind: 'skip' });
    expect(choices.get('Tempat')).toEqual({ kind: 'skip' });
    expect(choices.get('Bu Sari')).toEqual({ kind: 'new', label: 'Bu Sari' });
    expect(turnsFromChoices(turns, choices).map((t) => `${t.speaker}: ${t.text}`)).toEqual(['Moderator: Selamat pagi.', 'Bu Sari: Pagi, Pak.', 'Moderator: Mari mulai.']);
    // A label that speaks later is a speaker, even with a details name; skipping it (or merging into a skipped one) leaves its turns out.
    const later = parseTranscriptFile('fgd.txt', 'Moderator: Halo.\n\nNotulis: Saya mencatat.\n');
    expect(defaultChoices(speakerLabels(later), [], later).get('Notulis')).toEqual({ kind: 'new', label: 'Notulis' });
    const merged = new Map([['Moderator', { kind: 'skip' as const }], ['Notulis', { kind: 'merge' as const, into: 'Moderator' }]]);
    expect(turnsFromChoices(later, merged)).toEqual([]);
  });
});
