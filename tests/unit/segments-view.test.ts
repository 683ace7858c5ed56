import { describe, expect, it } from 'vitest';
import { forExport } from '../../shared/anonymise.ts';
import { exportSegmentList, importCodings } from '../../shared/formats/codings-csv.ts';
import { readCsv } from '../../shared/formats/csv.ts';
import { ANY_SEGMENT, filterSegments, segmentViews, UNATTRIBUTED } from '../../shared/segments-view.ts';
import { codedStudy, studyWithTranscript } from './sample-project.ts';

describe('the segments view across sessions', () => {
  const project = codedStudy();
  const views = segmentViews(project);
  const cb = project.study.codebook;
  const texts = (filter: Partial<typeof ANY_SEGMENT>) => filterSegments(views, { ...ANY_SEGMENT, ...filter }, cb).map((v) => v.segment.text);

  it('lists every segment in transcript order with speaker, site and the type it counts for', () => {
    expect(views).toHaveLength(project.segments.length);
    const joko = views.find((v) => v.speaker === 'Pak Joko')!;
    expect(joko).toMatchObject({ session: 'FGD Sukamaju', assistantType: 'TKSK' });
    expect(joko.site).not.toBe('');
    const orders = views.map((v) => project.turns.find((t) => t.id === v.segment.turnId)!.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('filters by code, role, agenda and assistant type as the matrix counts them', () => {
    expect(texts({ code: '4.2.3' })).toHaveLength(1);
    expect(texts({ role: 4 }).length).toBe(views.filter((v) => v.segment.codes.some((c) => c.startsWith('4.4.'))).length);
    expect(texts({ agenda: 8 })).toHaveLength(2);
    expect(texts({ role: 3, agenda: 8 })).toHaveLength(2);
    expect(texts({ role: 1, agenda: 2, assistantType: 'TKSK' })).toHaveLength(2);
    expect(texts({ assistantType: UNATTRIBUTED })).toEqual(views.filter((v) => v.assistantType === null).map((v) => v.segment.text));
  });

  it('filters by speaker, site, session, coder and words of the text or memo, case-insensitively', () => {
    const dedi = project.participants.find((p) => p.label === 'Pak Dedi')!;
    expect(texts({ speakerId: dedi.id }).every((t) => views.find((v) => v.segment.text === t)?.speaker === 'Pak Dedi')).toBe(true);
    expect(texts({ site: dedi.site }).length).toBeGreaterThan(0);
    expect(texts({ sessionId: 'tidak-ada' })).toEqual([]);
    expect(texts({ coder: 'siapa' })).toEqual([]);
    expect(texts({ text: 'PEMBUKUAN  sederhana' })).toHaveLength(1);
    expect(texts({ text: 'penghubung' })).toHaveLength(1);
  });

  it('exports the filtered list as the codings CSV plus site and session date, which imports back', () => {
    const chosen = filterSegments(views, { ...ANY_SEGMENT, role: 3 }, cb).map((v) => v.segment);
    const csv = exportSegmentList(project, chosen);
    const rows = readCsv(csv, 'segmen.csv', { required: ['session', 'speaker', 'assistant_type', 'code', 'text', 'memo', 'start', 'end', 'coder', 'site', 'session_date'] });
    // A segment that matched keeps all its codes in the list.
    expect(new Set(rows.map((r) => r.values.text))).toEqual(new Set(chosen.map((s) => s.text)));
    expect(rows.filter((r) => r.values.code?.startsWith('4.3.'))).toHaveLength(chosen.length);
    expect(rows[0]?.values.site).not.toBe('');
    const again = importCodings(studyWithTranscript(), csv, 'segmen.csv');
    expect(again.segments.map((s) => s.text).sort()).toEqual(chosen.map((s) => s.text).sort());
  });

  it('imports back its own list exported with pseudonyms, quotes naming participants included, onto the same words', () => {
    const base = studyWithTranscript();
    const sari = base.participants.find((p) => p.label === 'Bu Sari')!;
    const turn = base.turns.find((t) => t.speakerId === sari.id)!;
    const text = 'Kata Pak Dedi kemarin, Bu Sari yang mendampingi KPM ke e-Warong.';
    const named = { ...base, participants: base.participants.map((p) => (p.id === sari.id ? { ...p, realName: 'Sari Wulandari' } : p)), turns: base.turns.map((t) => (t.id === turn.id ? { ...t, text: `${text} Sari Wulandari mencatat.` } : t)) };
    const header = 'session,speaker,assistant_type,code,text,memo\n';
    const coded = importCodings(named, `${header}FGD Sukamaju,Bu Sari,,4.1.1,"${text}",\n${header.slice(0, 0)}FGD Sukamaju,Bu Sari,,4.2.1,Sari Wulandari mencatat,\n`, 'k.csv');
    const out = forExport(coded);
    const csv = exportSegmentList(out, out.segments);
    expect(csv).toContain('Kata P');
    expect(csv).not.toContain('Dedi');
    expect(csv).not.toContain('Wulandari');
    const again = importCodings(named, csv, 'segmen.csv');
    const spans = (p: typeof coded) => p.segments.map((s) => [s.turnId, s.start, s.end, s.text, s.codes.join()]).sort();
    expect(spans(again)).toEqual(spans(coded));
  });
});
