import { describe, expect, it } from 'vitest';
import { buildTables } from '../../shared/tables.ts';
import type { Project } from '../../shared/model.ts';
import { codedStudy } from './sample-project.ts';

/** The study with two TKSK exemplars chosen for 4.1.2, the second-coded one first. */
function withExemplars(): { project: Project; first: string; second: string } {
  const p = codedStudy();
  const tksk = p.segments.filter((s) => s.codes.includes('4.1.2') && (s.assistantType === 'TKSK' || s.text.startsWith('Biasanya')));
  const [a, b] = [tksk[0]!, tksk[1]!];
  const project = {
    ...p,
    summaries: [...p.summaries.filter((s) => !(s.code === '4.1.2' && s.assistantType === 'TKSK')), { code: '4.1.2', assistantType: 'TKSK', text: 'Memeriksa usulan data desa.', exemplars: [b.id, a.id] }],
  };
  return { project, first: b.text, second: a.text };
}

const cell = (project: Project, mode: Parameters<typeof buildTables>[1]['mode'], attribution = true) =>
  buildTables(project, { mode, lang: 'id', attribution })[0]!.rows.find((r) => r.code === '4.1.2')!.cells[1]!;

describe('exemplar quotes in the tables', () => {
  it('quotes only the chosen segments, in the order chosen, with speaker and session', () => {
    const { project, first, second } = withExemplars();
    const lines = cell(project, 'exemplars').split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^“${first.slice(0, 30)}.*” \\(Pak (Dedi|Hendra), FGD Sukamaju\\)$`));
    expect(lines[1]?.startsWith(`“${second.slice(0, 30)}`)).toBe(true);
    expect(cell(project, 'exemplars', false).split('\n')[0]).toBe(`“${first.replace(/\s+/g, ' ').trim()}”`);
  });

  it('puts the summary first, a blank line, then the exemplars in quotation marks, in summary+exemplars', () => {
    const { project, first } = withExemplars();
    const lines = cell(project, 'summary+exemplars').split('\n');
    expect(lines[0]).toBe('Memeriksa usulan data desa.');
    expect(lines[1]).toBe('');
    expect(lines[2]?.startsWith(`“${first.slice(0, 30)}`)).toBe(true);
    expect(lines).toHaveLength(4);
  });

  it('leaves out an exemplar that no longer counts for the cell, and an empty cell stays empty', () => {
    const { project } = withExemplars();
    const moved = project.summaries.find((s) => s.code === '4.1.2' && s.assistantType === 'TKSK')!.exemplars[0]!;
    const elsewhere = { ...project, segments: project.segments.map((s) => (s.id === moved ? { ...s, assistantType: 'PKH' } : s)) };
    expect(cell(elsewhere, 'exemplars').split('\n')).toHaveLength(1);
    const row = buildTables(project, { mode: 'exemplars', lang: 'id' })[0]!.rows.find((r) => r.code === '4.1.8')!;
    expect(row.cells).toEqual(['', '']);
  });
});
