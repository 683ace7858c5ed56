import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { writeQdpx } from '../../shared/formats/qdpx-write.ts';
import { childNamed, childrenNamed, parseXml, type XmlElement } from '../../shared/formats/xml.ts';
import type { Project } from '../../shared/model.ts';
import { codedStudy } from './sample-project.ts';

const REFI = fileURLToPath(new URL('../../../shared/formats/refi-qda/', import.meta.url));
const itWithRefi = existsSync(REFI) ? it : it.skip;

/** The sample study coded by two coders, with memos and an emoji before a coded statement. */
function richStudy(): Project {
  const p = codedStudy();
  const first = p.segments[0]!;
  return {
    ...p,
    turns: p.turns.map((t) => (t.id === first.turnId ? { ...t, text: `🙏 ${t.text}` } : t)),
    segments: p.segments.map((s, i) => ({
      ...(s.turnId === first.turnId ? { ...s, start: s.start + 3, end: s.end + 3 } : s),
      coder: i % 2 ? 'Budi' : 'Ani',
      memo: i === 0 ? 'Peran penghubung & "pendamping"' : '',
    })),
    sessions: p.sessions.map((s) => ({ ...s, memo: 'Suasana cair.' })),
    study: { ...p.study, codebook: { ...p.study.codebook, memos: [{ code: '4.1.1', text: 'Definisi kerja.' }] } },
  };
}

function all(e: XmlElement, name: string): XmlElement[] {
  return [...(e.name === name ? [e] : []), ...e.children.flatMap((c) => all(c, name))];
}

describe('writing a study as a REFI-QDA project', () => {
  itWithRefi('validates against Project-mrt2019.xsd', async () => {
    const zip = unzipSync(writeQdpx(richStudy()));
    const xsd = readFileSync(`${REFI}/Project-mrt2019.xsd`, 'utf8');
    const result = await validateXML({ xml: [{ fileName: 'project.qde', contents: strFromU8(zip['project.qde']!) }], schema: [{ fileName: 'Project.xsd', contents: xsd }] });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('puts each session’s text in sources/ and its segments at code-point positions of that text', () => {
    const p = richStudy();
    const zip = unzipSync(writeQdpx(p));
    const root = parseXml(strFromU8(zip['project.qde']!));
    const sources = all(root, 'TextSource');
    expect(sources).toHaveLength(p.sessions.length);
    const text = strFromU8(zip[`sources/${sources[0]!.attributes.guid}.txt`]!);
    const codePoints = [...text];
    const selections = all(sources[0]!, 'PlainTextSelection');
    expect(selections).toHaveLength(p.segments.length);
    for (const sel of selections) {
      const slice = codePoints.slice(Number(sel.attributes.startPosition), Number(sel.attributes.endPosition)).join('');
      expect(p.segments.map((s) => s.text)).toContain(slice);
    }
    // One Coding per code, made by the segment's coder.
    const users = new Map(all(root, 'User').map((u) => [u.attributes.guid, u.attributes.name]));
    expect([...users.values()].sort()).toEqual(['Ani', 'Budi']);
    const codings = selections.flatMap((s) => childrenNamed(s, 'Coding'));
    expect(codings).toHaveLength(p.segments.reduce((n, s) => n + s.codes.length, 0));
    expect(new Set(codings.map((c) => users.get(c.attributes.creatingUser)))).toEqual(new Set(['Ani', 'Budi']));
    // Segment and session memos are notes, referenced from where they belong; a code's memo is its description.
    expect(all(root, 'Note').map((n) => childNamed(n, 'PlainTextContent')!.text).sort()).toEqual(['Peran penghubung & "pendamping"', 'Suasana cair.']);
    const coded = all(root, 'Code').find((c) => c.attributes.name?.startsWith('4.1.1 '));
    expect(childNamed(coded!, 'Description')?.text).toBe('Definisi kerja.');
    // Participants are cases with their assistant type.
    const cases = all(root, 'Case');
    expect(cases.find((c) => c.attributes.name === 'Pak Dedi')!.children[0]!.children.map((x) => x.text)).toContain('TKSK');
  });

  it('writes the same bytes for the same study', () => {
    const p = richStudy();
    expect(writeQdpx(p)).toEqual(writeQdpx(p));
  });
});
