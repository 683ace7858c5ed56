import { describe, expect, it } from 'vitest';
import { setCodeMemo } from '../../shared/codebook-edit.ts';
import { readCsv } from '../../shared/formats/csv.ts';
import { allMemos, filterMemos, memosCsv } from '../../shared/memos.ts';
import { codedStudy } from './sample-project.ts';

function memoStudy() {
  const p = codedStudy();
  return {
    ...p,
    study: { ...p.study, codebook: setCodeMemo(p.study.codebook, '4.1.1', 'Menghubungkan KPM dengan layanan.') },
    sessions: p.sessions.map((s) => ({ ...s, memo: 'Suasana cair; Pak Hendra datang terlambat.' })),
  };
}

describe('every memo in one place', () => {
  it('lists session, code and segment memos and cell summaries, each with its place', () => {
    const p = memoStudy();
    const memos = allMemos(p, 'id');
    const kinds = memos.map((m) => m.kind);
    expect(kinds.filter((k) => k === 'session')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'code')).toHaveLength(1);
    // koding.csv gives two segments a memo; ringkasan.csv writes every summary.
    expect(memos.filter((m) => m.kind === 'segment').map((m) => [m.text, m.speaker])).toEqual([['Peran penghubung', 'Pak Dedi'], ['Pandangan Dinas Sosial tentang TKSK', 'Pak Hendra']]);
    expect(memos.filter((m) => m.kind === 'summary')).toHaveLength(p.summaries.filter((s) => s.text.trim() !== '').length);
    expect(memos.find((m) => m.kind === 'code')!.place).toMatch(/^4\.1\.1 Broker · Penanggung jawab di lapangan/);
    // In that order: sessions, codes, segments, summaries.
    expect([...new Set(kinds)]).toEqual(['session', 'code', 'segment', 'summary']);
  });

  it('filters by kind and words, and is written as CSV', () => {
    const memos = allMemos(memoStudy(), 'id');
    expect(filterMemos(memos, { kind: 'segment', text: 'PENGHUBUNG' }).map((m) => m.quote)).toEqual(['saya yang menjadi penghubung antara kecamatan, desa, dan Dinas Sosial']);
    expect(filterMemos(memos, { kind: '', text: 'hendra' }).map((m) => m.kind)).toEqual(['session', 'segment']);
    const rows = readCsv(memosCsv(filterMemos(memos, { kind: 'session', text: '' })), 'memo.csv', { required: ['kind', 'place', 'code', 'speaker', 'quote', 'memo'] });
    expect(rows.map((r) => [r.values.kind, r.values.place, r.values.memo])).toEqual([['session', 'FGD Sukamaju', 'Suasana cair; Pak Hendra datang terlambat.']]);
  });
});
