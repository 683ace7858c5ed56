/**
 * Anonymised exports. Each participant's names (their real name, their label as
 * transcribed, and that label without an honorific such as "Bu" or "Pak") are replaced by
 * their pseudonym wherever they occur as whole words: in speaker columns, transcript text,
 * quotes, segment memos, cell summaries and session and code memos. Coded segments keep
 * covering the same words, their offsets moved with the text. A name that two participants
 * share after dropping the honorific is left to their full labels, which stay apart.
 *
 * The study's `exportNames` decides whether exports go through here ("pseudonym", the
 * default) or show labels as transcribed. An anonymised project also leaves out real names
 * and consent notes, so it can be shared as a project file without the study's name list.
 */
import type { Participant, Project, Segment } from './model.ts';

const HONORIFICS = /^(?:bu|ibu|pak|bapak|mas|mbak|sdr|sdri|saudara|saudari|dr|drs|ir|h|hj)\.?\s+/i;
const WORD = /[\p{L}\p{N}]/u;

/** The words each name stands for, longest first so "Bu Sari" wins over "Sari". */
function nameTable(participants: readonly Participant[]): Map<string, string> {
  const names = new Map<string, string>();
  const shared = new Set<string>();
  const add = (name: string, pseudonym: string, core: boolean) => {
    const key = name.trim().toLowerCase().replace(/\s+/g, ' ');
    if (key.length < 2 || key === pseudonym.toLowerCase()) return;
    const had = names.get(key);
    if (had !== undefined && had !== pseudonym) {
      if (core) shared.add(key);
      return;
    }
    names.set(key, pseudonym);
  };
  for (const p of participants) {
    add(p.realName, p.pseudonym, false);
    add(p.label, p.pseudonym, false);
  }
  for (const p of participants) {
    const core = p.label.replace(HONORIFICS, '');
    if (core !== p.label && core.trim().length >= 3) add(core, p.pseudonym, true);
  }
  for (const key of shared) names.delete(key);
  return new Map([...names].sort((a, b) => b[0].length - a[0].length));
}

interface Trie {
  end: boolean;
  next: Map<string, Trie>;
}

/**
 * One pattern for all the names, shaped as a trie ("bu sari" and "bu sri" share "bu s"),
 * so the search rejects a position at its first letter instead of trying every name
 * there: hundreds of participants cost little more than a few. Greedy, so the longest
 * name at a position wins, as "Bu Sari" over "Sari". A space matches any white space.
 */
function trieSource(keys: readonly string[]): string {
  const root: Trie = { end: false, next: new Map() };
  for (const key of keys) {
    let node = root;
    for (const char of key) {
      let child = node.next.get(char);
      if (!child) node.next.set(char, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const literal = (char: string) => (char === ' ' ? '\\s+' : char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  // A run of letters no other name branches from is written as one literal, not one nested group per letter: a name thousands of characters long stays shallow.
  const source = (node: Trie): string => {
    const branches = [...node.next].map(([char, start]) => {
      let run = literal(char);
      let child = start;
      while (!child.end && child.next.size === 1) {
        const [next, after] = child.next.entries().next().value!;
        run += literal(next);
        child = after;
      }
      return run + source(child);
    });
    if (branches.length === 0) return '';
    const alternatives = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    return node.end ? `(?:${alternatives})?` : alternatives;
  };
  return source(root);
}

interface Replacement {
  from: number;
  to: number;
  text: string;
}

/** Text with names replaced, and where each old offset lands in the new text. */
export interface Rewritten {
  text: string;
  /** `side` says which edge of a replaced name an offset inside it moves to. */
  offset(old: number, side: 'start' | 'end'): number;
  /** The way back: where an offset in the new text was in the old one. */
  original(offset: number, side: 'start' | 'end'): number;
}

export class NameReplacer {
  private readonly names: Map<string, string>;
  private readonly pattern: RegExp | null;

  constructor(participants: readonly Participant[]) {
    this.names = nameTable(participants);
    this.pattern = this.names.size ? new RegExp(trieSource([...this.names.keys()]), 'giu') : null;
  }

  /** Whether any participant has a name to replace. */
  get replacesAny(): boolean {
    return this.pattern !== null;
  }

  private replacements(text: string): Replacement[] {
    if (!this.pattern) return [];
    const found: Replacement[] = [];
    for (const match of text.matchAll(this.pattern)) {
      const from = match.index;
      const to = from + match[0].length;
      // Whole words only: "Sari" is not replaced inside "Sariyem" or "bersari".
      if (WORD.test(text[from - 1] ?? '') || WORD.test(text[to] ?? '')) continue;
      const pseudonym = this.names.get(match[0].toLowerCase().replace(/\s+/g, ' '));
      if (pseudonym !== undefined) found.push({ from, to, text: pseudonym });
    }
    return found;
  }

  rewrite(text: string): Rewritten {
    const found = this.replacements(text);
    if (found.length === 0) return { text, offset: (old) => old, original: (offset) => offset };
    let out = '';
    let at = 0;
    const moved: { from: number; to: number; newFrom: number; newTo: number }[] = [];
    for (const r of found) {
      out += text.slice(at, r.from);
      moved.push({ from: r.from, to: r.to, newFrom: out.length, newTo: out.length + r.text.length });
      out += r.text;
      at = r.to;
    }
    out += text.slice(at);
    return {
      text: out,
      offset(old, side) {
        let shift = 0;
        for (const m of moved) {
          if (old <= m.from) break;
          if (old < m.to) return side === 'start' ? m.newFrom : m.newTo;
          shift = m.newTo - m.to;
        }
        return old + shift;
      },
      original(offset, side) {
        let shift = 0;
        for (const m of moved) {
          if (offset <= m.newFrom) break;
          if (offset < m.newTo) return side === 'start' ? m.from : m.to;
          shift = m.to - m.newTo;
        }
        return offset + shift;
      },
    };
  }

  text(text: string): string {
    return this.rewrite(text).text;
  }
}

/**
 * The whole study with participants known only by their pseudonyms. With `turnTexts`
 * false the turns come without their text (''), for exports that print only segments,
 * summaries and memos (the tables): the screen preparing them then holds no second copy of
 * the transcripts.
 */
export function anonymiseProject(project: Project, { turnTexts = true }: { turnTexts?: boolean } = {}): Project {
  const names = new NameReplacer(project.participants);
  const coded = new Set(project.segments.map((s) => s.turnId));
  const turns = new Map<string, Rewritten>();
  const outTurns = project.turns.map((turn) => {
    // Without turn texts, only the turns holding segments are rewritten, to place their quotes.
    if (!turnTexts && !coded.has(turn.id)) return { ...turn, text: '' };
    const rewritten = names.rewrite(turn.text);
    turns.set(turn.id, rewritten);
    return { ...turn, text: turnTexts ? rewritten.text : '' };
  });
  const segments = project.segments.map((segment): Segment => {
    const rewritten = turns.get(segment.turnId);
    const start = rewritten ? rewritten.offset(segment.start, 'start') : segment.start;
    const end = rewritten ? rewritten.offset(segment.end, 'end') : segment.end;
    return { ...segment, start, end, text: rewritten ? rewritten.text.slice(start, end) : names.text(segment.text), memo: names.text(segment.memo) };
  });
  const { codebook } = project.study;
  return {
    study: { ...project.study, codebook: { ...codebook, memos: codebook.memos.map((m) => ({ ...m, text: names.text(m.text) })) } },
    sessions: project.sessions.map((s) => ({ ...s, memo: names.text(s.memo) })),
    participants: project.participants.map((p) => ({ ...p, label: p.pseudonym, realName: '', consent: { ...p.consent, notes: '' } })),
    turns: outTurns,
    segments,
    summaries: project.summaries.map((s) => ({ ...s, text: names.text(s.text) })),
  };
}

/** The project as the study's exports show it: anonymised unless the study exports labels. */
export function forExport(project: Project): Project {
  return project.study.exportNames === 'label' ? project : anonymiseProject(project);
}

/** The project as the study's tables show it: as `forExport`, but the turns without their text, which no table prints. */
export function forTables(project: Project): Project {
  if (project.study.exportNames === 'label') return { ...project, turns: project.turns.map((t) => ({ ...t, text: '' })) };
  return anonymiseProject(project, { turnTexts: false });
}
