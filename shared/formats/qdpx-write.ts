/**
 * A study as a REFI-QDA project (`.qdpx`), for NVivo, ATLAS.ti, MAXQDA and QualCoder:
 * a zip holding `project.qde` and `sources/<guid>.txt`, one UTF-8 text per session in
 * Telaah's transcript format (LF line ends, so every counting agrees on line breaks).
 * - The codebook is nested codes, as in the .qdc export (code-tree.ts): roles as
 *   non-codable parents, codes (`4.1.3 <row>`) as codable children, a matrix's agendas
 *   as Sets.
 * - Segments are PlainTextSelections at code-point positions with one Coding per code,
 *   made by their coder (a User).
 * - Participants are Cases with their assistant type as a Variable.
 * - Segment and session memos are Notes, and so are code memos where the code's
 *   description is its row's.
 * Output is strict: a test validates it against Project-mrt2019.xsd. GUIDs are stable, so
 * exporting twice gives the same project.
 */
import { strToU8, zipSync } from 'fflate';
import { studyCoders } from '../coders.ts';
import type { Project } from '../model.ts';
import { sessionTurns, transcriptOf } from '../transcript.ts';
import { agendaSets, codeTree } from './code-tree.ts';
import { stableGuid } from './guid.ts';
import { codePointsBefore } from './qdpx-offsets.ts';
import { transcriptLayout } from './transcript-txt.ts';
import { escapeXml } from './xml.ts';
import { telaahEntries } from './qdpx-telaah.ts';

const attrs = (values: Record<string, string | number | undefined>) =>
  Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}="${escapeXml(String(v))}"`)
    .join(' ');

const description = (text: string) => (text.trim() ? `<Description>${escapeXml(text)}</Description>` : '');

export function writeQdpx(project: Project): Uint8Array {
  const { study } = project;
  const guid = (what: string) => stableGuid(`${study.id}/qdpx/${what}`);
  const { codebook } = study;
  const codeGuid = (code: string) => guid(`code/${code}`);
  const users = new Map(studyCoders(project).map((c) => [c.name, guid(`user/${c.name}`)]));
  const notes: string[] = [];
  const note = (key: string, name: string, text: string) => {
    if (!text.trim()) return '';
    const id = guid(`note/${key}`);
    notes.push(`<Note ${attrs({ guid: id, name })}><PlainTextContent>${escapeXml(text)}</PlainTextContent></Note>`);
    return `<NoteRef targetGUID="${id}"/>`;
  };
  const codeXml = codeTree(codebook).map((parent) => {
    const children = parent.children.map((c) => `<Code ${attrs({ guid: codeGuid(c.code.code), name: c.name, isCodable: 'true', color: c.color })}>${description(c.description)}${note(`code/${c.code.code}`, c.code.code, c.note)}</Code>`);
    return `<Code ${attrs({ guid: guid(`role/${parent.role.number}`), name: parent.name, isCodable: 'false', color: parent.color })}>${description(parent.description)}${children.join('')}</Code>`;
  });

  const typeVariable = guid('variable/assistant-type');
  const cases = project.participants.map(
    (p) =>
      `<Case ${attrs({ guid: guid(`case/${p.id}`), name: p.label })}>${p.assistantType ? `<VariableValue><VariableRef targetGUID="${typeVariable}"/><TextValue>${escapeXml(p.assistantType)}</TextValue></VariableValue>` : ''}</Case>`,
  );

  const files: Record<string, Uint8Array> = {};
  const sources = project.sessions.map((session) => {
    const turns = sessionTurns(project, session.id);
    const { text, starts } = transcriptLayout(transcriptOf(project, session.id));
    const cp = codePointsBefore(text);
    const id = guid(`source/${session.id}`);
    files[`sources/${id}.txt`] = strToU8(text);
    const startOf = new Map(turns.map((t, i) => [t.id, starts[i]!]));
    const selections = project.segments
      .filter((s) => s.sessionId === session.id && startOf.has(s.turnId))
      .map((s) => {
        const base = startOf.get(s.turnId)!;
        const codings = s.codes
          .map((code) => `<Coding ${attrs({ guid: guid(`coding/${s.id}/${code}`), creatingUser: users.get(s.coder) })}><CodeRef targetGUID="${codeGuid(code)}"/></Coding>`)
          .join('');
        return `<PlainTextSelection ${attrs({ guid: guid(`selection/${s.id}`), name: s.text.slice(0, 60), startPosition: cp(base + s.start), endPosition: cp(base + s.end), creatingUser: users.get(s.coder), creationDateTime: s.createdAt.replace(/\.\d+Z$/, 'Z') })}>${codings}${note(`segment/${s.id}`, s.text.slice(0, 60), s.memo)}</PlainTextSelection>`;
      });
    const memoRef = note(`session/${session.id}`, session.title, session.memo);
    return `<TextSource ${attrs({ guid: id, name: session.title, plainTextPath: `internal://${id}.txt` })}>${selections.join('')}${memoRef}</TextSource>`;
  });

  const sets = agendaSets(codebook).map(
    ({ agenda, members }) => `<Set ${attrs({ guid: guid(`agenda/${agenda.number}`), name: agenda.label.id })}>${description(agenda.definition.id)}${members.map((c) => `<MemberCode targetGUID="${codeGuid(c.code)}"/>`).join('')}</Set>`,
  );

  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<Project xmlns="urn:QDA-XML:project:1.0" ${attrs({ name: study.title, origin: 'Telaah', creationDateTime: study.createdAt.replace(/\.\d+Z$/, 'Z') })}>`,
    users.size ? `<Users>${[...users].map(([name, id]) => `<User ${attrs({ guid: id, name })}/>`).join('')}</Users>` : '',
    codeXml.length ? `<CodeBook><Codes>${codeXml.join('')}</Codes></CodeBook>` : '',
    `<Variables><Variable ${attrs({ guid: typeVariable, name: 'Jenis pendamping', typeOfVariable: 'Text' })}/></Variables>`,
    cases.length ? `<Cases>${cases.join('')}</Cases>` : '',
    sources.length ? `<Sources>${sources.join('')}</Sources>` : '',
    notes.length ? `<Notes>${notes.join('')}</Notes>` : '',
    sets.length ? `<Sets>${sets.join('')}</Sets>` : '',
    '</Project>',
  ]
    .filter(Boolean)
    .join('\n');
  files['project.qde'] = strToU8(xml + '\n');
  Object.assign(files, telaahEntries(project, xml + '\n'));
  // A fixed time for every entry keeps the bytes the same from one export to the next.
  return zipSync(files, { mtime: new Date('2000-01-01T00:00:00Z') });
}
