/**
 * Values no real file has, which once crashed a reader or a search: character references
 * beyond Unicode or to control characters in subtitles, a participant label thousands of
 * characters long, and a turn with 300,000 hits of one word. Each is read or searched
 * without an uncaught error.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { readQdpx } from '../../shared/formats/qdpx-read.ts';
import { writeQdpx } from '../../shared/formats/qdpx-write.ts';
import { parseTranscriptFile, writeTranscriptFile } from '../../shared/formats/transcript-file.ts';
import { importTranscript, transcriptOf } from '../../shared/transcript.ts';
import { anonymiseProject } from '../../shared/anonymise.ts';
import { searchStudy } from '../../shared/search/kwic.ts';
import { studyWithTranscript } from './sample-project.ts';

describe('character references no text may hold', () => {
  it('are read as U+FFFD in WebVTT, SubRip and oTranscribe, never a RangeError', () => {
    const refs = ['&#x110000;', '&#99999999;', '&#0;', '&#1;', '&#x1b;', '&#xD800;'];
    const vtt = `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nSiti: a${refs.join('b')}c\n`;
    expect(parseTranscriptFile('fgd.vtt', vtt)[0]!.text).toBe(`a${refs.map(() => '\uFFFD').join('b')}c`);
    const srt = `1\n00:00:01,000 --> 00:00:02,000\nSiti: x&#x110000;y &amp; &#x41;\n`;
    expect(parseTranscriptFile('fgd.srt', srt)[0]!.text).toBe('x\uFFFDy & A');
    const otr = JSON.stringify({ text: '<p>Siti: halo &#99999999; dan &#x1F600;</p>' });
    expect(parseTranscriptFile('fgd.otr', otr)[0]!.text).toContain('halo \uFFFD dan 😀');
  });
});

describe('a participant label thousands of characters long', () => {
  it('is replaced by its pseudonym in the text without overflowing the stack', () => {
    const p = studyWithTranscript();
    const label = `Bu ${'Sariyem'.repeat(700)}`;
    const long = { ...p, participants: p.participants.map((x, i) => (i === 0 ? { ...x, label } : x)), turns: p.turns.map((t, i) => (i === 0 ? { ...t, text: `Kata ${label} tadi.` } : t)) };
    const out = anonymiseProject(long);
    expect(out.turns[0]!.text).toBe(`Kata ${p.participants[0]!.pseudonym} tadi.`);
  });
});

describe('a turn with 300,000 hits of one word', () => {
  it('is searched without overflowing the stack', () => {
    const p = studyWithTranscript();
    const text = 'data '.repeat(300_000);
    const big = { ...p, turns: [{ ...p.turns[0]!, text }] };
    const lines = searchStudy(big, 'data', { forms: false });
    expect(lines.length).toBeGreaterThan(0);
  }, 60_000);
});

describe('characters XML cannot hold', () => {
  it('a .txt with U+FFFE, U+FFFF and control characters imports, and its .docx transcript and .qdpx are well-formed XML', async () => {
    const txt = 'Bu Sari: Saya \uFFFE pendamping \uFFFF PKH\u001b di Sukamaju.\n\nPak Dedi: Betul\u0001 sekali.\n';
    const turns = parseTranscriptFile('fgd.txt', txt);
    expect(turns[0]!.text).not.toMatch(/[\uFFFE\uFFFF]/);
    const project = importTranscript(studyWithTranscript(), 'FGD Baru', turns, 'fgd.txt');
    const session = project.sessions.find((s) => s.title === 'FGD Baru')!;
    const docx = (await writeTranscriptFile('docx', transcriptOf(project, session.id), session)) as Uint8Array;
    const documentXml = strFromU8(unzipSync(docx)['word/document.xml']!);
    expect((await validateXML({ xml: [{ fileName: 'document.xml', contents: documentXml }], schema: [] })).errors).toEqual([]);
    const qde = strFromU8(unzipSync(writeQdpx(project))['project.qde']!);
    expect((await validateXML({ xml: [{ fileName: 'project.qde', contents: qde }], schema: [] })).errors).toEqual([]);
    // What is written reads back.
    const back = readQdpx(writeQdpx(project), 'studi.qdpx').project;
    expect(back.turns.filter((t) => t.text.includes('pendamping  PKH')).map((t) => t.text)).toEqual(['Saya  pendamping  PKH\u001b di Sukamaju.']);
    expect(parseTranscriptFile('fgd.docx', docx).map((t) => t.text)).toEqual(['Saya  pendamping  PKH di Sukamaju.', 'Betul sekali.']);
  });
});
