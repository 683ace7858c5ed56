import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run.ts';
import { parseProjectFile, writeProjectFile } from '../../shared/formats/project-file.ts';
import { codedStudy } from './sample-project.ts';

const REFI = fileURLToPath(new URL('../../../shared/formats/refi-qda/', import.meta.url));
const itWithRefi = existsSync(REFI) ? it : it.skip;

// Spawns processes or reads large samples: its own time limit, so a busy machine does not fail it.
describe('REFI-QDA on the command line', { timeout: 60_000 }, () => {
  it('exports a project as .qdpx and imports it into a new project file with the same segments', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'telaah-qdpx-'));
    const source = join(dir, 'studi.telaah.json');
    const p = codedStudy();
    writeFileSync(source, writeProjectFile(p));
    expect((await runCli(['export-qdpx', source, join(dir, 'studi.qdpx'), '--names', 'label'])).stdout).toBe(`wrote ${join(dir, 'studi.qdpx')}: 1 session(s), ${p.segments.length} segment(s)`);
    const back = join(dir, 'kembali.telaah.json');
    expect((await runCli(['import-qdpx', join(dir, 'studi.qdpx'), back])).code).toBe(0);
    const again = parseProjectFile(readFileSync(back, 'utf8'), 'kembali');
    expect(again.segments.map((s) => [s.text, s.codes.join()]).sort()).toEqual(p.segments.map((s) => [s.text, s.codes.join()]).sort());
    expect(await runCli(['import-qdpx', join(dir, 'studi.qdpx'), back])).toMatchObject({ code: 1, stderr: expect.stringContaining('exists') });
  });

  itWithRefi('imports the NVivo sample, and refuses a broken archive naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'telaah-qdpx-'));
    const run = await runCli(['import-qdpx', join(REFI, 'oltas0517.qdpx'), join(dir, 'nvivo.telaah.json')]);
    expect(run.stdout).toContain('2 session(s), 303 segment(s)');
    writeFileSync(join(dir, 'rusak.qdpx'), 'PK\u0003\u0004 bukan arsip');
    expect(await runCli(['import-qdpx', join(dir, 'rusak.qdpx'), join(dir, 'x.telaah.json')])).toMatchObject({ code: 1, stderr: 'rusak.qdpx: not a REFI-QDA project (.qdpx): the file is not a zip archive that can be read' });
    expect(existsSync(join(dir, 'x.telaah.json'))).toBe(false);
  });
});
