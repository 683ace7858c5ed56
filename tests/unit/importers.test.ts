import { describe, expect, it } from 'vitest';
import { exportCodings, importCodings } from '../../shared/formats/codings-csv.ts';
import { exportParticipants, importParticipants } from '../../shared/formats/participants-csv.ts';
import { exportSummaries, importSummaries } from '../../shared/formats/summaries-csv.ts';
import { createStudy, emptyProject } from '../../shared/study.ts';
import { sessionTurns } from '../../shared/transcript.ts';
import { codedStudy, fixture, studyWithTranscript } from './sample-project.ts';

const HEADER = 'session,speaker,assistant_type,code,text,memo\n';

describe('participants CSV', () => {
  it('adds participants with their assistant type, site and affiliation', () => {
    const p = importParticipants(emptyProject(createStudy('S', 2019)), fixture('peserta.csv'), 'peserta.csv');
    expect(p.participants).toHaveLength(6);
    expect(p.participants.find((x) => x.label === 'Pak Dedi')).toMatchObject({ assistantType: 'TKSK', site: 'Kecamatan Sukamaju' });
    expect(p.participants.find((x) => x.label === 'Moderator')?.assistantType).toBeNull();
  });

  it('updates a participant with the same label instead of adding another', () => {
    const p = importParticipants(studyWithTranscript(), 'label,assistant_type,site,affiliation\nPak Hendra,TKSK,Kab,Dinsos\n', 'p.csv');
    expect(p.participants.filter((x) => x.label === 'Pak Hendra')).toHaveLength(1);
    expect(p.participants.find((x) => x.label === 'Pak Hendra')?.assistantType).toBe('TKSK');
  });

  it('rejects an assistant type the study does not have, naming the row', () => {
    const csv = 'label,assistant_type,site,affiliation\nBu Sari,PKH,,\nBu Ani,KUBE,,\n';
    expect(() => importParticipants(emptyProject(createStudy('S', 2019)), csv, 'p.csv')).toThrow(
      'p.csv:3: unknown assistant type "KUBE"; use one of PKH, TKSK or leave it empty',
    );
  });

  it('gives new participants the next free pseudonyms and refuses one already held, also after a row changed it', () => {
    const base = importParticipants(emptyProject(createStudy('S', 2019)), 'label,assistant_type,pseudonym\nBu Sari,PKH,P07\nPak Dedi,TKSK,\n', 'a.csv');
    expect(base.participants.map((p) => p.pseudonym)).toEqual(['P07', 'P08']);
    const moved = importParticipants(base, 'label,assistant_type,pseudonym\nBu Sari,PKH,P20\nBu Rina,PKH,P07\nPak Joko,TKSK,\n', 'b.csv');
    expect(moved.participants.map((p) => [p.label, p.pseudonym])).toEqual([
      ['Bu Sari', 'P20'],
      ['Pak Dedi', 'P08'],
      ['Bu Rina', 'P07'],
      ['Pak Joko', 'P21'],
    ]);
    expect(() => importParticipants(base, 'label,assistant_type,pseudonym\nBu Rina,PKH,p08\n', 'c.csv')).toThrow('c.csv:2: pseudonym "p08" is already used by "Pak Dedi"');
  });

  it('exports what it imports', () => {
    const p = studyWithTranscript();
    const again = importParticipants(emptyProject(p.study), exportParticipants(p), 'x.csv');
    expect(again.participants.map(({ id: _, ...x }) => x)).toEqual(p.participants.map(({ id: _, ...x }) => x));
  });
});

describe('codings CSV', () => {
  it('codes each statement in the turn of its speaker, at the exact characters', () => {
    const p = codedStudy();
    const turns = p.turns;
    for (const s of p.segments) {
      const turn = turns.find((t) => t.id === s.turnId);
      expect(turn?.text.slice(s.start, s.end)).toBe(s.text);
    }
    expect(p.segments).toHaveLength(13);
  });

  it('makes one segment with several codes when rows repeat the same text', () => {
    const s = codedStudy().segments.find((x) => x.text.startsWith('Kami dorong'));
    expect(s?.codes).toEqual(['4.3.7', '4.4.7']);
  });

  it('keeps an explicit assistant type and leaves others to the speaker', () => {
    const p = codedStudy();
    expect(p.segments.find((x) => x.text.startsWith('Memang TKSK'))?.assistantType).toBe('TKSK');
    expect(p.segments.find((x) => x.text.startsWith('Saat pencairan'))?.assistantType).toBeNull();
  });

  it('finds text whatever its line breaks and spaces', () => {
    const csv = `${HEADER}FGD Sukamaju,Bu Sari,,4.1.1,"Saat   pencairan kami\nmendampingi KPM",\n`;
    const p = importCodings(studyWithTranscript(), csv, 'k.csv');
    expect(p.segments[0]?.text).toBe('Saat pencairan kami mendampingi KPM');
  });

  it('uses start and end offsets when given', () => {
    const base = studyWithTranscript();
    const turn = sessionTurns(base, base.sessions[0]!.id)[1]!;
    const csv = `session,speaker,assistant_type,code,text,memo,start,end,coder\nFGD Sukamaju,Bu Sari,,4.1.1,${turn.text.slice(5, 9)},,5,9,Ani\n`;
    expect(importCodings(base, csv, 'k.csv').segments[0]).toMatchObject({ start: 5, end: 9, coder: 'Ani', turnId: turn.id });
  });

  it('takes the first turn in order that holds the quote, never a match across two turns', () => {
    const p = studyWithTranscript();
    const session = p.sessions[0]!;
    const sari = sessionTurns(p, session.id).filter((t) => p.participants.find((x) => x.id === t.speakerId)?.label === 'Bu Sari');
    const [first, second] = sari;
    // The end of one turn and the start of the next, as one quote: in no single turn.
    const across = `${first!.text.slice(-12)} ${second!.text.slice(0, 12)}`;
    expect(() => importCodings(p, `${HEADER}${session.title},Bu Sari,,4.1.1,"${across}",\n`, 'k.csv')).toThrow('k.csv:2');
    const word = 'KPM';
    const coded = importCodings(p, `${HEADER}${session.title},Bu Sari,,4.1.1,${word},\n`, 'k.csv');
    const holder = sari.find((t) => t.text.includes(word))!;
    expect(coded.segments[0]).toMatchObject({ turnId: holder.id, start: holder.text.indexOf(word), text: word });
  });

  it('knows a speaker by pseudonym as well as by label', () => {
    const p = studyWithTranscript();
    const session = p.sessions[0]!;
    const dedi = p.participants.find((x) => x.label === 'Pak Dedi')!;
    const coded = importCodings(p, `${HEADER}${session.title},${dedi.pseudonym},,4.1.1,penghubung antara kecamatan,\n`, 'k.csv');
    expect(coded.segments[0]?.text).toBe('penghubung antara kecamatan');
    expect(p.turns.find((t) => t.id === coded.segments[0]?.turnId)?.speakerId).toBe(dedi.id);
  });

  it('refuses a header naming a column twice, and a consent date that is no day', () => {
    expect(() => importCodings(studyWithTranscript(), 'session,speaker,assistant_type,code,text,memo,code\n', 'k.csv')).toThrow('k.csv:1: column "code" appears twice in the header');
    const study = emptyProject(createStudy('S', 2019));
    expect(() => importParticipants(study, 'label,assistant_type,consent_date\nBu Sari,PKH,2020-13-45\n', 'p.csv')).toThrow('p.csv:2: consent_date "2020-13-45" is not a date');
    expect(() => importParticipants(study, 'label,assistant_type,consent_date\nBu Sari,PKH,2021-02-29\n', 'p.csv')).toThrow('p.csv:2');
    expect(importParticipants(study, 'label,assistant_type,consent_date\nBu Sari,PKH,2020-02-29\n', 'p.csv').participants[0]?.consent.date).toBe('2020-02-29');
  });

  it('changes nothing when the same file is imported twice', () => {
    const once = codedStudy();
    const twice = importCodings(once, fixture('koding.csv'), 'koding.csv');
    expect(twice.segments).toEqual(once.segments);
  });

  it.each([
    ['an unknown session', 'FGD Lain,Bu Sari,,4.1.1,Saat pencairan,', 'unknown session "FGD Lain"'],
    ['an unknown speaker', 'FGD Sukamaju,Bu Ani,,4.1.1,Saat pencairan,', 'unknown speaker "Bu Ani"'],
    ['an unknown code', 'FGD Sukamaju,Bu Sari,,4.9.1,Saat pencairan,', 'unknown code "4.9.1"'],
    ['an unknown assistant type', 'FGD Sukamaju,Bu Sari,Kortek,4.1.1,Saat pencairan,', 'unknown assistant type "Kortek"'],
    ['text the speaker never said', 'FGD Sukamaju,Pak Dedi,,4.1.1,Saat pencairan kami mendampingi KPM,', 'text not found in this speaker\'s turns'],
  ])('rejects %s on its row and leaves the study as it was', (_, row, message) => {
    const before = studyWithTranscript();
    const snapshot = structuredClone(before);
    const csv = `${HEADER}FGD Sukamaju,Bu Sari,,4.1.1,Saat pencairan,\n${row}\n`;
    expect(() => importCodings(before, csv, 'k.csv')).toThrow(`k.csv:3: ${message}`);
    expect(before).toEqual(snapshot);
  });

  it('exports codings that import back to the same segments', () => {
    const p = codedStudy();
    const again = importCodings(studyWithTranscript(), exportCodings(p), 'export.csv');
    const shape = (x: typeof p) => x.segments.map((s) => [s.text, s.start, s.end, s.codes, s.assistantType, s.memo]);
    expect(shape(again)).toEqual(shape(p));
  });
});

describe('summaries CSV', () => {
  it('sets a summary per cell, keeping multi-line text', () => {
    const p = codedStudy();
    expect(p.summaries).toHaveLength(4);
    expect(p.summaries.find((s) => s.code === '4.1.2' && s.assistantType === 'PKH')?.text).toBe(
      'Verifikasi dan pemutakhiran data KPM setiap bulan melalui e-PKH.\nMelaporkan KPM yang meninggal atau pindah.',
    );
  });

  it('rejects a cell given twice and an unknown assistant type', () => {
    const p = studyWithTranscript();
    expect(() => importSummaries(p, 'code,assistant_type,summary\n4.1.1,PKH,a\n4.1.1,PKH,b\n', 's.csv')).toThrow('s.csv:3: cell 4.1.1 × PKH already has a summary on line 2');
    expect(() => importSummaries(p, 'code,assistant_type,summary\n4.1.1,,a\n', 's.csv')).toThrow('s.csv:2: unknown assistant type ""');
  });

  it('exports summaries that import back the same', () => {
    const p = codedStudy();
    expect(importSummaries(studyWithTranscript(), exportSummaries(p), 'x.csv').summaries).toEqual(p.summaries);
  });
});
