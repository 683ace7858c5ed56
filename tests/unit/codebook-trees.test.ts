import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { listCodes } from '../../shared/codebook.ts';
import { addAgenda, moveAgenda, moveRowToRole, recodeProject, removeAgenda, removeRole, setCodeMemo, setSharedRows, updateAgenda } from '../../shared/codebook-edit.ts';
import { exportCodebookCsv, parseCodebookCsv } from '../../shared/formats/codebook-csv.ts';
import { exportCodebookQdc, parseCodebookQdc, PATH_SEPARATOR } from '../../shared/formats/codebook-qdc.ts';
import { parseProjectFile, writeProjectFile } from '../../shared/formats/project-file.ts';
import { readQdpx } from '../../shared/formats/qdpx-read.ts';
import { writeQdpx } from '../../shared/formats/qdpx-write.ts';
import { childNamed, childrenNamed, parseXml, type XmlElement } from '../../shared/formats/xml.ts';
import type { Codebook, Project } from '../../shared/model.ts';
import { buildTables } from '../../shared/tables.ts';
import { codedStudy } from './sample-project.ts';

const REFI = fileURLToPath(new URL('../../../shared/formats/refi-qda/', import.meta.url));
const itWithRefi = existsSync(REFI) ? it : it.skip;

/** The project.qde of a sample .qdpx, parsed. */
function qde(name: string): XmlElement {
  const zip = unzipSync(new Uint8Array(readFileSync(`${REFI}${name}`)));
  const entry = Object.keys(zip).find((n) => /\.qde$/i.test(n))!;
  return parseXml(strFromU8(zip[entry]!).replace(/^\uFEFF/, ''));
}

const bare = (guid: string | undefined) => (guid ?? '').toLowerCase().replace(/[{}]/g, '');

/** Every code of a REFI code tree by GUID: the name of its top-level code, and its own path below it. */
function codePaths(root: XmlElement): Map<string, { top: string; path: string; description: string }> {
  const paths = new Map<string, { top: string; path: string; description: string }>();
  const codes = childNamed(childNamed(root, 'CodeBook') ?? root, 'Codes')!;
  for (const top of childrenNamed(codes, 'Code')) {
    const visit = (code: XmlElement, names: string[]) => {
      for (const child of childrenNamed(code, 'Code')) {
        const here = [...names, child.attributes.name!.trim()];
        paths.set(bare(child.attributes.guid), { top: top.attributes.name!.trim(), path: here.join(PATH_SEPARATOR), description: childNamed(child, 'Description')?.text.trim() ?? '' });
        visit(child, here);
      }
    };
    visit(top, []);
  }
  return paths;
}

/** A label of every code as "role | row", as the study names it. */
const labelsOf = (codebook: Codebook) => new Map(listCodes(codebook).map((c) => [c.code, `${c.role.name.id} | ${c.agenda.label.id}`]));

describe('code trees from other tools', () => {
  itWithRefi('keeps the NVivo for Windows tree: 12 roles with their 140 codes, every description, and every one of the 303 codings on the code it was made with', () => {
    const root = qde('oltas0517.qdpx');
    const paths = codePaths(root);
    const { project, skipped } = readQdpx(new Uint8Array(readFileSync(`${REFI}oltas0517.qdpx`)), 'oltas0517.qdpx');
    const { codebook } = project.study;
    expect(codebook.sharedRows).toBe(false);
    expect(codebook.roles).toHaveLength(12);
    expect(listCodes(codebook)).toHaveLength(140);
    expect(paths.size).toBe(140);
    // Each NVivo code is one row of its top-level code's role, named by its path below it.
    expect(listCodes(codebook).map((c) => `${c.role.name.id} | ${c.agenda.label.id}`).sort()).toEqual([...paths.values()].map((p) => `${p.top} | ${p.path}`).sort());
    // Descriptions: of a top-level code its role's, of any other code its row's.
    const tops = childrenNamed(childNamed(childNamed(root, 'CodeBook')!, 'Codes')!, 'Code');
    const described = tops.filter((t) => childNamed(t, 'Description')?.text.trim()).length + [...paths.values()].filter((p) => p.description !== '').length;
    expect(described).toBe(82);
    const rowsDescribed = listCodes(codebook).filter((c) => c.agenda.definition.id !== '');
    expect(codebook.roles.filter((r) => r.definition.id !== '').length + rowsDescribed.length).toBe(82);
    expect(rowsDescribed.map((c) => c.agenda.definition.id).sort()).toEqual([...paths.values()].map((p) => p.description).filter((d) => d !== '').sort());
    // The codings as NVivo made them, and the codes the segments carry, as role | row labels.
    expect(skipped.codings).toBe(0);
    const made: string[] = [];
    for (const selection of childrenNamed(childNamed(root, 'Sources')!, 'TextSource').flatMap((s) => childrenNamed(s, 'PlainTextSelection'))) {
      for (const coding of childrenNamed(selection, 'Coding')) {
        const p = paths.get(bare(childNamed(coding, 'CodeRef')!.attributes.targetGUID));
        made.push(`${p!.top} | ${p!.path}`);
      }
    }
    const labels = labelsOf(codebook);
    const carried = project.segments.flatMap((s) => s.codes.map((c) => labels.get(c)!));
    expect(carried.sort()).toEqual(made.sort());
    expect(carried).toHaveLength(303);
  });

  itWithRefi('keeps the NVivo for Mac tree: 3 roles and their 259 codes, those below the second level named by their path', () => {
    const root = qde('nvivo_project.qdpx');
    const { codebook } = readQdpx(new Uint8Array(readFileSync(`${REFI}nvivo_project.qdpx`)), 'nvivo_project.qdpx').project.study;
    expect(codebook.roles.map((r) => r.name.id)).toEqual(['rq1_definition', 'rq2_curriculum_and_instruction', 'rq3_process']);
    expect(listCodes(codebook)).toHaveLength(259);
    expect(codebook.roles.reduce((n, r) => n + r.rows.length, 0) + codebook.roles.length).toBe(262);
    const deepest = listCodes(codebook).reduce((a, b) => (b.agenda.label.id.split(PATH_SEPARATOR).length > a.agenda.label.id.split(PATH_SEPARATOR).length ? b : a));
    // Seven levels in NVivo: the role, then six names in the row's path.
    expect(deepest.agenda.label.id.split(PATH_SEPARATOR)).toHaveLength(6);
    expect(new Set([...codePaths(root).values()].map((p) => `${p.top} | ${p.path}`))).toEqual(new Set(labelsOf(codebook).values()));
  });

  itWithRefi('reads the ATLAS.ti 23 export: one role "Commits" with its two codes', () => {
    const { codebook } = readQdpx(new Uint8Array(readFileSync(`${REFI}target-atlas-project.qdpx`)), 'target-atlas-project.qdpx').project.study;
    expect(codebook.roles.map((r) => r.name.id)).toEqual(['Commits']);
    expect(codebook.roles[0]!.rows.map((a) => a.label.id)).toHaveLength(2);
  });

  it('keeps a top-level code as a code of its own when it has nothing below it', () => {
    const cb = parseCodebookQdc(
      '<CodeBook><Codes><Code guid="a" name="Akses" isCodable="true" color="#336699"><Description>Akses ke layanan.</Description><Code guid="b" name="Bank" isCodable="true"/></Code><Code guid="c" name="Lain-lain" isCodable="true"/></Codes></CodeBook>',
      'qualcoder.qdc',
    );
    expect(cb.roles.map((r) => [r.name.id, r.definition.id, r.rows.map((a) => a.label.id)])).toEqual([
      ['Akses', 'Akses ke layanan.', ['Bank']],
      ['Lain-lain', '', ['Lain-lain']],
    ]);
  });
});

/** The sample study, its roles given their own rows and then made to differ. */
function treeStudy(): Project {
  const p = codedStudy();
  let codebook = setSharedRows(p.study.codebook, false);
  codebook = updateAgenda(codebook, 1, { label: { id: 'Menghubungkan KPM ke bank', en: 'Linking KPM to banks' }, color: '#0f766e' }, 1);
  codebook = addAgenda(codebook, { id: 'Rapat › Rapat desa', en: 'Meetings › Village meetings' }, undefined, 2);
  codebook = setCodeMemo(codebook, '4.2.9', 'Rapat desa, musdes, rembug warga.');
  return { ...p, study: { ...p.study, codebook } };
}

describe('a codebook whose roles have their own rows', () => {
  it('gives each role its own copy of the agendas when shared rows are turned off, with no code changed', () => {
    const p = codedStudy();
    const own = setSharedRows(p.study.codebook, false);
    expect(listCodes(own).map((c) => [c.code, c.agenda.label.id])).toEqual(listCodes(p.study.codebook).map((c) => [c.code, c.agenda.label.id]));
    expect(own.agendas).toEqual([]);
    expect(own.roles.every((r) => r.rows.length === 8)).toBe(true);
    // Back on: possible while every role has the same rows, and the same matrix again.
    expect(setSharedRows(own, true)).toEqual(p.study.codebook);
  });

  it('refuses to share rows that differ, rather than lose a code', () => {
    const tree = treeStudy().study.codebook;
    expect(() => setSharedRows(tree, true)).toThrow(/differ/);
  });

  it('moves a code to another role with its segments, summaries and memo', () => {
    const p = treeStudy();
    const before = p.segments.filter((s) => s.codes.includes('4.1.1')).map((s) => s.id);
    expect(before.length).toBeGreaterThan(0);
    const edit = moveRowToRole(p.study.codebook, 1, 1, 3);
    const moved = recodeProject(p, edit);
    const target = `4.3.${moved.study.codebook.roles[2]!.rows.length}`;
    expect(moved.study.codebook.roles[2]!.rows.at(-1)!.label.id).toBe('Menghubungkan KPM ke bank');
    expect(moved.segments.filter((s) => s.codes.includes(target)).map((s) => s.id)).toEqual(before);
    // The rows after it in its old role move up one: 4.1.2 is now 4.1.1.
    expect(edit.recode.get('4.1.2')).toBe('4.1.1');
    expect(moved.study.codebook.roles[0]!.rows).toHaveLength(7);
  });

  it('edits one role’s codes without touching another’s: a code moved up, two merged, and a role merged into another by code names', () => {
    const p = treeStudy();
    const cb = p.study.codebook;
    expect(() => addAgenda(cb, { id: 'Tanpa peran', en: '' })).toThrow(/say which role/);
    // Role 2's new ninth code moves to the top; role 1 keeps its numbers.
    const up = moveAgenda(cb, 9, 1, 2);
    expect(up.codebook.roles[1]!.rows[0]!.label.id).toBe('Rapat › Rapat desa');
    expect(up.recode.get('4.2.9')).toBe('4.2.1');
    expect(up.recode.get('4.2.1')).toBe('4.2.2');
    expect([...up.recode.keys()].some((code) => code.startsWith('4.1.'))).toBe(false);
    expect(up.codebook.memos.find((m) => m.text.startsWith('Rapat desa'))?.code).toBe('4.2.1');
    // Merging role 3's code 2 into its code 1: its segments carry 4.3.1, later codes move up.
    const merged = recodeProject(p, removeAgenda(cb, 2, 1, 3));
    const before = (code: string) => p.segments.filter((s) => s.codes.includes(code)).map((s) => s.id);
    expect(merged.segments.filter((s) => s.codes.includes('4.3.1')).map((s) => s.id).sort()).toEqual([...new Set([...before('4.3.1'), ...before('4.3.2')])].sort());
    expect(merged.study.codebook.roles[2]!.rows).toHaveLength(7);
    expect(merged.study.codebook.roles[0]!.rows).toHaveLength(8);
    // Role 2 into role 1: its codes named like role 1's join them; the two role 1 has no name for
    // (its first, renamed in role 1, and its new ninth) come over as role 1's last codes.
    const joined = removeRole(cb, 2, 1);
    expect(joined.codebook.roles).toHaveLength(3);
    expect(joined.codebook.roles[0]!.rows.map((a) => a.label.id).slice(-2)).toEqual([cb.roles[1]!.rows[0]!.label.id, 'Rapat › Rapat desa']);
    expect(joined.recode.get('4.2.2')).toBe('4.1.2');
    expect(joined.recode.get('4.2.1')).toBe('4.1.9');
    expect(joined.recode.get('4.2.9')).toBe('4.1.10');
    expect(joined.recode.get('4.3.1')).toBe('4.2.1');
  });

  it('writes each role’s table with that role’s own rows under "Uraian"', () => {
    const tables = buildTables(treeStudy(), { mode: 'counts', lang: 'id' });
    expect(tables[0]!.columns).toEqual(['Kode', 'Uraian', 'Pendamping PKH', 'TKSK']);
    expect(tables[0]!.caption).toBe('Tabel 1 Broker');
    expect(tables[0]!.rows[0]!.agenda).toBe('Menghubungkan KPM ke bank');
    expect(tables[1]!.rows.map((r) => r.code)).toHaveLength(9);
    expect(tables[1]!.rows.at(-1)).toMatchObject({ code: '4.2.9', agenda: 'Rapat › Rapat desa', cells: ['0', '0'] });
  });

  itWithRefi('comes back from .qdc as it was, valid against Codebook.xsd, two codes of one name in a role kept apart', async () => {
    const tree = treeStudy().study.codebook;
    const cb = addAgenda(tree, tree.roles[0]!.rows[1]!.label, undefined, 1);
    const qdc = exportCodebookQdc(cb, 'studi');
    const xsd = readFileSync(`${REFI}Codebook.xsd`, 'utf8');
    const result = await validateXML({ xml: [{ fileName: 'buku-kode.qdc', contents: qdc }], schema: [{ fileName: 'Codebook.xsd', contents: xsd }] });
    expect(result.errors).toEqual([]);
    expect(qdc).not.toContain('<Sets>');
    const guids = [...qdc.matchAll(/ guid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(guids).size).toBe(guids.length);
    // A .qdc holds names and descriptions in one language and no memos: the rest comes back as it was.
    const again = parseCodebookQdc(qdc, 'buku-kode.qdc', cb.name);
    const carried = (c: Codebook) => ({
      prefix: c.prefix,
      sharedRows: c.sharedRows,
      roles: c.roles.map((r) => ({ name: r.name.id, definition: r.definition.id, color: r.color, rows: r.rows.map((a) => [a.number, a.label.id, a.definition.id, a.color]) })),
    });
    expect(carried(again)).toEqual(carried(cb));
    expect(again.roles[0]!.rows[0]!.color).toBe('#0f766e');
  });

  it('comes back from CSV as it was, and a CSV of code rows alone from an older Telaah is still a matrix', () => {
    // Descriptions travel in Indonesian only, as in every codebook CSV.
    const indonesian = (c: Codebook): Codebook => {
      const row = (a: Codebook['agendas'][number]) => ({ ...a, definition: { id: a.definition.id, en: a.definition.id } });
      return { ...c, roles: c.roles.map((r) => ({ ...r, definition: { id: r.definition.id, en: r.definition.id }, rows: r.rows.map(row) })), agendas: c.agendas.map(row) };
    };
    const cb = treeStudy().study.codebook;
    expect(parseCodebookCsv(exportCodebookCsv(cb), 'buku-kode.csv', cb.name)).toEqual(indonesian(cb));
    const old = parseCodebookCsv('code,role,agenda,description\n3.1.1,Perencana,Pendataan,Memo lama\n3.1.2,Perencana,Penyaluran,\n3.2.1,Motivator,Pendataan,\n3.2.2,Motivator,Penyaluran,\n', 'lama.csv');
    expect(old.sharedRows).toBe(true);
    expect(old.agendas.map((a) => a.label.id)).toEqual(['Pendataan', 'Penyaluran']);
    expect(old.memos).toEqual([{ code: '3.1.1', text: 'Memo lama' }]);
  });

  itWithRefi('is written into a .qdpx valid against the REFI-QDA project schema, its memos as notes', async () => {
    const p = treeStudy();
    const qdeText = strFromU8(unzipSync(writeQdpx(p))['project.qde']!);
    const xsd = readFileSync(`${REFI}Project-mrt2019.xsd`, 'utf8');
    const result = await validateXML({ xml: [{ fileName: 'project.qde', contents: qdeText }], schema: [{ fileName: 'Project.xsd', contents: xsd }] });
    expect(result.errors).toEqual([]);
    expect(qdeText).not.toContain('<Sets>');
    expect(qdeText).toContain('Rapat desa, musdes, rembug warga.');
  });

  it('comes back from a project file and from a .qdpx that another tool rewrote, every segment on its code', () => {
    const p = treeStudy();
    const again = parseProjectFile(writeProjectFile(p), 'studi.telaah.json');
    expect(again.study.codebook).toEqual(p.study.codebook);
    // Without Telaah's own entry, as another tool writes the project back: only the REFI-QDA part is read.
    const zip = unzipSync(writeQdpx(p));
    const foreign = Object.fromEntries(Object.entries(zip).filter(([name]) => name === 'project.qde' || name.startsWith('sources/')));
    const read = readQdpx(zipSync(foreign), 'dari-nvivo.qdpx').project;
    expect(read.study.codebook.sharedRows).toBe(false);
    expect(listCodes(read.study.codebook).map((c) => [c.code, c.agenda.label.id])).toEqual(listCodes(p.study.codebook).map((c) => [c.code, c.agenda.label.id]));
    expect(read.study.codebook.memos).toEqual(p.study.codebook.memos);
    const codesByText = (x: Project) => x.segments.map((s) => `${s.text} → ${[...s.codes].sort().join(',')}`).sort();
    expect(codesByText(read)).toEqual(codesByText(p));
  });
});

describe('code trees larger and deeper than any real one', () => {
  /** A tree of `tops` top-level codes, each with `width` children, each with `width` grandchildren: names as long as the tools allow. */
  function bigTree(tops: number, width: number): string {
    const name = (path: string) => `${path} ${'kebutuhan pendampingan keluarga penerima manfaat '.repeat(2).trim()}`;
    const codes: string[] = [];
    let n = 0;
    const guid = () => `20000000-0000-4000-8000-${String(n++).padStart(12, '0')}`;
    for (let t = 1; t <= tops; t++) {
      const children: string[] = [];
      for (let c = 1; c <= width; c++) {
        const grand = Array.from({ length: width }, (_, g) => `<Code guid="${guid()}" name="${name(`K${t}.${c}.${g + 1}`)}" isCodable="true"/>`).join('');
        children.push(`<Code guid="${guid()}" name="${name(`K${t}.${c}`)}" isCodable="true"><Description>Definisi ${t}.${c}</Description>${grand}</Code>`);
      }
      codes.push(`<Code guid="${guid()}" name="Kategori ${t}" isCodable="true">${children.join('')}</Code>`);
    }
    return `<CodeBook origin="MAXQDA 24"><Codes>${codes.join('')}</Codes></CodeBook>`;
  }

  it('reads 2,808 codes in 18 categories whose paths are longer than a name, keeping every code and its ends', () => {
    const cb = parseCodebookQdc(bigTree(18, 12), 'besar.qdc');
    expect(cb.roles).toHaveLength(18);
    expect(listCodes(cb)).toHaveLength(18 * (12 + 12 * 12));
    const own = 'K1.1.3 kebutuhan pendampingan keluarga penerima manfaat kebutuhan pendampingan keluarga penerima manfaat';
    const deep = cb.roles[0]!.rows.find((a) => a.label.id.endsWith(own))!;
    // Two names of about 100 characters do not fit in 200: the code's own name is kept whole, the path before it cut with "…".
    expect(deep.label.id).toMatch(/^K1\.1 kebutuhan .*… › K1\.1\.3 /);
    expect(deep.label.id.length).toBeLessThanOrEqual(200);
    expect(new Set(listCodes(cb).map((c) => `${c.role.number}|${c.agenda.label.id}`)).size).toBe(listCodes(cb).length);
  });
});
