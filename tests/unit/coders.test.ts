import { describe, expect, it } from 'vitest';
import { CONSENSUS, countedBy, countedCoder, importCoderWork, studyCoders } from '../../shared/coders.ts';
import { buildMatrix, cellCount } from '../../shared/matrix.ts';
import { parseProjectFile, readProjectFile, writeProjectFile } from '../../shared/formats/project-file.ts';
import type { Project } from '../../shared/model.ts';
import { asNewStudy } from '../../shared/project-copy.ts';
import { codedStudy } from './sample-project.ts';

const as = (p: Project, coder: string): Project => ({ ...p, segments: p.segments.map((s) => ({ ...s, coder })) });

/** Budi's copy of the study: every id different, as after a trip by e-mail, his own coding. */
function budisCopy(ani: Project, change: (p: Project) => Project = (p) => p): Project {
  return change(as(asNewStudy(ani, ani.study.title), 'Budi'));
}

describe('importing another coder’s work', () => {
  it('puts a coder’s segments beside the others, matched by session and text, not by id', () => {
    const ani = as(codedStudy(), 'Ani');
    const budi = budisCopy(ani, (p) => ({ ...p, segments: p.segments.slice(1).map((s, i) => (i === 0 ? { ...s, codes: ['4.4.8'] } : s)) }));
    const { project, coders } = importCoderWork(ani, parseProjectFile(writeProjectFile(budi), 'budi.telaah.json'), 'budi.telaah.json');
    expect(coders).toEqual([{ name: 'Budi', segments: ani.segments.length - 1 }]);
    expect(project.segments.filter((s) => s.coder === 'Ani')).toEqual(ani.segments);
    const imported = project.segments.filter((s) => s.coder === 'Budi');
    const turns = new Map(project.turns.map((t) => [t.id, t]));
    for (const s of imported) expect(turns.get(s.turnId)!.text.slice(s.start, s.end)).toBe(s.text);
    expect(imported.map((s) => s.text)).toEqual(ani.segments.slice(1).map((s) => s.text));
    expect(imported[0]!.codes).toEqual(['4.4.8']);
    expect(studyCoders(project).map((c) => c.name)).toEqual(['Ani', 'Budi']);
  });

  it('finds the coded words when a turn was edited in one copy', () => {
    const ani = as(codedStudy(), 'Ani');
    const target = ani.segments[0]!;
    const budi = budisCopy(ani, (p) => {
      const turnIndex = ani.turns.findIndex((t) => t.id === target.turnId);
      const turns = p.turns.map((t, i) => (i === turnIndex ? { ...t, text: `Ya. ${t.text}` } : t));
      const turnId = p.turns[turnIndex]!.id;
      return { ...p, turns, segments: p.segments.map((s) => (s.turnId === turnId ? { ...s, start: s.start + 4, end: s.end + 4 } : s)) };
    });
    const { project } = importCoderWork(ani, budi, 'budi.telaah.json');
    const moved = project.segments.find((s) => s.coder === 'Budi' && s.text === target.text)!;
    expect([moved.turnId, moved.start, moved.end]).toEqual([target.turnId, target.start, target.end]);
  });

  it('replaces a coder’s earlier work on a second import, and brings nothing when the file is unchanged', () => {
    const ani = as(codedStudy(), 'Ani');
    const first = importCoderWork(ani, budisCopy(ani), 'budi.telaah.json').project;
    const again = importCoderWork(first, budisCopy(ani), 'budi.telaah.json');
    expect(again.coders).toEqual([]);
    expect(again.project.segments.filter((s) => s.coder === 'Budi')).toHaveLength(ani.segments.length);
    const fewer = importCoderWork(first, budisCopy(ani, (p) => ({ ...p, segments: p.segments.slice(0, 3) })), 'budi.telaah.json');
    expect(fewer.project.segments.filter((s) => s.coder === 'Budi')).toHaveLength(3);
  });

  it('refuses a file whose sessions, codes or coded text this study does not have, naming the problem', () => {
    const ani = as(codedStudy(), 'Ani');
    const renamed = budisCopy(ani, (p) => ({ ...p, sessions: p.sessions.map((s) => ({ ...s, title: 'FGD Lain' })) }));
    expect(() => importCoderWork(ani, renamed, 'budi.telaah.json')).toThrow('budi.telaah.json: session "FGD Lain" is not in this study');
    // Budi rewrote a coded turn entirely in his copy: the words he coded are nowhere here.
    const otherText = budisCopy(ani, (p) => {
      const turnId = p.segments[0]!.turnId;
      return {
        ...p,
        turns: p.turns.map((t) => (t.id === turnId ? { ...t, text: 'Kalimat yang sama sekali lain.' } : t)),
        segments: p.segments.map((s) => (s.turnId === turnId ? { ...s, start: 0, end: 7, text: 'Kalimat' } : s)),
      };
    });
    expect(() => importCoderWork(ani, otherText, 'budi.telaah.json')).toThrow(/coded text not found in this copy/);
    const nobody = budisCopy(ani, (p) => as(p, ''));
    expect(() => importCoderWork(ani, nobody, 'budi.telaah.json')).toThrow(/no segments with a coder name/);
  });
});

describe('whose segments the matrix counts', () => {
  it('counts everyone until there is a consensus, then the consensus, unless a coder is chosen', () => {
    const ani = as(codedStudy(), 'Ani');
    const both = importCoderWork(ani, budisCopy(ani), 'budi.telaah.json').project;
    expect(countedCoder(both, null)).toBe('');
    const code = ani.segments[0]!.codes[0]!;
    const type = 'PKH';
    const once = cellCount(buildMatrix(countedBy(both, 'Ani')), code, type);
    expect(cellCount(buildMatrix(countedBy(both, '')), code, type)).toBe(2 * once);
    const withConsensus = { ...both, segments: [...both.segments, { ...ani.segments[0]!, id: 'k1', coder: CONSENSUS }] };
    expect(countedCoder(withConsensus, null)).toBe(CONSENSUS);
    expect(countedCoder(withConsensus, '')).toBe('');
    expect(countedCoder(withConsensus, 'Budi')).toBe('Budi');
    expect(countedCoder(withConsensus, 'Nobody')).toBe(CONSENSUS);
  });
});

describe('every segment has a coder', () => {
  it('codings without a coder column are the study\'s first coder\'s, or "Pengode 1"\'s, and count for that coder', () => {
    const sample = codedStudy();
    expect(sample.segments.every((s) => s.coder === 'Pengode 1')).toBe(true);
    expect(studyCoders(sample).map((c) => c.name)).toEqual(['Pengode 1']);
    // Counting that coder counts every statement: none is dropped for having no name.
    expect(countedBy(sample, 'Pengode 1').segments).toHaveLength(sample.segments.length);
  });

  it('a project file whose segments name no coder opens with them given to the first coder, said where', () => {
    const json = JSON.parse(writeProjectFile(codedStudy()));
    json.study.coders = [{ name: 'Ani', color: '#112233' }];
    for (const s of json.segments) s.coder = '';
    const { project, setAside } = readProjectFile(JSON.stringify(json), 'studi.telaah.json');
    expect(project.segments.every((s) => s.coder === 'Ani')).toBe(true);
    expect(setAside.map((e) => e.message)).toEqual([`studi.telaah.json: segments: ${json.segments.length} segment(s) without a coder are counted for "Ani"`]);
  });
});
