/**
 * Who answers a request that comes from outside a screen (a menu item, a dropped file):
 * screens register handlers while they are shown, and the one registered last answers
 * (a fallback, registered with a lower priority, answers only when no screen does).
 * Watchers hear when the set of handlers changes (the menus grey out what nobody answers).
 */
export class HandlerStack<H> {
  private entries: { key: string; handler: H; priority: number }[] = [];
  private readonly listeners = new Set<() => void>();
  private keys: readonly string[] = [];

  /** Adds a handler for `key`; the returned function takes it away again. */
  add(key: string, handler: H, priority = 0): () => void {
    const entry = { key, handler, priority };
    this.entries = [...this.entries, entry];
    this.changed();
    return () => {
      this.entries = this.entries.filter((e) => e !== entry);
      this.changed();
    };
  }

  /** The handlers of `key` (or of every key when none is given): higher priority first, then newest first. */
  handlers(key?: string): H[] {
    return this.entries
      .map((e, i) => ({ ...e, i }))
      .filter((e) => key === undefined || e.key === key)
      .sort((a, b) => b.priority - a.priority || b.i - a.i)
      .map((e) => e.handler);
  }

  /** The keys that have a handler now, each once, sorted (the same array until they change). */
  readonly available = (): readonly string[] => this.keys;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  private changed() {
    const keys = [...new Set(this.entries.map((e) => e.key))].sort();
    if (keys.join('\n') !== this.keys.join('\n')) {
      this.keys = keys;
      for (const l of this.listeners) l();
    }
  }
}
