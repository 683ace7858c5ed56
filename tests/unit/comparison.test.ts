import { describe, expect, it } from 'vitest';
import { comparisonChoices, comparisonGroups } from '../../shared/comparison.ts';
import { importParticipants } from '../../shared/formats/participants-csv.ts';
import { buildMatrix, cellCount } from '../../shared/matrix.ts';
import type { Project } from '../../shared/model.ts';
import { buildTables } from '../../shared/tables.ts';
import { codedStudy } from './sample-project.ts';

/** The sample study, its assistants given an attribute of the study's own (Pak Hendra of the Dinas Sosial and the moderator none). */
function withAttributes(): Project {
  return importParticipants(codedStudy(), 'label,assistant_type,jenis kelamin\nBu Sari,PKH,perempuan\nPak Dedi,TKSK,laki-laki\nBu Rina,PKH,perempuan\nPak Joko,TKSK,laki-laki\n', 'peserta-2.csv');
}

describe('the matrix compared by another attribute', () => {
  it('offers assistant type, site, affiliation and the study’s own attributes', () => {
    expect(comparisonChoices(withAttributes().study, 'id').map((c) => [c.by, c.label])).toEqual([
      ['assistant_type', 'Jenis pendamping'], ['site', 'Lokasi'], ['affiliation', 'Afiliasi'], ['attribute:jenis kelamin', 'jenis kelamin'],
    ]);
  });

  it('puts each segment in the column of its speaker’s value; a speaker without one counts for none', () => {
    const p = withAttributes();
    const byType = buildMatrix(p);
    const bySex = buildMatrix(p, 'attribute:jenis kelamin');
    expect(bySex.groups.map((g) => g.key)).toEqual(['laki-laki', 'perempuan']);
    // Every code: the segments of the two types are the segments of the two values, less Pak Hendra's (no value).
    const hendra = p.participants.find((x) => x.label === 'Pak Hendra')!.id;
    const byHendra = new Set(p.segments.filter((s) => p.turns.find((t) => t.id === s.turnId)!.speakerId === hendra).map((s) => s.id));
    expect(byHendra.size).toBe(1);
    for (const code of byType.codes) {
      const typed = byType.groups.reduce((n, g) => n + (byType.cells.get(`${code}|${g.key}`)?.segments.filter((s) => !byHendra.has(s.id)).length ?? 0), 0);
      expect(cellCount(bySex, code, 'laki-laki') + cellCount(bySex, code, 'perempuan')).toBe(typed);
    }
    expect(bySex.unattributed.map((q) => q.speaker)).toContain('Pak Hendra');
    // By site, hand-checked: Bu Rina (Desa Mekarsari) coded 4.1.3, 4.4.6 and 4.3.8.
    const bySite = buildMatrix(p, 'site');
    expect(comparisonGroups(p, 'site').map((g) => g.key)).toEqual(['Desa Mekarsari', 'Kabupaten', 'Kecamatan Cibeureum', 'Kecamatan Sukamaju']);
    // Pak Hendra has no assistant type but a site: by site his statement counts (4.1.2, set to TKSK by hand).
    expect(cellCount(bySite, '4.1.2', 'Kabupaten')).toBe(1);
    expect(['4.1.3', '4.4.6', '4.3.8'].map((c) => cellCount(bySite, c, 'Desa Mekarsari'))).toEqual([1, 1, 1]);
    expect(cellCount(bySite, '4.2.3', 'Kecamatan Cibeureum')).toBe(1);
  });

  it('writes the tables with one column per value, quotes and counts only', () => {
    const p = withAttributes();
    const [broker] = buildTables(p, { mode: 'counts', lang: 'id', by: 'attribute:jenis kelamin' });
    expect(broker!.columns).toEqual(['Kode', 'Agenda', 'laki-laki', 'perempuan']);
    expect(broker!.rows[0]!.cells).toEqual(['1', '1']);
    // Summaries belong to assistant types: by another attribute a summary cell is empty.
    const summaries = buildTables(p, { mode: 'summary', lang: 'id', by: 'site' });
    expect(summaries.every((t) => t.rows.every((r) => r.cells.every((c) => c === '')))).toBe(true);
    expect(buildTables(p, { mode: 'summary', lang: 'id' })[0]!.rows.some((r) => r.cells.some((c) => c !== ''))).toBe(true);
  });
});
