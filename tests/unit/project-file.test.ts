import { describe, expect, it } from 'vitest';
import { parseProjectFile, readProjectFile, writeProjectFile } from '../../shared/formats/project-file.ts';
import { codedStudy } from './sample-project.ts';

/** The parts of a parsed project file the tests below break on purpose. */
interface Json {
  version: number;
  study: { year: number; assistantTypes: { key: string; label: string }[]; adjudications: unknown[] };
  sessions: { id: string }[];
  turns: { id: string; order: number; timestamp: number | null }[];
  segments: { id: string; codes: unknown[]; text: string; start: number }[];
}

describe('the project file', () => {
  it('holds the whole study and reads back equal', () => {
    const p = codedStudy();
    const again = parseProjectFile(writeProjectFile(p), 'studi.telaah.json');
    expect(again.segments).toHaveLength(p.segments.length);
    expect(writeProjectFile(again)).toBe(writeProjectFile(p));
    expect(again.study.codebook).toEqual(p.study.codebook);
  });

  it('is stamped with its format and version', () => {
    const json = JSON.parse(writeProjectFile(codedStudy()));
    expect(json.format).toBe('telaah-project');
    expect(json.version).toBe(10);
  });

  it('keeps the study’s language and dictionary; a version-6 file reads as Indonesian with no words of its own; an unknown language is refused', () => {
    const p = codedStudy();
    p.study.language = 'en';
    p.study.dictionary = ['Sukamaju', 'e-Warong'];
    const again = parseProjectFile(writeProjectFile(p), 'studi.telaah.json');
    expect([again.study.language, again.study.dictionary]).toEqual(['en', ['Sukamaju', 'e-Warong']]);
    const json = JSON.parse(writeProjectFile(p));
    json.version = 6;
    delete json.study.language;
    delete json.study.dictionary;
    const old = parseProjectFile(JSON.stringify(json), 'lama.telaah.json');
    expect([old.study.language, old.study.dictionary]).toEqual(['id', []]);
    json.version = 7;
    json.study.language = 'jv';
    json.study.dictionary = [];
    expect(() => parseProjectFile(JSON.stringify(json), 'jawa.telaah.json')).toThrow(/study\.language/);
  });

  it('keeps a draft’s words with their times and certainty; a version-8 file has none; a word without a time is set aside', () => {
    const p = codedStudy();
    p.turns[0]!.words = [
      { text: 'Selamat', start: 1.0004, end: 1.4, p: 0.934 },
      { text: 'pagi', start: 1.5, end: 1.9 },
    ];
    const again = parseProjectFile(writeProjectFile(p), 'studi.telaah.json');
    expect(again.turns.find((t) => t.id === p.turns[0]!.id)!.words).toEqual([
      { text: 'Selamat', start: 1, end: 1.4, p: 0.93 },
      { text: 'pagi', start: 1.5, end: 1.9 },
    ]);
    expect(again.turns.filter((t) => t.words !== undefined)).toHaveLength(1);
    const json = JSON.parse(writeProjectFile(p));
    json.version = 8;
    for (const t of json.turns) delete t.words;
    expect(parseProjectFile(JSON.stringify(json), 'lama.telaah.json').turns.every((t) => t.words === undefined)).toBe(true);
    const broken = JSON.parse(writeProjectFile(p));
    delete broken.turns.find((t: { words: unknown[] }) => t.words.length > 0).words[1].start;
    const read = readProjectFile(JSON.stringify(broken), 'rusak.telaah.json');
    expect(read.setAside.map((e) => e.message)).toEqual([expect.stringMatching(/^rusak\.telaah\.json: turns\[\d+\]\.words\[1\]: the word "pagi" has no time in the recording \(undefined–1\.9\)/)]);
    expect(read.project.turns.find((t) => t.id === p.turns[0]!.id)!.words!.map((w) => w.text)).toEqual(['Selamat']);
  });

  it('reads a version-1 file with default colours and no memos or exemplars, then saves it as the current version', () => {
    const json = JSON.parse(writeProjectFile(codedStudy()));
    json.version = 1;
    for (const role of json.study.codebook.roles) delete role.color;
    for (const agenda of json.study.codebook.agendas) delete agenda.color;
    delete json.study.codebook.memos;
    for (const session of json.sessions) delete session.memo;
    for (const summary of json.summaries) delete summary.exemplars;
    const project = parseProjectFile(JSON.stringify(json), 'lama.telaah.json');
    expect(project.study.codebook.roles.map((r) => r.color)).toEqual(['#2563eb', '#c2410c', '#15803d', '#7c3aed']);
    expect(project.study.codebook.memos).toEqual([]);
    expect(project.sessions.every((s) => s.memo === '')).toBe(true);
    expect(project.summaries.every((s) => s.exemplars.length === 0)).toBe(true);
    expect(JSON.parse(writeProjectFile(project)).version).toBe(10);
  });

  it('reads a version-2 file with pseudonyms P01, P02… in participant order, no real names or consent, and pseudonyms in exports', () => {
    const json = JSON.parse(writeProjectFile(codedStudy()));
    json.version = 2;
    delete json.study.exportNames;
    for (const participant of json.participants) {
      delete participant.pseudonym;
      delete participant.realName;
      delete participant.consent;
    }
    const project = parseProjectFile(JSON.stringify(json), 'v2.telaah.json');
    expect(project.participants.map((p) => p.pseudonym)).toEqual(project.participants.map((_, i) => `P${String(i + 1).padStart(2, '0')}`));
    expect(project.participants.map((p) => p.label)).toEqual(json.participants.map((p: { label: string }) => p.label));
    expect(project.participants.every((p) => p.realName === '' && p.consent.way === '')).toBe(true);
    expect(project.study.exportNames).toBe('pseudonym');
  });

  it('keeps pseudonyms, real names, consent records and the export choice, and refuses a pseudonym used twice or an unknown consent way', () => {
    const p = codedStudy();
    const [first, second] = p.participants;
    const people = { ...p, study: { ...p.study, exportNames: 'label' as const }, participants: p.participants.map((x) => (x.id === first!.id ? { ...x, pseudonym: 'Ibu A', realName: 'Sari Wulandari', consent: { date: '2024-03-02', way: 'written' as const, notes: 'Formulir ditandatangani' } } : x)) };
    const again = parseProjectFile(writeProjectFile(people), 'x.json');
    expect(again.participants.find((x) => x.id === first!.id)).toMatchObject({ pseudonym: 'Ibu A', realName: 'Sari Wulandari', consent: { date: '2024-03-02', way: 'written', notes: 'Formulir ditandatangani' } });
    expect(again.study.exportNames).toBe('label');
    const json = JSON.parse(writeProjectFile(people));
    const index = json.participants.findIndex((x: { id: string }) => x.id === second!.id);
    json.participants[index].pseudonym = 'ibu a';
    expect(() => parseProjectFile(JSON.stringify(json), 'x.json')).toThrow(/participants\[\d+\]\.pseudonym: pseudonym "ibu a" is empty or used twice/i);
    json.participants[index].pseudonym = 'P77';
    json.participants[index].consent.way = 'lisan';
    expect(() => parseProjectFile(JSON.stringify(json), 'x.json')).toThrow(/consent\.way: expected one of "", "written", "oral", "recorded", "other"/);
  });

  it('keeps code memos, session memos and exemplar quotes, and refuses an exemplar that is no segment', () => {
    const p = codedStudy();
    const segment = p.segments[0]!;
    const withNotes = {
      ...p,
      study: { ...p.study, codebook: { ...p.study.codebook, memos: [{ code: '4.1.2', text: 'Definisi kerja: data DTKS.' }] } },
      sessions: p.sessions.map((s) => ({ ...s, memo: 'Suasana cair.' })),
      summaries: [{ code: segment.codes[0]!, assistantType: 'PKH', text: '', exemplars: [segment.id] }],
    };
    const again = parseProjectFile(writeProjectFile(withNotes), 'x.json');
    expect(again.study.codebook.memos).toEqual([{ code: '4.1.2', text: 'Definisi kerja: data DTKS.' }]);
    expect(again.sessions[0]?.memo).toBe('Suasana cair.');
    expect(again.summaries[0]?.exemplars).toEqual([segment.id]);
    const json = JSON.parse(writeProjectFile(withNotes));
    json.summaries[0].exemplars = ['hilang'];
    expect(() => parseProjectFile(JSON.stringify(json), 'x.json')).toThrow('x.json: summaries[0].exemplars[0]: no such segment');
    json.study.codebook.roles[0].color = 'blue';
    expect(() => parseProjectFile(JSON.stringify(json), 'x.json')).toThrow('x.json: study.codebook.roles[0].color: expected a colour such as #2563eb');
  });

  it('is byte-identical when saved, opened and saved again, whatever the order in memory', () => {
    const p = codedStudy();
    const shuffled = { ...p, turns: [...p.turns].reverse(), segments: [...p.segments].reverse(), summaries: [...p.summaries].reverse() };
    expect(writeProjectFile(shuffled)).toBe(writeProjectFile(p));
  });

  it('refuses what is not a Telaah project, naming the problem', () => {
    expect(() => parseProjectFile('{"format":"other"}', 'x.json')).toThrow('x.json: format: expected "telaah-project"');
    expect(() => parseProjectFile('{\n"format": "telaah-project",\n oops\n}', 'x.json')).toThrow('x.json:3: not valid JSON');
  });

  it('refuses a file from a newer version', () => {
    const json = JSON.parse(writeProjectFile(codedStudy()));
    json.version = 99;
    expect(() => parseProjectFile(JSON.stringify(json), 'x.json')).toThrow(/version 99 was written by a newer Telaah/);
  });

  it('names the first broken field and a broken reference', () => {
    const json = JSON.parse(writeProjectFile(codedStudy()));
    json.segments[2].codes = ['4.1.1', 7];
    expect(() => parseProjectFile(JSON.stringify(json), 'x.json')).toThrow('x.json: segments[2].codes[1]: expected text');
    const json2 = JSON.parse(writeProjectFile(codedStudy()));
    json2.segments[0].end = 99999;
    expect(() => parseProjectFile(JSON.stringify(json2), 'x.json')).toThrow(/segments\[0\]: span \d+–99999 lies outside its turn/);
    const json3 = JSON.parse(writeProjectFile(codedStudy()));
    json3.summaries[0].code = '9.9.9';
    expect(() => parseProjectFile(JSON.stringify(json3), 'x.json')).toThrow('x.json: summaries[0].code: unknown code "9.9.9"');
  });

  it.each([
    ['a session id used twice', (j: Json) => (j.sessions.push({ ...j.sessions[0]! }), j), 'sessions[1].id: id'],
    ['a turn id used twice', (j: Json) => ((j.turns[1]!.id = j.turns[0]!.id), j), 'turns[1].id: id'],
    ['a segment id used twice', (j: Json) => ((j.segments[1]!.id = j.segments[0]!.id), j), 'segments[1].id: id'],
    ['two assistant types with one key', (j: Json) => (j.study.assistantTypes.push({ key: 'PKH', label: 'Lagi' }), j), 'study.assistantTypes[2].key: assistant type "PKH" is defined twice'],
    ['an adjudication of a missing turn', (j: Json) => ((j.study.adjudications = [{ turnId: 'hilang', code: '4.1.1', a: 'A', b: 'B', choice: 'a' }]), j), 'study.adjudications[0].turnId: no such turn'],
    ['an adjudication of an unknown code', (j: Json) => ((j.study.adjudications = [{ turnId: j.turns[0]!.id, code: '9.9.9', a: 'A', b: 'B', choice: 'a' }]), j), 'study.adjudications[0].code: unknown code "9.9.9"'],
    ['a segment without codes', (j: Json) => ((j.segments[0]!.codes = []), j), 'segments[0].codes: a segment without codes'],
    ['a segment whose text is not its turn\'s', (j: Json) => ((j.segments[0]!.text = 'teks lain'), j), 'segments[0].text: the segment\'s text is not the text of its turn'],
    ['a fractional offset', (j: Json) => ((j.segments[0]!.start += 0.5), j), 'segments[0].start: expected a whole number'],
    ['two turns of a session with one order', (j: Json) => ((j.turns[1]!.order = j.turns[0]!.order), j), 'turns[1].order: two turns of one session share the order'],
    ['a version of 2.5', (j: Json) => ((j.version = 2.5), j), 'version: expected a version number'],
    ['a year of −5,000,000,000', (j: Json) => ((j.study.year = -5_000_000_000), j), 'study.year: -5000000000 is not a year'],
  ])('refuses %s, naming where', (_what, breakIt, message) => {
    const json = breakIt(JSON.parse(writeProjectFile(codedStudy())) as Json);
    expect(() => parseProjectFile(JSON.stringify(json), 'rusak.telaah.json')).toThrow(`rusak.telaah.json: ${message}`);
  });

  it('numbers each session\'s turns 1, 2, 3… whatever fractions they had in the editor', () => {
    const p = codedStudy();
    const turns = p.turns.map((t, i) => ({ ...t, order: i / 7 + 0.001 }));
    const again = parseProjectFile(writeProjectFile({ ...p, turns }), 'x.json');
    expect(again.turns.map((t) => t.order)).toEqual(p.turns.map((_, i) => i + 1));
    expect(again.turns.map((t) => t.text)).toEqual(p.turns.map((t) => t.text));
  });

  it('reads a version-3 file strictly: a field that version always has may not be missing', () => {
    const json = JSON.parse(writeProjectFile(codedStudy()));
    delete json.sessions[0].memo;
    expect(() => parseProjectFile(JSON.stringify(json), 'v3.telaah.json')).toThrow('v3.telaah.json: sessions[0].memo: expected text');
    const json2 = JSON.parse(writeProjectFile(codedStudy()));
    json2.participants[0].pseudonym = '';
    expect(() => parseProjectFile(JSON.stringify(json2), 'v3.telaah.json')).toThrow(/participants\[0\]\.pseudonym: pseudonym "" is empty/);
  });

  it('upgrades a version-1 file through every step and writes it back as the current version, equal to the study it came from', () => {
    const p = codedStudy();
    const json = JSON.parse(writeProjectFile(p));
    json.version = 1;
    for (const role of json.study.codebook.roles) delete role.color;
    for (const agenda of json.study.codebook.agendas) delete agenda.color;
    for (const key of ['exportNames', 'coders', 'adjudications']) delete json.study[key];
    delete json.study.codebook.memos;
    for (const session of json.sessions) delete session.memo;
    for (const summary of json.summaries) delete summary.exemplars;
    for (const participant of json.participants) for (const key of ['pseudonym', 'realName', 'consent']) delete participant[key];
    const again = parseProjectFile(JSON.stringify(json), 'v1.telaah.json');
    expect(again.participants.map((x) => x.pseudonym)).toEqual(again.participants.map((_, i) => `P${String(i + 1).padStart(2, '0')}`));
    expect(again.study.coders).toEqual([]);
    expect(again.turns).toEqual(parseProjectFile(writeProjectFile(p), 'x.json').turns);
    expect(JSON.parse(writeProjectFile(again)).version).toBe(10);
  });

  it('keeps which turns of an automatic transcript are unchecked; a version-3 file has none, a version-4 turn must say', () => {
    const p = codedStudy();
    const marked = { ...p, turns: p.turns.map((t, i) => (i % 3 === 0 ? { ...t, unchecked: true as const } : t)) };
    const again = parseProjectFile(writeProjectFile(marked), 'x.json');
    expect(again.turns.filter((t) => t.unchecked).map((t) => t.id).sort()).toEqual(marked.turns.filter((t) => t.unchecked).map((t) => t.id).sort());
    expect(again.turns.every((t) => t.unchecked === true || !('unchecked' in t))).toBe(true);
    const v3 = JSON.parse(writeProjectFile(marked));
    v3.version = 3;
    for (const turn of v3.turns) delete turn.unchecked;
    expect(parseProjectFile(JSON.stringify(v3), 'v3.json').turns.some((t) => t.unchecked)).toBe(false);
    const broken = JSON.parse(writeProjectFile(marked));
    delete broken.turns[1].unchecked;
    expect(() => parseProjectFile(JSON.stringify(broken), 'v4.json')).toThrow('v4.json: turns[1].unchecked: expected true or false');
  });
});
