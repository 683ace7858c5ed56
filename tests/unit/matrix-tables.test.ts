import { describe, expect, it } from 'vitest';
import { buildMatrix, cellCount, maxCellCount } from '../../shared/matrix.ts';
import { buildTables, quoteLine } from '../../shared/tables.ts';
import { exportTables, previewTables, tablesToMarkdown, tableToCsv } from '../../shared/formats/tables-write.ts';
import { readCsv } from '../../shared/formats/csv.ts';
import { codedStudy } from './sample-project.ts';

describe('the framework matrix', () => {
  const matrix = buildMatrix(codedStudy());

  it('lists a cell’s quotes in transcript order however the segments are stored', () => {
    const p = codedStudy();
    const quotes = (project: typeof p) => buildMatrix(project).cells.get('4.1.2|TKSK')!.quotes.map((q) => q.segment.id);
    expect(quotes({ ...p, segments: [...p.segments].reverse() })).toEqual(quotes(p));
    const order = new Map(p.turns.map((t) => [t.id, t.order]));
    const orders = quotes(p).map((id) => order.get(p.segments.find((s) => s.id === id)!.turnId)!);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('counts and quotes the same, speaker and session included, when the segments come out of order', () => {
    const coded = codedStudy();
    // Two statements of the moderator, who counts for no assistant type.
    const untyped = coded.turns.filter((t) => !coded.participants.find((x) => x.id === t.speakerId)?.assistantType).slice(0, 2);
    const uncounted = untyped.map((turn, i) => ({ ...coded.segments[0]!, id: `m${i}`, sessionId: turn.sessionId, turnId: turn.id, assistantType: null }));
    const p = { ...coded, segments: [...coded.segments, ...uncounted] };
    const last = p.segments.length - 1;
    const shuffled = buildMatrix({ ...p, segments: [p.segments[last]!, ...p.segments.slice(0, last).reverse()] });
    const inOrder = buildMatrix(p);
    expect(inOrder.unattributed.map((q) => q.segment.id)).toEqual(['m0', 'm1']);
    for (const [key, cell] of inOrder.cells) {
      const other = shuffled.cells.get(key)!;
      expect(other.segments.map((s) => s.id)).toEqual(cell.segments.map((s) => s.id));
      expect(other.quotes.map((q) => `${q.speaker}|${q.session}|${q.assistantType}`)).toEqual(cell.quotes.map((q) => `${q.speaker}|${q.session}|${q.assistantType}`));
    }
    expect(shuffled.unattributed.map((q) => q.segment.id)).toEqual(inOrder.unattributed.map((q) => q.segment.id));
    expect(inOrder.cells.get('4.1.2|TKSK')!.quotes.every((q) => q.session !== '')).toBe(true);
  });

  it('counts each segment in the column of its speaker’s assistant type', () => {
    expect(cellCount(matrix, '4.1.1', 'PKH')).toBe(1);
    expect(cellCount(matrix, '4.1.1', 'TKSK')).toBe(1);
    expect(cellCount(matrix, '4.4.6', 'PKH')).toBe(1);
    expect(cellCount(matrix, '4.4.6', 'TKSK')).toBe(1);
    expect(cellCount(matrix, '4.2.1', 'PKH')).toBe(0);
  });

  it('counts a Dinas Sosial officer’s statement for the type it was coded for', () => {
    expect(cellCount(matrix, '4.1.2', 'TKSK')).toBe(2);
    expect(matrix.cells.get('4.1.2|TKSK')?.quotes.map((q) => q.speaker)).toEqual(['Pak Dedi', 'Pak Hendra']);
  });

  it('puts a segment with two codes in both cells', () => {
    expect(cellCount(matrix, '4.3.7', 'PKH')).toBe(1);
    expect(cellCount(matrix, '4.4.7', 'PKH')).toBe(1);
  });

  it('keeps aside segments whose speaker has no type and that set none', () => {
    const p = codedStudy();
    const hendra = p.participants.find((x) => x.label === 'Pak Hendra')!;
    const turn = p.turns.find((t) => t.speakerId === hendra.id && t.text.startsWith('Dari dinas'))!;
    const withUntyped = { ...p, segments: [...p.segments, { ...p.segments[0]!, id: 'x', turnId: turn.id, start: 0, end: 10, text: turn.text.slice(0, 10), assistantType: null }] };
    expect(buildMatrix(withUntyped).unattributed).toHaveLength(1);
  });

  it('knows its largest cell, for heat shading', () => {
    expect(maxCellCount(matrix)).toBe(2);
  });
});

describe('the published tables', () => {
  it('builds four tables, one per role, with the published caption, columns, rows and footer', () => {
    const tables = buildTables(codedStudy(), { mode: 'summary', lang: 'id' });
    expect(tables.map((t) => t.caption)).toEqual([
      'Tabel 1 Peran Pendamping Sosial sebagai Broker',
      'Tabel 2 Peran Pendamping Sosial sebagai Mediator',
      'Tabel 3 Peran Pendamping Sosial sebagai Educator',
      'Tabel 4 Peran Pendamping Sosial sebagai Facilitator',
    ]);
    const [broker] = tables;
    expect(broker?.columns).toEqual(['Kode', 'Agenda', 'Pendamping PKH', 'TKSK']);
    expect(broker?.rows.map((r) => r.code)).toEqual(['4.1.1', '4.1.2', '4.1.3', '4.1.4', '4.1.5', '4.1.6', '4.1.7', '4.1.8']);
    expect(broker?.rows[0]?.cells).toEqual([
      'Mendampingi KPM saat pencairan di e-Warong agar bantuan diterima utuh.',
      'Menjadi penghubung kecamatan, desa, dan Dinas Sosial untuk BPNT dan subsidi gas.',
    ]);
    expect(broker?.footer).toBe('Sumber: Hasil Penelitian, 2019');
  });

  it('speaks English on request', () => {
    const [t] = buildTables(codedStudy(), { mode: 'counts', lang: 'en' });
    expect(t?.caption).toBe('Table 1 Role of Social Assistants as Broker');
    expect(t?.columns.slice(0, 2)).toEqual(['Code', 'Agenda']);
    expect(t?.rows[7]?.agenda).toBe('Information technology');
    expect(t?.footer).toBe('Source: research results, 2019');
  });

  it('lists quotes with speaker and session, one per line, and counts as integers', () => {
    const quotes = buildTables(codedStudy(), { mode: 'quotes', lang: 'id' })[0]!;
    expect(quotes.rows[1]?.cells[1]).toBe(
      '“Biasanya saya mencocokkan usulan desa dengan data Dinas Sosial sebelum dikirim ke kabupaten.” (Pak Dedi, FGD Sukamaju)\n' +
        '“Memang TKSK yang paling sering kami minta memeriksa usulan data dari desa,” (Pak Hendra, FGD Sukamaju)',
    );
    const counts = buildTables(codedStudy(), { mode: 'counts', lang: 'id' })[0]!;
    expect(counts.rows.map((r) => r.cells)).toEqual([['1', '1'], ['1', '2'], ['1', '0'], ['0', '0'], ['0', '0'], ['0', '0'], ['0', '0'], ['0', '0']]);
  });

  it('follows the study’s assistant types for its columns', () => {
    const p = codedStudy();
    const withKortek = { ...p, study: { ...p.study, assistantTypes: [...p.study.assistantTypes, { key: 'KORTEK', label: 'Kortek' }] } };
    expect(buildTables(withKortek, { mode: 'counts', lang: 'id' })[0]?.columns).toEqual(['Kode', 'Agenda', 'Pendamping PKH', 'TKSK', 'Kortek']);
  });

  it('flattens a quote to one line', () => {
    expect(quoteLine('satu\n dua', 'Bu Sari', 'FGD 1')).toBe('“satu dua” (Bu Sari, FGD 1)');
  });
});

describe('table files', () => {
  it('writes one CSV per table with the column labels as header and eight rows', async () => {
    const files = await exportTables(codedStudy(), { mode: 'counts', format: 'csv', lang: 'id' });
    expect(files.map((f) => f.name)).toEqual(['tabel-1.csv', 'tabel-2.csv', 'tabel-3.csv', 'tabel-4.csv']);
    const rows = readCsv(String(files[0]!.content), 'tabel-1.csv', { required: ['kode', 'agenda', 'pendamping pkh', 'tksk'] });
    expect(rows).toHaveLength(8);
    expect(rows[1]?.values).toMatchObject({ kode: '4.1.2', 'pendamping pkh': '1', tksk: '2' });
  });

  it('keeps multi-line quote cells inside one CSV field', () => {
    const table = buildTables(codedStudy(), { mode: 'quotes', lang: 'id' })[0]!;
    const csv = tableToCsv(table);
    expect(csv).toContain('"“Biasanya saya mencocokkan');
    expect(csv.split('\r\n')).toHaveLength(1 + 8 + 1);
  });

  it('writes Markdown with captions, escaped pipes and <br> line breaks', () => {
    const p = codedStudy();
    const md = tablesToMarkdown(buildTables({ ...p, summaries: [{ code: '4.1.1', assistantType: 'PKH', text: 'a | b\nc', exemplars: [] }] }, { mode: 'summary', lang: 'id' }));
    expect(md).toContain('**Tabel 1 Peran Pendamping Sosial sebagai Broker**');
    expect(md).toContain('| Kode | Agenda | Pendamping PKH | TKSK |');
    expect(md).toContain('a \\| b<br>c');
  });

  it('writes one HTML document with all four tables and escapes researcher text', async () => {
    const p = codedStudy();
    const [file] = await exportTables({ ...p, summaries: [{ code: '4.1.1', assistantType: 'PKH', text: '<script>alert(1)</script>', exemplars: [] }] }, { mode: 'summary', format: 'html', lang: 'id' });
    expect(file?.name).toBe('tabel.html');
    expect(String(file?.content).match(/<table>/g)).toHaveLength(4);
    expect(file?.content).toContain('&#60;script&#62;');
    expect(file?.content).not.toContain('<script>');
  });
});

describe('what a matrix cell counts', () => {
  it('counts segments, distinct participants or sessions', () => {
    const p = codedStudy();
    const dedi = p.participants.find((x) => x.label === 'Pak Dedi')!;
    const dediTurn = p.turns.find((t) => t.speakerId === dedi.id && t.text.startsWith('TKSK lebih banyak'))!;
    // A second statement of Pak Dedi in the same cell: two segments, still one participant and one session.
    const extra = { ...p.segments[0]!, id: 'extra', turnId: dediTurn.id, start: 0, end: 4, text: dediTurn.text.slice(0, 4), codes: ['4.1.2'], assistantType: null };
    const matrix = buildMatrix({ ...p, segments: [...p.segments, extra] });
    expect(cellCount(matrix, '4.1.2', 'TKSK', 'segments')).toBe(3);
    expect(cellCount(matrix, '4.1.2', 'TKSK', 'participants')).toBe(2);
    expect(cellCount(matrix, '4.1.2', 'TKSK', 'sessions')).toBe(1);
    expect(maxCellCount(matrix, 'sessions')).toBe(1);
  });
});

describe('the preview of the tables', () => {
  it('shows each cell\'s first lines and how many more the file holds, leaving short cells and the layout as they are', () => {
    const tables = buildTables(codedStudy(), { mode: 'quotes', lang: 'id' });
    const longest = Math.max(...tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.split('\n').length))));
    expect(longest).toBeGreaterThan(1);
    const { tables: shown, cut } = previewTables(tables, 1);
    expect(shown.map((t) => [t.caption, t.columns, t.rows.length, t.footer])).toEqual(tables.map((t) => [t.caption, t.columns, t.rows.length, t.footer]));
    let cutCells = 0;
    tables.forEach((t, i) => t.rows.forEach((r, j) => r.cells.forEach((cell, k) => {
      const lines = cell.split('\n');
      const preview = shown[i]!.rows[j]!.cells[k]!;
      if (lines.length <= 1) expect(preview).toBe(cell);
      else {
        cutCells++;
        expect(preview).toBe(`${lines[0]}\n… (+${lines.length - 1})`);
      }
    })));
    expect(cut).toBe(cutCells);
    expect(previewTables(tables, longest).cut).toBe(0);
  });
});
