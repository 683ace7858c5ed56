/**
 * Opens a session of a shared study for the transcript screen: its document is read from
 * this browser's copy (so it opens offline), tied to the session store, and synced with the
 * server whenever it can be reached. A session this computer has no copy of waits for the
 * server; one that is nowhere yet (made after the study was shared) starts from the store.
 */
import type { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { turnsOf } from '../../../shared/collab/session-doc.ts';
import { serverAddress } from '../../../shared/collab/server-address.ts';
import type { ShareRow } from '../../db/schema.ts';
import type { SessionStore } from '../transcript/session/session-store.ts';
import { SessionShare } from './session-share.ts';
import { withLocalCopy, type Network } from './share-study.ts';
import { StudyConnection, type ConnectionEvents } from './study-connection.ts';

export interface SharedSession {
  provider: HocuspocusProvider;
  /** Stops syncing; what was typed stays in this browser's copy and is sent the next time. */
  close(): Promise<void>;
}

export async function openSharedSession(share: ShareRow, net: Network, store: SessionStore, events: Partial<ConnectionEvents>): Promise<SharedSession> {
  await net.allowServer(share.server);
  const doc = new Y.Doc();
  const copy = await withLocalCopy(doc, share.studyId, store.sessionId);
  const connection = new StudyConnection(serverAddress(share.server), share.studyId, share.token, events);
  const close = async () => {
    connection.destroy();
    await copy.destroy();
    doc.destroy();
  };
  try {
    const provider = turnsOf(doc).size > 0 ? connection.open(doc, store.sessionId) : await connection.ready(doc, store.sessionId);
    const link = new SessionShare(doc, store, share.studyId);
    return {
      provider,
      close: async () => {
        link.destroy();
        await close();
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}
