/**
 * A shared study's line to its server: one WebSocket for all of the study's documents (the
 * study document and each open session's), each a Hocuspocus provider with the member's
 * token. It reconnects by itself after the network or the server comes back, and whatever
 * was typed meanwhile (kept in the documents) is sent then. A refusal by the server (token
 * unknown or revoked, study unknown) is reported with the server's reason, once per document.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import type { ServerAddress } from '../../../shared/collab/server-address.ts';

/** The server refused the study (its reason), or could not be reached in time ('unreachable'). */
export class ConnectionRefused extends Error {
  constructor(readonly reason: string) {
    super(`the server refused: ${reason}`);
  }
}

export type ConnectionState = 'connecting' | 'online' | 'offline' | 'refused';

export interface ConnectionEvents {
  /** The line's state changed. */
  state(state: ConnectionState): void;
  /** The server refused a document: its reason (revoked-token, unknown-token, unknown-study, not-a-member…). */
  refused(reason: string): void;
}

/** A document's name on the server: the study, or one of its sessions. */
export const documentName = (studyId: string, sessionId?: string): string => (sessionId ? `${studyId}/${sessionId}` : studyId);

export class StudyConnection {
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly providers = new Map<string, HocuspocusProvider>();
  private refusedWith: string | null = null;
  private readonly waiting = new Set<(reason: string) => void>();
  // The system says the network went (or came back): the line follows at once rather than after its silence timeout.
  private readonly wentOffline = () => this.socket.disconnect();
  private readonly cameOnline = () => void this.socket.connect();

  constructor(
    readonly address: ServerAddress,
    readonly studyId: string,
    private readonly token: string,
    private readonly events: Partial<ConnectionEvents> = {},
  ) {
    this.socket = new HocuspocusProviderWebsocket({
      url: address.ws,
      // Back on line within a second or two of the network or the server returning, never hammering it.
      minDelay: 500,
      maxDelay: 5000,
      onStatus: ({ status }) => {
        if (this.refusedWith) return;
        this.events.state?.(status === WebSocketStatus.Connected ? 'online' : status === WebSocketStatus.Connecting ? 'connecting' : 'offline');
      },
    });
    globalThis.addEventListener?.('offline', this.wentOffline);
    globalThis.addEventListener?.('online', this.cameOnline);
  }

  /** Opens a document of the study (the study's own, or a session's) on the server; returns its provider. */
  open(doc: Y.Doc, sessionId?: string): HocuspocusProvider {
    const name = documentName(this.studyId, sessionId);
    const existing = this.providers.get(name);
    if (existing) return existing;
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name,
      document: doc,
      token: this.token,
      onAuthenticationFailed: ({ reason }) => this.refuse(reason),
      // The server closes a revoked member's documents with the reason.
      onClose: ({ event }) => {
        if (event.reason === 'revoked-token') this.refuse(event.reason);
      },
    });
    provider.attach();
    this.providers.set(name, provider);
    return provider;
  }

  private refuse(reason: string): void {
    for (const fail of this.waiting) fail(reason);
    this.refusedWith = reason;
    this.events.state?.('refused');
    this.events.refused?.(reason);
  }

  /** Stops syncing one document (a session closed); what it holds stays in the document. */
  close(doc: Y.Doc): void {
    for (const [name, provider] of this.providers) {
      if (provider.document !== doc) continue;
      provider.destroy();
      this.providers.delete(name);
    }
  }

  /** Opens a document and waits until it holds what the server has; rejects with ConnectionRefused. */
  async ready(doc: Y.Doc, sessionId?: string, timeoutMs = 30_000): Promise<HocuspocusProvider> {
    const provider = this.open(doc, sessionId);
    await this.until(() => provider.synced, (done) => (provider.on('synced', done), () => provider.off('synced', done)), timeoutMs);
    return provider;
  }

  /** Waits until the server has taken every change made here; rejects with ConnectionRefused. */
  sent(timeoutMs = 60_000): Promise<void> {
    const providers = [...this.providers.values()];
    return this.until(
      () => this.allSent,
      (done) => {
        providers.forEach((p) => p.on('unsyncedChanges', done));
        return () => providers.forEach((p) => p.off('unsyncedChanges', done));
      },
      timeoutMs,
    );
  }

  /** Waits until `holds`, checked whenever `listen`'s events fire (it returns how to stop listening). */
  private until(holds: () => boolean, listen: (check: () => void) => () => void, timeoutMs: number): Promise<void> {
    if (this.refusedWith) return Promise.reject(new ConnectionRefused(this.refusedWith));
    if (holds()) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const fail = (reason: string) => finish(new ConnectionRefused(reason));
      const timer = setTimeout(() => fail('unreachable'), timeoutMs);
      let stop = () => {};
      const finish = (error?: Error) => {
        clearTimeout(timer);
        stop();
        this.waiting.delete(fail);
        if (error) reject(error);
        else resolve();
      };
      this.waiting.add(fail);
      stop = listen(() => holds() && finish());
    });
  }

  /** Whether every change made here has been taken by the server. */
  get allSent(): boolean {
    return [...this.providers.values()].every((p) => !p.hasUnsyncedChanges);
  }

  destroy(): void {
    globalThis.removeEventListener?.('offline', this.wentOffline);
    globalThis.removeEventListener?.('online', this.cameOnline);
    for (const provider of this.providers.values()) provider.destroy();
    this.providers.clear();
    this.socket.destroy();
  }
}
