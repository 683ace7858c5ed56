/**
 * One editing tab per study: the tab that opens a study's transcript first holds a Web
 * Lock named after the study and edits; any other tab watches read-only (following the
 * stored transcript live) and may take over. Taking over steals the lock: the tab that
 * loses it stops editing, writes what it still holds and says so on a broadcast
 * channel, and only then does the new tab read the transcript and start editing, so
 * neither tab's last keystrokes are lost. Where the browser has no Web Locks, every tab
 * edits.
 */

export type LockState = 'waiting' | 'editing' | 'watching';

/** The Web Lock a study's editing tab holds. */
export const editingLockName = (studyId: string) => `telaah:study:${studyId}`;

/** Runs `work` while holding the study's editing lock, if no tab holds it now; returns whether it ran. */
export async function whileNobodyEdits(studyId: string, work: () => Promise<unknown>): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.locks) return work().then(() => true);
  return navigator.locks.request(editingLockName(studyId), { ifAvailable: true }, async (lock) => (lock ? (await work(), true) : false));
}

const CHANNEL = 'telaah-editing';
/** How long a tab taking over waits for the other tab's last writes. */
const HANDOVER_MS = 1500;

interface Released {
  lock: string;
  released: true;
}

export class EditingLock {
  state: LockState = 'waiting';
  private release: (() => void) | null = null;
  private queued = new AbortController();
  private channel: BroadcastChannel | null = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  private disposed = false;

  constructor(
    private readonly name: string,
    /** Called with the new state; `editing` only once the transcript may be read and edited. */
    private readonly onState: (state: LockState) => void,
    /** Called when another tab took over: stop editing and write everything held. */
    private readonly onLost: () => Promise<void>,
  ) {}

  start(): void {
    if (typeof navigator === 'undefined' || !navigator.locks) return this.set('editing');
    void navigator.locks
      .request(this.name, { ifAvailable: true }, (lock) => (lock ? this.hold() : null))
      .then((held) => {
        if (held === null && !this.disposed) {
          this.set('watching');
          this.queue();
        }
      }, (error: unknown) => this.lost(error));
  }

  /** Waits for the lock to be free (the editing tab closed) and then edits here. */
  private queue(): void {
    this.queued = new AbortController();
    navigator.locks.request(this.name, { signal: this.queued.signal }, () => this.hold()).catch((error: unknown) => this.lost(error));
  }

  /** Steals the lock from the tab editing now, and waits for its last writes. */
  async takeOver(): Promise<void> {
    this.queued.abort();
    const handedOver = this.waitForRelease();
    navigator.locks.request(this.name, { steal: true }, () => this.hold(handedOver)).catch((error: unknown) => this.lost(error));
  }

  private waitForRelease(): Promise<void> {
    return new Promise((resolve) => {
      const channel = this.channel;
      const done = () => {
        clearTimeout(timer);
        channel?.removeEventListener('message', onMessage);
        resolve();
      };
      const onMessage = (event: MessageEvent<Released>) => void (event.data?.lock === this.name && event.data.released && done());
      const timer = setTimeout(done, HANDOVER_MS);
      channel?.addEventListener('message', onMessage);
    });
  }

  private hold(before: Promise<void> = Promise.resolve()): Promise<void> {
    if (this.disposed) return Promise.resolve();
    const held = new Promise<void>((resolve) => (this.release = resolve));
    void before.then(() => !this.disposed && this.set('editing'));
    return held;
  }

  private lost(error: unknown): void {
    if (this.disposed || (error instanceof DOMException && error.name !== 'AbortError')) return;
    if (this.state !== 'editing') return;
    this.release = null;
    this.set('watching');
    void this.onLost().finally(() => {
      this.channel?.postMessage({ lock: this.name, released: true } satisfies Released);
      if (!this.disposed) this.queue();
    });
  }

  private set(state: LockState): void {
    this.state = state;
    this.onState(state);
  }

  dispose(): void {
    this.disposed = true;
    this.queued.abort();
    this.release?.();
    this.release = null;
    this.channel?.close();
  }
}
