import { describe, expect, it } from 'vitest';
import { listCodes } from '../../shared/codebook.ts';
import {
  addAgenda,
  addRole,
  CodebookEditError,
  codeMemo,
  codesOfRow,
  moveAgenda,
  moveRole,
  recodeProject,
  removeAgenda,
  removeRole,
  segmentsUsing,
  setCodeMemo,
  setPrefix,
  updateRole,
} from '../../shared/codebook-edit.ts';
import { CODEBOOK_TEMPLATES, codebookFromTemplate } from '../../shared/codebooks/templates.ts';
import { buildMatrix, cellCount } from '../../shared/matrix.ts';
import { codedStudy } from './sample-project.ts';

const codesOf = (p: { segments: { codes: string[] }[] }) => p.segments.flatMap((s) => s.codes);

describe('editing a codebook', () => {
  it('adds, renames, describes and colours roles without touching codes', () => {
    let cb = codebookFromTemplate('empty');
    cb = addRole(cb, { id: 'Perencana', en: '' });
    cb = addRole(cb, { id: 'Motivator', en: 'Motivator' });
    cb = addAgenda(cb, { id: 'Pendataan KPM', en: 'Beneficiary data' });
    cb = updateRole(cb, 1, { name: { id: 'Perencana program', en: 'Programme planner' }, definition: { id: 'Menyusun rencana.', en: 'Plans.' }, color: '#be185d' });
    expect(listCodes(cb).map((c) => c.code)).toEqual(['4.1.1', '4.2.1']);
    expect(cb.roles[0]).toMatchObject({ number: 1, name: { id: 'Perencana program', en: 'Programme planner' }, color: '#be185d' });
    expect(cb.roles[1]?.name.en).toBe('Motivator');
    expect(() => addRole(cb, { id: '  ', en: 'x' })).toThrow(CodebookEditError);
  });

  it('renumbers the codes of every role in between when a role moves, and the segments follow', () => {
    const p = codedStudy();
    const edit = moveRole(p.study.codebook, 4, 1);
    expect(edit.codebook.roles.map((r) => r.name.en)).toEqual(['Facilitator', 'Broker', 'Mediator', 'Educator']);
    expect(edit.recode.get('4.4.6')).toBe('4.1.6');
    expect(edit.recode.get('4.1.1')).toBe('4.2.1');
    const moved = recodeProject(p, edit);
    expect(codesOf(moved).filter((c) => c === '4.1.6')).toHaveLength(codesOf(p).filter((c) => c === '4.4.6').length);
    expect(moved.summaries.find((s) => s.code === '4.2.1' && s.assistantType === 'PKH')?.text).toBe(
      p.summaries.find((s) => s.code === '4.1.1' && s.assistantType === 'PKH')?.text,
    );
    const before = buildMatrix(p);
    const after = buildMatrix(moved);
    expect(cellCount(after, '4.2.1', 'PKH')).toBe(cellCount(before, '4.1.1', 'PKH'));
  });

  it('renumbers agendas when one moves', () => {
    const edit = moveAgenda(codedStudy().study.codebook, 8, 1);
    expect(edit.codebook.agendas[0]?.label.en).toBe('Information technology');
    expect(edit.recode.get('4.3.8')).toBe('4.3.1');
    expect(edit.recode.get('4.3.1')).toBe('4.3.2');
  });

  it('merges a removed role into another: its segments take the same agenda of that role', () => {
    const p = codedStudy();
    const mediatorSegments = p.segments.filter((s) => s.codes.includes('4.2.3'));
    expect(segmentsUsing(p, codesOfRow(p.study.codebook, 'role', 2))).toBeGreaterThan(0);
    const edit = removeRole(p.study.codebook, 2, 1);
    expect(edit.recode.get('4.2.3')).toBe('4.1.3');
    expect(edit.recode.get('4.3.5')).toBe('4.2.5');
    const merged = recodeProject(p, edit);
    expect(merged.segments).toHaveLength(p.segments.length);
    for (const s of mediatorSegments) expect(merged.segments.find((m) => m.id === s.id)?.codes).toContain('4.1.3');
    expect(merged.study.codebook.roles).toHaveLength(3);
  });

  it('uncodes the segments of a removed agenda when asked; later agendas move up one', () => {
    const p = codedStudy();
    const onlySeven = p.segments.filter((s) => s.codes.every((c) => c.endsWith('.7')));
    const itCoded = p.segments.filter((s) => s.codes.includes('4.3.8'));
    expect(onlySeven.length).toBeGreaterThan(0);
    const edit = removeAgenda(p.study.codebook, 7, null);
    expect(edit.recode.get('4.3.7')).toBeNull();
    expect(edit.recode.get('4.1.8')).toBe('4.1.7');
    const after = recodeProject(p, edit);
    expect(after.segments).toHaveLength(p.segments.length - onlySeven.length);
    for (const s of onlySeven) expect(after.segments.some((x) => x.id === s.id)).toBe(false);
    for (const s of itCoded) expect(after.segments.find((x) => x.id === s.id)?.codes).toEqual(['4.3.7']);
    expect(listCodes(after.study.codebook)).toHaveLength(28);
  });

  it('joins the summaries of two cells that a merge brings together', () => {
    const p = codedStudy();
    const withBoth = {
      ...p,
      summaries: [
        { code: '4.1.3', assistantType: 'PKH', text: 'Broker.', exemplars: [] },
        { code: '4.2.3', assistantType: 'PKH', text: 'Mediator.', exemplars: [p.segments[0]!.id] },
      ],
    };
    const merged = recodeProject(withBoth, removeRole(p.study.codebook, 2, 1));
    expect(merged.summaries).toEqual([{ code: '4.1.3', assistantType: 'PKH', text: 'Broker.\n\nMediator.', exemplars: [p.segments[0]!.id] }]);
  });

  it('refuses to merge a role into itself or into a role that does not exist', () => {
    const cb = codebookFromTemplate('ewarong-kube');
    expect(() => removeRole(cb, 2, 2)).toThrow(CodebookEditError);
    expect(() => removeRole(cb, 2, 9)).toThrow(CodebookEditError);
    expect(() => removeAgenda(cb, 9, null)).toThrow(CodebookEditError);
  });

  it('changes the prefix of every code, e.g. for a thesis chapter 3', () => {
    const edit = setPrefix(codebookFromTemplate('ewarong-kube'), '3');
    expect(edit.recode.get('4.2.5')).toBe('3.2.5');
    expect(listCodes(edit.codebook)[0]?.code).toBe('3.1.1');
    expect(() => setPrefix(edit.codebook, 'IV')).toThrow(CodebookEditError);
  });

  it('keeps code memos on their code through renumbering and drops them with their code', () => {
    let cb = setCodeMemo(codebookFromTemplate('ewarong-kube'), '4.4.8', 'Termasuk aplikasi SIKS-NG.');
    cb = setCodeMemo(cb, '4.1.1', 'Definisi kerja.');
    expect(cb.memos.map((m) => m.code)).toEqual(['4.1.1', '4.4.8']);
    const moved = moveRole(cb, 4, 1).codebook;
    expect(codeMemo(moved, '4.1.8')).toBe('Termasuk aplikasi SIKS-NG.');
    expect(codeMemo(moved, '4.2.1')).toBe('Definisi kerja.');
    expect(removeRole(moved, 1, null).codebook.memos.map((m) => m.code)).toEqual(['4.1.1']);
    expect(setCodeMemo(moved, '4.2.1', ' ').memos).toHaveLength(1);
  });
});

describe('codebook templates', () => {
  it('offers the e-Warong KUBE matrix first, two role lists without agendas, an empty matrix and an empty codebook of own rows', () => {
    expect(CODEBOOK_TEMPLATES.map((t) => t.key)).toEqual(['ewarong-kube', 'pendamping-sosial', 'pekerja-sosial', 'empty', 'empty-tree']);
    expect(CODEBOOK_TEMPLATES.map((t) => t.codebook.sharedRows)).toEqual([true, true, true, true, false]);
    expect(listCodes(codebookFromTemplate('ewarong-kube'))).toHaveLength(32);
    expect(codebookFromTemplate('pendamping-sosial').roles.map((r) => r.name.id)).toEqual(['Perencana', 'Mediator', 'Fasilitator', 'Advokator', 'Motivator', 'Evaluator']);
    expect(codebookFromTemplate('pekerja-sosial').roles.map((r) => r.name.id)).toEqual(['Fasilitator', 'Broker', 'Mediator', 'Pembela (advokasi)', 'Penyusun strategi']);
    expect(codebookFromTemplate('pekerja-sosial').agendas).toEqual([]);
    expect(codebookFromTemplate('empty')).toMatchObject({ roles: [], agendas: [] });
  });

  it('gives a copy: editing it leaves the template as it was', () => {
    const cb = codebookFromTemplate('ewarong-kube');
    cb.roles[0]!.name.id = 'Diubah';
    expect(codebookFromTemplate('ewarong-kube').roles[0]?.name.id).toBe('Broker');
  });
});
