/**
 * A small tokenizer for the markup that transcription tools save: oTranscribe's
 * contentEditable HTML and Word's document XML (namespaced names such as `w:p`). It
 * yields tags with their attributes and text with entities decoded. Scripts and other
 * markup are never interpreted, only read as tokens.
 */
import { decodeEntities } from './cues.ts';

export type HtmlToken =
  | { kind: 'text'; text: string }
  | { kind: 'open'; name: string; attributes: Record<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string };

function attributesOf(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const pattern = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    attributes[(m[1] ?? '').toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attributes;
}

export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt < 0) {
      tokens.push({ kind: 'text', text: decodeEntities(html.slice(at)) });
      break;
    }
    if (lt > at) tokens.push({ kind: 'text', text: decodeEntities(html.slice(at, lt)) });
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      at = end < 0 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      tokens.push({ kind: 'text', text: decodeEntities(html.slice(lt)) });
      break;
    }
    const inside = html.slice(lt + 1, gt).trim();
    const closing = inside.startsWith('/');
    const body = closing ? inside.slice(1).trim() : inside.replace(/\/$/, '');
    const name = (/^[A-Za-z][\w:.-]*/.exec(body)?.[0] ?? '').toLowerCase();
    if (name !== '') {
      if (closing) tokens.push({ kind: 'close', name });
      else tokens.push({ kind: 'open', name, attributes: attributesOf(body.slice(name.length)), selfClosing: inside.endsWith('/') });
    }
    at = gt + 1;
  }
  return tokens;
}
