import { describe, expect, it } from 'vitest';
import { anonymiseProject, forExport, forTables, NameReplacer } from '../../shared/anonymise.ts';
import { parseProjectFile, writeProjectFile } from '../../shared/formats/project-file.ts';
import { exportTables } from '../../shared/formats/tables-write.ts';
import type { Project } from '../../shared/model.ts';
import { codedStudy } from './sample-project.ts';

function withRealName(p: Project): Project {
  return {
    ...p,
    participants: p.participants.map((x) => (x.label === 'Bu Sari' ? { ...x, realName: 'Sari Wulandari', consent: { date: '2024-03-02', way: 'written', notes: 'Sari minta salinan' } } : x)),
  };
}

const pseudonymOf = (p: Project, label: string) => p.participants.find((x) => x.label === label)!.pseudonym;

describe('anonymised export', () => {
  it('gives participants P01, P02… in the order they join the study', () => {
    expect(codedStudy().participants.map((x) => [x.label, x.pseudonym])).toEqual([
      ['Moderator', 'P01'],
      ['Bu Sari', 'P02'],
      ['Pak Dedi', 'P03'],
      ['Pak Hendra', 'P04'],
      ['Bu Rina', 'P05'],
      ['Pak Joko', 'P06'],
    ]);
  });

  it('replaces labels, names without honorific and real names as whole words, in any case', () => {
    const names = new NameReplacer(withRealName(codedStudy()).participants);
    expect(names.text('Saya Sari, kata bu sari. Sari Wulandari hadir; Pak Dedi dan Hendra juga.')).toBe('Saya P02, kata P02. P02 hadir; P03 dan P04 juga.');
    expect(names.text('Sariyem dan bersari tetap; Dedikasi juga.')).toBe('Sariyem dan bersari tetap; Dedikasi juga.');
  });

  it('leaves a first name shared by two participants to their full labels', () => {
    const p = codedStudy();
    const twoSaris = { ...p, participants: [...p.participants, { ...p.participants[1]!, id: 'x', label: 'Pak Sari', pseudonym: 'P09' }] };
    const names = new NameReplacer(twoSaris.participants);
    expect(names.text('Bu Sari dan Pak Sari; Sari saja.')).toBe('P02 dan P09; Sari saja.');
  });

  it('keeps every coded segment on the same words after names in its turn change length', () => {
    const p = codedStudy();
    const anonymous = anonymiseProject(p);
    const turns = new Map(anonymous.turns.map((t) => [t.id, t]));
    const names = new NameReplacer(p.participants);
    for (const s of anonymous.segments) {
      expect(s.end).toBeGreaterThan(s.start);
      expect(turns.get(s.turnId)!.text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(names.text(p.segments.find((o) => o.id === s.id)!.text));
    }
    expect(anonymous.turns.map((t) => t.text).join('\n')).not.toMatch(/Sari|Dedi|Hendra|Rina|Joko/);
    // The anonymised project is a sound project file of its own.
    expect(() => parseProjectFile(writeProjectFile(anonymous), 'anonim.telaah.json')).not.toThrow();
  });

  it('keeps real names, labels and consent notes out of an anonymised project file', () => {
    const file = writeProjectFile(anonymiseProject(withRealName(codedStudy())));
    expect(file).not.toMatch(/Wulandari|Bu Sari|Pak Dedi|Pak Hendra|minta salinan/);
    expect(file).toContain('"way": "written"');
  });

  it('quotes pseudonyms in the tables by default and labels when the study says so', async () => {
    const p = codedStudy();
    const [byDefault] = await exportTables(forExport(p), { mode: 'quotes', format: 'md', lang: 'id' });
    expect(byDefault!.content).toContain(`(${pseudonymOf(p, 'Pak Dedi')}, FGD Sukamaju)`);
    expect(byDefault!.content).not.toMatch(/Pak Dedi|Bu Sari|Pak Hendra/);
    const labelled = { ...p, study: { ...p.study, exportNames: 'label' as const } };
    const [asTranscribed] = await exportTables(forExport(labelled), { mode: 'quotes', format: 'md', lang: 'id' });
    expect(asTranscribed!.content).toContain('(Pak Dedi, FGD Sukamaju)');
  });

  it('prepares the tables without the transcripts: the same tables as the whole anonymised study, no turn text held', async () => {
    const named = withRealName(codedStudy());
    for (const exportNames of ['pseudonym', 'label'] as const) {
      const p = { ...named, study: { ...named.study, exportNames } };
      const tables = forTables(p);
      expect(tables.turns.every((t) => t.text === '')).toBe(true);
      for (const mode of ['quotes', 'summary+exemplars'] as const) {
        const whole = await exportTables(forExport(p), { mode, format: 'html', lang: 'id' });
        expect(await exportTables(tables, { mode, format: 'html', lang: 'id' }), `${exportNames} ${mode}`).toEqual(whole);
      }
    }
  });
});
