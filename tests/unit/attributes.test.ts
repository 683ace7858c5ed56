import { describe, expect, it } from 'vitest';
import { attributeName } from '../../shared/attributes.ts';
import { exportParticipants, importParticipants } from '../../shared/formats/participants-csv.ts';
import { parseProjectFile, writeProjectFile } from '../../shared/formats/project-file.ts';
import { createStudy, emptyProject } from '../../shared/study.ts';
import { errorOf } from './import-errors.ts';

const CSV = 'label,assistant_type,site,Jenis Kelamin,lama bertugas\nBu Sari,PKH,Bekasi,perempuan,3–5 tahun\nPak Dedi,TKSK,Banjar,laki-laki,\n';

describe('participant attributes of the study’s own', () => {
  it('come in from the participants CSV as columns beyond Telaah’s, a value per participant, an empty cell none', () => {
    const p = importParticipants(emptyProject(createStudy('Studi', 2024)), CSV, 'peserta.csv');
    expect(p.study.attributes).toEqual(['jenis kelamin', 'lama bertugas']);
    expect(p.participants.map((x) => [x.label, x.attributes])).toEqual([
      ['Bu Sari', { 'jenis kelamin': 'perempuan', 'lama bertugas': '3–5 tahun' }],
      ['Pak Dedi', { 'jenis kelamin': 'laki-laki' }],
    ]);
    // Imported again with a changed value: the participant is updated, the attribute not added twice.
    const again = importParticipants(p, 'label,assistant_type,jenis kelamin\nPak Dedi,TKSK,\nBu Sari,PKH,perempuan\n', 'koreksi.csv');
    expect(again.study.attributes).toEqual(['jenis kelamin', 'lama bertugas']);
    expect(again.participants.find((x) => x.label === 'Pak Dedi')!.attributes).toEqual({});
    // A column the file lacks leaves that value as it was.
    expect(again.participants.find((x) => x.label === 'Pak Dedi')!.site).toBe('Banjar');
    expect(again.participants.find((x) => x.label === 'Bu Sari')!.attributes['lama bertugas']).toBe('3–5 tahun');
  });

  it('go out as columns of the participants CSV and of the project file, and come back the same', () => {
    const p = importParticipants(emptyProject(createStudy('Studi', 2024)), CSV, 'peserta.csv');
    const csv = exportParticipants(p);
    expect(csv.split('\r\n')[0]).toBe('label,assistant_type,site,affiliation,pseudonym,real_name,consent_date,consent_way,consent_notes,jenis kelamin,lama bertugas');
    const back = importParticipants(emptyProject(createStudy('Studi', 2024)), csv, 'peserta.csv');
    expect(back.participants.map((x) => x.attributes)).toEqual(p.participants.map((x) => x.attributes));
    const file = parseProjectFile(writeProjectFile(p), 'studi.telaah.json');
    expect(file.study.attributes).toEqual(p.study.attributes);
    expect(file.participants.map((x) => x.attributes)).toEqual(p.participants.map((x) => x.attributes));
  });

  it('refuse a value that is no sane line, and a project file whose participant has an attribute the study lacks', () => {
    expect(errorOf(() => importParticipants(emptyProject(createStudy('Studi', 2024)), 'label,assistant_type,jenis kelamin\nBu Sari,PKH,"per\nempuan"\n', 'rusak.csv'))).toMatch(/^rusak\.csv:2: /);
    const p = importParticipants(emptyProject(createStudy('Studi', 2024)), CSV, 'peserta.csv');
    const json = JSON.parse(writeProjectFile(p));
    json.study.attributes = ['jenis kelamin'];
    expect(errorOf(() => parseProjectFile(JSON.stringify(json), 'ubah.telaah.json'))).toContain('"lama bertugas" is not one of the study\'s attributes');
    expect(attributeName('  Lama   Bertugas ')).toBe('lama bertugas');
    expect(attributeName('site')).toBeNull();
  });
});
