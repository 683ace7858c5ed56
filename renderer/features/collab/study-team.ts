/**
 * A shared study while it is open in this tab: its documents (the study's own and one per
 * session) with their copies in this browser, on one line to the server, and kept in this
 * computer's database: the study's records both ways (study-mirror.ts), each session's
 * transcript from its document (session-mirror.ts) unless the transcript screen has it
 * open, which then borrows the session's document (`session`). Sessions a teammate adds or
 * removes are opened or closed as they come and go. Who else has the study open, and in
 * which session, is on the study document's awareness (`whereabouts`).
 */
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { turnsOf, writeTurns, type TurnContent } from '../../../shared/collab/session-doc.ts';
import { contentKey, contentsByTurn } from '../../../shared/collab/turn-content.ts';
import type { Project } from '../../../shared/model.ts';
import { writeSharedTranscriptsWith } from '../../db/shared-transcripts.ts';
import { serverAddress } from '../../../shared/collab/server-address.ts';
import { documentRecords } from '../../../shared/collab/study-doc.ts';
import type { ShareRow, TelaahDb } from '../../db/schema.ts';
import { SessionMirror } from './session-mirror.ts';
import { withLocalCopy, type Network } from './share-study.ts';
import { StudyConnection, type ConnectionEvents } from './study-connection.ts';
import { StudyMirror } from './study-mirror.ts';
import { Whereabouts } from './presence.ts';

interface OpenDocument {
  doc: Y.Doc;
  copy: IndexeddbPersistence;
  provider: HocuspocusProvider;
  /** Resolves once the document holds something to show: its copy here, or the server's. */
  ready: Promise<void>;
  mirror: SessionMirror | null;
}

/** A session's document lent to the transcript screen; give it back with `release`. */
export interface BorrowedSession {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  release(): void;
}

export class StudyTeam {
  private readonly sessions = new Map<string, Promise<OpenDocument>>();
  private studyMirror: StudyMirror | null = null;
  private studyDoc: OpenDocument | null = null;
  /** Who else has the study open, and in which session. */
  whereabouts: Whereabouts | null = null;
  private closed = false;
  private readonly onSessions = () => void this.followSessions();
  private stopWriting: () => void = () => {};

  private constructor(
    private readonly db: TelaahDb,
    readonly share: ShareRow,
    readonly connection: StudyConnection,
    private readonly onError: (error: unknown) => void,
  ) {}

  static async open(db: TelaahDb, net: Network, share: ShareRow, events: Partial<ConnectionEvents> = {}, onError: (error: unknown) => void = (e) => console.error(e)): Promise<StudyTeam> {
    await net.allowServer(share.server);
    const team = new StudyTeam(db, share, new StudyConnection(serverAddress(share.server), share.studyId, share.token, events), onError);
    try {
      const study = await team.openDocument();
      team.studyDoc = study;
      await study.ready;
      team.studyMirror = new StudyMirror(db, share.studyId, study.doc, onError);
      team.whereabouts = new Whereabouts(study.provider.awareness!, share.memberName);
      team.stopWriting = writeSharedTranscriptsWith(share.studyId, (before, after) => team.writeTranscripts(before, after));
      study.doc.getMap('sessions').observe(team.onSessions);
      await team.followSessions();
      return team;
    } catch (error) {
      await team.close();
      throw error;
    }
  }

  /** A document of the study (a session's, or with no id the study's own), read from this browser's copy and put on the line. */
  private async openDocument(sessionId?: string): Promise<OpenDocument> {
    const doc = new Y.Doc();
    const copy = await withLocalCopy(doc, this.share.studyId, sessionId);
    const empty = sessionId ? turnsOf(doc).size === 0 : documentRecords(doc).size === 0;
    const provider = this.connection.open(doc, sessionId);
    // With a copy here it is ready at once (offline too); without, once the server sent it.
    const ready = empty ? this.connection.ready(doc, sessionId).then(() => undefined) : Promise.resolve();
    return { doc, copy, provider, ready, mirror: null };
  }

  /** Opens the documents of the sessions the study has now, and closes those of sessions removed. */
  private async followSessions(): Promise<void> {
    if (this.closed || !this.studyDoc) return;
    const ids = new Set(this.studyDoc.doc.getMap('sessions').keys());
    for (const id of ids) {
      if (this.sessions.has(id)) continue;
      const opening = this.openDocument(id).then(async (open) => {
        await open.ready;
        if (!this.closed) open.mirror = new SessionMirror(this.db, this.share.studyId, id, open.doc, this.onError);
        return open;
      });
      opening.catch(this.onError);
      this.sessions.set(id, opening);
    }
    for (const [id, opening] of this.sessions) {
      if (ids.has(id)) continue;
      this.sessions.delete(id);
      void opening.then((open) => this.closeDocument(open), () => undefined);
    }
  }

  /** A session's document, opened if the team does not hold it yet (a session just added here). */
  private document(sessionId: string): Promise<OpenDocument> {
    let opening = this.sessions.get(sessionId);
    if (!opening) {
      opening = this.openDocument(sessionId).then(async (open) => (await open.ready, open));
      this.sessions.set(sessionId, opening);
    }
    return opening;
  }

  /**
   * A whole-study change's effect on the transcripts (an import of codings, a coder's file,
   * a recoding) written into each session's document: the turns whose text, fields or
   * segments changed, as the transcript screen writes its own changes.
   */
  async writeTranscripts(before: Project, after: Project): Promise<void> {
    const [was, now] = [contentsByTurn(before.turns, before.segments), contentsByTurn(after.turns, after.segments)];
    const bySession = new Map<string, Map<string, TurnContent | null>>();
    const changed = (sessionId: string) => bySession.get(sessionId) ?? bySession.set(sessionId, new Map()).get(sessionId)!;
    for (const [id, c] of now) if (!was.has(id) || contentKey(was.get(id)!) !== contentKey(c)) changed(c.turn.sessionId).set(id, c);
    for (const [id, c] of was) if (!now.has(id)) changed(c.turn.sessionId).set(id, null);
    for (const [sessionId, changes] of bySession) {
      if (!after.sessions.some((s) => s.id === sessionId)) continue;
      writeTurns((await this.document(sessionId)).doc, changes, this);
    }
  }

  /** Lends a session's document to the transcript screen: its mirror pauses until it is given back. */
  async session(sessionId: string): Promise<BorrowedSession> {
    const open = await this.document(sessionId);
    const resume = open.mirror?.pause();
    this.whereabouts?.enter(sessionId);
    return {
      doc: open.doc,
      provider: open.provider,
      release: () => {
        this.whereabouts?.enter(null);
        resume?.();
      },
    };
  }

  /** Resolves once every change seen so far is in both the database and the documents (for tests). */
  async settled(): Promise<void> {
    await this.studyMirror?.settled();
    for (const opening of this.sessions.values()) await (await opening.catch(() => null))?.mirror?.settled();
    await this.studyMirror?.settled();
  }

  private async closeDocument(open: OpenDocument): Promise<void> {
    open.mirror?.destroy();
    this.connection.close(open.doc);
    await open.copy.destroy();
    open.doc.destroy();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.stopWriting();
    this.studyDoc?.doc.getMap('sessions').unobserve(this.onSessions);
    this.studyMirror?.destroy();
    this.whereabouts?.destroy();
    const sessions = [...this.sessions.values()];
    this.sessions.clear();
    for (const opening of sessions) await opening.then((open) => this.closeDocument(open), () => undefined);
    if (this.studyDoc) await this.closeDocument(this.studyDoc);
    this.connection.destroy();
  }
}
