/**
 * Who else is in a shared session, and in which turn: each member's app publishes its name,
 * colour and the turn it works in through the provider's awareness (never the text), and
 * reads everyone else's. Views read it as a store: the same array until it changes.
 */
import type { Awareness } from 'y-protocols/awareness';
import { paletteColor } from '../../../shared/palette.ts';
import type { SessionStore } from '../transcript/session/session-store.ts';

export interface Present {
  clientId: number;
  name: string;
  color: string;
  /** The turn they work in; null when their caret is in none. */
  turnId: string | null;
}

/** A member's colour, the same on every computer: from their name. */
export function colorOf(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return paletteColor(1 + (hash % 12));
}

const EMPTY: readonly Present[] = [];

export class Presence {
  private others: readonly Present[] = EMPTY;
  private byTurn = new Map<string, readonly Present[]>();
  private readonly listeners = new Set<() => void>();
  private readonly stopStore: () => void;
  private readonly onChange = () => this.read();

  constructor(
    private readonly awareness: Awareness,
    store: SessionStore,
    name: string,
  ) {
    const publish = () => {
      const turnId = store.currentTurn();
      if (awareness.getLocalState()?.turnId !== turnId || awareness.getLocalState()?.name !== name) awareness.setLocalState({ name, color: colorOf(name), turnId });
    };
    publish();
    this.stopStore = store.subscribe(publish);
    awareness.on('change', this.onChange);
    this.read();
  }

  private read(): void {
    const next: Present[] = [];
    for (const [clientId, state] of this.awareness.getStates()) {
      if (clientId === this.awareness.clientID || typeof state?.name !== 'string') continue;
      next.push({ clientId, name: state.name, color: typeof state.color === 'string' ? state.color : colorOf(state.name), turnId: typeof state.turnId === 'string' ? state.turnId : null });
    }
    next.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
    const same = next.length === this.others.length && next.every((p, i) => JSON.stringify(p) === JSON.stringify(this.others[i]));
    if (same) return;
    this.others = next.length ? next : EMPTY;
    const byTurn = new Map<string, Present[]>();
    for (const p of next) if (p.turnId) byTurn.set(p.turnId, [...(byTurn.get(p.turnId) ?? []), p]);
    this.byTurn = byTurn;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** Everyone else in the session now. */
  everyone = (): readonly Present[] => this.others;

  /** Who else works in a turn now. */
  at = (turnId: string): readonly Present[] => this.byTurn.get(turnId) ?? EMPTY;

  destroy(): void {
    this.stopStore();
    this.awareness.off('change', this.onChange);
    this.awareness.setLocalState(null);
  }
}
