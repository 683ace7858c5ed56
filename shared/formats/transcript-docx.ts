/**
 * Reading Word documents as transcripts: each body paragraph is a line of the plain-text
 * transcript format (`[hh:mm:ss] Name: text`, timestamp optional), so a paragraph without
 * a name continues the turn above it, and errors name the paragraph. The writer is in
 * transcript-docx-write.ts (loaded only when a .docx is written).
 */
import { strFromU8 } from 'fflate';
import { tokenizeHtml } from './html-text.ts';
import { ImportError } from './import-error.ts';
import { reason } from './reasons.ts';
import { parseTranscriptTxt, type TranscriptTurn } from './transcript-txt.ts';
import { readZip, ZIP_LIMITS } from './zip-read.ts';

/**
 * The body paragraphs of a .docx as plain text, in order. Headings (a document title) and
 * tables (session details) are not transcript, so they are left out.
 */
export function docxParagraphs(bytes: Uint8Array, file: string): string[] {
  const entry = readZip(bytes, file, (name) => name === 'word/document.xml', reason('docx.invalid'), ZIP_LIMITS.docxText)['word/document.xml'];
  if (!entry) throw new ImportError(file, null, reason('docx.invalid'));
  const xml = strFromU8(entry);
  // Entity declarations can expand without bound; a Word document never needs them.
  if (/<!(DOCTYPE|ENTITY)/i.test(xml)) throw new ImportError(file, null, reason('xml.doctype'));
  const paragraphs: string[] = [];
  let current: { text: string; skip: boolean } | null = null;
  let inText = false;
  let tables = 0;
  for (const token of tokenizeHtml(xml)) {
    if (token.kind === 'open' && token.name === 'w:tbl') tables++;
    else if (token.kind === 'close' && token.name === 'w:tbl') tables = Math.max(0, tables - 1);
    else if (token.kind === 'open' && token.name === 'w:p') {
      current = { text: '', skip: tables > 0 };
      if (token.selfClosing) {
        if (!current.skip) paragraphs.push('');
        current = null;
      }
    } else if (token.kind === 'open' && token.name === 'w:pstyle' && current) {
      if (/^(heading|title|judul)/i.test(token.attributes['w:val'] ?? '')) current.skip = true;
    } else if (token.kind === 'close' && token.name === 'w:p' && current) {
      if (!current.skip) paragraphs.push(current.text);
      current = null;
    } else if (token.kind === 'open' && token.name === 'w:t') inText = !token.selfClosing;
    else if (token.kind === 'close' && token.name === 'w:t') inText = false;
    else if (token.kind === 'open' && (token.name === 'w:tab' || token.name === 'w:br' || token.name === 'w:cr') && current) current.text += ' ';
    else if (token.kind === 'text' && inText && current) current.text += token.text;
  }
  return paragraphs;
}

export function parseDocx(bytes: Uint8Array, file: string): TranscriptTurn[] {
  // One paragraph per line: the line numbers of the text format are paragraph numbers.
  return parseTranscriptTxt(docxParagraphs(bytes, file).join('\n'), file);
}
