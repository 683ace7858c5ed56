import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { listCodes } from '../../shared/codebook.ts';
import { setCodeMemo, updateRole } from '../../shared/codebook-edit.ts';
import { codebookFromTemplate } from '../../shared/codebooks/templates.ts';
import { exportCodebookCsv, parseCodebookCsv } from '../../shared/formats/codebook-csv.ts';
import { parseCodebookFile, withImportedCodebook } from '../../shared/formats/codebook-file.ts';
import { exportCodebookQdc, parseCodebookQdc } from '../../shared/formats/codebook-qdc.ts';
import type { Codebook } from '../../shared/model.ts';
import { codedStudy } from './sample-project.ts';
import { errorOf } from './import-errors.ts';

/** The REFI-QDA schemas and sample files beside the project; absent, these tests are skipped. */
const REFI = fileURLToPath(new URL('../../../shared/formats/refi-qda/', import.meta.url));
const itWithRefi = existsSync(REFI) ? it : it.skip;

function annotated(): Codebook {
  let cb = codebookFromTemplate('ewarong-kube');
  cb = updateRole(cb, 2, { color: '#be185d' });
  cb = setCodeMemo(cb, '4.2.3', 'Konflik "kualitas" telur, harga & timbangan <KPM>.');
  return setCodeMemo(cb, '4.4.8', 'Termasuk SIKS-NG,\nEDC dan aplikasi e-PKH.');
}

describe('codebook CSV', () => {
  it('writes a role row, an agenda row and a code row per item, with the spec columns', () => {
    const csv = exportCodebookCsv(annotated());
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('code,role,agenda,label_id,label_en,description,color,memo');
    expect(lines[1]).toBe('4.1.*,Broker,,Broker,Broker,Menghubungkan kelompok dengan sumber daya dan layanan yang dibutuhkannya.,#2563eb,');
    expect(csv).toContain('4.*.8,,Penguasaan teknologi informasi,Penguasaan teknologi informasi,Information technology,');
    expect(csv).toContain('4.2.3,Mediator,');
    expect(csv).toContain('"Termasuk SIKS-NG,\nEDC dan aplikasi e-PKH."');
  });

  it('reads back the same codes, names in both languages, colours, descriptions and memos', () => {
    const cb = annotated();
    const again = parseCodebookCsv(exportCodebookCsv(cb), 'buku-kode.csv');
    expect(listCodes(again).map((c) => c.code)).toEqual(listCodes(cb).map((c) => c.code));
    expect(again.roles.map((r) => [r.name, r.color, r.definition.id])).toEqual(cb.roles.map((r) => [r.name, r.color, r.definition.id]));
    expect(again.agendas.map((a) => a.label)).toEqual(cb.agendas.map((a) => a.label));
    expect(again.memos).toEqual(cb.memos);
  });

  it('builds the matrix from code rows alone, naming roles and agendas from their columns', () => {
    const cb = parseCodebookCsv('code,role,agenda\n3.1.1,Perencana,Pendataan\n3.1.2,Perencana,Penyaluran\n3.2.1,Motivator,Pendataan\n', 'x.csv');
    expect(cb.prefix).toBe('3');
    expect(cb.roles.map((r) => r.name.id)).toEqual(['Perencana', 'Motivator']);
    expect(cb.agendas.map((a) => a.label.id)).toEqual(['Pendataan', 'Penyaluran']);
    expect(listCodes(cb)).toHaveLength(4);
  });

  it('keeps roles that have no agendas yet (a template’s start)', () => {
    const cb = codebookFromTemplate('pekerja-sosial');
    expect(parseCodebookCsv(exportCodebookCsv(cb), 'x.csv').roles.map((r) => r.name.id)).toEqual(cb.roles.map((r) => r.name.id));
  });

  it('names the file and line of a bad code, colour, gap, repeated row or mixed prefix', () => {
    expect(errorOf(() => parseCodebookCsv('code,label_id\n4.1.*,Broker\n4.x,Salah\n', 'kb.csv'))).toBe('kb.csv:3: "4.x" is not a code such as 4.1.3, a role 4.1.* or an agenda 4.*.3');
    expect(errorOf(() => parseCodebookCsv('code,label_id,color\n4.1.*,Broker,biru\n', 'kb.csv'))).toBe('kb.csv:2: "biru" is not a colour such as #2563eb');
    expect(errorOf(() => parseCodebookCsv('code,label_id\n4.1.*,Broker\n4.3.*,Edukator\n', 'kb.csv'))).toBe('kb.csv:3: role 2 is missing: numbers must run 1, 2, 3…');
    expect(errorOf(() => parseCodebookCsv('code,label_id\n4.1.*,Broker\n4.1.*,Lagi\n', 'kb.csv'))).toBe('kb.csv:3: role 1 is defined twice (first on line 2)');
    expect(errorOf(() => parseCodebookCsv('code,label_id\n4.1.*,Broker\n3.2.*,Mediator\n', 'kb.csv'))).toBe('kb.csv:3: "3.2.*" does not start with the prefix 4 of the rows before it');
    expect(errorOf(() => parseCodebookCsv('kode,label\n', 'kb.csv'))).toMatch(/^kb\.csv:1: /);
  });

  it('refuses a codebook that would drop codes the study’s segments use, and takes one that keeps them', () => {
    const p = codedStudy();
    const small = parseCodebookCsv('code,role,agenda\n4.1.1,Broker,Bansos\n', 'kecil.csv');
    expect(errorOf(() => withImportedCodebook(p, small, 'kecil.csv'))).toMatch(/^kecil\.csv: code 4\.1\.2 is used by \d+ segment\(s\) but is not in this codebook$/);
    const same = parseCodebookFile(exportCodebookCsv(annotated()), 'sama.csv');
    expect(withImportedCodebook(p, same, 'sama.csv').study.codebook.memos).toHaveLength(2);
  });
});

describe('REFI-QDA codebook (.qdc)', () => {
  itWithRefi('writes a codebook that validates against Codebook.xsd', async () => {
    const xsd = readFileSync(`${REFI}Codebook.xsd`, 'utf8');
    for (const cb of [annotated(), codebookFromTemplate('pendamping-sosial')]) {
      const result = await validateXML({ xml: [{ fileName: 'buku-kode.qdc', contents: exportCodebookQdc(cb, 'studi-1') }], schema: [{ fileName: 'Codebook.xsd', contents: xsd }] });
      expect(result.errors).toEqual([]);
      expect(result.valid).toBe(true);
    }
  });

  it('writes roles as parent codes, cells as codable child codes and agendas as sets, the same each time', () => {
    const qdc = exportCodebookQdc(annotated(), 'studi-1');
    expect(qdc).toBe(exportCodebookQdc(annotated(), 'studi-1'));
    expect(qdc).toContain('name="4.2 Mediator" isCodable="false" color="#be185d"');
    expect(qdc).toContain('name="4.2.3 Mengintegrasikan penyaluran bantuan sosial melalui e-Warong KUBE" isCodable="true"');
    expect(qdc).toContain('<Description>Konflik &quot;kualitas&quot; telur, harga &amp; timbangan &lt;KPM&gt;.</Description>');
    expect(qdc.match(/<Set /g)).toHaveLength(8);
    expect(qdc.match(/<MemberCode /g)).toHaveLength(32);
    expect(() => exportCodebookQdc(codebookFromTemplate('empty'), 'x')).toThrow(/without roles/);
  });

  it('reads its own file back to the same matrix, colours and memos', () => {
    const cb = annotated();
    const again = parseCodebookQdc(exportCodebookQdc(cb, 'studi-1'), 'buku-kode.qdc');
    expect(listCodes(again).map((c) => c.code)).toEqual(listCodes(cb).map((c) => c.code));
    expect(again.roles.map((r) => [r.name.id, r.color, r.definition.id])).toEqual(cb.roles.map((r) => [r.name.id, r.color, r.definition.id]));
    expect(again.agendas.map((a) => [a.label.id, a.definition.id])).toEqual(cb.agendas.map((a) => [a.label.id, a.definition.id]));
    expect(again.memos).toEqual(cb.memos);
  });

  itWithRefi('reads another tool’s codebook as its tree: top-level codes become roles, each with its own sub-codes as rows, descriptions kept', () => {
    const cb = parseCodebookQdc(readFileSync(`${REFI}example_codebook.qdc`, 'utf8'), 'example_codebook.qdc');
    expect(cb.sharedRows).toBe(false);
    expect(cb.agendas).toEqual([]);
    expect(cb.roles.map((r) => r.name.id)).toEqual(['Negativ/Aufgeregt', 'Negativ/Ruhig', 'Positiv/Aufgeregt', 'Positiv/Ruhig']);
    expect(cb.roles[0]?.color).toBe('#e57373');
    expect(cb.roles[0]?.definition.id).toBe('All emotions with negative valence and positive arousal.');
    expect(cb.roles.map((r) => r.rows.length)).toEqual([15, 5, 11, 9]);
    expect(listCodes(cb)).toHaveLength(40);
    const rage = listCodes(cb).find((c) => c.agenda.label.id === 'Rage');
    const serenity = listCodes(cb).find((c) => c.agenda.label.id === 'Serenity');
    expect(rage?.role.name.id).toBe('Negativ/Aufgeregt');
    expect(serenity?.role.name.id).toBe('Positiv/Ruhig');
  });

  it('accepts namespace variants and braced GUIDs, and refuses DOCTYPE, broken XML and other roots with the line', () => {
    const variant = `<?xml version="1.0"?>\n<qdc:CodeBook xmlns:qdc="urn:QDA-XML:codebook:1:0"><qdc:Codes>\n<qdc:Code guid="{ABC}" name="Broker" isCodable="true" color="#abc"><qdc:Code guid="x" name="Data" isCodable="true"/></qdc:Code></qdc:Codes></qdc:CodeBook>`;
    const cb = parseCodebookQdc(variant, 'nvivo12.qdc');
    expect(cb.roles[0]).toMatchObject({ name: { id: 'Broker' }, color: '#aabbcc' });
    expect(cb.roles[0]?.rows.map((a) => a.label.id)).toEqual(['Data']);
    expect(errorOf(() => parseCodebookQdc('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaa">]>\n<CodeBook/>', 'bom.qdc'))).toBe('bom.qdc:2: DOCTYPE and ENTITY declarations are refused for safety');
    expect(errorOf(() => parseCodebookQdc('<CodeBook>\n<Codes>\n<Code name="a">\n</Codes>', 'rusak.qdc'))).toBe('rusak.qdc:4: not well-formed XML: </Codes> does not close <Code>');
    expect(errorOf(() => parseCodebookQdc('<Project/>', 'p.qdc'))).toBe('p.qdc:1: the root element is <Project>, not a REFI-QDA <CodeBook>');
  });
});
