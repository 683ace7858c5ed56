import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run.ts';
import { parseProjectFile } from '../../shared/formats/project-file.ts';
import { readCsv } from '../../shared/formats/csv.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
let project: string;

function cli(...argv: string[]) {
  return runCli(argv);
}


async function buildStudy() {
  expect((await cli('init', project, '--title', 'Peran Pendamping Sosial', '--year', '2019')).code).toBe(0);
  expect((await cli('import-participants', project, join(fixtures, 'peserta.csv'))).code).toBe(0);
  expect((await cli('import-transcript', project, join(fixtures, 'fgd-sukamaju.txt'), '--session', 'FGD Sukamaju')).code).toBe(0);
  expect((await cli('import-codings', project, join(fixtures, 'koding.csv'))).code).toBe(0);
  expect((await cli('import-summaries', project, join(fixtures, 'ringkasan.csv'))).code).toBe(0);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'telaah-cli-'));
  project = join(dir, 'studi.telaah.json');
});

// Spawns processes or reads large samples: its own time limit, so a busy machine does not fail it.
describe('the CLI', { timeout: 60_000 }, () => {
  it('builds a study from files and exports its tables in every mode and format', async () => {
    await buildStudy();
    const p = parseProjectFile(readFileSync(project, 'utf8'), 'studi.telaah.json');
    expect(p.study).toMatchObject({ title: 'Peran Pendamping Sosial', year: 2019 });
    expect(p.segments).toHaveLength(13);

    expect((await cli('export-tables', project, '--mode', 'counts', '--format', 'csv', '--out', join(dir, 'csv'))).code).toBe(0);
    expect(readdirSync(join(dir, 'csv')).sort()).toEqual(['tabel-1.csv', 'tabel-2.csv', 'tabel-3.csv', 'tabel-4.csv']);
    const broker = readCsv(readFileSync(join(dir, 'csv', 'tabel-1.csv'), 'utf8'), 'tabel-1.csv', { required: ['kode', 'agenda', 'pendamping pkh', 'tksk'] });
    expect(broker[1]?.values).toMatchObject({ kode: '4.1.2', 'pendamping pkh': '1', tksk: '2' });

    expect((await cli('export-tables', project, '--mode', 'summary', '--format', 'md', '--out', join(dir, 'md'), '--lang', 'en')).code).toBe(0);
    // Numbered as the published tables are, after the codes' prefix, unless told otherwise.
    expect(readFileSync(join(dir, 'md', 'tabel.md'), 'utf8')).toContain('**Table 4.1 Role of Social Assistants as Broker**');
    expect((await cli('export-tables', project, '--mode', 'summary', '--format', 'md', '--out', join(dir, 'md'), '--number-prefix', '')).code).toBe(0);
    expect(readFileSync(join(dir, 'md', 'tabel.md'), 'utf8')).toContain('**Tabel 1 Peran Pendamping Sosial sebagai Broker**');

    // Pseudonyms by default (Pak Joko is the sixth participant), labels on request.
    expect((await cli('export-tables', project, '--mode', 'quotes', '--format', 'html', '--out', join(dir, 'html'))).code).toBe(0);
    const anonymous = readFileSync(join(dir, 'html', 'tabel.html'), 'utf8');
    expect(anonymous).toContain('saya yang menengahi.” (P06, FGD Sukamaju)');
    expect(anonymous).not.toMatch(/Pak Joko|Bu Sari|Pak Dedi/);
    expect((await cli('export-tables', project, '--mode', 'quotes', '--format', 'html', '--out', join(dir, 'html'), '--names', 'label')).code).toBe(0);
    expect(readFileSync(join(dir, 'html', 'tabel.html'), 'utf8')).toContain('saya yang menengahi.” (Pak Joko, FGD Sukamaju)');
  });

  it('writes a project file without identities that still opens', async () => {
    await buildStudy();
    const out = join(dir, 'anonim.telaah.json');
    expect((await cli('anonymise', project, out)).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toMatch(/Bu Sari|Pak Dedi|Pak Joko|Pak Hendra|Bu Rina/);
    expect(parseProjectFile(text, 'anonim.telaah.json').participants.map((p) => p.label)).toContain('P02');
  });

  it('exports Word, Excel and LaTeX tables numbered for a thesis chapter', async () => {
    await buildStudy();
    const out = join(dir, 'bab4');
    expect((await cli('export-tables', project, '--mode', 'summary', '--format', 'docx', '--out', out, '--table-start', '5', '--number-prefix', '4.')).code).toBe(0);
    expect((await cli('export-tables', project, '--mode', 'counts', '--format', 'xlsx', '--out', out, '--roles', '1,3')).code).toBe(0);
    expect((await cli('export-tables', project, '--mode', 'quotes', '--format', 'tex', '--out', out, '--attribution', 'off')).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['tabel.docx', 'tabel.tex', 'tabel.xlsx']);
    expect(readFileSync(join(out, 'tabel.docx')).subarray(0, 2).toString()).toBe('PK');
    const tex = readFileSync(join(out, 'tabel.tex'), 'utf8');
    expect(tex).toContain('saya yang menengahi.');
    expect(tex).not.toContain('(Pak Joko, FGD Sukamaju)');
    expect((await cli('export-tables', project, '--mode', 'counts', '--format', 'csv', '--out', out, '--roles', '9'))).toMatchObject({ code: 1, stderr: 'export-tables: --roles must list role numbers of the codebook (1,2,3,4)' });
    expect((await cli('export-tables', project, '--mode', 'counts', '--format', 'csv', '--out', out, '--table-start', '0')).code).toBe(1);
  });

  it('exports tables with caption and footer templates, and a codebook that imports back', async () => {
    await buildStudy();
    const out = join(dir, 'tabel');
    expect((await cli('export-tables', project, '--mode', 'summary+exemplars', '--format', 'md', '--out', out, '--caption', 'Tabel {n}. Peran {role} ({year})', '--footer', 'Sumber: FGD {year}')).code).toBe(0);
    const md = readFileSync(join(out, 'tabel.md'), 'utf8');
    expect(md).toContain('Tabel 4.1. Peran Broker (2019)');
    expect(md).toContain('Sumber: FGD 2019');
    for (const ext of ['csv', 'qdc']) {
      const file = join(dir, `buku-kode.${ext}`);
      expect((await cli('export-codebook', project, file)).code).toBe(0);
      expect((await cli('import-codebook', project, file)).code).toBe(0);
    }
    expect(parseProjectFile(readFileSync(project, 'utf8'), 'p').study.codebook.roles.map((r) => r.name.id)).toEqual(['Broker', 'Mediator', 'Educator', 'Facilitator']);
    writeFileSync(join(dir, 'kecil.csv'), 'code,role,agenda\n4.1.1,Broker,Bansos\n');
    const before = readFileSync(project, 'utf8');
    expect(await cli('import-codebook', project, join(dir, 'kecil.csv'))).toMatchObject({ code: 1, stderr: expect.stringMatching(/^kecil\.csv: code 4\.1\.2 is used by \d+ segment\(s\) but is not in this codebook/) });
    expect(readFileSync(project, 'utf8')).toBe(before);
  });

  it('exports a transcript and codings that import back into a fresh project unchanged', async () => {
    await buildStudy();
    expect((await cli('export-transcript', project, '--session', 'FGD Sukamaju', '--out', join(dir, 'fgd.txt'), '--names', 'label')).code).toBe(0);
    expect((await cli('export-codings', project, join(dir, 'koding.csv'))).code).toBe(0);
    const second = join(dir, 'kedua.telaah.json');
    await cli('init', second, '--year', '2019');
    await cli('import-participants', second, join(fixtures, 'peserta.csv'));
    expect((await cli('import-transcript', second, join(dir, 'fgd.txt'), '--session', 'FGD Sukamaju')).code).toBe(0);
    expect((await cli('import-codings', second, join(dir, 'koding.csv'))).code).toBe(0);
    const a = parseProjectFile(readFileSync(project, 'utf8'), 'a');
    const b = parseProjectFile(readFileSync(second, 'utf8'), 'b');
    expect(b.turns.map((t) => t.text)).toEqual(a.turns.map((t) => t.text));
    expect(b.segments.map((s) => [s.text, s.codes, s.assistantType])).toEqual(a.segments.map((s) => [s.text, s.codes, s.assistantType]));
  });

  it('imports a transcript in any supported format, maps its speakers, and exports subtitles', async () => {
    await buildStudy();
    const map = join(dir, 'peta.csv');
    writeFileSync(map, 'from,to\nSPEAKER_00,Moderator\nSPEAKER_01,Pak Dedi\n');
    const imported = await cli('import-transcript', project, join(fixtures, 'fgd-whisperx.json'), '--session', 'FGD EDC', '--speakers', map, '--gap', '10');
    expect(imported).toMatchObject({ code: 0, stdout: 'fgd-whisperx.json imported as session "FGD EDC": 3 turns' });
    const p = parseProjectFile(readFileSync(project, 'utf8'), 'p');
    const session = p.sessions.find((s) => s.title === 'FGD EDC')!;
    const dedi = p.participants.find((x) => x.label === 'Pak Dedi')!;
    expect(p.turns.filter((t) => t.sessionId === session.id).map((t) => t.speakerId)).toEqual([expect.any(String), dedi.id, expect.any(String)]);
    expect(p.participants.some((x) => x.label.startsWith('SPEAKER_'))).toBe(false);

    expect((await cli('import-transcript', project, join(fixtures, 'fgd-teams.vtt'), '--session', 'FGD Teams')).code).toBe(0);
    expect((await cli('export-transcript', project, '--session', 'FGD Teams', '--out', join(dir, 'teams.srt'))).code).toBe(0);
    expect(readFileSync(join(dir, 'teams.srt'), 'utf8')).toContain('2\n00:00:10,010 --> 00:00:22,400\nP02: Baik, Bu.');
    expect((await cli('export-transcript', project, '--session', 'FGD Teams', '--out', join(dir, 'teams.srt'), '--names', 'label')).code).toBe(0);
    expect(readFileSync(join(dir, 'teams.srt'), 'utf8')).toContain('2\n00:00:10,010 --> 00:00:22,400\nBu Sari: Baik, Bu.');
    expect((await cli('export-transcript', project, '--session', 'FGD Teams', '--out', join(dir, 'teams.vtt'), '--names', 'label')).code).toBe(0);
    expect(readFileSync(join(dir, 'teams.vtt'), 'utf8')).toMatch(/^WEBVTT - Telaah\n\n1\n00:00:04\.120 --> 00:00:10\.010\n<v Moderator>Selamat siang/);
  });

  it('reads a transcript typed in Word and writes one back', async () => {
    await buildStudy();
    const { writeDocx } = await import('../../shared/formats/transcript-docx-write.ts');
    const { parseTranscriptTxt } = await import('../../shared/formats/transcript-txt.ts');
    const typed = parseTranscriptTxt('[00:00:05] Moderator: Silakan, Bu.\n\nBu Sari: Kami mendata KPM setiap bulan.', 'x');
    writeFileSync(join(dir, 'catatan.docx'), await writeDocx({ title: 'Catatan FGD', date: '', place: 'Desa Mekarsari', moderator: '', noteTaker: '' }, typed, 'id'));
    expect(await cli('import-transcript', project, join(dir, 'catatan.docx'), '--session', 'FGD Word')).toMatchObject({ code: 0, stdout: 'catatan.docx imported as session "FGD Word": 2 turns' });
    expect((await cli('export-transcript', project, '--session', 'FGD Word', '--out', join(dir, 'fgd.docx'))).code).toBe(0);
    expect(readFileSync(join(dir, 'fgd.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses a speaker map naming a label the transcript does not have, and subtitles without times', async () => {
    await buildStudy();
    const before = readFileSync(project);
    const map = join(dir, 'peta.csv');
    writeFileSync(map, 'from,to\nSPEAKER_07,Moderator\n');
    expect(await cli('import-transcript', project, join(fixtures, 'fgd-whisperx.json'), '--session', 'FGD EDC', '--speakers', map)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'peta.csv:2: speaker "SPEAKER_07" does not occur in the transcript',
    });
    expect(readFileSync(project).equals(before)).toBe(true);
    const typed = join(dir, 'ketik.txt');
    writeFileSync(typed, 'Moderator: Tanpa waktu.\n');
    await cli('import-transcript', project, typed, '--session', 'FGD ketik');
    expect(await cli('export-transcript', project, '--session', 'FGD ketik', '--out', join(dir, 'k.srt'))).toMatchObject({ code: 1, stderr: expect.stringContaining('turn 1 has no timestamp') });
    expect(await cli('export-transcript', project, '--session', 'FGD ketik', '--out', join(dir, 'k.pdf'))).toMatchObject({ code: 1, stderr: expect.stringContaining('--out must end in .txt, .docx, .srt, .vtt') });
  });

  it.each([
    ['an unknown code', 'FGD Sukamaju,Bu Sari,,4.7.1,Saat pencairan,', 'koding-salah.csv:3: unknown code "4.7.1"'],
    ['an unknown speaker', 'FGD Sukamaju,Bu Wati,,4.1.1,Saat pencairan,', 'koding-salah.csv:3: unknown speaker "Bu Wati"'],
    ['text not in the speaker’s turns', 'FGD Sukamaju,Pak Joko,,4.1.1,Saat pencairan,', 'koding-salah.csv:3: text not found in this speaker\'s turns: "Saat pencairan"'],
    ['an unbalanced quote', 'FGD Sukamaju,Bu Sari,,4.1.1,"Saat pencairan,', 'koding-salah.csv:3: invalid CSV: Quoted field unterminated'],
  ])('rejects codings with %s: exit 1, one line naming file and row, project untouched', async (_, row, message) => {
    await buildStudy();
    const before = readFileSync(project);
    const bad = join(dir, 'koding-salah.csv');
    writeFileSync(bad, `session,speaker,assistant_type,code,text,memo\nFGD Sukamaju,Bu Sari,,4.1.1,Saat pencairan,\n${row}\n`);
    const result = await cli('import-codings', project, bad);
    expect(result).toEqual({ code: 1, stdout: '', stderr: message });
    expect(readFileSync(project).equals(before)).toBe(true);
  });

  it('rejects a CSV with the wrong header', async () => {
    await buildStudy();
    const result = await cli('import-participants', project, join(fixtures, 'koding.csv'));
    expect(result.code).toBe(1);
    // Columns beyond Telaah's are the study's own attributes, but "label" must be there.
    expect(result.stderr).toBe('koding.csv:1: missing column "label"; expected "label,assistant_type"');
  });

  it('reports a missing input file and bad usage with exit 1', async () => {
    await buildStudy();
    expect(await cli('import-codings', project, join(dir, 'tidak-ada.csv'))).toMatchObject({ code: 1, stderr: expect.stringContaining('tidak-ada.csv: cannot read the file (ENOENT)') });
    expect(await cli('export-tables', project, '--mode', 'semua', '--format', 'csv', '--out', dir)).toMatchObject({ code: 1, stderr: 'export-tables: --mode must be one of summary|quotes|exemplars|counts|summary+exemplars' });
    expect((await cli('frobnicate')).code).toBe(1);
    expect((await cli('init', project)).stderr).toContain('already exists');
  });

  it('runs as `npm run -s cli` with exit codes and messages on the real command line', async () => {
    const ok = spawnSync('npm', ['run', '-s', 'cli', '--', 'init', project, '--year', '2020'], { cwd: root, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const bad = spawnSync('npm', ['run', '-s', 'cli', '--', 'import-summaries', project, join(fixtures, 'peserta.csv')], { cwd: root, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('peserta.csv:1: unknown column "label"');
    expect(execFileSync('npm', ['run', '-s', 'cli', '--', 'help'], { cwd: root, encoding: 'utf8' })).toContain('export-tables');
  });

  it('searches the study, counts its words by group and its codes meeting, as the app does', async () => {
    await buildStudy();
    const search = await cli('search', project, 'data', '--out', join(dir, 'hits.csv'));
    expect(search.stdout).toMatch(/^\d+ hit\(s\) of data; wrote/);
    const hits = readCsv(readFileSync(join(dir, 'hits.csv'), 'utf8'), 'hits.csv', { required: ['session', 'time', 'speaker', 'assistant_type', 'site', 'left', 'keyword', 'right'] });
    expect(hits.map((h) => h.values.keyword)).toContain('Data');
    expect(hits.find((h) => h.values.keyword === 'Data')!.values).toMatchObject({ session: 'FGD Sukamaju', time: '00:03:14', assistant_type: 'PKH' });
    // Pseudonyms unless asked: no label leaves the study.
    expect(hits.every((h) => /^P\d\d$|^$/.test(h.values.speaker!))).toBe(true);
    // Forms of a word: "mendampingi" finds "pendamping" too; off, only itself.
    const forms = await cli('search', project, 'mendampingi', '--names', 'label');
    expect(forms.stdout).toContain('[pendamping]');
    expect((await cli('search', project, 'mendampingi', '--forms', 'off')).stdout).not.toContain('[pendamping]');

    expect((await cli('word-frequencies', project, '--by', 'assistant_type', '--out', join(dir, 'kata.csv'))).code).toBe(0);
    const words = readCsv(readFileSync(join(dir, 'kata.csv'), 'utf8'), 'kata.csv', { required: ['word', 'pendamping pkh n', 'pendamping pkh per 1000', 'tksk n', 'tksk per 1000', '(tanpa) n', '(tanpa) per 1000', 'total'] });
    expect(words.some((w) => w.values.word === 'yang')).toBe(false);
    expect(Number(words.find((w) => w.values.word === 'data')!.values['tksk n'])).toBeGreaterThan(0);
    const bad = await cli('word-frequencies', project, '--by', 'kota');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--by must be one of assistant_type|site|affiliation|session|speaker|code|cell');

    expect((await cli('cooccurrence', project, '--unit', 'turn', '--out', join(dir, 'bersama.csv'))).code).toBe(0);
    const table = readFileSync(join(dir, 'bersama.csv'), 'utf8').split('\r\n');
    expect(table[0]).toMatch(/^code,4\.\d\.\d/);
    expect((await cli('cooccurrence', project, '--unit', 'turn', '--type', 'KUBE', '--out', join(dir, 'x.csv'))).stderr).toContain('--type must be one of PKH|TKSK');
  });
});
