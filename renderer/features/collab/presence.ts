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

/**
 * Everyone else's published places on one document's awareness, grouped by `field` (the
 * turn in a session's document, the session in the study's): the same arrays until they change.
 */
class PlacesOf {
  private others: readonly Present[] = EMPTY;
  private byPlace = new Map<string, readonly Present[]>();
  private readonly listeners = new Set<() => void>();
  private readonly onChange = () => this.read();

  constructor(
    protected readonly awareness: Awareness,
    private readonly field: 'turnId' | 'sessionId',
  ) {
    awareness.on('change', this.onChange);
    this.read();
  }

  private read(): void {
    const next: Present[] = [];
    for (const [clientId, state] of this.awareness.getStates()) {
      if (clientId === this.awareness.clientID || typeof state?.name !== 'string') continue;
      const place = state[this.field];
      next.push({ clientId, name: state.name, color: typeof state.color === 'string' ? state.color : colorOf(state.name), turnId: typeof place === 'string' ? place : null });
    }
    next.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
    if (next.length === this.others.length && next.every((p, i) => JSON.stringify(p) === JSON.stringify(this.others[i]))) return;
    this.others = next.length ? next : EMPTY;
    const byPlace = new Map<string, Present[]>();
    for (const p of next) if (p.turnId) byPlace.set(p.turnId, [...(byPlace.get(p.turnId) ?? []), p]);
    this.byPlace = byPlace;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** Everyone else on the document now. */
  everyone = (): readonly Present[] => this.others;

  /** Who else is at a place (a turn, or a session) now. */
  at = (place: string): readonly Present[] => this.byPlace.get(place) ?? EMPTY;

  destroy(): void {
    this.awareness.off('change', this.onChange);
    this.awareness.setLocalState(null);
  }
}

/** Who else is in a shared session, and in which turn; this member's turn is published as the caret moves. */
export class Presence extends PlacesOf {
  private readonly stopStore: () => void;

  constructor(awareness: Awareness, store: SessionStore, name: string) {
    super(awareness, 'turnId');
    const publish = () => {
      const turnId = store.currentTurn();
      if (awareness.getLocalState()?.turnId !== turnId || awareness.getLocalState()?.name !== name) awareness.setLocalState({ name, color: colorOf(name), turnId });
    };
    publish();
    this.stopStore = store.subscribe(publish);
  }

  override destroy(): void {
    this.stopStore();
    super.destroy();
  }
}

/** Who else has a shared study open, and which session each is in (`at(sessionId)`); this member's session is set with `enter`. */
export class Whereabouts extends PlacesOf {
  constructor(
    awareness: Awareness,
    private readonly name: string,
  ) {
    super(awareness, 'sessionId');
    this.enter(null);
  }

  enter(sessionId: string | null): void {
    this.awareness.setLocalState({ name: this.name, color: colorOf(this.name), sessionId });
  }
}
