/**
 * Hostile text in every place a user or an imported file can put it (speaker labels,
 * transcript text, summaries, memos, role names, study titles) stays text in every
 * export: HTML, Markdown, LaTeX, Word and Excel. The same corpus is pasted and imported in
 * the browser by tests/e2e/safety.spec.ts.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { escapeHtml, exportTables } from '../../shared/formats/tables-write.ts';
import { parseXml, type XmlElement } from '../../shared/formats/xml.ts';
import type { Project } from '../../shared/model.ts';
import { codedStudy } from './sample-project.ts';

const XSS_CORPUS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '<a href="javascript:alert(1)">klik</a>',
  '</td></tr></table><script>alert(1)</script>',
  '<style>body{display:none}</style>',
  '&lt;script&gt;sudah di-escape&lt;/script&gt;',
  '<!-- komentar --><b onmouseover=alert(1)>tebal</b>',
  '<math><mi xlink:href="data:x,<script>alert(1)</script>">',
  '\\input{/etc/passwd} \\write18{rm -rf ~} $x^2$ 100% #1 _a_ {b}',
  ']]><![CDATA[<script>alert(1)</script>',
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e;',
];

/** A study whose every user-written text carries the corpus. */
function hostileStudy(): Project {
  const p = codedStudy();
  const all = XSS_CORPUS.join(' ');
  return {
    ...p,
    study: {
      ...p.study,
      title: `Studi ${XSS_CORPUS[0]}`,
      exportNames: 'label',
      codebook: { ...p.study.codebook, roles: p.study.codebook.roles.map((r, i) => ({ ...r, name: { id: `${r.name.id} ${XSS_CORPUS[i + 1]}`, en: r.name.en } })) },
    },
    participants: p.participants.map((x, i) => ({ ...x, label: `${x.label} ${XSS_CORPUS[i % XSS_CORPUS.length]}` })),
    summaries: p.summaries.map((s) => ({ ...s, text: `- ${all}` })),
    segments: p.segments.map((s) => ({ ...s, text: `${s.text} ${all}` })),
  };
}

function texts(element: XmlElement): string[] {
  return [element.text, ...element.children.flatMap(texts)];
}

describe('hostile text in the exports', () => {
  it('is escaped in the HTML tables: no element, attribute or entity of its own survives', async () => {
    const [file] = await exportTables(hostileStudy(), { mode: 'summary+exemplars', format: 'html', lang: 'id' });
    const html = file!.content as string;
    const [quotes] = await exportTables(hostileStudy(), { mode: 'quotes', format: 'html', lang: 'id' });
    for (const doc of [html, quotes!.content as string]) {
      for (const hostile of XSS_CORPUS.filter((h) => /[<>"']/.test(h))) expect(doc).not.toContain(hostile);
      // The document's own <style> is in its head; the tables are in the body.
      expect(doc.slice(doc.indexOf('<body>'))).not.toMatch(/<(script|img|svg|iframe|a|style|math|b)[\s>]/i);
      expect(doc).toContain(escapeHtml(XSS_CORPUS[1]!));
    }
  });

  it('is escaped in Markdown, so a renderer shows it as text', async () => {
    const [file] = await exportTables(hostileStudy(), { mode: 'quotes', format: 'md', lang: 'id' });
    const md = file!.content as string;
    expect(md).not.toMatch(/<(script|img|svg|iframe|a|style|math|b)[\s>]/i);
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('cannot run LaTeX commands or break out of a cell', async () => {
    const [file] = await exportTables(hostileStudy(), { mode: 'quotes', format: 'tex', lang: 'id' });
    const tex = file!.content as string;
    expect(tex).not.toContain('\\input{');
    expect(tex).not.toContain('\\write18');
    expect(tex).toContain('\\textbackslash{}input\\{/etc/passwd\\}');
  });

  it('is plain text in the Word document, which stays well-formed XML', async () => {
    const [file] = await exportTables(hostileStudy(), { mode: 'quotes', format: 'docx', lang: 'id' });
    const xml = strFromU8(unzipSync(file!.content as Uint8Array)['word/document.xml']!);
    const body = texts(parseXml(xml)).join('');
    for (const hostile of XSS_CORPUS.slice(0, 6)) expect(body).toContain(hostile);
    expect(xml).not.toContain('<script');
  });

  it('is a string cell in the Excel workbook, never a formula', async () => {
    const [file] = await exportTables(hostileStudy(), { mode: 'quotes', format: 'xlsx', lang: 'id' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((file!.content as Uint8Array).buffer as ArrayBuffer);
    const cells: unknown[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => void cells.push(c.value))));
    expect(cells.some((v) => typeof v === 'string' && v.includes(XSS_CORPUS[0]!))).toBe(true);
    expect(cells.every((v) => typeof v === 'string' || typeof v === 'number' || v === null)).toBe(true);
  });
});
