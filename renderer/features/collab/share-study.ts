/**
 * A study becomes a team's: shared to a server (uploaded whole, once, by its owner), or
 * joined from an invitation (taken whole from the server into this computer's database).
 * Every document also gets a copy in this browser's IndexedDB (y-indexeddb), so a shared
 * study opens and is worked on offline and merges when the server is back.
 */
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { readInvitation } from '../../../shared/collab/invitation.ts';
import { readSession, writeTurns } from '../../../shared/collab/session-doc.ts';
import { contentsByTurn } from '../../../shared/collab/turn-content.ts';
import { serverAddress } from '../../../shared/collab/server-address.ts';
import { serverApi } from '../../../shared/collab/server-api.ts';
import { readStudy, writeStudy } from '../../../shared/collab/study-doc.ts';
import type { Api } from '../../../shared/api.ts';
import type { Project, Study } from '../../../shared/model.ts';
import { addProject, loadProject, StudyExists } from '../../db/project.ts';
import type { ShareRow, TelaahDb } from '../../db/schema.ts';
import { documentName, StudyConnection } from './study-connection.ts';

/** How far an upload or a download has come: documents done of all. */
export type Progress = (done: number, total: number) => void;

/** The host's door to the network: a server must be let through before it is reached (the desktop app lets out nothing else). */
export type Network = Pick<Api, 'allowServer'>;

/** The name of a document's copy in this browser. */
export const localCopyName = (studyId: string, sessionId?: string) => `telaah-y:${documentName(studyId, sessionId)}`;

/** A document with its copy in this browser, read in before it is used. */
export async function withLocalCopy(doc: Y.Doc, studyId: string, sessionId?: string): Promise<IndexeddbPersistence> {
  const copy = new IndexeddbPersistence(localCopyName(studyId, sessionId), doc);
  await copy.whenSynced;
  return copy;
}

/** The documents of a study: its own, then one per session. */
function studyDocuments(project: Project): { doc: Y.Doc; sessionId?: string }[] {
  const studyDoc = new Y.Doc();
  writeStudy(studyDoc, project);
  return [
    { doc: studyDoc },
    ...project.sessions.map((session) => {
      const doc = new Y.Doc();
      writeTurns(doc, contentsByTurn(project.turns.filter((t) => t.sessionId === session.id), project.segments), null);
      return { doc, sessionId: session.id };
    }),
  ];
}

/** Puts a study of this computer on a server (with the server key), as its owner; it is shared from then on. */
export async function shareStudy(db: TelaahDb, net: Network, studyId: string, request: { server: string; serverKey: string; owner: string }, progress: Progress = () => {}): Promise<ShareRow> {
  const address = serverAddress(request.server);
  await net.allowServer(address.http);
  const project = await loadProject(db, studyId);
  const { member, token } = await serverApi.addStudy(address, request.serverKey, { id: studyId, title: project.study.title, owner: request.owner });
  const documents = studyDocuments(project);
  const connection = new StudyConnection(address, studyId, token);
  const copies: IndexeddbPersistence[] = [];
  try {
    let done = 0;
    for (const { doc, sessionId } of documents) {
      copies.push(await withLocalCopy(doc, studyId, sessionId));
      await connection.ready(doc, sessionId);
      progress(++done, documents.length);
    }
    await connection.sent();
  } finally {
    connection.destroy();
    for (const copy of copies) await copy.destroy();
  }
  const share: ShareRow = { studyId, server: request.server.trim(), token, memberId: member.id, memberName: member.name, role: member.role, sharedAt: new Date().toISOString() };
  await db.shares.put(share);
  return share;
}

/** Takes a shared study from its server into this computer, from an invitation. */
export async function joinStudy(db: TelaahDb, net: Network, invitationText: string, progress: Progress = () => {}): Promise<Study> {
  const invitation = readInvitation(invitationText);
  const { server, studyId, token } = invitation;
  await net.allowServer(server.http);
  const known = await db.studies.get(studyId);
  if (known) throw new StudyExists(known.title);
  const member = await serverApi.me(server, token, studyId);
  const connection = new StudyConnection(server, studyId, token);
  const docs: { doc: Y.Doc; sessionId?: string }[] = [];
  try {
    const studyDoc = new Y.Doc();
    await connection.ready(studyDoc);
    docs.push({ doc: studyDoc });
    const part = readStudy(studyDoc);
    if (!part) throw new Error('the server holds no study under this invitation');
    const project: Project = { ...part, turns: [], segments: [] };
    let done = 1;
    progress(done, part.sessions.length + 1);
    for (const session of part.sessions) {
      const doc = new Y.Doc();
      await connection.ready(doc, session.id);
      docs.push({ doc, sessionId: session.id });
      const { turns, segments } = readSession(doc, session.id);
      project.turns.push(...turns);
      project.segments.push(...segments);
      progress(++done, part.sessions.length + 1);
    }
    for (const { doc, sessionId } of docs) await (await withLocalCopy(doc, studyId, sessionId)).destroy();
    await addProject(db, project);
    await db.shares.put({ studyId, server: server.http, token, memberId: member.id, memberName: member.name, role: member.role, sharedAt: new Date().toISOString() });
    return project.study;
  } finally {
    connection.destroy();
  }
}

