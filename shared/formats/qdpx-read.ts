/**
 * Reading a REFI-QDA project (`.qdpx`) from Telaah or another tool into a new study.
 * - The container is opened defensively: entry names with `..` or an absolute path, too
 *   many entries, and entries that would unpack beyond a sane size are refused before
 *   anything is unpacked; DOCTYPE/ENTITY declarations in the XML are refused (xml.ts).
 * - Lenient on input: any `*.qde` name at the root, `sources/` in any case, GUIDs in any
 *   case with or without braces, namespace spellings ignored.
 * - Codes become a codebook as their tree (codebook-qdc.ts). Text sources become sessions: a
 *   Telaah transcript reads back into its turns with speakers and times; other text is cut
 *   into turns at line breaks, never inside a coded selection. Selections are placed at the
 *   characters their producer meant (qdpx-offsets.ts) and become segments, one per coder,
 *   carrying every code coded on them and the selection's note as memo.
 * What cannot be placed (selections on media, codings of codes that are not codes to code with, sources without
 * text) is counted and reported, not guessed.
 */
import { coderForUnnamed, studyCoders } from '../coders.ts';
import type { Participant, Project, Segment, Session, Turn } from '../model.ts';
import { newId } from '../model.ts';
import { newParticipant, PseudonymPool } from '../participants.ts';
import { createStudy } from '../study.ts';
import { codebookFromXml } from './codebook-qdc.ts';
import { ImportError } from './import-error.ts';
import { countingOf, positionTable, toIndex } from './qdpx-offsets.ts';
import { reason } from './reasons.ts';
import { parseTranscriptTxt, transcriptLayout } from './transcript-txt.ts';
import { childNamed, childrenNamed, parseXml, XmlError, type XmlElement } from './xml.ts';
import { readZip } from './zip-read.ts';
import { cleanName } from '../text-clean.ts';
import { checkProject } from './project-restore.ts';
import { TELAAH_CHECK_ENTRY, TELAAH_PROJECT_ENTRY, telaahProject } from './qdpx-telaah.ts';

export interface QdpxImport {
  project: Project;
  /** What could not be brought in, by kind, for the user to know. */
  skipped: { selections: number; sources: number; codings: number };
  /** Values of Telaah's own copy of the study that had to be set aside to open it, each naming where it was. */
  setAside: ImportError[];
}

const bare = (guid: string | undefined) => (guid ?? '').toLowerCase().replace(/[{}]/g, '');

function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

interface Placed {
  turnIndex: number;
  start: number;
  end: number;
}

/** Turns of a source and a way to place a UTF-16 span of its text in them. */
interface Cut {
  turns: { speaker: string | null; timestamp: number | null; text: string }[];
  place(start: number, end: number): Placed | null;
}

/** A Telaah transcript: read it back into the turns it was written from. */
function telaahTurns(text: string, file: string): Cut | null {
  let parsed;
  try {
    parsed = parseTranscriptTxt(text, file);
  } catch {
    return null;
  }
  const layout = transcriptLayout(parsed);
  if (layout.text.trimEnd() !== text.replace(/\r\n?/g, '\n').trimEnd()) return null;
  return {
    turns: parsed,
    place(start, end) {
      const lo = Math.max(0, lastAtOrBefore(layout.starts, start));
      const from = layout.starts[lo] ?? 0;
      const to = from + (parsed[lo]?.text.length ?? 0);
      return start >= from && end <= to ? { turnIndex: lo, start: start - from, end: end - from } : null;
    },
  };
}

/** The index of the last value at or before `at` in ascending `values`, by halving; -1 when none is. */
function lastAtOrBefore(values: readonly number[], at: number): number {
  let lo = -1;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (values[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Other text: a turn per line, lines joined where a selection runs across the break. Linear in the text and the selections (after sorting them). */
function lineTurns(text: string, spans: readonly [number, number][]): Cut {
  const breaks: [number, number][] = [];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) breaks.push([m.index, m.index + m[0].length]);
  const byStart = [...spans].sort((a, b) => a[0] - b[0]);
  const blocks: { from: number; to: number }[] = [];
  let from = 0;
  // A break is crossed when a selection starting before its end ends after its start: the furthest end so far tells.
  let next = 0;
  let furthest = -1;
  for (const b of breaks) {
    while (next < byStart.length && byStart[next]![0] < b[1]) furthest = Math.max(furthest, byStart[next++]![1]);
    if (furthest > b[0]) continue;
    blocks.push({ from, to: b[0] });
    from = b[1];
  }
  blocks.push({ from, to: text.length });
  // No selection crosses a block's edge now: each lies in the block it starts in.
  const starts = blocks.map((b) => b.from);
  const selected = new Set(spans.filter(([s, e]) => e > s).map(([s]) => lastAtOrBefore(starts, s)));
  // Inside a block, a line break becomes a space, which keeps every later position in place but one per CRLF.
  const turns: Cut['turns'] = [];
  const kept: { from: number; to: number; map: (i: number) => number }[] = [];
  for (const [index, block] of blocks.entries()) {
    const raw = text.slice(block.from, block.to);
    if (raw.trim() === '' && !selected.has(index)) continue;
    const shifts: number[] = [];
    let out = '';
    for (let i = 0; i < raw.length; i++) {
      shifts.push(out.length);
      if (raw[i] === '\r' && raw[i + 1] === '\n') {
        out += ' ';
        shifts.push(out.length);
        i++;
      } else out += raw[i] === '\n' || raw[i] === '\r' ? ' ' : raw[i];
    }
    shifts.push(out.length);
    turns.push({ speaker: null, timestamp: null, text: out });
    kept.push({ from: block.from, to: block.to, map: (i) => shifts[i - block.from]! });
  }
  const keptStarts = kept.map((k) => k.from);
  return {
    turns,
    place(start, end) {
      const i = lastAtOrBefore(keptStarts, start);
      return i < 0 || end > kept[i]!.to ? null : { turnIndex: i, start: kept[i]!.map(start), end: kept[i]!.map(end) };
    },
  };
}

/** The codes the project's text selections are coded with, by GUID. */
function codedGuids(root: XmlElement): Set<string> {
  const coded = new Set<string>();
  for (const source of childrenNamed(childNamed(root, 'Sources') ?? root, 'TextSource')) {
    for (const selection of childrenNamed(source, 'PlainTextSelection')) {
      for (const coding of childrenNamed(selection, 'Coding')) coded.add(bare(childNamed(coding, 'CodeRef')?.attributes.targetGUID));
    }
  }
  return coded;
}

export function readQdpx(bytes: Uint8Array, file: string): QdpxImport {
  const isQde = (name: string) => /^[^/\\]+\.qde$/i.test(name);
  const zip = readZip(bytes, file, (name) => isQde(name) || /^sources[/\\][^/\\]+\.txt$/i.test(name) || name === TELAAH_PROJECT_ENTRY || name === TELAAH_CHECK_ENTRY, reason('qdpx.notZip'));
  const names = Object.keys(zip).filter((n) => n !== TELAAH_PROJECT_ENTRY && n !== TELAAH_CHECK_ENTRY);
  const qdes = names.filter(isQde);
  if (qdes.length === 0) throw new ImportError(file, null, reason('qdpx.noProject'));
  if (qdes.length > 1) throw new ImportError(file, null, reason('qdpx.twoProjects'));
  const sourceEntries = new Map(names.filter((n) => !isQde(n)).map((n) => [n.replace(/^sources[/\\]/i, '').toLowerCase(), n]));

  const qdeText = decodeUtf8(zip[qdes[0]!]!);
  // Telaah's own export, untouched since: the whole study as it was written, nothing lost.
  const exact = telaahProject(zip, qdeText, file);
  if (exact) return { ...exact, skipped: { selections: 0, sources: 0, codings: 0 } };
  let root: XmlElement;
  try {
    root = parseXml(qdeText);
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    throw new ImportError(`${file}/${qdes[0]}`, error.line, error.kind === 'doctype' ? reason('xml.doctype') : reason('xml.malformed', { detail: error.message }));
  }
  if (root.name !== 'Project') throw new ImportError(`${file}/${qdes[0]}`, root.line, reason('qdpx.noProject'));
  const origin = root.attributes.origin ?? '';
  const fromTelaah = origin.startsWith('Telaah');
  const title = root.attributes.name?.trim() || file.replace(/\.qdpx$/i, '');
  const stamped = Number((root.attributes.creationDateTime ?? '').slice(0, 4));
  const year = stamped >= 1000 && stamped <= 9999 ? stamped : new Date().getFullYear();
  const study = createStudy(title, year);
  const notes = new Map(childrenNamed(childNamed(root, 'Notes') ?? root, 'Note').map((n) => [bare(n.attributes.guid), childNamed(n, 'PlainTextContent')?.text.trim() ?? '']));
  const memoOf = (e: XmlElement) => childrenNamed(e, 'NoteRef').map((r) => notes.get(bare(r.attributes.targetGUID)) ?? '').filter(Boolean).join('\n\n');
  const codeBookEl = childNamed(root, 'CodeBook');
  const { codebook, codeOf } = codeBookEl
    ? codebookFromXml(codeBookEl, root, file, title, { notesOf: memoOf, coded: codedGuids(root) })
    : { codebook: { ...study.codebook, roles: [], agendas: [] }, codeOf: new Map<string, string>() };
  study.codebook = codebook;

  const users = new Map(childrenNamed(childNamed(root, 'Users') ?? root, 'User').map((u) => [bare(u.attributes.guid), cleanName(u.attributes.name ?? '') || 'Pengode']));
  const unnamedCoder = coderForUnnamed([...users.values()].map((name) => ({ name })));

  // Participants: in a Telaah file, its cases with their assistant type; speakers otherwise come from the text.
  const types = new Set(study.assistantTypes.map((t) => t.key));
  const participants: Participant[] = [];
  const pool = new PseudonymPool();
  const byLabel = new Map<string, Participant>();
  if (fromTelaah) {
    for (const c of childrenNamed(childNamed(root, 'Cases') ?? root, 'Case')) {
      const type = childrenNamed(c, 'VariableValue').map((v) => childNamed(v, 'TextValue')?.text.trim() ?? '').find((v) => types.has(v)) ?? null;
      const p = newParticipant(study.id, { label: c.attributes.name?.trim() || '?', assistantType: type }, pool);
      participants.push(p);
      byLabel.set(p.label, p);
    }
  }

  const skipped = { selections: 0, sources: 0, codings: 0 };
  const sessions: Session[] = [];
  const turns: Turn[] = [];
  const segments: Segment[] = [];
  const counting = countingOf(origin);
  for (const source of childrenNamed(childNamed(root, 'Sources') ?? root, 'TextSource')) {
    const path = source.attributes.plainTextPath ?? '';
    const entry = path.startsWith('internal://') ? sourceEntries.get(path.slice('internal://'.length).toLowerCase()) : undefined;
    const inline = childNamed(source, 'PlainTextContent')?.text;
    const text = entry && zip[entry] ? decodeUtf8(zip[entry]!) : inline;
    const selections = childrenNamed(source, 'PlainTextSelection');
    if (text === undefined) {
      skipped.sources++;
      skipped.selections += selections.length;
      continue;
    }
    const table = positionTable(text, counting);
    const spans = selections.map((s): [number, number] | null => {
      const start = toIndex(table, text, Number(s.attributes.startPosition));
      const end = toIndex(table, text, Number(s.attributes.endPosition));
      return start === null || end === null || end <= start ? null : [start, end];
    });
    const cut = (fromTelaah && telaahTurns(text, file)) || lineTurns(text, spans.filter((s): s is [number, number] => s !== null));
    const session: Session = { id: newId(), studyId: study.id, title: source.attributes.name?.trim() || `Sumber ${sessions.length + 1}`, date: '', place: '', moderator: '', noteTaker: '', memo: memoOf(source), roster: [], createdAt: new Date(Date.UTC(2000, 0, 1, 0, 0, sessions.length)).toISOString() };
    sessions.push(session);
    const ids = cut.turns.map((t, i) => {
      let speaker = t.speaker === null ? undefined : byLabel.get(t.speaker);
      if (t.speaker !== null && !speaker) {
        speaker = newParticipant(study.id, { label: t.speaker }, pool);
        participants.push(speaker);
        byLabel.set(speaker.label, speaker);
      }
      const turn: Turn = { id: newId(), sessionId: session.id, order: i + 1, speakerId: speaker?.id ?? null, timestamp: t.timestamp, text: t.text };
      turns.push(turn);
      return turn;
    });
    selections.forEach((sel, i) => {
      const span = spans[i];
      const at = span ? cut.place(span[0], span[1]) : null;
      if (!at) {
        skipped.selections++;
        return;
      }
      const turn = ids[at.turnIndex]!;
      // One segment per coder, holding every code that coder put on the selection.
      const byCoder = new Map<string, string[]>();
      for (const coding of childrenNamed(sel, 'Coding')) {
        const code = codeOf.get(bare(childNamed(coding, 'CodeRef')?.attributes.targetGUID));
        if (!code) {
          skipped.codings++;
          continue;
        }
        const coder = users.get(bare(coding.attributes.creatingUser ?? sel.attributes.creatingUser)) ?? unnamedCoder;
        byCoder.set(coder, [...new Set([...(byCoder.get(coder) ?? []), code])]);
      }
      for (const [coder, codes] of byCoder) {
        segments.push({ id: newId(), sessionId: session.id, turnId: turn.id, start: at.start, end: at.end, text: turn.text.slice(at.start, at.end), codes, assistantType: null, coder, memo: memoOf(sel), createdAt: (sel.attributes.creationDateTime ?? '') || study.createdAt });
      }
    });
  }
  const built: Project = { study, sessions, participants, turns, segments, summaries: [] };
  const project = { ...built, study: { ...study, coders: studyCoders(built) } };
  // Another tool's project meets the rules a stored study meets, or it is refused before anything is saved.
  checkProject(project, file);
  return { project, skipped, setAside: [] };
}
