import { describe, expect, it } from 'vitest';
import { MediaRegistry, type MediaStore } from '../../electron/media.ts';

function memoryStore(initial: Record<string, string> = {}, files = new Set<string>()) {
  let saved = { ...initial };
  const store: MediaStore = { load: () => ({ ...saved }), save: (t) => void (saved = { ...t }), exists: (p) => files.has(p) };
  return { store, saved: () => saved, files };
}

describe('attached media on the desktop', () => {
  it('gives a picked file an opaque URL and maps only that URL back to its path', () => {
    const { store, files } = memoryStore();
    files.add('/data/fgd-sukamaju.m4a');
    const registry = new MediaRegistry(store);
    const url = registry.allow('/data/fgd-sukamaju.m4a');
    expect(url).toMatch(/^telaah-media:\/\/media\/[0-9a-f-]{36}$/);
    expect(url).not.toContain('fgd-sukamaju');
    expect(registry.pathOf(url)).toBe('/data/fgd-sukamaju.m4a');
    expect(registry.pathOf('telaah-media://media/00000000-0000-0000-0000-000000000000')).toBeUndefined();
    expect(registry.pathOf('telaah-media://media/../../etc/passwd')).toBeUndefined();
  });

  it('remembers picked files across restarts, and says so when a file has moved', () => {
    const first = memoryStore();
    first.files.add('/data/a.mp3');
    const url = new MediaRegistry(first.store).allow('/data/a.mp3');
    const restarted = new MediaRegistry(memoryStore(first.saved(), first.files).store);
    expect(restarted.reopen('/data/a.mp3')).toBe(url);
    first.files.delete('/data/a.mp3');
    expect(restarted.reopen('/data/a.mp3')).toBeNull();
    expect(restarted.reopen('/etc/shadow')).toBeNull();
  });
});
