import { describe, expect, it } from 'vitest';
import { parseTranscriptTxt } from '../../shared/formats/transcript-txt.ts';
import { assistantTypeUses, createStudy, effectiveAssistantType, emptyProject, isAssistantType, withAssistantType, withoutAssistantType } from '../../shared/study.ts';
import { buildTables } from '../../shared/tables.ts';
import { findInFolded, foldSpaces } from '../../shared/text-match.ts';
import { appendTranscript, importTranscript, sessionTurns, setTranscript, transcriptOf } from '../../shared/transcript.ts';
import { codedStudy, studyWithTranscript } from './sample-project.ts';

describe('a new study', () => {
  it('starts with the e-Warong KUBE codebook and the types PKH and TKSK', () => {
    const study = createStudy('Studi', 2019, new Date('2019-03-01T00:00:00Z'));
    expect(study.codebook.name).toBe('e-Warong KUBE: peran × agenda');
    expect(study.assistantTypes).toEqual([
      { key: 'PKH', label: 'Pendamping PKH' },
      { key: 'TKSK', label: 'TKSK' },
    ]);
    expect(study.createdAt).toBe('2019-03-01T00:00:00.000Z');
    expect(isAssistantType(study, 'TKSK')).toBe(true);
    expect(isAssistantType(study, 'Kortek')).toBe(false);
  });

  it('gets its own copy of the codebook, so editing one study leaves others alone', () => {
    const a = createStudy('A', 2019);
    const b = createStudy('B', 2019);
    a.codebook.roles[0]!.name.id = 'Perantara';
    expect(b.codebook.roles[0]!.name.id).toBe('Broker');
  });
});

describe('the assistant type a segment counts for', () => {
  it('is the explicit one, else the speaker’s, else none', () => {
    expect(effectiveAssistantType({ assistantType: 'TKSK' }, { assistantType: null })).toBe('TKSK');
    expect(effectiveAssistantType({ assistantType: null }, { assistantType: 'PKH' })).toBe('PKH');
    expect(effectiveAssistantType({ assistantType: null }, undefined)).toBeNull();
  });
});

describe('loose text matching', () => {
  it('finds a quote whatever its white space and maps back to the original characters', () => {
    const turn = 'Kami  mendampingi\nKPM saat   pencairan.';
    const span = findInFolded(foldSpaces(turn), 'mendampingi KPM saat pencairan');
    expect(span).toEqual({ start: 6, end: 38 });
    expect(turn.slice(span!.start, span!.end)).toBe('mendampingi\nKPM saat   pencairan');
    expect(findInFolded(foldSpaces(turn), 'tidak ada')).toBeNull();
    expect(findInFolded(foldSpaces(turn), '   ')).toBeNull();
  });
});

describe('putting a transcript into a session', () => {
  it('creates the session, keeps turn order and makes unknown speakers participants without a type', () => {
    const project = importTranscript(emptyProject(createStudy('S', 2019)), 'FGD 1', parseTranscriptTxt('Moderator: Mulai.\n\nBu Ani: Baik.\n\nModerator: Lanjut.', 'f.txt'), 'f.txt');
    expect(project.sessions.map((s) => s.title)).toEqual(['FGD 1']);
    expect(project.participants.map((p) => [p.label, p.assistantType])).toEqual([
      ['Moderator', null],
      ['Bu Ani', null],
    ]);
    expect(transcriptOf(project, project.sessions[0]!.id).map((t) => t.speaker)).toEqual(['Moderator', 'Bu Ani', 'Moderator']);
  });

  it('replaces the turns of a session that has no coding yet', () => {
    const project = studyWithTranscript();
    const session = project.sessions[0]!;
    const replaced = setTranscript(project, session.id, parseTranscriptTxt('Moderator: Ulang.', 'ulang.txt'), 'ulang.txt');
    expect(sessionTurns(replaced, session.id).map((t) => t.text)).toEqual(['Ulang.']);
  });

  it('refuses to replace the transcript of a coded session', () => {
    const project = codedStudy();
    expect(() => setTranscript(project, project.sessions[0]!.id, parseTranscriptTxt('Moderator: Ulang.', 'ulang.txt'), 'ulang.txt')).toThrow(
      'ulang.txt: session "FGD Sukamaju" already has coded segments; import into a new session',
    );
  });
});

describe('a study’s assistant types', () => {
  it('can gain a type such as Pendamping KUBE, which becomes a column of every table', () => {
    const p = codedStudy();
    const study = withAssistantType(p.study, 'KUBE', 'Pendamping KUBE');
    expect(buildTables({ ...p, study }, { mode: 'counts', lang: 'id' })[0]?.columns).toEqual(['Kode', 'Agenda', 'Pendamping PKH', 'TKSK', 'Pendamping KUBE']);
    expect(() => withAssistantType(study, 'KUBE', 'lagi')).toThrow('exists already');
    expect(() => withAssistantType(study, 'dua kata', 'x')).toThrow('not a short key');
  });

  it('lose a type only when nothing uses it', () => {
    const p = codedStudy();
    expect(assistantTypeUses(p, 'TKSK')).toBeGreaterThan(0);
    expect(() => withoutAssistantType(p, 'TKSK')).toThrow('in use');
    const withKortek = { ...p, study: withAssistantType(p.study, 'Kortek', 'Kortek') };
    expect(withoutAssistantType(withKortek, 'Kortek').assistantTypes.map((t) => t.key)).toEqual(['PKH', 'TKSK']);
  });

  it('appends a transcript after a session\'s last turn, keeping its turns and coded segments', () => {
    const coded = codedStudy();
    const session = coded.sessions[0]!;
    const before = sessionTurns(coded, session.id);
    const next = appendTranscript(coded, session.id, [{ speaker: 'Bu Sari', timestamp: 3600, text: 'Tambahan dari rekaman kedua.', line: 1, unchecked: true }, { speaker: 'Pembicara baru', timestamp: 3610, text: 'Saya juga.', line: 2 }], 'kedua.wav');
    const after = sessionTurns(next, session.id);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((t) => [t.text, t.unchecked])).toEqual([['Tambahan dari rekaman kedua.', true], ['Saya juga.', undefined]]);
    expect(after[before.length]!.order).toBeGreaterThan(before[before.length - 1]!.order);
    expect(next.segments).toEqual(coded.segments);
    expect(next.participants.find((p) => p.label === 'Bu Sari')!.id).toBe(after[before.length]!.speakerId);
    expect(next.participants.some((p) => p.label === 'Pembicara baru')).toBe(true);
  });
});

