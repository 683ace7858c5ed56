import { describe, expect, it } from 'vitest';
import { studyWithTranscript } from './sample-project.ts';
import { cooccurrence } from '../../shared/cooccurrence.ts';
import { codeHits, uncodeHits } from '../../shared/search/code-hits.ts';
import type { Participant, Project, Segment, Turn } from '../../shared/model.ts';
import { NO_CONSENT } from '../../shared/participants.ts';
import { filterKwic, kwicCsv, searchStudy, ANY_HIT } from '../../shared/search/kwic.ts';
import { parseQuery, searchTurns } from '../../shared/search/query.ts';
import ExcelJS from 'exceljs';
import { sheetToXlsx } from '../../shared/formats/sheet-xlsx.ts';
import { frequencyChartSvg } from '../../shared/search/frequency-chart.ts';
import { frequenciesCsv, frequencyHeader, frequencyRows, wordFrequencies } from '../../shared/search/frequencies.ts';
import { ownStopwords, stopwordsWith } from '../../shared/search/stopwords.ts';
import { stemOf, wordsOf } from '../../shared/search/words.ts';
import { createStudy, emptyProject } from '../../shared/study.ts';

const person = (id: string, label: string, assistantType: string | null, site: string): Participant => ({
  id, studyId: 'st', label, pseudonym: id.toUpperCase(), realName: '', assistantType, site, affiliation: '', consent: { ...NO_CONSENT }, attributes: {},
});

const turn = (id: string, sessionId: string, order: number, speakerId: string | null, text: string, timestamp: number | null = null): Turn => ({ id, sessionId, order, speakerId, timestamp, text });

/** Two small FGDs: a PKH assistant in Bekasi and a TKSK in Banjar, with hand-counted words. */
function smallStudy(): Project {
  const p = emptyProject(createStudy('Studi kecil', 2024));
  const at = (sessionId: string, title: string) => ({ id: sessionId, studyId: p.study.id, title, date: '', place: '', moderator: '', noteTaker: '', memo: '', roster: [], createdAt: `2024-01-0${sessionId === 's1' ? 1 : 2}T00:00:00.000Z` });
  return {
    ...p,
    sessions: [at('s1', 'FGD Bekasi'), at('s2', 'FGD Banjar')],
    participants: [person('p1', 'Bu Sari', 'PKH', 'Bekasi'), person('p2', 'Pak Dedi', 'TKSK', 'Banjar'), person('p3', 'Moderator', null, '')],
    turns: [
      turn('t1', 's1', 1, 'p3', 'Bagaimana pendampingan di desa Bapak Ibu?', 10),
      turn('t2', 's1', 2, 'p1', 'Saya mendampingi KPM setiap bulan, ya, pembukuan kelompok juga saya periksa.', 25),
      turn('t3', 's1', 3, 'p1', 'Kartu terblokir itu masalah. Kartu yang terblokir kami laporkan.', 61),
      turn('t4', 's2', 1, 'p2', 'Kami didampingi Dinas Sosial, eh, untuk pembukuan e-Warong dan data DTKS.', 5),
      turn('t5', 's2', 2, 'p2', 'Pendamping desa membantu data, data, dan data lagi.', 40),
    ],
  };
}

describe('the words of a text', () => {
  it('keeps hyphenated and doubled words whole, with their offsets, in lower case', () => {
    const words = wordsOf('Pengurus e-Warong: anak-anak KPM, 2024!');
    expect(words.map((w) => [w.form, w.start, w.end])).toEqual([['pengurus', 0, 8], ['e-warong', 9, 17], ['anak-anak', 19, 28], ['kpm', 29, 32], ['2024', 34, 38]]);
    expect(words.find((w) => w.form === 'anak-anak')!.stem).toBe('anak');
    expect(words.find((w) => w.form === 'e-warong')!.stem).toBe('e-warong');
  });

  it('stems the forms of a word to one stem', () => {
    expect(['mendampingi', 'pendamping', 'pendampingan', 'didampingi', 'pendampingnya'].map(stemOf)).toEqual(['damping', 'damping', 'damping', 'damping', 'damping']);
    expect(['pembukuan', 'buku', 'bukunya'].map(stemOf)).toEqual(['buku', 'buku', 'buku']);
    expect(['menyalurkan', 'disalurkan', 'penyaluran'].map(stemOf)).toEqual(['salur', 'salur', 'salur']);
  });
});

describe('searching a study', () => {
  it('parses words, phrases in quotes and prefixes', () => {
    expect(parseQuery('Pembukuan "kartu  terblokir" salur* "data"')).toEqual([
      { kind: 'word', form: 'pembukuan', stem: 'buku' },
      { kind: 'phrase', forms: ['kartu', 'terblokir'], stems: ['kartu', 'blokir'] },
      { kind: 'prefix', prefix: 'salur' },
      { kind: 'word', form: 'data', stem: 'data' },
    ]);
    expect(parseQuery('  ""  * ')).toEqual([]);
  });

  it('finds the guide\'s own examples in the sample FGD: a phrase in any of its words\' forms, a prefix of a root', () => {
    const sample = studyWithTranscript();
    expect(searchStudy(sample, '"kartu terblokir"', { forms: true }).map((l) => l.keyword)).toEqual(['kartunya terblokir']);
    expect(searchStudy(sample, '"kartu terblokir"', { forms: false })).toEqual([]);
    // "penyaluran" is the root salur with its affix (s becomes ny): found by its root.
    expect(searchStudy(sample, 'salur*', { forms: true }).map((l) => l.keyword)).toEqual(['penyaluran']);
    expect(searchStudy(sample, 'salur*', { forms: false })).toEqual([]);
  });

  it('finds every form of a word, each place as a hit, in transcript order', () => {
    const lines = searchStudy(smallStudy(), 'mendampingi', { forms: true });
    expect(lines.map((l) => [l.turnId, l.keyword])).toEqual([['t1', 'pendampingan'], ['t2', 'mendampingi'], ['t4', 'didampingi'], ['t5', 'Pendamping']]);
    expect(lines[1]).toMatchObject({ session: 'FGD Bekasi', speaker: 'Bu Sari', assistantType: 'PKH', site: 'Bekasi', timestamp: 25, left: 'Saya ', right: ' KPM setiap bulan, ya, pembukuan kelompok juga saya periksa.' });
    // Forms off: only the word as written.
    expect(searchStudy(smallStudy(), 'mendampingi', { forms: false }).map((l) => l.turnId)).toEqual(['t2']);
  });

  it('finds a phrase only where its words stand together, and a turn only when it holds every term', () => {
    const p = smallStudy();
    expect(searchTurns(p.turns, parseQuery('"kartu terblokir"'), { forms: true }).map((h) => [h.turnId, p.turns.find((t) => t.id === h.turnId)!.text.slice(h.start, h.end)])).toEqual([['t3', 'Kartu terblokir']]);
    expect(searchStudy(p, 'pembukuan data', { forms: true }).map((l) => l.keyword)).toEqual(['pembukuan', 'data']);
    expect(searchStudy(p, 'data', { forms: true }).map((l) => l.turnId)).toEqual(['t4', 't5', 't5', 't5']);
    expect(searchStudy(p, 'salur* terbl*', { forms: true })).toEqual([]);
    expect(searchStudy(p, 'terbl*', { forms: true }).map((l) => l.keyword)).toEqual(['terblokir', 'terblokir']);
  });

  it('filters hits like the segments view and writes them as CSV', () => {
    const lines = searchStudy(smallStudy(), 'damping', { forms: true });
    expect(filterKwic(lines, { ...ANY_HIT, assistantType: 'TKSK' }).map((l) => l.turnId)).toEqual(['t4', 't5']);
    expect(filterKwic(lines, { ...ANY_HIT, assistantType: '-' }).map((l) => l.turnId)).toEqual(['t1']);
    expect(filterKwic(lines, { ...ANY_HIT, site: 'Bekasi' }).map((l) => l.turnId)).toEqual(['t2']);
    const csv = kwicCsv(filterKwic(lines, { ...ANY_HIT, sessionId: 's2' })).split('\r\n');
    expect(csv[0]).toBe('session,time,speaker,assistant_type,site,left,keyword,right');
    // Context keeps its spaces at the keyword; a field with spaces at its ends is quoted so a spreadsheet keeps them.
    expect(csv[1]).toBe('FGD Banjar,00:00:05,Pak Dedi,TKSK,Banjar,"Kami ",didampingi," Dinas Sosial, eh, untuk pembukuan e-Warong dan data DTKS."');
  });

  it('cuts long context at a word, marking what goes on', () => {
    const long = 'Awal '.repeat(30) + 'pembukuan' + ' akhir'.repeat(30);
    const p = { ...smallStudy(), turns: [turn('t9', 's1', 1, null, long)] };
    const [line] = searchStudy(p, 'pembukuan', { forms: true });
    expect(line!.left.startsWith('…Awal')).toBe(true);
    expect(line!.right.endsWith('akhir…')).toBe(true);
    expect(line!.left.length).toBeLessThanOrEqual(71);
  });
});

describe('word frequencies', () => {
  const stop = stopwordsWith();

  it('counts words per assistant type, forms together, stopwords and fillers out, with rates per 1,000 words', () => {
    const table = wordFrequencies(smallStudy(), { by: 'assistant_type', forms: true, stopwords: stop, lang: 'id' });
    // Counted by hand: Bu Sari says 11 + 9 words, Pak Dedi 11 + 8, the moderator 6.
    expect(table.groups.map((g) => [g.key, g.label, g.words])).toEqual([['PKH', 'Pendamping PKH', 20], ['TKSK', 'TKSK', 19], ['', '(tanpa)', 6]]);
    const row = (word: string) => table.rows.find((r) => r.word === word)!;
    // data: 4 times by the TKSK (one turn "data DTKS", one "data, data, dan data").
    expect(row('data').counts).toEqual([0, 4, 0]);
    expect(row('data').rates[1]).toBeCloseTo((4 * 1000) / 19);
    // The four forms of "damping" are one row, named by the most frequent (each once here: the first alphabetically).
    expect(row('didampingi').counts).toEqual([1, 2, 1]);
    expect(table.rows.some((r) => ['ya', 'eh', 'yang', 'dan', 'saya'].includes(r.word))).toBe(false);
    expect(table.rows[0]!.word).toBe('data');
  });

  it('keeps every word when asked, counts forms apart, and adds the study’s own stopwords', () => {
    const all = wordFrequencies(smallStudy(), { by: 'session', forms: false, stopwords: new Set(), lang: 'en' });
    expect(all.rows.find((r) => r.word === 'ya')!.counts).toEqual([1, 0]);
    expect(all.rows.find((r) => r.word === 'pendamping')!.counts).toEqual([0, 1]);
    const own = wordFrequencies(smallStudy(), { by: 'session', forms: true, stopwords: stopwordsWith(['KPM', ' kartu ']), lang: 'en' });
    expect(own.rows.some((r) => r.word === 'kpm' || r.word === 'kartu')).toBe(false);
    expect(frequenciesCsv(own).split('\r\n')[0]).toBe('word,FGD Bekasi n,FGD Bekasi per 1000,FGD Banjar n,FGD Banjar per 1000,total');
    expect(ownStopwords(' KPM, kartu\nkpm;Dinas ')).toEqual(['kpm', 'kartu', 'dinas']);
  });

  it('draws the most frequent words as bars of their rates, one per group, every text escaped', () => {
    const table = wordFrequencies(smallStudy(), { by: 'assistant_type', forms: true, stopwords: stop, lang: 'id' });
    const svg = frequencyChartSvg(table, 'Kata <terbanyak> & "rate"', 5);
    const bars = [...svg.matchAll(/<rect class="bar" data-word="([^"]+)" data-group="([^"]*)" x="\d+" y="\d+" width="([\d.]+)"/g)];
    expect(bars).toHaveLength(5 * table.groups.length);
    // The widest bar is the highest rate: TKSK's "data", 4 of 19 words.
    const widest = bars.reduce((a, b) => (Number(b[3]) > Number(a[3]) ? b : a));
    expect([widest[1], widest[2]]).toEqual(['data', 'TKSK']);
    expect(svg).toContain('Kata &#60;terbanyak&#62; &#38; &#34;rate&#34;');
  });

  it('goes out as an Excel sheet with the CSV’s columns, counts and rates as numbers, formulas neutralised', async () => {
    const table = wordFrequencies(smallStudy(), { by: 'assistant_type', forms: true, stopwords: stop, lang: 'id' });
    const rows = frequencyRows(table);
    const bytes = await sheetToXlsx('frekuensi-kata', frequencyHeader(table), [...rows, ['=HYPERLINK("x")', 1, 2, 3, 4, 5, 6, 7]]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(frequencyHeader(table));
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(rows[0]);
    expect(typeof sheet.getRow(2).getCell(2).value).toBe('number');
    expect(String(sheet.getRow(rows.length + 2).getCell(1).value)).toBe('\'=HYPERLINK("x")');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('groups by site, affiliation and an attribute of the study’s own as the matrix does', () => {
    const p = smallStudy();
    const study = { ...p.study, attributes: ['jenis kelamin'] };
    const people = p.participants.map((x) => (x.id === 'p1' ? { ...x, attributes: { 'jenis kelamin': 'perempuan' } } : x.id === 'p2' ? { ...x, attributes: { 'jenis kelamin': 'laki-laki' } } : x));
    const bySex = wordFrequencies({ ...p, study, participants: people }, { by: 'attribute:jenis kelamin', forms: true, stopwords: stop, lang: 'id' });
    expect(bySex.groups.map((g) => [g.label, g.words])).toEqual([['laki-laki', 19], ['perempuan', 20], ['(tanpa)', 6]]);
    const bySite = wordFrequencies(p, { by: 'site', forms: true, stopwords: stop, lang: 'id' });
    expect(bySite.groups.map((g) => g.label)).toEqual(['Banjar', 'Bekasi', '(tanpa)']);
  });
});

describe('code co-occurrence', () => {
  function coded(): Project {
    const p = smallStudy();
    const seg = (id: string, turnId: string, start: number, end: number, codes: string[], assistantType: string | null = null): Segment => {
      const text = p.turns.find((t) => t.id === turnId)!.text;
      return { id, sessionId: p.turns.find((t) => t.id === turnId)!.sessionId, turnId, start, end, text: text.slice(start, end), codes, assistantType, coder: '', memo: '', createdAt: '' };
    };
    return {
      ...p,
      segments: [
        seg('a', 't2', 0, 40, ['4.1.1', '4.2.1']), // one segment, two codes
        seg('b', 't2', 30, 70, ['4.3.1']), // overlaps a
        seg('c', 't2', 72, 78, ['4.1.1']), // same turn, apart
        seg('d', 't4', 0, 20, ['4.1.1', '4.3.1']), // TKSK
        seg('e', 't4', 30, 40, ['4.2.1'], 'PKH'), // said by a TKSK, counted for PKH
      ],
    };
  }

  it('counts two codes on one segment, in one turn, and on overlapping text, with the segments behind each count', () => {
    const bySegment = cooccurrence(coded(), { unit: 'segment', group: null });
    expect(bySegment.codes).toEqual(['4.1.1', '4.2.1', '4.3.1']);
    expect(bySegment.cell('4.1.1', '4.2.1').count).toBe(1);
    expect(bySegment.cell('4.2.1', '4.1.1').segments.map((s) => s.id)).toEqual(['a']);
    expect(bySegment.cell('4.1.1', '4.3.1').count).toBe(1);
    expect(bySegment.cell('4.1.1', '4.1.1').count).toBe(3);
    const byTurn = cooccurrence(coded(), { unit: 'turn', group: null });
    expect(byTurn.cell('4.1.1', '4.3.1').count).toBe(2);
    expect(byTurn.cell('4.2.1', '4.3.1').count).toBe(2);
    expect(byTurn.cell('4.1.1', '4.1.1').count).toBe(2);
    const byOverlap = cooccurrence(coded(), { unit: 'overlap', group: null });
    // a with itself (4.1.1·4.2.1), a with b (4.1.1·4.3.1 and 4.2.1·4.3.1), d with itself (4.1.1·4.3.1).
    expect(byOverlap.cell('4.1.1', '4.2.1').count).toBe(1);
    expect(byOverlap.cell('4.1.1', '4.3.1').count).toBe(2);
    expect(byOverlap.cell('4.2.1', '4.3.1').segments.map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('counts only the segments of one group when asked: an assistant type, or a site', () => {
    const pkh = cooccurrence(coded(), { unit: 'turn', group: { by: 'assistant_type', key: 'PKH' } });
    // Turn t2 (Bu Sari, PKH) and segment e (set to PKH) in t4.
    expect(pkh.cell('4.1.1', '4.3.1').count).toBe(1);
    expect(pkh.cell('4.2.1', '4.2.1').count).toBe(2);
    const tksk = cooccurrence(coded(), { unit: 'segment', group: { by: 'assistant_type', key: 'TKSK' } });
    expect(tksk.codes).toEqual(['4.1.1', '4.3.1']);
    // By site: only Bu Sari's segments in Bekasi (a, b, c), whatever their types.
    const bekasi = cooccurrence(coded(), { unit: 'turn', group: { by: 'site', key: 'Bekasi' } });
    expect(bekasi.cell('4.1.1', '4.3.1').segments.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(bekasi.cell('4.2.1', '4.2.1').count).toBe(1);
  });
});

describe('coding what a search found', () => {
  it('codes every hit in one step, adds the code where the coder already coded those words, and takes it all back', () => {
    const p = smallStudy();
    const hits = searchStudy(p, '"kartu terblokir" terblokir', { forms: true });
    expect(hits.map((h) => h.keyword)).toEqual(['Kartu terblokir', 'terblokir']);
    const before = { ...p, segments: [{ id: 'x', sessionId: 's1', turnId: 't3', start: hits[1]!.start, end: hits[1]!.end, text: 'terblokir', codes: ['4.4.2'], assistantType: null, coder: 'Ani', memo: '', createdAt: '' }] };
    const step = codeHits(before, hits, '4.1.3', 'Ani');
    expect(step.made).toHaveLength(1);
    expect(step.extended).toEqual(['x']);
    const made = step.project.segments.find((s) => s.id === step.made[0])!;
    expect(made).toMatchObject({ turnId: 't3', text: 'Kartu terblokir', codes: ['4.1.3'], coder: 'Ani' });
    expect(step.project.segments.find((s) => s.id === 'x')!.codes).toEqual(['4.4.2', '4.1.3']);
    // Another coder's segment on the same words is theirs: this coder gets a segment of their own.
    expect(codeHits(before, hits, '4.1.3', 'Budi').made).toHaveLength(2);
    expect(uncodeHits(step.project, step, '4.1.3').segments).toEqual(before.segments);
  });
});
