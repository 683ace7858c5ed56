/** The Word tables' two styles, read from the document's XML as Word reads it. */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tablesToDocx } from '../../shared/formats/tables-docx.ts';
import { buildTables } from '../../shared/tables.ts';
import { codedStudy } from './sample-project.ts';

async function documentXml(style: 'grid' | 'thesis'): Promise<string> {
  const tables = buildTables(codedStudy(), { mode: 'summary', lang: 'id', numberPrefix: '4.' });
  return strFromU8(unzipSync(await tablesToDocx(tables, style))['word/document.xml']!);
}

/** The first paragraph's runs: their text and whether each is bold. */
function captionRuns(xml: string): [string, boolean][] {
  const paragraph = /<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/.exec(xml)![0];
  return [...paragraph.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((r) => [/<w:t[^>]*>([^<]*)<\/w:t>/.exec(r[1]!)![1]!, /<w:b\/>|<w:b w:val="true"\/>/.test(r[1]!)]);
}

describe('the Word tables', () => {
  it('keep room between the text and the rules in both styles', async () => {
    for (const style of ['grid', 'thesis'] as const) {
      const xml = await documentXml(style);
      expect(xml, style).toMatch(/<w:tblCellMar>[\s\S]*?<w:top w:type="dxa" w:w="57"\/>[\s\S]*?<w:left w:type="dxa" w:w="108"\/>/);
    }
  });

  it('in the full grid, rule every cell and set the whole caption bold', async () => {
    const xml = await documentXml('grid');
    expect(captionRuns(xml)).toEqual([['Tabel 4.1 Peran Pendamping Sosial sebagai Broker', true]]);
    expect(xml).not.toMatch(/<w:insideV w:val="none"/);
  });

  it('as a thesis guide asks: horizontal rules only, "Tabel 4.1" bold and its title not, Times New Roman 12 at 1.5 lines', async () => {
    const xml = await documentXml('thesis');
    expect(captionRuns(xml)).toEqual([
      ['Tabel 4.1', true],
      [' Peran Pendamping Sosial sebagai Broker', false],
    ]);
    const borders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(xml)![1]!;
    expect(borders).toMatch(/<w:top w:val="single"/);
    expect(borders).toMatch(/<w:bottom w:val="single"/);
    for (const side of ['left', 'right', 'insideH', 'insideV']) expect(borders, side).toMatch(new RegExp(`<w:${side} w:val="none"`));
    // The header is ruled off from the body.
    expect(xml).toMatch(/<w:tcBorders><w:bottom w:val="single"/);
    expect(xml).toMatch(/<w:spacing w:line="360"\/>/);
    const styles = strFromU8(unzipSync(await tablesToDocx(buildTables(codedStudy(), { mode: 'summary', lang: 'id' }), 'thesis'))['word/styles.xml']!);
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    expect(styles).toMatch(/<w:sz w:val="24"\/>/);
  });
});
