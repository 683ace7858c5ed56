/**
 * A team on one shared session, in memory: each member a session store tied to a Yjs
 * document of their own; a relay (standing for the server) keeps its own document, takes
 * each member's updates and hands them to the others. Nothing is delivered until the test
 * says so, in the order it chooses, as a network with delays would.
 */
import * as Y from 'yjs';
import { readSession } from '../../shared/collab/session-doc.ts';
import type { Project } from '../../shared/model.ts';
import { SessionShare } from '../../renderer/features/collab/session-share.ts';
import { SessionStore } from '../../renderer/features/transcript/session/session-store.ts';

const NETWORK = Symbol('network');

export interface Member {
  name: string;
  doc: Y.Doc;
  store: SessionStore;
  share: SessionShare;
  /** Updates this member made that the relay has not received yet. */
  outbox: Uint8Array[];
  /** Updates from the relay this member has not received yet. */
  inbox: Uint8Array[];
}

export class Team {
  readonly relay = new Y.Doc();
  readonly members: Member[] = [];
  readonly clock = { now: 0 };

  private clientIds = 0;

  constructor(
    readonly project: Project,
    readonly sessionId = project.sessions[0]!.id,
  ) {}

  /** A member joins: the first brings the session (shares it), later ones take what the relay has. */
  join(name: string): Member {
    const doc = new Y.Doc();
    // Fixed client ids, so a run that failed can be played again exactly.
    doc.clientID = 1000 + ++this.clientIds;
    const store = new SessionStore(this.sessionId, async () => {}, undefined, () => this.clock.now);
    if (this.members.length === 0) {
      store.load(
        this.project.turns.filter((t) => t.sessionId === this.sessionId).map((t) => ({ ...t, rev: 0 })),
        this.project.segments.filter((s) => s.sessionId === this.sessionId).map((s) => ({ ...s, studyId: this.project.study.id })),
      );
    } else {
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(this.relay), NETWORK);
    }
    const member: Member = { name, doc, store, share: null as unknown as SessionShare, outbox: [], inbox: [] };
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== NETWORK) member.outbox.push(update);
    });
    member.share = new SessionShare(doc, store, this.project.study.id);
    this.members.push(member);
    this.send(member);
    return member;
  }

  /** One of the member's updates reaches the relay, which passes it on to everyone else. */
  send(member: Member, index = 0): boolean {
    const [update] = member.outbox.splice(index, 1);
    if (!update) return false;
    Y.applyUpdate(this.relay, update, NETWORK);
    for (const other of this.members) if (other !== member) other.inbox.push(update);
    return true;
  }

  /** One update from the relay reaches the member. */
  receive(member: Member, index = 0): boolean {
    const [update] = member.inbox.splice(index, 1);
    if (!update) return false;
    Y.applyUpdate(member.doc, update, NETWORK);
    return true;
  }

  /** Everything still on its way arrives; `received` is told of each update a member took. */
  settle(received: (member: Member) => void = () => {}): void {
    for (let moved = true; moved; ) {
      moved = false;
      for (const m of this.members) while (this.send(m)) moved = true;
      for (const m of this.members)
        while (this.receive(m)) {
          received(m);
          moved = true;
        }
    }
  }
}

/** What a screen shows of a session: turns in order with their text and speaker, and each segment's words and codes. */
export function shown(session: { turns: readonly { id: string; order: number; speakerId: string | null; timestamp: number | null; text: string }[]; segments: readonly { id: string; turnId: string; start: number; end: number; text: string; codes: readonly string[]; coder: string; memo: string }[] }) {
  return {
    turns: session.turns.map((t) => ({ id: t.id, order: t.order, speakerId: t.speakerId, timestamp: t.timestamp, text: t.text })),
    segments: [...session.segments]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((s) => ({ id: s.id, turnId: s.turnId, start: s.start, end: s.end, text: s.text, codes: [...s.codes], coder: s.coder, memo: s.memo })),
  };
}

export const storeShows = (member: Member) => shown({ turns: member.store.turns(), segments: member.store.segments() });
export const documentShows = (doc: Y.Doc, sessionId: string) => shown(readSession(doc, sessionId));
