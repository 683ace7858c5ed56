import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeProjectFile } from '../../shared/formats/project-file.ts';
import { readQdpx } from '../../shared/formats/qdpx-read.ts';
import { writeQdpx } from '../../shared/formats/qdpx-write.ts';
import { childrenNamed, parseXml, type XmlElement } from '../../shared/formats/xml.ts';
import { codedStudy } from './sample-project.ts';

const REFI = fileURLToPath(new URL('../../../shared/formats/refi-qda/', import.meta.url));
const itWithRefi = existsSync(REFI) ? it : it.skip;
const sample = (name: string) => new Uint8Array(readFileSync(`${REFI}/${name}`));

function all(e: XmlElement, name: string): XmlElement[] {
  return [...(e.name === name ? [e] : []), ...e.children.flatMap((c) => all(c, name))];
}

// Spawns processes or reads large samples: its own time limit, so a busy machine does not fail it.
describe('reading REFI-QDA projects', { timeout: 60_000 }, () => {
  it('gives back exactly the study Telaah exported: assistant types set by hand, summaries, exemplars, adjudications, coder colours, memos, consent, settings', () => {
    const p = codedStudy();
    const first = p.segments[0]!;
    const study = {
      ...p.study,
      coders: [{ name: 'Ani', color: '#aa3377' }],
      adjudications: [{ turnId: first.turnId, code: first.codes[0]!, a: 'Ani', b: 'Budi', choice: 'a' as const }],
      exportNames: 'label' as const,
    };
    const full = {
      ...p,
      study,
      segments: p.segments.map((s, i) => ({ ...s, coder: i % 2 ? 'Budi' : 'Ani', assistantType: i === 0 ? 'TKSK' : s.assistantType, memo: i === 1 ? 'catatan' : '' })),
      participants: p.participants.map((x, i) => (i === 1 ? { ...x, realName: 'Sari Wulandari', consent: { date: '2019-03-14', way: 'written' as const, notes: 'Formulir 12' } } : x)),
      summaries: p.summaries.map((x, i) => (i === 0 ? { ...x, exemplars: [p.segments[1]!.id, first.id] } : x)),
    };
    const { project, skipped } = readQdpx(writeQdpx(full), 'studi.qdpx');
    expect(skipped).toEqual({ selections: 0, sources: 0, codings: 0 });
    expect(writeProjectFile(project)).toBe(writeProjectFile(full));
  });

  it('reads a Telaah export whose Telaah part is gone (or whose project.qde another tool rewrote) from project.qde alone', () => {
    const p = codedStudy();
    const coded = { ...p, segments: p.segments.map((s, i) => ({ ...s, coder: i % 2 ? 'Budi' : 'Ani', memo: i === 1 ? 'catatan' : '' })) };
    const entries = unzipSync(writeQdpx(coded));
    const stripped = zipSync(Object.fromEntries(Object.entries(entries).filter(([name]) => !name.startsWith('telaah/'))));
    const rewritten = zipSync({ ...entries, 'project.qde': strToU8(new TextDecoder().decode(entries['project.qde']).replace('<Project ', '<Project  ')) });
    expect(readQdpx(rewritten, 'studi.qdpx').project.study.id).not.toBe(p.study.id);
    const { project, skipped } = readQdpx(stripped, 'studi.qdpx');
    expect(skipped).toEqual({ selections: 0, sources: 0, codings: 0 });
    expect(project.study.title).toBe(p.study.title);
    expect(project.study.codebook.roles.map((r) => r.name.id)).toEqual(p.study.codebook.roles.map((r) => r.name.id));
    expect(project.study.codebook.agendas.map((a) => a.label.id)).toEqual(p.study.codebook.agendas.map((a) => a.label.id));
    expect(project.sessions.map((s) => s.title)).toEqual(p.sessions.map((s) => s.title));
    const speakers = (x: typeof p) => new Map(x.participants.map((q) => [q.id, q.label]));
    const turnsOf = (x: typeof p) => x.turns.map((t) => [speakers(x).get(t.speakerId ?? '') ?? null, t.timestamp, t.text]);
    expect(turnsOf(project)).toEqual(turnsOf(p));
    const segmentsOf = (x: typeof coded) => {
      const turns = new Map(x.turns.map((t) => [t.id, t.order]));
      return x.segments.map((s) => [turns.get(s.turnId), s.start, s.end, s.text, s.codes.join(), s.coder, s.memo]).sort();
    };
    expect(segmentsOf(project)).toEqual(segmentsOf(coded));
    expect(project.participants.find((x) => x.label === 'Pak Dedi')?.assistantType).toBe('TKSK');
  });

  itWithRefi('places all 303 selections of the NVivo for Windows sample (CRLF, BOM, emoji) at the characters NVivo meant', () => {
    const bytes = sample('oltas0517.qdpx');
    const { project, skipped } = readQdpx(bytes, 'oltas0517.qdpx');
    expect(skipped).toEqual({ selections: 0, sources: 0, codings: 0 });
    expect(project.segments).toHaveLength(303);
    // NVivo counts UTF-16 units over the raw text, CRLF as two: the same slice of the source file.
    const zip = unzipSync(bytes);
    const root = parseXml(new TextDecoder().decode(zip['project.qde']!).replace(/^\uFEFF/, ''));
    const expected: string[] = [];
    for (const source of all(root, 'TextSource')) {
      const path = source.attributes.plainTextPath!.replace('internal://', '');
      const raw = new TextDecoder().decode(zip[`Sources/${path}`]!).replace(/^\uFEFF/, '');
      for (const sel of childrenNamed(source, 'PlainTextSelection')) expected.push(raw.slice(Number(sel.attributes.startPosition), Number(sel.attributes.endPosition)).replace(/\r\n|\r|\n/g, ' '));
    }
    expect(project.segments.map((s) => s.text).sort()).toEqual(expected.sort());
    // As NOTES.md found by hand: all but 8 selections start and end on a word boundary.
    const turns = new Map(project.turns.map((t) => [t.id, t.text]));
    const word = /[\p{L}\p{N}]/u;
    const aligned = project.segments.filter((s) => {
      const text = turns.get(s.turnId)!;
      return !(word.test(text[s.start - 1] ?? '') && word.test(text[s.start] ?? '')) && !(word.test(text[s.end - 1] ?? '') && word.test(text[s.end] ?? ''));
    });
    expect(aligned.length).toBeGreaterThanOrEqual(295);
    expect(project.study.coders.map((c) => c.name)).toContain('Gergo');
  });

  itWithRefi('reads the NVivo for Mac and ATLAS.ti samples: their codes as trees, and sources without text reported', () => {
    const mac = readQdpx(sample('nvivo_project.qdpx'), 'nvivo_project.qdpx');
    expect(mac.project.study.codebook.roles).toHaveLength(3);
    expect(mac.project.sessions).toHaveLength(2);
    const atlas = readQdpx(sample('TestProject.qdpx'), 'TestProject.qdpx');
    // A flat list of codes: one role holding them all.
    expect(atlas.project.study.codebook.roles.map((r) => r.rows.length)).toEqual([14]);
    expect(atlas.skipped.sources).toBe(6);
    const commits = readQdpx(sample('target-atlas-project.qdpx'), 'target-atlas-project.qdpx').project.study.codebook;
    expect(commits.roles.map((r) => [r.name.id, r.rows.length])).toEqual([['Commits', 2]]);
  });

  it('refuses unsafe archives before unpacking anything', () => {
    const qde = strToU8('<?xml version="1.0"?><Project name="x"/>');
    expect(() => readQdpx(zipSync({ 'project.qde': qde, '../../etc/evil.txt': strToU8('x') }), 'jahat.qdpx')).toThrow('jahat.qdpx: refused: the archive holds an entry outside its own folder ("../../etc/evil.txt")');
    expect(() => readQdpx(zipSync({ 'project.qde': qde, '/tmp/evil.txt': strToU8('x') }), 'jahat.qdpx')).toThrow('outside its own folder');
    const bomb = zipSync({ 'project.qde': qde, 'sources/a.txt': new Uint8Array(50 * 1024 * 1024) }, { level: 9 });
    expect(() => readQdpx(bomb, 'bom.qdpx')).toThrow('bom.qdpx: refused: the archive would unpack to too many or too large files');
    const doctype = strToU8('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project name="&x;"/>');
    expect(() => readQdpx(zipSync({ 'project.qde': doctype }), 'xxe.qdpx')).toThrow(/xxe\.qdpx\/project\.qde:1: .*DOCTYPE/);
    expect(() => readQdpx(strToU8('bukan zip'), 'x.qdpx')).toThrow('x.qdpx: not a REFI-QDA project (.qdpx)');
    expect(() => readQdpx(zipSync({ 'a.qde': qde, 'b.qde': qde }), 'dua.qdpx')).toThrow('more than one .qde');
  });
});

/** `bytes` with every occurrence of `from` replaced by `to` (the same length). */
function patched(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const out = bytes.slice();
  const a = strToU8(from);
  const b = strToU8(to);
  for (let i = 0; i + a.length <= out.length; i++) if (a.every((x, k) => out[i + k] === x)) out.set(b, i);
  return out;
}

/** The offset of the central directory entry of `name` in a zip. */
function centralEntry(bytes: Uint8Array, name: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 46 < bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const length = view.getUint16(i + 28, true);
    if (new TextDecoder().decode(bytes.subarray(i + 46, i + 46 + length)) === name) return i;
  }
  throw new Error(`${name} not in the central directory`);
}

describe('a .qdpx whose archive is not what it says is refused, naming the entry', () => {
  const entries = () => unzipSync(writeQdpx(codedStudy()));

  it('an entry name given twice (which copy would be read?)', () => {
    const zip = entries();
    const qde = Object.keys(zip).find((n) => n.endsWith('.qde'))!;
    const twin = `${qde.slice(0, -1)}X`;
    const bytes = patched(zipSync({ ...zip, [twin]: zip[qde]! }, { level: 0 }), twin, qde);
    expect(() => readQdpx(bytes, 'ganda.qdpx')).toThrow(`ganda.qdpx: refused: the archive holds the entry "${qde}" twice`);
  });

  it('a stored entry whose bytes do not match its checksum', () => {
    const zip = entries();
    const qde = Object.keys(zip).find((n) => n.endsWith('.qde'))!;
    const bytes = zipSync(zip, { level: 0 });
    // A byte of the project's text changed in the archive, the checksum left as it was.
    const damaged = patched(bytes, '<CodeBook>', '<CodeBooK>');
    expect(() => readQdpx(damaged, 'rusak.qdpx')).toThrow(`rusak.qdpx: refused: the entry "${qde}" is damaged (its content does not match its checksum or size)`);
  });

  it('a central directory that states a smaller size than the entry has (it would be cut)', () => {
    const zip = entries();
    const qde = Object.keys(zip).find((n) => n.endsWith('.qde'))!;
    const bytes = zipSync(zip);
    const at = centralEntry(bytes, qde);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    view.setUint32(at + 24, view.getUint32(at + 24, true) - 100, true);
    expect(() => readQdpx(bytes, 'terpotong.qdpx')).toThrow(`terpotong.qdpx: refused: the entry "${qde}" is damaged`);
  });

  it('two codes sharing one GUID', () => {
    const zip = entries();
    const qde = Object.keys(zip).find((n) => n.endsWith('.qde'))!;
    const text = new TextDecoder().decode(zip[qde]!);
    const guids = [...text.matchAll(/<Code guid="([^"]+)"[^>]*isCodable="true"/g)].map((m) => m[1]!);
    const shared = text.replace(`guid="${guids[1]}"`, `guid="${guids[0]}"`);
    const { 'telaah/project.telaah.json': _, 'telaah/project.qde.check': __, ...rest } = zip;
    expect(() => readQdpx(zipSync({ ...rest, [qde]: strToU8(shared) }), 'guid.qdpx')).toThrow(/^guid\.qdpx:\d+: the codes ".*" and ".*" share the GUID /);
  });
});
