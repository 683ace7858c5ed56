import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tokenizeHtml } from '../../shared/formats/html-text.ts';
import { escapeLatex } from '../../shared/formats/tables-latex.ts';
import { exportTables } from '../../shared/formats/tables-write.ts';
import { buildTables } from '../../shared/tables.ts';
import { codedStudy } from './sample-project.ts';

/** The tables of a .docx, each as rows of cell texts, and its body paragraphs outside tables. */
function readDocx(bytes: Uint8Array) {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  const tables: { header: boolean; rows: string[][] }[] = [];
  const paragraphs: string[] = [];
  let table: { header: boolean; rows: string[][] } | null = null;
  let row: string[] | null = null;
  let cell: string | null = null;
  let para: string | null = null;
  let inText = false;
  for (const tok of tokenizeHtml(xml)) {
    const opens = tok.kind === 'open';
    const closes = tok.kind === 'close';
    if (opens && tok.name === 'w:tbl') tables.push((table = { header: false, rows: [] }));
    else if (closes && tok.name === 'w:tbl') table = null;
    else if (opens && tok.name === 'w:tblheader' && table && table.rows.length === 0) table.header = true;
    else if (opens && tok.name === 'w:tr') row = [];
    else if (closes && tok.name === 'w:tr' && row && table) {
      table.rows.push(row);
      row = null;
    } else if (opens && tok.name === 'w:tc') cell = '';
    else if (closes && tok.name === 'w:tc' && row !== null && cell !== null) {
      row.push(cell);
      cell = null;
    } else if (opens && tok.name === 'w:p') {
      para = '';
      if (cell !== null && cell !== '') cell += '\n';
    } else if (closes && tok.name === 'w:p') {
      if (!table && para !== null) paragraphs.push(para);
      para = null;
    } else if (opens && tok.name === 'w:t') inText = !tok.selfClosing;
    else if (closes && tok.name === 'w:t') inText = false;
    else if (tok.kind === 'text' && inText) {
      if (cell !== null) cell += tok.text;
      if (para !== null) para += tok.text;
    }
  }
  return { tables, paragraphs };
}

describe('table options', () => {
  it('number tables from a start with a prefix, keep chosen roles, and drop attribution on request', () => {
    const tables = buildTables(codedStudy(), { mode: 'quotes', lang: 'id', tableStart: 5, numberPrefix: '4.', roles: [2, 4], attribution: false });
    expect(tables.map((t) => t.caption)).toEqual(['Tabel 4.5 Peran Pendamping Sosial sebagai Mediator', 'Tabel 4.6 Peran Pendamping Sosial sebagai Facilitator']);
    expect(tables[0]?.rows[2]?.cells[1]).toBe('“Waktu ada perselisihan antara pengurus e-Warong dan KPM soal kualitas telur, saya yang menengahi.”');
  });

  it('fill caption and footer templates', () => {
    const [t] = buildTables(codedStudy(), { mode: 'counts', lang: 'en', captionTemplate: 'Table {n}. {role} ({year})', footerTemplate: 'Source: FGDs {year}' });
    expect(t?.caption).toBe('Table 1. Broker (2019)');
    expect(t?.footer).toBe('Source: FGDs 2019');
  });
});

describe('publication formats', () => {
  it('write one Word document with a captioned table per role, header rows repeated, and source lines', async () => {
    const [file] = await exportTables(codedStudy(), { mode: 'summary', format: 'docx', lang: 'id' });
    expect(file?.name).toBe('tabel.docx');
    const { tables, paragraphs } = readDocx(file!.content as Uint8Array);
    expect(tables).toHaveLength(4);
    expect(tables.every((t) => t.header && t.rows.length === 9)).toBe(true);
    expect(tables[0]?.rows[0]).toEqual(['Kode', 'Agenda', 'Pendamping PKH', 'TKSK']);
    expect(tables[0]?.rows[1]?.[2]).toBe('Mendampingi KPM saat pencairan di e-Warong agar bantuan diterima utuh.');
    expect(tables[0]?.rows[2]?.[2]).toBe('Verifikasi dan pemutakhiran data KPM setiap bulan melalui e-PKH.\nMelaporkan KPM yang meninggal atau pindah.');
    expect(paragraphs.filter((p) => p.startsWith('Tabel '))).toEqual([
      'Tabel 1 Peran Pendamping Sosial sebagai Broker',
      'Tabel 2 Peran Pendamping Sosial sebagai Mediator',
      'Tabel 3 Peran Pendamping Sosial sebagai Educator',
      'Tabel 4 Peran Pendamping Sosial sebagai Facilitator',
    ]);
    expect(paragraphs.filter((p) => p === 'Sumber: Hasil Penelitian, 2019')).toHaveLength(4);
  });

  it('write a workbook with a sheet per table (caption, header, rows, source) and a count overview', async () => {
    const [file] = await exportTables(codedStudy(), { mode: 'counts', format: 'xlsx', lang: 'id', tableStart: 3 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((file!.content as Uint8Array).buffer as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Tabel 3', 'Tabel 4', 'Tabel 5', 'Tabel 6', 'Ringkasan jumlah']);
    const broker = workbook.getWorksheet('Tabel 3')!;
    expect(broker.getCell('A1').value).toBe('Tabel 3 Peran Pendamping Sosial sebagai Broker');
    expect(broker.getRow(2).values).toEqual([undefined, 'Kode', 'Agenda', 'Pendamping PKH', 'TKSK']);
    expect(broker.getRow(4).values).toEqual([undefined, '4.1.2', 'Mensinergikan data keluarga penerima manfaat bersama Dinas Sosial Kab/Kota', '1', '2']);
    expect(broker.getCell('A11').value).toBe('Sumber: Hasil Penelitian, 2019');
    const overview = workbook.getWorksheet('Ringkasan jumlah')!;
    expect(overview.rowCount).toBe(33);
    expect(overview.getRow(3).values).toEqual([undefined, '4.1.2', 'Mensinergikan data keluarga penerima manfaat bersama Dinas Sosial Kab/Kota', 1, 2]);
  });

  it('write LaTeX tabularx tables with every researcher text escaped', async () => {
    const p = codedStudy();
    const withSpecials = { ...p, summaries: [{ code: '4.1.1', assistantType: 'PKH', text: '50% KPM & pengurus_KUBE {baru}\nbaris dua', exemplars: [] }] };
    const [file] = await exportTables(withSpecials, { mode: 'summary', format: 'tex', lang: 'id' });
    const tex = String(file?.content);
    expect(file?.name).toBe('tabel.tex');
    expect(tex.match(/\\begin\{tabularx\}\{\\textwidth\}\{\|l\|X\|X\|X\|\}/g)).toHaveLength(4);
    expect(tex).toContain('\\caption*{Tabel 1 Peran Pendamping Sosial sebagai Broker}');
    expect(tex).toContain('50\\% KPM \\& pengurus\\_KUBE \\{baru\\} \\newline baris dua');
    expect(escapeLatex('\\ ~ ^ $ #')).toBe('\\textbackslash{} \\textasciitilde{} \\textasciicircum{} \\$ \\#');
  });
});
