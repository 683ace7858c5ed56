/**
 * What reaches the screens from outside them: menu commands (desktop), files dropped on
 * the window (desktop and web), a project file to open (double-click, a second launch,
 * the recent list) and what was under the pointer at the last right-click. Screens
 * register handlers while they are shown (`useMenuCommand`, `useFileDrop`); the one shown
 * last answers, and a command nobody answers is greyed out in the menus.
 */
import { createContext, useContext, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Api, OpenedFile } from '../../shared/api.ts';
import type { MenuCommand, PointerContext, WindowState } from '../../shared/desktop.ts';
import { useHost } from '../host/context.tsx';
import { HandlerStack } from './handler-stack.ts';

/** A screen's offer for dropped files: which names it takes, and what it does with one. */
export interface DropTarget {
  accepts(name: string): boolean;
  receive(file: File): void | Promise<void>;
}

/** Something the studies screen is asked to do when it is next shown. */
export type StudiesRequest = { kind: 'open'; file: OpenedFile } | { kind: 'newStudy' };

class Slot<T> {
  private value: T | null = null;
  private readonly listeners = new Set<() => void>();
  readonly get = (): T | null => this.value;
  set(value: T | null): void {
    this.value = value;
    for (const l of this.listeners) l();
  }
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
}

/** What the last right-click was on, and how to open the segment there. */
export interface ContextTarget extends PointerContext {
  openSegment: (() => void) | null;
}

const NOTHING_UNDER_POINTER: ContextTarget = { segmentId: null, codable: false, openSegment: null };

export class Desktop {
  readonly commands = new HandlerStack<() => void>();
  readonly drops = new HandlerStack<DropTarget>();
  readonly studiesRequest = new Slot<StudiesRequest>();
  private target: ContextTarget = NOTHING_UNDER_POINTER;
  private base: Omit<WindowState, 'context'> | null = null;

  constructor(private readonly host: Api) {}

  /** The window's state but for the right-click target, as the app's screens make it. */
  setState(base: Omit<WindowState, 'context'>): void {
    this.base = base;
    this.report();
  }

  /**
   * A right-click's target, told to the main process at once: its context menu, built
   * when the click reaches it, offers what is under the pointer.
   */
  setContextTarget(target: ContextTarget | null): void {
    this.target = target ?? NOTHING_UNDER_POINTER;
    this.report();
  }

  get contextTarget(): ContextTarget {
    return this.target;
  }

  private report(): void {
    if (!this.base) return;
    const { segmentId, codable } = this.target;
    this.host.setWindowState({ ...this.base, context: { segmentId, codable } });
  }

  /** Carries out a menu command; false when no screen shown answers it. */
  run(command: MenuCommand): boolean {
    const handler = this.commands.handlers(command)[0];
    handler?.();
    return handler !== undefined;
  }

  /** The screen shown last that takes a file of this name. */
  targetFor(name: string): DropTarget | undefined {
    return this.drops.handlers().find((t) => t.accepts(name));
  }
}

const DesktopContext = createContext<Desktop | null>(null);

export function DesktopProvider({ children }: { children: ReactNode }) {
  const host = useHost();
  const [desktop] = useState(() => new Desktop(host));
  useEffect(() => host.onMenuCommand((command) => void desktop.run(command)), [host, desktop]);
  // A right-click starts from nothing under the pointer; a turn's own handler, after this one, says what is.
  useEffect(() => {
    const reset = () => desktop.setContextTarget(null);
    window.addEventListener('contextmenu', reset, true);
    return () => window.removeEventListener('contextmenu', reset, true);
  }, [desktop]);
  return <DesktopContext.Provider value={desktop}>{children}</DesktopContext.Provider>;
}

export function useDesktop(): Desktop {
  const desktop = useContext(DesktopContext);
  if (!desktop) throw new Error('useDesktop outside DesktopProvider');
  return desktop;
}

/**
 * Answers a menu command while this component is shown and `handler` is given (null: not
 * now). `fallback`: the app's own answer, used only while no screen answers.
 */
export function useMenuCommand(command: MenuCommand, handler: (() => void) | null, fallback = false): void {
  const desktop = useDesktop();
  const latest = useRef(handler);
  latest.current = handler;
  const active = handler !== null;
  useEffect(() => (active ? desktop.commands.add(command, () => latest.current?.(), fallback ? -1 : 0) : undefined), [desktop, command, active, fallback]);
}

/** Takes dropped files whose names `accepts` while this component is shown and `enabled`. */
export function useFileDrop(accepts: (name: string) => boolean, receive: (file: File) => void | Promise<void>, enabled = true): void {
  const desktop = useDesktop();
  const latest = useRef({ accepts, receive });
  latest.current = { accepts, receive };
  useEffect(
    () => (enabled ? desktop.drops.add('drop', { accepts: (name) => latest.current.accepts(name), receive: (file) => latest.current.receive(file) }) : undefined),
    [desktop, enabled],
  );
}

/** The menu commands some screen shown answers now. */
export function useAvailableCommands(): readonly MenuCommand[] {
  const desktop = useDesktop();
  return useSyncExternalStore(desktop.commands.subscribe, desktop.commands.available) as readonly MenuCommand[];
}
