/**
 * A small, strict-enough XML reader and an escaping helper for writers, for the REFI-QDA
 * files (.qdc codebooks, .qde projects). Pure TypeScript so the CLI and the renderer read
 * the same way. Element names are reduced to their local part, because tools write the
 * REFI namespace in several spellings. DOCTYPE and ENTITY declarations are refused
 * outright: they are how XML bombs and external-entity reads get in. Nesting is bounded.
 */
import { withoutForbidden } from '../text-clean.ts';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  /** 1-based line of the element's start tag, for error messages. */
  line: number;
}

export class XmlError extends Error {
  constructor(
    readonly line: number,
    readonly kind: 'doctype' | 'malformed',
    message: string,
  ) {
    super(message);
  }
}


const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(raw: string, line: number): string {
  return raw.replace(/&(#x[0-9a-f]+|#\d+|\w+);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(cp) || cp > 0x10ffff) throw new XmlError(line, 'malformed', `bad character reference ${whole}`);
      return String.fromCodePoint(cp);
    }
    const named = NAMED[ref];
    if (named === undefined) throw new XmlError(line, 'malformed', `unknown entity ${whole}`);
    return named;
  });
}

const localName = (qualified: string) => qualified.slice(qualified.indexOf(':') + 1);

/**
 * REFI-QDA files nest codes a few levels deep; a document nested deeper than this is
 * refused, so that walking the tree can never exhaust the stack.
 */
export const MAX_XML_DEPTH = 256;

/** Parse a whole document and return its root element. */
export function parseXml(source: string): XmlElement {
  const text = source.replace(/^\uFEFF/, '');
  let pos = 0;
  let line = 1;
  const advance = (to: number) => {
    for (let i = pos; i < to; i++) if (text.charCodeAt(i) === 10) line++;
    pos = to;
  };
  const fail = (message: string): never => {
    throw new XmlError(line, 'malformed', message);
  };
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    const chunk = lt < 0 ? text.slice(pos) : text.slice(pos, lt);
    if (stack.length > 0) stack[stack.length - 1]!.text += decode(chunk, line);
    else if (chunk.trim() !== '') fail('text outside the root element');
    advance(lt < 0 ? text.length : lt);
    if (lt < 0) break;
    if (text.startsWith('<!--', pos)) {
      const end = text.indexOf('-->', pos);
      if (end < 0) fail('unclosed comment');
      advance(end + 3);
    } else if (text.startsWith('<![CDATA[', pos)) {
      const end = text.indexOf(']]>', pos);
      if (end < 0 || stack.length === 0) fail('misplaced CDATA');
      stack[stack.length - 1]!.text += text.slice(pos + 9, end);
      advance(end + 3);
    } else if (text.startsWith('<!', pos)) {
      throw new XmlError(line, 'doctype', 'DOCTYPE and ENTITY declarations are not accepted');
    } else if (text.startsWith('<?', pos)) {
      const end = text.indexOf('?>', pos);
      if (end < 0) fail('unclosed processing instruction');
      advance(end + 2);
    } else if (text.startsWith('</', pos)) {
      const end = text.indexOf('>', pos);
      if (end < 0) fail('unclosed end tag');
      const name = localName(text.slice(pos + 2, end).trim());
      const open = stack.pop();
      if (!open || open.name !== name) fail(`</${name}> does not close <${open?.name ?? ''}>`);
      advance(end + 1);
    } else {
      const tag = /^<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(text.slice(pos, pos + 100_000));
      if (!tag) fail('malformed start tag');
      const element: XmlElement = { name: localName(tag![1]!), attributes: {}, children: [], text: '', line };
      for (const a of tag![2]!.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        element.attributes[localName(a[1]!)] = decode(a[2] ?? a[3] ?? '', line);
      }
      if (stack.length > 0) stack[stack.length - 1]!.children.push(element);
      else if (root) fail('a second root element');
      else root = element;
      if (tag![3] !== '/') stack.push(element);
      if (stack.length > MAX_XML_DEPTH) fail(`elements nested deeper than ${MAX_XML_DEPTH} levels`);
      advance(pos + tag![0].length);
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1]!.name}> is not closed`);
  if (!root) fail('no root element');
  return root!;
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

/** Text for element content and attribute values, with the five XML specials escaped and characters XML cannot hold left out. */
export function escapeXml(value: string): string {
  return withoutForbidden(value).replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);
}
