import { describe, expect, it } from 'vitest';
import { addRole, CodebookEditError, updateAgenda } from '../../shared/codebook-edit.ts';
import { EWARONG_KUBE } from '../../shared/codebooks/ewarong-kube.ts';
import { coderNameReason } from '../../shared/coders.ts';
import { exportCodebookCsv, parseCodebookCsv } from '../../shared/formats/codebook-csv.ts';
import { exportCodebookQdc, parseCodebookQdc } from '../../shared/formats/codebook-qdc.ts';
import { importCodings } from '../../shared/formats/codings-csv.ts';
import { describeReason } from '../../shared/formats/reasons.ts';
import { studyWithTranscript } from './sample-project.ts';

const HEADER = 'session,speaker,assistant_type,code,text,memo,start,end,coder\n';
const QUOTE = 'Saat pencairan kami mendampingi KPM';

describe('names of codes and coders coming in', () => {
  it('keeps a codebook CSV\'s role and agenda names as one clean line: NFC, no invisible characters, spaces folded', () => {
    const csv = exportCodebookCsv(EWARONG_KUBE).replaceAll('Broker', 'Bro\u200Bker').replaceAll('Mediator', 'Mediator   baru');
    const codebook = parseCodebookCsv(csv.replaceAll('Kewirausahaan', 'Kewirausahae\u0301an'), 'buku.csv');
    expect(codebook.roles[0]!.name.id).toBe('Broker');
    expect(codebook.roles[1]!.name.id).toBe('Mediator baru');
    expect(codebook.agendas.some((a) => a.label.id.startsWith('Kewirausahaéan '))).toBe(true);
  });

  it('refuses a codebook CSV whose name holds a line break or a control character, naming the line', () => {
    const lines = exportCodebookCsv(EWARONG_KUBE).split('\n');
    const at = lines.findIndex((l) => l.includes('Mediator'));
    const broken = lines.map((l, i) => (i === at ? l.replace('Mediator', '"Medi\nator"') : l)).join('\n');
    expect(() => parseCodebookCsv(broken, 'buku.csv')).toThrow(`buku.csv:${at + 1}: "Medi\nator" holds a line break`);
    const escaped = lines.map((l, i) => (i === at ? l.replace('Mediator', 'Medi\u001Bator') : l)).join('\n');
    expect(() => parseCodebookCsv(escaped, 'buku.csv')).toThrow(`buku.csv:${at + 1}:`);
  });

  it('cleans a .qdc\'s code names the same way and refuses a 10,000-character one', () => {
    const qdc = exportCodebookQdc(EWARONG_KUBE, 'studi');
    expect(parseCodebookQdc(qdc.replaceAll('Broker', '\u202EBroker'), 'b.qdc').roles[0]!.name.id).toBe('Broker');
    expect(() => parseCodebookQdc(qdc.replaceAll('Broker', 'B'.repeat(10_000)), 'b.qdc')).toThrow('b.qdc: a name of 10000 characters; at most 200');
  });

  it('refuses a role or agenda renamed to more than one line, and cleans a typed one', () => {
    expect(() => addRole(EWARONG_KUBE, { id: 'Peran\nbaru', en: '' })).toThrow(CodebookEditError);
    expect(updateAgenda(EWARONG_KUBE, 1, { label: { id: ' Data\u200B  KPM ', en: '' } }).agendas[0]!.label).toEqual({ id: 'Data KPM', en: 'Data KPM' });
  });

  it('refuses a coder that only looks like one already in the study, naming the line and the letters that differ', () => {
    const base = studyWithTranscript();
    const csv = `${HEADER}FGD Sukamaju,Bu Sari,,4.1.1,${QUOTE},,,,Ani\nFGD Sukamaju,Bu Sari,,4.1.2,${QUOTE},,,,Аni\n`;
    expect(() => importCodings(base, csv, 'k.csv')).toThrow(/k\.csv:3: the coder "Аni" looks like the coder "Ani" .*"А" U\+0410/);
    const clean = importCodings(base, `${HEADER}FGD Sukamaju,Bu Sari,,4.1.1,${QUOTE},,,,An\u200Bi\n`, 'k.csv');
    expect(clean.segments[0]!.coder).toBe('Ani');
  });

  it('says why a typed coder name cannot be taken, in either language', () => {
    expect(coderNameReason('Budi', ['Ani'])).toBeNull();
    expect(describeReason(coderNameReason('Аni', ['Ani'])!, 'id')).toMatch(/^pengode "Аni" mirip pengode "Ani"/);
    expect(describeReason(coderNameReason('A\tni', ['Ani'])!, 'en')).toMatch(/control character/);
  });
});
