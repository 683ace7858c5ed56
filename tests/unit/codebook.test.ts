import { describe, expect, it } from 'vitest';
import { EWARONG_KUBE } from '../../shared/codebooks/ewarong-kube.ts';
import { codesOfRole, filterCodes, findCode, listCodes } from '../../shared/codebook.ts';

describe('the e-Warong KUBE codebook', () => {
  it('has 32 codes from 4.1.1 to 4.4.8 in table order', () => {
    const codes = listCodes(EWARONG_KUBE).map((c) => c.code);
    expect(codes).toHaveLength(32);
    expect(codes[0]).toBe('4.1.1');
    expect(codes[8]).toBe('4.2.1');
    expect(codes[31]).toBe('4.4.8');
    expect(new Set(codes).size).toBe(32);
  });

  it('names the four roles of the published study', () => {
    expect(EWARONG_KUBE.roles.map((r) => r.name.id)).toEqual(['Broker', 'Mediator', 'Educator', 'Facilitator']);
  });

  it('keeps the Indonesian agenda labels of the published study word for word', () => {
    expect(EWARONG_KUBE.agendas.map((a) => a.label.id)).toEqual([
      'Penanggung jawab di lapangan untuk program bantuan sosial (PKH, Bantuan Pangan Non Tunai, Subsidi Gas, Subsidi Pupuk, BLSM, dan lain-lain)',
      'Mensinergikan data keluarga penerima manfaat bersama Dinas Sosial Kab/Kota',
      'Mengintegrasikan penyaluran bantuan sosial melalui e-Warong KUBE',
      'Manajemen sumber daya manusia (peningkatan keterampilan, pelatihan usaha, penggajian, pengukuran indikator pencapaian kinerja, alokasi SDM)',
      'Manajemen keuangan (cash-flow, laba rugi, analisis keuangan, dsj)',
      'Manajemen operasional (manajemen produksi, supply chain management, quality control, dsb)',
      'Kewirausahaan sosial (kreativitas dan inovasi)',
      'Penguasaan teknologi informasi',
    ]);
  });

  it('gives every role and agenda an English label and a definition in both languages', () => {
    for (const item of [...EWARONG_KUBE.roles.map((r) => ({ ...r, label: r.name })), ...EWARONG_KUBE.agendas]) {
      expect(item.label.en).not.toBe('');
      expect(item.definition.id.length).toBeGreaterThan(20);
      expect(item.definition.en.length).toBeGreaterThan(20);
    }
  });

  it('lists the rows of one role in agenda order', () => {
    expect(codesOfRole(EWARONG_KUBE, 2).map((c) => c.code)).toEqual(['4.2.1', '4.2.2', '4.2.3', '4.2.4', '4.2.5', '4.2.6', '4.2.7', '4.2.8']);
  });

  it('finds a code by its number and rejects one outside the matrix', () => {
    expect(findCode(EWARONG_KUBE, '4.3.5')?.agenda.label.en).toMatch(/^Financial management/);
    expect(findCode(EWARONG_KUBE, '4.5.1')).toBeUndefined();
  });

  it('filters codes by a code prefix or by words of their labels in either language', () => {
    expect(filterCodes(EWARONG_KUBE, '4.2').map((c) => c.code)).toHaveLength(8);
    expect(filterCodes(EWARONG_KUBE, '4.2.3').map((c) => c.code)).toEqual(['4.2.3']);
    expect(filterCodes(EWARONG_KUBE, 'mediator keuangan').map((c) => c.code)).toEqual(['4.2.5']);
    expect(filterCodes(EWARONG_KUBE, 'Information technology').map((c) => c.code)).toEqual(['4.1.8', '4.2.8', '4.3.8', '4.4.8']);
    // Indonesian spellings of the roles' names find them, as the English ones do.
    expect(filterCodes(EWARONG_KUBE, 'edukator keuangan').map((c) => c.code)).toEqual(['4.3.5']);
    expect(filterCodes(EWARONG_KUBE, 'Fasilitator').map((c) => c.code)).toHaveLength(8);
    expect(filterCodes(EWARONG_KUBE, 'facilitator').map((c) => c.code)).toEqual(filterCodes(EWARONG_KUBE, 'fasilitator').map((c) => c.code));
    expect(filterCodes(EWARONG_KUBE, 'teknologi informasi mediator').map((c) => c.code)).toEqual(['4.2.8']);
  });
});
