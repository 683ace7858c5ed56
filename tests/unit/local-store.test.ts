import { beforeEach, describe, expect, it, vi } from 'vitest';

/** The browser's localStorage and window as far as local-store.ts uses them. */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

beforeEach(() => {
  vi.resetModules();
  vi.stubGlobal('localStorage', new MemoryStorage());
  vi.stubGlobal('window', new EventTarget());
});

const parseCount = (stored: unknown) => (typeof stored === 'number' ? stored : 0);

describe('a value kept on this device', () => {
  it('reads what was stored, and the default when nothing or something damaged is', async () => {
    const { localValue } = await import('../../renderer/local-store.ts');
    localStorage.setItem('a', '7');
    localStorage.setItem('b', '{not json');
    expect(localValue('a', parseCount).get()).toBe(7);
    expect(localValue('b', parseCount).get()).toBe(0);
    expect(localValue('c', parseCount).get()).toBe(0);
  });

  it('writes the whole value and tells every watcher', async () => {
    const { localValue } = await import('../../renderer/local-store.ts');
    const value = localValue('a', parseCount);
    const seen: number[] = [];
    const stop = value.subscribe(() => seen.push(value.get()));
    value.set(3);
    stop();
    value.set(4);
    expect(seen).toEqual([3]);
    expect(localStorage.getItem('a')).toBe('4');
    // One key is one value, whoever asks for it.
    expect(localValue('a', parseCount).get()).toBe(4);
  });

  it('follows a change another tab wrote', async () => {
    const { localValue } = await import('../../renderer/local-store.ts');
    const value = localValue('a', parseCount);
    expect(value.get()).toBe(0);
    const told = vi.fn();
    value.subscribe(told);
    localStorage.setItem('a', '9');
    window.dispatchEvent(Object.assign(new Event('storage'), { key: 'a' }));
    expect(told).toHaveBeenCalledOnce();
    expect(value.get()).toBe(9);
    window.dispatchEvent(Object.assign(new Event('storage'), { key: 'other' }));
    expect(told).toHaveBeenCalledOnce();
  });
});

describe("a coder's choice per study", () => {
  it('keeps each study’s coder, blind mode and counted coder apart, patch by patch', async () => {
    const { coderChoice } = await import('../../renderer/coder-choice.ts');
    const { localValue } = await import('../../renderer/local-store.ts');
    expect(coderChoice('s1')).toEqual({ coder: '', assumed: false, blind: false, counted: null });
    localStorage.setItem('telaah.coder.s2', JSON.stringify({ coder: 'Rina', blind: 'yes', counted: 5 }));
    // What does not parse falls back field by field.
    expect(coderChoice('s2')).toEqual({ coder: 'Rina', assumed: false, blind: false, counted: null });
    localValue('telaah.coder.s1', () => null).set({ coder: 'Dewi', assumed: false, blind: true, counted: '' } as never);
    expect(coderChoice('s1')).toEqual({ coder: 'Dewi', assumed: false, blind: true, counted: '' });
    expect(coderChoice('s2').coder).toBe('Rina');
  });
});
